"""One page of a list operation, the same shape for all eight lists."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ._endpoint import ListResponse
from ._response import ResponseInfo, response_info

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    data: list[T]
    has_more: bool
    next_cursor: str | None
    response: ResponseInfo | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_response(cls, parsed: ListResponse[T]) -> Page[T]:
        cursor = parsed.next_cursor if isinstance(parsed.next_cursor, str) else None
        return cls(data=list(parsed.data), has_more=bool(parsed.has_more), next_cursor=cursor,
                   response=response_info(parsed))  # fmt: skip

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
