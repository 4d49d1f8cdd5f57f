"""A typed handle on one generated operation: its id and the generated parser of its success body."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Endpoint(Generic[T_co]):
    operation_id: str
    parse: Callable[[Any], T_co]


@dataclass(frozen=True)
class ListEndpoint(Generic[T_co]):
    """A list operation: its id and how one of its items is parsed (pages are built from items, see RawPage)."""

    operation_id: str
    parse_item: Callable[[Any], T_co]
