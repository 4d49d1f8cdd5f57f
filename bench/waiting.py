"""4. Waiting, on the in-process fake and its manual clock (fake time is free, and exact).

Single websets that become idle after 20 s to 20 min: requests spent and detection latency (from the moment the
webset became idle to the moment the wait returned) for the facade's ``wait_until_idle`` and exa-py's
``wait_until_idle`` (fixed 5 s polling, its ``time`` pointed at the fake clock). Then 50 websets at once:
``wait_until_idle_many`` against 50 concurrent per-webset loops (async, on an event loop that runs on fake time),
for the facade and exa-py.
"""

from __future__ import annotations

import asyncio
import datetime
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from exa_websets import AsyncWebsetsClient, WebsetsClient
from exa_websets.testing import FakeWebsets, ManualClock

from bench._exa import FAKE_ORIGIN, async_exa_client, exa_client, exa_requests_via, exa_virtual_time
from bench._model import BenchScenario, Config, Section, Table, Target
from bench._server import API_KEY, WebsetPlan, webset_body
from bench._stats import Stat
from bench._transports import CountingTransport
from bench._virtual import run_virtual

FAKE_BASE = f"{FAKE_ORIGIN}/websets"
MAX_REQUEST_RATIO = 0.5
MAX_LATENCY_RATIO = 0.5
MIN_MANY_SAVING = 5.0
FACADE, EXA = "facade", "exa-py"


@dataclass(frozen=True)
class WaitCase:
    target: float  # seconds until idle, roughly
    enrichments: int

    @property
    def count(self) -> int:
        """Items to ask for so that the webset is idle after about ``target`` fake seconds: the fake starts a search
        after 1 s, finds the first item 6-10 s later and then one every 5-9 s; results complete 3-12 s after their
        item (testing/_lifecycle.py)."""
        tail = 7.5 if self.enrichments else 0.0
        return max(1, round((self.target - 9.0 - tail) / 7.0) + 1)

    @property
    def label(self) -> str:
        return f"~{self.target:g} s, {'search + 1 enrichment' if self.enrichments else 'search only'}"


@dataclass(frozen=True)
class WaitRun:
    requests: int
    latencies: tuple[float, ...]  # per webset: from idle to the wait noticing it
    idle_after: tuple[float, ...]  # per webset: fake seconds from creation to idle
    done_after_last_idle: float  # from the last webset becoming idle to the last wait returning

    @property
    def mean_latency(self) -> float:
        return statistics.fmean(self.latencies)


class Scenario:
    """A fresh fake on a manual clock with the cases' websets, created at once; requests made through
    ``transport`` are counted (creating the websets is not)."""

    def __init__(self, seed: int, cases: list[WaitCase]) -> None:
        self.clock = ManualClock()
        self.fake = FakeWebsets(seed=seed, clock=self.clock, api_keys=[API_KEY])
        self.transport = CountingTransport(self.fake.transport())
        self.idle_at: dict[str, float] = {}
        self.fake.on_event(self._on_event)
        with httpx.Client(base_url=FAKE_BASE, transport=self.fake.transport(), headers={"x-api-key": API_KEY}) as c:
            self.ids = [
                c.post(
                    "/v0/websets", json=webset_body(WebsetPlan("wait", case.count, enrichments=case.enrichments), index)
                ).json()["id"]
                for index, case in enumerate(cases)
            ]
        self.started = self.clock.now()

    def _on_event(self, payload: dict[str, Any]) -> None:
        if payload["type"] == "webset.idle":
            created = datetime.datetime.fromisoformat(payload["createdAt"].replace("Z", "+00:00")).timestamp()
            self.idle_at.setdefault(payload["data"]["id"], created)

    def client(self) -> WebsetsClient:
        http = httpx.Client(transport=self.transport)
        return WebsetsClient(
            API_KEY, base_url=FAKE_BASE, http_client=http, sleep=self.clock.sleep, clock=self.clock.now, environ={}
        )

    def result(self, returned_at: dict[str, float]) -> WaitRun:
        return WaitRun(
            self.transport.requests,
            tuple(returned_at[i] - self.idle_at[i] for i in self.ids),
            tuple(self.idle_at[i] - self.started for i in self.ids),
            max(returned_at.values()) - max(self.idle_at[i] for i in self.ids),
        )


def wait_one(kind: str, case: WaitCase, seed: int) -> WaitRun:
    scenario = Scenario(seed, [case])
    webset_id = scenario.ids[0]
    if kind == EXA:
        exa = exa_client(FAKE_ORIGIN)
        with exa_requests_via(scenario.transport), exa_virtual_time(scenario.clock.now, scenario.clock.sleep):
            exa.websets.wait_until_idle(webset_id)
    else:
        with scenario.client() as ws:
            ws.websets.wait_until_idle(webset_id)
    return scenario.result({webset_id: scenario.clock.now()})


MANY, FACADE_LOOPS, EXA_LOOPS = (
    "facade `wait_until_idle_many`",
    "facade `wait_until_idle` x N (async)",
    "exa-py `wait_until_idle` x N (async)",
)


def wait_many(kind: str, cases: list[WaitCase], seed: int) -> WaitRun:
    scenario = Scenario(seed, cases)
    clock = scenario.clock
    returned: dict[str, float] = {}
    if kind == MANY:
        with scenario.client() as ws:
            ws.websets.wait_until_idle_many(scenario.ids)
        returned = dict.fromkeys(scenario.ids, clock.now())
        return scenario.result(returned)

    async def loops() -> None:
        if kind == FACADE_LOOPS:
            http = httpx.AsyncClient(transport=scenario.transport)
            client: Any = AsyncWebsetsClient(
                API_KEY, base_url=FAKE_BASE, http_client=http, sleep=asyncio.sleep, clock=clock.now, environ={}
            )
        else:
            client = async_exa_client(scenario.transport)

        async def one(webset_id: str) -> None:
            await client.websets.wait_until_idle(webset_id)
            returned[webset_id] = clock.now()

        await asyncio.gather(*(one(i) for i in scenario.ids))

    run_virtual(clock, loops)
    return scenario.result(returned)


def _cases(config: Config) -> list[WaitCase]:
    return [WaitCase(t, e) for e in (0, 1) for t in config.wait_targets]


def many_cases(count: int, longest: float = 1200.0) -> list[WaitCase]:
    """``count`` websets becoming idle at times spread evenly from 20 s to ``longest``, every other one with an
    enrichment."""
    step = (longest - 20.0) / max(1, count - 1)
    return [WaitCase(round(20.0 + i * step), i % 2) for i in range(count)]


def run(config: Config, log: Callable[[str], None] = lambda _: None) -> Section:
    cases = _cases(config)
    kinds = [FACADE, EXA]
    runs: dict[tuple[str, int, int], WaitRun] = {}
    for seed in config.wait_seeds:
        log(f"waiting: single websets, seed {seed}")
        for index, case in enumerate(cases):
            for kind in kinds:
                runs[kind, index, seed] = wait_one(kind, case, seed)
    section = Section("waiting", "4. Waiting for one webset (fake time)")
    rows = []
    per_case: dict[str, list[tuple[int, float, float, float]]] = {k: [] for k in kinds}
    for index, case in enumerate(cases):
        idle = Stat.of([runs[FACADE, index, s].idle_after[0] for s in config.wait_seeds])
        requests = {k: Stat.of([runs[k, index, s].requests for s in config.wait_seeds]) for k in kinds}
        latency = {k: Stat.of([runs[k, index, s].latencies[0] for s in config.wait_seeds]) for k in kinds}
        rows.append(
            [case.label, idle.fmt(0), *(requests[k].fmt(0) for k in kinds), *(latency[k].fmt(1) for k in kinds)]
        )
        for k in kinds:
            per_case[k].append((case.enrichments, idle.median, requests[k].median, latency[k].median))
    totals = {
        k: Stat.of([sum(runs[k, i, s].requests for i in range(len(cases))) for s in config.wait_seeds]) for k in kinds
    }
    means = {
        k: Stat.of([statistics.fmean(runs[k, i, s].latencies[0] for i in range(len(cases))) for s in config.wait_seeds])
        for k in kinds
    }
    rows.append(
        [
            f"**all {len(cases)} websets**",
            "",
            *(f"**{totals[k].fmt(0)}** (total)" for k in kinds),
            *(f"**{means[k].fmt(2)}** (mean)" for k in kinds),
        ]
    )
    request_ratio = {k: totals[k].per(totals[EXA]) for k in kinds}
    latency_ratio = {k: means[k].per(means[EXA]) for k in kinds}
    rows.append(
        [
            "**x exa-py**",
            "",
            *(f"**{request_ratio[k].fmt(2, suffix='x')}**" for k in kinds),
            *(f"**{latency_ratio[k].fmt(2, suffix='x')}**" for k in kinds),
        ]
    )
    headers = [
        "webset idle after (target)",
        "idle after s",
        *(f"requests: {k}" for k in kinds),
        *(f"latency s: {k}" for k in kinds),
    ]
    section.tables.append(
        Table(
            headers,
            rows,
            f"Median (min-max) over seeds {', '.join(map(str, config.wait_seeds))} (each seed: other item timings). "
            "Latency: fake seconds from the webset becoming idle to the wait returning. Every number is exact and "
            "deterministic for a seed (the fake and the waits run on one manual clock).",
        )
    )
    section.targets += [
        Target(
            "waiting: ≤ 0.5x exa-py's requests",
            "≤ 0.50x",
            request_ratio[FACADE].fmt(2, suffix="x"),
            request_ratio[FACADE].median <= MAX_REQUEST_RATIO,
        ),
        Target(
            "waiting: ≤ 0.5x exa-py's mean detection latency",
            "≤ 0.50x",
            latency_ratio[FACADE].fmt(2, suffix="x"),
            latency_ratio[FACADE].median <= MAX_LATENCY_RATIO,
        ),
    ]
    section.extra = {"requests": request_ratio, "latency": latency_ratio, "totals": totals, "means": means}
    section.chart = {"kinds": kinds, "points": per_case}
    return section


def run_many(config: Config, log: Callable[[str], None] = lambda _: None) -> Section:
    cases = many_cases(config.many_websets, config.many_longest)
    kinds = [MANY, FACADE_LOOPS, EXA_LOOPS]
    runs: dict[tuple[str, int], WaitRun] = {}
    for seed in config.many_seeds:
        for kind in kinds:
            log(f"waiting: {config.many_websets} websets, {kind}, seed {seed}")
            runs[kind, seed] = wait_many(kind, cases, seed)
    requests = {k: Stat.of([runs[k, s].requests for s in config.many_seeds]) for k in kinds}
    latency = {k: Stat.of([runs[k, s].mean_latency for s in config.many_seeds]) for k in kinds}
    last = {k: Stat.of([runs[k, s].done_after_last_idle for s in config.many_seeds]) for k in kinds}
    n = config.many_websets
    rows = [
        [
            k.replace("N", str(n)),
            requests[k].fmt(0),
            f"{requests[k].median / n:.1f}",
            "— (returns once all are idle)" if k == MANY else latency[k].fmt(2),
            last[k].fmt(2),
        ]
        for k in kinds
    ]
    saving = requests[FACADE_LOOPS].per(requests[MANY])
    section = Section("many", f"4b. Waiting for {n} websets at once (fake time)")
    section.tables.append(
        Table(
            ["how", "requests", "per webset", "mean detection latency s", "last idle → last return s"],
            rows,
            f"{n} websets created together, idle after 20 s - {config.many_longest / 60:g} min (every other one "
            "with an enrichment); the loops run concurrently as asyncio tasks on an event loop driven by the fake "
            "clock. Seeds: "
            f"{', '.join(map(str, config.many_seeds))} (deterministic for a seed).",
        )
    )
    section.targets.append(
        Target(
            f"`wait_until_idle_many` ≥ 5x fewer requests than {n} per-webset loops",
            "≥ 5.0x",
            saving.fmt(1, suffix="x"),
            saving.median >= MIN_MANY_SAVING,
        )
    )
    section.chart = {
        "short": ["facade\n_many", f"facade\n{n} loops", f"exa-py\n{n} loops"],
        "n": n,
        "requests": [requests[k] for k in kinds],
    }
    return section


# Fake time only, in process (the figures are counts, not timings), on the stateful fake: waiting is where state
# matters.
SCENARIOS = [
    BenchScenario("waiting", lambda context: run(context.config, context.log)),
    BenchScenario("many", lambda context: run_many(context.config, context.log)),
]
