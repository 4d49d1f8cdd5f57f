"""The drift report: changes, where they are, what they touch; ordered the same way every time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._rules import Rule, Severity

_METHOD_ORDER = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Subject:
    """What a change is reported against: one operation (method + path + operationId) or one component schema."""

    schema: str | None = None
    method: str | None = None
    path: str | None = None
    operation_id: str | None = None
    operation_ids: tuple[str, ...] = ()  # every operationId the operation had on either side (for what it touches)

    @classmethod
    def of_schema(cls, name: str) -> Subject:
        return cls(schema=name)

    @classmethod
    def of_operation(cls, method: str, path: str, operation_ids: tuple[str | None, ...]) -> Subject:
        known = tuple(sorted({op for op in operation_ids if op}))
        shown = next((op for op in reversed(operation_ids) if op), None)  # the newer id when it changed
        return cls(method=method.lower(), path=path, operation_id=shown, operation_ids=known)

    @property
    def label(self) -> str:
        if self.schema is not None:
            return f"schema {self.schema}"
        suffix = f" ({self.operation_id})" if self.operation_id else ""
        return f"{(self.method or '').upper()} {self.path}{suffix}"

    @property
    def sort_key(self) -> tuple[int, str, int]:
        if self.schema is not None:
            return (1, self.schema, 0)
        method = self.method or ""
        rank = _METHOD_ORDER.index(method) if method in _METHOD_ORDER else len(_METHOD_ORDER)
        return (0, self.path or "", rank)

    def to_json(self) -> dict[str, Any]:
        if self.schema is not None:
            return {"type": "schema", "schema": self.schema}
        return {
            "type": "operation",
            "method": (self.method or "").upper(),
            "path": self.path,
            "operation_id": self.operation_id,
        }


@dataclass(frozen=True)
class Touches:
    """What of ours a change reaches: operations, the facade methods over them, and golden fixtures."""

    operations: tuple[str, ...] = ()
    facade_methods: tuple[str, ...] = ()
    fixtures: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list[str]]:
        return {
            "operations": list(self.operations),
            "facade_methods": list(self.facade_methods),
            "fixtures": list(self.fixtures),
        }


@dataclass(frozen=True)
class Change:
    rule: Rule
    subject: Subject
    path: str
    detail: str
    touches: Touches = field(default_factory=Touches)

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def kind(self) -> str:
        return self.rule.kind

    @property
    def location(self) -> str:
        return self.subject.label

    @property
    def sort_key(self) -> tuple[Any, ...]:
        return (self.severity.rank, self.subject.sort_key, self.path, self.kind, self.detail)

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity.value,
            "kind": self.kind,
            "location": self.location,
            "path": self.path,
            "detail": self.detail,
            "reason": self.rule.reason,
            "subject": self.subject.to_json(),
            "touches": self.touches.to_json(),
        }


@dataclass(frozen=True)
class DriftReport:
    base: str
    other: str
    changes: tuple[Change, ...]
    notices: tuple[str, ...] = ()

    def of(self, severity: Severity) -> list[Change]:
        return [change for change in self.changes if change.severity is severity]

    @property
    def has_breaking(self) -> bool:
        return any(change.severity is Severity.BREAKING for change in self.changes)

    def counts(self) -> dict[str, int]:
        return {severity.value: len(self.of(severity)) for severity in Severity}

    def kinds(self) -> set[str]:
        return {change.kind for change in self.changes}

    def to_json(self) -> dict[str, Any]:
        return {
            "base": self.base,
            "other": self.other,
            "summary": self.counts(),
            "notices": list(self.notices),
            "changes": [change.to_json() for change in self.changes],
        }
