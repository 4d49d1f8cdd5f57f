"""Developer and CI entry points. `nox -l` lists them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
DEFAULT_MIRROR = ROOT.parent / "shared" / "openapi"
LINTED = ["facade", "openapi", "tests", "examples", "scripts", "noxfile.py"]

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True  # a session asked for must run, never be skipped
nox.options.sessions = ["lint", "typecheck", "tests"]
DEMO_OUTPUT = ROOT / "demo-output"


def _interpreter(version: str) -> str:
    """An interpreter for ``version``: on PATH if it runs, else an installed pyenv version (shims may be inactive)."""
    candidates = [shutil.which(f"python{version}")]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates += sorted(str(p) for p in pyenv_root.glob(f"versions/{version}.*/bin/python{version}"))
    for candidate in filter(None, candidates):
        if subprocess.run([candidate, "-c", ""], capture_output=True, check=False).returncode == 0:
            return candidate
    return version  # let nox report it missing


# The tooling (openapi-python-client 0.29.1) needs Python >= 3.11; the shipped packages support 3.10.
PYTHON = _interpreter("3.11")
OLDEST_PYTHON = _interpreter("3.10")


def _mirror_env() -> dict[str, str]:
    """Point EXA_WEBSETS_SPEC_MIRROR at the workplace mirror unless the caller chose one."""
    mirror = os.environ.get("EXA_WEBSETS_SPEC_MIRROR")
    if not mirror and DEFAULT_MIRROR.is_dir():
        mirror = str(DEFAULT_MIRROR)
    return {"EXA_WEBSETS_SPEC_MIRROR": mirror} if mirror else {}


@nox.session(python=PYTHON)
def regenerate(session: nox.Session) -> None:
    """Fetch the pinned spec (cache → mirror → download), verify, normalize, generate into generated/, format."""
    session.install("-e", ".[regen]")
    session.run("python", "-m", "openapi.regenerate", *session.posargs, env=_mirror_env())


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job, offline: serve the fake service, create a webset, watch it, write its items to CSV and JSONL."""
    session.install("-e", ".[cli,testing]")
    session.run("python", "examples/demo.py", "--serve-fake", "--out", str(DEMO_OUTPUT), *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite (spec pipeline, unit, contract, end-to-end). Extra arguments go to pytest."""
    session.install("-e", ".[test,regen,testing,cli,bench]")
    session.run("pytest", "--ignore=tests/prism", *session.posargs, env=_mirror_env())


@nox.session(name="tests-oldest", python=OLDEST_PYTHON)
def tests_oldest(session: nox.Session) -> None:
    """The shipped packages' tests on the oldest supported Python (the spec-pipeline tooling needs 3.11+)."""
    session.install("-e", ".[test,testing,cli]")
    session.run(
        "pytest",
        "-q",
        "--ignore=tests/pipeline",
        "--ignore=tests/api",
        "--ignore=tests/bench",
        "--ignore=tests/prism",
        *session.posargs,
        env=_mirror_env(),
    )


@nox.session(python=PYTHON)
def prism(session: nox.Session) -> None:
    """Every facade operation against Prism mocking the pinned spec: a tool we did not write validates our requests.

    Installs @stoplight/prism-cli from npm into .cache/prism (needs node and npm)."""
    session.install("-e", ".[test]")
    session.run("python", "scripts/prism.py", "install")
    session.run("pytest", "-q", "tests/prism", *session.posargs, env=_mirror_env())


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks: the facade against raw httpx and exa-py on the served fake, in one run (a few minutes).

    Writes bench/results/latest.md (the table) and latest.png; `-- --check` exits 1 when a target is missed."""
    session.install("-e", ".[bench,testing,regen]")
    session.run("python", "-m", "bench", *session.posargs, env=_mirror_env())


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting of the hand-written code (generated/ is the generator's)."""
    session.install("-e", ".[lint]")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the facade (the fake service included) and the spec-pipeline tooling."""
    session.install("-e", ".[lint,testing,cli]")
    session.run("mypy")


@nox.session(python=PYTHON)
def drift(session: nox.Session) -> None:
    """Compare the pinned spec with another version: `nox -s drift -- SPEC` (a file or URL; default upstream head).

    Exit 1 when a change is breaking. The report names the facade methods and golden fixtures each change touches.
    """
    session.install("-e", ".[regen]")
    session.run("python", "-m", "openapi.drift", *session.posargs, "--json-out", ".cache/drift/report.json",
                env=_mirror_env())  # fmt: skip


@nox.session(name="drift-upstream", python=PYTHON)
def drift_upstream(session: nox.Session) -> None:
    """The scheduled, online check: the pinned spec against the upstream head (needs internet; not part of CI)."""
    session.install("-e", ".[regen]")
    session.run("python", "-m", "openapi.drift", "--json-out", ".cache/drift/upstream.json", env=_mirror_env())
