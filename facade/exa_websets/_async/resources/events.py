from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..._endpoint import Endpoint, ListEndpoint
from ..._operations import operation
from ..._options import RequestOptions
from ..._pagination import Page, RawPage
from .._paging import AsyncPaginator
from ._base import AsyncResource

if TYPE_CHECKING:
    from exa_websets_api.models import EventType
    from typing_extensions import Unpack

    from ...types import Event

LIST: ListEndpoint[Event] = ListEndpoint("events-list", "api.events.events_get")
GET: Endpoint[Event] = Endpoint("events-get", "api.events.events_get")


class AsyncEvents(AsyncResource):
    @operation("events-list")
    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        types: Sequence[EventType | str] | None = None,
        created_before: datetime.datetime | str | None = None,
        created_after: datetime.datetime | str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Page[Event]:
        """Events, newest first, kept 60 days. An event type newer than this client arrives as ``UnknownEvent``."""
        query = {
            "cursor": cursor,
            "limit": limit,
            "types": types,
            "created_before": created_before,
            "created_after": created_after,
        }
        return await self._client._list(LIST, query=query, options=request_options)

    @operation("events-list")
    def list_all(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        types: Sequence[EventType | str] | None = None,
        created_before: datetime.datetime | str | None = None,
        created_after: datetime.datetime | str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Event]:
        """Every event matching the filters, lazily, page by page."""
        size = self._page_size(LIST.operation_id, limit)

        async def fetch(page_cursor: str | None) -> RawPage[Event]:
            query = {
                "cursor": page_cursor,
                "limit": size,
                "types": types,
                "created_before": created_before,
                "created_after": created_after,
            }
            # One event is parsed as events-get parses it (the open, discriminated union).
            return await self._client._list_raw(LIST, query=query, options=request_options)

        return AsyncPaginator(fetch, cursor=cursor, operation_id=LIST.operation_id)

    @operation("events-get")
    async def get(self, event_id: str, **request_options: Unpack[RequestOptions]) -> Event:
        return await self._client._call(GET, path={"id": ("event_id", event_id)}, options=request_options)
