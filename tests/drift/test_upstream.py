"""Real upstream history (the copies in EXA_WEBSETS_SPEC_MIRROR): what changed, verified by reading the specs.

202a266 → f8bc195 is the only semantic step; f8bc195 → d72ef74 respells nullability from OAS 3.0 to 3.1 and
d72ef74 → 5ef6c01 respells ``type: [T, "null"]`` beside ``$ref``/``enum`` as ``oneOf: [..., {type: null}]``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from openapi.drift import DriftReport
from openapi.normalize._schemas import iter_schemas, replace_contents

from .specs import isolated_compare

Spec = dict[str, Any]
PREVIEW = "POST /v0/websets/preview (websets-preview)"
ENRICHMENT_UPDATE = "PATCH /v0/websets/{webset}/enrichments/{id} (websets-enrichments-update)"

# Read off `diff exa-websets-spec@202a266.yaml exa-websets-spec@f8bc195.yaml`, ignoring descriptions and examples.
CHANGES_202A266_TO_F8BC195 = {
    # the preview request moved query/entity under a new required `search` object
    ("breaking", "new-required-request-property", "schema PreviewWebsetParameters", "search"),
    ("breaking", "request-property-removed", "schema PreviewWebsetParameters", "query"),
    ("breaking", "request-property-removed", "schema PreviewWebsetParameters", "entity"),
    # Webset.streams (required) was dropped; Webset.excludes (optional) arrived
    ("breaking", "response-required-property-removed", "schema Webset", "streams"),
    ("info", "response-property-added", "schema Webset", "excludes"),
    # the preview response gained a required `items` list of the new WebsetItemPreview
    ("warning", "response-required-property-added", "schema PreviewWebsetResponse", "items"),
    ("info", "schema-added", "schema WebsetItemPreview", ""),
    # PATCH enrichment got its proper operationId
    ("warning", "operation-id-changed", ENRICHMENT_UPDATE, ""),
    # the preview operation documents a `search` flag (declared `in: path`, upstream's spelling) and a 422
    ("info", "new-optional-parameter", PREVIEW, "parameter path.search"),
    ("info", "error-status-added", PREVIEW, "responses"),
    # CreateWebsetParameters.exclude (optional) arrived
    ("info", "new-optional-request-property", "schema CreateWebsetParameters", "exclude"),
}


def found(report: DriftReport) -> set[tuple[str, str, str, str]]:
    return {(c.severity.value, c.kind, c.location, c.path) for c in report.changes}


def test_202a266_to_5ef6c01_finds_the_documented_breaking_changes(upstream: Callable[[str], Spec]) -> None:
    report = isolated_compare(upstream("202a266"), upstream("5ef6c01"))

    assert report.has_breaking
    assert {
        ("breaking", "new-required-request-property", "schema PreviewWebsetParameters", "search"),
        ("breaking", "request-property-removed", "schema PreviewWebsetParameters", "query"),
        ("breaking", "request-property-removed", "schema PreviewWebsetParameters", "entity"),
        ("breaking", "response-required-property-removed", "schema Webset", "streams"),
        ("warning", "response-required-property-added", "schema PreviewWebsetResponse", "items"),
    } <= found(report)


def test_202a266_to_5ef6c01_reports_exactly_the_semantic_changes(upstream: Callable[[str], Spec]) -> None:
    """Nothing from the ~500 lines of respelled nullability and rewritten descriptions leaks into the report."""
    assert found(isolated_compare(upstream("202a266"), upstream("5ef6c01"))) == CHANGES_202A266_TO_F8BC195


def test_202a266_to_f8bc195_is_where_those_changes_happened(upstream: Callable[[str], Spec]) -> None:
    assert found(isolated_compare(upstream("202a266"), upstream("f8bc195"))) == CHANGES_202A266_TO_F8BC195


@pytest.mark.parametrize(("before", "after"), [("f8bc195", "d72ef74"), ("d72ef74", "5ef6c01")])
def test_upstream_respelling_of_nullability_is_no_change(
    upstream: Callable[[str], Spec], before: str, after: str
) -> None:
    assert upstream(before) != upstream(after), "the raw documents do differ"
    assert nullable_spellings(upstream(before)) != nullable_spellings(upstream(after))

    report = isolated_compare(upstream(before), upstream(after))

    assert report.changes == ()


def test_going_back_from_5ef6c01_to_202a266_mirrors_the_changes(upstream: Callable[[str], Spec]) -> None:
    report = found(isolated_compare(upstream("5ef6c01"), upstream("202a266")))

    assert {
        ("breaking", "parameter-removed", PREVIEW, "parameter path.search"),
        ("breaking", "request-property-removed", "schema PreviewWebsetParameters", "search"),
        ("info", "new-optional-request-property", "schema PreviewWebsetParameters", "entity"),
        ("breaking", "new-required-request-property", "schema PreviewWebsetParameters", "query"),
        ("breaking", "response-required-property-removed", "schema PreviewWebsetResponse", "items"),
        ("breaking", "schema-removed", "schema WebsetItemPreview", ""),
        ("warning", "response-required-property-added", "schema Webset", "streams"),
        ("warning", "response-optional-property-removed", "schema Webset", "excludes"),
    } <= report


@pytest.mark.parametrize("commit", ["202a266", "f8bc195", "d72ef74", "5ef6c01"])
def test_a_spec_compared_with_itself_has_no_changes(upstream: Callable[[str], Spec], commit: str) -> None:
    assert isolated_compare(upstream(commit), copy.deepcopy(upstream(commit))).changes == ()


def test_cosmetic_edits_of_the_pinned_spec_report_nothing(upstream: Callable[[str], Spec]) -> None:
    pinned = upstream("5ef6c01")
    cosmetic = reorder_keys(respell_as_oas30(reword(copy.deepcopy(pinned))))
    assert cosmetic != pinned

    assert isolated_compare(pinned, cosmetic).changes == ()


def nullable_spellings(spec: Spec) -> tuple[int, int, int]:
    """How often each spelling occurs: ``nullable: true``, "null" in a type list, a ``{type: null}`` branch."""
    schemas = [schema for _, schema in iter_schemas(spec)]
    keyword = sum(1 for schema in schemas if schema.get("nullable") is True)
    type_list = sum(1 for schema in schemas if isinstance(schema.get("type"), list) and "null" in schema["type"])
    branch = sum(1 for schema in schemas if {"type": "null"} in (schema.get("oneOf") or []))
    return keyword, type_list, branch


def reword(spec: Spec) -> Spec:
    """Rewrite every description, add examples and titles, and annotate operations."""
    for _, schema in iter_schemas(spec):
        schema["description"] = "reworded: " + str(schema.get("description", ""))
        schema.setdefault("examples", ["an example"])
    for item in spec["paths"].values():
        for operation in item.values():
            operation["summary"] = "reworded"
            operation["x-codeSamples"] = [{"lang": "python", "source": "pass"}]
    return spec


def respell_as_oas30(spec: Spec) -> Spec:
    """The same nullability spelled the OAS 3.0 way: ``nullable: true`` instead of null types and null branches."""
    for _, schema in iter_schemas(spec):
        types = schema.get("type")
        if isinstance(types, list) and "null" in types and len(types) > 1:
            rest = [t for t in types if t != "null"]
            schema["type"] = rest[0] if len(rest) == 1 else rest
            schema["nullable"] = True
        branches = schema.get("oneOf")
        if isinstance(branches, list) and {"type": "null"} in branches and len(branches) == 2:
            (branch,) = [b for b in branches if b != {"type": "null"}]
            outer = {k: v for k, v in schema.items() if k != "oneOf"}
            replace_contents(schema, {**branch, **outer, "nullable": True})
    return spec


def reorder_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: reorder_keys(node[key]) for key in reversed(list(node))}
    if isinstance(node, list):
        return [reorder_keys(item) for item in node]
    return node
