"""The retry policy is a pure function of the attempt's outcome, the retries so far, time and randomness."""

from __future__ import annotations

import datetime
import random

import pytest
from exa_websets._policy.retry import (
    Attempt,
    Delivery,
    RetryPolicy,
    Safety,
    parse_retry_after,
)

NOW = datetime.datetime(2026, 11, 22, 8, 0, 0, tzinfo=datetime.timezone.utc)
NO_JITTER = RetryPolicy(jitter=0.0, max_retries=10, deadline=None)


def decide(
    policy: RetryPolicy, attempt: Attempt, retries: int = 0, safety: Safety = Safety.REPEATABLE, elapsed: float = 0.0
):
    return policy.decide(attempt, retries_so_far=retries, safety=safety, elapsed=elapsed, rng=random.Random(0), now=NOW)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_transient_statuses_are_retried(status: int) -> None:
    assert decide(NO_JITTER, Attempt(status=status)).retry


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    decision = decide(NO_JITTER, Attempt(status=status))
    assert not decision.retry
    assert f"status {status} is not retryable" in decision.reason


def test_backoff_grows_exponentially_to_a_cap() -> None:
    delays = [decide(NO_JITTER, Attempt(status=503), retries=n).delay for n in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_only_shortens_and_stays_within_its_fraction() -> None:
    policy = RetryPolicy(jitter=0.25, max_retries=10, deadline=None)
    rng = random.Random(42)
    for retries in range(6):
        full = min(policy.max_delay, policy.initial_delay * 2**retries)
        for _ in range(50):
            delay = policy.decide(
                Attempt(status=503), retries_so_far=retries, safety=Safety.REPEATABLE, elapsed=0, rng=rng
            ).delay
            assert 0.75 * full <= delay <= full


def test_retry_after_seconds_is_honoured() -> None:
    assert decide(NO_JITTER, Attempt(status=429, retry_after="7")).delay == 7.0


def test_retry_after_http_date_is_honoured() -> None:
    later = "Sun, 22 Nov 2026 08:00:12 GMT"
    assert decide(NO_JITTER, Attempt(status=503, retry_after=later)).delay == 12.0


def test_retry_after_is_capped() -> None:
    assert decide(NO_JITTER, Attempt(status=429, retry_after="3600")).delay == NO_JITTER.max_retry_after


def test_unreadable_retry_after_falls_back_to_backoff() -> None:
    assert decide(NO_JITTER, Attempt(status=429, retry_after="soon"), retries=2).delay == 2.0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("2.5", 2.5),
        ("-3", 0.0),
        ("Sun, 22 Nov 2026 07:59:00 GMT", 0.0),
        ("", None),
        (None, None),
        ("garbage", None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def test_gives_up_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2, jitter=0.0, deadline=None)
    assert decide(policy, Attempt(status=503), retries=1).retry
    decision = decide(policy, Attempt(status=503), retries=2)
    assert not decision.retry
    assert "max_retries=2" in decision.reason


def test_never_waits_past_the_deadline() -> None:
    policy = RetryPolicy(max_retries=10, jitter=0.0, deadline=10.0)
    assert decide(policy, Attempt(status=429, retry_after="4"), elapsed=6.0).retry
    decision = decide(policy, Attempt(status=429, retry_after="4"), elapsed=6.5)
    assert not decision.retry
    assert "deadline" in decision.reason


def test_connection_failures_before_sending_are_retried_even_for_creates() -> None:
    attempt = Attempt(delivery=Delivery.NOT_SENT)
    assert decide(NO_JITTER, attempt, safety=Safety.ONLY_IF_NOT_PROCESSED).retry


def test_a_create_whose_answer_was_lost_is_not_repeated() -> None:
    decision = decide(NO_JITTER, Attempt(delivery=Delivery.MAYBE_PROCESSED), safety=Safety.ONLY_IF_NOT_PROCESSED)
    assert not decision.retry
    assert "duplicate" in decision.reason
    assert decide(NO_JITTER, Attempt(delivery=Delivery.MAYBE_PROCESSED), safety=Safety.REPEATABLE).retry


@pytest.mark.parametrize(
    ("status", "retried"), [(429, True), (408, True), (500, False), (502, False), (503, False), (504, False)]
)
def test_a_create_is_repeated_only_after_statuses_that_prove_it_was_not_processed(status: int, retried: bool) -> None:
    assert decide(NO_JITTER, Attempt(status=status), safety=Safety.ONLY_IF_NOT_PROCESSED).retry is retried
