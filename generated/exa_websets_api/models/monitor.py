from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monitor_object import MonitorObject
from ..models.monitor_status import MonitorStatus
from ..types import LazyModel, parse_datetime

T = TypeVar("T", bound="Monitor")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class Monitor(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the Monitor
        object_ (MonitorObject): The type of object
        status (MonitorStatus): The status of the Monitor
        webset_id (str): The id of the Webset the Monitor belongs to
        cadence (MonitorCadence):
        behavior (MonitorBehavior):
        last_run (MonitorRun | None): The last run of the monitor
        next_run_at (datetime.datetime | None): Date and time when the next run will occur in
        metadata (MonitorMetadata): Set of key-value pairs you want to associate with this object.
        created_at (datetime.datetime): When the monitor was created
        updated_at (datetime.datetime): When the monitor was last updated
    """

    id: str
    object_: MonitorObject
    status: MonitorStatus
    webset_id: str
    cadence: MonitorCadence
    behavior: MonitorBehavior
    last_run: MonitorRun | None
    next_run_at: datetime.datetime | None
    metadata: MonitorMetadata
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        status = self.status.value

        webset_id = self.webset_id

        cadence = self.cadence.to_dict()

        behavior = self.behavior.to_dict()

        last_run: dict[str, Any] | None
        if isinstance(self.last_run, MonitorRun):
            last_run = self.last_run.to_dict()
        else:
            last_run = self.last_run

        next_run_at: None | str
        if isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "websetId": webset_id,
                "cadence": cadence,
                "behavior": behavior,
                "lastRun": last_run,
                "nextRunAt": next_run_at,
                "metadata": metadata,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = MonitorObject._by_value.get(d["object"]) or MonitorObject(d["object"])

        status = MonitorStatus._by_value.get(d["status"]) or MonitorStatus(d["status"])

        webset_id = d["websetId"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not (
            "cadence" in d
            and "behavior" in d
            and "lastRun" in d
            and "nextRunAt" in d
            and "metadata" in d
            and "createdAt" in d
            and "updatedAt" in d
        ):
            raise KeyError(
                next(
                    key
                    for key in (
                        "cadence",
                        "behavior",
                        "lastRun",
                        "nextRunAt",
                        "metadata",
                        "createdAt",
                        "updatedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        monitor = object.__new__(cls)
        monitor._src = d
        monitor.id = id
        monitor.object_ = object_
        monitor.status = status
        monitor.webset_id = webset_id

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 11:
            monitor.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return monitor

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
        "websetId",
        "cadence",
        "behavior",
        "lastRun",
        "nextRunAt",
        "metadata",
        "createdAt",
        "updatedAt",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.monitor_behavior import MonitorBehavior  # noqa: E402
from ..models.monitor_cadence import MonitorCadence  # noqa: E402
from ..models.monitor_metadata import MonitorMetadata  # noqa: E402
from ..models.monitor_run import MonitorRun  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_last_run(raw: Any) -> MonitorRun | None:
    _last_run = raw
    last_run: MonitorRun | None = _last_run if _last_run is None else MonitorRun.from_dict(_last_run)
    return last_run


def _build_next_run_at(raw: Any) -> datetime.datetime | None:
    _next_run_at = raw
    next_run_at: datetime.datetime | None = _next_run_at if _next_run_at is None else parse_datetime(_next_run_at)
    return next_run_at


Monitor._lazy(
    {
        "cadence": ("cadence", True, MonitorCadence.from_dict),
        "behavior": ("behavior", True, MonitorBehavior.from_dict),
        "last_run": ("lastRun", True, _build_last_run),
        "next_run_at": ("nextRunAt", True, _build_next_run_at),
        "metadata": ("metadata", True, MonitorMetadata.from_dict),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
