"""Every event type of the spec is emitted where it applies, and webhooks go out over real HTTP by default."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from exa_websets.testing import FakeWebsets
from exa_websets.webhooks import verify_webhook
from exa_websets_api.models import EventType

from .helpers import client, create_webset


def test_every_event_type_is_emitted(fake: FakeWebsets, http: httpx.Client) -> None:
    webset = create_webset(http, count=2, enrichments=[{"description": "Founder name"}])["id"]
    fake.run_until_idle(webset)
    monitor = http.post(
        "/v0/monitors",
        json={
            "websetId": webset,
            "cadence": {"cron": "0 6 * * *"},
            "behavior": {"type": "search", "config": {"count": 1}},
        },
    ).json()
    http.patch(f"/v0/monitors/{monitor['id']}", json={"metadata": {"v": "2"}})
    fake.advance(86400)
    fake.run_until_idle(webset)
    created = http.post("/v0/imports", json={"format": "csv", "size": 9, "count": 1, "entity": {"type": "company"}})
    http.put(created.json()["uploadUrl"], content=b"url\nhttps://one.example.com\n")
    http.post(f"/v0/websets/{webset}/exports", json={"format": "csv"})
    fake.advance(60)
    http.post(f"/v0/websets/{webset}/searches", json={"query": "more", "count": 5})
    fake.advance(10)
    fake.pause(webset)
    http.post(f"/v0/websets/{webset}/cancel")
    http.delete(f"/v0/monitors/{monitor['id']}")
    http.delete(f"/v0/websets/{webset}")

    assert {e["type"] for e in fake.events} == {t.value for t in EventType}


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[bytes, dict[str, str]]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((body, dict(self.headers)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass


@pytest.fixture
def receiver_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    _Receiver.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks/exa"
    server.shutdown()
    thread.join()


def test_webhooks_are_posted_over_http_by_default(receiver_url: str) -> None:
    fake = FakeWebsets()  # the default delivery: a real POST
    with client(fake) as http:
        webhook = http.post("/v0/webhooks", json={"url": receiver_url, "events": ["webset.created"]}).json()
        webset = create_webset(http, count=1)  # queued by the request, delivered off the request path
        assert fake.wait_for_deliveries(timeout=10)
        attempts = http.get(f"/v0/webhooks/{webhook['id']}/attempts").json()["data"]

    ((body, headers),) = _Receiver.received
    verify_webhook(body, headers["Exa-Signature"], webhook["secret"], now=fake.clock.now())
    assert headers["Content-Type"] == "application/json"
    assert json.loads(body)["data"]["id"] == webset["id"]
    assert [(a["successful"], a["responseStatusCode"]) for a in attempts] == [(True, 204)]
