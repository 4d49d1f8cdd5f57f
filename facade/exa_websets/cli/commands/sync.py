"""sync: load websets into a database (DuckDB by default) and keep it current from the events feed."""

from __future__ import annotations

import argparse
import os
from typing import Any

from .._context import Context, UsageError
from ._arguments import Subcommands

EPILOG = """\
examples:
  exa-websets sync --destination duckdb          # exa_websets.duckdb in this directory, no set-up
  exa-websets sync --webset webset_123 --webset my-external-id
  DESTINATION__POSTGRES__CREDENTIALS=postgresql://u:p@host/db exa-websets sync --destination postgres

Other destinations (BigQuery, Snowflake, filesystem/Parquet...) are dlt's, configured the dlt way
(environment variables or .dlt/secrets.toml); install them with pip install 'dlt[NAME]'.
"""


def register(commands: Subcommands) -> None:
    sync = commands.add_parser(
        "sync",
        help="load websets into a database and keep it current (dlt: DuckDB, Postgres, ...)",
        description="Sync websets, searches, enrichments, items, monitors, runs, imports and events into a "
        "database. The first run reads everything; later runs apply only the events since the last one. "
        "Safe to re-run after a failure or an interruption.",
        epilog=EPILOG,
    )
    sync.add_argument("--destination", default="duckdb", metavar="NAME", help="a dlt destination (default duckdb)")
    sync.add_argument(
        "--webset",
        dest="websets",
        action="append",
        metavar="ID",
        help="sync only this webset (id or external id; repeat for more; default: every webset of the team)",
    )
    sync.add_argument(
        "--pipeline", default="exa_websets", metavar="NAME", help="the dlt pipeline (default exa_websets: NAME.duckdb)"
    )
    sync.add_argument("--dataset", metavar="NAME", help="the dataset (schema) to load into (default NAME_dataset)")
    sync.add_argument("--include-content", action="store_true", help="also load items' page content (large)")
    sync.add_argument(
        "--reconcile",
        action="store_true",
        help="read every item again to remove those deleted since the last run (the API sends no event for them)",
    )
    sync.set_defaults(handler=run_sync)


def run_sync(ctx: Context, args: argparse.Namespace) -> int:
    try:
        from ...sync import sync_websets  # noqa: PLC0415  # dlt is an extra, and slow to import
    except ImportError as error:
        raise UsageError(str(error)) from None
    from dlt.common.destination.exceptions import UnknownDestinationModule  # noqa: PLC0415
    from dlt.pipeline.exceptions import PipelineStepFailed  # noqa: PLC0415

    def progress(table: str, rows: int) -> None:
        if not ctx.json:
            ctx.note(f"{table}: {rows:,} rows")

    # dlt's schema-inference warnings (a column with no value yet) are noise here; RUNTIME__LOG_LEVEL still rules.
    quiet = "RUNTIME__LOG_LEVEL" not in os.environ
    if quiet:
        os.environ["RUNTIME__LOG_LEVEL"] = "ERROR"
    try:
        report = sync_websets(
            ctx.client,
            destination=args.destination,
            webset_ids=args.websets,
            include_content=args.include_content,
            reconcile=args.reconcile,
            pipeline_name=args.pipeline,
            dataset_name=args.dataset,
            on_progress=progress,
        )
    except UnknownDestinationModule as error:
        raise UsageError(f"unknown destination {args.destination!r}: {error}") from None
    except ValueError as error:
        raise UsageError(str(error)) from None
    except PipelineStepFailed as error:  # (an API error arrives as the SDK's own: exit 1 with status, request id)
        ctx.error(f"the {error.step} step failed: {error.exception}")
        return 1
    finally:
        if quiet:
            del os.environ["RUNTIME__LOG_LEVEL"]
    for notice in report.notices:
        ctx.note(notice)
    if ctx.json:
        ctx.emit(report.to_dict())
        return 0
    loaded: dict[str, Any] = report.rows_loaded
    rows = ", ".join(f"{table} {n:,}" for table, n in loaded.items()) or "nothing new"
    ctx.say(f"loaded into {report.destination} ({report.dataset}): {rows}")
    ctx.say(
        f"events applied: {report.events_applied:,}; websets read in full: {len(report.backfilled)}; "
        f"websets deleted: {len(report.deleted_websets)}; cursor: {report.cursor or 'none (no events yet)'}"
    )
    return 0
