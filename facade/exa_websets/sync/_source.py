"""The dlt source: websets, searches, enrichments, items, monitors, monitor runs, imports and events.

One run makes one plan (``_SyncRun.plan``), shared by every resource: which websets to backfill through
``list_all`` (first run, newly selected, or after the events feed lost track) and which changes to replay from the
events read since the cursor. Rows merge on ``id``; deletions are rows with dlt's ``hard_delete`` marker. The cursor
is written into dlt's source state, which dlt commits in the same load package as the rows: a run that fails or is
killed before its package is loaded leaves the cursor where the loaded rows are, and the next run reads again.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import dlt
from dlt.common.schema.typing import TMergeDispositionDict, TTableSchemaColumns
from dlt.extract.resource import DltResource
from dlt.extract.source import DltSource

from .._errors import NotFoundError
from .._logging import logger
from .._sync.client import WebsetsClient
from . import _rows as rows
from ._cursor import DEFAULT_OVERLAP, EVENT_RETENTION, SyncCursor, advance

# Tables and their keys: everything merges on the API's id (events too: a replayed event is stored once).
TABLES = ("websets", "searches", "enrichments", "items", "monitors", "monitor_runs", "imports", "events")
_MERGE: TMergeDispositionDict = {"disposition": "merge", "strategy": "delete-insert"}
_DELETABLE: TTableSchemaColumns = {rows.DELETED: {"name": rows.DELETED, "data_type": "bool", "hard_delete": True}}
# Where the plan keeps its memory between runs, inside dlt's source state.
_STATE_KEY = "exa_websets"

Progress = Callable[[str, int], None]
StoredIds = Callable[[str, str, str], set[str]]


@dataclass
class SyncSummary:
    """What one run of the source did (filled while it runs; read it after ``pipeline.run``)."""

    backfilled: list[str] = field(default_factory=list)  # websets read whole through list_all
    deleted_websets: list[str] = field(default_factory=list)
    events_read: int = 0
    events_applied: int = 0  # events not applied by an earlier run
    cursor: str | None = None  # the newest event applied, ISO 8601
    cursor_event_id: str | None = None
    expired: bool = False  # the cursor was older than the API keeps events: the selection was read again
    notices: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # rows yielded per table (tombstones included)


@dataclass
class _Plan:
    websets: list[dict[str, Any]]
    known_before: set[str]
    backfill: list[str]
    deleted: dict[str, dict[str, Any] | None]  # webset id -> its last state when an event carried it
    descriptions: dict[str, str | None]
    items: dict[str, dict[str, Any]]
    reread_items: dict[str, str]  # item id -> webset id: late events, read the item again
    monitors: dict[str, dict[str, Any]]
    deleted_monitors: set[str]
    runs: dict[str, dict[str, Any]]
    imports: dict[str, dict[str, Any]]
    read_imports: bool
    events: list[dict[str, Any]]
    monitor_websets: dict[str, str]
    cursor: SyncCursor | None
    backfill_monitors: list[dict[str, Any]] = field(default_factory=list)


def _webset_of(event: Mapping[str, Any], monitor_websets: Mapping[str, str]) -> str | None:
    data = event.get("data")
    if not isinstance(data, Mapping):
        return None
    kind = str(event["type"])
    if kind in ("webset.created", "webset.deleted", "webset.idle", "webset.paused"):
        return str(data["id"])
    if kind.startswith("monitor.run."):
        return monitor_websets.get(str(data.get("monitorId")))
    webset_id = data.get("websetId")
    return str(webset_id) if webset_id else None


def _default_stored_ids(table: str, column: str, value: str) -> set[str]:
    """Ids stored in the destination (read back through dlt's SQL client): what a deletion has to remove."""
    from dlt.destinations.exceptions import DatabaseUndefinedRelation  # noqa: PLC0415  # only when a run deletes

    pipeline = dlt.current.pipeline()
    try:
        with pipeline.sql_client() as client:
            table_name = client.make_qualified_table_name(table)
            found = client.execute_sql(f"SELECT id FROM {table_name} WHERE {column} = %s", value)  # noqa: S608  # names from dlt
    except DatabaseUndefinedRelation:
        return set()
    return {str(row[0]) for row in found or ()}


@dataclass(frozen=True)
class SourceOptions:
    """What the source syncs and how: the options ``websets_source`` and ``sync_websets`` share, checked when made.

    ``webset_ids`` (ids or external ids; None: every webset) narrows the selection; ``include_content`` keeps
    ``properties.content`` (off: it dominates the size); ``reconcile`` reads every selected webset's items again to
    find items deleted since the last run (the API sends no event for those); ``overlap`` is how far back each run
    reads events again; ``on_progress`` gets (table, rows so far)."""

    webset_ids: Sequence[str] | None = None
    include_content: bool = False
    reconcile: bool = False
    overlap: datetime.timedelta = DEFAULT_OVERLAP
    on_progress: Progress | None = None

    def __post_init__(self) -> None:
        webset_ids = self.webset_ids
        if webset_ids is not None:
            if isinstance(webset_ids, str) or not all(isinstance(w, str) and w.strip() for w in webset_ids):
                raise ValueError("webset_ids must be a list of non-empty webset ids or external ids")
            if not webset_ids:
                raise ValueError("webset_ids is empty: pass None to sync every webset")
        if not datetime.timedelta(0) <= self.overlap < EVENT_RETENTION:
            raise ValueError("overlap must be >= 0 and shorter than the API's event retention (60 days)")


class _SyncRun:
    def __init__(self, client: WebsetsClient, options: SourceOptions) -> None:
        self.client = client
        self.options = options
        self.stored_ids: StoredIds = _default_stored_ids
        self.summary = SyncSummary()
        self._plan: _Plan | None = None

    # --- the plan ---------------------------------------------------------------------------------------------

    @property
    def plan(self) -> _Plan:
        if self._plan is None:
            self._plan = self._make_plan()
        return self._plan

    def _state(self) -> dict[str, Any]:
        state: dict[str, Any] = dlt.current.source_state().setdefault(_STATE_KEY, {})
        return state

    def _selected_websets(self, known: set[str]) -> tuple[list[dict[str, Any]], set[str]]:
        """The selected websets as they are now, and the known ones that are gone."""
        if self.options.webset_ids is None:
            current = [w.to_dict() for w in self.client.websets.list_all()]
            return current, known - {w["id"] for w in current}
        current, gone = [], set()
        for webset_id in self.options.webset_ids:
            try:
                current.append(self.client.websets.get(webset_id).to_dict())
            except NotFoundError:
                if webset_id not in known:
                    raise
                gone.add(webset_id)
        return current, gone

    def _cursor_lost(self, cursor: SyncCursor) -> bool:
        """True when the API no longer has the newest event applied: it deletes events oldest first after the
        retention, so while that one is kept, every later one is too. (The API's clock decides, not this one's.)"""
        try:
            self.client.events.get(cursor.event_id)
        except NotFoundError:
            return True
        return False

    def _make_plan(self) -> _Plan:
        state = self._state()
        known = set(state.get("websets", ()))
        monitor_websets: dict[str, str] = dict(state.get("monitors", {}))
        cursor = SyncCursor.from_state(state.get("cursor"), overlap=self.options.overlap)
        websets, gone = self._selected_websets(known)
        current_ids = [w["id"] for w in websets]
        if self.options.webset_ids is not None:
            known &= set(current_ids) | gone  # a webset left out of the selection is read whole if it comes back
        if cursor is not None and self._cursor_lost(cursor):
            self.summary.expired = True
            self.summary.notices.append(
                f"the cursor (event {cursor.event_id} of {cursor.created_at.isoformat()}) is past the API's "
                f"{EVENT_RETENTION.days}-day event retention: events may be missing, so the selected websets are "
                "read again in full"
            )
            logger.warning(self.summary.notices[-1])
            cursor = None
        fresh: list[dict[str, Any]] = []
        if cursor is None:
            backfill = list(current_ids)
            # Events from here on are the next run's; those up to the newest (and within the overlap before it, which
            # the next run reads again) are covered by the backfill that follows.
            head = self.client.events.list(limit=1).data
            covered = [e.to_dict() for e in head]
            if head:
                window = self.client.events.list_all(created_after=head[0].created_at - self.options.overlap, limit=200)
                covered = [e.to_dict() for e in window] or covered
            new_cursor = advance(None, list(reversed(covered)), overlap=self.options.overlap)
        else:
            backfill = [w for w in current_ids if self.options.reconcile or w not in known]
            listed = [e.to_dict() for e in self.client.events.list_all(created_after=cursor.since, limit=200)]
            self.summary.events_read = len(listed)
            fresh = [dict(e) for e in cursor.fresh(listed)]
            new_cursor = cursor.advanced(fresh)
        plan = _Plan(
            websets=websets,
            known_before=known,
            backfill=backfill,
            deleted={w: None for w in gone},
            descriptions={},
            items={},
            reread_items={},
            monitors={},
            deleted_monitors=set(),
            runs={},
            imports={},
            read_imports=self.options.webset_ids is None and cursor is None,
            events=[],
            monitor_websets=monitor_websets,
            cursor=new_cursor,
        )
        for webset in websets:
            plan.descriptions.update(rows.enrichment_descriptions(webset))
        for webset_id in backfill:  # a few requests per webset; their runs are read by the monitor_runs resource
            for monitor in self.client.monitors.list_all(webset_id=webset_id, limit=200):
                plan.backfill_monitors.append(monitor.to_dict())
                plan.monitor_websets[monitor.id] = webset_id
        self._replay(plan, fresh, cursor, set(current_ids))
        self.summary.backfilled = list(backfill)
        self.summary.deleted_websets = sorted(plan.deleted)
        return plan

    def _replay(self, plan: _Plan, fresh: list[dict[str, Any]], cursor: SyncCursor | None, current: set[str]) -> None:
        """Turn the events not applied yet (oldest first) into the changes they stand for."""
        backfill = set(plan.backfill)
        everything = self.options.webset_ids is None
        for event in fresh:
            kind, data = str(event["type"]), event.get("data")
            monitor_event = kind in ("monitor.created", "monitor.updated", "monitor.deleted")
            if monitor_event and isinstance(data, Mapping) and data.get("websetId"):
                plan.monitor_websets[str(data["id"])] = str(data["websetId"])
            webset_id = _webset_of(event, plan.monitor_websets)
            in_scope = webset_id in current or webset_id in plan.deleted or webset_id in plan.known_before
            if webset_id is None:
                in_scope = everything
            elif everything and kind == "webset.created":
                in_scope = True
            if not in_scope:
                continue
            plan.events.append(rows.event_row(event, webset_id))
            if not isinstance(data, Mapping) or (webset_id in backfill and kind != "webset.deleted"):
                continue  # a webset read whole in this run: list_all is newer than its events
            self._apply(
                plan,
                kind=kind,
                data=dict(data),
                webset_id=str(webset_id) if webset_id else None,
                cursor=cursor,
                event=event,
            )
        self.summary.events_applied = len(plan.events)

    def _apply(
        self,
        plan: _Plan,
        *,
        kind: str,
        data: dict[str, Any],
        webset_id: str | None,
        cursor: SyncCursor | None,
        event: Mapping[str, Any],
    ) -> None:
        if kind == "webset.deleted" and webset_id is not None:
            plan.deleted[webset_id] = data
            plan.items = {k: v for k, v in plan.items.items() if v.get("websetId") != webset_id}
            plan.reread_items = {k: v for k, v in plan.reread_items.items() if v != webset_id}
        elif kind in ("webset.item.created", "webset.item.enriched") and webset_id not in plan.deleted:
            item_id = str(data["id"])
            if cursor is not None and cursor.is_late(event):  # may be older than what is stored: read it again
                plan.items.pop(item_id, None)
                plan.reread_items[item_id] = str(webset_id)
            else:
                plan.items[item_id] = data
                plan.reread_items.pop(item_id, None)
        elif kind in ("monitor.created", "monitor.updated"):
            plan.monitors[str(data["id"])] = data
            plan.deleted_monitors.discard(str(data["id"]))
        elif kind == "monitor.deleted":
            plan.monitors.pop(str(data["id"]), None)
            plan.deleted_monitors.add(str(data["id"]))
        elif kind.startswith("monitor.run."):
            plan.runs[str(data["id"])] = data
        elif kind.startswith("import."):
            plan.imports[str(data["id"])] = data

    # --- the resources ----------------------------------------------------------------------------------------

    def _emit(self, table: str, produced: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Yield ``produced``, counting it, and telling ``on_progress`` every 1,000 rows and at the end."""
        count = 0
        for row in produced:
            count += 1
            self.summary.rows[table] = count
            if self.options.on_progress is not None and count % 1000 == 0:
                self.options.on_progress(table, count)
            yield row
        self.summary.rows[table] = count
        if self.options.on_progress is not None:
            self.options.on_progress(table, count)

    def _stale(self, table: str, column: str, parent: str, keep: Iterable[str]) -> Iterator[dict[str, Any]]:
        kept = set(keep)
        for stale in sorted(self.stored_ids(table, column, parent) - kept):
            yield rows.tombstone(stale)

    def websets_rows(self) -> Iterator[dict[str, Any]]:
        plan = self.plan
        produced = [rows.webset_row(w) for w in plan.websets]
        produced += [rows.tombstone(w) for w in plan.deleted]
        yield from self._emit("websets", produced)

    def _children(
        self, table: str, build: Callable[[Mapping[str, Any]], list[dict[str, Any]]]
    ) -> Iterator[dict[str, Any]]:
        plan = self.plan
        for webset in plan.websets:
            children = build(webset)
            yield from children
            if webset["id"] in plan.known_before:  # removed since the last run (an enrichment deleted, say)
                yield from self._stale(table, "webset_id", webset["id"], (c["id"] for c in children))
        for webset_id in plan.deleted:
            yield from self._stale(table, "webset_id", webset_id, ())

    def searches_rows(self) -> Iterator[dict[str, Any]]:
        yield from self._emit("searches", self._children("searches", rows.search_rows))

    def enrichments_rows(self) -> Iterator[dict[str, Any]]:
        yield from self._emit("enrichments", self._children("enrichments", rows.enrichment_rows))

    def _item_rows(self) -> Iterator[dict[str, Any]]:
        plan = self.plan
        descriptions = plan.descriptions
        for webset_id in plan.backfill:
            listed: set[str] | None = set() if webset_id in plan.known_before else None
            for item in self.client.items.list_all(webset_id, limit=100):
                row = rows.item_row(item.to_dict(), descriptions, include_content=self.options.include_content)
                if listed is not None:
                    listed.add(row["id"])
                yield row
            if listed is not None:  # read again: what is stored but no longer listed was deleted
                yield from self._stale("items", "webset_id", webset_id, listed)
        for changed in plan.items.values():
            yield rows.item_row(changed, descriptions, include_content=self.options.include_content)
        for item_id, webset_id in plan.reread_items.items():
            try:
                again = self.client.items.get(webset_id, item_id).to_dict()
            except NotFoundError:
                yield rows.tombstone(item_id)
            else:
                yield rows.item_row(again, descriptions, include_content=self.options.include_content)
        for webset_id in plan.deleted:
            yield from self._stale("items", "webset_id", webset_id, ())

    def items_rows(self) -> Iterator[dict[str, Any]]:
        yield from self._emit("items", self._item_rows())

    def _monitor_rows(self) -> Iterator[dict[str, Any]]:
        plan = self.plan
        for webset_id in plan.backfill:
            found = [m for m in plan.backfill_monitors if m["websetId"] == webset_id]
            yield from found
            if webset_id in plan.known_before:
                yield from self._stale("monitors", "webset_id", webset_id, (m["id"] for m in found))
        yield from plan.monitors.values()
        yield from (rows.tombstone(m) for m in sorted(plan.deleted_monitors))
        for webset_id in plan.deleted:
            yield from self._stale("monitors", "webset_id", webset_id, ())

    def monitors_rows(self) -> Iterator[dict[str, Any]]:
        yield from self._emit("monitors", self._monitor_rows())

    def _run_rows(self) -> Iterator[dict[str, Any]]:
        plan = self.plan
        for monitor in plan.backfill_monitors:
            yield from (r.to_dict() for r in self.client.monitors.runs.list_all(monitor["id"]))
        yield from plan.runs.values()
        gone = set(plan.deleted_monitors)
        gone |= {m for m, w in plan.monitor_websets.items() if w in plan.deleted}
        for monitor_id in sorted(gone):
            yield from self._stale("monitor_runs", "monitor_id", monitor_id, ())

    def monitor_runs_rows(self) -> Iterator[dict[str, Any]]:
        yield from self._emit("monitor_runs", self._run_rows())

    def _import_rows(self) -> Iterator[dict[str, Any]]:
        plan = self.plan
        if plan.read_imports:
            yield from (i.to_dict() for i in self.client.imports.list_all(limit=200))
        yield from plan.imports.values()

    def imports_rows(self) -> Iterator[dict[str, Any]]:
        yield from self._emit("imports", self._import_rows())

    def events_rows(self) -> Iterator[dict[str, Any]]:
        """The events applied; then the cursor, written to the state that dlt loads with these rows."""
        plan = self.plan
        yield from self._emit("events", plan.events)
        state = self._state()
        selected = {w["id"] for w in plan.websets}
        state["websets"] = sorted(selected)
        state["monitors"] = {m: w for m, w in plan.monitor_websets.items() if w in selected}
        if plan.cursor is not None:
            state["cursor"] = plan.cursor.to_state()
            self.summary.cursor = plan.cursor.created_at.isoformat()
            self.summary.cursor_event_id = plan.cursor.event_id


def build_source(client: WebsetsClient, options: SourceOptions) -> tuple[DltSource, SyncSummary]:
    """A dlt source of the team's websets (or of ``options.webset_ids``) through ``client``, and the summary it
    fills in while it is extracted.

    The first run reads everything through ``list_all``; later runs replay the events created since the cursor
    (kept in dlt's state)."""
    run = _SyncRun(client, options)

    def resource(name: str, produce: Callable[[], Iterator[dict[str, Any]]], *, deletable: bool = True) -> DltResource:
        return dlt.resource(
            produce(), name=name, write_disposition=_MERGE, primary_key="id", columns=_DELETABLE if deletable else {}
        )

    @dlt.source(name="exa_websets", max_table_nesting=1)
    def exa_websets() -> list[DltResource]:
        return [
            resource("websets", run.websets_rows),
            resource("searches", run.searches_rows),
            resource("enrichments", run.enrichments_rows),
            resource("items", run.items_rows),
            resource("monitors", run.monitors_rows),
            resource("monitor_runs", run.monitor_runs_rows),
            resource("imports", run.imports_rows),
            resource("events", run.events_rows, deletable=False),
        ]

    return exa_websets(), run.summary
