"""Monitors: cron cadences in a time zone, runs on fake time, at most once a day."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from exa_websets.testing import FakeWebsets

from .helpers import START, create_webset, event_types


def create_monitor(http: httpx.Client, webset_id: str, cron: str, **cadence: str) -> httpx.Response:
    return http.post(
        "/v0/monitors",
        json={
            "websetId": webset_id,
            "cadence": {"cron": cron, **cadence},
            "behavior": {"type": "search", "config": {"query": "New AI labs this week", "count": 3}},
            "metadata": {"owner": "research"},
        },
    )


@pytest.fixture
def idle_webset(fake: FakeWebsets, http: httpx.Client) -> dict[str, Any]:
    webset = create_webset(http, count=2)
    fake.run_until_idle(webset["id"])
    return webset


def test_a_monitor_runs_its_search_when_fake_time_passes_next_run_at(
    fake: FakeWebsets, http: httpx.Client, idle_webset: dict[str, Any]
) -> None:
    ws = idle_webset["id"]
    monitor = create_monitor(http, ws, "0 9 * * *", timezone="America/New_York")
    assert monitor.status_code == 201
    monitor_id = monitor.json()["id"]
    # The fake starts at 2026-01-01T00:00Z; 09:00 in New York that day is 14:00Z.
    assert monitor.json()["nextRunAt"] == "2026-01-01T14:00:00+00:00"
    assert monitor.json()["lastRun"] is None
    assert monitor.json()["behavior"]["config"]["behavior"] == "append"

    fake.advance(14 * 3600 - fake.clock.now() + START - 1)
    assert http.get(f"/v0/monitors/{monitor_id}/runs").json()["data"] == []
    fake.advance(1)
    (run,) = http.get(f"/v0/monitors/{monitor_id}/runs").json()["data"]
    assert run["status"] == "created"
    fake.advance(2)
    assert http.get(f"/v0/monitors/{monitor_id}/runs/{run['id']}").json()["status"] == "running"
    assert http.get(f"/v0/websets/{ws}").json()["status"] == "running"
    fake.run_until_idle(ws)

    done = http.get(f"/v0/monitors/{monitor_id}").json()
    assert done["lastRun"]["id"] == run["id"]
    assert done["lastRun"]["status"] == "completed"
    assert done["lastRun"]["completedAt"]
    assert done["nextRunAt"] == "2026-01-02T14:00:00+00:00"
    searches = http.get(f"/v0/websets/{ws}").json()["searches"]
    assert searches[-1]["query"] == "New AI labs this week"
    assert searches[-1]["behavior"] == "append"
    assert len(http.get(f"/v0/websets/{ws}/items").json()["data"]) == 5  # 2 + 3 appended
    assert event_types(fake, id=run["id"]) == ["monitor.run.created", "monitor.run.completed"]
    assert "monitor.created" in event_types(fake, id=monitor_id)


def test_monitors_fire_every_day_and_not_when_disabled(
    fake: FakeWebsets, http: httpx.Client, idle_webset: dict[str, Any]
) -> None:
    monitor_id = create_monitor(http, idle_webset["id"], "30 6 * * *").json()["id"]
    fake.advance(3 * 86400)
    assert len(http.get(f"/v0/monitors/{monitor_id}/runs").json()["data"]) == 3

    disabled = http.patch(f"/v0/monitors/{monitor_id}", json={"status": "disabled"}).json()
    assert disabled["status"] == "disabled"
    assert disabled["nextRunAt"] is None
    fake.advance(2 * 86400)
    assert len(http.get(f"/v0/monitors/{monitor_id}/runs").json()["data"]) == 3

    http.patch(f"/v0/monitors/{monitor_id}", json={"status": "enabled"})
    fake.advance(86400)
    assert len(http.get(f"/v0/monitors/{monitor_id}/runs").json()["data"]) == 4
    assert event_types(fake, id=monitor_id).count("monitor.updated") == 2


def test_updating_the_cadence_moves_next_run_at(http: httpx.Client, idle_webset: dict[str, Any]) -> None:
    monitor_id = create_monitor(http, idle_webset["id"], "0 0 * * 1").json()["id"]
    updated = http.patch(f"/v0/monitors/{monitor_id}", json={"cadence": {"cron": "0 12 15 * *", "timezone": "UTC"}})

    assert updated.json()["cadence"] == {"cron": "0 12 15 * *", "timezone": "UTC"}
    assert updated.json()["nextRunAt"] == "2026-01-15T12:00:00+00:00"


@pytest.mark.parametrize(
    ("cron", "timezone", "problem"),
    [
        ("0 * * * *", "Etc/UTC", "must fire at most once a day"),
        ("*/30 9 * * *", "Etc/UTC", "must fire at most once a day"),
        ("0 9,17 * * 1-5", "Etc/UTC", "must fire at most once a day"),
        ("0 0 * * * *", "Etc/UTC", "must have 5 fields"),
        ("61 0 * * *", "Etc/UTC", "not a valid cron"),
        ("0 9 * * *", "Mars/Olympus_Mons", "IANA time zone"),
    ],
)
def test_cadences_that_fire_more_than_daily_or_are_invalid_are_refused(
    http: httpx.Client, idle_webset: dict[str, Any], cron: str, timezone: str, problem: str
) -> None:
    response = create_monitor(http, idle_webset["id"], cron, timezone=timezone)

    assert response.status_code == 422
    assert any(problem in detail for detail in response.json()["details"]), response.json()


def test_monitor_list_get_delete(fake: FakeWebsets, http: httpx.Client, idle_webset: dict[str, Any]) -> None:
    other = create_webset(http, count=1)
    first = create_monitor(http, idle_webset["id"], "0 8 * * *").json()
    create_monitor(http, other["id"], "0 8 * * *")

    assert [m["id"] for m in http.get("/v0/monitors", params={"websetId": idle_webset["id"]}).json()["data"]] == [
        first["id"]
    ]
    assert len(http.get("/v0/monitors").json()["data"]) == 2
    assert http.get(f"/v0/websets/{idle_webset['id']}").json()["monitors"][0]["id"] == first["id"]
    assert http.delete(f"/v0/monitors/{first['id']}").json()["id"] == first["id"]
    assert http.get(f"/v0/monitors/{first['id']}").status_code == 404
    assert event_types(fake, id=first["id"])[-1] == "monitor.deleted"
    fake.advance(86400)
    # As the service was observed to answer: no runs (not a 404) for an unknown monitor.
    assert http.get(f"/v0/monitors/{first['id']}/runs").json() == {"data": [], "hasMore": False, "nextCursor": None}
    assert create_monitor(http, "webset_missing", "0 8 * * *").status_code == 404
