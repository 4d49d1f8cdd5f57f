"""The write phase: create a webhook, a webset, a monitor, a search and an enrichment (named after the run, so a
lost answer can be found), wait for the webset to be idle, then record the gets, updates, lists, an export, the
cancels and an import, each step on its own. Without ``--yes`` the writes are refused and listed instead."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from scripts.golden.recording import Recording

WEBHOOK_EVENTS = ("webset.created", "webset.idle", "webset.item.created", "webset.item.enriched")
SEARCH = {
    "query": "AI research labs in Europe",
    "count": 3,
    "entity": {"type": "company"},
    "criteria": [{"description": "Is an AI research lab"}],
}


def planned_writes(recording: Recording) -> list[str]:
    n = recording.names
    return [
        f"webhook {n.name('webhook')} -> {recording.args.webhook_url} (events: {', '.join(WEBHOOK_EVENTS)})",
        f"webset {n.name('webset')} (its external id; search {SEARCH['query']!r}, count {SEARCH['count']})",
        f"monitor {n.name('monitor')} on that webset (yearly cadence, disabled once recorded)",
        f"search {n.name('search')} and enrichment {n.name('enrichment')} in that webset",
        "a preview, an export, an item delete, a search cancel, an enrichment cancel, a webset cancel",
        f"import {n.name('import')} (registered, never uploaded)",
        "and then delete every one of them",
    ]


def refuse_writes(recording: Recording) -> None:
    planned = planned_writes(recording)
    recording.summary.refused_writes = planned
    lines = "\n".join(f"  - {line}" for line in planned)
    recording.log(f"refusing to write without --yes (only reads were made). With --yes this run would create:\n{lines}")


def write_phase(recording: Recording) -> None:
    """Create what the recording needs, each step depending on the ones before (a failure ends the phase)."""
    c, n, a = recording.client, recording.names, recording.args
    ids: dict[str, str] = {}

    def ws() -> str:
        return ids["webset"]

    creates: list[tuple[str, str, str, Callable[[], Any]]] = [  # step, kind, operation, call
        (
            "webhooks.create",
            "webhook",
            "webhooks-create",
            lambda: c.webhooks.create(url=a.webhook_url, events=list(WEBHOOK_EVENTS), metadata=n.metadata("webhook")),
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
        ids[kind] = recording.create(kind, operation_id, action, webset_id=ws() if inside else None)

    for step, kind, operation_id, action in creates:
        recording.attempt(step, functools.partial(create, kind, operation_id, action), abort=True)

    def wait() -> None:
        idle = c.websets.wait_until_idle(ws(), deadline=a.wait_timeout)
        recording.log(f"webset {idle.id} is idle")

    recording.attempt("websets.wait_until_idle", wait)
    _record_created(recording, ids)


def _record_created(recording: Recording, ids: Mapping[str, str]) -> None:
    """Record the created resources, their updates, the lists and the other writes (each step on its own)."""
    c, n = recording.client, recording.names
    ws, monitor, webhook = ids["webset"], ids["monitor"], ids["webhook"]
    step = recording.attempt
    step("websets.get", lambda: recording.call("websets-get", lambda: c.websets.get(ws, expand=["items"])))
    step(
        "websets.update",
        lambda: recording.call(
            "websets-update", lambda: c.websets.update(ws, metadata={**n.metadata("webset"), "recorded": "true"})
        ),
    )
    step("searches.get", lambda: recording.call("websets-searches-get", lambda: c.searches.get(ws, ids["search"])))
    step(
        "enrichments.get",
        lambda: recording.call("websets-enrichments-get", lambda: c.enrichments.get(ws, ids["enrichment"])),
    )
    item_ids: list[str] = []

    def items() -> None:
        page = recording.call("websets-items-list", lambda: c.items.list(ws, limit=10))
        item_ids.extend(item.id for item in page.data)
        if item_ids:
            recording.call("websets-items-get", lambda: c.items.get(ws, item_ids[0]))

    step("items", items)
    step("monitors.get", lambda: recording.call("monitors-get", lambda: c.monitors.get(monitor)))
    step(
        "monitors.update",
        lambda: recording.call("monitors-update", lambda: c.monitors.update(monitor, status="disabled")),
    )
    step("monitors.runs.list", lambda: recording.call("monitors-runs-list", lambda: c.monitors.runs.list(monitor)))
    step("webhooks.get", lambda: recording.call("webhooks-get", lambda: c.webhooks.get(webhook)))
    step(
        "webhooks.update",
        lambda: recording.call(
            "webhooks-update", lambda: c.webhooks.update(webhook, events=[*WEBHOOK_EVENTS, "webset.deleted"])
        ),
    )
    step(
        "webhooks.attempts.list",
        lambda: recording.call("webhooks-attempts-list", lambda: c.webhooks.attempts.list(webhook, limit=10)),
    )

    def events() -> None:  # before the export: export events have no variant in the spec's Event oneOf
        page = recording.call("events-list", lambda: c.events.list(limit=50))
        if page.data:
            recording.call("events-get", lambda: c.events.get(page.data[0].id))

    step("events", events)
    step("websets.list", lambda: recording.call("websets-list", lambda: c.websets.list(limit=5)))
    step("monitors.list", lambda: recording.call("monitors-list", lambda: c.monitors.list(webset_id=ws)))
    step("webhooks.list", lambda: recording.call("webhooks-list", lambda: c.webhooks.list(limit=10)))
    step("teams.me", lambda: recording.call("teams-me", c.teams.me))
    _other_writes(recording, ws, item_ids)


def _other_writes(recording: Recording, ws: str, item_ids: Sequence[str]) -> None:
    """An export, a preview, an item delete, the cancels, an import: the operations left to record."""
    c, n = recording.client, recording.names
    step = recording.attempt

    def export() -> None:
        created = recording.call("websets-exports-create", lambda: c.exports.create(ws, format="json"))
        c.exports.wait_until_completed(ws, created.id, deadline=recording.args.wait_timeout)
        recording.call("websets-exports-get", lambda: c.exports.get(ws, created.id))

    step("exports", export)
    step(
        "websets.preview",
        lambda: recording.call(
            "websets-preview", lambda: c.websets.preview(search={"query": SEARCH["query"], "count": 1})
        ),
    )
    step(
        "items.delete",
        lambda: item_ids and recording.call("websets-items-delete", lambda: c.items.delete(ws, item_ids[-1])),
    )

    def cancel_search() -> None:
        search_id = recording.create(
            "search",
            "websets-searches-create",
            lambda: c.searches.create(
                ws, query="AI research labs in Berlin", count=1, behavior="append", metadata=n.metadata("search")
            ),
            webset_id=ws,
            name=f"{n.name('search')} (to cancel)",
            record=False,
        )
        recording.call("websets-searches-cancel", lambda: c.searches.cancel(ws, search_id))

    def cancel_enrichment() -> None:
        enrichment_id = recording.create(
            "enrichment",
            "websets-enrichments-create",
            lambda: c.enrichments.create(
                ws, description="Number of employees", format="number", metadata=n.metadata("enrichment")
            ),
            webset_id=ws,
            name=f"{n.name('enrichment')} (to cancel)",
            record=False,
        )
        recording.call("websets-enrichments-cancel", lambda: c.enrichments.cancel(ws, enrichment_id))

    step("searches.cancel", cancel_search)
    step("enrichments.cancel", cancel_enrichment)
    step("websets.cancel", lambda: recording.call("websets-cancel", lambda: c.websets.cancel(ws)))

    def register_import() -> None:
        import_id = recording.create(
            "import",
            "imports-create",
            lambda: c.imports.create(
                size=64, count=1, entity={"type": "company"}, title=n.name("import"), metadata=n.metadata("import")
            ),
        )
        recording.call("imports-get", lambda: c.imports.get(import_id))
        recording.call("imports-update", lambda: c.imports.update(import_id, title=f"{n.name('import')}-renamed"))
        recording.call("imports-list", lambda: c.imports.list(limit=10))

    step("imports", register_import)
