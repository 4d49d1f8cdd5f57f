"""Upstream is compared as published (no overlays), but the report says when an overlay has become redundant."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openapi.drift import compare

from .specs import isolated_compare, json_content, ref

OVERLAY = "openapi/overlays/exports-and-teams.yaml"


def with_upstream_exports(spec: dict[str, Any]) -> dict[str, Any]:
    """The pinned spec as if upstream had documented exports (under its own parameter name) and Team."""
    other = copy.deepcopy(spec)
    other["paths"]["/v0/websets/{id}/exports"] = {
        "post": {"operationId": "websets-exports-create", "responses": {"200": {"content": json_content(ref("Team"))}}}
    }
    other["components"]["schemas"]["Team"] = {"type": "object"}
    return other


def test_report_says_which_overlay_entries_upstream_now_documents(upstream: Callable[[str], Any]) -> None:
    pinned = upstream("5ef6c01")

    report = compare(pinned, with_upstream_exports(pinned), facade_methods={}, fixtures_dir=Path("/nonexistent"))

    overlay_notices = [notice for notice in report.notices if "overlay" in notice]
    assert overlay_notices == [
        f"upstream now documents POST /v0/websets/{{webset}}/exports: drop it from {OVERLAY}",
        f"upstream now defines schema Team: drop it from {OVERLAY}",
    ]
    # the new upstream operation is also an ordinary addition
    assert ("operation-added", "POST /v0/websets/{id}/exports (websets-exports-create)") in {
        (c.kind, c.location) for c in report.changes
    }


def test_overlays_are_never_applied_to_the_comparison(upstream: Callable[[str], Any]) -> None:
    pinned = upstream("5ef6c01")

    report = compare(pinned, copy.deepcopy(pinned), facade_methods={}, fixtures_dir=Path("/nonexistent"))

    assert report.changes == ()
    assert not [notice for notice in report.notices if "overlay" in notice]


def test_overlay_notices_use_injected_overlay_files(tmp_path: Path, upstream: Callable[[str], Any]) -> None:
    overlay = tmp_path / "mine.yaml"
    overlay.write_text(
        "paths:\n  /v0/websets:\n    get: {operationId: websets-list}\ncomponents: {schemas: {Nope: {}}}\n"
    )

    report = isolated_compare(upstream("5ef6c01"), upstream("5ef6c01"), overlays=[overlay])

    assert report.notices[0] == f"upstream now documents GET /v0/websets: drop it from {overlay.resolve()}"
    assert not any("Nope" in notice for notice in report.notices)


def test_report_says_when_upstream_now_defines_a_field_or_parameter_an_overlay_adds(
    upstream: Callable[[str], Any],
) -> None:
    pinned = upstream("5ef6c01")
    caught_up = copy.deepcopy(pinned)
    caught_up["components"]["schemas"]["Webset"]["properties"]["dashboardUrl"] = {"type": "string"}
    caught_up["paths"]["/v0/websets"]["get"]["parameters"].append(
        {"name": "search", "in": "query", "schema": {"type": "string"}}
    )

    report = compare(pinned, caught_up, facade_methods={}, fixtures_dir=Path("/nonexistent"))

    shown = "openapi/overlays/documented-fields.yaml"
    assert [notice for notice in report.notices if "documented-fields" in notice] == [
        f"upstream now defines Webset.dashboardUrl: drop it from {shown}",
        f"upstream now defines query parameter search of websets-list: drop it from {shown}",
    ]
