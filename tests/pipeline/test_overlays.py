"""Overlays add documented endpoints the spec lacks; they never replace what upstream defines."""

from __future__ import annotations

from pathlib import Path

import pytest

from openapi.overlays import OverlayConflict, apply_overlays, is_overlay

BASE = {"openapi": "3.1.0", "paths": {"/v0/a": {"get": {"operationId": "a"}}}, "components": {"schemas": {"A": {}}}}
OVERLAY = """
x-source: "websets-api-reference.md, section Teams"
paths:
  /v0/teams/me:
    get: {operationId: teams-me, responses: {"200": {description: ok}}}
components:
  schemas:
    Team: {type: object}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "teams.yaml"
    path.write_text(text)
    return path


def test_overlay_adds_paths_and_schemas_marked_with_their_source(tmp_path: Path) -> None:
    result = apply_overlays(BASE, [write(tmp_path, OVERLAY)])

    operation = result["paths"]["/v0/teams/me"]["get"]
    assert is_overlay(operation)
    assert is_overlay(result["components"]["schemas"]["Team"])
    assert operation["x-overlay"] == {"file": "teams.yaml", "source": "websets-api-reference.md, section Teams"}
    assert not is_overlay(result["paths"]["/v0/a"]["get"])
    assert "/v0/teams/me" not in BASE["paths"], "the input is not modified"


def test_overlay_refuses_to_replace_an_upstream_operation(tmp_path: Path) -> None:
    clash = "paths:\n  /v0/a:\n    get: {operationId: mine}\n"
    with pytest.raises(OverlayConflict, match="upstream now defines GET /v0/a"):
        apply_overlays(BASE, [write(tmp_path, clash)])


def test_overlay_refuses_to_replace_an_upstream_schema(tmp_path: Path) -> None:
    with pytest.raises(OverlayConflict, match="upstream now defines schema A"):
        apply_overlays(BASE, [write(tmp_path, "components:\n  schemas:\n    A: {type: string}\n")])


BASE_WITH_FIELDS = {
    "openapi": "3.1.0",
    "paths": {
        "/v0/websets": {"get": {"operationId": "websets-list", "parameters": [{"name": "cursor", "in": "query"}]}}
    },
    "components": {
        "schemas": {
            "Webset": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Create": {"type": "object", "properties": {"search": {"type": "object", "properties": {}}}},
        }
    },
}
ADDITIONS = """
x-add-properties:
  Webset:
    dashboardUrl: {x-source: "docs: Webset.dashboardUrl", type: string}
  Create/search:
    maxPeoplePerCompany: {x-source: "docs: search.maxPeoplePerCompany", type: integer, minimum: 1}
x-add-parameters:
  websets-list:
    - {x-source: "docs: list search filter", name: search, in: query, schema: {type: string}}
"""


def test_overlay_adds_properties_and_parameters_to_upstream_ones_each_marked_with_its_source(tmp_path: Path) -> None:
    result = apply_overlays(BASE_WITH_FIELDS, [write(tmp_path, ADDITIONS)])

    schemas = result["components"]["schemas"]
    assert schemas["Webset"]["properties"]["id"] == {"type": "string"}, "upstream's own fields are left alone"
    added = schemas["Webset"]["properties"]["dashboardUrl"]
    assert added == {"type": "string", "x-overlay": {"file": "teams.yaml", "source": "docs: Webset.dashboardUrl"}}
    assert schemas["Create"]["properties"]["search"]["properties"]["maxPeoplePerCompany"]["minimum"] == 1
    parameters = result["paths"]["/v0/websets"]["get"]["parameters"]
    assert [p["name"] for p in parameters] == ["cursor", "search"]
    assert is_overlay(parameters[1])
    assert not is_overlay(parameters[0])
    assert "dashboardUrl" not in BASE_WITH_FIELDS["components"]["schemas"]["Webset"]["properties"], "input untouched"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x-add-properties:\n  Webset:\n    id: {type: integer}\n", "upstream now defines Webset.id"),
        (
            "x-add-parameters:\n  websets-list:\n    - {name: cursor, in: query}\n",
            "upstream now defines query parameter 'cursor' of websets-list",
        ),
        ("x-add-properties:\n  Create/nothing:\n    x: {type: string}\n", "upstream has no schema Create/nothing"),
        ("x-add-parameters:\n  gone:\n    - {name: x, in: query}\n", "upstream has no operation gone"),
    ],
)
def test_overlay_refuses_to_replace_or_guess_at_upstream_fields(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(OverlayConflict, match=message):
        apply_overlays(BASE_WITH_FIELDS, [write(tmp_path, text)])
