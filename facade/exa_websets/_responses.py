"""Turn what came back (a response or a transport failure) into data or a typed error. Pure: no I/O."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from ._logging import scrub
from ._policy.retry import Delivery

MAX_TEXT_IN_MESSAGE = 300


class UnreadableBody(ValueError):
    """A success status whose body is not JSON (truncated, or an HTML page from a proxy)."""


def request_id(response: httpx.Response) -> str | None:
    value: str | None = response.headers.get("x-request-id")
    return value


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of a success response; None when there is no body."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError as error:
        raise UnreadableBody(f"the {response.status_code} response body is not valid JSON: {error}") from error


def delivery_of(error: httpx.TransportError) -> Delivery:
    """Whether a failed attempt can have reached the server: only connection setup failures prove it did not."""
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Delivery.NOT_SENT
    return Delivery.MAYBE_PROCESSED


def status_error(
    response: httpx.Response,
    *,
    method: str,
    url: str,
    retries: int,
    secret: str,
    earlier_attempt_may_have_succeeded: bool,
) -> APIStatusError:
    body = _body(response, secret)
    return status_error_class(response.status_code)(
        _message(response, body),
        method=method,
        url=url,
        status_code=response.status_code,
        body=body,
        request_id=request_id(response),
        headers={k.lower(): scrub(v, secret) for k, v in response.headers.items()},
        retries=retries,
        earlier_attempt_may_have_succeeded=earlier_attempt_may_have_succeeded,
    )


def connection_error(
    error: Exception, *, method: str, url: str, retries: int, secret: str, note: str = ""
) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    described = scrub(str(error) or type(error).__name__, secret)
    message = f"{type(error).__name__}: {described}" + (f"; {note}" if note else "")
    return kind(message, method=method, url=url, retries=retries)


def validation_error(
    error: Exception, data: Any, *, response: httpx.Response, method: str, url: str, retries: int
) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"the {response.status_code} response does not match the pinned spec ({type(error).__name__}: {error})",
        method=method,
        url=url,
        body=data,
        request_id=request_id(response),
        retries=retries,
    )


def _body(response: httpx.Response, secret: str) -> Any:
    try:
        return json.loads(scrub(response.text, secret)) if response.content else None
    except ValueError:
        return scrub(response.text, secret)


def _message(response: httpx.Response, body: Any) -> str:
    if isinstance(body, dict):
        for key in ("message", "error", "detail", "details"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return str(value["message"])
    if isinstance(body, str) and body.strip():
        text = " ".join(body.split())
        return text[:MAX_TEXT_IN_MESSAGE] + ("…" if len(text) > MAX_TEXT_IN_MESSAGE else "")
    return response.reason_phrase or "error"
