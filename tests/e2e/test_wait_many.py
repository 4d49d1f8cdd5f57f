"""wait_until_idle_many spends far fewer requests than one polling loop per webset (issue: assert the count)."""

from __future__ import annotations

import httpx
from exa_websets import WebsetsClient
from exa_websets.testing import FakeWebsets, ManualClock

from .conftest import API_KEY, Counting

SIZES = [1 + (i * 7) % 30 for i in range(20)]  # 20 websets finishing at many different times (the bench runs 50)


def fresh() -> tuple[FakeWebsets, Counting, WebsetsClient, list[str]]:
    fake = FakeWebsets(seed=3, clock=ManualClock())
    transport = Counting(fake.transport())
    client = WebsetsClient(
        API_KEY, http_client=httpx.Client(transport=transport), sleep=fake.clock.sleep, clock=fake.clock.now, environ={}
    )
    ids = [client.websets.create(search={"query": f"topic {i}", "count": n}).id for i, n in enumerate(SIZES)]
    transport.requests.clear()
    return fake, transport, client, ids


def test_many_websets_cost_at_least_five_times_fewer_requests_than_one_loop_each() -> None:
    _, transport, client, ids = fresh()
    idle = client.websets.wait_until_idle_many(ids)
    assert list(idle) == ids
    assert all(webset.status.value == "idle" for webset in idle.values())
    many = len(transport.requests)

    loops = 0
    for webset_id in ids:  # each loop polls alone from the same start, as independent pollers would
        _, solo_transport, solo_client, solo_ids = fresh()
        solo_client.websets.wait_until_idle(solo_ids[ids.index(webset_id)])
        loops += len(solo_transport.requests)

    assert many * 5 <= loops, f"wait_until_idle_many spent {many} requests, {len(ids)} loops {loops}"
    kinds = {path.rsplit("/", 1)[-1] for _, path in transport.requests}
    assert kinds <= {"websets", "events"}, "one listing, then only event reads"
