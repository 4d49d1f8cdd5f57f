"""What the generated package records of the spec beyond its Python code, for the facade and its fake.

Two outputs, both derived from the *normalized* spec with every annotation (descriptions, titles, examples) stripped:

- ``describe_operations``: one description per operation (method, path template, tag, success status, parameters
  with their location and JSON Schema, the request body's schema and whether it is required, whether the operation
  comes from the documented supplement). The endpoint module template writes it into each generated endpoint module
  as ``OPERATION``; that dict is the one description of the operation: the module's own request builder reads it,
  and so do the facade (validation, encoding) and the fake (routes, status codes).
- ``build_spec_index``: the component schemas those descriptions ``$ref``, written to ``spec_index.json``.
"""

from __future__ import annotations

import json
from typing import Any

from openapi.normalize._schemas import iter_operations, without_keywords
from openapi.overlays import is_overlay

_DROPPED_KEYWORDS = frozenset({"description", "title", "example", "examples", "summary", "x-overlay"})


def strip_annotations(node: Any) -> Any:
    return without_keywords(node, _DROPPED_KEYWORDS)


def operation_key(method: str, path: str) -> str:
    """How the endpoint template finds its operation's description: ``"GET /v0/websets/{id}"``."""
    return f"{method.upper()} {path}"


def describe_operations(normalized: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every operation's description, keyed by ``operation_key``."""
    described: dict[str, dict[str, Any]] = {}
    for path, method, operation in iter_operations(normalized):
        successes = [int(status) for status in operation.get("responses") or {} if str(status).startswith("2")]
        body = (operation.get("requestBody") or {}).get("content", {}).get("application/json")
        described[operation_key(method, path)] = {
            "id": operation.get("operationId"),
            "method": method.upper(),
            "path": path,
            "tag": (operation.get("tags") or [None])[0],
            "supplement": is_overlay(operation),
            "success_status": min(successes) if successes else None,
            "parameters": [
                {
                    key: strip_annotations(parameter[key])
                    for key in ("name", "in", "required", "schema")
                    if key in parameter
                }
                for parameter in operation.get("parameters") or []
            ],
            "request_body": None
            if body is None
            else {
                "required": bool(operation["requestBody"].get("required")),
                "schema": strip_annotations(body["schema"]),
            },
        }
    return described


def build_spec_index(normalized: dict[str, Any]) -> dict[str, Any]:
    """The component schemas, which the operation descriptions' parameter and body schemas ``$ref``."""
    schemas = (normalized.get("components") or {}).get("schemas") or {}
    return {"schemas": {name: strip_annotations(schema) for name, schema in schemas.items()}}


def render(index: dict[str, Any]) -> str:
    return json.dumps(index, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
