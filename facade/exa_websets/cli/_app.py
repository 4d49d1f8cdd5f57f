"""The top-level parser, the global options, and how outcomes become exit codes."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.logging import RichHandler

from .. import __version__
from .._errors import ConfigurationError, ExaWebsetsError, InvalidRequestError
from .._exit_codes import INTERRUPTED
from .._logging import logger as sdk_logger
from ._context import Context, UsageError
from ._runtime import Runtime
from .commands import enrichments, events, fake, items, monitors, searches, sync, webhooks, websets
from .commands._arguments import Handler

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

OK, API_ERROR, USAGE_ERROR = 0, 1, 2


DESCRIPTION = "Create, watch and export Exa websets from the shell."
EPILOG = """\
environment:
  EXA_API_KEY           the API key (or --api-key)
  EXA_WEBSETS_BASE_URL  the API's base URL (or --base-url), e.g. the one `exa-websets fake serve` prints

exit codes: 0 ok, 1 API error (or a declined confirmation), 2 usage error, 130 interrupted

example:
  exa-websets create --query "AI labs in Europe" --count 20 --enrichment "CEO name" --wait
"""


class HelpFormatter(argparse.HelpFormatter):
    """Wraps prose to the terminal as argparse does, but keeps indented lines (examples, lists) as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines: list[str] = []
        for line in text.splitlines():
            if not line or line[0].isspace():
                lines.append(indent + line)
            else:
                lines.extend(textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent))
        return "\n".join(lines)


def _parser_type(runtime: Runtime) -> type[argparse.ArgumentParser]:
    """An ArgumentParser that prints help and errors to the command's own streams (subcommands inherit it)."""

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs.setdefault("formatter_class", HelpFormatter)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

        def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
            if message:
                (runtime.stderr if file is sys.stderr else runtime.stdout).write(message)

    return Parser


def build_parser(runtime: Runtime) -> argparse.ArgumentParser:
    parser = _parser_type(runtime)(prog="exa-websets", description=DESCRIPTION, epilog=EPILOG)
    _add_global_options(parser, after_command=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in (websets, items, searches, enrichments, monitors, webhooks, events, sync, fake):
        module.register(commands)
    for command in _command_parsers(parser):
        _add_global_options(command.add_argument_group("global options"), after_command=True)
    return parser


def _add_global_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup, *, after_command: bool) -> None:
    """The options every command takes, before or after its name (``exa-websets items ID --json``).

    After the name, an option left out must not reset one given before it: its default is SUPPRESS, so argparse
    sets nothing and the value from before the command name stands.
    """

    def unset(default: object) -> object:
        return argparse.SUPPRESS if after_command else default

    parser.add_argument(
        "--api-key",
        metavar="KEY",
        default=unset(None),
        help="the API key (default: $EXA_API_KEY; prefer the variable: arguments show in the process list)",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        default=unset(None),
        help="the API's base URL (default: $EXA_WEBSETS_BASE_URL or https://api.exa.ai/websets)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=unset(False),
        help="machine output: one JSON document per result, JSON lines for streams",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=unset(0),
        help="log the SDK's requests on stderr (-vv: debug detail; the API key is never shown)",
    )


def _command_parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every command's and action's parser below ``parser`` (``items``, ``events``, ``events tail``...)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):  # an alias names the same parser again
                yield command
                yield from _command_parsers(command)


def run(argv: list[str], runtime: Runtime) -> int:
    parser = build_parser(runtime)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error (already printed)
        return exit_.code if isinstance(exit_.code, int) else USAGE_ERROR
    ctx = Context(runtime, api_key=args.api_key, base_url=args.base_url, json=args.json)
    handler: Handler = args.handler
    with _sdk_logging(args.verbose, ctx.err):
        try:
            return handler(ctx, args)
        except KeyboardInterrupt:
            ctx.err.print()
            ctx.error("interrupted")
            return INTERRUPTED
        except BrokenPipeError:  # the reader went away (`... | head`): nothing more to say to it
            _discard_further_output(runtime.stdout)
            return OK
        except (ConfigurationError, InvalidRequestError, UsageError) as error:
            ctx.error(str(error))
            return USAGE_ERROR
        except ExaWebsetsError as error:  # the API said no, or a wait ended badly (WaitTimeout, WebsetPaused...)
            ctx.error(str(error))
            return API_ERROR
        finally:
            ctx.close()


def _discard_further_output(stream: TextIO) -> None:
    """Point a closed pipe's descriptor at /dev/null, so the interpreter's final flush does not fail again."""
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):  # not backed by a descriptor (e.g. a StringIO)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


@contextmanager
def _sdk_logging(verbosity: int, console: Console) -> Iterator[None]:
    """-v: the SDK's ``exa_websets`` logger at INFO on stderr (above any progress bar), -vv at DEBUG; undone after."""
    if verbosity <= 0:
        yield
        return
    handler: logging.Handler
    if console.is_terminal:
        handler = RichHandler(console=console, show_path=False, markup=False)  # prints above a live progress bar
    else:
        handler = logging.StreamHandler(console.file)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    previous = sdk_logger.level
    sdk_logger.addHandler(handler)
    sdk_logger.setLevel(logging.DEBUG if verbosity > 1 else logging.INFO)
    try:
        yield
    finally:
        sdk_logger.removeHandler(handler)
        sdk_logger.setLevel(previous)
