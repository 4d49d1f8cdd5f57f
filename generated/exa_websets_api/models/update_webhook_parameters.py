from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateWebhookParameters")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class UpdateWebhookParameters(LazyModel):
    """
    Attributes:
        events (list[EventType] | Unset): The events to trigger the webhook
        url (str | Unset): The URL to send the webhook to
        metadata (UpdateWebhookParametersMetadata | Unset): Set of key-value pairs you want to associate with this
            object.
    """

    events: list[EventType] | Unset = UNSET
    url: str | Unset = UNSET
    metadata: UpdateWebhookParametersMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        url = self.url

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if url is not UNSET:
            field_dict["url"] = url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d.get("url", UNSET)

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        update_webhook_parameters = object.__new__(cls)
        update_webhook_parameters._src = d
        update_webhook_parameters.url = url

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 0 + ("events" in d) + ("url" in d) + ("metadata" in d):
            update_webhook_parameters.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return update_webhook_parameters

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
        "events",
        "url",
        "metadata",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.update_webhook_parameters_metadata import UpdateWebhookParametersMetadata  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_events(raw: Any) -> list[EventType] | Unset:
    _events = raw
    events: list[EventType] | Unset = (
        UNSET
        if _events is UNSET
        else [
            (EventType._by_value.get(events_item_data) or EventType(events_item_data)) for events_item_data in _events
        ]
    )
    return events


def _build_metadata(raw: Any) -> UpdateWebhookParametersMetadata | Unset:
    _metadata = raw
    metadata: UpdateWebhookParametersMetadata | Unset = (
        UNSET if _metadata is UNSET else UpdateWebhookParametersMetadata.from_dict(_metadata)
    )
    return metadata


UpdateWebhookParameters._lazy(
    {
        "events": ("events", False, _build_events),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
