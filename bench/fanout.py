"""5. Async fan-out: the items of 50 websets read concurrently with ``AsyncWebsetsClient`` against one after the
other with the sync client, on the static server."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable

from exa_websets import AsyncWebsetsClient, WebsetsClient

from bench._model import BenchScenario, Config, Section, Table
from bench._server import API_KEY, ServedFake
from bench._stats import Stat, interleaved


async def read_concurrently(base_url: str, webset_ids: list[str]) -> int:
    async with AsyncWebsetsClient(API_KEY, base_url=base_url, environ={}, rate_limit=None) as client:

        async def one(webset_id: str) -> int:
            return sum([1 async for _ in client.items.list_all(webset_id)])

        return sum(await asyncio.gather(*(one(i) for i in webset_ids)))


def read_sequentially(base_url: str, webset_ids: list[str]) -> int:
    with WebsetsClient(API_KEY, base_url=base_url, environ={}, rate_limit=None) as client:
        return sum(sum(1 for _ in client.items.list_all(i)) for i in webset_ids)


def _timed(read: Callable[[], int]) -> Callable[[], tuple[float, int]]:
    def run() -> tuple[float, int]:
        started = time.perf_counter()
        items = read()
        return time.perf_counter() - started, items

    return run


def run(served: ServedFake, config: Config) -> Section:
    ids = served.ids["fanout"]
    expected = len(ids) * config.fanout_items
    reads = {
        f"sync `WebsetsClient`, {len(ids)} websets one after another": lambda: read_sequentially(served.base_url, ids),
        f"`AsyncWebsetsClient`, {len(ids)} websets with `asyncio.gather`": lambda: asyncio.run(
            read_concurrently(served.base_url, ids)
        ),
    }
    for read in reads.values():  # warm up (imports, first connections)
        assert read() == expected
    runs = interleaved({name: _timed(read) for name, read in reads.items()}, config.fanout_rounds)
    seconds = {name: Stat.of([s for s, _ in values]) for name, values in runs.items()}
    sync_name, async_name = list(reads)
    speedup = seconds[sync_name].per(seconds[async_name])
    rows = [
        [
            name,
            seconds[name].fmt(2),
            f"{expected / seconds[name].median:,.0f}",
            seconds[sync_name].per(seconds[name]).fmt(2, suffix="x"),
        ]
        for name in reads
    ]
    section = Section("fanout", f"5. Async fan-out: {len(ids)} websets x {config.fanout_items} items")
    section.tables.append(
        Table(
            ["how", "seconds (wall)", "items/s", "speed-up"],
            rows,
            f"{config.fanout_rounds} interleaved runs each; median (min-max). Each run makes a new client (the async "
            "one opens up to 50 connections). Items carry 2 enrichment results.",
        )
    )
    section.notes.append(
        f"Concurrency buys {speedup.fmt(2, suffix='x')} here, and no more can be expected on this setup: the fake "
        "answers one request at a time (`FakeWebsets.handle` holds a lock and renders in Python), so fan-out can "
        f"only overlap the client's parsing with the server's rendering, on {os.cpu_count()} logical CPUs. Against "
        "the real service, with network latency per request and a concurrent server, the gain grows with the latency."
    )
    section.chart = {
        "short": ["sync,\nsequential", "async,\nasyncio.gather"],
        "n": len(ids),
        "stats": [seconds[n] for n in reads],
        "unit": "seconds",
    }
    return section


SCENARIOS = [BenchScenario("fanout", lambda context: run(context.served, context.config), served=True)]
