from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ..._core.operation import Endpoint, ListEndpoint, operation
from ..._core.request import RequestOptions
from ..._deadline import NOT_GIVEN
from ..._policy.retry import Safety
from ...paging import Page
from ...paging._async import AsyncPaginator
from ...waiting import PollPolicy
from ._base import AsyncResource

if TYPE_CHECKING:
    from exa_websets_api.models import Monitor, MonitorBehavior, MonitorCadence, MonitorRun
    from typing_extensions import Unpack

    from ...waiting._async import ProgressCallback

CREATE: Endpoint[Monitor] = Endpoint("api.monitors.monitors_create")
LIST: ListEndpoint[Monitor] = ListEndpoint("api.monitors.monitors_list", "models:Monitor.from_dict")
GET: Endpoint[Monitor] = Endpoint("api.monitors.monitors_get")
UPDATE: Endpoint[Monitor] = Endpoint("api.monitors.monitors_update")
DELETE: Endpoint[Monitor] = Endpoint("api.monitors.monitors_delete")
RUNS_LIST: ListEndpoint[MonitorRun] = ListEndpoint(
    "api.monitors_runs.monitors_runs_list", "models:MonitorRun.from_dict"
)
RUNS_GET: Endpoint[MonitorRun] = Endpoint("api.monitors_runs.monitors_runs_get")


class AsyncMonitorRuns(AsyncResource):
    @operation("monitors-runs-list")
    async def list(self, monitor_id: str, **request_options: Unpack[RequestOptions]) -> Page[MonitorRun]:
        """The monitor's runs. The spec gives this list no cursor or limit: the API answers with one page."""
        return await self._listing(RUNS_LIST, request_options, path={"monitor": ("monitor_id", monitor_id)}).page()

    @operation("monitors-runs-list")
    def list_all(self, monitor_id: str, **request_options: Unpack[RequestOptions]) -> AsyncPaginator[MonitorRun]:
        """Every run of a monitor. The spec gives this list no cursor, so it is the one page the API returns."""
        return self._listing(RUNS_LIST, request_options, path={"monitor": ("monitor_id", monitor_id)}).all()

    @operation("monitors-runs-get")
    async def wait_until_completed(
        self,
        monitor_id: str,
        run_id: str,
        *,
        deadline: float | None = 3600,
        timeout: float | None = NOT_GIVEN,  # the deprecated name of deadline
        on_progress: ProgressCallback | None = None,
        poll: PollPolicy | None = None,
        request_options: RequestOptions | None = None,
    ) -> MonitorRun:
        """Poll until the run completes; ``MonitorRunFailed`` if it fails or is canceled."""
        # Loaded when a wait starts: importing the client need not pay for the waiting machinery.
        from ...waiting._async import wait_until  # noqa: PLC0415
        from ...waiting.judges import judge_monitor_run  # noqa: PLC0415

        return await wait_until(
            self._client,
            "monitors.runs.wait_until_completed",
            "monitor run",
            run_id,
            fetch=lambda: self.get(monitor_id, run_id, **(request_options or {})),
            judge=judge_monitor_run,
            deadline=deadline,
            timeout=timeout,
            on_progress=on_progress,
            poll=poll,
        )

    @operation("monitors-runs-get")
    async def get(self, monitor_id: str, run_id: str, **request_options: Unpack[RequestOptions]) -> MonitorRun:
        return await self._client._call(
            RUNS_GET, path={"monitor": ("monitor_id", monitor_id), "id": ("run_id", run_id)}, options=request_options
        )


class AsyncMonitors(AsyncResource):
    runs: AsyncMonitorRuns

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.runs = AsyncMonitorRuns(client)

    @operation("monitors-create")
    async def create(
        self,
        *,
        webset_id: str,
        cadence: MonitorCadence | Mapping[str, Any],
        behavior: MonitorBehavior | Mapping[str, Any],
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Monitor:
        """Re-run a search on a cron (5 fields, at most once a day; ``timezone`` defaults to Etc/UTC)."""
        body = {"webset_id": webset_id, "cadence": cadence, "behavior": behavior, "metadata": metadata}
        return await self._client._call(CREATE, body=body, options=request_options, safety=Safety.ONLY_IF_NOT_PROCESSED)

    @operation("monitors-list")
    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        webset_id: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Page[Monitor]:
        return await self._listing(LIST, request_options, {"webset_id": webset_id}).page(cursor, limit)

    @operation("monitors-list")
    def list_all(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        webset_id: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Monitor]:
        """Every monitor, lazily, page by page."""
        return self._listing(LIST, request_options, {"webset_id": webset_id}).all(cursor, limit)

    @operation("monitors-get")
    async def get(self, monitor_id: str, **request_options: Unpack[RequestOptions]) -> Monitor:
        return await self._client._call(GET, path={"id": ("monitor_id", monitor_id)}, options=request_options)

    @operation("monitors-update")
    async def update(
        self,
        monitor_id: str,
        *,
        status: Literal["enabled", "disabled"] | None = None,
        cadence: MonitorCadence | Mapping[str, Any] | None = None,
        behavior: MonitorBehavior | Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Monitor:
        body = {"status": status, "cadence": cadence, "behavior": behavior, "metadata": metadata}
        return await self._client._call(
            UPDATE, path={"id": ("monitor_id", monitor_id)}, body=body, options=request_options
        )

    @operation("monitors-delete")
    async def delete(self, monitor_id: str, **request_options: Unpack[RequestOptions]) -> Monitor:
        return await self._client._call(DELETE, path={"id": ("monitor_id", monitor_id)}, options=request_options)
