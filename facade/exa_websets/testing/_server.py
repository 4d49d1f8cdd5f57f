"""Serving the fake over real HTTP with uvicorn: in the foreground (the CLI) or in a background thread (tests)."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType

import uvicorn

from ._asgi import QuietDroppedConnections
from ._clock import ScaledClock
from ._fake import FakeWebsets


def _server(fake: FakeWebsets, host: str, port: int, log_level: str) -> uvicorn.Server:
    error_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, QuietDroppedConnections) for f in error_log.filters):
        error_log.addFilter(QuietDroppedConnections())
    config = uvicorn.Config(fake.asgi_app, host=host, port=port, log_level=log_level, http="h11", lifespan="on")
    return uvicorn.Server(config)


def _bound_port(server: uvicorn.Server, default: int) -> int:
    for listener in getattr(server, "servers", []):
        for sock in listener.sockets:
            return int(sock.getsockname()[1])
    return default


def listening_socket(host: str, port: int) -> socket.socket:
    """The server's socket, bound here rather than by uvicorn: a busy port is one OSError, not uvicorn's exit."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


def served_fake_problem(speed: float, rate_limit: float | None) -> str | None:
    """What is wrong with a served fake's --speed or --rate-limit (the command line and ``python -m`` both ask)."""
    if speed <= 0:
        return "--speed must be more than 0"
    if rate_limit is not None and rate_limit <= 0:
        return "--rate-limit must be more than 0 requests per second"
    return None


def served_fake(*, speed: float, seed: int, rate_limit: float | None, api_keys: list[str] | None = None) -> FakeWebsets:
    """The fake to serve: fake time ``speed`` times real time; above ``rate_limit`` requests per real second, 429."""
    fake = FakeWebsets(seed=seed, clock=ScaledClock(speed), api_keys=api_keys)
    fake.faults.limit_rate(rate_limit)  # on real time: the limit a client's governor must keep to
    return fake


def cannot_serve(host: str, port: int, error: OSError) -> str:
    """Why the address cannot be bound, and what to do about it."""
    reason = os.strerror(error.errno) if error.errno else str(error)
    return f"cannot serve on {host}:{port} ({reason}): pick another --port (0: any free port)"


def serve(
    fake: FakeWebsets, *, host: str = "127.0.0.1", port: int = 8765, on_ready: Callable[[str], None] | None = None
) -> None:
    """Serve until interrupted; ``on_ready`` gets the base URL (``http://host:port/websets``) once listening.

    Raises OSError (before serving anything) when the address cannot be bound, e.g. the port is in use."""
    listener = listening_socket(host, port)
    server = _server(fake, host, port, "warning")

    async def run() -> None:
        serving = asyncio.create_task(server.serve(sockets=[listener]))
        while not server.started and not serving.done():
            await asyncio.sleep(0.01)
        if server.started and on_ready is not None:
            on_ready(f"http://{host}:{_bound_port(server, port)}/websets")
        await serving

    with listener:
        asyncio.run(run())


class FakeServer:
    """The fake served by uvicorn in a background thread: ``with FakeServer(fake) as server: server.base_url``."""

    def __init__(self, fake: FakeWebsets, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.fake = fake
        self.host = host
        self._server = _server(fake, host, port, "error")
        self._thread = threading.Thread(target=self._server.run, name="fake-websets-server", daemon=True)
        self.port = port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/websets"

    def start(self, timeout: float = 10.0) -> FakeServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fake server did not start")
            time.sleep(0.01)
        self.port = _bound_port(self._server, self.port)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
