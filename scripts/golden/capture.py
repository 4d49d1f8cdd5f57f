"""The raw responses, as they came over the wire: a fixture is the body the server sent, not a re-serialised model."""

from __future__ import annotations

from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class Exchange:
    method: str
    url: str
    status: int
    request_id: str | None
    body: bytes


class Capture:
    """Keeps every response the facade's HTTP client receives (an httpx response hook), body included."""

    def __init__(self, http: httpx.Client) -> None:
        self.exchanges: list[Exchange] = []
        self._http = http
        self._hooks = {name: list(hooks) for name, hooks in http.event_hooks.items()}
        http.event_hooks = {**self._hooks, "response": [*self._hooks.get("response", []), self._on_response]}

    def _on_response(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        self.exchanges.append(
            Exchange(
                request.method,
                str(request.url),
                response.status_code,
                response.headers.get("x-request-id"),
                response.content,
            )
        )

    def detach(self) -> None:
        self._http.event_hooks = self._hooks
