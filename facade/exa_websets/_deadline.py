"""Total deadlines: a call's own, and the one of a wait the call is part of. Pure: no I/O.

A wait (``wait_until_idle(deadline=T)``) makes many calls, each with its own retries and socket timeouts. So that
the wait ends on time, it publishes its deadline in a context variable for as long as it runs; every call made
inside it (in the same thread, or the same asyncio task) takes the earlier of its own deadline and the wait's.
A context variable rather than an argument: the calls of a wait go through the same public methods as any other.
"""

from __future__ import annotations

import contextvars
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from ._clock import Clock
from ._errors import InvalidRequestError, Problem
from ._settings import seconds_problem

# (the clock the deadline is measured on, the absolute deadline): a deadline only binds calls that share its clock.
_ENCLOSING: contextvars.ContextVar[tuple[Clock, float] | None] = contextvars.ContextVar(
    "exa_websets_enclosing_deadline", default=None
)


@contextmanager
def enclosing_deadline(clock: Clock, at: float | None) -> Iterator[None]:
    """Bound every call made inside the ``with`` block (on ``clock``) by ``at``; an outer, earlier one still wins."""
    if at is None:
        yield
        return
    outer = _ENCLOSING.get()
    if outer is not None and outer[0] is clock and outer[1] <= at:
        yield
        return
    token = _ENCLOSING.set((clock, at))
    try:
        yield
    finally:
        _ENCLOSING.reset(token)


@dataclass(frozen=True)
class CallDeadline:
    """When a call must be over (absolute, in its clock's units; None: never), and what set that limit."""

    at: float | None
    seconds: float | None  # the call's own limit, when that is what binds
    from_wait: bool

    @classmethod
    def start(cls, clock: Clock, started: float, seconds: float | None) -> CallDeadline:
        own = None if seconds is None else started + seconds
        outer = _ENCLOSING.get()
        wait_at = outer[1] if outer is not None and outer[0] is clock else None
        if wait_at is not None and (own is None or wait_at < own):
            return cls(wait_at, None, True)
        return cls(own, seconds, False)

    def time_left(self, now: float) -> float | None:
        return None if self.at is None else self.at - now

    def passed(self, now: float) -> bool:
        return self.at is not None and now >= self.at

    def describe(self) -> str:
        if self.from_wait:
            return "the deadline of the wait this call was part of passed"
        return f"the call's deadline of {self.seconds:g} s passed (connect, headers, body and retries all count)"


def clip_timeout(timeout: httpx.Timeout, time_left: float | None) -> httpx.Timeout:
    """Socket timeouts no longer than the time left, so no single connect, read or write outlives the deadline."""
    if time_left is None:
        return timeout
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if all(phase is not None and phase <= time_left for phase in phases):
        return timeout  # the usual case (a long deadline): nothing to clip, no new Timeout per attempt

    def clip(value: float | None) -> float:
        return time_left if value is None else min(value, time_left)

    return httpx.Timeout(
        connect=clip(timeout.connect), read=clip(timeout.read), write=clip(timeout.write), pool=clip(timeout.pool)
    )


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


def wait_deadline(label: str, deadline: float | None, timeout: float | None) -> float | None:
    """The total deadline of a ``wait_*`` call. ``timeout=`` is its old name, still accepted with a warning: in every
    other method ``timeout`` is the socket timeout, so the wait's own limit is now called ``deadline``."""
    name = "deadline"
    if timeout is not NOT_GIVEN:
        warnings.warn(
            f"{label}(timeout=...) is deprecated: pass deadline=... (the wait's total time in seconds)",
            DeprecationWarning,
            stacklevel=4,  # here ← waiting's wait_until ← the resource's wait method ← the code that called it
        )
        deadline, name = timeout, "timeout"
    problem = seconds_problem(deadline, allow_zero=True)
    if problem:
        raise InvalidRequestError(label, [Problem(name, problem)])
    return deadline
