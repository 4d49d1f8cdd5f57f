"""Every facade operation against Prism serving the pinned spec (plus the documented supplement).

Prism (``@stoplight/prism-cli``, a mock server we did not write) validates each request against the spec before it
answers: a 422 from it, or any request-side entry in its ``sl-violations`` header, means our facade sent what the spec
does not allow, and fails the test with Prism's own words. Every response it returns must then parse into the
facade's typed models, losing nothing (the typed result's ``to_dict()`` gives back the JSON Prism sent).

The operations and their arguments are ``tests/facade/test_operations.py``'s ``CASES`` (all 41: 38 from the pinned
spec, 3 from ``openapi/overlays``; those carry the ``supplement`` marker and ``(supplement)`` in their test id).
Each runs through the sync and the async client, in two kinds of response:

static
    Prism's default: a body built from the schema (first ``oneOf`` branch, first enum value, every optional field
    present). Deterministic, and always valid against the spec, which jsonschema confirms here.
dynamic
    ``Prefer: dynamic=true, seed=N`` for each N in :data:`SEEDS` (the same as ``prism mock -d --seed N`` but per
    request, so one server does both). json-schema-faker draws other ``oneOf`` branches (event types, item entity
    types, enrichment formats), nulls where a field is nullable, and extra undeclared properties (the forward
    compatibility the facade promises). Prism re-seeds for every response, so a seed gives the same body for the same
    operation whatever ran before: the run is reproducible, and a failure names the seed that shows it.

Each body is also checked with jsonschema against the same document, an opinion independent of both Prism and our
generated models: a body the spec accepts must parse; a body the spec rejects is Prism's doing and must be one of
the Prism limitations below, each proven by its own test.

Prism limitations (Prism 5.16.0, the version scripts/prism.py pins):

1. Dynamic mode ignores a numeric ``exclusiveMinimum`` (JSON Schema 2020-12 / OpenAPI 3.1). json-schema-faker 0.5.9
   (``dist/main.cjs``, ``number`` generator) applies ``exclusiveMinimum`` only as the draft-04 boolean next to a
   ``minimum``; the spec's ``count: {type: [number], exclusiveMinimum: 0}`` (monitor search behaviour config) has no
   ``minimum``, so it generates counts <= 0. Prism's own response validator flags the same field in
   ``sl-violations``, and jsonschema agrees: the body breaks the spec, our request does not come into it. Such a
   body may parse (the facade is lenient about numeric ranges in responses) or be refused with
   ``APIResponseValidationError``; both are correct for a body that breaks the spec, and only these errors may
   appear. See ``test_prism_limitation_dynamic_mode_ignores_numeric_exclusive_minimum``.
2. Prism does not check query parameters the operation does not declare (OpenAPI does not forbid them), so a
   misspelt parameter name would pass it. We close that gap here: every query parameter the facade sends must be
   declared by the operation in the served spec. See ``test_prism_limitation_undeclared_query_parameters_pass``.

That Prism's validation really is on is shown, not assumed: for every operation with a request body, the facade's
own request replayed with one property of the wrong type must get a 422 naming that property, and a wrong-typed
query parameter, a missing API key and an invalid body sent through the facade (``extra_body``) are refused too.

Run (Prism from ``python scripts/prism.py install``, or ``PRISM_BIN``)::

    EXA_WEBSETS_SPEC_MIRROR=/work/shared/openapi python -m pytest tests/prism -q
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import yaml
from exa_websets import (
    APIResponseValidationError,
    AsyncWebsetsClient,
    ExaWebsetsError,
    Page,
    UnprocessableEntityError,
    WebsetsClient,
)
from jsonschema.exceptions import ValidationError

from openapi.overlays import overlay_files
from tests.contract.golden import SpecValidator, describe_errors, json_differences
from tests.facade.test_operations import CASES

API_KEY = "exa-prism-test-key-0123456789"
SEEDS = tuple(range(1, 9))
STATIC: tuple[str | None, ...] = (None,)
# Prism answers in milliseconds when idle, but CI runs this beside two test sessions on 2 cores, where a single answer
# once took over httpx's default 5 s. These tests judge what is sent and returned, not how fast: wait up to a minute.
PRISM_TIMEOUT = httpx.Timeout(60.0)
DYNAMIC: tuple[str | None, ...] = tuple(f"dynamic=true, seed={seed}" for seed in SEEDS)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The facade re-reads an enrichment after updating it: the spec's PATCH answers 200 with no body.
FOLLOW_UPS = {"websets-enrichments-update": "websets-enrichments-get"}


def supplement_operations() -> frozenset[str]:
    """The operation ids openapi/overlays adds (read from the overlay files, not from the facade)."""
    ids = set()
    for path in overlay_files():
        overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in (overlay.get("paths") or {}).values():
            ids.update(operation["operationId"] for method, operation in item.items() if method in HTTP_METHODS)
    return frozenset(ids)


SUPPLEMENT = supplement_operations()


def operation_params() -> list[Any]:
    return [
        pytest.param(op, id=f"{op}(supplement)", marks=pytest.mark.supplement) if op in SUPPLEMENT else op
        for op in sorted(CASES)
    ]


# --- talking to Prism through the facade, recording every exchange -------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    """One HTTP request the facade sent and Prism's answer, body read."""

    method: str
    path: str
    query: list[tuple[str, str]]
    request_headers: httpx.Headers
    request_body: bytes
    status: int
    headers: httpx.Headers
    body: bytes

    @classmethod
    def of(cls, response: httpx.Response) -> Exchange:
        request = response.request
        return cls(
            method=request.method,
            path=request.url.path,
            query=list(request.url.params.multi_items()),
            request_headers=request.headers,
            request_body=request.content,
            status=response.status_code,
            headers=response.headers,
            body=response.content,
        )

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def violations(self) -> list[dict[str, Any]]:
        """Prism's ``sl-violations`` header: what it found wrong with the request and with its own response."""
        raw = self.headers.get("sl-violations")
        if not raw:
            return []
        try:
            return list(json.loads(raw))
        except ValueError:  # "Too many violations! <truncated JSON>": keep it whole, and tell request from response
            side = "request" if '"location":["request"' in raw else "response"
            return [{"location": [side], "message": raw[:4000]}]

    def request_violations(self) -> list[dict[str, Any]]:
        return [v for v in self.violations() if v.get("location", [None])[0] == "request"]

    def describe(self) -> str:
        text = f"{self.method} {self.path}{'?' if self.query else ''}{httpx.QueryParams(self.query)} -> {self.status}"
        if self.status >= 300:
            text += f"\n      Prism's answer: {self.body.decode(errors='replace')[:3000]}"
        if self.violations():
            text += f"\n      Prism's sl-violations: {json.dumps(self.violations())[:3000]}"
        return text


@dataclass
class Outcome:
    """One facade call: the Prefer header it ran under, what it returned or raised, and what went over the wire."""

    prefer: str | None
    result: Any = None
    error: ExaWebsetsError | None = None
    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def mode(self) -> str:
        return self.prefer or "static"


def client_kwargs(base_url: str, http: httpx.Client | httpx.AsyncClient) -> dict[str, Any]:
    return {"api_key": API_KEY, "base_url": base_url, "max_retries": 0, "environ": {}, "http_client": http}


def set_prefer(http: httpx.Client | httpx.AsyncClient, prefer: str | None) -> None:
    if prefer is None:
        http.headers.pop("prefer", None)
    else:
        http.headers["prefer"] = prefer


def run_sync(base_url: str, call: Callable[[Any], Any], prefers: tuple[str | None, ...]) -> list[Outcome]:
    outcomes: list[Outcome] = []

    def record(response: httpx.Response) -> None:
        response.read()
        outcomes[-1].exchanges.append(Exchange.of(response))

    with (
        httpx.Client(timeout=PRISM_TIMEOUT, event_hooks={"response": [record]}) as http,
        WebsetsClient(**client_kwargs(base_url, http)) as c,
    ):
        for prefer in prefers:
            set_prefer(http, prefer)
            outcomes.append(Outcome(prefer))
            try:
                outcomes[-1].result = call(c)
            except ExaWebsetsError as error:
                outcomes[-1].error = error
    return outcomes


def run_async(base_url: str, call: Callable[[Any], Any], prefers: tuple[str | None, ...]) -> list[Outcome]:
    outcomes: list[Outcome] = []

    async def record(response: httpx.Response) -> None:
        await response.aread()
        outcomes[-1].exchanges.append(Exchange.of(response))

    async def main() -> None:
        async with (
            httpx.AsyncClient(timeout=PRISM_TIMEOUT, event_hooks={"response": [record]}) as http,
            AsyncWebsetsClient(**client_kwargs(base_url, http)) as client,
        ):
            for prefer in prefers:
                set_prefer(http, prefer)
                outcomes.append(Outcome(prefer))
                try:
                    outcomes[-1].result = await call(client)
                except ExaWebsetsError as error:
                    outcomes[-1].error = error

    asyncio.run(main())
    return outcomes


RUNNERS = {"sync": run_sync, "async": run_async}


# --- judging an outcome --------------------------------------------------------------------------------------------


def route_pattern(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$")


def declared_query_parameters(spec: dict[str, Any], route: str, method: str) -> set[str]:
    item = spec["paths"][route]
    parameters = [*item.get("parameters", []), *item[method.lower()].get("parameters", [])]
    return {p["name"] for p in parameters if p.get("in") == "query"}


def is_prism_limitation(error: ValidationError) -> bool:
    """True when the error is limitation 1 (a generated number ignoring a numeric exclusiveMinimum), including a
    oneOf/anyOf that fails only because its otherwise matching branch has that error."""
    if error.validator == "exclusiveMinimum" and not isinstance(error.validator_value, bool):
        return True
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        return any(all(is_prism_limitation(sub) for sub in subs) for subs in branches.values())
    return False


def as_json(result: Any) -> Any:
    """The facade's typed result back as JSON, in the shape of the response body it came from."""
    if isinstance(result, Page):
        return {
            "data": [item.to_dict() for item in result.data],
            "hasMore": result.has_more,
            "nextCursor": result.next_cursor,
        }
    return result.to_dict()


def untyped(result: Any) -> bool:
    items = result.data if isinstance(result, Page) else [result]
    return any(isinstance(item, (dict, list, str, bytes, int, float)) or item is None for item in items)


class Judge:
    """Everything wrong with one outcome of one operation, as readable lines (none: it passed)."""

    def __init__(self, spec: dict[str, Any], validator: SpecValidator) -> None:
        self.spec = spec
        self.validator = validator

    def report(self, operation_id: str, outcome: Outcome) -> str:
        """What is wrong with ``outcome`` (empty: nothing), followed by what went over the wire."""
        problems = self.problems(operation_id, outcome)
        if not problems:
            return ""
        wire = "\n    ".join(exchange.describe() for exchange in outcome.exchanges) or "(no request sent)"
        listed = "".join(f"\n  - {problem}" for problem in problems)
        return f"[{outcome.mode}]{listed}\n  wire:\n    {wire}"

    def problems(self, operation_id: str, outcome: Outcome) -> list[str]:
        problems: list[str] = []
        expected = [self.validator.operations[op] for op in (operation_id, FOLLOW_UPS.get(operation_id)) if op]
        shapes = [(exchange.method, exchange.path) for exchange in outcome.exchanges]
        if len(shapes) != len(expected) or any(
            method != op.method or not route_pattern(op.path).match(path)
            for (method, path), op in zip(shapes, expected, strict=False)
        ):
            problems.append(f"expected {[f'{op.method} {op.path}' for op in expected]}, the facade sent {shapes}")
        for exchange, op in zip(outcome.exchanges, expected, strict=False):
            problems += self._request_problems(exchange, op.path)
        if outcome.error is not None and not isinstance(outcome.error, APIResponseValidationError):
            body = getattr(outcome.error, "body", None)
            problems.append(f"the facade raised {type(outcome.error).__name__}: {outcome.error}; body: {body}")
        if outcome.exchanges and not problems:
            problems += self._response_problems(outcome, expected[-1], outcome.exchanges[-1])
            if len(outcome.exchanges) == 2 and outcome.exchanges[0].body:  # PATCH enrichment: the spec has no body
                problems.append(f"the PATCH answer has a body the spec does not declare: {outcome.exchanges[0].body!r}")
        return problems

    def _request_problems(self, exchange: Exchange, route: str) -> list[str]:
        problems = []
        if exchange.status == 422:
            problems.append("Prism refused the request (422): the facade sent what the spec forbids (a facade bug)")
        elif not 200 <= exchange.status < 300:
            problems.append(f"Prism answered {exchange.status}: the facade's request did not match the spec")
        if exchange.request_violations():
            problems.append(f"Prism found the request wrong: {exchange.request_violations()}")
        declared = declared_query_parameters(self.spec, route, exchange.method)
        undeclared = sorted({name for name, _ in exchange.query} - declared)
        if undeclared:  # limitation 2: Prism lets these through
            problems.append(f"query parameters {undeclared} are not declared by {exchange.method} {route}")
        if exchange.request_headers.get("x-api-key") != API_KEY:
            problems.append("the request did not carry the x-api-key header")
        return problems

    def _response_problems(self, outcome: Outcome, op: Any, exchange: Exchange) -> list[str]:
        body = exchange.json()
        errors = self.validator.errors_at(op.response_schema_pointer, body) if op.response_schema_pointer else []
        not_prisms = [error for error in errors if not is_prism_limitation(error)]
        problems = []
        if not_prisms or (errors and outcome.prefer is None):
            problems.append(  # Prism's doing, not the facade's: a new limitation to prove and document above
                f"Prism sent a body the spec rejects, not a known Prism limitation:\n{describe_errors(errors)[:4000]}"
            )
        if isinstance(outcome.error, APIResponseValidationError):
            if not errors:
                problems.append(f"the facade refused a body the spec accepts: {outcome.error}")
            return problems  # refusing a body that breaks the spec (limitation 1) is right
        if untyped(outcome.result):
            problems.append(f"the facade returned an untyped {type(outcome.result).__name__}: {outcome.result!r:.300}")
            return problems
        if isinstance(outcome.result, Page):  # a page keeps the list, not a list response's unknown top-level fields
            body = {key: body.get(key) for key in ("data", "hasMore", "nextCursor")}
        lost = json_differences(body, as_json(outcome.result))
        if lost:
            problems.append("the typed result is not what Prism sent:\n      " + "\n      ".join(lost[:20]))
        return problems


@pytest.fixture(scope="module")
def judge(served_spec: dict[str, Any], served_validator: SpecValidator) -> Judge:
    return Judge(served_spec, served_validator)


# --- every operation -----------------------------------------------------------------------------------------------


def test_the_table_and_prism_cover_every_operation(served_validator: SpecValidator, prism: Any) -> None:
    served = set(served_validator.operations)
    assert set(CASES) == served, f"CASES vs the served spec: {sorted(set(CASES) ^ served)}"
    assert len(served) == 41
    assert {op for op, o in served_validator.operations.items() if o.supplement} == SUPPLEMENT
    assert len(SUPPLEMENT) == 3
    log = prism.log_path.read_text(encoding="utf-8")
    for operation in served_validator.operations.values():  # Prism announces a route for each, sample ids filled in
        pattern = route_pattern(operation.path).pattern.strip("^$")
        assert re.search(rf"{operation.method}\s+http://\S+?{pattern}\s", log), f"Prism has no route for {operation}"


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("operation_id", operation_params())
def test_static_response(operation_id: str, kind: str, prism: Any, judge: Judge) -> None:
    """Prism accepts the request and its schema-built answer (valid, every optional field) parses losslessly."""
    (outcome,) = RUNNERS[kind](prism.base_url, CASES[operation_id].call, STATIC)
    report = judge.report(operation_id, outcome)
    assert not report, f"{operation_id} ({kind}): {report}"


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("operation_id", operation_params())
def test_dynamic_responses(operation_id: str, kind: str, prism: Any, judge: Judge) -> None:
    """Prism accepts the request under every seed, and each random answer parses (other union branches, extras)."""
    outcomes = RUNNERS[kind](prism.base_url, CASES[operation_id].call, DYNAMIC)
    reports = [report for report in (judge.report(operation_id, outcome) for outcome in outcomes) if report]
    assert not reports, f"{operation_id} ({kind}): " + "\n".join(reports)
    bodies = {json.dumps(outcome.exchanges[-1].json(), sort_keys=True) for outcome in outcomes}
    assert len(bodies) > 1, "every seed gave the same body: Prism is not generating dynamically"


# --- the validation is really on ------------------------------------------------------------------------------------


def operations_with_a_body() -> list[Any]:
    return [param for param in operation_params() if CASES[getattr(param, "values", [param])[0]].body is not None]


def wrong_type(value: Any) -> Any:
    return 12345 if isinstance(value, str) else "not-a-" + type(value).__name__


def validation_entries(response: httpx.Response) -> list[dict[str, Any]]:
    """Prism's findings: its problem+json ``validation``, or ``sl-violations`` when the spec's own 422 answered."""
    entries: list[dict[str, Any]] = []
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        entries += response.json().get("validation", [])
    entries += json.loads(response.headers.get("sl-violations", "[]"))
    return entries


@pytest.mark.parametrize("operation_id", operations_with_a_body())
def test_prism_refuses_the_facades_own_request_with_one_property_broken(operation_id: str, prism: Any) -> None:
    """Replay the facade's exact request: as sent it passes; with its first property's type changed it is a 422."""
    (outcome,) = run_sync(prism.base_url, CASES[operation_id].call, STATIC)
    sent = outcome.exchanges[0]
    body = json.loads(sent.request_body)
    key = next(iter(body))
    broken = {**body, key: wrong_type(body[key])}
    url = httpx.URL(prism.base_url + sent.path, params=sent.query)
    headers = {name: value for name, value in sent.request_headers.items() if name.lower() != "content-length"}
    with httpx.Client(timeout=PRISM_TIMEOUT) as http:
        as_sent = http.request(sent.method, url, headers=headers, content=sent.request_body)
        refused = http.request(sent.method, url, headers=headers, content=json.dumps(broken))
    assert 200 <= as_sent.status_code < 300, f"the replay itself failed: {as_sent.status_code} {as_sent.text}"
    assert refused.status_code == 422, f"Prism let {key}={broken[key]!r} through: {refused.status_code} {refused.text}"
    locations = [entry["location"] for entry in validation_entries(refused)]
    assert ["body", key] in [location[-2:] for location in locations], locations  # ["request", "body", key] too


def test_prism_refuses_a_query_parameter_of_the_wrong_type(prism: Any) -> None:
    response = httpx.get(
        f"{prism.base_url}/v0/websets", timeout=PRISM_TIMEOUT, params={"limit": "many"}, headers={"x-api-key": API_KEY}
    )
    assert response.status_code == 422, response.text
    assert ["query", "limit"] in [entry["location"] for entry in validation_entries(response)], response.text


def test_prism_requires_the_api_key(prism: Any) -> None:
    response = httpx.get(f"{prism.base_url}/v0/websets", timeout=PRISM_TIMEOUT)
    assert response.status_code == 401, response.text
    assert (
        httpx.get(f"{prism.base_url}/v0/websets", timeout=PRISM_TIMEOUT, headers={"x-api-key": API_KEY}).status_code
        == 200
    )


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_prism_422_reaches_the_caller_as_unprocessable_entity(kind: str, prism: Any) -> None:
    """extra_query is sent as given (it is the way to reach parameters newer than the pinned spec), so this
    out-of-range limit reaches Prism, whose 422 must come back typed. (extra_body cannot: the merged body is
    validated again before the network.)"""

    def call(client: Any) -> Any:
        return client.websets.list(extra_query={"limit": 1000})

    (outcome,) = RUNNERS[kind](prism.base_url, call, STATIC)
    assert isinstance(outcome.error, UnprocessableEntityError), outcome
    assert outcome.error.status_code == 422
    validation = outcome.error.body["validation"]
    assert [entry["location"] for entry in validation] == [["query", "limit"]], validation


# --- the Prism limitations, proven to be Prism's --------------------------------------------------------------------


def dynamic_monitors(base_url: str) -> Iterator[tuple[int, httpx.Response]]:
    with httpx.Client(timeout=PRISM_TIMEOUT, headers={"x-api-key": API_KEY}) as http:
        for seed in SEEDS:
            yield seed, http.get(f"{base_url}/v0/monitors/mo_1", headers={"prefer": f"dynamic=true, seed={seed}"})


def test_prism_limitation_dynamic_mode_ignores_numeric_exclusive_minimum(
    prism: Any, served_validator: SpecValidator
) -> None:
    """Limitation 1: Prism's generator breaks ``exclusiveMinimum: 0``, and says so itself; jsonschema agrees."""
    pointer = served_validator.operations["monitors-get"].response_schema_pointer
    assert pointer is not None
    broken = []
    for seed, response in dynamic_monitors(prism.base_url):
        assert response.status_code == 200, response.text
        count = response.json()["behavior"]["config"]["count"]
        errors = served_validator.errors_at(pointer, response.json())
        if count <= 0:
            broken.append(seed)
            assert [(e.validator, list(e.absolute_path)) for e in errors] == [
                ("exclusiveMinimum", ["behavior", "config", "count"])
            ], describe_errors(errors)
            schema = errors[0].schema  # 2020-12's numeric form, with no ``minimum`` for json-schema-faker to honour
            assert (schema["exclusiveMinimum"], "minimum" in schema) == (0, False), schema
            prism_says = [v["location"] for v in json.loads(response.headers["sl-violations"])]
            assert ["response", "body", "behavior", "config", "count"] in prism_says, prism_says
        else:
            assert errors == [], describe_errors(errors)
    # If Prism stops generating these, drop limitation 1 (and is_prism_limitation) from this module.
    assert broken, "no seed produced a count <= 0: Prism no longer has limitation 1"


def test_prism_limitation_undeclared_query_parameters_pass(prism: Any, served_spec: dict[str, Any]) -> None:
    """Limitation 2: Prism answers 200 to a query parameter the operation does not declare (so we check names)."""
    assert "notDeclared" not in declared_query_parameters(served_spec, "/v0/websets", "GET")
    response = httpx.get(
        f"{prism.base_url}/v0/websets",
        timeout=PRISM_TIMEOUT,
        params={"notDeclared": "1"},
        headers={"x-api-key": API_KEY},
    )
    assert response.status_code == 200, response.text
    assert "sl-violations" not in response.headers
