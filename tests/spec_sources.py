"""Where the tests find documents that are not committed: the upstream spec mirror and the vendor reference."""

from __future__ import annotations

import os
from pathlib import Path

from openapi.fetch import MIRROR_ENV

ROOT = Path(__file__).resolve().parent.parent
WORKPLACE_MIRROR = ROOT.parent / "shared" / "openapi"


def spec_mirror() -> Path | None:
    """The mirror the tests use: ``$EXA_WEBSETS_SPEC_MIRROR``, else the workplace's copies when they exist."""
    configured = os.environ.get(MIRROR_ENV)
    if configured:
        return Path(configured)
    return WORKPLACE_MIRROR if WORKPLACE_MIRROR.is_dir() else None
