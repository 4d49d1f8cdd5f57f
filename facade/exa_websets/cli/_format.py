"""Turning API objects into short human text and into JSON documents."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

from exa_websets_api.models import Webset

from .._core.response import field_value


def document(value: Any) -> Any:
    """The JSON form of an API object (its wire shape), or the value itself."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def dumps(value: Any) -> str:
    # default=str: datetimes or enums a hand-built document may hold still come out readable
    return json.dumps(document(value), ensure_ascii=False, default=str)


def text(value: Any) -> str:
    """A field as a table cell: enums by value, unset and None as empty, times in UTC to the second."""
    value = field_value(value)
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return when(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def when(moment: datetime.datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def duration(seconds: float | None) -> str:
    """``45s``, ``2m05s``, ``1h02m``: short enough for a progress line."""
    if seconds is None:
        return "?"
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole}s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


def found_items(webset: Webset) -> int:
    """Items the webset's searches found so far (its item count, as far as the webset object tells)."""
    return sum(int(search.progress.found) for search in webset.searches)


def describe_object(data: Any) -> str:
    """``webset webset_123 (idle)``: what an event carries, from its wire form (works for unknown kinds too)."""
    wire = document(data)
    if not isinstance(wire, Mapping):
        return ""
    kind = str(wire.get("object") or "object").replace("_", " ")
    status = wire.get("status")
    return f"{kind} {wire.get('id', '?')}" + (f" ({status})" if status else "")


def event_line(event: Any) -> str:
    """One line per event: when, type, id, and the object it carries."""
    created = getattr(event, "created_at", None)
    kind = getattr(event, "type_", None) or document(event).get("type", "?")
    carried = describe_object(getattr(event, "data", None))
    stamp = when(created) if isinstance(created, datetime.datetime) else ""
    return "  ".join(part for part in (stamp, text(kind), event.id, carried) if part)
