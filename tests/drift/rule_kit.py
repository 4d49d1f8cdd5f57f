"""The vocabulary of the rule cases: a ``Case`` and small builders for the specs they compare."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from .specs import (
    THING_PATH,
    Spec,
    json_content,
    obj,
    operation_spec,
    ref,
    request_spec,
    response_spec,
)


@dataclass(frozen=True)
class Case:
    kind: str
    severity: str
    location: str
    path: str
    base: Spec
    other: Spec
    negative: tuple[Spec, Spec]  # a similar change that must not be reported as `kind`


GET_THING = f"GET {THING_PATH} (things-get)"
STRING: dict[str, Any] = {"type": "string"}


def with_(spec: Spec, pointer: str, value: Any) -> Spec:
    """A copy of ``spec`` with the value at a /-separated path replaced (created if missing)."""
    result = copy.deepcopy(spec)
    *parents, last = pointer.strip("/").split("/")
    node = result
    for token in parents:
        node = node.setdefault(token.replace("~1", "/"), {})
    node[last.replace("~1", "/")] = value
    return result


def op(**fields: Any) -> Spec:
    """``operation_spec`` with the given operation fields."""
    return operation_spec(**fields)


def responses(*statuses: str, media: tuple[str, ...] = ("application/json",)) -> dict[str, Any]:
    return {
        status: {"description": status, "content": {m: {"schema": ref("Thing")} for m in media}}
        if status.startswith("2")
        else {"description": status}
        for status in statuses
    }


def body(required: bool | None, *media: str) -> dict[str, Any]:
    request: dict[str, Any] = {"content": {m: {"schema": STRING} for m in media or ("application/json",)}}
    if required is not None:
        request["required"] = required
    return request


def param(name: str = "limit", *, required: bool | None = None, **extra: Any) -> dict[str, Any]:
    parameter: dict[str, Any] = {"name": name, "in": "query", "schema": {"type": "integer"}, **extra}
    if required is not None:
        parameter["required"] = required
    return parameter


def path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def req(**properties: Any) -> Spec:
    return request_spec(obj(**properties))


def req_required(required: tuple[str, ...], **properties: Any) -> Spec:
    return request_spec(obj(required, **properties))


def res(**properties: Any) -> Spec:
    return response_spec(obj(**properties))


def res_required(required: tuple[str, ...], **properties: Any) -> Spec:
    return response_spec(obj(required, **properties))


def req_value(schema: dict[str, Any]) -> Spec:
    """A request body whose property ``value`` has ``schema``."""
    return req(value=schema)


def res_value(schema: dict[str, Any]) -> Spec:
    return res(value=schema)


def union(*names: str, keyword: str = "oneOf") -> dict[str, Any]:
    return {keyword: [ref(name) for name in names]}


VARIANTS = {name: obj(**{name.lower(): STRING}) for name in ("A", "B", "C")}


def req_union(*names: str, keyword: str = "oneOf") -> Spec:
    return request_spec(union(*names, keyword=keyword), **VARIANTS)


def res_union(*names: str, keyword: str = "oneOf") -> Spec:
    return response_spec(union(*names, keyword=keyword), **VARIANTS)


def tagged_union(property_name: str, *tags: str) -> dict[str, Any]:
    return {
        "oneOf": [obj((property_name,), **{property_name: {"type": "string", "const": tag}}) for tag in tags],
        "discriminator": {"propertyName": property_name},
    }


def untagged_union(property_name: str | None) -> dict[str, Any]:
    """Variants nothing on the wire tells apart by ``property_name``: only a discriminator would say which is which."""
    union: dict[str, Any] = {"oneOf": [obj(a=STRING), obj(b=STRING)]}
    if property_name is not None:
        union["discriminator"] = {"propertyName": property_name}
    return union


def without_discriminator(union: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in union.items() if key != "discriminator"}


# The same operation answering with the Thing object inline: no component left.
INLINE_THING = with_(
    with_(
        response_spec({}),
        f"paths/{THING_PATH.replace('/', '~1')}/get/responses/200/content",
        json_content(obj(a=STRING)),
    ),
    "components/schemas",
    {},
)
