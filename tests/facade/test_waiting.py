"""Waiting done right, on both clients with a manual clock: adaptive polls, exact deadline, paused, 429 storms,
failed imports, canceled searches and failed monitor runs, and progress snapshots."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest
import respx
from exa_websets import WaitError
from exa_websets._errors import ImportFailed, MonitorRunFailed, SearchCanceled, WaitTimeout, WebsetPaused
from exa_websets.waiting.policy import PollPolicy

from .conftest import NOW, Both, webset_json

PATH = "/v0/websets/webset_1"


def search_json(status: str = "running", found: int = 0, time_left: float | None = None, **changes: Any):
    return {
        "id": "search_1",
        "object": "webset_search",
        "status": status,
        "websetId": "webset_1",
        "query": "AI labs",
        "entity": {"type": "company"},
        "criteria": [],
        "count": 10,
        "exclude": [],
        "scope": [],
        "progress": {"found": found, "analyzed": found * 3, "completion": found * 10, "timeLeft": time_left},
        "recall": None,
        "canceledAt": None,
        "canceledReason": None,
        "createdAt": NOW,
        "updatedAt": NOW,
        **changes,
    }


def running(found: int, time_left: float | None = None, estimated_at: float | None = None) -> httpx.Response:
    """A running webset; with ``estimated_at`` (epoch seconds) the search's estimate was made then."""
    updated = {} if estimated_at is None else {"updatedAt": iso(estimated_at)}
    search = search_json("running", found, time_left, **updated)
    return httpx.Response(200, json=webset_json(status="running", searches=[search]))


def iso(epoch: float) -> str:
    return datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).isoformat()


def idle() -> httpx.Response:
    return httpx.Response(200, json=webset_json(status="idle", searches=[search_json("completed", 10)]))


def wait(client, **kwargs):
    return client.websets.wait_until_idle("webset_1", **kwargs)


def test_polls_grow_while_the_search_runs_and_reset_when_its_phase_changes(both: Both, api: respx.MockRouter):
    enriching = webset_json(status="running", searches=[search_json("completed", 10)])  # search done, enrichments not
    api.get(PATH).mock(
        side_effect=[
            running(1),
            running(2),
            running(4),
            running(7),
            httpx.Response(200, json=enriching),
            httpx.Response(200, json=enriching),
            idle(),
        ]
    )
    webset = both.run(wait)
    assert webset.status.value == "idle"
    # items found do not reset the interval; the search completing (a new phase) does
    assert both.time.sleeps == [1.0, 1.5, 2.25, 3.375, 1.0, 1.5]


def test_the_next_poll_lands_when_the_servers_estimate_runs_out(both: Both, api: respx.MockRouter) -> None:
    start = both.time.now
    # Polls at t0 + 0, 1, 2.5, 4.75, 8.125, 13.1875. The last says "2 s left" as of t0 + 12.5: the estimate runs out
    # at t0 + 14.5, sooner than the next interval (7.59 s), so the next poll lands then, not 2 s after the read.
    estimate = running(9, time_left=2, estimated_at=start + 12.5)
    api.get(PATH).mock(side_effect=[*[running(5)] * 5, estimate, idle()])
    both.run(wait)
    assert both.time.sleeps == [1.0, 1.5, 2.25, 3.375, 5.0625, 1.3125]
    assert both.time.now == start + 14.5


def test_the_deadline_is_exact_and_the_timeout_carries_the_last_webset(both: Both, api: respx.MockRouter) -> None:
    api.get(PATH).mock(side_effect=lambda request: running(3))
    with pytest.raises(WaitTimeout) as error:
        both.run(lambda c: wait(c, deadline=20))
    assert sum(both.time.sleeps) == 20.0, "slept until the deadline exactly, not past it"
    assert error.value.last.id == "webset_1"
    assert error.value.last.searches[0].progress.found == 3
    assert "did not finish within 20 s" in str(error.value)


def test_a_paused_webset_ends_the_wait_with_a_typed_error(both: Both, api: respx.MockRouter) -> None:
    api.get(PATH).mock(side_effect=[running(1), httpx.Response(200, json=webset_json(status="paused"))])
    with pytest.raises(WebsetPaused) as error:
        both.run(wait)
    assert isinstance(error.value, WaitError)
    assert error.value.last.status.value == "paused"


def test_a_paused_webset_can_be_waited_out(both: Both, api: respx.MockRouter) -> None:
    paused = httpx.Response(200, json=webset_json(status="paused"))
    api.get(PATH).mock(side_effect=[paused, paused, idle()])
    assert both.run(lambda c: wait(c, stop_on_paused=False)).status.value == "idle"


def test_a_429_storm_longer_than_the_retries_does_not_end_the_wait(both: Both, api: respx.MockRouter) -> None:
    storm = [httpx.Response(429, headers={"retry-after": "2"})] * 14  # each poll spends 4 attempts (3 retries)
    route = api.get(PATH).mock(side_effect=[running(1), *storm, idle()])
    webset = both.run(lambda c: wait(c, request_options={"max_retries": 3}))
    assert webset.status.value == "idle"
    assert route.call_count == 1 + 14 + 1
    # Inside each poll the request retries honour Retry-After (2 s); three polls fail whole and the wait goes on,
    # its own interval growing between them; the fourth poll succeeds on its third attempt.
    assert both.time.sleeps == [1.0, 2.0, 2.0, 2.0, 1.5, 2.0, 2.0, 2.0, 2.25, 2.0, 2.0, 2.0, 3.375, 2.0, 2.0]


def test_a_non_transient_error_ends_the_wait(both: Both, api: respx.MockRouter) -> None:
    from exa_websets import NotFoundError

    api.get(PATH).mock(side_effect=[running(1), httpx.Response(404, json={"error": "gone"})])
    with pytest.raises(NotFoundError):
        both.run(wait)


def test_on_progress_gets_the_running_searchs_numbers(both: Both, api: respx.MockRouter) -> None:
    now = both.time.now
    api.get(PATH).mock(
        side_effect=[running(2, time_left=30, estimated_at=now), running(6, time_left=8, estimated_at=now + 1), idle()]
    )
    seen = []
    both.run(lambda c: wait(c, on_progress=seen.append))
    assert [(p.status, p.found, p.analyzed, p.completion, p.time_left) for p in seen] == [
        ("running", 2, 6, 20, 30),
        ("running", 6, 18, 60, 8),
        ("idle", 10, 30, 100, None),
    ]
    assert [p.polls for p in seen] == [1, 2, 3]
    assert seen[0].search_id == "search_1"
    assert seen[-1].elapsed == sum(both.time.sleeps)


def test_a_custom_poll_policy(both: Both, api: respx.MockRouter) -> None:
    api.get(PATH).mock(side_effect=[running(1), running(1), idle()])
    both.run(lambda c: wait(c, poll=PollPolicy(initial=5.0, factor=2.0, max_interval=60.0)))
    assert both.time.sleeps == [5.0, 10.0]


# --- searches, imports, monitor runs -------------------------------------------------------------------------------


def test_search_wait_completes_or_reports_cancellation(both: Both, api: respx.MockRouter) -> None:
    route = api.get("/v0/websets/webset_1/searches/search_1")
    route.mock(
        side_effect=[
            httpx.Response(200, json=search_json("running", 3)),
            httpx.Response(200, json=search_json("completed", 10)),
        ]
    )
    assert both.run(lambda c: c.searches.wait_until_completed("webset_1", "search_1")).status.value == "completed"
    route.mock(side_effect=[httpx.Response(200, json=search_json("canceled", 3, canceledReason="webset_canceled"))])
    with pytest.raises(SearchCanceled) as error:
        both.run(lambda c: c.searches.wait_until_completed("webset_1", "search_1"))
    assert error.value.reason == "webset_canceled"


def import_json(status: str, **changes: Any) -> dict[str, Any]:
    return {
        "id": "import_1",
        "object": "import",
        "status": status,
        "format": "csv",
        "entity": {"type": "company"},
        "title": "Leads",
        "count": 20,
        "metadata": {},
        "failedReason": None,
        "failedAt": None,
        "failedMessage": None,
        "createdAt": NOW,
        "updatedAt": NOW,
        **changes,
    }


def test_a_failed_import_raises_with_the_reason(both: Both, api: respx.MockRouter) -> None:
    failed = import_json(
        "failed", failedReason="missing_identifier", failedAt=NOW, failedMessage="column 3 does not exist"
    )
    api.get("/v0/imports/import_1").mock(
        side_effect=[httpx.Response(200, json=import_json("processing")), httpx.Response(200, json=failed)]
    )
    with pytest.raises(ImportFailed) as error:
        both.run(lambda c: c.imports.wait_until_completed("import_1"))
    assert (error.value.reason, error.value.detail) == ("missing_identifier", "column 3 does not exist")
    assert "import import_1 failed: missing_identifier (column 3 does not exist)" in str(error.value)


def test_a_completed_import(both: Both, api: respx.MockRouter) -> None:
    api.get("/v0/imports/import_1").mock(
        side_effect=[
            httpx.Response(200, json=import_json("pending")),
            httpx.Response(200, json=import_json("completed")),
        ]
    )
    assert both.run(lambda c: c.imports.wait_until_completed("import_1")).status.value == "completed"


def run_json(status: str, **changes: Any) -> dict[str, Any]:
    return {
        "id": "run_1",
        "object": "monitor_run",
        "status": status,
        "monitorId": "monitor_1",
        "type": "search",
        "completedAt": None,
        "failedAt": None,
        "failedReason": None,
        "canceledAt": None,
        "createdAt": NOW,
        "updatedAt": NOW,
        **changes,
    }


def test_monitor_run_wait(both: Both, api: respx.MockRouter) -> None:
    route = api.get("/v0/monitors/monitor_1/runs/run_1")
    route.mock(
        side_effect=[
            httpx.Response(200, json=run_json("running")),
            httpx.Response(200, json=run_json("completed", completedAt=NOW)),
        ]
    )
    assert both.run(lambda c: c.monitors.runs.wait_until_completed("monitor_1", "run_1")).status.value == "completed"
    route.mock(side_effect=[httpx.Response(200, json=run_json("failed", failedAt=NOW, failedReason="quota"))])
    with pytest.raises(MonitorRunFailed, match="monitor run run_1 failed: quota"):
        both.run(lambda c: c.monitors.runs.wait_until_completed("monitor_1", "run_1"))


# --- many websets ---------------------------------------------------------------------------------------------------


def event(event_id: str, kind: str, webset: dict[str, Any], created_at: str) -> dict[str, Any]:
    return {"id": event_id, "object": "event", "type": kind, "data": webset, "createdAt": created_at}


def test_many_reads_events_and_ignores_idle_events_older_than_the_current_run(both: Both, api: respx.MockRouter):
    later = "2026-11-22T08:05:00Z"
    w1 = webset_json(id="w1", status="running", updatedAt="2026-11-22T08:01:00Z")
    w2 = webset_json(id="w2", status="running", updatedAt="2026-11-22T08:01:00Z")
    w3 = webset_json(id="w3", status="idle")
    api.get("/v0/websets").mock(
        return_value=httpx.Response(200, json={"data": [w1, w2, w3], "hasMore": False, "nextCursor": None})
    )
    stale = event("ev_0", "webset.idle", {**w1, "status": "idle"}, "2026-11-22T08:00:30Z")  # before w1's current run
    events = api.get("/v0/events").mock(
        side_effect=[
            httpx.Response(200, json={"data": [stale], "hasMore": False, "nextCursor": None}),
            httpx.Response(
                200,
                json={
                    "data": [event("ev_1", "webset.idle", {**w1, "status": "idle"}, later)],
                    "hasMore": False,
                    "nextCursor": None,
                },
            ),
            httpx.Response(
                200,
                json={
                    "data": [event("ev_2", "webset.idle", {**w2, "status": "idle"}, later)],
                    "hasMore": False,
                    "nextCursor": None,
                },
            ),
        ]
    )

    result = both.run(lambda c: c.websets.wait_until_idle_many(["w1", "w2", "w3"]))

    assert list(result) == ["w1", "w2", "w3"]
    assert all(w.status.value == "idle" for w in result.values())
    assert events.call_count == 3
    first = events.calls[0].request.url.params
    assert sorted(first.get_list("types")) == ["webset.deleted", "webset.idle", "webset.paused"]
    assert first["createdAfter"].startswith("2026-11-22T08:01:00")
    assert events.calls[2].request.url.params["createdAfter"].startswith("2026-11-22T08:05:00")


def test_many_falls_back_to_polling_each_webset_when_events_cannot_be_read(both: Both, api: respx.MockRouter):
    w1 = webset_json(id="w1", status="running")
    api.get("/v0/websets").mock(
        return_value=httpx.Response(200, json={"data": [w1], "hasMore": False, "nextCursor": None})
    )
    api.get("/v0/events").mock(return_value=httpx.Response(403, json={"error": "forbidden"}))
    gets = api.get("/v0/websets/w1").mock(side_effect=[httpx.Response(200, json=w1), idle_w1()])
    assert both.run(lambda c: c.websets.wait_until_idle_many(["w1"]))["w1"].status.value == "idle"
    assert gets.call_count == 2


def idle_w1() -> httpx.Response:
    return httpx.Response(200, json=webset_json(id="w1", status="idle"))


def test_many_fetches_websets_the_listing_does_not_show_and_honours_external_ids(both: Both, api: respx.MockRouter):
    api.get("/v0/websets").mock(
        return_value=httpx.Response(200, json={"data": [], "hasMore": False, "nextCursor": None})
    )
    api.get("/v0/websets/ext-1").mock(
        return_value=httpx.Response(200, json=webset_json(id="w9", externalId="ext-1", status="idle"))
    )
    result = both.run(lambda c: c.websets.wait_until_idle_many(["ext-1"]))
    assert result["ext-1"].id == "w9"


def test_many_times_out_with_the_pending_snapshots(both: Both, api: respx.MockRouter) -> None:
    w1 = webset_json(id="w1", status="running")
    api.get("/v0/websets").mock(
        return_value=httpx.Response(200, json={"data": [w1], "hasMore": False, "nextCursor": None})
    )
    api.get("/v0/events").mock(
        return_value=httpx.Response(200, json={"data": [], "hasMore": False, "nextCursor": None})
    )
    with pytest.raises(WaitTimeout) as error:
        both.run(lambda c: c.websets.wait_until_idle_many(["w1"], deadline=30))
    assert sum(both.time.sleeps) == 30.0
    assert list(error.value.last) == ["w1"]


def test_after_the_search_completes_the_last_enrichments_are_caught_quickly(both: Both, api: respx.MockRouter):
    start = both.time.now
    done_at = iso(start + 8.125)  # the search completed just before the 5th poll
    enriching = webset_json(status="running", searches=[search_json("completed", 10, updatedAt=done_at)])
    api.get(PATH).mock(side_effect=[*[running(4)] * 4, *[httpx.Response(200, json=enriching)] * 4, idle()])
    both.run(wait)
    # grow while searching; once the search is done (nothing left to estimate), quick polls from 0.5 s
    assert both.time.sleeps == [1.0, 1.5, 2.25, 3.375, 0.5, 0.75, 1.125, 1.5]
