"""Where an incremental sync is in the events feed: pure decisions, no I/O (tested on their own).

The feed is read again from a little before the newest event applied (the overlap), because an event may become
visible after a later one was already listed; the ids applied inside the overlap drop the repeats. An event that
shows up inside the overlap but older than the newest one applied is *late*: its data may be older than what was
already loaded, so the sync re-reads the object it names instead of trusting the event.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# The API keeps events this long (the reference: "Events are retained for 60 days before automatic deletion").
EVENT_RETENTION = datetime.timedelta(days=60)
# How far before the newest applied event each run reads again.
DEFAULT_OVERLAP = datetime.timedelta(minutes=5)


def parse_time(value: str | datetime.datetime) -> datetime.datetime:
    moment = (
        value if isinstance(value, datetime.datetime) else datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    )
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)


@dataclass(frozen=True)
class SyncCursor:
    """The newest event applied (its time and id) and the ids applied within ``overlap`` of it."""

    created_at: datetime.datetime
    event_id: str
    seen: frozenset[str] = field(default_factory=frozenset)
    overlap: datetime.timedelta = DEFAULT_OVERLAP

    @property
    def since(self) -> datetime.datetime:
        """Ask for events created at or after this moment."""
        return self.created_at - self.overlap

    def fresh(self, listed: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """The events not applied yet, oldest first. ``listed`` is in the API's order (newest first); an id listed
        twice (a page boundary moving) counts once."""
        out: list[Mapping[str, Any]] = []
        ids: set[str] = set()
        for event in reversed(listed):
            event_id = str(event["id"])
            if event_id in self.seen or event_id in ids:
                continue
            ids.add(event_id)
            out.append(event)
        return out

    def is_late(self, event: Mapping[str, Any]) -> bool:
        """An event not applied yet but older than the newest applied one."""
        return parse_time(event["createdAt"]) < self.created_at

    def advanced(self, applied: Iterable[Mapping[str, Any]]) -> SyncCursor:
        """The cursor after ``applied`` (oldest first); unchanged when there were none."""
        moved = advance(self, applied, overlap=self.overlap)
        assert moved is not None  # starting from a cursor, there is always one
        return moved

    def to_state(self) -> dict[str, Any]:
        return {"created_at": self.created_at.isoformat(), "event_id": self.event_id, "seen": sorted(self.seen)}

    @classmethod
    def from_state(
        cls, state: Mapping[str, Any] | None, *, overlap: datetime.timedelta = DEFAULT_OVERLAP
    ) -> SyncCursor | None:
        if not state:
            return None
        return cls(parse_time(state["created_at"]), str(state["event_id"]), frozenset(state.get("seen", ())), overlap)


def advance(
    cursor: SyncCursor | None, applied: Iterable[Mapping[str, Any]], *, overlap: datetime.timedelta = DEFAULT_OVERLAP
) -> SyncCursor | None:
    """The newest of ``cursor`` and ``applied``, keeping only the ids still inside the overlap of the new newest."""
    times: dict[str, datetime.datetime] = {}
    newest = cursor
    for event in applied:
        moment = parse_time(event["createdAt"])
        times[str(event["id"])] = moment
        if newest is None or moment >= newest.created_at:
            newest = SyncCursor(moment, str(event["id"]), overlap=overlap)
    if newest is None:
        return None
    since = newest.created_at - overlap
    kept = {event_id for event_id, moment in times.items() if moment >= since}
    if cursor is not None:
        kept |= {event_id for event_id in cursor.seen if cursor.created_at >= since}  # old ids, still in the window
    return SyncCursor(newest.created_at, newest.event_id, frozenset(kept), overlap)
