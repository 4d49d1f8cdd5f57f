"""The fake's HTTP vocabulary, independent of httpx and ASGI: a request in, an outcome (a response, maybe late, or
a dropped connection) out."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._faults import DropError, Fault

REQUEST_ID_HEADER = "X-Request-Id"


@dataclass(frozen=True)
class FakeRequest:
    method: str
    raw_path: str  # percent-encoded, without the query
    query: dict[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    origin: str  # scheme://host[:port], for the URLs the fake hands out


@dataclass(frozen=True)
class FakeResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass(frozen=True)
class Outcome:
    """What the transport or server does: send ``response`` after ``delay`` fake seconds, or drop the connection."""

    response: FakeResponse | None
    delay: float = 0.0
    drop_error: DropError = "remote_protocol"
    fault: Fault | None = field(default=None, compare=False)


def json_response(status: int, payload: Any, request_id: str, extra: Mapping[str, str] | None = None) -> FakeResponse:
    headers = [(REQUEST_ID_HEADER, request_id)]
    if payload is None:  # an answer without a body (enrichment update)
        return FakeResponse(status, [*headers, *(extra or {}).items()], b"")
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return FakeResponse(status, [("Content-Type", "application/json"), *headers, *(extra or {}).items()], body)


def error_response(status: int, message: str, request_id: str, details: list[str] | None = None) -> FakeResponse:
    return json_response(status, {"error": message, "details": details or []}, request_id)


_BAD_GATEWAY_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    b"<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_NON_JSON_HTML = (
    b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Please sign in</form></body></html>"
)
_STATUS_MESSAGES = {429: "Too many requests", 500: "Internal server error", 503: "Service unavailable"}


def fault_response(fault: Fault, request_id: str, real: FakeResponse | None) -> FakeResponse:
    """The answer a status, truncated or non-JSON fault sends instead of (or in place of) the real one."""
    ids = [(REQUEST_ID_HEADER, request_id)]
    if fault.kind == "truncated":
        body = real.body if real is not None and len(real.body) > 2 else b'{"object":"webset","status":"running"}'
        return FakeResponse(200, [("Content-Type", "application/json"), *ids], body[: max(1, len(body) // 2)])
    if fault.kind == "non_json":
        return FakeResponse(200, [("Content-Type", "text/html; charset=utf-8"), *ids], _NON_JSON_HTML)
    if fault.status == 502:
        return FakeResponse(502, [("Content-Type", "text/html"), *ids], _BAD_GATEWAY_HTML)
    extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
    message = _STATUS_MESSAGES.get(fault.status, "Injected fault")
    return json_response(fault.status, {"error": message, "details": []}, request_id, extra)
