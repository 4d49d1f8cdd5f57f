"""The command as a whole: help for every command, usage errors, -v, the cli extra, python -m exa_websets."""

from __future__ import annotations

import io
import subprocess
import sys

import httpx
import pytest
from exa_websets import WebsetsClient
from exa_websets.cli import MISSING_RICH, main
from exa_websets.testing import FakeWebsets

from .helpers import Cli

COMMANDS = [
    ["create"],
    ["get"],
    ["list"],
    ["cancel"],
    ["delete"],
    ["items"],
    ["search", "add"],
    ["enrichment", "add"],
    ["monitor", "create"],
    ["monitor", "runs"],
    ["webhook", "create"],
    ["webhook", "listen"],
    ["events", "tail"],
    ["fake", "serve"],
]


def test_the_top_level_help_lists_every_command_with_a_purpose(cli: Cli) -> None:
    result = cli("--help")
    assert result.code == 0
    assert result.out.startswith("usage: exa-websets [-h] [--api-key KEY] [--base-url URL] [--json]")
    for name in (
        "create",
        "get",
        "list",
        "cancel",
        "delete",
        "items",
        "search",
        "enrichment",
        "monitor",
        "webhook",
        "events",
        "fake",
    ):
        assert any(line.split()[:1] == [name] and len(line.split()) > 3 for line in result.out.splitlines()), name
    assert "exit codes: 0 ok, 1 API error" in result.out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_a_description(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0
    assert result.out.startswith(f"usage: exa-websets {' '.join(command)} ")
    description = result.out.split("\n\n")[1]
    assert len(description) > 30  # a sentence saying what it does, not just the usage line
    assert result.err == ""


def test_usage_errors_exit_2_with_the_usage_on_stderr(cli: Cli) -> None:
    no_command = cli()
    assert no_command.code == 2
    assert "usage: exa-websets" in no_command.err
    unknown = cli("frobnicate")
    assert unknown.code == 2
    assert "invalid choice: 'frobnicate'" in unknown.err
    missing = cli("create")
    assert missing.code == 2
    assert "the following arguments are required: --query" in missing.err
    bad_format = cli("items", "webset_1", "--format", "xml")
    assert bad_format.code == 2
    assert bad_format.out == ""


def test_verbose_logs_the_sdks_requests_and_quiet_does_not(cli: Cli) -> None:
    quiet = cli("list")
    assert quiet.err == "no websets\n"
    verbose = cli("-v", "list")
    assert "GET https://api.exa.ai/websets/v0/websets -> 200 (req_" in verbose.err
    assert "x-api-key" not in verbose.err  # headers only at -vv
    debug = cli("-vv", "list")
    assert "'x-api-key': '<redacted>'" in debug.err
    assert "GET https://api.exa.ai/websets/v0/websets" not in cli("list").err  # the handler was removed again


def test_without_rich_it_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)  # import rich now raises ImportError
    err = io.StringIO()
    assert main(["list"], stderr=err, stdout=io.StringIO(), environ={}) == 2
    assert err.getvalue() == MISSING_RICH + "\n"
    assert MISSING_RICH == "the exa-websets command needs the cli extra: pip install 'exa-websets[cli]'"


def test_python_dash_m_exa_websets_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "exa_websets", "--version"], capture_output=True, text=True, check=False, timeout=30
    )
    assert (result.returncode, result.stdout) == (0, "exa-websets 0.1.0\n")


def test_a_client_factory_gets_the_global_options(fake: FakeWebsets, http: httpx.Client) -> None:
    seen: list[tuple[str | None, str | None]] = []

    def factory(*, api_key: str | None, base_url: str | None) -> WebsetsClient:
        seen.append((api_key, base_url))
        return WebsetsClient("from-the-factory", base_url=base_url, http_client=http, environ={})

    out = io.StringIO()
    code = main(
        ["--api-key", "given", "--base-url", "https://example.test/websets", "--json", "list"],
        client_factory=factory,
        stdout=out,
        stderr=io.StringIO(),
        environ={},
    )
    assert code == 0
    assert seen == [("given", "https://example.test/websets")]
    assert out.getvalue() == ""  # no websets: no lines
    assert main(["fake", "serve", "--speed", "0"], client_factory=factory, stderr=io.StringIO()) == 2
    assert len(seen) == 1  # commands that need no API never build a client
