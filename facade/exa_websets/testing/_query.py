"""Reading query strings the way a server does."""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from exa_websets_api import types as api_types

Query = Mapping[str, list[str]]


def query_values(query: Query, name: str) -> list[str]:
    """All values of a repeatable parameter: ``?types=a&types=b``, ``?types[]=a`` or ``?types=a,b``."""
    raw = [*query.get(name, []), *query.get(f"{name}[]", [])]
    return [part for value in raw for part in value.split(",") if part]


def parse_datetime(text: str) -> datetime.datetime | None:
    """A query's timestamp (naive ones are taken as UTC), or None when it is not one."""
    try:
        parsed = api_types.parse_datetime(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)
