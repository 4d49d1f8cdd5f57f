"""Which facade method calls which spec operation, read from the resources themselves.

Resource methods are marked with ``@operation("websets-create")``; walking the client's annotated resources gives
the mapping the drift check uses (``FACADE_METHODS``) and the labels errors use ("websets.create: ...").
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
OPERATION_ATTRIBUTE = "__websets_operation__"


def operation(*operation_ids: str) -> Callable[[F], F]:
    """Mark a resource method as (part of) the facade of these spec operations."""

    def mark(method: F) -> F:
        setattr(method, OPERATION_ATTRIBUTE, operation_ids)
        return method

    return mark


def facade_methods(root: type, prefix: str = "") -> dict[str, tuple[str, ...]]:
    """operation id → facade method names, found by walking ``root``'s annotated resource attributes."""
    found: dict[str, list[str]] = {}
    for name, kind in typing.get_type_hints(root).items():
        if not isinstance(kind, type) or name.startswith("_"):
            continue
        namespace = f"{prefix}{name}"
        for method_name, method in vars(kind).items():
            for operation_id in getattr(method, OPERATION_ATTRIBUTE, ()):
                found.setdefault(operation_id, []).append(f"{namespace}.{method_name}")
        for operation_id, names in facade_methods(kind, f"{namespace}.").items():
            found.setdefault(operation_id, []).extend(names)
    return {operation_id: tuple(sorted(names)) for operation_id, names in sorted(found.items())}


@cache
def _index() -> dict[str, tuple[str, ...]]:
    from ._async.client import AsyncWebsetsClient  # noqa: PLC0415 - resources import this module

    return facade_methods(AsyncWebsetsClient)


def label_for(operation_id: str) -> str:
    """How the caller knows an operation, for messages: the facade method that calls it and nothing else."""
    names = _index().get(operation_id, (operation_id,))
    return min(names, key=len)


def __getattr__(name: str) -> Mapping[str, tuple[str, ...]]:
    if name == "FACADE_METHODS":
        return _index()
    raise AttributeError(name)
