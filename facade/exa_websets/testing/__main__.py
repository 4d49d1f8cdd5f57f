"""``python -m exa_websets.testing``: serve the fake Websets API over HTTP until interrupted."""

from __future__ import annotations

import argparse
import sys

from ._clock import ScaledClock
from ._fake import FakeWebsets
from ._server import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m exa_websets.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--speed", type=float, default=20.0, help="fake seconds per real second (default 20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--api-key", action="append", dest="api_keys", help="accept only these keys (repeatable)")
    args = parser.parse_args(argv)
    fake = FakeWebsets(seed=args.seed, clock=ScaledClock(args.speed), api_keys=args.api_keys)
    serve(fake, host=args.host, port=args.port, on_ready=lambda url: print(url, flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
