"""The golden fixtures cover the API: what "everything" means is read from the spec, never listed here."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from tests.contract.golden import (
    GoldenFixture,
    ItemStage,
    SpecOperation,
    enum_values,
    event_types,
    item_entity_types,
    item_stage,
    operation_module,
    resources_of_kind,
)


def instances_of(fixtures: list[GoldenFixture], schema: str) -> list[Mapping[str, Any]]:
    """The payloads that are one ``schema`` object (instance fixtures and whole responses alike)."""
    return [fixture.payload for fixture in fixtures if fixture.metadata.schema == schema]


def test_every_operation_with_a_response_body_has_a_fixture(
    all_operations: dict[str, SpecOperation], golden_fixtures: list[GoldenFixture]
) -> None:
    with_body = {op.operation_id for op in all_operations.values() if op.response_schema_pointer is not None}
    covered = {fixture.metadata.operation_id for fixture in golden_fixtures if fixture.is_operation}

    assert with_body - covered == set(), "operations whose success response has no golden fixture"
    assert covered - with_body == set(), "fixtures for operations that do not exist or declare no body"
    assert any(op.supplement for op in all_operations.values() if op.operation_id in covered)


def test_operations_without_a_body_parse_to_none(all_operations: dict[str, SpecOperation]) -> None:
    bodiless = [op for op in all_operations.values() if op.response_schema_pointer is None]

    assert bodiless, "the pin declares no body for websets-enrichments-update; if upstream added one, cover it"
    for operation in bodiless:
        assert operation_module(operation.operation_id).parse_success({"id": "ignored"}) is None


def test_every_event_type_has_an_event_fixture(
    pinned_spec: dict[str, Any], golden_fixtures: list[GoldenFixture]
) -> None:
    event_fixtures = [f for f in golden_fixtures if f.metadata.schema == "Event" and not f.is_operation]
    covered = {fixture.payload["type"] for fixture in event_fixtures}

    assert set(event_types(pinned_spec)) - covered == set()
    assert len(event_fixtures) == len(covered), "one event fixture per event type"


def test_items_cover_every_entity_type_at_every_stage(
    pinned_spec: dict[str, Any], golden_fixtures: list[GoldenFixture]
) -> None:
    items = [f.payload for f in golden_fixtures if f.metadata.schema == "WebsetItem" and not f.is_operation]
    covered = {(item["properties"]["type"], item_stage(item)) for item in items}

    expected = set(itertools.product(item_entity_types(pinned_spec), ItemStage))
    assert expected - covered == set()
    assert None not in {stage for _, stage in covered}, "every item fixture shows one of the three stages"


def test_websets_cover_every_status(pinned_spec: dict[str, Any], golden_fixtures: list[GoldenFixture]) -> None:
    statuses = {webset["status"] for webset in instances_of(golden_fixtures, "Webset")}

    assert set(enum_values(pinned_spec, "Webset", "status")) - statuses == set()


def test_a_failed_import_is_covered(pinned_spec: dict[str, Any], golden_fixtures: list[GoldenFixture]) -> None:
    failed = [imported for imported in instances_of(golden_fixtures, "Import") if imported["status"] == "failed"]

    assert "failed" in enum_values(pinned_spec, "Import", "status")
    assert failed, "an Import in status failed (a whole response or instance) is needed"
    for imported in failed:
        assert imported["failedReason"] is not None
        assert imported["failedAt"] is not None
        assert imported["failedMessage"]


def test_canceled_searches_are_covered_for_every_reason(
    pinned_spec: dict[str, Any], golden_fixtures: list[GoldenFixture]
) -> None:
    canceled = [s for s in instances_of(golden_fixtures, "WebsetSearch") if s["status"] == "canceled"]
    assert canceled, "a canceled WebsetSearch (a whole response or instance) is needed"
    assert all(search["canceledAt"] and search["canceledReason"] for search in canceled)

    everywhere = [
        search
        for fixture in golden_fixtures
        for search in resources_of_kind(fixture.payload, "webset_search")
        if search["status"] == "canceled"
    ]
    reasons = {search["canceledReason"] for search in everywhere}
    assert set(enum_values(pinned_spec, "WebsetSearch", "canceledReason")) - reasons == set()


def test_ids_refer_to_objects_the_fixtures_define(golden_fixtures: list[GoldenFixture]) -> None:
    """Fixtures describe one consistent account: every id a payload refers to is an object some fixture holds."""
    payloads = [fixture.payload for fixture in golden_fixtures]

    def ids(kind: str) -> set[str]:
        return {resource["id"] for payload in payloads for resource in resources_of_kind(payload, kind)}

    known = {
        kind: ids(kind) for kind in ("webset", "webset_search", "webset_enrichment", "monitor", "webhook", "event")
    }
    dangling: list[str] = []

    def check(value: str, kind: str, where: str) -> None:
        if value not in known[kind]:
            dangling.append(f"{where}: {value} is no {kind}")

    for payload in payloads:
        for kind in ("webset_search", "webset_enrichment", "webset_item"):
            for resource in resources_of_kind(payload, kind):
                check(resource["websetId"], "webset", resource["id"])
        for item in resources_of_kind(payload, "webset_item"):
            if item["source"] == "search":
                check(item["sourceId"], "webset_search", item["id"])
            for result in item["enrichments"] or []:
                check(result["enrichmentId"], "webset_enrichment", item["id"])
        for kind in ("monitor", "export"):
            for resource in resources_of_kind(payload, kind):
                check(resource["websetId"], "webset", resource["id"])
        for run in resources_of_kind(payload, "monitor_run"):
            check(run["monitorId"], "monitor", run["id"])
        for attempt in resources_of_kind(payload, "webhook_attempt"):
            check(attempt["webhookId"], "webhook", attempt["id"])
            check(attempt["eventId"], "event", attempt["id"])

    assert not dangling, "\n".join(dangling)


def test_the_same_id_is_always_the_same_kind_of_object(golden_fixtures: list[GoldenFixture]) -> None:
    kinds: dict[str, set[str]] = {}
    for fixture in golden_fixtures:
        for kind in ("webset", "webset_search", "webset_enrichment", "webset_item", "import", "monitor", "event"):
            for resource in resources_of_kind(fixture.payload, kind):
                kinds.setdefault(resource["id"], set()).add(kind)

    assert {identifier: kind for identifier, kind in kinds.items() if len(kind) > 1} == {}
