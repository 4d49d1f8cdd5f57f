"""The webset lifecycle over fake time: searches, items, enrichments, cancel, delete, pause."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from exa_websets.testing import FakeWebsets

from .helpers import create_webset, event_types


def get(http: httpx.Client, path: str) -> dict[str, Any]:
    response = http.get(path)
    assert response.status_code == 200, response.text
    return response.json()


def test_full_lifecycle_create_progress_items_enrichments_idle(fake: FakeWebsets, http: httpx.Client) -> None:
    webset = create_webset(http, count=10, enrichments=[{"description": "Year the company was founded"}])
    ws = webset["id"]
    assert webset["status"] == "running"
    assert webset["searches"][0]["status"] == "created"
    assert webset["enrichments"][0]["format"] == "number"  # detected from the description

    fake.advance(1)
    search = get(http, f"/v0/websets/{ws}")["searches"][0]
    assert search["status"] == "running"
    assert search["progress"] == {"found": 0, "analyzed": 0, "completion": 0, "timeLeft": None}

    fake.advance(10)
    items = get(http, f"/v0/websets/{ws}/items")["data"]
    assert len(items) >= 1
    first = items[0]
    assert first["evaluations"][0]["satisfied"] == "yes"
    assert {e["satisfied"] for e in first["evaluations"]} <= {"yes", "unclear"}
    assert first["enrichments"][0]["status"] in ("pending", "completed")

    completions, time_left = [], []
    while get(http, f"/v0/websets/{ws}")["status"] == "running":
        search = get(http, f"/v0/websets/{ws}")["searches"][0]
        completions.append(search["progress"]["completion"])
        time_left.append(search["progress"]["timeLeft"])
        fake.advance(4)
    final = get(http, f"/v0/websets/{ws}")
    items = get(http, f"/v0/websets/{ws}/items")["data"]

    assert completions == sorted(completions)
    assert any(t is not None and t > 0 for t in time_left)
    assert final["searches"][0]["status"] == "completed"
    assert final["searches"][0]["progress"]["found"] == 10
    assert final["searches"][0]["progress"]["completion"] == 100
    assert final["enrichments"][0]["status"] == "completed"
    assert len(items) == 10
    for item in items:
        (result,) = item["enrichments"]
        assert result["status"] == "completed"
        assert result["format"] == "number"
        assert isinstance(result["result"], list)
        assert all(isinstance(v, str) and v.isdigit() for v in result["result"])

    types = event_types(fake)
    assert types[:3] == ["webset.created", "webset.search.created", "webset.search.updated"]
    assert types.count("webset.item.created") == 10
    assert types.count("webset.item.enriched") == 10
    assert types.index("webset.search.completed") < types.index("webset.idle")
    assert types[-1] == "webset.idle"
    for item in items:  # each item is created before it is enriched
        item_events = [e["type"] for e in fake.events if e["data"].get("id") == item["id"]]
        assert item_events == ["webset.item.created", "webset.item.enriched"]


def test_a_10_item_search_takes_one_to_two_fake_minutes_and_50_items_several(
    fake: FakeWebsets, http: httpx.Client
) -> None:
    small = create_webset(http, count=10)
    assert 45 <= fake.run_until_idle(small["id"]) <= 120
    large = create_webset(http, count=50)
    assert 240 <= fake.run_until_idle(large["id"]) <= 600


def test_searches_run_one_after_another(fake: FakeWebsets, http: httpx.Client) -> None:
    ws = create_webset(http, count=3)["id"]
    fake.advance(5)
    second = http.post(f"/v0/websets/{ws}/searches", json={"query": "Quantum startups", "count": 2}).json()
    assert second["status"] == "created"
    first_status = get(http, f"/v0/websets/{ws}")["searches"][0]["status"]
    assert first_status == "running"

    statuses = []
    while get(http, f"/v0/websets/{ws}")["status"] != "idle":
        searches = get(http, f"/v0/websets/{ws}")["searches"]
        statuses.append((searches[0]["status"], searches[1]["status"]))
        assert ("running", "running") not in statuses
        fake.advance(2)

    assert ("running", "created") in statuses
    assert ("completed", "running") in statuses
    completed = [e["data"]["id"] for e in fake.events if e["type"] == "webset.search.completed"]
    assert completed == [get(http, f"/v0/websets/{ws}")["searches"][0]["id"], second["id"]]


def test_new_work_on_an_idle_webset_makes_it_running_again(fake: FakeWebsets, http: httpx.Client) -> None:
    ws = create_webset(http, count=2)["id"]
    fake.run_until_idle(ws)

    enrichment = http.post(f"/v0/websets/{ws}/enrichments", json={"description": "CEO email address"}).json()
    assert enrichment["format"] == "email"
    assert enrichment["status"] == "pending"
    assert get(http, f"/v0/websets/{ws}")["status"] == "running"
    fake.run_until_idle(ws)
    items = get(http, f"/v0/websets/{ws}/items")["data"]
    assert all("@" in i["enrichments"][0]["result"][0] for i in items)

    http.post(f"/v0/websets/{ws}/searches", json={"query": "More", "count": 1})
    assert get(http, f"/v0/websets/{ws}")["status"] == "running"
    fake.run_until_idle(ws)
    assert event_types(fake, id=ws).count("webset.idle") == 3


def test_cancel_stops_searches_and_pending_enrichments_and_leaves_the_webset_idle(
    fake: FakeWebsets, http: httpx.Client
) -> None:
    ws = create_webset(http, count=10, enrichments=[{"description": "Headquarters city", "format": "text"}])["id"]
    queued = http.post(f"/v0/websets/{ws}/searches", json={"query": "queued", "count": 2}).json()
    fake.advance(20)
    canceled = http.post(f"/v0/websets/{ws}/cancel").json()

    assert canceled["status"] == "idle"
    assert [s["status"] for s in canceled["searches"]] == ["canceled", "canceled"]
    assert {s["canceledReason"] for s in canceled["searches"]} == {"webset_canceled"}
    assert all(s["canceledAt"] for s in canceled["searches"])
    statuses = {r["status"] for i in get(http, f"/v0/websets/{ws}/items")["data"] for r in i["enrichments"]}
    assert "pending" not in statuses
    found = len(get(http, f"/v0/websets/{ws}/items")["data"])
    fake.advance(300)
    assert len(get(http, f"/v0/websets/{ws}/items")["data"]) == found  # nothing more happens
    assert get(http, f"/v0/websets/{ws}/searches/{queued['id']}")["status"] == "canceled"
    assert event_types(fake)[-3:] == ["webset.search.canceled", "webset.search.canceled", "webset.idle"]


def test_cancelling_one_search_lets_the_webset_go_idle(fake: FakeWebsets, http: httpx.Client) -> None:
    webset = create_webset(http, count=20)
    fake.advance(15)
    search_id = webset["searches"][0]["id"]
    canceled = http.post(f"/v0/websets/{webset['id']}/searches/{search_id}/cancel").json()

    assert canceled["status"] == "canceled"
    assert canceled["canceledReason"] is None
    fake.advance(1)
    assert get(http, f"/v0/websets/{webset['id']}")["status"] == "idle"


def test_delete_returns_the_webset_and_later_gets_are_404(fake: FakeWebsets, http: httpx.Client) -> None:
    webset = create_webset(http, count=5)
    fake.advance(20)
    item_id = get(http, f"/v0/websets/{webset['id']}/items")["data"][0]["id"]
    deleted = http.delete(f"/v0/websets/{webset['id']}")

    assert deleted.status_code == 200
    assert deleted.json()["id"] == webset["id"]
    assert deleted.json()["searches"][0]["canceledReason"] == "webset_deleted"
    assert http.get(f"/v0/websets/{webset['id']}").status_code == 404
    assert http.get(f"/v0/websets/{webset['id']}/items/{item_id}").status_code == 404
    assert http.delete(f"/v0/websets/{webset['id']}").status_code == 404
    assert event_types(fake)[-1] == "webset.deleted"
    fake.advance(600)  # its scheduled work is dropped
    assert event_types(fake)[-1] == "webset.deleted"


def test_enrichments_update_cancel_and_delete(fake: FakeWebsets, http: httpx.Client) -> None:
    ws = create_webset(http, count=4)["id"]
    fake.run_until_idle(ws)
    enrichment = http.post(
        f"/v0/websets/{ws}/enrichments",
        json={"description": "Sector", "format": "options", "options": [{"label": "B2B"}, {"label": "B2C"}]},
    ).json()
    path = f"/v0/websets/{ws}/enrichments/{enrichment['id']}"

    update = http.patch(path, json={"description": "Main market", "metadata": {"v": "2"}})
    assert update.status_code == 200
    assert update.json() == get(http, path), "answers with the updated enrichment (the reference; exa-py)"
    assert get(http, path)["description"] == "Main market"
    assert get(http, path)["metadata"] == {"v": "2"}

    canceled = http.post(f"{path}/cancel").json()
    assert canceled["status"] == "canceled"
    assert get(http, f"/v0/websets/{ws}")["status"] == "idle"
    results = [r for i in get(http, f"/v0/websets/{ws}/items")["data"] for r in i["enrichments"]]
    assert {r["status"] for r in results} == {"canceled"}

    options = http.post(
        f"/v0/websets/{ws}/enrichments",
        json={"description": "Sector", "format": "options", "options": [{"label": "B2B"}, {"label": "B2C"}]},
    ).json()
    fake.run_until_idle(ws)
    values = {r["result"][0] for i in get(http, f"/v0/websets/{ws}/items")["data"] for r in i["enrichments"][1:]}
    assert values <= {"B2B", "B2C"}
    deleted = http.delete(f"/v0/websets/{ws}/enrichments/{options['id']}")
    assert deleted.json()["id"] == options["id"]
    assert http.get(f"/v0/websets/{ws}/enrichments/{options['id']}").status_code == 404
    assert all(len(i["enrichments"]) == 1 for i in get(http, f"/v0/websets/{ws}/items")["data"])


def test_deleting_an_item_returns_it_and_removes_it(fake: FakeWebsets, http: httpx.Client) -> None:
    ws = create_webset(http, count=3)["id"]
    fake.run_until_idle(ws)
    item = get(http, f"/v0/websets/{ws}/items")["data"][1]
    deleted = http.delete(f"/v0/websets/{ws}/items/{item['id']}")

    assert deleted.json()["id"] == item["id"]
    assert [i["id"] for i in get(http, f"/v0/websets/{ws}/items")["data"]].count(item["id"]) == 0
    assert http.get(f"/v0/websets/{ws}/items/{item['id']}").status_code == 404


def test_a_paused_webset_waits_until_resumed(fake: FakeWebsets, http: httpx.Client) -> None:
    ws = create_webset(http, count=5)["id"]
    fake.advance(12)
    found = len(get(http, f"/v0/websets/{ws}/items")["data"])
    fake.pause(ws)

    assert get(http, f"/v0/websets/{ws}")["status"] == "paused"
    assert event_types(fake)[-1] == "webset.paused"
    fake.advance(300)
    assert len(get(http, f"/v0/websets/{ws}/items")["data"]) == found
    fake.resume(ws)
    fake.run_until_idle(ws)
    assert len(get(http, f"/v0/websets/{ws}/items")["data"]) == 5


def test_expand_items_embeds_the_latest_100(fake: FakeWebsets, http: httpx.Client) -> None:
    ws = create_webset(http, count=104)["id"]
    fake.run_until_idle(ws)
    expanded = get(http, f"/v0/websets/{ws}?expand=items")
    plain = get(http, f"/v0/websets/{ws}")
    first_item = get(http, f"/v0/websets/{ws}/items?limit=1")["data"][0]

    assert "items" not in plain
    assert len(expanded["items"]) == 100
    assert first_item["id"] not in {i["id"] for i in expanded["items"]}  # the oldest ones are left out


@pytest.mark.parametrize(
    ("entity", "field"),
    [
        ({"type": "company"}, "company"),
        ({"type": "person"}, "person"),
        ({"type": "article"}, "article"),
        ({"type": "research_paper"}, "researchPaper"),
        ({"type": "custom", "description": "Job postings"}, "custom"),
    ],
)
def test_items_of_every_entity_type_are_plausible(
    fake: FakeWebsets, http: httpx.Client, entity: dict[str, str], field: str
) -> None:
    webset = create_webset(http, count=4, search={"entity": entity, "criteria": [{"description": "Is relevant"}]})
    fake.run_until_idle(webset["id"])
    items = get(http, f"/v0/websets/{webset['id']}/items")["data"]

    assert get(http, f"/v0/websets/{webset['id']}")["searches"][0]["entity"] == entity
    assert len({i["properties"]["url"] for i in items}) == 4
    for item in items:
        properties = item["properties"]
        assert properties["type"] == entity["type"]
        assert properties["url"].startswith("https://")
        assert properties["description"]
        assert properties[field]
        assert [e["criterion"] for e in item["evaluations"]] == ["Is relevant"]
        if entity["type"] == "person":
            assert "content" not in properties
            assert properties["person"]["name"].count(" ") == 1
        else:
            assert 300 <= len(properties["content"]) <= 6000


def test_preview_answers_at_once_and_stores_nothing(http: httpx.Client) -> None:
    query = {"search": {"query": "Research papers on protein folding"}}
    preview = http.post("/v0/websets/preview", params={"search": "true"}, json=query)
    without_items = http.post("/v0/websets/preview", json={"search": {"query": "Bike shops"}}).json()
    explicitly_without = http.post("/v0/websets/preview?search=false", json={"search": {"query": "Bike shops"}})

    assert preview.status_code == 200
    assert preview.json()["search"]["entity"] == {"type": "research_paper"}
    assert len(preview.json()["items"]) == 10
    assert preview.json()["enrichments"]
    assert without_items["items"] == [] == explicitly_without.json()["items"]
    assert http.get("/v0/websets").json()["data"] == []
    assert http.post("/v0/websets/preview", json={"search": {"query": "?!"}}).status_code == 422
