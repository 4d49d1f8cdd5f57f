"""Bad input is refused before the network, by the spec's own constraints and by the documented rules it lacks.

Each message names the field (as the caller wrote it) and the rule. Limits come from the spec index, so these tests
read them from there too instead of repeating numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from exa_websets import InvalidRequestError
from exa_websets._core.operation import component_schemas, operation_spec
from exa_websets._core.request import prepare
from exa_websets._errors import Problem
from exa_websets._rules import cron_problem
from exa_websets._settings import load_settings
from exa_websets.testing._cron import next_run
from exa_websets.types import EnrichmentParams, WebsetStatus
from exa_websets_api.models import CreateWebsetParametersSearch

SCHEMAS = component_schemas()
SETTINGS = load_settings(
    api_key="k", base_url=None, timeout=None, max_retries=0, retry=None, own_http_client=True, environ={}
)


def body_of(operation_id: str, **fields: Any) -> dict[str, Any]:
    operation = operation_spec(operation_id)
    prepared = prepare(
        SETTINGS,
        operation,
        label=operation_id,
        body=fields,
        path={p: (p, "x") for p in operation.path_parameters},
    )
    assert prepared.content is not None
    return json.loads(prepared.content)


def problems_of(operation_id: str, **fields: Any) -> list[str]:
    with pytest.raises(InvalidRequestError) as error:
        body_of(operation_id, **fields)
    assert error.value.operation == operation_id
    return [str(p) for p in error.value.problems]


def schema(operation_id: str, *pointer: str) -> dict[str, Any]:
    node = SCHEMAS.resolve(operation_spec(operation_id).body_schema or {})
    for name in pointer:
        node = SCHEMAS.resolve(node["properties"][name] if name != "[]" else node["items"])
    return node


# --- mapping ----------------------------------------------------------------------------------------------------


def test_snake_case_keys_become_the_specs_camel_case_at_every_depth() -> None:
    body = body_of(
        "websets-create",
        external_id="e1",
        search={"query": "q", "count": 2},
        exclude=[{"source": "webset", "id": "ws_1"}],
    )
    assert body == {
        "externalId": "e1",
        "search": {"query": "q", "count": 2},
        "exclude": [{"source": "webset", "id": "ws_1"}],
    }


def test_camel_case_keys_are_accepted_as_they_are() -> None:
    assert (
        body_of("monitors-create", websetId="ws", cadence={"cron": "0 9 * * 1"}, behavior={"config": {"count": 5}})[
            "websetId"
        ]
        == "ws"
    )


def test_metadata_keys_are_data_and_never_renamed() -> None:
    body = body_of("websets-create", metadata={"my_key": "v", "camelKey": "w"})
    assert body["metadata"] == {"my_key": "v", "camelKey": "w"}


def test_generated_models_and_enums_are_accepted_as_values() -> None:
    body = body_of(
        "websets-create",
        search=CreateWebsetParametersSearch(query="q", count=3),
        enrichments=[EnrichmentParams(description="CEO name")],
    )
    assert body == {"search": {"query": "q", "count": 3}, "enrichments": [{"description": "CEO name"}]}
    assert body_of("websets-update", metadata={"status": WebsetStatus.IDLE})["metadata"] == {"status": "idle"}


def test_a_required_const_is_filled_in() -> None:
    # MonitorBehavior.type can only be "search": the caller need not spell it out.
    body = body_of("monitors-create", webset_id="ws", cadence={"cron": "0 9 * * 1"}, behavior={"config": {"count": 5}})
    assert body["behavior"]["type"] == "search"


def test_searches_create_always_sends_behavior() -> None:
    assert body_of("websets-searches-create", query="q", count=1)["behavior"] == "override"
    assert body_of("websets-searches-create", query="q", count=1, behavior="append")["behavior"] == "append"


# --- the spec's constraints ---------------------------------------------------------------------------------------


def test_required() -> None:
    assert problems_of("websets-searches-create", query="q") == ["count is required"]
    assert "search.query is required" in problems_of("websets-create", search={"count": 1})


def test_minimum_names_the_field_and_the_rule() -> None:
    minimum = schema("websets-create", "search", "count")["minimum"]
    assert problems_of("websets-create", search={"query": "q", "count": minimum - 1}) == [
        f"search.count must be >= {minimum}"
    ]


def test_min_and_max_length() -> None:
    query = schema("websets-create", "search", "query")
    assert problems_of("websets-create", search={"query": ""}) == ["search.query must not be empty"]
    too_long = "x" * (query["maxLength"] + 1)
    assert problems_of("websets-create", search={"query": too_long}) == [
        f"search.query must be at most {query['maxLength']} characters (got {len(too_long)})"
    ]


def test_max_items_from_the_spec_five_criteria() -> None:
    criteria = schema("websets-create", "search", "criteria")
    assert criteria["maxItems"] == 5  # the documented limit, which the spec states itself
    too_many = [{"description": f"c{i}"} for i in range(6)]
    assert problems_of("websets-create", search={"query": "q", "criteria": too_many}) == [
        "search.criteria must have at most 5 items (got 6)"
    ]
    assert problems_of("websets-create", search={"query": "q", "criteria": []}) == [
        "search.criteria must have at least 1 item"
    ]


def test_enum() -> None:
    assert problems_of("websets-enrichments-create", description="d", format="boolean") == [
        "format must be one of: text, date, number, options, email, phone, url (got 'boolean')"
    ]


def test_discriminated_union_picks_the_branch_and_checks_it() -> None:
    assert body_of("websets-create", search={"query": "q", "entity": {"type": "company"}})["search"]["entity"] == {
        "type": "company"
    }
    assert problems_of("websets-create", search={"query": "q", "entity": {"type": "custom"}}) == [
        "search.entity.description is required"
    ]
    problems = problems_of("websets-create", search={"query": "q", "entity": {"type": "product"}})
    assert problems == [
        "search.entity.type must be one of: company, person, article, research_paper, custom (got 'product')"
    ]


def test_types() -> None:
    assert problems_of("websets-create", search={"query": 3}) == ["search.query must be a string, not int"]
    assert problems_of("websets-create", search={"query": "q", "count": True}) == [
        "search.count must be a number, not bool"
    ]
    assert problems_of("websets-create", search="q") == ["search must be an object, not str"]


def test_url_format() -> None:
    assert problems_of("webhooks-create", url="not a url", events=["webset.idle"]) == [
        "url must be an absolute URL (got 'not a url')"
    ]


def test_unknown_fields_are_refused_with_a_suggestion() -> None:
    assert problems_of("websets-create", search={"qurey": "q"}) == [
        "search.qurey is not a known field (did you mean 'query'?)",
        "search.query is required",
    ]


def test_a_field_given_twice_is_refused() -> None:
    assert problems_of("websets-create", external_id="a", externalId="b") == [
        "externalId is given twice (as 'external_id' and 'externalId')"
    ]


def test_all_problems_are_reported_at_once() -> None:
    problems = problems_of("websets-create", search={"query": "", "count": 0}, enrichments=[{"format": "text"}])
    assert problems == [
        "search.query must not be empty",
        "search.count must be >= 1",
        "enrichments[0].description is required",
    ]


def test_query_parameters_are_validated_against_the_spec() -> None:
    limit = operation_spec("websets-items-list").page_limit
    with pytest.raises(InvalidRequestError, match=f"limit must be <= {limit}"):
        prepare(
            SETTINGS,
            operation_spec("websets-items-list"),
            label="items.list",
            path={"webset": ("webset_id", "w")},
            query={"limit": limit + 1},
        )


def test_empty_ids_are_refused() -> None:
    with pytest.raises(InvalidRequestError, match=r"webset_id must be a non-empty string id \(got ''\)"):
        prepare(SETTINGS, operation_spec("websets-get"), label="websets.get", path={"id": ("webset_id", "")})


def test_path_ids_are_escaped() -> None:
    prepared = prepare(
        SETTINGS, operation_spec("websets-get"), label="websets.get", path={"id": ("webset_id", "a/b c")}
    )
    assert prepared.url.endswith("/v0/websets/a%2Fb%20c")


# --- documented rules the spec lacks ------------------------------------------------------------------------------


def test_at_most_ten_enrichments() -> None:
    assert "maxItems" not in schema("websets-create", "enrichments"), "the spec would make this rule redundant"
    enrichments = [{"description": f"e{i}"} for i in range(11)]
    assert problems_of("websets-create", enrichments=enrichments) == ["enrichments must have at most 10 items (got 11)"]
    assert len(body_of("websets-create", enrichments=enrichments[:10])["enrichments"]) == 10


def test_options_format_needs_one_to_twenty_options() -> None:
    spec_max = schema("websets-enrichments-create", "options")["maxItems"]
    assert spec_max == 150, "the spec says 150; the documentation says 20 (we enforce the documented limit)"
    assert problems_of("websets-enrichments-create", description="d", format="options") == [
        "options is required when format is 'options'"
    ]
    labels = [{"label": f"l{i}"} for i in range(21)]
    assert problems_of("websets-enrichments-create", description="d", format="options", options=labels) == [
        "options must have 1 to 20 items when format is 'options' (got 21; the spec allows 150, the documentation 20)"
    ]
    assert body_of("websets-enrichments-create", description="d", format="options", options=labels[:20])
    assert problems_of("websets-create", enrichments=[{"description": "d", "format": "options"}]) == [
        "enrichments[0].options is required when format is 'options'"
    ]


def test_monitor_cron_is_checked_on_create_and_update() -> None:
    assert problems_of(
        "monitors-create", webset_id="ws", cadence={"cron": "0 * * * *"}, behavior={"config": {"count": 1}}
    ) == ["cadence.cron must fire at most once a day ('0 * * * *' fires 24 times on a day it runs)"]
    assert problems_of("monitors-update", cadence={"cron": "0 9 * *"}) == [
        "cadence.cron must have 5 fields (minute hour day-of-month month day-of-week), got 4"
    ]


@pytest.mark.parametrize("cron", ["0 9 * * 1", "30 23 1 * *", "0 0 * * mon-fri", "15 6 */2 jan,jul *", "0 9 * * 7"])
def test_crons_that_fire_at_most_daily_pass(cron: str) -> None:
    assert cron_problem(cron) is None


@pytest.mark.parametrize(
    ("cron", "reason"),
    [
        ("*/30 9 * * *", "fires 2 times"),
        ("0 9,17 * * *", "fires 2 times"),
        ("* * * * *", "fires 1440 times"),
        ("0 8-10 * * *", "fires 3 times"),
        ("0 25 * * *", "outside 0-23"),
        ("0 9 * * funday", "invalid day of week"),
        ("0 9 * * * *", "must have 5 fields"),
    ],
)
def test_crons_that_fire_more_often_or_are_invalid_are_refused(cron: str, reason: str) -> None:
    assert reason in (cron_problem(cron) or "")


@pytest.mark.parametrize(
    ("cron", "reason"),
    [
        ("5/20 9 * * *", "fires 3 times"),  # from 5 to the end, every 20
        ("0 1,3-4 * * *", "fires 3 times"),
        ("0 22-2 * * *", "fires 5 times"),  # croniter reads a reversed range as wrapping past midnight
        ("0 9 0 * *", "day of month field '0' is outside 1-31"),
        ("0 9 * 13 *", "month field '13' is outside 1-12"),
        ("*/0 9 * * *", "invalid minute field '*/0'"),
        ("H 9 * * *", "invalid minute field 'H'"),  # croniter's hashed form needs a hash id: not plain cron
        ("@daily", "must have 5 fields"),  # croniter reads the alias; the documentation asks for 5 fields
        ("0 0 9 * * *", "must have 5 fields"),  # croniter reads a leading seconds field; not documented
    ],
)
def test_what_croniter_reads_decides_how_often_a_cron_fires(cron: str, reason: str) -> None:
    assert reason in (cron_problem(cron) or "")


@pytest.mark.parametrize("cron", ["0 9 L * *", "0 9 * * 1#2", "0 9 * * sat-sun", "0 9 * * mon-wed"])
def test_once_a_day_crons_in_croniter_syntax_pass(cron: str) -> None:
    assert cron_problem(cron) is None


@pytest.mark.parametrize("cron", ["5-5 9 * * *", "5 9-9 * * *", "5-5/2 9 * * *", "0 9 1-1 * mon-mon"])
def test_a_range_with_equal_ends_is_its_one_value_not_croniters_whole_cycle(cron: str) -> None:
    # croniter alone expands "5-5" to "*" (60 firings an hour); cron means minute 5. The fake schedules the same way.
    assert cron_problem(cron) is None
    fired = [next_run(cron, "UTC", 0.0)]
    fired.append(next_run(cron, "UTC", fired[0]))
    assert fired[1] - fired[0] >= 24 * 3600


def test_croniter_loads_only_when_a_cron_is_checked() -> None:
    code = (
        "import sys\n"
        "from exa_websets import WebsetsClient, _rules\n"
        "WebsetsClient('k', environ={})\n"
        "assert 'croniter' not in sys.modules\n"
        "assert _rules.cron_problem('0 9 * * *') is None\n"
        "assert 'croniter' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_problem_string_form() -> None:
    assert str(Problem("search.count", "must be >= 1")) == "search.count must be >= 1"


def test_an_integer_field_takes_an_integer_valued_float_as_json_schema_does() -> None:
    # maxPeoplePerCompany is the first `integer` in a request body (an overlay field): 2.0 is an integer in JSON.
    assert (
        body_of("websets-searches-create", query="VPs", count=5, max_people_per_company=2.0)["maxPeoplePerCompany"] == 2
    )
    assert "max_people_per_company must be an integer, not float" in " ".join(
        problems_of("websets-searches-create", query="VPs", count=5, max_people_per_company=2.5)
    )
