"""A stateful fake of the Exa Websets API, for offline development, end-to-end tests and demos.

In process::

    fake = FakeWebsets(seed=1)
    client = httpx.Client(base_url="https://api.exa.ai/websets", transport=fake.transport(), headers={"x-api-key": "k"})
    webset = client.post("/v0/websets", json={"search": {"query": "AI labs in Paris", "count": 10}}).json()
    fake.advance(120)  # fake seconds: searches progress, items appear, enrichments complete, webhooks fire

Served: ``python -m exa_websets.testing --port 8765 --speed 20`` (base URL ``http://127.0.0.1:8765/websets``), or
``with FakeServer(fake) as server: ...`` in a background thread. Both serve ``/v0/...`` and ``/websets/v0/...``.

Simplifications, compared with the service: a search finds exactly ``count`` items and every item passes its
criteria (items are placed where the query and criteria name a place, and such a criterion is judged from the
item's location: only contradictory places give "no"); ``override`` searches keep the existing items (no
re-evaluation); ``exclude``/``scope`` are stored, not applied; enrichment results are never null and an enrichment
update does not re-run them; monitors only ``search``.
"""

from __future__ import annotations

import warnings

from . import _extra  # noqa: F401  # first: a missing testing extra is one line saying what to install
from ._clock import DEFAULT_START, FakeClock, ManualClock, ScaledClock
from ._fake import FakeWebsets
from ._faults import Fault, Faults, InjectedFault
from ._pagination import PAGE_LIMITS, PageLimit
from ._routes import API_OPERATIONS
from ._server import FakeServer, serve
from ._validation import validate_request
from ._webhooks import DeliveryResult, WebhookDelivery, http_deliver

__all__ = [
    "API_OPERATIONS",
    "DEFAULT_START",
    "PAGE_LIMITS",
    "DeliveryResult",
    "FakeClock",
    "FakeServer",
    "FakeWebsets",
    "Fault",
    "Faults",
    "InjectedFault",
    "ManualClock",
    "PageLimit",
    "ScaledClock",
    "WebhookDelivery",
    "http_deliver",
    "serve",
    "validate_request",
]


def __getattr__(name: str) -> object:
    # Renamed: the client has a Clock of its own. The old name works, with a warning, for one more minor release.
    if name == "Clock":
        warnings.warn(
            "exa_websets.testing.Clock is now exa_websets.testing.FakeClock", DeprecationWarning, stacklevel=2
        )
        return FakeClock
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
