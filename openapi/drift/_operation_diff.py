"""Compare the operations of two specs: existence, operationId, parameters, request body and responses.

Operations are matched by method and path template with parameter names ignored, so renaming ``{id}`` is not a
removal; a path parameter renamed at the same position is one warning naming the generated keyword argument that
changes (the URL on the wire is the same), not a removed parameter plus a new required one.
Not compared: response headers, security, servers, tags, summaries and examples (none of them changes what the
generated client sends or parses).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from . import _rules as r
from ._graph import OperationUse, Role, SpecGraph, operation_parameters, resolve
from ._model import Subject
from ._schema_diff import Finding, SchemaDiff
from ._semantics import canonical_schema

JSON = "application/json"
_TEMPLATE_NAME = re.compile(r"\{([^}]*)\}")
# openapi-python-client's `field_prefix` default: what it puts before a name that is not a Python identifier.
_GENERATOR_FIELD_PREFIX = "field_"


def diff_operations(base: SpecGraph, other: SpecGraph, schemas: SchemaDiff) -> Iterator[tuple[Subject, Finding]]:
    for key in sorted(set(base.operations) | set(other.operations)):
        before, after = base.operations.get(key), other.operations.get(key)
        shown = after or before
        assert shown is not None
        ids = (before.operation_id if before else None, after.operation_id if after else None)
        subject = Subject.of_operation(shown.method, shown.path, ids)
        if after is None:
            yield subject, Finding(r.OPERATION_REMOVED, "", "operation removed")
        elif before is None:
            yield subject, Finding(r.OPERATION_ADDED, "", "operation added")
        else:
            for finding in _OperationDiff(base, other, schemas).compare(before, after):
                yield subject, finding


class _OperationDiff:
    def __init__(self, base: SpecGraph, other: SpecGraph, schemas: SchemaDiff) -> None:
        self.base, self.other, self.schemas = base, other, schemas
        self.findings: list[Finding] = []

    def add(self, rule: r.Rule, path: str, detail: str) -> None:
        self.findings.append(Finding(rule, path, detail))

    def schema(self, before: Any, after: Any, role: Role, path: str) -> None:
        self.findings.extend(self.schemas.compare(canonical_schema(before), canonical_schema(after), role, path))

    def compare(self, before: OperationUse, after: OperationUse) -> list[Finding]:
        if before.operation_id != after.operation_id:
            self.add(r.OPERATION_ID_CHANGED, "", f"operationId {before.operation_id!r} → {after.operation_id!r}")
        if after.operation.get("deprecated") is True and before.operation.get("deprecated") is not True:
            self.add(r.OPERATION_DEPRECATED, "", "operation marked deprecated")
        self.parameters(before, after)
        self.request_body(before.operation, after.operation)
        self.responses(before.operation, after.operation)
        return self.findings

    def parameters(self, before: OperationUse, after: OperationUse) -> None:
        old = {_parameter_key(p): p for p in operation_parameters(self.base.spec, before.path, before.operation)}
        new = {_parameter_key(p): p for p in operation_parameters(self.other.spec, after.path, after.operation)}
        for old_name, new_name in _renamed_path_parameters(before.path, after.path, old, new):
            where = f"parameter path.{new_name}"
            detail = (
                f"{{{old_name}}} → {{{new_name}}} at the same position (same URL on the wire); the generated keyword "
                f"argument {python_name(old_name)}= becomes {python_name(new_name)}="
            )
            self.add(r.PATH_PARAMETER_RENAMED, where, detail)
            self.parameter(old.pop(("path", old_name)), new.pop(("path", new_name)), where)
        if moved := _moved_path_parameters(before.path, after.path):
            order = " → ".join("/".join(f"{{{name}}}" for name in names) for names in moved)
            self.add(r.PATH_PARAMETER_MOVED, "path template", f"parameters reordered: {order}")
        for key in sorted(set(old) | set(new)):
            where = f"parameter {key[0]}.{key[1]}"
            was, now = old.get(key), new.get(key)
            if now is None:
                self.add(r.PARAMETER_REMOVED, where, "parameter removed")
            elif was is None:
                required = now.get("required") is True
                rule = r.NEW_REQUIRED_PARAMETER if required else r.NEW_OPTIONAL_PARAMETER
                self.add(rule, where, f"{'required' if required else 'optional'} parameter added")
            else:
                self.parameter(was, now, where)

    def parameter(self, was: dict[str, Any], now: dict[str, Any], where: str) -> None:
        was_required, now_required = was.get("required") is True, now.get("required") is True
        if was_required != now_required:
            rule = r.PARAMETER_BECAME_REQUIRED if now_required else r.PARAMETER_BECAME_OPTIONAL
            self.add(rule, where, "now required" if now_required else "now optional")
        if now.get("deprecated") is True and was.get("deprecated") is not True:
            self.add(r.PARAMETER_DEPRECATED, where, "parameter marked deprecated")
        self.schema(was.get("schema"), now.get("schema"), Role.REQUEST, where)

    def request_body(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        was = resolve(self.base.spec, before.get("requestBody"))
        now = resolve(self.other.spec, after.get("requestBody"))
        if not isinstance(now, dict) and not isinstance(was, dict):
            return
        if not isinstance(now, dict):
            self.add(r.REQUEST_BODY_REMOVED, "request body", "request body removed")
            return
        now_required = now.get("required") is True
        if not isinstance(was, dict):
            rule = r.REQUEST_BODY_ADDED_REQUIRED if now_required else r.REQUEST_BODY_ADDED_OPTIONAL
            self.add(rule, "request body", f"{'required' if now_required else 'optional'} request body added")
            return
        if (was.get("required") is True) != now_required:
            rule = r.REQUEST_BODY_BECAME_REQUIRED if now_required else r.REQUEST_BODY_BECAME_OPTIONAL
            self.add(rule, "request body", "now required" if now_required else "now optional")
        self.content(was, now, "request body", Role.REQUEST)

    def responses(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        old = {str(k): resolve(self.base.spec, v) for k, v in (before.get("responses") or {}).items()}
        new = {str(k): resolve(self.other.spec, v) for k, v in (after.get("responses") or {}).items()}
        old_success, new_success = {s for s in old if _success(s)}, {s for s in new if _success(s)}
        gone, came = sorted(old_success - new_success), sorted(new_success - old_success)
        if gone and came:
            self.add(r.SUCCESS_STATUS_CHANGED, "responses", f"success status {', '.join(gone)} → {', '.join(came)}")
            if len(gone) == 1 and len(came) == 1:  # the same response under a new code: compare its content too
                self.content(old[gone[0]], new[came[0]], f"response {came[0]}", Role.RESPONSE)
        else:
            for status in gone:
                self.add(r.SUCCESS_STATUS_REMOVED, "responses", f"success status {status} removed")
            for status in came:
                self.add(r.SUCCESS_STATUS_ADDED, "responses", f"success status {status} added")
        for status in sorted(set(old) - set(new) - old_success):
            self.add(r.ERROR_STATUS_REMOVED, "responses", f"status {status} removed")
        for status in sorted(set(new) - set(old) - new_success):
            self.add(r.ERROR_STATUS_ADDED, "responses", f"status {status} added")
        for status in sorted(set(old) & set(new)):
            self.content(old[status], new[status], f"response {status}", Role.RESPONSE)

    def content(self, was: Any, now: Any, where: str, role: Role) -> None:
        old = (was.get("content") if isinstance(was, dict) else None) or {}
        new = (now.get("content") if isinstance(now, dict) else None) or {}
        request = role is Role.REQUEST
        for media in sorted(set(old) | set(new)):
            path = where if media == JSON else f"{where} ({media})"
            if media not in new:
                rule = r.REQUEST_MEDIA_TYPE_REMOVED if request else r.RESPONSE_MEDIA_TYPE_REMOVED
                self.add(rule, path, f"media type {media} removed")
            elif media not in old:
                rule = r.REQUEST_MEDIA_TYPE_ADDED if request else r.RESPONSE_MEDIA_TYPE_ADDED
                self.add(rule, path, f"media type {media} added")
            else:
                self.schema((old[media] or {}).get("schema"), (new[media] or {}).get("schema"), role, path)


def _parameter_key(parameter: dict[str, Any]) -> tuple[str, str]:
    return (str(parameter.get("in")), str(parameter.get("name")))


def _renamed_path_parameters(
    before: str, after: str, old: dict[tuple[str, str], Any], new: dict[tuple[str, str], Any]
) -> list[tuple[str, str]]:
    """Template names that differ at the same position, each declared only on its own side: ``{monitor}`` → ``{id}``.
    A name that still exists elsewhere on the other side is a move, not a rename, and is compared by name."""
    renamed = []
    for old_name, new_name in zip(_TEMPLATE_NAME.findall(before), _TEMPLATE_NAME.findall(after), strict=False):
        if (
            old_name != new_name
            and ("path", old_name) in old
            and ("path", new_name) in new
            and ("path", old_name) not in new
            and ("path", new_name) not in old
        ):
            renamed.append((old_name, new_name))
    return renamed


def _moved_path_parameters(before: str, after: str) -> tuple[list[str], list[str]] | None:
    """The template names of both sides when a name found on both sits at another position (``/a/{x}/b/{y}`` →
    ``/a/{y}/b/{x}``), else None."""
    old, new = _TEMPLATE_NAME.findall(before), _TEMPLATE_NAME.findall(after)
    if any(name in new and new.index(name) != position for position, name in enumerate(old)):
        return old, new
    return None


def python_name(name: str) -> str:
    """The generated client's keyword argument for a parameter name (the generator's own rule)."""
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - a regen dependency, needed only here

    return str(PythonIdentifier(name, prefix=_GENERATOR_FIELD_PREFIX))


def _success(status: str) -> bool:
    return status.startswith("2")
