"""A webset larger than the synthetic name pools still completes, with distinct URLs."""

from __future__ import annotations

import httpx
from exa_websets.testing import FakeWebsets, ManualClock


def test_a_company_search_beyond_the_name_pool_finishes_with_unique_urls() -> None:
    fake = FakeWebsets(seed=2, clock=ManualClock())
    http = httpx.Client(base_url="https://api.exa.ai/websets", transport=fake.transport(), headers={"x-api-key": "k"})
    webset = http.post(
        "/v0/websets", json={"search": {"query": "AI companies", "count": 1500, "entity": {"type": "company"}}}
    ).json()
    fake.run_until_idle(webset["id"])
    urls, cursor = [], None
    while True:
        page = http.get(
            f"/v0/websets/{webset['id']}/items", params={"limit": 100, **({"cursor": cursor} if cursor else {})}
        ).json()
        urls += [item["properties"]["url"] for item in page["data"]]
        if not page["hasMore"]:
            break
        cursor = page["nextCursor"]
    assert len(urls) == 1500
    assert len(set(urls)) == 1500
