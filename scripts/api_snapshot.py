"""The public-API stability check for the facade: a committed snapshot of ``exa_websets``'s Python surface.

    python scripts/api_snapshot.py             # compare the package with tests/fixtures/public_api.json
    python scripts/api_snapshot.py --update    # rewrite the snapshot (a deliberate API change: review the diff)

What the snapshot holds (griffe reads the source statically: nothing is imported):

- every name in ``__all__`` of ``exa_websets``, ``exa_websets.types``, ``exa_websets.projections``,
  ``exa_websets.webhooks``, ``exa_websets.testing`` and ``exa_websets.sync``, under its public path
  (``exa_websets.WebsetsClient``);
- for a function or method: its parameters in order (name, kind, whether it has a default; ``self``/``cls`` left
  out), its return annotation and whether it is ``async``/a classmethod/a staticmethod;
- for a class: its bases, and every public member, inherited ones included (attributes with their annotation,
  methods as above, dunder methods such as ``__init__`` and ``__enter__`` too);
- the resources of the clients: an attribute whose annotation is a class of ``exa_websets`` that no module exports
  (``WebsetsClient.websets: Websets``, ``Webhooks.attempts: WebhookAttempts``) is described in place, so
  ``exa_websets.WebsetsClient.websets.create`` is a snapshot entry. Both clients are covered: the sync one
  (generated from the async one by scripts/unasync.py) is public API as much as its source.

``exa_websets.cli`` is left out on purpose: its public surface is the command line, not Python names.
Attribute *values* (``__version__``, the members of the ``types.Event`` union) are not compared.

Compatibility rules (the snapshot is compared as JSON, entry by entry, not with ``griffe.find_breaking_changes``:
griffe skips objects living in private modules, so renaming ``WebsetsClient.websets.cancel``, defined in
``exa_websets._sync.resources``, goes unnoticed there, and its comparison needs the old version as a full griffe
tree (a git ref, or its JSON dump with line numbers and docstrings, which changes on every edit)). The rules follow
griffe's breakage kinds:

breaking (exit 1)
    a name removed (a rename is a removal plus an addition), a change of kind (function ↔ attribute ↔ class), a
    parameter removed, renamed, moved among the positional ones, changed in kind or made required, a required
    parameter added, a return or attribute annotation changed, ``async`` added or dropped, a base class removed;
compatible (exit 0, reported)
    a new name, a new optional parameter, a parameter that became optional, a new base class.

Run ``--update`` to accept a difference; the update prints the same report so the change is seen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "fixtures" / "public_api.json"
SEARCH_PATHS = (ROOT / "facade", ROOT / "generated")
PACKAGE = "exa_websets"
MODULES = (
    "exa_websets",
    "exa_websets.types",
    "exa_websets.projections",
    "exa_websets.webhooks",
    "exa_websets.testing",
    "exa_websets.sync",
)
EXCLUDED = ("exa_websets.cli",)  # its surface is the command line (see the module docstring)
FUNCTION_LABELS = frozenset({"async", "classmethod", "staticmethod"})
POSITIONAL_KINDS = ("positional-only", "positional or keyword")
VARIADIC_KINDS = ("variadic positional", "variadic keyword")
MAX_DEPTH = 4  # client -> resource -> sub-resource is 2; deeper nesting would be a mistake

Entry = dict[str, Any]
Snapshot = dict[str, Entry]


# --- building the snapshot -----------------------------------------------------------------------------------------


def load_package(search_paths: Sequence[Path] = SEARCH_PATHS) -> griffe.Module:
    """``exa_websets`` as griffe sees it from ``search_paths`` (the repository's source by default)."""
    package = griffe.load(
        PACKAGE,
        search_paths=[str(path) for path in search_paths],
        resolve_aliases=True,
        resolve_external=True,
    )
    assert isinstance(package, griffe.Module)
    return package


def build_snapshot(search_paths: Sequence[Path] = SEARCH_PATHS) -> Snapshot:
    """Public path → description, for every public name (see the module docstring)."""
    package = load_package(search_paths)
    collection = package.modules_collection
    modules = {name: _module(collection, name) for name in MODULES}
    exported = {
        obj.path
        for module in modules.values()
        for name in _exports(module)
        if isinstance(obj := _target(module[name]), griffe.Class)
    }
    snapshot: Snapshot = {}
    for module_name, module in modules.items():
        for name in _exports(module):
            _describe(snapshot, f"{module_name}.{name}", module[name], collection, exported, depth=0, seen=())
    return dict(sorted(snapshot.items()))


def _module(collection: griffe.ModulesCollection, name: str) -> griffe.Module:
    module = collection[name]
    assert isinstance(module, griffe.Module), f"{name} is not a module"
    return module


def _exports(module: griffe.Module) -> list[str]:
    if module.exports is None:
        raise ValueError(f"{module.path} has no __all__: its public names are undefined")
    return sorted({str(name) for name in module.exports})


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object | griffe.Alias:
    if isinstance(obj, griffe.Alias):
        try:
            return obj.final_target
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return obj
    return obj


def _is_public_member(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def _describe(
    snapshot: Snapshot,
    path: str,
    obj: griffe.Object | griffe.Alias,
    collection: griffe.ModulesCollection,
    exported: set[str],
    *,
    depth: int,
    seen: tuple[str, ...],
    method: bool = False,
) -> None:
    target = _target(obj)
    if isinstance(target, griffe.Alias):  # could not be resolved: keep what it points at
        snapshot[path] = {"kind": "unresolved", "target": target.target_path}
    elif isinstance(target, griffe.Function):
        snapshot[path] = _function(target, method=method)
    elif isinstance(target, griffe.Class):
        snapshot[path] = {"kind": "class", "bases": [str(base) for base in target.bases]}
        _describe_members(snapshot, path, target, collection, exported, depth=depth, seen=(*seen, target.path))
    elif isinstance(target, griffe.Attribute):
        snapshot[path] = {"kind": "attribute", "annotation": _text(target.annotation)}
        resource = _resource_class(target, collection, exported)
        if resource is not None and resource.path not in seen and depth < MAX_DEPTH:
            _describe_members(snapshot, path, resource, collection, exported, depth=depth + 1, seen=(*seen, path))
    elif isinstance(target, griffe.Module):
        snapshot[path] = {"kind": "module"}
    else:  # pragma: no cover - griffe has no other kinds today
        snapshot[path] = {"kind": str(target.kind.value)}


def _describe_members(
    snapshot: Snapshot,
    path: str,
    cls: griffe.Class,
    collection: griffe.ModulesCollection,
    exported: set[str],
    *,
    depth: int,
    seen: tuple[str, ...],
) -> None:
    members = cls.all_members  # inherited members included (bases that griffe can resolve)
    for name in sorted(members):
        member = members[name]
        if not _is_public_member(name):
            continue
        member_target = _target(member)
        if name.startswith("__") and not isinstance(member_target, griffe.Function):
            continue  # __slots__, __match_args__...: not API
        _describe(snapshot, f"{path}.{name}", member, collection, exported, depth=depth, seen=seen, method=True)


def _resource_class(
    attribute: griffe.Attribute, collection: griffe.ModulesCollection, exported: set[str]
) -> griffe.Class | None:
    """The class an attribute is annotated with, when it is one of ours that no module exports (a resource)."""
    annotation = attribute.annotation
    if not isinstance(annotation, griffe.ExprName):
        return None
    canonical = annotation.canonical_path
    if not canonical.startswith(f"{PACKAGE}.") or canonical in exported:
        return None
    if any(canonical == excluded or canonical.startswith(f"{excluded}.") for excluded in EXCLUDED):
        return None
    try:
        found = _target(collection[canonical])
    except KeyError:
        return None
    return found if isinstance(found, griffe.Class) else None


def _function(function: griffe.Function, *, method: bool) -> Entry:
    labels = sorted(FUNCTION_LABELS & set(function.labels))
    parameters = list(function.parameters)
    if method and "staticmethod" not in labels and parameters and parameters[0].name in ("self", "cls"):
        parameters = parameters[1:]
    return {
        "kind": "function",
        "labels": labels,
        "parameters": [
            {
                "name": parameter.name,
                "kind": str(parameter.kind.value),
                # griffe gives **kwargs a default of "{}": only a real default makes a parameter optional
                "default": parameter.default is not None and str(parameter.kind.value) not in VARIADIC_KINDS,
            }
            for parameter in parameters
        ],
        "returns": _text(function.returns),
    }


def _text(annotation: str | griffe.Expr | None) -> str | None:
    return None if annotation is None else str(annotation)


# --- comparing -----------------------------------------------------------------------------------------------------


@dataclass
class Comparison:
    breaking: list[str] = field(default_factory=list)
    additions: list[str] = field(default_factory=list)
    compatible: list[str] = field(default_factory=list)  # changes of an existing name that keep callers working

    @property
    def unchanged(self) -> bool:
        return not (self.breaking or self.additions or self.compatible)

    def report(self) -> str:
        lines: list[str] = []
        for title, entries in (
            ("BREAKING", self.breaking),
            ("compatible change", self.compatible),
            ("addition", self.additions),
        ):
            lines += [f"{title}: {entry}" for entry in entries]
        return "\n".join(lines)


def compare(old: Mapping[str, Entry], new: Mapping[str, Entry]) -> Comparison:
    """What changed from the snapshot ``old`` to ``new`` (see the module docstring for the rules)."""
    result = Comparison()
    removed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    for path in _outermost(removed):
        inner = sum(1 for other in removed if other.startswith(f"{path}."))
        suffix = f" (and its {inner} members)" if inner else ""
        result.breaking.append(f"{path}: removed{suffix}{_rename_hint(path, old, new, added)}")
    for path in _outermost(added):
        inner = sum(1 for other in added if other.startswith(f"{path}."))
        result.additions.append(f"{path}: added{f' (with {inner} members)' if inner else ''}")
    for path in sorted(set(old) & set(new)):
        if old[path] != new[path]:
            breaking, compatible = _entry_changes(old[path], new[path])
            result.breaking += [f"{path}: {change}" for change in breaking]
            result.compatible += [f"{path}: {change}" for change in compatible]
    return result


def _outermost(paths: Sequence[str]) -> list[str]:
    """The paths whose parent is not in the list too (a removed class is one finding, not one per member)."""
    chosen = set(paths)
    return [path for path in paths if not any(path.startswith(f"{other}.") for other in chosen)]


def _rename_hint(path: str, old: Mapping[str, Entry], new: Mapping[str, Entry], added: Sequence[str]) -> str:
    parent = path.rsplit(".", 1)[0]
    candidates = [
        other
        for other in added
        if other.rsplit(".", 1)[0] == parent and new[other].get("kind") == old[path].get("kind")
    ]
    return f" (renamed to {candidates[0].rsplit('.', 1)[1]}?)" if len(candidates) == 1 else ""


def _entry_changes(old: Entry, new: Entry) -> tuple[list[str], list[str]]:
    if old.get("kind") != new.get("kind"):
        return [f"changed kind: {old.get('kind')} -> {new.get('kind')}"], []
    kind = old["kind"]
    if kind == "function":
        return _function_changes(old, new)
    if kind == "attribute":
        return [f"annotation changed: {old.get('annotation')} -> {new.get('annotation')}"], []
    if kind == "class":
        removed = [base for base in old.get("bases", []) if base not in new.get("bases", [])]
        added = [base for base in new.get("bases", []) if base not in old.get("bases", [])]
        return [f"base removed: {base}" for base in removed], [f"base added: {base}" for base in added]
    return [f"changed: {old} -> {new}"], []


def _function_changes(old: Entry, new: Entry) -> tuple[list[str], list[str]]:
    breaking, compatible = _parameter_changes(old["parameters"], new["parameters"])
    if old.get("returns") != new.get("returns"):
        breaking.append(f"return annotation changed: {old.get('returns')} -> {new.get('returns')}")
    if old.get("labels") != new.get("labels"):
        breaking.append(f"labels changed: {old.get('labels')} -> {new.get('labels')}")
    return breaking, compatible


def _parameter_changes(
    old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]
) -> tuple[list[str], list[str]]:
    breaking: list[str] = []
    compatible: list[str] = []
    old_parameters = {parameter["name"]: parameter for parameter in old}
    new_parameters = {parameter["name"]: parameter for parameter in new}
    for name, before in old_parameters.items():
        after = new_parameters.get(name)
        if after is None:
            breaking.append(f"parameter {name!r} removed")
        elif before["kind"] != after["kind"]:
            breaking.append(f"parameter {name!r} changed kind: {before['kind']} -> {after['kind']}")
        elif before["kind"] in VARIADIC_KINDS:
            continue  # *args / **kwargs take nothing or anything: their "default" means nothing
        elif before["default"] and not after["default"]:
            breaking.append(f"parameter {name!r} became required")
        elif after["default"] and not before["default"]:
            compatible.append(f"parameter {name!r} became optional")
    for name, after in new_parameters.items():
        if name in old_parameters:
            continue
        if after["default"] or after["kind"] in VARIADIC_KINDS:
            compatible.append(f"optional parameter {name!r} added")
        else:
            breaking.append(f"required parameter {name!r} added")
    old_positions, new_positions = _positions(old), _positions(new)
    for name, index in old_positions.items():
        if name in new_positions and new_positions[name] != index:
            breaking.append(f"parameter {name!r} moved from position {index} to {new_positions[name]}")
    return breaking, compatible


def _positions(parameters: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    positional = [parameter["name"] for parameter in parameters if parameter["kind"] in POSITIONAL_KINDS]
    return {name: index for index, name in enumerate(positional)}


# --- the snapshot file ---------------------------------------------------------------------------------------------


def render(snapshot: Mapping[str, Entry]) -> str:
    """The snapshot file: JSON with one line per public path, sorted, so a diff shows exactly what changed."""
    header = {
        "_about": "The public API of exa_websets; written by scripts/api_snapshot.py --update, do not edit by hand.",
        "modules": list(MODULES),
        "excluded": list(EXCLUDED),
    }
    lines = [f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}," for key, value in header.items()]
    entries = [
        f"    {json.dumps(path)}: {json.dumps(entry, sort_keys=True, ensure_ascii=False)}"
        for path, entry in sorted(snapshot.items())
    ]
    return "{\n" + "\n".join(lines) + '\n  "api": {\n' + ",\n".join(entries) + "\n  }\n}\n"


def read_snapshot(path: Path) -> Snapshot:
    document = json.loads(path.read_text(encoding="utf-8"))
    api: Snapshot = document["api"]
    return api


def main(argv: Sequence[str] | None = None, *, search_paths: Sequence[Path] = SEARCH_PATHS) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--update", action="store_true", help="rewrite the snapshot from the current package")
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT, help=f"default: {SNAPSHOT.relative_to(ROOT)}")
    args = parser.parse_args(argv)

    previous = read_snapshot(args.snapshot) if args.snapshot.is_file() else None
    if previous is None and not args.update:
        print(f"no snapshot at {args.snapshot}: run `python scripts/api_snapshot.py --update`", file=sys.stderr)
        return 1
    current = build_snapshot(search_paths)
    comparison = compare(previous, current) if previous is not None else None

    if args.update:
        args.snapshot.parent.mkdir(parents=True, exist_ok=True)
        args.snapshot.write_text(render(current), encoding="utf-8")
        if comparison is not None and not comparison.unchanged:
            print(comparison.report())
        print(f"wrote {args.snapshot} ({len(current)} entries)")
        return 0
    assert comparison is not None
    if comparison.unchanged:
        print(f"public API matches {args.snapshot} ({len(current)} entries)")
        return 0
    print(comparison.report())
    if comparison.breaking:
        print(
            f"\n{len(comparison.breaking)} breaking change(s) to the public API. If they are intended, run "
            "`python scripts/api_snapshot.py --update` and commit tests/fixtures/public_api.json.",
            file=sys.stderr,
        )
        return 1
    print("\nno breaking change; `python scripts/api_snapshot.py --update` records the additions in the snapshot")
    return 0


if __name__ == "__main__":
    sys.exit(main())
