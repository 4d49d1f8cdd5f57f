from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..models.webhook_status import WebhookStatus
from ..types import UNSET, LazyModel, Unset, parse_datetime

T = TypeVar("T", bound="Webhook")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class Webhook(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the webhook
        object_ (Literal['webhook']):  Default: 'webhook'.
        status (WebhookStatus): The status of the webhook
        events (list[EventType]): The events to trigger the webhook
        url (str): The URL to send the webhook to
        secret (None | str): The secret to verify the webhook signature. Only returned on Webhook creation.
        created_at (datetime.datetime): The date and time the webhook was created
        updated_at (datetime.datetime): The date and time the webhook was last updated
        metadata (WebhookMetadata | Unset): The metadata of the webhook
    """

    id: str
    status: WebhookStatus
    events: list[EventType]
    url: str
    secret: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webhook"] = "webhook"
    metadata: WebhookMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        url = self.url

        secret: None | str
        secret = self.secret

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "events": events,
                "url": url,
                "secret": secret,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = d["object"]
        if object_ != "webhook":
            raise ValueError(f"object must match const 'webhook', got '{object_}'")

        status = WebhookStatus._by_value.get(d["status"]) or WebhookStatus(d["status"])

        url = d["url"]

        secret = d["secret"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("events" in d and "createdAt" in d and "updatedAt" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "events",
                        "createdAt",
                        "updatedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webhook = object.__new__(cls)
        webhook._src = d
        webhook.id = id
        webhook.object_ = object_
        webhook.status = status
        webhook.url = url
        webhook.secret = secret

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 8 + ("metadata" in d):
            webhook.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return webhook

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
        "id",
        "object",
        "status",
        "events",
        "url",
        "secret",
        "createdAt",
        "updatedAt",
        "metadata",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.webhook_metadata import WebhookMetadata  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_events(raw: Any) -> list[EventType]:
    events = [(EventType._by_value.get(events_item_data) or EventType(events_item_data)) for events_item_data in raw]
    return events


def _build_metadata(raw: Any) -> WebhookMetadata | Unset:
    _metadata = raw
    metadata: WebhookMetadata | Unset = UNSET if _metadata is UNSET else WebhookMetadata.from_dict(_metadata)
    return metadata


Webhook._lazy(
    {
        "events": ("events", True, _build_events),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
