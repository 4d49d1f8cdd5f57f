from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="TeamConcurrency")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class TeamConcurrency(LazyModel):
    """Names from the documentation's "active/queued vs maxConcurrent/maxQueued" (issue 13): work beyond maxConcurrent
    waits in the queue, and beyond maxQueued it is refused.

        Attributes:
            active (float | Unset): Searches running now
            queued (float | Unset): Searches waiting for a free slot
            max_concurrent (float | Unset): How many may run at once
            max_queued (float | Unset): How many may wait at once
    """

    active: float | Unset = UNSET
    queued: float | Unset = UNSET
    max_concurrent: float | Unset = UNSET
    max_queued: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        queued = self.queued

        max_concurrent = self.max_concurrent

        max_queued = self.max_queued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if queued is not UNSET:
            field_dict["queued"] = queued
        if max_concurrent is not UNSET:
            field_dict["maxConcurrent"] = max_concurrent
        if max_queued is not UNSET:
            field_dict["maxQueued"] = max_queued

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        active = d.get("active", UNSET)

        queued = d.get("queued", UNSET)

        max_concurrent = d.get("maxConcurrent", UNSET)

        max_queued = d.get("maxQueued", UNSET)

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        team_concurrency = object.__new__(cls)
        team_concurrency.active = active
        team_concurrency.queued = queued
        team_concurrency.max_concurrent = max_concurrent
        team_concurrency.max_queued = max_queued

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 0 + ("active" in d) + ("queued" in d) + ("maxConcurrent" in d) + ("maxQueued" in d):
            team_concurrency.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return team_concurrency

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
        "active",
        "queued",
        "maxConcurrent",
        "maxQueued",
    }
)


TeamConcurrency._lazy(
    {
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
