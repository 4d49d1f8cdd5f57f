"""How long to wait before the next poll, and whether to stop. Pure: the clock's reading comes in as an argument.

Adaptive polling: start fast, grow geometrically to a cap while nothing changes, drop back to fast as soon as
progress moves, and poll again close to when the server's own estimate (``progress.timeLeft``) says it will be done.
The deadline is exact: no sleep ever ends after it.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass


@dataclass(frozen=True)
class PollPolicy:
    initial: float = 1.0
    factor: float = 1.5
    max_interval: float = 15.0
    min_interval: float = 0.5  # never hammer, even when the estimate says "any second now"

    def __post_init__(self) -> None:
        if not 0 < self.min_interval <= self.initial <= self.max_interval or self.factor < 1:
            raise ValueError("need 0 < min_interval <= initial <= max_interval and factor >= 1")


@dataclass
class Poller:
    """The state of one wait: the current interval, what progress looked like last time, the deadline."""

    policy: PollPolicy
    deadline: float | None  # absolute time, in the clock's units
    interval: float = 0.0
    last_progress: Hashable | None = None
    polls: int = 0

    def next_delay(self, now: float, progress: Hashable, time_left: float | None = None) -> float | None:
        """Seconds to sleep before the next poll, or None when the deadline leaves no time for another one."""
        self.polls += 1
        moved = self.polls > 1 and progress != self.last_progress
        self.last_progress = progress
        if self.interval == 0.0 or moved:
            self.interval = self.policy.initial
        else:
            self.interval = min(self.policy.max_interval, self.interval * self.policy.factor)
        delay = self.interval
        if time_left is not None and time_left >= 0:
            # The server expects to finish in time_left seconds: look again then rather than a full interval later.
            delay = min(delay, max(self.policy.min_interval, time_left))
        if self.deadline is None:
            return delay
        remaining = self.deadline - now
        if remaining <= 0:
            return None
        return min(delay, remaining)
