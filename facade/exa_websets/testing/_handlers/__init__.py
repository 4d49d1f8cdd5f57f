"""The fake's handlers, one module per resource as in ``_async/resources/``: each function marked
``@handles("<operation-id>")`` answers that operation. Importing this package registers them all."""

from __future__ import annotations

from . import enrichments, events, exports, imports, items, monitors, searches, teams, webhooks, websets

__all__ = [
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
]
