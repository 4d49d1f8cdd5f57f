"""Exports: scheduled ``pending``, ``completed`` a few fake seconds later with a file the fake itself serves."""

from __future__ import annotations

import csv
import io
import json

from . import _render as render
from ._records import ExportRecord, WebsetRecord
from ._simulation import Simulation
from ._synthetic import display_name

EXPORT_DELAY = 3.0  # plus SECONDS_PER_ITEM per item
SECONDS_PER_ITEM = 0.02


def create_export(sim: Simulation, webset: WebsetRecord, fmt: str, origin: str) -> ExportRecord:
    record = ExportRecord(
        id=sim.ids.new("export"),
        webset_id=webset.id,
        format=fmt,
        download_token=sim.ids.token(),
        origin=origin,
        **sim.stamps(),
    )
    sim.store.exports[record.id] = record
    sim.emit("webset.export.created", render.export(record).to_dict())
    export_id = record.id
    sim.later(EXPORT_DELAY + SECONDS_PER_ITEM * len(webset.item_ids), lambda: _complete(sim, export_id))
    return record


def _complete(sim: Simulation, export_id: str) -> None:
    record = sim.store.exports.get(export_id)
    webset = sim.store.websets.get(record.webset_id) if record else None
    if record is None or webset is None:
        return
    record.content = export_json(sim, webset) if record.format == "json" else export_csv(sim, webset)
    record.status, record.updated_at = "completed", sim.now
    sim.emit("webset.export.completed", render.export(record).to_dict())


def export_json(sim: Simulation, webset: WebsetRecord) -> bytes:
    items = [render.item(sim.store.items[i]).to_dict() for i in webset.item_ids]
    return json.dumps(items, indent=2).encode("utf-8")


def export_csv(sim: Simulation, webset: WebsetRecord) -> bytes:
    """One row per item: identity columns, then one column per enrichment (its description as the header)."""
    enrichments = [sim.store.enrichments[e] for e in webset.enrichment_ids]
    out = io.StringIO()
    writer = csv.writer(out)
    identity = ["id", "url", "name", "type", "description", "source", "createdAt"]
    writer.writerow([*identity, *(e.description for e in enrichments)])
    for item_id in webset.item_ids:
        item = sim.store.items[item_id]
        results = {r.enrichment_id: "; ".join(r.result or []) for r in item.results}
        writer.writerow(
            [
                item.id,
                item.properties.url,
                display_name(item.properties),
                item.properties.type_,
                item.properties.description,
                item.source,
                render.iso(item.created_at),
                *(results.get(e.id, "") for e in enrichments),
            ]
        )
    return out.getvalue().encode("utf-8")
