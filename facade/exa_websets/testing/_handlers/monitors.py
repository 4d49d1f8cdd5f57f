"""Monitors: create, list, get, update, delete, and their runs."""

from __future__ import annotations

from typing import Any

from exa_websets_api.models import ListMonitorRunsResponse, ListMonitorsResponse

from .. import _render as render
from .._handling import Call, handles, not_found
from .._monitors import create_monitor, delete_monitor, update_monitor


@handles("monitors-create")
def monitors_create(call: Call) -> dict[str, Any]:
    body = call.body
    webset = call.store.find_webset(body["websetId"])
    if webset is None:
        raise not_found("Webset", body["websetId"])
    monitor = create_monitor(
        call.sim,
        webset,
        cron=body["cadence"]["cron"],
        timezone=body["cadence"].get("timezone", "Etc/UTC"),
        config=dict(body["behavior"]["config"]),
        metadata=dict(body.get("metadata", {})),
    )
    return render.monitor(call.store, monitor).to_dict()


@handles("monitors-list")
def monitors_list(call: Call) -> dict[str, Any]:
    records = sorted(call.store.monitors.values(), key=lambda m: m.seq, reverse=True)
    webset_id = call.arg("websetId")
    if webset_id:
        webset = call.store.find_webset(webset_id)
        records = [m for m in records if webset is not None and m.webset_id == webset.id]
    page = call.page(records, lambda m: m.seq, descending=True)
    monitors = [render.monitor(call.store, m) for m in page.data]
    return ListMonitorsResponse(data=monitors, has_more=page.has_more, next_cursor=page.next_cursor).to_dict()


@handles("monitors-get")
def monitors_get(call: Call) -> dict[str, Any]:
    return render.monitor(call.store, call.found(call.store.monitors, "Monitor")).to_dict()


@handles("monitors-update")
def monitors_update(call: Call) -> dict[str, Any]:
    monitor = call.found(call.store.monitors, "Monitor")
    update_monitor(call.sim, monitor, dict(call.body))
    return render.monitor(call.store, monitor).to_dict()


@handles("monitors-delete")
def monitors_delete(call: Call) -> dict[str, Any]:
    return delete_monitor(call.sim, call.found(call.store.monitors, "Monitor"))


@handles("monitors-runs-list")
def monitors_runs_list(call: Call) -> dict[str, Any]:
    """No pagination in the spec: every run, newest first. An unknown monitor has no runs (an empty list, as the
    service was observed to answer) rather than a 404."""
    monitor = call.store.monitors.get(call.params["monitor"])
    runs = [call.store.runs[r] for r in reversed(monitor.run_ids)] if monitor else []
    return ListMonitorRunsResponse(
        data=[render.monitor_run(r) for r in runs], has_more=False, next_cursor=None
    ).to_dict()


@handles("monitors-runs-get")
def monitors_runs_get(call: Call) -> dict[str, Any]:
    monitor = call.found(call.store.monitors, "Monitor", "monitor")
    run = call.store.runs.get(call.params["id"])
    if run is None or run.monitor_id != monitor.id:
        raise not_found("Monitor run", call.params["id"])
    return render.monitor_run(run).to_dict()
