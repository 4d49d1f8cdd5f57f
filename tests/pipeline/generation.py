"""Generate a client from a (minimal) spec into a temporary directory and import it under a unique name."""

from __future__ import annotations

import importlib
import itertools
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

from openapi.generator import run_generator

_counter = itertools.count()


def minimal_spec(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "minimal", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def generate(spec: dict[str, Any], workdir: Path) -> tuple[ModuleType | None, list[str]]:
    """The generated package (imported) and the generator's problems."""
    name = f"generated_{next(_counter)}"
    package, problems = run_generator(spec, workdir, package_name=name)
    if not package.exists():
        return None, problems
    sys.path.insert(0, str(workdir))
    try:
        module = importlib.import_module(name)
        if (package / "models" / "__init__.py").exists():
            importlib.import_module(f"{name}.models")  # makes module.models available
        return module, problems
    finally:
        sys.path.remove(str(workdir))


def field_types(model: type, models: ModuleType) -> dict[str, Any]:
    """The resolved type of each attrs field of a generated model (annotations are strings in generated code)."""
    return typing.get_type_hints(model, localns=vars(models))


def allows_none(hint: Any) -> bool:
    return type(None) in typing.get_args(hint) or hint is type(None)
