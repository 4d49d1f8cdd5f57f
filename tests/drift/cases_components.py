"""Rule cases for components: added, removed, dangling."""

from __future__ import annotations

from .rule_kit import INLINE_THING, STRING, Case
from .specs import obj, ref, response_spec

CASES = [
    # --- components
    Case(
        "schema-removed",
        "breaking",
        "schema Thing",
        "",
        response_spec(obj(a=STRING)),
        INLINE_THING,
        (response_spec(obj(a=STRING), Unused=obj()), response_spec(obj(a=STRING))),
    ),
    Case(
        "unused-schema-removed",
        "warning",
        "schema Unused",
        "",
        response_spec(obj(a=STRING), Unused=obj()),
        response_spec(obj(a=STRING)),
        (response_spec(obj(a=STRING)), INLINE_THING),
    ),
    Case(
        "schema-added",
        "info",
        "schema Extra",
        "",
        response_spec(obj(a=STRING)),
        response_spec(obj(a=STRING), Extra=obj()),
        (response_spec(obj(a=STRING), Extra=obj(b=STRING)), response_spec(obj(a=STRING), Extra=obj(b=STRING))),
    ),
    Case(
        "schema-renamed",
        "info",
        "schema Old",
        "",
        response_spec(obj(x=ref("Old")), Old=obj(a=STRING)),
        response_spec(obj(x=ref("New")), New=obj(a={**STRING, "description": "only the words differ"})),
        # renamed and changed: a removal and an addition, the change compared at the use
        (response_spec(obj(x=ref("Old")), Old=obj(a=STRING)), response_spec(obj(x=ref("New")), New=obj(a=obj()))),
    ),
    Case(
        "schema-merged",
        "info",
        "schema Old",
        "",
        response_spec(obj(x=ref("Old"), y=ref("Kept")), Old=obj(a=STRING), Kept=obj(a=STRING)),
        response_spec(obj(x=ref("Kept"), y=ref("Kept")), Kept=obj(a={**STRING, "description": "reworded"})),
        # folded into a schema of another structure: a removal, the change compared at the use
        (
            response_spec(obj(x=ref("Old"), y=ref("Kept")), Old=obj(a=STRING), Kept=obj(b=STRING)),
            response_spec(obj(x=ref("Kept"), y=ref("Kept")), Kept=obj(b=STRING)),
        ),
    ),
    Case(
        "dangling-reference",
        "breaking",
        "schema Missing",
        "",
        response_spec(obj(a=STRING)),
        response_spec(obj(a=ref("Missing"))),
        (response_spec(obj(a=ref("Missing"))), response_spec(obj(a=ref("Missing"), b=STRING))),
    ),
]
