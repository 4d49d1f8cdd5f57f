"""What the command line takes from its surroundings, injectable so tests can drive every command in process.

This module must not import rich: ``main`` imports it before checking that the ``cli`` extra is installed.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol, TextIO

import httpx

from .._policy.governor import DEFAULT_RATE_LIMIT, RateLimit
from .._sync.client import WebsetsClient


class ClientFactory(Protocol):
    """Builds the client a command talks through; ``api_key``/``base_url`` are the global options (None: not given,
    so the client reads the environment)."""

    def __call__(self, *, api_key: str | None, base_url: str | None) -> WebsetsClient: ...


@dataclass(frozen=True)
class Runtime:
    """The process's streams, environment, time and client, or stand-ins for them.

    ``stop`` ends the long-running commands (``events tail``, ``webhook listen``) as Ctrl-C would; ``on_ready``
    gets the URL ``webhook listen`` is listening on once it accepts connections.
    """

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    client_factory: ClientFactory | None = None
    http_client: httpx.Client | None = None
    sleep: Callable[[float], None] | None = None
    clock: Callable[[], float] | None = None
    interactive: bool | None = None  # None: when stdin is a terminal
    stop: threading.Event | None = None
    on_ready: Callable[[str], None] | None = None
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT

    def make_client(self, *, api_key: str | None, base_url: str | None) -> WebsetsClient:
        if self.client_factory is not None:
            return self.client_factory(api_key=api_key, base_url=base_url)
        return WebsetsClient(
            api_key,
            base_url=base_url,
            http_client=self.http_client,
            sleep=self.sleep,
            clock=self.clock,
            environ=self.environ,
            rate_limit=self.rate_limit,
        )

    @property
    def is_interactive(self) -> bool:
        if self.interactive is not None:
            return self.interactive
        isatty = getattr(self.stdin, "isatty", None)
        return bool(isatty and isatty())

    @property
    def stopped(self) -> bool:
        return self.stop is not None and self.stop.is_set()
