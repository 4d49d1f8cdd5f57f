"""The sync's cursor: which events are new, which are late, where the cursor moves (pure, no I/O)."""

from __future__ import annotations

import datetime

from exa_websets.sync import SyncCursor
from exa_websets.sync._cursor import advance

T0 = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
MINUTE = datetime.timedelta(minutes=1)


def event(event_id: str, minutes: float) -> dict[str, str]:
    return {"id": event_id, "type": "webset.item.created", "createdAt": (T0 + minutes * MINUTE).isoformat()}


def test_a_first_cursor_is_the_newest_event_and_remembers_the_ids_inside_the_overlap() -> None:
    cursor = advance(None, [event("a", 0), event("b", 4), event("c", 10)], overlap=5 * MINUTE)
    assert cursor is not None
    assert (cursor.created_at, cursor.event_id) == (T0 + 10 * MINUTE, "c")
    assert cursor.seen == {"c"}  # "a" and "b" are older than 10 - 5 minutes
    assert cursor.since == T0 + 5 * MINUTE


def test_no_events_no_cursor() -> None:
    assert advance(None, []) is None


def test_fresh_drops_what_was_applied_and_repeats_and_returns_oldest_first() -> None:
    cursor = SyncCursor(T0 + 10 * MINUTE, "c", frozenset({"b", "c"}), 5 * MINUTE)
    listed = [event("e", 12), event("d", 11), event("d", 11), event("c", 10), event("b", 9)]  # newest first
    assert [e["id"] for e in cursor.fresh(listed)] == ["d", "e"]


def test_an_event_older_than_the_cursor_but_not_seen_is_late() -> None:
    cursor = SyncCursor(T0 + 10 * MINUTE, "c", frozenset({"c"}), 5 * MINUTE)
    assert cursor.is_late(event("x", 8))
    assert not cursor.is_late(event("y", 10))
    assert not cursor.is_late(event("z", 11))


def test_the_cursor_only_moves_forward_and_keeps_overlapping_ids() -> None:
    cursor = SyncCursor(T0 + 10 * MINUTE, "c", frozenset({"c"}), 5 * MINUTE)
    moved = cursor.advanced([event("x", 8), event("d", 12)])
    assert (moved.created_at, moved.event_id) == (T0 + 12 * MINUTE, "d")
    assert {"c", "x", "d"} <= moved.seen
    assert cursor.advanced([]) == cursor
    assert cursor.advanced([event("late", 9)]).event_id == "c"  # a late event does not move it back


def test_the_state_round_trips() -> None:
    cursor = SyncCursor(T0, "a", frozenset({"a", "b"}), 5 * MINUTE)
    assert SyncCursor.from_state(cursor.to_state(), overlap=5 * MINUTE) == cursor
    assert SyncCursor.from_state(None) is None
