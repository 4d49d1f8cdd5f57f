"""Constructing the clients: settings from arguments and environment, clear errors, ownership of connections."""

from __future__ import annotations

import asyncio
import re
import typing

import exa_websets_api
import httpx
import pytest
import respx
from exa_websets import AsyncWebsetsClient, ConfigurationError, WebsetsClient
from exa_websets._core.operation import FACADE_METHODS, all_operations
from exa_websets.types import Event

from .conftest import API_KEY, webset_json


def test_missing_key_is_a_clear_error_at_construction() -> None:
    with pytest.raises(ConfigurationError, match=re.escape("no API key: pass api_key=... or set EXA_API_KEY")):
        WebsetsClient(environ={})
    with pytest.raises(ConfigurationError, match="invalid client settings: api_key must not be blank"):
        AsyncWebsetsClient("  ", environ={})


def test_key_and_base_url_come_from_the_environment() -> None:
    client = WebsetsClient(environ={"EXA_API_KEY": API_KEY, "EXA_WEBSETS_BASE_URL": "http://localhost:8765/websets/"})
    assert client.base_url == "http://localhost:8765/websets"
    assert client._settings.api_key.get_secret_value() == API_KEY
    assert WebsetsClient(API_KEY, environ={}).base_url == "https://api.exa.ai/websets"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"base_url": "ftp://example.com"}, "base_url must be an http(s) URL such as https://api.exa.ai/websets"),
        ({"max_retries": -1}, "max_retries must be an integer >= 0 (got -1)"),
        ({"max_retries": 21}, "max_retries must be an integer <= 20 (got 21)"),
    ],
)
def test_bad_settings_say_what_to_fix(kwargs: dict, message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        WebsetsClient(API_KEY, environ={}, **kwargs)


def test_reprs_never_show_the_key() -> None:
    client = WebsetsClient(API_KEY, environ={})
    for text in (repr(client), repr(client._settings), str(client._settings)):
        assert API_KEY not in text
    assert repr(client) == "WebsetsClient(base_url='https://api.exa.ai/websets')"


def test_a_caller_supplied_http_client_is_used_as_is_and_left_open() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=webset_json())

    http = httpx.Client(transport=httpx.MockTransport(handler), timeout=7.0, headers={"x-mine": "1"})
    with WebsetsClient(API_KEY, http_client=http, environ={}) as client:
        client.websets.get("webset_1")
    assert not http.is_closed
    assert seen[0].headers["x-mine"] == "1"
    assert seen[0].extensions["timeout"]["read"] == 7.0, "its own timeout is kept unless we are told otherwise"
    http.close()


def test_the_client_closes_the_connections_it_opened() -> None:
    client = WebsetsClient(API_KEY, environ={})
    with client:
        pass
    assert client._pipeline.http.is_closed

    async def main() -> bool:
        async with AsyncWebsetsClient(API_KEY, environ={}) as aclient:
            pass
        return aclient._pipeline.http.is_closed

    assert asyncio.run(main())


def test_namespaces_follow_the_spec_tags_one_to_one() -> None:
    tags = {op.tag for op in all_operations().values()}
    namespaces = {names[0].rsplit(".", 1)[0] for names in FACADE_METHODS.values()}
    expected = {tag.lower().replace(" preview", "").replace(" ", ".") for tag in tags}
    assert namespaces == expected


def test_every_operation_has_one_plain_facade_method_and_helpers_name_what_they_call() -> None:
    from exa_websets._core.operation import label_for

    assert set(FACADE_METHODS) == set(all_operations())
    plain = {operation_id: label_for(operation_id) for operation_id in FACADE_METHODS}
    assert len(set(plain.values())) == 41, "one method per operation, each calling only that operation"
    assert plain["websets-create"] == "websets.create"
    assert set(FACADE_METHODS["websets-get"]) >= {
        "websets.get",
        "websets.wait_until_idle",
        "websets.wait_until_idle_many",
    }
    assert "events.list_all" in FACADE_METHODS["events-list"]


def test_sync_and_async_clients_offer_the_same_methods() -> None:
    def public(cls: type, prefix: str = "") -> set[str]:
        names = set()
        for name, kind in typing.get_type_hints(cls).items():
            if isinstance(kind, type) and not name.startswith("_"):
                names |= {f"{prefix}{name}.{m}" for m in vars(kind) if not m.startswith("_")}
                names |= public(kind, f"{prefix}{name}.")
        return names

    assert public(WebsetsClient) == public(AsyncWebsetsClient)
    assert len(public(WebsetsClient)) >= 41


def test_types_event_is_the_generated_union() -> None:
    from exa_websets_api.api.events import events_get

    generated = typing.get_args(typing.get_type_hints(events_get.parse_success, vars(exa_websets_api.models))["return"])
    assert set(typing.get_args(Event)) == set(generated)


def test_request_built_by_the_facade_equals_the_generated_request_builder(tmp_path) -> None:
    """Our pipeline builds requests from the spec index; the generated builder is the spec's own reading."""
    from exa_websets_api.api.events import events_list
    from exa_websets_api.api.items import websets_items_list
    from exa_websets_api.models import EventsListTypesItem

    with respx.mock(base_url="https://api.exa.ai/websets") as api:
        empty = {"data": [], "hasMore": False, "nextCursor": None}
        items = api.get("/v0/websets/ws%201/items").respond(200, json=empty)
        events = api.get("/v0/events").respond(200, json=empty)
        with WebsetsClient(API_KEY, environ={}) as client:
            client.items.list("ws 1", limit=5, source_id="s1")
            client.events.list(types=["webset.idle", "webset.created"], limit=3)
    generated = websets_items_list.build_request("ws 1", limit=5, source_id="s1")
    assert str(items.calls[0].request.url).split("?")[0].endswith(generated["url"])
    assert dict(items.calls[0].request.url.params) == {k: str(v) for k, v in generated["params"].items()}
    generated = events_list.build_request(
        types=[EventsListTypesItem("webset.idle"), EventsListTypesItem("webset.created")], limit=3
    )
    sent = events.calls[0].request.url.params
    assert sent.get_list("types") == generated["params"]["types"]
    assert sent["limit"] == str(generated["params"]["limit"])
