"""Per-call options, accepted by every method as keyword arguments (no client copy needed)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

PRIORITY_HEADER = "x-exa-websets-priority"


class RequestOptions(TypedDict, total=False):
    timeout: float | httpx.Timeout | None  # this call's socket timeouts (each connect, read, write); None: none
    deadline: float | None  # this call's total time in seconds, retries and their sleeps included; None: none
    max_retries: int  # this call only
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]  # merged into the JSON body after validation: for fields newer than the pinned spec
    priority: Literal["low", "medium", "high"]  # sent as the x-exa-websets-priority header
