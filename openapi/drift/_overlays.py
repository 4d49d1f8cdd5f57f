"""Tell when upstream has caught up with an overlay: the compared spec now defines what the overlay supplies.

The comparison itself never applies overlays (it is upstream against upstream); this only reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ._graph import OperationKey
from ._touches import display_path

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def overlay_notices(spec: dict[str, Any], files: Sequence[Path]) -> list[str]:
    defined_operations = {
        OperationKey.of(route, method)
        for route, item in (spec.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in item
        if method in _METHODS
    }
    defined_schemas = set((spec.get("components") or {}).get("schemas") or {})
    notices: list[str] = []
    for file in files:
        overlay = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        shown = display_path(file)
        for route, item in sorted((overlay.get("paths") or {}).items()):
            for method in sorted(m for m in item if m in _METHODS):
                if OperationKey.of(route, method) in defined_operations:
                    notices.append(f"upstream now documents {method.upper()} {route}: drop it from {shown}")
        for name in sorted((overlay.get("components") or {}).get("schemas") or {}):
            if name in defined_schemas:
                notices.append(f"upstream now defines schema {name}: drop it from {shown}")
        for target, properties in sorted((overlay.get("x-add-properties") or {}).items()):
            existing = _properties_at(spec, target)
            for name in sorted(p for p in properties if p in existing):
                notices.append(f"upstream now defines {target}.{name}: drop it from {shown}")
        parameters = _parameters_by_operation(spec)
        for operation_id, added in sorted((overlay.get("x-add-parameters") or {}).items()):
            for entry in added:
                if (entry["name"], entry["in"]) in parameters.get(operation_id, set()):
                    where = f"{entry['in']} parameter {entry['name']} of {operation_id}"
                    notices.append(f"upstream now defines {where}: drop it from {shown}")
    return notices


def _properties_at(spec: dict[str, Any], target: str) -> dict[str, Any]:
    """The properties of ``Schema/property/...`` (an overlay's x-add-properties target), empty if it is absent."""
    name, *inner = target.split("/")
    schema: Any = ((spec.get("components") or {}).get("schemas") or {}).get(name)
    for step in inner:
        schema = (schema or {}).get("properties", {}).get(step)
    return (schema or {}).get("properties") or {}


def _parameters_by_operation(spec: dict[str, Any]) -> dict[str, set[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = {}
    for item in (spec.get("paths") or {}).values():
        for method, operation in item.items():
            if method in _METHODS and isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = {
                    (p.get("name"), p.get("in")) for p in operation.get("parameters") or []
                }
    return found
