"""Run the same test against WebsetsClient and AsyncWebsetsClient, with recorded (never real) sleeps."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import respx
from exa_websets import AsyncWebsetsClient, WebsetsClient

BASE_URL = "https://api.exa.ai/websets"
API_KEY = "exa-secret-key-0123456789"
NOW = "2026-11-22T08:00:00Z"


@dataclass
class ManualTime:
    """A clock that only moves when something sleeps on it; every sleep is recorded."""

    now: float = 1_795_000_000.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class Both:
    """Runs ``fn(client)`` on a fresh sync or async client; async results are awaited for you."""

    kind: str
    time: ManualTime

    def client_kwargs(self, **overrides: Any) -> dict[str, Any]:
        sleep = self.time.sleep if self.kind == "sync" else self.time.async_sleep
        # The governor is off here so that each test sees its own retry sleeps; tests/governor covers it.
        return {
            "api_key": API_KEY,
            "sleep": sleep,
            "clock": self.time.clock,
            "rng": random.Random(0),
            "environ": {},
            "rate_limit": None,
            **overrides,
        }

    def run(self, fn: Callable[[Any], Any], **overrides: Any) -> Any:
        kwargs = self.client_kwargs(**overrides)
        if self.kind == "sync":
            with WebsetsClient(**kwargs) as client:
                return fn(client)

        async def main() -> Any:
            async with AsyncWebsetsClient(**kwargs) as client:
                return await fn(client)

        return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def both(request: pytest.FixtureRequest) -> Both:
    return Both(request.param, ManualTime())


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


def webset_json(**changes: Any) -> dict[str, Any]:
    return {
        "id": "webset_1",
        "object": "webset",
        "status": "running",
        "externalId": None,
        "title": "AI labs",
        "searches": [],
        "imports": [],
        "enrichments": [],
        "monitors": [],
        "createdAt": NOW,
        "updatedAt": NOW,
        **changes,
    }
