"""Progress on stderr: a live rich bar in a terminal, and one plain line per change elsewhere (logs, CI, tests)."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from ..waiting.judges import WaitProgress
from ._format import duration

if TYPE_CHECKING:
    from typing_extensions import Self


def _count(value: float | None) -> int:
    return int(value or 0)


def _time_left(progress: WaitProgress) -> str:
    if not progress.time_left or progress.status != "running":  # no estimate yet, or nothing left to wait for
        return ""
    return f"~{duration(progress.time_left)} left"


class _LiveDisplay:
    """A rich Progress shown while the display is entered (None when not drawing: no terminal, or disabled)."""

    _progress: Progress | None = None

    def __enter__(self) -> Self:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()


class WaitDisplay(_LiveDisplay):
    """Shows a webset wait: status, a completion bar, found / analyzed, the server's time-left estimate."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self.last: WaitProgress | None = None  # the latest poll's progress
        self._last_line: tuple[object, ...] | None = None
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        if console.is_terminal:
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[found]} found · {task.fields[analyzed]} analyzed", markup=False),
                TextColumn("{task.fields[left]}", markup=False),
                TextColumn("{task.fields[elapsed]}", style="dim", markup=False),
                console=console,
            )
            self._task = self._progress.add_task("starting", total=100, found=0, analyzed=0, left="", elapsed="")

    def update(self, progress: WaitProgress) -> None:
        self.last = progress
        found, analyzed, completion = _count(progress.found), _count(progress.analyzed), progress.completion or 0.0
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task,
                description=progress.status,
                completed=completion,
                found=found,
                analyzed=analyzed,
                left=_time_left(progress),
                elapsed=f"{duration(progress.elapsed)} elapsed",
            )
            return
        # Without a terminal, print only what changed: a log gets a line per step, not one per poll.
        line = (progress.status, found, analyzed, round(completion))
        if line != self._last_line:
            self._last_line = line
            parts = [
                progress.status,
                f"{found} found",
                f"{analyzed} analyzed",
                f"{completion:.0f}%",
                _time_left(progress),
                f"{duration(progress.elapsed)} elapsed",
            ]
            self._console.print(Text(" · ".join(p for p in parts if p), style="dim"))


class CountDisplay(_LiveDisplay):
    """Counts items written: a bar (against the expected total, when known) in a terminal, a line per page else."""

    def __init__(self, console: Console, description: str, *, total: int | None, enabled: bool = True) -> None:
        self._console = console
        self._description = description
        self._total = total
        self._enabled = enabled
        self.count = 0
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        if enabled and console.is_terminal:
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            )
            self._task = self._progress.add_task(description, total=total)

    def advance(self, added: int) -> None:
        self.count += added
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=self.count)
        elif self._enabled:
            of = f" of ~{self._total}" if self._total else ""
            self._console.print(Text(f"{self._description}: {self.count}{of}", style="dim"))
