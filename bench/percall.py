"""1. One call: ``websets.get`` through the facade, a raw pooled ``httpx.Client`` GET + ``json()`` (the floor) and
exa-py's ``websets.get``, on the static server."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
from exa_websets import WebsetsClient

from bench._exa import exa_client
from bench._model import BenchScenario, Config, Section, Table, Target
from bench._server import API_KEY, ServedFake
from bench._stats import Stat, interleaved

TARGET_RATIO = 1.15


def _timed(call: Callable[[], Any], calls: int) -> Callable[[], tuple[float, float]]:
    """One run: ``calls`` calls; returns (wall seconds, client CPU seconds) per call."""

    def run() -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(calls):
            call()
        return (time.perf_counter() - wall) / calls, (time.process_time() - cpu) / calls

    return run


def run(served: ServedFake, config: Config) -> Section:
    webset_id = served.ids["get"][0]
    path = f"/v0/websets/{webset_id}"
    exa = exa_client(served.origin)
    with (
        httpx.Client(base_url=served.base_url, headers={"x-api-key": API_KEY}) as raw,
        WebsetsClient(API_KEY, base_url=served.base_url, environ={}, rate_limit=None) as ws,
    ):
        calls: dict[str, Callable[[], Any]] = {
            "facade `websets.get`": lambda: ws.websets.get(webset_id),
            "raw httpx GET + json() (floor)": lambda: raw.get(path).json(),
            "exa-py `websets.get`": lambda: exa.websets.get(webset_id),
        }
        ids = {ws.websets.get(webset_id).id, raw.get(path).json()["id"], exa.websets.get(webset_id).id}
        assert ids == {webset_id}, f"the three clients disagree: {ids}"
        for call in calls.values():
            for _ in range(config.percall_warmup):
                call()
        runs = interleaved(
            {name: _timed(call, config.percall_calls) for name, call in calls.items()}, config.percall_rounds
        )
    wall = {name: Stat.of([w for w, _ in values]) for name, values in runs.items()}
    cpu = {name: Stat.of([c for _, c in values]) for name, values in runs.items()}
    facade, floor, exa_name = list(calls)
    rows = []
    for name in calls:
        ratio = wall[name].per(wall[floor])
        rows.append(
            [
                name,
                wall[name].fmt(3, 1e3),
                f"{1 / wall[name].median:,.0f}",
                cpu[name].fmt(3, 1e3),
                ratio.fmt(2, suffix="x"),
            ]
        )
    ratio = wall[facade].per(wall[floor])
    cpu_ratio = cpu[facade].per(cpu[floor])
    section = Section("percall", "1. Per call: `websets.get` on the static server")
    section.tables.append(
        Table(
            ["client", "ms per call (wall)", "calls/s", "client CPU ms per call", "x raw httpx (wall)"],
            rows,
            f"{config.percall_rounds} runs x {config.percall_calls} calls each, interleaved; median (min-max) of the "
            "runs' means. The facade and raw httpx keep one pooled connection; exa-py opens a new one per call "
            "(`requests.get` without a Session).",
        )
    )
    section.targets.append(
        Target(
            "facade per call ≤ 1.15x raw httpx",
            "≤ 1.15x",
            f"{ratio.fmt(2, suffix='x')} wall; {cpu_ratio.fmt(2)}x client CPU",
            ratio.median <= TARGET_RATIO,
        )
    )
    section.notes.append(
        f"exa-py is {wall[exa_name].per(wall[facade]).fmt(2, suffix='x')} the facade's time per call. Much of each "
        "call is the server (a prebuilt answer, in another process); the client-only costs, without any server, are "
        "in section 7."
    )
    section.extra = {"wall": wall, "cpu": cpu, "facade": facade, "floor": floor, "exa": exa_name}
    section.chart = {
        "short": ["facade", "raw httpx\n(floor)", "exa-py"],
        "stats": [wall[n].scaled(1e3) for n in calls],
        "unit": "ms per call",
    }
    return section


SCENARIOS = [BenchScenario("percall", lambda context: run(context.served, context.config), served=True)]
