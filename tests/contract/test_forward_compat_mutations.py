"""What a later server may send, made from the golden fixtures: the spec rejects it, the generated client keeps it.

Each test changes a copy of a fixture the way a newer API version could (an extra field, a new enum value, a new
event type, a new item entity type) and asserts the parse keeps the new data in its explicit "unknown" form and that
``to_dict()`` writes it back unchanged.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from exa_websets_api import models

from tests.contract.golden import (
    ContractValidators,
    GoldenFixture,
    SpecOperation,
    event_data_schemas,
    fixture_event_type,
    iter_objects,
    json_differences,
    load_fixtures,
    parse_payload,
    resolve_pointer,
)

FIXTURES = load_fixtures()
PROBE_KEY = "xContractProbe"
PROBE_VALUE = {"addedBy": "a later API version", "values": [1, 2.5, None, True, "text"]}
NEW_EVENT_TYPE = "webset.item.archived"
NEW_ENTITY_TYPE = "product"


def each(fixtures: list[GoldenFixture]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("fixture", fixtures, ids=[fixture.name for fixture in fixtures])


def of_schema(*schemas: str) -> list[GoldenFixture]:
    return [fixture for fixture in FIXTURES if fixture.metadata.schema in schemas]


def assert_round_trips(mutated: Any, parsed: Any) -> None:
    differences = json_differences(mutated, parsed.to_dict())
    assert not differences, "\n".join(differences)


@each(FIXTURES)
def test_an_unknown_top_level_field_is_kept_and_round_trips(
    fixture: GoldenFixture, all_operations: dict[str, SpecOperation]
) -> None:
    mutated = {**fixture.payload, PROBE_KEY: PROBE_VALUE}

    parsed = parse_payload(fixture, all_operations, mutated)

    assert parsed.additional_properties[PROBE_KEY] == PROBE_VALUE
    assert_round_trips(mutated, parsed)


@each(FIXTURES)
def test_an_unknown_field_in_every_nested_object_is_kept(
    fixture: GoldenFixture, all_operations: dict[str, SpecOperation]
) -> None:
    mutated = copy.deepcopy(fixture.payload)
    nested = [value for pointer, value in iter_objects(mutated) if pointer]
    for value in nested:
        value[PROBE_KEY] = copy.deepcopy(PROBE_VALUE)  # type: ignore[index]

    parsed = parse_payload(fixture, all_operations, mutated)

    assert_round_trips(mutated, parsed)


NEW_ENUM_VALUES = [
    ("Webset", "status", "archived"),
    ("WebsetSearch", "status", "queued"),
    ("Monitor", "status", "paused"),
    ("Import", "status", "expired"),
    ("Webhook", "status", "suspended"),
]


@pytest.mark.parametrize(
    ("fixture", "field", "new_value"),
    [
        pytest.param(fixture, field, value, id=f"{fixture.name}:{field}={value}")
        for schema, field, value in NEW_ENUM_VALUES
        for fixture in of_schema(schema)
    ],
)
def test_a_new_enum_value_parses_as_an_unknown_member_that_keeps_it(
    fixture: GoldenFixture,
    field: str,
    new_value: str,
    validators: ContractValidators,
    all_operations: dict[str, SpecOperation],
) -> None:
    mutated = {**fixture.payload, field: new_value}
    assert validators.for_fixture(fixture).errors_for(fixture, mutated), "the spec's enum should reject it"

    parsed = parse_payload(fixture, all_operations, mutated)

    member = getattr(parsed, field)
    assert member.is_unknown
    assert member.value == new_value
    assert_round_trips(mutated, parsed)


def test_every_enum_mutation_has_fixtures_to_mutate() -> None:
    assert all(of_schema(schema) for schema, _, _ in NEW_ENUM_VALUES)


@each([fixture for fixture in FIXTURES if fixture_event_type(fixture) is not None])
def test_a_new_event_type_parses_as_unknown_event(
    fixture: GoldenFixture,
    pinned_spec: dict[str, Any],
    validators: ContractValidators,
    all_operations: dict[str, SpecOperation],
) -> None:
    assert NEW_EVENT_TYPE not in event_data_schemas(pinned_spec)
    mutated = {**fixture.payload, "type": NEW_EVENT_TYPE}
    assert validators.for_fixture(fixture).errors_for(fixture, mutated)

    parsed = parse_payload(fixture, all_operations, mutated)

    assert isinstance(parsed, models.UnknownEvent)
    assert (parsed.type_, parsed.id) == (NEW_EVENT_TYPE, fixture.payload["id"])
    assert parsed.additional_properties == {"data": fixture.payload["data"]}
    assert_round_trips(mutated, parsed)


def test_a_new_event_type_in_a_page_of_events_does_not_fail_the_page(
    all_operations: dict[str, SpecOperation],
) -> None:
    (page_fixture,) = of_schema("ListEventsResponse")
    mutated = copy.deepcopy(page_fixture.payload)
    mutated["data"][0]["type"] = NEW_EVENT_TYPE

    parsed = parse_payload(page_fixture, all_operations, mutated)

    assert isinstance(parsed.data[0], models.UnknownEvent)
    assert not any(isinstance(event, models.UnknownEvent) for event in parsed.data[1:])
    assert_round_trips(mutated, parsed)


ITEM_FIXTURES = [fixture for fixture in of_schema("WebsetItem") if not fixture.is_operation]


def with_new_entity_type(item: dict[str, Any]) -> dict[str, Any]:
    """The item as if its entity were a type this client does not know: ``type`` and the entity key renamed."""
    mutated = copy.deepcopy(item)
    properties = mutated["properties"]
    entity_key = next(key for key in properties if key not in {"type", "url", "description", "content"})
    properties[NEW_ENTITY_TYPE] = properties.pop(entity_key)
    properties["type"] = NEW_ENTITY_TYPE
    return mutated


@each(ITEM_FIXTURES)
def test_a_new_item_entity_type_parses_as_unknown_properties(
    fixture: GoldenFixture, validators: ContractValidators, all_operations: dict[str, SpecOperation]
) -> None:
    mutated = with_new_entity_type(fixture.payload)
    assert validators.for_fixture(fixture).errors_for(fixture, mutated)

    parsed = parse_payload(fixture, all_operations, mutated)

    assert isinstance(parsed.properties, models.UnknownWebsetItemProperties)
    assert parsed.properties.type_ == NEW_ENTITY_TYPE
    assert parsed.properties.additional_properties[NEW_ENTITY_TYPE] == resolve_pointer(
        mutated, f"/properties/{NEW_ENTITY_TYPE}"
    )
    assert_round_trips(mutated, parsed)
