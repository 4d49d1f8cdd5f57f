"""2. Paging: every item of a 10,000-item webset through the facade's ``items.list_all``, a raw httpx cursor loop
and exa-py's ``items.list_all``; items per second."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import httpx
from exa_websets import WebsetsClient
from exa_websets.testing import PAGE_LIMITS

from bench._exa import exa_client
from bench._model import Config, Section, Table, Target
from bench._server import API_KEY, ServedFake
from bench._stats import Stat, interleaved

MIN_VS_EXA = 3.0
MAX_VS_RAW = 1.3
RAW_PAGE = 100  # the spec's maximum, what the facade asks for


def raw_cursor_loop(client: httpx.Client, webset_id: str, limit: int = RAW_PAGE) -> tuple[int, int]:
    """Every item as plain dicts: (items, requests)."""
    items, requests, cursor = 0, 0, None
    while True:
        params: dict[str, str | int] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        page = client.get(f"/v0/websets/{webset_id}/items", params=params).json()
        requests += 1
        items += len(page["data"])
        if not page["hasMore"] or not page.get("nextCursor"):
            return items, requests
        cursor = page["nextCursor"]


def _timed(read: Callable[[], tuple[int, int]]) -> Callable[[], tuple[float, int, int]]:
    def run() -> tuple[float, int, int]:
        started = time.perf_counter()
        items, requests = read()
        return time.perf_counter() - started, items, requests

    return run


def run(served: ServedFake, config: Config) -> Section:
    webset_id = served.ids["paging"][0]
    total = config.paging_items
    exa = exa_client(served.origin)
    exa_default = PAGE_LIMITS["websets-items-list"].default  # exa-py sends no limit: the server's default page

    def facade_read() -> tuple[int, int]:
        paginator = ws.items.list_all(webset_id)
        return sum(1 for _ in paginator), paginator.pages_fetched

    def exa_read(limit: int | None) -> tuple[int, int]:
        items = sum(1 for _ in exa.websets.items.list_all(webset_id, limit=limit))
        return items, math.ceil(items / (limit or exa_default))

    with (
        httpx.Client(base_url=served.base_url, headers={"x-api-key": API_KEY}) as raw,
        WebsetsClient(API_KEY, base_url=served.base_url, environ={}) as ws,
    ):
        reads: dict[str, Callable[[], tuple[int, int]]] = {
            "facade `items.list_all`": facade_read,
            "raw httpx cursor loop, limit=100 (floor)": lambda: raw_cursor_loop(raw, webset_id),
            "exa-py `items.list_all` (default page)": lambda: exa_read(None),
            "exa-py `items.list_all(limit=100)`": lambda: exa_read(RAW_PAGE),
        }
        ws.items.list(webset_id, limit=1)  # connect and warm up
        raw.get(f"/v0/websets/{webset_id}/items", params={"limit": 1})
        runs = interleaved({name: _timed(read) for name, read in reads.items()}, config.paging_rounds)
    for name, values in runs.items():
        assert all(items == total for _, items, _ in values), f"{name} read {[v[1] for v in values]} items"
    seconds = {name: Stat.of([s for s, _, _ in values]) for name, values in runs.items()}
    rate = {name: Stat.of([total / s for s, _, _ in values]) for name, values in runs.items()}
    facade, floor, exa_name, _ = list(reads)
    rows = []
    for name, values in runs.items():
        rows.append(
            [
                name,
                f"{values[0][2]:,}",
                seconds[name].fmt(2),
                rate[name].fmt(0),
                seconds[name].per(seconds[floor]).fmt(2, suffix="x"),
            ]
        )
    vs_exa = rate[facade].per(rate[exa_name])
    vs_raw = seconds[facade].per(seconds[floor])
    section = Section("paging", f"2. Paging: {total:,} items through `list_all` on the served fake")
    section.tables.append(
        Table(
            ["client", "requests", "seconds", "items/s", "time x raw httpx"],
            rows,
            f"{config.paging_rounds} interleaved runs each; median (min-max). Items carry 2 enrichment results and 2 "
            f"evaluations (~2.4 KB of JSON each). exa-py sends no `limit` by default, so the server's default page "
            f"({exa_default}) applies.",
        )
    )
    section.targets += [
        Target("paging ≥ 3x exa-py items/s", "≥ 3.0x", vs_exa.fmt(2, suffix="x"), vs_exa.median >= MIN_VS_EXA),
        Target("paging ≤ 1.3x raw httpx (time)", "≤ 1.30x", vs_raw.fmt(2, suffix="x"), vs_raw.median <= MAX_VS_RAW),
    ]
    exa_100 = list(reads)[3]
    page_share = (seconds[exa_name].median - seconds[exa_100].median) / (
        seconds[exa_name].median - seconds[facade].median
    )
    section.notes.append(
        f"With the same page size as the facade, exa-py reads {rate[exa_100].median:,.0f} items/s: its default page "
        f"of {exa_default} ({RAW_PAGE / exa_default:g}x the requests, each on a new connection) accounts for "
        f"{page_share:.0%} of its time gap to the facade; the rest is its own client work per item."
    )
    section.extra = {
        "items": total,
        "rate": rate,
        "seconds": seconds,
        "facade": facade,
        "floor": floor,
        "exa": exa_name,
    }
    section.chart = {
        "short": ["facade", "raw httpx\n(floor)", "exa-py\n(default page)", "exa-py\n(limit=100)"],
        "items": total,
        "stats": [rate[n] for n in reads],
        "unit": "items/s",
    }
    return section
