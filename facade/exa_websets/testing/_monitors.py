"""Monitors: a cron cadence that, when fake time passes ``nextRunAt``, runs a search on the webset (a MonitorRun)."""

from __future__ import annotations

from typing import Any

from . import _render as render
from ._cron import next_run
from ._lifecycle import SearchSpec, add_search
from ._records import EntitySpec, MonitorRecord, RunRecord, WebsetRecord
from ._simulation import Simulation

RUN_START_DELAY = 1.0  # a run is ``created``, then ``running`` a second later with its search queued


def create_monitor(
    sim: Simulation, webset: WebsetRecord, *, cron: str, timezone: str, config: dict[str, Any], metadata: dict[str, str]
) -> MonitorRecord:
    monitor = MonitorRecord(
        id=sim.ids.new("monitor"),
        webset_id=webset.id,
        cron=cron,
        timezone=timezone,
        config={"behavior": "append", **config},  # the spec's default behaviour for monitors
        metadata=metadata,
        **sim.stamps(),
    )
    sim.store.monitors[monitor.id] = monitor
    _schedule(sim, monitor)
    sim.emit("monitor.created", render.monitor(sim.store, monitor))
    return monitor


def update_monitor(sim: Simulation, monitor: MonitorRecord, changes: dict[str, Any]) -> None:
    if "status" in changes:
        monitor.status = changes["status"]
    if "cadence" in changes:
        monitor.cron = changes["cadence"]["cron"]
        monitor.timezone = changes["cadence"].get("timezone", "Etc/UTC")
    if "behavior" in changes:
        monitor.config = {"behavior": "append", **changes["behavior"]["config"]}
    if "metadata" in changes:
        monitor.metadata = changes["metadata"]
    monitor.updated_at = sim.now
    _schedule(sim, monitor)
    sim.emit("monitor.updated", render.monitor(sim.store, monitor))


def delete_monitor(sim: Simulation, monitor: MonitorRecord) -> dict[str, Any]:
    monitor.generation += 1  # forget the pending firing
    last = render.monitor(sim.store, monitor)
    sim.emit("monitor.deleted", last)
    del sim.store.monitors[monitor.id]
    return last.to_dict()


def _schedule(sim: Simulation, monitor: MonitorRecord) -> None:
    monitor.generation += 1
    if monitor.status != "enabled":
        monitor.next_run_at = None
        return
    monitor.next_run_at = next_run(monitor.cron, monitor.timezone, sim.now)
    monitor_id, generation = monitor.id, monitor.generation
    sim.scheduler.at(monitor.next_run_at, lambda: _fire(sim, monitor_id, generation))


def _fire(sim: Simulation, monitor_id: str, generation: int) -> None:
    monitor = sim.store.monitors.get(monitor_id)
    if monitor is None or monitor.generation != generation or monitor.status != "enabled":
        return
    webset = sim.store.websets.get(monitor.webset_id)
    if webset is None:
        return
    run = RunRecord(
        id=sim.ids.new("monitor_run"),
        monitor_id=monitor.id,
        **sim.stamps(),
    )
    sim.store.runs[run.id] = run
    monitor.run_ids.append(run.id)
    monitor.last_run_id = run.id
    sim.emit("monitor.run.created", render.monitor_run(run))
    _schedule(sim, monitor)
    sim.later(RUN_START_DELAY, lambda: _start_run(sim, run.id))


def _start_run(sim: Simulation, run_id: str) -> None:
    run = sim.store.runs[run_id]
    monitor = sim.store.monitors.get(run.monitor_id)
    webset = sim.store.websets.get(monitor.webset_id) if monitor else None
    if monitor is None or webset is None:
        finish_run(sim, run_id, "canceled")
        return
    run.status, run.updated_at = "running", sim.now
    search = add_search(sim, webset, _search_spec(sim, webset, monitor.config), monitor_run_id=run.id)
    run.search_id = search.id


def _search_spec(sim: Simulation, webset: WebsetRecord, config: dict[str, Any]) -> SearchSpec:
    """The monitor's search: its own parameters where given, else those of the webset's last search."""
    last = sim.store.searches[webset.search_ids[-1]] if webset.search_ids else None
    entity = config.get("entity")
    return SearchSpec(
        query=config.get("query") or (last.query if last else webset.title or "new items"),
        count=int(config["count"]),
        entity=EntitySpec(entity["type"], entity.get("description")) if entity else (last.entity if last else None),
        criteria=[c["description"] for c in config["criteria"]] if config.get("criteria") else None,
        behavior=config.get("behavior", "append"),
    )


def finish_run(sim: Simulation, run_id: str, status: str) -> None:
    run = sim.store.runs.get(run_id)
    if run is None or run.status in ("completed", "canceled"):
        return
    run.status, run.updated_at = status, sim.now
    if status == "completed":
        run.completed_at = sim.now
    else:
        run.canceled_at = sim.now
    sim.emit("monitor.run.completed", render.monitor_run(run))
