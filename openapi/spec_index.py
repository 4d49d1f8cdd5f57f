"""The spec-derived index the facade reads at run time: every operation and the schemas it needs for validation.

Written into the generated package (``exa_websets_api/spec_index.json``) by regeneration. It is our generator's
output, derived from the *normalized* spec with every annotation (descriptions, titles, examples) stripped: only
what request building and validation need — methods, paths, parameters, request bodies, success statuses and the
constraint keywords of the schemas.
"""

from __future__ import annotations

import json
from typing import Any

from openapi.normalize._schemas import iter_operations, without_keywords
from openapi.overlays import is_overlay

_DROPPED_KEYWORDS = frozenset({"description", "title", "example", "examples", "summary", "x-overlay"})


def strip_annotations(node: Any) -> Any:
    return without_keywords(node, _DROPPED_KEYWORDS)


def build_spec_index(normalized: dict[str, Any]) -> dict[str, Any]:
    operations: dict[str, Any] = {}
    for path, method, operation in iter_operations(normalized):
        success = min(str(status) for status in operation["responses"] if str(status).startswith("2"))
        body = (operation.get("requestBody") or {}).get("content", {}).get("application/json")
        operations[operation["operationId"]] = {
            "method": method.upper(),
            "path": path,
            "tag": operation["tags"][0],
            "supplement": is_overlay(operation),
            "success_status": int(success),
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
    schemas = {name: strip_annotations(schema) for name, schema in normalized["components"]["schemas"].items()}
    return {"operations": operations, "schemas": schemas}


def render(index: dict[str, Any]) -> str:
    return json.dumps(index, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
