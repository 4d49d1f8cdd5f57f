"""Every pair of real upstream versions → the verdict and the exact breaking changes, as a table.

Rows: each consecutive pair (oldest first) and the pin against every other version, both ways. The breaking changes
were read off the specs (see test_upstream.py); a row changing means the check found or lost a real break. Adding an
upstream version to the test table without a row here fails ``test_the_table_covers_every_upstream_version``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest

from .specs import isolated_compare

Spec = dict[str, Any]
PIN = "5ef6c01"
HISTORY = ("202a266", "f8bc195", "d72ef74", "5ef6c01")  # oldest first
PREVIEW = "POST /v0/websets/preview (websets-preview)"

# 202a266 → f8bc195: the preview request moved query/entity under a required `search`; Webset.streams went.
FORWARD_BREAKS = frozenset(
    {
        ("request-property-removed", "schema PreviewWebsetParameters", "entity"),
        ("request-property-removed", "schema PreviewWebsetParameters", "query"),
        ("new-required-request-property", "schema PreviewWebsetParameters", "search"),
        ("response-required-property-removed", "schema Webset", "streams"),
    }
)
# Going back from the pin to 202a266: what the newer client sends or reads that the older API lacks.
BACKWARD_BREAKS = frozenset(
    {
        ("parameter-removed", PREVIEW, "parameter path.search"),
        ("request-property-removed", "schema CreateWebsetParameters", "exclude"),
        ("new-required-request-property", "schema PreviewWebsetParameters", "query"),
        ("request-property-removed", "schema PreviewWebsetParameters", "search"),
        ("response-required-property-removed", "schema PreviewWebsetResponse", "items"),
        ("schema-removed", "schema WebsetItemPreview", ""),
    }
)
NONE: frozenset[tuple[str, str, str]] = frozenset()

VERDICTS: dict[tuple[str, str], frozenset[tuple[str, str, str]]] = {
    # consecutive upstream pairs
    ("202a266", "f8bc195"): FORWARD_BREAKS,
    ("f8bc195", "d72ef74"): NONE,  # nullability respelled for OAS 3.1
    ("d72ef74", "5ef6c01"): NONE,  # `type: [T, null]` beside $ref/enum respelled as oneOf
    # the pin against each
    ("202a266", PIN): FORWARD_BREAKS,
    ("f8bc195", PIN): NONE,
    (PIN, "202a266"): BACKWARD_BREAKS,
    (PIN, "f8bc195"): NONE,
    (PIN, "d72ef74"): NONE,
}


@pytest.mark.parametrize(("base", "other"), list(VERDICTS), ids=lambda commit: commit)
def test_upstream_pair_verdict(upstream: Callable[[str], Spec], base: str, other: str) -> None:
    expected = VERDICTS[(base, other)]

    report = isolated_compare(upstream(base), upstream(other))

    assert report.has_breaking is bool(expected)
    assert {(c.kind, c.location, c.path) for c in report.changes if c.severity.value == "breaking"} == expected


def test_the_table_covers_every_upstream_version(upstream_specs: dict[str, Spec]) -> None:
    assert set(HISTORY) == set(upstream_specs)
    consecutive = set(itertools.pairwise(HISTORY))
    against_pin = {(PIN, v) for v in HISTORY if v != PIN} | {(v, PIN) for v in HISTORY if v != PIN}
    assert consecutive | against_pin == set(VERDICTS)
