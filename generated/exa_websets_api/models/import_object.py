from enum import Enum
from typing import Any, ClassVar


class ImportObject(str, Enum):
    """Open enum: a value the server adds after generation parses as an unknown member that keeps the raw value."""

    IMPORT = "import"

    _by_value: ClassVar[dict[Any, "ImportObject"]]  # set below, once the members exist

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client was not generated with."""
        return self is not type(self).__members__.get(self._name_)

    @classmethod
    def _missing_(cls, value: Any) -> "ImportObject | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


ImportObject._by_value = {member.value: member for member in ImportObject}
