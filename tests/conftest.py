"""Fixtures shared by every test: where the upstream spec copies are, and the pinned spec itself."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from openapi.fetch import MIRROR_ENV, fetch_spec, load_pin

ROOT = Path(__file__).resolve().parent.parent


def _mirror_dir() -> Path:
    configured = os.environ.get(MIRROR_ENV)
    mirror = Path(configured) if configured else ROOT.parent / "shared" / "openapi"
    if not mirror.is_dir():
        pytest.fail(f"the upstream spec copies are needed: set {MIRROR_ENV} to their directory (not found: {mirror})")
    return mirror


@pytest.fixture(scope="session")
def mirror_dir() -> Path:
    return _mirror_dir()


@pytest.fixture(scope="session")
def pinned_spec_path(mirror_dir: Path) -> Path:
    return fetch_spec(load_pin(), mirror_dir=mirror_dir)


@pytest.fixture(scope="session")
def pinned_spec(pinned_spec_path: Path) -> dict[str, Any]:
    """The raw upstream spec at the pin (never modify: it is shared)."""
    return yaml.safe_load(pinned_spec_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def upstream_specs(mirror_dir: Path) -> dict[str, dict[str, Any]]:
    """Every upstream version in the mirror, by short commit."""
    specs = {
        path.stem.split("@", 1)[1]: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(mirror_dir.glob("exa-websets-spec@*.yaml"))
    }
    assert len(specs) >= 2, f"expected several upstream versions in {mirror_dir}"
    return specs
