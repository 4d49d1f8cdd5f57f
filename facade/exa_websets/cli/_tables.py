"""Tables printed a page at a time, so a long listing never has to be held in memory to be shown."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

GAP = 3  # between two columns: a space of padding each side of a blank divider
MIN_WIDTH = 8


@dataclass(frozen=True)
class Column:
    title: str
    width: int
    shrink: bool = True  # False for ids, statuses, times: in a narrow terminal the other columns give way


def table_width(columns: Sequence[Column]) -> int:
    """The width a PagedTable with these columns needs: the columns plus the gaps between them."""
    return sum(c.width for c in columns) + GAP * max(0, len(columns) - 1)


def fit(columns: Sequence[Column], available: int) -> list[int]:
    """Column widths for ``available`` characters: the shrinkable columns give up the excess, in proportion."""
    widths = [c.width for c in columns]
    excess = table_width(columns) - available
    shrinkable = sum(c.width for c in columns if c.shrink)
    if excess > 0 and shrinkable:
        for index, column in enumerate(columns):
            if column.shrink:
                cut = -(-excess * column.width // shrinkable)  # rounded up, so the excess is covered
                widths[index] = max(MIN_WIDTH, column.width - cut)
    return widths


class PagedTable:
    """Prints rows a page at a time under one header; cells are plain text (never read as rich markup).

    Every page gets the same column widths (fixed once, from the console's width), so the pages line up as one table.
    """

    def __init__(self, console: Console, columns: Sequence[Column]) -> None:
        self._console = console
        self._columns = list(columns)
        self._widths = fit(self._columns, console.width)
        self.rows = 0

    def add_page(self, rows: Iterable[Sequence[str]]) -> None:
        table = Table(
            box=box.SIMPLE_HEAD, show_header=self.rows == 0, show_edge=False, pad_edge=False, header_style="bold"
        )
        for column, width in zip(self._columns, self._widths, strict=True):
            table.add_column(column.title, width=width, overflow="fold")  # fold, never crop: ids must stay whole
        added = 0
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
            added += 1
        if added:
            self._console.print(table)
            self.rows += added
