"""Arguments several commands share (a search's query, count, criteria, entity) and the parser types they use."""

from __future__ import annotations

import argparse
from typing import Any, TypeAlias

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

ENTITY_TYPES = ("company", "person", "article", "research_paper")
ENRICHMENT_FORMATS = ("text", "date", "number", "options", "email", "phone", "url")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def enrichment_spec(text: str) -> dict[str, str]:
    """``'CEO name'`` or ``'Founded:number'``: the part after the last colon is the format only when it names one,
    so descriptions may contain colons (``'Revenue: last year'`` stays whole)."""
    description, colon, format_ = text.rpartition(":")
    if colon and format_.strip() in ENRICHMENT_FORMATS and description.strip():
        return {"description": description.strip(), "format": format_.strip()}
    if not text.strip():
        raise argparse.ArgumentTypeError("an enrichment needs a description")
    return {"description": text.strip()}


def add_search_arguments(parser: argparse.ArgumentParser, *, query_required: bool, count_default: int) -> None:
    query_help = "what to find, in plain words" + ("" if query_required else " (default: the last search's query)")
    parser.add_argument("--query", required=query_required, metavar="TEXT", help=query_help)
    parser.add_argument("--count", type=positive_int, default=count_default, metavar="N",
                        help=f"how many items to find (default {count_default})")  # fmt: skip
    parser.add_argument("--criterion", action="append", metavar="TEXT", help="a condition every item must meet "
                        "(repeatable; default: derived from the query)")  # fmt: skip
    parser.add_argument("--entity", choices=ENTITY_TYPES, help="the kind of thing to find (default: inferred)")


def search_parameters(args: argparse.Namespace) -> dict[str, Any]:
    """The search object the API takes, from ``add_search_arguments``'s options (unset ones left out)."""
    search: dict[str, Any] = {"count": args.count}
    if args.query is not None:
        search["query"] = args.query
    if args.criterion:
        search["criteria"] = [{"description": criterion} for criterion in args.criterion]
    if args.entity:
        search["entity"] = {"type": args.entity}
    return search
