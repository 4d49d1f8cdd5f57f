"""The results: a Markdown report (targets, tables, findings) and a chart of the main figures."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench._model import Section, Table, Target
from bench._stats import Stat

COLORS = ["#1f77b4", "#7f7f7f", "#d62728", "#ff9896", "#2ca02c"]


def _table(table: Table) -> list[str]:
    lines = ["| " + " | ".join(table.headers) + " |", "|" + "|".join("---" for _ in table.headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in table.rows]
    if table.caption:
        lines += ["", table.caption]
    return lines


def targets_table(targets: Sequence[Target]) -> Table:
    rows = [[t.name, t.goal, t.measured, "✅ met" if t.met else "❌ **not met**"] for t in targets]
    return Table(["target (same run)", "goal", "measured: median (min-max)", "verdict"], rows)


def markdown(
    *, machine: list[tuple[str, str]], sections: list[Section], findings: list[str], skipped: list[str]
) -> str:
    targets = [t for s in sections for t in s.targets]
    met = sum(t.met for t in targets)
    lines = [
        "# exa-websets benchmarks",
        "",
        "Written by `python -m bench` (`nox -s bench`): the facade (`exa_websets`) against raw httpx (the floor) and "
        "exa-py 2.27 on identical work, on a cheap static server in a child process (realistic items taken once from "
        "the bundled fake, served from prebuilt pages with keep-alive), so that what differs is the clients' own "
        "work. Waiting runs on the in-process fake in fake time (there, state matters). Every figure is the median "
        "of repeated runs with (min-max); ratios are taken run by run (variants are interleaved) and then "
        "summarised the same way.",
        "",
        "## Machine",
        "",
        *(f"- {k}: {v}" for k, v in machine),
        "",
        f"## Targets: {met} of {len(targets)} met",
        "",
        *_table(targets_table(targets)),
        "",
    ]
    if skipped:
        lines += [f"Skipped in this run: {', '.join(skipped)}.", ""]
    for section in sections:
        lines += [f"## {section.title}", ""]
        for table in section.tables:
            lines += [*_table(table), ""]
        lines += [f"- {note}" for note in section.notes]
        lines += [f"_Section time: {section.seconds:.0f} s._", ""]
    if findings:
        lines += ["## What stands between the facade and the floor, and what to change", "", *findings, ""]
    return "\n".join(lines).rstrip() + "\n"


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _bars(ax: Any, labels: list[str], stats: list[Stat], title: str, unit: str, *, log: bool = False) -> None:
    medians = [s.median for s in stats]
    errors = [[s.median - s.min for s in stats], [s.max - s.median for s in stats]]
    ax.bar(range(len(labels)), medians, yerr=errors, capsize=4, color=COLORS[: len(labels)])
    ax.set_xticks(range(len(labels)), labels, fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.set_ylabel(unit)
    if log:
        ax.set_yscale("log")
    for index, value in enumerate(medians):
        text = f"{value:,.0f}" if value >= 100 else f"{value:.3g}"
        ax.annotate(text, (index, value), ha="center", va="bottom", fontsize=8)


def _waiting(ax: Any, chart: dict[str, Any], index: int, label: str, unit: str) -> None:
    for color, kind in zip(COLORS, chart["kinds"], strict=False):
        for enrichments, style in ((0, "o-"), (1, "s--")):
            points = sorted(p[1:] for p in chart["points"][kind] if p[0] == enrichments)
            variant = "search only" if enrichments == 0 else "+ enrichment"
            ax.plot(
                [p[0] / 60 for p in points],
                [p[1 + index] for p in points],
                style,
                color=color,
                markersize=4,
                label=f"{kind}, {variant}",
            )
    ax.set_title(f"4. Waiting for one webset: {label} (lower is better)", fontsize=10)
    ax.set_xlabel("webset idle after (fake minutes)")
    ax.set_ylabel(unit)
    ax.legend(fontsize=7)


def chart(sections: dict[str, Section], path: Path) -> bool:
    """Draw the main figures; returns False when matplotlib is not installed."""
    try:
        import matplotlib  # noqa: PLC0415 - the bench extra

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt  # noqa: PLC0415
    except ImportError:
        return False
    figure, axes = plt.subplots(2, 4, figsize=(22, 10))
    panels = iter(axes.flat)
    if "percall" in sections:
        c = sections["percall"].chart
        _bars(next(panels), c["short"], c["stats"], "1. websets.get, served (lower is better)", c["unit"])
    if "paging" in sections:
        c = sections["paging"].chart
        _bars(
            next(panels), c["short"], c["stats"], f"2. list_all over {c['items']:,} items (higher is better)", c["unit"]
        )
    if "memory" in sections:
        c, ax = sections["memory"].chart, next(panels)
        ax.plot(c["items"], c["peak_mb"], "o-", label="peak above baseline (tracemalloc)")
        ax.plot(c["items"], c["rss_mb"], "s--", label="RSS growth")
        ax.axhline(c["limit_mb"], color="red", linestyle=":", label=f"target {c['limit_mb']:g} MB")
        ax.set_title("3. Memory while iterating list_all", fontsize=10)
        ax.set_xlabel("items read")
        ax.set_ylabel("MB")
        ax.set_ylim(bottom=0)
        ax.legend(fontsize=8)
    if "waiting" in sections:
        c = sections["waiting"].chart
        _waiting(next(panels), c, 0, "requests", "requests per wait")
        _waiting(next(panels), c, 1, "detection latency", "seconds from idle to the wait returning")
    if "many" in sections:
        c = sections["many"].chart
        _bars(
            next(panels), c["short"], c["requests"], f"4b. Waiting for {c['n']} websets: requests", "requests", log=True
        )
    if "fanout" in sections:
        c = sections["fanout"].chart
        _bars(next(panels), c["short"], c["stats"], f"5. Items of {c['n']} websets (lower is better)", c["unit"])
    if "regen" in sections and sections["regen"].chart:
        c = sections["regen"].chart
        _bars(next(panels), c["steps"], c["stats"], "6. Regeneration steps (warm)", "seconds")
    for ax in panels:
        ax.axis("off")
    figure.suptitle("exa-websets facade vs raw httpx vs exa-py 2.27 (medians, whiskers: min-max)", fontsize=12)
    figure.tight_layout()
    temporary = path.with_name(path.name + ".tmp")
    figure.savefig(temporary, dpi=90, format="png")
    plt.close(figure)
    os.replace(temporary, path)
    return True
