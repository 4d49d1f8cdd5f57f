"""7. Under load: 200 concurrent calls against a fake that throttles like the live API (429 with Retry-After above
its rate): the facade with its governor, the facade without it, and exa-py (no retries, no governor).

The fake is served over loopback from a thread of this process (its counters are read directly); its rate limit is
in real time, so this section takes about calls ÷ rate seconds per client. Work is equal: every client issues the
same ``GET /v0/websets/{id}`` calls, all started at once with ``asyncio.gather``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from exa_websets import AsyncWebsetsClient, RateLimit
from exa_websets.testing import FakeServer, FakeWebsets, ScaledClock

from bench._model import BenchScenario, Config, Section, Table, Target
from bench._server import API_KEY


async def _facade(base_url: str, webset_id: str, calls: int, rate_limit: RateLimit | None) -> int:
    async with AsyncWebsetsClient(API_KEY, base_url=base_url, environ={}, rate_limit=rate_limit) as ws:
        results = await asyncio.gather(*(ws.websets.get(webset_id) for _ in range(calls)), return_exceptions=True)
    return sum(not isinstance(r, BaseException) for r in results)


async def _exa_py(origin: str, webset_id: str, calls: int) -> int:
    from exa_py import AsyncExa  # noqa: PLC0415 - exa-py imports openai and more: only when measuring it

    exa = AsyncExa(api_key=API_KEY, api_base=origin)
    results = await asyncio.gather(*(exa.websets.get(webset_id) for _ in range(calls)), return_exceptions=True)
    return sum(not isinstance(r, BaseException) for r in results)


def run(config: Config) -> Section:
    rate, calls = config.governor_rate, config.governor_calls
    clients: dict[str, Callable[[str, str], Awaitable[int]]] = {
        f"facade, governor on (`RateLimit(requests_per_second={rate:g})`; 5 is the default)": lambda url, wid: _facade(
            url, wid, calls, RateLimit(requests_per_second=rate)
        ),
        "facade, `rate_limit=None` (each call retries on its own)": lambda url, wid: _facade(url, wid, calls, None),
        "exa-py 2.27 (no retries)": lambda url, wid: _exa_py(url.removesuffix("/websets"), wid, calls),
    }
    rows: list[list[str]] = []
    figures: dict[str, dict[str, Any]] = {}
    for name, client in clients.items():
        fake = FakeWebsets(seed=1, clock=ScaledClock(1.0))
        with FakeServer(fake) as server:
            created = httpx.post(
                f"{server.base_url}/v0/websets",
                json={"search": {"query": "Robotics startups", "count": 1}},
                headers={"x-api-key": API_KEY},
            ).json()
            fake.faults.limit_rate(rate)  # after the set-up request: every client starts with a full bucket
            started = time.perf_counter()
            ok = asyncio.run(client(server.base_url, created["id"]))
            seconds = time.perf_counter() - started
            assert fake.faults.rate_limiter is not None
            throttled = fake.faults.rate_limiter.throttled
        figures[name] = {"ok": ok, "throttled": throttled, "seconds": seconds}
        rows.append([name, f"{ok} / {calls}", str(throttled), f"{seconds:.1f}", f"{seconds / (calls / rate):.2f}x"])
    ideal = calls / rate
    governed = figures[next(iter(clients))]
    return Section(
        key="governor",
        title=f"7. Under load: {calls} concurrent calls against a fake that throttles above {rate:g} requests/s",
        tables=[
            Table(
                ["client", "calls that succeeded", "429s the server sent", "seconds", "vs ideal"],
                rows,
                caption=f"ideal: {calls} calls ÷ {rate:g}/s = {ideal:.0f} s. One run each (real time).",
            )
        ],
        targets=[
            Target(
                f"governor: all {calls} succeed, ≤ 5 429s, ≤ 1.3x ideal",
                "all, ≤ 5, ≤ 1.3x",
                f"{governed['ok']}, {governed['throttled']}, {governed['seconds'] / ideal:.2f}x",
                governed["ok"] == calls and governed["throttled"] <= 5 and governed["seconds"] <= 1.3 * ideal,
            )
        ],
        extra=figures,
    )


SCENARIOS = [BenchScenario("governor", lambda context: run(context.config))]
