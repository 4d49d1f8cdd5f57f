"""Request validation for the fake: the very checks the SDK runs (the spec's constraints, from the generated operation
descriptions, plus the documented rules it lacks), applied the way a server would: wire names, unknown fields
tolerated.

Only what no schema can say stays here: a cursor must be one this fake issued, a time zone must exist.
"""

from __future__ import annotations

from typing import Any

from exa_websets import _rules
from exa_websets._core.operation import Parameter, module_of, operation_spec
from exa_websets._core.request import Converter
from exa_websets._errors import Problem

from ._cron import timezone_problem
from ._pagination import decode_cursor
from ._query import Query, query_values


def takes_body(operation_id: str) -> bool:
    """Whether the operation takes a JSON body (the fake's own routes, such as the upload URL, are not in the spec)."""
    try:
        module_of(operation_id)
    except KeyError:
        return False
    return operation_spec(operation_id).body_schema is not None


def validate_request(operation_id: str, body: Any, query: Query) -> list[str]:
    """Everything wrong with a request's body and query (empty when it is acceptable)."""
    operation = operation_spec(operation_id)
    converter = Converter(wire=True)
    problems: list[Problem] = []
    for parameter in operation.query_parameters:
        if parameter.name in query or f"{parameter.name}[]" in query:
            converter.convert(parameter.schema, _typed(parameter, query, problems), parameter.name)
    for cursor in query.get("cursor", []):
        if decode_cursor(cursor) is None:
            problems.append(Problem("cursor", "is not a cursor this API returned"))
    if operation.body_schema is not None:
        if body is None:
            if operation.body_required:
                problems.append(Problem("", "is required"))
        else:
            wire = converter.convert(operation.body_schema, body, "")
            if not converter.problems and isinstance(wire, dict):
                problems.extend(_rules.check(operation_id, wire))
                problems.extend(_cadence_problems(wire))
    return [str(p) for p in [*converter.problems, *problems]]


def _typed(parameter: Parameter, query: Query, problems: list[Problem]) -> Any:
    """A query parameter's text as the JSON value its schema describes (numbers, booleans, lists)."""
    schema = parameter.schema
    if schema.get("type") == "array":
        item_type = (schema.get("items") or {}).get("type")
        return [_scalar(value, item_type, parameter.name, problems) for value in query_values(query, parameter.name)]
    values = query.get(parameter.name, [])
    return _scalar(values[-1] if values else "", schema.get("type"), parameter.name, problems)


def _scalar(text: str, kind: Any, name: str, problems: list[Problem]) -> Any:
    if kind in ("number", "integer"):
        try:
            number = float(text)
        except ValueError:
            problems.append(Problem(name, f"must be a number, got {text!r}"))
            return None
        return int(number) if kind == "integer" and number.is_integer() else number
    if kind == "boolean":
        if text not in ("true", "false"):
            problems.append(Problem(name, f"must be true or false, got {text!r}"))
        return text == "true"
    return text


def _cadence_problems(body: dict[str, Any]) -> list[Problem]:
    cadence = body.get("cadence")
    if not isinstance(cadence, dict) or not isinstance(cadence.get("timezone"), str):
        return []
    problem = timezone_problem(cadence["timezone"])
    return [Problem("cadence.timezone", problem)] if problem else []
