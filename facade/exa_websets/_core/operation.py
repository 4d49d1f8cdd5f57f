"""Describe a call: which generated operation it is, what that operation takes, and how the facade names it.

The generated endpoint module (``exa_websets_api.api.<tag>.<operation>``) is the one description of each operation:
its ``OPERATION`` dict (method, path template, tag, success status, parameters with their JSON Schemas, the request
body's schema) is what its own request builder uses, what the facade validates and encodes with, and what the fake
routes by. A resource declares an operation by naming that module (``Endpoint("api.websets.websets_get")``); the
module is imported on the first call, not with the client: the generated endpoints and models are most of what
importing the client would otherwise cost. The component schemas those descriptions ``$ref`` are the generated
package's ``spec_index.json``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar

from .._errors import install_field_errors

T_co = TypeVar("T_co", covariant=True)
F = TypeVar("F", bound=Callable[..., Any])
Schema = dict[str, Any]
# A parser named as "module" or "module:attribute" (module relative to exa_websets_api; the attribute defaults to the
# endpoint module's parse_success), resolved on first use like the operation itself.
ParserRef = str
API_PACKAGE = "exa_websets_api.api"


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" | "query"
    required: bool
    schema: Schema


@dataclass(frozen=True)
class OperationSpec:
    """One spec operation as its generated module describes it: how to call it and what its request must satisfy."""

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
    query_parameters: tuple[Parameter, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path_parameters", tuple(p.name for p in self.parameters if p.location == "path"))
        object.__setattr__(self, "query_parameters", tuple(p for p in self.parameters if p.location == "query"))

    @classmethod
    def from_description(cls, data: Mapping[str, Any]) -> OperationSpec:
        """From a generated module's ``OPERATION``."""
        body = data["request_body"]
        return cls(
            id=data["id"],
            method=data["method"],
            path=data["path"],
            tag=data["tag"],
            success_status=data["success_status"],
            supplement=data["supplement"],
            parameters=tuple(
                Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {})) for p in data["parameters"]
            ),
            body_schema=None if body is None else body["schema"],
            body_required=bool(body and body["required"]),
        )

    @property
    def page_limit(self) -> int | None:
        """The spec's maximum page size, for list operations that take a ``limit``."""
        limit = next((p for p in self.query_parameters if p.name == "limit"), None)
        return None if limit is None else int(limit.schema["maximum"])


@dataclass(frozen=True)
class ComponentSchemas:
    """The spec's component schemas, which operation parameter and body schemas ``$ref``."""

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
                raise RecursionError("reference cycle in the component schemas")


@cache
def component_schemas() -> ComponentSchemas:
    raw = json.loads(resources.files("exa_websets_api").joinpath("spec_index.json").read_text(encoding="utf-8"))
    return ComponentSchemas(raw["schemas"])


@cache
def operation_in(module: str) -> OperationSpec:
    """The operation a generated endpoint module (``"api.websets.websets_get"``) describes."""
    description = importlib.import_module(f"exa_websets_api.{module}").OPERATION
    # Every call loads its operation here first, whatever parses its answer (a generated parser or a resource's own
    # callable, as enrichments.update has): from now on a malformed lazily built field is the SDK's own error.
    install_field_errors()
    return OperationSpec.from_description(description)


@cache
def _module_names() -> dict[str, str]:
    """operation id → endpoint module (relative to exa_websets_api), from the package listing: no module is imported.

    The generator names each module after its operation id (``websets-get`` → ``websets_get``); ``operation_in``
    reads the id the module itself declares, and a test checks the two agree for every operation."""
    package = importlib.import_module(API_PACKAGE)
    names: dict[str, str] = {}
    for tag in pkgutil.iter_modules(package.__path__):
        tag_package = importlib.import_module(f"{API_PACKAGE}.{tag.name}")
        for module in pkgutil.iter_modules(tag_package.__path__):
            names[module.name.replace("_", "-")] = f"api.{tag.name}.{module.name}"
    return names


def module_of(operation_id: str) -> str:
    """The generated endpoint module of an operation, relative to exa_websets_api (``"api.websets.websets_get"``)."""
    return _module_names()[operation_id]


def operation_spec(operation_id: str) -> OperationSpec:
    """One operation by its id; only its own generated module is imported."""
    return operation_in(module_of(operation_id))


def all_operations() -> dict[str, OperationSpec]:
    """Every operation of the generated client (imports every endpoint module: for the fake and the tests)."""
    return {operation_id: operation_in(module) for operation_id, module in sorted(_module_names().items())}


def _resolve(ref: ParserRef) -> Callable[[Any], Any]:
    module, _, attribute = ref.partition(":")
    attribute = attribute or "parse_success"
    found: Any = importlib.import_module(f"exa_websets_api.{module}")
    install_field_errors()  # the models it returns report a malformed lazily built field as the SDK's own error
    for name in attribute.split("."):
        found = getattr(found, name)
    return found  # type: ignore[no-any-return]


class _Declared(Generic[T_co]):
    """An operation as a resource declares it: its generated module, and a parser, both resolved on first use."""

    __slots__ = ("_parse", "module", "operation_id")

    def __init__(self, module: str, parse: Callable[[Any], T_co] | ParserRef) -> None:
        self.module = module
        self.operation_id = module.rsplit(".", 1)[1].replace("_", "-")  # the generator's naming; checked by a test
        self._parse = parse

    @property
    def operation(self) -> OperationSpec:
        return operation_in(self.module)

    def _parser(self) -> Callable[[Any], T_co]:
        parse = self._parse
        if isinstance(parse, str):
            parse = self._parse = _resolve(parse)
        return parse

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.module!r})"


class Endpoint(_Declared[T_co]):
    """An operation whose success body is parsed whole: by default with the module's generated ``parse_success``."""

    __slots__ = ()

    def __init__(self, module: str, parse: Callable[[Any], T_co] | ParserRef | None = None) -> None:
        super().__init__(module, module if parse is None else parse)

    @property
    def parse(self) -> Callable[[Any], T_co]:
        return self._parser()


class ListEndpoint(_Declared[T_co]):
    """A list operation: its module and how one of its items is parsed (pages are built from items, see RawPage)."""

    __slots__ = ()

    def __init__(self, module: str, item: Callable[[Any], T_co] | ParserRef) -> None:
        super().__init__(module, item)

    @property
    def parse_item(self) -> Callable[[Any], T_co]:
        return self._parser()

    @property
    def page_limit(self) -> int | None:
        return self.operation.page_limit


# Which facade method calls which spec operation, read from the resources themselves: resource methods are marked
# with ``@operation("websets-create")``; walking the client's annotated resources gives the mapping the drift check
# uses (``FACADE_METHODS``) and the labels errors use ("websets.create: ...").
OPERATION_ATTRIBUTE = "__websets_operation__"


def operation(*operation_ids: str) -> Callable[[F], F]:
    """Mark a resource method as (part of) the facade of these spec operations."""

    def mark(method: F) -> F:
        setattr(method, OPERATION_ATTRIBUTE, operation_ids)
        return method

    return mark


def facade_methods(root: type, prefix: str = "") -> dict[str, tuple[str, ...]]:
    """operation id → facade method names, found by walking ``root``'s annotated resource attributes."""
    found: dict[str, list[str]] = {}
    for name, kind in typing.get_type_hints(root).items():
        if not isinstance(kind, type) or name.startswith("_"):
            continue
        namespace = f"{prefix}{name}"
        for method_name, method in vars(kind).items():
            for operation_id in getattr(method, OPERATION_ATTRIBUTE, ()):
                found.setdefault(operation_id, []).append(f"{namespace}.{method_name}")
        for operation_id, names in facade_methods(kind, f"{namespace}.").items():
            found.setdefault(operation_id, []).extend(names)
    return {operation_id: tuple(sorted(names)) for operation_id, names in sorted(found.items())}


@cache
def _facade_index() -> dict[str, tuple[str, ...]]:
    from .._async.client import AsyncWebsetsClient  # noqa: PLC0415 - the resources import this module

    return facade_methods(AsyncWebsetsClient)


def label_for(operation_id: str) -> str:
    """How the caller knows an operation, for messages: the facade method that calls it and nothing else."""
    names = _facade_index().get(operation_id, (operation_id,))
    return min(names, key=len)


def __getattr__(name: str) -> Mapping[str, tuple[str, ...]]:
    if name == "FACADE_METHODS":
        return _facade_index()
    raise AttributeError(name)
