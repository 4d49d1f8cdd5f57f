"""``python -m exa_websets.testing``: serve the fake Websets API over HTTP until interrupted."""

from __future__ import annotations

import argparse
import sys

from .._exit_codes import INTERRUPTED
from ._server import cannot_serve, serve, served_fake, served_fake_problem

PROG = "python -m exa_websets.testing"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="the port (default 8765; 0: any free port)")
    parser.add_argument("--speed", type=float, default=20.0, help="fake seconds per real second (default 20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--api-key", action="append", dest="api_keys", help="accept only these keys (repeatable)")
    parser.add_argument("--rate-limit", type=float, metavar="N", help="answer 429 above N requests per real second")
    args = parser.parse_args(argv)
    problem = served_fake_problem(args.speed, args.rate_limit)
    if problem:
        parser.error(problem)
    fake = served_fake(speed=args.speed, seed=args.seed, rate_limit=args.rate_limit, api_keys=args.api_keys)
    try:
        serve(fake, host=args.host, port=args.port, on_ready=lambda url: print(url, flush=True))
    except OSError as error:
        print(f"{PROG}: {cannot_serve(args.host, args.port, error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # uvicorn shuts down cleanly on Ctrl-C, then raises it again
        return INTERRUPTED
    return 0


if __name__ == "__main__":
    sys.exit(main())
