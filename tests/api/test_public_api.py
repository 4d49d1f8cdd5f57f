"""The public-API stability check (scripts/api_snapshot.py): the committed snapshot matches the package, and
removals, renames and signature changes are caught while additions are not breaking.

Changes are made to a temporary copy of the package (or to a copy of the snapshot), never to facade/ itself.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from scripts import api_snapshot

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_SOURCE = ROOT / "facade" / "exa_websets"
GENERATED = ROOT / "generated"


@pytest.fixture(scope="module")
def current() -> dict[str, Any]:
    snapshot: dict[str, Any] = api_snapshot.build_snapshot()
    return snapshot


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    snapshot: dict[str, Any] = api_snapshot.read_snapshot(api_snapshot.SNAPSHOT)
    return snapshot


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of facade/exa_websets to edit; griffe reads it instead of the real one."""
    shutil.copytree(PACKAGE_SOURCE, tmp_path / "exa_websets", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


# --- the CI guard ------------------------------------------------------------------------------------------------


def test_the_committed_snapshot_matches_the_package(current: dict[str, Any], committed: dict[str, Any]) -> None:
    comparison = api_snapshot.compare(committed, current)

    assert comparison.breaking == [], (
        "the public API lost or changed names; if on purpose run `python scripts/api_snapshot.py --update`:\n"
        + comparison.report()
    )


def test_the_snapshot_covers_both_clients_their_resources_and_the_listed_modules(current: dict[str, Any]) -> None:
    sync_create = current["exa_websets.WebsetsClient.websets.create"]
    async_create = current["exa_websets.AsyncWebsetsClient.websets.create"]

    assert sync_create["kind"] == async_create["kind"] == "function"
    assert sync_create["labels"] == []
    assert async_create["labels"] == ["async"]
    assert sync_create["returns"] == async_create["returns"] == "Webset"
    assert {"name": "external_id", "kind": "keyword-only", "default": True} in sync_create["parameters"]
    assert current["exa_websets.WebsetsClient.webhooks.attempts.list"]["kind"] == "function"  # a sub-resource
    assert current["exa_websets.WebsetsClient.__init__"]["parameters"][0]["name"] == "api_key"  # self left out
    assert current["exa_websets.types.Webset.external_id"] == {"kind": "attribute", "annotation": "None | str"}
    for module in ("exa_websets", "exa_websets.types", "exa_websets.projections", "exa_websets.webhooks"):
        assert any(path.startswith(f"{module}.") for path in current)
    assert "exa_websets.testing.FakeWebsets.transport" in current
    assert not any(".cli" in path for path in current), "exa_websets.cli is excluded (its API is the command line)"
    assert not any(part.startswith("_") and not part.startswith("__") for p in current for part in p.split("."))


def test_update_writes_a_deterministic_snapshot(
    current: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = tmp_path / "public_api.json"

    assert api_snapshot.main(["--update", "--snapshot", str(snapshot)]) == 0
    assert "wrote" in capsys.readouterr().out

    assert snapshot.read_text(encoding="utf-8") == api_snapshot.render(current)  # same bytes as a second build
    assert api_snapshot.read_snapshot(snapshot) == current
    assert api_snapshot.compare(api_snapshot.read_snapshot(snapshot), current).unchanged


def test_a_missing_snapshot_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert api_snapshot.main(["--snapshot", str(tmp_path / "none.json")]) == 1
    assert "--update" in capsys.readouterr().err


# --- changes to a copy of the package ----------------------------------------------------------------------------


def test_removing_renaming_or_changing_the_signature_of_a_public_name_fails(
    package_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = package_copy / "exa_websets"
    edit(package / "_sync" / "resources" / "websets.py", "def cancel(self,", "def cancel_all(self,")
    edit(package / "__init__.py", '    "verify_webhook",\n', "")
    resources = package / "_async" / "resources"
    edit(
        resources / "items.py",
        "async def get(self, webset_id: str, item_id: str,",
        "async def get(self, item_id: str, webset_id: str, *, fresh: bool,",
    )
    edit(
        resources / "teams.py",
        "async def me(self, **request_options: Unpack[RequestOptions]) -> Team:",
        "async def me(self, **request_options: Unpack[RequestOptions]) -> dict[str, Any]:",
    )

    status = api_snapshot.main([], search_paths=[package_copy, GENERATED])

    captured = capsys.readouterr()
    out = captured.out
    assert status == 1
    assert "--update" in captured.err
    # a rename in the generated sync client, a name dropped from __all__
    assert "BREAKING: exa_websets.WebsetsClient.websets.cancel: removed (renamed to cancel_all?)" in out
    assert "BREAKING: exa_websets.verify_webhook: removed" in out
    assert "addition: exa_websets.WebsetsClient.websets.cancel_all: added" in out
    # signature changes in the async source
    assert "BREAKING: exa_websets.AsyncWebsetsClient.items.get: required parameter 'fresh' added" in out
    assert "BREAKING: exa_websets.AsyncWebsetsClient.items.get: parameter 'item_id' moved from position 1 to 0" in out
    assert "BREAKING: exa_websets.AsyncWebsetsClient.teams.me: return annotation changed: Team -> dict[str, Any]" in out
    # only what was edited is reported (the async websets and the sync items were not touched)
    assert "exa_websets.AsyncWebsetsClient.websets.cancel:" not in out
    assert "exa_websets.WebsetsClient.items.get:" not in out


def test_adding_a_public_name_or_an_optional_parameter_is_not_breaking(
    package_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    webhooks = package_copy / "exa_websets" / "webhooks.py"
    edit(webhooks, "__all__ = [\n", '__all__ = [\n    "webhook_types",\n')
    webhooks.write_text(
        webhooks.read_text(encoding="utf-8") + "\n\ndef webhook_types() -> list[str]:\n    return []\n",
        encoding="utf-8",
    )
    edit(
        package_copy / "exa_websets" / "_sync" / "resources" / "teams.py",
        "def me(self, **request_options",
        "def me(self, *, verbose: bool = False, **request_options",
    )

    status = api_snapshot.main([], search_paths=[package_copy, GENERATED])

    out = capsys.readouterr().out
    assert status == 0
    assert "addition: exa_websets.webhooks.webhook_types: added" in out
    assert "compatible change: exa_websets.WebsetsClient.teams.me: optional parameter 'verbose' added" in out
    assert "BREAKING" not in out


# --- the rules, on edited copies of the snapshot ------------------------------------------------------------------

LIST = "exa_websets.WebsetsClient.items.list"


def changed(snapshot: dict[str, Any], path: str, **fields: Any) -> dict[str, Any]:
    result = copy.deepcopy(snapshot)
    result[path].update(fields)
    return result


def parameters_of(snapshot: dict[str, Any], path: str) -> list[dict[str, Any]]:
    return copy.deepcopy(snapshot[path]["parameters"])


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda ps: [p for p in ps if p["name"] != "cursor"], "parameter 'cursor' removed"),
        (lambda ps: [{**p, "name": "page"} if p["name"] == "cursor" else p for p in ps], "parameter 'cursor' removed"),
        (
            lambda ps: [{**p, "default": False} if p["name"] == "limit" else p for p in ps],
            "parameter 'limit' became required",
        ),
        (
            lambda ps: [{**p, "kind": "keyword-only"} if p["name"] == "webset_id" else p for p in ps],
            "parameter 'webset_id' changed kind: positional or keyword -> keyword-only",
        ),
        (
            lambda ps: [*ps[:-1], {"name": "region", "kind": "keyword-only", "default": False}, ps[-1]],
            "required parameter 'region' added",
        ),
    ],
    ids=["removed", "renamed", "became-required", "changed-kind", "required-added"],
)
def test_parameter_changes_that_break_callers(current: dict[str, Any], mutate: Any, expected: str) -> None:
    new = changed(current, LIST, parameters=mutate(parameters_of(current, LIST)))

    comparison = api_snapshot.compare(current, new)

    assert f"{LIST}: {expected}" in comparison.breaking


def test_kind_async_and_attribute_type_changes_are_breaking(current: dict[str, Any]) -> None:
    new = changed(current, LIST, labels=["async"])
    new["exa_websets.types.Webset.external_id"] = {"kind": "attribute", "annotation": "str"}
    new["exa_websets.response_info"] = {"kind": "attribute", "annotation": None}

    breaking = api_snapshot.compare(current, new).breaking

    assert f"{LIST}: labels changed: [] -> ['async']" in breaking
    assert "exa_websets.types.Webset.external_id: annotation changed: None | str -> str" in breaking
    assert "exa_websets.response_info: changed kind: function -> attribute" in breaking


def test_a_removed_class_is_one_finding_and_additions_are_not_breaking(current: dict[str, Any]) -> None:
    without = {path: entry for path, entry in current.items() if not path.startswith("exa_websets.types.Team")}

    removed = api_snapshot.compare(current, without)
    added = api_snapshot.compare(without, current)

    assert len(removed.breaking) == 1
    assert removed.breaking[0].startswith("exa_websets.types.Team: removed (and its ")
    assert added.breaking == []
    assert added.additions[0].startswith("exa_websets.types.Team: added (with ")
