"""Install, locate and run Prism (``@stoplight/prism-cli``), the OpenAPI mock server the tests in tests/prism use.

Prism is a Node program, so it is not a Python dependency: it is installed with npm into ``.cache/prism`` (gitignored,
never globally) at the exact version pinned here, which is the one place to change it.

    python scripts/prism.py install   # npm install --prefix .cache/prism @stoplight/prism-cli@<PRISM_VERSION>
    python scripts/prism.py path      # print the prism executable the tests will run (or say how to install it)
    python scripts/prism.py mock      # serve the pinned spec plus the supplement on 127.0.0.1:4010, for poking at

``PRISM_BIN`` overrides where the executable is (it must still be the pinned version). The tests use
:class:`PrismServer` (start on a free port, wait until it listens, stop) through ``tests/prism/conftest.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_VERSION = "5.16.0"
PREFIX = ROOT / ".cache" / "prism"
BIN_ENV = "PRISM_BIN"
HOST = "127.0.0.1"
START_TIMEOUT = 60.0  # seconds: loading and dereferencing the spec takes about one on this machine
READY_LINE = "Prism is listening on"  # logged once every route is mounted (after the route list)


class PrismUnavailable(RuntimeError):
    """Prism is not installed (or not the pinned version). The message says how to install it."""


def install_command() -> list[str]:
    return ["npm", "install", "--prefix", str(PREFIX), "--no-audit", "--no-fund", f"{PRISM_PACKAGE}@{PRISM_VERSION}"]


def install_hint() -> str:
    return f"install it with: python scripts/prism.py install  (runs: {' '.join(install_command())})"


def default_bin() -> Path:
    return PREFIX / "node_modules" / ".bin" / "prism"


def locate() -> Path:
    """The prism executable: ``$PRISM_BIN`` if set, else the one installed in ``.cache/prism``; pinned version only."""
    configured = os.environ.get(BIN_ENV)
    path = Path(configured) if configured else default_bin()
    if not path.is_file():
        where = f"{BIN_ENV}={configured}" if configured else str(path)
        raise PrismUnavailable(f"Prism is not installed (no executable at {where}); {install_hint()}")
    version = installed_version(path)
    if version != PRISM_VERSION:
        found = version or "(unknown version)"
        raise PrismUnavailable(f"{path} is Prism {found}, not {PRISM_VERSION}; {install_hint()}")
    return path


def installed_version(path: Path) -> str | None:
    try:
        done = subprocess.run(  # noqa: S603 - our own executable, no shell
            [str(path), "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except OSError as error:  # e.g. node is not on PATH: the shim's #!/usr/bin/env node fails
        raise PrismUnavailable(f"{path} does not run ({error}); Prism needs node on PATH") from None
    lines = done.stdout.strip().splitlines()
    return lines[-1].strip() if done.returncode == 0 and lines else None


def install() -> Path:
    """Install the pinned Prism into ``.cache/prism`` unless it is already there; return the executable."""
    with contextlib.suppress(PrismUnavailable):
        if default_bin().is_file() and installed_version(default_bin()) == PRISM_VERSION:
            return default_bin()
    if shutil.which("npm") is None:
        raise PrismUnavailable("npm is not on PATH: Prism is installed from the npm registry with npm")
    PREFIX.mkdir(parents=True, exist_ok=True)
    subprocess.run(install_command(), check=True)  # noqa: S603 - a fixed command, no shell
    found = installed_version(default_bin())
    if found != PRISM_VERSION:
        raise PrismUnavailable(f"npm installed Prism {found}, expected {PRISM_VERSION}")
    return default_bin()


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


class PrismServer:
    """``prism mock`` on ``host``:a free port, serving ``spec``; a context manager that waits until it listens.

    Prism mounts the spec's paths at the root (``/v0/websets``): the ``servers`` URL's own path (``/websets/``) is
    not a prefix of its routes, so clients use :attr:`base_url` (``http://127.0.0.1:PORT``) as the API base.
    Its log (one block per request: validation result, chosen response) goes to ``log_path``.
    """

    def __init__(self, spec: Path, log_path: Path, *, executable: Path | None = None, host: str = HOST) -> None:
        self.spec = spec
        self.log_path = log_path
        self.executable = executable or locate()
        self.host = host
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, attempts: int = 3) -> PrismServer:
        for _ in range(attempts):  # another process may take the free port before Prism binds it: try another
            self.port = free_port(self.host)
            command = [str(self.executable), "mock", "--host", self.host, "--port", str(self.port), str(self.spec)]
            with self.log_path.open("ab") as log:
                self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
            if self._wait_until_listening():
                return self
            self.stop()
        raise PrismUnavailable(f"Prism did not start ({' '.join(command)}); its log ends with:\n{self.log_tail()}")

    def _wait_until_listening(self) -> bool:
        """True once Prism logged that it listens (its route list is then complete) and accepts a connection."""
        assert self.process is not None  # set by start()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            if f"{READY_LINE} {self.base_url}" in self.log_path.read_text(encoding="utf-8", errors="replace"):
                with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), timeout=0.5):
                    return True
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.is_file():
            return "(no log)"
        return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


def spec_for_prism(pinned: dict[str, Any]) -> dict[str, Any]:
    """What Prism serves: the pinned spec with upstream's one wire-level error corrected (preview's ``search``,
    declared in: path on a path without that template, is a query parameter: the named normalization
    ``path_params_without_template``) and the documented supplement (openapi/overlays) added. Nothing else of the
    normalizer is applied: Prism judges the facade against upstream's own schemas."""
    import copy  # noqa: PLC0415

    sys.path.insert(0, str(ROOT))
    from openapi.normalize.path_params_without_template import path_params_without_template  # noqa: PLC0415
    from openapi.overlays import apply_overlays  # noqa: PLC0415

    corrected = copy.deepcopy(pinned)
    path_params_without_template.apply(corrected)
    return apply_overlays(corrected)


def write_spec_for_prism(target: Path) -> Path:
    """The pinned spec plus the documented supplement (openapi/overlays), as JSON, for ``prism mock``."""
    import json  # noqa: PLC0415 - only this command needs the project's packages (and the repository on sys.path)

    import yaml  # noqa: PLC0415

    sys.path.insert(0, str(ROOT))
    from openapi.fetch import MIRROR_ENV, fetch_spec, load_pin  # noqa: PLC0415

    mirror = os.environ.get(MIRROR_ENV)
    pinned = fetch_spec(load_pin(), mirror_dir=Path(mirror) if mirror else ROOT.parent / "shared" / "openapi")
    spec = spec_for_prism(yaml.safe_load(pinned.read_text(encoding="utf-8")))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(spec), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("install", help=f"npm install {PRISM_PACKAGE}@{PRISM_VERSION} into {PREFIX}")
    commands.add_parser("path", help="print the prism executable the tests use")
    mock = commands.add_parser("mock", help="serve the pinned spec plus the supplement (Ctrl-C stops)")
    mock.add_argument("--port", type=int, default=4010)
    mock.add_argument("--dynamic", action="store_true", help="random responses (prism mock -d)")
    args = parser.parse_args(argv)
    try:
        if args.command == "install":
            print(install())
        elif args.command == "path":
            print(locate())
        else:
            spec = write_spec_for_prism(PREFIX / "spec-with-supplement.json")
            command = [str(locate()), "mock", "--host", HOST, "--port", str(args.port), str(spec)]
            with contextlib.suppress(KeyboardInterrupt):
                subprocess.run([*command, *(["--dynamic"] if args.dynamic else [])], check=False)  # noqa: S603
    except PrismUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
