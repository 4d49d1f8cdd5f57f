"""The governor's schedule, with time as an argument: no sleeping, no threads."""

from __future__ import annotations

import math

import pytest
from exa_websets._policy.governor import GovernorSchedule, RateLimit


def starts(schedule: GovernorSchedule, count: int, now: float = 0.0) -> list[float]:
    return [schedule.reserve(now).start for _ in range(count)]


def test_slots_are_spaced_at_the_rate_in_order():
    schedule = GovernorSchedule(RateLimit(requests_per_second=5, adaptive=False))
    assert starts(schedule, 6) == pytest.approx([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])


def test_no_one_second_window_holds_more_than_the_rate_with_burst_one():
    schedule = GovernorSchedule(RateLimit(requests_per_second=5, adaptive=False))
    times = starts(schedule, 200)
    for first in times:
        in_window = [t for t in times if first <= t < first + 1.0 - 1e-9]
        assert len(in_window) <= 5
    assert times[-1] == pytest.approx(199 / 5)  # 200 calls take calls / rate, no more


def test_burst_lets_that_many_start_at_once_after_a_quiet_spell():
    schedule = GovernorSchedule(RateLimit(requests_per_second=2, burst=3, adaptive=False))
    assert starts(schedule, 4) == pytest.approx([0.0, 0.0, 0.0, 0.5])
    assert starts(schedule, 3, now=100.0) == pytest.approx([100.0, 100.0, 100.0])


def test_a_slot_never_starts_before_now():
    schedule = GovernorSchedule(RateLimit(requests_per_second=1, adaptive=False))
    schedule.reserve(0.0)
    assert schedule.reserve(10.0).start == 10.0


def test_no_rate_means_start_now():
    schedule = GovernorSchedule(RateLimit(requests_per_second=None))
    assert starts(schedule, 3, now=7.0) == [7.0, 7.0, 7.0]


def test_a_throttle_pauses_every_unstarted_reservation_until_the_cooldown_ends():
    schedule = GovernorSchedule(RateLimit(requests_per_second=10, adaptive=False))
    early = schedule.reserve(0.0)
    late = schedule.reserve(0.0)
    assert schedule.throttled(0.05, retry_after=3.0) == 3.0
    assert not schedule.still_valid(late, now=0.1)  # it woke inside the cool-down: reserve again
    assert schedule.still_valid(late, now=3.05)
    again = schedule.reserve(0.1)
    assert again.start >= 3.05
    assert schedule.still_valid(again, now=again.start)
    assert early.epoch < again.epoch


def test_a_throttle_without_retry_after_uses_the_default_and_retry_after_is_capped():
    schedule = GovernorSchedule(RateLimit(default_cooldown=1.5, max_cooldown=10.0, adaptive=False))
    assert schedule.throttled(0.0, None) == 1.5
    assert schedule.throttled(0.0, 3600.0) == 10.0
    assert schedule.cooldown_until == 10.0


def test_a_shorter_throttle_inside_a_cooldown_does_not_shorten_it():
    schedule = GovernorSchedule(RateLimit(adaptive=False))
    schedule.throttled(0.0, 5.0)
    epoch = schedule.epoch
    schedule.throttled(1.0, 1.0)
    assert schedule.cooldown_until == 5.0
    assert schedule.epoch == epoch  # nothing new to re-check


def test_adaptive_rate_halves_once_per_cooldown_and_recovers_linearly():
    limit = RateLimit(requests_per_second=8, recovery_seconds=10.0, default_cooldown=1.0)
    schedule = GovernorSchedule(limit)
    schedule.throttled(0.0, None)
    schedule.throttled(0.5, None)  # another in-flight request's 429 from the same burst: no second halving
    assert schedule.rate(1.0) == pytest.approx(4.0)
    assert schedule.rate(6.0) == pytest.approx(6.0)  # halfway through recovery
    assert schedule.rate(11.0) == pytest.approx(8.0)
    assert schedule.throttles == 2


def test_adaptive_rate_never_falls_below_its_floor():
    schedule = GovernorSchedule(RateLimit(requests_per_second=1, min_requests_per_second=0.4, default_cooldown=0.0))
    for second in range(10):
        schedule.throttled(float(second), None)
    assert schedule.rate(9.0) == pytest.approx(0.4)


def test_after_a_throttle_slots_follow_the_reduced_rate():
    schedule = GovernorSchedule(RateLimit(requests_per_second=4, recovery_seconds=1e9, default_cooldown=1.0))
    schedule.throttled(0.0, None)
    assert starts(schedule, 3, now=0.0) == pytest.approx([1.0, 1.5, 2.0])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"requests_per_second": 0}, "requests_per_second"),
        ({"requests_per_second": math.nan}, "requests_per_second"),
        ({"requests_per_second": "5"}, "requests_per_second"),
        ({"burst": 0}, "burst"),
        ({"burst": 1.5}, "burst"),
        ({"max_in_flight": 0}, "max_in_flight"),
        ({"max_in_flight": True}, "max_in_flight"),
        ({"decrease_factor": 0}, "decrease_factor"),
        ({"default_cooldown": -1}, "default_cooldown"),
        ({"min_requests_per_second": math.inf}, "min_requests_per_second"),
    ],
)
def test_bad_settings_are_refused_with_the_field_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        RateLimit(**kwargs)
