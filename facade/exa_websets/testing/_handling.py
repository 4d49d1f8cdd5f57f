"""What every handler gets (a ``Call``) and can raise (an ``ApiError``), and the registry of handlers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._pagination import PAGE_LIMITS, paginate
from ._records import Store, WebsetRecord
from ._simulation import Simulation

T = TypeVar("T")


class ApiError(Exception):
    """An error answer: a status and a JSON body ``{"error": message, "details": [...]}``."""

    def __init__(self, status: int, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = list(details)


@dataclass(frozen=True)
class RawBody:
    """A non-JSON answer (an export file)."""

    content: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Call:
    sim: Simulation
    operation_id: str
    params: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    raw_body: bytes
    origin: str  # scheme://host of the request, for URLs the fake serves itself

    @property
    def store(self) -> Store:
        return self.sim.store

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def webset(self, param: str = "webset") -> WebsetRecord:
        webset = self.store.find_webset(self.params[param])
        if webset is None:
            raise ApiError(404, f"Webset {self.params[param]!r} not found")
        return webset

    def page(self, records: Sequence[T], position: Callable[[T], int], *, descending: bool) -> tuple[list[T], Any]:
        """A page of records per the operation's limits; returns the records and (hasMore, nextCursor)."""
        limits = PAGE_LIMITS[self.operation_id]
        limit = int(float(self.arg("limit") or limits.default))
        page = paginate(records, position=position, limit=limit, cursor=self.arg("cursor"), descending=descending)
        return page.data, (page.has_more, page.next_cursor)


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def not_found(kind: str, identifier: str) -> ApiError:
    return ApiError(404, f"{kind} {identifier!r} not found")
