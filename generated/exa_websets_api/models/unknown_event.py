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

T = TypeVar("T", bound="UnknownEvent")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class UnknownEvent(LazyModel):
    """A variant this client does not know yet (added by the server after generation). `type` names it; its other fields
    are kept in `additional_properties`.

        Attributes:
            type_ (str):
            id (str):
            object_ (Literal['event']):  Default: 'event'.
            created_at (datetime.datetime):
    """

    type_: str
    id: str
    created_at: datetime.datetime
    object_: Literal["event"] = "event"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        object_ = self.object_

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "object": object_,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        id = d["id"]

        object_ = d["object"]
        if object_ != "event":
            raise ValueError(f"object must match const 'event', got '{object_}'")

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("createdAt" in d):
            raise KeyError(next(key for key in ("createdAt",) if key not in d))

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        unknown_event = object.__new__(cls)
        unknown_event._src = d
        unknown_event.type_ = type_
        unknown_event.id = id
        unknown_event.object_ = object_

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 4:
            unknown_event.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return unknown_event

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
        "type",
        "id",
        "object",
        "createdAt",
    }
)


# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


UnknownEvent._lazy(
    {
        "created_at": ("createdAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
