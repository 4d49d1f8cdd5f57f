"""A server that throttles like the Websets API: a token bucket of ``rate`` requests per second (holding at most one
second's worth); a request without a token gets 429 with ``Retry-After``. Counts what it answered."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Throttle:
    rate: float
    tokens: float = 0.0
    updated: float = field(default_factory=time.monotonic)
    ok: int = 0
    throttled: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.tokens = self.rate

    def admit(self) -> bool:
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.rate, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                self.ok += 1
                return True
            self.throttled += 1
            return False


GOLDEN_WEBSET = Path(__file__).parent.parent / "fixtures" / "golden" / "websets" / "webset-idle.json"


def _webset_body() -> bytes:
    return json.dumps(json.loads(GOLDEN_WEBSET.read_text(encoding="utf-8"))["instance"]).encode()


@contextmanager
def throttling_server(rate: float) -> Iterator[tuple[str, Throttle]]:
    """Serve GET /v0/websets/{id} on a free loopback port; yield (base URL, counters)."""
    throttle = Throttle(rate)
    webset = _webset_body()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # the stdlib's name
            if throttle.admit():
                body, status, headers = webset, 200, {}
            else:
                body, status, headers = b'{"error":"rate limit"}', 429, {"Retry-After": "1"}
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/websets", throttle
    finally:
        server.shutdown()
        server.server_close()
