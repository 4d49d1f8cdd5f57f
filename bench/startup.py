"""0. Startup: the import and the client construction, each in fresh interpreters (nothing cached in this one).

Import: a timed subprocess per round (``perf_counter`` around the import statement), for ``import exa_websets``,
``from exa_websets import WebsetsClient`` (what a program does first) and ``import httpx`` (the floor: the facade
cannot import faster than its HTTP library), interleaved; plus ``-X importtime``'s largest self times for the client.
Construction: in a fresh interpreter, the first ``WebsetsClient()`` and then the median of the next ones.

Every interpreter reads bytecode as an installed package has it (pip compiles at install): one bytecode cache for
every module, ours, httpx's and the standard library's, filled by a warm-up run of each statement. Without it, an
environment with ``PYTHONDONTWRITEBYTECODE`` (this sandbox's) compiles the editable checkout's sources on every
import (~70 ms here) but not httpx's, which pip compiled: unequal work.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable

from bench._model import BenchScenario, Config, Section, Table, Target
from bench._server import ROOT
from bench._stats import Stat, interleaved

MAX_IMPORT_SECONDS = 0.25
MAX_CONSTRUCT_MS = 5.0
CLIENT_IMPORT = "from exa_websets import WebsetsClient"
IMPORTS = ("import exa_websets", CLIENT_IMPORT, "import httpx")

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


_BYTECODE = tempfile.mkdtemp(prefix="bench-pycache-")  # see the module docstring
_ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPYCACHEPREFIX": _BYTECODE}


def _python(code: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, *flags, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=_ENV,
    )


def import_seconds(statement: str) -> Callable[[], float]:
    code = f"import time\nstarted = time.perf_counter()\n{statement}\nprint(time.perf_counter() - started)"
    return lambda: float(_python(code).stdout)


def construct_ms(calls: int) -> Callable[[], tuple[float, float]]:
    def run() -> tuple[float, float]:
        out = json.loads(_python(CONSTRUCT.format(calls=calls)).stdout)
        return out["first"] * 1e3, out["after"] * 1e3

    return run


def largest_imports(statement: str, count: int = 5) -> list[tuple[str, float]]:
    """The modules with the largest self time under ``-X importtime`` (one run: a breakdown, not a figure)."""
    lines = _python(statement, "-X", "importtime").stderr.splitlines()
    found = []
    for line in lines:
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            found.append((match.group(2), int(match.group(1)) / 1e6))
    return sorted(found, key=lambda pair: -pair[1])[:count]


def run(config: Config) -> Section:
    for statement in IMPORTS:  # the warm-up that writes the bytecode cache
        _python(statement)
    imports = interleaved({s: import_seconds(s) for s in IMPORTS}, config.startup_rounds)
    seconds = {s: Stat.of(v) for s, v in imports.items()}
    builds = [construct_ms(config.construct_calls)() for _ in range(config.startup_rounds)]
    first, after = Stat.of([b[0] for b in builds]), Stat.of([b[1] for b in builds])
    top = largest_imports(CLIENT_IMPORT)
    section = Section("startup", "0. Startup: import and client construction (fresh interpreters)")
    section.tables.append(
        Table(
            ["statement", "seconds"],
            [[f"`{s}`", seconds[s].fmt(3)] for s in IMPORTS],
            f"{config.startup_rounds} interleaved rounds, one new interpreter each, every module's bytecode cached "
            "as after an install; median (min-max). `import exa_websets` loads no client until one is named.",
        )
    )
    section.tables.append(
        Table(
            ["`WebsetsClient()`", "ms"],
            [
                ["the first in a process", first.fmt(2)],
                [f"after it (median of {config.construct_calls})", after.fmt(3)],
            ],
            "The first builds the process's one TLS context (the trust store); later clients share it.",
        )
    )
    section.notes.append(
        f"Largest self times importing the client (`python -X importtime -c '{CLIENT_IMPORT}'`, one run): "
        + ", ".join(f"`{name}` {secs * 1e3:.0f} ms" for name, secs in top)
        + "."
    )
    client_import = seconds[CLIENT_IMPORT]
    section.targets += [
        Target(
            "`from exa_websets import WebsetsClient` ≤ 0.25 s",
            "≤ 0.25 s",
            f"{client_import.fmt(3)} s (`import exa_websets`: {seconds['import exa_websets'].fmt(3)} s)",
            client_import.median <= MAX_IMPORT_SECONDS,
        ),
        Target(
            "`WebsetsClient()` after the first ≤ 5 ms",
            "≤ 5 ms",
            f"{after.fmt(3)} ms (the first: {first.fmt(1)} ms)",
            after.median <= MAX_CONSTRUCT_MS,
        ),
    ]
    section.extra = {"imports": seconds, "first_ms": first, "after_ms": after, "top": top}
    return section


SCENARIOS = [BenchScenario("startup", lambda context: run(context.config))]
