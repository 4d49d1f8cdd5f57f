from enum import Enum
from typing import Any, ClassVar


class PreviewWebsetResponseEnrichmentsItemFormat(str, Enum):
    """Open enum: a value the server adds after generation parses as an unknown member that keeps the raw value."""

    DATE = "date"
    EMAIL = "email"
    NUMBER = "number"
    OPTIONS = "options"
    PHONE = "phone"
    TEXT = "text"
    URL = "url"

    _by_value: ClassVar[dict[Any, "PreviewWebsetResponseEnrichmentsItemFormat"]]  # set below, once the members exist

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client was not generated with."""
        return self is not type(self).__members__.get(self._name_)

    @classmethod
    def _missing_(cls, value: Any) -> "PreviewWebsetResponseEnrichmentsItemFormat | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


PreviewWebsetResponseEnrichmentsItemFormat._by_value = {
    member.value: member for member in PreviewWebsetResponseEnrichmentsItemFormat
}
