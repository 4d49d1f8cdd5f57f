"""The governor inside the pipeline, in fake time: a shared cool-down, the rate, the deadline, requests in flight."""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx
from exa_websets import (
    AsyncWebsetsClient,
    ConfigurationError,
    DeadlineExceededError,
    InternalServerError,
    RateLimit,
    WebsetsClient,
    response_info,
)
from exa_websets._core.request import Transfer

from .conftest import API_KEY, BASE_URL, Both, ManualTime, webset_json

PATH = "/v0/websets/webset_1"
FIXED = RateLimit(requests_per_second=5, adaptive=False)


def get(client):
    return client.websets.get("webset_1")


async def call(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


def run(both: Both, fn: Callable[[Any], Awaitable[Any]], **overrides: Any) -> Any:
    """Run an async scenario ``fn(client)`` on a sync or an async client; it awaits each call through ``call``."""
    kwargs = both.client_kwargs(**overrides)
    if both.kind == "sync":
        with WebsetsClient(**kwargs) as client:
            return asyncio.run(fn(client))

    async def main() -> Any:
        async with AsyncWebsetsClient(**kwargs) as client:
            return await fn(client)

    return asyncio.run(main())


def test_calls_are_spaced_at_the_rate_and_report_time_queued(both: Both, api: respx.MockRouter) -> None:
    api.get(PATH).mock(return_value=httpx.Response(200, json=webset_json()))

    async def three(client):
        return [await call(get(client)) for _ in range(3)]

    results = run(both, three, rate_limit=FIXED)

    assert both.time.sleeps == pytest.approx([0.2, 0.2])  # the first goes at once, then one slot every 0.2 s
    assert [response_info(r).queued for r in results] == pytest.approx([0.0, 0.2, 0.2])


def test_a_429_pauses_the_next_call_of_the_same_client_too(
    both: Both, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(PATH).mock(
        side_effect=[
            httpx.Response(429, headers={"retry-after": "3"}),
            httpx.Response(200, json=webset_json()),
        ]
    )
    other = api.get("/v0/websets/webset_2").mock(return_value=httpx.Response(200, json=webset_json(id="webset_2")))

    async def first_then_other(client):
        started = both.time.now
        await call(get(client))  # 429, retried after its Retry-After
        retried_at = both.time.now - started
        second = await call(client.websets.get("webset_2"))
        return retried_at, second

    with caplog.at_level(logging.WARNING, logger="exa_websets"):
        retried_at, second = run(both, first_then_other, rate_limit=FIXED)

    assert retried_at >= 3.0
    assert other.call_count == 1
    assert response_info(second).queued >= 0.2 - 1e-9  # after the cool-down, still one slot apart
    assert "server throttled (429): pausing all calls of this client for 3.0 s" in caplog.text


def test_a_slot_past_the_call_deadline_is_a_deadline_error_without_sending(both: Both, api: respx.MockRouter) -> None:
    route = api.get(PATH).mock(
        side_effect=[
            httpx.Response(503, headers={"retry-after": "30"}),
            httpx.Response(200, json=webset_json()),
        ]
    )

    async def two(client):
        with pytest.raises(InternalServerError):
            await call(get(client))  # a 503 with Retry-After 30 under a 10 s deadline: not retried
        with pytest.raises(DeadlineExceededError):
            await call(client.websets.get("webset_1", deadline=5))  # the cool-down has 30 s left: no slot in 5 s

    run(both, two, rate_limit=FIXED, deadline=10)
    assert route.call_count == 1  # the second call never reached the network


def test_async_tasks_share_the_limit_on_requests_in_flight() -> None:
    in_flight = 0
    most = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
        return httpx.Response(200, json=webset_json())

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        limit = RateLimit(requests_per_second=None, max_in_flight=3)
        async with AsyncWebsetsClient(API_KEY, base_url=BASE_URL, http_client=http, rate_limit=limit) as ws:
            await asyncio.gather(*(get(ws) for _ in range(20)))
        await http.aclose()

    asyncio.run(main())
    assert most == 3


def test_threads_share_the_limit_on_requests_in_flight() -> None:
    lock = threading.Lock()
    in_flight = 0
    most = 0
    release = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
        release.wait(0.05)
        with lock:
            in_flight -= 1
        return httpx.Response(200, json=webset_json())

    limit = RateLimit(requests_per_second=None, max_in_flight=2)
    with WebsetsClient(
        API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler)), rate_limit=limit
    ) as ws:
        threads = [threading.Thread(target=get, args=(ws,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert most == 2


def test_the_default_governor_is_on_and_none_turns_it_off(api: respx.MockRouter) -> None:
    api.get(PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    time = ManualTime()
    with WebsetsClient(API_KEY, sleep=time.sleep, clock=time.clock, environ={}) as ws:
        get(ws), get(ws)
    assert time.sleeps == pytest.approx([0.2])  # 5 requests/s by default
    time = ManualTime()
    with WebsetsClient(API_KEY, sleep=time.sleep, clock=time.clock, environ={}, rate_limit=None) as ws:
        get(ws), get(ws)
    assert time.sleeps == []


def test_presigned_transfers_do_not_wait_for_the_api_governor() -> None:
    time = ManualTime()
    with (
        respx.mock() as storage,
        WebsetsClient(API_KEY, sleep=time.sleep, clock=time.clock, environ={}, rate_limit=FIXED) as ws,
    ):
        for _ in range(3):
            ws._pipeline.governor.acquire()  # three API slots taken: an API call would wait 0.6 s now
            ws._pipeline.governor.release()
        sleeps_before = list(time.sleeps)
        upload = storage.put("https://storage.example/upload?token=secret").mock(return_value=httpx.Response(200))
        ws._transfer(Transfer("imports.upload", "PUT", "https://storage.example/upload?token=secret", b"a,b\n"))
    assert upload.call_count == 1
    assert time.sleeps == sleeps_before


@pytest.mark.parametrize("bad", ["fast", 5, {"requests_per_second": 5}])
def test_a_bad_rate_limit_is_refused_before_the_network(bad: object) -> None:
    with pytest.raises(ConfigurationError, match=r"rate_limit must be an exa_websets\.RateLimit or None"):
        WebsetsClient(API_KEY, environ={}, rate_limit=bad)  # type: ignore[arg-type]
