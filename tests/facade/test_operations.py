"""Every operation through both clients: method, path, query and body against the spec; golden fixtures answer.

The body each call sends is validated with the pinned spec's own JSON Schema (plus the documented supplement for
exports and teams/me), by jsonschema rather than our validator, so a mistake in ours cannot hide here.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx
from exa_websets._core.operation import all_operations, module_of, operation_spec
from exa_websets_api.types import Unset

from openapi.overlays import apply_overlays
from tests.contract.golden import load_fixtures, spec_validator

from .conftest import Both

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
RESPONSES = {f.metadata.operation_id: f for f in load_fixtures(GOLDEN) if f.is_operation}


@dataclass(frozen=True)
class Case:
    call: Callable[[Any], Any]
    path: str
    query: dict[str, list[str]] = field(default_factory=dict)
    body: dict[str, Any] | None = None


SEARCH = {
    "query": "AI labs in Europe",
    "count": 10,
    "criteria": [{"description": "Is an AI lab"}],
    "entity": {"type": "company"},
}
CASES: dict[str, Case] = {
    "websets-create": Case(
        lambda c: c.websets.create(
            search=SEARCH,
            enrichments=[{"description": "CEO", "format": "text"}],
            external_id="ext-1",
            metadata={"team": "research"},
            title="Labs",
        ),
        "/v0/websets",
        body={
            "search": SEARCH,
            "enrichments": [{"description": "CEO", "format": "text"}],
            "externalId": "ext-1",
            "metadata": {"team": "research"},
            "title": "Labs",
        },
    ),
    "websets-list": Case(
        lambda c: c.websets.list(limit=50, cursor="cur_1", search="labs"),
        "/v0/websets",
        {"limit": ["50"], "cursor": ["cur_1"], "search": ["labs"]},
    ),
    "websets-get": Case(lambda c: c.websets.get("ws_1", expand=["items"]), "/v0/websets/ws_1", {"expand": ["items"]}),
    "websets-update": Case(
        lambda c: c.websets.update("ws_1", metadata={"k": "v"}), "/v0/websets/ws_1", body={"metadata": {"k": "v"}}
    ),
    "websets-delete": Case(lambda c: c.websets.delete("ws_1"), "/v0/websets/ws_1"),
    "websets-cancel": Case(lambda c: c.websets.cancel("ws_1"), "/v0/websets/ws_1/cancel"),
    "websets-preview": Case(
        lambda c: c.websets.preview(search={"query": "AI labs", "count": 3}, include_items=True),
        "/v0/websets/preview",
        {"search": ["true"]},
        body={"search": {"query": "AI labs", "count": 3}},
    ),
    "websets-items-list": Case(
        lambda c: c.items.list("ws_1", limit=100, source_id="s_1"),
        "/v0/websets/ws_1/items",
        {"limit": ["100"], "sourceId": ["s_1"]},
    ),
    "websets-items-get": Case(lambda c: c.items.get("ws_1", "it_1"), "/v0/websets/ws_1/items/it_1"),
    "websets-items-delete": Case(lambda c: c.items.delete("ws_1", "it_1"), "/v0/websets/ws_1/items/it_1"),
    "websets-searches-create": Case(
        lambda c: c.searches.create(
            "ws_1",
            query="AI labs in Asia",
            count=25,
            entity={"type": "person"},
            criteria=[{"description": "VP of engineering"}],
            max_people_per_company=2,
        ),
        "/v0/websets/ws_1/searches",
        body={
            "query": "AI labs in Asia",
            "count": 25,
            "entity": {"type": "person"},
            "criteria": [{"description": "VP of engineering"}],
            "behavior": "override",
            "maxPeoplePerCompany": 2,
        },
    ),
    "websets-searches-get": Case(lambda c: c.searches.get("ws_1", "s_1"), "/v0/websets/ws_1/searches/s_1"),
    "websets-searches-cancel": Case(lambda c: c.searches.cancel("ws_1", "s_1"), "/v0/websets/ws_1/searches/s_1/cancel"),
    "websets-enrichments-create": Case(
        lambda c: c.enrichments.create(
            "ws_1", description="Industry", format="options", options=[{"label": "Health"}, {"label": "Finance"}]
        ),
        "/v0/websets/ws_1/enrichments",
        body={"description": "Industry", "format": "options", "options": [{"label": "Health"}, {"label": "Finance"}]},
    ),
    "websets-enrichments-get": Case(lambda c: c.enrichments.get("ws_1", "en_1"), "/v0/websets/ws_1/enrichments/en_1"),
    "websets-enrichments-update": Case(
        lambda c: c.enrichments.update("ws_1", "en_1", description="CEO full name"),
        "/v0/websets/ws_1/enrichments/en_1",
        body={"description": "CEO full name"},
    ),
    "websets-enrichments-delete": Case(
        lambda c: c.enrichments.delete("ws_1", "en_1"), "/v0/websets/ws_1/enrichments/en_1"
    ),
    "websets-enrichments-cancel": Case(
        lambda c: c.enrichments.cancel("ws_1", "en_1"), "/v0/websets/ws_1/enrichments/en_1/cancel"
    ),
    "websets-exports-create": Case(
        lambda c: c.exports.create("ws_1", format="csv"), "/v0/websets/ws_1/exports", body={"format": "csv"}
    ),
    "websets-exports-get": Case(lambda c: c.exports.get("ws_1", "ex_1"), "/v0/websets/ws_1/exports/ex_1"),
    "monitors-create": Case(
        lambda c: c.monitors.create(
            webset_id="ws_1",
            cadence={"cron": "0 9 * * 1", "timezone": "America/New_York"},
            behavior={"type": "search", "config": {"query": "new AI labs", "count": 10}},
        ),
        "/v0/monitors",
        body={
            "websetId": "ws_1",
            "cadence": {"cron": "0 9 * * 1", "timezone": "America/New_York"},
            "behavior": {"type": "search", "config": {"query": "new AI labs", "count": 10}},
        },
    ),
    "monitors-list": Case(
        lambda c: c.monitors.list(webset_id="ws_1", limit=200), "/v0/monitors", {"websetId": ["ws_1"], "limit": ["200"]}
    ),
    "monitors-get": Case(lambda c: c.monitors.get("mo_1"), "/v0/monitors/mo_1"),
    "monitors-update": Case(
        lambda c: c.monitors.update("mo_1", status="disabled"), "/v0/monitors/mo_1", body={"status": "disabled"}
    ),
    "monitors-delete": Case(lambda c: c.monitors.delete("mo_1"), "/v0/monitors/mo_1"),
    "monitors-runs-list": Case(lambda c: c.monitors.runs.list("mo_1"), "/v0/monitors/mo_1/runs"),
    "monitors-runs-get": Case(lambda c: c.monitors.runs.get("mo_1", "run_1"), "/v0/monitors/mo_1/runs/run_1"),
    "imports-create": Case(
        lambda c: c.imports.create(
            size=2048, count=20, entity={"type": "company"}, title="Leads", csv={"identifier": 0}
        ),
        "/v0/imports",
        body={
            "size": 2048,
            "count": 20,
            "entity": {"type": "company"},
            "format": "csv",
            "title": "Leads",
            "csv": {"identifier": 0},
        },
    ),
    "imports-list": Case(lambda c: c.imports.list(limit=10), "/v0/imports", {"limit": ["10"]}),
    "imports-get": Case(lambda c: c.imports.get("im_1"), "/v0/imports/im_1"),
    "imports-update": Case(
        lambda c: c.imports.update("im_1", title="Renamed"), "/v0/imports/im_1", body={"title": "Renamed"}
    ),
    "imports-delete": Case(lambda c: c.imports.delete("im_1"), "/v0/imports/im_1"),
    "webhooks-create": Case(
        lambda c: c.webhooks.create(url="https://example.com/hook", events=["webset.idle", "webset.item.created"]),
        "/v0/webhooks",
        body={"url": "https://example.com/hook", "events": ["webset.idle", "webset.item.created"]},
    ),
    "webhooks-list": Case(lambda c: c.webhooks.list(), "/v0/webhooks"),
    "webhooks-get": Case(lambda c: c.webhooks.get("wh_1"), "/v0/webhooks/wh_1"),
    "webhooks-update": Case(
        lambda c: c.webhooks.update("wh_1", events=["webset.idle"]),
        "/v0/webhooks/wh_1",
        body={"events": ["webset.idle"]},
    ),
    "webhooks-delete": Case(lambda c: c.webhooks.delete("wh_1"), "/v0/webhooks/wh_1"),
    "webhooks-attempts-list": Case(
        lambda c: c.webhooks.attempts.list("wh_1", event_type="webset.idle", successful=False),
        "/v0/webhooks/wh_1/attempts",
        {"eventType": ["webset.idle"], "successful": ["false"]},
    ),
    "events-list": Case(
        lambda c: c.events.list(types=["webset.idle", "webset.created"], created_after="2026-11-01T00:00:00Z"),
        "/v0/events",
        {"types": ["webset.idle", "webset.created"], "createdAfter": ["2026-11-01T00:00:00Z"]},
    ),
    "events-get": Case(lambda c: c.events.get("ev_1"), "/v0/events/ev_1"),
    "teams-me": Case(lambda c: c.teams.me(), "/v0/teams/me"),
}


def test_every_operation_has_a_case() -> None:
    assert set(CASES) == set(all_operations())


@pytest.fixture(scope="module")
def request_validator(pinned_spec: dict[str, Any]):
    return spec_validator(apply_overlays(pinned_spec))


def body_pointer(path: str, method: str) -> str:
    escaped = path.replace("~", "~0").replace("/", "~1")
    return f"/paths/{escaped}/{method.lower()}/requestBody/content/application~1json/schema"


@pytest.mark.parametrize("operation_id", sorted(CASES))
def test_operation_sends_what_the_spec_says_and_parses_the_golden_answer(
    operation_id: str, both: Both, api: respx.MockRouter, request_validator
) -> None:
    operation = operation_spec(operation_id)
    case = CASES[operation_id]
    golden = RESPONSES.get(operation_id)
    answered = httpx.Response(golden.metadata.status, json=golden.payload) if golden else httpx.Response(200)
    route = api.route(method=operation.method, path=case.path).mock(return_value=answered)
    if operation_id == "websets-enrichments-update":  # re-read after the PATCH (no body in the spec)
        reread = RESPONSES["websets-enrichments-get"]
        api.get(case.path).mock(return_value=httpx.Response(200, json=reread.payload))

    result = both.run(case.call)

    request = route.calls[0].request
    assert request.method == operation.method
    assert request.url.raw_path.split(b"?")[0].decode() == "/websets" + case.path
    query = {name: request.url.params.get_list(name) for name in request.url.params}
    assert query == case.query
    assert set(query) <= {p.name for p in operation.query_parameters}
    if case.body is None:
        assert request.content == b""
        assert operation.body_schema is None
    else:
        sent = json.loads(request.content)
        assert sent == case.body
        errors = request_validator.errors_at(body_pointer(operation.path, operation.method), sent)
        assert errors == [], [e.message for e in errors]
    expected_fixture = golden if operation_id != "websets-enrichments-update" else RESPONSES["websets-enrichments-get"]
    assert expected_fixture is not None
    expected = generated_parser(expected_fixture.metadata.operation_id)(expected_fixture.payload)
    if hasattr(result, "has_more"):  # a Page
        assert [item.to_dict() for item in result.data] == [item.to_dict() for item in expected.data]
        assert (result.has_more, result.next_cursor) == (expected.has_more, expected.next_cursor or None)
    else:
        assert result.to_dict() == expected.to_dict()


def generated_parser(operation_id: str) -> Callable[[Any], Any]:
    return importlib.import_module(f"exa_websets_api.{module_of(operation_id)}").parse_success


@pytest.mark.parametrize("operation_id", sorted(CASES))
def test_the_generated_request_builder_builds_exactly_what_the_facade_sent(
    operation_id: str, both: Both, api: respx.MockRouter
) -> None:
    """The facade and the generated client read one description of each operation (the endpoint module's OPERATION):
    given the same arguments, the generated ``build_request`` makes the request the facade sent, for every operation.
    """
    module = importlib.import_module(f"exa_websets_api.{module_of(operation_id)}")
    operation = operation_spec(operation_id)
    case = CASES[operation_id]
    golden = RESPONSES.get(operation_id)
    answered = httpx.Response(golden.metadata.status, json=golden.payload) if golden else httpx.Response(200)
    route = api.route(method=operation.method, path=case.path).mock(return_value=answered)
    if operation_id == "websets-enrichments-update":
        api.get(case.path).mock(return_value=httpx.Response(200, json=RESPONSES["websets-enrichments-get"].payload))
    both.run(case.call)
    sent = route.calls[0].request

    built = module.build_request(**generated_arguments(module, operation.path, sent))

    assert built["method"] == sent.method
    assert "/websets" + built["url"] == sent.url.raw_path.split(b"?")[0].decode()
    # The generated builder also sends each parameter's spec default; the facade leaves those to the server.
    defaults = {p.name: p.schema.get("default") for p in operation.query_parameters if "default" in p.schema}
    built_query = {
        name: value
        for name, value in (built.get("params") or {}).items()
        if name in sent.url.params or value != defaults.get(name)
    }
    assert sorted(query_pairs(built_query)) == sorted(
        (name, comparable(text)) for name, text in sent.url.params.multi_items()
    )
    if operation.body_schema is None:
        assert "json" not in built
    else:
        assert built["json"] == json.loads(sent.content)


def generated_arguments(module: Any, template: str, sent: httpx.Request) -> dict[str, Any]:
    """The generated builder's arguments for what the facade sent: path values, typed query values, the body model."""
    hints = typing.get_type_hints(module.build_request, vars(module))
    path = sent.url.raw_path.split(b"?")[0].decode().removeprefix("/websets")
    values = dict(zip(template.strip("/").split("/"), (unquote(s) for s in path.strip("/").split("/")), strict=True))
    arguments: dict[str, Any] = {name[1:-1]: value for name, value in values.items() if name.startswith("{")}
    for name in sent.url.params:
        argument = re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "_" + m.group(1).lower(), name)
        arguments[argument] = typed(hints[argument], sent.url.params.get_list(name))
    if sent.content:
        model = next(t for t in typing.get_args(hints["body"]) or (hints["body"],) if hasattr(t, "from_dict"))
        arguments["body"] = model.from_dict(json.loads(sent.content))
    return arguments


def typed(hint: Any, texts: list[str]) -> Any:
    """Query text as the generated argument's type (``int | Unset``, ``list[SomeEnum] | Unset``, ...)."""
    kind = next(t for t in typing.get_args(hint) or (hint,) if t is not Unset and t is not type(None))
    if typing.get_origin(kind) is list:
        (item,) = typing.get_args(kind)
        return [typed(item, [text]) for text in texts]
    text = texts[-1]
    if kind is bool:
        return text == "true"
    if kind is datetime.datetime:
        return instant(text)
    return kind(text)  # int, float, str, an enum


def query_pairs(params: dict[str, Any]) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = []
    for name, value in params.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((name, comparable("true" if item is True else "false" if item is False else str(item))))
    return pairs


def comparable(text: str) -> Any:
    """A query value as what it means: 200 and 200.0 are one number, ...Z and ...+00:00 one instant."""
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return instant(text) if "T" in text else text
    except ValueError:
        return text


def instant(text: str) -> datetime.datetime:
    """An ISO 8601 time; Python 3.10's fromisoformat does not read the "Z" suffix."""
    return datetime.datetime.fromisoformat(text.removesuffix("Z") + ("+00:00" if text.endswith("Z") else ""))
