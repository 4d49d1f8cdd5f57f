"""What importing the client loads: not the generated models, endpoints, pydantic or (for the sync client) asyncio.

Those are most of the import time (issue 15); they load on first use, so every lazily named parser must resolve."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest
from exa_websets._core.operation import Endpoint, ListEndpoint, all_operations

HEAVY = ("pydantic", "asyncio", "exa_websets_api.models", "exa_websets_api.api")  # the package itself: its spec index
RESOURCES = (
    "enrichments",
    "events",
    "exports",
    "imports",
    "items",
    "monitors",
    "searches",
    "teams",
    "webhooks",
    "websets",
)


def loaded_after(statement: str) -> list[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    return list(json.loads(done.stdout))


def test_importing_the_sync_client_loads_no_models_endpoints_pydantic_or_asyncio() -> None:
    assert loaded_after("from exa_websets import WebsetsClient; WebsetsClient('k', environ={})") == []


def test_the_async_client_loads_asyncio_but_no_models() -> None:
    assert loaded_after("from exa_websets import AsyncWebsetsClient") == ["asyncio"]


def test_a_call_loads_the_models_it_parses_with() -> None:
    statement = (
        "import httpx\n"
        "from exa_websets import WebsetsClient\n"
        "body = {'id': 'ws_1', 'object': 'webset', 'status': 'idle', 'searches': [], 'imports': [], "
        "'enrichments': [], 'monitors': [], 'excludes': [], 'createdAt': '2025-01-01T00:00:00Z', "
        "'updatedAt': '2025-01-01T00:00:00Z', 'metadata': {}, 'externalId': None, 'title': None}\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))\n"
        "client = WebsetsClient('k', environ={}, http_client=httpx.Client(transport=transport), rate_limit=None)\n"
        "assert client.websets.get('ws_1').id == 'ws_1'"
    )
    assert "exa_websets_api.models" in loaded_after(statement)


@pytest.mark.parametrize("flavour", ["_async", "_sync"])
@pytest.mark.parametrize("resource", RESOURCES)
def test_every_lazily_named_parser_resolves(flavour: str, resource: str) -> None:
    module = importlib.import_module(f"exa_websets.{flavour}.resources.{resource}")
    endpoints = [value for value in vars(module).values() if isinstance(value, Endpoint | ListEndpoint)]
    assert endpoints, f"{resource} names no endpoints"
    for endpoint in endpoints:
        parse = endpoint.parse if isinstance(endpoint, Endpoint) else endpoint.parse_item
        assert callable(parse), endpoint
        assert getattr(parse, "__module__", "").startswith(("exa_websets_api.", "exa_websets.")), endpoint
        assert endpoint.operation.id == endpoint.operation_id, endpoint  # the module it names is its operation's


def test_each_generated_module_is_named_after_the_operation_it_describes() -> None:
    """The facade finds an operation's module by its id (``websets-get`` → ``websets_get``) without importing the
    others; this holds the generator to that naming."""
    operations = all_operations()
    assert len(operations) == 41
    assert all(operation.id == operation_id for operation_id, operation in operations.items())
