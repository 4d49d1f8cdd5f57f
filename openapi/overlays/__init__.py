"""Documented endpoints and fields the upstream spec lacks, kept apart from it and applied before generation.

Each ``*.yaml`` file here is a partial OpenAPI document (``paths`` and ``components.schemas``) with an
``x-source`` naming the documentation it transcribes, plus two keys for additions to what upstream already has:
``x-add-properties`` (``Schema`` or ``Schema/property/...`` → new properties) and ``x-add-parameters``
(operation id → new parameters), each entry with its own one-line ``x-source``. An overlay only ever *adds*: if
upstream defines a path, method, schema, property or parameter the overlay also defines, that is an error, because
upstream has caught up and the overlay entry must go.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

OVERLAY_DIR = Path(__file__).resolve().parent
OVERLAY_MARK = "x-overlay"  # set on every path item and schema an overlay adds, so tools can tell them apart


class OverlayConflict(ValueError):
    pass


def overlay_files(directory: Path = OVERLAY_DIR) -> list[Path]:
    return sorted(directory.glob("*.yaml"))


def apply_overlays(spec: dict[str, Any], files: list[Path] | None = None) -> dict[str, Any]:
    """Return a copy of ``spec`` with every overlay's paths and schemas added (never replaced)."""
    result = copy.deepcopy(spec)
    for path in overlay_files() if files is None else files:
        overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
        mark = {"file": path.name, "source": overlay.get("x-source", "")}
        paths = result.setdefault("paths", {})
        for route, item in (overlay.get("paths") or {}).items():
            existing = paths.setdefault(route, {})
            for method, operation in item.items():
                if method in existing:
                    raise OverlayConflict(f"{path.name}: upstream now defines {method.upper()} {route}; drop it here")
                existing[method] = {**operation, OVERLAY_MARK: mark}
        schemas = result.setdefault("components", {}).setdefault("schemas", {})
        for name, schema in ((overlay.get("components") or {}).get("schemas") or {}).items():
            if name in schemas:
                raise OverlayConflict(f"{path.name}: upstream now defines schema {name}; drop it here")
            schemas[name] = {**schema, OVERLAY_MARK: mark}
        for target, properties in (overlay.get("x-add-properties") or {}).items():
            _add_properties(result, path.name, target, properties)
        for operation_id, parameters in (overlay.get("x-add-parameters") or {}).items():
            _add_parameters(result, path.name, operation_id, parameters)
    return result


def _marked(file: str, entry: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in entry.items() if k != "x-source"}
    return {**fields, OVERLAY_MARK: {"file": file, "source": entry.get("x-source", "")}}


def _add_properties(spec: dict[str, Any], file: str, target: str, properties: dict[str, Any]) -> None:
    """``target`` is a schema name, then property names down to the object that gains the properties."""
    name, *inner = target.split("/")
    schema = spec.get("components", {}).get("schemas", {}).get(name)
    for step in inner:
        schema = None if schema is None else schema.get("properties", {}).get(step)
    if not isinstance(schema, dict):
        raise OverlayConflict(f"{file}: upstream has no schema {target} to add properties to; fix or drop the entry")
    existing = schema.setdefault("properties", {})
    for prop, entry in properties.items():
        if prop in existing:
            raise OverlayConflict(f"{file}: upstream now defines {target}.{prop}; drop it here")
        existing[prop] = _marked(file, entry)


def _add_parameters(spec: dict[str, Any], file: str, operation_id: str, parameters: list[dict[str, Any]]) -> None:
    operations = [o for item in (spec.get("paths") or {}).values() for o in item.values() if isinstance(o, dict)]
    operation = next((o for o in operations if o.get("operationId") == operation_id), None)
    if operation is None:
        raise OverlayConflict(f"{file}: upstream has no operation {operation_id} to add parameters to")
    existing = operation.setdefault("parameters", [])
    for entry in parameters:
        if any(p.get("name") == entry["name"] and p.get("in") == entry["in"] for p in existing):
            where = f"{entry['in']} parameter {entry['name']!r} of {operation_id}"
            raise OverlayConflict(f"{file}: upstream now defines {where}; drop it here")
        existing.append(_marked(file, entry))


def is_overlay(node: dict[str, Any]) -> bool:
    return OVERLAY_MARK in node
