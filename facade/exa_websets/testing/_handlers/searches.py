"""A webset's searches: create, get, cancel."""

from __future__ import annotations

from typing import Any

from .. import _lifecycle as lifecycle
from .. import _render as render
from .._handling import Call, handles
from ._bodies import search_spec


@handles("websets-searches-create")
def searches_create(call: Call) -> dict[str, Any]:
    record = lifecycle.add_search(call.sim, call.webset(), search_spec(call.body))
    return render.search(record).to_dict()


@handles("websets-searches-get")
def searches_get(call: Call) -> dict[str, Any]:
    return render.search(call.in_webset(call.store.searches, "Search")).to_dict()


@handles("websets-searches-cancel")
def searches_cancel(call: Call) -> dict[str, Any]:
    search = call.in_webset(call.store.searches, "Search")
    lifecycle.cancel_search(call.sim, search, None)
    return render.search(search).to_dict()
