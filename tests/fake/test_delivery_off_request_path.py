"""Webhook deliveries never run on the request path: a receiver that never answers delays no API call.

These tests use real time on purpose (threads and a real socket): each finishes in about a second.
"""

from __future__ import annotations

import datetime
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from exa_websets.testing import DeliveryResult, FakeServer, FakeWebsets, ScaledClock, WebhookDelivery

from .helpers import API_KEY, client, create_webset

FAST = 2.0  # real seconds: far above what the calls take, far below a hung receiver


class Hangs:
    """A receiver that does not answer until released (the test releases it at the end)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.called = threading.Event()

    def __call__(self, delivery: WebhookDelivery) -> DeliveryResult:
        self.called.set()
        self.release.wait(60)
        return DeliveryResult(200)


@pytest.fixture
def hangs() -> Iterator[Hangs]:
    receiver = Hangs()
    yield receiver
    receiver.release.set()


def test_api_calls_finish_fast_while_a_receiver_hangs(hangs: Hangs) -> None:
    fake = FakeWebsets(deliver=hangs, delivery_timeout=30)
    with client(fake) as http:
        http.post("/v0/webhooks", json={"url": "https://hangs.example", "events": ["webset.created"]})
        started = time.monotonic()
        webset = create_webset(http, count=1)  # emits webset.created, whose delivery hangs
        assert hangs.called.wait(FAST)

        def call(_: int) -> int:
            return http.get(f"/v0/websets/{webset['id']}").status_code

        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(call, range(40)))
        elapsed = time.monotonic() - started

    assert statuses == [200] * 40
    assert elapsed < FAST, f"41 calls took {elapsed:.1f} s while a receiver hung"
    assert fake.pending_deliveries == 1
    hangs.release.set()
    assert fake.wait_for_deliveries(timeout=FAST)
    assert fake.pending_deliveries == 0


def test_a_receiver_that_never_answers_is_given_up_on_after_the_delivery_timeout(hangs: Hangs) -> None:
    fake = FakeWebsets(deliver=hangs, delivery_timeout=0.2)
    with client(fake) as http:
        webhook = http.post("/v0/webhooks", json={"url": "https://hangs.example", "events": ["webset.created"]}).json()
        create_webset(http, count=1)
        started = time.monotonic()
        assert fake.wait_for_deliveries(timeout=FAST)
        waited = time.monotonic() - started
        (attempt,) = http.get(f"/v0/webhooks/{webhook['id']}/attempts").json()["data"]

    assert 0.1 < waited < FAST
    assert (attempt["successful"], attempt["responseStatusCode"], attempt["attempt"]) == (False, 0, 1)
    assert "did not answer within 0.2 s" in attempt["responseBody"]


@pytest.fixture
def black_hole() -> Iterator[str]:
    """An HTTP endpoint that accepts connections and never answers."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/hooks"


def test_the_served_fake_answers_while_a_delivery_hangs_on_a_silent_socket(black_hole: str) -> None:
    fake = FakeWebsets(clock=ScaledClock(speed=1.0), delivery_timeout=30)  # the default delivery: a real POST
    with FakeServer(fake) as server, httpx.Client(base_url=server.base_url, headers={"x-api-key": API_KEY}) as http:
        http.post("/v0/webhooks", json={"url": black_hole, "events": ["webset.created"]})
        created = http.post("/v0/websets", json={"search": {"query": "AI labs", "count": 1}})
        started = time.monotonic()
        with ThreadPoolExecutor(4) as pool:
            statuses = list(pool.map(lambda _: http.get("/v0/websets").status_code, range(12)))
        elapsed = time.monotonic() - started

    assert created.status_code == 201
    assert statuses == [200] * 12
    assert elapsed < FAST, f"12 calls took {elapsed:.1f} s while a delivery hung"
    assert fake.pending_deliveries == 1


def test_advance_makes_a_failed_deliverys_retries_in_fake_time_order() -> None:
    answers: list[tuple[str, int]] = []

    def flaky(delivery: WebhookDelivery) -> DeliveryResult:
        answers.append((delivery.event_type, delivery.attempt))
        return DeliveryResult(500 if delivery.attempt < 3 else 200)

    fake = FakeWebsets(deliver=flaky)
    with client(fake) as http:
        webhook = http.post("/v0/webhooks", json={"url": "https://r.example", "events": ["webset.created"]}).json()
        create_webset(http, count=1)
        fake.advance(3600)  # one jump: attempt 1 (queued by the request), then its retries at +10 s and +40 s
        attempts = http.get(f"/v0/webhooks/{webhook['id']}/attempts").json()["data"]

    assert answers == [("webset.created", 1), ("webset.created", 2), ("webset.created", 3)]
    assert [a["attempt"] for a in reversed(attempts)] == [1, 2, 3]
    times = [datetime.datetime.fromisoformat(a["attemptedAt"]).timestamp() for a in reversed(attempts)]
    assert [round(later - earlier) for earlier, later in itertools.pairwise(times)] == [10, 30]  # the backoff


def test_a_failure_while_recording_does_not_stop_later_deliveries() -> None:
    from exa_websets.testing._webhooks import DeliveryQueue

    made: list[int] = []
    queue = DeliveryQueue(lambda d: DeliveryResult(200), threading.RLock(), timeout=1.0)
    delivery = WebhookDelivery("https://r.example", b"{}", {}, "wh", "ev", "webset.created", 1)

    def broken(_: object) -> None:
        raise RuntimeError("bug in recording")

    queue.submit(delivery, broken)
    queue.submit(delivery, lambda outcome: made.append(1))
    assert queue.wait(timeout=FAST)
    assert made == [1]
    assert queue.unfinished == 0
