"""The pure parts of waiting: next poll delay, deadline. No I/O, no clock. (Paging: test_paging_policy.py.)"""

from __future__ import annotations

import pytest
from exa_websets.waiting.policy import Poller, PollPolicy

POLICY = PollPolicy(initial=1.0, factor=1.5, max_interval=15.0, min_interval=0.5)


def delays(poller: Poller, progress: list[object], time_left: list[float | None] | None = None) -> list[float | None]:
    now = 0.0
    out: list[float | None] = []
    for i, moved in enumerate(progress):
        delay = poller.next_delay(now, moved, (time_left or [None] * len(progress))[i])
        out.append(delay)
        now += delay or 0
    return out


def test_polls_start_fast_and_grow_to_the_cap_while_nothing_moves() -> None:
    assert delays(Poller(POLICY, deadline=None), ["same"] * 10) == [
        1.0,
        1.5,
        2.25,
        3.375,
        5.0625,
        7.59375,
        11.390625,
        15.0,
        15.0,
        15.0,
    ]


def test_moving_progress_resets_to_fast() -> None:
    result = delays(Poller(POLICY, deadline=None), ["a", "a", "a", "b", "b", "c"])
    assert result == [1.0, 1.5, 2.25, 1.0, 1.5, 1.0]


def test_time_left_brings_the_next_poll_closer_but_never_below_the_floor() -> None:
    result = delays(Poller(POLICY, deadline=None), ["a"] * 6, [None, None, None, None, 2.0, 0.1])
    assert result == [1.0, 1.5, 2.25, 3.375, 2.0, 0.5]


def test_the_deadline_is_exact_and_never_slept_past() -> None:
    poller = Poller(POLICY, deadline=10.0)
    now, slept = 0.0, []
    while (delay := poller.next_delay(now, "same")) is not None:
        slept.append(delay)
        now += delay
    assert now == 10.0
    assert sum(slept) == 10.0
    assert slept[-1] < 5.0625  # the last sleep was cut to end exactly at the deadline


def test_no_time_left_means_no_sleep() -> None:
    assert Poller(POLICY, deadline=5.0).next_delay(5.0, "x") is None


def test_policy_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="min_interval <= initial"):
        PollPolicy(initial=0.1, min_interval=0.5)


def test_the_estimate_counts_from_when_the_server_made_it() -> None:
    poller = Poller(POLICY, deadline=None)
    # 30 s left, estimated 20 s before this poll: look again in 10 s, not 30 (nor the 1 s first interval's cap...)
    assert poller.next_delay(100.0, "running", time_left=30.0, estimated_at=80.0) == 1.0  # the first poll is fast
    poller.interval = 15.0  # later in the wait, at the cap
    assert poller.next_delay(100.0, "running", time_left=30.0, estimated_at=80.0) == 10.0


def test_once_the_estimate_ran_out_polls_are_quick_then_grow_again_after_the_window() -> None:
    policy = PollPolicy(initial=1.0, factor=1.5, max_interval=15.0, min_interval=0.5, tail_max=1.5, tail_window=4.0)
    poller = Poller(policy, deadline=None)
    poller.interval = 15.0
    now, delays = 100.0, []
    for _ in range(7):
        delay = poller.next_delay(now, "running", time_left=5.0, estimated_at=90.0)  # ran out 5 s before
        assert delay is not None
        delays.append(delay)
        now += delay
    assert delays[:5] == [0.5, 0.75, 1.125, 1.5, 1.5], "quick, growing to tail_max (3.875 s into the window)"
    assert delays[5:] == [15.0, 15.0], "after the 4 s window the estimate is ignored and the interval is used again"


def test_an_item_found_is_not_a_phase_change() -> None:
    poller = Poller(POLICY, deadline=None)
    assert [poller.next_delay(0.0, ("running", "search running")) for _ in range(3)] == [1.0, 1.5, 2.25]
    assert poller.next_delay(0.0, ("running", "search completed")) == 1.0, "a search completing resets"
