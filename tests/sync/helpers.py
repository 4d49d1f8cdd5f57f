"""The sync against the in-process fake: clients that count requests, and the loaded tables read back."""

from __future__ import annotations

import base64
import datetime
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dlt
import duckdb
import httpx
from exa_websets import WebsetsClient
from exa_websets.sync import SyncReport, sync_websets
from exa_websets.testing import FakeWebsets

API_KEY = "sync-test-key"
DATASET = "exa_websets_dataset"
ROOT_TABLES = ("websets", "searches", "enrichments", "items", "monitors", "monitor_runs", "imports", "events")
DLT_COLUMNS = {"_dlt_id", "_dlt_load_id", "_dlt_root_id", "_dlt_parent_id", "_dlt_list_idx", "_deleted"}


class CountingTransport(httpx.BaseTransport):
    """The fake's transport, counting the requests that reach it."""

    def __init__(self, fake: FakeWebsets) -> None:
        self.inner = fake.transport()
        self.requests: list[tuple[str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.method, request.url.path))
        return self.inner.handle_request(request)


@dataclass
class Target:
    """One database being kept in sync with the fake: its DuckDB file, dlt's working directory, its client."""

    fake: FakeWebsets
    directory: Path
    sleep: Callable[[float], None] | None = None
    transport: CountingTransport = field(init=False)
    client: WebsetsClient = field(init=False)

    def __post_init__(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.transport = CountingTransport(self.fake)
        self.client = WebsetsClient(
            API_KEY,
            http_client=httpx.Client(transport=self.transport),
            environ={},
            sleep=self.sleep or self.fake.clock.sleep,
            clock=self.fake.clock.now,
        )

    @property
    def database(self) -> Path:
        return self.directory / "exa_websets.duckdb"

    def sync(self, **options: Any) -> SyncReport:
        destination = dlt.destinations.duckdb(str(self.database))
        return sync_websets(self.client, destination=destination, pipelines_dir=str(self.directory / "dlt"), **options)

    def tables(self) -> dict[str, list[tuple[Any, ...]]]:
        return read_tables(self.database)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    return value


def read_tables(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every data table's rows (dlt's bookkeeping columns left out: they differ between loads), sorted."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with duckdb.connect(str(database), read_only=True) as db:
        names = [
            r[0]
            for r in db.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = ? AND table_name NOT LIKE '_dlt%'",
                [DATASET],
            ).fetchall()
        ]
        for name in sorted(names):
            cursor = db.execute(f'SELECT * FROM {DATASET}."{name}"')
            columns = [d[0] for d in cursor.description]
            keep = sorted(i for i, c in enumerate(columns) if c not in DLT_COLUMNS)
            rows = [
                tuple((columns[i], _plain(row[i])) for i in keep if row[i] is not None) for row in cursor.fetchall()
            ]
            out[name] = sorted(rows, key=repr)
    return out


def column(database: Path, sql: str) -> list[Any]:
    with duckdb.connect(str(database), read_only=True) as db:
        return [r[0] for r in db.execute(sql.replace("{ds}", DATASET)).fetchall()]


def duplicate_ids(database: Path) -> dict[str, int]:
    """Tables holding an id more than once (must be none: rows merge on id)."""
    found = {}
    for table in ROOT_TABLES:
        try:
            dupes = column(
                database, f"SELECT count(*) FROM (SELECT id FROM {{ds}}.{table} GROUP BY id HAVING count(*) > 1)"
            )
        except duckdb.CatalogException:
            continue
        if dupes[0]:
            found[table] = dupes[0]
    return found


def loaded_cursor(database: Path) -> dict[str, Any] | None:
    """The cursor in the newest state dlt *finished* loading into the database (what a lost working directory would
    restore), or None."""
    if not database.exists():  # killed before it was created
        return None
    try:
        states = column(
            database,
            """
            SELECT s.state FROM {ds}._dlt_pipeline_state s JOIN {ds}._dlt_loads l ON s._dlt_load_id = l.load_id
            WHERE l.status = 0 ORDER BY s.version DESC LIMIT 1""",
        )
    except duckdb.CatalogException:
        return None
    if not states:
        return None
    state = json.loads(zlib.decompress(base64.b64decode(states[0])))
    cursor: dict[str, Any] | None = state.get("sources", {}).get("exa_websets", {}).get("exa_websets", {}).get("cursor")
    return cursor


def items_as_listed(client: WebsetsClient, webset_ids: list[str]) -> dict[str, dict[str, Any]]:
    """What list_all says now: each item's key fields and its enrichment results and evaluations."""
    out = {}
    for webset_id in webset_ids:
        for item in client.items.list_all(webset_id):
            body = item.to_dict()
            out[body["id"]] = {
                "webset_id": body["websetId"],
                "url": body["properties"].get("url"),
                "updated_at": _plain(datetime.datetime.fromisoformat(body["updatedAt"])),
                "enrichments": sorted(
                    (
                        e["enrichmentId"],
                        e["status"],
                        json.dumps(e.get("result"), sort_keys=True) if e.get("result") is not None else None,
                    )
                    for e in body.get("enrichments") or ()
                ),
                "evaluations": sorted((e["criterion"], e["satisfied"]) for e in body.get("evaluations") or ()),
            }
    return out


def _rows_if_any(db: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    """The rows, or none when dlt never created the table (no row ever had such a child)."""
    try:
        return db.execute(sql).fetchall()
    except duckdb.CatalogException:
        return []


def items_as_stored(database: Path) -> dict[str, dict[str, Any]]:
    with duckdb.connect(str(database), read_only=True) as db:
        items = {
            r[0]: {"webset_id": r[1], "url": r[2], "updated_at": _plain(r[3]), "enrichments": [], "evaluations": []}
            for r in db.execute(f"SELECT id, webset_id, properties__url, updated_at FROM {DATASET}.items").fetchall()
        }
        for item_id, enrichment_id, status, result in _rows_if_any(
            db, f"SELECT item_id, enrichment_id, status, result FROM {DATASET}.items__enrichments"
        ):
            parsed = json.loads(result) if isinstance(result, str) else result
            items[item_id]["enrichments"].append(
                (enrichment_id, status, json.dumps(parsed, sort_keys=True) if parsed is not None else None)
            )
        for item_id, criterion, satisfied in _rows_if_any(
            db, f"SELECT item_id, criterion, satisfied FROM {DATASET}.items__evaluations"
        ):
            items[item_id]["evaluations"].append((criterion, satisfied))
    for item in items.values():
        item["enrichments"].sort()
        item["evaluations"].sort()
    return items


def ids_as_stored(database: Path, table: str) -> set[str]:
    try:
        return set(column(database, f"SELECT id FROM {{ds}}.{table}"))
    except duckdb.CatalogException:
        return set()
