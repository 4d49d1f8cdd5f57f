"""The official client, exa-py 2.27, against the served fake: what it needs from a spec-valid server, where they part.

Findings (each asserted below):

- exa-py's ``Webset`` model requires ``dashboardUrl``, which the pinned spec's Webset lacks. The spec does not forbid
  extra properties and the vendor documents ``webset.dashboard_url``, so the overlay adds it
  (``openapi/overlays/documented-fields.yaml``) and the fake sends it on every Webset: responses stay valid against
  the pinned spec and exa-py parses them. Without it, every call returning a webset (create, get, list, update,
  cancel, delete, webset events) fails in exa-py.
- Nothing else is missing: every websets operation exa-py has (items, searches, enrichments, webhooks and their
  attempts, monitors and runs, imports with their upload, events) reads the fake's answers.
- enrichments-update: the spec gives its 200 no body, the reference says it returns the enrichment and exa-py's
  ``enrichments.update`` expects one. The fake answers with the enrichment (the weight of the evidence; recorded in
  ``tests/fixtures/golden/documented/enrichment-update-response.json``), so exa-py works; our facade accepts both.

``wait_until_idle`` polls every 5 real seconds. The fake runs on a manual clock here and exa-py's polling sleep is
replaced, in exa-py's polling module only, by one that moves fake time by as much: the webset progresses exactly as
it would while exa-py waits, and the test takes no real time.
"""

from __future__ import annotations

import asyncio
import json
import time
import types
import warnings
from collections.abc import Iterator
from typing import Any

import exa_py.websets.client
import exa_py.websets.imports.client
import httpx
import pydantic
import pytest
from exa_py import AsyncExa, Exa
from exa_py.websets import types as exa_types
from exa_websets.testing import FakeServer, FakeWebsets, ManualClock
from exa_websets_api.models import Webset as GeneratedWebset

from tests.contract.golden import SpecValidator, spec_validator

from .world import API_KEY, accept_delivery

POLL_INTERVAL = 5  # exa-py's default
MAX_POLLS = 1000  # fake seconds are free, but a wait that never ends must fail, not hang
POLLING_MODULES = (exa_py.websets.client, exa_py.websets.imports.client)  # wait_until_idle, wait_until_completed
DASHBOARD = "https://websets.exa.ai/{id}"
SEARCH = {"query": "AI research labs in Paris", "count": 10}
ENRICHMENT = {"description": "Year the lab was founded", "format": "number"}


class Served:
    def __init__(self) -> None:
        self.fake = FakeWebsets(seed=5, clock=ManualClock(), deliver=accept_delivery)
        self.server = FakeServer(self.fake)
        self.sleeps: list[float] = []

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def raw(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """The fake's answer as any HTTP client gets it (``path`` below ``/websets``)."""
        headers = {"x-api-key": API_KEY}
        url = f"{self.server.base_url}{path}"
        return httpx.request(method, url, headers=headers, timeout=10, trust_env=False, **kwargs)

    def sleep(self, seconds: float) -> None:
        """exa-py's polling sleep: fake time moves as much as exa-py means to wait."""
        self.sleeps.append(seconds)
        assert len(self.sleeps) <= MAX_POLLS, f"exa-py is still waiting after {MAX_POLLS} polls"
        self.fake.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # exa-py's requests read proxies from the environment
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = Served()
    # Only exa-py's polling modules see these: the server, the fake and everything else keep the real modules.
    for module in POLLING_MODULES:
        monkeypatch.setattr(module, "time", types.SimpleNamespace(sleep=fake.sleep, time=time.time))
        polling_asyncio = types.SimpleNamespace(sleep=fake.async_sleep, get_event_loop=asyncio.get_event_loop)
        monkeypatch.setattr(module, "asyncio", polling_asyncio)
    with fake.server:
        yield fake


@pytest.fixture
def exa(served: Served) -> Exa:
    return Exa(api_key=API_KEY, base_url=served.origin)


def test_exa_py_creates_a_webset_waits_until_idle_and_lists_every_item(served: Served, exa: Exa) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        created = exa.websets.create(params={"search": SEARCH, "enrichments": [ENRICHMENT]})
        assert isinstance(created, exa_types.Webset)
        assert created.status == "running"
        assert created.dashboard_url == DASHBOARD.format(id=created.id)

        idle = exa.websets.wait_until_idle(created.id)
        items = list(exa.websets.items.list_all(created.id, limit=3))  # four pages
    assert caught == []  # exa-py warns about bodies it finds odd: none here

    assert idle.status == "idle"
    assert idle.searches[0].status == "completed"
    assert idle.enrichments[0].status == "completed"
    assert len(served.sleeps) > 1  # it was running at the first polls, as a real webset would be
    assert set(served.sleeps) == {POLL_INTERVAL}

    assert len(items) == SEARCH["count"]
    assert all(isinstance(item, exa_types.WebsetItem) for item in items)
    listed = served.raw("GET", f"/v0/websets/{created.id}/items", params={"limit": 100}).json()["data"]
    assert [item.id for item in items] == [item["id"] for item in listed]
    for item in items:
        assert item.webset_id == created.id
        assert item.properties.type == "company"
        assert item.enrichments is not None
        [result] = item.enrichments
        assert result.status == "completed"
        assert result.enrichment_id == created.enrichments[0].id
        assert result.result is not None
        assert len(result.result) == 1


def test_the_async_client_waits_and_lists_the_same_way(served: Served) -> None:
    async def scenario() -> tuple[Any, list[Any]]:
        async with AsyncExa(api_key=API_KEY, api_base=served.origin) as exa:
            created = await exa.websets.create(params={"search": {**SEARCH, "count": 4}})
            idle = await exa.websets.wait_until_idle(created.id)
            return idle, [item async for item in exa.websets.items.list_all(created.id, limit=3)]

    idle, items = asyncio.run(scenario())
    assert idle.status == "idle"
    assert idle.dashboard_url == DASHBOARD.format(id=idle.id)
    assert len(items) == 4
    assert served.sleeps
    assert set(served.sleeps) == {POLL_INTERVAL}


# --- the dashboardUrl decision ----------------------------------------------------------------------------------------


def test_served_websets_validate_against_the_spec_and_carry_dashboard_url(
    served: Served, validator: SpecValidator, pinned_spec: dict[str, Any]
) -> None:
    pinned_validator = spec_validator(pinned_spec)
    created = served.raw("POST", "/v0/websets", json={"search": {**SEARCH, "count": 2}})
    assert created.status_code == 201
    webset_id = created.json()["id"]
    served.fake.run_until_idle(webset_id)
    bodies = {
        "websets-create": created.json(),
        "websets-get": served.raw("GET", f"/v0/websets/{webset_id}", params={"expand": "items"}).json(),
        "websets-list": served.raw("GET", "/v0/websets").json()["data"][0],
        "websets-update": served.raw("POST", f"/v0/websets/{webset_id}", json={"metadata": {"k": "v"}}).json(),
    }
    events = served.raw("GET", "/v0/events", params={"types": ["webset.created", "webset.idle"]}).json()["data"]
    assert {event["type"] for event in events} == {"webset.created", "webset.idle"}
    bodies |= {event["type"]: event["data"] for event in events}
    get_response = validator.operations["websets-get"].response_schema_pointer
    assert get_response is not None
    for source, body in bodies.items():
        assert body["dashboardUrl"] == DASHBOARD.format(id=webset_id), source
        pointer = get_response if source == "websets-get" else "/components/schemas/Webset"
        assert validator.errors_at(pointer, body) == [], source
        # Declared by the overlay, not by upstream: nothing undeclared with it, exactly it without it.
        assert validator.field_report(pointer, body).undeclared == set(), source
        undeclared_by_upstream = pinned_validator.field_report(pointer, body).undeclared
        assert "/dashboardUrl" in undeclared_by_upstream, source
        assert {p.rsplit("/", 1)[1] for p in undeclared_by_upstream} <= {"dashboardUrl", "maxPeoplePerCompany"}, source
    assert bodies["websets-get"]["items"]
    for event in events:
        assert validator.errors_against_schema("Event", event) == [], event["type"]
    # The generated client reads it as the documented field the overlay adds, and writes it back unchanged.
    parsed = GeneratedWebset.from_dict(bodies["websets-get"])
    assert parsed.dashboard_url == DASHBOARD.format(id=webset_id)
    assert parsed.to_dict()["dashboardUrl"] == DASHBOARD.format(id=webset_id)


def test_exa_py_needs_dashboard_url_and_nothing_else_the_spec_lacks(served: Served) -> None:
    body = served.raw("POST", "/v0/websets", json={"search": SEARCH}).json()
    assert exa_types.Webset.model_validate(body).dashboard_url == body["dashboardUrl"]
    without = {key: value for key, value in body.items() if key != "dashboardUrl"}
    with pytest.raises(pydantic.ValidationError) as failure:
        exa_types.Webset.model_validate(without)
    assert [error["loc"] for error in failure.value.errors()] == [("dashboardUrl",)]


# --- the rest of exa-py's websets surface -----------------------------------------------------------------------------


def test_exa_py_reads_every_other_websets_operation(served: Served, exa: Exa) -> None:
    ws = exa.websets
    webset = ws.create(params={"search": {**SEARCH, "count": 3}, "enrichments": [ENRICHMENT], "externalId": "labs"})
    hook = ws.webhooks.create(params={"url": "https://hooks.example.com/x", "events": ["webset.item.created"]})
    served.fake.run_until_idle(webset.id)
    assert isinstance(ws.preview(params={"search": {"query": "AI labs in Paris"}}), exa_types.PreviewWebsetResponse)
    assert ws.get("labs", expand=["items"]).items is not None
    assert webset.id in {w.id for w in ws.list_all()}
    assert ws.update(webset.id, params={"metadata": {"team": "conformance"}}).metadata == {"team": "conformance"}

    item = ws.items.list(webset.id, limit=1).data[0]
    assert ws.items.get(webset.id, item.id).id == item.id
    search = ws.searches.create(webset.id, params={"query": "More AI labs in Paris", "count": 2})
    assert ws.searches.get(webset.id, search.id).id == search.id
    assert ws.searches.cancel(webset.id, search.id).status == "canceled"
    enrichment = ws.enrichments.create(webset.id, params={"description": "Name of the CEO", "format": "text"})
    assert ws.enrichments.get(webset.id, enrichment.id).id == enrichment.id
    assert ws.enrichments.cancel(webset.id, enrichment.id).id == enrichment.id
    assert ws.enrichments.delete(webset.id, enrichment.id).id == enrichment.id

    assert ws.webhooks.get(hook.id).id == hook.id
    assert ws.webhooks.update(hook.id, params={"metadata": {"k": "v"}}).metadata == {"k": "v"}
    assert hook.id in {h.id for h in ws.webhooks.list_all()}
    attempts = ws.webhooks.attempts.list(hook.id)
    assert attempts.data
    assert all(a.successful for a in attempts.data)

    cadence = {"cron": "0 9 * * *", "timezone": "Europe/Paris"}
    monitor = ws.monitors.create(
        params={"websetId": webset.id, "cadence": cadence, "behavior": {"type": "search", "config": {"count": 1}}}
    )
    served.fake.advance(86_400)
    runs = ws.monitors.runs.list(monitor.id).data
    assert runs
    assert ws.monitors.runs.get(monitor.id, runs[0].id).id == runs[0].id
    assert ws.monitors.get(monitor.id).id == monitor.id
    assert ws.monitors.update(monitor.id, params={"status": "disabled"}).status == "disabled"
    assert monitor.id in {m.id for m in ws.monitors.list(webset_id=webset.id).data}
    assert ws.monitors.delete(monitor.id).id == monitor.id

    csv = "name,url\nAcme Labs,https://acme.example.com\n"
    imported = ws.imports.create(params={"format": "csv", "entity": {"type": "company"}, "title": "t"}, csv_data=csv)
    assert isinstance(imported, exa_types.Import)
    assert ws.imports.update(imported.id, params={"title": "Labs"}).title == "Labs"
    assert ws.imports.wait_until_completed(imported.id).status == "completed"
    assert imported.id in {i.id for i in ws.imports.list().data}
    assert ws.imports.delete(imported.id).id == imported.id

    types_seen = set()
    for event in ws.events.list(limit=200).data:
        if event.type not in types_seen:
            types_seen.add(event.type)
            assert ws.events.get(event.id).id == event.id
    assert {"webset.created", "webset.idle", "webset.item.enriched", "monitor.run.completed"} <= types_seen

    assert ws.items.delete(webset.id, item.id).id == item.id
    assert ws.cancel(webset.id).status == "idle"
    assert ws.delete(webset.id).id == webset.id
    assert ws.webhooks.delete(hook.id).id == hook.id


def test_exa_py_updates_an_enrichment_because_the_fake_answers_with_it(
    served: Served, exa: Exa, supplemented_spec: dict[str, Any]
) -> None:
    operation = supplemented_spec["paths"]["/v0/websets/{webset}/enrichments/{id}"]["patch"]
    assert list(operation["responses"]) == ["200"]
    assert "content" not in operation["responses"]["200"]  # the spec: 200, no body

    webset = exa.websets.create(params={"search": {**SEARCH, "count": 1}, "enrichments": [ENRICHMENT]})
    enrichment_id = webset.enrichments[0].id
    path = f"/v0/websets/{webset.id}/enrichments/{enrichment_id}"
    updated = exa.websets.enrichments.update(webset.id, enrichment_id, params={"description": "Founding year"})
    assert isinstance(updated, exa_types.WebsetEnrichment)
    assert (updated.id, updated.description) == (enrichment_id, "Founding year")

    answer = served.raw("PATCH", path, json={"description": "Year founded"})
    assert answer.status_code == 200
    assert answer.headers["x-request-id"]
    assert answer.json() == json.loads(served.raw("GET", path).content)  # the enrichment as now stored
    assert answer.json()["description"] == "Year founded"
