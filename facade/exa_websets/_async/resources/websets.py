from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..._core.operation import Endpoint, ListEndpoint, operation
from ..._core.request import RequestOptions
from ..._deadline import NOT_GIVEN
from ..._errors import ConflictError
from ..._policy.retry import Safety
from ...paging import Page
from ...paging._async import AsyncPaginator
from ...waiting import PollPolicy
from ._base import AsyncResource

if TYPE_CHECKING:
    from exa_websets_api.models import (
        CreateEnrichmentParameters,
        CreateWebsetParametersExcludeItem,
        CreateWebsetParametersImportItem,
        CreateWebsetParametersSearch,
        GetWebsetResponse,
        PreviewWebsetParametersSearch,
        PreviewWebsetResponse,
        Webset,
    )
    from typing_extensions import Unpack

    from ...waiting._async import ProgressCallback

CREATE: Endpoint[Webset] = Endpoint("api.websets.websets_create")
LIST: ListEndpoint[Webset] = ListEndpoint("api.websets.websets_list", "models:Webset.from_dict")
GET: Endpoint[GetWebsetResponse] = Endpoint("api.websets.websets_get")
UPDATE: Endpoint[Webset] = Endpoint("api.websets.websets_update")
DELETE: Endpoint[Webset] = Endpoint("api.websets.websets_delete")
CANCEL: Endpoint[Webset] = Endpoint("api.websets.websets_cancel")
PREVIEW: Endpoint[PreviewWebsetResponse] = Endpoint("api.websets_preview.websets_preview")
# websets-get read as a plain Webset (its body is one, plus `items`, left unexpanded here): create-or-get fetches the
# webset it created with it, and wait_until_idle polls with it.
GET_PLAIN_WEBSET: Endpoint[Webset] = Endpoint("api.websets.websets_get", "models:Webset.from_dict")


class AsyncWebsets(AsyncResource):
    @operation("websets-create")
    async def create(
        self,
        *,
        search: CreateWebsetParametersSearch | Mapping[str, Any] | None = None,
        enrichments: Sequence[CreateEnrichmentParameters | Mapping[str, Any]] | None = None,
        imports: Sequence[CreateWebsetParametersImportItem | Mapping[str, Any]] | None = None,
        exclude: Sequence[CreateWebsetParametersExcludeItem | Mapping[str, Any]] | None = None,
        external_id: str | None = None,
        metadata: Mapping[str, str] | None = None,
        title: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Webset:
        """Create a webset; it starts `running` at once. ``title`` names it (documented; absent from the pinned spec).

        With an ``external_id`` the call is safe to retry after a lost answer: if a retry meets 409 because an
        earlier attempt already created the webset, that webset is fetched and returned (create-or-get). Without
        one, a create whose answer was lost is not repeated, so it can never make two websets.
        """
        body = {
            "search": search,
            "enrichments": enrichments,
            "import": imports,
            "exclude": exclude,
            "external_id": external_id,
            "metadata": metadata,
            "title": title,
        }
        safety = Safety.REPEATABLE if external_id else Safety.ONLY_IF_NOT_PROCESSED
        try:
            return await self._client._call(CREATE, body=body, options=request_options, safety=safety)
        except ConflictError as conflict:
            if external_id is None or not conflict.earlier_attempt_may_have_succeeded:
                raise
        # An earlier attempt created it and its answer was lost: this is our webset, not someone else's.
        return await self._client._call(
            GET_PLAIN_WEBSET, path={"id": ("external_id", external_id)}, options=request_options
        )

    @operation("websets-list")
    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Page[Webset]:
        """One page of websets; ``search`` keeps those whose id, externalId or title matches (2-50 characters)."""
        return await self._listing(LIST, request_options, {"search": search}).page(cursor, limit)

    @operation("websets-list")
    def list_all(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        search: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Webset]:
        """Every webset (or those ``search`` matches), lazily, page by page (the spec's largest page size unless
        ``limit`` says otherwise)."""
        return self._listing(LIST, request_options, {"search": search}).all(cursor, limit)

    @operation("websets-get")
    async def wait_until_idle(
        self,
        webset_id: str,
        *,
        deadline: float | None = 3600,
        timeout: float | None = NOT_GIVEN,  # the deprecated name of deadline
        on_progress: ProgressCallback | None = None,
        poll: PollPolicy | None = None,
        stop_on_paused: bool = True,
        request_options: RequestOptions | None = None,
    ) -> Webset:
        """Poll until the webset is idle and return it.

        Polls start every ~1 s and slow down to 15 s while the job stays in the same phase (items being found is not
        a reason to hurry); they speed up when it changes phase (a search completes, an enrichment finishes) and land
        when the server's ``timeLeft`` estimate runs out, then poll quickly for a while for the last results. A poll
        that fails transiently (429, 5xx, timeouts) is retried and then skipped, never ending the wait. ``deadline``
        (seconds) bounds the whole wait, each poll's retries, Retry-After sleeps and socket timeouts included, and
        raises ``WaitTimeout`` with the last webset (``timeout=`` is its deprecated old name). A paused webset
        raises ``WebsetPaused`` unless ``stop_on_paused=False``. ``on_progress`` gets a ``WaitProgress`` (found,
        analyzed, completion, time left of the running search) after every poll.
        """
        # Loaded when a wait starts: importing the client need not pay for the waiting machinery.
        from ...waiting._async import wait_until  # noqa: PLC0415
        from ...waiting.judges import judge_webset  # noqa: PLC0415

        async def fetch() -> Webset:
            return await self._client._call(
                GET_PLAIN_WEBSET, path={"id": ("webset_id", webset_id)}, options=request_options
            )

        return await wait_until(
            self._client,
            "websets.wait_until_idle",
            "webset",
            webset_id,
            fetch=fetch,
            judge=lambda webset: judge_webset(webset, stop_on_paused=stop_on_paused),
            deadline=deadline,
            timeout=timeout,
            on_progress=on_progress,
            poll=poll,
        )

    @operation("websets-list", "websets-get", "events-list")
    async def wait_until_idle_many(
        self,
        webset_ids: Sequence[str],
        *,
        deadline: float | None = 3600,
        timeout: float | None = NOT_GIVEN,  # the deprecated name of deadline
        on_progress: ProgressCallback | None = None,
        poll: PollPolicy | None = None,
        stop_on_paused: bool = True,
    ) -> dict[str, Webset]:
        """Wait until every webset is idle, spending about one request per poll for all of them (it reads the
        ``webset.idle`` events) instead of one per webset. Returns the idle websets by the ids given."""
        # Loaded when a wait starts: importing the client need not pay for the waiting machinery.
        from ...waiting._async import wait_until_idle_many  # noqa: PLC0415

        return await wait_until_idle_many(
            self._client,
            webset_ids,
            deadline=deadline,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            stop_on_paused=stop_on_paused,
        )

    @operation("websets-get")
    async def get(
        self,
        webset_id: str,
        *,
        expand: Sequence[Literal["items"]] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> GetWebsetResponse:
        """A webset by id or external id; ``expand=["items"]`` embeds its latest 100 items."""
        return await self._client._call(
            GET, path={"id": ("webset_id", webset_id)}, query={"expand": expand}, options=request_options
        )

    @operation("websets-update")
    async def update(
        self, webset_id: str, *, metadata: Mapping[str, str] | None = None, **request_options: Unpack[RequestOptions]
    ) -> Webset:
        return await self._client._call(
            UPDATE, path={"id": ("webset_id", webset_id)}, body={"metadata": metadata}, options=request_options
        )

    @operation("websets-delete")
    async def delete(self, webset_id: str, **request_options: Unpack[RequestOptions]) -> Webset:
        return await self._client._call(DELETE, path={"id": ("webset_id", webset_id)}, options=request_options)

    @operation("websets-cancel")
    async def cancel(self, webset_id: str, **request_options: Unpack[RequestOptions]) -> Webset:
        """Cancel the webset's running searches and enrichments."""
        return await self._client._call(CANCEL, path={"id": ("webset_id", webset_id)}, options=request_options)

    @operation("websets-preview")
    async def preview(
        self,
        *,
        search: PreviewWebsetParametersSearch | Mapping[str, Any],
        include_items: bool | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> PreviewWebsetResponse:
        """How a search would be understood (entity, criteria, suggested enrichments), without creating a webset;
        ``include_items=True`` (sent as ``?search=true``) also returns sample items. It changes nothing, so it is
        retried like a read."""
        return await self._client._call(
            PREVIEW, query={"search": include_items}, body={"search": search}, options=request_options
        )
