"""Builders for minimal hand-written specs: one operation, or one request/response component."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openapi.drift import DriftReport, compare

Spec = dict[str, Any]
THING_PATH = "/v0/things/{id}"
CREATE_PATH = "/v0/things"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_content(schema: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def api(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> Spec:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas or {}}}


def operation_spec(
    *,
    path: str = THING_PATH,
    method: str = "get",
    schemas: dict[str, Any] | None = None,
    **fields: Any,
) -> Spec:
    """One operation; unless given, it is ``things-get`` answering 200 with a ``Thing``."""
    operation: dict[str, Any] = {
        "operationId": "things-get",
        "responses": {"200": {"description": "ok", "content": json_content(ref("Thing"))}},
        **fields,
    }
    all_schemas = {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}, **(schemas or {})}
    return api({path: {method: operation}}, all_schemas)


def request_spec(body: dict[str, Any], **schemas: Any) -> Spec:
    """``POST /v0/things`` (things-create) whose required JSON body is the component ``Body``."""
    operation = {
        "operationId": "things-create",
        "requestBody": {"required": True, "content": json_content(ref("Body"))},
        "responses": {"201": {"description": "created"}},
    }
    return api({CREATE_PATH: {"post": operation}}, {"Body": body, **schemas})


def response_spec(thing: dict[str, Any], **schemas: Any) -> Spec:
    """``GET /v0/things/{id}`` (things-get) answering 200 with the component ``Thing``."""
    operation = {
        "operationId": "things-get",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok", "content": json_content(ref("Thing"))}},
    }
    return api({THING_PATH: {"get": operation}}, {"Thing": thing, **schemas})


def obj(required: tuple[str, ...] = (), **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


def isolated_compare(base: Spec, other: Spec, tmp_path: Path | None = None, **kwargs: Any) -> DriftReport:
    """``compare`` with nothing taken from the project: no facade map, no fixtures, no overlays."""
    fixtures = tmp_path if tmp_path is not None else Path("/nonexistent-golden-fixtures")
    options: dict[str, Any] = {"facade_methods": {}, "fixtures_dir": fixtures, "overlays": [], **kwargs}
    return compare(base, other, **options)
