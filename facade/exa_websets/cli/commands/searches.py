"""search add: run another search in a webset."""

from __future__ import annotations

import argparse

from .._context import Context
from .._format import text
from ._arguments import Subcommands, add_search_arguments, search_parameters, webset_command


def register(commands: Subcommands) -> None:
    group = commands.add_parser("search", help="run another search in a webset", description="Searches of a webset.")
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = webset_command(
        actions,
        "add",
        add_search,
        help="run another search in a webset; its items are added to the ones there (--behavior override to "
        "re-evaluate and drop them instead)",
        description="Run another search in a webset, after any running search: it looks for --count items for "
        "--query. By default (--behavior append) the items it finds are added and the webset's items all stay. "
        "With --behavior override, the webset's existing items are re-evaluated against this search's criteria "
        "and those that fail are removed.",
        epilog='examples:\n  exa-websets search add webset_123 --query "AI labs in Japan" --count 5\n'
        '  exa-websets search add webset_123 --query "AI labs in Japan" --criterion "based in Tokyo" '
        "--behavior override",
    )
    add_search_arguments(add, query_required=True, count_default=10)
    add.add_argument(
        "--behavior",
        choices=("append", "override"),
        default="append",
        help="append (default): add the items found, keep all existing ones; override (the API's own default): "
        "re-evaluate the existing items against this search's criteria and remove those that fail",
    )


def add_search(ctx: Context, args: argparse.Namespace) -> int:
    parameters = search_parameters(args)
    search = ctx.client.searches.create(args.webset_id, behavior=args.behavior, **parameters)
    effect = "items added, existing ones kept" if args.behavior == "append" else "existing items re-evaluated"
    ctx.result(
        search,
        f'added search {search.id} to webset {search.webset_id} ({text(search.status)}): "{search.query}", '
        f"{text(search.count)} items, {args.behavior} ({effect})",
    )
    return 0
