"""The facade against the in-process fake service, sync and async, on the fake's manual clock (no real waiting)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from exa_websets import AsyncWebsetsClient, WebsetsClient
from exa_websets.testing import DeliveryResult, FakeWebsets, ManualClock, WebhookDelivery

API_KEY = "e2e-key"


class Counting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Counts the requests that reach the fake, by method and path."""

    def __init__(self, inner: httpx.MockTransport) -> None:
        self.inner = inner
        self.requests: list[tuple[str, str]] = []
        self.headers: list[dict[str, str]] = []

    def _count(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))
        self.headers.append(dict(request.headers))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        return await self.inner.handle_async_request(request)


@dataclass
class Service:
    kind: str
    fake: FakeWebsets
    transport: Counting
    deliveries: list[WebhookDelivery] = field(default_factory=list)

    def run(self, fn: Callable[[Any], Any], **client_kwargs: Any) -> Any:
        clock = self.fake.clock
        common = {"api_key": API_KEY, "clock": clock.now, "environ": {}, **client_kwargs}
        if self.kind == "sync":
            with WebsetsClient(http_client=httpx.Client(transport=self.transport), sleep=clock.sleep, **common) as c:
                return fn(c)

        async def main() -> Any:
            http = httpx.AsyncClient(transport=self.transport)
            async with AsyncWebsetsClient(http_client=http, sleep=clock.async_sleep, **common) as client:
                return await fn(client)

        return asyncio.run(main())

    def call(self, fn: Callable[[Any], Any]) -> Any:
        """Run one step; async steps return coroutines, which run() awaits."""
        return self.run(fn)


@pytest.fixture(params=["sync", "async"])
def service(request: pytest.FixtureRequest) -> Service:
    deliveries: list[WebhookDelivery] = []

    def receive(delivery: WebhookDelivery) -> DeliveryResult:
        deliveries.append(delivery)
        return DeliveryResult(200, "ok")

    fake = FakeWebsets(seed=11, clock=ManualClock(), deliver=receive)
    # Each call first waits for the webhook deliveries queued before it: API-only flows stay deterministic.
    return Service(request.param, fake, Counting(fake.transport(settle_deliveries=True)), deliveries)


async def gather_async(iterable: Any) -> list[Any]:
    return [item async for item in iterable]


def collect(service: Service, client: Any, paginator: Any) -> Any:
    """The items of a paginator as a list (a coroutine on the async client)."""
    return list(paginator) if service.kind == "sync" else gather_async(paginator)
