"""Issue 13 at the HTTP level (respx): 402 typed, Bearer auth opt-in, the enrichment PATCH's body used when sent, and
path parameters bound by name, so a spec that reorders them still yields the right URL."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import httpx
import pytest
import respx
from exa_websets import (
    APIStatusError,
    ConcurrencyUsage,
    ConfigurationError,
    InsufficientCreditsError,
    InvalidRequestError,
    WebsetsClient,
)
from exa_websets._core import operation as core_operation
from exa_websets._core.operation import OperationSpec, module_of, operation_spec
from exa_websets_api.models import Team

from .conftest import API_KEY, NOW, Both

ITEM = {
    "id": "it_1",
    "object": "webset_item",
    "source": "search",
    "sourceId": "s_1",
    "websetId": "ws_1",
    "properties": {
        "type": "company",
        "url": "https://example.com",
        "description": "d",
        "content": None,
        "company": {
            "name": "Example",
            "location": None,
            "employees": None,
            "industry": None,
            "about": None,
            "logoUrl": None,
        },
    },
    "evaluations": [],
    "enrichments": [],
    "createdAt": NOW,
    "updatedAt": NOW,
}
ENRICHMENT = {
    "id": "en_1",
    "object": "webset_enrichment",
    "status": "pending",
    "websetId": "ws_1",
    "title": "CEO",
    "description": "CEO full name",
    "format": "text",
    "options": None,
    "instructions": None,
    "metadata": {},
    "createdAt": NOW,
    "updatedAt": NOW,
}


# --- 402 --------------------------------------------------------------------------------------------------------------


def test_402_raises_insufficient_credits_without_retrying(both: Both, api: respx.MockRouter) -> None:
    body = {"error": "Insufficient credits"}
    route = api.get("/v0/websets/ws_1").mock(
        return_value=httpx.Response(402, json=body, headers={"x-request-id": "req_402"})
    )

    with pytest.raises(InsufficientCreditsError) as caught:
        both.run(lambda c: c.websets.get("ws_1"))

    assert isinstance(caught.value, APIStatusError)
    assert (caught.value.status_code, caught.value.request_id, caught.value.body) == (402, "req_402", body)
    assert route.call_count == 1, "waiting does not refill credits: not retried"


# --- auth scheme ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scheme", "sent", "absent"),
    [(None, ("x-api-key", API_KEY), "authorization"), ("bearer", ("authorization", f"Bearer {API_KEY}"), "x-api-key")],
)
def test_the_key_goes_in_exactly_one_header(
    both: Both, api: respx.MockRouter, scheme: str | None, sent: tuple[str, str], absent: str
) -> None:
    route = api.get("/v0/teams/me").mock(return_value=httpx.Response(200, json={"id": "team_1"}))
    overrides: dict[str, Any] = {} if scheme is None else {"auth_scheme": scheme}

    both.run(lambda c: c.teams.me(), **overrides)

    headers = route.calls[0].request.headers
    assert headers[sent[0]] == sent[1]
    assert absent not in headers


def test_bearer_key_is_redacted_in_logs(both: Both, api: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    api.get("/v0/teams/me").mock(return_value=httpx.Response(500, json={"echo": f"Bearer {API_KEY}"}))
    caplog.set_level(logging.DEBUG, logger="exa_websets")

    with pytest.raises(APIStatusError) as caught:
        both.run(lambda c: c.teams.me(max_retries=0), auth_scheme="bearer")

    assert API_KEY not in caplog.text
    assert API_KEY not in str(caught.value.body)


def test_an_unknown_auth_scheme_is_refused_with_the_choices() -> None:
    with pytest.raises(ConfigurationError, match="auth_scheme must be one of 'x-api-key', 'bearer'"):
        WebsetsClient(API_KEY, auth_scheme="basic", environ={})  # type: ignore[arg-type]


def test_an_authorization_header_of_the_callers_own_is_refused_so_two_keys_are_never_sent(
    both: Both, api: respx.MockRouter
) -> None:
    route = api.get("/v0/teams/me").mock(return_value=httpx.Response(200, json={}))
    with pytest.raises(InvalidRequestError, match="must not set authorization"):
        both.run(lambda c: c.teams.me(extra_headers={"Authorization": "Bearer other"}))
    assert not route.called


# --- PATCH enrichment: body or no body --------------------------------------------------------------------------------


@pytest.mark.parametrize("answers_with_body", [True, False])
def test_enrichment_update_parses_a_body_and_rereads_only_without_one(
    both: Both, api: respx.MockRouter, answers_with_body: bool
) -> None:
    path = "/v0/websets/ws_1/enrichments/en_1"
    patch = api.patch(path).mock(return_value=httpx.Response(200, json=ENRICHMENT if answers_with_body else None))
    get = api.get(path).mock(return_value=httpx.Response(200, json=ENRICHMENT))

    updated = both.run(lambda c: c.enrichments.update("ws_1", "en_1", description="CEO full name"))

    assert (updated.id, updated.description) == ("en_1", "CEO full name")
    assert patch.call_count == 1
    assert get.call_count == (0 if answers_with_body else 1)


# --- path parameters by name ------------------------------------------------------------------------------------------


def with_operation(monkeypatch: pytest.MonkeyPatch, operation_id: str, **changes: Any) -> OperationSpec:
    """As if the generated module of ``operation_id`` described it with ``changes``."""
    changed = dataclasses.replace(operation_spec(operation_id), **changes)
    module, real = module_of(operation_id), core_operation.operation_in
    monkeypatch.setattr(core_operation, "operation_in", lambda name: changed if name == module else real(name))
    return changed


def test_reordered_path_parameters_still_reach_the_right_url(
    both: Both, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = operation_spec("websets-items-get")
    reordered = with_operation(monkeypatch, "websets-items-get", parameters=tuple(reversed(original.parameters)))
    assert reordered.path_parameters == ("id", "webset"), "the spec's order changed"
    route = api.get("/v0/websets/ws_1/items/it_1").mock(return_value=httpx.Response(200, json=ITEM))

    item = both.run(lambda client: client.items.get("ws_1", "it_1"))

    assert route.call_count == 1, "positional binding would have asked for /v0/websets/it_1/items/ws_1"
    assert item.id == "it_1"


def test_a_template_that_moves_its_parameters_gets_each_value_by_name(
    both: Both, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_operation(monkeypatch, "websets-items-get", path="/v0/items/{id}/in/{webset}")
    route = api.get("/v0/items/it_1/in/ws_1").mock(return_value=httpx.Response(200, json=ITEM))

    both.run(lambda client: client.items.get("ws_1", "it_1"))

    assert route.call_count == 1


def test_a_renamed_path_parameter_fails_loudly_instead_of_binding_by_position(
    both: Both, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = operation_spec("websets-items-get")
    renamed_parameters = tuple(
        dataclasses.replace(p, name="item") if p.name == "id" else p for p in original.parameters
    )
    with_operation(
        monkeypatch, "websets-items-get", path="/v0/websets/{webset}/items/{item}", parameters=renamed_parameters
    )

    def call(client: Any) -> Any:
        return client.items.get("ws_1", "it_1")

    with pytest.raises(TypeError, match=r"takes path parameters \['item', 'webset'\], got \['id', 'webset'\]"):
        both.run(call)


def test_concurrency_usage_of_a_team_that_sent_no_concurrency_is_unknown_not_zero() -> None:
    usage = ConcurrencyUsage.from_team(Team.from_dict({"id": "team_1"}))

    assert usage == ConcurrencyUsage(None, None, None, None)
    assert not usage.at_capacity
    assert not usage.queue_full
