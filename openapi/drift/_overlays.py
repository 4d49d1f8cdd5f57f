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
    return notices
