"""``compare``: the whole drift check on two loaded specs, returning a sorted report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openapi.overlays import overlay_files

from ._component_diff import diff_components
from ._graph import SpecGraph
from ._model import Change, DriftReport, Touches
from ._operation_diff import diff_operations
from ._overlays import overlay_notices
from ._schema_diff import SchemaDiff
from ._semantics import Schema, canonical_schema
from ._structure import find_merges, find_renames
from ._touches import DEFAULT_FIXTURES_DIR, FacadeMethods, TouchFinder, load_facade_methods, load_fixtures


def compare(
    base: dict[str, Any],
    other: dict[str, Any],
    *,
    base_label: str = "base",
    other_label: str = "other",
    facade_methods: FacadeMethods | None = None,
    fixtures_dir: Path = DEFAULT_FIXTURES_DIR,
    overlays: Sequence[Path] | None = None,
) -> DriftReport:
    """Compare two upstream specs (never with overlays applied). Inputs are not modified.

    ``facade_methods`` defaults to the facade's own map, ``overlays`` to ``openapi/overlays/*.yaml``.
    """
    notices: list[str] = []
    if facade_methods is None:
        facade_methods, missing = load_facade_methods()
        notices.extend([missing] if missing else [])
    fixtures, fixture_notices = load_fixtures(fixtures_dir)
    notices.extend(fixture_notices)
    notices[:0] = overlay_notices(other, overlay_files() if overlays is None else overlays)

    base_graph, other_graph = SpecGraph(base), SpecGraph(other)
    base_canonical, other_canonical = _canonical_components(base_graph), _canonical_components(other_graph)
    renames = find_renames(base_canonical, other_canonical)
    merges = find_merges(base_canonical, other_canonical, renames)
    schemas = SchemaDiff(base_canonical, other_canonical, renames, merges)
    finder = TouchFinder(base_graph, other_graph, facade_methods, fixtures)

    found = [
        *diff_operations(base_graph, other_graph, schemas),
        *diff_components(base_graph, other_graph, schemas),
    ]
    # The same change found in both roles (an either-role rule, a schema sent and received) is one change that
    # touches what each role touches.
    touched: dict[tuple[Any, ...], Touches] = {}
    for subject, finding in found:
        key = (finding.rule, subject, finding.path, finding.detail)
        touched[key] = _union(touched.get(key), finder.touches(subject, finding.role))
    changes = [
        Change(rule, subject, path, detail, touches) for (rule, subject, path, detail), touches in touched.items()
    ]
    return DriftReport(
        base=base_label,
        other=other_label,
        changes=tuple(sorted(changes, key=lambda change: change.sort_key)),
        notices=tuple(notices),
    )


def _canonical_components(graph: SpecGraph) -> dict[str, Schema]:
    return {name: canonical_schema(schema) for name, schema in graph.schemas.items()}


def _union(first: Touches | None, second: Touches) -> Touches:
    if first is None:
        return second
    return Touches(
        tuple(sorted({*first.operations, *second.operations})),
        tuple(sorted({*first.facade_methods, *second.facade_methods})),
        tuple(sorted({*first.fixtures, *second.fixtures})),
    )
