"""The progress bar in a real terminal: ``python -m exa_websets create --wait`` under a pseudo-terminal."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time

from exa_websets.testing import FakeServer, FakeWebsets, ScaledClock

from .helpers import API_KEY

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")


def run_in_terminal(command: list[str], env: dict[str, str], *, timeout: float) -> tuple[int, str]:
    """Run ``command`` with a pty (120x30) as its terminal; return its exit code and everything it drew."""
    controller, terminal = os.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
    process = subprocess.Popen(command, stdin=terminal, stdout=terminal, stderr=terminal, env=env, close_fds=True)
    os.close(terminal)
    output = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(controller, 65536)
                except OSError:  # EIO: the terminal's other end closed (the process is gone)
                    break
                if not chunk:
                    break
                output += chunk
            elif process.poll() is not None:
                break
        code = process.wait(timeout=max(0.1, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(controller)
    return code, output.decode("utf-8", "replace")


def test_create_wait_draws_a_live_progress_bar_in_a_terminal() -> None:
    fake = FakeWebsets(seed=1, clock=ScaledClock(speed=25))
    with FakeServer(fake) as server:
        env = {**os.environ, "EXA_API_KEY": API_KEY, "TERM": "xterm-256color"}
        env.pop("COLUMNS", None)
        command = [
            sys.executable,
            "-m",
            "exa_websets",
            "--base-url",
            server.base_url,
            "create",
            "--query",
            "AI labs in Europe",
            "--count",
            "4",
            "--wait",
        ]
        code, drawn = run_in_terminal(command, env, timeout=20)
    assert code == 0, drawn
    assert "\x1b[" in drawn  # drawn with terminal control codes: a live display, not plain lines
    screen = ANSI.sub("", drawn)
    assert "━" in screen  # the bar
    percentages = {int(p) for p in re.findall(r"(\d+)%\s+\d+ found · \d+ analyzed", screen)}
    assert 100 in percentages
    assert len(percentages) >= 2, screen  # redrawn as the search advanced
    assert re.search(r"webset webset_\w+ is idle: 4 items after \d+s", screen)
