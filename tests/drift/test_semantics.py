"""Canonical schemas: every spelling of one meaning becomes the same value; different meanings stay different."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openapi.drift import canonical_schema

REF = {"$ref": "#/components/schemas/Entity"}
NULL = {"type": "null"}

NULLABLE_STRING_SPELLINGS = [
    {"type": "string", "nullable": True},  # OAS 3.0
    {"type": ["string", "null"]},  # OAS 3.1
    {"type": ["null", "string"]},
    {"oneOf": [{"type": "string"}, NULL]},
    {"anyOf": [NULL, {"type": ["string"]}]},
]
NULLABLE_REF_SPELLINGS = [
    {**REF, "nullable": True, "description": "3.0 style"},
    {**REF, "type": ["object", "null"]},  # what upstream d72ef74 wrote
    {"oneOf": [REF, NULL], "title": "Entity"},  # what upstream 5ef6c01 wrote
    {"oneOf": [{**REF, "type": ["object"]}, NULL]},
]


@pytest.mark.parametrize("spelling", NULLABLE_STRING_SPELLINGS)
def test_nullable_string_spellings_are_one_meaning(spelling: dict[str, Any]) -> None:
    assert canonical_schema(spelling) == {"type": ["string"], "nullable": True}


@pytest.mark.parametrize("spelling", NULLABLE_REF_SPELLINGS)
def test_nullable_ref_spellings_are_one_meaning(spelling: dict[str, Any]) -> None:
    assert canonical_schema(spelling) == {**REF, "nullable": True}


def test_nullable_enum_spellings_are_one_meaning() -> None:
    spellings = [
        {"type": ["string", "null"], "enum": ["b", "a"]},
        {"oneOf": [{"type": "string", "enum": ["a", "b"]}, NULL]},
        {"type": "string", "enum": ["a", "b", None]},
        {"type": "string", "enum": ["a", "b"], "nullable": True},
    ]
    assert {repr(canonical_schema(s)) for s in spellings} == {
        repr({"type": ["string"], "enum": ["a", "b"], "nullable": True})
    }


def test_one_element_type_lists_and_type_beside_ref_are_spelling() -> None:
    assert canonical_schema({"type": ["object"], "properties": {}}) == canonical_schema(
        {"type": "object", "properties": {}}
    )
    assert canonical_schema({**REF, "type": ["object"], "title": "Person"}) == REF


def test_annotations_and_extensions_are_dropped_but_contract_keywords_kept() -> None:
    schema = {
        "type": "integer",
        "description": "d",
        "title": "t",
        "example": 1,
        "examples": [1],
        "x-internal": True,
        "default": 3,
        "deprecated": True,
        "maximum": 9,
    }
    assert canonical_schema(schema) == {"type": ["integer"], "default": 3, "deprecated": True, "maximum": 9}


def test_const_is_a_one_value_enum_and_required_is_a_set() -> None:
    assert canonical_schema({"type": "string", "const": "x"}) == {"type": ["string"], "enum": ["x"]}
    assert canonical_schema({"type": "object", "required": ["b", "a", "b"]})["required"] == ["a", "b"]


def test_single_allof_is_its_part() -> None:
    assert canonical_schema({"allOf": [REF], "default": "x"}) == {**REF, "default": "x"}


def test_different_meanings_stay_different() -> None:
    assert canonical_schema({"type": "string"}) != canonical_schema({"type": ["string", "null"]})
    assert canonical_schema({"oneOf": [REF, {"type": "string"}]}) != canonical_schema(REF)
    assert canonical_schema({"type": "string", "enum": ["a"]}) != canonical_schema({"type": "string"})


def test_nested_schemas_are_canonical_too() -> None:
    spelled_30 = {"type": "object", "properties": {"a": {"type": "array", "items": {**REF, "nullable": True}}}}
    spelled_31 = {"type": ["object"], "properties": {"a": {"type": ["array"], "items": {"oneOf": [REF, NULL]}}}}
    assert canonical_schema(spelled_30) == canonical_schema(spelled_31)


def test_input_is_not_modified() -> None:
    schema = {"oneOf": [{"type": ["string"]}, NULL], "description": "kept"}
    canonical_schema(schema)
    assert schema == {"oneOf": [{"type": ["string"]}, NULL], "description": "kept"}


PRIMITIVES = st.sampled_from(["string", "integer", "number", "boolean", "object", "array"])


@given(primitive=PRIMITIVES, enum=st.none() | st.lists(st.text(max_size=3), min_size=1, max_size=3, unique=True))
def test_every_null_spelling_of_any_simple_schema_agrees(primitive: str, enum: list[str] | None) -> None:
    base: dict[str, Any] = {"type": primitive}
    if enum is not None:
        base["enum"] = enum
    spellings = [
        {**base, "nullable": True},
        {**base, "type": [primitive, "null"]},
        {"oneOf": [base, NULL]},
        {"oneOf": [{**base, "type": [primitive]}, NULL], "description": "x"},
    ]
    canonical = [canonical_schema(s) for s in spellings]
    assert all(c == canonical[0] for c in canonical)
    assert canonical[0]["nullable"] is True
    assert canonical_schema(canonical[0]) == canonical[0], "canonical forms are fixed points"
