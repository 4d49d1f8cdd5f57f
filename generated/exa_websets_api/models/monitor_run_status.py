from enum import Enum
from typing import Any, ClassVar


class MonitorRunStatus(str, Enum):
    """Open enum: a value the server adds after generation parses as an unknown member that keeps the raw value."""

    CANCELED = "canceled"
    COMPLETED = "completed"
    CREATED = "created"
    FAILED = "failed"
    RUNNING = "running"

    _by_value: ClassVar[dict[Any, "MonitorRunStatus"]]  # set below, once the members exist

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client was not generated with."""
        return self is not type(self).__members__.get(self._name_)

    @classmethod
    def _missing_(cls, value: Any) -> "MonitorRunStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


MonitorRunStatus._by_value = {member.value: member for member in MonitorRunStatus}
