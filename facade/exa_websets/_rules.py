"""Rules the vendor documents but the pinned spec does not state, checked before the network like the spec's own.

Each rule names its source. Where the documentation and the spec disagree, the rule says so; we enforce the
documented (stricter) limit because the live API is what rejects the request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ._errors import Problem

REFERENCE = "websets-api-reference.md"
MAX_ENRICHMENTS = 10  # "Max 10 per webset" (Key Concepts); the spec has no maxItems on enrichments
OPTIONS_MIN, OPTIONS_MAX = 1, 20  # "options format requires an options array with 1-20 items"; the spec says 1-150
CRON_FIELDS = 5  # "Standard 5-field Unix cron expression. Triggers at most once per day." (Monitors)

Body = dict[str, Any]


@dataclass(frozen=True)
class DocumentedRule:
    name: str
    operations: frozenset[str]
    source: str
    check: Callable[[Body], Iterator[Problem]]


def _enrichment_count(body: Body) -> Iterator[Problem]:
    enrichments = body.get("enrichments") or []
    if len(enrichments) > MAX_ENRICHMENTS:
        yield Problem("enrichments", f"must have at most {MAX_ENRICHMENTS} items (got {len(enrichments)})")


def _options(enrichment: Body, path: str) -> Iterator[Problem]:
    if enrichment.get("format") != "options":
        return
    options = enrichment.get("options")
    if not options:
        yield Problem(f"{path}options" if path else "options", "is required when format is 'options'")
    elif not OPTIONS_MIN <= len(options) <= OPTIONS_MAX:
        where = f"{path}options" if path else "options"
        yield Problem(
            where,
            f"must have {OPTIONS_MIN} to {OPTIONS_MAX} items when format is 'options' "
            f"(got {len(options)}; the spec allows 150, the documentation 20)",
        )


def _webset_enrichment_options(body: Body) -> Iterator[Problem]:
    for i, enrichment in enumerate(body.get("enrichments") or []):
        if isinstance(enrichment, dict):
            yield from _options(enrichment, f"enrichments[{i}].")


def _enrichment_options(body: Body) -> Iterator[Problem]:
    yield from _options(body, "")


def _monitor_cron(body: Body) -> Iterator[Problem]:
    cadence = body.get("cadence")
    if isinstance(cadence, dict) and isinstance(cadence.get("cron"), str):
        problem = cron_problem(cadence["cron"])
        if problem:
            yield Problem("cadence.cron", problem)


RULES: tuple[DocumentedRule, ...] = (
    DocumentedRule(
        "at most 10 enrichments", frozenset({"websets-create"}), f"{REFERENCE}, Key Concepts", _enrichment_count
    ),
    DocumentedRule(
        "options format needs 1-20 options",
        frozenset({"websets-create"}),
        f"{REFERENCE}, Patterns and Best Practices",
        _webset_enrichment_options,
    ),
    DocumentedRule(
        "options format needs 1-20 options",
        frozenset({"websets-enrichments-create", "websets-enrichments-update"}),
        f"{REFERENCE}, Patterns and Best Practices",
        _enrichment_options,
    ),
    DocumentedRule(
        "monitor cron: 5 fields, at most once a day",
        frozenset({"monitors-create", "monitors-update"}),
        f"{REFERENCE}, Monitors",
        _monitor_cron,
    ),
)

# Documented defaults the facade always sends. The spec marks `behavior` optional (default override) on
# searches.create, but the live API is reported to require it (websets-data-flow-research.md, 1.2).
DEFAULTS: dict[str, dict[str, Any]] = {"websets-searches-create": {"behavior": "override"}}


def check(operation_id: str, body: Body) -> list[Problem]:
    return [problem for rule in RULES if operation_id in rule.operations for problem in rule.check(body)]


# --- cron -----------------------------------------------------------------------------------------------------------

_FIELD_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))
_FIELD_NAMES = ("minute", "hour", "day of month", "month", "day of week")
_NAMES = {
    3: {
        n: i
        for i, n in enumerate(
            ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
        )
    },
    4: {n: i for i, n in enumerate(("sun", "mon", "tue", "wed", "thu", "fri", "sat"))},
}
_ITEM = re.compile(r"^(\*|[0-9a-z]+(?:-[0-9a-z]+)?)(?:/([0-9]+))?$")


def cron_values(field: str, index: int) -> set[int]:
    """The values a cron field denotes; ValueError when it is not valid cron syntax."""
    low, high = _FIELD_RANGES[index]
    values: set[int] = set()
    for item in field.lower().split(","):
        match = _ITEM.match(item)
        if not match:
            raise ValueError(f"invalid {_FIELD_NAMES[index]} field {field!r}")
        span, step = match.group(1), int(match.group(2) or 1)
        if step < 1:
            raise ValueError(f"invalid step in {_FIELD_NAMES[index]} field {field!r}")
        if span == "*":
            start, end = low, high
        else:
            ends = [_cron_number(part, index) for part in span.split("-")]
            start, end = ends[0], ends[-1]
            if match.group(2) and len(ends) == 1:
                end = high  # "5/15" means from 5 to the end, every 15
        if not (low <= start <= high and low <= end <= high and start <= end):
            raise ValueError(f"{_FIELD_NAMES[index]} field {field!r} is outside {low}-{high}")
        values.update(range(start, end + 1, step))
    return values


def _cron_number(token: str, index: int) -> int:
    if token.isdigit():
        return int(token)
    if token in _NAMES.get(index, {}):
        return _NAMES[index][token]
    raise ValueError(f"invalid {_FIELD_NAMES[index]} value {token!r}")


def cron_problem(cron: str) -> str | None:
    """Why this cron is refused, or None. At most once a day ⇔ the minute and the hour fields name one value each."""
    fields = cron.split()
    if len(fields) != CRON_FIELDS:
        return f"must have {CRON_FIELDS} fields (minute hour day-of-month month day-of-week), got {len(fields)}"
    try:
        minutes, hours = (len(cron_values(field, i)) for i, field in enumerate(fields[:2]))
        for i, field in enumerate(fields[2:], start=2):
            cron_values(field, i)
    except ValueError as error:
        return f"is not a valid cron expression: {error}"
    if minutes * hours > 1:
        return f"must fire at most once a day ({cron!r} fires {minutes * hours} times on a day it runs)"
    return None
