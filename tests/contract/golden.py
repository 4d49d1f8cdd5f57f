"""Golden fixtures for the Websets API: load them, validate them against the spec, parse them with the generated client.

A golden fixture is one JSON file under ``tests/fixtures/golden/<category>/<name>.json``, for example
``operations/websets-create.json``, ``items/company-enriched.json`` or ``events/webset.idle.json``. Each file holds
a ``_metadata`` object and, beside it, exactly one payload:

``response``
    the whole JSON body of an operation's success response (``_metadata.operation_id`` and ``_metadata.status``
    say which operation and which HTTP status);
``instance``
    one instance of a component schema that is not a whole response (an item at some stage, one event, a webset in
    some status). ``operation_id`` and ``status`` are absent.

``_metadata`` (checked by :data:`FIXTURE_FILE_SCHEMA` when a file is loaded):

``schema``
    the component the payload is (``"Webset"``, ``"WebsetItem"``, ``"Event"``, ``"ListWebsetItemResponse"``...).
    For an operation fixture it is the component the spec's success response refers to.
``operation_id`` / ``status``
    operation fixtures only: the operation and its success status, as the spec declares them.
``source``
    ``{"document": <file in the reference directory>, "section": <heading path>}``: where the fixture was
    transcribed from. The section is the chain of markdown headings, outermost first, joined by ``" > "``
    (``"Object Schemas > Webset"``), and must exist in that document.
``spec_commit``
    the full upstream commit of the spec the fixture was checked against (the pin in ``openapi/pin.toml``).
``filled_fields``
    the drift record: JSON pointers, relative to the payload, of every field the spec requires but the source's
    example does not show, so we filled it with a plausible value. A nested object is compared with its own
    documented example in the same document (a Webset's searches with the WebsetSearch example), and a pointer
    covers its whole subtree (``/lastRun`` when the documentation shows no run at all); an object the documentation
    never shows (Import, MonitorRun) has all its required fields listed. A field the documentation shows under
    another name or path is not "filled" (the difference is in ``notes``), and an optional field the documentation
    does not show (``Webset.excludes``) is not listed: the spec does not require it.
``notes``
    plain sentences, one per disagreement between the documentation and the spec that shaped this fixture.
``supplement``
    present (and ``true``) only for the documented endpoints the pinned spec lacks (exports, teams/me): those
    fixtures are checked against the spec with ``openapi/overlays`` applied.
``documented_fields``
    JSON pointers, relative to the payload, of the fields the vendor documents on a schema the pinned spec has, which
    ``openapi/overlays`` adds (``Webset.dashboardUrl``, ``WebsetSearch.maxPeoplePerCompany``). A fixture with them
    is checked against the supplemented spec, and the pin alone must find exactly these fields undeclared.

Event fixtures (``events/<type>.json``) are ``Event`` instances, one per value of the spec's ``EventType``. The two
export event types have no variant in the spec's ``Event`` oneOf: those fixtures are expected to fail validation
(their ``data`` is checked against the supplement's ``Export`` instead) and to parse as ``UnknownEvent``.

Reusable API: :func:`load_fixtures`, :func:`spec_validator` (a :class:`SpecValidator` with a date-time and uri
format checker), :func:`spec_operations`, :func:`parse_payload`, :func:`json_differences` (round-trip comparison,
datetimes compared as instants), and a few spec-derived facts (:func:`event_types`, :func:`item_entity_types`...).
"""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import exa_websets_api.api
from exa_websets_api import models
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
SPEC_URI = "urn:exa-websets:openapi"  # the whole spec is registered under this URI; refs inside it stay "#/..."
SECTION_SEPARATOR = " > "
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

JSONPointer = str

_METADATA_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["schema", "source", "spec_commit", "filled_fields", "notes"],
    "additionalProperties": False,
    "properties": {
        "operation_id": {"type": "string", "pattern": "^[a-z]+(-[a-z]+)*$"},
        "schema": {"type": "string", "pattern": "^[A-Z][A-Za-z0-9]*$"},
        "status": {"type": "integer", "minimum": 200, "maximum": 299},
        "source": {
            "type": "object",
            "required": ["document", "section"],
            "additionalProperties": False,
            "properties": {
                "document": {"type": "string", "pattern": r"^[^/\\]+\.md$"},
                "section": {"type": "string", "minLength": 1},
            },
        },
        "spec_commit": {"type": "string", "pattern": "^[0-9a-f]{40}$"},
        "filled_fields": {
            "type": "array",
            "uniqueItems": True,
            "items": {"type": "string", "pattern": "^(/([^~/]|~[01])*)+$"},
        },
        "notes": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "supplement": {"const": True},
        "documented_fields": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"type": "string", "pattern": "^(/([^~/]|~[01])*)+$"},
        },
    },
}

FIXTURE_FILE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["_metadata"],
    "additionalProperties": False,
    "properties": {"_metadata": _METADATA_SCHEMA, "response": True, "instance": True},
    "oneOf": [
        {
            "required": ["response"],
            "not": {"required": ["instance"]},
            "properties": {"_metadata": {"required": ["operation_id", "status"]}},
        },
        {
            "required": ["instance"],
            "not": {"required": ["response"]},
            "properties": {"_metadata": {"not": {"anyOf": [{"required": ["operation_id"]}, {"required": ["status"]}]}}},
        },
    ],
}


class GoldenFixtureError(ValueError):
    """A fixture file that does not follow the layout described in this module's docstring."""


@dataclass(frozen=True)
class FixtureSource:
    document: str
    section: str


@dataclass(frozen=True)
class FixtureMetadata:
    schema: str
    source: FixtureSource
    spec_commit: str
    filled_fields: tuple[JSONPointer, ...]
    notes: tuple[str, ...]
    operation_id: str | None = None
    status: int | None = None
    supplement: bool = False
    documented_fields: tuple[JSONPointer, ...] = ()


@dataclass(frozen=True)
class GoldenFixture:
    path: Path
    name: str  # the path below the golden directory, without ".json": "operations/websets-create"
    metadata: FixtureMetadata
    payload: Any = field(repr=False)

    @property
    def is_operation(self) -> bool:
        return self.metadata.operation_id is not None

    @property
    def category(self) -> str:
        return self.name.split("/", 1)[0]


def load_fixture(path: Path, root: Path) -> GoldenFixture:
    """Read and check one fixture file; ``root`` is the golden directory its name is relative to."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise GoldenFixtureError(f"{path}: not JSON: {error}") from error
    layout_errors = sorted(Draft202012Validator(FIXTURE_FILE_SCHEMA).iter_errors(document), key=str)
    if layout_errors:
        details = "; ".join(f"{_error_location(error)}: {error.message}" for error in layout_errors)
        raise GoldenFixtureError(f"{path}: not a golden fixture ({details})")
    raw = document["_metadata"]
    metadata = FixtureMetadata(
        schema=raw["schema"],
        source=FixtureSource(document=raw["source"]["document"], section=raw["source"]["section"]),
        spec_commit=raw["spec_commit"],
        filled_fields=tuple(raw["filled_fields"]),
        notes=tuple(raw["notes"]),
        operation_id=raw.get("operation_id"),
        status=raw.get("status"),
        supplement=raw.get("supplement", False),
        documented_fields=tuple(raw.get("documented_fields", ())),
    )
    payload = document["response"] if "response" in document else document["instance"]
    name = path.relative_to(root).with_suffix("").as_posix()
    return GoldenFixture(path=path, name=name, metadata=metadata, payload=payload)


def load_fixtures(directory: Path = GOLDEN_DIR) -> list[GoldenFixture]:
    """Every ``*.json`` below ``directory`` (recursively), sorted by name."""
    return [load_fixture(path, directory) for path in sorted(directory.rglob("*.json"))]


# --- JSON pointers (RFC 6901) --------------------------------------------------------------------------------------


class PointerError(LookupError):
    pass


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_tokens(pointer: JSONPointer) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PointerError(f"a JSON pointer starts with '/': {pointer!r}")
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def resolve_pointer(document: Any, pointer: JSONPointer) -> Any:
    """The value ``pointer`` names in ``document``; :class:`PointerError` if there is none."""
    value = document
    for token in pointer_tokens(pointer):
        if isinstance(value, Mapping) and token in value:
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            raise PointerError(f"{pointer!r}: nothing at {token!r}")
    return value


def pointer_exists(document: Any, pointer: JSONPointer) -> bool:
    try:
        resolve_pointer(document, pointer)
    except PointerError:
        return False
    return True


# --- formats -------------------------------------------------------------------------------------------------------

# jsonschema only checks "date-time" and "uri" when optional packages (rfc3339-validator, rfc3987) are installed;
# without them both formats pass anything. These checkers need nothing beyond the standard library.
_RFC3339_DATE_TIME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})[Tt](?P<time>\d{2}:\d{2}:\d{2})(?:\.(?P<fraction>\d+))?"
    r"(?P<offset>[Zz]|[+-]\d{2}:\d{2})$"
)
_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_URI_CHARACTERS = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")


def parse_rfc3339(value: str) -> datetime | None:
    """The instant an RFC 3339 ``date-time`` names (always timezone-aware), or None if ``value`` is not one."""
    match = _RFC3339_DATE_TIME.match(value)
    if match is None:
        return None
    fraction = (match["fraction"] or "")[:6].ljust(6, "0")
    offset = match["offset"].upper()
    try:
        moment = datetime.fromisoformat(f"{match['date']}T{match['time']}.{fraction}")
        if offset == "Z":
            zone = timezone.utc
        else:
            sign = 1 if offset[0] == "+" else -1
            zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
        return moment.replace(tzinfo=zone)
    except ValueError:  # month 13, hour 25, offset +24:00...
        return None


def is_absolute_uri(value: str) -> bool:
    """RFC 3986 ``URI`` (scheme required; only the characters and percent-escapes the grammar allows)."""
    return bool(_URI_SCHEME.match(value)) and bool(_URI_CHARACTERS.match(value))


def format_checker() -> FormatChecker:
    """jsonschema's format checker plus working ``date-time`` and ``uri`` checks."""
    checker = FormatChecker()

    @checker.checks("date-time")
    def _is_date_time(instance: object) -> bool:
        return not isinstance(instance, str) or parse_rfc3339(instance) is not None

    @checker.checks("uri")
    def _is_uri(instance: object) -> bool:
        return not isinstance(instance, str) or is_absolute_uri(instance)

    return checker


# --- the spec ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case, as the generated modules' METHOD
    path: str
    success_status: int
    response_schema_pointer: JSONPointer | None  # where the success JSON body's schema is in the spec; None: no body
    response_schema_name: str | None  # the component that schema refers to, when it is a plain $ref
    supplement: bool  # added by openapi/overlays, not in the upstream spec


def schema_pointer(name: str) -> JSONPointer:
    return f"/components/schemas/{escape_pointer_token(name)}"


def component_name(ref: str) -> str | None:
    prefix = "#/components/schemas/"
    return pointer_tokens(ref[1:])[-1] if ref.startswith(prefix) else None


def spec_operations(spec: Mapping[str, Any]) -> dict[str, SpecOperation]:
    """Every operation of ``spec`` by operationId, with its (lowest) 2xx response."""
    operations: dict[str, SpecOperation] = {}
    for route, path_item in spec.get("paths", {}).items():
        for method, operation in path_item.items():
            if method not in HTTP_METHODS:
                continue
            responses = {int(code): response for code, response in operation.get("responses", {}).items()}
            statuses = sorted(code for code in responses if 200 <= code < 300)
            if not statuses:
                raise ValueError(f"{operation.get('operationId')}: no success response")
            status = statuses[0]
            response = responses[status] or {}
            status_key = next(code for code in operation["responses"] if int(code) == status)
            media = (response.get("content") or {}).get("application/json")
            pointer: JSONPointer | None = None
            name: str | None = None
            if media and "schema" in media:
                tokens = ("paths", route, method, "responses", status_key, "content", "application/json", "schema")
                pointer = "/" + "/".join(escape_pointer_token(token) for token in tokens)
                name = component_name(media["schema"].get("$ref", ""))
            operations[operation["operationId"]] = SpecOperation(
                operation_id=operation["operationId"],
                method=method.upper(),
                path=route,
                success_status=status,
                response_schema_pointer=pointer,
                response_schema_name=name,
                supplement="x-overlay" in operation,
            )
    return operations


@dataclass(frozen=True)
class FieldReport:
    """What a payload holds, field by field, compared with the spec (JSON pointers relative to the payload)."""

    required: frozenset[JSONPointer]  # present fields the spec requires where they are
    undeclared: frozenset[JSONPointer]  # present fields no schema there declares (nor allows as a map entry)


class SpecValidator:
    """JSON Schema 2020-12 validation of instances against any schema in an OpenAPI 3.1 document.

    The whole document is one resource (:data:`SPEC_URI`), so the spec's own ``#/components/schemas/...`` refs
    resolve, and a schema is addressed by its JSON pointer in the document (a component, or an operation's
    response schema) instead of being copied out.
    """

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        self.operations = spec_operations(spec)
        self._format_checker = format_checker()
        self._validators: dict[JSONPointer, Draft202012Validator] = {}

    def validator_at(self, pointer: JSONPointer) -> Draft202012Validator:
        if pointer not in self._validators:
            resolve_pointer(self.spec, pointer)  # fail here, with the pointer, rather than at the first validation
            ref = f"{SPEC_URI}#{quote(pointer, safe='/~')}"
            self._validators[pointer] = Draft202012Validator(
                {"$ref": ref}, registry=self.registry, format_checker=self._format_checker
            )
        return self._validators[pointer]

    def has_schema(self, name: str) -> bool:
        return name in self.spec.get("components", {}).get("schemas", {})

    def payload_schema_pointer(self, fixture: GoldenFixture) -> JSONPointer:
        """Where the schema the fixture's payload must satisfy is: the operation's response, or the component."""
        if fixture.metadata.operation_id is None:
            if not self.has_schema(fixture.metadata.schema):
                raise KeyError(f"{fixture.name}: no component schema {fixture.metadata.schema!r}")
            return schema_pointer(fixture.metadata.schema)
        operation = self.operations[fixture.metadata.operation_id]
        if operation.response_schema_pointer is None:
            raise KeyError(f"{fixture.name}: {operation.operation_id} declares no response body")
        return operation.response_schema_pointer

    def errors_at(self, pointer: JSONPointer, instance: Any) -> list[ValidationError]:
        return sorted(self.validator_at(pointer).iter_errors(instance), key=lambda error: list(error.absolute_path))

    def errors_against_schema(self, name: str, instance: Any) -> list[ValidationError]:
        return self.errors_at(schema_pointer(name), instance)

    def errors_for(self, fixture: GoldenFixture, payload: Any = None) -> list[ValidationError]:
        """Validation errors of the fixture's payload (or of ``payload`` in its place) against its schema."""
        return self.errors_at(self.payload_schema_pointer(fixture), fixture.payload if payload is None else payload)

    def field_report(self, pointer: JSONPointer, instance: Any) -> FieldReport:
        """Walk ``instance`` alongside the schema at ``pointer`` ($ref, allOf, and the oneOf/anyOf branch that
        validates), recording which present fields are required and which are not declared at all."""
        required: set[JSONPointer] = set()
        undeclared: set[JSONPointer] = set()
        self._walk([pointer], instance, "", required, undeclared)
        return FieldReport(required=frozenset(required), undeclared=frozenset(undeclared))

    def _schema_parts(self, pointer: JSONPointer, instance: Any) -> list[JSONPointer]:
        """The pointer plus every schema it brings in for ``instance`` through $ref, allOf and a matching branch."""
        schema = resolve_pointer(self.spec, pointer)
        if not isinstance(schema, Mapping):
            return []
        parts = [pointer]
        if "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#"):
                raise ValueError(f"{pointer}: only local refs are supported, got {ref!r}")
            parts += self._schema_parts(ref[1:], instance)
        for index in range(len(schema.get("allOf", []))):
            parts += self._schema_parts(f"{pointer}/allOf/{index}", instance)
        for keyword in ("oneOf", "anyOf"):
            for index in range(len(schema.get(keyword, []))):
                branch = f"{pointer}/{keyword}/{index}"
                if self.validator_at(branch).is_valid(instance):
                    parts += self._schema_parts(branch, instance)
                    break
        return parts

    def _walk(
        self,
        pointers: Sequence[JSONPointer],
        instance: Any,
        at: JSONPointer,
        required: set[JSONPointer],
        undeclared: set[JSONPointer],
    ) -> None:
        parts = [part for pointer in pointers for part in self._schema_parts(pointer, instance)]
        schemas = [(part, resolve_pointer(self.spec, part)) for part in parts]
        if isinstance(instance, Mapping):
            required_names = {name for _, schema in schemas for name in schema.get("required", [])}
            allows_other_keys = any(
                isinstance(schema.get("additionalProperties"), Mapping) or schema.get("additionalProperties") is True
                for _, schema in schemas
            )
            for key, value in instance.items():
                here = f"{at}/{escape_pointer_token(key)}"
                declaring = [
                    f"{part}/properties/{escape_pointer_token(key)}"
                    for part, schema in schemas
                    if key in schema.get("properties", {})
                ]
                if key in required_names:
                    required.add(here)
                if declaring:
                    self._walk(declaring, value, here, required, undeclared)
                elif allows_other_keys:
                    entries = [
                        f"{part}/additionalProperties"
                        for part, schema in schemas
                        if isinstance(schema.get("additionalProperties"), Mapping)
                    ]
                    self._walk(entries, value, here, required, undeclared)
                else:
                    undeclared.add(here)
        elif isinstance(instance, list):
            item_schemas = [f"{part}/items" for part, schema in schemas if isinstance(schema.get("items"), Mapping)]
            for index, value in enumerate(instance):
                self._walk(item_schemas, value, f"{at}/{index}", required, undeclared)


def spec_validator(spec: Mapping[str, Any]) -> SpecValidator:
    return SpecValidator(spec)


@dataclass(frozen=True)
class ContractValidators:
    """The pinned spec's validator and the one with the documented supplement applied."""

    pinned: SpecValidator
    supplemented: SpecValidator

    def for_fixture(self, fixture: GoldenFixture) -> SpecValidator:
        """Supplement fixtures and those with documented fields are checked against the supplemented spec, every
        other one against the pin alone."""
        supplemented = fixture.metadata.supplement or fixture.metadata.documented_fields
        return self.supplemented if supplemented else self.pinned


def leaf_errors(errors: Sequence[ValidationError]) -> list[ValidationError]:
    """The errors inside oneOf/anyOf errors (each branch's own complaints), recursively; others as they are."""
    leaves: list[ValidationError] = []
    for error in errors:
        leaves += leaf_errors(error.context) if error.context else [error]
    return leaves


def describe_errors(errors: Sequence[ValidationError]) -> str:
    """One line per error, then for oneOf/anyOf errors the branch complaints that explain them."""
    lines = []
    for error in errors:
        lines.append(f"  {_error_location(error)}: {error.message[:300]}")
        lines += [f"    - {_error_location(leaf)}: {leaf.message[:200]}" for leaf in leaf_errors(error.context)]
    return "\n".join(lines)


def _error_location(error: ValidationError) -> str:
    return "/" + "/".join(escape_pointer_token(token) for token in error.absolute_path)


# --- facts derived from the spec ----------------------------------------------------------------------------------


def _component(spec: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    schema: Mapping[str, Any] = spec["components"]["schemas"][name]
    return schema


def _const_of_type(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> str:
    if "$ref" in schema:
        schema = resolve_pointer(spec, schema["$ref"][1:])
    return str(schema["properties"]["type"]["const"])


def enum_values(spec: Mapping[str, Any], schema_name: str, property_name: str | None = None) -> list[str]:
    """The ``enum`` of a component or of one of its properties, through $ref and nullable oneOf/anyOf wrappers."""
    schema = _component(spec, schema_name)
    if property_name is not None:
        schema = schema["properties"][property_name]
    values = _enum_of(spec, schema)
    if not values:
        raise KeyError(f"{schema_name}.{property_name or ''} has no enum")
    return values


def _enum_of(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> list[str]:
    if "$ref" in schema:
        return _enum_of(spec, resolve_pointer(spec, schema["$ref"][1:]))
    values = [str(value) for value in schema.get("enum", [])]
    for keyword in ("oneOf", "anyOf"):
        for branch in schema.get(keyword, []):
            values += _enum_of(spec, branch)
    return values


def event_types(spec: Mapping[str, Any]) -> list[str]:
    """Every value of the spec's ``EventType`` enum (what webhooks subscribe to and events-list filters on)."""
    return enum_values(spec, "EventType")


def event_data_schemas(spec: Mapping[str, Any]) -> dict[str, str]:
    """Event type → the component its ``data`` is, for every variant of the spec's ``Event`` oneOf."""
    return {
        _const_of_type(spec, variant): str(component_name(variant["properties"]["data"]["$ref"]))
        for variant in _component(spec, "Event")["oneOf"]
    }


def event_types_with_variant(spec: Mapping[str, Any]) -> set[str]:
    """The event types the spec's ``Event`` oneOf has a variant for (an event of another type cannot validate)."""
    return set(event_data_schemas(spec))


def fixture_event_type(fixture: GoldenFixture) -> str | None:
    """The event type of an event fixture (an ``Event`` instance or an events-get response), else None."""
    if fixture.metadata.schema != "Event":
        return None
    return str(fixture.payload["type"])


def item_entity_types(spec: Mapping[str, Any]) -> dict[str, str]:
    """``properties.type`` of a WebsetItem → the component describing those properties, from the spec's oneOf."""
    variants = _component(spec, "WebsetItem")["properties"]["properties"]["oneOf"]
    return {_const_of_type(spec, variant): str(component_name(variant["$ref"])) for variant in variants}


# --- items at each stage ------------------------------------------------------------------------------------------


class ItemStage(enum.Enum):
    JUST_FOUND = "just found"  # enrichments: null
    ENRICHMENT_PENDING = "enrichment pending"  # some result has status "pending" and result null
    ENRICHED = "enriched"  # every result has status "completed" and a list result


def item_stage(item: Mapping[str, Any]) -> ItemStage | None:
    """The stage a WebsetItem payload shows, or None for any other combination."""
    results = item.get("enrichments")
    if results is None:
        return ItemStage.JUST_FOUND
    if any(result.get("status") == "pending" and result.get("result") is None for result in results):
        return ItemStage.ENRICHMENT_PENDING
    if results and all(
        result.get("status") == "completed" and isinstance(result.get("result"), list) for result in results
    ):
        return ItemStage.ENRICHED
    return None


# --- parsing with the generated client ----------------------------------------------------------------------------


def operation_module(operation_id: str) -> ModuleType:
    """``exa_websets_api.api.<tag>.<operation_id_snake>``, whichever tag package holds it."""
    module_name = operation_id.replace("-", "_")
    for tag in pkgutil.iter_modules(exa_websets_api.api.__path__):
        candidate = f"{exa_websets_api.api.__name__}.{tag.name}.{module_name}"
        try:
            return importlib.import_module(candidate)
        except ModuleNotFoundError as error:
            if error.name != candidate:
                raise
    raise LookupError(f"no generated module for operation {operation_id!r}")


def schema_parser(schema_name: str, operations: Mapping[str, SpecOperation]) -> Callable[[Any], Any]:
    """How the generated client parses an instance of a component: the model's ``from_dict``, or for a union
    (``Event``) the ``parse_success`` of an operation whose success response is exactly that component."""
    model = getattr(models, schema_name, None)
    if model is not None:
        parse: Callable[[Any], Any] = model.from_dict
        return parse
    for operation in operations.values():
        if operation.response_schema_name == schema_name:
            union_parse: Callable[[Any], Any] = operation_module(operation.operation_id).parse_success
            return union_parse
    raise LookupError(f"the generated client has no model nor union parser for {schema_name!r}")


def parse_payload(fixture: GoldenFixture, operations: Mapping[str, SpecOperation], payload: Any = None) -> Any:
    """Parse the fixture's payload (or ``payload`` in its place) the way the generated client would."""
    data = fixture.payload if payload is None else payload
    if fixture.metadata.operation_id is not None:
        return operation_module(fixture.metadata.operation_id).parse_success(data)
    return schema_parser(fixture.metadata.schema, operations)(data)


# --- round trips ---------------------------------------------------------------------------------------------------


def json_differences(expected: Any, actual: Any, at: JSONPointer = "") -> list[str]:
    """Where ``actual`` differs from ``expected``, as ``pointer: what`` lines (empty: the same JSON).

    Everything is compared exactly (keys, list lengths, types, values; ``1`` and ``true`` differ) except strings that
    are both RFC 3339 date-times: those are equal when they name the same instant (``Z`` vs ``+00:00``,
    ``.381`` vs ``.381000``), because the generated models write ``datetime.isoformat()``.
    """
    where = at or "/"
    if isinstance(expected, Mapping) and isinstance(actual, Mapping):
        differences = [f"{at}/{escape_pointer_token(key)}: missing" for key in expected if key not in actual]
        differences += [f"{at}/{escape_pointer_token(key)}: unexpected" for key in actual if key not in expected]
        for key in expected:
            if key in actual:
                differences += json_differences(expected[key], actual[key], f"{at}/{escape_pointer_token(key)}")
        return differences
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{where}: {len(expected)} elements became {len(actual)}"]
        return [
            difference
            for index, (left, right) in enumerate(zip(expected, actual, strict=True))
            for difference in json_differences(left, right, f"{at}/{index}")
        ]
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        left, right = parse_rfc3339(expected), parse_rfc3339(actual)
        if left is not None and right is not None and left == right:
            return []
    if _json_type(expected) != _json_type(actual) or expected != actual:
        return [f"{where}: {expected!r} became {actual!r}"]
    return []


def _json_type(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


# --- walking payloads ---------------------------------------------------------------------------------------------


def iter_objects(payload: Any, at: JSONPointer = "") -> Iterator[tuple[JSONPointer, Mapping[str, Any]]]:
    """Every JSON object in ``payload`` (depth first, the payload itself first) with its pointer."""
    if isinstance(payload, Mapping):
        yield at, payload
        for key, value in payload.items():
            yield from iter_objects(value, f"{at}/{escape_pointer_token(key)}")
    elif isinstance(payload, list):
        for index, value in enumerate(payload):
            yield from iter_objects(value, f"{at}/{index}")


def resources_of_kind(payload: Any, kind: str) -> list[Mapping[str, Any]]:
    """Every API resource in ``payload`` whose ``object`` discriminator is ``kind`` ("webset", "webset_item"...)."""
    return [value for _, value in iter_objects(payload) if value.get("object") == kind]


# --- the reference documents --------------------------------------------------------------------------------------

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def markdown_headings(text: str) -> list[tuple[int, str]]:
    """(level, text) of every ATX heading outside fenced code blocks."""
    headings: list[tuple[int, str]] = []
    in_fence = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _HEADING.match(line)
        if match:
            headings.append((len(match[1]), match[2]))
    return headings


def has_section(text: str, section: str) -> bool:
    """Whether ``section`` ("Object Schemas > Webset") is a chain of nested headings in the markdown ``text``."""
    headings = markdown_headings(text)
    parts = section.split(SECTION_SEPARATOR)
    return _find_nested(headings, parts, start=0, parent_level=0)


def _find_nested(headings: list[tuple[int, str]], parts: list[str], start: int, parent_level: int) -> bool:
    if not parts:
        return True
    for index in range(start, len(headings)):
        level, text = headings[index]
        if level <= parent_level:
            return False  # left the parent's section
        if text == parts[0] and _find_nested(headings, parts[1:], index + 1, level):
            return True
    return False
