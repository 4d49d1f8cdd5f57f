"""Fixtures in the layout of ``tests/contract/golden.py`` (scrubbed, with notes saying where each came from), and
the RECORDING.md whose heading every fixture's source names."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from scripts.golden.capture import Exchange
from scripts.golden.scrubbing import Redactor, scrub
from scripts.golden.spec_facts import SpecFacts

DOCUMENT = "RECORDING.md"


class FixtureWriter:
    def __init__(
        self, directory: Path, facts: SpecFacts, *, section: str, spec_commit: str, secrets: Sequence[str]
    ) -> None:
        self.directory = directory
        self.facts = facts
        self.section = section
        self.spec_commit = spec_commit
        self.redact = Redactor(secrets)
        self.written: dict[str, str] = {}  # fixture name -> request id it came from

    def operation(self, operation_id: str, exchange: Exchange, payload: Any, provenance: str) -> str:
        facts = self.facts.operations[operation_id]
        payload, notes = scrub(payload)
        notes.insert(0, provenance)
        if exchange.status != facts.status:
            notes.append(f"The server answered {exchange.status} where the spec declares {facts.status}.")
        if operation_id in ("events-list", "events-get"):
            notes += self._event_gaps(payload if operation_id == "events-list" else {"data": [payload]})
        metadata: dict[str, Any] = {"operation_id": operation_id, "schema": facts.schema, "status": exchange.status}
        if facts.supplement:
            metadata["supplement"] = True
        name = f"operations/{operation_id}"
        return self._write(name, metadata, notes, key="response", payload=payload, request_id=exchange.request_id)

    def instance(self, name: str, schema: str, payload: Any, provenance: str, exchange: Exchange) -> str:
        payload, notes = scrub(payload)
        notes.insert(0, provenance)
        if schema == "Event":
            notes += self._event_gaps({"data": [payload]})
        return self._write(
            name, {"schema": schema}, notes, key="instance", payload=payload, request_id=exchange.request_id
        )

    def _write(
        self, name: str, metadata: dict[str, Any], notes: list[str], *, key: str, payload: Any, request_id: str | None
    ) -> str:
        document = {
            "_metadata": {
                **metadata,
                "source": {"document": DOCUMENT, "section": self.section},
                "spec_commit": self.spec_commit,
                "filled_fields": [],
                "notes": notes,
            },
            key: payload,
        }
        path = self.directory / f"{name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.redact(json.dumps(document, indent=2, ensure_ascii=False)) + "\n", encoding="utf-8")
        self.written[name] = request_id or "unknown"
        return name

    def write_document(self, lines: Sequence[str]) -> None:
        """RECORDING.md: the heading every fixture's source names, and what was recorded."""
        body = [f"# {self.section}", "", *lines, "", "## Fixtures", ""]
        body += [f"- `{name}.json` (request id {rid})" for name, rid in sorted(self.written.items())]
        self.directory.mkdir(parents=True, exist_ok=True)
        (self.directory / DOCUMENT).write_text(self.redact("\n".join(body)) + "\n", encoding="utf-8")

    def _event_gaps(self, payload: Any) -> list[str]:
        events = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(events, list):
            return []
        missing = sorted(
            {
                str(event.get("type"))
                for event in events
                if isinstance(event, dict) and event.get("type") not in self.facts.event_types_with_variant
            }
        )
        return [
            f"The spec's Event oneOf has no variant for {event_type}: it cannot validate against Event."
            for event_type in missing
        ]


def item_fixture_name(item: Mapping[str, Any]) -> str:
    """``items/<entity type>-<stage>`` with the golden set's stage names."""
    entity = str((item.get("properties") or {}).get("type", "unknown")).replace("_", "-")
    results = item.get("enrichments")
    if results is None:
        stage = "just-found"
    elif any(result.get("status") == "pending" for result in results):
        stage = "enrichment-pending"
    elif results and all(result.get("status") == "completed" for result in results):
        stage = "enriched"
    else:
        stage = "enrichments-" + "-".join(sorted({str(result.get("status")) for result in results}) or ["none"])
    return f"items/{entity}-{stage}"
