"""search add, enrichment add, monitor create / runs, webhook create."""

from __future__ import annotations

import re

from .helpers import Cli


def test_search_add_runs_another_search_in_the_webset(cli: Cli) -> None:
    webset_id = cli.create("AI labs in Europe", 3)
    result = cli(
        "--json",
        "search",
        "add",
        webset_id,
        "--query",
        "AI labs in Japan",
        "--count",
        "2",
        "--criterion",
        "based in Japan",
        "--entity",
        "company",
        "--behavior",
        "append",
    )
    assert result.code == 0, result.err
    search = result.json()
    assert (search["websetId"], search["query"], search["count"], search["behavior"]) == (
        webset_id,
        "AI labs in Japan",
        2,
        "append",
    )
    assert [c["description"] for c in search["criteria"]] == ["based in Japan"]
    cli.fake.run_until_idle(webset_id)
    assert len(cli("--json", "items", webset_id).json_lines()) == 5

    human = cli("search", "add", webset_id, "--query", "AI labs in Chile", "--count", "1")
    assert re.fullmatch(
        rf'added search webset_search_\w+ to webset {webset_id} \(\w+\): "AI labs in Chile", 1 items, '
        r"append \(items added, existing ones kept\)\n",
        human.out,
    )


def test_enrichment_add_with_options_becomes_a_column_titled_by_its_description(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 3)
    result = cli(
        "--json",
        "enrichment",
        "add",
        webset_id,
        "--description",
        "Funding stage",
        "--option",
        "Seed",
        "--option",
        "Series A",
    )
    assert result.code == 0, result.err
    enrichment = result.json()
    assert enrichment["format"] == "options"
    assert [o["label"] for o in enrichment["options"]] == ["Seed", "Series A"]
    cli.fake.run_until_idle(webset_id)
    cards = cli("--json", "items", webset_id, "--tier", "2").json_lines()
    assert all(card["enrichments"]["Funding stage"][0] in ("Seed", "Series A") for card in cards)

    human = cli("enrichment", "add", webset_id, "--description", "Headcount", "--format", "number")
    assert human.out.endswith(f'to webset {webset_id} (pending): "Headcount" [number]\n')


def test_enrichment_add_refuses_options_format_without_options(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 2)
    result = cli("enrichment", "add", webset_id, "--description", "Stage", "--format", "options")
    assert result.code == 2
    assert "options is required when format is 'options'" in result.err


def test_monitor_create_then_its_runs(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 2)
    result = cli(
        "--json", "monitor", "create", webset_id, "--cron", "0 9 * * *", "--timezone", "Europe/Paris", "--count", "3"
    )
    assert result.code == 0, result.err
    monitor = result.json()
    assert monitor["cadence"] == {"cron": "0 9 * * *", "timezone": "Europe/Paris"}
    assert monitor["behavior"]["config"] == {"count": 3, "behavior": "append"}

    assert cli("monitor", "runs", monitor["id"]).err.strip() == f"monitor {monitor['id']} has not run yet"
    cli.fake.advance(24 * 3600)
    runs = cli("--json", "monitor", "runs", monitor["id"]).json_lines()
    assert [run["status"] for run in runs] == ["completed"]
    table = cli("monitor", "runs", monitor["id"]).out.splitlines()
    assert table[0].split()[:3] == ["id", "status", "type"]
    assert table[2].split()[:3] == [runs[0]["id"], "completed", "search"]


def test_monitor_create_refuses_a_cron_more_often_than_daily(cli: Cli) -> None:
    webset_id = cli.create("AI labs", 2)
    result = cli("monitor", "create", webset_id, "--cron", "*/5 * * * *")
    assert result.code == 2
    assert "at most once a day" in result.err


def test_webhook_create_shows_the_secret_once(cli: Cli) -> None:
    result = cli(
        "webhook",
        "create",
        "--url",
        "https://example.com/hook",
        "--event",
        "webset.idle",
        "--event",
        "webset.item.created",
    )
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert re.fullmatch(
        r"created webhook webhook_\w+ for webset.idle, webset.item.created → https://example.com/hook", lines[0]
    )
    assert re.fullmatch(r"secret: whsec_\w+", lines[1])
    assert "shown only now" in result.err

    document = cli("--json", "webhook", "create", "--url", "https://example.com/2", "--event", "webset.idle").json()
    assert document["secret"].startswith("whsec_")

    unknown = cli("webhook", "create", "--url", "https://example.com/3", "--event", "webset.exploded")
    assert unknown.code == 2
    assert "events[0] must be one of" in unknown.err
