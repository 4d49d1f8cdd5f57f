"""Arguments several commands share (a search's query, count, criteria, entity) and the parser types they use."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

if TYPE_CHECKING:
    from .._context import Context

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Handler: TypeAlias = "Callable[[Context, argparse.Namespace], int]"  # a command: its arguments -> exit code
N = TypeVar("N", int, float)

ENTITY_TYPES = ("company", "person", "article", "research_paper")
ENRICHMENT_FORMATS = ("text", "date", "number", "options", "email", "phone", "url")
# `create --enrichment 'DESCRIPTION:FORMAT'` has no way to give options' answers.
CREATE_ENRICHMENT_FORMATS = tuple(f for f in ENRICHMENT_FORMATS if f != "options")


def webset_command(
    commands: Subcommands, name: str, handler: Handler, **parser_options: Any
) -> argparse.ArgumentParser:
    """A command on one webset: its ``ID`` argument (an id or an external id: the API takes either) and its
    handler. ``parser_options`` (help, description, epilog) go to ``add_parser``; add the command's own options to
    the parser it returns."""
    command = commands.add_parser(name, **parser_options)
    command.add_argument("webset_id", metavar="ID", help="the webset's id or external id")
    command.set_defaults(handler=handler)
    return command


def _number(text: str, parse: Callable[[str], N], what: str) -> N:
    try:
        return parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None


def positive_int(text: str) -> int:
    value = _number(text, int, "a whole number")
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def seconds(text: str) -> float:
    value = _number(text, float, "a number of seconds")
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def enrichment_spec(text: str) -> dict[str, str]:
    """``'CEO name'`` or ``'Founded:number'``. A single word right after the last colon is a format and must be one
    of CREATE_ENRICHMENT_FORMATS; anything else there stays part of the description (``'Revenue: last year'``)."""
    description, colon, format_ = text.rpartition(":")
    if colon and description.strip() and re.fullmatch(r"[A-Za-z_]+", format_):
        if format_ not in CREATE_ENRICHMENT_FORMATS:
            hint = (
                "options needs its answers: add it with `exa-websets enrichment add ID --option ...`"
                if format_ == "options"
                else f"use one of {', '.join(CREATE_ENRICHMENT_FORMATS)}"
            )
            raise argparse.ArgumentTypeError(
                f"unknown enrichment format {format_!r} in {text!r}: {hint} (or write 'DESCRIPTION:text' to keep a "
                "colon in the description)"
            )
        return {"description": description.strip(), "format": format_}
    if not text.strip():
        raise argparse.ArgumentTypeError("an enrichment needs a description")
    return {"description": text.strip()}


def add_search_arguments(parser: argparse.ArgumentParser, *, query_required: bool, count_default: int) -> None:
    query_help = "what to find, in plain words" + ("" if query_required else " (default: the last search's query)")
    parser.add_argument("--query", required=query_required, metavar="TEXT", help=query_help)
    parser.add_argument(
        "--count",
        type=positive_int,
        default=count_default,
        metavar="N",
        help=f"how many items to find (default {count_default})",
    )
    parser.add_argument(
        "--criterion",
        action="append",
        metavar="TEXT",
        help="a condition every item must meet (repeatable; default: derived from the query)",
    )
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
