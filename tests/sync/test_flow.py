"""The issue's flow on the in-process fake: backfill a 5,000-item webset into DuckDB, let monitor runs and a new
enrichment add and change items, delete another webset, then sync incrementally. One database syncs fault-free and
counts its requests; another syncs the same moments with the fake's random faults on (re-running a sync that still
fails after the client's retries); both must end equal to what list_all says."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from exa_websets import ExaWebsetsError
from exa_websets.sync import SyncReport
from exa_websets.testing import FakeWebsets, Fault, ManualClock

from .helpers import (
    Target,
    column,
    duplicate_ids,
    ids_as_stored,
    items_as_listed,
    items_as_stored,
    loaded_cursor,
    read_tables,
)

BIG = 5000
EVENTS_PAGE = 200  # the events list's largest page, which the sync asks for
ITEMS_PAGE = 100


@dataclass
class Flow:
    fake: FakeWebsets
    clean: Target
    faulty: Target
    big: str
    small: str
    reports: dict[str, SyncReport] = field(default_factory=dict)
    requests: dict[str, int] = field(default_factory=dict)
    faulty_failures: int = 0
    faults_injected: int = 0
    cursors_after_failure: list[Any] = field(default_factory=list)


def _sync_through_faults(flow: Flow, phase: str) -> None:
    """The faulty database's sync, with faults on; a run that fails anyway is simply run again."""
    fake = flow.fake
    kinds = [
        Fault.server_error(),
        Fault.rate_limited(1),
        Fault.dropped("read"),
        Fault.bad_gateway(),
        Fault.server_error(when="after"),
    ]
    fake.faults.random("*", rate=0.2, kinds=kinds, seed=len(flow.reports))
    if phase == "backfill":  # the backfill: page 11 of the items fails past every retry, so one run dies midway
        fake.faults.script("websets-items-list", *[None] * 10, *[Fault.server_error()] * 8)
    try:
        for _attempt in range(20):
            try:
                flow.faulty.sync()
                return
            except ExaWebsetsError:  # what the client's retries did not overcome, as the SDK's typed error
                flow.faulty_failures += 1
            flow.cursors_after_failure.append(loaded_cursor(flow.faulty.database))
        pytest.fail("the faulty sync never got through")
    finally:
        flow.faults_injected += len(fake.faults.injected)
        fake.faults.clear()
        fake.faults.injected.clear()


def _both(flow: Flow, phase: str) -> None:
    before = len(flow.clean.transport.requests)
    flow.reports[phase] = flow.clean.sync()
    flow.requests[phase] = len(flow.clean.transport.requests) - before
    _sync_through_faults(flow, phase)


def run_flow(base: Path) -> Flow:
    fake = FakeWebsets(seed=17, clock=ManualClock())
    clean = Target(fake, base / "clean")
    faulty = Target(fake, base / "faulty", sleep=lambda _seconds: None)  # retries without moving fake time
    admin = clean.client
    big = admin.websets.create(
        search={"query": "AI companies", "count": BIG, "entity": {"type": "company"}},
        enrichments=[{"description": "CEO name", "format": "text"}],
    )
    small = admin.websets.create(search={"query": "Robotics startups", "count": 20, "entity": {"type": "company"}})
    fake.run_until_idle(big.id)
    fake.run_until_idle(small.id)
    flow = Flow(fake, clean, faulty, big.id, small.id)
    _both(flow, "backfill")

    # What happens between runs: a new enrichment changes every item, a monitor run adds items, a webset goes.
    admin.enrichments.create(big.id, description="Year founded", format="number")
    admin.monitors.create(
        webset_id=big.id,
        cadence={"cron": "0 6 * * *", "timezone": "UTC"},
        behavior={"type": "search", "config": {"query": "New AI companies", "count": 15}},
    )
    fake.advance(24 * 3600)
    fake.run_until_idle(big.id)
    admin.websets.delete(small.id)
    _both(flow, "incremental")

    fake.advance(24 * 3600)  # one more monitor run, a few new items
    fake.run_until_idle(big.id)
    _both(flow, "quiet")
    return flow


def check_backfill_loads_every_item_with_its_enrichments_and_evaluations(flow: Flow) -> None:
    report = flow.reports["backfill"]
    assert sorted(report.backfilled) == sorted([flow.big, flow.small])
    assert report.rows_loaded["items"] == BIG + 20
    assert report.cursor is not None


def check_after_the_incremental_run_the_tables_equal_what_list_all_returns(flow: Flow) -> None:
    client, database = flow.clean.client, flow.clean.database
    listed = items_as_listed(client, [flow.big])
    stored = items_as_stored(database)
    assert len(listed) > BIG  # the monitor's runs added items
    assert stored.keys() == listed.keys()
    for item_id, item in listed.items():  # every row, every enrichment result and evaluation
        assert stored[item_id] == item, item_id
    websets = {w.id: w for w in client.websets.list_all()}
    assert ids_as_stored(database, "websets") == set(websets) == {flow.big}
    assert ids_as_stored(database, "searches") == {s.id for s in websets[flow.big].searches}
    assert ids_as_stored(database, "enrichments") == {e.id for e in websets[flow.big].enrichments}
    monitors = list(client.monitors.list_all(webset_id=flow.big))
    assert ids_as_stored(database, "monitors") == {m.id for m in monitors}
    runs = {r.id: r.status for m in monitors for r in client.monitors.runs.list_all(m.id)}
    assert len(runs) == 2
    stored_runs = column(database, "SELECT id || '=' || status FROM {ds}.monitor_runs")
    assert sorted(stored_runs) == sorted(f"{k}={v}" for k, v in runs.items())


def check_the_enrichment_description_sits_beside_its_id_in_the_child_table(flow: Flow) -> None:
    webset = flow.clean.client.websets.get(flow.big)
    expected = {e.id: e.description for e in webset.enrichments}
    pairs = column(
        flow.clean.database, "SELECT DISTINCT enrichment_id || '=' || description FROM {ds}.items__enrichments"
    )
    assert sorted(pairs) == sorted(f"{k}={v}" for k, v in expected.items())


def check_a_deleted_webset_leaves_no_rows(flow: Flow) -> None:
    database = flow.clean.database
    assert flow.reports["incremental"].deleted_websets == [flow.small]
    for table in ("items", "searches", "enrichments"):
        assert column(database, f"SELECT count(*) FROM {{ds}}.{table} WHERE webset_id = '{flow.small}'") == [0]
    orphans = column(
        database,
        "SELECT count(*) FROM {ds}.items__evaluations e LEFT JOIN {ds}.items i ON e.item_id = i.id WHERE i.id IS NULL",
    )
    assert orphans == [0]


def check_the_incremental_runs_cost_requests_in_proportion_to_events_not_items(flow: Flow) -> None:
    incremental, quiet = flow.reports["incremental"], flow.reports["quiet"]
    assert incremental.events_applied > BIG  # an enrichment result per item, and the monitor's new items
    # websets list + the cursor's event still there + the event pages + a read per late event (none here)
    assert flow.requests["incremental"] <= math.ceil(incremental.events_read / EVENTS_PAGE) + 3
    assert not incremental.backfilled
    # A day with one monitor run: a handful of requests, where re-downloading would page through every item.
    assert 0 < quiet.events_applied < 100
    assert flow.requests["quiet"] <= 4
    assert math.ceil(BIG / ITEMS_PAGE) >= 50


def check_under_random_faults_the_tables_end_identical_and_without_duplicates(flow: Flow) -> None:
    assert flow.faults_injected > 10  # the faults really happened
    assert flow.faulty_failures >= 1  # and one run died midway, to be run again
    assert read_tables(flow.faulty.database) == read_tables(flow.clean.database)
    assert duplicate_ids(flow.faulty.database) == {}
    assert duplicate_ids(flow.clean.database) == {}


def check_a_failed_run_never_leaves_the_cursor_ahead(flow: Flow) -> None:
    # After each failed attempt, the cursor dlt had loaded is one a successful run had reached, never a newer one.
    reached = {r.cursor_event_id for r in flow.reports.values()} | {None}
    for cursor in flow.cursors_after_failure:
        assert cursor is None or cursor["event_id"] in reached


def test_the_issue_flow_end_to_end(tmp_path: Path) -> None:
    """One test, so that the costly world (5,000 items, three moments, two databases) is built once even when the
    suite runs on several workers; each check names what it checks."""
    flow = run_flow(tmp_path)
    check_backfill_loads_every_item_with_its_enrichments_and_evaluations(flow)
    check_after_the_incremental_run_the_tables_equal_what_list_all_returns(flow)
    check_the_enrichment_description_sits_beside_its_id_in_the_child_table(flow)
    check_a_deleted_webset_leaves_no_rows(flow)
    check_the_incremental_runs_cost_requests_in_proportion_to_events_not_items(flow)
    check_under_random_faults_the_tables_end_identical_and_without_duplicates(flow)
    check_a_failed_run_never_leaves_the_cursor_ahead(flow)
