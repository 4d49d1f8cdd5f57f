"""What the live API documents and the pinned spec lacks (openapi/overlays/documented-fields.yaml, the preview's
query parameter, the enrichment PATCH's body, teams/me concurrency), on both clients against the fake."""

from __future__ import annotations

import pytest
from exa_websets import ConcurrencyUsage, InvalidRequestError
from exa_websets.types import PreviewWebsetResponse
from exa_websets_api.models import WebsetItemPreview

from .conftest import Service, collect

SEARCH = {"query": "Heads of engineering at AI startups", "count": 4, "entity": {"type": "person"}}


def test_a_webset_created_with_a_title_keeps_it_and_has_a_dashboard_url(service: Service) -> None:
    webset = service.run(lambda c: c.websets.create(search=SEARCH, title="Hiring targets"))
    fetched = service.run(lambda c: c.websets.get(webset.id))

    assert webset.title == fetched.title == "Hiring targets"
    assert fetched.dashboard_url == webset.dashboard_url
    assert webset.dashboard_url.startswith("https://")
    assert webset.dashboard_url.endswith(webset.id)


def test_list_search_matches_id_external_id_or_title(service: Service) -> None:
    titled = service.run(lambda c: c.websets.create(search=SEARCH, title="Robotics suppliers"))
    external = service.run(lambda c: c.websets.create(search=SEARCH, external_id="crm-sync-7"))
    service.run(lambda c: c.websets.create(search=SEARCH, title="Unrelated"))

    def ids(text: str) -> set[str]:
        return {w.id for w in service.run(lambda c: c.websets.list(search=text)).data}

    assert ids("robotics") == {titled.id}
    assert ids("crm-sync") == {external.id}
    assert ids(titled.id) == {titled.id}
    every = service.run(lambda c: collect(service, c, c.websets.list_all(search="robotics")))
    assert [w.id for w in every] == [titled.id]


def test_list_search_outside_2_to_50_characters_is_refused_before_the_network(service: Service) -> None:
    before = len(service.transport.requests)
    with pytest.raises(InvalidRequestError, match="search"):
        service.run(lambda c: c.websets.list(search="x"))
    assert len(service.transport.requests) == before


def test_max_people_per_company_is_sent_and_echoed_on_the_search(service: Service) -> None:
    webset = service.run(lambda c: c.websets.create(search={**SEARCH, "max_people_per_company": 2}))
    added = service.run(
        lambda c: c.searches.create(webset.id, query="VPs of engineering", count=3, max_people_per_company=1)
    )

    assert webset.searches[0].max_people_per_company == 2
    assert added.max_people_per_company == 1
    assert service.run(lambda c: c.searches.get(webset.id, added.id)).max_people_per_company == 1


def test_preview_returns_typed_items_only_when_asked(service: Service) -> None:
    with_items = service.run(lambda c: c.websets.preview(search={"query": "AI labs in Paris"}, include_items=True))
    without = service.run(lambda c: c.websets.preview(search={"query": "AI labs in Paris"}))

    assert isinstance(with_items, PreviewWebsetResponse)
    assert with_items.items
    assert all(isinstance(item, WebsetItemPreview) for item in with_items.items)
    assert without.items == []


def test_enrichment_update_uses_the_answered_body_without_a_second_request(service: Service) -> None:
    webset = service.run(lambda c: c.websets.create(search=SEARCH))
    enrichment = service.run(lambda c: c.enrichments.create(webset.id, description="Current employer"))
    before = len(service.transport.requests)

    updated = service.run(lambda c: c.enrichments.update(webset.id, enrichment.id, description="Employer name"))

    assert (updated.id, updated.description) == (enrichment.id, "Employer name")
    assert [method for method, _ in service.transport.requests[before:]] == ["PATCH"]


def test_team_concurrency_says_why_a_search_waits(service: Service) -> None:
    webset = service.run(lambda c: c.websets.create(search=SEARCH))
    service.run(lambda c: c.searches.create(webset.id, query="VPs of engineering", count=3))

    usage = service.run(lambda c: c.teams.concurrency())

    assert usage == ConcurrencyUsage(active=1, queued=1, max_concurrent=10, max_queued=100)
    assert not usage.at_capacity
    assert not usage.queue_full
    assert ConcurrencyUsage(active=10, queued=100, max_concurrent=10, max_queued=100).at_capacity
    assert ConcurrencyUsage(active=10, queued=100, max_concurrent=10, max_queued=100).queue_full
    assert not ConcurrencyUsage(None, None, None, None).at_capacity, "unknown limits never claim a queue"
