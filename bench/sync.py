"""Sync benchmark: ``python -m bench.sync`` (needs the ``sync``, ``testing`` extras) writes bench/results/sync.md.

1. Backfill throughput and memory: ``sync_websets`` into DuckDB against a plain loop that inserts ``list_all``'s
   items one by one (``INSERT`` per item, the item's JSON in a column), for 10,000 and 100,000 items. Each run is a
   child process, so its peak RSS is its own; flat means the peak at 100,000 is about the peak at 10,000. The items
   come from a synthetic transport that repeats 100 items the fake service made (the fake takes minutes to make
   100,000, and its own memory would blur the client's): what is measured is the client, dlt and DuckDB.
   ``python -m bench.sync --one phases --items N --dir DIR`` prints the peak RSS after each dlt step instead.
2. Incremental vs full: a 5,000-item webset on the in-process fake; after a backfill, one day passes (a monitor run
   adds items), then an incremental run is compared with downloading everything again into a fresh database.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx

from bench._model import FULL, BenchScenario, Context, Section, Table, Target

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "sync.md"
SIZES = FULL.sync_sizes
TEMPLATE_ITEMS = 100
API_KEY = "bench-key"


def _templates() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A webset and 100 of its items, as the fake service renders them."""
    from exa_websets.testing import FakeWebsets, ManualClock  # noqa: PLC0415

    fake = FakeWebsets(seed=3, clock=ManualClock())
    with httpx.Client(
        base_url="https://fake.invalid/websets", transport=fake.transport(), headers={"x-api-key": API_KEY}
    ) as http:
        webset = http.post(
            "/v0/websets",
            json={
                "search": {"query": "ML researchers in Europe", "count": TEMPLATE_ITEMS, "entity": {"type": "person"}},
                "enrichments": [{"description": "Current employer", "format": "text"}],
            },
        ).json()
        fake.run_until_idle(webset["id"])
        webset = http.get(f"/v0/websets/{webset['id']}").json()
        items = http.get(f"/v0/websets/{webset['id']}/items", params={"limit": TEMPLATE_ITEMS}).json()["data"]
    return webset, items


def synthetic_transport(total: int) -> httpx.MockTransport:
    """Serves one webset of ``total`` items (copies of the templates with their own ids and URLs), no events, no
    monitors, no imports: every request the backfill makes."""
    webset, templates = _templates()
    webset_id = webset["id"]

    def item(index: int) -> dict[str, Any]:
        body = dict(templates[index % len(templates)])
        body["id"] = f"witem_{index:09d}"
        body["properties"] = {**body["properties"], "url": f"https://example.com/people/{index}"}
        return body

    def handle(request: httpx.Request) -> httpx.Response:
        path, query = request.url.path, parse_qs(request.url.query.decode())
        empty = {"data": [], "hasMore": False, "nextCursor": None}
        if path.endswith(f"/websets/{webset_id}/items"):
            start = int(query.get("cursor", ["0"])[0])
            limit = int(query.get("limit", ["100"])[0])
            end = min(total, start + limit)
            more = end < total
            page = {
                "data": [item(i) for i in range(start, end)],
                "hasMore": more,
                "nextCursor": str(end) if more else None,
            }
            return httpx.Response(200, json=page)
        if path.endswith("/v0/websets"):
            return httpx.Response(200, json={**empty, "data": [webset]})
        if path.endswith(("/v0/events", "/v0/monitors", "/v0/imports")):
            return httpx.Response(200, json=empty)
        return httpx.Response(404, json={"error": f"not served by the benchmark: {path}"})

    return httpx.MockTransport(handle)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def one_run(kind: str, total: int, directory: Path) -> dict[str, float]:
    """In this (child) process: load ``total`` items one way, return items/s and peak RSS."""
    from exa_websets import WebsetsClient  # noqa: PLC0415

    client = WebsetsClient(
        API_KEY, http_client=httpx.Client(transport=synthetic_transport(total)), environ={}, rate_limit=None
    )
    import dlt  # noqa: PLC0415  # imports before the clock starts: they are not the loading
    import duckdb  # noqa: PLC0415
    from exa_websets.sync import sync_websets  # noqa: PLC0415

    baseline = peak_rss_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    if kind == "sync":
        report = sync_websets(
            client,
            destination=dlt.destinations.duckdb(str(directory / "sync.duckdb")),
            pipelines_dir=str(directory / "dlt"),
        )
        loaded = report.rows_loaded["items"]
    else:
        db = duckdb.connect(str(directory / "plain.duckdb"))
        db.execute("CREATE TABLE items (id VARCHAR PRIMARY KEY, webset_id VARCHAR, url VARCHAR, body JSON)")
        loaded = 0
        for webset in client.websets.list_all():
            for found in client.items.list_all(webset.id, limit=100):
                body = found.to_dict()
                db.execute(
                    "INSERT INTO items VALUES (?, ?, ?, ?)",
                    [body["id"], body["websetId"], body["properties"].get("url"), json.dumps(body)],
                )
                loaded += 1
        db.close()
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    if loaded != total:
        raise AssertionError(f"{kind}: loaded {loaded} items of {total}")
    return {
        "items": total,
        "seconds": seconds,
        "items_per_s": total / seconds,
        "items_per_cpu_s": total / cpu_seconds,
        "peak_rss_mb": peak_rss_mb(),
        "baseline_rss_mb": baseline,
    }


def phases(total: int, directory: Path) -> dict[str, float]:
    """In this (child) process: peak RSS after each dlt step of one backfill (extract: the SDK and the source;
    normalize: dlt; load: DuckDB), to see which one grows with the number of items."""
    import dlt  # noqa: PLC0415
    from exa_websets import WebsetsClient  # noqa: PLC0415
    from exa_websets.sync import websets_source  # noqa: PLC0415
    from exa_websets.sync._run import _memory_defaults  # noqa: PLC0415

    client = WebsetsClient(API_KEY, http_client=httpx.Client(transport=synthetic_transport(total)), environ={})
    pipeline = dlt.pipeline(
        "phases",
        destination=dlt.destinations.duckdb(str(directory / "phases.duckdb")),
        dataset_name="phases_dataset",
        pipelines_dir=str(directory / "dlt"),
    )
    out = {"items": float(total), "start": peak_rss_mb()}
    config, secrets = _memory_defaults(pipeline)  # the settings sync_websets runs with
    with dlt.config.values(config), dlt.secrets.values(secrets):
        pipeline.extract(websets_source(client), loader_file_format="jsonl")
        out["extract"] = peak_rss_mb()
        pipeline.normalize()
        out["normalize"] = peak_rss_mb()
        pipeline.load().raise_on_failed_jobs()
        out["load"] = peak_rss_mb()
    return out


def _child(kind: str, total: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as directory:
        done = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "bench.sync", "--one", kind, "--items", str(total), "--dir", directory],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"bench.sync --one {kind} failed:\n{done.stderr[-3000:]}")
        result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def incremental_vs_full(directory: Path, count: int) -> dict[str, float]:
    """Requests and seconds: an incremental run after a day of monitor activity, and a full re-download."""
    import dlt  # noqa: PLC0415
    from exa_websets import WebsetsClient  # noqa: PLC0415
    from exa_websets.sync import sync_websets  # noqa: PLC0415
    from exa_websets.testing import FakeWebsets, ManualClock  # noqa: PLC0415

    fake = FakeWebsets(seed=5, clock=ManualClock())
    inner = fake.transport()
    requests: list[str] = []

    def counted(request: httpx.Request) -> httpx.Response:
        requests.append(request.url.path)
        return inner.handle_request(request)

    client = WebsetsClient(
        API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(counted)), environ={}, rate_limit=None
    )
    webset = client.websets.create(
        search={"query": "ML researchers", "count": count, "entity": {"type": "person"}},
        enrichments=[{"description": "Current employer", "format": "text"}],
    )
    fake.run_until_idle(webset.id, timeout=1e9)
    client.monitors.create(
        webset_id=webset.id,
        cadence={"cron": "0 6 * * *", "timezone": "UTC"},
        behavior={"type": "search", "config": {"query": "New ML researchers", "count": 20}},
    )

    def timed(run: Callable[[], object]) -> tuple[float, int]:
        before, started = len(requests), time.perf_counter()
        run()
        return time.perf_counter() - started, len(requests) - before

    def into(name: str) -> Callable[[], object]:
        return lambda: sync_websets(
            client,
            destination=dlt.destinations.duckdb(str(directory / f"{name}.duckdb")),
            pipelines_dir=str(directory / f"dlt-{name}"),
        )

    backfill_s, backfill_requests = timed(into("kept"))
    fake.advance(24 * 3600)
    fake.run_until_idle(webset.id, timeout=1e9)
    incremental_s, incremental_requests = timed(into("kept"))
    full_s, full_requests = timed(into("fresh"))
    items = sum(1 for _ in client.items.list_all(webset.id))
    return {
        "items": items,
        "backfill_s": backfill_s,
        "backfill_requests": backfill_requests,
        "incremental_s": incremental_s,
        "incremental_requests": incremental_requests,
        "full_s": full_s,
        "full_requests": full_requests,
    }


def measure(
    sizes: tuple[int, ...], incremental_items: int, log: Callable[[str], None]
) -> tuple[dict[str, dict[int, dict[str, float]]], dict[str, float]]:
    """Every backfill run (one child process each) and the incremental-vs-full comparison."""
    runs: dict[str, dict[int, dict[str, float]]] = {"sync": {}, "plain": {}}
    for total in sizes:
        for kind in ("sync", "plain"):
            runs[kind][total] = _child(kind, total)
            log(f"sync bench: {kind} {total:,} items: {runs[kind][total]}")
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as directory:
        incremental = incremental_vs_full(Path(directory), incremental_items)
    log(f"sync bench: incremental: {incremental}")
    return runs, incremental


def flatness(runs: dict[str, dict[int, dict[str, float]]], sizes: tuple[int, ...]) -> tuple[float, float, float]:
    """The sync's peak RSS at the smallest and the largest size, and their ratio."""
    small, large = (runs["sync"][n]["peak_rss_mb"] for n in (sizes[0], sizes[-1]))
    return small, large, large / small


def section(
    runs: dict[str, dict[int, dict[str, float]]], incremental: dict[str, float], sizes: tuple[int, ...]
) -> Section:
    """The bench report's section (``python -m bench.run``)."""
    backfill = [
        [
            label,
            f"{total:,}",
            f"{run['items_per_s']:,.0f}",
            f"{run['items_per_cpu_s']:,.0f}",
            f"{run['peak_rss_mb']:.0f}",
        ]
        for kind, label in LOADERS
        for total, run in sorted(runs[kind].items())
    ]
    small, large, ratio = flatness(runs, sizes)
    steps = [
        ["backfill", f"{incremental['backfill_requests']:.0f}", f"{incremental['backfill_s']:.1f}"],
        ["incremental", f"{incremental['incremental_requests']:.0f}", f"{incremental['incremental_s']:.1f}"],
        ["full re-download", f"{incremental['full_requests']:.0f}", f"{incremental['full_s']:.1f}"],
    ]
    return Section(
        key="sync",
        title=f"Sync to a database: backfill {sizes[-1]:,} items into DuckDB, then incremental runs",
        tables=[
            Table(
                ["loader", "items", "items/s (wall)", "items per CPU-second", "peak RSS (MB)"],
                backfill,
                caption="One child process per run (its own peak RSS, imports included). Items from a synthetic "
                "transport repeating 100 items the fake made. `python -m bench.sync` writes bench/results/sync.md.",
            ),
            Table(
                ["run", "requests", "seconds"],
                steps,
                caption=f"A {incremental['items']:,.0f}-item webset on the in-process fake, one day of monitor runs "
                "between the backfill and the incremental run; full re-download: the same sync into a fresh database.",
            ),
        ],
        targets=[
            Target(
                f"sync peak memory flat in N: peak at {sizes[-1]:,} items ≤ 1.25x the peak at {sizes[0]:,}",
                "≤ 1.25x",
                f"{ratio:.2f}x ({small:.0f} → {large:.0f} MB)",
                ratio <= 1.25,
            ),
            Target(
                "incremental run: fewer requests than a full re-download",
                "< full",
                f"{incremental['incremental_requests']:.0f} vs {incremental['full_requests']:.0f}",
                incremental["incremental_requests"] < incremental["full_requests"],
            ),
        ],
        extra={"runs": runs, "incremental": incremental},
    )


def _scenario(context: Context) -> Section:
    config = context.config
    runs, incremental = measure(tuple(sorted(config.sync_sizes)), config.sync_incremental_items, context.log)
    return section(runs, incremental, tuple(sorted(config.sync_sizes)))


SCENARIOS = [BenchScenario("sync", _scenario)]
LOADERS = (("sync", "`sync_websets` (dlt, jsonl, merge on id)"), ("plain", "plain loop, INSERT per item"))


def report(runs: dict[str, dict[int, dict[str, float]]], incremental: dict[str, float], sizes: tuple[int, ...]) -> str:
    lines = [
        "# Sync benchmark",
        "",
        "`python -m bench.sync` (one child process per run; 2 cores shared with other work, so wall-clock figures "
        "are noisy: items per CPU-second is the steadier comparison).",
        "",
        "## Backfill into DuckDB",
        "",
        "| loader | items | items/s (wall) | items per CPU-second | peak RSS (MB) |",
        "|---|---|---|---|---|",
    ]
    for kind, label in LOADERS:
        for total, run in sorted(runs[kind].items()):
            rates = f"{run['items_per_s']:,.0f} | {run['items_per_cpu_s']:,.0f}"
            lines.append(f"| {label} | {total:,} | {rates} | {run['peak_rss_mb']:.0f} |")
    small, large, _ = flatness(runs, sizes)
    ratio = runs["sync"][sizes[-1]]["items_per_cpu_s"] / runs["plain"][sizes[-1]]["items_per_cpu_s"]
    lines += [
        "",
        f"- sync vs plain loop at {sizes[-1]:,} items: {ratio:.2f}x the items per CPU-second",
        f"- sync peak RSS {small:.0f} MB at {sizes[0]:,} items, {large:.0f} MB at {sizes[-1]:,} "
        f"(growth {large - small:+.0f} MB for {sizes[-1] / sizes[0]:.0f}x the items)",
        "",
        f"## Incremental run vs full re-download ({incremental['items']:,.0f} items, one day of monitor runs)",
        "",
        "| run | requests | seconds |",
        "|---|---|---|",
        f"| backfill | {incremental['backfill_requests']:.0f} | {incremental['backfill_s']:.1f} |",
        f"| incremental | {incremental['incremental_requests']:.0f} | {incremental['incremental_s']:.1f} |",
        f"| full re-download | {incremental['full_requests']:.0f} | {incremental['full_s']:.1f} |",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync", description=__doc__.splitlines()[0])
    parser.add_argument("--one", choices=("sync", "plain", "phases"), help=argparse.SUPPRESS)
    parser.add_argument("--items", type=int, default=SIZES[-1], help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="item counts (default 10k 100k)")
    parser.add_argument(
        "--incremental-items", type=int, default=FULL.sync_incremental_items, help="the incremental case's webset size"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.one == "phases":
        print(json.dumps(phases(args.items, args.dir)))
        return 0
    if args.one:
        print(json.dumps(one_run(args.one, args.items, args.dir)))
        return 0
    sizes = tuple(sorted(args.sizes))
    runs, incremental = measure(sizes, args.incremental_items, lambda line: print(line, file=sys.stderr, flush=True))
    text = report(runs, incremental, sizes)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
