"""Exit codes shared by ``exa-websets`` and ``python -m exa_websets.testing``. Here rather than in either: each
must run without the other's extra (rich for the command line, uvicorn for the served fake)."""

from __future__ import annotations

# A process stopped by Ctrl-C (128 + SIGINT), as shells report it: also for commands that run until Ctrl-C.
INTERRUPTED = 130
