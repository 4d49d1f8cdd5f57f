"""2. Paging: every item of a 10,000-item webset through the facade's ``items.list_all`` (sync and async), a raw
httpx cursor loop (sync and async: the floor) and exa-py's ``items.list_all``, on the static server. Every client
touches the same fields of every item: ``properties.url``, one evaluation's verdict, one enrichment's result."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from exa_websets import AsyncWebsetsClient, WebsetsClient

from bench._exa import exa_client
from bench._model import BenchScenario, Config, Section, Table, Target
from bench._server import API_KEY
from bench._static import DEFAULT_PAGE, MAX_PAGE, StaticServer
from bench._stats import Stat, interleaved

MIN_VS_EXA = 2.5
MAX_VS_RAW = 1.3
PAGE = MAX_PAGE  # the spec's maximum: what the facade asks for, and what every client gets in the headline

RAW = "raw httpx `Client` + json, limit=100 (floor)"
FACADE = "facade `items.list_all`"
RAW_ASYNC = "raw httpx `AsyncClient` + json, limit=100 (async floor)"
FACADE_ASYNC = "facade async `items.list_all`"
EXA = "exa-py `items.list_all(limit=100)`"
EXA_DEFAULT = f"exa-py `items.list_all()`, its default page ({DEFAULT_PAGE}): not the same work, for reference"
CONTENT_RAW = "content-heavy: raw httpx `Client` + json (floor)"
CONTENT_FACADE = "content-heavy: facade `items.list_all`"


def touch_raw(item: dict[str, Any]) -> None:
    item["properties"]["url"]
    item["evaluations"][0]["satisfied"]
    item["enrichments"][0]["result"]


def touch(item: Any) -> None:
    item.properties.url  # noqa: B018 - reading is the work measured
    item.evaluations[0].satisfied  # noqa: B018
    item.enrichments[0].result  # noqa: B018


def raw_cursor_loop(client: httpx.Client, webset_id: str, limit: int = PAGE) -> tuple[int, int]:
    """Every item as plain dicts, touched: (items, requests)."""
    items, requests, cursor = 0, 0, None
    while True:
        params: dict[str, str | int] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        page = json.loads(client.get(f"/v0/websets/{webset_id}/items", params=params).content)
        requests += 1
        for item in page["data"]:
            touch_raw(item)
            items += 1
        if not page["hasMore"] or not page.get("nextCursor"):
            return items, requests
        cursor = page["nextCursor"]


async def raw_cursor_loop_async(client: httpx.AsyncClient, webset_id: str, limit: int = PAGE) -> tuple[int, int]:
    items, requests, cursor = 0, 0, None
    while True:
        params: dict[str, str | int] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        page = json.loads((await client.get(f"/v0/websets/{webset_id}/items", params=params)).content)
        requests += 1
        for item in page["data"]:
            touch_raw(item)
            items += 1
        if not page["hasMore"] or not page.get("nextCursor"):
            return items, requests
        cursor = page["nextCursor"]


def _timed(read: Callable[[], tuple[int, int]]) -> Callable[[], tuple[float, int, int]]:
    def run() -> tuple[float, int, int]:
        started = time.perf_counter()
        items, requests = read()
        return time.perf_counter() - started, items, requests

    return run


def _on(loop: asyncio.AbstractEventLoop, read: Callable[[], Awaitable[tuple[int, int]]]) -> Callable[[], Any]:
    return lambda: loop.run_until_complete(read())


def run(served: StaticServer, config: Config) -> Section:  # noqa: PLR0915 - one report section's worth of figures
    webset_id, content_id = served.ids["paging"][0], served.ids["content"][0]
    total, content_total = config.paging_items, config.content_items
    exa = exa_client(served.origin)
    loop = asyncio.new_event_loop()
    headers = {"x-api-key": API_KEY}

    def facade_read(ws: WebsetsClient, source: str) -> tuple[int, int]:
        paginator = ws.items.list_all(source)
        count = 0
        for item in paginator:
            touch(item)
            count += 1
        return count, paginator.pages_fetched

    async def facade_read_async(ws: AsyncWebsetsClient) -> tuple[int, int]:
        paginator = ws.items.list_all(webset_id)
        count = 0
        async for item in paginator:
            touch(item)
            count += 1
        return count, paginator.pages_fetched

    def exa_read(limit: int | None) -> tuple[int, int]:
        count = 0
        for item in exa.websets.items.list_all(webset_id, limit=limit):
            touch(item)
            count += 1
        return count, math.ceil(count / (limit or DEFAULT_PAGE))

    try:
        with (
            httpx.Client(base_url=served.base_url, headers=headers) as raw,
            WebsetsClient(API_KEY, base_url=served.base_url, environ={}, rate_limit=None) as ws,
        ):
            raw_async = httpx.AsyncClient(base_url=served.base_url, headers=headers)
            ws_async = AsyncWebsetsClient(API_KEY, base_url=served.base_url, environ={}, rate_limit=None)
            reads: dict[str, Callable[[], tuple[int, int]]] = {
                RAW: lambda: raw_cursor_loop(raw, webset_id),
                FACADE: lambda: facade_read(ws, webset_id),
                RAW_ASYNC: _on(loop, lambda: raw_cursor_loop_async(raw_async, webset_id)),
                FACADE_ASYNC: _on(loop, lambda: facade_read_async(ws_async)),
                EXA: lambda: exa_read(PAGE),
                EXA_DEFAULT: lambda: exa_read(None),
                CONTENT_RAW: lambda: raw_cursor_loop(raw, content_id),
                CONTENT_FACADE: lambda: facade_read(ws, content_id),
            }
            ws.items.list(webset_id, limit=1)  # connect, import and warm up
            raw.get(f"/v0/websets/{webset_id}/items", params={"limit": 1})
            loop.run_until_complete(ws_async.items.list(webset_id, limit=1))
            loop.run_until_complete(raw_async.get(f"/v0/websets/{webset_id}/items", params={"limit": 1}))
            try:
                runs = interleaved({name: _timed(read) for name, read in reads.items()}, config.paging_rounds)
            finally:
                loop.run_until_complete(ws_async.close())
                loop.run_until_complete(raw_async.aclose())
    finally:
        loop.close()
    counts = {name: content_total if name.startswith("content") else total for name in reads}
    for name, values in runs.items():
        assert all(items == counts[name] for _, items, _ in values), f"{name} read {[v[1] for v in values]} items"
    seconds = {name: Stat.of([s for s, _, _ in values]) for name, values in runs.items()}
    rate = {name: Stat.of([counts[name] / s for s, _, _ in values]) for name, values in runs.items()}

    def floor_of(name: str) -> str:
        return CONTENT_RAW if name.startswith("content") else RAW_ASYNC if "async" in name.lower() else RAW

    def row(name: str) -> list[str]:
        return [
            name,
            f"{runs[name][0][2]:,}",
            seconds[name].fmt(2),
            rate[name].fmt(0),
            seconds[name].per(seconds[floor_of(name)]).fmt(2, suffix="x"),
        ]

    vs_raw = seconds[FACADE].per(seconds[RAW])
    vs_raw_async = seconds[FACADE_ASYNC].per(seconds[RAW_ASYNC])
    vs_exa = rate[FACADE].per(rate[EXA])
    content_vs_raw = seconds[CONTENT_FACADE].per(seconds[CONTENT_RAW])
    section = Section("paging", f"2. Paging: {total:,} items through `list_all` on the static server")
    headers_row = ["client", "requests", "seconds", "items/s", "time x its raw httpx floor"]
    section.tables.append(
        Table(
            headers_row,
            [row(n) for n in (RAW, FACADE, RAW_ASYNC, FACADE_ASYNC, EXA, EXA_DEFAULT)],
            f"{config.paging_rounds} interleaved rounds; median (min-max); ratios are taken round by round. Realistic "
            "company items (~3 KB of JSON: 2 criteria evaluations and 2 enrichment results, each with a reference), "
            "served from prebuilt pages with keep-alive; each client touches `properties.url`, one evaluation and one "
            "enrichment per item. The headline compares equal page sizes (100); exa-py's default page is shown "
            "separately, labelled. exa-py opens a new connection per request (`requests` without a Session).",
        )
    )
    section.tables.append(
        Table(
            headers_row,
            [row(n) for n in (CONTENT_RAW, CONTENT_FACADE)],
            f"The same, on {content_total:,} content-heavy items (the page text kept whole: ~4.5 KB of JSON each).",
        )
    )
    section.targets += [
        Target(
            "paging sync ≤ 1.3x raw httpx (time)", "≤ 1.30x", vs_raw.fmt(2, suffix="x"), vs_raw.median <= MAX_VS_RAW
        ),
        Target(
            "paging async ≤ 1.3x raw httpx async (time)",
            "≤ 1.30x",
            vs_raw_async.fmt(2, suffix="x"),
            vs_raw_async.median <= MAX_VS_RAW,
        ),
        Target(
            "paging ≥ 2.5x exa-py items/s (same page size)",
            "≥ 2.5x",
            vs_exa.fmt(2, suffix="x"),
            vs_exa.median >= MIN_VS_EXA,
        ),
    ]
    section.notes.append(
        f"Content-heavy items: the facade takes {content_vs_raw.fmt(2, suffix='x')} raw httpx's time (no target). "
        f"exa-py at its default page reads {rate[EXA_DEFAULT].median:,.0f} items/s; at the facade's page size "
        f"{rate[EXA].median:,.0f}: the facade is {rate[FACADE].per(rate[EXA_DEFAULT]).fmt(2, suffix='x')} the "
        "former, which is not a like-for-like comparison."
    )
    section.extra = {
        "items": total,
        "rate": rate,
        "seconds": seconds,
        "facade": FACADE,
        "floor": RAW,
        "exa": EXA,
    }
    section.chart = {
        "short": ["raw httpx\n(floor)", "facade", "raw async", "facade\nasync", "exa-py\n(limit=100)"],
        "items": total,
        "stats": [rate[n] for n in (RAW, FACADE, RAW_ASYNC, FACADE_ASYNC, EXA)],
        "unit": "items/s",
    }
    return section


SCENARIOS = [BenchScenario("paging", lambda context: run(context.served, context.config), served=True)]
