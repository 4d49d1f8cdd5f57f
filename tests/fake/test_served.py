"""Served over real HTTP by uvicorn: both path prefixes, a dropped connection, the command line."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from exa_websets.testing import FakeServer, FakeWebsets, Fault, ScaledClock

from .helpers import API_KEY


def test_the_served_fake_answers_on_both_prefixes_and_drops_connections() -> None:
    fake = FakeWebsets(clock=ScaledClock(speed=100))
    with FakeServer(fake) as server, httpx.Client(headers={"x-api-key": API_KEY}, timeout=5) as http:
        origin = f"http://127.0.0.1:{server.port}"
        assert server.base_url == f"{origin}/websets"
        created = http.post(f"{server.base_url}/v0/websets", json={"search": {"query": "Tea shops", "count": 1}})
        assert created.status_code == 201
        assert created.headers["x-request-id"].startswith("req_")
        fetched = http.get(f"{origin}/v0/websets/{created.json()['id']}")
        assert fetched.json()["id"] == created.json()["id"]
        assert http.get(f"{origin}/v0/websets").status_code == 200

        fake.faults.script("websets-list", Fault.dropped(), Fault.bad_gateway())
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(f"{server.base_url}/v0/websets")
        bad_gateway = http.get(f"{server.base_url}/v0/websets")
        assert bad_gateway.status_code == 502
        assert bad_gateway.headers["x-request-id"]


def test_the_command_line_prints_the_base_url_and_serves() -> None:
    command = [sys.executable, "-m", "exa_websets.testing", "--port", "0", "--speed", "50", "--seed", "3"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            base_url = process.stdout.readline().strip()
            assert base_url.startswith("http://127.0.0.1:")
            assert base_url.endswith("/websets")
            response = httpx.get(f"{base_url}/v0/teams/me", headers={"x-api-key": API_KEY}, timeout=5)
            assert response.status_code == 200
            assert response.json()["concurrency"]["maxConcurrent"] == 10
        finally:
            process.terminate()
            process.wait(timeout=10)
