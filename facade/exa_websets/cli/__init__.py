"""The ``exa-websets`` command (also ``python -m exa_websets``): create, watch and export websets from a shell.

Needs the ``cli`` extra (rich). ``main`` takes every outside dependency as an argument, so tests can run any
command against the in-process fake with a manual clock.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

import httpx

from .._policy.governor import DEFAULT_RATE_LIMIT, RateLimit
from ._runtime import ClientFactory, Runtime

__all__ = ["MISSING_RICH", "ClientFactory", "Runtime", "main"]

MISSING_RICH = "the exa-websets command needs the cli extra: pip install 'exa-websets[cli]'"


def main(
    argv: Sequence[str] | None = None,
    *,
    client_factory: ClientFactory | None = None,
    http_client: httpx.Client | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
    environ: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    interactive: bool | None = None,
    stop: threading.Event | None = None,
    on_ready: Callable[[str], None] | None = None,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
) -> int:
    """Run one command and return its exit code: 0 ok, 1 API error, 2 usage error, 130 interrupted.

    ``argv`` defaults to ``sys.argv[1:]``. The keywords replace the process's surroundings (see ``Runtime``):
    ``client_factory`` builds the client outright; otherwise ``http_client``, ``sleep``, ``clock`` and ``environ``
    are handed to ``WebsetsClient`` with ``rate_limit`` (its governor).
    ``interactive`` says whether prompts may be asked (default: stdin is a tty).
    """
    err = stderr if stderr is not None else sys.stderr
    try:
        import rich  # noqa: F401, PLC0415  # the cli extra: checked before anything else needs it
    except ImportError:
        print(MISSING_RICH, file=err)
        return 2
    from ._app import run  # noqa: PLC0415  # imports rich

    runtime = Runtime(
        stdin=stdin if stdin is not None else sys.stdin,
        stdout=stdout if stdout is not None else sys.stdout,
        stderr=err,
        environ=environ if environ is not None else os.environ,
        client_factory=client_factory,
        http_client=http_client,
        sleep=sleep,
        clock=clock,
        interactive=interactive,
        stop=stop,
        on_ready=on_ready,
        rate_limit=rate_limit,
    )
    return run(list(sys.argv[1:] if argv is None else argv), runtime)
