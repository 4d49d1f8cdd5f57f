"""AsyncWebsetsClient: settings, the resources, and ``_call``, the one way resources call the API."""

from __future__ import annotations

import random
from collections.abc import Mapping
from types import TracebackType
from typing import Any, TypeVar, overload

import httpx

from .._clock import AsyncSleep, Clock
from .._core.operation import Endpoint, ListEndpoint, label_for
from .._core.request import PathArguments, RequestOptions, Transfer, prepare, prepare_transfer
from .._core.response import attach, envelope, validation_error
from .._errors import ConfigurationError
from .._logging import configure_from_environment
from .._policy.governor import DEFAULT_RATE_LIMIT, RateLimit
from .._policy.retry import RetryPolicy, Safety
from .._secret import SecretStr
from .._settings import DEFAULT, AuthScheme, DeadlineArg, TimeoutArg, load_settings
from ..paging.page import RawPage
from ._pipeline import AsyncPipeline
from .resources.enrichments import AsyncEnrichments
from .resources.events import AsyncEvents
from .resources.exports import AsyncExports
from .resources.imports import AsyncImports
from .resources.items import AsyncItems
from .resources.monitors import AsyncMonitors
from .resources.searches import AsyncSearches
from .resources.teams import AsyncTeams
from .resources.webhooks import AsyncWebhooks
from .resources.websets import AsyncWebsets

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class AsyncWebsetsClient:
    """The Exa Websets API, asynchronously. Use as ``async with AsyncWebsetsClient() as ws: ...``.

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

    websets: AsyncWebsets
    items: AsyncItems
    searches: AsyncSearches
    enrichments: AsyncEnrichments
    exports: AsyncExports
    monitors: AsyncMonitors
    imports: AsyncImports
    webhooks: AsyncWebhooks
    events: AsyncEvents
    teams: AsyncTeams

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutArg = DEFAULT,
        deadline: DeadlineArg = DEFAULT,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        sleep: AsyncSleep | None = None,
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
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            expected = httpx.AsyncClient.__name__
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
        self._pipeline = AsyncPipeline(
            self._settings, http_client, sleep=sleep, clock=clock, rng=rng, rate_limit=rate_limit
        )
        self.websets = AsyncWebsets(self)
        self.items = AsyncItems(self)
        self.searches = AsyncSearches(self)
        self.enrichments = AsyncEnrichments(self)
        self.exports = AsyncExports(self)
        self.monitors = AsyncMonitors(self)
        self.imports = AsyncImports(self)
        self.webhooks = AsyncWebhooks(self)
        self.events = AsyncEvents(self)
        self.teams = AsyncTeams(self)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def sleep(self) -> AsyncSleep:
        return self._pipeline.sleep

    @property
    def clock(self) -> Clock:
        return self._pipeline.clock

    @overload
    async def _call(
        self,
        endpoint: Endpoint[T],
        *,
        path: PathArguments | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        safety: Safety = Safety.REPEATABLE,
    ) -> T: ...

    @overload
    async def _call(
        self,
        endpoint: ListEndpoint[ItemT],
        *,
        path: PathArguments | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        safety: Safety = Safety.REPEATABLE,
    ) -> RawPage[ItemT]: ...

    async def _call(
        self,
        endpoint: Endpoint[T] | ListEndpoint[ItemT],
        *,
        path: PathArguments | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        safety: Safety = Safety.REPEATABLE,
    ) -> T | RawPage[ItemT]:
        """Build (``_core.request``), send (the pipeline), read (``_core.response``): every API call takes this path.

        An ``Endpoint``'s success body is parsed with its parser, and ``response_info(result)`` finds the exchange; a
        ``ListEndpoint`` answers a ``RawPage`` (items still JSON, the exchange in ``.response``)."""
        operation_id = endpoint.operation_id
        prepared = prepare(
            self._settings,
            endpoint.operation,
            label=label_for(operation_id),
            path=path,
            query=query,
            body=body,
            options=options,
            safety=safety,
        )
        response, data, info = await self._pipeline.send(prepared)
        try:
            if isinstance(endpoint, ListEndpoint):
                items, has_more, next_cursor = envelope(data)
                return RawPage(items, has_more, next_cursor, endpoint.parse_item, info)
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
        attach(result, info)
        return result

    async def _transfer(self, transfer: Transfer, options: RequestOptions | None = None) -> bytes:
        """Upload to or download from a presigned URL through the same pipeline (timeouts, retries), without the
        API key; returns the response body."""
        _, content, _ = await self._pipeline.send(prepare_transfer(self._settings, transfer, options))
        return bytes(content)

    async def close(self) -> None:
        """Close the HTTP connections this client opened (a caller-supplied http_client stays open)."""
        await self._pipeline.aclose()

    async def __aenter__(self) -> AsyncWebsetsClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        settings = getattr(self, "_settings", None)  # None while __init__ runs (an error tracker may ask then)
        return f"{type(self).__name__}(base_url={settings.base_url if settings else None!r})"
