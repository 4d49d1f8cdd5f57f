"""httpx transports for the in-process measurements: counting requests, and canned answers (no server at all)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx


class CountingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Counts the requests that go through to the inner transport (sync and async alike)."""

    def __init__(self, inner: httpx.MockTransport) -> None:
        self.inner = inner
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return await self.inner.handle_async_request(request)


def canned(body: bytes, headers: Mapping[str, str]) -> httpx.MockTransport:
    """Answers every request with the same recorded response: what is left is the client's own work."""
    kept = _kept_headers(headers)
    return httpx.MockTransport(lambda request: httpx.Response(200, headers=kept, content=body))


def canned_pages(page: Mapping[str, Any], headers: Mapping[str, str], pages: int) -> httpx.MockTransport:
    """``pages`` pages of the same recorded items, chained by cursors ``bench-<n>`` (the last one ends the list)."""
    data = json.dumps(page["data"], separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    bodies = []
    for index in range(pages):
        more = index + 1 < pages
        tail = f',"hasMore":true,"nextCursor":"bench-{index + 1}"}}' if more else ',"hasMore":false,"nextCursor":null}'
        bodies.append(b'{"data":' + data + tail.encode("ascii"))
    kept = _kept_headers(headers)

    def answer(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        index = int(cursor.rsplit("-", 1)[1]) if cursor else 0
        return httpx.Response(200, headers=kept, content=bodies[index])

    return httpx.MockTransport(answer)


def _kept_headers(headers: Mapping[str, str]) -> dict[str, str]:
    # content-length is recomputed by httpx.Response; hop-by-hop headers mean nothing without a connection
    return {k: v for k, v in headers.items() if k.lower() not in ("content-length", "connection", "date", "server")}
