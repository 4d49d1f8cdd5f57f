"""A minimal ASGI 3 adapter (no framework): HTTP requests to ``FakeWebsets.handle``, plus a lifespan ticker that
keeps fake time moving (monitor firings, webhook deliveries) when no request comes in."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote

from ._http import FakeRequest

if TYPE_CHECKING:
    from ._fake import FakeWebsets

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

TICK_SECONDS = 0.2  # real seconds between background advances of the served fake


class ConnectionDropped(Exception):
    """Raised after the response has started, so that the server closes the connection mid-answer."""


class QuietDroppedConnections(logging.Filter):
    """Keeps the server's error log free of the tracebacks of injected dropped connections."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


class AsgiApp:
    def __init__(self, fake: FakeWebsets, *, tick_seconds: float = TICK_SECONDS) -> None:
        self._fake = fake
        self._tick_seconds = tick_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        raw_path = scope.get("raw_path")
        path = raw_path.decode("ascii") if raw_path else quote(scope["path"])
        server = scope.get("server") or ("127.0.0.1", 80)
        host = headers.get("host") or f"{server[0]}:{server[1]}"
        request = FakeRequest(
            method=scope["method"],
            raw_path=path.split("?", 1)[0],
            query=parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True),
            headers=headers,
            body=body,
            origin=f"{scope.get('scheme', 'http')}://{host}",
        )
        # In a thread: handling takes the fake's lock, which must not block the server's event loop.
        outcome = await asyncio.to_thread(self._fake.handle, request)
        if outcome.delay:
            await self._fake.clock.async_sleep(outcome.delay)
        if outcome.response is None:
            await send({"type": "http.response.start", "status": 200, "headers": []})
            raise ConnectionDropped("injected fault: connection dropped")
        response = outcome.response
        raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
        raw_headers.append((b"content-length", str(len(response.body)).encode("ascii")))
        await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": response.body})

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        ticker: asyncio.Task[None] | None = None
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                ticker = asyncio.create_task(self._tick())
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if ticker is not None:
                    ticker.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await ticker
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self._tick_seconds)
            # Not waiting for webhook deliveries: they are made by the fake's own worker.
            await asyncio.to_thread(self._fake.sync, wait_for_deliveries=False)
