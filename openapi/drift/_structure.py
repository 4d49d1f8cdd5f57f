"""Structure, not names: what a canonical schema means on the wire, whatever its components are called.

Two uses. A union's discriminator is *implied* when every variant carries its own required one-value tag in that
property: declaring or dropping it then changes how a generated union dispatches, not what goes over the wire.
And a schema removed under one name and added under another with the same structure (its references followed,
whatever they are called) is a rename, not a removal plus an addition; one removed while a schema of the same
structure remains (or two identical ones folded into one) is a merge: the wire is the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from ._graph import ref_name
from ._semantics import Schema

Resolve = Callable[[str], Any]  # component name → its canonical schema (None when undefined)
_UNIONS = ("oneOf", "anyOf")
# What a `$ref` site adds to its target (the rest of a site is dropped by canonicalisation).
_SITE_KEYS = ("nullable", "deprecated", "default")


def follow(node: Any, resolve: Resolve) -> Any:
    """A schema with its `$ref` chain followed (guarded against alias cycles)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        name = ref_name(node["$ref"])
        if name is None or name in seen:
            return node
        seen.add(name)
        node = resolve(name)
    return node


def variant_tag(variant: Any, property_name: str, resolve: Resolve) -> str | None:
    """The value a variant is tagged with: its required ``property_name`` limited to one value, else None."""
    target = follow(variant, resolve)
    if not isinstance(target, dict) or property_name not in (target.get("required") or ()):
        return None
    enum = ((target.get("properties") or {}).get(property_name) or {}).get("enum")
    return str(enum[0]) if isinstance(enum, list) and len(enum) == 1 else None


def discriminator_implied(variants: Any, property_name: str, resolve: Resolve) -> bool:
    """Whether every variant is told apart by its own tag in ``property_name`` (so a discriminator adds nothing)."""
    if not isinstance(variants, list) or not variants:
        return False
    tags = [variant_tag(variant, property_name, resolve) for variant in variants]
    return all(tag is not None for tag in tags) and len(set(tags)) == len(tags)


def structure(name: str, components: Mapping[str, Any]) -> str:
    """A name-free fingerprint of a canonical component: references inlined (a cycle becomes its depth), union
    branches unordered, implied discriminators dropped. Equal fingerprints: the same values are valid on both sides."""
    return json.dumps(_inline(components.get(name), components, (name,)), sort_keys=True)


def _inline(node: Any, components: Mapping[str, Any], stack: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_inline(item, components, stack) for item in node]
    if not isinstance(node, dict):
        return node
    name = ref_name(node["$ref"]) if isinstance(node.get("$ref"), str) else None
    if name is not None:
        if name in stack:
            return {"$recursive": len(stack) - stack.index(name)}
        target = components.get(name)
        site = {key: node[key] for key in _SITE_KEYS if key in node}
        merged = {**target, **site} if isinstance(target, dict) else {"$undefined": True, **site}
        return _inline(merged, components, (*stack, name))
    result = {key: _inline(value, components, stack) for key, value in node.items() if key != "discriminator"}
    for key in _UNIONS:
        if isinstance(result.get(key), list):
            result[key] = sorted(result[key], key=lambda branch: json.dumps(branch, sort_keys=True))
    discriminator = node.get("discriminator")
    if isinstance(discriminator, dict):
        property_name = discriminator.get("propertyName")
        branches = next((node[key] for key in _UNIONS if key in node), None)
        implied = (
            isinstance(property_name, str)
            and "mapping" not in discriminator
            and discriminator_implied(branches, property_name, components.get)
        )
        if not implied:
            result["discriminator"] = discriminator
    return result


def find_renames(base: Mapping[str, Schema], other: Mapping[str, Schema]) -> dict[str, str]:
    """Schemas removed under one name and added under another with the same structure: old name → new name.
    Only one-to-one matches count (two identical removed schemas could be either added one)."""
    removed = sorted(set(base) - set(other))
    added = sorted(set(other) - set(base))
    if not removed or not added:
        return {}
    by_structure: dict[str, tuple[list[str], list[str]]] = {}
    for name in removed:
        by_structure.setdefault(structure(name, base), ([], []))[0].append(name)
    for name in added:
        by_structure.setdefault(structure(name, other), ([], []))[1].append(name)
    return {olds[0]: news[0] for olds, news in by_structure.values() if len(olds) == 1 and len(news) == 1}


def find_merges(base: Mapping[str, Schema], other: Mapping[str, Schema], renames: Mapping[str, str]) -> dict[str, str]:
    """Removed schemas (not renamed) whose structure a schema of the other side has: old name → that schema's name.
    Where several have it, the first by name (any of them accepts and yields the same values)."""
    removed = sorted(set(base) - set(other) - set(renames))
    if not removed:
        return {}
    by_structure: dict[str, str] = {}
    for name in sorted(other, reverse=True):  # the first by name wins
        by_structure[structure(name, other)] = name
    found = {name: by_structure.get(structure(name, base)) for name in removed}
    return {old: new for old, new in found.items() if new is not None}
