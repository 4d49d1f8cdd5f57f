"""The sync's memory settings (flat peak memory in the number of items, measured by ``python -m bench.sync``): dlt's
writer buffers and files kept small and the embedded DuckDB bounded, for the run only, unless the user's dlt
config already says otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dlt
import pytest
from exa_websets.sync import DUCKDB_DEFAULTS, WRITER_DEFAULTS
from exa_websets.testing import FakeWebsets, ManualClock

from .helpers import Target

DUCKDB_CONFIG = "destination.duckdb.credentials.global_config"


def _seen_during_the_run(target: Target) -> dict[str, Any]:
    """The dlt settings and the DuckDB session's settings while the sync runs (read from its progress callback)."""
    seen: dict[str, Any] = {}

    def progress(table: str, rows: int) -> None:
        if seen:
            return
        seen.update({key: dlt.config.get(key) for key in (*WRITER_DEFAULTS, "load.workers")})
        with dlt.current.pipeline().sql_client() as client:
            found = client.execute_sql(
                "SELECT current_setting('memory_limit'), current_setting('threads'), "
                "current_setting('preserve_insertion_order')"
            )
        assert found is not None
        seen["duckdb"] = tuple(found[0])

    target.client.websets.create(search={"query": "AI companies", "count": 5, "entity": {"type": "company"}})
    target.fake.run_until_idle(target.client.websets.list().data[0].id)
    report = target.sync(on_progress=progress)
    assert report.rows_loaded["items"] == 5
    return seen


def test_a_duckdb_sync_runs_with_small_writer_files_and_a_bounded_database(tmp_path: Path) -> None:
    seen = _seen_during_the_run(Target(FakeWebsets(seed=4, clock=ManualClock()), tmp_path))

    assert seen["data_writer.buffer_max_items"] == WRITER_DEFAULTS["data_writer.buffer_max_items"]
    assert seen["data_writer.file_max_items"] == WRITER_DEFAULTS["data_writer.file_max_items"]
    assert seen["load.workers"] == 1
    memory_limit, threads, ordered = seen["duckdb"]
    assert memory_limit.endswith("MiB")
    assert float(memory_limit.split()[0]) < 64
    assert (threads, ordered) == (DUCKDB_DEFAULTS["threads"], DUCKDB_DEFAULTS["preserve_insertion_order"])
    for key in (*WRITER_DEFAULTS, "load.workers"):  # for the run only: nothing left in the process's config
        assert dlt.config.get(key) is None
    assert dlt.secrets.get(DUCKDB_CONFIG) is None


def test_settings_the_user_made_the_dlt_way_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATA_WRITER__FILE_MAX_ITEMS", "50000")
    monkeypatch.setenv("DESTINATION__DUCKDB__CREDENTIALS__GLOBAL_CONFIG", '{"memory_limit": "300MB", "threads": 2}')

    seen = _seen_during_the_run(Target(FakeWebsets(seed=4, clock=ManualClock()), tmp_path))

    assert int(seen["data_writer.file_max_items"]) == 50000  # env values come as text
    assert seen["data_writer.buffer_max_items"] == WRITER_DEFAULTS["data_writer.buffer_max_items"]  # not set: ours
    memory_limit, threads, _ = seen["duckdb"]
    assert memory_limit.startswith("286")
    assert threads == 2
