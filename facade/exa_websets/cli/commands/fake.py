"""fake serve: run the fake Websets API locally, for demos and offline work."""

from __future__ import annotations

import argparse
import os

from ..._exit_codes import INTERRUPTED
from .._context import Context, UsageError
from ._arguments import Subcommands

TESTING_EXTRA = "fake serve needs the testing extra: pip install 'exa-websets[testing]'"


def register(commands: Subcommands) -> None:
    group = commands.add_parser(
        "fake", help="run the fake Websets API locally", description="The fake Websets API, for demos and tests."
    )
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve",
        help="serve the fake API over HTTP until Ctrl-C (prints its base URL)",
        description="Serve the fake Websets API over HTTP until Ctrl-C. It prints its base URL on stdout; point "
        "the CLI or the SDK at it with EXA_WEBSETS_BASE_URL (any non-empty API key is accepted). Fake time runs "
        "--speed times faster than real time, so websets fill up quickly.",
        epilog="example:\n  exa-websets fake serve --port 8765 --speed 20 &\n"
        "  EXA_WEBSETS_BASE_URL=http://127.0.0.1:8765/websets EXA_API_KEY=test exa-websets create --query x --wait",
    )
    serve.add_argument("--port", type=int, default=8765, help="the port (default 8765; 0: any free port)")
    serve.add_argument("--host", default="127.0.0.1", help="the address (default 127.0.0.1)")
    serve.add_argument("--speed", type=float, default=20.0, help="fake seconds per real second (default 20)")
    serve.add_argument("--seed", type=int, default=0, help="drives the fake's ids and items (default 0)")
    serve.add_argument(
        "--rate-limit",
        type=float,
        metavar="N",
        help="answer 429 (Retry-After) above N requests per real second, as the live API does above about 5",
    )
    serve.set_defaults(handler=serve_fake)


def serve_fake(ctx: Context, args: argparse.Namespace) -> int:
    if args.speed <= 0:
        raise UsageError("--speed must be more than 0")
    if args.rate_limit is not None and args.rate_limit <= 0:
        raise UsageError("--rate-limit must be more than 0 requests per second")
    try:
        from exa_websets.testing import FakeWebsets, ScaledClock, serve  # noqa: PLC0415  # needs uvicorn
    except ImportError:
        raise UsageError(TESTING_EXTRA) from None

    def announce(base_url: str) -> None:
        ctx.runtime.stdout.write(base_url + "\n")
        ctx.runtime.stdout.flush()
        limit = "" if args.rate_limit is None else f", {args.rate_limit:g} requests/s at most"
        ctx.note(f"serving the fake Websets API (speed x{args.speed:g}, seed {args.seed}{limit}); Ctrl-C to stop")
        ctx.note(f"try: EXA_WEBSETS_BASE_URL={base_url} EXA_API_KEY=test exa-websets list")

    fake = FakeWebsets(seed=args.seed, clock=ScaledClock(args.speed))
    fake.faults.limit_rate(args.rate_limit)  # on real time: the limit a client's governor must keep to
    try:
        serve(fake, host=args.host, port=args.port, on_ready=announce)
    except KeyboardInterrupt:  # uvicorn shuts down cleanly on Ctrl-C, then raises it again
        ctx.note("stopped")
        return INTERRUPTED
    except OSError as error:  # the address cannot be bound (serve binds it before serving anything)
        reason = os.strerror(error.errno) if error.errno else str(error)
        message = f"cannot serve on {args.host}:{args.port} ({reason}): pick another --port (0: any free port)"
        raise UsageError(message) from None
    ctx.note("stopped")
    return 0
