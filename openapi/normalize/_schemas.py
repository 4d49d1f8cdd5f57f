"""Schema helpers shared by the transformations: a walker that visits schema objects only, and comparisons."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Schema = dict[str, Any]

_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_SINGLES = ("items", "not", "additionalProperties", "contains", "if", "then", "else")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_ANNOTATIONS = frozenset({"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly"})
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def iter_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    """Yield ``(json_pointer, schema)`` for every schema, parents before children.

    Transformations may replace a schema's *contents* in place while iterating; the walker reads a node's
    children only after yielding it, so rewritten children are visited in their new form.
    """
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        yield from _walk(f"/components/schemas/{_escape(name)}", schema)
    for path, item in (spec.get("paths") or {}).items():
        base = f"/paths/{_escape(path)}"
        yield from _parameter_schemas(base, item)
        for method in _METHODS:
            if method in item:
                yield from _operation_schemas(f"{base}/{method}", item[method])


def _parameter_schemas(base: str, owner: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    for index, parameter in enumerate(owner.get("parameters") or []):
        if "schema" in parameter:
            yield from _walk(f"{base}/parameters/{index}/schema", parameter["schema"])


def _operation_schemas(base: str, operation: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    yield from _parameter_schemas(base, operation)
    for media, content in ((operation.get("requestBody") or {}).get("content") or {}).items():
        if "schema" in content:
            yield from _walk(f"{base}/requestBody/content/{_escape(media)}/schema", content["schema"])
    for status, response in (operation.get("responses") or {}).items():
        for media, content in (response.get("content") or {}).items():
            if "schema" in content:
                yield from _walk(f"{base}/responses/{status}/content/{_escape(media)}/schema", content["schema"])
        for header, definition in (response.get("headers") or {}).items():
            if "schema" in definition:
                yield from _walk(f"{base}/responses/{status}/headers/{_escape(header)}/schema", definition["schema"])


def _walk(pointer: str, schema: Any) -> Iterator[tuple[str, Schema]]:
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in _SCHEMA_LISTS:
        for index, child in enumerate(schema.get(key) or []):
            yield from _walk(f"{pointer}/{key}/{index}", child)
    for key in _SCHEMA_SINGLES:
        if key in schema:
            yield from _walk(f"{pointer}/{key}", schema[key])
    for key in _SCHEMA_MAPS:
        for name, child in (schema.get(key) or {}).items():
            yield from _walk(f"{pointer}/{key}/{_escape(name)}", child)


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` in document order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            if method in item:
                yield path, method, item[method]


def replace_contents(schema: Schema, new: Schema) -> None:
    """Rewrite a schema in place, so the parent's reference to this dict stays valid."""
    schema.clear()
    schema.update(new)


def pascal(name: str) -> str:
    """The generator's class-name casing for a simple identifier (camelCase or snake_case)."""
    parts = name.replace("-", "_").split("_")
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


def without_keywords(schema: Any, keywords: frozenset[str]) -> Any:
    """A copy of the schema without these keywords at any schema position (property names are kept)."""
    if isinstance(schema, list):
        return [without_keywords(item, keywords) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in keywords:
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: without_keywords(child, keywords) for name, child in value.items()}
        else:
            out[key] = without_keywords(value, keywords)
    return out


def canonical(schema: Any) -> Any:
    """The schema without annotation keywords, for structural comparison."""
    return without_keywords(schema, _ANNOTATIONS)
