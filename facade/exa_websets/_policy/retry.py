"""Whether to retry a request, and after how long. Pure: time and randomness come in as arguments."""

from __future__ import annotations

import datetime
import email.utils
import enum
import random
from dataclasses import dataclass

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Statuses by which the server says it did not act on the request: even a create may be sent again.
REFUSED_STATUSES = frozenset({408, 429})


NOT_REPEATED_AFTER_LOST_ANSWER = (
    "not retried: the request may have been processed, and repeating it could create a duplicate "
    "(pass an external_id to make it safe)"
)


class Safety(enum.Enum):
    """How safe it is to send a request again."""

    REPEATABLE = "repeatable"  # reads, and writes whose repetition changes nothing (update, cancel, delete)
    ONLY_IF_NOT_PROCESSED = "only_if_not_processed"  # creates: repeat only when provably not acted upon


class Delivery(enum.Enum):
    """What we know about whether a failed attempt reached the server."""

    NOT_SENT = "not_sent"  # the connection was never made (connect error or timeout, no pooled connection)
    MAYBE_PROCESSED = "maybe_processed"  # sent, then the answer was lost (read timeout, reset, disconnect)


@dataclass(frozen=True)
class Attempt:
    """The outcome of one attempt: a status (with its Retry-After) or a transport failure."""

    status: int | None = None
    retry_after: str | None = None
    delivery: Delivery | None = None  # set for transport failures


@dataclass(frozen=True)
class Decision:
    retry: bool
    delay: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, Retry-After honoured up to a cap, a maximum count and an overall deadline."""

    max_retries: int = 2
    initial_delay: float = 0.5
    multiplier: float = 2.0
    max_delay: float = 8.0
    jitter: float = 0.25  # each backoff delay is reduced by up to this fraction, at random
    max_retry_after: float = 60.0
    deadline: float | None = 300.0  # seconds from the first attempt after which no retry starts

    def backoff(self, retries_so_far: int, rng: random.Random) -> float:
        delay = min(self.max_delay, self.initial_delay * self.multiplier**retries_so_far)
        return delay * (1 - self.jitter * rng.random())

    def decide(
        self,
        attempt: Attempt,
        *,
        retries_so_far: int,
        safety: Safety,
        elapsed: float,
        rng: random.Random,
        now: datetime.datetime | None = None,
        time_left: float | None = None,
    ) -> Decision:
        """``time_left``: seconds until the call's total deadline (None: no deadline). A retry whose delay would
        not end before it is not made: the caller gets the error now instead of after a sleep that cannot help."""
        if retries_so_far >= self.max_retries:
            return Decision(False, reason=f"gave up after {retries_so_far} retries (max_retries={self.max_retries})")
        if attempt.delivery is not None:
            if safety is Safety.ONLY_IF_NOT_PROCESSED and attempt.delivery is Delivery.MAYBE_PROCESSED:
                return Decision(False, reason=NOT_REPEATED_AFTER_LOST_ANSWER)
        elif attempt.status not in RETRYABLE_STATUSES:
            return Decision(False, reason=f"status {attempt.status} is not retryable")
        elif safety is Safety.ONLY_IF_NOT_PROCESSED and attempt.status not in REFUSED_STATUSES:
            return Decision(
                False,
                reason=f"not retried: after a {attempt.status} the request may have been "
                "processed (pass an external_id to make it safe)",
            )
        delay = self._server_delay(attempt.retry_after, now)
        if delay is None:
            delay = self.backoff(retries_so_far, rng)
        late = self._too_late(delay, elapsed, time_left)
        return Decision(False, reason=late) if late else Decision(True, delay=delay)

    def _too_late(self, delay: float, elapsed: float, time_left: float | None) -> str | None:
        if self.deadline is not None and elapsed + delay > self.deadline:
            return f"not retried: waiting {delay:.1f} s would pass the {self.deadline:g} s retry deadline"
        if time_left is not None and delay >= time_left:
            return (
                f"not retried: waiting {delay:.1f} s would pass the call's deadline ({max(time_left, 0.0):.1f} s left)"
            )
        return None

    def _server_delay(self, retry_after: str | None, now: datetime.datetime | None) -> float | None:
        seconds = parse_retry_after(retry_after, now)
        return None if seconds is None else min(seconds, self.max_retry_after)


def parse_retry_after(value: str | None, now: datetime.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date. None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return max(0.0, (when - now).total_seconds())
