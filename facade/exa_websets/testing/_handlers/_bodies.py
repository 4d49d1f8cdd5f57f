"""Request bodies read into the lifecycle's specs (a search, an enrichment, an entity), shared by the handlers."""

from __future__ import annotations

from typing import Any

from .. import _lifecycle as lifecycle
from .._records import EntitySpec


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
