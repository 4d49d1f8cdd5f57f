"""What each change touches: operations reached through $ref, the facade methods over them, golden fixtures."""

from __future__ import annotations

import copy
import json
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from openapi.drift import FACADE_MODULE, compare, load_fixtures

from .specs import api, isolated_compare, json_content, obj, ref

STRING = {"type": "string"}
FACADE = {
    "websets-get": ("websets.get",),
    "websets-create": ("websets.create",),
    "websets-searches-get": ("websets.searches.get",),
    "monitors-get": ("monitors.get",),
}


def websets_api(search: dict[str, Any], *, search_parameters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Webset embeds WebsetSearch; three operations reach WebsetSearch, monitors-get does not."""

    def get(operation_id: str, schema: str, **extra: Any) -> dict[str, Any]:
        return {
            "get": {"operationId": operation_id, "responses": {"200": {"content": json_content(ref(schema))}}, **extra}
        }

    create = {
        "operationId": "websets-create",
        "requestBody": {"content": json_content(ref("CreateWebsetParameters"))},
        "responses": {"201": {"content": json_content(ref("Webset"))}},
    }
    paths = {
        "/v0/websets": {"post": create},
        "/v0/websets/{id}": get("websets-get", "Webset"),
        "/v0/websets/{webset}/searches/{id}": get(
            "websets-searches-get", "WebsetSearch", parameters=search_parameters or []
        ),
        "/v0/monitors/{id}": get("monitors-get", "Monitor"),
    }
    schemas = {
        "Webset": obj(id=STRING, searches={"type": "array", "items": ref("WebsetSearch")}),
        "WebsetSearch": search,
        "CreateWebsetParameters": obj(title=STRING),
        "Monitor": obj(id=STRING),
    }
    return api(paths, schemas)


def write_fixture(directory: Path, name: str, metadata: dict[str, Any] | None, text: str | None = None) -> None:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text is not None else json.dumps({"_metadata": metadata, "id": "x"}), encoding="utf-8")


@pytest.fixture
def golden(tmp_path: Path) -> Path:
    directory = tmp_path / "golden"
    write_fixture(directory, "websets/get.json", {"operation_id": "websets-get", "schema": "Webset"})
    write_fixture(directory, "websets/search-instance.json", {"schema": "WebsetSearch"})
    write_fixture(directory, "searches/get.json", {"operation_id": "websets-searches-get", "schema": "WebsetSearch"})
    write_fixture(directory, "monitors/get.json", {"operation_id": "monitors-get", "schema": "Monitor"})
    return directory


def test_a_schema_change_touches_every_operation_and_fixture_reaching_it(golden: Path) -> None:
    report = isolated_compare(
        websets_api(obj(query=STRING)),
        websets_api(obj(query=STRING, count={"type": "integer"})),
        facade_methods=FACADE,
        fixtures_dir=golden,
    )

    (change,) = report.changes
    assert (change.location, change.path) == ("schema WebsetSearch", "count")
    assert change.touches.operations == ("websets-create", "websets-get", "websets-searches-get")
    assert change.touches.facade_methods == ("websets.create", "websets.get", "websets.searches.get")
    # the Webset fixture is touched because Webset embeds WebsetSearch; the Monitor one is not
    assert change.touches.fixtures == tuple(
        str((golden / name).resolve())
        for name in ("searches/get.json", "websets/get.json", "websets/search-instance.json")
    )


def test_an_operation_change_touches_that_operation_only(golden: Path) -> None:
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    report = isolated_compare(
        websets_api(obj(query=STRING)),
        websets_api(obj(query=STRING), search_parameters=[limit]),
        facade_methods=FACADE,
        fixtures_dir=golden,
    )

    (change,) = report.changes
    assert change.kind == "new-optional-parameter"
    assert change.touches.operations == ("websets-searches-get",)
    assert change.touches.facade_methods == ("websets.searches.get",)
    assert change.touches.fixtures == (str((golden / "searches/get.json").resolve()),)


def test_operations_without_a_facade_method_list_none(golden: Path) -> None:
    report = isolated_compare(
        websets_api(obj(query=STRING)), websets_api(obj()), facade_methods={}, fixtures_dir=golden
    )

    assert [change.touches.facade_methods for change in report.changes] == [()]
    assert report.changes[0].touches.operations == ("websets-create", "websets-get", "websets-searches-get")


def test_pinned_spec_websetsearch_change_touches_webset_fixtures(
    upstream: Callable[[str], Any], tmp_path: Path
) -> None:
    pinned = upstream("5ef6c01")
    other = copy.deepcopy(pinned)
    del other["components"]["schemas"]["WebsetSearch"]["properties"]["progress"]
    write_fixture(tmp_path, "webset.json", {"schema": "Webset"})
    write_fixture(tmp_path, "item.json", {"operation_id": "websets-items-get", "schema": "WebsetItem"})

    report = isolated_compare(pinned, other, facade_methods={"websets-get": ("websets.get",)}, fixtures_dir=tmp_path)

    (change,) = [c for c in report.changes if c.path == "progress"]
    assert change.location == "schema WebsetSearch"
    assert "websets-get" in change.touches.operations
    assert change.touches.facade_methods == ("websets.get",)
    assert change.touches.fixtures == (str((tmp_path / "webset.json").resolve()),)


def test_fixture_loading_is_recursive_and_reports_unusable_files(tmp_path: Path) -> None:
    write_fixture(tmp_path, "a/b/deep.json", {"schema": "Event"})
    write_fixture(tmp_path, "partial.json", None, text='{"_metadata": {"schema": ')
    write_fixture(tmp_path, "plain.json", None, text='{"id": "no metadata"}')

    fixtures, notices = load_fixtures(tmp_path)

    assert [(f.schema, f.operation_id) for f in fixtures] == [("Event", None)]
    assert len(notices) == 2
    assert any("partial.json" in notice for notice in notices)
    assert any("plain.json" in notice and "_metadata" in notice for notice in notices)


def test_a_missing_fixture_directory_is_a_notice(tmp_path: Path) -> None:
    fixtures, notices = load_fixtures(tmp_path / "absent")

    assert fixtures == []
    assert notices == [f"no golden fixtures at {(tmp_path / 'absent').resolve()}: fixtures are not listed"]


def test_facade_methods_are_loaded_lazily_from_the_facade(monkeypatch: pytest.MonkeyPatch, golden: Path) -> None:
    module = types.ModuleType(FACADE_MODULE)
    module.FACADE_METHODS = {"websets-searches-get": ("websets.searches.get", "sync.websets.searches.get")}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, FACADE_MODULE, module)
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer"}}

    report = compare(
        websets_api(obj()), websets_api(obj(), search_parameters=[limit]), fixtures_dir=golden, overlays=[]
    )

    assert report.changes[0].touches.facade_methods == ("sync.websets.searches.get", "websets.searches.get")
    assert not any("FACADE_METHODS" in notice for notice in report.notices)


def test_a_facade_that_cannot_be_imported_is_a_notice_not_a_failure(
    monkeypatch: pytest.MonkeyPatch, golden: Path
) -> None:
    monkeypatch.setitem(sys.modules, FACADE_MODULE, None)  # makes the import raise ImportError

    report = compare(websets_api(obj(query=STRING)), websets_api(obj()), fixtures_dir=golden, overlays=[])

    assert [c.touches.facade_methods for c in report.changes] == [()]
    assert any(notice.startswith(f"{FACADE_MODULE}.FACADE_METHODS is not available") for notice in report.notices)


def test_a_tagged_union_fixture_is_touched_only_through_the_variant_its_instance_selects(
    upstream: Callable[[str], Any], tmp_path: Path
) -> None:
    """Event fixtures are all of schema Event; a change in WebsetItem concerns item events, not webset events."""
    pinned = upstream("5ef6c01")
    other = copy.deepcopy(pinned)
    del other["components"]["schemas"]["WebsetItem"]["properties"]["sourceId"]
    event = {"object": "event", "createdAt": "2026-01-01T00:00:00Z"}
    for name, kind in (("item-created.json", "webset.item.created"), ("webset-created.json", "webset.created")):
        document = {"_metadata": {"schema": "Event"}, "instance": {"type": kind, **event}}
        (tmp_path / name).write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "untagged.json").write_text(json.dumps({"_metadata": {"schema": "Event"}, "instance": {}}))

    report = isolated_compare(pinned, other, fixtures_dir=tmp_path)

    (change,) = [c for c in report.changes if (c.location, c.path) == ("schema WebsetItem", "sourceId")]
    # an instance without a tag could be any variant, so it stays touched
    expected = ("item-created.json", "untagged.json")
    assert change.touches.fixtures == tuple(str((tmp_path / name).resolve()) for name in expected)
