"""Compare ``components.schemas``: added, removed (and whether anything still needed it), and changed in each role."""

from __future__ import annotations

from collections.abc import Iterator

from . import _rules as r
from ._graph import Role, SpecGraph
from ._model import Subject
from ._schema_diff import Finding, SchemaDiff
from ._semantics import Schema

# A schema no operation reaches (on either side) is still a generated model someone may parse: judge it both ways.
_UNUSED_ROLES = (Role.REQUEST, Role.RESPONSE)


def diff_components(
    base: SpecGraph,
    other: SpecGraph,
    schemas: SchemaDiff,
    base_canonical: dict[str, Schema],
    other_canonical: dict[str, Schema],
) -> Iterator[tuple[Subject, Finding]]:
    for name in sorted(set(base.schemas) | set(other.schemas)):
        subject = Subject.of_schema(name)
        if name not in other.schemas:
            if base.is_reachable(name):
                yield subject, Finding(r.SCHEMA_REMOVED, "", "schema removed (operations used it)")
            else:
                yield subject, Finding(r.UNUSED_SCHEMA_REMOVED, "", "schema removed (no operation used it)")
        elif name not in base.schemas:
            yield subject, Finding(r.SCHEMA_ADDED, "", "schema added")
        else:
            roles = base.roles(name) | other.roles(name)
            for role in sorted(roles, key=lambda role: role.value) if roles else _UNUSED_ROLES:
                for finding in schemas.compare(base_canonical[name], other_canonical[name], role):
                    yield subject, finding
    for name in sorted(other.dangling_references() - base.dangling_references()):
        yield Subject.of_schema(name), Finding(r.DANGLING_REFERENCE, "", "referenced but not defined")
