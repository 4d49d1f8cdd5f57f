"""Regenerate ``generated/exa_websets_api`` from the pinned spec: fetch → verify → normalize → generate → format.

Run through ``nox -s regenerate``. The output is deterministic: the tool versions are pinned by the nox session,
the formatter runs isolated from any local configuration, and nothing time- or machine-dependent is written.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from openapi.fetch import DEFAULT_CACHE_DIR, fetch_spec, load_pin
from openapi.generator import run_generator
from openapi.normalize import PIPELINE, normalize
from openapi.normalize._schemas import iter_operations
from openapi.overlays import apply_overlays, is_overlay
from openapi.spec_index import build_spec_index, render

OPENAPI_DIR = Path(__file__).resolve().parent
ROOT = OPENAPI_DIR.parent
PACKAGE = "exa_websets_api"
DEFAULT_OUTPUT = ROOT / "generated" / PACKAGE
# Formatting flags live here, not in a config file, so that no local configuration can change the bytes.
RUFF_FIX = ["check", "--isolated", "--no-cache", "--target-version", "py310", "--fix-only", "--select", "I,F401"]
RUFF_FORMAT = ["format", "--isolated", "--no-cache", "--target-version", "py310", "--line-length", "120"]


class GenerationError(RuntimeError):
    pass


@contextmanager
def step(name: str, timings: dict[str, float]) -> Iterator[None]:
    started = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - started


def load_normalized_spec(spec_path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The pinned spec after the named transformations and the documented-endpoint overlays."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    normalized, counts = normalize(apply_overlays(spec))
    return normalized, counts


def generate(normalized: dict[str, Any], workdir: Path) -> Path:
    """Generate the package; any problem the generator reports (warnings included) is an error."""
    package, problems = run_generator(normalized, workdir)
    if problems:
        raise GenerationError("openapi-python-client reported problems:\n" + "\n".join(problems))
    (package / "py.typed").write_text("", encoding="utf-8")
    (package / "spec_index.json").write_text(render(build_spec_index(normalized)), encoding="utf-8")
    return package


def format_package(package: Path) -> None:
    for args in (RUFF_FIX, RUFF_FORMAT):
        command = [sys.executable, "-m", "ruff", *args, str(package)]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - our own interpreter and arguments


def install(package: Path, output: Path) -> None:
    """Replace the output package with the new one in one move, so a failure never leaves half a package."""
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = output.with_name(f".{output.name}.new")
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(package, staging)
    if output.exists():
        shutil.rmtree(output)
    staging.rename(output)


def regenerate(
    output: Path = DEFAULT_OUTPUT, *, cache_dir: Path = DEFAULT_CACHE_DIR, log: Callable[[str], None] = print
) -> dict[str, float]:
    timings: dict[str, float] = {}
    pin = load_pin()
    with step("fetch", timings):
        spec_path = fetch_spec(pin, cache_dir=cache_dir, log=log)
    with step("normalize", timings):
        normalized, counts = load_normalized_spec(spec_path)
    for transformation in PIPELINE:
        count = counts[transformation.name]
        log(f"normalize: {transformation.name}: {count} place(s)")
        if transformation.warns and count:
            log(f"warning: normalize: {transformation.name} rewrote {count} place(s): {transformation.reason}")
    with tempfile.TemporaryDirectory() as tmp:
        with step("generate", timings):
            package = generate(normalized, Path(tmp))
        with step("format", timings):
            format_package(package)
        install(package, output)
    modules = sorted(p for p in (output / "api").rglob("*.py") if p.name != "__init__.py")
    supplement = sum(1 for o in iter_operations(normalized) if is_overlay(o[2]))
    log(
        f"generated {len(modules)} endpoint modules ({len(modules) - supplement} from {pin.repository}@"
        f"{pin.short_commit}, {supplement} from the documented supplement in openapi/overlays) into {output}"
    )
    log("timings: " + ", ".join(f"{name} {seconds:.2f}s" for name, seconds in timings.items()))
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="package directory to write")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR, help="where verified specs are kept")
    parser.add_argument("--timings-json", type=Path, help="also write the step timings here")
    args = parser.parse_args(argv)
    try:
        timings = regenerate(args.output, cache_dir=args.cache_dir)
    except Exception as exc:  # noqa: BLE001 - one clear line for the user, not a traceback
        print(f"regenerate: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if args.timings_json:
        args.timings_json.write_text(json.dumps(timings, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
