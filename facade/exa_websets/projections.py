"""What an agent or a table should see of an item, instead of the whole 5-55 KB object.

Tier 1, the "business card" (~100-300 bytes): id, url, name, description, and each criterion's verdict.
Tier 2 (~0.5-2 KB): tier 1 plus the enrichment answers, keyed by the enrichment's *description* (results only carry
the enrichment id, so it is resolved through the webset's enrichment list). The page ``content`` (the bulk of an
item) is left out unless asked for. See websets-data-flow-research.md, section 5.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any, TypedDict

from exa_websets_api.models import (
    UnknownWebsetItemProperties,
    Webset,
    WebsetEnrichment,
    WebsetItem,
    WebsetItemArticleProperties,
    WebsetItemCompanyProperties,
    WebsetItemCustomProperties,
    WebsetItemPersonProperties,
    WebsetItemResearchPaperProperties,
)

from ._core.response import field_value

__all__ = [
    "Card",
    "EnrichedCard",
    "columns_for",
    "enrichment_descriptions",
    "item_name",
    "tier1",
    "tier2",
    "to_row",
    "write_csv",
    "write_jsonl",
]


class Card(TypedDict):
    id: str
    url: str
    name: str | None
    description: str
    criteria: dict[str, str]  # criterion → "yes" | "no" | "unclear"


class EnrichedCard(Card):
    enrichments: dict[str, list[str] | None]  # enrichment description → result (None: not found or still pending)


class CardWithContent(EnrichedCard, total=False):
    content: str | None


def _text(value: Any) -> str | None:
    value = field_value(value)
    return None if value is None else str(value)


def item_name(item: WebsetItem) -> str | None:
    """The entity's name: a company's or person's name, an article's, paper's or custom item's title."""
    properties = item.properties
    if isinstance(properties, WebsetItemCompanyProperties):
        return properties.company.name
    if isinstance(properties, WebsetItemPersonProperties):
        return properties.person.name
    entity = (
        properties.article
        if isinstance(properties, WebsetItemArticleProperties)
        else properties.research_paper
        if isinstance(properties, WebsetItemResearchPaperProperties)
        else properties.custom
        if isinstance(properties, WebsetItemCustomProperties)
        else None
    )
    if entity is not None:
        return _text(entity.title)
    if isinstance(properties, UnknownWebsetItemProperties):  # a type newer than this client: look in its object
        nested = properties.additional_properties.get(properties.type_)
        if isinstance(nested, Mapping):
            return _text(nested.get("name") or nested.get("title"))
    return None


def tier1(item: WebsetItem) -> Card:
    properties = item.properties
    return {
        "id": item.id,
        "url": _text(properties.url) or "",
        "name": item_name(item),
        "description": _text(properties.description) or "",
        "criteria": {e.criterion: e.satisfied.value for e in item.evaluations},
    }


def enrichment_descriptions(source: Webset | Sequence[WebsetEnrichment]) -> dict[str, str]:
    """enrichment id → description, from a webset or its enrichment list (two enrichments with the same
    description are told apart by their id)."""
    enrichments = source.enrichments if isinstance(source, Webset) else source
    names: dict[str, str] = {}
    taken: set[str] = set()
    for enrichment in enrichments:
        name = _text(enrichment.description) or enrichment.id
        if name in taken:
            name = f"{name} [{enrichment.id}]"
        taken.add(name)
        names[enrichment.id] = name
    return names


def tier2(item: WebsetItem, descriptions: Mapping[str, str], *, include_content: bool = False) -> EnrichedCard:
    """Tier 1 plus the enrichment answers by description (from ``enrichment_descriptions(webset)``)."""
    card: CardWithContent = {**tier1(item), "enrichments": {}}  # type: ignore[typeddict-item]
    for result in item.enrichments or []:
        card["enrichments"][descriptions.get(result.enrichment_id, result.enrichment_id)] = (
            list(result.result) if isinstance(result.result, list) else None
        )
    if include_content:
        card["content"] = _text(getattr(item.properties, "content", None))
    return card


def to_row(card: Card | EnrichedCard) -> dict[str, str]:
    """One flat row for a table or CSV: criteria and enrichments become columns named after them."""
    row = {"id": card["id"], "name": card["name"] or "", "url": card["url"], "description": card["description"]}
    row.update({f"criterion: {criterion}": verdict for criterion, verdict in card["criteria"].items()})
    for description, result in card.get("enrichments", {}).items():  # type: ignore[attr-defined]
        row[description] = "; ".join(result) if result else ""
    return row


def columns_for(webset: Webset) -> list[str]:
    """Every column a webset's cards can have, known before reading any item: lets CSV stream page by page."""
    criteria = dict.fromkeys(c.description for s in webset.searches for c in s.criteria)
    return [
        "id",
        "name",
        "url",
        "description",
        *(f"criterion: {c}" for c in criteria),
        *enrichment_descriptions(webset).values(),
    ]


def write_csv(cards: Iterable[Card | EnrichedCard], stream: IO[str], columns: Sequence[str] | None = None) -> int:
    """Write cards as CSV and return the number of rows. With ``columns`` (see ``columns_for``) rows stream as
    they come; without, they are gathered first so the header can be the union of their columns."""
    rows: Iterable[dict[str, str]] = (to_row(card) for card in cards)
    if columns is None:
        rows = list(rows)
        columns = list(dict.fromkeys(name for row in rows for name in row))
    writer = csv.DictWriter(stream, fieldnames=list(columns), restval="", extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_jsonl(cards: Iterable[Card | EnrichedCard], stream: IO[str]) -> int:
    """Write one JSON object per line, streaming; return the number of lines."""
    count = 0
    for card in cards:
        stream.write(json.dumps(card, ensure_ascii=False) + "\n")
        count += 1
    return count
