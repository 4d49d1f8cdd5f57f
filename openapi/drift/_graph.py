"""Who uses which schema: the $ref graph of one spec, walked from its operations.

Roles decide severities (a schema the client *sends* is judged differently from one it *parses*); reachability
decides what a change touches (the operations using the changed schema, and fixtures whose instance involves it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from openapi.normalize._schemas import iter_operations

SCHEMA_REF_PREFIX = "#/components/schemas/"
_TEMPLATE_PARAMETER = re.compile(r"\{[^}]*\}")


class Role(Enum):
    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True, order=True)
class OperationKey:
    """An operation's identity across versions: the path template (parameter names ignored) and the method."""

    template: str
    method: str

    @classmethod
    def of(cls, path: str, method: str) -> OperationKey:
        return cls(_TEMPLATE_PARAMETER.sub("{}", path), method.lower())


@dataclass
class OperationUse:
    path: str
    method: str
    operation_id: str | None
    operation: dict[str, Any]
    request_roots: set[str] = field(default_factory=set)
    response_roots: set[str] = field(default_factory=set)
    reach: set[str] = field(default_factory=set)  # every schema the operation uses, transitively
    sends: set[str] = field(default_factory=set)  # ... in its parameters and request body
    receives: set[str] = field(default_factory=set)  # ... in its responses


def ref_name(ref: str) -> str | None:
    """The component name of a schema $ref, or None for any other reference."""
    if not ref.startswith(SCHEMA_REF_PREFIX):
        return None
    return ref[len(SCHEMA_REF_PREFIX) :].replace("~1", "/").replace("~0", "~")


def schema_refs(node: Any) -> Iterator[str]:
    """Every component schema named by a $ref anywhere below ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and (name := ref_name(ref)) is not None:
            yield name
        for value in node.values():
            yield from schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from schema_refs(value)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local $ref to a non-schema component (parameter, request body, response); others pass through."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        ref = node["$ref"]
        if ref.startswith(SCHEMA_REF_PREFIX) or ref in seen:
            return node
        seen.add(ref)
        target: Any = spec
        for escaped in ref[2:].split("/"):
            token = escaped.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        if target is None:
            return node
        node = target
    return node


def operation_parameters(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    """Path-level parameters overridden by operation-level ones with the same (in, name)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for owner in ((spec.get("paths") or {}).get(path) or {}, operation):
        for raw in owner.get("parameters") or []:
            parameter = resolve(spec, raw)
            if isinstance(parameter, dict):
                merged[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
    return list(merged.values())


class SpecGraph:
    """The schema reference graph of one spec and how its operations enter it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = dict((spec.get("components") or {}).get("schemas") or {})
        self.edges: dict[str, set[str]] = {name: set(schema_refs(schema)) for name, schema in self.schemas.items()}
        self.operations: dict[OperationKey, OperationUse] = {}
        for path, method, operation in iter_operations(spec):
            use = OperationUse(path, method, operation.get("operationId"), operation)
            body = resolve(spec, operation.get("requestBody") or {})
            use.request_roots.update(schema_refs(body))
            use.request_roots.update(schema_refs(operation_parameters(spec, path, operation)))
            for response in (operation.get("responses") or {}).values():
                use.response_roots.update(schema_refs(resolve(spec, response)))
            self.operations[OperationKey.of(path, method)] = use
        self._request_schemas = self.closure(r for use in self.operations.values() for r in use.request_roots)
        self._response_schemas = self.closure(r for use in self.operations.values() for r in use.response_roots)
        for use in self.operations.values():
            use.sends = self.closure(use.request_roots)
            use.receives = self.closure(use.response_roots)
            use.reach = use.sends | use.receives

    def closure(self, roots: Iterable[str]) -> set[str]:
        """The roots and every schema they reference, transitively."""
        seen: set[str] = set()
        pending = list(roots)
        while pending:
            name = pending.pop()
            if name not in seen:
                seen.add(name)
                pending.extend(self.edges.get(name, ()))
        return seen

    def roles(self, name: str) -> set[Role]:
        roles = set()
        if name in self._request_schemas:
            roles.add(Role.REQUEST)
        if name in self._response_schemas:
            roles.add(Role.RESPONSE)
        return roles

    def is_reachable(self, name: str) -> bool:
        return name in self._request_schemas or name in self._response_schemas

    def instance_reach(self, name: str, tags: Mapping[str, str]) -> set[str]:
        """The schemas an instance of ``name`` can involve. For a discriminated union (Event) only the variant the
        instance's tag selects counts, so a change in Import does not touch a ``webset.created`` event fixture."""
        schema = self.schemas.get(name)
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        property_name = discriminator.get("propertyName") if isinstance(discriminator, dict) else None
        tag = tags.get(property_name) if isinstance(property_name, str) else None
        if not isinstance(schema, dict) or tag is None:
            return self.closure([name])
        branches = [b for key in ("oneOf", "anyOf") for b in schema.get(key) or [] if isinstance(b, dict)]
        chosen = [branch for branch in branches if self._tag_of(branch, str(property_name)) == tag]
        return {name} | self.closure(r for branch in chosen for r in schema_refs(branch))

    def _tag_of(self, branch: dict[str, Any], property_name: str) -> str | None:
        target = branch
        if isinstance(branch.get("$ref"), str) and (name := ref_name(branch["$ref"])) is not None:
            target = self.schemas.get(name) or {}
        tag = ((target.get("properties") or {}).get(property_name) or {}) if isinstance(target, dict) else {}
        if "const" in tag:
            return str(tag["const"])
        enum = tag.get("enum")
        return str(enum[0]) if isinstance(enum, list) and len(enum) == 1 else None

    def operations_using(self, name: str, role: Role | None = None) -> set[str]:
        """operationIds whose request or parameters (REQUEST), responses (RESPONSE) or any of them (None) reach the
        schema: a change to what clients send concerns the operations that send it, and likewise for receiving."""
        return {
            use.operation_id
            for use in self.operations.values()
            if use.operation_id
            and name in (use.sends if role is Role.REQUEST else use.receives if role is Role.RESPONSE else use.reach)
        }

    def dangling_references(self) -> set[str]:
        """Schema names referenced somewhere in the spec but not defined."""
        return set(schema_refs(self.spec)) - set(self.schemas)
