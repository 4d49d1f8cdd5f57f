"""The contract helpers themselves: they must be able to fail, or the fixture tests prove nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.contract.golden import (
    ContractValidators,
    GoldenFixtureError,
    ItemStage,
    format_checker,
    has_section,
    item_stage,
    json_differences,
    leaf_errors,
    load_fixture,
    load_fixtures,
    parse_rfc3339,
    pointer_exists,
    resolve_pointer,
)

WEBSET_FIXTURE = "websets/webset-idle"


def golden(name: str) -> Any:
    return next(fixture for fixture in load_fixtures() if fixture.name == name)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2026-03-02T09:00:00Z", True),
        ("2026-03-02T09:00:00.381Z", True),
        ("2026-03-02T09:00:00.381000+00:00", True),
        ("2026-03-02t09:00:00-05:30", True),
        ("2026-03-02 09:00:00Z", False),
        ("2026-03-02T09:00:00", False),  # no offset
        ("2026-03-02", False),
        ("2026-02-30T09:00:00Z", False),
        ("2026-03-02T25:00:00Z", False),
        ("yesterday", False),
    ],
)
def test_date_time_format_is_really_checked(value: str, valid: bool) -> None:
    assert format_checker().conforms(value, "date-time") is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("https://example.com/a?b=c#d", True),
        ("https://example.com/caf%C3%A9", True),
        ("mailto:someone@example.com", True),
        ("example.com/no-scheme", False),
        ("https://example.com/with space", False),
        ("https://example.com/%zz", False),
        ("not a uri", False),
    ],
)
def test_uri_format_is_really_checked(value: str, valid: bool) -> None:
    assert format_checker().conforms(value, "uri") is valid


@pytest.mark.parametrize(
    ("pointer", "bad_value", "complaint"),
    [
        ("/createdAt", "2026-03-02 09:00", "is not a 'date-time'"),
        ("/searches/0/status", "done", "is not one of"),
        ("/title", 42, "is not of type"),
    ],
)
def test_the_spec_validator_rejects_a_broken_fixture(
    validators: ContractValidators, pointer: str, bad_value: Any, complaint: str
) -> None:
    fixture = golden(WEBSET_FIXTURE)
    broken = copy.deepcopy(fixture.payload)
    *parent, last = pointer.split("/")
    resolve_pointer(broken, "/".join(parent))[last] = bad_value

    errors = validators.for_fixture(fixture).errors_for(fixture, broken)

    assert [complaint in error.message for error in errors] == [True]


def test_the_spec_validator_checks_uris_in_nested_objects(validators: ContractValidators) -> None:
    fixture = golden("items/company-enriched")
    broken = copy.deepcopy(fixture.payload)
    broken["enrichments"][0]["references"][0]["url"] = "leadership page"

    errors = validators.for_fixture(fixture).errors_for(fixture, broken)

    assert [list(error.absolute_path) for error in errors] == [["enrichments"]]  # enrichments is oneOf [array, null]
    leaves = [(list(leaf.absolute_path), leaf.message) for leaf in leaf_errors(errors)]
    assert (["enrichments", 0, "references", 0, "url"], "'leadership page' is not a 'uri'") in leaves


def test_field_report_finds_undeclared_fields_at_any_depth(validators: ContractValidators) -> None:
    fixture = golden(WEBSET_FIXTURE)
    payload = copy.deepcopy(fixture.payload)
    payload["searches"][0]["maxPeoplePerCompany"] = None
    payload["metadata"]["anyKey"] = "metadata is a map: any key is declared"

    report = validators.pinned.field_report(validators.pinned.payload_schema_pointer(fixture), payload)

    assert report.undeclared == {"/searches/0/maxPeoplePerCompany"}
    assert {"/title", "/searches/0/websetId", "/searches/0/progress/timeLeft"} <= report.required
    assert "/metadata" not in report.required  # optional on Webset


def test_json_differences_compares_datetimes_as_instants_and_everything_else_exactly() -> None:
    assert json_differences({"at": "2026-03-02T09:00:00.381Z"}, {"at": "2026-03-02T09:00:00.381000+00:00"}) == []
    assert json_differences({"at": "2026-03-02T09:00:00Z"}, {"at": "2026-03-02T10:00:00+01:00"}) == []
    assert json_differences({"at": "2026-03-02T09:00:00Z"}, {"at": "2026-03-02T09:00:01Z"}) != []
    assert json_differences({"day": "2026-03-02"}, {"day": "2026-03-02T00:00:00+00:00"}) != []
    assert json_differences({"n": 1}, {"n": True}) == ["/n: 1 became True"]
    assert json_differences({"n": 1}, {"n": 1.0}) == []
    assert json_differences({"a": None}, {}) == ["/a: missing"]
    assert json_differences({}, {"a": None}) == ["/a: unexpected"]
    assert json_differences([1, 2], [1]) == ["/: 2 elements became 1"]
    assert json_differences({"a/b": {"c": "x"}}, {"a/b": {"c": "y"}}) == ["/a~1b/c: 'x' became 'y'"]


def test_parse_rfc3339_is_timezone_aware_and_keeps_microseconds() -> None:
    parsed = parse_rfc3339("2026-03-02T09:00:00.1234567+05:30")
    assert parsed is not None
    assert parsed.utcoffset() is not None
    assert parsed.microsecond == 123456


def test_pointers_follow_rfc_6901() -> None:
    document = {"a/b": [{"m~n": 1}], "": 2}

    assert resolve_pointer(document, "/a~1b/0/m~0n") == 1
    assert resolve_pointer(document, "/") == 2
    assert resolve_pointer(document, "") == document
    assert not pointer_exists(document, "/a~1b/1")
    assert not pointer_exists(document, "/missing")


def test_item_stage_reads_the_enrichment_results() -> None:
    pending = {"status": "pending", "result": None}
    done = {"status": "completed", "result": ["x"]}

    assert item_stage({"enrichments": None}) is ItemStage.JUST_FOUND
    assert item_stage({"enrichments": [done, pending]}) is ItemStage.ENRICHMENT_PENDING
    assert item_stage({"enrichments": [done, done]}) is ItemStage.ENRICHED
    assert item_stage({"enrichments": []}) is None
    assert item_stage({"enrichments": [{"status": "canceled", "result": None}]}) is None


def test_has_section_follows_nested_headings_and_ignores_code_blocks() -> None:
    text = "# Top\n## Object Schemas\n### Webset\n```bash\n# Webset\n```\n## Events\n### Item\n"

    assert has_section(text, "Object Schemas > Webset")
    assert has_section(text, "Top > Events > Item")
    assert not has_section(text, "Object Schemas > Item")  # Item is under Events
    assert not has_section(text, "Webset > Item")


def test_load_fixture_rejects_a_file_without_the_layout(tmp_path: Path) -> None:
    fixture = golden(WEBSET_FIXTURE)
    document = {"_metadata": {"schema": "Webset"}, "instance": fixture.payload}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(GoldenFixtureError, match="'source' is a required property"):
        load_fixture(path, tmp_path)


def test_load_fixture_rejects_operation_metadata_on_an_instance(tmp_path: Path) -> None:
    fixture = golden(WEBSET_FIXTURE)
    metadata = json.loads(fixture.path.read_text(encoding="utf-8"))["_metadata"]
    path = tmp_path / "instance.json"
    path.write_text(json.dumps({"_metadata": {**metadata, "operation_id": "websets-get"}, "instance": {}}))

    with pytest.raises(GoldenFixtureError, match="not a golden fixture"):
        load_fixture(path, tmp_path)


def test_load_fixtures_names_fixtures_by_their_relative_path(tmp_path: Path) -> None:
    source = golden(WEBSET_FIXTURE).path
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "copy.json").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")

    (loaded,) = load_fixtures(tmp_path)

    assert loaded.name == "nested/copy"
    assert loaded.category == "nested"
    assert not loaded.is_operation
