"""A local HTTP endpoint for webhook deliveries: verifies each one's signature, hands on the typed event.

The stdlib server is enough: deliveries are small, and one at a time keeps the printed events in arrival order.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

from .._errors import WebhookVerificationError
from ..types import Event
from ..webhooks import SIGNATURE_HEADER

MAX_BODY = 10 * 1024 * 1024  # deliveries are a few KB; refuse to buffer anything absurd

Verify = Callable[[bytes, str | None], Event]


class WebhookReceiver(HTTPServer):
    """Answers every POST: 200 for a delivery that verifies (then ``on_event``), 400 otherwise (then ``on_refused``
    with the sender's address and the error)."""

    def __init__(
        self,
        address: tuple[str, int],
        *,
        verify: Verify,
        on_event: Callable[[Event], None],
        on_refused: Callable[[str, WebhookVerificationError], None],
    ) -> None:
        super().__init__(address, _DeliveryHandler)
        self.verify = verify
        self.on_event = on_event
        self.on_refused = on_refused

    @property
    def url(self) -> str:
        host, port = self.server_address[0], self.server_address[1]
        return f"http://{host!s}:{port}/"

    def serve_until(self, stop: threading.Event | None) -> None:
        """Serve until Ctrl-C (KeyboardInterrupt propagates) or until ``stop`` is set."""
        if stop is not None:

            def shut_down_when_stopped() -> None:
                stop.wait()
                self.shutdown()

            threading.Thread(target=shut_down_when_stopped, name="webhook-listen-stop", daemon=True).start()
        try:
            self.serve_forever(poll_interval=0.1)
        finally:
            self.server_close()


class _DeliveryHandler(BaseHTTPRequestHandler):
    server: WebhookReceiver
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._answer(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "payload too large"})
            return
        body = self.rfile.read(length)
        try:
            event = self.server.verify(body, self.headers.get(SIGNATURE_HEADER))
        except WebhookVerificationError as error:
            self._answer(HTTPStatus.BAD_REQUEST, {"error": error.reason})
            self.server.on_refused(self.client_address[0], error)
            return
        self.server.on_event(event)  # before the 200: a delivery that could not be shown is not acknowledged
        self._answer(HTTPStatus.OK, {"received": event.id})

    def do_GET(self) -> None:
        self._answer(HTTPStatus.METHOD_NOT_ALLOWED, {"error": "webhook deliveries are POSTed"})

    def _answer(self, status: HTTPStatus, document: dict[str, str]) -> None:
        payload = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: every delivery is reported as an event or a refusal instead of an access-log line."""
