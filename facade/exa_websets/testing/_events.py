"""Event bodies, built with the generated event classes (the export events, which the spec lacks, as plain dicts)."""

from __future__ import annotations

from typing import Any, Protocol

from exa_websets_api.models import (
    Import,
    ImportCompletedEvent,
    ImportCreatedEvent,
    Monitor,
    MonitorCreatedEvent,
    MonitorDeletedEvent,
    MonitorRun,
    MonitorRunCompletedEvent,
    MonitorRunCreatedEvent,
    MonitorUpdatedEvent,
    Webset,
    WebsetCreatedEvent,
    WebsetDeletedEvent,
    WebsetIdleEvent,
    WebsetItem,
    WebsetItemCreatedEvent,
    WebsetItemEnrichedEvent,
    WebsetPausedEvent,
    WebsetSearch,
    WebsetSearchCanceledEvent,
    WebsetSearchCompletedEvent,
    WebsetSearchCreatedEvent,
    WebsetSearchUpdatedEvent,
)

from ._render import dt, iso


class _Serializable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


EventData = Webset | WebsetSearch | WebsetItem | Import | Monitor | MonitorRun | dict[str, Any]

# Each event type: the generated event class and the class of its ``data``.
_EVENT_CLASSES: dict[str, tuple[Any, type]] = {
    "webset.created": (WebsetCreatedEvent, Webset),
    "webset.deleted": (WebsetDeletedEvent, Webset),
    "webset.idle": (WebsetIdleEvent, Webset),
    "webset.paused": (WebsetPausedEvent, Webset),
    "webset.search.created": (WebsetSearchCreatedEvent, WebsetSearch),
    "webset.search.updated": (WebsetSearchUpdatedEvent, WebsetSearch),
    "webset.search.completed": (WebsetSearchCompletedEvent, WebsetSearch),
    "webset.search.canceled": (WebsetSearchCanceledEvent, WebsetSearch),
    "webset.item.created": (WebsetItemCreatedEvent, WebsetItem),
    "webset.item.enriched": (WebsetItemEnrichedEvent, WebsetItem),
    "import.created": (ImportCreatedEvent, Import),
    "import.completed": (ImportCompletedEvent, Import),
    "monitor.created": (MonitorCreatedEvent, Monitor),
    "monitor.updated": (MonitorUpdatedEvent, Monitor),
    "monitor.deleted": (MonitorDeletedEvent, Monitor),
    "monitor.run.created": (MonitorRunCreatedEvent, MonitorRun),
    "monitor.run.completed": (MonitorRunCompletedEvent, MonitorRun),
}
# The API keeps events 60 days, then deletes them (the reference: "Events are retained for 60 days").
EVENT_RETENTION_SECONDS = 60 * 24 * 3600.0
# Documented by the vendor but missing from the spec's Event union: sent as plain objects of the same shape.
PLAIN_EVENT_TYPES = frozenset({"webset.export.created", "webset.export.completed"})


def event_body(event_type: str, event_id: str, data: EventData, created_at: float) -> dict[str, Any]:
    if event_type in PLAIN_EVENT_TYPES:
        if not isinstance(data, dict):
            raise TypeError(f"{event_type} carries a plain object")
        return {"id": event_id, "object": "event", "type": event_type, "data": data, "createdAt": iso(created_at)}
    event_class, data_class = _EVENT_CLASSES[event_type]
    if not isinstance(data, data_class):
        raise TypeError(f"{event_type} carries a {data_class.__name__}, not {type(data).__name__}")
    event: _Serializable = event_class(id=event_id, data=data, created_at=dt(created_at))
    return event.to_dict()
