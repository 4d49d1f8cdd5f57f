"""Fault injection: every kind, scripted and random, before and after the state change."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
from typing import Literal

import httpx
import pytest
from exa_websets.testing import FakeWebsets, Fault

from .helpers import START, async_client, client

CREATE = {"search": {"query": "Vertical farming startups", "count": 2}}


def count_websets(http: httpx.Client) -> int:
    return len(http.get("/v0/websets").json()["data"])


def test_scripted_faults_are_used_in_order_then_answers_are_normal(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.script("websets-list", Fault.rate_limited(7), None, Fault.server_error(), Fault.unavailable(3))
    statuses = [http.get("/v0/websets") for _ in range(5)]

    assert [r.status_code for r in statuses] == [429, 200, 500, 503, 200]
    assert statuses[0].headers["retry-after"] == "7"
    assert statuses[3].headers["retry-after"] == "3"
    assert statuses[2].json() == {"error": "Internal server error", "details": []}
    assert all(r.headers["x-request-id"].startswith("req_") for r in statuses)
    assert len({r.headers["x-request-id"] for r in statuses}) == 5
    assert fake.faults.pending("websets-list") == 0
    assert [f.fault.status for f in fake.faults.injected] == [429, 500, 503]


def test_retry_after_can_be_an_http_date(fake: FakeWebsets, http: httpx.Client) -> None:
    when = datetime.datetime.fromtimestamp(START + 30, tz=datetime.timezone.utc)
    fake.faults.script("*", Fault.rate_limited(when))
    response = http.get("/v0/teams/me")

    assert response.status_code == 429
    assert email.utils.parsedate_to_datetime(response.headers["retry-after"]) == when


def test_a_502_is_an_html_page(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.script("GET /v0/websets", Fault.bad_gateway())
    response = http.get("/v0/websets")

    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html"
    assert response.text.startswith("<html>")
    assert response.headers["x-request-id"]


def test_truncated_and_non_json_bodies_come_with_status_200(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.script("websets-list", Fault.truncated().after(), Fault.non_json())
    truncated, html = http.get("/v0/websets"), http.get("/v0/websets")

    assert truncated.status_code == 200
    with pytest.raises(ValueError, match=r"Expecting|Unterminated|delimiter"):
        truncated.json()
    assert truncated.text == '{"data":[],"hasMore":false,"nextCursor":null}'[: len(truncated.text)]
    assert html.status_code == 200
    assert html.headers["content-type"].startswith("text/html")
    with pytest.raises(ValueError, match="Expecting value"):
        html.json()


@pytest.mark.parametrize(
    ("error", "exception"), [("remote_protocol", httpx.RemoteProtocolError), ("read", httpx.ReadError)]
)
def test_a_dropped_connection_before_the_state_change_creates_nothing(
    fake: FakeWebsets, http: httpx.Client, error: Literal["remote_protocol", "read"], exception: type[Exception]
) -> None:
    fake.faults.script("websets-create", Fault.dropped(error))
    with pytest.raises(exception):
        http.post("/v0/websets", json=CREATE)
    assert count_websets(http) == 0


def test_a_create_whose_answer_is_lost_after_the_state_change_did_happen(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.script("POST /v0/websets", Fault.dropped().after(), Fault.server_error(when="after"))
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/v0/websets", json={**CREATE, "externalId": "once"})
    assert count_websets(http) == 1
    retried = http.post("/v0/websets", json={**CREATE, "externalId": "once"})
    assert retried.status_code == 500  # answer lost again, but the duplicate was refused first
    assert http.post("/v0/websets", json={**CREATE, "externalId": "once"}).status_code == 409
    assert http.get("/v0/websets/once").status_code == 200  # create-or-get: fetch by externalId


def test_a_slow_answer_advances_the_fake_clock_or_times_out(fake: FakeWebsets) -> None:
    fake.faults.script("websets-list", Fault.slow(3), Fault.slow(30))
    with client(fake, timeout=10) as http:
        before = fake.clock.now()
        assert http.get("/v0/websets").status_code == 200
        assert fake.clock.now() == before + 3
        with pytest.raises(httpx.ReadTimeout):
            http.get("/v0/websets")
        assert fake.clock.now() == before + 3 + 10  # the client gave up after its read timeout


def test_faults_apply_only_to_their_route(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.script("websets-get", Fault.server_error())
    assert http.get("/v0/websets").status_code == 200
    assert http.get("/v0/websets/webset_x").status_code == 500
    assert http.get("/v0/websets/webset_x").status_code == 404


def random_statuses(seed: int, rate: float) -> list[int]:
    fake = FakeWebsets()
    fake.faults.random("*", rate=rate, kinds=[Fault.server_error(), Fault.rate_limited(1)], seed=seed)
    with client(fake) as http:
        return [http.get("/v0/websets").status_code for _ in range(40)]


def test_random_faults_follow_their_rate_and_seed() -> None:
    first = random_statuses(seed=5, rate=0.3)

    assert first == random_statuses(seed=5, rate=0.3)
    assert first != random_statuses(seed=6, rate=0.3)
    assert {429, 500, 200} == set(first)
    assert 4 <= sum(s != 200 for s in first) <= 20
    assert set(random_statuses(seed=5, rate=1.0)) <= {429, 500}
    assert set(random_statuses(seed=5, rate=0.0)) == {200}


def test_scripts_take_precedence_over_random_faults(fake: FakeWebsets, http: httpx.Client) -> None:
    fake.faults.random("websets-list", rate=1.0, kinds=[Fault.server_error()])
    fake.faults.script("websets-list", None)
    assert http.get("/v0/websets").status_code == 200
    assert http.get("/v0/websets").status_code == 500
    fake.faults.clear()
    assert http.get("/v0/websets").status_code == 200


def test_faults_reach_async_clients_too(fake: FakeWebsets) -> None:
    fake.faults.script("*", Fault.dropped("read"), Fault.slow(60), Fault.rate_limited(2))

    async def scenario() -> list[object]:
        outcomes: list[object] = []
        async with async_client(fake, timeout=5) as http:
            for _ in range(4):
                try:
                    outcomes.append((await http.get("/v0/websets")).status_code)
                except httpx.HTTPError as error:
                    outcomes.append(type(error))
        return outcomes

    assert asyncio.run(scenario()) == [httpx.ReadError, httpx.ReadTimeout, 429, 200]
