"""Fixtures for the command line's tests: the fake, an in-process HTTP client to it, and a runner."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from exa_websets.testing import FakeWebsets, ManualClock

from .helpers import Cli


@pytest.fixture
def fake() -> FakeWebsets:
    return FakeWebsets(seed=0, clock=ManualClock())


@pytest.fixture
def http(fake: FakeWebsets) -> Iterator[httpx.Client]:
    with httpx.Client(transport=fake.transport()) as client:
        yield client


@pytest.fixture
def cli(fake: FakeWebsets, http: httpx.Client) -> Cli:
    return Cli(fake, http)
