"""Contains some shared types for properties"""

import datetime
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define

_FRACTION = re.compile(r"(\.\d+)(?=[+-]\d\d:?\d\d$|$)")


def parse_datetime(value: str) -> datetime.datetime:
    """An ISO 8601 timestamp as the API writes it, on every supported Python.

    Before 3.11, ``fromisoformat`` takes neither a trailing ``Z`` nor fractions of other than 3 or 6 digits: those
    are rewritten first. From 3.11 on, the API's timestamps parse as they are (the fast path, tried first).
    """
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        pass
    text = value[:-1] + "+00:00" if value[-1:] in ("Z", "z") else value
    text = _FRACTION.sub(lambda m: (m.group(1) + "000000")[:7], text)
    return datetime.datetime.fromisoformat(text)


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # our addition: reprs of models read `UNSET`, not an object address
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "parse_datetime"]
