"""search add: run another search in a webset."""

from __future__ import annotations

import argparse

from .._context import Context
from .._format import text
from ._arguments import Subcommands, add_search_arguments, search_parameters


def register(commands: Subcommands) -> None:
    group = commands.add_parser("search", help="add a search to a webset", description="Searches of a webset.")
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add a search to a webset (it runs after the webset's current one)",
        description="Add a search to a webset: it finds --count more items for --query, after any running search.",
        epilog='example:\n  exa-websets search add webset_123 --query "AI labs in Japan" --count 5 --behavior append',
    )  # fmt: skip
    add.add_argument("webset_id", metavar="ID", help="the webset's id or external id")
    add_search_arguments(add, query_required=True, count_default=10)
    add.add_argument("--behavior", choices=("override", "append"), default="override",
                     help="override (the API's default): the results replace the webset's items; append: they are "
                     "added to them")  # fmt: skip
    add.set_defaults(handler=add_search)


def add_search(ctx: Context, args: argparse.Namespace) -> int:
    parameters = search_parameters(args)
    search = ctx.client.searches.create(args.webset_id, behavior=args.behavior, **parameters)
    if ctx.json:
        ctx.emit(search)
    else:
        ctx.say(f'added search {search.id} to webset {search.webset_id} ({text(search.status)}): "{search.query}", '
                f"{text(search.count)} items, {args.behavior}")  # fmt: skip
    return 0
