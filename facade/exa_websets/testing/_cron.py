"""Monitor cadences: when a 5-field cron fires in its time zone (croniter), and whether the time zone exists."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter  # type: ignore[import-untyped]  # croniter ships no type information

from .._rules import for_croniter


def timezone_problem(timezone: str) -> str | None:
    """Why a cadence's time zone is refused (the cron itself is checked by the SDK's shared rule)."""
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return f"is not an IANA time zone: {timezone!r}"
    return None


def next_run(expression: str, timezone: str, after: float) -> float:
    """The first firing strictly after ``after`` (epoch seconds), honouring the time zone."""
    start = datetime.datetime.fromtimestamp(after, ZoneInfo(timezone))
    following: datetime.datetime = croniter(for_croniter(expression), start).get_next(datetime.datetime)
    return following.timestamp()
