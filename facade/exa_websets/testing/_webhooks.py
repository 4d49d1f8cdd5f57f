"""Webhook delivery: each event to every active webhook subscribed to its type, signed, retried with backoff.

Deliveries never run on the request path: the simulation queues them (``DeliveryQueue``) and one worker thread
makes them in order, each with its own timeout, and records the answers under the fake's lock. So a receiver that
never answers delays only the deliveries behind it, never an API call.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from exa_websets.webhooks import SIGNATURE_HEADER, sign_webhook

from ._records import AttemptRecord, EventRecord

if TYPE_CHECKING:
    from ._simulation import Simulation

logger = logging.getLogger("exa_websets.testing")
# Fake seconds to wait after failed attempt 1, 2, 3, 4: five attempts in all over about four minutes.
RETRY_DELAYS = (10.0, 30.0, 60.0, 120.0)
MAX_RESPONSE_BODY = 2000  # characters of a receiver's answer kept on the attempt
DELIVERY_TIMEOUT = 10.0  # real seconds a receiver gets to answer before the attempt counts as failed


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


Outcome = DeliveryResult | BaseException
Record = Callable[[Outcome], None]


class DeliveryQueue:
    """Deliveries waiting to be made, and the one worker thread that makes them, oldest first.

    Each ``deliver`` call runs in a daemon thread of its own so that a receiver that never returns can be given up
    on after ``timeout`` real seconds (the thread is abandoned; the attempt is recorded as failed). ``record`` then
    runs under ``lock``, the fake's, so the answer lands in its state like a request would.
    """

    def __init__(self, deliver: Deliver, lock: threading.RLock, *, timeout: float = DELIVERY_TIMEOUT) -> None:
        if not timeout > 0:
            raise ValueError("the delivery timeout must be > 0 seconds")
        self._deliver = deliver
        self._lock = lock
        self.timeout = timeout
        self._jobs: deque[tuple[WebhookDelivery, Record]] = deque()
        self._unfinished = 0  # queued plus in flight
        self._changed = threading.Condition()
        self._worker: threading.Thread | None = None

    def submit(self, delivery: WebhookDelivery, record: Record) -> None:
        with self._changed:
            self._jobs.append((delivery, record))
            self._unfinished += 1
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="fake-websets-deliveries", daemon=True)
                self._worker.start()

    @property
    def unfinished(self) -> int:
        """Deliveries queued or in flight."""
        with self._changed:
            return self._unfinished

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued delivery is made and recorded (``False`` if ``timeout`` real seconds passed).
        Never call it while holding the fake's lock: recording needs it."""
        with self._changed:
            return self._changed.wait_for(lambda: self._unfinished == 0, timeout)

    def _work(self) -> None:
        while True:
            with self._changed:
                if not self._jobs:
                    self._worker = None  # the next submit starts a new worker
                    return
                delivery, record = self._jobs.popleft()
            outcome = self._attempt(delivery)
            try:
                with self._lock:
                    record(outcome)
            except Exception:  # a bug in recording must not stop every later delivery (and hang waiters)
                logger.exception("the fake could not record a webhook delivery to %s", delivery.url)
            finally:
                with self._changed:
                    self._unfinished -= 1
                    self._changed.notify_all()

    def _attempt(self, delivery: WebhookDelivery) -> Outcome:
        answer: list[Outcome] = []
        answered = threading.Event()

        def call() -> None:
            try:
                answer.append(self._deliver(delivery))
            except BaseException as error:  # noqa: BLE001  # any failure of the receiver is a failed attempt
                answer.append(error)
            answered.set()

        threading.Thread(target=call, name="fake-websets-delivery", daemon=True).start()
        if not answered.wait(self.timeout):
            return TimeoutError(f"the receiver did not answer within {self.timeout:g} s")
        return answer[0]


def schedule_deliveries(sim: Simulation, event: EventRecord) -> None:
    for webhook in sim.store.webhooks.values():
        if webhook.status == "active" and event.type in webhook.events:
            sim.later(0.0, _attempt_action(sim, webhook.id, event.id, 1))


def _attempt_action(sim: Simulation, webhook_id: str, event_id: str, number: int) -> Callable[[], None]:
    return lambda: _attempt(sim, webhook_id, event_id, number)


def _attempt(sim: Simulation, webhook_id: str, event_id: str, number: int) -> None:
    """Queue one attempt (runs under the fake's lock, at the attempt's fake time); the answer is recorded later."""
    webhook = sim.store.webhooks.get(webhook_id)
    event = sim.store.events.get(event_id)
    if webhook is None or event is None or webhook.status != "active":
        return
    attempted_at = sim.now
    body = json.dumps(event.payload, separators=(",", ":")).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign_webhook(body, webhook.secret, int(sim.sent_at(attempted_at))),
        "User-Agent": "exa-websets-fake",
    }
    delivery = WebhookDelivery(webhook.url, body, headers, webhook.id, event.id, event.type, number)
    # Id and order are taken now, in simulation order, so they do not depend on how fast receivers answer.
    attempt_id, seq = sim.ids.new("webhook_attempt"), sim.next_seq()

    def record(outcome: Outcome) -> None:
        if isinstance(outcome, DeliveryResult):
            status, response_body, response_headers = outcome.status_code, outcome.body, dict(outcome.headers)
        else:
            status, response_body, response_headers = 0, f"{type(outcome).__name__}: {outcome}", {}
        successful = 200 <= status < 300
        attempt = AttemptRecord(
            id=attempt_id,
            webhook_id=webhook_id,
            event_id=event_id,
            event_type=delivery.event_type,
            url=delivery.url,
            successful=successful,
            status_code=status,
            response_headers=response_headers,
            response_body=response_body[:MAX_RESPONSE_BODY],
            attempt=number,
            attempted_at=attempted_at,
            seq=seq,
        )
        sim.store.attempts.append(attempt)  # in seq order: one worker records in the order attempts were queued
        if not successful and number <= len(RETRY_DELAYS):
            # From when the attempt was made, not when its answer was recorded.
            sim.scheduler.at(
                attempted_at + RETRY_DELAYS[number - 1], _attempt_action(sim, webhook_id, event_id, number + 1)
            )

    sim.dispatch(delivery, record)
