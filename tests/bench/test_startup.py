"""Startup costs the benchmark measures: what `import exa_websets` loads, and one TLS context for every client."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest
from exa_websets import AsyncWebsetsClient, WebsetsClient
from exa_websets._tls import shared_ssl_context


def loaded_after(statement: str) -> dict[str, bool]:
    """Which heavy modules a fresh interpreter has loaded after ``statement``."""
    probe = (
        f"{statement}\nimport json, sys\n"
        "print(json.dumps({'sync': 'exa_websets._sync.client' in sys.modules,"
        " 'async': 'exa_websets._async.client' in sys.modules,"
        " 'models': sum(m.startswith('exa_websets_api.models.') for m in sys.modules)}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    return dict(json.loads(out.stdout))


def test_importing_the_package_loads_no_client_and_no_model():
    assert loaded_after("import exa_websets") == {"sync": False, "async": False, "models": 0}


def test_the_sync_client_does_not_load_the_async_one():
    loaded = loaded_after("from exa_websets import WebsetsClient")
    assert loaded["sync"] is True
    assert loaded["async"] is False


def test_an_unknown_name_is_still_an_attribute_error():
    import exa_websets

    with pytest.raises(AttributeError, match="NoSuchThing"):
        exa_websets.NoSuchThing  # noqa: B018


def test_every_client_shares_one_tls_context():
    with WebsetsClient("key", environ={}) as first, WebsetsClient("key", environ={}) as second:
        contexts = {id(c._pipeline.http._transport._pool._ssl_context) for c in (first, second)}  # type: ignore[attr-defined]

    async def async_context() -> int:
        async with AsyncWebsetsClient("key", environ={}) as client:
            return id(client._pipeline.http._transport._pool._ssl_context)  # type: ignore[attr-defined]

    contexts.add(asyncio.run(async_context()))
    assert contexts == {id(shared_ssl_context())}


def test_the_core_environment_is_rebuilt_when_the_project_or_the_interpreter_changes():
    from bench.startup import core_stamp

    stamp = core_stamp('[project]\ndependencies = ["httpx"]\n', "3.11.7")
    assert stamp == core_stamp('[project]\ndependencies = ["httpx"]\n', "3.11.7")
    assert stamp != core_stamp('[project]\ndependencies = ["httpx", "attrs"]\n', "3.11.7")
    assert stamp != core_stamp('[project]\ndependencies = ["httpx"]\n', "3.12.1")
