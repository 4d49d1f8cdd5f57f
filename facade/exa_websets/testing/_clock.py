"""Clocks for the fake: a manual one for tests (time moves only when told) and a sped-up real one for serving."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Protocol

# 2026-01-01T00:00:00Z: a fixed start, so that timestamps in responses are the same on every run.
DEFAULT_START = 1_767_225_600.0


class FakeClock(Protocol):
    """The fake's time, in epoch seconds (a ``ManualClock`` or a ``ScaledClock``). ``sleep`` waits fake seconds;
    ``advance`` jumps ahead without waiting."""

    def now(self) -> float: ...

    def advance(self, seconds: float) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...

    def sent_at(self, fake_time: float) -> float:
        """The real time at which something due at ``fake_time`` leaves (webhook signatures carry it)."""
        ...


class ManualClock:
    """Time stands still until ``advance`` (or ``sleep``, which advances instantly) moves it."""

    def __init__(self, start: float = DEFAULT_START) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._now += seconds
            return self._now

    def sleep(self, seconds: float) -> None:
        self.advance(max(0.0, seconds))

    async def async_sleep(self, seconds: float) -> None:
        self.advance(max(0.0, seconds))
        await asyncio.sleep(0)  # still yield, as a real sleep would

    def sent_at(self, fake_time: float) -> float:
        return fake_time  # nothing here is real: the receiver checks signatures against this same clock


class ScaledClock:
    """Real time sped up by ``speed``: one real second is ``speed`` fake seconds (for the served fake and demos)."""

    def __init__(self, speed: float = 1.0, start: float | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be > 0")
        self.speed = speed
        self._start = time.time() if start is None else start
        self._origin = time.monotonic()
        self._offset = 0.0

    def now(self) -> float:
        return self._start + (time.monotonic() - self._origin) * self.speed + self._offset

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._offset += seconds
        return self.now()

    def sleep(self, seconds: float) -> None:
        time.sleep(max(0.0, seconds) / self.speed)

    async def async_sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.speed)

    def sent_at(self, fake_time: float) -> float:
        # Deliveries really leave now, to receivers that check signatures against their own (real) clocks; fake
        # time runs `speed` times faster and would soon look like the future to them.
        return time.time()
