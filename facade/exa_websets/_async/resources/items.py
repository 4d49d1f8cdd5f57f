from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import Endpoint, ListEndpoint
from ..._operations import operation
from ..._options import RequestOptions
from ..._pagination import Page, RawPage
from .._paging import AsyncPaginator
from ._base import AsyncResource

if TYPE_CHECKING:
    from exa_websets_api.models import WebsetItem
    from typing_extensions import Unpack

LIST: ListEndpoint[WebsetItem] = ListEndpoint("websets-items-list", "models:WebsetItem.from_dict")
GET: Endpoint[WebsetItem] = Endpoint("websets-items-get", "api.items.websets_items_get")
DELETE: Endpoint[WebsetItem] = Endpoint("websets-items-delete", "api.items.websets_items_delete")


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
        query = {"cursor": cursor, "limit": limit, "source_id": source_id}
        path = {"webset": ("webset_id", webset_id)}
        return await self._client._list(LIST, path=path, query=query, options=request_options)

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
        size = self._page_size(LIST.operation_id, limit)

        async def fetch(page_cursor: str | None) -> RawPage[WebsetItem]:
            query = {"cursor": page_cursor, "limit": size, "source_id": source_id}
            return await self._client._list_raw(
                LIST,
                path={"webset": ("webset_id", webset_id)},
                query=query,
                options=request_options,
            )

        return AsyncPaginator(fetch, cursor=cursor, operation_id=LIST.operation_id)

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
