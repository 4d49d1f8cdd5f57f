"""Handlers of the account-wide operations: webhooks, events, monitors, imports, teams; and the fake's own routes."""

from __future__ import annotations

import itertools
from typing import Any

from exa_websets_api.models import (
    ListEventsResponse,
    ListImportsResponse,
    ListMonitorRunsResponse,
    ListMonitorsResponse,
    ListWebhookAttemptsResponse,
    ListWebhooksResponse,
    Team,
    TeamConcurrency,
    TeamLimits,
)

from . import _render as render
from ._events import EVENT_RETENTION_SECONDS
from ._handlers_websets import entity_spec
from ._handling import ApiError, Call, RawBody, handles, not_found
from ._imports import attach, create_import, receive_upload
from ._monitors import create_monitor, delete_monitor, update_monitor
from ._query import parse_datetime, query_values
from ._records import EntitySpec, ImportRecord, MonitorRecord, WebhookRecord

MAX_CONCURRENT_SEARCHES = 10
MAX_QUEUED_SEARCHES = 100
TEAM_LIMITS = {"websets": 1000, "itemsPerSearch": 5000, "enrichmentsPerWebset": 10, "monitors": 100, "webhooks": 20}

# --- webhooks --------------------------------------------------------------------------------------------------


def _webhook(call: Call) -> WebhookRecord:
    webhook = call.store.webhooks.get(call.params["id"])
    if webhook is None:
        raise not_found("Webhook", call.params["id"])
    return webhook


@handles("webhooks-create")
def webhooks_create(call: Call) -> dict[str, Any]:
    sim = call.sim
    record = WebhookRecord(
        id=sim.ids.new("webhook"),
        url=call.body["url"],
        events=list(call.body["events"]),
        secret=f"whsec_{sim.ids.token(24)}",
        metadata=dict(call.body.get("metadata", {})),
        created_at=sim.now,
        updated_at=sim.now,
        seq=sim.next_seq(),
    )
    call.store.webhooks[record.id] = record
    return render.webhook(record, with_secret=True).to_dict()  # the only time the secret is shown


@handles("webhooks-list")
def webhooks_list(call: Call) -> dict[str, Any]:
    records = sorted(call.store.webhooks.values(), key=lambda w: w.seq, reverse=True)
    data, (has_more, cursor) = call.page(records, lambda w: w.seq, descending=True)
    webhooks = [render.webhook(w, with_secret=False) for w in data]
    return ListWebhooksResponse(data=webhooks, has_more=has_more, next_cursor=cursor).to_dict()


@handles("webhooks-get")
def webhooks_get(call: Call) -> dict[str, Any]:
    return render.webhook(_webhook(call), with_secret=False).to_dict()


@handles("webhooks-update")
def webhooks_update(call: Call) -> dict[str, Any]:
    record = _webhook(call)
    if "url" in call.body:
        record.url = call.body["url"]
    if "events" in call.body:
        record.events = list(call.body["events"])
    if "metadata" in call.body:
        record.metadata = dict(call.body["metadata"])
    record.updated_at = call.sim.now
    return render.webhook(record, with_secret=False).to_dict()


@handles("webhooks-delete")
def webhooks_delete(call: Call) -> dict[str, Any]:
    record = _webhook(call)
    del call.store.webhooks[record.id]
    return render.webhook(record, with_secret=False).to_dict()


@handles("webhooks-attempts-list")
def webhooks_attempts_list(call: Call) -> dict[str, Any]:
    webhook = _webhook(call)
    records = [a for a in reversed(call.store.attempts) if a.webhook_id == webhook.id]  # newest first, as documented
    event_type, successful = call.arg("eventType"), call.arg("successful")
    if event_type:
        records = [a for a in records if a.event_type == event_type]
    if successful is not None:
        records = [a for a in records if a.successful == (successful == "true")]
    data, (has_more, cursor) = call.page(records, lambda a: a.seq, descending=True)
    attempts = [render.attempt(a) for a in data]
    return ListWebhookAttemptsResponse(data=attempts, has_more=has_more, next_cursor=cursor).to_dict()


# --- events ----------------------------------------------------------------------------------------------------


def _expire_events(call: Call) -> None:
    """Delete the events older than the retention, as the API does (oldest first: stop at the first kept one)."""
    events, horizon = call.store.events, call.sim.now - EVENT_RETENTION_SECONDS
    for event_id in [e.id for e in itertools.takewhile(lambda e: e.created_at < horizon, events.values())]:
        del events[event_id]


@handles("events-list")
def events_list(call: Call) -> dict[str, Any]:
    """Newest first; ``createdBefore``/``createdAfter`` are inclusive. Events past the retention are gone."""
    _expire_events(call)
    records = list(reversed(call.store.events.values()))
    types = set(query_values(call.query, "types"))
    if types:
        records = [e for e in records if e.type in types]
    before, after = call.arg("createdBefore"), call.arg("createdAfter")
    if before and (limit := parse_datetime(before)):
        records = [e for e in records if render.dt(e.created_at) <= limit]
    if after and (limit := parse_datetime(after)):
        records = [e for e in records if render.dt(e.created_at) >= limit]
    data, (has_more, cursor) = call.page(records, lambda e: e.seq, descending=True)
    # Parsed back into the generated union (export events become its unknown variant) to serialise as the spec says.
    body = {"data": [e.payload for e in data], "hasMore": has_more, "nextCursor": cursor}
    return ListEventsResponse.from_dict(body).to_dict()


@handles("events-get")
def events_get(call: Call) -> dict[str, Any]:
    _expire_events(call)
    event = call.store.events.get(call.params["id"])
    if event is None:
        raise not_found("Event", call.params["id"])
    return event.payload


# --- monitors --------------------------------------------------------------------------------------------------


def _monitor(call: Call, param: str = "id") -> MonitorRecord:
    monitor = call.store.monitors.get(call.params[param])
    if monitor is None:
        raise not_found("Monitor", call.params[param])
    return monitor


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
    data, (has_more, cursor) = call.page(records, lambda m: m.seq, descending=True)
    monitors = [render.monitor(call.store, m) for m in data]
    return ListMonitorsResponse(data=monitors, has_more=has_more, next_cursor=cursor).to_dict()


@handles("monitors-get")
def monitors_get(call: Call) -> dict[str, Any]:
    return render.monitor(call.store, _monitor(call)).to_dict()


@handles("monitors-update")
def monitors_update(call: Call) -> dict[str, Any]:
    monitor = _monitor(call)
    update_monitor(call.sim, monitor, dict(call.body))
    return render.monitor(call.store, monitor).to_dict()


@handles("monitors-delete")
def monitors_delete(call: Call) -> dict[str, Any]:
    return delete_monitor(call.sim, _monitor(call))


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
    monitor = _monitor(call, "monitor")
    run = call.store.runs.get(call.params["id"])
    if run is None or run.monitor_id != monitor.id:
        raise not_found("Monitor run", call.params["id"])
    return render.monitor_run(run).to_dict()


# --- imports ---------------------------------------------------------------------------------------------------


def _import(call: Call) -> ImportRecord:
    record = call.store.imports.get(call.params["id"])
    if record is None:
        raise not_found("Import", call.params["id"])
    return record


@handles("imports-create")
def imports_create(call: Call) -> dict[str, Any]:
    body = call.body
    webset = None
    if "websetId" in body:  # the vendor documents attaching an import to a webset here; the spec does not
        webset = call.store.find_webset(body["websetId"])
        if webset is None:
            raise not_found("Webset", body["websetId"])
    record = create_import(
        call.sim,
        title=body.get("title"),
        entity=entity_spec(body["entity"]) or EntitySpec("company"),
        count=int(body["count"]),
        size=int(body["size"]),
        identifier=int(body.get("csv", {}).get("identifier", 0)),
        metadata=dict(body.get("metadata", {})),
        origin=call.origin,
    )
    if webset is not None:
        attach(call.sim, record, webset)
    return render.created_import(record).to_dict()


@handles("imports-list")
def imports_list(call: Call) -> dict[str, Any]:
    records = sorted(call.store.imports.values(), key=lambda i: i.seq, reverse=True)
    data, (has_more, cursor) = call.page(records, lambda i: i.seq, descending=True)
    imports = [render.import_(i) for i in data]
    return ListImportsResponse(data=imports, has_more=has_more, next_cursor=cursor).to_dict()


@handles("imports-get")
def imports_get(call: Call) -> dict[str, Any]:
    return render.import_(_import(call)).to_dict()


@handles("imports-update")
def imports_update(call: Call) -> dict[str, Any]:
    record = _import(call)
    if "metadata" in call.body:
        record.metadata = dict(call.body["metadata"])
    if "title" in call.body:
        record.title = call.body["title"]
    record.updated_at = call.sim.now
    return render.import_(record).to_dict()


@handles("imports-delete")
def imports_delete(call: Call) -> dict[str, Any]:
    record = _import(call)
    for webset in call.store.websets.values():
        if record.id in webset.import_ids:
            webset.import_ids.remove(record.id)
    del call.store.imports[record.id]
    return render.import_(record).to_dict()


# --- teams -----------------------------------------------------------------------------------------------------


@handles("teams-me")
def teams_me(call: Call) -> dict[str, Any]:
    # A webset runs one search at a time (starting ones count as running); its other new searches wait in the queue.
    searches = call.store.searches.values()
    active = sum(1 for s in searches if s.status == "running" or s.start_scheduled)
    queued = sum(1 for s in searches if s.status == "created" and not s.start_scheduled)
    return Team(
        id="team_fake",
        object_="team",
        name="Fake Websets team",
        concurrency=TeamConcurrency(
            active=active,
            queued=queued,
            max_concurrent=MAX_CONCURRENT_SEARCHES,
            max_queued=MAX_QUEUED_SEARCHES,
        ),
        limits=TeamLimits.from_dict(dict(TEAM_LIMITS)),  # whole numbers, as the API sends them
    ).to_dict()


# --- the fake's own routes -------------------------------------------------------------------------------------


@handles("fake-upload")
def fake_upload(call: Call) -> dict[str, Any]:
    """PUT the CSV file to an import's ``uploadUrl`` (a presigned URL: the token stands for the API key)."""
    record = call.store.imports.get(call.params["id"])
    if record is None or call.arg("token") != record.upload_token:
        raise ApiError(403, "The upload URL is not valid")
    if call.sim.now > record.upload_valid_until:
        raise ApiError(403, "The upload URL has expired")
    if record.uploaded is not None or record.status != "pending":
        raise ApiError(409, "A file was already uploaded for this import")
    receive_upload(call.sim, record, call.raw_body)
    return {"id": record.id, "received": len(call.raw_body)}


@handles("fake-download")
def fake_download(call: Call) -> RawBody:
    record = call.store.exports.get(call.params["id"])
    if record is None or call.arg("token") != record.download_token or record.status != "completed":
        raise ApiError(403, "The download URL is not valid")
    content_type = "application/json" if record.format == "json" else "text/csv; charset=utf-8"
    disposition = f'attachment; filename="{record.webset_id}.{record.format}"'
    return RawBody(record.content, content_type, {"Content-Disposition": disposition})
