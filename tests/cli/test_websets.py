"""create, get, list, cancel, delete: output, --json, confirmation, exit codes."""

from __future__ import annotations

from .helpers import API_KEY, Cli


def test_create_prints_the_new_webset_and_json_gives_the_api_object(cli: Cli) -> None:
    human = cli("create", "--query", "Tea shops in Kyoto", "--count", "3")
    assert human.code == 0, human.err
    assert human.out.startswith("created webset webset_")
    assert '"Tea shops in Kyoto", 3 items' in human.out

    result = cli(
        "--json",
        "create",
        "--query",
        "AI labs",
        "--count",
        "4",
        "--criterion",
        "based in Europe",
        "--enrichment",
        "CEO name",
        "--enrichment",
        "Founded:number",
        "--enrichment",
        "Revenue: 2024",
        "--entity",
        "company",
        "--external-id",
        "crm-42",
    )
    assert result.code == 0, result.err
    webset = result.json()
    assert webset["externalId"] == "crm-42"
    search = webset["searches"][0]
    assert (search["query"], search["count"], search["entity"]) == ("AI labs", 4, {"type": "company"})
    assert [c["description"] for c in search["criteria"]] == ["based in Europe"]
    # the format is split off only when the part after the last colon names one
    assert [e["description"] for e in webset["enrichments"]] == ["CEO name", "Founded", "Revenue: 2024"]
    assert webset["enrichments"][1]["format"] == "number"


def test_get_shows_status_searches_and_enrichments(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 5, "--enrichment", "CEO name")
    result = cli("get", webset_id)
    assert result.code == 0, result.err
    first_line = result.out.splitlines()[0]
    assert first_line == f'webset {webset_id} · idle "AI labs"'
    assert "5 items" in result.out
    assert "searches" in result.out
    assert "enrichments" in result.out
    assert "CEO name" in result.out

    document = cli("--json", "get", webset_id).json()
    assert (document["id"], document["status"]) == (webset_id, "idle")


def test_list_streams_a_table_or_json_lines(cli: Cli) -> None:
    first = cli.create("Tea shops", 2)
    second = cli.create("Coffee roasters", 3)
    table = cli("list")
    assert table.code == 0
    lines = table.out.splitlines()
    assert lines[0].split()[:4] == ["id", "status", "title", "items"]
    assert [line.split()[0] for line in lines[2:]] == [second, first]  # newest first
    assert "Coffee roasters" in lines[2]
    assert lines[2].split()[-3] == "3"

    documents = cli("--json", "list").json_lines()
    assert [d["id"] for d in documents] == [second, first]
    assert [d["id"] for d in cli("--json", "list", "--limit", "1").json_lines()] == [second]


def test_list_says_when_there_is_nothing(cli: Cli) -> None:
    result = cli("list")
    assert (result.code, result.out, result.err.strip()) == (0, "", "no websets")


def test_cancel_stops_the_running_search(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 20, idle=False)
    cli.fake.advance(30)
    result = cli("--json", "cancel", webset_id)
    assert result.code == 0, result.err
    assert result.json()["searches"][0]["status"] == "canceled"
    human = cli("cancel", webset_id)
    assert human.out.startswith(f"canceled webset {webset_id} (idle, ")


def test_delete_asks_first_and_only_a_yes_deletes(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 3)

    declined = cli("delete", webset_id, stdin="n\n", interactive=True)
    assert declined.code == 1
    assert f'Delete webset {webset_id} "AI labs" and its 3 items? This cannot be undone. [y/N]' in declined.err
    assert "not deleted" in declined.err
    assert cli("get", webset_id).code == 0

    accepted = cli("delete", webset_id, stdin="y\n", interactive=True)
    assert (accepted.code, accepted.out) == (0, f"deleted webset {webset_id}\n")
    assert cli("get", webset_id).code == 1


def test_delete_without_a_terminal_needs_yes(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 3)
    refused = cli("delete", webset_id, interactive=False)
    assert refused.code == 2
    assert "pass --yes" in refused.err
    assert cli("get", webset_id).code == 0

    deleted = cli("--json", "delete", webset_id, "--yes")
    assert deleted.code == 0
    assert deleted.json()["id"] == webset_id
    assert cli("get", webset_id).code == 1


def test_an_api_error_exits_1_with_status_and_request_id(cli: Cli) -> None:
    result = cli("get", "webset_missing")
    assert result.code == 1
    assert result.out == ""
    assert "error: 404 GET" in result.err
    assert "[request id req_" in result.err


def test_invalid_input_is_refused_before_the_network_with_exit_2(cli: Cli) -> None:
    bad_count = cli("create", "--query", "AI labs", "--count", "0")
    assert bad_count.code == 2
    assert "--count: must be at least 1" in bad_count.err

    too_many = cli("create", "--query", "AI labs", *(f"--enrichment=Column {n}" for n in range(11)))
    assert too_many.code == 2
    assert "enrichments must have at most 10 items (got 11)" in too_many.err  # the SDK's validation, before sending
    assert cli.fake.events == []  # nothing reached the API


def test_an_enrichment_format_must_be_one_the_api_knows(cli: Cli) -> None:
    typo = cli("create", "--query", "AI labs", "--enrichment", "Founded:numbr")
    assert typo.code == 2
    assert "unknown enrichment format 'numbr' in 'Founded:numbr': use one of text, date, number, email, phone, url" in (
        typo.err
    )
    options = cli("create", "--query", "AI labs", "--enrichment", "Stage:options")
    assert options.code == 2
    assert "options needs its answers: add it with `exa-websets enrichment add ID --option ...`" in options.err
    assert cli.fake.events == []

    kept = cli(
        "--json",
        "create",
        "--query",
        "AI labs",
        "--enrichment=Revenue: 2024",
        "--enrichment=Website:url",
        "--enrichment=Ratio:3:1",
    )
    assert kept.code == 0, kept.err
    enrichments = kept.json()["enrichments"]
    assert [e["description"] for e in enrichments] == ["Revenue: 2024", "Website", "Ratio:3:1"]  # no format: kept
    assert enrichments[1]["format"] == "url"


def test_a_missing_api_key_is_a_usage_error_and_a_given_key_is_never_printed(cli: Cli) -> None:
    missing = cli("list", environ={})
    assert missing.code == 2
    assert "no API key" in missing.err

    result = cli("--api-key", API_KEY, "-vv", "get", "webset_missing", environ={})
    assert result.code == 1
    assert "GET https://api.exa.ai/websets/v0/websets/webset_missing" in result.err  # -vv logged the request
    assert API_KEY not in result.out + result.err
