"""One spelling per meaning: schemas are rewritten into a canonical form before any comparison.

Upstream has spelled the same thing several ways over time (OAS 3.0 ``nullable: true``, ``type: [T, "null"]``,
``oneOf: [X, {type: null}]``, ``type: [object]`` beside a ``$ref``). Comparing the canonical forms means a pure
spelling change is not a change at all. Annotations (descriptions, titles, examples, ``x-`` extensions) are dropped.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]

# Annotations carry no contract. `deprecated` and `default` are kept: both are reported.
_ANNOTATIONS = frozenset({"description", "title", "example", "examples", "readOnly", "writeOnly", "$comment"})
_UNIONS = ("oneOf", "anyOf")
_NULL_BRANCH: Schema = {"type": ["null"]}
# What a `$ref` keeps beside it: its target defines everything else (a sibling `type: [object]` only repeats it).
_REF_SIBLINGS = ("$ref", "nullable", "deprecated", "default")


def canonical_schema(schema: Any) -> Any:
    """The canonical form: ``type`` is a sorted list without "null", nullability is ``nullable: True``, ``const``
    is a one-value ``enum``, one-branch unions are hoisted, and annotations are gone. Booleans pass through."""
    if not isinstance(schema, dict):
        return schema
    node: Schema = {}
    nullable = schema.get("nullable") is True
    for key, value in schema.items():
        if key in _ANNOTATIONS or key == "nullable" or key.startswith("x-"):
            continue
        node[key] = _canonical_child(key, value)
    nullable = _extract_null_type(node) or nullable
    nullable = _extract_null_enum(node) or nullable
    nullable = _extract_null_branches(node) or nullable
    _hoist_single_allof(node)
    if "$ref" in node:
        node = {key: node[key] for key in _REF_SIBLINGS if key in node}
    elif "type" not in node and not any(key in node for key in (*_UNIONS, "allOf")):
        # `properties` without `type` is an object everywhere this spec is read; likewise `items` an array.
        if "properties" in node:
            node["type"] = ["object"]
        elif "items" in node:
            node["type"] = ["array"]
    if nullable:
        node["nullable"] = True
    return node


def _canonical_child(key: str, value: Any) -> Any:
    if key in ("properties", "patternProperties", "$defs") and isinstance(value, dict):
        return {name: canonical_schema(child) for name, child in value.items()}
    if key in ("allOf", *_UNIONS, "prefixItems") and isinstance(value, list):
        return [canonical_schema(child) for child in value]
    if key in ("items", "additionalProperties", "not", "contains"):
        return canonical_schema(value)
    if key in ("type", "required"):  # both are sets, whatever order (or one-element list) upstream wrote
        return sorted(set(value if isinstance(value, list) else [value]))
    if key == "discriminator" and isinstance(value, dict):
        return {k: v for k, v in value.items() if k in ("propertyName", "mapping")}
    return value


def _extract_null_type(node: Schema) -> bool:
    types = node.get("type")
    if not isinstance(types, list) or "null" not in types or types == ["null"]:
        return False
    node["type"] = [t for t in types if t != "null"]
    return True


def _extract_null_enum(node: Schema) -> bool:
    if "const" in node:
        node["enum"] = [node.pop("const")]
    enum = node.get("enum")
    if not isinstance(enum, list):
        return False
    node["enum"] = sorted({value for value in enum if value is not None}, key=repr)
    return None in enum


def _extract_null_branches(node: Schema) -> bool:
    """Drop ``{type: null}`` branches from unions; a union left with one branch *is* that branch."""
    nullable = False
    for key in _UNIONS:
        branches = node.get(key)
        if not isinstance(branches, list):
            continue
        kept = [branch for branch in branches if branch != _NULL_BRANCH]
        nullable = nullable or len(kept) < len(branches)
        if len(kept) == 1 and isinstance(kept[0], dict):
            del node[key]
            node.pop("discriminator", None)
            branch = kept[0]
            nullable = nullable or branch.get("nullable") is True
            outer = {k: v for k, v in node.items() if k not in branch}
            node.clear()
            node.update({**{k: v for k, v in branch.items() if k != "nullable"}, **outer})
        else:
            node[key] = kept
    return nullable


def _hoist_single_allof(node: Schema) -> None:
    """``allOf: [X]`` (how a default sits beside a $ref in 3.0) means X."""
    parts = node.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict):
        del node["allOf"]
        outer = dict(node)
        node.clear()
        node.update({**parts[0], **outer})
