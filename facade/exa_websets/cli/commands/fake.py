"""fake serve: run the fake Websets API locally, for demos and offline work."""

from __future__ import annotations

import argparse

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
    try:  # needs uvicorn
        from exa_websets.testing import serve  # noqa: PLC0415
        from exa_websets.testing._server import cannot_serve, served_fake, served_fake_problem  # noqa: PLC0415
    except ImportError:
        raise UsageError(TESTING_EXTRA) from None
    problem = served_fake_problem(args.speed, args.rate_limit)
    if problem:
        raise UsageError(problem)

    def announce(base_url: str) -> None:
        ctx.runtime.stdout.write(base_url + "\n")
        ctx.runtime.stdout.flush()
        limit = "" if args.rate_limit is None else f", {args.rate_limit:g} requests/s at most"
        ctx.note(f"serving the fake Websets API (speed x{args.speed:g}, seed {args.seed}{limit}); Ctrl-C to stop")
        ctx.note(f"try: EXA_WEBSETS_BASE_URL={base_url} EXA_API_KEY=test exa-websets list")

    fake = served_fake(speed=args.speed, seed=args.seed, rate_limit=args.rate_limit)
    try:
        serve(fake, host=args.host, port=args.port, on_ready=announce)
    except KeyboardInterrupt:  # uvicorn shuts down cleanly on Ctrl-C, then raises it again
        ctx.note("stopped")
        return INTERRUPTED
    except OSError as error:  # the address cannot be bound (serve binds it before serving anything)
        raise UsageError(cannot_serve(args.host, args.port, error)) from None
    ctx.note("stopped")
    return 0
