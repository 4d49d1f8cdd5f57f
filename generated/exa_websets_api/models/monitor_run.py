from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.monitor_run_object import MonitorRunObject
from ..models.monitor_run_status import MonitorRunStatus
from ..models.monitor_run_type import MonitorRunType
from ..types import parse_datetime

T = TypeVar("T", bound="MonitorRun")


@_attrs_define
class MonitorRun:
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
        d = dict(src_dict)
        id = d.pop("id")

        object_ = MonitorRunObject(d.pop("object"))

        status = MonitorRunStatus(d.pop("status"))

        monitor_id = d.pop("monitorId")

        type_ = MonitorRunType(d.pop("type"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            completed_at_type_0 = parse_datetime(data)

            return completed_at_type_0

        completed_at = _parse_completed_at(d.pop("completedAt"))

        def _parse_failed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            failed_at_type_0 = parse_datetime(data)

            return failed_at_type_0

        failed_at = _parse_failed_at(d.pop("failedAt"))

        def _parse_failed_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failed_reason = _parse_failed_reason(d.pop("failedReason"))

        def _parse_canceled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            canceled_at_type_0 = parse_datetime(data)

            return canceled_at_type_0

        canceled_at = _parse_canceled_at(d.pop("canceledAt"))

        created_at = parse_datetime(d.pop("createdAt"))

        updated_at = parse_datetime(d.pop("updatedAt"))

        monitor_run = cls(
            id=id,
            object_=object_,
            status=status,
            monitor_id=monitor_id,
            type_=type_,
            completed_at=completed_at,
            failed_at=failed_at,
            failed_reason=failed_reason,
            canceled_at=canceled_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        monitor_run.additional_properties = d
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
