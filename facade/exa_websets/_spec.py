"""The operations and schemas of the pinned spec, as the generated package's ``spec_index.json`` records them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

Schema = dict[str, Any]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" | "query"
    required: bool
    schema: Schema


@dataclass(frozen=True)
class Operation:
    """One spec operation: how to call it and what its request must satisfy."""

    id: str
    method: str
    path: str
    tag: str
    success_status: int
    supplement: bool  # from openapi/overlays (documented by the vendor, absent from the spec)
    parameters: tuple[Parameter, ...]
    body_schema: Schema | None
    body_required: bool
    path_parameters: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path_parameters", tuple(p.name for p in self.parameters if p.location == "path"))

    def parameter(self, name: str) -> Parameter:
        return next(p for p in self.parameters if p.name == name)

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")

    @property
    def page_limit(self) -> int | None:
        """The spec's maximum page size, for list operations that take a ``limit``."""
        limit = next((p for p in self.query_parameters if p.name == "limit"), None)
        return None if limit is None else int(limit.schema["maximum"])


@dataclass(frozen=True)
class SpecIndex:
    operations: dict[str, Operation]
    schemas: dict[str, Schema]

    def resolve(self, schema: Schema) -> Schema:
        """Follow ``$ref`` (and the single-``$ref`` ``allOf`` the normalizer uses to keep defaults) to a schema."""
        seen = 0
        while True:
            if "$ref" in schema:
                schema = self.schemas[schema["$ref"].rsplit("/", 1)[1]]
            elif len(schema.get("allOf", ())) == 1 and "$ref" in schema["allOf"][0]:
                schema = self.schemas[schema["allOf"][0]["$ref"].rsplit("/", 1)[1]]
            else:
                return schema
            seen += 1
            if seen > 32:  # pragma: no cover - a cycle would be a generator bug
                raise RecursionError("reference cycle in the spec index")


@cache
def spec_index() -> SpecIndex:
    raw = json.loads(resources.files("exa_websets_api").joinpath("spec_index.json").read_text(encoding="utf-8"))
    operations = {
        operation_id: Operation(
            id=operation_id,
            method=data["method"],
            path=data["path"],
            tag=data["tag"],
            success_status=data["success_status"],
            supplement=data["supplement"],
            parameters=tuple(
                Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {})) for p in data["parameters"]
            ),
            body_schema=None if data["request_body"] is None else data["request_body"]["schema"],
            body_required=bool(data["request_body"] and data["request_body"]["required"]),
        )
        for operation_id, data in raw["operations"].items()
    }
    return SpecIndex(operations=operations, schemas=raw["schemas"])
