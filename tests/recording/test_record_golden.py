"""scripts/record_golden.py against the in-process fake service, in fake time: what it records loads with the
golden loader and matches the spec, it refuses writes without --yes, and it cleans up whatever it created."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from exa_websets.testing import DeliveryResult, FakeWebsets, Fault, ManualClock, WebhookDelivery

from openapi.fetch import load_pin
from openapi.overlays import apply_overlays
from scripts import record_golden
from scripts.golden.capture import Exchange
from scripts.golden.scrubbing import REDACTED
from scripts.golden.spec_facts import SpecFacts
from scripts.golden.writing import FixtureWriter
from tests.contract.golden import (
    ContractValidators,
    describe_errors,
    has_section,
    json_differences,
    load_fixtures,
    parse_payload,
    spec_validator,
)

BASE_URL = "https://api.exa.ai/websets"
API_KEY = "recording-test-key-0123456789"
RUN_KEY = "20260101-000000"  # the fake clock's start, 2026-01-01T00:00:00Z
# Recorded by a full run; the others need what the fake cannot give (a monitor run) or have no response body.
NOT_RECORDED = {"monitors-runs-get", "websets-enrichments-update"}


class Counting(httpx.BaseTransport):
    """Every request that reaches the fake: method, path and JSON body."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.requests: list[tuple[str, str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, request.url.path.removeprefix("/websets"), body))
        return self.inner.handle_request(request)

    def writes(self) -> list[tuple[str, str]]:
        return [(method, path) for method, path, _ in self.requests if method != "GET"]


@dataclass
class Run:
    status: int
    out: Path
    log: list[str]
    service: Service

    @property
    def summary(self) -> dict[str, Any]:
        summary: dict[str, Any] = json.loads((self.out / "_recording_summary.json").read_text(encoding="utf-8"))
        return summary


@dataclass
class Service:
    fake: FakeWebsets
    transport: Counting
    deliveries: list[WebhookDelivery] = field(default_factory=list)

    @classmethod
    def start(cls, seed: int = 7) -> Service:
        deliveries: list[WebhookDelivery] = []

        def receive(delivery: WebhookDelivery) -> DeliveryResult:
            deliveries.append(delivery)
            return DeliveryResult(200, "ok")

        fake = FakeWebsets(seed=seed, clock=ManualClock(), deliver=receive)
        # Each call first waits for the webhook deliveries queued before it, so two recordings match.
        return cls(fake, Counting(fake.transport(settle_deliveries=True)), deliveries)

    def direct(self) -> httpx.Client:
        """A client straight to the fake (not counted), to set the scene and to look at it afterwards."""
        return httpx.Client(base_url=f"{BASE_URL}/v0", transport=self.fake.transport(), headers={"x-api-key": "k"})

    def record(self, tmp_path: Path, pinned_spec: dict[str, Any], *args: str) -> Run:
        out = tmp_path / "recording"
        log: list[str] = []
        with httpx.Client(transport=self.transport) as http:
            status = record_golden.main(
                ["--base-url", BASE_URL, "--api-key", API_KEY, "--out", str(out), *args],
                http_client=http,
                sleep=self.fake.clock.sleep,
                clock=self.fake.clock.now,
                spec=pinned_spec,
                environ={},
                log=log.append,
            )
        return Run(status, out, log, self)

    def remaining(self) -> dict[str, list[str]]:
        """The ids of what exists on the fake now, by kind."""
        with self.direct() as http:
            return {
                kind: [obj["id"] for obj in http.get(f"/{kind}", params={"limit": 100}).json()["data"]]
                for kind in ("websets", "webhooks", "monitors", "imports")
            }


@pytest.fixture(scope="module")
def full_run(tmp_path_factory: pytest.TempPathFactory, pinned_spec: dict[str, Any]) -> Run:
    return Service.start().record(tmp_path_factory.mktemp("full"), pinned_spec, "--yes")


@pytest.fixture(scope="module")
def validators(pinned_spec: dict[str, Any]) -> ContractValidators:
    return ContractValidators(
        pinned=spec_validator(pinned_spec), supplemented=spec_validator(apply_overlays(pinned_spec))
    )


def files_of(directory: Path) -> Iterator[Path]:
    return (path for path in sorted(directory.rglob("*")) if path.is_file())


# --- a full recording ----------------------------------------------------------------------------------------------


def test_a_full_recording_succeeds_and_covers_the_operations(full_run: Run, validators: ContractValidators) -> None:
    summary = full_run.summary
    recorded = {name.removeprefix("operations/") for name in summary["fixtures"] if name.startswith("operations/")}

    assert full_run.status == 0, summary["failures"]
    assert summary["ok"] is True
    assert summary["mode"] == "write"
    assert recorded == set(validators.supplemented.operations) - NOT_RECORDED
    assert {"websets/webset-running", "websets/webset-idle", "events/webset.idle", "items/company-enriched"} <= set(
        summary["fixtures"]
    )


def test_recorded_fixtures_load_with_the_golden_loader_and_match_the_spec(
    full_run: Run, validators: ContractValidators
) -> None:
    fixtures = load_fixtures(full_run.out / "fixtures")
    document = (full_run.out / "fixtures" / "RECORDING.md").read_text(encoding="utf-8")

    assert sorted(fixture.name for fixture in fixtures) == full_run.summary["fixtures"]
    for fixture in fixtures:
        metadata = fixture.metadata
        errors = validators.for_fixture(fixture).errors_for(fixture)
        assert not errors, f"{fixture.name}:\n{describe_errors(errors)}"
        written = parse_payload(fixture, validators.supplemented.operations).to_dict()
        assert not json_differences(fixture.payload, written), fixture.name
        assert metadata.spec_commit == load_pin().commit
        assert metadata.source.document == "RECORDING.md"
        assert metadata.source.section == f"{BASE_URL} 2026-01-01T00:00:00Z"
        assert has_section(document, metadata.source.section)
        assert metadata.filled_fields == ()
        assert metadata.notes[0].startswith(("Recorded by scripts/record_golden.py from", "Taken from the"))
        assert f"run {RUN_KEY}" in metadata.notes[0]
        if fixture.is_operation:
            operation = validators.supplemented.operations[str(metadata.operation_id)]
            assert (metadata.status, metadata.schema) == (operation.success_status, operation.response_schema_name)
            assert metadata.supplement == operation.supplement
            assert "request id req_" in metadata.notes[0]


def test_the_response_is_recorded_raw_and_the_webhook_secret_is_not(full_run: Run) -> None:
    created = json.loads((full_run.out / "fixtures" / "operations" / "webhooks-create.json").read_text())
    webset = json.loads((full_run.out / "fixtures" / "operations" / "websets-create.json").read_text())

    assert created["response"]["secret"] == REDACTED
    assert any("webhook signing secret" in note for note in created["_metadata"]["notes"])
    assert webset["response"]["externalId"] == f"ssot-fixture-webset-{RUN_KEY}"
    assert webset["response"]["metadata"] == {
        "ssot_fixture": "true",
        "ssot_run": RUN_KEY,
        "name": f"ssot-fixture-webset-{RUN_KEY}",
    }
    assert webset["response"]["createdAt"].endswith("+00:00")  # as the server wrote it, not re-serialized
    for name in ("websets-exports-get", "imports-create"):  # presigned URLs: their query string is a credential
        recorded = json.loads((full_run.out / "fixtures" / "operations" / f"{name}.json").read_text())
        url = recorded["response"].get("downloadUrl") or recorded["response"]["uploadUrl"]
        assert "?" not in url
        assert any("presigned query string" in note for note in recorded["_metadata"]["notes"])
    for path in files_of(full_run.out):
        text = path.read_text(encoding="utf-8")
        assert API_KEY not in text, path
        assert "whsec_" not in text, path
    assert not any(API_KEY in line for line in full_run.log)


def test_everything_created_is_deleted_newest_first(full_run: Run) -> None:
    summary = full_run.summary
    created = {(entry["kind"], entry["id"]) for entry in summary["created"]}
    deletes = [path for method, path in full_run.service.transport.writes() if method == "DELETE"]

    assert {kind for kind, _ in created} == {"webhook", "webset", "monitor", "search", "enrichment", "import"}
    assert {(entry["kind"], entry["id"]) for entry in summary["cleaned_up"]} == created
    assert summary["left_behind"] == []
    assert summary["cleanup_failures"] == []
    assert full_run.service.remaining() == {"websets": [], "webhooks": [], "monitors": [], "imports": []}
    kind_of = {rid: kind for kind, rid in created}
    deleted = [kind_of[path.rsplit("/", 1)[1]] for path in deletes if path.rsplit("/", 1)[1] in kind_of]
    assert deleted == ["import", "enrichment", "enrichment", "monitor", "webset", "webhook"]  # the reverse of creation


PATH = "/v0/websets"


def test_names_and_recordings_are_deterministic(full_run: Run, tmp_path: Path, pinned_spec: dict[str, Any]) -> None:
    again = Service.start().record(tmp_path, pinned_spec, "--yes")

    first = {path.relative_to(full_run.out): path.read_bytes() for path in files_of(full_run.out)}
    second = {path.relative_to(again.out): path.read_bytes() for path in files_of(again.out)}
    assert first == second
    created = [body for method, path, body in again.service.transport.requests if (method, path) == ("POST", PATH)]
    assert [body["externalId"] for body in created] == [f"ssot-fixture-webset-{RUN_KEY}"]


def test_the_run_key_names_the_resources(tmp_path: Path, pinned_spec: dict[str, Any]) -> None:
    service = Service.start()
    service.fake.faults.script("POST /v0/websets/{webset}/searches", Fault("status", status=400))

    run = service.record(tmp_path, pinned_spec, "--yes", "--run-key", "nightly-7")

    bodies = {(method, path): body for method, path, body in service.transport.requests if body}
    assert bodies[("POST", "/v0/webhooks")]["metadata"]["name"] == "ssot-fixture-webhook-nightly-7"
    assert bodies[("POST", "/v0/websets")]["externalId"] == "ssot-fixture-webset-nightly-7"
    assert bodies[("POST", "/v0/monitors")]["metadata"]["ssot_run"] == "nightly-7"
    assert run.status == 1
    assert run.summary["run_key"] == "nightly-7"
    with pytest.raises(SystemExit) as exit_info:
        record_golden.main(["--base-url", BASE_URL, "--run-key", "has spaces"], spec=pinned_spec, environ={})
    assert exit_info.value.code == 2


# --- refusing writes -----------------------------------------------------------------------------------------------


def test_without_yes_only_reads_reach_the_server(tmp_path: Path, pinned_spec: dict[str, Any]) -> None:
    service = Service.start()
    with service.direct() as http:  # an account that already has a webset (from an earlier run), a webhook...
        webset = http.post(
            "/websets",
            json={"search": {"query": "AI labs", "count": 2}, "externalId": "ssot-fixture-webset-20251231-120000"},
        ).json()
        http.post("/webhooks", json={"url": "https://example.com/h", "events": ["webset.idle"]})
        http.post(
            "/monitors",
            json={
                "websetId": webset["id"],
                "cadence": {"cron": "0 9 * * 1"},
                "behavior": {"type": "search", "config": {"count": 1}},
            },
        )
        service.fake.run_until_idle(webset["id"])

    run = service.record(tmp_path, pinned_spec, "--run-key", "today")

    summary = run.summary
    assert run.status == 0
    assert service.transport.requests, "it did read"
    assert service.transport.writes() == [], "no POST, PATCH or DELETE may reach the server without --yes"
    assert summary["mode"] == "read-only"
    assert summary["created"] == []
    assert any("webset ssot-fixture-webset-today" in line for line in summary["refused_writes"])
    assert any(line.startswith("refusing to write without --yes") for line in run.log)
    assert summary["earlier_runs_seen"] == [
        {"kind": "webset", "id": webset["id"], "name": "ssot-fixture-webset-20251231-120000"}
    ]
    assert {
        "operations/websets-get",
        "operations/websets-items-list",
        "operations/webhooks-get",
        "operations/monitors-get",
        "operations/events-get",
    } <= set(summary["fixtures"])
    assert len(load_fixtures(run.out / "fixtures")) == len(summary["fixtures"])


def test_no_api_key_is_refused_before_any_request(tmp_path: Path, pinned_spec: dict[str, Any]) -> None:
    service = Service.start()
    with httpx.Client(transport=service.transport) as http:
        status = record_golden.main(
            ["--base-url", BASE_URL, "--out", str(tmp_path)], http_client=http, spec=pinned_spec, environ={}
        )

    assert status == 2
    assert service.transport.requests == []


# --- failures midway -----------------------------------------------------------------------------------------------


def test_a_failing_step_ends_the_writes_and_everything_created_is_deleted(
    tmp_path: Path, pinned_spec: dict[str, Any]
) -> None:
    service = Service.start()
    service.fake.faults.script("websets-enrichments-create", Fault.server_error())

    run = service.record(tmp_path, pinned_spec, "--yes")

    summary = run.summary
    created = {entry["kind"]: entry["id"] for entry in summary["created"]}
    assert run.status == 1
    assert summary["ok"] is False
    assert [failure["step"] for failure in summary["failures"]] == ["enrichments.create"]
    assert "InternalServerError" in summary["failures"][0]["error"]
    assert set(created) == {"webhook", "webset", "monitor", "search"}
    assert {entry["id"]: entry["how"] for entry in summary["cleaned_up"]} == {
        created["monitor"]: "deleted",
        created["webset"]: "deleted",
        created["webhook"]: "deleted",
        created["search"]: "with its webset",
    }
    assert summary["left_behind"] == []
    deletes = [path for method, path in service.transport.writes() if method == "DELETE"]
    assert deletes == [
        f"/v0/monitors/{created['monitor']}",
        f"/v0/websets/{created['webset']}",
        f"/v0/webhooks/{created['webhook']}",
    ]
    assert service.remaining() == {"websets": [], "webhooks": [], "monitors": [], "imports": []}
    assert not any(path.endswith("/items") for _, path, _ in service.transport.requests), "no step after the failure"
    assert "a write step failed: skipping the rest, cleaning up" in run.log
    assert "operations/websets-enrichments-create" not in summary["fixtures"]
    assert len(load_fixtures(run.out / "fixtures")) == len(summary["fixtures"])


def test_a_create_whose_answer_was_lost_is_found_by_name_and_deleted(
    tmp_path: Path, pinned_spec: dict[str, Any]
) -> None:
    service = Service.start()
    service.fake.faults.script("monitors-create", Fault.server_error(when="after"))  # made, but the answer is a 500

    run = service.record(tmp_path, pinned_spec, "--yes")

    summary = run.summary
    found = [entry for entry in summary["created"] if entry.get("found_by")]
    assert run.status == 1
    assert [failure["step"] for failure in summary["failures"]] == ["monitors.create"]
    assert [(entry["kind"], entry["name"]) for entry in found] == [("monitor", f"ssot-fixture-monitor-{RUN_KEY}")]
    assert found[0]["id"] in {entry["id"] for entry in summary["cleaned_up"]}
    assert summary["left_behind"] == []
    assert service.remaining() == {"websets": [], "webhooks": [], "monitors": [], "imports": []}


def test_a_delete_that_fails_leaves_the_resource_listed_as_left_behind(
    tmp_path: Path, pinned_spec: dict[str, Any]
) -> None:
    service = Service.start()
    service.fake.faults.script("websets-searches-create", Fault("status", status=400))
    service.fake.faults.script("webhooks-delete", *[Fault("status", status=403)])

    run = service.record(tmp_path, pinned_spec, "--yes")

    summary = run.summary
    webhook = next(entry for entry in summary["created"] if entry["kind"] == "webhook")
    assert run.status == 1
    assert [entry["id"] for entry in summary["left_behind"]] == [webhook["id"]]
    assert [entry["id"] for entry in summary["cleanup_failures"]] == [webhook["id"]]
    assert f"LEFT BEHIND: webhook {webhook['id']} ({webhook['name']}): delete it by hand" in run.log
    assert service.remaining()["webhooks"] == [webhook["id"]]
    assert service.remaining()["websets"] == []


def test_events_the_spec_has_no_variant_for_are_noted(tmp_path: Path, pinned_spec: dict[str, Any]) -> None:
    facts = SpecFacts.from_spec(pinned_spec)
    writer = FixtureWriter(
        tmp_path, facts, section="http://server 2026-01-01T00:00:00Z", spec_commit=load_pin().commit, secrets=[]
    )
    exchange = Exchange("GET", "http://server/v0/events", 200, "req_1", b"")
    export_event = {
        "id": "event_1",
        "object": "event",
        "type": "webset.export.created",
        "createdAt": "2026-01-01T00:00:00Z",
        "data": {"id": "export_1", "object": "export", "status": "pending"},
    }

    writer.operation(
        "events-list", exchange, {"data": [export_event], "hasMore": False, "nextCursor": None}, "Recorded."
    )
    writer.instance("events/webset.export.created", "Event", export_event, "Taken.", exchange)

    fixtures = {fixture.name: fixture for fixture in load_fixtures(tmp_path)}
    gap = "The spec's Event oneOf has no variant for webset.export.created: it cannot validate against Event."
    assert fixtures["operations/events-list"].metadata.notes == ("Recorded.", gap)
    assert fixtures["events/webset.export.created"].metadata.notes == ("Taken.", gap)
    assert "webset.export.created" not in facts.event_types_with_variant
    assert "webset.idle" in facts.event_types_with_variant
