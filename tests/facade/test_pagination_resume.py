"""Resuming a list: ``list_all(cursor=paginator.cursor)`` continues after the last item received, once each.

Also the typed errors of lists whose pages do not chain (a repeated cursor, ``hasMore`` without ``nextCursor``).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from exa_websets import (
    APIError,
    CursorLoop,
    ExaWebsetsError,
    InvalidRequestError,
    MissingNextCursor,
    PaginationError,
)
from exa_websets.paging.policy import RESUME_PREFIX

from .conftest import Both, webset_json

# Three pages: 3 + 3 + 2 items, chained by cursors c2 and c3.
IDS = ["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"]
CHAIN = {None: (IDS[0:3], "c2"), "c2": (IDS[3:6], "c3"), "c3": (IDS[6:8], None)}


def pages_from(chain: dict[str | None, tuple[list[str], str | None]]) -> Any:
    def serve(request: httpx.Request) -> httpx.Response:
        ids, following = chain[request.url.params.get("cursor")]
        body = {"data": [webset_json(id=i) for i in ids], "hasMore": following is not None, "nextCursor": following}
        return httpx.Response(200, json=body)

    return serve


def read(both: Both, cursor: str | None = None, stop_after: int | None = None, **overrides: Any) -> Any:
    """Item ids read by list_all(cursor=...), stopping after ``stop_after`` items; and the paginator's .cursor."""

    def run(client: Any) -> Any:
        paginator = client.websets.list_all(cursor=cursor)
        if both.kind == "sync":
            ids = []
            for item in paginator:
                ids.append(item.id)
                if len(ids) == stop_after:
                    break
            return ids, paginator.cursor

        async def main() -> Any:
            ids = []
            async for item in paginator:
                ids.append(item.id)
                if len(ids) == stop_after:
                    break
            return ids, paginator.cursor

        return main()

    return both.run(run, **overrides)


def read_until_error(both: Both, **overrides: Any) -> Any:
    """Item ids read by list_all() until it raises; the error; and the paginator's .cursor after it."""

    def run(client: Any) -> Any:
        paginator = client.websets.list_all()
        got: list[str] = []
        if both.kind == "sync":
            try:
                for item in paginator:
                    got.append(item.id)
            except ExaWebsetsError as error:
                return got, error, paginator.cursor
            return got, None, paginator.cursor

        async def main() -> Any:
            try:
                async for item in paginator:
                    got.append(item.id)
            except ExaWebsetsError as error:
                return got, error, paginator.cursor
            return got, None, paginator.cursor

        return main()

    return both.run(run, **overrides)


def test_interrupting_at_every_position_then_resuming_gives_each_item_once(both: Both, api: respx.MockRouter) -> None:
    api.get("/v0/websets").mock(side_effect=pages_from(CHAIN))
    for stop in range(len(IDS) + 1):
        first, saved = read(both, stop_after=stop or None) if stop else ([], None)
        rest, _ = read(both, cursor=saved)
        assert first + rest == IDS, f"interrupted after {stop} items (cursor {saved!r})"


def test_a_resumed_read_can_itself_be_interrupted_and_resumed(both: Both, api: respx.MockRouter) -> None:
    api.get("/v0/websets").mock(side_effect=pages_from(CHAIN))
    seen: list[str] = []
    cursor = None
    for _ in range(len(IDS) + 1):  # one item per run: every resume lands mid-page or on a boundary
        ids, cursor = read(both, cursor=cursor, stop_after=1)
        seen += ids
    assert seen == IDS


def test_a_mid_page_cursor_is_a_resume_token_and_a_page_boundary_is_the_servers_cursor(
    both: Both, api: respx.MockRouter
) -> None:
    api.get("/v0/websets").mock(side_effect=pages_from(CHAIN))
    _, mid_page = read(both, stop_after=4)
    _, boundary = read(both, stop_after=3)
    assert mid_page is not None
    assert mid_page.startswith(RESUME_PREFIX)
    assert boundary == "c2"


def test_resuming_a_100_item_page_repeats_nothing(both: Both, api: respx.MockRouter) -> None:
    """The issue's case: an interruption on page 2 of 100-item pages used to repeat all of page 2 on resume."""
    ids = [f"w{i}" for i in range(300)]
    chain = {None: (ids[:100], "c2"), "c2": (ids[100:200], "c3"), "c3": (ids[200:], None)}
    api.get("/v0/websets").mock(side_effect=pages_from(chain))
    first, saved = read(both, stop_after=150)
    rest, _ = read(both, cursor=saved)
    assert len(first) + len(rest) == 300
    assert len(set(first) & set(rest)) == 0


def test_a_failed_page_request_leaves_the_cursor_after_the_last_item_received(
    both: Both, api: respx.MockRouter
) -> None:
    serve = pages_from(CHAIN)

    def down_at_page_3(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500) if request.url.params.get("cursor") == "c3" else serve(request)

    api.get("/v0/websets").mock(side_effect=down_at_page_3)

    got, error, saved = read_until_error(both, max_retries=0)
    assert isinstance(error, APIError)
    assert (got, saved) == (IDS[:6], "c3")
    api.get("/v0/websets").mock(side_effect=serve)
    assert read(both, cursor=saved)[0] == IDS[6:]


def test_iter_pages_resumes_after_the_last_whole_page(both: Both, api: respx.MockRouter) -> None:
    api.get("/v0/websets").mock(side_effect=pages_from(CHAIN))
    _, mid_page = read(both, stop_after=4)

    def run(client: Any) -> Any:
        pages = client.websets.list_all(cursor=mid_page).iter_pages()
        if both.kind == "sync":
            return [[w.id for w in p.data] for p in pages]

        async def main() -> Any:
            return [[w.id for w in p.data] async for p in pages]

        return main()

    assert both.run(run) == [["w5", "w6"], ["w7", "w8"]], "the resumed page leaves out what was received"


@pytest.mark.parametrize(
    "token",
    [
        RESUME_PREFIX + "!!!",  # not base64url
        RESUME_PREFIX + "bm90IGpzb24",  # base64 of "not json"
        RESUME_PREFIX + "eyJjdXJzb3IiOiJjMiJ9",  # {"cursor":"c2"}: no skip
        RESUME_PREFIX + "eyJjdXJzb3IiOiJjMiIsInNraXAiOi0xfQ",  # skip -1
        RESUME_PREFIX + "eyJjdXJzb3IiOjUsInNraXAiOjF9",  # cursor 5
        RESUME_PREFIX + "eyJjdXJzb3IiOiJjMiIsInNraXAiOnRydWV9",  # skip true
        RESUME_PREFIX + "A" * 5000,
    ],
)
def test_a_malformed_resume_token_is_refused_before_the_network(both: Both, api: respx.MockRouter, token: str) -> None:
    route = api.get("/v0/websets").mock(side_effect=pages_from(CHAIN))
    with pytest.raises(InvalidRequestError, match=r"websets\.list.*cursor .*resume token") as caught:
        read(both, cursor=token)
    assert [p.path for p in caught.value.problems] == ["cursor"]
    assert route.call_count == 0


def test_has_more_without_a_next_cursor_raises_after_the_page(both: Both, api: respx.MockRouter) -> None:
    broken = {None: (IDS[0:3], "c2"), "c2": (IDS[3:6], None)}
    serve = pages_from(broken)

    def claims_more(request: httpx.Request) -> httpx.Response:
        response = serve(request)
        if request.url.params.get("cursor") == "c2":
            return httpx.Response(200, json={**response.json(), "hasMore": True, "nextCursor": None})
        return response

    api.get("/v0/websets").mock(side_effect=claims_more)

    got, error, _ = read_until_error(both)
    assert isinstance(error, MissingNextCursor)
    assert got == IDS[:6], "the items of the page that claimed more are delivered first"
    assert isinstance(error, PaginationError)
    assert isinstance(error, ExaWebsetsError)
    assert error.url.endswith("/v0/websets")
    assert "nextCursor" in str(error)


def test_a_repeated_cursor_raises_cursor_loop_in_the_sdk_error_tree(both: Both, api: respx.MockRouter) -> None:
    api.get("/v0/websets").mock(side_effect=pages_from({None: (["w1"], "c2"), "c2": (["w2"], "c2")}))
    with pytest.raises(CursorLoop, match="repeated cursor 'c2'") as caught:
        read(both)
    assert isinstance(caught.value, PaginationError)
    assert isinstance(caught.value, ExaWebsetsError)
    assert isinstance(caught.value, RuntimeError), "still a RuntimeError, as before"


def test_resuming_a_list_served_by_the_fake_at_every_position() -> None:
    """End to end on the fake's own cursors: 3 pages of 2, 2 and 1 items, interrupted after each item."""
    from exa_websets import WebsetsClient
    from exa_websets.testing import FakeWebsets, ManualClock

    fake = FakeWebsets(seed=3, clock=ManualClock())
    http = httpx.Client(transport=fake.transport())
    with WebsetsClient("k", http_client=http, sleep=fake.clock.sleep, clock=fake.clock.now, environ={}) as ws:
        webset = ws.websets.create(search={"query": "AI labs", "count": 5})
        fake.run_until_idle(webset.id)
        everything = [item.id for item in ws.items.list_all(webset.id, limit=2)]
        assert len(everything) == 5
        for stop in range(1, 6):
            paginator = ws.items.list_all(webset.id, limit=2)
            first = [item.id for _, item in zip(range(stop), paginator, strict=False)]
            rest = [item.id for item in ws.items.list_all(webset.id, limit=2, cursor=paginator.cursor)]
            assert first + rest == everything, f"interrupted after {stop}"


def test_list_takes_a_resume_token_too_and_never_sends_it(both: Both, api: respx.MockRouter) -> None:
    route = api.get("/v0/websets").mock(side_effect=pages_from(CHAIN))
    _, mid_page = read(both, stop_after=4)  # w1..w4 received: the token stands for page c2 after one item

    def run(client: Any) -> Any:
        return client.websets.list(cursor=mid_page)

    page = both.run(run)
    assert [w.id for w in page.data] == ["w5", "w6"]
    assert (page.has_more, page.next_cursor) == (True, "c3")
    assert route.calls[-1].request.url.params["cursor"] == "c2"
    with pytest.raises(InvalidRequestError, match=r"cursor .*damaged resume token"):
        both.run(lambda client: client.websets.list(cursor=RESUME_PREFIX + "!!!"))
