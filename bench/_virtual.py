"""An asyncio event loop on fake time: when nothing is ready to run, it jumps the fake clock to the next timer.

Many concurrent waits (each with its own ``asyncio.sleep``) then take no real time, and the fake service, on the same
``ManualClock``, sees exactly the timeline they would produce in real time. Only in-process transports may be used
(a real socket would never be waited for).
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from exa_websets.testing import ManualClock

T = TypeVar("T")
# Fake time is epoch seconds (~1.8e9), where one float step is ~2.4e-7 s: never advance by less than this.
MIN_STEP = 1e-6


class _JumpingSelector:
    def __init__(self, inner: selectors.BaseSelector, clock: ManualClock) -> None:
        self._inner = inner
        self._clock = clock

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        events = self._inner.select(0)
        if events or timeout == 0:
            return events
        if timeout is None:
            raise RuntimeError("virtual time: nothing is scheduled and nothing is ready (a task waits forever)")
        self._clock.advance(max(timeout, MIN_STEP))
        return []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self, clock: ManualClock) -> None:
        super().__init__()
        self._virtual_clock = clock
        self._origin = clock.now()  # loop time stays small, so its float resolution stays fine
        self._selector = _JumpingSelector(self._selector, clock)  # type: ignore[has-type,assignment]

    def time(self) -> float:
        return self._virtual_clock.now() - self._origin


def run_virtual(clock: ManualClock, main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    loop = VirtualTimeLoop(clock)
    try:
        return loop.run_until_complete(main())
    finally:
        loop.close()
