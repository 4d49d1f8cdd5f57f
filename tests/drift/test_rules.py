"""One positive and one near-miss negative example per rule, on minimal hand-written specs.

Each case states the expected severity independently of ``openapi.drift._rules``, so a rule table edit that changes
a classification fails here, and a rule without a case fails ``test_every_rule_has_a_case...``.
"""

from __future__ import annotations

import pytest

from openapi.drift import RULES

from . import cases_components, cases_operations, cases_requests, cases_responses
from .rule_kit import Case, Spec
from .specs import isolated_compare

CASES: list[Case] = [
    *cases_operations.CASES,
    *cases_requests.CASES,
    *cases_responses.CASES,
    *cases_components.CASES,
]


def changes_of(kind: str, base: Spec, other: Spec) -> list[tuple[str, str, str]]:
    report = isolated_compare(base, other)
    return [(change.severity.value, change.location, change.path) for change in report.changes if change.kind == kind]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.kind)
def test_rule_reports_its_change(case: Case) -> None:
    assert changes_of(case.kind, case.base, case.other) == [(case.severity, case.location, case.path)]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.kind)
def test_rule_ignores_a_near_miss(case: Case) -> None:
    assert changes_of(case.kind, *case.negative) == []


def test_every_rule_has_a_case_with_its_declared_severity() -> None:
    covered = {case.kind: case.severity for case in CASES}
    assert covered == {kind: rule.severity.value for kind, rule in RULES.items()}


def test_every_rule_documents_its_reason_in_one_line() -> None:
    for rule in RULES.values():
        assert rule.reason
        assert "\n" not in rule.reason
