"""Compare ``components.schemas``: added, removed (and whether anything still needed it), and changed in each role."""

from __future__ import annotations

from collections.abc import Iterator

from . import _rules as r
from ._graph import Role, SpecGraph
from ._model import Subject
from ._schema_diff import Finding, SchemaDiff

# A schema no operation reaches (on either side) is still a generated model someone may parse: judge it both ways.
_UNUSED_ROLES = (Role.REQUEST, Role.RESPONSE)


def diff_components(
    base: SpecGraph,
    other: SpecGraph,
    schemas: SchemaDiff,
) -> Iterator[tuple[Subject, Finding]]:
    # A new name is reported under the old one(s); a schema kept from the base is compared on its own too.
    reported_under_old = {*schemas.renames.values(), *(n for n in schemas.merges.values() if n not in base.schemas)}
    for name in sorted(set(base.schemas) | set(other.schemas)):
        subject = Subject.of_schema(name)
        if name in schemas.renames:
            yield from _renamed(base, other, schemas, name)
        elif name in schemas.merges:
            yield from _merged(base, other, schemas, name)
        elif name in reported_under_old:
            continue
        elif name not in other.schemas:
            if base.is_reachable(name):
                yield subject, Finding(r.SCHEMA_REMOVED, "", "schema removed (operations used it)")
            else:
                yield subject, Finding(r.UNUSED_SCHEMA_REMOVED, "", "schema removed (no operation used it)")
        elif name not in base.schemas:
            yield subject, Finding(r.SCHEMA_ADDED, "", "schema added")
        else:
            yield from _compare_in_roles(base, other, schemas, name, name)
    for name in sorted(other.dangling_references() - base.dangling_references()):
        yield Subject.of_schema(name), Finding(r.DANGLING_REFERENCE, "", "referenced but not defined")


def _renamed(base: SpecGraph, other: SpecGraph, schemas: SchemaDiff, old: str) -> Iterator[tuple[Subject, Finding]]:
    """A rename is one change, reported under the old name (what a reader of the base spec knows); the pair is then
    compared like any schema, so a declared or dropped discriminator still shows."""
    new = schemas.renames[old]
    detail = f"renamed to {new} (same structure; references followed)"
    yield Subject.of_schema(old), Finding(r.SCHEMA_RENAMED, "", detail)
    yield from _compare_in_roles(base, other, schemas, old, new)


def _merged(base: SpecGraph, other: SpecGraph, schemas: SchemaDiff, old: str) -> Iterator[tuple[Subject, Finding]]:
    """Removed, but a schema of the same structure takes its place: its references now point there (or may)."""
    into = schemas.merges[old]
    kept = "kept" if into in base.schemas else "new"
    yield Subject.of_schema(old), Finding(r.SCHEMA_MERGED, "", f"merged into {into} ({kept}; same structure)")
    yield from _compare_in_roles(base, other, schemas, old, into)


def _compare_in_roles(
    base: SpecGraph, other: SpecGraph, schemas: SchemaDiff, old: str, new: str
) -> Iterator[tuple[Subject, Finding]]:
    roles = base.roles(old) | other.roles(new)
    for role in sorted(roles, key=lambda role: role.value) if roles else _UNUSED_ROLES:
        for finding in schemas.compare(schemas.target("base", old), schemas.target("other", new), role):
            yield Subject.of_schema(new), finding
