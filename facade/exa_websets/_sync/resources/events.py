# Generated from facade/exa_websets/_async/resources/events.py by scripts/unasync.py. Edit that file, not this one.
from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..._core.operation import Endpoint, ListEndpoint, operation
from ..._core.request import RequestOptions
from ...paging import Page
from ...paging._sync import Paginator
from ._base import Resource

if TYPE_CHECKING:
    from exa_websets_api.models import EventType
    from typing_extensions import Unpack

    from ...types import Event

# One event of the list is parsed as events-get parses it (the open, discriminated union).
LIST: ListEndpoint[Event] = ListEndpoint("api.events.events_list", "api.events.events_get")
GET: Endpoint[Event] = Endpoint("api.events.events_get")


class Events(Resource):
    @operation("events-list")
    def list(
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
        return self._listing(LIST, request_options, filters).page(cursor, limit)

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
    ) -> Paginator[Event]:
        """Every event matching the filters, lazily, page by page."""
        filters = {"types": types, "created_before": created_before, "created_after": created_after}
        return self._listing(LIST, request_options, filters).all(cursor, limit)

    @operation("events-get")
    def get(self, event_id: str, **request_options: Unpack[RequestOptions]) -> Event:
        return self._client._call(GET, path={"id": ("event_id", event_id)}, options=request_options)
