"""Smaller cases on the in-process fake: the cursor past the event retention, item deletions, a selection of websets,
late events, and the command line."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import httpx
import pytest
from exa_websets.cli import main
from exa_websets.testing import FakeWebsets, ManualClock
from exa_websets.testing._records import EventRecord

from .helpers import API_KEY, Target, column, ids_as_stored, items_as_listed, items_as_stored

DAY = 24 * 3600.0


@pytest.fixture
def fake() -> FakeWebsets:
    return FakeWebsets(seed=31, clock=ManualClock())


def _webset(target: Target, count: int, **extra: object) -> str:
    webset = target.client.websets.create(
        search={"query": "AI companies", "count": count, "entity": {"type": "company"}}, **extra
    )
    target.fake.run_until_idle(webset.id)
    return webset.id


def test_the_fake_forgets_events_after_60_days(fake: FakeWebsets, tmp_path: Path) -> None:
    target = Target(fake, tmp_path)
    _webset(target, 3)
    assert list(target.client.events.list_all())
    fake.advance(61 * DAY)
    assert list(target.client.events.list_all()) == []


def test_a_cursor_past_the_retention_is_reported_and_the_websets_are_read_again(
    fake: FakeWebsets, tmp_path: Path
) -> None:
    target = Target(fake, tmp_path)
    webset_id = _webset(target, 30)
    first = target.sync()
    assert not first.cursor_expired
    fake.advance(61 * DAY)  # the cursor's event is gone, and so is every event after it
    target.client.searches.create(webset_id, query="More AI companies", count=5)  # items the old events never saw
    fake.run_until_idle(webset_id)
    second = target.sync()
    assert second.cursor_expired
    assert second.backfilled == [webset_id]
    assert "retention" in second.notices[0]
    listed = items_as_listed(target.client, [webset_id])
    assert len(listed) == 35
    assert items_as_stored(target.database) == listed
    third = target.sync()  # and from there on, incremental again
    assert not third.cursor_expired
    assert third.backfilled == []


def test_deleted_items_are_removed_by_a_reconciling_run(fake: FakeWebsets, tmp_path: Path) -> None:
    target = Target(fake, tmp_path)
    webset_id = _webset(target, 20)
    target.sync()
    gone = [item.id for item in target.client.items.list_all(webset_id)][:3]
    for item_id in gone:
        target.client.items.delete(webset_id, item_id)
    report = target.sync(reconcile=True)
    assert report.backfilled == [webset_id]
    assert ids_as_stored(target.database, "items") == set(items_as_listed(target.client, [webset_id]))
    orphans = column(
        target.database, "SELECT count(*) FROM {ds}.items__evaluations WHERE item_id IN ('" + "','".join(gone) + "')"
    )
    assert orphans == [0]


def test_a_selection_by_external_id_syncs_only_that_webset_and_its_events(fake: FakeWebsets, tmp_path: Path) -> None:
    target = Target(fake, tmp_path)
    chosen = _webset(target, 10, external_id="chosen-one")
    other = _webset(target, 10)
    target.sync(webset_ids=["chosen-one"])
    target.client.enrichments.create(chosen, description="CEO name", format="text")
    target.client.enrichments.create(other, description="CEO name", format="text")
    fake.run_until_idle(chosen)
    fake.run_until_idle(other)
    report = target.sync(webset_ids=["chosen-one"])
    assert report.backfilled == []
    assert ids_as_stored(target.database, "websets") == {chosen}
    assert items_as_stored(target.database) == items_as_listed(target.client, [chosen])
    webset_ids = set(column(target.database, "SELECT DISTINCT webset_id FROM {ds}.events"))
    assert webset_ids == {chosen}
    added = target.sync(webset_ids=["chosen-one", other])  # a webset joining the selection is read in full
    assert added.backfilled == [other]


def test_a_late_event_makes_the_sync_read_the_item_again(fake: FakeWebsets, tmp_path: Path) -> None:
    target = Target(fake, tmp_path)
    webset_id = _webset(target, 5)
    target.sync()
    target.client.enrichments.create(webset_id, description="CEO name", format="text")
    fake.run_until_idle(webset_id)
    target.sync()
    # An event that shows up only now, stamped before the newest one applied: its data may be stale.
    stale = next(e for e in fake.events if e["type"] == "webset.item.created")
    newest = datetime.datetime.fromisoformat(fake.events[-1]["createdAt"].replace("Z", "+00:00"))
    stamped = newest - datetime.timedelta(minutes=1)  # before the cursor, inside the overlap the next run reads
    late = {**stale, "id": "event_late_one", "createdAt": stamped.isoformat()}
    with fake._lock:  # the fake has no API for an event arriving out of order
        record = EventRecord("event_late_one", late["type"], late, stamped.timestamp(), 10**9)
        fake._sim.store.events[record.id] = record
    before = len(target.transport.requests)
    report = target.sync()
    asked = target.transport.requests[before:]
    assert report.events_applied == 1
    assert ("GET", f"/websets/v0/websets/{webset_id}/items/{stale['data']['id']}") in asked
    assert items_as_stored(target.database) == items_as_listed(target.client, [webset_id])


def test_the_command_line_prints_a_json_summary_and_refuses_unknown_destinations(
    fake: FakeWebsets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = Target(fake, tmp_path / "setup")
    webset_id = _webset(target, 8)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    out, err = io.StringIO(), io.StringIO()
    http = httpx.Client(transport=fake.transport())
    environ = {"EXA_API_KEY": API_KEY}
    code = main(
        ["--json", "sync", "--destination", "duckdb"], http_client=http, environ=environ, stdout=out, stderr=err
    )
    assert code == 0, err.getvalue()
    summary = json.loads(out.getvalue())
    assert summary["rows_loaded"]["items"] == 8
    assert summary["backfilled"] == [webset_id]
    assert (tmp_path / "exa_websets.duckdb").exists()  # DuckDB: a file in the working directory, no set-up

    out, err = io.StringIO(), io.StringIO()
    code = main(["sync"], http_client=http, environ=environ, stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "events applied: 0" in out.getvalue()
    assert "items: 0 rows" in err.getvalue()  # progress per resource

    out, err = io.StringIO(), io.StringIO()
    code = main(["sync", "--destination", "no_such_db"], http_client=http, environ=environ, stdout=out, stderr=err)
    assert code == 2
    assert "no_such_db" in err.getvalue()
