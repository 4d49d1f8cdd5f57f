"""What a change touches: the operations it reaches, the facade methods over them, and the golden fixtures.

The facade publishes ``exa_websets._core.operation.FACADE_METHODS`` (operationId → facade method names). It is loaded
lazily, and only here, because the facade is developed alongside this tool and may not exist (or import) yet.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._graph import Role, SpecGraph
from ._model import Subject, Touches

FacadeMethods = Mapping[str, tuple[str, ...]]
FACADE_MODULE = "exa_websets._core.operation"
FACADE_ATTRIBUTE = "FACADE_METHODS"
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_FIXTURES_DIR = ROOT / "tests" / "fixtures" / "golden"


@dataclass(frozen=True)
class GoldenFixture:
    path: str
    operation_id: str | None
    schema: str | None
    tags: tuple[tuple[str, str], ...] = ()  # the instance's top-level strings: its discriminator value is one


def _instance(document: dict[str, Any]) -> dict[str, Any]:
    """The fixture's payload: under ``instance`` or ``response`` when present, else the document itself."""
    for key in ("instance", "response", "body"):
        if isinstance(document.get(key), dict):
            payload: dict[str, Any] = document[key]
            return payload
    return {key: value for key, value in document.items() if key != "_metadata"}


def display_path(path: Path) -> str:
    """Paths inside the project are shown relative to it, so reports do not depend on the checkout location."""
    resolved = path.resolve()
    return resolved.relative_to(ROOT).as_posix() if resolved.is_relative_to(ROOT) else resolved.as_posix()


def load_facade_methods() -> tuple[FacadeMethods, str | None]:
    """The facade's operation map, or an empty one and a notice saying why it is missing."""
    try:
        module = importlib.import_module(FACADE_MODULE)
        raw = getattr(module, FACADE_ATTRIBUTE)
    # A facade that is missing or half-written must not hide the drift report; the notice says what went wrong.
    except Exception as exc:  # noqa: BLE001
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return {}, f"{FACADE_MODULE}.{FACADE_ATTRIBUTE} is not available ({reason}): facade methods are not listed"
    if not isinstance(raw, Mapping):
        return {}, f"{FACADE_MODULE}.{FACADE_ATTRIBUTE} is not a mapping: facade methods are not listed"
    return {str(op): tuple(str(m) for m in methods) for op, methods in raw.items()}, None


def load_fixtures(directory: Path) -> tuple[list[GoldenFixture], list[str]]:
    """Every ``*.json`` under ``directory`` with its ``_metadata``; unreadable ones become notices, not errors."""
    if not directory.is_dir():
        return [], [f"no golden fixtures at {display_path(directory)}: fixtures are not listed"]
    fixtures: list[GoldenFixture] = []
    notices: list[str] = []
    for path in sorted(directory.rglob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            notices.append(f"golden fixture {display_path(path)} ignored: {str(exc).splitlines()[0]}")
            continue
        metadata = document.get("_metadata") if isinstance(document, dict) else None
        if not isinstance(metadata, dict):
            notices.append(f"golden fixture {display_path(path)} ignored: no _metadata object")
            continue
        operation_id, schema = metadata.get("operation_id"), metadata.get("schema")
        fixtures.append(
            GoldenFixture(
                path=display_path(path),
                operation_id=operation_id if isinstance(operation_id, str) else None,
                schema=schema if isinstance(schema, str) else None,
                tags=tuple(sorted((k, v) for k, v in _instance(document).items() if isinstance(v, str))),
            )
        )
    return fixtures, notices


class TouchFinder:
    """Computes (and caches) what each subject touches, using the reference graphs of both specs."""

    def __init__(
        self, base: SpecGraph, other: SpecGraph, facade_methods: FacadeMethods, fixtures: list[GoldenFixture]
    ) -> None:
        self._graphs = (base, other)
        self._facade_methods = facade_methods
        self._fixtures = fixtures
        self._cache: dict[tuple[Subject, Role | None], Touches] = {}

    def touches(self, subject: Subject, role: Role | None = None) -> Touches:
        """What a change to ``subject`` reaches; for a schema, ``role`` says which side of the operations it is on."""
        key = (subject, role if subject.schema is not None else None)
        if key not in self._cache:
            self._cache[key] = self._compute(*key)
        return self._cache[key]

    def _compute(self, subject: Subject, role: Role | None) -> Touches:
        changed = subject.schema
        if changed is not None:
            operations = {op for graph in self._graphs for op in graph.operations_using(changed, role)}
        else:
            operations = set(subject.operation_ids)
        methods = {method for op in operations for method in self._facade_methods.get(op, ())}
        # Golden fixtures are response instances: a change to what clients send cannot make one stale by content.
        by_content = changed is not None and role is not Role.REQUEST
        fixtures = {
            fixture.path
            for fixture in self._fixtures
            if (fixture.operation_id is not None and fixture.operation_id in operations)
            or (by_content and changed is not None and self._reaches(fixture, changed))
        }
        return Touches(tuple(sorted(operations)), tuple(sorted(methods)), tuple(sorted(fixtures)))

    def _reaches(self, fixture: GoldenFixture, changed: str) -> bool:
        """Whether the fixture's instance involves the changed schema: a change in WebsetSearch is a change in
        every Webset, so a Webset fixture is touched too."""
        if fixture.schema is None:
            return False
        tags = dict(fixture.tags)
        return any(changed in graph.instance_reach(fixture.schema, tags) for graph in self._graphs)
