"""A fast smoke test of the benchmark code (bench/): the quick configuration end to end, and its pure helpers."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from exa_websets.testing import ManualClock

from bench._model import Section, Target
from bench._static import StaticPlan, StaticServer
from bench._stats import Stat, interleaved
from bench._transports import canned_pages
from bench._virtual import run_virtual
from bench.run import exit_code, main

SECTIONS = (
    "## Targets: ",
    "## 1. Per call",
    "## 2. Paging",
    "## 3. Memory",
    "## 5. Async fan-out",
)
# The slow sections (fresh interpreters, profiles, fake-time waiting, regeneration) are left out to keep this
# under a few seconds; their own tests and the full run cover them.
SKIPPED = ("regen", "profile", "startup", "waiting", "many")


def test_the_quick_run_writes_and_prints_the_report(tmp_path, capsys):
    argv = ["--quick", "--out", str(tmp_path)]
    for key in SKIPPED:
        argv += ["--skip", key]
    assert main(argv) == 0

    report = (tmp_path / "latest.md").read_text(encoding="utf-8")
    for heading in SECTIONS:
        assert heading in report
    assert "regen (asked (--skip))" in report
    assert "| facade per call ≤ 1.15x raw httpx | ≤ 1.15x |" in report
    assert "| paging ≥ 2.5x exa-py items/s (same page size) | ≥ 2.5x |" in report
    assert "content-heavy: facade `items.list_all`" in report
    assert "its default page (25): not the same work" in report
    assert report in capsys.readouterr().out
    assert (tmp_path / "latest.png").read_bytes().startswith(b"\x89PNG")
    assert not list(tmp_path.glob("*.tmp"))


def test_check_exits_1_when_a_median_misses_a_target():
    met = Section("a", "a", targets=[Target("fast", "≤ 1", "0.9", met=True)])
    missed = Section("b", "b", targets=[Target("faster", "≤ 1", "1.2", met=False)])
    assert exit_code([met], check=True) == 0
    assert exit_code([met, missed], check=True) == 1
    assert exit_code([met, missed], check=False) == 0


def test_the_static_server_serves_chained_pages_of_realistic_items():
    with StaticServer([StaticPlan("p", 7)]) as served:
        webset_id = served.ids["p"][0]
        with httpx.Client(base_url=served.base_url) as client:
            first = client.get(f"/v0/websets/{webset_id}/items", params={"limit": 5}).json()
            rest = client.get(f"/v0/websets/{webset_id}/items", params={"cursor": first["nextCursor"]}).json()
            webset = client.get(f"/v0/websets/{webset_id}").json()
            missing = client.get("/v0/websets/nope")
    assert (len(first["data"]), first["hasMore"], len(rest["data"]), rest["hasMore"]) == (5, True, 2, False)
    ids = [item["id"] for item in first["data"] + rest["data"]]
    assert len(set(ids)) == 7
    item = first["data"][0]
    assert (len(item["evaluations"]), len(item["enrichments"]), item["websetId"]) == (2, 2, webset_id)
    assert webset["id"] == webset_id
    assert missing.status_code == 404


def test_stats_are_medians_with_their_range_and_ratios_are_taken_run_by_run():
    stat = Stat.of([3.0, 1.0, 2.0])
    assert (stat.median, stat.min, stat.max) == (2.0, 1.0, 3.0)
    assert stat.fmt(1) == "2.0 (1.0-3.0)"
    assert Stat.of([4.0, 4.0]).per(Stat.of([2.0, 1.0])).values == (2.0, 4.0)
    with pytest.raises(ValueError, match="at least one run"):
        Stat.of([])


def test_interleaved_rotates_the_order_every_round():
    order: list[str] = []
    interleaved({"a": lambda: order.append("a"), "b": lambda: order.append("b")}, rounds=2)
    assert order == ["a", "b", "b", "a"]


def test_canned_pages_chain_by_cursor_and_end():
    transport = canned_pages({"data": [{"id": "x"}]}, {"content-type": "application/json"}, pages=3)
    with httpx.Client(transport=transport, base_url="https://fake.invalid") as client:
        first = client.get("/items").json()
        last = client.get("/items", params={"cursor": "bench-2"}).json()
    assert (first["hasMore"], first["nextCursor"]) == (True, "bench-1")
    assert (last["hasMore"], last["nextCursor"], last["data"]) == (False, None, [{"id": "x"}])


def test_the_virtual_loop_runs_sleeps_on_the_fake_clock_without_waiting():
    clock = ManualClock()
    start = clock.now()

    async def main() -> list[float]:
        async def nap(seconds: float) -> float:
            await asyncio.sleep(seconds)
            return clock.now() - start

        return list(await asyncio.gather(nap(3600), nap(5)))

    woke = run_virtual(clock, main)
    assert woke[1] == pytest.approx(5, abs=1e-3)
    assert woke[0] == pytest.approx(3600, abs=1e-3)
