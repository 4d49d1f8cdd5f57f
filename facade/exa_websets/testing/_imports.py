"""CSV imports: created ``pending`` with an upload URL; the uploaded file is processed and its rows become items."""

from __future__ import annotations

import csv
import io
import re

from . import _render as render
from ._lifecycle import add_item, settle
from ._records import EntitySpec, ImportRecord, ItemProperties, WebsetRecord
from ._simulation import Simulation
from ._synthetic import make_properties

UPLOAD_VALIDITY = 3600.0  # the spec: uploads are accepted for an hour by default
PROCESSING_DELAY = 1.0  # upload → processing
SECONDS_PER_ROW = 0.05  # processing → completed takes 2 s plus this per row
_NAME_COLUMNS = ("name", "company", "title", "full name", "full_name")


class ImportFailure(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


def create_import(
    sim: Simulation,
    *,
    title: str | None,
    entity: EntitySpec,
    count: int,
    size: int,
    identifier: int,
    metadata: dict[str, str],
    origin: str,
) -> ImportRecord:
    import_id, token = sim.ids.new("import"), sim.ids.token()
    record = ImportRecord(
        id=import_id,
        title=title or f"CSV import {render.iso(sim.now)[:10]}",
        entity=entity,
        count=count,
        size=size,
        identifier=identifier,
        metadata=metadata,
        upload_token=token,
        upload_valid_until=sim.now + UPLOAD_VALIDITY,
        upload_url=f"{origin}/websets/_fake/uploads/{import_id}?token={token}",
        **sim.stamps(),
    )
    sim.store.imports[record.id] = record
    sim.emit("import.created", render.import_(record))
    sim.later(UPLOAD_VALIDITY, lambda: _expire(sim, import_id))
    return record


def attach(sim: Simulation, record: ImportRecord, webset: WebsetRecord) -> None:
    """Make the import's rows items of the webset (now if it is completed, else when it completes)."""
    if webset.id in record.webset_ids:
        return
    record.webset_ids.append(webset.id)
    webset.import_ids.append(record.id)
    if record.status == "completed":
        _add_items(sim, record, webset)
    settle(sim, webset)


def receive_upload(sim: Simulation, record: ImportRecord, content: bytes) -> None:
    record.uploaded, record.updated_at = content, sim.now
    import_id = record.id
    sim.later(PROCESSING_DELAY, lambda: _process(sim, import_id))


def _process(sim: Simulation, import_id: str) -> None:
    record = sim.store.imports.get(import_id)
    if record is None or record.status != "pending":
        return
    record.status, record.updated_at = "processing", sim.now
    try:
        record.url_column, record.rows = parse_csv(record.uploaded or b"", record.identifier)
    except ImportFailure as failure:
        reason, message = failure.reason, failure.message
        sim.later(2.0, lambda: _fail(sim, import_id, reason, message))
        return
    sim.later(2.0 + SECONDS_PER_ROW * len(record.rows), lambda: _complete(sim, import_id))


def _complete(sim: Simulation, import_id: str) -> None:
    record = sim.store.imports.get(import_id)
    if record is None:
        return
    record.status, record.count, record.updated_at = "completed", len(record.rows), sim.now
    sim.emit("import.completed", render.import_(record))
    for webset_id in record.webset_ids:
        webset = sim.store.websets.get(webset_id)
        if webset is not None:
            _add_items(sim, record, webset)
            settle(sim, webset)


def _fail(sim: Simulation, import_id: str, reason: str, message: str) -> None:
    record = sim.store.imports.get(import_id)
    if record is None or record.status in ("completed", "failed"):
        return
    record.status, record.failed_reason, record.failed_message = "failed", reason, message
    record.failed_at = record.updated_at = sim.now
    sim.emit("import.completed", render.import_(record))  # the spec has no import.failed; completed carries it
    for webset_id in record.webset_ids:
        webset = sim.store.websets.get(webset_id)
        if webset is not None:
            settle(sim, webset)


def _expire(sim: Simulation, import_id: str) -> None:
    record = sim.store.imports.get(import_id)
    if record is not None and record.status == "pending" and record.uploaded is None:
        _fail(sim, import_id, "invalid_file_content", "No file was uploaded before uploadValidUntil.")


def _add_items(sim: Simulation, record: ImportRecord, webset: WebsetRecord) -> None:
    for index, row in enumerate(record.rows):
        url = row[record.url_column]
        if url in webset.urls:
            continue
        properties = _properties(make_properties(sim.rng("import", record.id, index), record.entity, ""), url, row)
        add_item(sim, webset, source="import", source_id=record.id, properties=properties, evaluations=[])


def _properties(properties: ItemProperties, url: str, row: dict[str, str]) -> ItemProperties:
    """A synthetic entity of the import's type, with the row's URL and (where the CSV has one) its name."""
    properties.url = url if re.match(r"^https?://", url) else f"https://{url}"
    name = next((v for k, v in row.items() if k.strip().lower() in _NAME_COLUMNS and v.strip()), None)
    if name:
        fields = getattr(properties, "company", None) or getattr(properties, "person", None)
        if fields is not None:
            fields.name = name
        else:
            for attribute in ("article", "research_paper", "custom"):
                if hasattr(properties, attribute):
                    getattr(properties, attribute).title = name
    properties.description = f"Imported from CSV: {', '.join(f'{k}={v}' for k, v in row.items())}"[:500]
    return properties


def parse_csv(content: bytes, identifier: int) -> tuple[str, list[dict[str, str]]]:
    """The identifier column's name and the rows; ImportFailure with the spec's reasons when the file is unusable."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailure("invalid_format", "The file is not UTF-8 CSV text.") from error
    stripped = text.strip()
    if stripped[:1] in ("{", "[", "<") or "\x00" in text:
        raise ImportFailure("invalid_format", "The file is not CSV (it looks like JSON, HTML or binary data).")
    if not stripped:
        raise ImportFailure("invalid_file_content", "The file is empty.")
    try:
        table = list(csv.reader(io.StringIO(stripped), strict=True))
    except csv.Error as error:
        raise ImportFailure("invalid_file_content", f"The CSV could not be parsed: {error}.") from error
    header, body = table[0], [row for row in table[1:] if any(cell.strip() for cell in row)]
    if not body:
        raise ImportFailure("invalid_file_content", "The file has a header but no rows.")
    if any(len(row) != len(header) for row in body):
        raise ImportFailure("invalid_file_content", "Rows have a different number of columns than the header.")
    if identifier >= len(header):
        raise ImportFailure(
            "missing_identifier", f"csv.identifier is column {identifier}, but the file has {len(header)} columns."
        )
    column = header[identifier]
    rows = [dict(zip(header, row, strict=True)) for row in body]
    if not any(row[column].strip() for row in rows):
        raise ImportFailure("missing_identifier", f"The identifier column {column!r} is empty.")
    return column, [row for row in rows if row[column].strip()]
