# Generated from facade/exa_websets/_async/client.py by scripts/unasync.py. Edit that file, not this one.
"""WebsetsClient: settings, the resources, and the two ways resources call the pipeline (one object, a page)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from .._clock import Clock, Sleep
from .._endpoint import Endpoint, ListEndpoint
from .._errors import ConfigurationError, InvalidRequestError, Problem
from .._logging import configure_from_environment
from .._operations import label_for
from .._options import RequestOptions
from .._pagination import Page, RawPage, envelope
from .._policy.governor import DEFAULT_RATE_LIMIT, RateLimit
from .._policy.paging import RESUME_PREFIX, parse_resume_token
from .._policy.retry import RetryPolicy, Safety
from .._request import PathArguments, prepare, prepare_transfer
from .._response import ResponseInfo, attach
from .._responses import validation_error
from .._secret import SecretStr
from .._settings import DEFAULT, AuthScheme, DeadlineArg, TimeoutArg, load_settings
from .._spec import spec_index
from ._pipeline import Pipeline
from .resources.enrichments import Enrichments
from .resources.events import Events
from .resources.exports import Exports
from .resources.imports import Imports
from .resources.items import Items
from .resources.monitors import Monitors
from .resources.searches import Searches
from .resources.teams import Teams
from .resources.webhooks import Webhooks
from .resources.websets import Websets

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class WebsetsClient:
    """The Exa Websets API, synchronously. Use as ``with WebsetsClient() as ws: ...``.

    ``api_key`` defaults to ``EXA_API_KEY``, ``base_url`` to ``EXA_WEBSETS_BASE_URL`` or the production URL.
    ``timeout`` (seconds or an ``httpx.Timeout``; ``None`` for none) is httpx's socket timeout: it limits each
    connect, each read and each write, not a whole call. ``deadline`` (seconds, default 600; ``None`` for none) limits
    a whole call: connecting, sending, the headers, the body and every retry with its sleep. ``max_retries``,
    ``timeout`` and ``deadline`` apply to every call unless a call says otherwise. ``max_response_bytes`` (default
    64 MiB) is the largest decoded API response body read; a larger one raises ``ResponseTooLargeError``.
    A caller-supplied ``http_client`` is used as is (and not closed by this client); redirects are followed only if
    it has ``follow_redirects=True``, and never carry the API key to another origin. The key goes in the
    ``x-api-key`` header; ``auth_scheme="bearer"`` sends it as ``Authorization: Bearer`` instead (never both).
    ``rate_limit`` (a ``RateLimit``; ``None`` for none) is the governor shared by every call of this client: a
    request rate (default 5/s), at most 8 requests in flight, and a cool-down after a 429/503 that pauses them all.
    ``sleep`` and ``clock`` replace real waiting and time (retries, waits), e.g. in tests.
    """

    websets: Websets
    items: Items
    searches: Searches
    enrichments: Enrichments
    exports: Exports
    monitors: Monitors
    imports: Imports
    webhooks: Webhooks
    events: Events
    teams: Teams

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutArg = DEFAULT,
        deadline: DeadlineArg = DEFAULT,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        environ: Mapping[str, str] | None = None,
        auth_scheme: AuthScheme = "x-api-key",
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
    ) -> None:
        # Wrapped before anything can fail: error trackers record this frame's locals, and a refused key is one.
        secret_key = None if api_key is None else SecretStr(api_key)
        del api_key
        configure_from_environment(environ)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            expected = httpx.Client.__name__
            raise ConfigurationError(f"http_client must be an httpx.{expected} (got {type(http_client).__name__})")
        self._settings = load_settings(
            api_key=secret_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            own_http_client=http_client is None,
            environ=environ,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            auth_scheme=auth_scheme,
        )
        if rate_limit is not None and not isinstance(rate_limit, RateLimit):
            raise ConfigurationError(
                f"rate_limit must be an exa_websets.RateLimit or None (got {type(rate_limit).__name__})"
            )
        self._pipeline = Pipeline(self._settings, http_client, sleep=sleep, clock=clock, rng=rng, rate_limit=rate_limit)
        self._index = spec_index()
        self.websets = Websets(self)
        self.items = Items(self)
        self.searches = Searches(self)
        self.enrichments = Enrichments(self)
        self.exports = Exports(self)
        self.monitors = Monitors(self)
        self.imports = Imports(self)
        self.webhooks = Webhooks(self)
        self.events = Events(self)
        self.teams = Teams(self)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def sleep(self) -> Sleep:
        return self._pipeline.sleep

    @property
    def clock(self) -> Clock:
        return self._pipeline.clock

    def _call(
        self,
        endpoint: Endpoint[T],
        *,
        path: PathArguments | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        safety: Safety = Safety.REPEATABLE,
    ) -> T:
        """Validate, send through the pipeline, and parse the success body with the generated parser."""
        result, info = self._call_with_info(endpoint, path=path, query=query, body=body, options=options, safety=safety)
        attach(result, info)  # for response_info(result); a list's envelope needs none, its Page carries the info
        return result

    def _call_with_info(
        self,
        endpoint: Endpoint[T],
        *,
        path: PathArguments | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        safety: Safety = Safety.REPEATABLE,
    ) -> tuple[T, ResponseInfo]:
        prepared = prepare(
            self._index,
            self._settings,
            endpoint.operation_id,
            label=label_for(endpoint.operation_id),
            path=path,
            query=query,
            body=body,
            options=options,
            safety=safety,
        )
        response, data, info = self._pipeline.send(prepared)
        try:
            result = endpoint.parse(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise validation_error(
                error,
                data,
                response=response,
                method=prepared.method,
                url=prepared.shown_url,
                retries=info.retries,
                secret=self._settings.api_key,
            ) from error
        return result, info

    def _list(
        self,
        endpoint: ListEndpoint[ItemT],
        *,
        path: PathArguments | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Page[ItemT]:
        """One page of a list, its items parsed. A ``cursor`` that is a paginator's mid-page resume token fetches
        that page without the items the caller already received (the server never sees the token)."""
        cursor = query.get("cursor") if query else None
        if query is None or not isinstance(cursor, str) or not cursor.startswith(RESUME_PREFIX):
            return (self._list_raw(endpoint, path=path, query=query, options=options)).page()
        try:
            point = parse_resume_token(cursor)
        except ValueError as error:
            raise InvalidRequestError(label_for(endpoint.operation_id), [Problem("cursor", str(error))]) from None
        raw = self._list_raw(endpoint, path=path, query={**query, "cursor": point.cursor}, options=options)
        return raw.page(min(point.skip, len(raw.items)))

    def _transfer(
        self,
        label: str,
        method: str,
        url: str,
        *,
        content: bytes | None = None,
        content_type: str | None = None,
        options: RequestOptions | None = None,
    ) -> bytes:
        """Upload to or download from a presigned URL through the same pipeline (timeouts, retries), without the
        API key; returns the response body."""
        prepared = prepare_transfer(
            self._settings, label, method, url, content=content, content_type=content_type, options=options
        )
        _, content, _ = self._pipeline.send(prepared)
        return bytes(content)

    def _list_raw(
        self,
        endpoint: ListEndpoint[ItemT],
        *,
        path: PathArguments | None = None,
        query: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> RawPage[ItemT]:
        """One page of a list, its items left as JSON until iterated (list_all reads lists this way)."""
        (items, has_more, next_cursor), info = self._call_with_info(
            Endpoint(endpoint.operation_id, envelope), path=path, query=query, options=options
        )
        return RawPage(items, has_more, next_cursor, endpoint.parse_item, info)

    def close(self) -> None:
        """Close the HTTP connections this client opened (a caller-supplied http_client stays open)."""
        self._pipeline.close()

    def __enter__(self) -> WebsetsClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        settings = getattr(self, "_settings", None)  # None while __init__ runs (an error tracker may ask then)
        return f"{type(self).__name__}(base_url={settings.base_url if settings else None!r})"
