"""exa-py 2.27 (the official client) against the same fake: its base URL, its HTTP layer and its clock.

exa-py sends with ``requests.get``/``post`` (a new ``requests.Session``, hence a new connection, per call) and
waits with ``time.sleep``. For the in-process measurements its module-level ``requests`` is pointed at an httpx
transport (still one new Session per call, as ``requests.get`` does) and its ``time`` at a virtual clock. Nothing
else of exa-py is changed.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from bench._server import API_KEY

FAKE_ORIGIN = "https://fake.invalid"  # in-process: never resolved, the transport answers


def exa_client(origin: str) -> Any:
    """A sync exa-py client for a served fake (``origin``: the base URL without ``/websets``)."""
    from exa_py import Exa  # noqa: PLC0415 - exa-py imports openai and more: only when measuring it

    return Exa(api_key=API_KEY, base_url=origin)


def async_exa_client(transport: httpx.AsyncBaseTransport) -> Any:
    """An async exa-py client whose httpx client goes through ``transport`` (its own client would open sockets)."""
    from exa_py import AsyncExa  # noqa: PLC0415

    client = AsyncExa(api_key=API_KEY, api_base=FAKE_ORIGIN)
    client._client = httpx.AsyncClient(base_url=client.base_url, headers=client.headers, transport=transport)
    return client


class TransportAdapter(BaseAdapter):
    """A requests adapter that hands each request to an httpx transport."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        super().__init__()
        self.transport = transport

    def send(  # noqa: PLR0917 - the signature of BaseAdapter.send
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        body = request.body.encode("utf-8") if isinstance(request.body, str) else request.body
        outgoing = httpx.Request(
            request.method or "GET", request.url or "", headers=dict(request.headers), content=body or b""
        )
        answer = self.transport.handle_request(outgoing)
        answer.read()
        response = requests.Response()
        response.status_code = answer.status_code
        response.headers = CaseInsensitiveDict(answer.headers)
        response._content = answer.content
        response.url = request.url or ""
        response.reason = answer.reason_phrase
        response.encoding = "utf-8"
        response.request = request
        return response

    def close(self) -> None:
        pass


class _RequestsVia:
    """Stands in for the ``requests`` module inside ``exa_py.api``: a new Session per call, like ``requests.get``."""

    def __init__(self, adapter: TransportAdapter) -> None:
        self._adapter = adapter

    def _call(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        with requests.Session() as session:
            session.mount("http://", self._adapter)
            session.mount("https://", self._adapter)
            return session.request(method, url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self._call("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self._call("POST", url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> requests.Response:
        return self._call("PATCH", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> requests.Response:
        return self._call("DELETE", url, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(requests, name)


@contextmanager
def exa_requests_via(transport: httpx.BaseTransport) -> Iterator[None]:
    """While inside: exa-py's HTTP requests go to ``transport`` instead of the network."""
    import exa_py.api  # noqa: PLC0415

    saved = exa_py.api.requests
    exa_py.api.requests = _RequestsVia(TransportAdapter(transport))  # type: ignore[assignment]
    try:
        yield
    finally:
        exa_py.api.requests = saved


@contextmanager
def exa_virtual_time(now: Callable[[], float], sleep: Callable[[float], None]) -> Iterator[None]:
    """While inside: exa-py's sync ``wait_until_idle`` reads and sleeps on the given (virtual) clock."""
    import exa_py.websets.client as websets_client  # noqa: PLC0415

    saved = websets_client.time
    websets_client.time = types.SimpleNamespace(time=now, sleep=sleep, monotonic=now)  # type: ignore[assignment]
    try:
        yield
    finally:
        websets_client.time = saved
