# Generated from facade/exa_websets/paging/_async.py by scripts/unasync.py. Edit that file, not this one.
"""Reading a list operation: one page of it (``list``), or every item lazily, one page in memory at a time and
resumable from a cursor (``list_all``).

The sync implementation, generated from _async by scripts/unasync.py (``_sync.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._core.operation import label_for
from .._errors import InvalidRequestError, Problem
from .._logging import logger
from .page import Page, RawPage, page_size, paginates
from .policy import RESUME_PREFIX, ListingPosition, parse_resume_token

if TYPE_CHECKING:
    from .._core.operation import ListEndpoint
    from .._core.request import PathArguments, RequestOptions
    from .._sync.client import WebsetsClient

T = TypeVar("T")


class Listing(Generic[T]):
    """One list operation as a resource method calls it: where it lists (``path``), its filters and the caller's
    request options. ``page`` reads one page (``list``), ``all`` every item (``list_all``): both send the same query,
    so a resource declares each list once."""

    def __init__(
        self,
        client: WebsetsClient,
        endpoint: ListEndpoint[T],
        *,
        path: PathArguments | None = None,
        filters: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        self._client = client
        self._endpoint = endpoint
        self._path = path
        self._filters = filters or {}
        self._options = options

    def page(self, cursor: str | None = None, limit: int | None = None) -> Page[T]:
        """One page, its items parsed. A ``cursor`` that is a paginator's mid-page resume token fetches that page
        without the items the caller already received (the server never sees the token)."""
        skip = 0
        if isinstance(cursor, str) and cursor.startswith(RESUME_PREFIX):  # other values: validated as the spec says
            try:
                point = parse_resume_token(cursor)
            except ValueError as error:
                raise self._bad_cursor(error) from None
            cursor, skip = point.cursor, point.skip
        raw = self._raw_page(cursor, limit)
        return raw.page(min(skip, len(raw.items)))

    def all(self, cursor: str | None = None, limit: int | None = None) -> Paginator[T]:
        """Every item from ``cursor`` on, in pages of ``limit`` (default: the largest the spec allows)."""
        size = page_size(self._endpoint, limit)

        def fetch(page_cursor: str | None) -> RawPage[T]:
            return self._raw_page(page_cursor, size)

        try:
            position = ListingPosition.starting_at(cursor)
        except ValueError as error:  # refused before the network, naming the argument
            raise self._bad_cursor(error) from None
        return Paginator(fetch, position, paginates=paginates(self._endpoint))

    def _raw_page(self, cursor: str | None, limit: int | None) -> RawPage[T]:
        """One page whose items stay JSON until iterated."""
        query = {"cursor": cursor, "limit": limit, **self._filters}
        return self._client._call(self._endpoint, path=self._path, query=query, options=self._options)

    def _bad_cursor(self, error: ValueError) -> InvalidRequestError:
        return InvalidRequestError(label_for(self._endpoint.operation_id), [Problem("cursor", str(error))])


class Paginator(Generic[T]):
    """``for item in paginator`` reads every item; ``iter_pages()`` yields whole pages.

    ``cursor`` says where to continue after the last item the caller received (an item yielded by ``async for``, or
    every item of a page yielded by ``iter_pages()``): save it, and pass it as ``cursor=`` to ``list_all`` later to
    get every later item exactly once, also when the caller stopped in the middle of a page. A page request that
    fails transiently is retried by the client for the same cursor, so no item is lost or repeated either.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], RawPage[T]],
        position: ListingPosition,
        *,
        paginates: bool = True,
    ) -> None:
        self._fetch = fetch
        self._position = position
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

    def _raw_pages(self) -> Iterator[tuple[RawPage[T], int]]:
        """Each page with how many of its first items to leave out (the caller had them before a resume)."""
        while not self._position.finished:
            page = self._fetch(self._position.to_fetch)
            self.pages_fetched += 1
            if page.has_more and not self._paginates:
                logger.warning("the list says it has more, but the spec gives it no cursor to ask for them")
            skip = self._position.arrived(
                len(page.items), page.has_more, page.next_cursor, paginates=self._paginates, response=page.response
            )
            yield page, skip
        if self._position.dead_end is not None:
            raise self._position.dead_end

    def iter_pages(self) -> Iterator[Page[T]]:
        """Whole pages, their items parsed (a resumed first page without the items received before)."""
        for raw, skip in self._raw_pages():
            page = raw.page(skip)
            self._position.delivered(len(raw.items))
            yield page

    def _items(self) -> Iterator[T]:
        # Each item becomes a model only when reached (see RawPage): one page of JSON, one model at a time.
        for raw, skip in self._raw_pages():
            index = skip
            for item in raw.models(skip):
                index += 1
                self._position.delivered(index)  # before the yield: once yielded, the caller has it
                yield item

    def __iter__(self) -> Iterator[T]:
        return self._items()
