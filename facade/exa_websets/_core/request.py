"""Build a call: the per-call options, the conversion of the caller's values to the wire's JSON (checked against
the operation's own schemas), and the ``PreparedRequest`` the pipeline sends. Pure: no I/O; bad input is refused
here, before the network, with every problem named the way the caller wrote it.

The conversion (``Converter``) is one walk over the schema that does both jobs: keys written in snake_case
(``max_people_per_company``) become the spec's camelCase (``maxPeoplePerCompany``) where the schema has that
property, free-form maps such as ``metadata`` keep their keys untouched, generated models and enums are unwrapped, and
every rule the schema states (required, type, minLength/maxLength, minimum/maximum, minItems/maxItems, enum, const,
format uri) is checked. Problems are collected, not raised one by one, and name the field the way the caller wrote it
(``search.count must be >= 1``).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypedDict
from urllib.parse import quote, urlsplit

import httpx

from .. import __version__, _rules
from .._errors import InvalidRequestError, Problem
from .._logging import redact_query
from .._policy.retry import Safety
from .._settings import ClientSettings, as_timeout, seconds_problem, timeout_problem
from .operation import ComponentSchemas, OperationSpec, Schema, component_schemas
from .response import field_value

PRIORITY_HEADER = "x-exa-websets-priority"


class RequestOptions(TypedDict, total=False):
    timeout: float | httpx.Timeout | None  # this call's socket timeouts (each connect, read, write); None: none
    deadline: float | None  # this call's total time in seconds, retries and their sleeps included; None: none
    max_retries: int  # this call only
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]  # merged into the JSON body after validation: for fields newer than the pinned spec
    priority: Literal["low", "medium", "high"]  # sent as the x-exa-websets-priority header


USER_AGENT = f"exa-websets-python/{__version__}"
# Path values by the spec's parameter name, each with the argument name the caller used (for messages):
# {"webset": ("webset_id", "ws_1"), "id": ("item_id", "it_1")}.
PathArguments = Mapping[str, tuple[str, str]]
USE_CLIENT_TIMEOUT: Any = httpx.USE_CLIENT_DEFAULT
API_KEY_HEADER = "x-api-key"


@dataclass(frozen=True)
class PreparedRequest:
    operation: OperationSpec | None  # None for requests outside the API (an upload to a presigned URL)
    label: str  # how the caller knows the call, e.g. "websets.create"
    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: dict[str, str]  # never the API key: the pipeline puts it on the request it sends (settings.auth_headers)
    content: bytes | None
    timeout: Any  # an httpx.Timeout, or USE_CLIENT_TIMEOUT for a caller-supplied client's own
    safety: Safety
    max_retries: int
    expects_json: bool = True
    deadline: float | None = None  # seconds for the whole call, retries included
    authenticated: bool = True  # False for presigned transfers: the URL is the credential, the key is never sent

    @property
    def shown_url(self) -> str:
        """The URL as logs and errors show it: a presigned URL's query (its token) is redacted."""
        return self.url if self.authenticated else redact_query(self.url)


def prepare(
    settings: ClientSettings,
    operation: OperationSpec,
    *,
    label: str,
    path: PathArguments | None = None,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    options: RequestOptions | None = None,
    safety: Safety = Safety.REPEATABLE,
) -> PreparedRequest:
    """Validate and encode one call. ``path`` maps each path parameter's spec name to the argument name the
    caller used (for messages) and its value; ``query`` and ``body`` hold the caller's values (snake_case or
    camelCase keys)."""
    options = options or {}
    problems: list[Problem] = []
    url = settings.base_url + _fill_path(operation, path or {}, problems)
    params = _encode_query(operation, query or {}, problems)
    _check_options(options, problems)
    content = _encode_body(operation, body, options, problems)
    if problems:
        raise InvalidRequestError(label, problems)
    params += tuple((str(k), _query_text(plain(v))) for k, v in (options.get("extra_query") or {}).items())
    headers = {"accept": "application/json", "user-agent": USER_AGENT}
    if content is not None:
        headers["content-type"] = "application/json"
    if "priority" in options:
        headers[PRIORITY_HEADER] = options["priority"]
    headers.update(options.get("extra_headers") or {})
    return PreparedRequest(
        operation=operation,
        label=label,
        method=operation.method,
        url=url,
        params=params,
        headers=headers,
        content=content,
        timeout=_timeout(settings, options),
        safety=safety,
        max_retries=options.get("max_retries", settings.retry.max_retries),
        deadline=options.get("deadline", settings.deadline),
    )


def _timeout(settings: ClientSettings, options: RequestOptions) -> Any:
    """The call's own timeout, else the client's, else USE_CLIENT_TIMEOUT so a caller-supplied client keeps its own."""
    if "timeout" in options:
        return as_timeout(options["timeout"])
    return settings.timeout if settings.timeout is not None else USE_CLIENT_TIMEOUT


def _fill_path(operation: OperationSpec, path: PathArguments, problems: list[Problem]) -> str:
    """Bind each value to the spec's path parameter of that name, never by position: if upstream reorders a path's
    parameters the values still go where they belong, and if it renames one this fails loudly here."""
    if set(path) != set(operation.path_parameters):  # a programming error in a resource, not the caller's
        raise TypeError(f"{operation.id} takes path parameters {sorted(operation.path_parameters)}, got {sorted(path)}")
    values: dict[str, str] = {}
    for spec_name, (argument, value) in path.items():
        usable = isinstance(value, str) and bool(value.strip())
        if not usable:
            problems.append(Problem(argument, f"must be a non-empty string id (got {value!r})"))
        values[spec_name] = quote(value if usable else "_", safe="")
    return operation.path.format(**values)


def _encode_query(
    operation: OperationSpec, query: Mapping[str, Any], problems: list[Problem]
) -> tuple[tuple[str, str], ...]:
    if all(value is None for value in query.values()):
        return ()
    converter = Converter()
    known = {p.name: p for p in operation.query_parameters}
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None:
            continue
        parameter = known.get(name) or known.get(to_camel(name))
        if parameter is None:  # a programming error in a resource: its arguments come from the spec
            raise TypeError(f"{operation.id} has no query parameter {name!r}")
        wire = converter.convert(parameter.schema, value, name)
        for item in wire if isinstance(wire, list) else [wire]:
            pairs.append((parameter.name, _query_text(item)))
    problems.extend(converter.problems)
    return tuple(pairs)


def _query_text(value: Any) -> str:
    value = field_value(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def _encode_body(
    operation: OperationSpec,
    body: Mapping[str, Any] | None,
    options: RequestOptions,
    problems: list[Problem],
) -> bytes | None:
    if operation.body_schema is None:
        if body:
            raise TypeError(f"{operation.id} takes no request body")
        return None
    fields = {**_rules.DEFAULTS.get(operation.id, {}), **{k: v for k, v in (body or {}).items() if v is not None}}
    converter = Converter()
    wire = converter.convert(operation.body_schema, fields, "")
    problems.extend(converter.problems)
    if not converter.problems and isinstance(wire, dict):
        problems.extend(_rules.check(operation.id, wire))
        extra = options.get("extra_body")
        if isinstance(extra, Mapping) and extra:
            wire = _merge(wire, {str(k): plain(v) for k, v in extra.items()})
            # The merged body is validated again, as the server would read it: extra_body may add fields the pinned
            # spec does not know (kept as they are), never slip an invalid value past validation (count=0).
            checker = Converter(wire=True)
            checker.convert(operation.body_schema, wire, "")
            merged_problems = checker.problems or _rules.check(operation.id, wire)
            problems.extend(
                Problem(f"extra_body: {p.path}" if p.path else "extra_body:", p.message) for p in merged_problems
            )
    return json.dumps(wire, separators=(",", ":"), ensure_ascii=False, default=_json_default).encode("utf-8")


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``extra`` merged into ``base``: objects are merged key by key, anything else is replaced."""
    merged = dict(base)
    for key, value in extra.items():
        inner = merged.get(key)
        merged[key] = _merge(inner, value) if isinstance(inner, dict) and isinstance(value, Mapping) else value
    return merged


def _json_default(value: Any) -> Any:
    converted = plain(value)
    if converted is value:
        raise TypeError(f"cannot send a {type(value).__name__} as JSON")
    return converted


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def _check_options(options: RequestOptions, problems: list[Problem]) -> None:
    if not options:
        return
    unknown = set(options) - _OPTION_NAMES
    for name in sorted(unknown):
        problems.append(
            Problem(
                name,
                "is not a request option (timeout, deadline, max_retries, extra_headers, "
                "extra_query, extra_body, priority)",
            )
        )
    retries = options.get("max_retries")
    if retries is not None and (not isinstance(retries, int) or isinstance(retries, bool) or retries < 0):
        problems.append(Problem("max_retries", f"must be an integer >= 0 (got {retries!r})"))
    if "priority" in options and options["priority"] not in ("low", "medium", "high"):
        problems.append(Problem("priority", f"must be one of: low, medium, high (got {options['priority']!r})"))
    found = {
        "timeout": timeout_problem(options["timeout"]) if "timeout" in options else None,
        "deadline": seconds_problem(options["deadline"], allow_zero=False) if "deadline" in options else None,
        "extra_query": _mapping_problem(options.get("extra_query")),
        "extra_body": _mapping_problem(options.get("extra_body")),
        "extra_headers": _headers_problem(options.get("extra_headers")),
    }
    problems.extend(Problem(name, message) for name, message in found.items() if message)


def _mapping_problem(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        return f"must be a mapping of field names to values (got {type(value).__name__})"
    bad = next((k for k in value if not isinstance(k, str) or not k), None)
    return None if bad is None else f"must have non-empty string keys (got {bad!r})"


def _headers_problem(value: object) -> str | None:
    """Header names and values are checked here, not by httpx deep in the send (where a failure looked like a
    connection error and was retried)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        return f"must be a mapping of header names to string values (got {type(value).__name__})"
    return next((problem for name, text in value.items() if (problem := _header_problem(name, text))), None)


def _header_problem(name: object, text: object) -> str | None:
    if not isinstance(name, str) or not name or not name.isascii() or any(c in _NOT_IN_NAMES for c in name):
        return f"has an invalid header name {name!r}"
    if name.lower() in (API_KEY_HEADER, "authorization"):  # the client sends the key in exactly one of them
        return f"must not set {name.lower()}: pass api_key to the client (auth_scheme='bearer' sends Authorization)"
    if not isinstance(text, str):
        return f"{name} must be a string (got {type(text).__name__})"
    if not text.isascii() or any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in text):
        return f"{name} must be printable ASCII without line breaks"
    return None


_NOT_IN_NAMES = frozenset('()<>@,;:\\"/[]?={} \t\r\n')


@dataclass(frozen=True)
class Transfer:
    """A file upload to (PUT) or download from (GET) a presigned URL, outside the API's operations."""

    label: str  # how the caller knows the call, e.g. "exports.download"
    method: str
    url: str
    content: bytes | None = None
    content_type: str | None = None


def prepare_transfer(
    settings: ClientSettings, transfer: Transfer, options: RequestOptions | None = None
) -> PreparedRequest:
    """A transfer carries no API key: the URL is the credential, and its host may be a third party's storage. Both
    kinds are repeatable, so they are retried like reads."""
    label, url, content_type = transfer.label, transfer.url, transfer.content_type
    options = options or {}
    problems: list[Problem] = []
    _check_options(options, problems)
    try:
        parts: httpx.URL | None = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.host:
        shown = redact_query(url) if isinstance(url, str) else type(url).__name__
        problems.append(Problem("url", f"must be an http(s) URL (got {shown!r})"))
    if problems:
        raise InvalidRequestError(label, problems)
    headers = {
        "user-agent": USER_AGENT,
        **({"content-type": content_type} if content_type else {}),
        **(options.get("extra_headers") or {}),
    }
    return PreparedRequest(
        operation=None,
        label=label,
        method=transfer.method,
        url=url,
        params=(),
        headers=headers,
        content=transfer.content,
        timeout=_timeout(settings, options),
        safety=Safety.REPEATABLE,
        max_retries=options.get("max_retries", settings.retry.max_retries),
        expects_json=False,
        deadline=options.get("deadline", settings.deadline),
        authenticated=False,
    )


# Converting the caller's values to wire JSON (see the module docstring).
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
    """Unwrap what the SDK hands out: generated models (``to_dict``), enums and unset fields (``field_value``),
    datetimes; tuples become lists."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    value = field_value(value)
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

    def __init__(self, schemas: ComponentSchemas | None = None, *, wire: bool = False) -> None:
        self.schemas = schemas or component_schemas()
        self.wire = wire
        self.problems: list[Problem] = []

    def name(self, wire_name: str) -> str:
        """A field's name in messages: as the caller writes it (snake_case for SDK users, the wire's for a server)."""
        return wire_name if self.wire else to_snake(wire_name)

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def convert(self, schema: Schema, value: Any, path: str) -> Any:  # noqa: PLR0911 - one return per JSON kind
        schema = self.schemas.resolve(schema)
        value = plain(value)
        if value is None:
            if _allows_null(schema, self.schemas):
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
            self.schemas.resolve(b)
            for b in _branches(schema)
            # The Unknown… branch exists to parse responses from a newer server; a request must use a known variant.
            if _types(b) != ["null"] and "x-open-union-of" not in self.schemas.resolve(b)
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
            attempt = Converter(self.schemas, wire=self.wire)
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


def _allows_null(schema: Schema, schemas: ComponentSchemas) -> bool:
    if "null" in _types(schema) or schema.get("nullable") is True:
        return True
    return any(_types(schemas.resolve(b)) == ["null"] for b in _branches(schema))


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
