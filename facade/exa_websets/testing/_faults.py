"""Fault injection: scripted sequences and random faults per route, for testing clients' retries and error handling.

A route is an operation id (``"websets-create"``), a method and path template (``"POST /v0/websets"``) or ``"*"``.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import random
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

FaultKind = Literal["status", "drop", "slow", "truncated", "non_json"]
When = Literal["before", "after"]
DropError = Literal["remote_protocol", "read"]


@dataclass(frozen=True)
class Fault:
    """One injected failure. ``when="after"`` lets the request change state first and then loses the answer (the
    request reached the server, the client never heard back). A slow response is always processed."""

    kind: FaultKind
    status: int = 200
    retry_after: str | None = None
    delay: float = 0.0
    error: DropError = "remote_protocol"
    when: When = "before"

    @classmethod
    def rate_limited(cls, retry_after: float | datetime.datetime = 1, *, when: When = "before") -> Fault:
        """429 with ``Retry-After`` in seconds, or as an HTTP date when given a datetime."""
        if isinstance(retry_after, datetime.datetime):
            header = email.utils.format_datetime(retry_after.astimezone(datetime.timezone.utc), usegmt=True)
        else:
            header = f"{retry_after:g}"
        return cls("status", status=429, retry_after=header, when=when)

    @classmethod
    def server_error(cls, *, when: When = "before") -> Fault:
        return cls("status", status=500, when=when)

    @classmethod
    def bad_gateway(cls, *, when: When = "before") -> Fault:
        """502 with an HTML body, as a proxy in front of the API sends."""
        return cls("status", status=502, when=when)

    @classmethod
    def unavailable(cls, retry_after: float | None = None, *, when: When = "before") -> Fault:
        return cls("status", status=503, retry_after=None if retry_after is None else f"{retry_after:g}", when=when)

    @classmethod
    def dropped(cls, error: DropError = "remote_protocol", *, when: When = "before") -> Fault:
        """The connection closes without a response."""
        return cls("drop", error=error, when=when)

    @classmethod
    def slow(cls, delay: float) -> Fault:
        """The response takes ``delay`` fake seconds (a read timeout when that exceeds the client's)."""
        return cls("slow", delay=delay)

    @classmethod
    def truncated(cls, *, when: When = "before") -> Fault:
        """Status 200 and a JSON body cut short."""
        return cls("truncated", when=when)

    @classmethod
    def non_json(cls, *, when: When = "before") -> Fault:
        """Status 200 and an HTML body where JSON was expected."""
        return cls("non_json", when=when)

    def after(self) -> Fault:
        """The same fault, once the request has changed state."""
        return replace(self, when="after")


@dataclass
class RateLimiter:
    """Throttles like the Websets API is observed to: a token bucket of ``requests_per_second`` that holds at most
    one second's worth; a request finding it empty gets 429 with ``Retry-After`` (whole seconds, at least 1)."""

    requests_per_second: float
    now: Callable[[], float] = time.monotonic
    tokens: float = 0.0
    updated: float | None = None
    throttled: int = 0

    def __post_init__(self) -> None:
        if not (math.isfinite(self.requests_per_second) and self.requests_per_second > 0):
            raise ValueError("requests_per_second must be a positive number")
        self.tokens = self.requests_per_second

    def take(self) -> Fault | None:
        now = self.now()
        if self.updated is not None:
            self.tokens = min(self.requests_per_second, self.tokens + (now - self.updated) * self.requests_per_second)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return None
        self.throttled += 1
        return Fault.rate_limited(max(1, math.ceil((1 - self.tokens) / self.requests_per_second)))


@dataclass
class _RandomRule:
    rate: float
    kinds: tuple[Fault, ...]
    rng: random.Random


@dataclass(frozen=True)
class InjectedFault:
    request_id: str
    operation_id: str
    fault: Fault


def route_key(route: str) -> str:
    """``"post /websets/v0/websets"`` and ``"POST /v0/websets"`` name the same route."""
    if " " not in route:
        return route
    method, path = route.split(" ", 1)
    path = path.strip()
    if path.startswith("/websets/v0/"):
        path = path[len("/websets") :]
    return f"{method.upper()} {path.rstrip('/')}"


class Faults:
    """The faults the fake injects. Scripted faults are used first, in order; ``None`` in a script is a normal
    response. Random faults (each rule with its own seed) apply when no script is pending for the request."""

    def __init__(self) -> None:
        self._scripts: dict[str, deque[Fault | None]] = {}
        self._random: dict[str, _RandomRule] = {}
        self.injected: list[InjectedFault] = []
        self.rate_limiter: RateLimiter | None = None

    def limit_rate(self, requests_per_second: float | None, *, now: Callable[[], float] = time.monotonic) -> None:
        """Answer 429 to requests above ``requests_per_second`` (real time by default; pass the fake clock's
        ``now`` for in-process tests); ``None`` lifts the limit. Scripted and random faults come after it."""
        self.rate_limiter = None if requests_per_second is None else RateLimiter(requests_per_second, now)

    def script(self, route: str, *faults: Fault | None) -> None:
        self._scripts.setdefault(route_key(route), deque()).extend(faults)

    def random(self, route: str, *, rate: float, kinds: Sequence[Fault], seed: int = 0) -> None:
        if not 0.0 <= rate <= 1.0 or not kinds:
            raise ValueError("rate must be within [0, 1] and kinds must not be empty")
        self._random[route_key(route)] = _RandomRule(rate, tuple(kinds), random.Random(f"faults:{seed}"))  # noqa: S311  # reproducible, not secret

    def clear(self) -> None:
        self._scripts.clear()
        self._random.clear()

    def pending(self, route: str) -> int:
        """Scripted faults (and ``None`` entries) not used yet for a route."""
        return len(self._scripts.get(route_key(route), ()))

    def take(self, request_id: str, operation_id: str, method: str, path: str) -> Fault | None:
        keys = (operation_id, f"{method.upper()} {path}", "*")
        fault = self.rate_limiter.take() if self.rate_limiter is not None else None
        if fault is not None:
            self.injected.append(InjectedFault(request_id, operation_id, fault))
            return fault
        script = next((self._scripts[k] for k in keys if self._scripts.get(k)), None)
        if script is not None:
            fault = script.popleft()
        else:
            rule = next((self._random[k] for k in keys if k in self._random), None)
            if rule is not None and rule.rng.random() < rule.rate:
                fault = rule.rng.choice(rule.kinds)
        if fault is not None:
            self.injected.append(InjectedFault(request_id, operation_id, fault))
        return fault
