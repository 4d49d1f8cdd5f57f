"""webhook listen: a real local receiver that verifies signatures, fed by the fake and by hand-made POSTs."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from exa_websets import WebsetsClient, sign_webhook

from .helpers import API_KEY, Cli, Result


@dataclass
class Listener:
    url: str
    secret: str
    stop: threading.Event
    thread: threading.Thread
    results: list[Result]

    def finish(self) -> Result:
        self.stop.set()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive()
        return self.results[0]


@pytest.fixture
def listener(cli: Cli) -> Iterator[Listener]:
    """``webhook listen`` on a free port in a thread, with the secret of a webhook the fake delivers to it."""
    created = cli(
        "--json",
        "webhook",
        "create",
        "--url",
        "http://127.0.0.1:9/later",
        "--event",
        "webset.created",
        "--event",
        "webset.idle",
    ).json()
    ready: queue.Queue[str] = queue.Queue()
    stop = threading.Event()
    results: list[Result] = []
    thread = threading.Thread(
        target=lambda: results.append(
            cli("webhook", "listen", "--port", "0", "--secret", created["secret"], stop=stop, on_ready=ready.put)
        )
    )
    thread.start()
    url = ready.get(timeout=10)
    with WebsetsClient(API_KEY, http_client=cli.http, environ={}) as client:
        client.webhooks.update(created["id"], url=url)  # now the fake delivers to the listener
    yield Listener(url, created["secret"], stop, thread, results)
    stop.set()
    thread.join(timeout=10)


def test_deliveries_from_the_fake_are_verified_and_printed(cli: Cli, listener: Listener) -> None:
    webset_id = cli.create("AI labs", 2)  # the fake delivers webset.created, then webset.idle, as they happen
    result = listener.finish()
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert [line.split()[2] for line in lines] == ["webset.created", "webset.idle"]
    assert all(line.split()[3].startswith("event_") for line in lines)
    assert lines[0].endswith(f"webset {webset_id} (running)")
    assert lines[1].endswith(f"webset {webset_id} (idle)")
    assert f"listening for webhook deliveries on {listener.url}" in result.err
    assert "refused" not in result.err


def test_a_forged_or_unsigned_delivery_is_answered_400_and_reported(cli: Cli, listener: Listener) -> None:
    cli.create("AI labs", 1, idle=False)
    genuine = json.dumps(cli.fake.events[0]).encode()
    now = int(cli.fake.clock.now())

    forged = httpx.post(listener.url, content=genuine, headers={"Exa-Signature": f"t={now},v1={'ab' * 32}"})
    unsigned = httpx.post(listener.url, content=genuine)
    wrong_secret = httpx.post(
        listener.url, content=genuine, headers={"Exa-Signature": sign_webhook(genuine, "whsec_not_it", now)}
    )
    signed = httpx.post(
        listener.url, content=genuine, headers={"Exa-Signature": sign_webhook(genuine, listener.secret, now)}
    )

    assert (forged.status_code, forged.json()) == (400, {"error": "signature_mismatch"})
    assert (unsigned.status_code, unsigned.json()) == (400, {"error": "missing_header"})
    assert wrong_secret.status_code == 400
    assert signed.status_code == 200
    result = listener.finish()
    refusals = [line for line in result.err.splitlines() if line.startswith("refused")]
    assert len(refusals) == 3
    assert "signature_mismatch" in refusals[0]
    assert "missing_header" in refusals[1]
    # the fake's own delivery of webset.created, then the hand-signed copy of the same event
    assert result.out.count(cli.fake.events[0]["id"]) == 2


def test_json_prints_each_event_as_a_json_line(cli: Cli) -> None:
    secret = "whsec_test"
    ready: queue.Queue[str] = queue.Queue()
    stop = threading.Event()
    results: list[Result] = []
    thread = threading.Thread(
        target=lambda: results.append(
            cli("--json", "webhook", "listen", "--port", "0", "--secret", secret, stop=stop, on_ready=ready.put)
        )
    )
    thread.start()
    url = ready.get(timeout=10)
    cli.create("AI labs", 1, idle=False)
    event = cli.fake.events[0]
    body = json.dumps(event).encode()
    signature = sign_webhook(body, secret, int(cli.fake.clock.now()))
    response = httpx.post(url, content=body, headers={"Exa-Signature": signature})
    assert response.json() == {"received": event["id"]}
    stop.set()
    thread.join(timeout=10)
    printed = results[0].json_lines()
    assert [(e["id"], e["type"], e["data"]["id"]) for e in printed] == [
        (event["id"], "webset.created", event["data"]["id"])
    ]


def test_listen_needs_a_secret(cli: Cli) -> None:
    result = cli("webhook", "listen", "--port", "0")
    assert result.code == 2
    assert "pass --secret or set EXA_WEBHOOK_SECRET" in result.err
