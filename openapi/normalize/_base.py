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
    # A guess about what upstream meant, not a mechanical respelling: regeneration logs it as a warning when it fires.
    warns: bool = False


def transformation(reason: str, *, warns: bool = False) -> Callable[[Callable[[Spec], int]], Transformation]:
    def wrap(function: Callable[[Spec], int]) -> Transformation:
        return Transformation(name=function.__name__, reason=reason, apply=function, warns=warns)

    return wrap
