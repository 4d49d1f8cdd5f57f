"""items: tiers 1/2/full as csv, jsonl and table files; streamed page by page."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest
from exa_websets.cli import main

from .helpers import Cli

CRITERION = "criterion: based in Europe"
TIER1 = ["id", "name", "url", "description", CRITERION]
TIER2 = [*TIER1, "CEO name", "Founded"]
FULL = [*TIER2, "content"]
COUNT = 12


@pytest.fixture
def webset_id(cli: Cli) -> str:
    return cli.create(
        "AI labs", COUNT, "--criterion", "based in Europe", "--enrichment", "CEO name", "--enrichment", "Founded:number"
    )


@pytest.mark.parametrize(("tier", "columns"), [("1", TIER1), ("2", TIER2), ("full", FULL)])
def test_csv_has_a_column_per_criterion_and_enrichment_and_a_row_per_item(
    cli: Cli, webset_id: str, tmp_path: Path, tier: str, columns: list[str]
) -> None:
    path = tmp_path / "items.csv"
    result = cli("items", webset_id, "--format", "csv", "--tier", tier, "--output", str(path))
    assert result.code == 0, result.err
    assert result.out == ""
    assert f"wrote {COUNT} items (tier {tier}, csv) to {path}" in result.err
    with path.open(newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        rows = list(reader)
    assert reader.fieldnames == columns
    assert len(rows) == COUNT
    assert all(row["id"].startswith("witem_") and row[CRITERION] == "yes" for row in rows)
    if tier != "1":
        assert all(row["CEO name"] and row["Founded"].isdigit() for row in rows)  # enrichments, by description
    if tier == "full":
        assert all(len(row["content"]) > 200 for row in rows)


@pytest.mark.parametrize("tier", ["1", "2", "full"])
def test_jsonl_has_one_document_per_item(cli: Cli, webset_id: str, tmp_path: Path, tier: str) -> None:
    path = tmp_path / "items.jsonl"
    result = cli("items", webset_id, "--format", "jsonl", "--tier", tier, "-o", str(path))
    assert result.code == 0, result.err
    documents = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(documents) == COUNT
    first = documents[0]
    if tier == "1":
        assert set(first) == {"id", "url", "name", "description", "criteria"}
    elif tier == "2":
        assert set(first["enrichments"]) == {"CEO name", "Founded"}
    else:
        assert first["object"] == "webset_item"
        assert first["properties"]["content"]
        assert first["evaluations"][0]["criterion"] == "based in Europe"


@pytest.mark.parametrize(("tier", "columns"), [("1", TIER1), ("2", TIER2), ("full", FULL)])
def test_a_table_file_is_one_table_at_its_natural_width(
    cli: Cli, webset_id: str, tmp_path: Path, tier: str, columns: list[str]
) -> None:
    path = tmp_path / "items.txt"
    result = cli("items", webset_id, "--tier", tier, "--page-size", "5", "-o", str(path))
    assert result.code == 0, result.err
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[: next(i for i, line in enumerate(lines) if line.startswith("─"))]
    header_text = " ".join(" ".join(line.split()) for line in header)
    for column in columns:
        assert all(word in header_text for word in column.split())
    assert sum(line.startswith("witem_") for line in lines) == COUNT  # one row each, across three pages
    assert sum(line.startswith("─") for line in lines) == 1  # a single header for all pages
    assert "\x1b" not in path.read_text(encoding="utf-8")  # no colour codes in a file


def test_stdout_defaults_to_a_table_and_to_json_lines_with_json(cli: Cli, webset_id: str) -> None:
    table = cli("items", webset_id, "--tier", "1")
    assert table.code == 0
    assert any(line.split()[:4] == ["id", "name", "url", "description"] for line in table.out.splitlines()[:3])
    assert sum(line.startswith("witem_") for line in table.out.splitlines()) == COUNT

    lines = cli("--json", "items", webset_id).json_lines()
    assert len(lines) == COUNT
    assert lines[0]["enrichments"].keys() == {"CEO name", "Founded"}


def test_with_json_and_a_file_the_summary_is_a_json_document(cli: Cli, webset_id: str, tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    result = cli("--json", "items", webset_id, "--format", "csv", "-o", str(path))
    assert result.json() == {"webset_id": webset_id, "output": str(path), "format": "csv", "tier": "2", "items": COUNT}


def test_pages_are_written_as_they_arrive(cli: Cli, webset_id: str, tmp_path: Path) -> None:
    """Each page is on disk before the next is asked for: nothing waits for the whole webset in memory."""
    path = tmp_path / "items.csv"
    rows_on_disk_at_each_page_request: list[int] = []
    transport = cli.fake.transport()

    def record(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/items"):
            text = path.read_text(encoding="utf-8") if path.exists() else ""
            rows_on_disk_at_each_page_request.append(max(0, len(text.splitlines()) - 1))
        return transport.handle_request(request)

    with httpx.Client(transport=httpx.MockTransport(record)) as http:
        cli.http = http
        result = cli("items", webset_id, "--format", "csv", "--page-size", "5", "-o", str(path))
    assert result.code == 0, result.err
    assert rows_on_disk_at_each_page_request == [0, 5, 10]
    assert [line for line in result.err.splitlines() if line.startswith("writing")] == [
        f"writing {path}: 5 of ~{COUNT}",
        f"writing {path}: 10 of ~{COUNT}",
        f"writing {path}: {COUNT} of ~{COUNT}",
    ]


def test_items_of_a_missing_webset_exit_1(cli: Cli, tmp_path: Path) -> None:
    result = cli("items", "webset_missing", "-o", str(tmp_path / "x.csv"))
    assert result.code == 1
    assert "404" in result.err
    assert not (tmp_path / "x.csv").exists()  # nothing is created before the webset is found


def test_ctrl_c_during_an_export_exits_130_keeping_the_pages_written(cli: Cli, webset_id: str, tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    transport = cli.fake.transport()
    page_requests = 0

    def interrupt_the_third_page(request: httpx.Request) -> httpx.Response:
        nonlocal page_requests
        if request.url.path.endswith("/items"):
            page_requests += 1
            if page_requests == 3:
                raise KeyboardInterrupt
        return transport.handle_request(request)

    with httpx.Client(transport=httpx.MockTransport(interrupt_the_third_page)) as http:
        cli.http = http
        result = cli("items", webset_id, "--format", "jsonl", "--page-size", "5", "-o", str(path))
    assert result.code == 130
    assert result.err.splitlines()[-1] == "error: interrupted"
    assert len(path.read_text(encoding="utf-8").splitlines()) == 10


def test_a_reader_that_goes_away_ends_the_export_quietly(cli: Cli, webset_id: str) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    err = io.StringIO()
    code = main(
        ["items", webset_id, "--format", "csv"],
        http_client=cli.http,
        environ={"EXA_API_KEY": "k"},
        stdout=ClosedPipe(),
        stderr=err,
    )
    assert (code, err.getvalue()) == (0, "")


def test_an_output_file_that_cannot_be_written_is_a_usage_error(cli: Cli, webset_id: str, tmp_path: Path) -> None:
    result = cli("items", webset_id, "-o", str(tmp_path / "no-such-dir" / "items.csv"))
    assert result.code == 2
    assert "cannot write" in result.err
    assert "No such file or directory" in result.err
