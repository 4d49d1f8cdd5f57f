"""Which operation a request is: the spec's operations as the generated client declares them, plus the fake's own.

Every ``exa_websets_api.api.<tag>.<operation>`` module declares ``METHOD``, ``PATH`` and ``SUCCESS_STATUS``; reading
them here keeps the fake's routes and status codes the spec's by construction.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import unquote

import exa_websets_api.api

# Routes of the fake itself (not in the spec): where import files are uploaded and export files downloaded.
UPLOAD_OPERATION = "fake-upload"
DOWNLOAD_OPERATION = "fake-download"
FAKE_PREFIX = "_fake"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str  # template, e.g. "/v0/websets/{webset}/items/{id}"
    success_status: int
    parse_success: Callable[[Any], Any] | None  # None for the fake's own routes
    internal: bool = False

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.path.strip("/").split("/"))

    @property
    def literal_count(self) -> int:
        return sum(1 for s in self.segments if not s.startswith("{"))


def _discover() -> dict[str, Operation]:
    operations: dict[str, Operation] = {}
    package = exa_websets_api.api
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        if not hasattr(module, "PATH"):
            continue
        operation_id = info.name.rsplit(".", 1)[1].replace("_", "-")
        operations[operation_id] = Operation(
            operation_id=operation_id,
            method=cast(str, module.METHOD).upper(),
            path=cast(str, module.PATH),
            success_status=cast(int, module.SUCCESS_STATUS),
            parse_success=cast("Callable[[Any], Any]", module.parse_success),
        )
    return operations


API_OPERATIONS: dict[str, Operation] = _discover()
FAKE_OPERATIONS: dict[str, Operation] = {
    UPLOAD_OPERATION: Operation(UPLOAD_OPERATION, "PUT", f"/{FAKE_PREFIX}/uploads/{{id}}", 200, None, internal=True),
    DOWNLOAD_OPERATION: Operation(
        DOWNLOAD_OPERATION, "GET", f"/{FAKE_PREFIX}/exports/{{id}}/download", 200, None, internal=True
    ),
}
_ALL = [*API_OPERATIONS.values(), *FAKE_OPERATIONS.values()]


def path_segments(raw_path: str) -> list[str]:
    """Decoded segments of a request path; ``/websets/v0/...`` and ``/v0/...`` are the same route."""
    path = raw_path.split("?", 1)[0]
    segments = [unquote(s) for s in path.strip("/").split("/")] if path.strip("/") else []
    if len(segments) >= 2 and segments[0] == "websets" and segments[1] in ("v0", FAKE_PREFIX):
        segments = segments[1:]
    return segments


@dataclass(frozen=True)
class Match:
    operation: Operation
    params: dict[str, str]


def _bind(template: tuple[str, ...], segments: list[str]) -> dict[str, str] | None:
    if len(template) != len(segments):
        return None
    params: dict[str, str] = {}
    for pattern, value in zip(template, segments, strict=True):
        if pattern.startswith("{"):
            if not value:
                return None
            params[pattern[1:-1]] = value
        elif pattern != value:
            return None
    return params


def match(method: str, segments: list[str]) -> Match | bool | None:
    """The best matching route; ``False`` when the path exists for another method (405); ``None`` when unknown."""
    candidates: list[Match] = []
    path_known = False
    for operation in _ALL:
        params = _bind(operation.segments, segments)
        if params is None:
            continue
        path_known = True
        if operation.method == method.upper():
            candidates.append(Match(operation, params))
    if candidates:
        # A literal segment beats a parameter: POST /v0/websets/preview is the preview, not an update of "preview".
        return max(candidates, key=lambda m: m.operation.literal_count)
    return False if path_known else None
