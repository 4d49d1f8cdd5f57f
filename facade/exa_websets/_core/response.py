"""Read an answer: turn what came back (a response or a transport failure) into data or a typed error, take a list
response's envelope apart, and record what the exchange looked like (``ResponseInfo``, reachable from every result).
Pure: no I/O.
"""

from __future__ import annotations

import enum
import json
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_class,
)
from .._logging import REDACTED, scrub, scrub_data
from .._policy.retry import Delivery
from .._secret import SecretStr


@dataclass(frozen=True)
class ResponseInfo:
    method: str
    url: str
    status_code: int
    request_id: str | None
    retries: int  # how many retries this call took (0: the first attempt succeeded)
    elapsed: float  # seconds, all attempts and waits included
    headers: Mapping[str, str] = field(repr=False)  # the response's own (case-insensitive) headers, not a copy
    queued: float = 0.0  # seconds of ``elapsed`` spent waiting for the client's governor (rate, cool-down, in flight)


# One question for every result: ``response_info(result)``. A page carries its ResponseInfo itself (``Page.response``);
# for a returned model (unhashable attrs classes: no weak-dict key) the info is kept beside it, keyed by id and dropped
# by a weakref callback when the model is collected. Not ``_origin`` (see mark_origin): every model built from a
# response carries that, an item of a page or a nested model too, and those are not results of a call.
_BESIDE_RESULTS: dict[int, tuple[weakref.ref[Any], ResponseInfo]] = {}


def attach(result: Any, info: ResponseInfo) -> None:
    """Remember the response a model came from, for as long as the model lives."""
    mark_origin(result, info)
    try:
        key = id(result)
        _BESIDE_RESULTS[key] = (weakref.ref(result, lambda _: _BESIDE_RESULTS.pop(key, None)), info)
    except TypeError:  # not weak-referenceable (e.g. None from a no-body response): nothing to attach to
        pass


def mark_origin(model: Any, info: ResponseInfo) -> None:
    """Mark a generated model (and so the models later built from its JSON) with the response it came from: a
    malformed nested field, found when first read after the call returned, then names the request and its
    ``X-Request-Id`` (``ResponseFieldValidationError``). Only a model with lazily built fields can raise one."""
    if hasattr(model, "_src"):
        object.__setattr__(model, "_origin", info)


def response_info(result: object) -> ResponseInfo | None:
    """The HTTP response a result of this SDK came from (status, request id, retries, elapsed), if known."""
    carried = getattr(result, "response", None)  # a Page
    if isinstance(carried, ResponseInfo):
        return carried
    entry = _BESIDE_RESULTS.get(id(result))
    if entry is None or entry[0]() is not result:
        return None
    return entry[1]


MAX_TEXT_IN_MESSAGE = 300
# How much of an error body is read and kept on the exception: enough for any API error's JSON, never a 200 MB page.
MAX_ERROR_BODY_BYTES = 8 * 1024
TRUNCATED_MARKER = "…[truncated: the body was longer than {limit} bytes]"


class UnreadableBody(ValueError):
    """A success status whose body is not JSON (truncated, or an HTML page from a proxy)."""


def request_id(response: httpx.Response) -> str | None:
    value: str | None = response.headers.get("x-request-id")
    return value


def decode_json(response: httpx.Response, body: bytes) -> Any:
    """The JSON ``body`` of a success response; None when there is no body."""
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError as error:
        raise UnreadableBody(f"the {response.status_code} response body is not valid JSON: {error}") from error


def delivery_of(error: httpx.RequestError) -> Delivery:
    """Whether a failed attempt can have reached the server: only connection setup failures prove it did not."""
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Delivery.NOT_SENT
    return Delivery.MAYBE_PROCESSED


def status_error(
    response: httpx.Response,
    content: bytes,
    *,
    method: str,
    url: str,
    retries: int,
    secret: SecretStr | None,
    earlier_attempt_may_have_succeeded: bool,
    truncated: bool = False,
) -> APIStatusError:
    """``content`` is the body as read: at most MAX_ERROR_BODY_BYTES, ``truncated`` when there was more."""
    body = _body(response, content, secret, truncated)
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
    error: Exception, *, method: str, url: str, retries: int, secret: SecretStr | None, note: str = "", hide: str = ""
) -> APIConnectionError:
    """``hide``: text that must not show (a presigned URL's query, which a transport error may quote)."""
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    described = scrub(str(error) or type(error).__name__, secret)
    if hide:
        described = described.replace(hide, REDACTED)
    message = f"{type(error).__name__}: {described}" + (f"; {note}" if note else "")
    return kind(message, method=method, url=url, retries=retries)


def validation_error(
    error: Exception,
    data: Any,
    *,
    response: httpx.Response,
    method: str,
    url: str,
    retries: int,
    secret: SecretStr | None = None,
) -> APIResponseValidationError:
    """The body kept on the error has the key scrubbed: a server (or a proxy) may echo what it was sent."""
    described = scrub(f"{type(error).__name__}: {error}", secret)
    return APIResponseValidationError(
        f"the {response.status_code} response does not match the pinned spec ({described})",
        method=method,
        url=url,
        body=scrub_data(data, secret),
        request_id=request_id(response),
        retries=retries,
    )


def _body(response: httpx.Response, content: bytes, secret: SecretStr | None, truncated: bool) -> Any:
    if not content:
        return None
    text = content.decode(response.charset_encoding or "utf-8", errors="replace")
    if not truncated:
        try:
            return scrub_data(json.loads(text), secret)
        except ValueError:
            pass
    return scrub(text, secret) + (TRUNCATED_MARKER.format(limit=MAX_ERROR_BODY_BYTES) if truncated else "")


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


def envelope(data: Any) -> tuple[list[Any], bool, str | None]:
    """The parts every list response shares, checked for shape; the items stay JSON."""
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("data"), list)
        or not isinstance(data.get("hasMore"), bool)
    ):
        raise TypeError("a list response needs data (a list) and hasMore (a boolean)")
    cursor = data.get("nextCursor")
    return data["data"], data["hasMore"], cursor if isinstance(cursor, str) else None


def field_value(value: Any) -> Any:
    """A model field as plain Python: unset → None, an enum (a value this client knows or not) → its value, anything
    else as it is. Waits, projections, the CLI and request encoding all read fields through this."""
    from exa_websets_api.types import Unset  # noqa: PLC0415 - a model (hence this module) is loaded by then

    if isinstance(value, Unset):
        return None
    return value.value if isinstance(value, enum.Enum) else value
