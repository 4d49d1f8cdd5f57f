"""Compare two canonical schemas in one role (request or response) and say what changed, rule by rule.

A ``$ref`` to the same component on both sides (or to a component and its structurally identical rename) is not
followed: that component is compared once on its own and the change is reported there. A ``$ref`` whose target
changed (or inline ↔ ``$ref``) is compared by content instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import _rules as r
from ._graph import Role, ref_name
from ._semantics import Schema
from ._structure import Resolve, discriminator_implied, variant_tag

_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


@dataclass(frozen=True)
class Finding:
    """One change inside a schema or an operation; ``path`` is where inside (empty for the top). ``role`` says
    whether it concerns what clients send or what they receive (None: both, or neither)."""

    rule: r.Rule
    path: str
    detail: str
    role: Role | None = None


def join(path: str, step: str) -> str:
    if not path:
        return step
    return f"{path}{step}" if step.startswith("[") or step.startswith("{") else f"{path}.{step}"


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return repr(value) if isinstance(value, str) else str(value)


class SchemaDiff:
    """Compares canonical schemas; ``components`` are the canonical component schemas of each side, ``renames``
    the components renamed without a change of structure (old name → new name), ``merges`` those removed in favour
    of another of the same structure (old name → the one kept). A ``$ref`` to either is the same reference."""

    def __init__(
        self,
        base_components: dict[str, Schema],
        other_components: dict[str, Schema],
        renames: Mapping[str, str] | None = None,
        merges: Mapping[str, str] | None = None,
    ) -> None:
        self._base_components = base_components
        self._other_components = other_components
        self.renames: Mapping[str, str] = renames or {}
        self.merges: Mapping[str, str] = merges or {}
        self.equivalents: Mapping[str, str] = {**self.merges, **self.renames}

    def compare(self, base: Any, other: Any, role: Role, path: str = "") -> list[Finding]:
        findings: list[Finding] = []
        _Walk(self, role, findings).node(base, other, path, frozenset())
        return findings

    def target(self, side: str, name: str) -> Schema:
        components = self._base_components if side == "base" else self._other_components
        found = components.get(name)
        return found if isinstance(found, dict) else {}


class _Walk:
    def __init__(self, diff: SchemaDiff, role: Role, findings: list[Finding]) -> None:
        self.diff = diff
        self.role = role
        self.request = role is Role.REQUEST
        self.findings = findings

    def add(self, rule: r.Rule, path: str, detail: str) -> None:
        self.findings.append(Finding(rule, path, detail, self.role))

    def resolver(self, side: str) -> Resolve:
        return lambda name: self.diff.target(side, name)

    def node(self, base: Any, other: Any, path: str, expanding: frozenset[tuple[str, str]]) -> None:
        base = base if isinstance(base, dict) else {}
        other = other if isinstance(other, dict) else {}
        base_ref, other_ref = _ref(base), _ref(other)
        if (
            base_ref is not None
            and other_ref is not None
            and other_ref in (base_ref, self.diff.equivalents.get(base_ref))
        ):
            self.site(base, other, path)
            return  # the component itself is compared on its own
        if base_ref is not None or other_ref is not None:
            pair = (base_ref or "", other_ref or "")
            if pair in expanding:
                return
            expanding = expanding | {pair}
            # A target may itself be a $ref (an alias component): go round again, guarded by `expanding`.
            self.node(self.expand(base, "base", base_ref), self.expand(other, "other", other_ref), path, expanding)
            return
        self.site(base, other, path)
        self.body(base, other, path, expanding)

    def expand(self, node: Schema, side: str, name: str | None) -> Schema:
        """The $ref target as seen from the site: the site's nullability, deprecation and default apply on top."""
        if name is None:
            return node
        target = dict(self.diff.target(side, name))
        site: Schema = {key: node[key] for key in ("deprecated", "default") if key in node}
        if node.get("nullable"):
            site["nullable"] = True
        return {**target, **site}

    def site(self, base: Schema, other: Schema, path: str) -> None:
        """What a node says about itself, whatever its shape: nullability, deprecation, default."""
        base_null, other_null = bool(base.get("nullable")), bool(other.get("nullable"))
        if base_null != other_null:
            if self.request:
                rule = r.REQUEST_BECAME_NULLABLE if other_null else r.REQUEST_NO_LONGER_NULLABLE
            else:
                rule = r.RESPONSE_BECAME_NULLABLE if other_null else r.RESPONSE_NO_LONGER_NULLABLE
            self.add(rule, path, "now accepts null" if other_null else "null no longer allowed")
        if other.get("deprecated") is True and base.get("deprecated") is not True:
            self.add(r.PROPERTY_DEPRECATED, path, "marked deprecated")
        if self.request and "default" in base and "default" in other and base["default"] != other["default"]:
            self.add(r.REQUEST_DEFAULT_CHANGED, path, f"default {base['default']!r} → {other['default']!r}")

    def body(self, base: Schema, other: Schema, path: str, expanding: frozenset[tuple[str, str]]) -> None:
        base_shape, other_shape = _shape(base), _shape(other)
        if base_shape != other_shape:
            rule = r.REQUEST_TYPE_CHANGED if self.request else r.RESPONSE_TYPE_CHANGED
            self.add(rule, path, f"{_describe(base)} → {_describe(other)}")
            return
        if base_shape in ("oneOf", "anyOf"):
            self.discriminator(base, other, path)
            self.variants(base, other, base_shape, path, expanding)
            return
        if base_shape == "allOf":
            self.all_of(base["allOf"], other["allOf"], path, expanding)
            return
        if not self.types(base, other, path):
            return
        self.enum(base, other, path)
        self.constraints(base, other, path)
        self.format(base, other, path)
        self.properties(base, other, path, expanding)
        if "items" in base or "items" in other:
            self.node(base.get("items"), other.get("items"), join(path, "[]"), expanding)
        self.additional_properties(base, other, path, expanding)

    def types(self, base: Schema, other: Schema, path: str) -> bool:
        """Report a type change; False when the types no longer overlap (nothing below is comparable)."""
        base_types, other_types = _types(base), _types(other)
        if base_types == other_types:
            return True
        detail = f"type {_show(sorted(base_types or ['any']))} → {_show(sorted(other_types or ['any']))}"
        if self.request:
            rule = r.REQUEST_TYPE_WIDENED if _covers(other_types, base_types) else r.REQUEST_TYPE_CHANGED
        else:
            rule = r.RESPONSE_TYPE_NARROWED if _covers(base_types, other_types) else r.RESPONSE_TYPE_CHANGED
        self.add(rule, path, detail)
        return base_types is None or other_types is None or bool(_widen(base_types) & _widen(other_types))

    def enum(self, base: Schema, other: Schema, path: str) -> None:
        base_enum, other_enum = base.get("enum"), other.get("enum")
        if base_enum is None and other_enum is None:
            return
        if base_enum is None:
            rule = r.REQUEST_ENUM_RESTRICTED if self.request else r.RESPONSE_ENUM_RESTRICTED
            self.add(rule, path, f"now limited to {_show(other_enum)}")
            return
        if other_enum is None:
            rule = r.REQUEST_ENUM_LIFTED if self.request else r.RESPONSE_ENUM_LIFTED
            self.add(rule, path, f"no longer limited to {_show(base_enum)}")
            return
        for value in sorted((v for v in base_enum if v not in other_enum), key=repr):
            rule = r.REQUEST_ENUM_VALUE_REMOVED if self.request else r.RESPONSE_ENUM_VALUE_REMOVED
            self.add(rule, path, f"enum value {value!r} removed")
        for value in sorted((v for v in other_enum if v not in base_enum), key=repr):
            rule = r.REQUEST_ENUM_VALUE_ADDED if self.request else r.RESPONSE_ENUM_VALUE_ADDED
            self.add(rule, path, f"enum value {value!r} added")

    def constraints(self, base: Schema, other: Schema, path: str) -> None:
        for key in (*_UPPER_BOUNDS, *_LOWER_BOUNDS, "pattern", "uniqueItems"):
            before, after = base.get(key), other.get(key)
            if before == after:
                continue
            tightened = _tightens(key, before, after)
            if self.request:
                rule = r.REQUEST_CONSTRAINT_TIGHTENED if tightened else r.REQUEST_CONSTRAINT_RELAXED
            else:
                rule = r.RESPONSE_CONSTRAINT_CHANGED
            self.add(rule, path, f"{key} {_show_limit(before)} → {_show_limit(after)}")

    def format(self, base: Schema, other: Schema, path: str) -> None:
        before, after = base.get("format"), other.get("format")
        if before == after:
            return
        if self.request:
            rule = r.REQUEST_FORMAT_REMOVED if after is None else r.REQUEST_FORMAT_CHANGED
        else:
            rule = r.RESPONSE_FORMAT_CHANGED
        self.add(rule, path, f"format {_show_limit(before)} → {_show_limit(after)}")

    def properties(self, base: Schema, other: Schema, path: str, expanding: frozenset[tuple[str, str]]) -> None:
        base_props, other_props = base.get("properties") or {}, other.get("properties") or {}
        base_required, other_required = set(base.get("required") or ()), set(other.get("required") or ())
        for name in sorted(set(base_props) | set(other_props)):
            where = join(path, name)
            if name not in other_props:
                self.property_removed(where, name in base_required)
            elif name not in base_props:
                self.property_added(where, name in other_required)
            else:
                self.requiredness(where, name in base_required, name in other_required)
                self.node(base_props[name], other_props[name], where, expanding)

    def property_removed(self, path: str, was_required: bool) -> None:
        if self.request:
            self.add(r.REQUEST_PROPERTY_REMOVED, path, "property removed")
        elif was_required:
            self.add(r.RESPONSE_REQUIRED_PROPERTY_REMOVED, path, "required property removed")
        else:
            self.add(r.RESPONSE_OPTIONAL_PROPERTY_REMOVED, path, "optional property removed")

    def property_added(self, path: str, required: bool) -> None:
        if self.request:
            rule = r.NEW_REQUIRED_REQUEST_PROPERTY if required else r.NEW_OPTIONAL_REQUEST_PROPERTY
        else:
            rule = r.RESPONSE_REQUIRED_PROPERTY_ADDED if required else r.RESPONSE_PROPERTY_ADDED
        self.add(rule, path, f"{'required' if required else 'optional'} property added")

    def requiredness(self, path: str, before: bool, after: bool) -> None:
        if before == after:
            return
        if self.request:
            rule = r.REQUEST_PROPERTY_BECAME_REQUIRED if after else r.REQUEST_PROPERTY_BECAME_OPTIONAL
        else:
            rule = r.RESPONSE_PROPERTY_BECAME_REQUIRED if after else r.RESPONSE_PROPERTY_BECAME_OPTIONAL
        self.add(rule, path, "now required" if after else "now optional")

    def additional_properties(
        self, base: Schema, other: Schema, path: str, expanding: frozenset[tuple[str, str]]
    ) -> None:
        before, after = base.get("additionalProperties", True), other.get("additionalProperties", True)
        if self.request and before is not False and after is False:
            self.add(r.REQUEST_EXTRA_PROPERTIES_FORBIDDEN, path, "additional properties no longer allowed")
        comparable = before is not False and after is not False
        if comparable and (isinstance(before, dict) or isinstance(after, dict)):
            self.node(before, after, join(path, "{}"), expanding)

    def discriminator(self, base: Schema, other: Schema, path: str) -> None:
        before = (base.get("discriminator") or {}).get("propertyName")
        after = (other.get("discriminator") or {}).get("propertyName")
        if before == after:
            return
        detail = f"discriminator {_show_limit(before)} → {_show_limit(after)}"
        # Declared or dropped over variants that each carry their own tag in that property: the wire is the same.
        if after is None and discriminator_implied(_branches(other), str(before), self.resolver("other")):
            self.add(r.DISCRIMINATOR_DROPPED, path, detail + " (every variant still carries its tag)")
        elif before is None and discriminator_implied(_branches(base), str(after), self.resolver("base")):
            self.add(r.DISCRIMINATOR_ADDED, path, detail + " (every variant already carried its tag)")
        else:
            self.add(r.DISCRIMINATOR_CHANGED, path, detail)

    def variants(
        self, base: Schema, other: Schema, keyword: str, path: str, expanding: frozenset[tuple[str, str]]
    ) -> None:
        declared = (other.get("discriminator") or base.get("discriminator") or {}).get("propertyName")
        before, after = base[keyword], other[keyword]
        property_name = (
            declared
            or _discriminator_property(before, self.resolver("base"))
            or _discriminator_property(after, self.resolver("other"))
        )
        tags = (
            [variant_tag(v, property_name, self.resolver("base")) for v in before] if property_name else [],
            [variant_tag(v, property_name, self.resolver("other")) for v in after] if property_name else [],
        )
        matched, removed, added = _match(before, after, property_name, self.diff.equivalents, tags)
        for label, old_variant, new_variant in matched:
            self.node(old_variant, new_variant, join(path, f"[{keyword} {label}]"), expanding)
        for label in removed:
            rule = r.REQUEST_VARIANT_REMOVED if self.request else r.RESPONSE_VARIANT_REMOVED
            self.add(rule, path, f"{keyword} variant {label} removed")
        for label in added:
            rule = r.REQUEST_VARIANT_ADDED if self.request else r.RESPONSE_VARIANT_ADDED
            self.add(rule, path, f"{keyword} variant {label} added")

    def all_of(self, base: list[Any], other: list[Any], path: str, expanding: frozenset[tuple[str, str]]) -> None:
        matched, removed, added = _match(base, other, None, self.diff.equivalents)
        for label, old_part, new_part in matched:
            self.node(old_part, new_part, join(path, f"[allOf {label}]"), expanding)
        for label in removed:
            rule = r.REQUEST_ALLOF_PART_REMOVED if self.request else r.RESPONSE_ALLOF_PART_REMOVED
            self.add(rule, path, f"allOf part {label} removed")
        for label in added:
            rule = r.REQUEST_ALLOF_PART_ADDED if self.request else r.RESPONSE_ALLOF_PART_ADDED
            self.add(rule, path, f"allOf part {label} added")


def _ref(node: Schema) -> str | None:
    ref = node.get("$ref")
    return ref_name(ref) if isinstance(ref, str) else None


def _branches(node: Schema) -> Any:
    return next((node[key] for key in ("oneOf", "anyOf") if key in node), None)


def _shape(node: Schema) -> str:
    for keyword in ("oneOf", "anyOf", "allOf"):
        if keyword in node:
            return keyword
    return "plain"


def _describe(node: Schema) -> str:
    shape = _shape(node)
    return shape if shape != "plain" else _show(sorted(_types(node) or ["any"]))


def _types(node: Schema) -> frozenset[str] | None:
    """The declared types; None means any type."""
    types = node.get("type")
    return frozenset(types) if isinstance(types, list) else None


def _widen(types: frozenset[str]) -> frozenset[str]:
    return types | {"number"} if "integer" in types else types


def _covers(wide: frozenset[str] | None, narrow: frozenset[str] | None) -> bool:
    """Every value of ``narrow`` is a value of ``wide`` (an integer is a number)."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _tightens(key: str, before: Any, after: Any) -> bool:
    """Whether going from ``before`` to ``after`` rejects values that were valid."""
    if after is None:
        return False
    if before is None:
        return after is not False
    if isinstance(before, bool) or isinstance(after, bool) or key == "pattern":
        return True  # a changed pattern or flag cannot be proven looser
    if key in _UPPER_BOUNDS:
        return bool(after < before)
    return bool(after > before)


def _show_limit(value: Any) -> str:
    return "none" if value is None else repr(value) if isinstance(value, str) else str(value)


def _discriminator_property(variants: list[Any], resolve: Resolve) -> str | None:
    """The property whose one-value enum tells the variants apart (``type`` for events and entities), if any. Every
    inline variant must carry it; a $ref variant counts when its target does (entities), and is skipped otherwise."""
    for candidate in ("type", "format", "object", "source", "kind"):
        values: list[str | None] = []
        for variant in variants:
            if not isinstance(variant, dict):
                continue
            if _ref(variant) is None:
                values.append(_variant_tag(variant, candidate))
            elif (tag := variant_tag(variant, candidate, resolve)) is not None:
                values.append(tag)
        if values and all(values) and len(set(values)) == len(values):
            return candidate
    return None


def _variant_tag(variant: Schema, property_name: str) -> str | None:
    enum = ((variant.get("properties") or {}).get(property_name) or {}).get("enum")
    return str(enum[0]) if isinstance(enum, list) and len(enum) == 1 else None


def _label(variant: Any, property_name: str | None, index: int) -> str:
    if isinstance(variant, dict):
        name = _ref(variant)
        if name is not None:
            return name
        if property_name and (tag := _variant_tag(variant, property_name)):
            return f"{property_name}={tag}"
    return f"#{index}"


def _match(
    base: list[Any],
    other: list[Any],
    property_name: str | None,
    renames: Mapping[str, str],
    tags: tuple[list[str | None], list[str | None]] = ([], []),
) -> tuple[list[tuple[str, Any, Any]], list[str], list[str]]:
    """Pair variants by $ref name (a renamed component under its new name) or discriminator tag (a $ref's tag is its
    target's), then equal content, then position among the rest."""
    base_labels = [_label(v, property_name, i) for i, v in enumerate(base)]
    other_labels = [_label(v, property_name, i) for i, v in enumerate(other)]
    matched: list[tuple[str, Any, Any]] = []
    base_left = [i for i, label in enumerate(base_labels) if not label.startswith("#")]
    other_left = list(range(len(other)))
    for i in list(base_left):
        key = renames.get(base_labels[i], base_labels[i])
        # the first unpaired variant with that label: labels repeat when a tag does not tell variants apart
        j = next((j for j in other_left if other_labels[j] == key), None)
        if j is not None:
            matched.append((key, base[i], other[j]))
            base_left.remove(i)
            other_left.remove(j)
    base_tags, other_tags = tags
    for i in list(base_left):
        tag = base_tags[i] if i < len(base_tags) else None
        j = next((j for j in other_left if tag is not None and j < len(other_tags) and other_tags[j] == tag), None)
        if j is not None:
            matched.append((other_labels[j], base[i], other[j]))
            base_left.remove(i)
            other_left.remove(j)
    anonymous_base = [i for i, label in enumerate(base_labels) if label.startswith("#")]
    anonymous_other = [j for j in other_left if other_labels[j].startswith("#")]
    for i in list(anonymous_base):
        equal = next((j for j in anonymous_other if other[j] == base[i]), None)
        if equal is not None:
            anonymous_base.remove(i)
            anonymous_other.remove(equal)
            other_left.remove(equal)
    for i, j in zip(list(anonymous_base), list(anonymous_other), strict=False):
        matched.append((base_labels[i], base[i], other[j]))
        anonymous_base.remove(i)
        other_left.remove(j)
    removed = sorted(base_labels[i] for i in [*base_left, *anonymous_base])
    added = sorted(other_labels[j] for j in other_left)
    return matched, removed, added
