"""A typed handle on one generated operation: its id and the generated parser of its success body."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T_co = TypeVar("T_co", covariant=True)

# A parser named as "module" or "module:attribute" (module relative to exa_websets_api; the attribute defaults to the
# endpoint module's parse_success) is imported on first use, not when the resources are: the generated endpoint and
# model modules are most of what importing the client would otherwise cost.
ParserRef = str


def _resolve(ref: ParserRef) -> Callable[[Any], Any]:
    module, _, attribute = ref.partition(":")
    attribute = attribute or "parse_success"
    found: Any = importlib.import_module(f"exa_websets_api.{module}")
    for name in attribute.split("."):
        found = getattr(found, name)
    return found  # type: ignore[no-any-return]


class _LazyParser(Generic[T_co]):
    __slots__ = ("_parse",)

    def __init__(self, parse: Callable[[Any], T_co] | ParserRef) -> None:
        self._parse = parse

    def _parser(self) -> Callable[[Any], T_co]:
        parse = self._parse
        if isinstance(parse, str):
            parse = self._parse = _resolve(parse)
        return parse


class Endpoint(_LazyParser[T_co]):
    __slots__ = ("operation_id",)

    def __init__(self, operation_id: str, parse: Callable[[Any], T_co] | ParserRef) -> None:
        super().__init__(parse)
        self.operation_id = operation_id

    @property
    def parse(self) -> Callable[[Any], T_co]:
        return self._parser()

    def __repr__(self) -> str:
        return f"Endpoint({self.operation_id!r})"


class ListEndpoint(_LazyParser[T_co]):
    """A list operation: its id and how one of its items is parsed (pages are built from items, see RawPage)."""

    __slots__ = ("operation_id",)

    def __init__(self, operation_id: str, parse_item: Callable[[Any], T_co] | ParserRef) -> None:
        super().__init__(parse_item)
        self.operation_id = operation_id

    @property
    def parse_item(self) -> Callable[[Any], T_co]:
        return self._parser()

    def __repr__(self) -> str:
        return f"ListEndpoint({self.operation_id!r})"
