"""Tier-1 and tier-2 cards from the golden items: small, named, enrichment answers by description, no content."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from exa_websets.projections import (
    columns_for,
    enrichment_descriptions,
    item_name,
    tier1,
    tier2,
    to_row,
    write_csv,
    write_jsonl,
)
from exa_websets_api.models import Webset, WebsetEnrichment, WebsetItem

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
ENTITIES = ["company", "person", "article", "research_paper", "custom"]


def fixture_name(entity: str) -> str:
    return entity.replace("_", "-")


def golden(path: str) -> dict:
    data = json.loads((GOLDEN / path).read_text())
    return data.get("instance", data.get("response"))


def item(entity: str, stage: str) -> WebsetItem:
    return WebsetItem.from_dict(golden(f"items/{fixture_name(entity)}-{stage}.json"))


@pytest.mark.parametrize("entity", ENTITIES)
def test_tier1_has_the_entity_name_and_the_verdicts_and_no_content(entity: str) -> None:
    raw = golden(f"items/{fixture_name(entity)}-enriched.json")
    card = tier1(item(entity, "enriched"))
    entity_key = {"research_paper": "researchPaper"}.get(entity, entity)
    expected_name = raw["properties"][entity_key].get("name") or raw["properties"][entity_key].get("title")
    assert card == {
        "id": raw["id"],
        "url": raw["properties"]["url"],
        "name": expected_name,
        "description": raw["properties"]["description"],
        "criteria": {e["criterion"]: e["satisfied"] for e in raw["evaluations"]},
    }
    assert card["name"]
    assert len(json.dumps(card)) < len(json.dumps(raw)) / 2


def enrichments_of(item_json: dict) -> list[WebsetEnrichment]:
    return [
        WebsetEnrichment.from_dict(
            {
                "id": r["enrichmentId"],
                "object": "webset_enrichment",
                "status": "completed",
                "websetId": "w",
                "title": None,
                "description": f"What is {r['enrichmentId']}?",
                "format": r["format"],
                "options": None,
                "instructions": None,
                "createdAt": "2026-03-01T00:00:00Z",
                "updatedAt": "2026-03-01T00:00:00Z",
            }
        )
        for r in item_json["enrichments"] or []
    ]


def test_tier2_keys_answers_by_description_and_shows_pending_as_none() -> None:
    enriched, pending = golden("items/company-enriched.json"), golden("items/company-enrichment-pending.json")
    descriptions = enrichment_descriptions(enrichments_of(enriched))
    card = tier2(WebsetItem.from_dict(enriched), descriptions)
    assert card["enrichments"] == {f"What is {r['enrichmentId']}?": r["result"] for r in enriched["enrichments"]}
    assert "content" not in card
    pending_card = tier2(WebsetItem.from_dict(pending), descriptions)
    assert set(pending_card["enrichments"].values()) == {None}
    assert tier2(item("company", "just-found"), descriptions)["enrichments"] == {}


def test_content_only_when_asked() -> None:
    raw = golden("items/article-enriched.json")
    card = tier2(WebsetItem.from_dict(raw), {}, include_content=True)
    assert card["content"] == raw["properties"]["content"]


def test_an_unknown_enrichment_id_is_kept_under_its_id_and_duplicate_descriptions_are_told_apart() -> None:
    raw = golden("items/company-enriched.json")
    first = raw["enrichments"][0]["enrichmentId"]
    assert first in tier2(WebsetItem.from_dict(raw), {})["enrichments"]
    one = enrichments_of(raw)[0]
    twin = WebsetEnrichment.from_dict({**one.to_dict(), "id": "enrichment_twin"})
    assert list(enrichment_descriptions([one, twin]).values()) == [
        f"What is {first}?",
        f"What is {first}? [enrichment_twin]",
    ]


def test_an_unknown_entity_type_still_gets_a_name() -> None:
    raw = golden("items/company-just-found.json")
    raw["properties"] = {
        "type": "product",
        "url": "https://p.example",
        "description": "A product",
        "product": {"name": "Widget"},
    }
    assert item_name(WebsetItem.from_dict(raw)) == "Widget"


def test_rows_csv_and_jsonl() -> None:
    raw = golden("items/person-enriched.json")
    descriptions = enrichment_descriptions(enrichments_of(raw))
    cards = [tier2(WebsetItem.from_dict(raw), descriptions)] * 3
    row = to_row(cards[0])
    assert row["name"] == raw["properties"]["person"]["name"]
    assert any(key.startswith("criterion: ") for key in row)
    text = io.StringIO()
    assert write_csv(cards, text) == 3
    parsed = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert len(parsed) == 3
    assert parsed[0] == row
    lines = io.StringIO()
    assert write_jsonl(iter(cards), lines) == 3
    assert json.loads(lines.getvalue().splitlines()[1]) == cards[1]


def test_columns_are_known_from_the_webset_so_csv_can_stream() -> None:
    webset = Webset.from_dict(golden("operations/websets-get.json"))
    columns = columns_for(webset)
    assert columns[:4] == ["id", "name", "url", "description"]
    assert all(f"criterion: {c.description}" in columns for s in webset.searches for c in s.criteria)
    assert all(e.description in columns for e in webset.enrichments)

    def cards():
        yield {"id": "i1", "name": "n", "url": "u", "description": "d", "criteria": {}, "enrichments": {}}
        raise AssertionError("streaming: the first row must be written before the second card is asked for")

    out = io.StringIO()
    with pytest.raises(AssertionError, match="streaming"):
        write_csv(cards(), out, columns)
    assert out.getvalue().splitlines()[1].startswith("i1,n,u,d")
