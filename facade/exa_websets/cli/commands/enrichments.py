"""enrichment add: research one more column for every item of a webset."""

from __future__ import annotations

import argparse
from typing import cast

from ..._sync.resources.enrichments import Format
from .._context import Context
from .._format import text
from ._arguments import ENRICHMENT_FORMATS, Subcommands, webset_command


def register(commands: Subcommands) -> None:
    group = commands.add_parser(
        "enrichment", help="add an enrichment to a webset", description="Enrichments of a webset."
    )
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = webset_command(
        actions,
        "add",
        add_enrichment,
        help="add an enrichment (a researched column) to a webset's items",
        description="Add an enrichment: a question answered for every item, now and as new items arrive. Its "
        "description becomes the column's title in `exa-websets items`.",
        epilog="examples:\n"
        '  exa-websets enrichment add webset_123 --description "Number of employees" --format number\n'
        '  exa-websets enrichment add webset_123 --description "Stage" --option Seed --option "Series A"',
    )
    add.add_argument("--description", required=True, metavar="TEXT", help="what to find out about each item")
    add.add_argument(
        "--format",
        choices=ENRICHMENT_FORMATS,
        help="the answer's format (default: text; options when --option is given)",
    )
    add.add_argument(
        "--option",
        action="append",
        metavar="LABEL",
        help="one allowed answer (repeatable, 1-20; implies --format options)",
    )


def add_enrichment(ctx: Context, args: argparse.Namespace) -> int:
    format_ = cast("Format | None", args.format or ("options" if args.option else None))
    options = [{"label": label} for label in args.option] if args.option else None
    enrichment = ctx.client.enrichments.create(
        args.webset_id, description=args.description, format=format_, options=options
    )
    ctx.result(
        enrichment,
        f"added enrichment {enrichment.id} to webset {enrichment.webset_id} ({text(enrichment.status)}): "
        f'"{enrichment.description}" [{text(enrichment.format_) or "text"}]',
    )
    return 0
