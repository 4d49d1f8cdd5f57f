"""API drift check: compare the pinned upstream spec with another version, the way oasdiff classifies changes.

``python -m openapi.drift [SPEC]`` prints the report; ``compare`` is the same check for Python callers and tests.
Specs are compared as published upstream (overlays are never applied) after canonicalising how nullability and
types are spelled, so cosmetic edits report nothing.
"""

from ._compare import compare
from ._load import UPSTREAM_HEAD_URL, SpecLoadError, load_spec
from ._model import Change, DriftReport, Subject, Touches
from ._render import render_json, render_text
from ._rules import RULES, Rule, Severity
from ._semantics import canonical_schema
from ._touches import FACADE_ATTRIBUTE, FACADE_MODULE, GoldenFixture, load_fixtures
from .cli import main

__all__ = [
    "FACADE_ATTRIBUTE",
    "FACADE_MODULE",
    "RULES",
    "UPSTREAM_HEAD_URL",
    "Change",
    "DriftReport",
    "GoldenFixture",
    "Rule",
    "Severity",
    "SpecLoadError",
    "Subject",
    "Touches",
    "canonical_schema",
    "compare",
    "load_fixtures",
    "load_spec",
    "main",
    "render_json",
    "render_text",
]
