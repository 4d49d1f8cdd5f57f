"""The comparison engine beyond single rules: roles, $ref handling, unions, ordering, purity."""

from __future__ import annotations

import copy
import json
from typing import Any

from openapi.drift import Severity, render_json

from .specs import CREATE_PATH, THING_PATH, api, isolated_compare, json_content, obj, ref, response_spec

STRING = {"type": "string"}


def found(report: Any) -> set[tuple[str, str, str, str]]:
    return {(c.severity.value, c.kind, c.location, c.path) for c in report.changes}


def shared_spec(shared: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    """``Shared`` is both sent (POST body) and received (GET response)."""
    post = {
        "operationId": "things-create",
        "requestBody": {"required": True, "content": json_content(ref("Shared"))},
        "responses": {"201": {"description": "created"}},
    }
    get = {
        "operationId": "things-get",
        "responses": {"200": {"description": "ok", "content": json_content(ref("Shared"))}},
    }
    return api({CREATE_PATH: {"post": post}, THING_PATH: {"get": get}}, {"Shared": shared, **schemas})


def test_a_schema_used_in_requests_and_responses_is_judged_in_both_roles() -> None:
    report = isolated_compare(shared_spec(obj(a=STRING, b=STRING)), shared_spec(obj(a=STRING)))

    assert found(report) == {
        ("breaking", "request-property-removed", "schema Shared", "b"),
        ("warning", "response-optional-property-removed", "schema Shared", "b"),
    }


def test_roles_come_from_walking_refs_from_operations() -> None:
    """Leaf is only reached through Body (request) → Inner → Leaf, so only request rules apply to it."""
    base = api(
        {CREATE_PATH: {"post": {"requestBody": {"content": json_content(ref("Body"))}, "responses": {}}}},
        {"Body": obj(inner=ref("Inner")), "Inner": obj(leaf=ref("Leaf")), "Leaf": {"type": "string", "enum": ["a"]}},
    )
    other = copy.deepcopy(base)
    other["components"]["schemas"]["Leaf"]["enum"] = ["a", "b"]

    assert found(isolated_compare(base, other)) == {("info", "request-enum-value-added", "schema Leaf", "")}


def test_same_ref_is_reported_once_at_the_component_not_at_each_use() -> None:
    base = response_spec(obj(x=ref("Part"), y=ref("Part")), Part=obj(a=STRING))
    other = response_spec(obj(x=ref("Part"), y=ref("Part")), Part=obj(a={"type": "integer"}))

    assert found(isolated_compare(base, other)) == {("breaking", "response-type-changed", "schema Part", "a")}


def test_a_ref_to_a_renamed_but_equal_schema_is_one_rename_and_no_change_at_the_use() -> None:
    base = response_spec(obj(x=ref("Old")), Old=obj(a=STRING))
    other = response_spec(obj(x=ref("New")), New=obj(a={**STRING, "title": "A", "description": "reworded"}))

    assert found(isolated_compare(base, other)) == {("info", "schema-renamed", "schema Old", "")}


def test_a_renamed_schema_whose_structure_changed_is_a_removal_and_an_addition() -> None:
    base = response_spec(obj(x=ref("Old")), Old=obj(a=STRING))
    other = response_spec(obj(x=ref("New")), New=obj(a=STRING, b=STRING))

    assert found(isolated_compare(base, other)) == {
        ("breaking", "schema-removed", "schema Old", ""),
        ("info", "schema-added", "schema New", ""),
        ("info", "response-property-added", "schema Thing", "x.b"),
    }


def test_two_identical_schemas_folded_into_a_new_one_are_two_merges_and_nothing_else() -> None:
    """Not guessed to be one rename (either could be); not removals either: the wire is the same."""
    base = response_spec(obj(x=ref("OldA"), y=ref("OldB")), OldA=obj(a=STRING), OldB=obj(a=STRING))
    other = response_spec(obj(x=ref("New"), y=ref("New")), New=obj(a=STRING))

    report = isolated_compare(base, other)
    assert found(report) == {("info", "schema-merged", "schema OldA", ""), ("info", "schema-merged", "schema OldB", "")}
    assert {c.detail for c in report.changes} == {"merged into New (new; same structure)"}


def test_a_schema_merged_into_one_the_spec_kept_leaves_the_kept_one_compared_on_its_own() -> None:
    base = response_spec(obj(x=ref("Old"), y=ref("Kept")), Old=obj(a=STRING), Kept=obj(a=STRING))
    other = response_spec(obj(x=ref("Kept"), y=ref("Kept")), Kept=obj(a=STRING, b=STRING))

    # Kept changed, so Old no longer matches it: a removal, and the change at each use and at Kept.
    assert ("breaking", "schema-removed", "schema Old", "") in found(isolated_compare(base, other))
    unchanged = response_spec(obj(x=ref("Kept"), y=ref("Kept")), Kept=obj(a=STRING))
    report = isolated_compare(base, unchanged)
    assert found(report) == {("info", "schema-merged", "schema Old", "")}
    assert [c.detail for c in report.changes] == ["merged into Kept (kept; same structure)"]


def test_a_ref_retargeted_to_a_different_schema_is_compared_by_content_at_the_use() -> None:
    base = response_spec(obj(x=ref("Old")), Old=obj(a=STRING))
    other = response_spec(obj(x=ref("New")), Old=obj(a=STRING), New=obj(a=STRING, b=STRING))

    assert ("info", "response-property-added", "schema Thing", "x.b") in found(isolated_compare(base, other))


def test_inlining_a_referenced_schema_changes_nothing_at_the_use() -> None:
    base = response_spec(obj(x=ref("Part")), Part=obj(a=STRING))
    other = response_spec(obj(x=obj(a=STRING)), Part=obj(a=STRING))

    assert found(isolated_compare(base, other)) == set()


def test_recursive_schemas_terminate() -> None:
    base = response_spec(obj(node=ref("Node")), Node=obj(child=ref("Node"), name=STRING))
    other = response_spec(obj(node=ref("Tree")), Tree=obj(child=ref("Tree"), name={"type": "integer"}))

    kinds = {(c.kind, c.path) for c in isolated_compare(base, other).changes if c.location == "schema Thing"}
    assert ("response-type-changed", "node.name") in kinds


def test_inline_variants_are_matched_by_discriminator_value_not_position() -> None:
    def event(tag: str, **properties: Any) -> dict[str, Any]:
        return obj(("type",), type={"type": "string", "const": tag}, **properties)

    base = response_spec(
        {"oneOf": [event("a.created", id=STRING), event("b.created")], "discriminator": {"propertyName": "type"}}
    )
    other = response_spec(
        {
            "oneOf": [event("c.created"), event("b.created"), event("a.created", id=STRING, extra=STRING)],
            "discriminator": {"propertyName": "type"},
        }
    )

    assert found(isolated_compare(base, other)) == {
        ("warning", "response-union-variant-added", "schema Thing", ""),
        ("info", "response-property-added", "schema Thing", "[oneOf type=a.created].extra"),
    }


def test_inline_operation_schemas_are_reported_against_the_operation() -> None:
    def spec(item: dict[str, Any]) -> dict[str, Any]:
        content = json_content({"type": "array", "items": item})
        return api({THING_PATH: {"get": {"operationId": "things-get", "responses": {"200": {"content": content}}}}})

    report = isolated_compare(spec(obj(("a",), a=STRING)), spec(obj(a=STRING)))

    assert found(report) == {
        ("breaking", "response-property-became-optional", f"GET {THING_PATH} (things-get)", "response 200[].a")
    }


def test_changed_success_status_still_compares_the_response_body() -> None:
    def spec(status: str, thing: dict[str, Any]) -> dict[str, Any]:
        operation = {"operationId": "things-get", "responses": {status: {"content": json_content(thing)}}}
        return api({THING_PATH: {"get": operation}})

    report = isolated_compare(spec("200", obj(a=STRING)), spec("201", obj(b=STRING)))

    assert (
        "warning",
        "response-optional-property-removed",
        f"GET {THING_PATH} (things-get)",
        "response 201.a",
    ) in found(report)


def test_report_is_sorted_by_severity_then_location_and_independent_of_key_order() -> None:
    base = shared_spec(obj(a=STRING, b=STRING, e={"type": "string", "enum": ["x"]}))
    other = shared_spec(obj(a={"type": "integer"}, c=STRING, e={"type": "string", "enum": ["x", "y"]}))
    reordered = json.loads(json.dumps(other, sort_keys=True))
    reordered["components"]["schemas"] = dict(reversed(list(reordered["components"]["schemas"].items())))

    first, second = isolated_compare(base, other), isolated_compare(base, reordered)

    assert render_json(first) == render_json(second)
    ranks = [c.severity.rank for c in first.changes]
    assert ranks == sorted(ranks)
    assert first.changes[0].severity is Severity.BREAKING
    assert [c.sort_key for c in first.changes] == sorted(c.sort_key for c in first.changes)


def test_inputs_are_not_modified() -> None:
    base = shared_spec({"type": ["object"], "properties": {"a": {"oneOf": [STRING, {"type": "null"}]}}})
    other = shared_spec({"type": "object", "properties": {"a": {"type": "string", "nullable": True}}})
    base_copy, other_copy = copy.deepcopy(base), copy.deepcopy(other)

    isolated_compare(base, other)

    assert (base, other) == (base_copy, other_copy)


def test_alias_components_are_followed_to_their_target() -> None:
    base = response_spec(obj(x=ref("Alias")), Alias=ref("Part"), Part=obj(a=STRING))
    other = response_spec(obj(x=obj(a=STRING, b=STRING)), Alias=ref("Part"), Part=obj(a=STRING))

    assert found(isolated_compare(base, other)) == {("info", "response-property-added", "schema Thing", "x.b")}
