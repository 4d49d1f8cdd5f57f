"""Documented endpoints the upstream spec lacks, kept apart from it and applied before generation.

Each ``*.yaml`` file here is a partial OpenAPI document (``paths`` and ``components.schemas``) with an
``x-source`` naming the documentation it transcribes. An overlay only ever *adds*: if upstream defines a path,
method or schema the overlay also defines, that is an error, because upstream has caught up and the overlay must go.
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
    return result


def is_overlay(node: dict[str, Any]) -> bool:
    return OVERLAY_MARK in node
