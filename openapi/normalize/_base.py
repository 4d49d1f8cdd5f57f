"""The shape every named transformation shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Spec = dict[str, Any]


@dataclass(frozen=True)
class Transformation:
    """A named, explained rewrite of the spec. ``apply`` mutates the spec and returns how many places it changed."""

    name: str
    reason: str
    apply: Callable[[Spec], int]


def transformation(reason: str) -> Callable[[Callable[[Spec], int]], Transformation]:
    def wrap(function: Callable[[Spec], int]) -> Transformation:
        return Transformation(name=function.__name__, reason=reason, apply=function)

    return wrap
