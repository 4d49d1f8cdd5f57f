"""create, get, list, cancel, delete: websets themselves."""

from __future__ import annotations

import argparse
from itertools import islice

from exa_websets_api.models import Webset
from rich import box
from rich.table import Table
from rich.text import Text

from ..._exit_codes import INTERRUPTED
from ...waiting.judges import as_webset
from .._context import Context, UsageError
from .._format import duration, found_items, text, when
from .._progress import WaitDisplay
from .._tables import Column, PagedTable
from ._arguments import (
    CREATE_ENRICHMENT_FORMATS,
    Subcommands,
    add_search_arguments,
    enrichment_spec,
    positive_int,
    search_parameters,
    seconds,
    webset_command,
)

WEBSET_COLUMNS = [
    Column("id", 31, shrink=False),
    Column("status", 7, shrink=False),
    Column("title", 40),
    Column("items", 5, shrink=False),
    Column("created (UTC)", 16, shrink=False),
]


def register(commands: Subcommands) -> None:
    create = commands.add_parser(
        "create",
        help="create a webset from a search (and optionally wait until it is idle)",
        description="Create a webset: a search for --count items matching --query, with optional criteria and "
        "enrichments. With --wait, show its progress until it is idle; Ctrl-C stops waiting (and, at a terminal, "
        "offers to cancel the webset).",
        epilog="examples:\n"
        '  exa-websets create --query "AI labs in Europe" --count 20 --wait\n'
        '  exa-websets create --query "Seed-stage fintechs" --criterion "raised a seed round in 2025" \\\n'
        '      --enrichment "CEO name" --enrichment "Founded:number" --entity company',
    )
    add_search_arguments(create, query_required=True, count_default=10)
    create.add_argument(
        "--enrichment",
        action="append",
        type=enrichment_spec,
        metavar="'DESCRIPTION[:FORMAT]'",
        help="a column to research for every item, e.g. 'CEO name' or 'Founded:number' (repeatable; "
        f"formats: {', '.join(CREATE_ENRICHMENT_FORMATS)}; an unknown one is refused)",
    )
    create.add_argument("--external-id", metavar="ID", help="your own id for it (makes a retried create safe)")
    create.add_argument("--wait", action="store_true", help="show progress until the webset is idle")
    create.add_argument(
        "--timeout",
        type=seconds,
        default=3600,
        metavar="SECONDS",
        help="with --wait: give up after this long (default 3600; exit code 1)",
    )
    create.set_defaults(handler=create_webset)

    webset_command(
        commands,
        "get",
        get_webset,
        help="show a webset: status, searches, enrichments, monitors",
        description="Show one webset by id or external id.",
    )

    listing = commands.add_parser(
        "list", help="list websets, newest first", description="List websets, newest first, a page at a time."
    )
    listing.add_argument("--limit", type=positive_int, metavar="N", help="show at most N websets (default: all)")
    listing.set_defaults(handler=list_websets)

    webset_command(
        commands,
        "cancel",
        cancel_webset,
        help="stop a webset's running searches and enrichments",
        description="Cancel a webset's running searches and enrichments (its items stay).",
    )

    delete = webset_command(
        commands,
        "delete",
        delete_webset,
        help="delete a webset and its items (asks first)",
        description="Delete a webset and all its items, for good. Asks for confirmation; without a terminal to ask "
        "at, it refuses (exit code 2) unless --yes is given.",
        epilog="example:\n  exa-websets delete webset_123 --yes",
    )
    delete.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")


def create_webset(ctx: Context, args: argparse.Namespace) -> int:
    webset = ctx.client.websets.create(
        search=search_parameters(args), enrichments=args.enrichment, external_id=args.external_id
    )
    if not args.wait:
        ctx.result(webset, f'created webset {webset.id} ({text(webset.status)}): "{args.query}", {args.count} items')
        return 0
    ctx.note(f"created webset {webset.id}; waiting until it is idle (Ctrl-C stops waiting)")
    return wait_until_idle(ctx, webset.id, timeout=args.timeout)


def wait_until_idle(ctx: Context, webset_id: str, *, timeout: float) -> int:
    try:
        with WaitDisplay(ctx.err) as display:
            webset = ctx.client.websets.wait_until_idle(webset_id, deadline=timeout, on_progress=display.update)
    except KeyboardInterrupt:
        return _stopped_waiting(ctx, webset_id)
    if ctx.json:
        ctx.emit(webset)
    else:
        took = f" after {duration(display.last.elapsed)}" if display.last else ""
        ctx.say(f"webset {webset.id} is idle: {found_items(webset)} items{took}")
    return 0


def _stopped_waiting(ctx: Context, webset_id: str) -> int:
    """Ctrl-C while waiting ends the wait, not the webset: at a terminal, offer to cancel it; else say how to."""
    ctx.err.print()
    ctx.note("stopped waiting")
    if ctx.runtime.is_interactive and ctx.confirm(f"Cancel webset {webset_id} (its running searches stop for good)?"):
        canceled = ctx.client.websets.cancel(webset_id)
        ctx.note(f"canceled webset {canceled.id} ({text(canceled.status)})")
    else:
        ctx.note(
            f"webset {webset_id} keeps running: see it with `exa-websets get {webset_id}`, "
            f"stop it with `exa-websets cancel {webset_id}`"
        )
    return INTERRUPTED


def get_webset(ctx: Context, args: argparse.Namespace) -> int:
    found = ctx.client.websets.get(args.webset_id)
    if ctx.json:
        ctx.emit(found)
    else:
        _show(ctx, as_webset(found))
    return 0


def _show(ctx: Context, webset: Webset) -> None:
    title = f' "{webset.title}"' if webset.title else ""
    ctx.out.print(Text.assemble((f"webset {webset.id}", "bold"), f" · {text(webset.status)}{title}"))
    facts = [f"{found_items(webset)} items", f"created {when(webset.created_at)} UTC"]
    if webset.external_id:
        facts.insert(0, f"external id {webset.external_id}")
    ctx.say("  " + " · ".join(facts))
    sections: list[tuple[str, list[str], list[list[str]]]] = [
        (
            "searches",
            ["id", "status", "query", "found", "done"],
            [
                [s.id, text(s.status), s.query, text(s.progress.found), f"{s.progress.completion:.0f}%"]
                for s in webset.searches
            ],
        ),
        (
            "enrichments",
            ["id", "status", "description", "format"],
            [[e.id, text(e.status), e.description, text(e.format_)] for e in webset.enrichments],
        ),
        (
            "monitors",
            ["id", "status", "cron", "next run (UTC)"],
            [[m.id, text(m.status), m.cadence.cron, text(m.next_run_at)] for m in webset.monitors],
        ),
    ]
    for name, headers, rows in sections:
        if rows:
            table = Table(title=name, title_justify="left", header_style="bold", box=box.SIMPLE_HEAD, show_edge=False)
            for header in headers:
                table.add_column(header, overflow="fold")  # fold, not "…": ids must stay whole to be copied
            for row in rows:
                table.add_row(*(Text(cell) for cell in row))
            ctx.out.print(table)


def list_websets(ctx: Context, args: argparse.Namespace) -> int:
    table = PagedTable(ctx.out, WEBSET_COLUMNS)
    remaining = args.limit
    for page in ctx.client.websets.list_all().iter_pages():
        websets = page.data if remaining is None else list(islice(page.data, remaining))
        if ctx.json:
            for webset in websets:
                ctx.emit(webset)
        else:
            table.add_page(
                [w.id, text(w.status), w.title or "", str(found_items(w)), when(w.created_at)[:16]] for w in websets
            )
        if remaining is not None:
            remaining -= len(websets)
            if remaining <= 0:
                break
    if not ctx.json and table.rows == 0:
        ctx.note("no websets")
    return 0


def cancel_webset(ctx: Context, args: argparse.Namespace) -> int:
    webset = ctx.client.websets.cancel(args.webset_id)
    ctx.result(webset, f"canceled webset {webset.id} ({text(webset.status)}, {found_items(webset)} items kept)")
    return 0


def delete_webset(ctx: Context, args: argparse.Namespace) -> int:
    if not args.yes and not _confirmed_delete(ctx, args.webset_id):
        ctx.note("not deleted")
        return 1
    webset = ctx.client.websets.delete(args.webset_id)
    ctx.result(webset, f"deleted webset {webset.id}")
    return 0


def _confirmed_delete(ctx: Context, webset_id: str) -> bool:
    if not ctx.runtime.is_interactive:
        raise UsageError(
            f"not deleting webset {webset_id} without confirmation: pass --yes (there is no terminal to ask at)"
        )
    webset = as_webset(ctx.client.websets.get(webset_id))  # say what would go, and fail early if it does not exist
    title = f' "{webset.title}"' if webset.title else ""
    return ctx.confirm(f"Delete webset {webset.id}{title} and its {found_items(webset)} items? This cannot be undone.")
