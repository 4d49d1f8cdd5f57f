"""A webset's enrichments: create, get, update, delete, cancel."""

from __future__ import annotations

from typing import Any

from exa_websets._rules import MAX_ENRICHMENTS as MAX_ENRICHMENTS_PER_WEBSET

from .. import _lifecycle as lifecycle
from .. import _render as render
from .._handling import ApiError, Call, handles
from ._bodies import enrichment_spec


@handles("websets-enrichments-create")
def enrichments_create(call: Call) -> dict[str, Any]:
    webset = call.webset()
    if len(webset.enrichment_ids) >= MAX_ENRICHMENTS_PER_WEBSET:
        raise ApiError(422, f"A webset has at most {MAX_ENRICHMENTS_PER_WEBSET} enrichments")
    record = lifecycle.add_enrichment(call.sim, webset, enrichment_spec(call.body))
    return render.enrichment(call.store, record).to_dict()


@handles("websets-enrichments-get")
def enrichments_get(call: Call) -> dict[str, Any]:
    return render.enrichment(call.store, call.in_webset(call.store.enrichments, "Enrichment")).to_dict()


@handles("websets-enrichments-update")
def enrichments_update(call: Call) -> dict[str, Any]:
    """Answers with the updated enrichment, as the reference documents and the official exa-py expects (the spec
    declares no body and one integrator observed none; clients must accept both, see the golden fixture
    documented/enrichment-update-response.json)."""
    record = call.in_webset(call.store.enrichments, "Enrichment")
    lifecycle.update_enrichment(call.sim, record, enrichment_spec(call.body), has=set(call.body))
    return render.enrichment(call.store, record).to_dict()


@handles("websets-enrichments-delete")
def enrichments_delete(call: Call) -> dict[str, Any]:
    record = call.in_webset(call.store.enrichments, "Enrichment")
    body = render.enrichment(call.store, record).to_dict()
    lifecycle.delete_enrichment(call.sim, record)
    return body


@handles("websets-enrichments-cancel")
def enrichments_cancel(call: Call) -> dict[str, Any]:
    record = call.in_webset(call.store.enrichments, "Enrichment")
    lifecycle.cancel_enrichment(call.sim, record)
    return render.enrichment(call.store, record).to_dict()
