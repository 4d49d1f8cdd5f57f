# Generated from facade/exa_websets/_async/_pipeline.py by scripts/unasync.py. Edit that file, not this one.
"""The one request path: every call goes through ``AsyncPipeline.send`` (auth, redirects, the total deadline, the
body limit, retries, errors and logging are here). The retry decisions are the pure ``RetryPolicy``; only the I/O
lives here.

Bodies are streamed (``send(stream=True)``) and read chunk by chunk so that two limits hold while reading, not after:
the call's total deadline (a server dripping one byte a second is cut when it passes; each attempt's socket
timeouts are also clipped to the time left) and ``max_response_bytes`` of decoded body (a gzip bomb stops there).
Redirects are followed here, not by httpx, so that the API key never goes to another origin. Every API request
(retries included) first waits for the client's governor: its rate, its cool-down after a 429/503 and its limit on
requests in flight are shared by every call of the client."""

from __future__ import annotations

import datetime
import logging
import random
from typing import Any

import httpx

from .. import _clock
from .._clock import Clock, Sleep
from .._core.request import API_KEY_HEADER, USER_AGENT, PreparedRequest
from .._core.response import (
    MAX_ERROR_BODY_BYTES,
    ResponseInfo,
    UnreadableBody,
    connection_error,
    decode_json,
    delivery_of,
    request_id,
    status_error,
)
from .._deadline import CallDeadline, clip_timeout
from .._errors import APIError, DeadlineExceededError, ResponseTooLargeError
from .._logging import logger, redact_headers, redact_query
from .._policy.governor import GovernorDeadline, RateLimit
from .._policy.retry import Attempt, Delivery, parse_retry_after
from .._settings import ClientSettings
from .._tls import shared_ssl_context
from ._governor import Governor

# Sent only to the origin of the request that carried them (httpx itself strips only Authorization).
_ORIGIN_BOUND_HEADERS = (API_KEY_HEADER, "authorization", "proxy-authorization", "cookie")


# Answers by which the server says "too fast": they start a cool-down for every call of the client.
_THROTTLE_STATUSES = frozenset({429, 503})

# Failures of the request as built (a header httpx refuses, a redirect loop): the same request would fail again.
_LOCAL_FAILURES = (httpx.LocalProtocolError, httpx.UnsupportedProtocol, httpx.TooManyRedirects)


class _DeadlinePassed(Exception):
    """Raised inside an attempt when the total deadline passes while its body is still arriving."""


class Pipeline:
    def __init__(
        self,
        settings: ClientSettings,
        http_client: httpx.Client | None,
        *,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        rate_limit: RateLimit | None = None,
    ) -> None:
        self.settings = settings
        self.owns_http_client = http_client is None
        # A client of our own carries the headers every API call sends as its defaults: httpx normalises each header
        # given per request, which cost more than the rest of preparing a call. A caller's client is left as it is.
        self.default_headers = (
            {} if http_client is not None else {"accept": "application/json", "user-agent": USER_AGENT}
        )
        self.http = (
            http_client
            if http_client is not None
            else httpx.Client(timeout=settings.timeout, verify=shared_ssl_context(), headers=self.default_headers)
        )
        self.sleep = sleep or _clock.sleep
        self.clock = clock or _clock.now
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography
        self.governor = Governor(rate_limit, clock=self.clock, sleep=self.sleep)

    def send(self, prepared: PreparedRequest) -> tuple[httpx.Response, Any, ResponseInfo]:
        """Send with retries; return the response, its body (decoded JSON, or the bytes when the request expects no
        JSON) and what it took, or raise a typed error. The response's own stream is closed and empty."""
        policy = self.settings.retry_policy(prepared.max_retries)
        started = self.clock()
        deadline = CallDeadline.start(self.clock, started, prepared.deadline)
        retries = 0
        queued = 0.0
        maybe_processed_earlier = False
        while True:
            time_left = deadline.time_left(self.clock())
            if time_left is not None and time_left <= 0:
                raise self._deadline_error(prepared, deadline, retries)
            failure: Exception | None = None
            response: httpx.Response | None = None
            content, truncated = b"", False
            try:
                response, content, truncated, waited = self._exchange(prepared, deadline)
                queued += waited
            except _DeadlinePassed:
                raise self._deadline_error(prepared, deadline, retries) from None
            except _LOCAL_FAILURES as error:  # the request cannot be sent as built: sending it again cannot help
                raise self._error(
                    prepared,
                    response=None,
                    content=b"",
                    truncated=False,
                    failure=error,
                    retries=retries,
                    maybe_processed_earlier=maybe_processed_earlier,
                    reason="not retried: the failure is local",
                ) from None
            except (httpx.TransportError, httpx.DecodingError) as error:  # timeouts included
                failure, attempt = error, Attempt(delivery=delivery_of(error))
            else:
                self._refuse_too_large(prepared, response, truncated, retries)
                if response.is_success:
                    try:
                        data = decode_json(response, content) if prepared.expects_json else content
                    except UnreadableBody as error:  # truncated or not JSON: the answer was lost on the way
                        failure, attempt = error, Attempt(delivery=Delivery.MAYBE_PROCESSED)
                    else:
                        info = self._info(prepared, response, retries, started, queued)
                        logger.info(
                            "%s %s -> %s (%s)",
                            prepared.method,
                            prepared.shown_url,
                            response.status_code,
                            info.request_id,
                        )
                        return response, data, info
                else:
                    attempt = Attempt(status=response.status_code, retry_after=response.headers.get("retry-after"))
            now = self.clock()
            decision = policy.decide(
                attempt,
                retries_so_far=retries,
                safety=prepared.safety,
                elapsed=now - started,
                rng=self.rng,
                now=self._utc(now),
                time_left=deadline.time_left(now),
            )
            if not decision.retry:
                raise self._error(
                    prepared,
                    response=response,
                    content=content,
                    truncated=truncated,
                    failure=failure,
                    retries=retries,
                    maybe_processed_earlier=maybe_processed_earlier,
                    reason=decision.reason,
                )
            logger.info(
                "retrying %s %s in %.2f s after %s (retry %d of %d)",
                prepared.method,
                prepared.shown_url,
                decision.delay,
                response.status_code if failure is None and response is not None else type(failure).__name__,
                retries + 1,
                policy.max_retries,
            )
            maybe_processed_earlier |= attempt.delivery is Delivery.MAYBE_PROCESSED or (
                attempt.status is not None and attempt.status >= 500
            )
            self.sleep(decision.delay)
            retries += 1

    def _exchange(self, prepared: PreparedRequest, deadline: CallDeadline) -> tuple[httpx.Response, bytes, bool, float]:
        """One attempt: wait for the governor (API requests only: a presigned transfer goes to storage), send,
        follow redirects, read the body within the limits. Returns the closed response, its body, whether the body
        was cut at a limit, and the seconds spent waiting for the governor."""
        governed = prepared.authenticated
        queued = 0.0
        if governed:
            try:
                queued = self.governor.acquire(deadline.at)
            except GovernorDeadline:
                raise _DeadlinePassed from None
        try:
            request = self._request(prepared, deadline.time_left(self.clock()))
            response = self._send_following_redirects(prepared, request)
            try:
                content, truncated = self._read(
                    response, deadline, self._body_limit(prepared, response), keep_prefix=not response.is_success
                )
            finally:
                response.close()
        finally:
            if governed:
                self.governor.release()
        if governed and response.status_code in _THROTTLE_STATUSES:
            retry_after = parse_retry_after(response.headers.get("retry-after"), self._utc(self.clock()))
            self.governor.throttled(response.status_code, retry_after)
        return response, content, truncated, queued

    def _request(self, prepared: PreparedRequest, time_left: float | None) -> httpx.Request:
        timeout = prepared.timeout
        if time_left is not None:
            base = self.http.timeout if timeout is httpx.USE_CLIENT_DEFAULT else timeout
            timeout = clip_timeout(base, time_left)
        return self.http.build_request(
            # params=None, not (): httpx replaces a URL's own query (a presigned URL's token) with empty params.
            # The key goes straight into the request's headers, never into a local: error trackers record locals.
            prepared.method,
            prepared.url,
            params=prepared.params or None,
            headers=self._headers(prepared) | self.settings.auth_headers()
            if prepared.authenticated
            else self._headers(prepared),
            content=prepared.content,
            timeout=timeout,
        )

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        """The request's own headers, less those the client already sends with the same value."""
        defaults = self.default_headers
        if not defaults:
            return prepared.headers
        headers = {name: value for name, value in prepared.headers.items() if defaults.get(name) != value}
        if not prepared.authenticated:  # storage gets httpx's usual Accept, as from any client, not the API's
            headers.setdefault("accept", "*/*")
        return headers

    def _send_following_redirects(self, prepared: PreparedRequest, request: httpx.Request) -> httpx.Response:
        """Send, following redirects when the caller's client asks for it (and always for a presigned transfer: a
        storage service may answer 307). Headers that authenticate never go to another origin than the first."""
        follow = self.http.follow_redirects or not prepared.authenticated
        first_url = request.url  # its origin is worked out only if a redirect comes
        for _ in range(self.http.max_redirects + 1):
            if logger.isEnabledFor(logging.DEBUG):
                shown = str(request.url) if prepared.authenticated else redact_query(str(request.url))
                logger.debug("%s %s headers=%s", request.method, shown, redact_headers(dict(request.headers)))
            response = self.http.send(request, stream=True, follow_redirects=False)
            following = response.next_request
            if not follow or following is None:
                return response
            response.close()
            if _origin(following.url) != _origin(first_url):
                for name in _ORIGIN_BOUND_HEADERS:
                    following.headers.pop(name, None)
            request = following
        raise httpx.TooManyRedirects(f"more than {self.http.max_redirects} redirects", request=request)

    def _refuse_too_large(
        self, prepared: PreparedRequest, response: httpx.Response, truncated: bool, retries: int
    ) -> None:
        """A success body cut at max_response_bytes is an error, not retried (the same answer would come again)."""
        if response.is_success and truncated:
            limit = self.settings.max_response_bytes
            raise ResponseTooLargeError(
                f"the {response.status_code} response body is larger than max_response_bytes={limit}; "
                "reading stopped there",
                method=prepared.method,
                url=prepared.shown_url,
                limit=limit,
                retries=retries,
            )

    def _body_limit(self, prepared: PreparedRequest, response: httpx.Response) -> int | None:
        """How much body to read: an API answer up to max_response_bytes, an error page up to what its exception
        keeps; a presigned download is the caller's own file, bounded by the deadline only."""
        if not response.is_success:
            return MAX_ERROR_BODY_BYTES
        return self.settings.max_response_bytes if prepared.authenticated else None

    def _read(
        self, response: httpx.Response, deadline: CallDeadline, limit: int | None, *, keep_prefix: bool
    ) -> tuple[bytes, bool]:
        """The decoded body, checking the deadline after every chunk. Past ``limit`` bytes reading stops: returns
        (the first ``limit`` bytes, True) when ``keep_prefix``, else (b"", True)."""
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            if limit is not None and size + len(chunk) > limit:
                if keep_prefix:
                    chunks.append(chunk[: limit - size])
                    return b"".join(chunks), True
                return b"", True
            chunks.append(chunk)
            size += len(chunk)
            if deadline.passed(self.clock()):
                raise _DeadlinePassed
        return b"".join(chunks), False

    def _deadline_error(self, prepared: PreparedRequest, deadline: CallDeadline, retries: int) -> APIError:
        error = DeadlineExceededError(
            deadline.describe(),
            method=prepared.method,
            url=prepared.shown_url,
            retries=retries,
            deadline=deadline.seconds,
        )
        logger.info("%s %s failed: %s", prepared.method, prepared.shown_url, error)
        return error

    def _error(
        self,
        prepared: PreparedRequest,
        *,
        response: httpx.Response | None,
        content: bytes,
        truncated: bool,
        failure: Exception | None,
        retries: int,
        maybe_processed_earlier: bool,
        reason: str,
    ) -> APIError:
        url = prepared.shown_url
        if failure is None and response is not None:
            error: APIError = status_error(
                response,
                content,
                method=prepared.method,
                url=url,
                retries=retries,
                secret=self.settings.api_key,
                earlier_attempt_may_have_succeeded=maybe_processed_earlier,
                truncated=truncated,
            )
        else:
            assert failure is not None
            note = reason if reason.startswith("not retried") else ""
            hide = "" if prepared.authenticated else prepared.url.partition("?")[2]
            error = connection_error(
                failure,
                method=prepared.method,
                url=url,
                retries=retries,
                secret=self.settings.api_key,
                note=note,
                hide=hide,
            )
        logger.info("%s %s failed: %s", prepared.method, url, error)
        return error

    @staticmethod
    def _utc(now: float) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(now, datetime.timezone.utc)

    def _info(
        self, prepared: PreparedRequest, response: httpx.Response, retries: int, started: float, queued: float
    ) -> ResponseInfo:
        return ResponseInfo(
            method=prepared.method,
            url=prepared.shown_url,
            status_code=response.status_code,
            request_id=request_id(response),
            retries=retries,
            elapsed=self.clock() - started,
            headers=response.headers,
            queued=queued,
        )

    def close(self) -> None:
        if self.owns_http_client:
            self.http.close()


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port
