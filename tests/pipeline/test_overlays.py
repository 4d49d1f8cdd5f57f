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
