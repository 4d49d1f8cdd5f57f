"""The pure pieces of total deadlines: which deadline binds a call, socket timeouts clipped to the time left, and the
retry policy refusing a sleep that would outlast the deadline. No I/O, no real time."""

from __future__ import annotations

import random

import httpx
import pytest
from exa_websets._deadline import CallDeadline, clip_timeout, enclosing_deadline
from exa_websets._policy.retry import Attempt, RetryPolicy, Safety


def clock() -> float:
    return 1000.0


def other_clock() -> float:
    return 1000.0


def test_a_call_has_its_own_deadline_outside_any_wait() -> None:
    deadline = CallDeadline.start(clock, 1000.0, 30.0)
    assert (deadline.at, deadline.seconds, deadline.from_wait) == (1030.0, 30.0, False)
    assert deadline.time_left(1010.0) == 20.0
    assert not deadline.passed(1029.9)
    assert deadline.passed(1030.0)
    assert "deadline of 30 s passed" in deadline.describe()


def test_no_deadline_means_none() -> None:
    deadline = CallDeadline.start(clock, 1000.0, None)
    assert deadline.at is None
    assert deadline.time_left(5000.0) is None
    assert not deadline.passed(1e12)


def test_inside_a_wait_the_earlier_deadline_binds() -> None:
    with enclosing_deadline(clock, 1010.0):
        assert CallDeadline.start(clock, 1000.0, 600.0) == CallDeadline(1010.0, None, True)
        assert CallDeadline.start(clock, 1000.0, 5.0) == CallDeadline(1005.0, 5.0, False)
        assert CallDeadline.start(clock, 1000.0, None).at == 1010.0
    assert CallDeadline.start(clock, 1000.0, 600.0).at == 1600.0, "the wait's deadline ends with the wait"


def test_a_nested_wait_cannot_extend_the_outer_one() -> None:
    with enclosing_deadline(clock, 1010.0), enclosing_deadline(clock, 1050.0):
        assert CallDeadline.start(clock, 1000.0, None).at == 1010.0
    with enclosing_deadline(clock, 1050.0), enclosing_deadline(clock, 1020.0):
        assert CallDeadline.start(clock, 1000.0, None).at == 1020.0


def test_a_wait_on_another_clock_does_not_bind() -> None:
    with enclosing_deadline(other_clock, 1001.0):
        assert CallDeadline.start(clock, 1000.0, 60.0).at == 1060.0


def test_socket_timeouts_are_clipped_to_the_time_left() -> None:
    clipped = clip_timeout(httpx.Timeout(60.0, connect=5.0, pool=None), 7.5)
    assert (clipped.connect, clipped.read, clipped.write, clipped.pool) == (5.0, 7.5, 7.5, 7.5)
    unchanged = httpx.Timeout(3.0)
    assert clip_timeout(unchanged, None) is unchanged


@pytest.mark.parametrize(
    ("retry_after", "time_left", "retries"),
    [("5", 3.0, False), ("5", 6.0, True), (None, 0.1, False), (None, 10.0, True)],
)
def test_no_retry_whose_sleep_would_outlast_the_deadline(retry_after: str | None, time_left: float, retries: bool):
    decision = RetryPolicy(max_retries=3).decide(
        Attempt(status=429, retry_after=retry_after),
        retries_so_far=0,
        safety=Safety.REPEATABLE,
        elapsed=0.0,
        rng=random.Random(0),
        time_left=time_left,
    )
    assert decision.retry is retries
    if not retries:
        assert "would pass the call's deadline" in decision.reason
