from typing import Any

from ._base import Spec, transformation
from ._schemas import Schema, canonical, iter_schemas, pascal

_REF_PREFIX = "#/components/schemas/"
OPEN_UNION_EXTENSION = "x-open-union-of"  # the known values, for readers and for idempotence
DISCRIMINATOR_EXTENSION = "x-discriminator"  # read by the union template to dispatch without trial parsing


@transformation(
    "A variant the server adds later (a new event type) must parse, not fail the page; "
    "give each discriminated union an explicit Unknown… branch."
)
def open_discriminated_unions(spec: Spec) -> int:
    components: dict[str, Schema] = spec.setdefault("components", {}).setdefault("schemas", {})
    found: list[tuple[str, Schema, str, list[Schema], str]] = []
    for pointer, schema in iter_schemas(spec):
        for keyword in ("oneOf", "anyOf"):
            union = _discriminated_union(schema.get(keyword), schema, components)
            if union is not None:
                found.append((pointer, schema, keyword, *union))

    unknown_by_branches: dict[tuple[str, ...], str] = {}
    for pointer, schema, keyword, variants, discriminator in found:
        key = tuple(sorted(_identity(branch) for branch in schema[keyword] if branch.get("type") != "null"))
        name = unknown_by_branches.get(key)
        if name is None:
            name = _unknown_name(pointer, components)
            components[name] = _unknown_schema(variants, discriminator)
            unknown_by_branches[key] = name
        null_branches = [b for b in schema[keyword] if b.get("type") == "null"]
        known = [b for b in schema[keyword] if b.get("type") != "null"]
        # The unknown branch goes after every known one (parsing tries known variants first), nulls stay last.
        schema[keyword] = [*known, {"$ref": _REF_PREFIX + name}, *null_branches]
    return len(found)


def _resolve(branch: Schema, components: dict[str, Schema]) -> Schema:
    seen: set[str] = set()
    while "$ref" in branch and branch["$ref"].startswith(_REF_PREFIX) and branch["$ref"] not in seen:
        seen.add(branch["$ref"])
        branch = components.get(branch["$ref"][len(_REF_PREFIX) :], {})
    return branch


def _identity(branch: Schema) -> str:
    return branch["$ref"] if "$ref" in branch else repr(canonical(branch))


def _discriminated_union(
    branches: Any, schema: Schema, components: dict[str, Schema]
) -> tuple[list[Schema], str] | None:
    """The object variants and the discriminating property name, if this is a union of objects told apart by a const."""
    if not isinstance(branches, list):
        return None
    variants = [_resolve(b, components) for b in branches if b.get("type") != "null"]
    if len(variants) < 2 or any(v.get("type") != "object" or OPEN_UNION_EXTENSION in v for v in variants):
        return None
    declared = (schema.get("discriminator") or {}).get("propertyName")
    candidates = [declared] if declared else list(variants[0].get("properties") or {})
    for name in candidates:
        consts = [(v.get("properties") or {}).get(name, {}).get("const") for v in variants]
        if all(isinstance(c, str) for c in consts) and len(set(consts)) == len(consts):
            return variants, name
    return None


def _unknown_name(pointer: str, components: dict[str, Schema]) -> str:
    parts = pointer.split("/")
    # /components/schemas/Event → Event; /components/schemas/WebsetItem/properties/properties → WebsetItemProperties
    base = parts[3] + "".join(pascal(p) for p in parts[5::2] if p) if len(parts) > 3 else "Variant"
    name = f"Unknown{base}"
    while name in components:
        name += "Variant"
    return name


def _unknown_schema(variants: list[Schema], discriminator: str) -> Schema:
    """An object with the fields every known variant shares (same schema everywhere), the rest kept as extras."""
    first = variants[0].get("properties") or {}
    shared = {
        name: canonical(prop)
        for name, prop in first.items()
        if name != discriminator
        and all(canonical((v.get("properties") or {}).get(name)) == canonical(prop) for v in variants[1:])
    }
    required = [discriminator] + [name for name in shared if all(name in (v.get("required") or []) for v in variants)]
    return {
        "type": "object",
        "description": "A variant this client does not know yet (added by the server after generation). "
        f"`{discriminator}` names it; its other fields are kept in `additional_properties`.",
        DISCRIMINATOR_EXTENSION: discriminator,
        OPEN_UNION_EXTENSION: sorted(v["properties"][discriminator]["const"] for v in variants),
        "properties": {discriminator: {"type": "string"}, **shared},
        "required": required,
        "additionalProperties": True,
    }
