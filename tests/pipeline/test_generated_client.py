"""The committed generated package against the pinned spec: every operation, typed responses, nullability."""

from __future__ import annotations

import copy
import importlib
import inspect
import re
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import exa_websets_api
import pytest
from exa_websets_api import models
from openapi_python_client.strings import PythonIdentifier

from openapi.normalize import normalize
from openapi.normalize._schemas import iter_operations
from openapi.overlays import apply_overlays, is_overlay

from .generation import allows_none, generate

PACKAGE_DIR = Path(exa_websets_api.__file__).parent
# The spec declares no body for this success; the facade re-reads the enrichment (see facade/exa_websets).
NO_BODY_OPERATIONS = {"websets-enrichments-update"}


def snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()).strip("_")


def success_ref(operation: dict[str, Any]) -> str | None:
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            schema = (response.get("content") or {}).get("application/json", {}).get("schema")
            return schema["$ref"].rsplit("/", 1)[1] if schema else None
    raise AssertionError(f"{operation['operationId']} has no success response")


def endpoint_module(operation: dict[str, Any]) -> ModuleType:
    return importlib.import_module(
        f"exa_websets_api.api.{snake(operation['tags'][0])}.{snake(operation['operationId'])}"
    )


def test_one_endpoint_module_per_operation_38_upstream_plus_the_supplement(pinned_spec: dict[str, Any]) -> None:
    upstream = [snake(op["operationId"]) for _, _, op in iter_operations(pinned_spec)]
    supplement = [
        snake(op["operationId"]) for _, _, op in iter_operations(apply_overlays(pinned_spec)) if is_overlay(op)
    ]
    files = sorted(p.stem for p in (PACKAGE_DIR / "api").rglob("*.py") if p.name != "__init__.py")
    assert len(upstream) == 38
    assert supplement == ["websets_exports_create", "websets_exports_get", "teams_me"]
    assert files == sorted(upstream + supplement)


def test_each_operation_is_generated_with_its_arguments_and_typed_response(pinned_spec: dict[str, Any]) -> None:
    problems: list[str] = []
    typed = 0
    for path, _, operation in iter_operations(pinned_spec):
        operation_id = operation["operationId"]
        module = endpoint_module(operation)
        arguments = inspect.signature(module._get_kwargs).parameters
        for parameter in operation.get("parameters", []):
            in_template = parameter["in"] == "path" and "{" + parameter["name"] + "}" in path
            if (in_template or parameter["in"] == "query") and snake(parameter["name"]) not in arguments:
                problems.append(f"{operation_id}: no argument for {parameter['in']} parameter {parameter['name']}")
        if ("body" in arguments) != ("requestBody" in operation):
            problems.append(f"{operation_id}: request body mismatch")
        returned = typing.get_args(inspect.signature(module._parse_response).return_annotation)
        ref = success_ref(operation)
        if ref is None:
            if operation_id not in NO_BODY_OPERATIONS:
                problems.append(f"{operation_id}: the spec declares no success body")
        elif not parses_as(pinned_spec, ref, returned):
            problems.append(f"{operation_id}: must parse its success body as {ref}, returns {returned}")
        else:
            typed += 1
    assert problems == []
    assert typed == 37  # 38 operations, one of which has no success body in the spec


def test_each_endpoint_module_describes_its_operation_for_the_facade_pipeline(pinned_spec: dict[str, Any]) -> None:
    """As the normalized spec says (it moves preview's ``search`` from the path to the query, for one)."""
    normalized, _ = normalize(apply_overlays(copy.deepcopy(pinned_spec)))
    for path, method, operation in iter_operations(normalized):
        module = endpoint_module(operation)
        success = min(int(s) for s in operation["responses"] if str(s).startswith("2"))
        described = module.OPERATION
        assert (described["id"], described["method"], described["path"], described["success_status"]) == (
            operation["operationId"],
            method.upper(),
            path,
            success,
        )
        assert described["supplement"] == is_overlay(operation)
        declared = {(p["name"], p["in"]) for p in operation.get("parameters", [])}
        assert {(p["name"], p["in"]) for p in described["parameters"]} == declared
        assert (described["request_body"] is None) == ("requestBody" not in operation)
        assert module.build_request is module._get_kwargs
        assert callable(module.parse_success)


def test_the_generated_request_builder_reads_the_modules_own_description(pinned_spec: dict[str, Any]) -> None:
    """The literals of a request (method, path template) are written once, in OPERATION, and the builder uses them."""
    for _, _, operation in iter_operations(apply_overlays(pinned_spec)):
        source = inspect.getsource(endpoint_module(operation)._get_kwargs)
        assert '"method": OPERATION["method"]' in source
        assert '"url": OPERATION["path"]' in source


def parses_as(spec: dict[str, Any], ref: str, returned: tuple[Any, ...]) -> bool:
    """A model component parses as its class; a union component as one class per variant plus its Unknown… form."""
    schema = spec["components"]["schemas"][ref]
    if "oneOf" not in schema:
        return getattr(models, ref) in returned
    classes = [t for t in returned if hasattr(t, "__attrs_attrs__")]
    return getattr(models, f"Unknown{ref}") in classes and len(classes) == len(schema["oneOf"]) + 1


def test_the_documented_no_body_operations_really_have_no_body(pinned_spec: dict[str, Any]) -> None:
    no_body = {op["operationId"] for _, _, op in iter_operations(pinned_spec) if success_ref(op) is None}
    assert no_body == NO_BODY_OPERATIONS


# --- nullability: every nullable property of the spec is `| None` in the generated model, and only those ----------


def is_nullable(schema: dict[str, Any]) -> bool:
    """Nullability as the raw spec states it, in any of the spellings upstream has used."""
    types = schema.get("type")
    return bool(
        schema.get("nullable") is True
        or (isinstance(types, list) and "null" in types)
        or any(branch.get("type") in ("null", ["null"]) for k in ("oneOf", "anyOf") for branch in schema.get(k, []))
        or None in (schema.get("enum") or [])
    )


def nullability_mismatches(spec: dict[str, Any], models_module: ModuleType) -> tuple[list[str], int]:
    mismatches: list[str] = []
    checked = 0
    components = spec["components"]["schemas"]

    def check(schema: dict[str, Any], model: type, where: str) -> None:
        nonlocal checked
        hints = typing.get_type_hints(model, localns=vars(models_module))
        for name, prop in (schema.get("properties") or {}).items():
            field = str(PythonIdentifier(name, prefix="field_"))
            if field not in hints:
                mismatches.append(f"{where}.{name}: no field {field}")
                continue
            checked += 1
            if is_nullable(prop) != allows_none(hints[field]):
                mismatches.append(f"{where}.{name}: spec nullable={is_nullable(prop)}, generated {hints[field]}")
            inner = [t for t in typing.get_args(hints[field]) or (hints[field],) if hasattr(t, "__attrs_attrs__")]
            if prop.get("properties") and len(inner) == 1:
                check(prop, inner[0], f"{where}.{name}")

    for name, schema in components.items():
        if schema.get("properties"):
            check(schema, getattr(models_module, name), name)
    return mismatches, checked


def test_every_nullable_property_of_the_pinned_spec_is_optional_in_the_committed_models(
    pinned_spec: dict[str, Any],
) -> None:
    mismatches, checked = nullability_mismatches(pinned_spec, models)
    assert mismatches == []
    assert checked > 250


@pytest.mark.slow  # generates four clients
def test_every_upstream_version_generates_cleanly_and_keeps_nullability(
    upstream_specs: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    for commit, spec in upstream_specs.items():
        module, problems = generate(normalize(spec)[0], tmp_path / commit)
        assert problems == [], commit
        assert module is not None
        endpoints = [p for p in (tmp_path / commit / module.__name__ / "api").rglob("*.py") if p.name != "__init__.py"]
        assert len(endpoints) == len(list(iter_operations(spec))) == 38, commit
        mismatches, checked = nullability_mismatches(spec, module.models)
        assert mismatches == [], commit
        assert checked > 250, commit
