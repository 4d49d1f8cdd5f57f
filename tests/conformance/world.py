"""Real resources in a served fake, so that generated requests can name things that exist.

Identifiers and cursors are issued by the server: a generator cannot guess them. :class:`World` creates them over
HTTP (as any client would) and hands them out: *shared* resources for operations that only read or harmlessly
update, *fresh* ones for operations that consume or exhaust what they act on (deletes, cancels, the ten-enrichment
limit of a webset).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import httpx
from exa_websets.testing import DeliveryResult, FakeServer, FakeWebsets, ManualClock, WebhookDelivery

API_KEY = "conformance-test-key"
DAY = 86_400.0
PATH_PARAMETER = re.compile(r"{([^}]+)}")
# Valid values for the two free-text cadence fields whose rules the spec does not state (a 5-field cron firing at
# most once a day; an existing IANA zone): the vendor documents them and the fake, like the service, enforces them.
DAILY_CRONS = ("0 9 * * *", "30 6 * * 1-5", "15 0 1 * *", "0 12 * * sun")
TIME_ZONES = ("Etc/UTC", "America/New_York", "Europe/Paris", "Asia/Tokyo")


def accept_delivery(delivery: WebhookDelivery) -> DeliveryResult:
    """Webhook receiver stub: generated webhook URLs must never be contacted."""
    return DeliveryResult(200, "ok")


def path_parameter_names(path: str) -> list[str]:
    """``/v0/websets/{webset}/items/{id}`` → ``["webset", "id"]``, in path order (the last one is the leaf)."""
    return PATH_PARAMETER.findall(path)


@dataclass(frozen=True)
class WebsetIds:
    webset: str
    item: str
    search: str
    enrichment: str


@dataclass(frozen=True)
class Shared:
    """Resources every case may read: created once, never deleted."""

    webset: WebsetIds
    webhook: str
    monitor: str  # updated by cases
    run_monitor: str  # has a run; only read
    run: str
    import_: str
    export: str
    event: str  # a webset.created event (one the spec's Event schema can represent)
    export_event: str  # a webset.export.created event (one it cannot: see test_schemathesis.py)


class World:
    """A served fake (manual clock: time moves only when a test moves it) and the resources made in it."""

    def __init__(self, seed: int) -> None:
        self.fake = FakeWebsets(seed=seed, clock=ManualClock(), deliver=accept_delivery)
        self.server = FakeServer(self.fake)
        self.http: httpx.Client | None = None
        self.external_ids: set[str] = set()  # taken by websets created in this world

    def __enter__(self) -> World:
        self.server.start()
        self.http = httpx.Client(base_url=self.base_url, headers={"x-api-key": API_KEY}, timeout=10, trust_env=False)
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self.http is not None
        self.http.close()
        self.server.stop()

    @property
    def base_url(self) -> str:
        return self.server.base_url

    # --- requests -----------------------------------------------------------------------------------------------

    def call(self, method: str, path: str, expected: int, body: Any = None, **params: Any) -> Any:
        assert self.http is not None
        response = self.http.request(method, path, json=body, params=params or None)
        assert response.status_code == expected, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    # --- fresh resources ----------------------------------------------------------------------------------------

    def new_webset(self, *, running: bool = False, count: int = 1) -> WebsetIds:
        """A webset with one search and one enrichment: idle with its ``count`` items found and enriched (the first
        one's id is returned), or (``running``) just created, its search and enrichment still at work and no item
        yet (the item id is then empty)."""
        webset = self.call(
            "POST",
            "/v0/websets",
            201,
            {
                "search": {"query": "Independent tea shops in Kyoto", "count": count},
                "enrichments": [{"description": "Year the shop opened", "format": "number"}],
            },
        )
        item = ""
        if not running:
            self.fake.run_until_idle(webset["id"])
            item = self.call("GET", f"/v0/websets/{webset['id']}/items", 200)["data"][0]["id"]
        return WebsetIds(webset["id"], item, webset["searches"][0]["id"], webset["enrichments"][0]["id"])

    def new_enrichment(self, webset_id: str) -> str:
        body = {"description": "Name of the owner", "format": "text"}
        return str(self.call("POST", f"/v0/websets/{webset_id}/enrichments", 200, body)["id"])

    def new_webhook(self) -> str:
        body = {"url": "https://hooks.example.com/websets", "events": ["webset.created", "webset.idle"]}
        return str(self.call("POST", "/v0/webhooks", 200, body)["id"])

    def new_monitor(self, webset_id: str) -> str:
        body = {
            "websetId": webset_id,
            "cadence": {"cron": "0 9 * * *", "timezone": "Etc/UTC"},
            "behavior": {"type": "search", "config": {"count": 1}},
        }
        return str(self.call("POST", "/v0/monitors", 201, body)["id"])

    def new_import(self) -> str:
        body = {"format": "csv", "entity": {"type": "company"}, "count": 1, "size": 64, "title": "Tea shops"}
        return str(self.call("POST", "/v0/imports", 201, body)["id"])

    def cursor(self, path: str, **params: Any) -> str:
        """A real cursor: the ``nextCursor`` of a one-record first page of the list at ``path``."""
        assert self.shared  # every list has at least two records once the shared resources exist
        page = self.call("GET", path, 200, limit=1, **params)
        assert page["hasMore"], f"{path} has fewer than two records to page through"
        assert page["nextCursor"], page
        return str(page["nextCursor"])

    # --- shared resources ---------------------------------------------------------------------------------------

    @cached_property
    def shared(self) -> Shared:
        webhook = self.new_webhook()  # first, so that it receives (and records attempts for) what follows
        self.new_webhook()  # a second one, so that lists of webhooks page
        webset = self.new_webset(count=2)  # two items, so that its item list pages
        self.new_webset()  # a second webset, so that lists of websets page
        monitor = self.new_monitor(webset.webset)
        run_monitor = self.new_monitor(webset.webset)
        self.fake.advance(DAY)  # both monitors fire once: a run each
        self.fake.run_until_idle(webset.webset)
        runs = self.call("GET", f"/v0/monitors/{run_monitor}/runs", 200)["data"]
        import_ = self.new_import()
        self.new_import()
        export = str(self.call("POST", f"/v0/websets/{webset.webset}/exports", 200, {"format": "csv"})["id"])
        event = self.call("GET", "/v0/events", 200, types="webset.created", limit=1)["data"][0]["id"]
        export_event = self.call("GET", "/v0/events", 200, types="webset.export.created", limit=1)["data"][0]["id"]
        return Shared(webset, webhook, monitor, run_monitor, runs[0]["id"], import_, export, event, export_event)


# --- which real identifiers each operation's path takes --------------------------------------------------------------

Binder = Callable[[World], dict[str, str]]


def _fresh_item(world: World) -> dict[str, str]:
    webset = world.new_webset()
    return {"webset": webset.webset, "id": webset.item}


def _fresh_enrichment(world: World) -> dict[str, str]:
    webset = world.new_webset()
    return {"webset": webset.webset, "id": webset.enrichment}


def _running_enrichment(world: World) -> dict[str, str]:
    webset = world.new_webset(running=True)
    return {"webset": webset.webset, "id": webset.enrichment}


def _running_search(world: World) -> dict[str, str]:
    webset = world.new_webset(running=True)
    return {"webset": webset.webset, "id": webset.search}


PATH_BINDINGS: dict[str, Binder] = {
    "websets-get": lambda w: {"id": w.shared.webset.webset},
    "websets-update": lambda w: {"id": w.shared.webset.webset},
    "websets-delete": lambda w: {"id": w.new_webset().webset},
    "websets-cancel": lambda w: {"id": w.new_webset(running=True).webset},
    "websets-items-list": lambda w: {"webset": w.shared.webset.webset},
    "websets-items-get": lambda w: {"webset": w.shared.webset.webset, "id": w.shared.webset.item},
    "websets-items-delete": _fresh_item,
    "websets-enrichments-create": lambda w: {"webset": w.new_webset().webset},  # at most 10 per webset
    "websets-enrichments-get": lambda w: {"webset": w.shared.webset.webset, "id": w.shared.webset.enrichment},
    "websets-enrichments-update": _fresh_enrichment,
    "websets-enrichments-delete": _fresh_enrichment,
    "websets-enrichments-cancel": _running_enrichment,
    "websets-searches-create": lambda w: {"webset": w.new_webset().webset},
    "websets-searches-get": lambda w: {"webset": w.shared.webset.webset, "id": w.shared.webset.search},
    "websets-searches-cancel": _running_search,
    "websets-exports-create": lambda w: {"webset": w.shared.webset.webset},
    "websets-exports-get": lambda w: {"webset": w.shared.webset.webset, "id": w.shared.export},
    "webhooks-get": lambda w: {"id": w.shared.webhook},
    "webhooks-update": lambda w: {"id": w.new_webhook()},  # an update may unsubscribe it or change its URL
    "webhooks-delete": lambda w: {"id": w.new_webhook()},
    "webhooks-attempts-list": lambda w: {"id": w.shared.webhook},
    "events-get": lambda w: {"id": w.shared.event},
    "monitors-get": lambda w: {"id": w.shared.monitor},
    "monitors-update": lambda w: {"id": w.shared.monitor},
    "monitors-delete": lambda w: {"id": w.new_monitor(w.shared.webset.webset)},
    "monitors-runs-list": lambda w: {"monitor": w.shared.run_monitor},
    "monitors-runs-get": lambda w: {"monitor": w.shared.run_monitor, "id": w.shared.run},
    "imports-get": lambda w: {"id": w.shared.import_},
    "imports-update": lambda w: {"id": w.shared.import_},
    "imports-delete": lambda w: {"id": w.new_import()},
}

# The list each paginated operation's real cursor comes from (its own first page, path ids bound as above).
CURSOR_SOURCES: dict[str, Callable[[World], str]] = {
    "websets-list": lambda w: w.cursor("/v0/websets"),
    "websets-items-list": lambda w: w.cursor(f"/v0/websets/{w.shared.webset.webset}/items"),
    "webhooks-list": lambda w: w.cursor("/v0/webhooks"),
    "webhooks-attempts-list": lambda w: w.cursor(f"/v0/webhooks/{w.shared.webhook}/attempts"),
    "events-list": lambda w: w.cursor("/v0/events"),
    "monitors-list": lambda w: w.cursor("/v0/monitors"),
    "imports-list": lambda w: w.cursor("/v0/imports"),
}
