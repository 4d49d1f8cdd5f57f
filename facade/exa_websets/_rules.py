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

_FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7))
MINUTES_PER_HOUR, HOURS_PER_DAY = 60, 24  # what a "*" in the minute and the hour field stands for


_SINGLE_VALUE_RANGE = re.compile(r"(?<![\w/-])(\w+)-\1(?:/\d+)?(?![\w/-])")  # 5-5, 5-5/2, mon-mon


def for_croniter(cron: str) -> str:
    """The cron as croniter must be given it: croniter reads a range whose ends are equal (``5-5``) as the whole
    cycle (``*``) where cron means the one value, so such a range is written as that value. Used by this rule and
    by the fake's schedules, so both read ``5-5 9 * * *`` as 09:05 daily."""
    return _SINGLE_VALUE_RANGE.sub(r"\1", cron)


def _expand(cron: str) -> list[list[int | str]]:
    """croniter's reading of a 5-field cron: each field's values, ``"*"`` for all. ValueError when invalid."""
    # Imported here, not with the client: croniter costs ~0.1 s of import and only monitor calls need it.
    from croniter import croniter  # type: ignore[import-untyped]  # noqa: PLC0415  # it ships no types

    expanded: list[list[int | str]] = croniter.expand(for_croniter(cron))[0]
    return expanded


def _field_error(fields: list[str]) -> str:
    """Which field croniter refused, and why (each field read alone, the others ``*``)."""
    for index, (name, low, high) in enumerate(_FIELDS):
        try:
            _expand(" ".join(field if i == index else "*" for i, field in enumerate(fields)))
        except ValueError as error:
            if "out of range" in str(error):
                return f"{name} field {fields[index]!r} is outside {low}-{high}"
            return f"invalid {name} field {fields[index]!r}"
    return "its fields do not combine"  # each field alone is fine; croniter refused the whole


def cron_problem(cron: str) -> str | None:
    """Why this cron is refused, or None. At most once a day ⇔ the minute and the hour fields name one value each,
    as croniter reads them: the reading the fake's monitor schedules use too."""
    fields = cron.split()
    if len(fields) != CRON_FIELDS:  # croniter also reads 6 and 7 fields (seconds, years) and @daily: not documented
        return f"must have {CRON_FIELDS} fields (minute hour day-of-month month day-of-week), got {len(fields)}"
    try:
        minute_values, hour_values = _expand(cron)[:2]
    except ValueError:
        return f"is not a valid cron expression: {_field_error(fields)}"
    minutes = MINUTES_PER_HOUR if minute_values == ["*"] else len(minute_values)
    hours = HOURS_PER_DAY if hour_values == ["*"] else len(hour_values)
    if minutes * hours > 1:
        return f"must fire at most once a day ({cron!r} fires {minutes * hours} times on a day it runs)"
    return None
