"""CSV imports through the upload URL, exports through the download URL, and teams/me."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import httpx
import pytest
from exa_websets.testing import FakeWebsets

from .helpers import START, create_webset, event_types

LEADS = b"website,name,city\nhttps://acme.example.com,Acme Robotics,Berlin\nglobex.example.com,Globex,Paris\n"


def create_import(http: httpx.Client, **changes: Any) -> dict[str, Any]:
    body = {"format": "csv", "size": 1000, "count": 2, "entity": {"type": "company"}, "title": "Leads", **changes}
    response = http.post("/v0/imports", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_a_csv_import_becomes_items_of_the_websets_that_use_it(fake: FakeWebsets, http: httpx.Client) -> None:
    created = create_import(http, metadata={"crm": "hubspot"}, csv={"identifier": 0})
    assert created["status"] == "pending"
    assert created["uploadUrl"].startswith("https://api.exa.ai/websets/_fake/uploads/")
    assert created["uploadValidUntil"] == "2026-01-01T01:00:00+00:00"
    webset = http.post(
        "/v0/websets",
        json={"import": [{"source": "import", "id": created["id"]}], "enrichments": [{"description": "CEO name"}]},
    ).json()
    assert webset["status"] == "running"  # waiting for the import

    assert http.put(created["uploadUrl"], content=LEADS, headers={"content-type": "text/csv"}).status_code == 200
    fake.advance(1.5)
    assert http.get(f"/v0/imports/{created['id']}").json()["status"] == "processing"
    fake.run_until_idle(webset["id"])
    done = http.get(f"/v0/imports/{created['id']}").json()
    items = http.get(f"/v0/websets/{webset['id']}/items").json()["data"]

    assert done["status"] == "completed"
    assert done["count"] == 2
    assert done["metadata"] == {"crm": "hubspot"}
    assert [i["properties"]["url"] for i in items] == ["https://acme.example.com", "https://globex.example.com"]
    assert [i["properties"]["company"]["name"] for i in items] == ["Acme Robotics", "Globex"]
    assert {(i["source"], i["sourceId"]) for i in items} == {("import", created["id"])}
    assert all(i["enrichments"][0]["status"] == "completed" for i in items)
    assert http.get(f"/v0/websets/{webset['id']}").json()["imports"][0]["id"] == created["id"]
    assert event_types(fake, id=created["id"]) == ["import.created", "import.completed"]


def test_an_import_can_name_its_webset_as_the_documentation_shows(fake: FakeWebsets, http: httpx.Client) -> None:
    webset = create_webset(http, count=1)
    fake.run_until_idle(webset["id"])
    created = create_import(http, websetId=webset["id"], entity={"type": "person"})
    http.put(created["uploadUrl"], content=b"profile\nhttps://www.linkedin.com/in/ada\n")
    fake.run_until_idle(webset["id"])

    items = http.get(f"/v0/websets/{webset['id']}/items", params={"sourceId": created["id"]}).json()["data"]
    assert [i["properties"]["type"] for i in items] == ["person"]


@pytest.mark.parametrize(
    ("content", "identifier", "reason"),
    [
        (b'{"urls": ["https://a.example.com"]}', 0, "invalid_format"),
        (b"\xff\xfe\x00binary", 0, "invalid_format"),
        (b"", 0, "invalid_file_content"),
        (b"url,name\n", 0, "invalid_file_content"),
        (b"url,name\nhttps://a.example.com\n", 0, "invalid_file_content"),
        (b"url,name\nhttps://a.example.com,A\n", 5, "missing_identifier"),
        (b"url,name\n,A\n,B\n", 0, "missing_identifier"),
    ],
)
def test_unusable_files_fail_with_the_spec_reason(
    fake: FakeWebsets, http: httpx.Client, content: bytes, identifier: int, reason: str
) -> None:
    created = create_import(http, csv={"identifier": identifier})
    http.put(created["uploadUrl"], content=content)
    fake.advance(10)
    failed = http.get(f"/v0/imports/{created['id']}").json()

    assert failed["status"] == "failed"
    assert failed["failedReason"] == reason
    assert failed["failedAt"]
    assert failed["failedMessage"]
    assert event_types(fake, id=created["id"])[-1] == "import.completed"


def test_upload_urls_check_their_token_expire_and_take_one_file(fake: FakeWebsets, http: httpx.Client) -> None:
    created = create_import(http)
    forged = created["uploadUrl"].split("?")[0] + "?token=forged"
    assert http.put(forged, content=LEADS).status_code == 403
    assert http.put(created["uploadUrl"], content=LEADS).status_code == 200
    assert http.put(created["uploadUrl"], content=LEADS).status_code == 409

    late = create_import(http)
    fake.advance(3601)
    assert http.put(late["uploadUrl"], content=LEADS).status_code == 403
    assert http.get(f"/v0/imports/{late['id']}").json()["failedReason"] == "invalid_file_content"


def test_imports_list_update_delete(http: httpx.Client) -> None:
    first, second = create_import(http), create_import(http, title="Second")
    listed = http.get("/v0/imports", params={"limit": 1}).json()
    updated = http.patch(f"/v0/imports/{first['id']}", json={"metadata": {"stage": "2"}, "title": "Renamed"}).json()

    assert [i["id"] for i in listed["data"]] == [second["id"]]
    assert listed["hasMore"] is True
    assert (updated["metadata"], updated["title"]) == ({"stage": "2"}, "Renamed")
    assert http.delete(f"/v0/imports/{first['id']}").json()["id"] == first["id"]
    assert http.get(f"/v0/imports/{first['id']}").status_code == 404


def settled_webset(fake: FakeWebsets, http: httpx.Client) -> dict[str, Any]:
    webset = create_webset(http, count=3, enrichments=[{"description": "Number of employees", "format": "number"}])
    fake.run_until_idle(webset["id"])
    return webset


def test_csv_export_has_a_row_per_item_and_a_column_per_enrichment(fake: FakeWebsets, http: httpx.Client) -> None:
    webset = settled_webset(fake, http)
    scheduled = http.post(f"/v0/websets/{webset['id']}/exports", json={"format": "csv"}).json()
    assert scheduled["status"] == "pending"
    assert scheduled["downloadUrl"] is None
    fake.advance(5)
    export = http.get(f"/v0/websets/{webset['id']}/exports/{scheduled['id']}").json()
    assert export["status"] == "completed"

    download = http.get(export["downloadUrl"])
    rows = list(csv.DictReader(io.StringIO(download.text)))
    items = http.get(f"/v0/websets/{webset['id']}/items").json()["data"]

    assert download.headers["content-type"].startswith("text/csv")
    assert [r["id"] for r in rows] == [i["id"] for i in items]
    assert [r["url"] for r in rows] == [i["properties"]["url"] for i in items]
    assert all(r["Number of employees"].isdigit() for r in rows)
    assert event_types(fake, id=scheduled["id"]) == ["webset.export.created", "webset.export.completed"]


def test_json_export_is_the_items(fake: FakeWebsets, http: httpx.Client) -> None:
    webset = settled_webset(fake, http)
    scheduled = http.post(f"/v0/websets/{webset['id']}/exports", json={"format": "json"}).json()
    fake.advance(5)
    export = http.get(f"/v0/websets/{webset['id']}/exports/{scheduled['id']}").json()
    downloaded = json.loads(http.get(export["downloadUrl"]).content)

    assert downloaded == http.get(f"/v0/websets/{webset['id']}/items").json()["data"]
    assert http.get(export["downloadUrl"].replace("token=", "token=x")).status_code == 403


def test_teams_me_reports_running_and_queued_searches_against_the_limits(fake: FakeWebsets, http: httpx.Client) -> None:
    first = create_webset(http, count=1)
    second = create_webset(http, count=50)
    http.post(f"/v0/websets/{second['id']}/searches", json={"query": "More labs", "count": 5})
    before = http.get("/v0/teams/me").json()
    fake.run_until_idle(first["id"])
    after = http.get("/v0/teams/me").json()

    assert before["concurrency"] == {"active": 2, "queued": 1, "maxConcurrent": 10, "maxQueued": 100}
    assert after["concurrency"]["active"] == 1
    assert after["limits"]["enrichmentsPerWebset"] == 10
    assert fake.clock.now() > START
