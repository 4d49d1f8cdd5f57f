"""HTTP behaviour common to all operations: auth, errors, routing, ids, pagination, determinism."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from exa_websets.testing import FakeWebsets

from .helpers import API_KEY, BASE_URL, Receiver, client, create_webset


def test_missing_api_key_is_401_with_a_json_error_and_a_request_id(fake: FakeWebsets) -> None:
    with httpx.Client(base_url=BASE_URL, transport=fake.transport()) as anonymous:
        response = anonymous.get("/v0/websets")
        empty = anonymous.get("/v0/websets", headers={"x-api-key": ""})

    assert response.status_code == 401
    assert "x-api-key" in response.json()["error"]
    assert response.headers["x-request-id"]
    assert empty.status_code == 401


def test_only_the_configured_api_keys_are_accepted() -> None:
    fake = FakeWebsets(api_keys={"good-key"})
    with client(fake) as wrong:
        assert wrong.get("/v0/websets").status_code == 401
    with httpx.Client(base_url=BASE_URL, transport=fake.transport(), headers={"x-api-key": "good-key"}) as right:
        assert right.get("/v0/websets").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/v0/websets/webset_missing",
        "/v0/websets/webset_missing/items",
        "/v0/websets/{webset}/items/witem_missing",
        "/v0/websets/{webset}/searches/webset_search_missing",
        "/v0/websets/{webset}/enrichments/webset_enrichment_missing",
        "/v0/websets/{webset}/exports/export_missing",
        "/v0/monitors/monitor_missing",
        "/v0/monitors/monitor_missing/runs/monitor_run_missing",
        "/v0/imports/import_missing",
        "/v0/webhooks/webhook_missing",
        "/v0/webhooks/webhook_missing/attempts",
        "/v0/events/event_missing",
    ],
)
def test_unknown_ids_are_404_with_a_json_error(http: httpx.Client, path: str) -> None:
    webset = create_webset(http)
    response = http.get(path.format(webset=webset["id"]))

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert "not found" in response.json()["error"]
    assert response.headers["x-request-id"].startswith("req_")


def test_a_duplicate_external_id_is_409_until_the_webset_is_deleted(http: httpx.Client) -> None:
    first = create_webset(http, externalId="crm-42")
    duplicate = http.post("/v0/websets", json={"search": {"query": "other"}, "externalId": "crm-42"})

    assert duplicate.status_code == 409
    assert "crm-42" in duplicate.json()["error"]
    assert http.delete(f"/v0/websets/{first['id']}").status_code == 200
    assert http.post("/v0/websets", json={"search": {"query": "again"}, "externalId": "crm-42"}).status_code == 201


def test_the_external_id_stands_in_for_the_id(http: httpx.Client) -> None:
    webset = create_webset(http, externalId="my/ext id")  # encoded in the path like any id
    ext = "my%2Fext%20id"

    assert http.get(f"/v0/websets/{ext}").json()["id"] == webset["id"]
    updated = http.post(f"/v0/websets/{ext}", json={"metadata": {"owner": "ops"}}).json()
    assert updated["metadata"] == {"owner": "ops"}
    assert http.get(f"/v0/websets/{ext}/items").status_code == 200
    assert http.delete(f"/v0/websets/{ext}").json()["id"] == webset["id"]
    assert http.get(f"/v0/websets/{webset['id']}").status_code == 404


INVALID_BODIES: list[tuple[str, str, Any, str]] = [
    ("POST", "/v0/websets", {"search": {"query": ""}}, "search.query must not be empty"),
    ("POST", "/v0/websets", {"search": {"query": "x", "count": 0}}, "search.count must be >= 1"),
    ("POST", "/v0/websets", {"search": {"query": "x", "criteria": []}}, "search.criteria must have at least 1"),
    (
        "POST",
        "/v0/websets",
        {"search": {"query": "x", "criteria": [{"description": f"c{i}"} for i in range(6)]}},
        "search.criteria must have at most 5",
    ),
    ("POST", "/v0/websets", {"search": {"query": "x", "entity": {"type": "planet"}}}, "search.entity.type"),
    ("POST", "/v0/websets", {"search": {"query": "x", "entity": {"type": "custom"}}}, "search.entity.description"),
    ("POST", "/v0/websets", {"enrichments": [{"description": "x", "format": "bool"}]}, "enrichments[0].format"),
    ("POST", "/v0/websets", {"enrichments": [{"description": "x", "format": "options"}]}, "enrichments[0].options"),
    ("POST", "/v0/websets", {"metadata": {"n": 1}}, "metadata.n must be a string"),
    ("POST", "/v0/websets/preview", {"search": {"query": "x", "count": 11}}, "search.count must be <= 10"),
    ("POST", "/v0/websets/{webset}/searches", {"query": "x"}, "count is required"),
    ("POST", "/v0/websets/{webset}/searches", {"query": "x", "count": 1, "behavior": "merge"}, "behavior"),
    ("POST", "/v0/websets/{webset}/enrichments", {"format": "text"}, "description is required"),
    ("POST", "/v0/webhooks", {"url": "https://h.example.com", "events": []}, "events must have at least 1"),
    ("POST", "/v0/webhooks", {"url": "https://h.example.com", "events": ["webset.exploded"]}, "events[0]"),
    ("POST", "/v0/webhooks", {"url": "not a url", "events": ["webset.idle"]}, "url must be an absolute URL"),
    ("POST", "/v0/imports", {"format": "xlsx", "size": 1, "count": 1, "entity": {"type": "company"}}, "format"),
    ("POST", "/v0/imports", {"format": "csv", "size": 1, "count": 1}, "entity is required"),
    ("POST", "/v0/websets/{webset}/exports", {"format": "xml"}, "format"),
    ("PATCH", "/v0/imports/import_x", {"metadata": "x"}, "metadata must be an object"),
]


@pytest.mark.parametrize(("method", "path", "body", "detail"), INVALID_BODIES)
def test_invalid_bodies_are_422_with_details(
    http: httpx.Client, method: str, path: str, body: Any, detail: str
) -> None:
    webset = create_webset(http)
    response = http.request(method, path.format(webset=webset["id"]), json=body)

    assert response.status_code == 422, response.text
    assert response.json()["error"] == "Invalid request"
    assert any(detail in problem for problem in response.json()["details"]), response.json()["details"]


def test_a_body_that_is_not_json_is_400_and_one_that_is_not_an_object_is_422(http: httpx.Client) -> None:
    not_json = http.post("/v0/websets", content=b"{search:", headers={"content-type": "application/json"})
    array = http.post("/v0/websets", json=[{"search": {"query": "x"}}])
    empty = http.post("/v0/webhooks")

    assert not_json.status_code == 400
    assert array.status_code == 422
    assert array.json()["details"] == ["the request body must be an object, not list"]
    assert empty.status_code == 422


def test_unknown_routes_are_404_and_wrong_methods_405(http: httpx.Client) -> None:
    assert http.get("/v0/nothing").status_code == 404
    response = http.put("/v0/websets")
    assert response.status_code == 405
    assert response.headers["x-request-id"]


def test_both_path_prefixes_reach_the_api(fake: FakeWebsets) -> None:
    with httpx.Client(base_url="https://api.exa.ai", transport=fake.transport(), headers={"x-api-key": API_KEY}) as c:
        created = c.post("/websets/v0/websets", json={"search": {"query": "Solar startups", "count": 2}})
        assert created.status_code == 201
        assert c.get(f"/v0/websets/{created.json()['id']}").status_code == 200
        assert c.get("/websets/v0/websets/").json()["data"][0]["id"] == created.json()["id"]  # trailing slash too


def test_websets_paginate_newest_first_with_the_spec_limits(http: httpx.Client) -> None:
    created = [create_webset(http, count=1)["id"] for _ in range(7)]
    seen: list[str] = []
    cursor = None
    sizes = []
    while True:
        page = http.get("/v0/websets", params={"limit": 3, **({"cursor": cursor} if cursor else {})}).json()
        sizes.append(len(page["data"]))
        seen += [w["id"] for w in page["data"]]
        if not page["hasMore"]:
            assert page["nextCursor"] is None
            break
        cursor = page["nextCursor"]

    assert sizes == [3, 3, 1]
    assert seen == list(reversed(created))
    assert http.get("/v0/websets", params={"limit": 100}).status_code == 200
    assert http.get("/v0/websets", params={"limit": 101}).status_code == 422
    assert http.get("/v0/websets", params={"limit": 0}).status_code == 422
    assert http.get("/v0/websets", params={"cursor": "not-a-cursor"}).status_code == 422
    assert len(http.get("/v0/websets").json()["data"]) == 7  # default 25


def test_items_paginate_in_order_found_with_default_20_and_filter_by_source(
    fake: FakeWebsets, http: httpx.Client
) -> None:
    webset = create_webset(http, count=45)
    fake.run_until_idle(webset["id"])
    second = http.post(f"/v0/websets/{webset['id']}/searches", json={"query": "more", "count": 3}).json()
    fake.run_until_idle(webset["id"])
    pages, cursor = [], None
    while True:
        page = http.get(f"/v0/websets/{webset['id']}/items", params={"cursor": cursor} if cursor else {}).json()
        pages.append(page["data"])
        if not page["hasMore"]:
            break
        cursor = page["nextCursor"]
    from_second = http.get(f"/v0/websets/{webset['id']}/items", params={"sourceId": second["id"]}).json()["data"]

    assert [len(p) for p in pages] == [20, 20, 8]
    created = [item["createdAt"] for page in pages for item in page]
    assert created == sorted(created)
    assert len({item["id"] for page in pages for item in page}) == 48
    assert [i["sourceId"] for i in from_second] == [second["id"]] * 3
    assert http.get(f"/v0/websets/{webset['id']}/items", params={"limit": 101}).status_code == 422


def test_events_filter_by_type_and_time_and_page_up_to_200(fake: FakeWebsets, http: httpx.Client) -> None:
    webset = create_webset(http, count=3)
    fake.run_until_idle(webset["id"])
    everything = http.get("/v0/events", params={"limit": 200}).json()
    created = http.get("/v0/events", params={"types": ["webset.item.created", "webset.idle"]}).json()["data"]
    first_item_at = min(e["createdAt"] for e in created if e["type"] == "webset.item.created")
    early = http.get("/v0/events", params={"createdBefore": first_item_at}).json()["data"]
    late = http.get("/v0/events", params={"createdAfter": first_item_at, "limit": 200}).json()["data"]

    assert not everything["hasMore"]
    assert {e["type"] for e in created} == {"webset.item.created", "webset.idle"}
    assert len(created) == 4
    assert all(e["createdAt"] <= first_item_at for e in early)
    assert all(e["createdAt"] >= first_item_at for e in late)
    at_boundary = sum(1 for e in everything["data"] if e["createdAt"] == first_item_at)
    assert len(early) + len(late) == len(everything["data"]) + at_boundary  # both bounds are inclusive
    assert http.get("/v0/events", params={"limit": 201}).status_code == 422
    assert http.get("/v0/events", params={"types": "webset.exploded"}).status_code == 422
    assert http.get("/v0/events", params={"createdAfter": "yesterday"}).status_code == 422


def scripted_session(seed: int) -> list[tuple[int, str, bytes]]:
    fake = FakeWebsets(seed=seed, deliver=Receiver())
    answers = []
    with client(fake) as http:
        http.post("/v0/webhooks", json={"url": "https://h.example.com", "events": ["webset.idle"]})
        webset = http.post(
            "/v0/websets",
            json={"search": {"query": "Bakeries in Lyon", "count": 4}, "enrichments": [{"description": "Owner name"}]},
        )
        answers.append(webset)
        for _ in range(8):
            fake.advance(11)
            answers.append(http.get(f"/v0/websets/{webset.json()['id']}/items"))
        answers.append(http.get("/v0/events", params={"limit": 200}))
    return [(r.status_code, r.headers["x-request-id"], r.content) for r in answers]


def test_the_same_seed_and_requests_give_identical_responses() -> None:
    assert scripted_session(11) == scripted_session(11)
    assert scripted_session(11) != scripted_session(12)
