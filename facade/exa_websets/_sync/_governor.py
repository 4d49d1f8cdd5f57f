# Generated from facade/exa_websets/_async/_governor.py by scripts/unasync.py. Edit that file, not this one.
"""The governor's driver: the lock, the sleeping and the limit on requests in flight around the pure
``GovernorSchedule``. One per client, shared by all its calls (tasks here; threads in the sync twin)."""

from __future__ import annotations

import threading

from .._clock import Clock, Semaphore, Sleep
from .._logging import logger
from .._policy.governor import GovernorDeadline, GovernorSchedule, RateLimit


class Governor:
    """Admits each request when the shared schedule says so; learns from 429/503 answers for every call."""

    def __init__(self, limit: RateLimit | None, *, clock: Clock, sleep: Sleep) -> None:
        self.limit = limit
        self.schedule = GovernorSchedule(limit) if limit is not None else None
        self.clock = clock
        self.sleep = sleep
        # A threading lock in both twins: it is only held for the schedule's arithmetic, never across an await.
        self._lock = threading.Lock()
        in_flight = limit.max_in_flight if limit is not None else None
        self._slots = Semaphore(in_flight) if in_flight is not None else None

    def acquire(self, deadline: float | None = None) -> float:
        """Wait for a place in flight and a slot; return the seconds spent waiting. Pair with ``release()``.

        Raises ``GovernorDeadline`` (holding no place) when the slot would start after ``deadline``."""
        if self.schedule is None:
            return 0.0
        started = self.clock()
        if self._slots is not None:
            self._slots.acquire()
        try:
            self._wait_for_slot(self.schedule, deadline)
        except BaseException:
            self.release()
            raise
        return self.clock() - started

    def _wait_for_slot(self, schedule: GovernorSchedule, deadline: float | None) -> None:
        while True:
            with self._lock:
                reservation = schedule.reserve(self.clock())
            if deadline is not None and reservation.start > deadline:
                raise GovernorDeadline(f"the next free request slot is {reservation.start - self.clock():.1f} s away")
            delay = reservation.start - self.clock()
            if delay > 0:
                self.sleep(delay)
            with self._lock:
                if schedule.still_valid(reservation, self.clock()):
                    return
            # a cool-down began while we slept: take a new slot after it

    def release(self) -> None:
        if self._slots is not None:
            self._slots.release()

    def throttled(self, status: int, retry_after: float | None) -> None:
        """A 429/503 answer: pause every unstarted call of this client until the cool-down passes."""
        if self.schedule is None:
            return
        with self._lock:
            began = self.clock() >= self.schedule.cooldown_until
            pause = self.schedule.throttled(self.clock(), retry_after)
            rate = self.schedule.rate(self.clock())
        if began:
            logger.warning(
                "server throttled (%s): pausing all calls of this client for %.1f s; rate now %s",
                status,
                pause,
                "unlimited" if rate is None else f"{rate:.2f}/s",
            )
