"""Websets: create, list, get, update, delete, cancel, and the preview of a query."""

from __future__ import annotations

from typing import Any

from exa_websets_api.models import (
    GetWebsetResponse,
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

from .. import _lifecycle as lifecycle
from .. import _render as render
from .._handling import ApiError, Call, handles, not_found
from .._imports import attach
from .._query import query_values
from .._records import ImportRecord
from .._synthetic import default_criteria, detect_entity, make_properties
from ._bodies import enrichment_spec, entity_spec, search_spec

EXPANDED_ITEMS = 100  # GET /v0/websets/{id}?expand=items embeds at most the latest 100 items
_SUGGESTED_COLUMNS = {
    "company": [("Year the company was founded", "number"), ("Headquarters location", "text")],
    "person": [("Current employer", "text"), ("Work email address", "email")],
    "article": [("Publication date", "date"), ("Main topic of the article", "text")],
    "research_paper": [("Publication venue", "text"), ("Number of citations", "number")],
    "custom": [("Short summary", "text")],
}


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
    page = call.page(records, lambda w: w.seq, descending=True)
    return ListWebsetsResponse(
        data=[render.webset(call.store, w) for w in page.data], has_more=page.has_more, next_cursor=page.next_cursor
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
