"""0. Startup: the import and the client construction, each in fresh interpreters (nothing cached in this one).

Import: a timed subprocess per round (``perf_counter`` around the import statement), for ``import exa_websets``,
``from exa_websets import WebsetsClient`` (what a program does first) and ``import httpx`` (the floor: the facade
cannot import faster than its HTTP library), interleaved; plus ``-X importtime``'s largest self times for the client.
Construction: in a fresh interpreter, the first ``WebsetsClient()`` and then the median of the next ones.

Two environments, both timed in the same interleaved rounds:

- the *core install*: a virtualenv holding what ``pip install exa-websets`` installs and nothing else (built once
  under ``.cache/bench/`` and reused while ``pyproject.toml`` is unchanged). The targets are judged here: it is
  what the package itself costs.
- *this environment*, the bench's, with every extra. ``dlt`` (the ``sync`` extra) brings ``click`` and the bench
  brings ``rich``; with both importable, ``import httpx`` also imports httpx's own command line (``httpx._main``,
  about 100 ms here), whoever imports httpx. Shown so that cost is visible, not counted against the target.

Every interpreter reads bytecode as an installed package has it (pip compiles at install): one bytecode cache for
every module, ours, httpx's and the standard library's, filled by a warm-up run of each statement. Without it, an
environment with ``PYTHONDONTWRITEBYTECODE`` (this sandbox's) compiles the editable checkout's sources on every
import (~70 ms here) but not httpx's, which pip compiled: unequal work.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench._model import BenchScenario, Config, Section, Table, Target
from bench._server import ROOT
from bench._stats import Stat, interleaved

MAX_IMPORT_SECONDS = 0.25
MAX_CONSTRUCT_MS = 5.0
CLIENT_IMPORT = "from exa_websets import WebsetsClient"
IMPORTS = ("import exa_websets", CLIENT_IMPORT, "import httpx")
CORE = "core install"
EXTRAS = "bench environment (all extras)"

CONSTRUCT = """
import json, statistics, time
from exa_websets import WebsetsClient
started = time.perf_counter()
WebsetsClient("key", environ={{}}).close()
first = time.perf_counter() - started
after = []
for _ in range({calls}):
    started = time.perf_counter()
    client = WebsetsClient("key", environ={{}})
    after.append(time.perf_counter() - started)
    client.close()
print(json.dumps({{"first": first, "after": statistics.median(after)}}))
"""
# What an environment's httpx is and whether importing it also loads its command line.
DESCRIBE = (
    "import json, sys, httpx\n"
    "print(json.dumps({'httpx': httpx.__version__, 'cli': 'httpx._main' in sys.modules,"
    " 'python': sys.version.split()[0]}))"
)

_BYTECODE = tempfile.mkdtemp(prefix="bench-pycache-")  # see the module docstring
atexit.register(shutil.rmtree, _BYTECODE, ignore_errors=True)
_ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPYCACHEPREFIX": _BYTECODE}


def _python(python: str, code: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreters and code
        [python, *flags, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=_ENV,
    )


def core_stamp(pyproject: str, version: str) -> str:
    """What the core environment was built from: rebuilt when the project's metadata or the interpreter changes."""
    return hashlib.sha256(f"{version}\n{pyproject}".encode()).hexdigest()


def core_python(base: Path = ROOT / ".cache" / "bench") -> str:
    """The interpreter of a virtualenv holding only ``pip install exa-websets``'s packages (editable, so it runs
    this checkout; an editable install here is a ``.pth`` line, imported like an installed package)."""
    venv = base / f"core-py{sys.version_info.major}{sys.version_info.minor}"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    stamp_file = venv / "bench-stamp"
    stamp = core_stamp((ROOT / "pyproject.toml").read_text(encoding="utf-8"), sys.version)
    if python.exists() and stamp_file.exists() and stamp_file.read_text(encoding="utf-8") == stamp:
        return str(python)
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)  # noqa: S603 - our interpreter
    install = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", str(ROOT)]
    subprocess.run(install, check=True)  # noqa: S603 - pip on this checkout
    stamp_file.write_text(stamp, encoding="utf-8")
    return str(python)


def import_seconds(python: str, statement: str) -> Callable[[], float]:
    code = f"import time\nstarted = time.perf_counter()\n{statement}\nprint(time.perf_counter() - started)"
    return lambda: float(_python(python, code).stdout)


def construct_ms(python: str, calls: int) -> Callable[[], tuple[float, float]]:
    def run() -> tuple[float, float]:
        out = json.loads(_python(python, CONSTRUCT.format(calls=calls)).stdout)
        return out["first"] * 1e3, out["after"] * 1e3

    return run


def largest_imports(python: str, statement: str, count: int = 5) -> list[tuple[str, float]]:
    """The modules with the largest self time under ``-X importtime`` (one run: a breakdown, not a figure)."""
    lines = _python(python, statement, "-X", "importtime").stderr.splitlines()
    found = []
    for line in lines:
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            found.append((match.group(2), int(match.group(1)) / 1e6))
    return sorted(found, key=lambda pair: -pair[1])[:count]


def run(config: Config) -> Section:
    pythons = {CORE: core_python(), EXTRAS: sys.executable}
    described = {env: json.loads(_python(python, DESCRIBE).stdout) for env, python in pythons.items()}
    variants = {(env, s): import_seconds(python, s) for env, python in pythons.items() for s in IMPORTS}
    for variant in variants.values():  # the warm-up that writes the bytecode cache
        variant()
    imports = interleaved(variants, config.startup_rounds)
    seconds = {key: Stat.of(v) for key, v in imports.items()}
    builds = [construct_ms(pythons[CORE], config.construct_calls)() for _ in range(config.startup_rounds)]
    first, after = Stat.of([b[0] for b in builds]), Stat.of([b[1] for b in builds])
    top = largest_imports(pythons[CORE], CLIENT_IMPORT)
    section = Section("startup", "0. Startup: import and client construction (fresh interpreters)")
    section.tables.append(
        Table(
            ["statement", *(f"{env}: seconds" for env in pythons)],
            [[f"`{s}`", *(seconds[env, s].fmt(3) for env in pythons)] for s in IMPORTS],
            f"{config.startup_rounds} interleaved rounds, one new interpreter each, every module's bytecode cached "
            "as after an install; median (min-max). `import exa_websets` loads no client until one is named. "
            + "; ".join(
                f"{env}: Python {d['python']}, httpx {d['httpx']}, "
                + ("imports its command line (click and rich are installed)" if d["cli"] else "no httpx CLI")
                for env, d in described.items()
            )
            + ".",
        )
    )
    section.tables.append(
        Table(
            ["`WebsetsClient()` (core install)", "ms"],
            [
                ["the first in a process", first.fmt(2)],
                [f"after it (median of {config.construct_calls})", after.fmt(3)],
            ],
            "The first builds the process's one TLS context (the trust store); later clients share it.",
        )
    )
    section.notes.append(
        f"Largest self times importing the client in the core install (`python -X importtime -c '{CLIENT_IMPORT}'`,"
        " one run): " + ", ".join(f"`{name}` {secs * 1e3:.0f} ms" for name, secs in top) + "."
    )
    client_import = seconds[CORE, CLIENT_IMPORT]
    extras = (
        f"{seconds[EXTRAS, CLIENT_IMPORT].fmt(3)} s, `import httpx` alone {seconds[EXTRAS, 'import httpx'].fmt(3)} s"
    )
    own = Stat.of([a - b for a, b in zip(imports[CORE, CLIENT_IMPORT], imports[CORE, "import httpx"], strict=True)])
    section.targets += [
        Target(
            "`from exa_websets import WebsetsClient` ≤ 0.25 s (core install)",
            "≤ 0.25 s",
            f"{client_import.fmt(3)} s (above `import httpx`: {own.fmt(3)} s; every extra installed: {extras})",
            client_import.median <= MAX_IMPORT_SECONDS,
        ),
        Target(
            "`WebsetsClient()` after the first ≤ 5 ms",
            "≤ 5 ms",
            f"{after.fmt(3)} ms (the first: {first.fmt(1)} ms)",
            after.median <= MAX_CONSTRUCT_MS,
        ),
    ]
    section.extra = {"imports": seconds, "own": own, "first_ms": first, "after_ms": after, "top": top}
    return section


SCENARIOS = [BenchScenario("startup", lambda context: run(context.config))]
