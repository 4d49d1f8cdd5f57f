"""Which operation a request is: the spec's operations as the generated client describes them, plus the fake's own.

Every ``exa_websets_api.api.<tag>.<operation>`` module carries its operation's description (``OPERATION``: method,
path template, success status), the same one the SDK builds its requests from; the fake's routes and status codes are
read from it, so they are the spec's by construction.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import unquote

from exa_websets._core.operation import all_operations, module_of

# Routes of the fake itself (not in the spec): where import files are uploaded and export files downloaded.
UPLOAD_OPERATION = "fake-upload"
DOWNLOAD_OPERATION = "fake-download"
FAKE_PREFIX = "_fake"


@dataclass(frozen=True)
class Route:
    """One route of the fake: an API operation, or one of the fake's own (``internal``)."""

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


def _discover() -> dict[str, Route]:
    routes: dict[str, Route] = {}
    for operation_id, operation in all_operations().items():
        module = importlib.import_module(f"exa_websets_api.{module_of(operation_id)}")
        routes[operation_id] = Route(
            operation_id=operation.id,
            method=operation.method,
            path=operation.path,
            success_status=operation.success_status,
            parse_success=cast("Callable[[Any], Any]", module.parse_success),
        )
    return routes


API_OPERATIONS: dict[str, Route] = _discover()
FAKE_OPERATIONS: dict[str, Route] = {
    UPLOAD_OPERATION: Route(UPLOAD_OPERATION, "PUT", f"/{FAKE_PREFIX}/uploads/{{id}}", 200, None, internal=True),
    DOWNLOAD_OPERATION: Route(
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
    operation: Route
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
