from enum import Enum
from typing import Any, ClassVar


class EventType(str, Enum):
    """Open enum: a value the server adds after generation parses as an unknown member that keeps the raw value."""

    IMPORT_COMPLETED = "import.completed"
    IMPORT_CREATED = "import.created"
    MONITOR_CREATED = "monitor.created"
    MONITOR_DELETED = "monitor.deleted"
    MONITOR_RUN_COMPLETED = "monitor.run.completed"
    MONITOR_RUN_CREATED = "monitor.run.created"
    MONITOR_UPDATED = "monitor.updated"
    WEBSET_CREATED = "webset.created"
    WEBSET_DELETED = "webset.deleted"
    WEBSET_EXPORT_COMPLETED = "webset.export.completed"
    WEBSET_EXPORT_CREATED = "webset.export.created"
    WEBSET_IDLE = "webset.idle"
    WEBSET_ITEM_CREATED = "webset.item.created"
    WEBSET_ITEM_ENRICHED = "webset.item.enriched"
    WEBSET_PAUSED = "webset.paused"
    WEBSET_SEARCH_CANCELED = "webset.search.canceled"
    WEBSET_SEARCH_COMPLETED = "webset.search.completed"
    WEBSET_SEARCH_CREATED = "webset.search.created"
    WEBSET_SEARCH_UPDATED = "webset.search.updated"

    _by_value: ClassVar[dict[Any, "EventType"]]  # set below, once the members exist

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client was not generated with."""
        return self is not type(self).__members__.get(self._name_)

    @classmethod
    def _missing_(cls, value: Any) -> "EventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


EventType._by_value = {member.value: member for member in EventType}
