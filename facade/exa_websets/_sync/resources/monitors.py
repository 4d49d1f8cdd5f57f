# Generated from facade/exa_websets/_async/resources/monitors.py by scripts/unasync.py. Edit that file, not this one.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ..._deadline import NOT_GIVEN, wait_deadline
from ..._endpoint import Endpoint, ListEndpoint
from ..._operations import operation
from ..._options import RequestOptions
from ..._pagination import Page, RawPage
from ..._policy.retry import Safety
from ..._policy.waiting import PollPolicy
from .._paging import Paginator
from ._base import Resource

if TYPE_CHECKING:
    from exa_websets_api.models import Monitor, MonitorBehavior, MonitorCadence, MonitorRun
    from typing_extensions import Unpack

    from .._waiting import ProgressCallback

CREATE: Endpoint[Monitor] = Endpoint("monitors-create", "api.monitors.monitors_create")
LIST: ListEndpoint[Monitor] = ListEndpoint("monitors-list", "models:Monitor.from_dict")
GET: Endpoint[Monitor] = Endpoint("monitors-get", "api.monitors.monitors_get")
UPDATE: Endpoint[Monitor] = Endpoint("monitors-update", "api.monitors.monitors_update")
DELETE: Endpoint[Monitor] = Endpoint("monitors-delete", "api.monitors.monitors_delete")
RUNS_LIST: ListEndpoint[MonitorRun] = ListEndpoint("monitors-runs-list", "models:MonitorRun.from_dict")
RUNS_GET: Endpoint[MonitorRun] = Endpoint("monitors-runs-get", "api.monitors_runs.monitors_runs_get")


class MonitorRuns(Resource):
    @operation("monitors-runs-list")
    def list(self, monitor_id: str, **request_options: Unpack[RequestOptions]) -> Page[MonitorRun]:
        """The monitor's runs. The spec gives this list no cursor or limit: the API answers with one page."""
        return self._client._list(RUNS_LIST, path={"monitor": ("monitor_id", monitor_id)}, options=request_options)

    @operation("monitors-runs-list")
    def list_all(self, monitor_id: str, **request_options: Unpack[RequestOptions]) -> Paginator[MonitorRun]:
        """Every run of a monitor. The spec gives this list no cursor, so it is the one page the API returns."""

        def fetch(page_cursor: str | None) -> RawPage[MonitorRun]:
            return self._client._list_raw(
                RUNS_LIST,
                path={"monitor": ("monitor_id", monitor_id)},
                options=request_options,
            )

        return Paginator(fetch, paginates=False)

    @operation("monitors-runs-get")
    def wait_until_completed(
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

        def fetch() -> MonitorRun:
            return self.get(monitor_id, run_id, **(request_options or {}))

        deadline = wait_deadline("monitors.runs.wait_until_completed", deadline, timeout)
        # Loaded when a wait starts: importing the client need not pay for the waiting machinery.
        from ..._waits import judge_monitor_run  # noqa: PLC0415
        from .._waiting import wait_for  # noqa: PLC0415

        return wait_for(
            f"monitor run {run_id}",
            fetch,
            judge_monitor_run,
            clock=self._client.clock,
            sleep=self._client.sleep,
            deadline=deadline,
            poll=poll or PollPolicy(),
            on_progress=on_progress,
            object_id=run_id,
        )

    @operation("monitors-runs-get")
    def get(self, monitor_id: str, run_id: str, **request_options: Unpack[RequestOptions]) -> MonitorRun:
        return self._client._call(
            RUNS_GET, path={"monitor": ("monitor_id", monitor_id), "id": ("run_id", run_id)}, options=request_options
        )


class Monitors(Resource):
    runs: MonitorRuns

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.runs = MonitorRuns(client)

    @operation("monitors-create")
    def create(
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
        return self._client._call(CREATE, body=body, options=request_options, safety=Safety.ONLY_IF_NOT_PROCESSED)

    @operation("monitors-list")
    def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        webset_id: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Page[Monitor]:
        query = {"cursor": cursor, "limit": limit, "webset_id": webset_id}
        return self._client._list(LIST, query=query, options=request_options)

    @operation("monitors-list")
    def list_all(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        webset_id: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Paginator[Monitor]:
        """Every monitor, lazily, page by page."""
        size = self._page_size(LIST.operation_id, limit)

        def fetch(page_cursor: str | None) -> RawPage[Monitor]:
            query = {"cursor": page_cursor, "limit": size, "webset_id": webset_id}
            return self._client._list_raw(LIST, query=query, options=request_options)

        return Paginator(fetch, cursor=cursor, operation_id=LIST.operation_id)

    @operation("monitors-get")
    def get(self, monitor_id: str, **request_options: Unpack[RequestOptions]) -> Monitor:
        return self._client._call(GET, path={"id": ("monitor_id", monitor_id)}, options=request_options)

    @operation("monitors-update")
    def update(
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
        return self._client._call(UPDATE, path={"id": ("monitor_id", monitor_id)}, body=body, options=request_options)

    @operation("monitors-delete")
    def delete(self, monitor_id: str, **request_options: Unpack[RequestOptions]) -> Monitor:
        return self._client._call(DELETE, path={"id": ("monitor_id", monitor_id)}, options=request_options)
