"""The fake's verdicts agree with the properties it generates: items sit where the search asks, and a criterion
naming a place is judged from the item's location."""

from __future__ import annotations

import random

import httpx
import pytest
from exa_websets.testing import FakeWebsets, ManualClock
from exa_websets.testing._records import EntitySpec
from exa_websets.testing._synthetic import cities_named, city_pool, make_evaluations, make_properties

from .helpers import client

EUROPE = {
    "London, UK",
    "Berlin, Germany",
    "Paris, France",
    "Stockholm, Sweden",
    "Amsterdam, Netherlands",
    "Zurich, Switzerland",
}


def _location(item: dict[str, object]) -> str:
    properties = item["properties"]
    assert isinstance(properties, dict)
    return str(properties[properties["type"]]["location"])


@pytest.mark.parametrize("entity", ["company", "person"])
def test_a_search_in_europe_finds_items_in_europe_and_says_yes_to_based_in_europe(entity: str) -> None:
    fake = FakeWebsets(seed=3, clock=ManualClock())
    with client(fake) as http:
        search = {
            "query": "AI research labs in Europe",
            "count": 25,
            "entity": {"type": entity},
            "criteria": [{"description": "Does research on large language models"}, {"description": "Based in Europe"}],
        }
        webset = http.post("/v0/websets", json={"search": search}).json()
        fake.run_until_idle(webset["id"])
        items = http.get(f"/v0/websets/{webset['id']}/items", params={"limit": 100}).json()["data"]
    assert len(items) == 25
    for item in items:
        assert _location(item) in EUROPE
        europe = item["evaluations"][1]
        assert (europe["criterion"], europe["satisfied"]) == ("Based in Europe", "yes")
        assert _location(item) in europe["reasoning"]


def test_a_place_criterion_the_item_misses_is_no_never_yes_or_unclear() -> None:
    rng = random.Random(0)
    for _ in range(50):  # items placed by the query alone ("in Australia"): judged against "Based in Europe"
        properties = make_properties(rng, EntitySpec("company"), "Robotics companies in Australia")
        assert properties.company.location == "Sydney, Australia"  # type: ignore[union-attr]
        [has_product, europe] = make_evaluations(rng, ["Sells a product", "Based in Europe"], properties)
        assert europe.satisfied.value == "no"
        assert "Sydney, Australia" in europe.reasoning
        assert has_product.satisfied.value == "yes"


def test_places_are_read_from_the_words_with_negation_and_capitalised_abbreviations() -> None:
    assert cities_named("Based in Europe") == EUROPE
    assert cities_named("Headquartered in Berlin") == {"Berlin, Germany"}
    assert cities_named("Has an office in the US") == {
        "San Francisco, CA",
        "New York, NY",
        "Austin, TX",
        "Boston, MA",
        "Seattle, WA",
    }
    assert cities_named("Lets us know its revenue") is None  # "us" is a word, "US" a country
    assert cities_named("Has published LLM research") is None
    not_europe = cities_named("Not based in Europe")
    assert not_europe is not None
    assert "Sydney, Australia" in not_europe
    assert not (not_europe & EUROPE)


def test_the_pool_never_empties_and_no_place_keeps_every_city() -> None:
    assert len(city_pool("AI labs", ["Has raised money"])) == 17
    assert city_pool("AI labs in Europe", ["Based in Germany"]) == ["Berlin, Germany"]
    assert set(city_pool("AI labs in Japan", ["Based in Europe"])) == EUROPE  # the criterion wins


def test_served_verdicts_are_consistent_over_many_seeds() -> None:
    for seed in range(5):
        fake = FakeWebsets(seed=seed, clock=ManualClock())
        with httpx.Client(
            base_url="https://api.exa.ai/websets", transport=fake.transport(), headers={"x-api-key": "k"}
        ) as http:
            search = {
                "query": "Fintech startups",
                "count": 10,
                "entity": {"type": "company"},
                "criteria": [{"description": "Is a startup"}, {"description": "Based in Sydney"}],
            }
            webset = http.post("/v0/websets", json={"search": search}).json()
            fake.run_until_idle(webset["id"])
            items = http.get(f"/v0/websets/{webset['id']}/items").json()["data"]
        assert {_location(item) for item in items} == {"Sydney, Australia"}
        assert {item["evaluations"][1]["satisfied"] for item in items} == {"yes"}


def test_a_negation_excludes_only_the_place_it_comes_before() -> None:
    assert cities_named("Not a public company; based in Berlin") == {"Berlin, Germany"}
    assert cities_named("Based outside of Europe") == set(city_pool("x", [])) - EUROPE
    assert cities_named("A non-European company") == set(city_pool("x", [])) - EUROPE
    assert cities_named("Based in Europe but not in Germany") == EUROPE - {"Berlin, Germany"}
    assert cities_named("Isn't headquartered in the US") == set(city_pool("x", [])) - {
        "San Francisco, CA",
        "New York, NY",
        "Austin, TX",
        "Boston, MA",
        "Seattle, WA",
    }
