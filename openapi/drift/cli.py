"""``python -m openapi.drift [SPEC] [--base BASE] [--format text|json] [--json-out FILE] [--fixtures DIR]``.

Exit status: 1 when a breaking change is found, 0 otherwise, 2 for usage errors or a spec that cannot be loaded.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from openapi.fetch import SpecFetchError, fetch_spec, load_pin

from ._compare import compare
from ._load import UPSTREAM_HEAD_URL, Downloader, SpecLoadError, download, is_url, load_spec
from ._render import render_json, render_text
from ._touches import DEFAULT_FIXTURES_DIR, FacadeMethods, display_path

EXIT_OK, EXIT_BREAKING, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m openapi.drift",
        description="Compare the pinned Exa Websets spec with another upstream version and classify the changes.",
    )
    parser.add_argument(
        "spec", nargs="?", default=UPSTREAM_HEAD_URL, help="file or http(s) URL (default: upstream master)"
    )
    parser.add_argument("--base", help="file or http(s) URL to compare against (default: the pinned spec)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="what to print (default: text)")
    parser.add_argument("--json-out", type=Path, help="also write the JSON report to this file")
    parser.add_argument(
        "--fixtures", type=Path, default=DEFAULT_FIXTURES_DIR, help="golden fixture directory (for 'touches')"
    )
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    facade_methods: FacadeMethods | None = None,
    overlays: Sequence[Path] | None = None,
    fetch: Downloader = download,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage message
        return EXIT_OK if exc.code == 0 else EXIT_ERROR
    try:
        base, base_label = _load_base(args.base, fetch)
        other = load_spec(args.spec, fetch=fetch)
    except (SpecLoadError, SpecFetchError) as exc:
        print("drift: " + " ".join(str(exc).split()), file=err)  # always one line
        return EXIT_ERROR
    report = compare(
        base,
        other,
        base_label=base_label,
        other_label=_label(args.spec),
        facade_methods=facade_methods,
        fixtures_dir=args.fixtures,
        overlays=overlays,
    )
    if args.json_out is not None:
        try:
            args.json_out.parent.mkdir(parents=True, exist_ok=True)  # CI passes e.g. .cache/drift/report.json
            args.json_out.write_text(render_json(report), encoding="utf-8")
        except OSError as exc:
            print(f"drift: cannot write {args.json_out}: {exc}", file=err)
            return EXIT_ERROR
    out.write(render_json(report) if args.format == "json" else render_text(report))
    return EXIT_BREAKING if report.has_breaking else EXIT_OK


def _load_base(source: str | None, fetch: Downloader) -> tuple[dict[str, Any], str]:
    if source is not None:
        return load_spec(source, fetch=fetch), _label(source)
    pin = load_pin()
    return load_spec(fetch_spec(pin), fetch=fetch), f"pinned {pin.repository}@{pin.short_commit}"


def _label(source: str) -> str:
    return source if is_url(source) else display_path(Path(source))
