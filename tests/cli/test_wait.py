"""create --wait: progress on stderr until idle, Ctrl-C (and the offer to cancel), the deadline."""

from __future__ import annotations

import io
import re

from exa_websets.cli import main

from .helpers import Cli, TerminalStream, interrupt_after

PROGRESS = re.compile(r"^running · (\d+) found · (\d+) analyzed · (\d+)%")


def test_wait_prints_progress_advancing_until_idle(cli: Cli) -> None:
    result = cli("create", "--query", "AI labs in Europe", "--count", "8", "--wait")
    assert result.code == 0, result.err
    steps = [tuple(int(n) for n in m.groups()) for line in result.err.splitlines() if (m := PROGRESS.match(line))]
    found = [step[0] for step in steps]
    completion = [step[2] for step in steps]
    assert found == sorted(found)
    assert found[0] == 0
    assert len(set(found)) >= 4, "progress advanced over several polls"
    assert completion == sorted(completion)
    assert len(set(completion)) >= 5
    assert any("left" in line for line in result.err.splitlines())  # the server's time-left estimate
    assert result.err.splitlines()[-1].startswith("idle · 8 found")
    assert re.fullmatch(r"webset webset_\w+ is idle: 8 items after \d+s\n", result.out)


def test_wait_with_json_prints_the_idle_webset(cli: Cli) -> None:
    result = cli("--json", "create", "--query", "AI labs", "--count", "3", "--wait")
    assert result.code == 0
    webset = result.json()
    assert webset["status"] == "idle"
    assert webset["searches"][0]["progress"]["found"] == 3
    assert "found" in result.err  # progress still goes to stderr


def test_in_a_terminal_the_wait_draws_a_progress_bar(cli: Cli) -> None:
    terminal = TerminalStream()
    result = cli(
        "create",
        "--query",
        "AI labs",
        "--count",
        "3",
        "--wait",
        stderr=terminal,
        environ={"EXA_API_KEY": "k", "TERM": "xterm-256color", "COLUMNS": "120"},
    )
    assert result.code == 0
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", terminal.getvalue())  # drop cursor moves and colours
    assert "━" in screen  # the bar
    assert re.search(r"100%\s+3 found · \d+ analyzed", screen)


def test_ctrl_c_while_waiting_offers_to_cancel_and_a_yes_cancels(cli: Cli) -> None:
    result = cli(
        "create",
        "--query",
        "AI labs",
        "--count",
        "20",
        "--wait",
        sleep=interrupt_after(cli.fake, 10),
        stdin="y\n",
        interactive=True,
    )
    assert result.code == 130
    assert "stopped waiting" in result.err
    assert "(its running searches stop for good)? [y/N]" in result.err
    webset_id = re.search(r"canceled webset (webset_\w+) \(idle\)", result.err)
    assert webset_id is not None
    assert cli("--json", "get", webset_id.group(1)).json()["searches"][0]["status"] == "canceled"


def test_ctrl_c_while_waiting_without_a_terminal_leaves_the_webset_running(cli: Cli) -> None:
    result = cli(
        "--json",
        "create",
        "--query",
        "AI labs",
        "--count",
        "20",
        "--wait",
        sleep=interrupt_after(cli.fake, 3),
        interactive=False,
    )
    assert result.code == 130
    assert result.out == ""
    assert "[y/N]" not in result.err
    webset_id = re.search(r"webset (webset_\w+) keeps running", result.err)
    assert webset_id is not None
    assert cli("--json", "get", webset_id.group(1)).json()["status"] == "running"


def test_ctrl_c_at_the_prompt_counts_as_no(cli: Cli) -> None:
    class InterruptedAtThePrompt(io.StringIO):
        def readline(self, size: int | None = -1) -> str:
            raise KeyboardInterrupt

    err = io.StringIO()
    code = main(
        ["create", "--query", "AI labs", "--count", "20", "--wait"],
        http_client=cli.http,
        sleep=interrupt_after(cli.fake, 2),
        clock=cli.fake.clock.now,
        environ={"EXA_API_KEY": "k"},
        stdin=InterruptedAtThePrompt(),
        stdout=io.StringIO(),
        stderr=err,
        interactive=True,
    )
    assert code == 130
    assert "[y/N]" in err.getvalue()
    assert "keeps running" in err.getvalue()


def test_a_wait_that_outlasts_its_timeout_exits_1(cli: Cli) -> None:
    result = cli("create", "--query", "AI labs", "--count", "50", "--wait", "--timeout", "20")
    assert result.code == 1
    assert "did not finish within 20 s" in result.err
