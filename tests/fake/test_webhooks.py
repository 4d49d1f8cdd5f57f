"""Webhooks: signed deliveries of subscribed events, retries with backoff, recorded attempts."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json

import httpx
from exa_websets.testing import DeliveryResult, FakeWebsets, WebhookDelivery
from exa_websets.webhooks import verify_webhook

from .helpers import Receiver, create_webset


def subscribe(http: httpx.Client, *events: str) -> dict[str, str]:
    response = http.post("/v0/webhooks", json={"url": "https://hooks.example.com/exa", "events": list(events)})
    assert response.status_code == 200
    return response.json()


def verify(payload: bytes, header: str, secret: str) -> bool:
    """The vendor's documented check: HMAC-SHA256 of ``<t>.<body>`` with the webhook's secret."""
    parts = dict(part.split("=", 1) for part in header.split(","))
    expected = hmac.new(secret.encode(), f"{parts['t']}.".encode() + payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


def test_subscribed_events_are_delivered_signed(fake: FakeWebsets, http: httpx.Client, receiver: Receiver) -> None:
    webhook = subscribe(http, "webset.created", "webset.idle")
    webset = create_webset(http, count=2)
    fake.run_until_idle(webset["id"])

    assert receiver.types() == ["webset.created", "webset.idle"]
    for delivery in receiver.deliveries:
        assert delivery.url == "https://hooks.example.com/exa"
        assert delivery.headers["Content-Type"] == "application/json"
        assert verify(delivery.body, delivery.headers["Exa-Signature"], webhook["secret"])
        verify_webhook(delivery.body, delivery.headers["Exa-Signature"], webhook["secret"], now=fake.clock.now())
        assert not verify(delivery.body + b" ", delivery.headers["Exa-Signature"], webhook["secret"])
        body = json.loads(delivery.body)
        assert body == http.get(f"/v0/events/{body['id']}").json()
        assert body["data"]["id"] == webset["id"]
        timestamp = int(delivery.headers["Exa-Signature"].split(",")[0].removeprefix("t="))
        assert timestamp == int(datetime.datetime.fromisoformat(body["createdAt"]).timestamp())  # sent when emitted


def test_the_secret_is_shown_only_on_create(http: httpx.Client) -> None:
    webhook = subscribe(http, "webset.idle")

    assert webhook["secret"].startswith("whsec_")
    assert http.get(f"/v0/webhooks/{webhook['id']}").json()["secret"] is None
    assert http.get("/v0/webhooks").json()["data"][0]["secret"] is None
    assert http.patch(f"/v0/webhooks/{webhook['id']}", json={"url": "https://new.example.com"}).json()["secret"] is None


def test_failed_deliveries_are_retried_with_backoff_and_listed(
    fake: FakeWebsets, http: httpx.Client, receiver: Receiver
) -> None:
    receiver.statuses = [500, 503]
    webhook = subscribe(http, "webset.created")
    create_webset(http, count=1)
    assert fake.wait_for_deliveries(timeout=10)  # made off the request path
    attempts_path = f"/v0/webhooks/{webhook['id']}/attempts"
    assert [a["attempt"] for a in http.get(attempts_path).json()["data"]] == [1]

    fake.advance(9)
    assert len(receiver.deliveries) == 1
    fake.advance(1)  # 10 s after the first failure
    assert len(receiver.deliveries) == 2
    fake.advance(30)  # 30 s after the second
    attempts = http.get(attempts_path).json()["data"]

    assert [(a["attempt"], a["successful"], a["responseStatusCode"]) for a in attempts] == [
        (3, True, 200),
        (2, False, 503),
        (1, False, 500),
    ]  # newest first
    assert attempts[1]["responseBody"] == "receiver error"
    assert attempts[0]["responseHeaders"] == {"x-receiver": "test"}
    assert len({a["eventId"] for a in attempts}) == 1
    assert [a["attempt"] for a in http.get(attempts_path, params={"successful": "false"}).json()["data"]] == [2, 1]
    assert http.get(attempts_path, params={"eventType": "webset.idle"}).json()["data"] == []
    assert len(http.get(attempts_path, params={"eventType": "webset.created"}).json()["data"]) == 3


def test_delivery_gives_up_after_five_attempts_and_exceptions_count_as_failures() -> None:
    def unreachable(delivery: WebhookDelivery) -> DeliveryResult:
        raise ConnectionError("receiver is down")

    fake = FakeWebsets(deliver=unreachable)
    with httpx.Client(base_url="https://api.exa.ai/websets", transport=fake.transport()) as c:
        c.headers["x-api-key"] = "k"
        webhook = c.post("/v0/webhooks", json={"url": "https://h.example.com", "events": ["webset.created"]}).json()
        c.post("/v0/websets", json={"search": {"query": "x", "count": 1}})
        fake.advance(3600)
        attempts = c.get(f"/v0/webhooks/{webhook['id']}/attempts").json()["data"]

    assert [a["attempt"] for a in attempts] == [5, 4, 3, 2, 1]
    assert all(not a["successful"] and a["responseStatusCode"] == 0 for a in attempts)
    assert "receiver is down" in attempts[0]["responseBody"]


def test_inactive_updated_and_deleted_webhooks(fake: FakeWebsets, http: httpx.Client, receiver: Receiver) -> None:
    webhook = subscribe(http, "webset.created")
    fake.set_webhook_status(webhook["id"], "inactive")
    create_webset(http, count=1)
    fake.sync()
    assert receiver.deliveries == []
    assert http.get(f"/v0/webhooks/{webhook['id']}").json()["status"] == "inactive"

    fake.set_webhook_status(webhook["id"], "active")
    http.patch(f"/v0/webhooks/{webhook['id']}", json={"events": ["webset.search.created"]})
    create_webset(http, count=1)
    fake.sync()
    assert receiver.types() == ["webset.search.created"]

    assert http.delete(f"/v0/webhooks/{webhook['id']}").json()["id"] == webhook["id"]
    create_webset(http, count=1)
    fake.sync()
    assert receiver.types() == ["webset.search.created"]
    assert http.get(f"/v0/webhooks/{webhook['id']}/attempts").status_code == 404
