"""Default ways to wait and tell the time. Clients take their own (a test's manual clock, the fake's clock)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable

Clock = Callable[[], float]  # seconds since the epoch (wall time: Retry-After may be an HTTP date)
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]

now: Clock = time.time


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


# A limit on calls in flight: across tasks for the async client, across threads for the sync one (unasync renames).
AsyncSemaphore = asyncio.Semaphore
Semaphore = threading.BoundedSemaphore
