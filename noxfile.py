"""Developer and CI entry points. `nox -l` lists them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
DEFAULT_MIRROR = ROOT.parent / "shared" / "openapi"
LINTED = ["facade", "openapi", "tests", "examples", "scripts", "noxfile.py"]
DOCUMENTS = ["README.md", "CONTRIBUTING.md"]

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True  # a session asked for must run, never be skipped
nox.options.sessions = ["lint", "typecheck", "tests"]
DEMO_OUTPUT = ROOT / "demo-output"

# The shipped packages support these; the spec tooling (openapi-python-client 0.29.1) needs Python >= 3.11.
SUPPORTED = ("3.10", "3.11", "3.12", "3.13")
TOOLING = ("3.11", "3.12", "3.13")
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"


def _installed(version: str) -> str | None:
    """An interpreter for ``version`` that runs: on PATH, else an installed pyenv version (shims may be inactive)."""
    candidates = [shutil.which(f"python{version}")]
    candidates += sorted(str(p) for p in PYENV_VERSIONS.glob(f"{version}.*/bin/python{version}"))
    for candidate in filter(None, candidates):
        if subprocess.run([candidate, "-c", ""], capture_output=True, check=False).returncode == 0:
            return candidate
    return None


def _choose(versions: tuple[str, ...]) -> str | None:
    """The interpreter running nox when it is one of ``versions`` (no second Python needed), else the newest found."""
    if f"{sys.version_info[0]}.{sys.version_info[1]}" in versions:
        return sys.executable
    return next(filter(None, map(_installed, reversed(versions))), None)


# Sessions that ship or test only the packages; sessions that run the spec tooling; the oldest supported Python.
# None means not found: such a session stops with one line naming the versions looked for (see _python).
SHIPPED_PYTHON = _choose(SUPPORTED)
TOOLING_PYTHON = _choose(TOOLING)
OLDEST_PYTHON = _installed(SUPPORTED[0])
NEWEST_PYTHON = next(filter(None, map(_installed, reversed(TOOLING))), None)


def _python(found: str | None) -> str | bool:
    return found or False  # False: no virtualenv; the session body reports what is missing before doing anything


def _require(session: nox.Session, found: str | None, versions: tuple[str, ...]) -> None:
    if found is None:
        session.error(
            f"no Python {' or '.join(versions)} found, neither on PATH (python{versions[-1]} ...) nor in "
            f"{PYENV_VERSIONS}: install one (e.g. `pyenv install {versions[-1]}`)"
        )


def _mirror_env() -> dict[str, str]:
    """Point EXA_WEBSETS_SPEC_MIRROR at the workplace mirror unless the caller chose one."""
    mirror = os.environ.get("EXA_WEBSETS_SPEC_MIRROR")
    if not mirror and DEFAULT_MIRROR.is_dir():
        mirror = str(DEFAULT_MIRROR)
    return {"EXA_WEBSETS_SPEC_MIRROR": mirror} if mirror else {}


@nox.session(python=_python(TOOLING_PYTHON))
def regenerate(session: nox.Session) -> None:
    """Fetch the pinned spec (cache → mirror → download), verify, normalize, generate into generated/, format."""
    _require(session, TOOLING_PYTHON, TOOLING)
    session.install("-e", ".[regen]")
    session.run("python", "-m", "openapi.regenerate", *session.posargs, env=_mirror_env())


@nox.session(python=_python(SHIPPED_PYTHON))
def demo(session: nox.Session) -> None:
    """The main job, offline: serve the fake service, create a webset, watch it, write its items to CSV and JSONL."""
    _require(session, SHIPPED_PYTHON, SUPPORTED)
    session.install("-e", ".[cli,testing]")
    session.run("python", "examples/demo.py", "--serve-fake", "--out", str(DEMO_OUTPUT), *session.posargs)


def _run_tests(session: nox.Session, selection: str) -> None:
    session.install("-e", ".[test,regen,testing,cli,bench,sync]")
    # Fail fast, in one line, when neither the cache, the mirror nor the network has the upstream versions.
    session.run("python", "-m", "openapi.fetch", "--all", env=_mirror_env(), silent=True)
    session.run("pytest", "-n", "auto", "-m", selection, "--ignore=tests/prism", *session.posargs, env=_mirror_env())


@nox.session(python=_python(TOOLING_PYTHON))
def tests(session: nox.Session) -> None:
    """The test suite (spec pipeline, unit, contract, end-to-end) on every CPU, minus the suites marked slow.

    `-- -m slow` runs only those, `-- -m ""` everything (as CI does), `-- -n 0` in one process: extra arguments go
    to pytest. Runs on the Python running nox when it is 3.11+ (the spec tooling's floor), else on the newest
    3.11-3.13 found."""
    _require(session, TOOLING_PYTHON, TOOLING)
    _run_tests(session, "not slow")


@nox.session(name="tests-newest", python=_python(NEWEST_PYTHON))
def tests_newest(session: nox.Session) -> None:
    """The README's test command on the newest Python found (3.13 here), whichever Python runs nox: CI runs both."""
    _require(session, NEWEST_PYTHON, TOOLING)
    _run_tests(session, "not slow")


@nox.session(name="tests-oldest", python=_python(OLDEST_PYTHON))
def tests_oldest(session: nox.Session) -> None:
    """The shipped packages' tests on the oldest supported Python (the spec-pipeline tooling needs 3.11+), minus the
    suites marked slow, as on the newest (`-- -m ""` adds them): CI runs those once, in `nox -s tests`."""
    _require(session, OLDEST_PYTHON, SUPPORTED[:1])
    session.install("-e", ".[test,testing,cli,sync]")
    session.run("python", "-m", "openapi.fetch", "--all", env=_mirror_env(), silent=True)
    session.run(
        "pytest",
        "-q",
        "-n",
        "auto",
        "-m",
        "not slow",
        "--ignore=tests/pipeline",
        "--ignore=tests/drift",  # the drift check is spec tooling too (it reads the generator's naming)
        "--ignore=tests/api",
        "--ignore=tests/bench",
        "--ignore=tests/prism",
        *session.posargs,
        env=_mirror_env(),
    )


@nox.session(python=_python(TOOLING_PYTHON))
def prism(session: nox.Session) -> None:
    """Every facade operation against Prism mocking the pinned spec: a tool we did not write validates our requests.

    Installs @stoplight/prism-cli from npm into .cache/prism (needs node and npm)."""
    _require(session, TOOLING_PYTHON, TOOLING)
    session.install("-e", ".[test]")
    session.run("python", "scripts/prism.py", "install")
    # Four workers, each with its own Prism, even on 2 CPUs: the run waits on Prism's answers more than it computes
    # (148 s in one process, 85 s with 2 workers, 65 s with 4, measured here).
    session.run("pytest", "-q", "-n", "4", "tests/prism", *session.posargs, env=_mirror_env())


@nox.session(python=_python(TOOLING_PYTHON))
def bench(session: nox.Session) -> None:
    """Benchmarks: the facade against raw httpx and exa-py on the served fake, in one run (a few minutes).

    Writes bench/results/latest.md (the table) and latest.png; `-- --check` exits 1 when a target is missed."""
    _require(session, TOOLING_PYTHON, TOOLING)
    session.install("-e", ".[bench,testing,regen,sync]")  # the sync scenario loads with dlt
    session.run("python", "-m", "bench", *session.posargs, env=_mirror_env())


@nox.session(python=_python(TOOLING_PYTHON))
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting of the hand-written code (generated/ is the generator's)."""
    _require(session, TOOLING_PYTHON, TOOLING)
    session.install("-e", ".[lint]")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED, *DOCUMENTS)  # the README's examples are code too


@nox.session(python=_python(TOOLING_PYTHON))
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the facade (the fake service included) and the spec-pipeline tooling."""
    _require(session, TOOLING_PYTHON, TOOLING)
    session.install("-e", ".[lint,testing,cli,sync]")
    session.run("mypy")


@nox.session(python=_python(TOOLING_PYTHON))
def drift(session: nox.Session) -> None:
    """Compare the pinned spec with another version: `nox -s drift -- SPEC` (a file or URL; default upstream head).

    Exit 1 when a change is breaking. The report names the facade methods and golden fixtures each change touches.
    """
    _require(session, TOOLING_PYTHON, TOOLING)
    session.install("-e", ".[regen]")
    report = ".cache/drift/report.json"
    session.run("python", "-m", "openapi.drift", *session.posargs, "--json-out", report, env=_mirror_env())


@nox.session(name="drift-upstream", python=_python(TOOLING_PYTHON))
def drift_upstream(session: nox.Session) -> None:
    """The scheduled, online check: the pinned spec against the upstream head (needs internet; not part of CI)."""
    _require(session, TOOLING_PYTHON, TOOLING)
    session.install("-e", ".[regen]")
    session.run("python", "-m", "openapi.drift", "--json-out", ".cache/drift/upstream.json", env=_mirror_env())
