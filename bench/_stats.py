"""Repeated measurements: every figure is the median of several runs, shown with the runs' min and max."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Stat:
    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Stat:
        if not values:
            raise ValueError("a statistic needs at least one run")
        return cls(tuple(float(v) for v in values))

    @property
    def median(self) -> float:
        return float(statistics.median(self.values))

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def max(self) -> float:
        return max(self.values)

    @property
    def runs(self) -> int:
        return len(self.values)

    def scaled(self, factor: float) -> Stat:
        return Stat(tuple(v * factor for v in self.values))

    def per(self, other: Stat) -> Stat:
        """Run-by-run ratio ``self / other`` (the runs were interleaved, so each pair saw the same conditions)."""
        return Stat(tuple(a / b for a, b in zip(self.values, other.values, strict=True)))

    def fmt(self, digits: int = 2, scale: float = 1.0, suffix: str = "") -> str:
        median = f"{self.median * scale:,.{digits}f}{suffix}"
        if self.runs == 1 or self.min == self.max:
            return median
        return f"{median} ({self.min * scale:,.{digits}f}-{self.max * scale:,.{digits}f})"


def interleaved(variants: Mapping[K, Callable[[], T]], rounds: int) -> dict[K, list[T]]:
    """Run every variant once per round, rotating the order each round, so that drift in the machine's load is
    shared by all variants and none always runs first."""
    names = list(variants)
    results: dict[K, list[T]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(variants[name]())
    return results
