"""Read a spec from a file or an http(s) URL; every failure is one line naming the source."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

UPSTREAM_HEAD_URL = "https://raw.githubusercontent.com/exa-labs/openapi-spec/refs/heads/master/exa-websets-spec.yaml"
DOWNLOAD_TIMEOUT_SECONDS = 30

Downloader = Callable[[str], bytes]


class SpecLoadError(Exception):
    """A spec could not be read or is not an OpenAPI document. The message is one line and names the source."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def download(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:  # noqa: S310 - http(s) only
        body: bytes = response.read()
        return body


def load_spec(source: str | Path, *, fetch: Downloader = download) -> dict[str, Any]:
    """Load a spec from a path or an http(s) URL (YAML or JSON)."""
    name = str(source)
    try:
        raw = fetch(name) if is_url(name) else Path(source).read_bytes()
    except (urllib.error.URLError, OSError, TimeoutError, ValueError) as exc:
        raise SpecLoadError(f"cannot read spec {name}: {_one_line(exc)}") from exc
    try:
        # The C loader when built: the upstream spec is ~6000 lines and the pure-Python loader takes seconds.
        document = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise SpecLoadError(f"cannot parse spec {name}: {_one_line(exc)}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SpecLoadError(f"spec {name} is not an OpenAPI document (no `paths` mapping)")
    return document


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
