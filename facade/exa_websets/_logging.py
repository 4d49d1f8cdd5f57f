"""Logging under the `exa_websets` logger. EXA_LOG=debug|info turns it on; secrets are never written."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

logger = logging.getLogger("exa_websets")
LOG_ENV = "EXA_LOG"
SECRET_HEADERS = frozenset({"x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"})
REDACTED = "<redacted>"


def configure_from_environment(environ: Mapping[str, str] | None = None) -> None:
    """Give the logger a stderr handler at the EXA_LOG level, once, unless the application configured logging."""
    level = (environ if environ is not None else os.environ).get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: REDACTED if name.lower() in SECRET_HEADERS else value for name, value in headers.items()}


def scrub(text: str, secret: str) -> str:
    """Remove a secret from text that came from elsewhere (an error body may echo what it was sent)."""
    return text.replace(secret, REDACTED) if secret and secret in text else text
