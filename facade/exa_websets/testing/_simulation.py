"""The fake's world: its records, its timeline and its events. Domain rules live in the modules that use it."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TypedDict

from ._events import EventData, event_body
from ._ids import IdFactory
from ._records import EventRecord, Store
from ._scheduler import Action, Scheduler
from ._webhooks import Record, WebhookDelivery, schedule_deliveries


class Stamps(TypedDict):
    """When and in what order a record was made: what every new record starts with (``**sim.stamps()``)."""

    created_at: float
    updated_at: float
    seq: int


class Simulation:
    """State plus a clock that only moves when ``run_until`` says so: deterministic for a seed and a call sequence."""

    def __init__(
        self,
        *,
        seed: int,
        start: float,
        dispatch: Callable[[WebhookDelivery, Record], None],
        sent_at: Callable[[float], float],
    ) -> None:
        self.seed = seed
        self.sent_at = sent_at
        self.store = Store()
        self.scheduler = Scheduler()
        self.ids = IdFactory(seed, "ids")
        self.now = start
        self._dispatch = dispatch  # queues a webhook delivery; its answer is recorded later, off the request path
        self._dispatched = False
        self._seq = 0
        self._running = False
        self.listeners: list[Callable[[EventRecord], None]] = []

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def stamps(self) -> Stamps:
        """A new record's times (now, and not updated since) and its place in the creation order."""
        return Stamps(created_at=self.now, updated_at=self.now, seq=self.next_seq())

    def rng(self, *parts: object) -> random.Random:
        """A generator of its own for one purpose (one item, one result): draws elsewhere do not disturb it."""
        return random.Random(":".join([str(self.seed), *map(str, parts)]))  # noqa: S311  # reproducible test data

    def later(self, delay: float, action: Action, *, webset_id: str | None = None) -> None:
        """Run ``action`` ``delay`` fake seconds from now; work of a webset waits while the webset is paused."""
        if webset_id is None:
            self.scheduler.at(self.now + delay, action)
            return

        def run_unless_paused() -> None:
            webset = self.store.websets.get(webset_id)
            if webset is None:
                return
            if webset.status == "paused":
                webset.deferred.append(action)
                return
            action()

        self.scheduler.at(self.now + delay, run_unless_paused)

    def dispatch(self, delivery: WebhookDelivery, record: Record) -> None:
        self._dispatched = True
        self._dispatch(delivery, record)

    def run_until(self, until: float, *, stop_after_dispatch: bool = False) -> bool:
        """Do all work due up to ``until``, in time order. With ``stop_after_dispatch``, stop after a step that
        queued a webhook delivery and return True (more may be due): the caller lets the delivery be answered, so a
        failed one's retry takes its place in time order, as in the service. Re-entrant calls are no-ops."""
        if self._running:
            return False
        self._running = True
        try:
            while (due := self.scheduler.pop_due(until)) is not None:
                self.now = max(self.now, due[0])
                self._dispatched = False
                due[1]()
                if stop_after_dispatch and self._dispatched:
                    return True
            self.now = max(self.now, until)
            return False
        finally:
            self._running = False

    def emit(self, event_type: str, data: EventData) -> EventRecord:
        event_id = self.ids.new("event")
        record = EventRecord(event_id, event_type, event_body(event_type, event_id, data, self.now), self.now, 0)
        record.seq = self.next_seq()
        self.store.events[event_id] = record
        schedule_deliveries(self, record)
        for listener in self.listeners:
            listener(record)
        return record
