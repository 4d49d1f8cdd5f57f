"""Through the SDK, a malformed nested value of a returned model is its typed validation error when first read.

The generated models build nested objects, lists of them and timestamps on first read (see
tests/generated/test_lazy_fields.py); the SDK makes such a failure a ``ResponseFieldValidationError``, an
``APIResponseValidationError`` like the one a malformed body raises during the call, never a bare KeyError, and
names the request the model came from (method, URL, ``X-Request-Id``) though the call has long returned.
"""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from exa_websets import (
    APIResponseValidationError,
    AsyncWebsetsClient,
    ResponseFieldValidationError,
    WebsetsClient,
)

BASE_URL = "https://api.exa.ai/websets"
GOLDEN_ITEM = Path(__file__).parents[1] / "fixtures" / "golden" / "items" / "company-enriched.json"
BAD_EVALUATIONS = [{"criterion": "c", "reasoning": "r"}]  # no "satisfied"
REQUEST_ID = "req_lazy_0001"


def answer(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body, headers={"x-request-id": REQUEST_ID})


def items(bad: dict[str, Any]) -> list[dict[str, Any]]:
    good: dict[str, Any] = json.loads(GOLDEN_ITEM.read_text(encoding="utf-8"))["instance"]
    return [good, {**good, "id": "witem_bad", **bad}]


def client() -> WebsetsClient:
    return WebsetsClient("exa-key-0123456789", base_url=BASE_URL, environ={}, rate_limit=None, max_retries=0)


def check(error: ResponseFieldValidationError, field: str, body: Any, url: str, model: str = "WebsetItem") -> None:
    assert isinstance(error, APIResponseValidationError)
    assert (error.model, error.field, error.body) == (model, field, body)
    assert (error.method, error.url, error.request_id) == ("GET", f"{BASE_URL}{url}", REQUEST_ID)
    assert f"{model}.{field} does not match the pinned spec" in str(error)


def test_list_all_yields_every_item_and_the_malformed_field_raises_when_read() -> None:
    page = {"data": items({"evaluations": BAD_EVALUATIONS}), "hasMore": False, "nextCursor": None}
    with respx.mock(base_url=BASE_URL) as api, client() as ws:
        api.get("/v0/websets/ws_1/items").mock(return_value=answer(page))
        good, bad = list(ws.items.list_all("ws_1"))

    assert good.evaluations[0].satisfied  # the well-formed item reads as before
    assert bad.id == "witem_bad"
    with pytest.raises(ResponseFieldValidationError) as raised:
        bad.evaluations  # noqa: B018 - the first read builds it
    check(raised.value, "evaluations", BAD_EVALUATIONS, "/v0/websets/ws_1/items")
    assert isinstance(raised.value.__cause__, KeyError)


def test_a_model_built_from_a_returned_model_names_the_same_request() -> None:
    evaluation = {"criterion": "c", "reasoning": "r", "satisfied": "yes", "references": "not a list"}
    item = items({"evaluations": [evaluation]})[1]
    with respx.mock(base_url=BASE_URL) as api, client() as ws:
        api.get("/v0/websets/ws_1/items/witem_bad").mock(return_value=answer(item))
        parsed = ws.items.get("ws_1", "witem_bad")

    built = parsed.evaluations[0]  # built on first read, from the returned item's JSON
    with pytest.raises(ResponseFieldValidationError) as raised:
        built.references  # noqa: B018
    check(raised.value, "references", "not a list", "/v0/websets/ws_1/items/witem_bad", "WebsetItemEvaluation")


def test_a_returned_model_keeps_its_request_through_pickle_and_deepcopy() -> None:
    item = items({"updatedAt": "not a time"})[1]
    with respx.mock(base_url=BASE_URL) as api, client() as ws:
        api.get("/v0/websets/ws_1/items/witem_bad").mock(return_value=answer(item))
        parsed = ws.items.get("ws_1", "witem_bad")

    for copied in (pickle.loads(pickle.dumps(parsed)), copy.deepcopy(parsed)):
        with pytest.raises(ResponseFieldValidationError) as raised:
            copied.updated_at  # noqa: B018
        check(raised.value, "updated_at", "not a time", "/v0/websets/ws_1/items/witem_bad")


def test_a_model_you_built_yourself_names_no_request() -> None:
    from exa_websets_api.models import WebsetItem

    with client():  # any client installs the SDK's error type
        pass
    mine = WebsetItem.from_dict(items({"updatedAt": "not a time"})[1])
    with pytest.raises(ResponseFieldValidationError) as raised:
        mine.updated_at  # noqa: B018
    assert (raised.value.method, raised.value.url, raised.value.request_id) == ("", "", None)


def test_a_single_call_s_model_reports_a_malformed_timestamp_the_same_way() -> None:
    item = items({"updatedAt": "not a time"})[1]
    with respx.mock(base_url=BASE_URL) as api, client() as ws:
        api.get("/v0/websets/ws_1/items/witem_bad").mock(return_value=answer(item))
        parsed = ws.items.get("ws_1", "witem_bad")

    with pytest.raises(APIResponseValidationError) as raised:
        parsed.updated_at  # noqa: B018
    assert isinstance(raised.value, ResponseFieldValidationError)
    check(raised.value, "updated_at", "not a time", "/v0/websets/ws_1/items/witem_bad")


def test_the_async_client_reports_it_the_same_way() -> None:
    page = {"data": items({"enrichments": ["not an object"]}), "hasMore": False, "nextCursor": None}

    async def read_all() -> list[Any]:
        async with AsyncWebsetsClient("exa-key-0123456789", base_url=BASE_URL, environ={}, rate_limit=None) as ws:
            return [item async for item in ws.items.list_all("ws_1")]

    with respx.mock(base_url=BASE_URL) as api:
        api.get("/v0/websets/ws_1/items").mock(return_value=answer(page))
        read = asyncio.run(read_all())

    with pytest.raises(ResponseFieldValidationError) as raised:
        read[1].enrichments  # noqa: B018
    check(raised.value, "enrichments", ["not an object"], "/v0/websets/ws_1/items")
    assert isinstance(raised.value.__cause__, TypeError)


def test_a_process_whose_first_call_parses_with_its_own_callable_still_gets_the_sdk_error() -> None:
    # enrichments.update parses with the resource's own function, not a generated parser; the SDK's error is
    # installed when the operation itself is first loaded, so even as a process's first call it is the typed one.
    code = f"""
import httpx, respx
from exa_websets import ResponseFieldValidationError, WebsetsClient
enrichment = {{"id": "wenrich_1", "object": "webset_enrichment", "status": "pending", "websetId": "ws_1",
    "title": None, "description": "CEO", "format": "text", "options": None, "instructions": None,
    "metadata": {{}}, "createdAt": "not a time", "updatedAt": "2025-01-01T00:00:00Z"}}
with respx.mock(base_url={BASE_URL!r}) as api:
    api.patch("/v0/websets/ws_1/enrichments/wenrich_1").mock(
        return_value=httpx.Response(200, json=enrichment, headers={{"x-request-id": "req_9"}})
    )
    with WebsetsClient("exa-key-0123456789", base_url={BASE_URL!r}, environ={{}}, rate_limit=None) as ws:
        updated = ws.enrichments.update("ws_1", "wenrich_1", description="CEO")
try:
    updated.created_at
except ResponseFieldValidationError as error:
    print(error.field, error.method, error.request_id)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "created_at PATCH req_9"), done.stderr
