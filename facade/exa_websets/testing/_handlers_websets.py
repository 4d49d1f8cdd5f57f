"""Handlers of the webset operations: websets, preview, items, searches, enrichments and exports."""

from __future__ import annotations

from typing import Any

from exa_websets_api.models import (
    GetWebsetResponse,
    ListWebsetItemResponse,
    ListWebsetsResponse,
    PreviewWebsetResponse,
    WebsetItemPreview,
)
from exa_websets_api.models.preview_webset_response_enrichments_item import PreviewWebsetResponseEnrichmentsItem
from exa_websets_api.models.preview_webset_response_enrichments_item_format import (
    PreviewWebsetResponseEnrichmentsItemFormat,
)
from exa_websets_api.models.preview_webset_response_search import PreviewWebsetResponseSearch
from exa_websets_api.models.preview_webset_response_search_criteria_item import (
    PreviewWebsetResponseSearchCriteriaItem,
)

from exa_websets._rules import MAX_ENRICHMENTS as MAX_ENRICHMENTS_PER_WEBSET

from . import _lifecycle as lifecycle
from . import _render as render
from ._exports import create_export
from ._handling import ApiError, Call, handles, not_found
from ._imports import attach
from ._query import query_values
from ._records import EnrichmentRecord, EntitySpec, ImportRecord, ItemRecord, SearchRecord
from ._synthetic import default_criteria, detect_entity, make_properties

EXPANDED_ITEMS = 100  # GET /v0/websets/{id}?expand=items embeds at most the latest 100 items
_SUGGESTED_COLUMNS = {
    "company": [("Year the company was founded", "number"), ("Headquarters location", "text")],
    "person": [("Current employer", "text"), ("Work email address", "email")],
    "article": [("Publication date", "date"), ("Main topic of the article", "text")],
    "research_paper": [("Publication venue", "text"), ("Number of citations", "number")],
    "custom": [("Short summary", "text")],
}


def entity_spec(data: Any) -> EntitySpec | None:
    return EntitySpec(data["type"], data.get("description")) if isinstance(data, dict) else None


def search_spec(data: dict[str, Any]) -> lifecycle.SearchSpec:
    behavior = data.get("behavior", data.get("behaviour"))  # the vendor's examples spell it "behaviour"
    return lifecycle.SearchSpec(
        query=data["query"],
        count=int(data.get("count", 10)),
        entity=entity_spec(data.get("entity")),
        criteria=[c["description"] for c in data["criteria"]] if data.get("criteria") else None,
        behavior=behavior or "override",  # validated against the spec's enum before handlers run
        exclude=list(data.get("exclude", [])),
        scope=list(data.get("scope", [])),
        recall=bool(data.get("recall", False)),
        metadata=dict(data.get("metadata", {})),
        max_people_per_company=data.get("maxPeoplePerCompany"),
    )


def enrichment_spec(data: dict[str, Any]) -> lifecycle.EnrichmentSpec:
    options = data.get("options")
    return lifecycle.EnrichmentSpec(
        description=data.get("description", ""),
        format=data.get("format"),
        options=[o["label"] for o in options] if options is not None else None,
        metadata=dict(data.get("metadata") or {}),
    )


# --- websets ---------------------------------------------------------------------------------------------------


@handles("websets-create")
def websets_create(call: Call) -> dict[str, Any]:
    body = call.body
    external_id = body.get("externalId")
    if external_id is not None and external_id in call.store.external_ids:
        raise ApiError(409, f"A webset with externalId {external_id!r} already exists")
    imports: list[ImportRecord] = []
    for source in body.get("import", []):
        if source["source"] == "import":
            record = call.store.imports.get(source["id"])
            if record is None:
                raise not_found("Import", source["id"])
            imports.append(record)
        elif call.store.find_webset(source["id"]) is None:
            raise not_found("Webset", source["id"])
    webset = lifecycle.create_webset(
        call.sim,
        search=search_spec(body["search"]) if "search" in body else None,
        enrichments=[enrichment_spec(e) for e in body.get("enrichments", [])],
        external_id=external_id,
        metadata=dict(body.get("metadata", {})),
        excludes=list(body.get("exclude", [])),
        title=body.get("title"),
    )
    for record in imports:
        attach(call.sim, record, webset)
    return render.webset(call.store, webset).to_dict()


@handles("websets-list")
def websets_list(call: Call) -> dict[str, Any]:
    records = sorted(call.store.websets.values(), key=lambda w: w.seq, reverse=True)
    text = call.arg("search")
    if text:  # documented: matches the id, externalId or title (case-insensitive here; the docs do not say)
        needle = text.casefold()
        records = [w for w in records if any(needle in (v or "").casefold() for v in (w.id, w.external_id, w.title))]
    data, (has_more, cursor) = call.page(records, lambda w: w.seq, descending=True)
    return ListWebsetsResponse(
        data=[render.webset(call.store, w) for w in data], has_more=has_more, next_cursor=cursor
    ).to_dict()


@handles("websets-get")
def websets_get(call: Call) -> dict[str, Any]:
    webset = call.webset("id")
    body = render.webset(call.store, webset).to_dict()
    if "items" in query_values(call.query, "expand"):
        latest = list(reversed(webset.item_ids))[:EXPANDED_ITEMS]
        body["items"] = [render.item(call.store.items[i]).to_dict() for i in latest]
    return GetWebsetResponse.from_dict(body).to_dict()


@handles("websets-update")
def websets_update(call: Call) -> dict[str, Any]:
    webset = call.webset("id")
    if "metadata" in call.body:
        webset.metadata = dict(call.body["metadata"] or {})
        webset.updated_at = call.sim.now
    return render.webset(call.store, webset).to_dict()


@handles("websets-delete")
def websets_delete(call: Call) -> dict[str, Any]:
    return lifecycle.delete_webset(call.sim, call.webset("id"))


@handles("websets-cancel")
def websets_cancel(call: Call) -> dict[str, Any]:
    webset = call.webset("id")
    lifecycle.cancel_webset(call.sim, webset)
    return render.webset(call.store, webset).to_dict()


@handles("websets-preview")
def websets_preview(call: Call) -> dict[str, Any]:
    """The query's decomposition and, with ``?search=true``, sample items (the spec: "whether you want to search for
    a preview list of items or not"; without it there are none). Nothing is stored."""
    search = call.body["search"]
    query: str = search["query"]
    if not any(ch.isalnum() for ch in query):
        raise ApiError(422, "Unable to detect entity or criteria from query")
    entity = entity_spec(search.get("entity")) or detect_entity(query)
    items = []
    if call.arg("search") == "true":
        for index in range(int(search.get("count", 10))):
            properties = make_properties(call.sim.rng("preview", query, index), entity, query)
            created_at = render.dt(call.sim.now)
            items.append(WebsetItemPreview(id=f"preview_{index}", properties=properties, created_at=created_at))
    return PreviewWebsetResponse(
        search=PreviewWebsetResponseSearch(
            entity=render.entity(entity),
            criteria=[PreviewWebsetResponseSearchCriteriaItem(description=c) for c in default_criteria(query, entity)],
        ),
        enrichments=[
            PreviewWebsetResponseEnrichmentsItem(description=d, format_=PreviewWebsetResponseEnrichmentsItemFormat(f))
            for d, f in _SUGGESTED_COLUMNS[entity.type]
        ],
        items=items,
    ).to_dict()


# --- items -----------------------------------------------------------------------------------------------------


def _item(call: Call) -> ItemRecord:
    webset = call.webset()
    item = call.store.items.get(call.params["id"])
    if item is None or item.webset_id != webset.id:
        raise not_found("Item", call.params["id"])
    return item


@handles("websets-items-list")
def items_list(call: Call) -> dict[str, Any]:
    webset = call.webset()
    records = [call.store.items[i] for i in webset.item_ids]
    source_id = call.arg("sourceId")
    if source_id:
        records = [r for r in records if r.source_id == source_id]
    data, (has_more, cursor) = call.page(records, lambda r: r.seq, descending=False)
    return ListWebsetItemResponse(data=[render.item(r) for r in data], has_more=has_more, next_cursor=cursor).to_dict()


@handles("websets-items-get")
def items_get(call: Call) -> dict[str, Any]:
    return render.item(_item(call)).to_dict()


@handles("websets-items-delete")
def items_delete(call: Call) -> dict[str, Any]:
    item = _item(call)
    body = render.item(item).to_dict()
    lifecycle.delete_item(call.sim, item)
    return body


# --- searches --------------------------------------------------------------------------------------------------


def _search(call: Call) -> SearchRecord:
    webset = call.webset()
    search = call.store.searches.get(call.params["id"])
    if search is None or search.webset_id != webset.id:
        raise not_found("Search", call.params["id"])
    return search


@handles("websets-searches-create")
def searches_create(call: Call) -> dict[str, Any]:
    record = lifecycle.add_search(call.sim, call.webset(), search_spec(call.body))
    return render.search(record).to_dict()


@handles("websets-searches-get")
def searches_get(call: Call) -> dict[str, Any]:
    return render.search(_search(call)).to_dict()


@handles("websets-searches-cancel")
def searches_cancel(call: Call) -> dict[str, Any]:
    search = _search(call)
    lifecycle.cancel_search(call.sim, search, None)
    return render.search(search).to_dict()


# --- enrichments -----------------------------------------------------------------------------------------------


def _enrichment(call: Call) -> EnrichmentRecord:
    webset = call.webset()
    enrichment = call.store.enrichments.get(call.params["id"])
    if enrichment is None or enrichment.webset_id != webset.id:
        raise not_found("Enrichment", call.params["id"])
    return enrichment


@handles("websets-enrichments-create")
def enrichments_create(call: Call) -> dict[str, Any]:
    webset = call.webset()
    if len(webset.enrichment_ids) >= MAX_ENRICHMENTS_PER_WEBSET:
        raise ApiError(422, f"A webset has at most {MAX_ENRICHMENTS_PER_WEBSET} enrichments")
    record = lifecycle.add_enrichment(call.sim, webset, enrichment_spec(call.body))
    return render.enrichment(call.store, record).to_dict()


@handles("websets-enrichments-get")
def enrichments_get(call: Call) -> dict[str, Any]:
    return render.enrichment(call.store, _enrichment(call)).to_dict()


@handles("websets-enrichments-update")
def enrichments_update(call: Call) -> dict[str, Any]:
    """Answers with the updated enrichment, as the reference documents and the official exa-py expects (the spec
    declares no body and one integrator observed none; clients must accept both, see the golden fixture
    documented/enrichment-update-response.json)."""
    record = _enrichment(call)
    lifecycle.update_enrichment(call.sim, record, enrichment_spec(call.body), has=set(call.body))
    return render.enrichment(call.store, record).to_dict()


@handles("websets-enrichments-delete")
def enrichments_delete(call: Call) -> dict[str, Any]:
    record = _enrichment(call)
    body = render.enrichment(call.store, record).to_dict()
    lifecycle.delete_enrichment(call.sim, record)
    return body


@handles("websets-enrichments-cancel")
def enrichments_cancel(call: Call) -> dict[str, Any]:
    record = _enrichment(call)
    lifecycle.cancel_enrichment(call.sim, record)
    return render.enrichment(call.store, record).to_dict()


# --- exports ---------------------------------------------------------------------------------------------------


@handles("websets-exports-create")
def exports_create(call: Call) -> dict[str, Any]:
    record = create_export(call.sim, call.webset(), call.body["format"], call.origin)
    return render.export(record).to_dict()


@handles("websets-exports-get")
def exports_get(call: Call) -> dict[str, Any]:
    webset = call.webset()
    record = call.store.exports.get(call.params["id"])
    if record is None or record.webset_id != webset.id:
        raise not_found("Export", call.params["id"])
    return render.export(record).to_dict()
