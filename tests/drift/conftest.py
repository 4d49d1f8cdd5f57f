"""Upstream spec versions for the drift tests, loaded once with the drift loader itself."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from openapi.drift import load_spec

Spec = dict[str, Any]


@pytest.fixture(scope="session")
def upstream_path(upstream_mirror: Path) -> Callable[[str], Path]:
    """Upstream spec file by short commit (a version of ``openapi/pin.toml``), named as upstream names it."""

    def path(commit: str) -> Path:
        found = upstream_mirror / f"exa-websets-spec@{commit}.yaml"
        assert found.is_file(), f"upstream version {commit} is not in openapi/pin.toml"
        return found

    return path


@pytest.fixture(scope="session")
def upstream(upstream_path: Callable[[str], Path]) -> Callable[[str], Spec]:
    """Upstream spec by short commit. Shared between tests: never modify (deep-copy first)."""
    cache: dict[str, Spec] = {}

    def load(commit: str) -> Spec:
        if commit not in cache:
            cache[commit] = load_spec(upstream_path(commit))
        return cache[commit]

    return load
