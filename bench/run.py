"""Run the benchmarks: ``python -m bench`` or ``python bench/run.py`` (``--quick`` for a small, fast run).

Writes ``bench/results/latest.md`` (and prints it) and ``bench/results/latest.png``. The client-cost sections read
from a cheap static server (prebuilt pages, another process: see ``bench/_static.py``); waiting runs on the stateful
fake in fake time, where state matters. ``--check`` exits 1 when a median misses its target.

Scenarios: each module in ``MODULES`` lists its ``SCENARIOS`` (a key, a ``run(context) -> Section``, and whether it
reads from the static server); add a module there to add a section. ``--skip KEY`` leaves one out.

The client-cost scenarios build the facade's clients with ``rate_limit=None``: they measure the client's own cost
against a server that does not throttle, so the governor (5 requests/s by default) would only measure itself. The
``governor`` scenario measures it against a throttling fake.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import fanout, governor, memory, paging, percall, profiles, regen, startup, sync, waiting
from bench._model import FULL, QUICK, BenchScenario, Config, Context, Section
from bench._server import ROOT
from bench._static import StaticServer
from bench.findings import findings
from bench.report import chart, markdown, write_atomically

RESULTS = ROOT / "bench" / "results"
# Run in this order: fake-time and fresh-interpreter sections first, then the static server's (memory early: little
# freed memory to reuse, so RSS means more), regeneration last on a quieter machine (the server is gone by then).
MODULES = [waiting, startup, percall, memory, paging, fanout, profiles, governor, sync, regen]
SCENARIOS: list[BenchScenario] = [scenario for module in MODULES for scenario in module.SCENARIOS]
SECTIONS = tuple(s.key for s in SCENARIOS)
REPORT_ORDER = (
    "startup",
    "percall",
    "paging",
    "memory",
    "waiting",
    "many",
    "fanout",
    "governor",
    "sync",
    "regen",
    "profile",
)
PACKAGES = ("httpx", "exa-py", "pydantic", "uvicorn", "pyinstrument", "matplotlib")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _git(*args: str) -> str:
    try:
        result = subprocess.run(  # noqa: S603 - fixed read-only git commands
            ["git", *args],  # noqa: S607 - git from PATH, as a developer runs it
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=20,
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},  # never take the index lock (others work in this checkout)
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return result.stdout.strip()


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine(config: Config, load_before: tuple[float, ...], load_after: tuple[float, ...]) -> list[tuple[str, str]]:
    changed = _git("status", "--porcelain", "--untracked-files=no")
    dirty = f"{len(changed.splitlines())} tracked file(s) modified" if changed and changed != "unknown" else "clean"
    return [
        ("commit", f"`{_git('rev-parse', 'HEAD')}` (working tree: {dirty})"),
        ("date", time.strftime("%Y-%m-%d %H:%M %Z")),
        ("CPU", f"{os.cpu_count()} logical CPUs, {_cpu_model()}"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()} on {platform.platform()}"),
        ("packages", ", ".join(f"{p} {_version(p)}" for p in PACKAGES)),
        (
            "load average (1/5/15 min)",
            f"{_load(load_before)} at the start, {_load(load_after)} at the end: other "
            "processes on this machine share its CPUs, which widens the min-max ranges",
        ),
        ("run", f"`{config.name}` configuration, fake seeded with {config.seed}"),
    ]


def _load(values: tuple[float, ...]) -> str:
    return "/".join(f"{v:.2f}" for v in values) if values else "unknown"


def _loadavg() -> tuple[float, ...]:
    try:
        return os.getloadavg()
    except OSError:
        return ()


def _timed(key: str, work: Callable[[], Section]) -> Section:
    log(f"{key}: start")
    started = time.perf_counter()
    section = work()
    section.seconds = time.perf_counter() - started
    log(f"{key}: {section.seconds:.1f} s")
    return section


def _unavailable(skip: set[str]) -> dict[str, str]:
    """Sections left out, with why: asked for, or a tool of the bench extra missing."""
    reasons = {s: "asked (--skip)" for s in skip}
    if "profile" not in skip and importlib.util.find_spec("pyinstrument") is None:
        reasons["profile"] = "pyinstrument is not installed (the bench extra)"
    return reasons


def run(config: Config, out: Path, skip: set[str]) -> tuple[str, list[Section]]:
    load_before = _loadavg()
    left_out = _unavailable(skip)
    wanted = [s for s in SCENARIOS if s.key not in left_out]
    done: dict[str, Section] = {}
    served = StaticServer(
        config.plans([s.key for s in wanted if s.served]), seed=config.seed, templates=config.static_templates
    )
    context = Context(config, served, log)
    last_served = max((i for i, s in enumerate(wanted) if s.served), default=-1)
    try:
        for index, scenario in enumerate(wanted):
            if scenario.served and not served.running:
                log("starting the static server")
                served.start().wait_ready()
                log(f"the static server is ready at {served.base_url} (built in {served.seed_seconds:.1f} s)")
            done[scenario.key] = _timed(scenario.key, lambda scenario=scenario: scenario.run(context))
            if index == last_served:
                served.stop()
    finally:
        served.stop()
    ordered = [done[k] for k in REPORT_ORDER if k in done] + [v for k, v in done.items() if k not in REPORT_ORDER]
    report = markdown(
        machine=machine(config, load_before, _loadavg()),
        sections=ordered,
        findings=findings(done),
        skipped=[f"{s} ({why})" for s, why in left_out.items()],
    )
    out.mkdir(parents=True, exist_ok=True)
    write_atomically(out / "latest.md", report.encode("utf-8"))
    if not chart(done, out / "latest.png"):
        (out / "latest.png").unlink(missing_ok=True)  # never leave an older run's chart next to this report
        log("matplotlib is not installed: no chart")
    return report, ordered


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each (a smoke test, not figures)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where latest.md and latest.png go")
    parser.add_argument("--skip", action="append", default=[], choices=SECTIONS, help="leave a section out")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is not met")
    args = parser.parse_args(argv)
    config = QUICK if args.quick else FULL
    started = time.perf_counter()
    report, sections = run(config, args.out, set(args.skip))
    print(report)
    written = [p for p in (args.out / "latest.md", args.out / "latest.png") if p.exists()]
    log(f"done in {time.perf_counter() - started:.0f} s: {', '.join(map(str, written))}")
    return exit_code(sections, check=args.check)


def exit_code(sections: list[Section], *, check: bool) -> int:
    """1 when checking and any target's median missed it."""
    missed = [t.name for s in sections for t in s.targets if not t.met]
    if check and missed:
        log("missed: " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
