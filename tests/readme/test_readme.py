"""The README is true line by line: every fenced ``python`` block runs as printed, and every ``console`` block's
commands run and exit 0, against the fake served over HTTP on a free port.

The blocks find the fake the way a reader's code finds the API: through ``EXA_API_KEY`` and ``EXA_WEBSETS_BASE_URL``.
The fake runs on a manual clock and the SDK's default sleep advances it, so waits take no real time. Blocks are found
by reading the README, so sections added later are covered without touching this file.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import io
import os
import re
import shlex
import threading
import warnings
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import exa_websets._clock
import exa_websets.testing
import pytest
from exa_websets import WebsetsClient
from exa_websets.cli import main
from exa_websets.testing import FakeServer, FakeWebsets, ManualClock

README = Path(__file__).resolve().parents[2] / "README.md"
FENCE = re.compile(r"^```(?P<language>[\w-]*)\n(?P<body>.*?)^```\s*$", re.MULTILINE | re.DOTALL)
API_KEY = "readme-key"


@dataclass(frozen=True)
class Block:
    language: str
    line: int  # where the block's code starts in README.md
    code: str

    @property
    def name(self) -> str:
        return f"README.md:{self.line}"


def readme_blocks(language: str) -> list[Block]:
    text = README.read_text(encoding="utf-8")
    return [
        Block(m["language"], text.count("\n", 0, m.start("body")) + 1, m["body"])
        for m in FENCE.finditer(text)
        if m["language"] == language
    ]


PYTHON_BLOCKS = readme_blocks("python")
CONSOLE_BLOCKS = readme_blocks("console")


def test_the_readme_has_the_blocks_these_tests_run() -> None:
    assert len(PYTHON_BLOCKS) >= 3  # Quickstart, long-running work, the fake: a parsing slip must not pass silently
    assert len(CONSOLE_BLOCKS) >= 1


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeWebsets]:
    """The fake on a manual clock, served on a free port; the environment points the SDK at it."""
    fake = FakeWebsets(seed=0, clock=ManualClock())
    with FakeServer(fake) as server:
        monkeypatch.setenv("EXA_API_KEY", API_KEY)
        monkeypatch.setenv("EXA_WEBSETS_BASE_URL", server.base_url)
        # A client built without sleep= or clock= takes these module defaults: waits advance fake time instantly.
        monkeypatch.setattr(exa_websets._clock, "sleep", fake.clock.sleep)
        monkeypatch.setattr(exa_websets._clock, "async_sleep", fake.clock.async_sleep)
        monkeypatch.setattr(exa_websets._clock, "now", fake.clock.now)
        monkeypatch.chdir(tmp_path)  # files a block writes land here
        monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))  # and the sync's state, not the user's ~/.dlt
        yield fake


def run_python(block: Block) -> str:
    """Run a block as a script (top-level ``await`` allowed, as in a notebook); return what it printed.

    A deprecation warning from the SDK fails it: the README must show the current API.
    """
    code = compile(block.code, block.name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    printed = io.StringIO()
    with redirect_stdout(printed), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = eval(code, {"__name__": "__main__"})  # the README's own code, by design
            if inspect.iscoroutine(result):
                asyncio.run(result)
        except Exception as error:  # noqa: BLE001  # whatever a block raises, the README is wrong
            pytest.fail(
                f"{block.name} does not run as printed against the served fake: {type(error).__name__}: {error}\n"
                "(every ```python block of the README must; define what it uses, see tests/readme/test_readme.py)"
            )
    deprecated = [w for w in caught if issubclass(w.category, DeprecationWarning | PendingDeprecationWarning)]
    assert not deprecated, f"{block.name} uses a deprecated API: {[str(w.message) for w in deprecated]}"
    return printed.getvalue()


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=lambda block: block.name)
def test_python_block_runs_as_printed_and_again(fake: FakeWebsets, block: Block) -> None:
    first = run_python(block)
    if "print(" in block.code:
        assert first.strip(), f"{block.name} prints nothing against a fresh fake"
    second = run_python(block)  # a reader runs a snippet again: it must not fail the second time (409...)
    if "print(" in block.code:
        assert second.strip()


def _websets_and_item_counts() -> dict[str, int]:
    with WebsetsClient() as client:
        return {w.id: len(list(client.items.list_all(w.id))) for w in client.websets.list_all()}


def test_the_quickstart_waits_and_prints_one_line_per_item(fake: FakeWebsets) -> None:
    quickstart = next(block for block in PYTHON_BLOCKS if "ws.websets.create(" in block.code)
    lines = run_python(quickstart).splitlines()
    [count] = _websets_and_item_counts().values()  # one webset, idle: all its items were listed
    assert len(lines) == count > 0
    assert run_python(quickstart).splitlines() == lines  # the second run reuses the webset: same items, none new
    assert len(_websets_and_item_counts()) == 1


# The console blocks: `$ command` lines, and the output a reader should see after some of them.


@dataclass
class Shell:
    """Just enough of a shell to run the README's console blocks: exported variables and exa-websets commands."""

    fake: FakeWebsets
    base_url: str
    environ: dict[str, str]
    last_output: str = ""
    suggested: dict[str, str] = field(default_factory=dict)  # the variables `fake serve` says to set
    exported: set[str] = field(default_factory=set)

    def run(self, command: str) -> None:
        words = shlex.split(command, comments=True)
        if words and words[-1] == "&":
            words = words[:-1]
        if not words:
            return
        if words[0] == "export":
            for assignment in words[1:]:
                name, _, value = assignment.partition("=")
                if name in self.suggested:
                    assert value == self.suggested[name], f"`fake serve` says {name}={self.suggested[name]}"
                self.environ[name] = value
                self.exported.add(name)
            return
        assert words[0] == "exa-websets", f"the README's console blocks run exa-websets commands, not {words[0]!r}"
        args = words[1:]
        if args[:2] == ["fake", "serve"]:
            self.last_output = self._fake_serve(args)
            return
        stop = threading.Event()
        sleeps = 0

        def sleep(seconds: float) -> None:  # fake time; a command that runs until Ctrl-C stops after a few polls
            nonlocal sleeps
            sleeps += 1
            self.fake.clock.sleep(seconds)
            if "tail" in args and sleeps >= 3:
                stop.set()

        out, err = io.StringIO(), io.StringIO()
        code = main(
            args, sleep=sleep, clock=self.fake.clock.now, environ=self.environ, stdout=out, stderr=err, stop=stop
        )
        assert code == 0, f"`{command}` exited {code}: {err.getvalue()}"
        self.last_output = out.getvalue() + err.getvalue()

    def _fake_serve(self, args: list[str]) -> str:
        """`fake serve` as printed, except that it serves the fake already running (on its free port)."""
        calls: list[dict[str, Any]] = []

        def serve(fake: FakeWebsets, **options: Any) -> None:
            calls.append(options)
            options["on_ready"](self.base_url)

        out, err = io.StringIO(), io.StringIO()
        original = exa_websets.testing.serve
        exa_websets.testing.serve = serve
        try:
            code = main(args, stdout=out, stderr=err, environ=self.environ)
        finally:
            exa_websets.testing.serve = original
        assert code == 0, err.getvalue()
        assert len(calls) == 1
        self.suggested = dict(re.findall(r"\b(EXA_[A-Z_]+)=(\S+)", err.getvalue()))
        assert set(self.suggested) == {"EXA_WEBSETS_BASE_URL", "EXA_API_KEY"}, err.getvalue()
        return out.getvalue() + err.getvalue()


def _on_the_free_port(text: str, base_url: str) -> str:
    """The README's address (port 8765) as the one this test serves on."""
    return re.sub(r"http://127\.0\.0\.1:\d+/websets", base_url, text)


@pytest.mark.parametrize("block", CONSOLE_BLOCKS, ids=lambda block: block.name)
def test_console_block_commands_run_and_print_what_it_shows(fake: FakeWebsets, block: Block) -> None:
    base_url = os.environ["EXA_WEBSETS_BASE_URL"]
    # The reader's shell as the README sets it up (key and base URL exported, as the block with `fake serve` shows).
    shell = Shell(fake, base_url, environ={"EXA_API_KEY": API_KEY, "EXA_WEBSETS_BASE_URL": base_url})
    lines = block.code.splitlines()
    for index, line in enumerate(lines):
        if not line.startswith("$ "):
            continue
        shell.run(_on_the_free_port(line[2:], base_url))
        shown = [text for text in lines[index + 1 :] if text.strip()][:1]
        if shown and not shown[0].startswith(("$ ", " ")):  # output shown flush left is printed as it stands
            assert _on_the_free_port(shown[0], base_url) in shell.last_output.splitlines()
    # A block that starts the fake shows how to point the commands at it: every variable `fake serve` suggests.
    assert shell.exported >= set(shell.suggested), f"{block.name} does not export {set(shell.suggested)}"
