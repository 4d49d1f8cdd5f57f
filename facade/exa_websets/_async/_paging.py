"""Lazy iteration over every item of a list operation, one page in memory at a time, resumable from a cursor."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Generic, TypeVar

from .._errors import InvalidRequestError, Problem
from .._logging import logger
from .._operations import label_for
from .._pagination import Page, RawPage
from .._policy.paging import Cursor

T = TypeVar("T")


class AsyncPaginator(Generic[T]):
    """``async for item in paginator`` reads every item; ``iter_pages()`` yields whole pages.

    ``cursor`` says where to continue after the last item the caller received (an item yielded by ``async for``, or
    every item of a page yielded by ``iter_pages()``): save it, and pass it as ``cursor=`` to ``list_all`` later to
    get every later item exactly once, also when the caller stopped in the middle of a page. A page request that
    fails transiently is retried by the client for the same cursor, so no item is lost or repeated either.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[RawPage[T]]],
        *,
        cursor: str | None = None,
        paginates: bool = True,
        operation_id: str | None = None,
    ) -> None:
        self._fetch = fetch
        try:
            self._position = Cursor.starting_at(cursor)
        except ValueError as error:  # refused before the network, naming the argument
            label = label_for(operation_id) if operation_id else "list_all"
            raise InvalidRequestError(label, [Problem("cursor", str(error))]) from None
        self._paginates = paginates  # False for lists the spec gives no cursor (monitor runs): one page only
        self.pages_fetched = 0

    @property
    def cursor(self) -> str | None:
        """Where to resume: after the last item received (None: from the start).

        At a page boundary this is the server's cursor of the next page; in the middle of a page it is a resume
        token (``exa-resume.v1.…``) that ``list_all(cursor=...)`` and ``list(cursor=...)`` understand. Treat it as
        opaque.
        """
        return self._position.resume.token()

    @property
    def next_cursor(self) -> str | None:
        """The server's cursor of the page after the one being read (None when there is none)."""
        return None if self._position.finished else self._position.next

    async def _raw_pages(self) -> AsyncIterator[tuple[RawPage[T], int]]:
        """Each page with how many of its first items to leave out (the caller had them before a resume)."""
        while not self._position.finished:
            page = await self._fetch(self._position.to_fetch)
            self.pages_fetched += 1
            if page.has_more and not self._paginates:
                logger.warning("the list says it has more, but the spec gives it no cursor to ask for them")
            skip = self._position.arrived(
                len(page.items), page.has_more, page.next_cursor, paginates=self._paginates, response=page.response
            )
            yield page, skip
        if self._position.dead_end is not None:
            raise self._position.dead_end

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Whole pages, their items parsed (a resumed first page without the items received before)."""
        async for raw, skip in self._raw_pages():
            page = raw.page(skip)
            self._position.delivered(len(raw.items))
            yield page

    async def _items(self) -> AsyncIterator[T]:
        # Each item becomes a model only when reached (see RawPage): one page of JSON, one model at a time.
        async for raw, skip in self._raw_pages():
            index = skip
            for item in raw.models(skip):
                index += 1
                self._position.delivered(index)  # before the yield: once yielded, the caller has it
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()
