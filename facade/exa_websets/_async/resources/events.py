from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..._core.operation import Endpoint, ListEndpoint, operation
from ..._core.request import RequestOptions
from ...paging import Page
from ...paging._async import AsyncPaginator
from ._base import AsyncResource

if TYPE_CHECKING:
    from exa_websets_api.models import EventType
    from typing_extensions import Unpack

    from ...types import Event

# One event of the list is parsed as events-get parses it (the open, discriminated union).
LIST: ListEndpoint[Event] = ListEndpoint("api.events.events_list", "api.events.events_get")
GET: Endpoint[Event] = Endpoint("api.events.events_get")


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
        filters = {"types": types, "created_before": created_before, "created_after": created_after}
        return await self._listing(LIST, request_options, filters).page(cursor, limit)

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
        filters = {"types": types, "created_before": created_before, "created_after": created_after}
        return self._listing(LIST, request_options, filters).all(cursor, limit)

    @operation("events-get")
    async def get(self, event_id: str, **request_options: Unpack[RequestOptions]) -> Event:
        return await self._client._call(GET, path={"id": ("event_id", event_id)}, options=request_options)
