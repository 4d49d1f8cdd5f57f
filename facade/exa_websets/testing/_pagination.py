"""Cursor pagination: page-size limits per operation and opaque cursors."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from exa_websets._core.operation import all_operations

T = TypeVar("T")


@dataclass(frozen=True)
class PageLimit:
    default: int
    maximum: int


def _page_limits() -> dict[str, PageLimit]:
    """The ``limit`` parameter of each paginated operation, as the pinned spec defines it. Operations without one
    (monitors-runs-list) take no cursor or limit and answer everything in one page."""
    limits: dict[str, PageLimit] = {}
    for operation_id, operation in all_operations().items():
        limit = next((p for p in operation.query_parameters if p.name == "limit"), None)
        if limit is not None:
            maximum = int(limit.schema["maximum"])
            limits[operation_id] = PageLimit(default=int(limit.schema.get("default", maximum)), maximum=maximum)
    return limits


PAGE_LIMITS: dict[str, PageLimit] = _page_limits()

_CURSOR_PREFIX = "fake-cursor:"


def encode_cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{position}".encode()).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> int | None:
    """The position a cursor stands for, or None when it is not one of ours."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if not text.startswith(_CURSOR_PREFIX) or not text[len(_CURSOR_PREFIX) :].isdigit():
        return None
    return int(text[len(_CURSOR_PREFIX) :])


@dataclass(frozen=True)
class RecordPage(Generic[T]):
    """One page of the fake's records, with what the list answer says about the rest."""

    data: list[T]
    has_more: bool
    next_cursor: str | None


def paginate(
    records: Sequence[T], *, position: Callable[[T], int], limit: int, cursor: str | None, descending: bool
) -> RecordPage[T]:
    """One page of ``records`` (already in list order). The cursor is the position of the last record returned, so
    pages stay stable when records are added or removed between calls."""
    start = 0
    after = decode_cursor(cursor) if cursor else None
    if after is not None:
        start = len(records)
        for index, record in enumerate(records):
            if (position(record) < after) if descending else (position(record) > after):
                start = index
                break
    chunk = list(records[start : start + limit])
    has_more = start + limit < len(records)
    return RecordPage(chunk, has_more, encode_cursor(position(chunk[-1])) if has_more and chunk else None)
