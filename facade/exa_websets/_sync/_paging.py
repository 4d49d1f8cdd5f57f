# Generated from facade/exa_websets/_async/_paging.py by scripts/unasync.py. Edit that file, not this one.
"""Lazy iteration over every item of a list operation, one page in memory at a time, resumable from a cursor."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from .._logging import logger
from .._pagination import Page, RawPage
from .._policy.paging import Cursor

T = TypeVar("T")


class Paginator(Generic[T]):
    """``for item in paginator`` reads every item; ``iter_pages()`` yields whole pages.

    ``cursor`` is the cursor of the page being read: save it, and pass it as ``cursor=`` to ``list_all`` later to
    resume from that page (at-least-once: that page is read again, nothing is skipped). A page request that fails
    transiently is retried by the client for the same cursor, so no item is lost or repeated.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], RawPage[T]],
        *,
        cursor: str | None = None,
        paginates: bool = True,
    ) -> None:
        self._fetch = fetch
        self._position = Cursor.starting_at(cursor)
        self._paginates = paginates  # False for lists the spec gives no cursor (monitor runs): one page only
        self.pages_fetched = 0

    @property
    def cursor(self) -> str | None:
        """The cursor of the page being read (None for the first page)."""
        return self._position.current

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the page after the one being read (None when there is none)."""
        return None if self._position.finished else self._position.next

    def _raw_pages(self) -> Iterator[RawPage[T]]:
        while not self._position.finished:
            page = self._fetch(self._position.next)
            self.pages_fetched += 1
            if page.has_more and not self._paginates:
                logger.warning("the list says it has more, but the spec gives it no cursor to ask for them")
            self._position.arrived(page.has_more, page.next_cursor, paginates=self._paginates)
            yield page

    def iter_pages(self) -> Iterator[Page[T]]:
        """Whole pages, their items parsed."""
        for page in self._raw_pages():
            yield page.page()

    def _items(self) -> Iterator[T]:
        # Each item becomes a model only when reached (see RawPage): one page of JSON, one model at a time.
        for page in self._raw_pages():
            yield from page.models()

    def __iter__(self) -> Iterator[T]:
        return self._items()
