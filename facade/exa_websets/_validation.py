"""Turn what the caller passed into the wire's JSON, checking it against the pinned spec's own constraints.

One walk over the schema does both jobs: keys written in snake_case (``max_people_per_company``) become the spec's
camelCase (``maxPeoplePerCompany``) where the schema has that property, free-form maps such as ``metadata`` keep their
keys untouched, generated models and enums are unwrapped, and every rule the schema states (required, type,
minLength/maxLength, minimum/maximum, minItems/maxItems, enum, const, format uri) is checked. Problems are collected,
not raised one by one, and name the field the way the caller wrote it (``search.count must be >= 1``).
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ._errors import Problem
from ._spec import Schema, SpecIndex

_CAMEL_BOUNDARY = re.compile(r"_([a-z0-9])")
_SNAKE_BOUNDARY = re.compile(r"(?<=[a-z0-9])([A-Z])")
_TYPE_NAMES = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "a boolean",
    "object": "an object",
    "array": "a list",
    "null": "null",
}


def to_camel(name: str) -> str:
    return _CAMEL_BOUNDARY.sub(lambda m: m.group(1).upper(), name)


def to_snake(name: str) -> str:
    return _SNAKE_BOUNDARY.sub(lambda m: "_" + m.group(1).lower(), name)


def join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def plain(value: Any) -> Any:
    """Unwrap what the SDK hands out: generated models (``to_dict``), enums, datetimes; tuples become lists."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


class Converter:
    """Converts one request's values to wire JSON and accumulates the problems found on the way.

    ``wire=True`` checks a body that is already wire JSON, as a server would: keys are taken as they are (no
    snake_case mapping) and fields the spec does not name are accepted and kept. The SDK itself is stricter: it
    refuses unknown fields, because there they are almost always typos.
    """

    def __init__(self, index: SpecIndex, *, wire: bool = False) -> None:
        self.index = index
        self.wire = wire
        self.problems: list[Problem] = []

    def name(self, wire_name: str) -> str:
        """A field's name in messages: as the caller writes it (snake_case for SDK users, the wire's for a server)."""
        return wire_name if self.wire else to_snake(wire_name)

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def convert(self, schema: Schema, value: Any, path: str) -> Any:  # noqa: PLR0911 - one return per JSON kind
        schema = self.index.resolve(schema)
        value = plain(value)
        if value is None:
            if _allows_null(schema, self.index):
                return None
            self.problem(path, "must not be None")
            return None
        if "oneOf" in schema or "anyOf" in schema:
            return self._convert_union(schema, value, path)
        types = _types(schema)
        kind = _kind_of(value)
        if types and not _type_matches(kind, types):
            expected = " or ".join(_TYPE_NAMES.get(t, t) for t in types if t != "null")
            self.problem(path, f"must be {expected}, not {type(value).__name__}")
            return value
        if "const" in schema and value != schema["const"]:
            self.problem(path, f"must be {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(str(v) for v in schema["enum"] if v is not None)
            self.problem(path, f"must be one of: {allowed} (got {value!r})")
        if kind == "object":
            return self._convert_object(schema, value, path)
        if kind == "array":
            return self._convert_array(schema, value, path)
        if kind == "string":
            self._check_string(schema, value, path)
        elif kind in ("number", "integer"):
            self._check_number(schema, value, path)
        return value

    def _convert_object(self, schema: Schema, value: Mapping[str, Any], path: str) -> dict[str, Any]:
        properties: dict[str, Schema] = schema.get("properties") or {}
        extra = schema.get("additionalProperties", True)
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                self.problem(path, f"has a non-string key {key!r}")
                continue
            wire = key if key in properties or self.wire else to_camel(key)
            if wire in properties:
                if wire in out:
                    self.problem(join(path, key), f"is given twice (as {to_snake(wire)!r} and {wire!r})")
                out[wire] = self.convert(properties[wire], item, join(path, self.name(wire)))
            elif (not properties or self.wire) and extra is not False:
                # A free-form map (metadata), or a server tolerating extras: the keys are data, never renamed.
                out[key] = self.convert(extra, item, join(path, key)) if isinstance(extra, dict) else plain(item)
            else:
                self.problem(join(path, key), "is not a known field" + _suggestion(key, properties))
        for required in schema.get("required") or ():
            if required in out:
                continue
            known = properties.get(required, {})
            if "const" in known and not self.wire:  # one value is possible: fill it rather than ask for it
                out[required] = known["const"]
            else:
                self.problem(join(path, self.name(required)), "is required")
        return out

    def _convert_array(self, schema: Schema, value: list[Any], path: str) -> list[Any]:
        if "minItems" in schema and len(value) < schema["minItems"]:
            self.problem(path, f"must have at least {schema['minItems']} item{'s' if schema['minItems'] != 1 else ''}")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            self.problem(path, f"must have at most {schema['maxItems']} items (got {len(value)})")
        items = schema.get("items", {})
        return [self.convert(items, item, f"{path}[{i}]") for i, item in enumerate(value)]

    def _check_string(self, schema: Schema, value: str, path: str) -> None:
        if "minLength" in schema and len(value) < schema["minLength"]:
            self.problem(
                path,
                "must not be empty"
                if schema["minLength"] == 1
                else f"must be at least {schema['minLength']} characters",
            )
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            self.problem(path, f"must be at most {schema['maxLength']} characters (got {len(value)})")
        if schema.get("format") == "uri":
            parts = urlsplit(value)
            if not (parts.scheme and parts.netloc):
                self.problem(path, f"must be an absolute URL (got {value!r})")
        elif schema.get("format") == "date-time" and not _is_date_time(value):
            self.problem(path, f"must be an ISO 8601 date-time such as 2026-11-22T08:00:00Z (got {value!r})")

    def _check_number(self, schema: Schema, value: float, path: str) -> None:
        if "minimum" in schema and value < schema["minimum"]:
            self.problem(path, f"must be >= {_number(schema['minimum'])}")
        if "maximum" in schema and value > schema["maximum"]:
            self.problem(path, f"must be <= {_number(schema['maximum'])}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            self.problem(path, f"must be > {_number(schema['exclusiveMinimum'])}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            self.problem(path, f"must be < {_number(schema['exclusiveMaximum'])}")

    def _convert_union(self, schema: Schema, value: Any, path: str) -> Any:
        branches = [
            self.index.resolve(b)
            for b in _branches(schema)
            # The Unknown… branch exists to parse responses from a newer server; a request must use a known variant.
            if _types(b) != ["null"] and "x-open-union-of" not in self.index.resolve(b)
        ]
        discriminator = _discriminator(branches)
        if discriminator is not None and isinstance(value, Mapping):
            by_value = {b["properties"][discriminator]["const"]: b for b in branches}
            chosen = by_value.get(value.get(discriminator))
            if chosen is None:
                allowed = ", ".join(by_value)
                self.problem(join(path, discriminator), f"must be one of: {allowed} (got {value.get(discriminator)!r})")
                return value
            return self.convert(chosen, value, path)
        failures: list[list[Problem]] = []
        for branch in branches:
            attempt = Converter(self.index, wire=self.wire)
            converted = attempt.convert(branch, value, path)
            if not attempt.problems:
                return converted
            failures.append(attempt.problems)
        closest = min(failures, key=len) if failures else [Problem(path, "matches no allowed shape")]
        self.problems.extend(closest)
        return value


def _is_date_time(text: str) -> bool:
    if "T" not in text.upper():
        return False
    from exa_websets_api.types import parse_datetime  # noqa: PLC0415 - the generated package loads on first use

    try:
        parse_datetime(text)
    except ValueError:
        return False
    return True


def _types(schema: Schema) -> list[str]:
    types = schema.get("type")
    return types if isinstance(types, list) else [types] if isinstance(types, str) else []


def _allows_null(schema: Schema, index: SpecIndex) -> bool:
    if "null" in _types(schema) or schema.get("nullable") is True:
        return True
    return any(_types(index.resolve(b)) == ["null"] for b in _branches(schema))


def _branches(schema: Schema) -> list[Schema]:
    branches: list[Schema] = schema.get("oneOf") or schema.get("anyOf") or []
    return branches


_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "boolean"),  # before int: bool is an int subclass
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (Mapping, "object"),
    (list, "array"),
)


def _kind_of(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return "integer"  # JSON Schema: 2.0 is an integer (JSON has one number type; a decoder may give a float)
    return next((kind for cls, kind in _KINDS if isinstance(value, cls)), type(value).__name__)


def _type_matches(kind: str, types: list[str]) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _discriminator(branches: list[Schema]) -> str | None:
    """The property whose const tells the object branches apart, if there is one."""
    if len(branches) < 2 or any("properties" not in b for b in branches):
        return None
    for name, prop in branches[0]["properties"].items():
        consts = [b["properties"].get(name, {}).get("const") for b in branches]
        if "const" in prop and all(isinstance(c, str) for c in consts) and len(set(consts)) == len(consts):
            return str(name)
    return None


def _suggestion(key: str, properties: Mapping[str, Schema]) -> str:
    names = {to_snake(p): p for p in properties}
    import difflib  # noqa: PLC0415 - only for a misspelt name, not on every import

    close = difflib.get_close_matches(to_snake(key), list(names), n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (known: {', '.join(sorted(names))})" if names else ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
