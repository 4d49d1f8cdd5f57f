"""The fake Websets service, seeded and then served over loopback HTTP from a child process.

A child process, not a thread: the server's work never competes with the measured client for the GIL, and its
memory (every seeded item) never shows in the client's. The child seeds the websets of a plan on the fake's manual
clock (fake time is free), then serves them with ``FakeServer`` until its stdin closes. Time stands still while it
serves, so every client reads exactly the same state.

Protocol: the child prints one JSON line ``{"base_url": ..., "websets": {name: [id, ...]}, "seed_seconds": ...}``
once it is listening; closing its stdin stops it.
"""

from __future__ import annotations

import argparse
import gc
import json
import selectors
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "bench-key"
SEED_BASE_URL = "https://fake.invalid/websets"


@dataclass(frozen=True)
class WebsetPlan:
    """``copies`` websets of ``count`` items each (people: their synthetic URLs never run out)."""

    name: str
    count: int
    copies: int = 1
    enrichments: int = 0
    entity: str = "person"


ENRICHMENTS = [
    {"description": "Current employer of the person", "format": "text"},
    {"description": "Years of experience", "format": "number"},
    {"description": "Seniority level", "format": "options", "options": [{"label": "junior"}, {"label": "senior"}]},
]


def webset_body(plan: WebsetPlan, index: int) -> dict[str, Any]:
    return {
        "search": {
            "query": f"Machine learning researchers in Europe ({plan.name} {index})",
            "count": plan.count,
            "entity": {"type": plan.entity},
        },
        "enrichments": ENRICHMENTS[: plan.enrichments],
        "externalId": f"bench-{plan.name}-{index}",
    }


def seed(fake: Any, plans: list[WebsetPlan]) -> dict[str, list[str]]:
    """Create the planned websets and advance fake time until every one is idle; returns their ids by plan name."""
    import httpx  # noqa: PLC0415 - the child's imports stay out of the parent's module import

    ids: dict[str, list[str]] = {}
    headers = {"x-api-key": API_KEY}
    with httpx.Client(base_url=SEED_BASE_URL, transport=fake.transport(), headers=headers) as client:
        for plan in plans:
            for index in range(plan.copies):
                response = client.post("/v0/websets", json=webset_body(plan, index))
                response.raise_for_status()
                ids.setdefault(plan.name, []).append(response.json()["id"])
    for webset_ids in ids.values():
        for webset_id in webset_ids:
            fake.run_until_idle(webset_id, timeout=1e9)
    return ids


def serve_main(argv: list[str] | None = None) -> int:
    from exa_websets.testing import FakeServer, FakeWebsets  # noqa: PLC0415

    parser = argparse.ArgumentParser(description="seed and serve the fake Websets service for the benchmarks")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--plan", required=True, help="JSON list of WebsetPlan fields")
    args = parser.parse_args(argv)
    plans = [WebsetPlan(**p) for p in json.loads(args.plan)]
    started = time.perf_counter()
    fake = FakeWebsets(seed=args.seed, api_keys=[API_KEY])
    ids = seed(fake, plans)
    seed_seconds = time.perf_counter() - started
    # Millions of long-lived objects: keep the cyclic GC from scanning them while serving (fewer latency spikes).
    gc.collect()
    gc.freeze()
    with FakeServer(fake) as server:
        print(json.dumps({"base_url": server.base_url, "websets": ids, "seed_seconds": seed_seconds}), flush=True)
        sys.stdin.read()  # until the parent closes our stdin
    return 0


class ServedFake:
    """The parent's handle on the child: ``with ServedFake(plans) as served: served.base_url, served.ids[name]``.

    ``start()`` returns at once (the child seeds in the background); ``wait_ready()`` blocks until it serves.
    """

    def __init__(self, plans: list[WebsetPlan], *, seed: int = 7, ready_timeout: float = 600.0) -> None:
        self.plans = plans
        self.seed = seed
        self.ready_timeout = ready_timeout
        self._process: subprocess.Popen[str] | None = None
        self._info: dict[str, Any] | None = None

    def command(self) -> list[str]:
        plan = json.dumps([asdict(p) for p in self.plans])
        return [sys.executable, "-m", "bench._server", "--seed", str(self.seed), "--plan", plan]

    def start(self) -> ServedFake:
        self._process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            self.command(), cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        return self

    def wait_ready(self) -> ServedFake:
        if self._info is not None:
            return self
        process = self._require()
        stdout: IO[str] | None = process.stdout
        assert stdout is not None
        with selectors.DefaultSelector() as selector:  # the child prints one whole line once it listens
            selector.register(stdout, selectors.EVENT_READ)
            ready = selector.select(self.ready_timeout)
        line = stdout.readline() if ready else ""
        if not line:
            state = "still running" if process.poll() is None else f"exited with {process.returncode}"
            self.stop()
            raise RuntimeError(f"the fake server did not start within {self.ready_timeout:g} s (it {state})")
        self._info = json.loads(line)
        return self

    @property
    def running(self) -> bool:
        return self._process is not None

    @property
    def base_url(self) -> str:
        return str(self._ready()["base_url"])

    @property
    def origin(self) -> str:
        """The base URL without ``/websets`` (exa-py adds it itself)."""
        return self.base_url.removesuffix("/websets")

    @property
    def ids(self) -> dict[str, list[str]]:
        return dict(self._ready()["websets"])

    @property
    def seed_seconds(self) -> float:
        return float(self._ready()["seed_seconds"])

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()  # our own child, by its handle
            process.wait(timeout=15)
        if process.stdout is not None:
            process.stdout.close()

    def _require(self) -> subprocess.Popen[str]:
        if self._process is None:
            raise RuntimeError("the fake server is not started")
        return self._process

    def _ready(self) -> dict[str, Any]:
        self.wait_ready()
        assert self._info is not None
        return self._info

    def __enter__(self) -> ServedFake:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


if __name__ == "__main__":
    sys.exit(serve_main())
