"""Fixtures for the fake's tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from exa_websets.testing import FakeWebsets

from .helpers import Receiver, SpecResponses, client


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
def fake(receiver: Receiver) -> FakeWebsets:
    return FakeWebsets(seed=7, deliver=receiver)


@pytest.fixture
def http(fake: FakeWebsets) -> Iterator[httpx.Client]:
    with client(fake) as c:
        yield c


@pytest.fixture(scope="session")
def spec_responses(pinned_spec: dict[str, Any]) -> SpecResponses:
    return SpecResponses(pinned_spec)
