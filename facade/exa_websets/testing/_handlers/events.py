"""Events: list and get, within the retention the API keeps them for."""

from __future__ import annotations

import itertools
from typing import Any

from exa_websets_api.models import ListEventsResponse

from .. import _render as render
from .._events import EVENT_RETENTION_SECONDS
from .._handling import Call, handles
from .._query import parse_datetime, query_values


def _expire_events(call: Call) -> None:
    """Delete the events older than the retention, as the API does (oldest first: stop at the first kept one)."""
    events, horizon = call.store.events, call.sim.now - EVENT_RETENTION_SECONDS
    for event_id in [e.id for e in itertools.takewhile(lambda e: e.created_at < horizon, events.values())]:
        del events[event_id]


@handles("events-list")
def events_list(call: Call) -> dict[str, Any]:
    """Newest first; ``createdBefore``/``createdAfter`` are inclusive. Events past the retention are gone."""
    _expire_events(call)
    records = list(reversed(call.store.events.values()))
    types = set(query_values(call.query, "types"))
    if types:
        records = [e for e in records if e.type in types]
    before, after = call.arg("createdBefore"), call.arg("createdAfter")
    if before and (limit := parse_datetime(before)):
        records = [e for e in records if render.dt(e.created_at) <= limit]
    if after and (limit := parse_datetime(after)):
        records = [e for e in records if render.dt(e.created_at) >= limit]
    page = call.page(records, lambda e: e.seq, descending=True)
    # Parsed back into the generated union (export events become its unknown variant) to serialise as the spec says.
    body = {"data": [e.payload for e in page.data], "hasMore": page.has_more, "nextCursor": page.next_cursor}
    return ListEventsResponse.from_dict(body).to_dict()


@handles("events-get")
def events_get(call: Call) -> dict[str, Any]:
    _expire_events(call)
    return call.found(call.store.events, "Event").payload
