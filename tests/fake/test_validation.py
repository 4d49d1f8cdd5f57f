"""The validation seam and the page-size table, checked against the pinned spec."""

from __future__ import annotations

from typing import Any

import pytest
from exa_websets.testing import API_OPERATIONS, PAGE_LIMITS, validate_request


def test_the_page_limits_table_is_the_spec_limit_parameters(pinned_spec: dict[str, Any]) -> None:
    from_spec = {}
    for methods in pinned_spec["paths"].values():
        for operation in methods.values():
            limit = next((p for p in operation.get("parameters", []) if p["name"] == "limit"), None)
            if limit is not None:
                from_spec[operation["operationId"]] = (limit["schema"]["default"], limit["schema"]["maximum"])

    assert {k: (v.default, v.maximum) for k, v in PAGE_LIMITS.items()} == from_spec
    assert "monitors-runs-list" in API_OPERATIONS
    assert "monitors-runs-list" not in PAGE_LIMITS  # no cursor or limit in the spec: one page


def test_the_spec_status_codes_are_used(pinned_spec: dict[str, Any]) -> None:
    for path, methods in pinned_spec["paths"].items():
        for method, operation in methods.items():
            ours = API_OPERATIONS[operation["operationId"]]
            success = min(int(code) for code in operation["responses"] if code.startswith("2"))
            assert (ours.method, ours.path, ours.success_status) == (method.upper(), path, success)


VALID: list[tuple[str, Any]] = [
    ("websets-create", {"search": {"query": "AI labs", "count": 5, "criteria": [{"description": "AI"}]}}),
    ("websets-create", {"enrichments": [{"description": "x", "format": "options", "options": [{"label": "a"}]}]}),
    ("websets-searches-create", {"query": "AI labs", "count": 5, "behavior": "append"}),
    ("webhooks-create", {"url": "https://h.example.com/x", "events": ["webset.idle", "webset.export.completed"]}),
    (
        "monitors-create",
        {"websetId": "w", "cadence": {"cron": "0 9 * * 1"}, "behavior": {"type": "search", "config": {"count": 1}}},
    ),
    ("imports-create", {"format": "csv", "size": 10, "count": 1, "entity": {"type": "custom", "description": "Jobs"}}),
    ("websets-exports-create", {"format": "json"}),
]


@pytest.mark.parametrize(("operation_id", "body"), VALID)
def test_valid_bodies_have_no_problems(operation_id: str, body: Any) -> None:
    assert validate_request(operation_id, body, {}) == []


def test_problems_name_the_field_and_the_rule() -> None:
    problems = validate_request(
        "webhooks-create", {"url": "not a url", "events": ["webset.idle"] * 20, "metadata": {"k": "v" * 1001}}, {}
    )

    assert problems == [  # in the body's own order
        "url must be an absolute URL (got 'not a url')",
        "events must have at most 19 items (got 20)",
        "metadata.k must be at most 1000 characters (got 1001)",
    ]
    assert validate_request("websets-list", None, {"limit": ["500"]}) == ["limit must be <= 100"]
    assert validate_request("websets-list", None, {"limit": ["2.5"]}) == [], "the spec types limit as a number"
    assert validate_request("websets-cancel", "anything", {}) == []  # no body to check
