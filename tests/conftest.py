"""Fixtures shared by every test: the upstream spec versions, and the pinned spec itself.

Every upstream version the tests use is listed in ``openapi/pin.toml`` and fetched the way a user's machine gets the
pin: cache (``.cache/spec/``) → ``$EXA_WEBSETS_SPEC_MIRROR`` (default: the workplace's ``../shared/openapi``) → the
pinned URL, sha256-checked. When the collected tests need them and no source has them, the run stops before the
first test with one message saying what to do, instead of failing every test that needs a spec.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from openapi.fetch import SpecFetchError, fetch_versions, load_pin
from tests.spec_sources import spec_mirror

SPEC_FIXTURE = "upstream_spec_paths"  # every fixture that reads an upstream spec depends on this one
ROOT = Path(__file__).resolve().parent.parent
# Suites that take minutes of CPU, marked slow here rather than in files their owners are rewriting:
# `nox -s tests` leaves them out, `nox -s tests -- -m slow` runs them; CI runs everything.
SLOW_SUITES = ("tests/bench/test_smoke.py", "tests/sync/test_flow.py", "tests/sync/test_kill.py")
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the specs load 10x faster


@functools.cache
def fetch_upstream_versions() -> dict[str, Path]:
    return fetch_versions(mirror_dir=spec_mirror())


def pytest_configure(config: pytest.Config) -> None:
    missing = [suite for suite in SLOW_SUITES if not (ROOT / suite).is_file()]
    if missing:
        raise pytest.UsageError(f"tests/conftest.py SLOW_SUITES names files that do not exist: {missing}")


def pytest_itemcollected(item: pytest.Item) -> None:
    if item.path.relative_to(ROOT).as_posix() in SLOW_SUITES:
        item.add_marker(pytest.mark.slow)


def _fetch_or_exit() -> None:
    try:
        fetch_upstream_versions()
    except SpecFetchError as error:
        pytest.exit(
            f"the tests need the upstream spec versions listed in openapi/pin.toml and none of cache, mirror or "
            f"network has them: {error}",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )


def _distributed(config: pytest.Config) -> bool:
    """True in the controller of a pytest-xdist run (its workers collect; it only schedules)."""
    return bool(getattr(config.option, "numprocesses", None)) and not hasattr(config, "workerinput")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under xdist, the controller fetches before any worker starts: a worker must never exit the run alone."""
    if _distributed(session.config):
        _fetch_or_exit()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Order the slow tests first; fail fast, once, when a collected test needs an upstream version and none comes."""
    # Slow tests first: parallel workers then fill in around them instead of one of them finishing alone.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable: otherwise collection order
    if hasattr(config, "workerinput"):
        return  # the controller has fetched them already
    if any(SPEC_FIXTURE in getattr(item, "fixturenames", ()) for item in items):
        _fetch_or_exit()


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)  # a safe loader (C or Python)


@pytest.fixture(scope="session")
def upstream_spec_paths() -> dict[str, Path]:
    """Every upstream version of ``openapi/pin.toml``, by short commit: local files with the pinned sha256."""
    return fetch_upstream_versions()


@pytest.fixture(scope="session")
def upstream_mirror(upstream_spec_paths: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A mirror-shaped directory (``exa-websets-spec@<short commit>.yaml``) for code under test that reads one."""
    directory = tmp_path_factory.mktemp("upstream-mirror")
    for short, path in upstream_spec_paths.items():
        shutil.copyfile(path, directory / f"exa-websets-spec@{short}.yaml")
    return directory


@pytest.fixture(scope="session")
def pinned_spec_path(upstream_spec_paths: dict[str, Path]) -> Path:
    return upstream_spec_paths[load_pin().short_commit]


@pytest.fixture(scope="session")
def pinned_spec(pinned_spec_path: Path) -> dict[str, Any]:
    """The raw upstream spec at the pin (never modify: it is shared)."""
    spec: dict[str, Any] = load_yaml(pinned_spec_path)
    return spec


@pytest.fixture(scope="session")
def upstream_specs(upstream_spec_paths: dict[str, Path]) -> dict[str, dict[str, Any]]:
    """Every upstream version of the pin file, by short commit (never modify: shared)."""
    specs = {short: load_yaml(path) for short, path in upstream_spec_paths.items()}
    assert len(specs) >= 2, "expected several upstream versions in openapi/pin.toml"
    return specs
