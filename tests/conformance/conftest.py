"""Conformance fixtures: the spec with the documented supplement, its Schemathesis schema, a served fake."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema

from openapi.overlays import apply_overlays
from tests.contract.golden import SpecValidator, spec_validator

from .world import World

# Statuses a negative (invalid) request may be rejected with: 400 (a body that is not JSON), 401 (no API key),
# 422 (a request that breaks the spec's constraints). See test_schemathesis.py for why these three.
REJECTION_STATUSES = (400, 401, 422)


@pytest.fixture(scope="session")
def supplemented_spec(pinned_spec: dict[str, Any]) -> dict[str, Any]:
    """The pinned spec plus the documented endpoints it lacks (exports, teams/me); a copy, the pin is untouched."""
    return apply_overlays(pinned_spec)


@pytest.fixture(scope="session")
def validator(supplemented_spec: dict[str, Any]) -> SpecValidator:
    return spec_validator(supplemented_spec)


@pytest.fixture(scope="session")
def api(supplemented_spec: dict[str, Any]) -> OpenApiSchema:
    """The supplemented spec as Schemathesis sees it, with an explicit configuration (no ``schemathesis.toml`` is
    looked for): defaults, except the statuses ``negative_data_rejection`` accepts."""
    config = schemathesis.Config.from_dict(
        {"checks": {"negative_data_rejection": {"expected-statuses": [str(s) for s in REJECTION_STATUSES]}}}
    )
    return schemathesis.openapi.from_dict(copy.deepcopy(supplemented_spec), config=config)


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    """A served fake of its own for each test module, so that modules do not see each other's resources."""
    with World(seed=11) as served:
        yield served


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    """The HTTP session Schemathesis sends cases with (no proxies from the environment: the fake is local)."""
    with requests.Session() as http:
        http.trust_env = False
        yield http
