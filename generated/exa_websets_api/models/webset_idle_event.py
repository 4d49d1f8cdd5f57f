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

from ..types import LazyModel, parse_datetime

T = TypeVar("T", bound="WebsetIdleEvent")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetIdleEvent(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the event
        object_ (Literal['event']):  Default: 'event'.
        type_ (Literal['webset.idle']):  Default: 'webset.idle'.
        data (Webset):
        created_at (datetime.datetime): The date and time the event was created
    """

    id: str
    data: Webset
    created_at: datetime.datetime
    object_: Literal["event"] = "event"
    type_: Literal["webset.idle"] = "webset.idle"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        type_ = self.type_

        data = self.data.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "type": type_,
                "data": data,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = d["object"]
        if object_ != "event":
            raise ValueError(f"object must match const 'event', got '{object_}'")

        type_ = d["type"]
        if type_ != "webset.idle":
            raise ValueError(f"type must match const 'webset.idle', got '{type_}'")

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("data" in d and "createdAt" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "data",
                        "createdAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_idle_event = object.__new__(cls)
        webset_idle_event._src = d
        webset_idle_event.id = id
        webset_idle_event.object_ = object_
        webset_idle_event.type_ = type_

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 5:
            webset_idle_event.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return webset_idle_event

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
        "type",
        "data",
        "createdAt",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.webset import Webset  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


WebsetIdleEvent._lazy(
    {
        "data": ("data", True, Webset.from_dict),
        "created_at": ("createdAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
