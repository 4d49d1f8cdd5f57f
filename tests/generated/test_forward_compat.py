"""What the server may add later must parse into an explicit unknown form that keeps the raw value and round-trips.

Before our templates and the open_discriminated_unions normalization, each of these raised ValueError (new enum
value, new event type: one event failed the whole page) or silently returned raw dicts cast to the wrong type.
"""

from __future__ import annotations

from typing import Any

import pytest
from exa_websets_api import models
from exa_websets_api.types import InvalidFieldError

NOW = "2026-11-22T08:00:00+00:00"  # the form to_dict writes, so round trips compare textually


def webset(**changes: Any) -> dict[str, Any]:
    return {
        "id": "webset_1",
        "object": "webset",
        "status": "idle",
        "externalId": None,
        "title": "AI labs",
        "searches": [],
        "imports": [],
        "enrichments": [],
        "monitors": [],
        "createdAt": NOW,
        "updatedAt": NOW,
        **changes,
    }


def search(**changes: Any) -> dict[str, Any]:
    return {
        "id": "search_1",
        "object": "webset_search",
        "status": "running",
        "websetId": "webset_1",
        "query": "AI labs",
        "entity": {"type": "company"},
        "criteria": [],
        "count": 10,
        "exclude": [],
        "scope": [],
        "progress": {"found": 1, "analyzed": 4, "completion": 10, "timeLeft": 30},
        "recall": None,
        "canceledAt": None,
        "canceledReason": None,
        "createdAt": NOW,
        "updatedAt": NOW,
        **changes,
    }


def item(properties: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {
        "id": "item_1",
        "object": "webset_item",
        "source": "search",
        "sourceId": "search_1",
        "websetId": "webset_1",
        "properties": properties,
        "evaluations": [],
        "enrichments": None,
        "createdAt": NOW,
        "updatedAt": NOW,
        **changes,
    }


def test_new_enum_value_parses_as_unknown_and_keeps_its_value() -> None:
    parsed = models.Webset.from_dict(webset(status="archived"))

    assert parsed.status.is_unknown
    assert parsed.status.value == "archived"
    assert parsed.status == "archived"
    assert parsed.to_dict() == webset(status="archived")


def test_known_enum_values_are_not_unknown() -> None:
    assert not models.WebsetStatus("idle").is_unknown
    assert models.WebsetStatus("idle") is models.WebsetStatus.IDLE
    assert all(not member.is_unknown for member in models.WebsetSearchStatus)


def test_enum_still_refuses_non_strings() -> None:
    with pytest.raises(ValueError, match="is not a valid"):
        models.WebsetStatus(3)


def test_new_event_type_does_not_fail_the_page() -> None:
    new = {
        "id": "event_2",
        "object": "event",
        "type": "webset.export.created",
        "createdAt": NOW,
        "data": {"id": "export_1", "object": "export", "status": "pending"},
    }
    known = {"id": "event_1", "object": "event", "type": "webset.idle", "createdAt": NOW, "data": webset()}
    page = {"data": [known, new], "hasMore": False, "nextCursor": None}

    parsed = models.ListEventsResponse.from_dict(page)

    assert isinstance(parsed.data[0], models.WebsetIdleEvent)
    unknown = parsed.data[1]
    assert isinstance(unknown, models.UnknownEvent)
    assert (unknown.type_, unknown.id, unknown.created_at.year) == ("webset.export.created", "event_2", 2026)
    assert unknown.additional_properties["data"] == new["data"]
    assert parsed.to_dict() == page


def test_new_item_entity_type_parses_as_unknown_properties() -> None:
    properties = {
        "type": "product",
        "url": "https://example.com/p",
        "description": "A product",
        "product": {"name": "Widget", "price": "9"},
    }
    parsed = models.WebsetItem.from_dict(item(properties))

    assert isinstance(parsed.properties, models.UnknownWebsetItemProperties)
    assert (parsed.properties.type_, parsed.properties.url) == ("product", "https://example.com/p")
    assert parsed.properties.additional_properties == {"product": {"name": "Widget", "price": "9"}}
    assert parsed.to_dict() == item(properties)


def test_new_entity_in_a_nullable_union_is_unknown_not_a_raw_dict() -> None:
    parsed = models.WebsetSearch.from_dict(search(entity={"type": "product", "description": "Products"}))

    assert isinstance(parsed.entity, models.UnknownEntity)
    assert parsed.entity.additional_properties == {"description": "Products"}
    assert models.WebsetSearch.from_dict(search(entity=None)).entity is None
    assert parsed.to_dict() == search(entity={"type": "product", "description": "Products"})


def test_known_variant_still_parses_as_its_class() -> None:
    properties = {
        "type": "company",
        "url": "https://a.example",
        "description": "d",
        "content": None,
        "company": {"name": "A", "location": None, "employees": 5, "industry": None, "about": None, "logoUrl": None},
    }
    parsed = models.WebsetItem.from_dict(item(properties))
    assert isinstance(parsed.properties, models.WebsetItemCompanyProperties)
    assert parsed.properties.company.name == "A"


def test_malformed_known_variant_raises_instead_of_passing_as_unknown() -> None:
    parsed = models.WebsetItem.from_dict(item({"type": "company", "url": "https://a.example"}))  # properties: lazy
    with pytest.raises(InvalidFieldError) as raised:
        parsed.properties  # noqa: B018 - the first read builds it
    assert isinstance(raised.value.__cause__, KeyError)


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        (
            item(
                {
                    "type": "custom",
                    "url": "u",
                    "description": "d",
                    "content": None,
                    "custom": {"title": "t", "author": None, "publishedAt": None},
                },
                enrichments=["not an object"],
            ),
            TypeError,  # a string where an object must be: read in place, not copied into a dict
        ),
        (
            item(
                {
                    "type": "custom",
                    "url": "u",
                    "description": "d",
                    "content": None,
                    "custom": {"title": "t", "author": None, "publishedAt": None},
                },
                enrichments="nope",
            ),
            TypeError,
        ),
    ],
)
def test_nullable_union_never_returns_raw_data_cast_to_the_wrong_type(payload: dict[str, Any], error: type) -> None:
    parsed = models.WebsetItem.from_dict(payload)  # enrichments: built when first read
    with pytest.raises(InvalidFieldError) as raised:
        parsed.enrichments  # noqa: B018
    assert isinstance(raised.value.__cause__, error)
    assert (raised.value.model, raised.value.field, raised.value.value) == (
        "WebsetItem",
        "enrichments",
        payload["enrichments"],
    )


def test_malformed_nullable_object_raises() -> None:
    parsed = models.WebsetSearch.from_dict(search(recall="soon"))
    with pytest.raises(InvalidFieldError) as raised:
        parsed.recall  # noqa: B018
    assert isinstance(raised.value.__cause__, TypeError)


def test_unknown_extra_fields_stay_in_additional_properties() -> None:
    # dashboardUrl was the example here until the documented-fields overlay declared it: any undeclared key will do
    parsed = models.Webset.from_dict(webset(shareUrl="https://websets.exa.ai/x", streams=[]))
    assert parsed.additional_properties == {"shareUrl": "https://websets.exa.ai/x", "streams": []}
    assert parsed.to_dict() == webset(shareUrl="https://websets.exa.ai/x", streams=[])


def test_new_event_type_in_a_list_of_enums_round_trips() -> None:
    hook = {
        "id": "wh_1",
        "object": "webhook",
        "status": "active",
        "events": ["webset.idle", "webset.archived"],
        "url": "https://example.com/hook",
        "secret": None,
        "createdAt": NOW,
        "updatedAt": NOW,
    }
    parsed = models.Webhook.from_dict(hook)
    assert [e.is_unknown for e in parsed.events] == [False, True]
    assert parsed.to_dict() == hook


def test_timestamps_with_z_parse_on_every_supported_python() -> None:
    parsed = models.Webset.from_dict(webset(createdAt="2024-01-15T10:00:00Z", updatedAt="2024-01-15T10:00:00.123Z"))
    assert parsed.created_at.utcoffset() is not None
    assert parsed.updated_at.microsecond == 123000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-15T10:00:00Z", "2024-01-15T10:00:00+00:00"),
        ("2024-01-15T10:00:00.123Z", "2024-01-15T10:00:00.123000+00:00"),
        ("5336-02-08T16:27:21.3-08:09", "5336-02-08T16:27:21.300000-08:09"),  # one fractional digit
        ("2024-01-15T10:00:00.1234567+00:00", "2024-01-15T10:00:00.123456+00:00"),  # seven
        ("2024-01-15T10:00:00", "2024-01-15T10:00:00"),
    ],
)
def test_timestamps_parse_the_same_on_every_supported_python(text: str, expected: str) -> None:
    from exa_websets_api.types import parse_datetime

    assert parse_datetime(text).isoformat() == expected
