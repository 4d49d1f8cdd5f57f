"""Logging under the `exa_websets` logger. EXA_LOG=debug|info turns it on; secrets are never written."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from typing import Any

from ._secret import SecretStr

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


# Characters that continue a token: a key is replaced only where it stands alone, so a short key ("test") never
# turns an ordinary word ("my-test-webset") into "my-<redacted>-webset".
_WORD_CHARS = "A-Za-z0-9_\\-"


def scrub(text: str, secret: SecretStr | None) -> str:
    """Remove every whole occurrence of a secret from text that came from elsewhere (an error body may echo what it
    was sent). The secret stays in its SecretStr: no caller's frame holds it as a plain string."""
    if secret is None or not secret.get_secret_value() or secret.get_secret_value() not in text:
        return text
    pattern = f"(?<![{_WORD_CHARS}]){re.escape(secret.get_secret_value())}(?![{_WORD_CHARS}])"
    return re.sub(pattern, REDACTED, text)


def scrub_data(data: Any, secret: SecretStr | None) -> Any:
    """``scrub`` applied to every string (keys and values) in decoded JSON."""
    if isinstance(data, str):
        return scrub(data, secret)
    if isinstance(data, dict):
        return {scrub(str(k), secret): scrub_data(v, secret) for k, v in data.items()}
    if isinstance(data, list):
        return [scrub_data(v, secret) for v in data]
    return data


def redact_query(url: str) -> str:
    """A presigned URL without its query (the query is the credential: ``?token=...``, signatures)."""
    path, mark, _ = url.partition("?")
    return f"{path}?{REDACTED}" if mark else url
