"""Getting the pinned spec: cache → mirror → download, sha256-checked on every path."""

from __future__ import annotations

import dataclasses
import functools
import http.server
import subprocess
import sys
import threading
import urllib.error
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from openapi.fetch import (
    MIRROR_ENV,
    Pin,
    SpecFetchError,
    fetch_spec,
    fetch_versions,
    load_pin,
    load_versions,
    main,
    sha256_of,
)

GOOD = b"openapi: 3.1.0\ninfo: {title: pinned, version: '1'}\n"
BAD = b"openapi: 3.1.0\ninfo: {title: tampered, version: '1'}\n"
COMMIT = "5ef6c01fc31ce640e221f14d20e6974315a06998"


@pytest.fixture(autouse=True)
def no_mirror_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MIRROR_ENV, raising=False)


@pytest.fixture
def pin() -> Pin:
    return Pin(
        repository="exa-labs/openapi-spec",
        commit=COMMIT,
        path="exa-websets-spec.yaml",
        url=f"https://raw.githubusercontent.com/exa-labs/openapi-spec/{COMMIT}/exa-websets-spec.yaml",
        sha256=sha256_of(GOOD),
    )


def no_download(url: str) -> bytes:
    raise AssertionError(f"must not download {url}")


def offline(url: str) -> bytes:
    raise urllib.error.URLError("network unreachable")


def test_the_pin_file_is_the_single_source_of_the_version() -> None:
    pin = load_pin()
    assert pin.commit == COMMIT
    assert pin.sha256 == "5555e5cbd17abc8686c5830e8c668bec8a63933d4500cb9a969c62cb17b26b9e"
    assert pin.url == f"https://raw.githubusercontent.com/{pin.repository}/{pin.commit}/{pin.path}"
    root = Path(__file__).resolve().parents[2]
    repeats = [
        path
        for folder in ("openapi", "facade", "noxfile.py", ".ci")
        for path in ([root / folder] if (root / folder).is_file() else (root / folder).rglob("*"))
        if path.is_file()
        and path.name != "pin.toml"
        and path.suffix in {".py", ".toml", ".yml", ".yaml", ""}
        and COMMIT[:7] in path.read_text(encoding="utf-8", errors="ignore")
    ]
    assert repeats == [], f"the pinned commit is repeated outside openapi/pin.toml: {repeats}"


def test_mirror_copy_is_verified_and_cached(tmp_path: Path, pin: Pin) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "other.yaml").write_bytes(BAD)
    (mirror / "exa-websets-spec@5ef6c01.yaml").write_bytes(GOOD)
    cache = tmp_path / "cache"

    path = fetch_spec(pin, cache_dir=cache, mirror_dir=mirror, download=no_download)

    assert path.read_bytes() == GOOD
    assert path.parent == cache
    # second call: cache hit, mirror not needed any more
    assert fetch_spec(pin, cache_dir=cache, mirror_dir=None, download=no_download) == path


def test_mirror_file_can_have_any_name(tmp_path: Path, pin: Pin) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "whatever.yml").write_bytes(GOOD)
    assert fetch_spec(pin, cache_dir=tmp_path / "c", mirror_dir=mirror, download=no_download).read_bytes() == GOOD


def test_mirror_file_named_as_the_pin_with_wrong_hash_is_a_hard_error(tmp_path: Path, pin: Pin) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "exa-websets-spec@5ef6c01.yaml").write_bytes(BAD)

    with pytest.raises(SpecFetchError) as error:
        fetch_spec(pin, cache_dir=tmp_path / "c", mirror_dir=mirror, download=no_download)

    assert pin.sha256 in str(error.value)
    assert sha256_of(BAD) in str(error.value)
    assert not (tmp_path / "c").exists(), "nothing unverified may reach the cache"


def test_mirror_without_the_pin_falls_back_to_download(tmp_path: Path, pin: Pin) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "older.yaml").write_bytes(BAD)
    asked: list[str] = []

    def download(url: str) -> bytes:
        asked.append(url)
        return GOOD

    path = fetch_spec(pin, cache_dir=tmp_path / "c", mirror_dir=mirror, download=download)

    assert asked == [pin.url]
    assert path.read_bytes() == GOOD


def test_unreachable_download_names_the_url_and_what_the_mirror_held(tmp_path: Path, pin: Pin) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "older.yaml").write_bytes(BAD)

    with pytest.raises(SpecFetchError) as error:
        fetch_spec(pin, cache_dir=tmp_path / "c", mirror_dir=mirror, download=offline)

    message = str(error.value)
    assert pin.url in message
    assert f"older.yaml has sha256 {sha256_of(BAD)}" in message


def test_download_with_wrong_hash_is_a_hard_error(tmp_path: Path, pin: Pin) -> None:
    with pytest.raises(SpecFetchError, match=f"{sha256_of(BAD)}, expected {pin.sha256}"):
        fetch_spec(pin, cache_dir=tmp_path / "c", mirror_dir=None, download=lambda url: BAD)
    assert not (tmp_path / "c").exists()


def test_corrupt_cache_is_a_hard_error_naming_both_hashes(tmp_path: Path, pin: Pin) -> None:
    cache = tmp_path / "c"
    cache.mkdir()
    (cache / f"{pin.sha256}.yaml").write_bytes(BAD)

    with pytest.raises(SpecFetchError) as error:
        fetch_spec(pin, cache_dir=cache, mirror_dir=None, download=no_download)

    assert pin.sha256 in str(error.value)
    assert sha256_of(BAD) in str(error.value)


def test_mirror_that_is_not_a_directory_is_named(tmp_path: Path, pin: Pin) -> None:
    with pytest.raises(SpecFetchError, match="is not a directory"):
        fetch_spec(pin, cache_dir=tmp_path / "c", mirror_dir=tmp_path / "missing", download=no_download)


def test_the_tests_get_every_version_of_the_pin_file_with_its_hash(upstream_spec_paths: dict[str, Path]) -> None:
    versions = load_versions()
    assert set(upstream_spec_paths) == set(versions)
    assert {short: sha256_of(path.read_bytes()) for short, path in upstream_spec_paths.items()} == {
        short: pin.sha256 for short, pin in versions.items()
    }


def test_the_pin_file_lists_every_upstream_version_once_with_its_url_and_exactly_one_pin() -> None:
    versions = load_versions()
    assert list(versions) == ["5ef6c01", "d72ef74", "f8bc195", "202a266"]
    assert [pin.short_commit for pin in versions.values() if pin.pinned] == [load_pin().short_commit]
    for short, pin in versions.items():
        assert pin.commit.startswith(short)
        assert len(pin.commit) == 40
        assert len(pin.sha256) == 64
        assert pin.url == f"https://raw.githubusercontent.com/{pin.repository}/{pin.commit}/{pin.path}"


def test_a_pin_file_without_exactly_one_pin_is_refused(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / "openapi" / "pin.toml").read_text(encoding="utf-8")
    unpinned = tmp_path / "pin.toml"
    unpinned.write_text(text.replace("pinned = true\n", ""), encoding="utf-8")
    with pytest.raises(ValueError, match="exactly one version must have `pinned = true`, found none"):
        load_pin(unpinned)


def test_only_the_pin_claims_the_bare_upstream_file_name_in_a_mirror(tmp_path: Path, pin: Pin) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "exa-websets-spec.yaml").write_bytes(BAD)
    older = dataclasses.replace(pin, commit="202a266abcebb4875d1952cd9eaa75761cb3e7d3", pinned=False)

    path = fetch_spec(older, cache_dir=tmp_path / "c", mirror_dir=mirror, download=lambda url: GOOD)

    assert path.read_bytes() == GOOD  # the bare name is not that version's: fall through to the download
    with pytest.raises(SpecFetchError, match="should be the pinned spec"):
        fetch_spec(dataclasses.replace(pin, pinned=True), cache_dir=tmp_path / "d", mirror_dir=mirror)


class SpecServer(http.server.SimpleHTTPRequestHandler):
    requested: list[str]

    def do_GET(self) -> None:
        self.requested.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:  # the base class's signature
        pass


@pytest.fixture
def spec_server(tmp_path: Path) -> Iterator[tuple[str, Path, list[str]]]:
    """A local HTTP server in place of raw.githubusercontent.com: its root, the directory it serves, the paths asked."""
    root = tmp_path / "served"
    root.mkdir()
    requested: list[str] = []
    handler = type("Handler", (SpecServer,), {"requested": requested})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root, requested
    finally:
        server.shutdown()
        server.server_close()


def served_versions(base_url: str, root: Path) -> dict[str, Pin]:
    """Two versions published under the upstream URL layout, pinned by the hash of what is served."""
    versions = {}
    for commit, body in (("a" * 40, GOOD), ("b" * 40, GOOD + b"# older\n")):
        (root / commit).mkdir()
        (root / commit / "exa-websets-spec.yaml").write_bytes(body)
        url = f"{base_url}/{commit}/exa-websets-spec.yaml"
        versions[commit[:7]] = Pin("exa-labs/openapi-spec", commit, "exa-websets-spec.yaml", url, sha256_of(body))
    return versions


def test_without_cache_or_mirror_every_version_is_downloaded_from_its_pinned_url_over_http(
    spec_server: tuple[str, Path, list[str]], tmp_path: Path
) -> None:
    base_url, root, requested = spec_server
    versions = served_versions(base_url, root)
    cache = tmp_path / "cache"

    paths = fetch_versions(versions, cache_dir=cache, mirror_dir=None)  # the real downloader: urllib over HTTP

    assert sorted(requested) == sorted(f"/{pin.commit}/exa-websets-spec.yaml" for pin in versions.values())
    assert {short: sha256_of(path.read_bytes()) for short, path in paths.items()} == {
        short: pin.sha256 for short, pin in versions.items()
    }
    assert {path.parent for path in paths.values()} == {cache}
    assert sorted(p.name for p in cache.iterdir()) == sorted(f"{pin.sha256}.yaml" for pin in versions.values())
    # a second run is served from the cache: the server is not asked again
    assert fetch_versions(versions, cache_dir=cache, mirror_dir=None) == paths
    assert len(requested) == 2


def test_a_pinned_url_serving_other_bytes_is_refused_and_nothing_is_cached(
    spec_server: tuple[str, Path, list[str]], tmp_path: Path
) -> None:
    base_url, root, _ = spec_server
    versions = served_versions(base_url, root)
    tampered = next(iter(versions.values()))
    (root / tampered.commit / "exa-websets-spec.yaml").write_bytes(BAD)

    with pytest.raises(SpecFetchError, match=f"has sha256 {sha256_of(BAD)}, expected {tampered.sha256}"):
        fetch_versions(versions, cache_dir=tmp_path / "cache", mirror_dir=None)
    assert not (tmp_path / "cache" / f"{tampered.sha256}.yaml").exists()


def test_a_missing_pinned_url_names_the_version_the_url_and_the_mirror_variable(
    spec_server: tuple[str, Path, list[str]], tmp_path: Path
) -> None:
    base_url, root, _ = spec_server
    pin = next(iter(served_versions(base_url, root).values()))
    gone = dataclasses.replace(pin, url=f"{base_url}/no-such-commit/exa-websets-spec.yaml")

    with pytest.raises(SpecFetchError) as error:
        fetch_spec(gone, cache_dir=tmp_path / "cache", mirror_dir=None)

    message = str(error.value)
    assert f"exa-labs/openapi-spec@{pin.short_commit}" in message
    assert gone.url in message
    assert "404" in message
    assert f"set {MIRROR_ENV}" in message


def test_the_command_fails_in_one_line_without_mirror_or_network(tmp_path: Path) -> None:
    # An address nothing listens on stands in for "no network": refused at once, no DNS, no waiting.
    source = (Path(__file__).resolve().parents[2] / "openapi" / "pin.toml").read_text(encoding="utf-8")
    pin_file = tmp_path / "pin.toml"
    pin_file.write_text(source.replace("https://raw.githubusercontent.com/", "http://127.0.0.1:9/"), encoding="utf-8")
    command = [sys.executable, "-m", "openapi.fetch", "--all", "--pin-file", str(pin_file)]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    result = subprocess.run(
        [*command, "--cache-dir", str(tmp_path / "cache")], capture_output=True, text=True, env=env, check=False
    )

    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: could not download exa-websets-spec.yaml at exa-labs/openapi-spec@5ef6c01 from ")
    assert f"set {MIRROR_ENV} to a directory holding a copy" in line


def test_the_command_fetches_the_pin_or_every_version_into_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], upstream_mirror: Path
) -> None:
    monkeypatch.setenv(MIRROR_ENV, str(upstream_mirror))
    cache = tmp_path / "cache"

    assert main(["--cache-dir", str(cache)]) == 0
    assert capsys.readouterr().out == f"{load_pin().short_commit} {cache / (load_pin().sha256 + '.yaml')}\n"
    assert main(["--all", "--cache-dir", str(cache)]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == list(load_versions())
