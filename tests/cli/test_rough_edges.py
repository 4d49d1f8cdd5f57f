"""Rough edges a newcomer hit: global flags after the command, Ctrl-C's exit code, the safe `search add` default,
and one-line errors (with the fix) from the fake's entry points when the extra is missing or the port is busy."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from exa_websets.cli import main
from exa_websets.cli.commands import webhooks
from exa_websets.testing import FakeServer, FakeWebsets, ManualClock

from .helpers import API_KEY, Cli

INTERRUPTED = 130


def test_global_flags_work_after_the_command_too(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 3)
    before = cli("--json", "items", webset_id)
    after = cli("items", webset_id, "--json")
    assert after.code == 0, after.err
    assert [item["id"] for item in after.json_lines()] == [item["id"] for item in before.json_lines()]
    assert len(after.json_lines()) == 3

    listed = cli("list", "--limit", "1", "--json", "-v")
    assert listed.code == 0, listed.err
    assert [w["id"] for w in listed.json_lines()] == [webset_id]
    assert "GET https://api.exa.ai/websets/v0/websets" in listed.err  # -v after the command logs requests

    keyed = cli("get", webset_id, "--api-key", API_KEY, "--json", environ={})
    assert (keyed.code, keyed.json()["id"]) == (0, webset_id)


def test_a_global_flag_given_before_the_command_is_not_reset_by_the_command(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 2)
    result = cli("--json", "--api-key", API_KEY, "get", webset_id, environ={})  # nothing repeated after `get`
    assert result.code == 0, result.err
    assert result.json()["id"] == webset_id


def test_every_command_lists_the_global_options_in_its_help(cli: Cli) -> None:
    help_text = cli("events", "tail", "--help").out
    assert "global options:" in help_text
    for flag in ("--api-key KEY", "--base-url URL", "--json", "-v, --verbose"):
        assert flag in help_text


def test_search_add_appends_by_default_and_its_help_says_exactly_what_each_behavior_does(cli: Cli) -> None:
    webset_id = cli.create("AI labs in Europe", 3)
    result = cli("--json", "search", "add", webset_id, "--query", "AI labs in Japan", "--count", "2")
    assert result.code == 0, result.err
    assert result.json()["behavior"] == "append"
    cli.fake.run_until_idle(webset_id)
    assert len(cli("--json", "items", webset_id).json_lines()) == 5  # the first three stayed

    help_text = " ".join(cli("search", "add", "--help").out.split())  # unwrapped
    assert "By default (--behavior append) the items it finds are added and the webset's items all stay." in help_text
    assert (
        "With --behavior override, the webset's existing items are re-evaluated against this search's criteria and "
        "those that fail are removed." in help_text
    )
    assert "append (default): add the items found, keep all existing ones" in help_text
    top = " ".join(cli("search", "--help").out.split())
    assert "its items are added to the ones there" in top


def test_a_real_ctrl_c_stops_events_tail_with_exit_code_130() -> None:
    with FakeServer(FakeWebsets(seed=0, clock=ManualClock())) as server:
        tail = ["events", "tail", "--json", "--interval", "0.05"]
        command = [sys.executable, "-m", "exa_websets", "--base-url", server.base_url, *tail]
        env = {**os.environ, "EXA_API_KEY": API_KEY}
        with subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env) as process:
            assert process.stderr is not None
            assert "following events (Ctrl-C to stop)" in process.stderr.readline()  # polling has begun
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
    assert process.returncode == INTERRUPTED, err
    assert out == ""


def test_ctrl_c_stops_webhook_listen_with_exit_code_130(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(self: object, stop: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(webhooks.WebhookReceiver, "serve_until", interrupted)
    result = cli("webhook", "listen", "--port", "0", "--secret", "whsec_test")
    assert result.code == INTERRUPTED
    assert result.err.splitlines()[-1] == "stopped listening"


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        yield taken.getsockname()[1]


def test_fake_serve_on_a_busy_port_is_one_line_with_the_fix(busy_port: int) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["fake", "serve", "--port", str(busy_port)], stdout=out, stderr=err, environ={})
    assert code == 2
    assert err.getvalue() == (
        f"error: cannot serve on 127.0.0.1:{busy_port} (Address already in use): pick another --port "
        "(0: any free port)\n"
    )
    assert out.getvalue() == ""


def _run_module(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exa_websets.testing", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_python_m_testing_on_a_busy_port_is_one_line_with_the_fix(busy_port: int) -> None:
    result = _run_module("--port", str(busy_port))
    assert result.returncode == 2
    assert result.stderr == (
        f"python -m exa_websets.testing: cannot serve on 127.0.0.1:{busy_port} (Address already in use): pick "
        "another --port (0: any free port)\n"
    )
    assert result.stdout == ""


def test_python_m_testing_without_the_extra_is_one_line_saying_what_to_install(tmp_path: Path) -> None:
    missing = "uvicorn"
    blocker = tmp_path / missing
    blocker.mkdir()  # a package by that name that fails to import as a missing one does
    (blocker / "__init__.py").write_text(f"raise ModuleNotFoundError({missing!r}, name={missing!r})")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    result = _run_module("--port", "0", env=env)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    line = result.stderr.strip()
    assert line.endswith(
        f"exa_websets.testing needs the testing extra ({missing} is not installed): pip install 'exa-websets[testing]')"
    )
    assert "Traceback" not in result.stderr
