"""The fake's rate limit: a token bucket like the live API's observed one, on the clock it is given."""

from __future__ import annotations

import httpx
import pytest
from exa_websets.testing import FakeWebsets

from .helpers import START


def test_above_the_rate_requests_get_429_with_retry_after(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.limit_rate(5, now=fake.clock.now)
    statuses = [http.get("/v0/websets").status_code for _ in range(7)]

    assert statuses == [200] * 5 + [429] * 2
    assert fake.faults.rate_limiter is not None
    assert fake.faults.rate_limiter.throttled == 2
    throttled = http.get("/v0/websets")
    assert throttled.headers["retry-after"] == "1"
    assert [f.fault.status for f in fake.faults.injected] == [429, 429, 429]


def test_tokens_come_back_at_the_rate(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.limit_rate(5, now=fake.clock.now)
    for _ in range(5):
        http.get("/v0/websets")
    assert http.get("/v0/websets").status_code == 429
    fake.advance(0.2)  # one token
    assert [http.get("/v0/websets").status_code for _ in range(2)] == [200, 429]
    fake.advance(10)  # a full bucket, never more than one second's worth
    assert [http.get("/v0/websets").status_code for _ in range(6)] == [200] * 5 + [429]
    assert fake.clock.now() > START


def test_the_limit_can_be_lifted_and_must_be_positive(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.limit_rate(1, now=fake.clock.now)
    http.get("/v0/websets")
    fake.faults.limit_rate(None)
    assert [http.get("/v0/websets").status_code for _ in range(3)] == [200] * 3
    with pytest.raises(ValueError, match="positive"):
        fake.faults.limit_rate(0)
