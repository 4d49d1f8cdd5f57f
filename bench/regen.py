"""6. Regeneration: wall time of the ``nox -s regenerate`` steps (fetch, normalize, generate, format), into a
temporary directory (never into generated/)."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench._model import BenchScenario, Config, Section, Table
from bench._server import ROOT
from bench._stats import Stat

MIRROR_ENV = "EXA_WEBSETS_SPEC_MIRROR"
DEFAULT_MIRROR = ROOT.parent / "shared" / "openapi"
STEPS = ("fetch", "normalize", "generate", "format")


class RegenUnavailable(RuntimeError):
    pass


@contextlib.contextmanager
def _mirror() -> Iterator[str]:
    """The spec mirror from the environment, else the workplace's (as noxfile.py does); restored afterwards."""
    saved = os.environ.get(MIRROR_ENV)
    mirror = saved or (str(DEFAULT_MIRROR) if DEFAULT_MIRROR.is_dir() else "")
    if not mirror:
        raise RegenUnavailable(f"no spec mirror: set {MIRROR_ENV}")
    os.environ[MIRROR_ENV] = mirror
    try:
        yield mirror
    finally:
        if saved is None:
            os.environ.pop(MIRROR_ENV, None)


def regenerate_once() -> tuple[dict[str, float], float]:
    """One regeneration with a fresh (empty) spec cache, so that fetch really fetches (from the mirror)."""
    try:
        from openapi.regenerate import regenerate  # noqa: PLC0415 - needs the regen extra
    except ImportError as error:
        raise RegenUnavailable(f"the regeneration tools are not installed ({error})") from error
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp, contextlib.redirect_stdout(io.StringIO()):
        started = time.perf_counter()
        timings = regenerate(Path(tmp) / "out" / "exa_websets_api", cache_dir=Path(tmp) / "cache", log=lines.append)
        return timings, time.perf_counter() - started


def run(config: Config) -> Section:
    section = Section("regen", "6. Regeneration: the `nox -s regenerate` steps")
    try:
        with _mirror() as mirror:
            cold, cold_total = regenerate_once()  # imports openapi-python-client, ruff's first start
            runs = [regenerate_once() for _ in range(config.regen_rounds)]
    except RegenUnavailable as error:
        section.notes.append(f"Not measured: {error}.")
        return section
    steps = {step: Stat.of([timings[step] for timings, _ in runs]) for step in STEPS}
    total = Stat.of([t for _, t in runs])
    rows = [[step, steps[step].fmt(3), f"{cold[step]:.3f}"] for step in STEPS]
    rows.append(["**total** (incl. install into the output dir)", f"**{total.fmt(3)}**", f"{cold_total:.3f}"])
    section.tables.append(
        Table(
            ["step", "seconds, warm (median, min-max)", "seconds, first run in the process"],
            rows,
            "`openapi.regenerate.regenerate(output=<temp dir>, cache_dir=<empty temp dir>)` with "
            f"{MIRROR_ENV}={mirror}; {config.regen_rounds} warm runs after one first run. `nox -s regenerate` adds "
            "the session's own start (virtualenv reuse, `pip install -e .[regen]`), not measured here.",
        )
    )
    section.chart = {"steps": list(STEPS), "stats": [steps[s] for s in STEPS]}
    return section


SCENARIOS = [BenchScenario("regen", lambda context: run(context.config))]
