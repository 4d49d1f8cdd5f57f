"""The fake's timeline: work due at fake times, run in time order (ties in the order they were scheduled)."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field

Action = Callable[[], None]


@dataclass(order=True)
class _Entry:
    due: float
    seq: int
    action: Action = field(compare=False)


class Scheduler:
    """A priority queue of actions. Actions that became pointless check that themselves when run."""

    def __init__(self) -> None:
        self._heap: list[_Entry] = []
        self._seq = 0

    def at(self, due: float, action: Action) -> None:
        self._seq += 1
        heapq.heappush(self._heap, _Entry(due, self._seq, action))

    def next_due(self) -> float | None:
        return self._heap[0].due if self._heap else None

    def pop_due(self, until: float) -> tuple[float, Action] | None:
        if not self._heap or self._heap[0].due > until:
            return None
        entry = heapq.heappop(self._heap)
        return entry.due, entry.action

    def __len__(self) -> int:
        return len(self._heap)
