# Generated from facade/exa_websets/_async/_pipeline.py by scripts/unasync.py. Edit that file, not this one.
"""The one request path: every call goes through ``AsyncPipeline.send`` (auth is in the prepared request; retries,
timeouts, errors and logging are here). The retry decisions are the pure ``RetryPolicy``; only the I/O lives here."""

from __future__ import annotations

import datetime
import random
from typing import Any

import httpx

from .. import _clock
from .._clock import Clock, Sleep
from .._errors import APIError
from .._logging import logger, redact_headers
from .._policy.retry import Attempt, Delivery
from .._request import PreparedRequest
from .._response import ResponseInfo
from .._responses import UnreadableBody, connection_error, decode_json, delivery_of, request_id, status_error
from .._settings import ClientSettings
from .._tls import shared_ssl_context


class Pipeline:
    def __init__(
        self,
        settings: ClientSettings,
        http_client: httpx.Client | None,
        *,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self.owns_http_client = http_client is None
        self.http = (
            http_client
            if http_client is not None
            else httpx.Client(timeout=settings.timeout, verify=shared_ssl_context())
        )
        self.sleep = sleep or _clock.sleep
        self.clock = clock or _clock.now
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography

    def send(self, prepared: PreparedRequest) -> tuple[httpx.Response, Any, ResponseInfo]:
        """Send with retries; return the response, its decoded JSON and what it took, or raise a typed error."""
        policy = self.settings.retry_policy(prepared.max_retries)
        secret = self.settings.api_key.get_secret_value()
        started = self.clock()
        retries = 0
        maybe_processed_earlier = False
        while True:
            request = self.http.build_request(
                # params=None, not (): httpx replaces a URL's own query (a presigned URL's token) with empty params
                prepared.method, prepared.url, params=prepared.params or None, headers=prepared.headers,
                content=prepared.content, timeout=prepared.timeout,
            )  # fmt: skip
            if logger.isEnabledFor(10):
                logger.debug("%s %s headers=%s", request.method, request.url, redact_headers(dict(request.headers)))
            failure: Exception | None = None
            response: httpx.Response | None = None
            try:
                response = self.http.send(request)
            except httpx.TransportError as error:  # timeouts included
                failure, attempt = error, Attempt(delivery=delivery_of(error))
            else:
                # The body has been read. An httpx response and its stream refer to each other, so without this the
                # body (a whole page) waits for the cyclic garbage collector instead of going with the response.
                response.stream = httpx.ByteStream(b"")
                if response.is_success:
                    try:
                        data = decode_json(response) if prepared.expects_json else None
                    except UnreadableBody as error:  # truncated or not JSON: the answer was lost on the way
                        failure, attempt = error, Attempt(delivery=Delivery.MAYBE_PROCESSED)
                    else:
                        info = self._info(prepared, response, retries, started)
                        logger.info(
                            "%s %s -> %s (%s)", prepared.method, prepared.url, response.status_code, info.request_id
                        )
                        return response, data, info
                else:
                    attempt = Attempt(status=response.status_code, retry_after=response.headers.get("retry-after"))
            now = self.clock()
            decision = policy.decide(
                attempt, retries_so_far=retries, safety=prepared.safety, elapsed=now - started, rng=self.rng,
                now=datetime.datetime.fromtimestamp(now, datetime.timezone.utc),
            )  # fmt: skip
            if not decision.retry:
                raise self._error(
                    prepared, response=response, failure=failure, retries=retries,
                    maybe_processed_earlier=maybe_processed_earlier, reason=decision.reason, secret=secret,
                )  # fmt: skip
            logger.info(
                "retrying %s %s in %.2f s after %s (retry %d of %d)", prepared.method, prepared.url, decision.delay,
                response.status_code if failure is None and response is not None else type(failure).__name__,
                retries + 1, policy.max_retries,
            )  # fmt: skip
            maybe_processed_earlier |= attempt.delivery is Delivery.MAYBE_PROCESSED or (
                attempt.status is not None and attempt.status >= 500
            )
            self.sleep(decision.delay)
            retries += 1

    def _error(
        self,
        prepared: PreparedRequest,
        *,
        response: httpx.Response | None,
        failure: Exception | None,
        retries: int,
        maybe_processed_earlier: bool,
        reason: str,
        secret: str,
    ) -> APIError:
        url = prepared.url
        if failure is None and response is not None:
            error: APIError = status_error(
                response, method=prepared.method, url=url, retries=retries, secret=secret,
                earlier_attempt_may_have_succeeded=maybe_processed_earlier,
            )  # fmt: skip
        else:
            assert failure is not None
            note = reason if reason.startswith("not retried") else ""
            error = connection_error(
                failure, method=prepared.method, url=url, retries=retries, secret=secret, note=note
            )
        logger.info("%s %s failed: %s", prepared.method, url, error)
        return error

    def _info(self, prepared: PreparedRequest, response: httpx.Response, retries: int, started: float) -> ResponseInfo:
        return ResponseInfo(
            method=prepared.method,
            url=prepared.url,
            status_code=response.status_code,
            request_id=request_id(response),
            retries=retries,
            elapsed=self.clock() - started,
            headers=response.headers,
        )

    def close(self) -> None:
        if self.owns_http_client:
            self.http.close()
