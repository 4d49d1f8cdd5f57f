"""Changes with no effect on the wire are not called breaking, on spec pairs derived from real upstream copies.

Each kind below was raised as a false alarm on real upstream history (exa-labs/openapi-spec f6fe60b → fc50a5c renamed
the entity schemas and ``{monitor}`` → ``{id}``; fc50a5c → 9d9f9cf dropped the ``Entity`` discriminator). Here the
same edit is applied to the pinned copy, and next to each a real break of the same shape must still be found.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from openapi.drift import DriftReport

from .specs import isolated_compare

Spec = dict[str, Any]
PIN = "5ef6c01"
ENTITIES = ("Entity", "CompanyEntity", "PersonEntity", "ArticleEntity", "ResearchPaperEntity", "CustomEntity")
MONITOR_OPERATIONS = ("monitors-delete", "monitors-get", "monitors-update")


def found(report: DriftReport) -> set[tuple[str, str, str, str]]:
    return {(c.severity.value, c.kind, c.location, c.path) for c in report.changes}


def breaking(report: DriftReport) -> set[tuple[str, str, str]]:
    return {(kind, location, path) for severity, kind, location, path in found(report) if severity == "breaking"}


def rename_schemas(spec: Spec, renames: dict[str, str]) -> Spec:
    """A copy with components renamed (every $ref follows) and their titles and descriptions reworded."""
    refs = {f"#/components/schemas/{old}": f"#/components/schemas/{new}" for old, new in renames.items()}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: refs.get(value, value) if key == "$ref" else rewrite(value) for key, value in node.items()}
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    result: Spec = rewrite(copy.deepcopy(spec))
    schemas = result["components"]["schemas"]
    for old, new in renames.items():
        schema = schemas.pop(old)
        schema["title"] = new
        schema["description"] = f"The {new} (was {old})."
        schemas[new] = schema
    return result


def rename_path_parameter(spec: Spec, path: str, old: str, new: str) -> Spec:
    """A copy where ``{old}`` in ``path`` (and its declared parameter) is called ``new``: the same URL on the wire."""
    result = copy.deepcopy(spec)
    item = result["paths"].pop(path)
    for operation in item.values():
        for parameter in operation.get("parameters") or []:
            if parameter.get("in") == "path" and parameter.get("name") == old:
                parameter["name"] = new
    result["paths"][path.replace("{" + old + "}", "{" + new + "}")] = item
    return result


def add_discriminator(spec: Spec, name: str, property_name: str) -> Spec:
    result = copy.deepcopy(spec)
    result["components"]["schemas"][name]["discriminator"] = {"propertyName": property_name}
    return result


def drop_discriminator(spec: Spec, name: str) -> Spec:
    result = copy.deepcopy(spec)
    del result["components"]["schemas"][name]["discriminator"]
    return result


@pytest.fixture(scope="module")
def pinned(upstream: Callable[[str], Spec]) -> Spec:
    return upstream(PIN)


# --- renamed, structurally identical schemas ------------------------------------------------------------------------


def test_renaming_the_entity_schemas_is_six_renames_and_nothing_else(pinned: Spec) -> None:
    renamed = rename_schemas(pinned, {name: f"Webset{name}" for name in ENTITIES})

    report = isolated_compare(pinned, renamed)

    assert found(report) == {("info", "schema-renamed", f"schema {name}", "") for name in ENTITIES}
    assert not report.has_breaking


def test_renaming_back_is_the_same_in_reverse(pinned: Spec) -> None:
    renamed = rename_schemas(pinned, {name: f"Webset{name}" for name in ENTITIES})

    report = isolated_compare(renamed, pinned)

    assert found(report) == {("info", "schema-renamed", f"schema Webset{name}", "") for name in ENTITIES}


def test_a_rename_touches_the_operations_that_used_the_schema(pinned: Spec) -> None:
    report = isolated_compare(pinned, rename_schemas(pinned, {"CompanyEntity": "WebsetCompanyEntity"}))

    (change,) = report.changes
    assert change.detail == "renamed to WebsetCompanyEntity (same structure; references followed)"
    assert {"websets-create", "websets-get", "imports-create"} <= set(change.touches.operations)


def test_a_renamed_variant_that_also_changed_is_still_a_break(pinned: Spec) -> None:
    """Renamed *and* given a new required property: the requests built from the base spec lack it."""
    renamed = rename_schemas(pinned, {"CompanyEntity": "WebsetCompanyEntity"})
    company = renamed["components"]["schemas"]["WebsetCompanyEntity"]
    company["properties"]["region"] = {"type": "string"}
    company["required"] = [*company["required"], "region"]

    report = isolated_compare(pinned, renamed)

    assert not any(change.kind == "schema-renamed" for change in report.changes)
    assert {
        ("new-required-request-property", "schema Entity", "[oneOf WebsetCompanyEntity].region"),
        ("schema-removed", "schema CompanyEntity", ""),  # not a rename: its generated model goes
    } <= breaking(report)


# --- a path parameter renamed at the same position ------------------------------------------------------------------


def test_a_renamed_path_parameter_is_a_warning_naming_the_keyword_argument(pinned: Spec) -> None:
    renamed = rename_path_parameter(pinned, "/v0/monitors/{id}", "id", "monitor")

    report = isolated_compare(pinned, renamed)

    assert not report.has_breaking
    assert found(report) == {
        (
            "warning",
            "path-parameter-renamed",
            f"{method} /v0/monitors/{{monitor}} ({operation})",
            "parameter path.monitor",
        )
        for method, operation in (("DELETE", "monitors-delete"), ("GET", "monitors-get"), ("PATCH", "monitors-update"))
    }
    assert {change.detail for change in report.changes} == {
        "{id} → {monitor} at the same position (same URL on the wire); "
        "the generated keyword argument id= becomes monitor="
    }
    assert sorted(op for change in report.changes for op in change.touches.operations) == list(MONITOR_OPERATIONS)


def test_the_keyword_argument_named_is_the_generators_spelling(pinned: Spec) -> None:
    renamed = rename_path_parameter(pinned, "/v0/websets/{webset}/items", "webset", "websetId")

    (change,) = isolated_compare(pinned, renamed).changes

    assert change.kind == "path-parameter-renamed"
    assert change.detail.endswith("the generated keyword argument webset= becomes webset_id=")


def test_a_renamed_path_parameter_whose_type_changed_is_still_a_break(pinned: Spec) -> None:
    renamed = rename_path_parameter(pinned, "/v0/monitors/{id}", "id", "monitor")
    for operation in renamed["paths"]["/v0/monitors/{monitor}"].values():
        operation["parameters"][0]["schema"] = {"type": "integer"}

    report = isolated_compare(pinned, renamed)

    assert ("request-type-changed", "GET /v0/monitors/{monitor} (monitors-get)", "parameter path.monitor") in breaking(
        report
    )


def test_path_parameters_swapped_are_a_break(pinned: Spec) -> None:
    """Same names, other positions: a client built from the base puts the webset id where the item id now goes."""
    swapped = copy.deepcopy(pinned)
    swapped["paths"]["/v0/websets/{id}/items/{webset}"] = swapped["paths"].pop("/v0/websets/{webset}/items/{id}")

    report = isolated_compare(pinned, swapped)

    assert breaking(report) == {
        ("path-parameter-moved", f"{method} /v0/websets/{{id}}/items/{{webset}} ({operation})", "path template")
        for method, operation in (("GET", "websets-items-get"), ("DELETE", "websets-items-delete"))
    }
    assert {c.detail for c in report.changes} == {"parameters reordered: {webset}/{id} → {id}/{webset}"}


def test_a_query_parameter_renamed_is_still_a_removal(pinned: Spec) -> None:
    """Query names are on the wire: ``?limit=`` renamed is a parameter the old client sends in vain."""
    renamed = copy.deepcopy(pinned)
    for parameter in renamed["paths"]["/v0/monitors"]["get"]["parameters"]:
        if parameter["name"] == "limit":
            parameter["name"] = "pageSize"

    assert ("parameter-removed", "GET /v0/monitors (monitors-list)", "parameter query.limit") in breaking(
        isolated_compare(pinned, renamed)
    )


# --- a discriminator dropped with no wire change --------------------------------------------------------------------


def test_dropping_the_event_discriminator_is_a_warning(pinned: Spec) -> None:
    report = isolated_compare(pinned, drop_discriminator(pinned, "Event"))

    assert found(report) == {("warning", "discriminator-dropped", "schema Event", "")}


def test_declaring_it_again_is_info(pinned: Spec) -> None:
    report = isolated_compare(drop_discriminator(pinned, "Event"), pinned)

    assert found(report) == {("info", "discriminator-added", "schema Event", "")}


def test_the_entity_discriminator_dropped_as_upstream_did_is_a_warning(pinned: Spec) -> None:
    """fc50a5c declared ``discriminator: type`` on Entity (all $ref variants) and 9d9f9cf dropped it."""
    declared = add_discriminator(pinned, "Entity", "type")

    assert found(isolated_compare(declared, pinned)) == {("warning", "discriminator-dropped", "schema Entity", "")}
    assert found(isolated_compare(pinned, declared)) == {("info", "discriminator-added", "schema Entity", "")}


def test_dropping_a_discriminator_the_variants_no_longer_back_is_still_a_break(pinned: Spec) -> None:
    """If two variants now share a tag, the discriminator was what told them apart: the drop is breaking."""
    other = drop_discriminator(pinned, "Event")
    paused = next(v for v in other["components"]["schemas"]["Event"]["oneOf"] if v["title"] == "WebsetPausedEvent")
    paused["properties"]["type"]["const"] = "webset.idle"

    assert ("discriminator-changed", "schema Event", "") in breaking(isolated_compare(pinned, other))


def test_a_discriminator_on_another_property_is_still_a_break(pinned: Spec) -> None:
    other = copy.deepcopy(pinned)
    other["components"]["schemas"]["Event"]["discriminator"] = {"propertyName": "object"}

    assert ("discriminator-changed", "schema Event", "") in breaking(isolated_compare(pinned, other))


def test_the_upstream_rename_and_drop_together(pinned: Spec) -> None:
    """What upstream did over two commits (renamed the entities, dropped the union's discriminator), at once."""
    base = add_discriminator(pinned, "Entity", "type")
    other = rename_schemas(pinned, {name: f"Webset{name}" for name in ENTITIES})

    report = isolated_compare(base, other)

    assert found(report) == {
        *(("info", "schema-renamed", f"schema {name}", "") for name in ENTITIES),
        ("warning", "discriminator-dropped", "schema WebsetEntity", ""),
    }


# --- attribution: request-side changes to senders, response-side to receivers ----------------------------------------


def test_an_enum_narrowing_is_attributed_by_side(pinned: Spec) -> None:
    """EventType is sent by webhooks-create/update and received by every webhooks operation."""
    other = copy.deepcopy(pinned)
    other["components"]["schemas"]["EventType"]["enum"].remove("webset.paused")

    report = isolated_compare(pinned, other)

    touched = {(c.kind, c.location): c.touches.operations for c in report.changes}
    assert touched[("request-enum-value-removed", "schema EventType")] == ("webhooks-create", "webhooks-update")
    assert touched[("response-enum-value-removed", "schema EventType")] == (
        "webhooks-create",
        "webhooks-delete",
        "webhooks-get",
        "webhooks-list",
        "webhooks-update",
    )


def test_a_request_only_schema_change_touches_no_receiving_operation(pinned: Spec) -> None:
    other = copy.deepcopy(pinned)
    del other["components"]["schemas"]["CreateWebsetSearchParameters"]["properties"]["exclude"]

    (change,) = isolated_compare(pinned, other).changes

    assert (change.kind, change.touches.operations) == ("request-property-removed", ("websets-searches-create",))
