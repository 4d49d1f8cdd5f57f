"""How long to wait before the next poll, and whether to stop. Pure: the clock's reading comes in as an argument.

Adaptive polling:

- start fast (``initial``, ~1 s) and grow geometrically (x ``factor``) to a cap (``max_interval``, ~15 s) while the
  job is in the same phase. An item found is not a reason to hurry: it says "still working", not "nearly done";
- shorten again (back to ``initial``) when the job moves to a new phase: a status changes, a search completes or
  starts, an enrichment finishes;
- when the server estimates the time left (``progress.timeLeft``), poll again when that estimate runs out, counted
  from when the server made it (the search's ``updatedAt``), not from when we read it; once it has run out, poll
  quickly (``min_interval``, growing to ``tail_max``) for at most ``tail_window`` seconds, since the last items and
  enrichments usually land just after it;
- the deadline is exact: no sleep ever ends after it.
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
    tail_max: float = 1.5  # the longest interval just after the server's estimate ran out
    tail_window: float = 30.0  # how long that quick polling lasts before growing again

    def __post_init__(self) -> None:
        if not 0 < self.min_interval <= min(self.initial, self.tail_max) or self.initial > self.max_interval:
            raise ValueError("need 0 < min_interval <= initial <= max_interval and min_interval <= tail_max")
        if self.factor < 1 or self.tail_window < 0:
            raise ValueError("need factor >= 1 and tail_window >= 0")


@dataclass
class Poller:
    """The state of one wait: the current interval, the phase last seen, the quick tail, the deadline."""

    policy: PollPolicy
    deadline: float | None  # absolute time, in the clock's units
    interval: float = 0.0
    last_phase: Hashable | None = None
    polls: int = 0
    tail: float = 0.0  # the current quick interval after the estimate ran out (0: not in the tail)
    tail_since: float | None = None

    def next_delay(
        self, now: float, phase: Hashable, time_left: float | None = None, estimated_at: float | None = None
    ) -> float | None:
        """Seconds to sleep before the next poll, or None when the deadline leaves no time for another one.

        ``time_left`` is the server's estimate, made at ``estimated_at`` (same clock as ``now``; None: just now).
        """
        self.polls += 1
        moved = self.polls > 1 and phase != self.last_phase
        self.last_phase = phase
        if self.interval == 0.0 or moved:
            self.interval = self.policy.initial
        else:
            self.interval = min(self.policy.max_interval, self.interval * self.policy.factor)
        delay = min(self.interval, self._estimate_delay(now, time_left, estimated_at))
        if self.deadline is None:
            return delay
        remaining = self.deadline - now
        if remaining <= 0:
            return None
        return min(delay, remaining)

    def _estimate_delay(self, now: float, time_left: float | None, estimated_at: float | None) -> float:
        if time_left is None or time_left < 0:
            self.tail, self.tail_since = 0.0, None
            return self.interval
        remaining = time_left - (now - estimated_at if estimated_at is not None else 0.0)
        if remaining > self.policy.min_interval:
            self.tail, self.tail_since = 0.0, None
            return remaining
        if self.tail_since is None:
            self.tail_since = now
        if now - self.tail_since > self.policy.tail_window:
            return self.interval  # the estimate was wrong long enough: grow again
        self.tail = (
            self.policy.min_interval if self.tail == 0.0 else min(self.policy.tail_max, self.tail * self.policy.factor)
        )
        return self.tail
