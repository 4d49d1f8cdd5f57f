"""What every command handler gets: the output consoles, the client (built on first use) and the prompts."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any, TextIO

from rich.console import Console
from rich.text import Text

from .._sync.client import WebsetsClient
from ._format import dumps
from ._runtime import Runtime

# Width of output that is not a terminal (a pipe, a file): tables at their natural width, lines unwrapped.
UNLIMITED_WIDTH = 10_000


def _console(stream: TextIO, environ: Mapping[str, str]) -> Console:
    # _environ: rich reads COLUMNS, NO_COLOR, TERM... from the environment the command was given, not os.environ
    console = Console(file=stream, highlight=False, _environ=dict(environ))
    if not console.is_terminal and "COLUMNS" not in environ:
        console.width = UNLIMITED_WIDTH
    return console


class UsageError(Exception):
    """Input the command refuses before calling the API (exit code 2)."""


class Context:
    """One run of one command. Results go to stdout (JSON documents with ``--json``), everything else to stderr."""

    def __init__(self, runtime: Runtime, *, api_key: str | None, base_url: str | None, json: bool) -> None:
        self.runtime = runtime
        self.json = json
        self.out = _console(runtime.stdout, runtime.environ)
        self.err = _console(runtime.stderr, runtime.environ)
        self._api_key = api_key
        self._base_url = base_url
        self._client: WebsetsClient | None = None

    @property
    def client(self) -> WebsetsClient:
        """Built on first use: commands that need no API (``fake serve``, ``webhook listen``) need no key."""
        if self._client is None:
            self._client = self.runtime.make_client(api_key=self._api_key, base_url=self._base_url)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # --- output ---------------------------------------------------------------------------------------------

    def emit(self, value: Any) -> None:
        """One JSON document on its own line (a result, or one element of a stream)."""
        self.runtime.stdout.write(dumps(value) + "\n")
        self.runtime.stdout.flush()

    def result(self, value: Any, line: str | Text) -> None:
        """A command's result: the API's object as JSON with --json, else ``line`` for the person reading."""
        if self.json:
            self.emit(value)
        else:
            self.say(line)

    def say(self, message: str | Text) -> None:
        """A human result on stdout (plain text: never read as rich markup)."""
        self.out.print(message if isinstance(message, Text) else Text(message), soft_wrap=True)

    def note(self, message: str | Text) -> None:
        """Status for the person watching, on stderr, so stdout stays the result."""
        self.err.print(message if isinstance(message, Text) else Text(message, style="dim"), soft_wrap=True)

    def error(self, message: str) -> None:
        self.err.print(Text.assemble(("error: ", "bold red"), message), soft_wrap=True)

    # --- time and questions ---------------------------------------------------------------------------------

    def sleep(self, seconds: float) -> None:
        (self.runtime.sleep or time.sleep)(seconds)

    def now(self) -> float:
        return (self.runtime.clock or time.time)()

    def confirm(self, question: str) -> bool:
        """Ask a yes/no question on stderr and read the answer from stdin; anything but yes (or EOF, or Ctrl-C) is
        no."""
        self.err.print(Text(f"{question} [y/N] "), end="", soft_wrap=True)
        self.runtime.stderr.flush()
        try:
            answer = self.runtime.stdin.readline()
        except KeyboardInterrupt:
            answer = ""
        if not answer.endswith("\n"):
            self.err.print()  # EOF or Ctrl-C: end the prompt's line
        return answer.strip().lower() in ("y", "yes")
