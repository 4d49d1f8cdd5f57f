"""End-to-end flows: the facade (sync and async) against the stateful fake, in fake time."""

from __future__ import annotations

import csv
import io
import json

import pytest
from exa_websets import APIConnectionError, InvalidRequestError
from exa_websets.projections import enrichment_descriptions, tier2
from exa_websets.testing import Fault

from .conftest import Service, collect

SEARCH = {
    "query": "AI research labs in Europe",
    "count": 12,
    "entity": {"type": "company"},
    "criteria": [{"description": "Does AI research"}, {"description": "Based in Europe"}],
}
ENRICHMENTS = [
    {"description": "Name of the lab's director", "format": "text"},
    {"description": "Number of researchers", "format": "number"},
]


def create_and_wait(service: Service, **kwargs):
    webset = service.run(lambda c: c.websets.create(search=SEARCH, enrichments=ENRICHMENTS, **kwargs))
    assert webset.status.value == "running"
    progress = []
    idle = service.run(lambda c: c.websets.wait_until_idle(webset.id, on_progress=progress.append))
    return webset, idle, progress


def test_create_wait_page_items_and_export(service: Service) -> None:
    webset, idle, progress = create_and_wait(service)

    assert idle.status.value == "idle"
    assert progress[-1].status == "idle"
    assert progress[-1].found == 12
    assert [p.completion for p in progress] == sorted(p.completion for p in progress), "completion only grows"
    items = service.run(lambda c: collect(service, c, c.items.list_all(webset.id, limit=5)))
    assert len(items) == 12
    assert len({item.id for item in items}) == 12
    descriptions = enrichment_descriptions(idle)
    cards = [tier2(item, descriptions) for item in items]
    assert all(set(card["enrichments"]) == {e["description"] for e in ENRICHMENTS} for card in cards)
    assert all(all(result for result in card["enrichments"].values()) for card in cards), "all enriched"
    assert all(set(card["criteria"]) == {c["description"] for c in SEARCH["criteria"]} for card in cards)

    export = service.run(lambda c: c.exports.create(webset.id, format="csv"))
    done = service.run(lambda c: c.exports.wait_until_completed(webset.id, export.id))
    assert done.status.value == "completed"
    body = service.run(lambda c: c.exports.download(done))
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert len(rows) == 12
    downloads = [path for method, path in service.transport.requests if method == "GET" and "download" in path]
    assert downloads, "the download went through the pipeline"


def test_a_download_before_completion_is_refused_before_the_network(service: Service) -> None:
    webset, _, _ = create_and_wait(service)
    export = service.run(lambda c: c.exports.create(webset.id, format="json"))
    with pytest.raises(InvalidRequestError, match="download_url is not set yet"):
        service.run(lambda c: c.exports.download(export))


def test_a_search_added_to_a_running_webset_runs_after_the_first(service: Service) -> None:
    webset = service.run(lambda c: c.websets.create(search=SEARCH))
    second = service.run(
        lambda c: c.searches.create(
            webset.id, query="AI startups in Asia", count=4, entity={"type": "company"}, behavior="append"
        )
    )
    assert second.status.value == "created"
    done = service.run(lambda c: c.searches.wait_until_completed(webset.id, second.id))
    assert done.status.value == "completed"
    idle = service.run(lambda c: c.websets.wait_until_idle(webset.id))
    first = idle.searches[0]
    assert first.updated_at <= done.updated_at
    from_second = service.run(lambda c: collect(service, c, c.items.list_all(webset.id, source_id=second.id)))
    assert len(from_second) == 4
    assert all(item.source_id == second.id for item in from_second)


def test_an_enrichment_added_later_enriches_every_item(service: Service) -> None:
    webset, idle, _ = create_and_wait(service)
    added = service.run(lambda c: c.enrichments.create(webset.id, description="Year founded", format="number"))
    assert service.run(lambda c: c.websets.get(webset.id)).status.value == "running"
    idle = service.run(lambda c: c.websets.wait_until_idle(webset.id))
    items = service.run(lambda c: collect(service, c, c.items.list_all(webset.id)))
    results = [r for item in items for r in (item.enrichments or []) if r.enrichment_id == added.id]
    assert len(results) == len(items) == 12
    assert all(r.status.value == "completed" for r in results)
    updated = service.run(lambda c: c.enrichments.update(webset.id, added.id, description="Year the lab was founded"))
    assert updated.description == "Year the lab was founded", "the PATCH result is re-read (the spec has no body)"
    assert idle.status.value == "idle"


def test_a_monitor_runs_on_its_cron_tick_and_appends_items(service: Service) -> None:
    webset, _, _ = create_and_wait(service)
    monitor = service.run(
        lambda c: c.monitors.create(
            webset_id=webset.id,
            cadence={"cron": "0 9 * * *", "timezone": "Etc/UTC"},
            behavior={"config": {"query": "New AI labs in Europe", "count": 3}},
        )
    )
    next_run = monitor.next_run_at.timestamp()
    service.fake.advance(next_run - service.fake.clock.now() + 1)
    runs = service.run(lambda c: c.monitors.runs.list(monitor.id))
    assert len(runs.data) == 1
    run = service.run(lambda c: c.monitors.runs.wait_until_completed(monitor.id, runs.data[0].id))
    assert run.status.value == "completed"
    service.run(lambda c: c.websets.wait_until_idle(webset.id))
    assert len(service.run(lambda c: collect(service, c, c.items.list_all(webset.id)))) == 15


def test_a_webhook_is_delivered_signed_and_verifiable(service: Service) -> None:
    from exa_websets import construct_event, verify_webhook
    from exa_websets.types import WebsetIdleEvent

    hook = service.run(lambda c: c.webhooks.create(url="https://receiver.example/hook", events=["webset.idle"]))
    assert hook.secret
    webset, _, _ = create_and_wait(service)
    assert service.fake.wait_for_deliveries(timeout=10)  # made off the request path
    idle = [d for d in service.deliveries if d.event_type == "webset.idle"]
    assert len(idle) == 1
    delivery = idle[0]
    header = delivery.headers["Exa-Signature"]
    event = construct_event(delivery.body, header, hook.secret, now=service.fake.clock.now())
    assert isinstance(event, WebsetIdleEvent)
    assert event.data.id == webset.id
    with pytest.raises(Exception, match="signature_mismatch"):
        verify_webhook(delivery.body + b" ", header, hook.secret, now=service.fake.clock.now())
    attempts = service.run(lambda c: collect(service, c, c.webhooks.attempts.list_all(hook.id)))
    assert [(a.event_type.value, a.successful) for a in attempts] == [("webset.idle", True)]


def test_import_from_csv_then_a_webset_from_the_import(service: Service) -> None:
    rows = "url,name\n" + "".join(f"https://company{i}.example,Company {i}\n" for i in range(5))
    started = service.run(
        lambda c: c.imports.create_from_csv(rows, entity={"type": "company"}, title="Leads", identifier=0)
    )
    assert started.count == 5
    uploads = [(m, p) for m, p in service.transport.requests if m == "PUT"]
    assert len(uploads) == 1
    done = service.run(lambda c: c.imports.wait_until_completed(started.id))
    assert done.status.value == "completed"
    webset = service.run(lambda c: c.websets.create(imports=[{"source": "import", "id": done.id}]))
    service.run(lambda c: c.websets.wait_until_idle(webset.id))
    items = service.run(lambda c: collect(service, c, c.items.list_all(webset.id)))
    assert sorted(item.properties.url for item in items) == [f"https://company{i}.example" for i in range(5)]


def test_the_upload_and_the_download_never_carry_the_api_key(service: Service) -> None:
    service.run(lambda c: c.imports.create_from_csv("url\nhttps://a.example\n", entity={"type": "company"}))
    webset, _, _ = create_and_wait(service)
    export = service.run(lambda c: c.exports.create(webset.id, format="json"))
    service.run(
        lambda c: (
            c.exports.download(c.exports.wait_until_completed(webset.id, export.id))
            if service.kind == "sync"
            else _download_when_done(c, webset.id, export.id)
        )
    )
    sent = list(zip(service.transport.requests, service.transport.headers, strict=True))
    presigned = [headers for (method, path), headers in sent if method == "PUT" or "download" in path]
    api = [headers for (method, path), headers in sent if path.startswith("/websets/v0/") and method != "PUT"]
    assert len(presigned) == 2
    assert all("x-api-key" not in headers for headers in presigned)
    assert all(headers.get("x-api-key") == "e2e-key" for headers in api)
    assert presigned[0]["content-type"] == "text/csv"


async def _download_when_done(client, webset_id: str, export_id: str) -> bytes:
    return await client.exports.download(await client.exports.wait_until_completed(webset_id, export_id))


def test_a_bad_import_fails_with_its_reason(service: Service) -> None:
    from exa_websets._errors import ImportFailed

    started = service.run(
        lambda c: c.imports.create_from_csv("name\nno url here\n", entity={"type": "company"}, identifier=3)
    )
    with pytest.raises(ImportFailed) as error:
        service.run(lambda c: c.imports.wait_until_completed(started.id))
    assert error.value.reason == "missing_identifier"


# --- every fault kind, through the facade ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Fault.rate_limited(retry_after=3),
        Fault.server_error(),
        Fault.bad_gateway(),
        Fault.unavailable(retry_after=2),
        Fault.dropped("remote_protocol"),
        Fault.dropped("read"),
        Fault.truncated(),
        Fault.non_json(),
    ],
    ids=lambda f: f"{f.kind}-{getattr(f, 'status', '') or getattr(f, 'error', '')}",
)
def test_reads_ride_out_every_fault_kind(service: Service, fault: Fault) -> None:
    webset, _, _ = create_and_wait(service)
    service.fake.faults.script("websets-get", fault, fault)
    again = service.run(lambda c: c.websets.get(webset.id))
    assert again.id == webset.id
    assert service.fake.faults.pending("websets-get") == 0


def test_a_slow_response_beyond_the_read_timeout_is_retried(service: Service) -> None:
    webset, _, _ = create_and_wait(service)
    service.fake.faults.script("websets-get", Fault.slow(90))
    assert service.run(lambda c: c.websets.get(webset.id, timeout=30)).id == webset.id


def test_a_create_whose_answer_is_lost_is_create_or_get_with_an_external_id(service: Service) -> None:
    service.fake.faults.script("websets-create", Fault.dropped().after())
    webset = service.run(lambda c: c.websets.create(search=SEARCH, external_id="nightly-2026-11-22"))
    assert webset.external_id == "nightly-2026-11-22"
    everything = service.run(lambda c: collect(service, c, c.websets.list_all()))
    assert [w.external_id for w in everything] == ["nightly-2026-11-22"], "exactly one webset exists"


def test_without_an_external_id_a_lost_create_is_not_repeated(service: Service) -> None:
    service.fake.faults.script("websets-create", Fault.dropped().after())
    with pytest.raises(APIConnectionError, match="pass an external_id"):
        service.run(lambda c: c.websets.create(search=SEARCH))
    everything = service.run(lambda c: collect(service, c, c.websets.list_all()))
    assert len(everything) == 1, "the server made one; the SDK did not make a second"


def test_random_faults_do_not_break_a_whole_flow(service: Service) -> None:
    kinds = [Fault.rate_limited(retry_after=1), Fault.unavailable(), Fault.server_error()]
    service.fake.faults.random("*", rate=0.2, kinds=kinds, seed=5)
    webset, idle, _ = create_and_wait(service, external_id="flaky-run")
    assert idle.status.value == "idle"
    items = service.run(lambda c: collect(service, c, c.items.list_all(webset.id)))
    assert len({item.id for item in items}) == 12
    assert service.fake.faults.injected, "faults really were injected"
    assert json.dumps([i.to_dict() for i in items])
