"""Default ways to wait and tell the time. Clients take their own (a test's manual clock, the fake's clock)."""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

Clock = Callable[[], float]  # seconds since the epoch (wall time: Retry-After may be an HTTP date)
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]

now: Clock = time.time


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - a sync client's import never pays for asyncio

    await asyncio.sleep(seconds)


# A limit on calls in flight: across tasks for the async client, across threads for the sync one (unasync renames).
Semaphore = threading.BoundedSemaphore
if TYPE_CHECKING:
    import asyncio

    AsyncSemaphore = asyncio.Semaphore
else:

    def __getattr__(name: str) -> Any:
        if name == "AsyncSemaphore":  # asyncio is loaded only by the async client, which asks for this
            import asyncio  # noqa: PLC0415

            return asyncio.Semaphore
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
