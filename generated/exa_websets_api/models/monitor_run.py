from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monitor_run_object import MonitorRunObject
from ..models.monitor_run_status import MonitorRunStatus
from ..models.monitor_run_type import MonitorRunType
from ..types import LazyModel, parse_datetime

T = TypeVar("T", bound="MonitorRun")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class MonitorRun(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the Monitor Run
        object_ (MonitorRunObject): The type of object
        status (MonitorRunStatus): The status of the Monitor Run
        monitor_id (str): The monitor that the run is associated with
        type_ (MonitorRunType): The type of the Monitor Run
        completed_at (datetime.datetime | None): When the run completed
        failed_at (datetime.datetime | None): When the run failed
        failed_reason (None | str): The reason the run failed
        canceled_at (datetime.datetime | None): When the run was canceled
        created_at (datetime.datetime): When the run was created
        updated_at (datetime.datetime): When the run was last updated
    """

    id: str
    object_: MonitorRunObject
    status: MonitorRunStatus
    monitor_id: str
    type_: MonitorRunType
    completed_at: datetime.datetime | None
    failed_at: datetime.datetime | None
    failed_reason: None | str
    canceled_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        status = self.status.value

        monitor_id = self.monitor_id

        type_ = self.type_.value

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        failed_at: None | str
        if isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat()
        else:
            failed_at = self.failed_at

        failed_reason: None | str
        failed_reason = self.failed_reason

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = self.canceled_at.isoformat()
        else:
            canceled_at = self.canceled_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "monitorId": monitor_id,
                "type": type_,
                "completedAt": completed_at,
                "failedAt": failed_at,
                "failedReason": failed_reason,
                "canceledAt": canceled_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = MonitorRunObject._by_value.get(d["object"]) or MonitorRunObject(d["object"])

        status = MonitorRunStatus._by_value.get(d["status"]) or MonitorRunStatus(d["status"])

        monitor_id = d["monitorId"]

        type_ = MonitorRunType._by_value.get(d["type"]) or MonitorRunType(d["type"])

        failed_reason = d["failedReason"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("completedAt" in d and "failedAt" in d and "canceledAt" in d and "createdAt" in d and "updatedAt" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "completedAt",
                        "failedAt",
                        "canceledAt",
                        "createdAt",
                        "updatedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        monitor_run = object.__new__(cls)
        monitor_run._src = d
        monitor_run.id = id
        monitor_run.object_ = object_
        monitor_run.status = status
        monitor_run.monitor_id = monitor_id
        monitor_run.type_ = type_
        monitor_run.failed_reason = failed_reason

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 11:
            monitor_run.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return monitor_run

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
        "monitorId",
        "type",
        "completedAt",
        "failedAt",
        "failedReason",
        "canceledAt",
        "createdAt",
        "updatedAt",
    }
)


# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_completed_at(raw: Any) -> datetime.datetime | None:
    _completed_at = raw
    completed_at: datetime.datetime | None = _completed_at if _completed_at is None else parse_datetime(_completed_at)
    return completed_at


def _build_failed_at(raw: Any) -> datetime.datetime | None:
    _failed_at = raw
    failed_at: datetime.datetime | None = _failed_at if _failed_at is None else parse_datetime(_failed_at)
    return failed_at


def _build_canceled_at(raw: Any) -> datetime.datetime | None:
    _canceled_at = raw
    canceled_at: datetime.datetime | None = _canceled_at if _canceled_at is None else parse_datetime(_canceled_at)
    return canceled_at


MonitorRun._lazy(
    {
        "completed_at": ("completedAt", True, _build_completed_at),
        "failed_at": ("failedAt", True, _build_failed_at),
        "canceled_at": ("canceledAt", True, _build_canceled_at),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
