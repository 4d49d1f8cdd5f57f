from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..._core.operation import Endpoint, operation
from ..._core.request import RequestOptions
from ..._deadline import NOT_GIVEN
from ..._policy.retry import Safety
from ...waiting import PollPolicy
from ._base import AsyncResource

if TYPE_CHECKING:
    from exa_websets_api.models import (
        ArticleEntity,
        CompanyEntity,
        CreateCriterionParameters,
        CreateWebsetSearchParametersExcludeItem,
        CreateWebsetSearchParametersScopeItem,
        CustomEntity,
        PersonEntity,
        ResearchPaperEntity,
        WebsetSearch,
    )
    from typing_extensions import Unpack

    from ...waiting._async import ProgressCallback

    EntityArg = CompanyEntity | PersonEntity | ArticleEntity | ResearchPaperEntity | CustomEntity | Mapping[str, Any]

CREATE: Endpoint[WebsetSearch] = Endpoint("api.searches.websets_searches_create")
GET: Endpoint[WebsetSearch] = Endpoint("api.searches.websets_searches_get")
CANCEL: Endpoint[WebsetSearch] = Endpoint("api.searches.websets_searches_cancel")


class AsyncSearches(AsyncResource):
    @operation("websets-searches-create")
    async def create(
        self,
        webset_id: str,
        *,
        query: str,
        count: int,
        criteria: Sequence[CreateCriterionParameters | Mapping[str, Any]] | None = None,
        entity: EntityArg | None = None,
        exclude: Sequence[CreateWebsetSearchParametersExcludeItem | Mapping[str, Any]] | None = None,
        scope: Sequence[CreateWebsetSearchParametersScopeItem | Mapping[str, Any]] | None = None,
        recall: bool | None = None,
        behavior: Literal["override", "append"] = "override",
        metadata: Mapping[str, str] | None = None,
        max_people_per_company: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> WebsetSearch:
        """Add a search to a webset; searches run one after another. ``behavior`` is always sent: the spec calls it
        optional (default override) but the live API is reported to require it. ``max_people_per_company`` is a soft
        cap for people searches (documented; absent from the pinned spec)."""
        body = {
            "query": query,
            "count": count,
            "criteria": criteria,
            "entity": entity,
            "exclude": exclude,
            "scope": scope,
            "recall": recall,
            "behavior": behavior,
            "metadata": metadata,
            "max_people_per_company": max_people_per_company,
        }
        return await self._client._call(
            CREATE,
            path={"webset": ("webset_id", webset_id)},
            body=body,
            options=request_options,
            safety=Safety.ONLY_IF_NOT_PROCESSED,
        )

    @operation("websets-searches-get")
    async def get(self, webset_id: str, search_id: str, **request_options: Unpack[RequestOptions]) -> WebsetSearch:
        return await self._client._call(
            GET, path={"webset": ("webset_id", webset_id), "id": ("search_id", search_id)}, options=request_options
        )

    @operation("websets-searches-get")
    async def wait_until_completed(
        self,
        webset_id: str,
        search_id: str,
        *,
        deadline: float | None = 3600,
        timeout: float | None = NOT_GIVEN,  # the deprecated name of deadline
        on_progress: ProgressCallback | None = None,
        poll: PollPolicy | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebsetSearch:
        """Poll until the search completes (adaptive, like websets.wait_until_idle); ``SearchCanceled`` if it is
        canceled."""
        # Loaded when a wait starts: importing the client need not pay for the waiting machinery.
        from ...waiting._async import wait_until  # noqa: PLC0415
        from ...waiting.judges import judge_search  # noqa: PLC0415

        return await wait_until(
            self._client,
            "searches.wait_until_completed",
            "search",
            search_id,
            fetch=lambda: self.get(webset_id, search_id, **(request_options or {})),
            judge=judge_search,
            deadline=deadline,
            timeout=timeout,
            on_progress=on_progress,
            poll=poll,
        )

    @operation("websets-searches-cancel")
    async def cancel(self, webset_id: str, search_id: str, **request_options: Unpack[RequestOptions]) -> WebsetSearch:
        return await self._client._call(
            CANCEL, path={"webset": ("webset_id", webset_id), "id": ("search_id", search_id)}, options=request_options
        )
