"""One error hierarchy for everything the SDK raises.

    ExaWebsetsError
    ├── ConfigurationError            the client cannot be built (no API key, bad base URL)       also a ValueError
    ├── InvalidRequestError           bad input, refused before the network                        also a ValueError
    ├── APIError                      talking to the API failed
    │   ├── APIStatusError            the API answered with an error status
    │   │   ├── BadRequestError 400 · AuthenticationError 401 · InsufficientCreditsError 402
    │   │   ├── PermissionDeniedError 403 · NotFoundError 404
    │   │   ├── ConflictError 409 · UnprocessableEntityError 422 · RateLimitError 429 · InternalServerError ≥500
    │   ├── APIConnectionError        no usable answer (connection refused/reset, unreadable body)
    │   │   └── APITimeoutError
    │   │       └── DeadlineExceededError  the call's total deadline (or its wait's) passed
    │   ├── ResponseTooLargeError     the decoded body passed max_response_bytes (reading stopped there)
    │   ├── APIResponseValidationError  a success body that does not match the spec
    │   │   └── ResponseFieldValidationError  a nested field, built on first read, does not match
    │   └── PaginationError           a list's pages do not chain
    │       └── CursorLoop (also a RuntimeError) · MissingNextCursor
    ├── WaitError                     a wait ended without the state it waited for; `last` is the last snapshot
    │   ├── WaitTimeout · WebsetPaused · SearchCanceled · ImportFailed · MonitorRunFailed
    └── WebhookVerificationError      a webhook delivery failed verification

Every APIError carries the method, the URL, how many retries it took and, for status errors, the status, the
parsed body (or the raw text when the body is not JSON) and the X-Request-Id. No message or repr contains the
API key: the pipeline scrubs it from anything the server echoes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from exa_websets_api.types import InvalidFieldError


class ExaWebsetsError(Exception):
    """Base class of every error this SDK raises."""


class ConfigurationError(ExaWebsetsError, ValueError):
    """The client cannot be constructed as asked (for example, no API key)."""


@dataclass(frozen=True)
class Problem:
    """One reason a request was refused before the network: where, and which rule."""

    path: str  # e.g. "search.count" or "enrichments[2].options"
    message: str  # e.g. "must be >= 1"

    def __str__(self) -> str:
        return f"{self.path} {self.message}" if self.path else f"the request body {self.message}"


class InvalidRequestError(ExaWebsetsError, ValueError):
    """The request would break a rule of the spec or of the documentation; nothing was sent."""

    def __init__(self, operation: str, problems: list[Problem]) -> None:
        self.operation = operation
        self.problems = problems
        listing = "; ".join(str(p) for p in problems)
        super().__init__(f"{operation}: {listing}")


class APIError(ExaWebsetsError):
    """Talking to the API failed. ``retries`` says how many retries were spent before giving up."""

    def __init__(self, message: str, *, method: str, url: str, retries: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.retries = retries

    def __str__(self) -> str:
        suffix = f" (after {self.retries} {'retry' if self.retries == 1 else 'retries'})" if self.retries else ""
        return f"{self.message}{suffix}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.method} {self.url}: {self})"


class APIConnectionError(APIError):
    """No usable answer: the connection failed, was reset, or the response could not be read."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading or waiting for a pooled connection)."""


class DeadlineExceededError(APITimeoutError):
    """The call's total deadline passed (connect, headers, body, retries and their sleeps all count), or the deadline
    of the wait it was part of. ``deadline`` is the limit in seconds, when the call had its own."""

    def __init__(self, message: str, *, method: str, url: str, retries: int = 0, deadline: float | None = None) -> None:
        super().__init__(message, method=method, url=url, retries=retries)
        self.deadline = deadline


class ResponseTooLargeError(APIError):
    """The decoded response body was larger than the client's ``max_response_bytes``; reading stopped there, so a
    huge or compressed-bomb body never fills memory. Not retried."""

    def __init__(self, message: str, *, method: str, url: str, limit: int, retries: int = 0) -> None:
        super().__init__(message, method=method, url=url, retries=retries)
        self.limit = limit


class APIResponseValidationError(APIError):
    """A success response whose body does not match the pinned spec (the API changed, or a proxy answered)."""

    def __init__(
        self, message: str, *, method: str, url: str, body: Any, request_id: str | None, retries: int = 0
    ) -> None:
        super().__init__(message, method=method, url=url, retries=retries)
        self.body = body
        self.request_id = request_id


class ResponseFieldValidationError(APIResponseValidationError):
    """A field of a returned model does not match the pinned spec, found when the field was first read.

    The models build nested objects, lists of them and timestamps from the response's JSON on first read (reading a
    list of items costs only what is read), so a malformed nested value is reported there, after the call returned:
    ``model`` and ``field`` name it (``WebsetItem.evaluations``), ``body`` is that field's JSON, and the original
    error is the ``__cause__``. ``method``, ``url``, ``request_id`` and ``retries`` are those of the response the
    model came from (every model this SDK returns, and every model built from one, is marked with it); on a model
    you built yourself from JSON they are empty (``""``, ``None``).
    """

    def __init__(
        self,
        message: str,
        *,
        model: str,
        field: str,
        body: Any,
        method: str = "",
        url: str = "",
        request_id: str | None = None,
        retries: int = 0,
    ) -> None:
        super().__init__(message, method=method, url=url, body=body, request_id=request_id, retries=retries)
        self.model = model
        self.field = field

    @classmethod
    def from_field_error(cls, error: InvalidFieldError) -> ResponseFieldValidationError:
        origin = error.origin  # a ResponseInfo when the SDK returned the model (duck-typed: no import cycle)
        return cls(
            f"{error.model}.{error.field} does not match the pinned spec ({error})",
            model=error.model,
            field=error.field,
            body=error.value,
            method=getattr(origin, "method", ""),
            url=getattr(origin, "url", ""),
            request_id=getattr(origin, "request_id", None),
            retries=getattr(origin, "retries", 0),
        )


def install_field_errors() -> None:
    """Make the generated models report a malformed lazily built field as ResponseFieldValidationError (called when
    the facade first loads a generated parser: importing the models here would slow down ``import exa_websets``)."""
    from exa_websets_api.types import set_field_error_factory  # noqa: PLC0415 - see above

    set_field_error_factory(ResponseFieldValidationError.from_field_error)  # the one it replaces is None or this


class PaginationError(APIError):
    """A list's pages do not chain: following them would loop forever or stop before the end.

    Raised by ``list_all`` after the caller has received every item of the pages that did chain, so its
    ``.cursor`` still resumes after the last item received. ``url`` is the request of the offending page.
    """

    def __init__(self, message: str, *, method: str, url: str, request_id: str | None = None) -> None:
        super().__init__(message, method=method, url=url)
        self.request_id = request_id


class CursorLoop(PaginationError, RuntimeError):
    """The server answered a page with a cursor it had already given: following it would never end.

    Also a ``RuntimeError``, as it was before it joined the SDK's error tree.
    """


class MissingNextCursor(PaginationError):
    """A page said ``hasMore: true`` but carried no ``nextCursor``: the rest of the list cannot be asked for."""


class APIStatusError(APIError):
    """The API answered with an error status."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status_code: int,
        body: Any,
        request_id: str | None,
        headers: Mapping[str, str] | None = None,
        retries: int = 0,
        earlier_attempt_may_have_succeeded: bool = False,
    ) -> None:
        super().__init__(message, method=method, url=url, retries=retries)
        self.status_code = status_code
        # True when an earlier attempt of this call was sent and its answer lost: e.g. a 409 after a timed-out create
        # means that earlier attempt created the resource.
        self.earlier_attempt_may_have_succeeded = earlier_attempt_may_have_succeeded
        self.body = body  # parsed JSON, or the raw text when the body was not JSON (e.g. a proxy's HTML 502 page)
        self.request_id = request_id
        self.headers = dict(headers or {})

    def __str__(self) -> str:
        request_id = f" [request id {self.request_id}]" if self.request_id else ""
        return f"{self.status_code} {self.method} {self.url}: {super().__str__()}{request_id}"


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class InsufficientCreditsError(APIStatusError):
    """402: the team's credits are exhausted (the billing documentation). Not retried: waiting does not refill them;
    add credits or raise the plan, then call again."""

    status_code = 402


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429

    @property
    def retry_after(self) -> str | None:
        """The server's Retry-After header, as sent (seconds or an HTTP date)."""
        return self.headers.get("retry-after")


class InternalServerError(APIStatusError):
    """Any 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        InsufficientCreditsError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
    )
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


# Failures that outlasted a request's own retries but say nothing about what is being followed (rate limits, server
# errors, lost connections): a loop meant to run for long (a wait, `events tail`) keeps going through them.
TRANSIENT_ERRORS = (RateLimitError, InternalServerError, APIConnectionError)


class WaitError(ExaWebsetsError):
    """A wait ended without reaching the state it was waiting for. ``last`` is the last snapshot seen."""

    def __init__(self, message: str, *, last: Any = None) -> None:
        super().__init__(message)
        self.last = last


class WaitTimeout(WaitError):
    """The deadline passed before the state was reached."""


class WebsetPaused(WaitError):
    """The webset is paused: it will not become idle by itself (pass stop_on_paused=False to keep waiting)."""


class SearchCanceled(WaitError):
    """The search was canceled before it completed (``reason``: webset_canceled, webset_deleted, ...)."""

    def __init__(self, message: str, *, last: Any = None, reason: str | None = None) -> None:
        super().__init__(message, last=last)
        self.reason = reason


class ImportFailed(WaitError):
    """The import failed; ``reason`` is the API's failedReason (invalid_format, invalid_file_content, ...)."""

    def __init__(self, message: str, *, last: Any = None, reason: str | None = None, detail: str | None = None) -> None:
        super().__init__(message, last=last)
        self.reason = reason
        self.detail = detail


class MonitorRunFailed(WaitError):
    """The monitor run failed or was canceled."""

    def __init__(self, message: str, *, last: Any = None, reason: str | None = None) -> None:
        super().__init__(message, last=last)
        self.reason = reason


class WebhookVerificationError(ExaWebsetsError):
    """A webhook delivery failed verification. ``reason`` says why, for code (see exa_websets.webhooks)."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
