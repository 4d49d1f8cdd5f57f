"""Webhook delivery: each event to every active webhook subscribed to its type, signed, retried with backoff."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from exa_websets.webhooks import sign_webhook

from ._records import AttemptRecord, EventRecord

if TYPE_CHECKING:
    from ._simulation import Simulation

SIGNATURE_HEADER = "Exa-Signature"
# Fake seconds to wait after failed attempt 1, 2, 3, 4: five attempts in all over about four minutes.
RETRY_DELAYS = (10.0, 30.0, 60.0, 120.0)
MAX_RESPONSE_BODY = 2000  # characters of a receiver's answer kept on the attempt


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST the fake wants to make to a webhook receiver."""

    url: str
    body: bytes
    headers: Mapping[str, str]
    webhook_id: str
    event_id: str
    event_type: str
    attempt: int


@dataclass(frozen=True)
class DeliveryResult:
    """What the receiver answered. A 2xx status is a success; anything else (or an exception) is retried."""

    status_code: int
    body: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)


Deliver = Callable[[WebhookDelivery], DeliveryResult]


def http_deliver(delivery: WebhookDelivery) -> DeliveryResult:
    """The default delivery: a real HTTP POST."""
    response = httpx.post(delivery.url, content=delivery.body, headers=dict(delivery.headers), timeout=10.0)
    return DeliveryResult(response.status_code, response.text, dict(response.headers))


def schedule_deliveries(sim: Simulation, event: EventRecord) -> None:
    for webhook in sim.store.webhooks.values():
        if webhook.status == "active" and event.type in webhook.events:
            sim.later(0.0, _attempt_action(sim, webhook.id, event.id, 1))


def _attempt_action(sim: Simulation, webhook_id: str, event_id: str, number: int) -> Callable[[], None]:
    return lambda: _attempt(sim, webhook_id, event_id, number)


def _attempt(sim: Simulation, webhook_id: str, event_id: str, number: int) -> None:
    webhook = sim.store.webhooks.get(webhook_id)
    event = sim.store.events.get(event_id)
    if webhook is None or event is None or webhook.status != "active":
        return
    body = json.dumps(event.payload, separators=(",", ":")).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign_webhook(body, webhook.secret, int(sim.sent_at(sim.now))),
        "User-Agent": "exa-websets-fake",
    }
    delivery = WebhookDelivery(webhook.url, body, headers, webhook.id, event.id, event.type, number)
    try:
        result = sim.deliver(delivery)
        status, response_body, response_headers = result.status_code, result.body, dict(result.headers)
    except Exception as error:  # noqa: BLE001  # any failure of the receiver is a failed attempt, as in the service
        status, response_body, response_headers = 0, f"{type(error).__name__}: {error}", {}
    successful = 200 <= status < 300
    sim.store.attempts.append(
        AttemptRecord(
            id=sim.ids.new("webhook_attempt"),
            webhook_id=webhook.id,
            event_id=event.id,
            event_type=event.type,
            url=webhook.url,
            successful=successful,
            status_code=status,
            response_headers=response_headers,
            response_body=response_body[:MAX_RESPONSE_BODY],
            attempt=number,
            attempted_at=sim.now,
            seq=sim.next_seq(),
        )
    )
    if not successful and number <= len(RETRY_DELAYS):
        sim.later(RETRY_DELAYS[number - 1], _attempt_action(sim, webhook_id, event_id, number + 1))
