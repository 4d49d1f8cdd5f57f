"""The same source into a real PostgreSQL server (CI starts one with .ci/postgres.sh and sets the DSN; in CI a
missing DSN fails this test instead of skipping it)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import dlt
import psycopg2
import pytest
from exa_websets.sync import sync_websets
from exa_websets.testing import FakeWebsets, ManualClock

from .helpers import Target, items_as_listed

DSN_VARIABLE = "EXA_WEBSETS_TEST_POSTGRES_DSN"


@pytest.fixture
def dsn() -> str:
    found = os.environ.get(DSN_VARIABLE)
    if not found:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the PostgreSQL test: start a server with .ci/postgres.sh (sets {DSN_VARIABLE})")
        pytest.skip(f'no PostgreSQL server: set {DSN_VARIABLE} (eval "$(.ci/postgres.sh start)")')
    return found


def _stored(dsn: str, schema: str) -> dict[str, list[tuple[str, str | None]]]:
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute(f'SELECT id, webset_id FROM "{schema}".items ORDER BY id')
        items = cursor.fetchall()
        cursor.execute(
            f"SELECT item_id, enrichment_id || '=' || coalesce(description, '') FROM \"{schema}\".items__enrichments "
            "ORDER BY 1, 2"
        )
        enrichments = cursor.fetchall()
        cursor.execute(f'SELECT id, NULL FROM "{schema}".websets ORDER BY id')
        websets = cursor.fetchall()
    return {"items": items, "enrichments": enrichments, "websets": websets}


def test_the_source_loads_and_keeps_postgres_current(dsn: str, tmp_path: Path) -> None:
    fake = FakeWebsets(seed=41, clock=ManualClock())
    target = Target(fake, tmp_path)
    client = target.client
    kept = client.websets.create(
        search={"query": "AI companies", "count": 60, "entity": {"type": "company"}},
        enrichments=[{"description": "CEO name", "format": "text"}],
    )
    doomed = client.websets.create(search={"query": "Robotics startups", "count": 5})
    fake.run_until_idle(kept.id)
    fake.run_until_idle(doomed.id)
    schema = f"exa_websets_test_{uuid.uuid4().hex[:10]}"
    destination = dlt.destinations.postgres(credentials=dsn)

    def sync() -> None:
        sync_websets(
            client,
            destination=destination,
            dataset_name=schema,
            pipeline_name="exa_websets_pg",
            pipelines_dir=str(tmp_path / "dlt"),
        )

    try:
        sync()
        client.enrichments.create(kept.id, description="Year founded", format="number")
        fake.run_until_idle(kept.id)
        client.websets.delete(doomed.id)
        sync()
        stored = _stored(dsn, schema)
        listed = items_as_listed(client, [kept.id])
        assert [item_id for item_id, _ in stored["items"]] == sorted(listed)
        assert stored["websets"] == [(kept.id, None)]
        descriptions = {e.id: e.description for e in client.websets.get(kept.id).enrichments}
        expected = sorted(
            (item_id, f"{enrichment_id}={descriptions[enrichment_id]}")
            for item_id, item in listed.items()
            for enrichment_id, _status, _result in item["enrichments"]
        )
        assert stored["enrichments"] == expected
    finally:
        with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            cursor.execute(f'DROP SCHEMA IF EXISTS "{schema}_staging" CASCADE')
