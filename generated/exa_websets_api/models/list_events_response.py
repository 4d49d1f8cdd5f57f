from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="ListEventsResponse")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class ListEventsResponse(LazyModel):
    """
    Attributes:
        data (list[ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent |
            MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | UnknownEvent | WebsetCreatedEvent |
            WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent |
            WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent]):
            The list of events
        has_more (bool): Whether there are more results to paginate through
        next_cursor (None | str): The cursor to paginate through the next set of results
    """

    data: list[
        ImportCompletedEvent
        | ImportCreatedEvent
        | MonitorCreatedEvent
        | MonitorDeletedEvent
        | MonitorRunCompletedEvent
        | MonitorRunCreatedEvent
        | MonitorUpdatedEvent
        | UnknownEvent
        | WebsetCreatedEvent
        | WebsetDeletedEvent
        | WebsetIdleEvent
        | WebsetItemCreatedEvent
        | WebsetItemEnrichedEvent
        | WebsetPausedEvent
        | WebsetSearchCanceledEvent
        | WebsetSearchCompletedEvent
        | WebsetSearchCreatedEvent
        | WebsetSearchUpdatedEvent
    ]
    has_more: bool
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, WebsetCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetDeletedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetIdleEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetPausedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetItemCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetItemEnrichedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetSearchCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetSearchUpdatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetSearchCanceledEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, WebsetSearchCompletedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ImportCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ImportCompletedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MonitorCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MonitorUpdatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MonitorDeletedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MonitorRunCreatedEvent):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, MonitorRunCompletedEvent):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        has_more = self.has_more

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "hasMore": has_more,
                "nextCursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        has_more = d["hasMore"]

        next_cursor = d["nextCursor"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("data" in d):
            raise KeyError(next(key for key in ("data",) if key not in d))

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        list_events_response = object.__new__(cls)
        list_events_response._src = d
        list_events_response.has_more = has_more
        list_events_response.next_cursor = next_cursor

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 3:
            list_events_response.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return list_events_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON keys the model has fields for: any other key of an object goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "hasMore",
        "nextCursor",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.import_completed_event import ImportCompletedEvent  # noqa: E402
from ..models.import_created_event import ImportCreatedEvent  # noqa: E402
from ..models.monitor_created_event import MonitorCreatedEvent  # noqa: E402
from ..models.monitor_deleted_event import MonitorDeletedEvent  # noqa: E402
from ..models.monitor_run_completed_event import MonitorRunCompletedEvent  # noqa: E402
from ..models.monitor_run_created_event import MonitorRunCreatedEvent  # noqa: E402
from ..models.monitor_updated_event import MonitorUpdatedEvent  # noqa: E402
from ..models.unknown_event import UnknownEvent  # noqa: E402
from ..models.webset_created_event import WebsetCreatedEvent  # noqa: E402
from ..models.webset_deleted_event import WebsetDeletedEvent  # noqa: E402
from ..models.webset_idle_event import WebsetIdleEvent  # noqa: E402
from ..models.webset_item_created_event import WebsetItemCreatedEvent  # noqa: E402
from ..models.webset_item_enriched_event import WebsetItemEnrichedEvent  # noqa: E402
from ..models.webset_paused_event import WebsetPausedEvent  # noqa: E402
from ..models.webset_search_canceled_event import WebsetSearchCanceledEvent  # noqa: E402
from ..models.webset_search_completed_event import WebsetSearchCompletedEvent  # noqa: E402
from ..models.webset_search_created_event import WebsetSearchCreatedEvent  # noqa: E402
from ..models.webset_search_updated_event import WebsetSearchUpdatedEvent  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_data(
    raw: Any,
) -> list[
    ImportCompletedEvent
    | ImportCreatedEvent
    | MonitorCreatedEvent
    | MonitorDeletedEvent
    | MonitorRunCompletedEvent
    | MonitorRunCreatedEvent
    | MonitorUpdatedEvent
    | UnknownEvent
    | WebsetCreatedEvent
    | WebsetDeletedEvent
    | WebsetIdleEvent
    | WebsetItemCreatedEvent
    | WebsetItemEnrichedEvent
    | WebsetPausedEvent
    | WebsetSearchCanceledEvent
    | WebsetSearchCompletedEvent
    | WebsetSearchCreatedEvent
    | WebsetSearchUpdatedEvent
]:
    data = []
    _data = raw
    for data_item_data in _data:

        def _parse_data_item(
            data: object,
        ) -> (
            ImportCompletedEvent
            | ImportCreatedEvent
            | MonitorCreatedEvent
            | MonitorDeletedEvent
            | MonitorRunCompletedEvent
            | MonitorRunCreatedEvent
            | MonitorUpdatedEvent
            | UnknownEvent
            | WebsetCreatedEvent
            | WebsetDeletedEvent
            | WebsetIdleEvent
            | WebsetItemCreatedEvent
            | WebsetItemEnrichedEvent
            | WebsetPausedEvent
            | WebsetSearchCanceledEvent
            | WebsetSearchCompletedEvent
            | WebsetSearchCreatedEvent
            | WebsetSearchUpdatedEvent
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "webset.created":
                return WebsetCreatedEvent.from_dict(data)
            if discriminator == "webset.deleted":
                return WebsetDeletedEvent.from_dict(data)
            if discriminator == "webset.idle":
                return WebsetIdleEvent.from_dict(data)
            if discriminator == "webset.paused":
                return WebsetPausedEvent.from_dict(data)
            if discriminator == "webset.item.created":
                return WebsetItemCreatedEvent.from_dict(data)
            if discriminator == "webset.item.enriched":
                return WebsetItemEnrichedEvent.from_dict(data)
            if discriminator == "webset.search.created":
                return WebsetSearchCreatedEvent.from_dict(data)
            if discriminator == "webset.search.updated":
                return WebsetSearchUpdatedEvent.from_dict(data)
            if discriminator == "webset.search.canceled":
                return WebsetSearchCanceledEvent.from_dict(data)
            if discriminator == "webset.search.completed":
                return WebsetSearchCompletedEvent.from_dict(data)
            if discriminator == "import.created":
                return ImportCreatedEvent.from_dict(data)
            if discriminator == "import.completed":
                return ImportCompletedEvent.from_dict(data)
            if discriminator == "monitor.created":
                return MonitorCreatedEvent.from_dict(data)
            if discriminator == "monitor.updated":
                return MonitorUpdatedEvent.from_dict(data)
            if discriminator == "monitor.deleted":
                return MonitorDeletedEvent.from_dict(data)
            if discriminator == "monitor.run.created":
                return MonitorRunCreatedEvent.from_dict(data)
            if discriminator == "monitor.run.completed":
                return MonitorRunCompletedEvent.from_dict(data)
            return UnknownEvent.from_dict(data)

        data_item = _parse_data_item(data_item_data)

        data.append(data_item)
    return data


ListEventsResponse._lazy(
    {
        "data": ("data", True, _build_data),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
