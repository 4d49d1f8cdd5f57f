"""Numbers the API gives as whole numbers reach the wire as JSON integers (``2``), never ``2.0``.

The fields checked are those the pinned spec types ``integer`` plus the ``number``-typed ones the reference documents
as counts (items found and analyzed, attempts, status codes, team limits and concurrency, employees, estimates of
how many items exist). Every response body and webhook delivery of a run through all the fake's features is scanned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
from exa_websets import WebsetsClient
from exa_websets._core.operation import component_schemas
from exa_websets.testing import DeliveryResult, FakeWebsets, ManualClock, WebhookDelivery

# number-typed in the spec, documented as counts (websets-api-reference.md: "count": 50, "found": 42,
# "responseStatusCode": 200, "attempt": 1, "employees": 150; the Team's concurrency and limits are counts).
DOCUMENTED_COUNTS = frozenset(
    {
        "count",
        "found",
        "analyzed",
        "attempt",
        "responseStatusCode",
        "employees",
        "size",
        "limit",
        "active",
        "queued",
        "maxConcurrent",
        "maxQueued",
        "total",
        "min",
        "max",  # the recall estimate: how many items exist
        "timeLeft",  # whole seconds
    }
)
WHOLE_NUMBER_OBJECTS = frozenset({"limits"})  # every value inside is a count (websets, monitors, webhooks, ...)
FRACTIONAL = frozenset({"completion", "successRate"})  # percentages: decimals are expected


def integer_fields() -> set[str]:
    """Property names the pinned spec types as integer anywhere."""
    found: set[str] = set()

    def walk(schema: Any) -> None:
        if isinstance(schema, dict):
            for name, sub in (schema.get("properties") or {}).items():
                kind = sub.get("type") if isinstance(sub, dict) else None
                if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
                    found.add(name)
            for value in schema.values():
                walk(value)
        elif isinstance(schema, list):
            for value in schema:
                walk(value)

    walk(component_schemas().schemas)
    return found


def whole_number_violations(document: Any, fields: set[str], where: str = "") -> Iterator[str]:
    if isinstance(document, dict):
        for key, value in document.items():
            here = f"{where}.{key}"
            if key in WHOLE_NUMBER_OBJECTS and isinstance(value, dict):
                yield from (f"{here}.{k}={v!r}" for k, v in value.items() if isinstance(v, float))
            elif key in fields and isinstance(value, float):
                yield f"{here}={value!r}"
            else:
                yield from whole_number_violations(value, fields, here)
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from whole_number_violations(value, fields, f"{where}[{index}]")


class Capturing(httpx.BaseTransport):
    """Keeps every JSON response body, parsed as sent."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.bodies: list[tuple[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        if response.headers.get("content-type", "").startswith("application/json") and response.content:
            self.bodies.append((f"{request.method} {request.url.path}", json.loads(response.content)))
        return response


def test_the_scan_finds_floats_where_whole_numbers_belong() -> None:
    fields = integer_fields() | DOCUMENTED_COUNTS
    assert {"maxPeoplePerCompany", "identifier"} <= fields  # from the spec
    document = {"progress": {"found": 2.0, "completion": 50.0}, "limits": {"websets": 1000.0}, "data": [{"count": 3}]}
    assert list(whole_number_violations(document, fields)) == [".progress.found=2.0", ".limits.websets=1000.0"]


def test_every_whole_number_the_fake_sends_is_a_json_integer() -> None:
    deliveries: list[WebhookDelivery] = []

    def receive(delivery: WebhookDelivery) -> DeliveryResult:
        deliveries.append(delivery)
        return DeliveryResult(500 if len(deliveries) == 1 else 200)  # one failed attempt, to list a retry

    fake = FakeWebsets(seed=5, clock=ManualClock(), deliver=receive)
    capturing = Capturing(fake.transport(settle_deliveries=True))
    with WebsetsClient(
        "k", http_client=httpx.Client(transport=capturing), sleep=fake.clock.sleep, clock=fake.clock.now, environ={}
    ) as ws:
        events = ["webset.created", "webset.idle", "webset.search.completed", "import.completed"]
        hook = ws.webhooks.create(url="https://r.example/hook", events=events)
        webset = ws.websets.create(
            search={
                "query": "AI labs in Europe",
                "count": 3,
                "entity": {"type": "company"},
                "recall": True,
                "criteria": [{"description": "based in Europe"}],
            },
            enrichments=[{"description": "Number of employees", "format": "number"}],
        )
        ws.websets.get(webset.id)  # while running: progress with found/analyzed/timeLeft
        fake.advance(5)
        ws.websets.get(webset.id)
        ws.websets.wait_until_idle(webset.id)
        ws.searches.create(webset.id, query="More AI labs", count=2)
        ws.websets.wait_until_idle(webset.id)
        list(ws.items.list_all(webset.id))
        monitor = ws.monitors.create(
            webset_id=webset.id,
            cadence={"cron": "0 9 * * *", "timezone": "Etc/UTC"},
            behavior={"config": {"query": "New AI labs", "count": 2}},
        )
        fake.advance(monitor.next_run_at.timestamp() - fake.clock.now() + 1)
        for run in ws.monitors.runs.list(monitor.id).data:
            ws.monitors.runs.wait_until_completed(monitor.id, run.id)
        started = ws.imports.create_from_csv("url\nhttps://a.example\nhttps://b.example\n", entity={"type": "company"})
        ws.imports.wait_until_completed(started.id)
        list(ws.imports.list_all())
        fake.advance(60)  # the failed delivery's retry
        list(ws.webhooks.attempts.list_all(hook.id))
        list(ws.events.list_all())
        ws.teams.me()

    assert fake.wait_for_deliveries(timeout=10)
    bodies = capturing.bodies + [(f"webhook {d.event_type}", json.loads(d.body)) for d in deliveries]
    fields = integer_fields() | DOCUMENTED_COUNTS
    seen = {key for _, body in bodies for key in _keys(body)}
    assert {"count", "found", "analyzed", "attempt", "responseStatusCode", "limits", "employees"} <= seen, seen
    violations = [f"{where}: {v}" for where, body in bodies for v in whole_number_violations(body, fields)]
    kinds = sorted({re.sub(r"\[\d+\]|=.*", "", v.split(": ", 1)[1]) for v in violations})
    assert violations == [], f"{len(violations)} floats in whole-number fields: {kinds}"


def _keys(document: Any) -> Iterator[str]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield key
            yield from _keys(value)
    elif isinstance(document, list):
        for value in document:
            yield from _keys(value)
