"""monitor create, monitor runs: re-run a webset's search on a schedule, and see how the runs went."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._format import text, when
from .._tables import Column, PagedTable
from ._arguments import Subcommands, add_search_arguments, search_parameters

RUN_COLUMNS = [
    Column("id", 36, shrink=False),
    Column("status", 9, shrink=False),
    Column("type", 7, shrink=False),
    Column("created (UTC)", 19, shrink=False),
    Column("finished (UTC)", 19, shrink=False),
    Column("failure", 24),
]


def register(commands: Subcommands) -> None:
    group = commands.add_parser(
        "monitor",
        help="schedule a webset's search, list a monitor's runs",
        description="Monitors: a webset's search, re-run on a schedule.",
    )
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        help="re-run a search in a webset on a cron schedule",
        description="Create a monitor: on each --cron tick (5 fields, at most once a day) it runs a search in the "
        "webset, by default the webset's last search, and appends what it finds.",
        epilog='example:\n  exa-websets monitor create webset_123 --cron "0 9 * * 1" --timezone Europe/Paris --count 5',
    )
    create.add_argument("webset_id", metavar="ID", help="the webset's id")
    create.add_argument("--cron", required=True, metavar="EXPR", help='when to run, e.g. "0 9 * * 1" (Mondays 9:00)')
    create.add_argument("--timezone", metavar="TZ", help="the cron's IANA time zone (default Etc/UTC)")
    add_search_arguments(create, query_required=False, count_default=10)
    create.add_argument(
        "--behavior",
        choices=("append", "override"),
        default="append",
        help="append (default): new results join the items; override: they replace them",
    )
    create.set_defaults(handler=create_monitor)

    runs = actions.add_parser(
        "runs",
        help="list a monitor's runs",
        description="List a monitor's runs: when each started and finished, and why a failed one failed.",
        epilog="example:\n  exa-websets monitor runs monitor_123",
    )
    runs.add_argument("monitor_id", metavar="MONITOR_ID", help="the monitor's id")
    runs.set_defaults(handler=list_runs)


def create_monitor(ctx: Context, args: argparse.Namespace) -> int:
    cadence = {"cron": args.cron} | ({"timezone": args.timezone} if args.timezone else {})
    config: dict[str, Any] = {**search_parameters(args), "behavior": args.behavior}
    monitor = ctx.client.monitors.create(
        webset_id=args.webset_id, cadence=cadence, behavior={"type": "search", "config": config}
    )
    schedule = f'"{monitor.cadence.cron}" {text(monitor.cadence.timezone)}'
    ctx.result(
        monitor,
        f"created monitor {monitor.id} for webset {monitor.webset_id} ({text(monitor.status)}): {schedule}, "
        f"next run {when(monitor.next_run_at)} UTC",
    )
    return 0


def list_runs(ctx: Context, args: argparse.Namespace) -> int:
    table = PagedTable(ctx.out, RUN_COLUMNS)
    for page in ctx.client.monitors.runs.list_all(args.monitor_id).iter_pages():
        if ctx.json:
            for run in page.data:
                ctx.emit(run)
            continue
        table.add_page(
            [
                run.id,
                text(run.status),
                text(run.type_),
                when(run.created_at),
                when(run.completed_at or run.failed_at or run.canceled_at),
                text(run.failed_reason),
            ]
            for run in page.data
        )
    if not ctx.json and table.rows == 0:
        ctx.note(f"monitor {args.monitor_id} has not run yet")
    return 0
