"""Websets, searches, items and enrichments over fake time.

Timings (fake seconds): a search starts 1 s after it is created (or after the search before it ends), finds its first
item 6-10 s later and then one item every 5-9 s, so 10 items take about 1-1.5 minutes and 50 items about 6 minutes.
Each enrichment result completes 3-12 s after its item appears. Searches of a webset run one at a time, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import _render as render
from ._records import (
    EnrichmentRecord,
    EntitySpec,
    ItemProperties,
    ItemRecord,
    ResultRecord,
    SearchRecord,
    WebsetRecord,
)
from ._simulation import Simulation
from ._synthetic import (
    default_criteria,
    detect_entity,
    detect_format,
    enrichment_title,
    enrichment_value,
    make_evaluations,
    make_properties,
)

SEARCH_START_DELAY = 1.0
FIRST_ITEM_DELAY = (6.0, 10.0)
ITEM_INTERVAL = (5.0, 9.0)
ENRICHMENT_DELAY = (3.0, 12.0)
ACTIVE = render.ACTIVE_SEARCH_STATUSES


@dataclass
class SearchSpec:
    query: str
    count: int = 10
    entity: EntitySpec | None = None
    criteria: list[str] | None = None
    behavior: str = "override"
    exclude: list[dict[str, Any]] = field(default_factory=list)
    scope: list[dict[str, Any]] = field(default_factory=list)
    recall: bool = False
    metadata: dict[str, str] = field(default_factory=dict)
    max_people_per_company: int | None = None


@dataclass
class EnrichmentSpec:
    description: str
    format: str | None = None
    options: list[str] | None = None
    metadata: dict[str, str] = field(default_factory=dict)


# --- websets ---------------------------------------------------------------------------------------------------


def create_webset(
    sim: Simulation,
    *,
    search: SearchSpec | None,
    enrichments: list[EnrichmentSpec],
    external_id: str | None,
    metadata: dict[str, str],
    excludes: list[dict[str, Any]],
    title: str | None = None,
) -> WebsetRecord:
    webset = WebsetRecord(
        id=sim.ids.new("webset"),
        external_id=external_id,
        title=title if title is not None else (search.query[:100] if search else None),
        metadata=metadata,
        excludes=excludes,
        **sim.stamps(),
        status="running" if search else "idle",
    )
    sim.store.websets[webset.id] = webset
    if external_id is not None:
        sim.store.external_ids[external_id] = webset.id
    for spec in enrichments:
        _new_enrichment(sim, webset, spec)
    search_record = _new_search(sim, webset, search) if search else None
    sim.emit("webset.created", render.webset(sim.store, webset))
    if search_record is not None:
        sim.emit("webset.search.created", render.search(search_record))
        _start_next_search(sim, webset)
    return webset


def is_busy(sim: Simulation, webset: WebsetRecord) -> bool:
    store = sim.store
    if any(store.searches[s].status in ACTIVE for s in webset.search_ids):
        return True
    if any(r.status == "pending" for i in webset.item_ids for r in store.items[i].results):
        return True
    return any(store.imports[i].status in ("pending", "processing") for i in webset.import_ids if i in store.imports)


def settle(sim: Simulation, webset: WebsetRecord) -> None:
    """Running while there is work, idle (with a ``webset.idle`` event) once there is none; paused stays paused."""
    if webset.id not in sim.store.websets:
        return
    busy = is_busy(sim, webset)
    if webset.status == "running" and not busy:
        webset.status, webset.updated_at = "idle", sim.now
        sim.emit("webset.idle", render.webset(sim.store, webset))
    elif webset.status == "idle" and busy:
        webset.status, webset.updated_at = "running", sim.now


def pause(sim: Simulation, webset: WebsetRecord) -> None:
    if webset.status == "paused":
        return
    webset.status, webset.updated_at = "paused", sim.now
    sim.emit("webset.paused", render.webset(sim.store, webset))


def resume(sim: Simulation, webset: WebsetRecord) -> None:
    if webset.status != "paused":
        return
    webset.status, webset.updated_at = "running", sim.now
    deferred, webset.deferred = webset.deferred, []
    for action in deferred:
        sim.later(0.0, action, webset_id=webset.id)
    settle(sim, webset)


def cancel_webset(sim: Simulation, webset: WebsetRecord) -> None:
    """Cancel running and queued searches and pending enrichment results; the webset ends idle."""
    for search_id in webset.search_ids:
        cancel_search(sim, sim.store.searches[search_id], "webset_canceled")
    _cancel_pending_results(sim, webset)
    webset.deferred.clear()
    if webset.status != "idle":
        webset.status, webset.updated_at = "idle", sim.now
        sim.emit("webset.idle", render.webset(sim.store, webset))


def delete_webset(sim: Simulation, webset: WebsetRecord) -> dict[str, Any]:
    """Remove the webset and all that hangs on it; returns its last state (the response and the event's data)."""
    from ._monitors import delete_monitor  # noqa: PLC0415  # monitors build on this module

    store = sim.store
    del store.websets[webset.id]  # first, so that nothing on the way settles it (no webset.idle before deleted)
    for search_id in webset.search_ids:
        cancel_search(sim, store.searches[search_id], "webset_deleted")
    _cancel_pending_results(sim, webset)
    for monitor in [m for m in store.monitors.values() if m.webset_id == webset.id]:
        delete_monitor(sim, monitor)
    last = render.webset(store, webset)
    sim.emit("webset.deleted", last)
    for item_id in webset.item_ids:
        del store.items[item_id]
    for search_id in webset.search_ids:
        del store.searches[search_id]
    for enrichment_id in webset.enrichment_ids:
        del store.enrichments[enrichment_id]
    for record in store.imports.values():
        if webset.id in record.webset_ids:
            record.webset_ids.remove(webset.id)
    if webset.external_id is not None:
        store.external_ids.pop(webset.external_id, None)
    return last.to_dict()


# --- searches --------------------------------------------------------------------------------------------------


def _new_search(
    sim: Simulation, webset: WebsetRecord, spec: SearchSpec, monitor_run_id: str | None = None
) -> SearchRecord:
    entity = spec.entity or detect_entity(spec.query)
    record = SearchRecord(
        id=sim.ids.new("webset_search"),
        webset_id=webset.id,
        query=spec.query,
        entity=entity,
        criteria=spec.criteria or default_criteria(spec.query, entity),
        count=spec.count,
        behavior=spec.behavior,
        exclude=spec.exclude,
        scope=spec.scope,
        recall_requested=spec.recall,
        metadata=spec.metadata,
        **sim.stamps(),
        monitor_run_id=monitor_run_id,
        max_people_per_company=spec.max_people_per_company,
    )
    sim.store.searches[record.id] = record
    webset.search_ids.append(record.id)
    return record


def add_search(
    sim: Simulation, webset: WebsetRecord, spec: SearchSpec, monitor_run_id: str | None = None
) -> SearchRecord:
    """Queue a search on a webset. Both behaviours add new items; ``override`` keeps the existing ones (a
    simplification: the service re-evaluates them against the new criteria)."""
    record = _new_search(sim, webset, spec, monitor_run_id)
    sim.emit("webset.search.created", render.search(record))
    _start_next_search(sim, webset)
    settle(sim, webset)
    return record


def _start_next_search(sim: Simulation, webset: WebsetRecord) -> None:
    searches = [sim.store.searches[s] for s in webset.search_ids]
    if any(s.status == "running" or s.start_scheduled for s in searches):
        return
    queued = next((s for s in searches if s.status == "created"), None)
    if queued is not None:
        queued.start_scheduled = True
        search_id = queued.id
        sim.later(SEARCH_START_DELAY, lambda: _start_search(sim, search_id), webset_id=webset.id)


def _start_search(sim: Simulation, search_id: str) -> None:
    search = sim.store.searches.get(search_id)
    if search is None:
        return
    search.start_scheduled = False
    webset = sim.store.websets[search.webset_id]
    if search.status != "created":
        _start_next_search(sim, webset)
        return
    search.status, search.started_at, search.updated_at = "running", sim.now, sim.now
    sim.emit("webset.search.updated", render.search(search))
    delay = sim.rng("first-item", search.id).uniform(*FIRST_ITEM_DELAY)
    sim.later(delay, lambda: _find_item(sim, search_id), webset_id=webset.id)


def _find_item(sim: Simulation, search_id: str) -> None:
    search = sim.store.searches.get(search_id)
    if search is None or search.status != "running":
        return
    webset = sim.store.websets[search.webset_id]
    rng = sim.rng("analyzed", search.id, search.found)
    search.analyzed += rng.randint(2, 6)
    properties = _new_entity(sim, webset, search.entity, search.query, search.criteria)
    evaluations = make_evaluations(sim.rng("evaluations", webset.id, properties.url), search.criteria, properties)
    add_item(sim, webset, source="search", source_id=search.id, properties=properties, evaluations=evaluations)
    search.found += 1
    search.updated_at = sim.now
    elapsed = sim.now - (search.started_at or sim.now)
    if search.found >= search.count:
        search.status, search.time_left = "completed", 0
        sim.emit("webset.search.completed", render.search(search))
        _search_ended(sim, search)
        return
    # Like the service, no estimate until the search has calibrated on a couple of items.
    estimate = round(elapsed / search.found * (search.count - search.found))  # whole seconds
    search.time_left = estimate if search.found >= 2 else None
    sim.emit("webset.search.updated", render.search(search))
    sim.later(rng.uniform(*ITEM_INTERVAL), lambda: _find_item(sim, search_id), webset_id=webset.id)


MAX_REDRAWS = 20  # the synthetic pools are finite (~1,100 company names): past this, vary the URL instead


def _new_entity(
    sim: Simulation, webset: WebsetRecord, entity: EntitySpec, query: str, criteria: list[str]
) -> ItemProperties:
    """A synthetic entity whose URL is new to this webset (items of one webset never share a URL), placed where the
    query and criteria say. Once MAX_REDRAWS draws in a row found only URLs the webset has, the pool is used up: from
    then on one draw, its URL varied if taken (redrawing 20 times per item made a 5,000-item webset take ~40 s)."""
    for _ in range(1 if webset.pool_used_up else MAX_REDRAWS):
        webset.items_made += 1
        properties = make_properties(sim.rng("entity", webset.id, webset.items_made), entity, query, criteria)
        if properties.url not in webset.urls:
            return properties
    webset.pool_used_up = True
    properties.url = f"{properties.url.rstrip('/')}/{webset.items_made}"  # a large webset has used the pool up
    return properties


def _search_ended(sim: Simulation, search: SearchRecord) -> None:
    from ._monitors import finish_run  # noqa: PLC0415  # monitors build on this module

    if search.monitor_run_id is not None:
        finish_run(sim, search.monitor_run_id, "completed" if search.status == "completed" else "canceled")
    webset = sim.store.websets.get(search.webset_id)
    if webset is not None:
        _start_next_search(sim, webset)
        settle(sim, webset)


def cancel_search(sim: Simulation, search: SearchRecord, reason: str | None) -> None:
    if search.status not in ACTIVE:
        return
    search.status, search.canceled_at, search.canceled_reason = "canceled", sim.now, reason
    search.updated_at, search.time_left = sim.now, None
    sim.emit("webset.search.canceled", render.search(search))
    _search_ended(sim, search)


# --- items and enrichments -------------------------------------------------------------------------------------


def add_item(
    sim: Simulation,
    webset: WebsetRecord,
    *,
    source: str,
    source_id: str,
    properties: ItemProperties,
    evaluations: list[Any],
) -> ItemRecord:
    item = ItemRecord(
        id=sim.ids.new("witem"),
        webset_id=webset.id,
        source=source,
        source_id=source_id,
        properties=properties,
        evaluations=evaluations,
        results=[],
        **sim.stamps(),
    )
    sim.store.items[item.id] = item
    webset.item_ids.append(item.id)
    webset.urls.add(properties.url)
    for enrichment_id in webset.enrichment_ids:
        enrichment = sim.store.enrichments[enrichment_id]
        if not enrichment.canceled:
            _queue_result(sim, item, enrichment)
    sim.emit("webset.item.created", render.item(item))
    return item


def _queue_result(sim: Simulation, item: ItemRecord, enrichment: EnrichmentRecord) -> None:
    item.results.append(ResultRecord(enrichment_id=enrichment.id, format=enrichment.format))
    item_id, enrichment_id = item.id, enrichment.id
    delay = sim.rng("enrichment-delay", item.id, enrichment.id).uniform(*ENRICHMENT_DELAY)
    sim.later(delay, lambda: _complete_result(sim, item_id, enrichment_id), webset_id=item.webset_id)


def _complete_result(sim: Simulation, item_id: str, enrichment_id: str) -> None:
    item = sim.store.items.get(item_id)
    enrichment = sim.store.enrichments.get(enrichment_id)
    if item is None or enrichment is None:
        return
    result = next((r for r in item.results if r.enrichment_id == enrichment_id and r.status == "pending"), None)
    if result is None:
        return
    rng = sim.rng("enrichment", item.id, enrichment.id)
    value, reasoning, reference = enrichment_value(
        rng, enrichment.format, enrichment.description, enrichment.options, item.properties
    )
    result.status, result.result, result.reasoning, result.references = "completed", value, reasoning, [reference]
    item.updated_at = sim.now
    sim.emit("webset.item.enriched", render.item(item))
    settle(sim, sim.store.websets[item.webset_id])


def _new_enrichment(sim: Simulation, webset: WebsetRecord, spec: EnrichmentSpec) -> EnrichmentRecord:
    fmt = spec.format or ("options" if spec.options else detect_format(spec.description))
    record = EnrichmentRecord(
        id=sim.ids.new("webset_enrichment"),
        webset_id=webset.id,
        description=spec.description,
        format=fmt,
        options=spec.options,
        title=enrichment_title(spec.description),
        instructions=f"Find {spec.description.rstrip('.')} for each item; answer as {fmt}.",
        metadata=spec.metadata,
        **sim.stamps(),
    )
    sim.store.enrichments[record.id] = record
    webset.enrichment_ids.append(record.id)
    return record


def add_enrichment(sim: Simulation, webset: WebsetRecord, spec: EnrichmentSpec) -> EnrichmentRecord:
    """A new enrichment applies to the existing items now and to every later item."""
    record = _new_enrichment(sim, webset, spec)
    for item_id in webset.item_ids:
        _queue_result(sim, sim.store.items[item_id], record)
    settle(sim, webset)
    return record


def update_enrichment(sim: Simulation, record: EnrichmentRecord, spec: EnrichmentSpec, *, has: set[str]) -> None:
    """Change the configuration (results already computed stay as they are)."""
    if "description" in has:
        record.description = spec.description
        record.title = enrichment_title(spec.description)
    if "format" in has and spec.format:
        record.format = spec.format
    if "options" in has:
        record.options = spec.options
    if "metadata" in has:
        record.metadata = spec.metadata
    record.updated_at = sim.now


def cancel_enrichment(sim: Simulation, record: EnrichmentRecord) -> None:
    webset = sim.store.websets[record.webset_id]
    for item_id in webset.item_ids:
        for result in sim.store.items[item_id].results:
            if result.enrichment_id == record.id and result.status == "pending":
                result.status = "canceled"
    record.canceled, record.updated_at = True, sim.now
    settle(sim, webset)


def delete_enrichment(sim: Simulation, record: EnrichmentRecord) -> None:
    webset = sim.store.websets[record.webset_id]
    for item_id in webset.item_ids:
        item = sim.store.items[item_id]
        item.results = [r for r in item.results if r.enrichment_id != record.id]
    webset.enrichment_ids.remove(record.id)
    del sim.store.enrichments[record.id]
    settle(sim, webset)


def delete_item(sim: Simulation, item: ItemRecord) -> None:
    webset = sim.store.websets[item.webset_id]
    for result in item.results:
        if result.status == "pending":
            result.status = "canceled"
    webset.item_ids.remove(item.id)
    del sim.store.items[item.id]
    settle(sim, webset)


def _cancel_pending_results(sim: Simulation, webset: WebsetRecord) -> None:
    for item_id in webset.item_ids:
        for result in sim.store.items[item_id].results:
            if result.status == "pending":
                result.status = "canceled"
                sim.store.enrichments[result.enrichment_id].canceled = True
