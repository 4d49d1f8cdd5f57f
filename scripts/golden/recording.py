"""The run: each facade call's raw success response becomes the operation's fixture (and the instances in it, one
of each kind); a failed step is recorded and, when later steps depend on it, ends the write phase. The reads are
here; the writes are in ``writes`` and the cleanup in ``cleanup``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, TypeVar

from exa_websets import WebsetsClient

from scripts.golden.bookkeeping import PREFIX, Abort, Names, Resource, Summary
from scripts.golden.capture import Capture, Exchange
from scripts.golden.writing import FixtureWriter, item_fixture_name

T = TypeVar("T")


class Recording:
    def __init__(
        self,
        *,
        args: argparse.Namespace,
        client: WebsetsClient,
        capture: Capture,
        writer: FixtureWriter,
        summary: Summary,
        log: Callable[[str], None],
    ) -> None:
        self.args = args
        self.client = client
        self.capture = capture
        self.writer = writer
        self.summary = summary
        self.log = log
        self.names = Names(summary.run_key)
        self.created: list[Resource] = []
        self.unconfirmed: set[str] = set()  # kinds whose create was sent but got no usable answer
        self.provenance = f"from {summary.base_url} at {summary.started_at} (run {summary.run_key})"

    # --- calls -----------------------------------------------------------------------------------------------

    def call(self, operation_id: str, action: Callable[[], T], *, record: bool = True) -> T:
        """Run one facade call; record the raw JSON of its (last) success response as the operation's fixture."""
        start = len(self.capture.exchanges)
        result = action()
        facts = self.writer.facts.operations[operation_id]
        if record and facts.schema is not None:  # an operation the spec gives no body is not a fixture
            exchange = next(
                (e for e in reversed(self.capture.exchanges[start:]) if e.method == facts.method and e.status < 300),
                None,
            )
            if exchange is not None and exchange.body:
                self._record(operation_id, exchange)
        return result

    def _record(self, operation_id: str, exchange: Exchange) -> None:
        payload = json.loads(exchange.body)
        provenance = f"Recorded by scripts/record_golden.py {self.provenance}; request id {exchange.request_id}."
        name = self.writer.operation(operation_id, exchange, payload, provenance)
        self.summary.fixtures.append(name)
        self.log(f"recorded {name}.json")
        schema = self.writer.facts.operations[operation_id].schema
        found: list[tuple[str, str, Any]] = []
        if schema == "Webset" and isinstance(payload, dict):
            found.append((f"websets/webset-{payload.get('status')}", "Webset", payload))
        if operation_id == "websets-items-list":
            found += [(item_fixture_name(item), "WebsetItem", item) for item in payload.get("data", [])]
        if operation_id == "events-list":
            found += [(f"events/{event.get('type')}", "Event", event) for event in payload.get("data", [])]
        provenance = f"Taken from the {operation_id} response recorded {self.provenance}"
        provenance += f"; request id {exchange.request_id}."
        for instance_name, instance_schema, instance in found:
            if instance_name not in self.writer.written:  # the first of each kind
                written = self.writer.instance(instance_name, instance_schema, instance, provenance, exchange)
                self.summary.fixtures.append(written)

    def attempt(self, step: str, action: Callable[[], object], *, abort: bool = False) -> None:
        """Run a step; a failure is recorded (and, for a step later ones depend on, ends the write phase)."""
        try:
            action()
        except Exception as error:  # any failure is recorded; the cleanup must still run
            message = self.writer.redact(f"{type(error).__name__}: {error}")
            self.summary.failures.append({"step": step, "error": message})
            self.log(f"FAILED {step}: {message}")
            if abort:
                raise Abort(step) from error

    def create(
        self,
        kind: str,
        operation_id: str,
        action: Callable[[], Any],
        *,
        webset_id: str | None = None,
        name: str | None = None,
        record: bool = True,
    ) -> str:
        """Create a resource and track it for the cleanup before anything else can fail."""
        self.unconfirmed.add(kind)

        def create_and_track() -> Any:
            result = action()
            resource = Resource(kind, str(result.id), name or self.names.name(kind), webset_id)
            self.created.append(resource)
            self.summary.created.append(resource.describe())
            self.unconfirmed.discard(kind)
            self.log(f"created {kind} {resource.id} ({resource.name})")
            return result

        return str(self.call(operation_id, create_and_track, record=record).id)

    # --- reads -----------------------------------------------------------------------------------------------

    def read_phase(self) -> None:
        self.attempt("teams.me", lambda: self.call("teams-me", self.client.teams.me))
        self.attempt("websets", self._read_websets)
        self.attempt("events", self._read_events)
        self.attempt("webhooks", self._read_webhooks)
        self.attempt("monitors", self._read_monitors)
        self.attempt("imports", self._read_imports)

    def _read_websets(self) -> None:
        c = self.client
        page = self.call("websets-list", lambda: c.websets.list(limit=10))
        for webset in page.data:
            external_id = webset.external_id if isinstance(webset.external_id, str) else ""
            if external_id.startswith(f"{PREFIX}-webset-"):
                self.summary.earlier_runs_seen.append({"kind": "webset", "id": webset.id, "name": external_id})
        if page.data:
            first = page.data[0].id
            self.call("websets-get", lambda: c.websets.get(first))
            items = self.call("websets-items-list", lambda: c.items.list(first, limit=10))
            if items.data:
                self.call("websets-items-get", lambda: c.items.get(first, items.data[0].id))

    def _read_events(self) -> None:
        page = self.call("events-list", lambda: self.client.events.list(limit=25))
        if page.data:
            self.call("events-get", lambda: self.client.events.get(page.data[0].id))

    def _read_webhooks(self) -> None:
        c = self.client
        page = self.call("webhooks-list", lambda: c.webhooks.list(limit=10))
        if page.data:
            first = page.data[0].id
            self.call("webhooks-get", lambda: c.webhooks.get(first))
            self.call("webhooks-attempts-list", lambda: c.webhooks.attempts.list(first, limit=10))

    def _read_monitors(self) -> None:
        c = self.client
        page = self.call("monitors-list", lambda: c.monitors.list(limit=10))
        if page.data:
            first = page.data[0].id
            self.call("monitors-get", lambda: c.monitors.get(first))
            runs = self.call("monitors-runs-list", lambda: c.monitors.runs.list(first))
            if runs.data:
                self.call("monitors-runs-get", lambda: c.monitors.runs.get(first, runs.data[0].id))

    def _read_imports(self) -> None:
        page = self.call("imports-list", lambda: self.client.imports.list(limit=10))
        if page.data:
            self.call("imports-get", lambda: self.client.imports.get(page.data[0].id))
