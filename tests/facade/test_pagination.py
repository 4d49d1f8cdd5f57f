"""list_all on every list operation: lazy, spec-sized pages, resumable, and exact when a page is retried."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import respx
from exa_websets import response_info
from exa_websets._core.operation import all_operations, operation_spec

from .conftest import Both, webset_json


def page(ids: list[str], cursor: str | None) -> dict[str, Any]:
    return {"data": [webset_json(id=i) for i in ids], "hasMore": cursor is not None, "nextCursor": cursor}


PAGES = {None: page(["w1", "w2"], "c2"), "c2": page(["w3", "w4"], "c3"), "c3": page(["w5"], None)}


def serve_pages(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=PAGES[request.url.params.get("cursor")])


def collect(both: Both, make, limit_pages: int | None = None) -> Any:
    """Iterate a paginator on the right client kind; stop after limit_pages pages' worth of items if asked."""

    def run(client):
        paginator = make(client)
        if both.kind == "sync":
            items = []
            for item in paginator:
                items.append(item.id)
                if limit_pages and paginator.pages_fetched == limit_pages and len(items) == 2 * limit_pages:
                    break
            return items, paginator

        async def main():
            items = []
            async for item in paginator:
                items.append(item.id)
                if limit_pages and paginator.pages_fetched == limit_pages and len(items) == 2 * limit_pages:
                    break
            return items, paginator

        return main()

    return both.run(run)


def test_list_all_reads_every_item_with_the_specs_largest_page(both: Both, api: respx.MockRouter) -> None:
    route = api.get("/v0/websets").mock(side_effect=serve_pages)
    items, paginator = collect(both, lambda c: c.websets.list_all())
    assert items == ["w1", "w2", "w3", "w4", "w5"]
    assert paginator.pages_fetched == 3
    expected_limit = str(operation_spec("websets-list").page_limit)
    assert [call.request.url.params["limit"] for call in route.calls] == [expected_limit] * 3


def test_list_all_is_lazy(both: Both, api: respx.MockRouter) -> None:
    route = api.get("/v0/websets").mock(side_effect=serve_pages)
    items, paginator = collect(both, lambda c: c.websets.list_all(), limit_pages=1)
    assert items == ["w1", "w2"]
    assert route.call_count == 1, "the next page is fetched only when the first is used up"
    assert (paginator.cursor, paginator.next_cursor) == ("c2", "c2"), "page 1 fully received: resume at page 2"


def test_resume_from_a_saved_cursor(both: Both, api: respx.MockRouter) -> None:
    api.get("/v0/websets").mock(side_effect=serve_pages)
    first, paginator = collect(both, lambda c: c.websets.list_all(), limit_pages=2)
    saved = paginator.cursor  # after the last item received: at a page boundary, the next page's cursor
    assert (first, saved) == (["w1", "w2", "w3", "w4"], "c3")
    resumed, _ = collect(both, lambda c: c.websets.list_all(cursor=saved))
    assert resumed == ["w5"], "resuming continues after the last item received: nothing lost, nothing repeated"


def test_a_retried_page_loses_and_repeats_nothing(both: Both, api: respx.MockRouter) -> None:
    attempts: list[str | None] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        attempts.append(cursor)
        if cursor == "c2" and attempts.count("c2") == 1:
            return httpx.Response(503)
        return serve_pages(request)

    api.get("/v0/websets").mock(side_effect=flaky)
    items, _ = collect(both, lambda c: c.websets.list_all())
    assert items == ["w1", "w2", "w3", "w4", "w5"]
    assert attempts == [None, "c2", "c2", "c3"]


def test_iter_pages_yields_whole_pages(both: Both, api: respx.MockRouter) -> None:
    api.get("/v0/websets").mock(side_effect=serve_pages)

    def run(client):
        pages = client.websets.list_all(limit=2).iter_pages()
        if both.kind == "sync":
            return [len(p.data) for p in pages]

        async def main():
            return [len(p.data) async for p in pages]

        return main()

    assert both.run(run) == [2, 2, 1]


LISTS = {  # every list operation's list_all, with the path its pages come from
    "websets-list": (lambda c: c.websets.list_all(), "/v0/websets"),
    "websets-items-list": (lambda c: c.items.list_all("ws_1", source_id="s1"), "/v0/websets/ws_1/items"),
    "monitors-list": (lambda c: c.monitors.list_all(webset_id="ws_1"), "/v0/monitors"),
    "monitors-runs-list": (lambda c: c.monitors.runs.list_all("mo_1"), "/v0/monitors/mo_1/runs"),
    "imports-list": (lambda c: c.imports.list_all(), "/v0/imports"),
    "webhooks-list": (lambda c: c.webhooks.list_all(), "/v0/webhooks"),
    "webhooks-attempts-list": (
        lambda c: c.webhooks.attempts.list_all("wh_1", successful=True),
        "/v0/webhooks/wh_1/attempts",
    ),
    "events-list": (lambda c: c.events.list_all(types=["webset.idle"]), "/v0/events"),
}


FILTERS = {  # the filters each list_all above was given, as every one of its page requests must send them
    "websets-items-list": {"sourceId": "s1"},
    "monitors-list": {"websetId": "ws_1"},
    "webhooks-attempts-list": {"successful": "true"},
    "events-list": {"types": "webset.idle"},
}


def test_every_list_operation_has_list_all() -> None:
    lists = {op_id for op_id, op in all_operations().items() if op_id.endswith("-list")}
    assert set(LISTS) == lists
    assert len(lists) == 8


def test_each_list_all_pages_with_its_own_limit_and_filters(both: Both, api: respx.MockRouter) -> None:
    for operation_id, (make, path) in LISTS.items():
        operation = operation_spec(operation_id)
        route = api.get(path).mock(
            side_effect=[
                httpx.Response(200, json={"data": [], "hasMore": True, "nextCursor": "next"}),
                httpx.Response(200, json={"data": [], "hasMore": False, "nextCursor": None}),
            ]
        )
        _, paginator = collect(both, make)
        sent = [dict(call.request.url.params) for call in route.calls]
        filters = FILTERS.get(operation_id, {})
        assert [{k: v for k, v in p.items() if k not in ("cursor", "limit")} for p in sent] == [filters] * len(sent)
        if operation.page_limit is None:  # monitor runs: the spec gives no cursor nor limit
            assert sent == [{}]
            assert paginator.pages_fetched == 1
            continue
        assert [p.get("limit") for p in sent] == [str(operation.page_limit)] * 2, operation_id
        assert [p.get("cursor") for p in sent] == [None, "next"], operation_id


def test_async_iteration_awaits_each_page_in_turn(api: respx.MockRouter) -> None:
    from exa_websets import AsyncWebsetsClient

    api.get("/v0/websets").mock(side_effect=serve_pages)

    async def main() -> list[str]:
        async with AsyncWebsetsClient("k", environ={}) as client:
            return [w.id async for w in client.websets.list_all()]

    assert asyncio.run(main()) == ["w1", "w2", "w3", "w4", "w5"]


def test_response_info_of_a_page_is_the_page_s_own_response(both: Both, api: respx.MockRouter) -> None:
    """One question for every result: ``response_info`` answers for a page too, with what the page carries."""
    api.get("/v0/websets").mock(
        return_value=httpx.Response(200, json=PAGES[None], headers={"x-request-id": "req_page"})
    )
    listed = both.run(lambda c: c.websets.list())

    assert listed.response is not None
    assert response_info(listed) is listed.response
    assert listed.response.request_id == "req_page"
    assert response_info(listed.data[0]) is None  # an item of a page is not a response of its own
