"""Get the pinned upstream spec: local cache → mirror directory → download, sha256-checked on every path.

The spec itself is never committed; it lives in the cache (``.cache/spec/`` by default), keyed by its hash.
"""

from __future__ import annotations

import hashlib
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

OPENAPI_DIR = Path(__file__).resolve().parent
PIN_FILE = OPENAPI_DIR / "pin.toml"
DEFAULT_CACHE_DIR = OPENAPI_DIR.parent / ".cache" / "spec"
MIRROR_ENV = "EXA_WEBSETS_SPEC_MIRROR"

Downloader = Callable[[str], bytes]


class SpecFetchError(RuntimeError):
    """No source produced the pinned bytes. The message names the hashes or the URL involved."""


@dataclass(frozen=True)
class Pin:
    repository: str
    commit: str
    path: str
    url: str
    sha256: str

    @property
    def short_commit(self) -> str:
        return self.commit[:7]


def load_pin(path: Path = PIN_FILE) -> Pin:
    data = tomllib.loads(path.read_text(encoding="utf-8"))["spec"]
    return Pin(**{field: str(data[field]) for field in Pin.__dataclass_fields__})


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _download(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - the URL is the pinned https one
        body: bytes = response.read()
        return body


def _looks_like_the_pinned_file(path: Path, pin: Pin) -> bool:
    """A mirror file named after the pinned commit (or the bare upstream name) is meant to be the pin."""
    return pin.short_commit in path.name or path.name == Path(pin.path).name


def fetch_spec(
    pin: Pin | None = None,
    *,
    cache_dir: Path = DEFAULT_CACHE_DIR,
    mirror_dir: str | Path | None = None,
    download: Downloader = _download,
    log: Callable[[str], None] = lambda message: None,
) -> Path:
    """Return the path of a local file whose sha256 equals the pin, fetching it into the cache if needed."""
    pin = pin or load_pin()
    cached = cache_dir / f"{pin.sha256}.yaml"
    if cached.exists():
        actual = sha256_of(cached.read_bytes())
        if actual != pin.sha256:
            raise SpecFetchError(
                f"cached spec {cached} is corrupt: expected sha256 {pin.sha256}, got {actual}; delete it to refetch"
            )
        log(f"spec: cache hit {cached}")
        return cached

    tried: list[str] = []
    mirror = mirror_dir if mirror_dir is not None else os.environ.get(MIRROR_ENV)
    if mirror:
        found = _from_mirror(Path(mirror), pin, tried)
        if found is not None:
            log(f"spec: mirror {found}")
            return _store(cache_dir, cached, found.read_bytes())

    try:
        body = download(pin.url)
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        raise SpecFetchError(
            f"could not download the pinned spec from {pin.url}: {exc}"
            + (f"; mirror: {'; '.join(tried)}" if tried else f"; set {MIRROR_ENV} to a directory holding a copy")
        ) from exc
    actual = sha256_of(body)
    if actual != pin.sha256:
        raise SpecFetchError(f"download from {pin.url} has sha256 {actual}, expected {pin.sha256}")
    log(f"spec: downloaded {pin.url}")
    return _store(cache_dir, cached, body)


def _from_mirror(mirror: Path, pin: Pin, tried: list[str]) -> Path | None:
    if not mirror.is_dir():
        raise SpecFetchError(f"{MIRROR_ENV}={mirror} is not a directory")
    for candidate in sorted(p for p in mirror.iterdir() if p.is_file() and p.suffix in {".yaml", ".yml", ".json"}):
        actual = sha256_of(candidate.read_bytes())
        if actual == pin.sha256:
            return candidate
        if _looks_like_the_pinned_file(candidate, pin):
            raise SpecFetchError(
                f"mirror file {candidate} should be the pinned spec ({pin.repository}@{pin.short_commit}) "
                f"but its sha256 is {actual}, expected {pin.sha256}"
            )
        tried.append(f"{candidate.name} has sha256 {actual}")
    if not tried:
        tried.append(f"{mirror} holds no spec files")
    return None


def _store(cache_dir: Path, cached: Path, body: bytes) -> Path:
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".partial")
    partial.write_bytes(body)
    partial.replace(cached)
    return cached
