"""Where a cursor-paginated listing stands, and the resume token that says so. Pure: the loop that fetches pages is
in _async.py (and its derived twin _sync.py).

A resume token means "continue after the last item the caller received". It is the server cursor of a page plus
how many items of that page the caller already has. When the caller has a whole page, the token is simply the
server's cursor for the next page (so ``page.next_cursor`` and a token are interchangeable there); mid-page it is
``RESUME_PREFIX`` + base64url of ``{"cursor": <page cursor or null>, "skip": <items received>}``. Resuming re-reads
that page and skips what was received: nothing lost, nothing repeated, provided the list's order before that point
has not changed (lists are in creation order, so new items land after it).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import CursorLoop, MissingNextCursor

if TYPE_CHECKING:
    from .._core.response import ResponseInfo

__all__ = ["RESUME_PREFIX", "CursorLoop", "ListingPosition", "MissingNextCursor", "ResumePoint", "parse_resume_token"]

RESUME_PREFIX = "exa-resume.v1."
_MAX_TOKEN_LENGTH = 4096  # far beyond any real cursor; a longer "token" is not one this SDK made
_MAX_SKIP = 2**31 - 1


@dataclass(frozen=True)
class ResumePoint:
    """Continue at the page fetched with ``cursor`` (None: the first page), after its first ``skip`` items."""

    cursor: str | None
    skip: int = 0

    def token(self) -> str | None:
        if self.skip == 0:
            return self.cursor
        text = json.dumps({"cursor": self.cursor, "skip": self.skip}, separators=(",", ":"))
        return RESUME_PREFIX + base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def parse_resume_token(value: str | None) -> ResumePoint:
    """A saved ``.cursor`` (or a server's ``next_cursor``) as a resume point.

    Raises ``ValueError`` saying what is wrong when ``value`` claims to be a resume token and is not a valid one.
    """
    if value is None:
        return ResumePoint(None)
    if not isinstance(value, str):
        raise ValueError(f"must be a string (a saved paginator .cursor), not {type(value).__name__}")
    if not value.startswith(RESUME_PREFIX):
        return ResumePoint(value)  # a server cursor: resume at the start of its page
    if len(value) > _MAX_TOKEN_LENGTH:
        raise ValueError(f"is a resume token longer than {_MAX_TOKEN_LENGTH} characters; pass .cursor unchanged")
    encoded = value[len(RESUME_PREFIX) :]
    try:
        text = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
        data = json.loads(text)
    except (binascii.Error, ValueError):  # ValueError covers bad base64 characters, UTF-8 and JSON
        raise ValueError("is a damaged resume token (not base64url JSON); pass .cursor unchanged") from None
    if not isinstance(data, dict) or set(data) != {"cursor", "skip"}:
        raise ValueError('is a damaged resume token (it needs exactly "cursor" and "skip"); pass .cursor unchanged')
    cursor, skip = data["cursor"], data["skip"]
    if cursor is not None and (not isinstance(cursor, str) or not cursor):
        raise ValueError("is a damaged resume token (its cursor must be a non-empty string or null)")
    if isinstance(skip, bool) or not isinstance(skip, int) or not 0 <= skip <= _MAX_SKIP:
        raise ValueError(f"is a damaged resume token (its skip must be an integer from 0 to {_MAX_SKIP})")
    return ResumePoint(cursor, skip)


def _where(response: ResponseInfo | None) -> dict[str, Any]:
    """The request a pagination error is about, when the page's response is known."""
    if response is None:
        return {"method": "GET", "url": "", "request_id": None}
    return {"method": response.method, "url": response.url, "request_id": response.request_id}


@dataclass
class ListingPosition:
    """The position of a listing: the page being read, how much of it the caller has, and the page to fetch next.

    The position only moves after a page has arrived, so a retried page request asks for the same page again.
    """

    to_fetch: str | None = None  # the cursor of the next page to request (None: the first page)
    skip_next: int = 0  # items at the start of that page the caller already has (from a resume token)
    page_cursor: str | None = None  # the cursor that fetched the page being read
    page_size: int = 0  # items in the page being read
    received: int = 0  # items of that page the caller has (may exceed page_size while skipping a shorter page)
    next: str | None = None  # the cursor for the page after it (None: none)
    finished: bool = False
    dead_end: MissingNextCursor | None = None  # raised once the caller has the page that claimed more
    seen: set[str] = field(default_factory=set, repr=False)

    @classmethod
    def starting_at(cls, token: str | None) -> ListingPosition:
        """Raises ``ValueError`` for a malformed resume token (see :func:`parse_resume_token`)."""
        point = parse_resume_token(token)
        # Before the first page arrives, the position is the token's: that page, that many items received.
        return cls(to_fetch=point.cursor, skip_next=point.skip, page_cursor=point.cursor, received=point.skip)

    def arrived(
        self,
        count: int,
        has_more: bool,
        next_cursor: str | None,
        *,
        paginates: bool = True,
        response: ResponseInfo | None = None,
    ) -> int:
        """Record the page of ``count`` items fetched with ``self.to_fetch``; returns how many of its first items
        to skip (the caller had them before a resume)."""
        skip = self.skip_next
        self.page_cursor, self.page_size = self.to_fetch, count
        self.received = skip
        if not has_more or not paginates:
            self.finished, self.next = True, None
            self.received = min(skip, count)  # the list got shorter: nothing more to skip
            return self.received
        if not next_cursor:
            self.finished, self.next = True, None
            self.received = min(skip, count)
            self.dead_end = MissingNextCursor(
                "the server said the list has more (hasMore: true) but gave no nextCursor to ask for it",
                **_where(response),
            )
            return self.received
        if next_cursor in self.seen or next_cursor == self.page_cursor:
            raise CursorLoop(
                f"the server repeated cursor {next_cursor!r}; stopping instead of looping forever",
                **_where(response),
            )
        self.seen.add(next_cursor)
        self.next = self.to_fetch = next_cursor
        self.skip_next = max(0, skip - count)  # a resumed page that is now shorter: skip on into the next one
        return min(skip, count)

    def delivered(self, through: int) -> None:
        """The caller now has the page's items up to index ``through`` (exclusive)."""
        self.received = max(self.received, through)

    @property
    def resume(self) -> ResumePoint:
        """Where to continue so the caller gets every item after the last one it received, once."""
        if self.next is not None and self.received >= self.page_size:
            return ResumePoint(self.next, self.received - self.page_size)
        return ResumePoint(self.page_cursor, self.received)
