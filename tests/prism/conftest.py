"""Prism, once per session, serving the pinned spec plus the documented supplement (``openapi/overlays``).

Prism is an npm package installed by ``python scripts/prism.py install`` into ``.cache/prism`` (``PRISM_BIN`` points
elsewhere); scripts/prism.py pins its version, starts it on a free port and waits until it listens.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from scripts import prism as prism_script
from tests.contract.golden import SpecValidator, spec_validator


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "supplement: the operation comes from openapi/overlays (documented, absent from the pinned spec)"
    )


@pytest.fixture(scope="session")
def served_spec(pinned_spec: dict[str, Any]) -> dict[str, Any]:
    """What Prism serves: the pinned spec, preview's misplaced parameter corrected, the supplement added."""
    return prism_script.spec_for_prism(pinned_spec)


@pytest.fixture(scope="session")
def served_validator(served_spec: dict[str, Any]) -> SpecValidator:
    """jsonschema (2020-12) over the same document Prism serves: the independent second opinion."""
    return spec_validator(served_spec)


@pytest.fixture(scope="session")
def prism(served_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A running ``prism mock`` (a scripts/prism.py PrismServer); ``.base_url`` is the facade's base URL."""
    directory = tmp_path_factory.mktemp("prism")
    spec_path = directory / "spec-with-supplement.json"
    spec_path.write_text(json.dumps(served_spec), encoding="utf-8")
    unavailable = None
    try:
        server = prism_script.PrismServer(spec_path, directory / "prism.log", executable=prism_script.locate())
        server.start()
    except prism_script.PrismUnavailable as error:
        unavailable = str(error)
    if unavailable is not None:  # outside the except block: the message alone, no chained traceback
        pytest.fail(unavailable, pytrace=False)
    try:
        yield server
    finally:
        server.stop()
