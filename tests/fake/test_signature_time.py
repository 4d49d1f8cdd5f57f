"""Webhook signatures carry the time a delivery really leaves, so real receivers can verify them."""

from __future__ import annotations

import time

import httpx
from exa_websets import verify_webhook
from exa_websets.testing import DeliveryResult, FakeWebsets, ManualClock, ScaledClock, WebhookDelivery


def deliveries_of(clock: ManualClock | ScaledClock) -> tuple[FakeWebsets, list[WebhookDelivery], str]:
    received: list[WebhookDelivery] = []

    def receive(delivery: WebhookDelivery) -> DeliveryResult:
        received.append(delivery)
        return DeliveryResult(200)

    fake = FakeWebsets(clock=clock, deliver=receive)
    http = httpx.Client(base_url="https://api.exa.ai/websets", transport=fake.transport(), headers={"x-api-key": "k"})
    hook = http.post("/v0/webhooks", json={"url": "https://receiver.example", "events": ["webset.created"]}).json()
    http.post("/v0/websets", json={"search": {"query": "AI labs", "count": 1}})
    fake.sync()
    return fake, received, hook["secret"]


def test_a_served_fake_signs_with_real_time_even_when_fake_time_runs_ahead() -> None:
    _, received, secret = deliveries_of(ScaledClock(speed=10_000, start=time.time() + 86_400))  # a day ahead
    assert received
    verify_webhook(received[0].body, received[0].headers["Exa-Signature"], secret)  # checked against time.time()


def test_an_in_process_fake_signs_with_its_own_manual_time() -> None:
    fake, received, secret = deliveries_of(ManualClock())
    verify_webhook(received[0].body, received[0].headers["Exa-Signature"], secret, now=fake.clock.now())
