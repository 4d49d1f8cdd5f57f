from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_monitor_status import UpdateMonitorStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateMonitor")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class UpdateMonitor(LazyModel):
    """
    Attributes:
        status (UpdateMonitorStatus | Unset): The status of the monitor.
        metadata (UpdateMonitorMetadata | Unset):
        cadence (MonitorCadence | Unset):
        behavior (MonitorBehavior | Unset):
    """

    status: UpdateMonitorStatus | Unset = UNSET
    metadata: UpdateMonitorMetadata | Unset = UNSET
    cadence: MonitorCadence | Unset = UNSET
    behavior: MonitorBehavior | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        cadence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cadence, Unset):
            cadence = self.cadence.to_dict()

        behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cadence is not UNSET:
            field_dict["cadence"] = cadence
        if behavior is not UNSET:
            field_dict["behavior"] = behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _status = d.get("status", UNSET)
        status: UpdateMonitorStatus | Unset = (
            UNSET if _status is UNSET else (UpdateMonitorStatus._by_value.get(_status) or UpdateMonitorStatus(_status))
        )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        update_monitor = object.__new__(cls)
        update_monitor._src = d
        update_monitor.status = status

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 0 + ("status" in d) + ("metadata" in d) + ("cadence" in d) + ("behavior" in d):
            update_monitor.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return update_monitor

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
        "status",
        "metadata",
        "cadence",
        "behavior",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.monitor_behavior import MonitorBehavior  # noqa: E402
from ..models.monitor_cadence import MonitorCadence  # noqa: E402
from ..models.update_monitor_metadata import UpdateMonitorMetadata  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_metadata(raw: Any) -> UpdateMonitorMetadata | Unset:
    _metadata = raw
    metadata: UpdateMonitorMetadata | Unset = (
        UNSET if _metadata is UNSET else UpdateMonitorMetadata.from_dict(_metadata)
    )
    return metadata


def _build_cadence(raw: Any) -> MonitorCadence | Unset:
    _cadence = raw
    cadence: MonitorCadence | Unset = UNSET if _cadence is UNSET else MonitorCadence.from_dict(_cadence)
    return cadence


def _build_behavior(raw: Any) -> MonitorBehavior | Unset:
    _behavior = raw
    behavior: MonitorBehavior | Unset = UNSET if _behavior is UNSET else MonitorBehavior.from_dict(_behavior)
    return behavior


UpdateMonitor._lazy(
    {
        "metadata": ("metadata", False, _build_metadata),
        "cadence": ("cadence", False, _build_cadence),
        "behavior": ("behavior", False, _build_behavior),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
