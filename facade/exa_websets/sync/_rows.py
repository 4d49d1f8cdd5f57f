"""What each table's rows look like: the API's objects as ``to_dict()`` gives them (dlt turns camelCase into
snake_case and nested objects into ``parent__child`` columns), with the few changes a warehouse needs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# The hard-delete marker (dlt's ``hard_delete`` hint): a row carrying it removes the stored row and its child rows.
DELETED = "_deleted"


def webset_row(webset: Mapping[str, Any]) -> dict[str, Any]:
    """A webset without its searches, enrichments, imports and monitors: each has a table of its own."""
    return {k: v for k, v in webset.items() if k not in ("searches", "enrichments", "monitors", "imports", "items")}


def search_rows(webset: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{**search, "websetId": webset["id"]} for search in webset.get("searches") or ()]


def enrichment_rows(webset: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{**enrichment, "websetId": webset["id"]} for enrichment in webset.get("enrichments") or ()]


def enrichment_descriptions(webset: Mapping[str, Any]) -> dict[str, str | None]:
    return {e["id"]: e.get("description") for e in webset.get("enrichments") or ()}


def item_row(
    item: Mapping[str, Any], descriptions: Mapping[str, str | None], *, include_content: bool = False
) -> dict[str, Any]:
    """An item; its enrichment results and evaluations become the child tables ``items__enrichments`` and
    ``items__evaluations``, each row carrying ``item_id`` (and the enrichment's ``description`` beside its id)."""
    row = dict(item)
    properties = row.get("properties")
    if isinstance(properties, Mapping) and not include_content and "content" in properties:
        row["properties"] = {k: v for k, v in properties.items() if k != "content"}
    item_id = row["id"]
    row["enrichments"] = [
        {**result, "itemId": item_id, "description": descriptions.get(result.get("enrichmentId", ""))}
        for result in row.get("enrichments") or ()
    ]
    row["evaluations"] = [{**evaluation, "itemId": item_id} for evaluation in row.get("evaluations") or ()]
    return row


def event_row(event: Mapping[str, Any], webset_id: str | None) -> dict[str, Any]:
    """An event without its data (the other tables hold the objects): what happened, to what, when."""
    data = event.get("data")
    data_id = data.get("id") if isinstance(data, Mapping) else None
    return {
        "id": event["id"],
        "type": event["type"],
        "createdAt": event["createdAt"],
        "websetId": webset_id,
        "dataId": data_id,
    }


def tombstone(row_id: str) -> dict[str, Any]:
    return {"id": row_id, DELETED: True}
