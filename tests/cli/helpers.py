"""Running the exa-websets command in process against the fake, on its manual clock (waits take no real time)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from exa_websets.cli import main
from exa_websets.testing import FakeWebsets

API_KEY = "cli-test-key-0123456789"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.out.splitlines()]


class TerminalStream(io.StringIO):
    """A captured stream that says it is a terminal, so rich draws live progress bars into it."""

    def isatty(self) -> bool:
        return True


class Cli:
    """``cli("get", "webset_1")`` runs the command against the fake and returns its exit code and output."""

    def __init__(self, fake: FakeWebsets, http: httpx.Client) -> None:
        self.fake = fake
        self.http = http

    def __call__(
        self,
        *argv: str,
        stdin: str = "",
        environ: dict[str, str] | None = None,
        sleep: Callable[[float], None] | None = None,
        stderr: io.StringIO | None = None,
        **runtime: Any,
    ) -> Result:
        out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
        code = main(
            list(argv),
            http_client=self.http,
            sleep=sleep or self.fake.clock.sleep,
            clock=self.fake.clock.now,
            environ={"EXA_API_KEY": API_KEY} if environ is None else environ,
            rate_limit=runtime.pop("rate_limit", None),  # off: each test's sleep counts polls (tests/governor: on)
            stdin=io.StringIO(stdin),
            stdout=out,
            stderr=err,
            **runtime,
        )
        return Result(code, out.getvalue(), err.getvalue())

    def create(self, query: str = "AI labs in Europe", count: int = 12, *extra: str, idle: bool = True) -> str:
        """A webset made through the command; with ``idle``, run to completion on the fake clock."""
        result = self("--json", "create", "--query", query, "--count", str(count), *extra)
        assert result.code == 0, result.err
        webset_id: str = result.json()["id"]
        if idle:
            self.fake.run_until_idle(webset_id)
        return webset_id


def interrupt_after(fake: FakeWebsets, sleeps: int) -> Callable[[float], None]:
    """A sleep that advances the fake clock ``sleeps`` times, then acts as if Ctrl-C was pressed."""
    calls = 0

    def sleep(seconds: float) -> None:
        nonlocal calls
        calls += 1
        if calls > sleeps:
            raise KeyboardInterrupt
        fake.clock.sleep(seconds)

    return sleep
