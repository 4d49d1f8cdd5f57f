"""Every third-party module the shipped packages import is declared in pyproject.toml, in the right place: the
client's own modules only use the core dependencies; the CLI, the sync and the fake may also use their extras.

Imports under ``if TYPE_CHECKING:`` count too (a type checker resolves them for the package's users)."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from importlib.metadata import packages_distributions
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
FACADE = ROOT / "facade" / "exa_websets"
GENERATED = ROOT / "generated" / "exa_websets_api"
OWN = {"exa_websets", "exa_websets_api"}
STUB_ONLY = {"_typeshed"}  # typeshed's module of typing helpers: exists for type checkers only, never installed
# The extras a subpackage may use besides the core dependencies (the CLI's `sync` and `fake` commands load theirs).
EXTRAS_OF = {"cli": {"cli", "sync", "testing"}, "sync": {"sync"}, "testing": {"testing"}}


def third_party_imports(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top not in sys.stdlib_module_names and top not in OWN and top not in STUB_ONLY:
                yield top


def distribution(requirement: str) -> str:
    """``"httpx>=0.27,<1"`` -> ``"httpx"``, normalised as PEP 503 names are."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert name is not None, requirement
    return re.sub(r"[-_.]+", "-", name.group(0)).lower()


def declared() -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return {distribution(r) for r in project["dependencies"]}, {
        extra: {distribution(r) for r in requirements} for extra, requirements in extras.items()
    }


def imports_by_module() -> dict[str, set[str]]:
    shipped = [*FACADE.rglob("*.py"), *GENERATED.rglob("*.py")]
    return {str(path.relative_to(ROOT)): set(third_party_imports(path)) for path in shipped}


def test_every_third_party_import_is_declared_where_its_module_may_use_it() -> None:
    core, extras = declared()
    module_distributions = packages_distributions()
    undeclared: list[str] = []
    for module, imported in sorted(imports_by_module().items()):
        parts = Path(module).relative_to("facade/exa_websets").parts if module.startswith("facade/") else ()
        allowed = set(core)
        for extra in EXTRAS_OF.get(parts[0], set()) if len(parts) > 1 else set():
            allowed |= extras[extra]
        for top in sorted(imported):
            names = {distribution(d) for d in module_distributions.get(top, [top])}
            if not names & allowed:
                undeclared.append(f"{module} imports {top} ({', '.join(sorted(names))})")
    assert undeclared == [], "declare these in pyproject.toml (core dependencies or the module's extra)"


def test_the_walk_sees_imports_made_for_type_checkers_only() -> None:
    assert "typing_extensions" in imports_by_module()["facade/exa_websets/_async/resources/websets.py"]
