"""A typed handle on one generated operation: its id and the generated parser of its success body."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Endpoint(Generic[T_co]):
    operation_id: str
    parse: Callable[[Any], T_co]


class ListResponse(Protocol[T_co]):
    """What every generated List…Response has in common."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> str | None: ...
