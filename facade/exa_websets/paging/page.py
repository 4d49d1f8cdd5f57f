"""The pages of a list operation, the same shape for all eight lists: a page (parsed, or with its items still JSON),
and what the spec says of a list's pages (their largest size, whether a cursor chains them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._core.response import mark_origin
from .._errors import APIResponseValidationError

if TYPE_CHECKING:
    from .._core.operation import ListEndpoint
    from .._core.response import ResponseInfo

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    data: list[T]
    has_more: bool
    next_cursor: str | None
    response: ResponseInfo | None = field(default=None, repr=False, compare=False)

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class RawPage(Generic[T]):
    """A page whose items are still JSON: each becomes a model only when it is reached.

    Reading a long list this way keeps one item's model alive at a time (unless the caller keeps it), instead of a
    whole page of models built at once and promoted through the garbage collector's generations (the benchmark
    measured ~20% of paging time).
    """

    items: list[Any]
    has_more: bool
    next_cursor: str | None
    parse_item: Callable[[Any], T]
    response: ResponseInfo

    def models(self, start: int = 0) -> Iterator[T]:
        """The items from index ``start`` on, each parsed when reached."""
        for index in range(start, len(self.items)):
            raw = self.items[index]
            try:
                model = self.parse_item(raw)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                info = self.response
                raise APIResponseValidationError(
                    f"an item of the {info.status_code} response does not match the pinned spec "
                    f"({type(error).__name__}: {error})",
                    method=info.method,
                    url=info.url,
                    body=raw,
                    request_id=info.request_id,
                    retries=info.retries,
                ) from error
            mark_origin(model, self.response)  # a malformed field read later names this page's request
            yield model

    def page(self, start: int = 0) -> Page[T]:
        """The page's items from index ``start`` on (a resumed page leaves out what the caller already had)."""
        return Page(
            data=list(self.models(start)), has_more=self.has_more, next_cursor=self.next_cursor, response=self.response
        )


def page_size(endpoint: ListEndpoint[Any], limit: int | None) -> int | None:
    """The caller's page size, else the largest the spec allows for this list (fewest requests)."""
    return limit if limit is not None else endpoint.page_limit


def paginates(endpoint: ListEndpoint[Any]) -> bool:
    """Whether the spec gives the list a cursor to ask for its next page (monitor runs have none: one page)."""
    return any(parameter.name == "cursor" for parameter in endpoint.operation.query_parameters)
