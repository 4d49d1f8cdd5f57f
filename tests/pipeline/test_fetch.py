"""Getting the pinned spec: cache → mirror → download, sha256-checked on every path."""

from __future__ import annotations

import urllib.error
from pathlib import Path

import pytest

from openapi.fetch import MIRROR_ENV, Pin, SpecFetchError, fetch_spec, load_pin, sha256_of

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


def test_the_real_mirror_holds_the_pinned_spec(mirror_dir: Path, tmp_path: Path) -> None:
    path = fetch_spec(load_pin(), cache_dir=tmp_path, mirror_dir=mirror_dir, download=no_download)
    assert sha256_of(path.read_bytes()) == load_pin().sha256
