"""Record real Websets API responses as fixtures, through the exa_websets facade.

    export EXA_API_KEY=...    # or --api-key; the key is never printed nor written anywhere
    python scripts/record_golden.py --base-url https://api.exa.ai/websets          # reads only
    python scripts/record_golden.py --base-url https://api.exa.ai/websets --yes    # creates, records, deletes

Any server speaking the API works, e.g. the fake: ``python -m exa_websets.testing --port 8765 --speed 50`` and
``--base-url http://127.0.0.1:8765/websets``.

Without ``--yes`` only reads are made (teams/me; the lists of websets, events, webhooks, monitors and imports; a get
of the first of each, with the first webset's items, the first webhook's attempts and the first monitor's runs) and
every write is refused, with the list of what would have been created. With
``--yes`` the run creates, in this order, a webhook (to ``--webhook-url``), a webset, a monitor, a search and an
enrichment, all named after the run key (``ssot-fixture-<kind>-<run key>``; the webset's external id is
``ssot-fixture-webset-<run key>``; every metadata holds ``ssot_fixture: "true"`` and ``ssot_run: <run key>``), waits
(at most ``--wait-timeout`` seconds) for the webset to be idle, then records its items, events, an export, the
updates, the cancels and an import. Whatever it created is deleted at the end, in reverse order, in a ``finally``:
also when a step failed midway or the run was interrupted. A resource whose create got no answer is looked up by
its deterministic name and deleted too.

Layout of ``--out DIR`` (default ``.cache/recordings/<run key>``, which git ignores)::

    DIR/_recording_summary.json      the run: fixtures written, resources created and cleaned up, failures, refusals
    DIR/fixtures/RECORDING.md        one heading "<base URL> <recorded at>": the section the fixtures' source names
    DIR/fixtures/operations/<operation id>.json        a whole success response
    DIR/fixtures/websets/webset-<status>.json          instances taken from those responses (as in the golden set)
    DIR/fixtures/items/<entity type>-<stage>.json
    DIR/fixtures/events/<event type>.json

Each fixture has the layout of ``tests/contract/golden.py`` (``load_fixtures(DIR / "fixtures")`` reads them):
``source`` is ``{"document": "RECORDING.md", "section": "<base URL> <recorded at>"}`` (that loader wants a markdown
document and a section of it; the recordings bring their own rather than pretending to be transcribed from the
vendor's reference), ``status`` is the status the server answered, ``spec_commit`` the pin, ``filled_fields`` is
empty (nothing is invented) and ``notes`` say where and when the response was recorded (request id included),
what was scrubbed (the webhook ``secret``, the query string of presigned URLs), a status other than the spec's,
and events the spec's ``Event`` oneOf has no variant for. Recordings are not golden fixtures as they are: review
them (they hold your account's data) before promoting one to ``tests/fixtures/golden`` with a reference source.

Exit status: 0 when every step succeeded and nothing was left behind, 1 otherwise (the summary says what failed
and lists any resource left behind, by id, to delete by hand), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python scripts/record_golden.py` puts scripts/ first, not the repository
    sys.path.insert(0, str(ROOT))

from exa_websets import APIError, NotFoundError, WebsetsClient  # noqa: E402

from openapi.fetch import fetch_spec, load_pin  # noqa: E402
from openapi.overlays import apply_overlays, is_overlay  # noqa: E402

T = TypeVar("T")

DEFAULT_WEBHOOK_URL = "https://example.com/ssot-fixture-hook"
DEFAULT_OUT = ROOT / ".cache" / "recordings"
PREFIX = "ssot-fixture"
DOCUMENT = "RECORDING.md"
SUMMARY = "_recording_summary.json"
REDACTED = "<redacted by scripts/record_golden.py>"
PRESIGNED_URL_FIELDS = ("downloadUrl", "uploadUrl")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
WEBHOOK_EVENTS = ("webset.created", "webset.idle", "webset.item.created", "webset.item.enriched")
SEARCH = {
    "query": "AI research labs in Europe",
    "count": 3,
    "entity": {"type": "company"},
    "criteria": [{"description": "Is an AI research lab"}],
}


# --- what the spec says about each operation ------------------------------------------------------------------------


@dataclass(frozen=True)
class OperationFacts:
    operation_id: str
    method: str
    status: int  # the lowest 2xx the spec declares
    schema: str | None  # the component the success body refers to
    supplement: bool  # from openapi/overlays


@dataclass(frozen=True)
class SpecFacts:
    operations: dict[str, OperationFacts]
    event_types_with_variant: frozenset[str]

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> SpecFacts:
        """``spec`` is the pinned spec; the documented supplement (exports, teams/me) is applied here."""
        supplemented = apply_overlays(dict(spec))
        operations: dict[str, OperationFacts] = {}
        for path_item in supplemented["paths"].values():
            for method, operation in path_item.items():
                if method not in HTTP_METHODS:
                    continue
                statuses = sorted(int(code) for code in operation.get("responses", {}) if 200 <= int(code) < 300)
                response = next(v for k, v in operation["responses"].items() if int(k) == statuses[0]) or {}
                ref = (((response.get("content") or {}).get("application/json") or {}).get("schema") or {}).get("$ref")
                operations[operation["operationId"]] = OperationFacts(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    status=statuses[0],
                    schema=ref.rsplit("/", 1)[1] if isinstance(ref, str) else None,
                    supplement=is_overlay(operation),
                )
        variants = supplemented["components"]["schemas"]["Event"]["oneOf"]
        event_types = {_event_variant_type(supplemented, variant) for variant in variants}
        return cls(operations=operations, event_types_with_variant=frozenset(event_types))


def _event_variant_type(spec: Mapping[str, Any], variant: Mapping[str, Any]) -> str:
    if "$ref" in variant:
        variant = spec["components"]["schemas"][variant["$ref"].rsplit("/", 1)[1]]
    return str(variant["properties"]["type"]["const"])


def load_spec() -> dict[str, Any]:
    """The pinned spec (cache, then ``EXA_WEBSETS_SPEC_MIRROR``, then a download, checked against the pin)."""
    loaded: dict[str, Any] = yaml.safe_load(fetch_spec(load_pin()).read_text(encoding="utf-8"))
    return loaded


# --- the raw responses, as they came over the wire -------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    method: str
    url: str
    status: int
    request_id: str | None
    body: bytes


class Capture:
    """Keeps every response the facade's HTTP client receives (an httpx response hook), body included."""

    def __init__(self, http: httpx.Client) -> None:
        self.exchanges: list[Exchange] = []
        self._http = http
        self._hooks = {name: list(hooks) for name, hooks in http.event_hooks.items()}
        http.event_hooks = {**self._hooks, "response": [*self._hooks.get("response", []), self._on_response]}

    def _on_response(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        self.exchanges.append(
            Exchange(
                request.method,
                str(request.url),
                response.status_code,
                response.headers.get("x-request-id"),
                response.content,
            )
        )

    def detach(self) -> None:
        self._http.event_hooks = self._hooks


# --- the run's bookkeeping -----------------------------------------------------------------------------------------


@dataclass
class Resource:
    kind: str  # webhook, webset, monitor, search, enrichment, import
    id: str
    name: str
    webset_id: str | None = None  # for what lives inside a webset

    def describe(self) -> dict[str, str]:
        described = {"kind": self.kind, "id": self.id, "name": self.name}
        if self.webset_id is not None:
            described["webset_id"] = self.webset_id
        return described


@dataclass
class Summary:
    base_url: str
    run_key: str
    mode: str
    started_at: str
    spec_commit: str
    finished_at: str | None = None
    fixtures: list[str] = field(default_factory=list)
    refused_writes: list[str] = field(default_factory=list)
    created: list[dict[str, str]] = field(default_factory=list)
    cleaned_up: list[dict[str, str]] = field(default_factory=list)
    left_behind: list[dict[str, str]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    cleanup_failures: list[dict[str, str]] = field(default_factory=list)
    earlier_runs_seen: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.failures or self.cleanup_failures or self.left_behind)

    def as_json(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "run_key": self.run_key,
            "mode": self.mode,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "spec_commit": self.spec_commit,
            "ok": self.ok,
            "fixtures": sorted(set(self.fixtures)),
            "refused_writes": self.refused_writes,
            "created": self.created,
            "cleaned_up": self.cleaned_up,
            "left_behind": self.left_behind,
            "failures": self.failures,
            "cleanup_failures": self.cleanup_failures,
            "earlier_runs_seen": self.earlier_runs_seen,
        }


class Abort(Exception):
    """A write step failed: the remaining steps are skipped and the cleanup runs."""


# --- writing fixtures ----------------------------------------------------------------------------------------------


class FixtureWriter:
    def __init__(
        self, directory: Path, facts: SpecFacts, *, section: str, spec_commit: str, secrets: Sequence[str]
    ) -> None:
        self.directory = directory
        self.facts = facts
        self.section = section
        self.spec_commit = spec_commit
        self.secrets = [secret for secret in secrets if len(secret) >= 8]  # a shorter one is no real key
        self.written: dict[str, str] = {}  # fixture name -> request id it came from

    def operation(self, operation_id: str, exchange: Exchange, payload: Any, provenance: str) -> str:
        facts = self.facts.operations[operation_id]
        payload, notes = self._scrub(payload)
        notes.insert(0, provenance)
        if exchange.status != facts.status:
            notes.append(f"The server answered {exchange.status} where the spec declares {facts.status}.")
        if operation_id in ("events-list", "events-get"):
            notes += self._event_gaps(payload if operation_id == "events-list" else {"data": [payload]})
        metadata: dict[str, Any] = {"operation_id": operation_id, "schema": facts.schema, "status": exchange.status}
        if facts.supplement:
            metadata["supplement"] = True
        name = f"operations/{operation_id}"
        return self._write(name, metadata, notes, key="response", payload=payload, request_id=exchange.request_id)

    def instance(self, name: str, schema: str, payload: Any, provenance: str, exchange: Exchange) -> str:
        payload, notes = self._scrub(payload)
        notes.insert(0, provenance)
        if schema == "Event":
            notes += self._event_gaps({"data": [payload]})
        return self._write(
            name, {"schema": schema}, notes, key="instance", payload=payload, request_id=exchange.request_id
        )

    def _write(
        self, name: str, metadata: dict[str, Any], notes: list[str], *, key: str, payload: Any, request_id: str | None
    ) -> str:
        document = {
            "_metadata": {
                **metadata,
                "source": {"document": DOCUMENT, "section": self.section},
                "spec_commit": self.spec_commit,
                "filled_fields": [],
                "notes": notes,
            },
            key: payload,
        }
        path = self.directory / f"{name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.redact(json.dumps(document, indent=2, ensure_ascii=False)) + "\n", encoding="utf-8")
        self.written[name] = request_id or "unknown"
        return name

    def write_document(self, lines: Sequence[str]) -> None:
        """RECORDING.md: the heading every fixture's source names, and what was recorded."""
        body = [f"# {self.section}", "", *lines, "", "## Fixtures", ""]
        body += [f"- `{name}.json` (request id {rid})" for name, rid in sorted(self.written.items())]
        self.directory.mkdir(parents=True, exist_ok=True)
        (self.directory / DOCUMENT).write_text(self.redact("\n".join(body)) + "\n", encoding="utf-8")

    def _scrub(self, payload: Any) -> tuple[Any, list[str]]:
        """Replace what must not be stored: the webhook signing secret, presigned URLs' query strings."""
        notes: list[str] = []

        def walk(value: Any, at: str) -> Any:
            if isinstance(value, dict):
                result = {}
                for key, item in value.items():
                    here = f"{at}/{key.replace('~', '~0').replace('/', '~1')}"
                    if key == "secret" and value.get("object") == "webhook" and isinstance(item, str):
                        result[key] = REDACTED
                        notes.append(f"{here} (the webhook signing secret) was replaced: recordings never keep it.")
                    elif key in PRESIGNED_URL_FIELDS and isinstance(item, str) and urlsplit(item).query:
                        result[key] = urlunsplit(urlsplit(item)._replace(query=""))
                        notes.append(f"{here} had its presigned query string (a temporary credential) removed.")
                    else:
                        result[key] = walk(item, here)
                return result
            if isinstance(value, list):
                return [walk(item, f"{at}/{index}") for index, item in enumerate(value)]
            return value

        return walk(payload, ""), notes

    def _event_gaps(self, payload: Any) -> list[str]:
        events = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(events, list):
            return []
        missing = sorted(
            {
                str(event.get("type"))
                for event in events
                if isinstance(event, dict) and event.get("type") not in self.facts.event_types_with_variant
            }
        )
        return [
            f"The spec's Event oneOf has no variant for {event_type}: it cannot validate against Event."
            for event_type in missing
        ]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<redacted>")
        return text


def item_fixture_name(item: Mapping[str, Any]) -> str:
    """``items/<entity type>-<stage>`` with the golden set's stage names."""
    entity = str((item.get("properties") or {}).get("type", "unknown")).replace("_", "-")
    results = item.get("enrichments")
    if results is None:
        stage = "just-found"
    elif any(result.get("status") == "pending" for result in results):
        stage = "enrichment-pending"
    elif results and all(result.get("status") == "completed" for result in results):
        stage = "enriched"
    else:
        stage = "enrichments-" + "-".join(sorted({str(result.get("status")) for result in results}) or ["none"])
    return f"items/{entity}-{stage}"


# --- the run -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Names:
    run_key: str

    def name(self, kind: str) -> str:
        return f"{PREFIX}-{kind}-{self.run_key}"

    def metadata(self, kind: str) -> dict[str, str]:
        return {"ssot_fixture": "true", "ssot_run": self.run_key, "name": self.name(kind)}


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

    # --- writes ----------------------------------------------------------------------------------------------

    def planned_writes(self) -> list[str]:
        n = self.names
        return [
            f"webhook {n.name('webhook')} -> {self.args.webhook_url} (events: {', '.join(WEBHOOK_EVENTS)})",
            f"webset {n.name('webset')} (its external id; search {SEARCH['query']!r}, count {SEARCH['count']})",
            f"monitor {n.name('monitor')} on that webset (yearly cadence, disabled once recorded)",
            f"search {n.name('search')} and enrichment {n.name('enrichment')} in that webset",
            "a preview, an export, an item delete, a search cancel, an enrichment cancel, a webset cancel",
            f"import {n.name('import')} (registered, never uploaded)",
            "and then delete every one of them",
        ]

    def refuse_writes(self) -> None:
        planned = self.planned_writes()
        self.summary.refused_writes = planned
        lines = "\n".join(f"  - {line}" for line in planned)
        self.log(f"refusing to write without --yes (only reads were made). With --yes this run would create:\n{lines}")

    def write_phase(self) -> None:
        """Create what the recording needs, each step depending on the ones before (a failure ends the phase)."""
        c, n, a = self.client, self.names, self.args
        ids: dict[str, str] = {}

        def ws() -> str:
            return ids["webset"]

        creates: list[tuple[str, str, str, Callable[[], Any]]] = [  # step, kind, operation, call
            (
                "webhooks.create",
                "webhook",
                "webhooks-create",
                lambda: c.webhooks.create(
                    url=a.webhook_url, events=list(WEBHOOK_EVENTS), metadata=n.metadata("webhook")
                ),
            ),
            (
                "websets.create",
                "webset",
                "websets-create",
                lambda: c.websets.create(search=SEARCH, external_id=n.name("webset"), metadata=n.metadata("webset")),
            ),
            (
                "monitors.create",
                "monitor",
                "monitors-create",
                lambda: c.monitors.create(
                    webset_id=ws(),
                    cadence={"cron": "0 9 1 1 *", "timezone": "Etc/UTC"},
                    behavior={"type": "search", "config": {"query": SEARCH["query"], "count": 1}},
                    metadata=n.metadata("monitor"),
                ),
            ),
            (
                "searches.create",
                "search",
                "websets-searches-create",
                lambda: c.searches.create(
                    ws(),
                    query="AI research labs in Paris",
                    count=2,
                    entity={"type": "company"},
                    behavior="append",
                    metadata=n.metadata("search"),
                ),
            ),
            (
                "enrichments.create",
                "enrichment",
                "websets-enrichments-create",
                lambda: c.enrichments.create(
                    ws(), description="Year the lab was founded", format="number", metadata=n.metadata("enrichment")
                ),
            ),
        ]

        def create(kind: str, operation_id: str, action: Callable[[], Any]) -> None:
            inside = kind in ("search", "enrichment")  # they live in the webset (and go with it)
            ids[kind] = self.create(kind, operation_id, action, webset_id=ws() if inside else None)

        for step, kind, operation_id, action in creates:
            self.attempt(step, functools.partial(create, kind, operation_id, action), abort=True)

        def wait() -> None:
            idle = c.websets.wait_until_idle(ws(), timeout=a.wait_timeout)
            self.log(f"webset {idle.id} is idle")

        self.attempt("websets.wait_until_idle", wait)
        self._record_created(ids)

    def _record_created(self, ids: Mapping[str, str]) -> None:
        """Record the created resources, their updates, the lists and the other writes (each step on its own)."""
        c, n = self.client, self.names
        ws, monitor, webhook = ids["webset"], ids["monitor"], ids["webhook"]
        step = self.attempt
        step("websets.get", lambda: self.call("websets-get", lambda: c.websets.get(ws, expand=["items"])))
        step(
            "websets.update",
            lambda: self.call(
                "websets-update", lambda: c.websets.update(ws, metadata={**n.metadata("webset"), "recorded": "true"})
            ),
        )
        step("searches.get", lambda: self.call("websets-searches-get", lambda: c.searches.get(ws, ids["search"])))
        step(
            "enrichments.get",
            lambda: self.call("websets-enrichments-get", lambda: c.enrichments.get(ws, ids["enrichment"])),
        )
        item_ids: list[str] = []

        def items() -> None:
            page = self.call("websets-items-list", lambda: c.items.list(ws, limit=10))
            item_ids.extend(item.id for item in page.data)
            if item_ids:
                self.call("websets-items-get", lambda: c.items.get(ws, item_ids[0]))

        step("items", items)
        step("monitors.get", lambda: self.call("monitors-get", lambda: c.monitors.get(monitor)))
        step(
            "monitors.update",
            lambda: self.call("monitors-update", lambda: c.monitors.update(monitor, status="disabled")),
        )
        step("monitors.runs.list", lambda: self.call("monitors-runs-list", lambda: c.monitors.runs.list(monitor)))
        step("webhooks.get", lambda: self.call("webhooks-get", lambda: c.webhooks.get(webhook)))
        step(
            "webhooks.update",
            lambda: self.call(
                "webhooks-update", lambda: c.webhooks.update(webhook, events=[*WEBHOOK_EVENTS, "webset.deleted"])
            ),
        )
        step(
            "webhooks.attempts.list",
            lambda: self.call("webhooks-attempts-list", lambda: c.webhooks.attempts.list(webhook, limit=10)),
        )

        def events() -> None:  # before the export: export events have no variant in the spec's Event oneOf
            page = self.call("events-list", lambda: c.events.list(limit=50))
            if page.data:
                self.call("events-get", lambda: c.events.get(page.data[0].id))

        step("events", events)
        step("websets.list", lambda: self.call("websets-list", lambda: c.websets.list(limit=5)))
        step("monitors.list", lambda: self.call("monitors-list", lambda: c.monitors.list(webset_id=ws)))
        step("webhooks.list", lambda: self.call("webhooks-list", lambda: c.webhooks.list(limit=10)))
        step("teams.me", lambda: self.call("teams-me", c.teams.me))
        self._other_writes(ws, item_ids)

    def _other_writes(self, ws: str, item_ids: Sequence[str]) -> None:
        """An export, a preview, an item delete, the cancels, an import: the operations left to record."""
        c, n = self.client, self.names
        step = self.attempt

        def export() -> None:
            created = self.call("websets-exports-create", lambda: c.exports.create(ws, format="json"))
            c.exports.wait_until_completed(ws, created.id, timeout=self.args.wait_timeout)
            self.call("websets-exports-get", lambda: c.exports.get(ws, created.id))

        step("exports", export)
        step(
            "websets.preview",
            lambda: self.call(
                "websets-preview", lambda: c.websets.preview(search={"query": SEARCH["query"], "count": 1})
            ),
        )
        step(
            "items.delete",
            lambda: item_ids and self.call("websets-items-delete", lambda: c.items.delete(ws, item_ids[-1])),
        )

        def cancel_search() -> None:
            search_id = self.create(
                "search",
                "websets-searches-create",
                lambda: c.searches.create(
                    ws, query="AI research labs in Berlin", count=1, behavior="append", metadata=n.metadata("search")
                ),
                webset_id=ws,
                name=f"{n.name('search')} (to cancel)",
                record=False,
            )
            self.call("websets-searches-cancel", lambda: c.searches.cancel(ws, search_id))

        def cancel_enrichment() -> None:
            enrichment_id = self.create(
                "enrichment",
                "websets-enrichments-create",
                lambda: c.enrichments.create(
                    ws, description="Number of employees", format="number", metadata=n.metadata("enrichment")
                ),
                webset_id=ws,
                name=f"{n.name('enrichment')} (to cancel)",
                record=False,
            )
            self.call("websets-enrichments-cancel", lambda: c.enrichments.cancel(ws, enrichment_id))

        step("searches.cancel", cancel_search)
        step("enrichments.cancel", cancel_enrichment)
        step("websets.cancel", lambda: self.call("websets-cancel", lambda: c.websets.cancel(ws)))

        def register_import() -> None:
            import_id = self.create(
                "import",
                "imports-create",
                lambda: c.imports.create(
                    size=64, count=1, entity={"type": "company"}, title=n.name("import"), metadata=n.metadata("import")
                ),
            )
            self.call("imports-get", lambda: c.imports.get(import_id))
            self.call("imports-update", lambda: c.imports.update(import_id, title=f"{n.name('import')}-renamed"))
            self.call("imports-list", lambda: c.imports.list(limit=10))

        step("imports", register_import)

    # --- cleanup ---------------------------------------------------------------------------------------------

    def cleanup(self) -> None:
        """Delete everything this run created, newest first, including what a create made without answering
        (found by its deterministic name first). Searches cannot be deleted: they go with their webset, as do
        enrichments whose delete failed."""
        self._find_unanswered()
        deleted_websets: set[str] = set()
        for resource in reversed(list(self.created)):
            deleter = self._deleter(resource)
            if deleter is not None and self._delete(resource, *deleter) and resource.kind == "webset":
                deleted_websets.add(resource.id)
        cleaned = {(entry["kind"], entry["id"]) for entry in self.summary.cleaned_up}
        for resource in self.created:
            if (resource.kind, resource.id) in cleaned:
                continue
            if resource.webset_id is not None and resource.webset_id in deleted_websets:
                self._cleaned(resource, "with its webset")
            else:
                self.summary.left_behind.append(resource.describe())

    def _deleter(self, resource: Resource) -> tuple[str, Callable[[], object]] | None:
        c, rid = self.client, resource.id
        if resource.kind == "webhook":
            return "webhooks-delete", lambda: c.webhooks.delete(rid)
        if resource.kind == "webset":
            return "websets-delete", lambda: c.websets.delete(rid)
        if resource.kind == "monitor":
            return "monitors-delete", lambda: c.monitors.delete(rid)
        if resource.kind == "import":
            return "imports-delete", lambda: c.imports.delete(rid)
        if resource.kind == "enrichment" and resource.webset_id is not None:
            webset_id = resource.webset_id
            return "websets-enrichments-delete", lambda: c.enrichments.delete(webset_id, rid)
        return None

    def _delete(self, resource: Resource, operation_id: str, action: Callable[[], object]) -> bool:
        try:
            self.call(operation_id, action)
        except NotFoundError:
            self._cleaned(resource, "already gone")
        except Exception as error:  # noqa: BLE001 - keep cleaning up the others
            message = self.writer.redact(f"{type(error).__name__}: {error}")
            self.summary.cleanup_failures.append({**resource.describe(), "error": message})
            self.log(f"FAILED to delete {resource.kind} {resource.id}: {message}")
            return False
        else:
            self._cleaned(resource, "deleted")
        return True

    def _cleaned(self, resource: Resource, how: str) -> None:
        self.summary.cleaned_up.append({**resource.describe(), "how": how})
        self.log(f"cleaned up {resource.kind} {resource.id} ({how})")

    def _find_unanswered(self) -> None:
        """A create that got no usable answer may still have made the resource: look it up by its deterministic
        name (the webset by external id, the others by ``ssot_run`` in their metadata) and track it."""
        c, n = self.client, self.names
        lookups: dict[str, Callable[[], list[Any]]] = {
            "webset": lambda: _existing(lambda: c.websets.get(n.name("webset"))),
            "webhook": lambda: [w for w in c.webhooks.list_all() if _run_of(w) == n.run_key],
            "monitor": lambda: [m for m in c.monitors.list_all() if _run_of(m) == n.run_key],
            "import": lambda: [i for i in c.imports.list_all() if _run_of(i) == n.run_key],
        }
        for kind in sorted(self.unconfirmed & set(lookups)):
            try:
                found = lookups[kind]()
            except APIError as error:
                failure = {"kind": kind, "name": n.name(kind), "error": self.writer.redact(str(error))}
                self.summary.cleanup_failures.append(failure)
                continue
            for obj in found:
                resource = Resource(kind, str(obj.id), n.name(kind))
                self.created.append(resource)
                self.summary.created.append({**resource.describe(), "found_by": "its deterministic name"})
                self.log(f"found {kind} {resource.id} ({resource.name}), created without an answer")


def _existing(get: Callable[[], Any]) -> list[Any]:
    try:
        return [get()]
    except NotFoundError:
        return []


def _run_of(obj: Any) -> str | None:
    """The ``ssot_run`` metadata value of a webhook, monitor or import (None when it has none)."""
    metadata = getattr(obj, "metadata", None)
    to_dict = getattr(metadata, "to_dict", None)
    value = to_dict().get("ssot_run") if callable(to_dict) else None
    return value if isinstance(value, str) else None


# --- entry point ---------------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None, now: datetime) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Record Websets API responses as fixtures through the exa_websets facade.",
        epilog="Without --yes only reads are made. The API key comes from --api-key or EXA_API_KEY.",
    )
    parser.add_argument("--base-url", required=True, help="e.g. https://api.exa.ai/websets")
    parser.add_argument("--yes", action="store_true", help="allow creating (and then deleting) resources")
    parser.add_argument("--out", type=Path, default=None, help="default: .cache/recordings/<run key>")
    parser.add_argument("--api-key", default=None, help="default: EXA_API_KEY (prefer it: argv is visible to others)")
    parser.add_argument("--webhook-url", default=DEFAULT_WEBHOOK_URL, help=f"default: {DEFAULT_WEBHOOK_URL}")
    parser.add_argument("--run-key", default=now.strftime("%Y%m%d-%H%M%S"), help="names the resources; default: now")
    parser.add_argument("--wait-timeout", type=float, default=900.0, help="seconds to wait for idle / an export")
    args = parser.parse_args(argv)
    if not all(ch.isalnum() or ch == "-" for ch in args.run_key) or len(args.run_key) > 64:
        parser.error("--run-key: letters, digits and '-' only, at most 64")
    return args


def main(
    argv: Sequence[str] | None = None,
    *,
    http_client: httpx.Client | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
    spec: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    log: Callable[[str], None] | None = None,
) -> int:
    """Run a recording. The keyword arguments are for tests: an HTTP client (e.g. over the fake's transport),
    fake time, the pinned spec already loaded, the environment, where progress lines go (stdout by default)."""
    clock = clock or _wall_clock
    now = datetime.fromtimestamp(clock(), timezone.utc)
    args = parse_args(argv, now)
    environ = os.environ if environ is None else environ
    emit = log or (lambda line: print(line, flush=True))
    api_key = args.api_key or environ.get("EXA_API_KEY")
    if not api_key:
        print("no API key: set EXA_API_KEY (or pass --api-key)", file=sys.stderr)
        return 2
    out: Path = args.out or DEFAULT_OUT / args.run_key
    pin = load_pin()
    facts = SpecFacts.from_spec(spec if spec is not None else load_spec())
    started_at = now.isoformat(timespec="seconds").replace("+00:00", "Z")
    base_url = args.base_url.rstrip("/")
    writer = FixtureWriter(
        out / "fixtures", facts, section=f"{base_url} {started_at}", spec_commit=pin.commit, secrets=[api_key]
    )
    summary = Summary(base_url, args.run_key, "write" if args.yes else "read-only", started_at, pin.commit)
    http = http_client if http_client is not None else httpx.Client(timeout=60.0)
    capture = Capture(http)
    client = WebsetsClient(
        api_key=api_key, base_url=base_url, http_client=http, sleep=sleep, clock=clock, environ=dict(environ)
    )
    recording = Recording(args=args, client=client, capture=capture, writer=writer, summary=summary, log=emit)
    emit(f"recording from {base_url} into {out} (run {args.run_key}, {summary.mode})")
    try:
        recording.read_phase()
        if args.yes:
            recording.write_phase()
        else:
            recording.refuse_writes()
    except Abort:
        emit("a write step failed: skipping the rest, cleaning up")
    finally:
        try:
            recording.cleanup()
        finally:
            summary.finished_at = datetime.fromtimestamp(clock(), timezone.utc).isoformat(timespec="seconds")
            summary.finished_at = summary.finished_at.replace("+00:00", "Z")
            _finish(out, writer, summary, args)
            capture.detach()
            client.close()
            if http_client is None:
                http.close()
    emit(f"summary: {out / SUMMARY} ({len(set(summary.fixtures))} fixtures, ok={summary.ok})")
    for resource in summary.left_behind:
        emit(f"LEFT BEHIND: {resource['kind']} {resource['id']} ({resource['name']}): delete it by hand")
    return 0 if summary.ok else 1


def _finish(out: Path, writer: FixtureWriter, summary: Summary, args: argparse.Namespace) -> None:
    writer.write_document(
        [
            f"Recorded by `scripts/record_golden.py` ({summary.mode}; run key `{summary.run_key}`;"
            f" spec commit `{summary.spec_commit}`).",
            f"Webhook URL: {args.webhook_url}." if args.yes else "Writes were refused (no `--yes`).",
            f"The run's summary is `../{SUMMARY}`.",
        ]
    )
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(summary.as_json(), indent=2, ensure_ascii=False)
    (out / SUMMARY).write_text(writer.redact(text) + "\n", encoding="utf-8")


def _wall_clock() -> float:
    return datetime.now(timezone.utc).timestamp()


if __name__ == "__main__":
    sys.exit(main())
