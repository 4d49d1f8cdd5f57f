from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.operation import Endpoint, ListEndpoint, operation
from ..._core.request import RequestOptions
from ...paging import Page
from ...paging._async import AsyncPaginator
from ._base import AsyncResource

if TYPE_CHECKING:
    from exa_websets_api.models import WebsetItem
    from typing_extensions import Unpack

LIST: ListEndpoint[WebsetItem] = ListEndpoint("api.items.websets_items_list", "models:WebsetItem.from_dict")
GET: Endpoint[WebsetItem] = Endpoint("api.items.websets_items_get")
DELETE: Endpoint[WebsetItem] = Endpoint("api.items.websets_items_delete")


class AsyncItems(AsyncResource):
    @operation("websets-items-list")
    async def list(
        self,
        webset_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        source_id: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Page[WebsetItem]:
        """One page of a webset's items (available while it is still running); ``source_id`` filters by search
        or import."""
        path = {"webset": ("webset_id", webset_id)}
        return await self._listing(LIST, request_options, {"source_id": source_id}, path=path).page(cursor, limit)

    @operation("websets-items-list")
    def list_all(
        self,
        webset_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        source_id: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> AsyncPaginator[WebsetItem]:
        """Every item of a webset, lazily, one page in memory at a time (the spec's largest page by default)."""
        path = {"webset": ("webset_id", webset_id)}
        return self._listing(LIST, request_options, {"source_id": source_id}, path=path).all(cursor, limit)

    @operation("websets-items-get")
    async def get(self, webset_id: str, item_id: str, **request_options: Unpack[RequestOptions]) -> WebsetItem:
        return await self._client._call(
            GET, path={"webset": ("webset_id", webset_id), "id": ("item_id", item_id)}, options=request_options
        )

    @operation("websets-items-delete")
    async def delete(self, webset_id: str, item_id: str, **request_options: Unpack[RequestOptions]) -> WebsetItem:
        return await self._client._call(
            DELETE, path={"webset": ("webset_id", webset_id), "id": ("item_id", item_id)}, options=request_options
        )
