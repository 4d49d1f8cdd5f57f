"""Every golden fixture validates against the pinned spec, parses with the generated client and round-trips.

Where the fixture documents a known gap instead (an event type the spec's Event oneOf lacks), the test asserts the gap:
the spec rejects it and the client keeps it as UnknownEvent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from exa_websets_api import models

from openapi.fetch import load_pin
from openapi.overlays import is_overlay
from tests.contract.golden import (
    ContractValidators,
    GoldenFixture,
    SpecOperation,
    describe_errors,
    event_data_schemas,
    fixture_event_type,
    has_section,
    item_entity_types,
    json_differences,
    load_fixtures,
    operation_module,
    parse_payload,
    pointer_exists,
)

FIXTURES = load_fixtures()
OPERATION_FIXTURES = [fixture for fixture in FIXTURES if fixture.is_operation]
INSTANCE_FIXTURES = [fixture for fixture in FIXTURES if not fixture.is_operation]
EVENT_FIXTURES = [fixture for fixture in FIXTURES if fixture_event_type(fixture) is not None]


def each(fixtures: list[GoldenFixture]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("fixture", fixtures, ids=[fixture.name for fixture in fixtures])


def lacks_event_variant(fixture: GoldenFixture, pinned_spec: dict[str, Any]) -> bool:
    event_type = fixture_event_type(fixture)
    return event_type is not None and event_type not in event_data_schemas(pinned_spec)


def test_the_golden_directory_holds_operation_and_instance_fixtures() -> None:
    assert OPERATION_FIXTURES
    assert INSTANCE_FIXTURES


@each(FIXTURES)
def test_metadata_names_the_pinned_commit(fixture: GoldenFixture) -> None:
    assert fixture.metadata.spec_commit == load_pin().commit


@each(OPERATION_FIXTURES)
def test_operation_fixture_matches_the_spec_and_the_generated_module(
    fixture: GoldenFixture, validators: ContractValidators
) -> None:
    operation = validators.for_fixture(fixture).operations[str(fixture.metadata.operation_id)]
    module = operation_module(operation.operation_id)

    assert operation.supplement == fixture.metadata.supplement, "supplement must be set exactly for overlay operations"
    assert fixture.metadata.status == operation.success_status
    assert fixture.metadata.schema == operation.response_schema_name
    described = module.OPERATION
    assert (described["method"], described["path"], described["success_status"]) == (
        operation.method,
        operation.path,
        operation.success_status,
    )


@each(INSTANCE_FIXTURES)
def test_instance_fixture_names_a_component_of_its_spec(
    fixture: GoldenFixture, validators: ContractValidators, supplemented_spec: dict[str, Any]
) -> None:
    assert validators.for_fixture(fixture).has_schema(fixture.metadata.schema)
    schema = supplemented_spec["components"]["schemas"][fixture.metadata.schema]
    assert is_overlay(schema) == fixture.metadata.supplement


@each(FIXTURES)
def test_fixture_validates_against_the_spec(
    fixture: GoldenFixture, validators: ContractValidators, pinned_spec: dict[str, Any]
) -> None:
    errors = validators.for_fixture(fixture).errors_for(fixture)

    if lacks_event_variant(fixture, pinned_spec):
        assert errors, f"{fixture_event_type(fixture)} now validates: the spec gained its Event variant"
        assert [error.validator for error in errors] == ["oneOf"], describe_errors(errors)
    else:
        assert not errors, f"{fixture.name} does not match the spec:\n{describe_errors(errors)}"


@each(FIXTURES)
def test_fixture_holds_only_fields_the_spec_declares(
    fixture: GoldenFixture, validators: ContractValidators, pinned_spec: dict[str, Any]
) -> None:
    if lacks_event_variant(fixture, pinned_spec):
        # No Event variant to compare with: the envelope is the documented one and data is a supplement Export.
        assert set(fixture.payload) == {"id", "object", "type", "data", "createdAt"}
        validator, pointer, payload = validators.supplemented, "/components/schemas/Export", fixture.payload["data"]
        assert not validator.errors_at(pointer, payload), describe_errors(validator.errors_at(pointer, payload))
    else:
        validator = validators.for_fixture(fixture)
        pointer, payload = validator.payload_schema_pointer(fixture), fixture.payload

    report = validator.field_report(pointer, payload)

    assert not report.undeclared, f"fields the spec does not declare: {sorted(report.undeclared)}"


@each(FIXTURES)
def test_fixture_parses_with_the_generated_client(
    fixture: GoldenFixture, all_operations: dict[str, SpecOperation], pinned_spec: dict[str, Any]
) -> None:
    parsed = parse_payload(fixture, all_operations)

    event_type = fixture_event_type(fixture)
    if event_type is None:
        assert isinstance(parsed, getattr(models, fixture.metadata.schema))
    elif lacks_event_variant(fixture, pinned_spec):
        assert isinstance(parsed, models.UnknownEvent)
        assert parsed.type_ == event_type
        assert parsed.additional_properties == {"data": fixture.payload["data"]}
    else:
        assert not isinstance(parsed, models.UnknownEvent)
        assert parsed.type_ == event_type
        assert isinstance(parsed.data, getattr(models, event_data_schemas(pinned_spec)[event_type]))
    if fixture.metadata.schema == "WebsetItem":
        entity_type = fixture.payload["properties"]["type"]
        assert isinstance(parsed.properties, getattr(models, item_entity_types(pinned_spec)[entity_type]))


@each(FIXTURES)
def test_fixture_round_trips_through_to_dict_without_loss(
    fixture: GoldenFixture, all_operations: dict[str, SpecOperation]
) -> None:
    written = parse_payload(fixture, all_operations).to_dict()

    differences = json_differences(fixture.payload, written)

    assert not differences, "\n".join(differences)


@each(FIXTURES)
def test_filled_fields_point_into_the_payload(fixture: GoldenFixture) -> None:
    dangling = [pointer for pointer in fixture.metadata.filled_fields if not pointer_exists(fixture.payload, pointer)]

    assert not dangling, f"filled_fields that name nothing in the payload: {dangling}"


@each([f for f in FIXTURES if f.metadata.documented_fields])
def test_documented_fields_are_exactly_what_the_pin_lacks_and_the_overlay_adds(
    fixture: GoldenFixture, validators: ContractValidators
) -> None:
    pointer = validators.supplemented.payload_schema_pointer(fixture)

    assert all(pointer_exists(fixture.payload, field) for field in fixture.metadata.documented_fields)
    assert validators.pinned.field_report(pointer, fixture.payload).undeclared == set(
        fixture.metadata.documented_fields
    )
    assert validators.supplemented.field_report(pointer, fixture.payload).undeclared == set()


def test_documented_field_fixtures_exist() -> None:
    assert any(f.metadata.documented_fields for f in FIXTURES), "the overlay's documented fields need a fixture"


@each(FIXTURES)
def test_filled_fields_are_fields_the_spec_requires(fixture: GoldenFixture, validators: ContractValidators) -> None:
    validator = validators.for_fixture(fixture)
    required = validator.field_report(validator.payload_schema_pointer(fixture), fixture.payload).required

    not_required = sorted(set(fixture.metadata.filled_fields) - required)

    assert not not_required, f"filled_fields the spec does not (or no longer) require: {not_required}"


@each(FIXTURES)
def test_source_names_a_reference_document_and_one_of_its_sections(fixture: GoldenFixture, reference_dir: Path) -> None:
    document = reference_dir / fixture.metadata.source.document

    assert document.is_file(), f"{document} does not exist"
    assert has_section(document.read_text(encoding="utf-8"), fixture.metadata.source.section), (
        f"no section {fixture.metadata.source.section!r} in {document.name}"
    )


@each([fixture for fixture in EVENT_FIXTURES if not fixture.is_operation])
def test_event_fixture_without_a_spec_variant_records_the_gap(
    fixture: GoldenFixture, pinned_spec: dict[str, Any]
) -> None:
    mentions_gap = any("Event oneOf" in note for note in fixture.metadata.notes)

    assert mentions_gap == lacks_event_variant(fixture, pinned_spec)
