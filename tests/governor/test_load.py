"""The governor under load, in real time against a throttling server (the one place these tests wait for real).

The issue's scenario is 5 requests/s; at that rate 200 calls take 40 s, so the server and the governor here run at
the same ratio ten times faster (50/s): the same arithmetic, in seconds. `nox -s bench` runs it at 5/s."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from exa_websets import AsyncWebsetsClient, RateLimit, WebsetsClient, response_info

from .server import throttling_server

pytestmark = pytest.mark.slow  # real time: 4 s and 6.4 s of ideal duration

RATE = 50.0
ALLOWED_THROTTLES = 5  # "a handful": a token bucket and a scheduler on different clocks may disagree at the edges


def test_200_concurrent_async_calls_stay_under_the_limit():
    with throttling_server(RATE) as (base_url, throttle):

        async def main() -> list[float]:
            async with AsyncWebsetsClient(
                "key", base_url=base_url, rate_limit=RateLimit(requests_per_second=RATE)
            ) as ws:
                results = await asyncio.gather(*(ws.websets.get(f"webset_{n}") for n in range(200)))
            return [response_info(result).queued for result in results]  # type: ignore[union-attr]

        started = time.monotonic()
        queued = asyncio.run(main())
        elapsed = time.monotonic() - started

    assert throttle.ok == 200
    assert throttle.throttled <= ALLOWED_THROTTLES
    ideal = 200 / RATE
    assert elapsed <= 1.3 * ideal, f"{elapsed:.2f} s against an ideal of {ideal:.2f} s"
    assert max(queued) > 0.5 * ideal  # the last ones really were held back by the governor


def test_16_threads_of_20_sync_calls_share_one_governor():
    with throttling_server(RATE) as (base_url, throttle):
        ws = WebsetsClient("key", base_url=base_url, rate_limit=RateLimit(requests_per_second=RATE))
        failures: list[BaseException] = []

        def worker(thread: int) -> None:
            try:
                for call in range(20):
                    ws.websets.get(f"webset_{thread}_{call}")
            except BaseException as error:  # noqa: BLE001 - reported below
                failures.append(error)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(16)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        ws.close()

    assert failures == []
    assert throttle.ok == 320
    assert throttle.throttled <= ALLOWED_THROTTLES
    ideal = 320 / RATE
    assert elapsed <= 1.3 * ideal, f"{elapsed:.2f} s against an ideal of {ideal:.2f} s"


def test_rate_limit_none_turns_the_governor_off():
    with throttling_server(RATE) as (base_url, throttle):

        async def main() -> list[float]:
            async with AsyncWebsetsClient("key", base_url=base_url, rate_limit=None, max_retries=10) as ws:
                results = await asyncio.gather(*(ws.websets.get(f"webset_{n}") for n in range(20)))
            return [response_info(result).queued for result in results]  # type: ignore[union-attr]

        assert asyncio.run(main()) == [0.0] * 20
    assert throttle.ok == 20
