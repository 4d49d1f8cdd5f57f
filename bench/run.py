"""Run the benchmarks: ``python -m bench`` or ``python bench/run.py`` (``--quick`` for a small, fast run).

Writes ``bench/results/latest.md`` (and prints it) and ``bench/results/latest.png``. Takes about five minutes on 2
cores: the served fake seeds its websets (~120,000 items) in a child process while the fake-time waiting sections
run; the 100,000-item memory pass is the longest part (the fake's item list costs O(webset size) per page).
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

from bench import fanout, memory, paging, percall, profiles, regen, waiting
from bench._model import FULL, QUICK, Config, Section
from bench._server import ROOT, ServedFake
from bench.findings import findings
from bench.report import chart, markdown, write_atomically

RESULTS = ROOT / "bench" / "results"
SECTIONS = ("waiting", "many", "percall", "paging", "fanout", "profile", "memory", "regen")
SERVED = {"percall", "paging", "fanout", "profile", "memory"}
REPORT_ORDER = ("percall", "paging", "memory", "waiting", "many", "fanout", "regen", "profile")
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
    wanted = [s for s in SECTIONS if s not in left_out]
    done: dict[str, Section] = {}
    served = ServedFake(config.plans(wanted), seed=config.seed)
    if SERVED & set(wanted):
        log("seeding the served fake in a child process")
        served.start()
    try:
        # Fake time only, in process: runs while the child seeds (its figures are counts, not timings).
        if "waiting" in wanted:
            done["waiting"] = _timed("waiting", lambda: waiting.run(config, log))
        if "many" in wanted:
            done["many"] = _timed("many", lambda: waiting.run_many(config, log))
        if SERVED & set(wanted):
            served.wait_ready()
            log(f"the served fake is ready at {served.base_url} (seeded in {served.seed_seconds:.0f} s)")
        for key, work in (
            ("percall", lambda: percall.run(served, config)),
            ("memory", lambda: memory.run(served, config)),  # early: little freed memory to reuse, so RSS means more
            ("paging", lambda: paging.run(served, config)),
            ("fanout", lambda: fanout.run(served, config)),
            ("profile", lambda: profiles.run(served, config, log)),
        ):
            if key in wanted:
                done[key] = _timed(key, work)
    finally:
        served.stop()
    if "regen" in wanted:  # last, on a quiet machine (the server is gone)
        done["regen"] = _timed("regen", lambda: regen.run(config))
    ordered = [done[k] for k in REPORT_ORDER if k in done]
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
    missed = [t.name for s in sections for t in s.targets if not t.met]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
