"""What every handler gets (a ``Call``) and can raise (an ``ApiError``), and the registry of handlers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from ._pagination import PAGE_LIMITS, RecordPage, paginate
from ._records import Store, WebsetRecord
from ._simulation import Simulation

T = TypeVar("T")


class InWebset(Protocol):
    """A record that lives in one webset (an item, a search, an enrichment, an export)."""

    @property
    def webset_id(self) -> str: ...


R = TypeVar("R")
W = TypeVar("W", bound=InWebset)


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
            raise not_found("Webset", self.params[param])
        return webset

    def found(self, records: Mapping[str, R], kind: str, param: str = "id") -> R:
        """The record the path names (``{id}`` unless ``param`` says otherwise); 404 when there is none."""
        record = records.get(self.params[param])
        if record is None:
            raise not_found(kind, self.params[param])
        return record

    def in_webset(self, records: Mapping[str, W], kind: str) -> W:
        """The record ``{id}`` of the webset ``{webset}``; 404 when either is missing or it is another webset's."""
        webset = self.webset()
        record = records.get(self.params["id"])
        if record is None or record.webset_id != webset.id:
            raise not_found(kind, self.params["id"])
        return record

    def page(self, records: Sequence[T], position: Callable[[T], int], *, descending: bool) -> RecordPage[T]:
        """The page of ``records`` the query's ``cursor`` and ``limit`` ask for (within the operation's limits)."""
        limits = PAGE_LIMITS[self.operation_id]
        limit = int(float(self.arg("limit") or limits.default))
        return paginate(records, position=position, limit=limit, cursor=self.arg("cursor"), descending=descending)


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def not_found(kind: str, identifier: str) -> ApiError:
    return ApiError(404, f"{kind} {identifier!r} not found")
