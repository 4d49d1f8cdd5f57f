"""Where a cursor-paginated listing stands. Pure: the loops that fetch pages are in _async/_sync."""

from __future__ import annotations

from dataclasses import dataclass, field


class CursorLoop(RuntimeError):
    """The server answered a page with a cursor it had already given: following it would never end."""


@dataclass
class Cursor:
    """The cursor of the page being read (to resume from) and of the next one to fetch.

    Resuming from ``current`` re-reads the page being read: resumption is at-least-once per page, never lossy. The
    cursor only moves after a page has arrived, so a retried page request asks for the same page again.
    """

    current: str | None = None  # the cursor that fetched the page being read (None: the first page)
    next: str | None = None  # the cursor for the page after it
    started: bool = False
    finished: bool = False
    seen: set[str] = field(default_factory=set, repr=False)

    @classmethod
    def starting_at(cls, cursor: str | None) -> Cursor:
        return cls(current=None, next=cursor)

    def arrived(self, has_more: bool, next_cursor: str | None, *, paginates: bool = True) -> None:
        """Record the page fetched with ``self.next``."""
        self.current, self.started = self.next, True
        if not has_more or not next_cursor or not paginates:
            self.finished = True
            return
        if next_cursor in self.seen:
            raise CursorLoop(f"the server repeated cursor {next_cursor!r}; stopping instead of looping forever")
        self.seen.add(next_cursor)
        self.next = next_cursor
