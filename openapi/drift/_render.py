"""The two renderings of a report: text for people (severity, then location) and JSON for tools."""

from __future__ import annotations

import json
from itertools import groupby

from ._model import Change, DriftReport
from ._rules import Severity


def render_json(report: DriftReport) -> str:
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"


def render_text(report: DriftReport) -> str:
    counts = report.counts()
    lines = [
        f"API drift: {report.base} → {report.other}",
        "Result: " + ", ".join(f"{counts[s.value]} {s.value}" for s in Severity),
    ]
    if report.notices:
        lines += ["", "Notices:", *(f"  - {notice}" for notice in report.notices)]
    for severity in Severity:
        changes = report.of(severity)
        if not changes:
            continue
        lines += ["", f"{severity.value.upper()} ({len(changes)})"]
        for location, group in groupby(changes, key=lambda change: change.location):
            lines.append(f"  {location}")
            for change in group:
                lines += _change_lines(change)
    if not report.changes:
        lines += ["", "No changes."]
    return "\n".join(lines) + "\n"


def _change_lines(change: Change) -> list[str]:
    where = change.path or "(whole)"
    touches = change.touches
    return [
        f"    - [{change.kind}] {where}: {change.detail}",
        "      touches: "
        f"operations {_listing(touches.operations)}; "
        f"methods {_listing(touches.facade_methods)}; "
        f"fixtures {_listing(touches.fixtures)}",
    ]


def _listing(items: tuple[str, ...]) -> str:
    return ", ".join(items) if items else "-"
