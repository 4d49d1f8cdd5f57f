"""What the pinned spec says about each operation: the status a success has and the schema its body refers to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from openapi.fetch import fetch_spec, load_pin
from openapi.overlays import apply_overlays, is_overlay

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class OperationFacts:
    operation_id: str
    method: str
    status: int  # the lowest 2xx the spec declares
    schema: str | None  # the component the success body refers to
    supplement: bool  # from openapi/overlays


@dataclass(frozen=True)
class SpecFacts:
    operations: dict[str, OperationFacts]
    event_types_with_variant: frozenset[str]

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> SpecFacts:
        """``spec`` is the pinned spec; the documented supplement (exports, teams/me) is applied here."""
        supplemented = apply_overlays(dict(spec))
        operations: dict[str, OperationFacts] = {}
        for path_item in supplemented["paths"].values():
            for method, operation in path_item.items():
                if method not in HTTP_METHODS:
                    continue
                statuses = sorted(int(code) for code in operation.get("responses", {}) if 200 <= int(code) < 300)
                response = next(v for k, v in operation["responses"].items() if int(k) == statuses[0]) or {}
                ref = (((response.get("content") or {}).get("application/json") or {}).get("schema") or {}).get("$ref")
                operations[operation["operationId"]] = OperationFacts(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    status=statuses[0],
                    schema=ref.rsplit("/", 1)[1] if isinstance(ref, str) else None,
                    supplement=is_overlay(operation),
                )
        variants = supplemented["components"]["schemas"]["Event"]["oneOf"]
        event_types = {_event_variant_type(supplemented, variant) for variant in variants}
        return cls(operations=operations, event_types_with_variant=frozenset(event_types))


def _event_variant_type(spec: Mapping[str, Any], variant: Mapping[str, Any]) -> str:
    if "$ref" in variant:
        variant = spec["components"]["schemas"][variant["$ref"].rsplit("/", 1)[1]]
    return str(variant["properties"]["type"]["const"])


def load_spec() -> dict[str, Any]:
    """The pinned spec (cache, then ``EXA_WEBSETS_SPEC_MIRROR``, then a download, checked against the pin)."""
    loaded: dict[str, Any] = yaml.safe_load(fetch_spec(load_pin()).read_text(encoding="utf-8"))
    return loaded
