"""``python -m openapi.drift``: exit codes, the two output formats, touches, notices, and loading failures."""

from __future__ import annotations

import functools
import http.server
import io
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from openapi.drift import UPSTREAM_HEAD_URL, main
from openapi.fetch import MIRROR_ENV, SpecFetchError

from .specs import obj, response_spec

FACADE = {"websets-preview": ("websets.preview",), "websets-get": ("websets.get",)}


@pytest.fixture(autouse=True)
def pinned_from_mirror(monkeypatch: pytest.MonkeyPatch, upstream_mirror: Path) -> None:
    """The default base is the pinned spec; it must come from the mirror, never the network."""
    monkeypatch.setenv(MIRROR_ENV, str(upstream_mirror))


def run(*argv: str, **kwargs: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    options: dict[str, Any] = {"facade_methods": FACADE, "overlays": [], **kwargs}
    code = main(list(argv), stdout=out, stderr=err, **options)
    return code, out.getvalue(), err.getvalue()


def no_network(url: str) -> bytes:
    raise AssertionError(f"must not download {url}")


def write_yaml(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def test_breaking_changes_exit_1(upstream_path: Callable[[str], Path], tmp_path: Path) -> None:
    code, out, err = run(
        str(upstream_path("5ef6c01")), "--base", str(upstream_path("202a266")), "--fixtures", str(tmp_path)
    )

    assert code == 1
    assert err == ""
    assert "BREAKING (4)" in out
    assert "    - [response-required-property-removed] streams: required property removed" in out


def test_spelling_only_upstream_step_exits_0_with_no_changes(
    upstream_path: Callable[[str], Path], tmp_path: Path
) -> None:
    code, out, _ = run(
        str(upstream_path("d72ef74")), "--base", str(upstream_path("f8bc195")), "--fixtures", str(tmp_path)
    )

    assert code == 0
    assert "Result: 0 breaking, 0 warning, 0 info" in out
    assert "No changes." in out


def test_warnings_and_info_alone_exit_0(tmp_path: Path) -> None:
    base = write_yaml(tmp_path / "base.yaml", response_spec(obj(a={"type": "string", "enum": ["x"]})))
    other = write_yaml(tmp_path / "other.yaml", response_spec(obj(a={"type": "string", "enum": ["x", "y"]}, b={})))

    code, out, _ = run(str(other), "--base", str(base), "--fixtures", str(tmp_path))

    assert code == 0
    assert "Result: 0 breaking, 1 warning, 1 info" in out


def test_default_base_is_the_pinned_spec_and_default_spec_is_upstream_head(
    upstream_path: Callable[[str], Path], tmp_path: Path
) -> None:
    requested: list[str] = []

    def fetch(url: str) -> bytes:
        requested.append(url)
        return upstream_path("5ef6c01").read_bytes()

    code, out, _ = run("--fixtures", str(tmp_path), fetch=fetch)

    assert requested == [UPSTREAM_HEAD_URL]
    assert code == 0
    assert out.startswith("API drift: pinned exa-labs/openapi-spec@5ef6c01 → ")
    assert f"→ {UPSTREAM_HEAD_URL}" in out.splitlines()[0]


def test_json_output_parses_and_matches_the_text_report(upstream_path: Callable[[str], Path], tmp_path: Path) -> None:
    args = (str(upstream_path("5ef6c01")), "--base", str(upstream_path("202a266")), "--fixtures", str(tmp_path))
    json_out = tmp_path / "reports" / "drift.json"

    _, text, _ = run(*args)
    code, printed, _ = run(*args, "--format", "json", "--json-out", str(json_out))

    assert code == 1
    document = json.loads(printed)
    assert json.loads(json_out.read_text(encoding="utf-8")) == document
    summary = re.search(r"Result: (\d+) breaking, (\d+) warning, (\d+) info", text)
    assert summary is not None
    assert [int(n) for n in summary.groups()] == [document["summary"][s] for s in ("breaking", "warning", "info")]
    assert len(document["changes"]) == sum(document["summary"].values())
    for change in document["changes"]:
        section = text.split(f"{change['severity'].upper()} (")[1]
        block = section.split(f"\n  {change['location']}\n", 1)[1]
        assert f"    - [{change['kind']}] {change['path'] or '(whole)'}: {change['detail']}" in block
        assert set(change) >= {"severity", "kind", "location", "path", "detail", "touches"}


def test_touches_use_the_facade_mapping_and_fixture_directory(
    upstream_path: Callable[[str], Path], tmp_path: Path
) -> None:
    golden = tmp_path / "golden"
    (golden / "websets").mkdir(parents=True)
    (golden / "websets" / "get.json").write_text(
        json.dumps({"_metadata": {"operation_id": "websets-get", "schema": "Webset"}})
    )
    (golden / "preview.json").write_text(
        json.dumps({"_metadata": {"operation_id": "websets-preview", "schema": "PreviewWebsetResponse"}})
    )
    args = (str(upstream_path("5ef6c01")), "--base", str(upstream_path("202a266")), "--fixtures", str(golden))

    _, printed, _ = run(*args, "--format", "json")
    _, text, _ = run(*args)

    changes = {(c["location"], c["path"]): c["touches"] for c in json.loads(printed)["changes"]}
    streams = changes[("schema Webset", "streams")]
    assert streams["facade_methods"] == ["websets.get"]
    assert streams["fixtures"] == [str((golden / "websets" / "get.json").resolve())]
    assert "websets-list" in streams["operations"]
    search = changes[("schema PreviewWebsetParameters", "search")]
    assert search == {
        "operations": ["websets-preview"],
        "facade_methods": ["websets.preview"],
        "fixtures": [str((golden / "preview.json").resolve())],
    }
    preview_fixture = (golden / "preview.json").resolve()
    assert f"      touches: operations websets-preview; methods websets.preview; fixtures {preview_fixture}" in text


def test_overlay_notice_when_upstream_documents_an_overlay_operation(
    upstream: Callable[[str], dict[str, Any]], upstream_path: Callable[[str], Path], tmp_path: Path
) -> None:
    other = upstream("5ef6c01") | {
        "paths": {**upstream("5ef6c01")["paths"], "/v0/teams/me": {"get": {"operationId": "teams-me"}}}
    }
    code, out, _ = run(str(write_yaml(tmp_path / "head.yaml", other)), "--fixtures", str(tmp_path), overlays=None)

    assert code == 0
    assert "  - upstream now documents GET /v0/teams/me: drop it from openapi/overlays/exports-and-teams.yaml" in out


@pytest.fixture(scope="module")
def mirror_server(upstream_mirror: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(upstream_mirror))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # the base class's signature
        pass


def test_specs_can_be_downloaded_from_http_urls(mirror_server: str, tmp_path: Path) -> None:
    code, out, _ = run(
        f"{mirror_server}/exa-websets-spec@5ef6c01.yaml",
        "--base",
        f"{mirror_server}/exa-websets-spec@202a266.yaml",
        "--fixtures",
        str(tmp_path),
    )

    assert code == 1
    assert out.splitlines()[0] == (
        f"API drift: {mirror_server}/exa-websets-spec@202a266.yaml → {mirror_server}/exa-websets-spec@5ef6c01.yaml"
    )


@pytest.mark.parametrize(
    ("make_source", "message"),
    [
        (lambda tmp, url: str(tmp / "missing.yaml"), "cannot read spec {source}: "),
        (lambda tmp, url: str(write_text(tmp / "bad.yaml", "paths: [unclosed\n")), "cannot parse spec {source}: "),
        (
            lambda tmp, url: str(write_text(tmp / "list.yaml", "- not\n- a spec\n")),
            "spec {source} is not an OpenAPI document",
        ),
        (lambda tmp, url: f"{url}/no-such-file.yaml", "cannot read spec {source}: HTTP Error 404"),
    ],
    ids=["missing-file", "invalid-yaml", "not-openapi", "http-404"],
)
def test_unloadable_specs_exit_2_with_one_line_naming_them(
    make_source: Callable[[Path, str], str],
    message: str,
    mirror_server: str,
    upstream_path: Callable[[str], Path],
    tmp_path: Path,
) -> None:
    source = make_source(tmp_path, mirror_server)

    for argv in ([source, "--base", str(upstream_path("5ef6c01"))], [str(upstream_path("5ef6c01")), "--base", source]):
        code, out, err = run(*argv, "--fixtures", str(tmp_path))

        assert code == 2
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith("drift: " + message.format(source=source))


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_usage_errors_exit_2() -> None:
    assert run("--format", "xml", fetch=no_network)[0] == 2
    assert run("a.yaml", "b.yaml", fetch=no_network)[0] == 2


def test_module_entry_point(upstream_path: Callable[[str], Path], tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi.drift",
            str(upstream_path("5ef6c01")),
            "--base",
            str(upstream_path("202a266")),
            "--format",
            "json",
            "--fixtures",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )

    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["summary"] == {"breaking": 4, "warning": 2, "info": 5}


def test_a_pinned_spec_that_cannot_be_fetched_exits_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def unavailable(pin: object) -> Path:
        raise SpecFetchError("could not download the pinned spec from https://example.invalid/spec.yaml:\n offline")

    monkeypatch.setattr("openapi.drift.cli.fetch_spec", unavailable)

    code, out, err = run(str(tmp_path / "unused.yaml"), fetch=no_network)

    assert (code, out) == (2, "")
    assert err == "drift: could not download the pinned spec from https://example.invalid/spec.yaml: offline\n"


def test_an_unwritable_json_out_exits_2(upstream_path: Callable[[str], Path], tmp_path: Path) -> None:
    spec = str(upstream_path("5ef6c01"))

    code, _, err = run(spec, "--base", spec, "--json-out", str(tmp_path), "--fixtures", str(tmp_path))

    assert code == 2
    assert err.startswith(f"drift: cannot write {tmp_path}")
