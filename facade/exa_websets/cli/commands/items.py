"""items: export a webset's items as a table, CSV or JSON lines, streamed a page at a time."""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from exa_websets_api.models import Webset, WebsetItem
from rich.console import Console

from ...projections import columns_for, enrichment_descriptions, tier1, tier2, to_row
from ...waiting.judges import as_webset
from .._context import Context, UsageError
from .._format import dumps, found_items
from .._progress import CountDisplay
from .._tables import Column, PagedTable, table_width
from ._arguments import Subcommands, positive_int, webset_command

FORMATS = ("table", "csv", "jsonl")
TIERS = ("1", "2", "full")
MAX_PAGE_SIZE = 100  # the spec's largest page of items
# Table column widths (see PagedTable): in a narrow terminal the id and the verdicts keep theirs, the others give way.
WIDTHS = {"id": 30, "name": 24, "url": 32, "description": 48, "content": 60}
CRITERION_WIDTH, ENRICHMENT_WIDTH = 12, 24
CRITERION_PREFIX = "criterion: "  # how projections.to_row names a criterion's column (yes / no / unclear)


def register(commands: Subcommands) -> None:
    parser = webset_command(
        commands,
        "items",
        export_items,
        help="export a webset's items (table, csv or jsonl), a page at a time",
        description="Write every item of a webset, streamed page by page (never all in memory). Tier 1 is the "
        "item's card: id, name, url, description and each criterion's verdict. Tier 2 adds a column per "
        "enrichment, titled with the enrichment's description. Tier full is the whole item as the API returns "
        "it in jsonl; in csv and table it is tier 2 plus the page content.",
        epilog="examples:\n"
        "  exa-websets items webset_123                       # a table of tier 2 cards\n"
        "  exa-websets items webset_123 --format csv -o out.csv\n"
        "  exa-websets items webset_123 --format jsonl --tier full | jq .properties.url",
    )
    parser.add_argument("--format", choices=FORMATS, help="output format (default: table; jsonl with --json)")
    parser.add_argument("--tier", choices=TIERS, default="2", help="how much of each item (default 2)")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE, with progress on stderr (default: stdout)"
    )
    parser.add_argument(
        "--page-size", type=positive_int, metavar="N", help=f"items per request (default and maximum {MAX_PAGE_SIZE})"
    )


@dataclass(frozen=True)
class Projection:
    """What one tier keeps of an item: as a JSON document and as a flat row under known columns."""

    tier: str
    columns: list[str]
    descriptions: dict[str, str]  # enrichment id → description, the column's title

    @classmethod
    def of(cls, tier: str, webset: Webset) -> Projection:
        descriptions = enrichment_descriptions(webset)
        columns = columns_for(webset)  # known before any item is read, so CSV and tables can stream
        if tier == "1":
            columns = columns[: len(columns) - len(descriptions)]  # columns_for lists the enrichments last
        elif tier == "full":
            columns = [*columns, "content"]
        return cls(tier, columns, descriptions)

    def document(self, item: WebsetItem) -> Mapping[str, Any]:
        if self.tier == "1":
            return tier1(item)
        if self.tier == "2":
            return tier2(item, self.descriptions)
        return item.to_dict()

    def row(self, item: WebsetItem) -> dict[str, str]:
        if self.tier == "1":
            return to_row(tier1(item))
        card = tier2(item, self.descriptions, include_content=self.tier == "full")
        row = to_row(card)
        if self.tier == "full":
            row["content"] = str(card.get("content") or "")
        return row


class PageWriter(Protocol):
    def write_page(self, items: list[WebsetItem]) -> None: ...


class JsonLinesWriter:
    def __init__(self, stream: TextIO, projection: Projection) -> None:
        self._stream, self._projection = stream, projection

    def write_page(self, items: list[WebsetItem]) -> None:
        self._stream.writelines(dumps(self._projection.document(item)) + "\n" for item in items)
        self._stream.flush()


class CsvWriter:
    def __init__(self, stream: TextIO, projection: Projection) -> None:
        self._projection = projection
        # extrasaction="ignore": a criterion of a search added after the header was written has no column
        self._writer = csv.DictWriter(stream, fieldnames=projection.columns, restval="", extrasaction="ignore")
        self._writer.writeheader()
        self._stream = stream

    def write_page(self, items: list[WebsetItem]) -> None:
        self._writer.writerows(self._projection.row(item) for item in items)
        self._stream.flush()


class TableWriter:
    def __init__(self, console: Console | None, stream: TextIO, projection: Projection) -> None:
        self._projection = projection
        columns = [Column(name, _width(name), shrink=_shrinks(name)) for name in projection.columns]
        if console is None:  # a file: as wide as the table, so nothing is squeezed, and no colour codes
            console = Console(
                file=stream, width=table_width(columns), color_system=None, force_terminal=False, _environ={}
            )
        self._table = PagedTable(console, columns)

    def write_page(self, items: list[WebsetItem]) -> None:
        rows = (self._projection.row(item) for item in items)
        self._table.add_page([row.get(name, "") for name in self._projection.columns] for row in rows)


def _shrinks(column: str) -> bool:
    return column != "id" and not column.startswith(CRITERION_PREFIX)


def _width(column: str) -> int:
    if column in WIDTHS:
        return WIDTHS[column]
    return CRITERION_WIDTH if column.startswith(CRITERION_PREFIX) else ENRICHMENT_WIDTH


def export_items(ctx: Context, args: argparse.Namespace) -> int:
    format_ = args.format or ("jsonl" if ctx.json else "table")
    webset = as_webset(ctx.client.websets.get(args.webset_id))
    projection = Projection.of(args.tier, webset)
    to_file = args.output not in (None, "-")
    pages = (page.data for page in ctx.client.items.list_all(webset.id, limit=args.page_size).iter_pages())
    with ExitStack() as stack:
        if to_file:
            stream: TextIO = stack.enter_context(_open_output(args.output))
        else:
            stream = ctx.runtime.stdout
        writer = _writer(format_, ctx, stream, projection, to_file=to_file)
        display = stack.enter_context(
            CountDisplay(ctx.err, f"writing {args.output}", total=found_items(webset) or None, enabled=to_file)
        )
        written = _write(pages, writer, display)
    _report(ctx, args, format_, webset, written, to_file=to_file)
    return 0


def _open_output(path: str) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8", newline="")  # newline="": the csv module writes its own line ends
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None


def _writer(format_: str, ctx: Context, stream: TextIO, projection: Projection, *, to_file: bool) -> PageWriter:
    if format_ == "jsonl":
        return JsonLinesWriter(stream, projection)
    if format_ == "csv":
        return CsvWriter(stream, projection)
    return TableWriter(None if to_file else ctx.out, stream, projection)


def _write(pages: Iterable[list[WebsetItem]], writer: PageWriter, display: CountDisplay) -> int:
    for items in pages:
        writer.write_page(items)
        display.advance(len(items))
    return display.count


def _report(
    ctx: Context, args: argparse.Namespace, format_: str, webset: Webset, written: int, *, to_file: bool
) -> None:
    if to_file:
        if ctx.json:
            ctx.emit(
                {"webset_id": webset.id, "output": args.output, "format": format_, "tier": args.tier, "items": written}
            )
        else:
            ctx.note(f"wrote {written} items (tier {args.tier}, {format_}) to {args.output}")
    elif written == 0 and format_ == "table":
        ctx.note(f"webset {webset.id} has no items yet")
