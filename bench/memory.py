"""3. Memory: peak memory above baseline while iterating a 100,000-item webset through ``items.list_all``.

tracemalloc (Python allocations, exact) is the measure; RSS growth is shown too (it includes tracemalloc's own
bookkeeping and the allocator's reluctance to give memory back). Flat means the peak after 100,000 items is the peak
after the first checkpoint, give or take noise: the paginator holds one page at a time. What a call leaves to the
cyclic garbage collector (objects in reference cycles, freed only when a collection runs) is counted too: it decides
how long a page's response body outlives the page.
"""

from __future__ import annotations

import gc
import os
import resource
import time
import tracemalloc
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpx
from exa_websets import WebsetsClient

from bench._model import BenchScenario, Config, Section, Table, Target
from bench._server import API_KEY, ServedFake
from bench._stats import Stat

LIMIT_MB = 30.0
FLAT_SLACK_MB = 1.0  # growth allowed between the first and the last checkpoint (noise, not a trend)
FLAT_SLACK_SHARE = 0.10
MB = 1024 * 1024
PAGE = 100


def rss_bytes() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # not Linux: the peak is the best there is
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


@dataclass(frozen=True)
class Checkpoint:
    items: int
    peak_mb: float  # tracemalloc peak above baseline, so far
    current_mb: float  # tracemalloc current above baseline, at the checkpoint
    rss_growth_mb: float  # max RSS above baseline, so far


@dataclass(frozen=True)
class Cycles:
    """What one call leaves that only the cyclic garbage collector can free."""

    objects: float  # per call
    responses: float  # httpx.Response objects among them, per call
    body_bytes: float  # those responses' bodies, per call


def left_in_cycles(call: Callable[[], object], calls: int = 5) -> Cycles:
    """Run ``call`` with the collector off, then collect with ``DEBUG_SAVEALL`` and look at what was unreachable:
    garbage that reference counting alone did not free."""
    call()
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for _ in range(calls):
            call()
        gc.collect()
        responses = [o for o in gc.garbage if isinstance(o, httpx.Response)]
        objects = len(gc.garbage)
        body = sum(len(r.content) for r in responses if r.is_closed and hasattr(r, "_content"))  # bodies still held
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()
    return Cycles(objects / calls, len(responses) / calls, body / calls)


def measure(items: Iterable[object], checkpoints: tuple[int, ...]) -> tuple[list[Checkpoint], float]:
    """Iterate ``items`` (created lazily by the caller) under tracemalloc, noting the peak at each checkpoint;
    returns the checkpoints and the seconds the pass took."""
    pending = sorted(checkpoints)
    found: list[Checkpoint] = []
    gc.collect()
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        rss0 = max_rss = rss_bytes()
        count = 0
        started = time.perf_counter()
        for _ in items:
            count += 1
            if count % 100 == 0:
                max_rss = max(max_rss, rss_bytes())
            if pending and count >= pending[0]:
                pending.pop(0)
                current, peak = tracemalloc.get_traced_memory()
                found.append(
                    Checkpoint(
                        count,
                        (peak - baseline) / MB,
                        (current - baseline) / MB,
                        (max(max_rss, rss_bytes()) - rss0) / MB,
                    )
                )
        seconds = time.perf_counter() - started
    finally:
        tracemalloc.stop()
    if pending:
        raise AssertionError(f"the iteration ended after {count} items, before the checkpoints {pending}")
    return found, seconds


def run(served: ServedFake, config: Config) -> Section:
    big = served.ids["memory"][0]
    small = served.ids["paging"][0]
    with WebsetsClient(API_KEY, base_url=served.base_url, environ={}, rate_limit=None) as ws:
        ws.items.list(big, limit=1)  # connect, import and warm every cache before the baseline
        checkpoints, pass_seconds = measure(ws.items.list_all(big), config.memory_checkpoints)
        small_peaks = Stat.of(
            [
                measure(ws.items.list_all(small), (config.paging_items,))[0][0].peak_mb
                for _ in range(config.memory_small_rounds)
            ]
        )
        cycles = {"facade `items.list`": left_in_cycles(lambda: ws.items.list(small, limit=PAGE))}
    with httpx.Client(base_url=served.base_url, headers={"x-api-key": API_KEY}) as raw:
        path = f"/v0/websets/{small}/items"
        cycles["raw httpx GET + json()"] = left_in_cycles(lambda: raw.get(path, params={"limit": PAGE}).json())
    first, last = checkpoints[0], checkpoints[-1]
    growth = last.peak_mb - first.peak_mb
    flat = growth <= max(FLAT_SLACK_MB, FLAT_SLACK_SHARE * first.peak_mb)
    section = Section("memory", f"3. Memory: iterating {config.memory_items:,} items through `items.list_all`")
    rows = [[f"{c.items:,}", f"{c.peak_mb:.2f}", f"{c.current_mb:.2f}", f"{c.rss_growth_mb:.1f}"] for c in checkpoints]
    section.tables.append(
        Table(
            ["items read", "peak MB above baseline (tracemalloc)", "held now MB", "RSS growth MB"],
            rows,
            f"One pass over a {config.memory_items:,}-item webset (realistic items, ~3 KB of JSON each), "
            "with the peak noted as the pass goes: a leak would make every row higher than the one before. "
            f"Repeated separately on the {config.paging_items:,}-item webset: "
            f"peak {small_peaks.fmt(2)} MB over {small_peaks.runs} runs.",
        )
    )
    section.notes.append(
        "Left to the cyclic garbage collector per request (a page of 100 items; objects that reference counting "
        "does not free when dropped): "
        + "; ".join(
            f"{name}: {c.objects:.0f} objects, of which {c.responses:g} `httpx.Response` holding "
            f"{c.body_bytes / 1024:,.0f} KB of body"
            for name, c in cycles.items()
        )
        + "."
        + (
            " httpx's `Response` and its `BoundSyncStream` refer to each other, so a response body lives until a "
            "collection finds it unreachable."
            if any(c.responses for c in cycles.values())
            else ""
        )
    )
    section.targets.append(
        Target(
            f"memory flat in N ({config.memory_items:,} items < 30 MB above baseline)",
            "< 30 MB, flat",
            f"{last.peak_mb:.2f} MB at {last.items:,}; {first.peak_mb:.2f} MB at {first.items:,} ({growth:+.2f} MB)",
            flat and last.peak_mb < LIMIT_MB,
        )
    )
    section.extra = {
        "checkpoints": checkpoints,
        "small_peaks": small_peaks,
        "pass_seconds": pass_seconds,
        "cycles": cycles,
        "flat_slack_mb": max(FLAT_SLACK_MB, FLAT_SLACK_SHARE * first.peak_mb),
    }
    section.chart = {
        "items": [c.items for c in checkpoints],
        "peak_mb": [c.peak_mb for c in checkpoints],
        "rss_mb": [c.rss_growth_mb for c in checkpoints],
        "limit_mb": LIMIT_MB,
    }
    return section


SCENARIOS = [BenchScenario("memory", lambda context: run(context.served, context.config), served=True)]
