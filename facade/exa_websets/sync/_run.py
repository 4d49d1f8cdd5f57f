"""``sync_websets``: one dlt pipeline run of the source, and what it did."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import dlt
from dlt.common.destination import Destination, TLoaderFileFormat
from dlt.common.pipeline import get_dlt_pipelines_dir
from dlt.pipeline.exceptions import PipelineStepFailed

from .._errors import ExaWebsetsError
from .._sync.client import WebsetsClient
from ._cursor import DEFAULT_OVERLAP
from ._source import Progress, SourceOptions, build_source

DEFAULT_PIPELINE = "exa_websets"
# dlt's defaults buffer 5,000 rows per table in extract and normalize and write one file per table whatever its size,
# so both steps and each load job hold a share of the rows that grows with the webset. Smaller buffers and files keep
# the sync's memory flat in the number of items; set only where the user's dlt config says nothing.
WRITER_DEFAULTS: dict[str, Any] = {"data_writer.buffer_max_items": 1000, "data_writer.file_max_items": 2000}
# The embedded DuckDB default: one thread and a bounded buffer pool (DuckDB takes 80% of RAM otherwise, and keeps what
# it read while loading); without insertion order it streams INSERT ... SELECT instead of holding it. (Measured by
# ``python -m bench.sync``.)
DUCKDB_DEFAULTS: dict[str, Any] = {"memory_limit": "64MB", "threads": 1, "preserve_insertion_order": False}
_DUCKDB_CONFIG = "destination.duckdb.credentials.global_config"


@dataclass(frozen=True)
class SyncReport:
    """One sync: rows loaded per table, events applied, where the cursor is, and anything to know."""

    pipeline: str
    destination: str
    dataset: str
    rows_loaded: dict[str, int]
    events_read: int
    events_applied: int
    cursor: str | None
    cursor_event_id: str | None
    backfilled: list[str]
    deleted_websets: list[str]
    cursor_expired: bool
    notices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _api_error(failed: BaseException) -> ExaWebsetsError | None:
    """The SDK error a dlt step failed on, through dlt's wrappers (``PipelineStepFailed`` > extraction error > ...)."""
    seen: BaseException | None = failed
    for _ in range(10):
        if seen is None or isinstance(seen, ExaWebsetsError):
            return seen
        seen = getattr(seen, "exception", None) or seen.__cause__ or seen.__context__
    return None


def _fast_format(pipeline: dlt.Pipeline) -> TLoaderFileFormat | None:
    """A bulk format the destination loads directly (DuckDB: jsonl, about 10x faster than dlt's default of INSERT
    statements there; Postgres: csv through COPY); None leaves dlt's choice."""
    if pipeline.destination is None:
        return None
    supported = pipeline.destination.capabilities().supported_loader_file_formats
    return next((f for f in ("jsonl", "csv") if f in supported), None)


def _memory_defaults(pipeline: dlt.Pipeline) -> tuple[dict[str, Any], dict[str, Any]]:
    """The settings of ``WRITER_DEFAULTS`` (and for DuckDB ``DUCKDB_DEFAULTS``) that no dlt provider sets: plain
    config, and credentials (which dlt keeps with the secrets)."""
    config = dict(WRITER_DEFAULTS)
    secrets: dict[str, Any] = {}
    if pipeline.destination is not None and pipeline.destination.destination_type.endswith(".duckdb"):
        config["load.workers"] = 1  # one embedded database, one thread: parallel jobs would only add buffers
        if dlt.secrets.get(_DUCKDB_CONFIG) is None:
            secrets[_DUCKDB_CONFIG] = DUCKDB_DEFAULTS
    return {key: value for key, value in config.items() if dlt.config.get(key) is None}, secrets


def sync_websets(
    client: WebsetsClient,
    *,
    destination: str | Destination[Any, Any] = "duckdb",
    webset_ids: Sequence[str] | None = None,
    include_content: bool = False,
    reconcile: bool = False,
    pipeline_name: str = DEFAULT_PIPELINE,
    dataset_name: str | None = None,
    pipelines_dir: str | None = None,
    overlap: datetime.timedelta = DEFAULT_OVERLAP,
    on_progress: Progress | None = None,
) -> SyncReport:
    """Sync websets into ``destination`` (a dlt destination name or object, configured the dlt way: ``duckdb``
    writes ``<pipeline_name>.duckdb`` in the working directory) and report what was loaded.

    The first run backfills; later runs apply the events since the cursor. Re-running after a failure or a kill is
    safe: dlt loads what an interrupted run left pending, rows merge on id, and the cursor moves only with the rows.
    An API failure the client's retries did not overcome raises the SDK's error (``APIStatusError``...); nothing of
    that run is loaded and the cursor stays put.
    """
    if not pipeline_name or not pipeline_name.replace("_", "").isalnum():
        raise ValueError(f"pipeline_name must be letters, digits and underscores, not {pipeline_name!r}")
    options = SourceOptions(
        webset_ids=webset_ids,
        include_content=include_content,
        reconcile=reconcile,
        overlap=overlap,
        on_progress=on_progress,
    )
    source, summary = build_source(client, options)
    pipeline = dlt.pipeline(
        pipeline_name=pipeline_name,
        destination=destination,
        dataset_name=dataset_name or f"{pipeline_name}_dataset",  # dlt's naming; DuckDB needs it unlike the file
        pipelines_dir=pipelines_dir or get_dlt_pipelines_dir(),
    )
    try:
        config, secrets = _memory_defaults(pipeline)
        with dlt.config.values(config), dlt.secrets.values(secrets):  # this run only: the config is restored after
            if pipeline.has_pending_data:  # an interrupted run's package: load it first (dlt would skip new data else)
                pipeline.run().raise_on_failed_jobs()
            fast = _fast_format(pipeline)
            (pipeline.run(source, loader_file_format=fast) if fast else pipeline.run(source)).raise_on_failed_jobs()
    except PipelineStepFailed as failed:
        api_error = _api_error(failed)
        if api_error is not None:  # the API said no (after the client's retries): the SDK's typed error
            raise api_error from failed
        raise
    trace = pipeline.last_trace
    normalized = trace.last_normalize_info if trace is not None else None
    counts = dict(normalized.row_counts) if normalized is not None else {}
    loaded = {table: n for table, n in sorted(counts.items()) if not table.startswith("_dlt")}
    return SyncReport(
        pipeline=pipeline_name,
        destination=pipeline.destination.destination_name if pipeline.destination else "",
        dataset=pipeline.dataset_name,
        rows_loaded=loaded,
        events_read=summary.events_read,
        events_applied=summary.events_applied,
        cursor=summary.cursor,
        cursor_event_id=summary.cursor_event_id,
        backfilled=summary.backfilled,
        deleted_websets=summary.deleted_websets,
        cursor_expired=summary.expired,
        notices=summary.notices,
    )
