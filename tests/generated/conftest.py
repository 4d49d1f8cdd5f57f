from __future__ import annotations

from collections.abc import Iterator

import pytest
from exa_websets_api.types import set_field_error_factory


@pytest.fixture(autouse=True)
def generated_field_errors() -> Iterator[None]:
    """These tests see the generated package's own InvalidFieldError, whatever the SDK installed earlier in the run."""
    previous = set_field_error_factory(None)
    yield
    set_field_error_factory(previous)
