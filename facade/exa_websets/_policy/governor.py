"""When a request may start: one schedule shared by every call of a client (a request rate, a shared cool-down after a
429/503, and a rate that adapts to the server). Pure: the time comes in as an argument; the drivers
(``_async/_governor.py`` and its sync twin) hold the lock, do the sleeping and limit the requests in flight.

Why our own policy and not ``aiolimiter`` or ``pyrate-limiter``: aiolimiter is asyncio-only and neither has a shared
cool-down or an adaptive rate; both read the clock themselves, so they could not be driven by the injected clock that
every policy here is tested with, nor shared unchanged by the sync and async clients.

The schedule is GCRA (the generic cell rate algorithm, a token bucket expressed as "the next free slot"): each
request reserves the next slot and sleeps until it, so 200 waiting tasks leave one by one in order instead of waking
together. A throttle answer moves every unstarted slot past the cool-down. Adaptive: multiplicative decrease (the
rate halves on a throttle, at most once per cool-down) and linear recovery back to the configured rate over
``recovery_seconds`` without a throttle: halving stops a 429 storm within one round, and slow recovery probes the
server's real limit without oscillating around it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .._errors import ConfigurationError


@dataclass(frozen=True)
class RateLimit:
    """How fast one client (all its threads or tasks together) may send requests.

    ``requests_per_second``: the steady rate (``None``: no rate limit); ``burst``: how many may start at once after
    a quiet spell (1 keeps every one-second window at or under the rate); ``max_in_flight``: requests outstanding at
    once (``None``: no limit); ``adaptive``: lower the rate on 429/503 and recover over ``recovery_seconds``;
    ``default_cooldown``: the pause after a 429/503 that gives no Retry-After.
    """

    requests_per_second: float | None = 5.0
    burst: int = 1
    max_in_flight: int | None = 8
    adaptive: bool = True
    min_requests_per_second: float = 0.5
    decrease_factor: float = 0.5
    recovery_seconds: float = 60.0
    default_cooldown: float = 1.0
    max_cooldown: float = 60.0

    def __post_init__(self) -> None:
        problems = []
        if self.requests_per_second is not None and not _positive(self.requests_per_second):
            problems.append("requests_per_second must be a positive number of requests per second, or None")
        if isinstance(self.burst, bool) or not isinstance(self.burst, int) or self.burst < 1:
            problems.append("burst must be an integer >= 1")
        if self.max_in_flight is not None and (
            isinstance(self.max_in_flight, bool) or not isinstance(self.max_in_flight, int) or self.max_in_flight < 1
        ):
            problems.append("max_in_flight must be an integer >= 1, or None")
        if not _positive(self.min_requests_per_second):
            problems.append("min_requests_per_second must be a positive number")
        if not (_finite(self.decrease_factor) and 0 < self.decrease_factor <= 1):
            problems.append("decrease_factor must be in (0, 1]")
        for name in ("recovery_seconds", "default_cooldown", "max_cooldown"):
            value = getattr(self, name)
            if not (_finite(value) and value >= 0):
                problems.append(f"{name} must be a number of seconds >= 0")
        if problems:
            raise ConfigurationError("invalid RateLimit: " + "; ".join(problems))


def _finite(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _positive(value: object) -> bool:
    return _finite(value) and float(value) > 0  # type: ignore[arg-type]  # _finite checked that it is a number


class GovernorDeadline(Exception):  # an internal signal, turned into the caller's timeout error
    """The next free request slot starts after the call's deadline."""


@dataclass(frozen=True)
class Reservation:
    """A slot: start at ``start`` unless a cool-down that began after the reservation (a later ``epoch``) covers it."""

    start: float
    epoch: int


class GovernorSchedule:
    """The shared schedule of one client. Not thread-safe by itself: the driver calls it under its lock."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._next_free = -math.inf  # GCRA's theoretical arrival time: when the next slot at the steady rate is free
        self.cooldown_until = -math.inf
        self.epoch = 0  # counts cool-downs: a reservation made before one must be checked again
        self._reduced_rate: float | None = None
        self._reduced_at = -math.inf
        self.throttles = 0

    def rate(self, now: float) -> float | None:
        """The rate in force at ``now``: the configured one, or a reduced one recovering linearly towards it."""
        configured = self.limit.requests_per_second
        if configured is None or self._reduced_rate is None:
            return configured
        recovered = (now - self._reduced_at) / self.limit.recovery_seconds if self.limit.recovery_seconds else 1.0
        if recovered >= 1:
            self._reduced_rate = None
            return configured
        return self._reduced_rate + (configured - self._reduced_rate) * max(0.0, recovered)

    def reserve(self, now: float) -> Reservation:
        """Take the next free slot (never before ``now`` nor inside a cool-down)."""
        start = max(now, self.cooldown_until)
        rate = self.rate(now)
        if rate is not None:
            interval = 1.0 / rate
            start = max(start, self._next_free - (self.limit.burst - 1) * interval)
            self._next_free = max(self._next_free, start) + interval
        return Reservation(start=start, epoch=self.epoch)

    def still_valid(self, reservation: Reservation, now: float) -> bool:
        """Whether a sleeper woken at ``now`` may go: no cool-down began since it reserved, or it has passed."""
        return reservation.epoch == self.epoch or now >= self.cooldown_until

    def throttled(self, now: float, retry_after: float | None) -> float:
        """A 429/503 arrived at ``now``: pause every unstarted request; return the pause's length in seconds."""
        pause = self.limit.default_cooldown if retry_after is None else min(retry_after, self.limit.max_cooldown)
        self.throttles += 1
        in_cooldown = now < self.cooldown_until
        if now + pause > self.cooldown_until:
            self.cooldown_until = now + pause
            self.epoch += 1
            self._next_free = max(self._next_free, self.cooldown_until)
        configured = self.limit.requests_per_second
        if self.limit.adaptive and configured is not None and not in_cooldown:
            # Once per cool-down: the other requests in flight when it began were sent at the same, too-high rate.
            current = self.rate(now) or configured
            self._reduced_rate = max(self.limit.min_requests_per_second, current * self.limit.decrease_factor)
            self._reduced_at = max(now, self.cooldown_until)
        return pause


DEFAULT_RATE_LIMIT = RateLimit()
