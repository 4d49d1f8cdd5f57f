"""Session fixtures for the contract tests: the pinned spec with and without the documented supplement, validators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from openapi.overlays import apply_overlays
from tests.contract.golden import ContractValidators, GoldenFixture, SpecOperation, load_fixtures, spec_validator
from tests.contract.reference_index import real_reference_dir, rebuild


@pytest.fixture(scope="session")
def golden_fixtures() -> list[GoldenFixture]:
    return load_fixtures()


@pytest.fixture(scope="session")
def supplemented_spec(pinned_spec: dict[str, Any]) -> dict[str, Any]:
    """The pinned spec plus the documented endpoints it lacks (exports, teams/me); a copy, the pin is untouched."""
    return apply_overlays(pinned_spec)


@pytest.fixture(scope="session")
def validators(pinned_spec: dict[str, Any], supplemented_spec: dict[str, Any]) -> ContractValidators:
    return ContractValidators(pinned=spec_validator(pinned_spec), supplemented=spec_validator(supplemented_spec))


@pytest.fixture(scope="session")
def all_operations(validators: ContractValidators) -> dict[str, SpecOperation]:
    """Every operation of the pinned spec and of the supplement, by operationId."""
    return validators.supplemented.operations


@pytest.fixture(scope="session")
def reference_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The vendor reference documents: the real ones when this machine has them, else rebuilt from their headings."""
    return real_reference_dir() or rebuild(tmp_path_factory.mktemp("reference-headings"))
