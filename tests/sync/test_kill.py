"""Exactly-once when the process dies: `exa-websets sync` in a subprocess, killed (SIGKILL) at random points, then
run again to the end, for the backfill and for an incremental run. The final tables equal those of an uninterrupted
sync of the same moments, hold no duplicate, and the cursor dlt had loaded is never ahead of the loaded rows."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from exa_websets.testing import FakeServer, FakeWebsets, ManualClock

from .helpers import API_KEY, Target, duplicate_ids, ids_as_stored, loaded_cursor, read_tables

KILLS_PER_PHASE = 1


def _command(server: FakeServer, directory: Path) -> tuple[list[str], dict[str, str]]:
    env = {
        **os.environ,
        "EXA_API_KEY": API_KEY,
        "EXA_WEBSETS_BASE_URL": server.base_url,
        "DLT_DATA_DIR": str(directory / "dlt"),
        "RUNTIME__LOG_LEVEL": "ERROR",
    }
    return [sys.executable, "-m", "exa_websets", "--json", "sync", "--destination", "duckdb"], env


def _items_created_up_to(fake: FakeWebsets, cursor: dict[str, Any], alive: set[str]) -> set[str]:
    """Items the events up to ``cursor`` created, in websets that still exist."""
    out = set()
    for event in fake.events:
        if event["type"] == "webset.item.created" and event["data"]["websetId"] in alive:
            out.add(event["data"]["id"])
        if event["id"] == cursor["event_id"]:
            break
    return out


def _killed_then_finished(fake: FakeServer, directory: Path, rng: random.Random, alive: set[str]) -> list[float]:
    command, env = _command(fake, directory)
    kills = []
    for _ in range(KILLS_PER_PHASE):
        process = subprocess.Popen(
            command, cwd=directory, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        delay = rng.uniform(1.0, 4.0)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills.append(delay)
        cursor = loaded_cursor(directory / "exa_websets.duckdb")
        if cursor is not None:  # never ahead: every item created up to the loaded cursor is loaded
            created = _items_created_up_to(fake.fake, cursor, alive)
            assert created <= ids_as_stored(directory / "exa_websets.duckdb", "items")
    finished = subprocess.run(command, cwd=directory, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert finished.returncode == 0, finished.stderr[-2000:]
    return kills


@pytest.fixture(scope="module")
def served() -> Any:
    fake = FakeWebsets(seed=23, clock=ManualClock())
    server = FakeServer(fake).start()
    return server


def test_a_sync_killed_at_random_points_and_run_again_loads_everything_once(served: FakeServer, tmp_path: Path) -> None:
    fake = served.fake
    clean = Target(fake, tmp_path / "clean")
    killed = tmp_path / "killed"
    killed.mkdir()
    rng = random.Random(2026)
    admin = clean.client
    kept = admin.websets.create(
        search={"query": "AI companies", "count": 400, "entity": {"type": "company"}},
        enrichments=[{"description": "CEO name", "format": "text"}],
    )
    doomed = admin.websets.create(search={"query": "Robotics startups", "count": 10, "entity": {"type": "company"}})
    fake.run_until_idle(kept.id)
    fake.run_until_idle(doomed.id)

    clean.sync()
    kills = _killed_then_finished(served, killed, rng, {kept.id, doomed.id})
    assert read_tables(killed / "exa_websets.duckdb") == read_tables(clean.database)

    admin.enrichments.create(kept.id, description="Year founded", format="number")
    admin.monitors.create(
        webset_id=kept.id,
        cadence={"cron": "0 6 * * *", "timezone": "UTC"},
        behavior={"type": "search", "config": {"query": "New AI companies", "count": 10}},
    )
    fake.advance(24 * 3600)
    fake.run_until_idle(kept.id)
    admin.websets.delete(doomed.id)

    clean.sync()
    kills += _killed_then_finished(served, killed, rng, {kept.id})
    assert kills  # at least one run really died midway
    assert read_tables(killed / "exa_websets.duckdb") == read_tables(clean.database)
    assert duplicate_ids(killed / "exa_websets.duckdb") == {}
    assert ids_as_stored(clean.database, "items") == {i.id for i in admin.items.list_all(kept.id)}
