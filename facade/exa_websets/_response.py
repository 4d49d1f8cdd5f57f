"""What a call's HTTP exchange looked like: status, request id, retries, time. Reachable from every result."""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ResponseInfo:
    method: str
    url: str
    status_code: int
    request_id: str | None
    retries: int  # how many retries this call took (0: the first attempt succeeded)
    elapsed: float  # seconds, all attempts and waits included
    headers: Mapping[str, str] = field(repr=False)  # the response's own (case-insensitive) headers, not a copy
    queued: float = 0.0  # seconds of ``elapsed`` spent waiting for the client's governor (rate, cool-down, in flight)


_BY_ID: dict[int, tuple[weakref.ref[Any], ResponseInfo]] = {}


def attach(result: Any, info: ResponseInfo) -> None:
    """Remember the response a result came from, for as long as the result lives.

    Generated models are slotted, unhashable attrs classes: they cannot take new attributes nor be weak-dict keys,
    so the record is keyed by id and dropped by a weakref callback when the result is collected.
    """
    try:
        key = id(result)
        _BY_ID[key] = (weakref.ref(result, lambda _: _BY_ID.pop(key, None)), info)
    except TypeError:  # not weak-referenceable (e.g. None from a no-body response): nothing to attach to
        pass


def response_info(result: object) -> ResponseInfo | None:
    """The HTTP response a result of this SDK came from (status, request id, retries, elapsed), if known."""
    entry = _BY_ID.get(id(result))
    if entry is None or entry[0]() is not result:
        return None
    return entry[1]
