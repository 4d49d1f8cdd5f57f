"""Get an upstream spec version: local cache → mirror directory → download, sha256-checked on every path.

``openapi/pin.toml`` lists every upstream version the project uses; one of them is the pin the client is generated
from. The specs themselves are never committed; they live in the cache (``.cache/spec/`` by default), keyed by hash.
``python -m openapi.fetch [--all]`` fills the cache and says in one line what to do when no source has a version.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
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
    """One upstream version of the spec file: where it is and the hash its bytes must have."""

    repository: str
    commit: str
    path: str
    url: str
    sha256: str
    pinned: bool = False  # the version the client is generated from

    @property
    def short_commit(self) -> str:
        return self.commit[:7]


def load_versions(path: Path = PIN_FILE) -> dict[str, Pin]:
    """Every upstream version in the pin file, by short commit, in the file's order (the pin first)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))["spec"]
    versions: dict[str, Pin] = {}
    for row in data["version"]:
        pin = Pin(
            repository=str(data["repository"]),
            commit=str(row["commit"]),
            path=str(data["path"]),
            url=str(row["url"]),
            sha256=str(row["sha256"]),
            pinned=bool(row.get("pinned", False)),
        )
        if pin.short_commit in versions:
            raise ValueError(f"{path}: {pin.short_commit} is listed twice")
        versions[pin.short_commit] = pin
    pinned = [pin.short_commit for pin in versions.values() if pin.pinned]
    if len(pinned) != 1:
        raise ValueError(f"{path}: exactly one version must have `pinned = true`, found {pinned or 'none'}")
    return versions


def load_pin(path: Path = PIN_FILE) -> Pin:
    """The version the client is generated from."""
    return next(pin for pin in load_versions(path).values() if pin.pinned)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _download(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - the URL is the pinned https one
        body: bytes = response.read()
        return body


def _looks_like_the_pinned_file(path: Path, pin: Pin) -> bool:
    """A mirror file named after the commit (or, for the pin, the bare upstream name) is meant to be that version."""
    return pin.short_commit in path.name or (pin.pinned and path.name == Path(pin.path).name)


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
            f"could not download {pin.path} at {pin.repository}@{pin.short_commit} from {pin.url}: {exc}"
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
    # A private partial file per writer: parallel test workers may store the same version at once.
    with tempfile.NamedTemporaryFile(dir=cache_dir, prefix=cached.stem, suffix=".partial", delete=False) as partial:
        partial.write(body)
    Path(partial.name).replace(cached)
    return cached


def fetch_versions(
    versions: dict[str, Pin] | None = None,
    *,
    cache_dir: Path = DEFAULT_CACHE_DIR,
    mirror_dir: str | Path | None = None,
    download: Downloader = _download,
    log: Callable[[str], None] = lambda message: None,
) -> dict[str, Path]:
    """Every upstream version (default: all of the pin file's), by short commit, each fetched like the pin."""
    versions = load_versions() if versions is None else versions
    return {
        short: fetch_spec(pin, cache_dir=cache_dir, mirror_dir=mirror_dir, download=download, log=log)
        for short, pin in versions.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m openapi.fetch", description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every upstream version the tests use, not only the pin")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR)
    parser.add_argument("--pin-file", type=Path, default=PIN_FILE)
    args = parser.parse_args(argv)
    try:
        if args.all:
            paths = fetch_versions(load_versions(args.pin_file), cache_dir=args.cache_dir)
        else:
            pin = load_pin(args.pin_file)
            paths = {pin.short_commit: fetch_spec(pin, cache_dir=args.cache_dir)}
    except SpecFetchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for short, path in paths.items():
        print(f"{short} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
