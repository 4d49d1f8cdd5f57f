"""fake serve: the arguments reach exa_websets.testing's serve, and a real run serves the API until Ctrl-C."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from typing import Any

import exa_websets.testing
import httpx
import pytest
from exa_websets.cli import main
from exa_websets.testing import FakeWebsets, ScaledClock

from .helpers import API_KEY


def test_fake_serve_hands_its_options_to_the_testing_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []

    def serve(fake: FakeWebsets, **options: Any) -> None:
        calls.append({"fake": fake, **options})
        options["on_ready"]("http://0.0.0.0:9999/websets")

    monkeypatch.setattr(exa_websets.testing, "serve", serve)
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["fake", "serve", "--port", "9999", "--host", "0.0.0.0", "--speed", "50", "--seed", "7"],
        stdout=out,
        stderr=err,
        environ={},
    )
    assert code == 0
    [call] = calls
    assert (call["host"], call["port"], call["fake"].seed) == ("0.0.0.0", 9999, 7)
    assert isinstance(call["fake"].clock, ScaledClock)
    assert call["fake"].clock.speed == 50
    assert out.getvalue() == "http://0.0.0.0:9999/websets\n"  # stdout is only the URL, for scripts
    assert "EXA_WEBSETS_BASE_URL=http://0.0.0.0:9999/websets" in err.getvalue()


def test_fake_serve_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(exa_websets.testing, "serve", lambda fake, **options: calls.append({"fake": fake, **options}))
    assert main(["fake", "serve"], stdout=io.StringIO(), stderr=io.StringIO(), environ={}) == 0
    assert (calls[0]["host"], calls[0]["port"], calls[0]["fake"].seed, calls[0]["fake"].clock.speed) == (
        "127.0.0.1",
        8765,
        0,
        20,
    )


def test_without_the_testing_extra_fake_serve_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "exa_websets.testing", None)  # importing it now raises ImportError
    err = io.StringIO()
    assert main(["fake", "serve"], stdout=io.StringIO(), stderr=err, environ={}) == 2
    assert "fake serve needs the testing extra: pip install 'exa-websets[testing]'" in err.getvalue()


def test_fake_serve_really_serves_until_ctrl_c() -> None:
    command = [sys.executable, "-m", "exa_websets", "fake", "serve", "--port", "0", "--speed", "100"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            base_url = process.stdout.readline().strip()
            assert base_url.startswith("http://127.0.0.1:")
            assert base_url.endswith("/websets")
            out, err = io.StringIO(), io.StringIO()
            assert (
                main(
                    ["--base-url", base_url, "--json", "create", "--query", "Tea shops", "--count", "1"],
                    stdout=out,
                    stderr=err,
                    environ={"EXA_API_KEY": API_KEY},
                )
                == 0
            ), err.getvalue()
            listed = httpx.get(f"{base_url}/v0/websets", headers={"x-api-key": API_KEY}, timeout=5).json()
            assert [w["title"] for w in listed["data"]] == ["Tea shops"]
        finally:
            os.kill(process.pid, signal.SIGINT)
            process.wait(timeout=10)
    assert process.returncode == 130  # Ctrl-C, as for every command


def test_fake_serve_can_enforce_a_rate_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    fakes: list[FakeWebsets] = []
    monkeypatch.setattr(exa_websets.testing, "serve", lambda fake, **options: fakes.append(fake))
    err = io.StringIO()
    assert main(["fake", "serve", "--rate-limit", "5"], stdout=io.StringIO(), stderr=err, environ={}) == 0
    limiter = fakes[0].faults.rate_limiter
    assert limiter is not None
    assert limiter.requests_per_second == 5
    assert main(["fake", "serve"], stdout=io.StringIO(), stderr=io.StringIO(), environ={}) == 0
    assert fakes[1].faults.rate_limiter is None
    assert main(["fake", "serve", "--rate-limit", "0"], stdout=io.StringIO(), stderr=err, environ={}) == 2
    assert "--rate-limit must be more than 0" in err.getvalue()


def test_the_testing_module_takes_a_rate_limit_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import exa_websets.testing.__main__ as served

    fakes: list[FakeWebsets] = []
    monkeypatch.setattr(served, "serve", lambda fake, **options: fakes.append(fake))
    assert served.main(["--rate-limit", "2.5"]) == 0
    assert fakes[0].faults.rate_limiter is not None
    assert fakes[0].faults.rate_limiter.requests_per_second == 2.5
    with pytest.raises(SystemExit):
        served.main(["--rate-limit", "-1"])
