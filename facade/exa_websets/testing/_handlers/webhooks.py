"""Webhooks: create, list, get, update, delete, and each one's delivery attempts."""

from __future__ import annotations

from typing import Any

from exa_websets_api.models import ListWebhookAttemptsResponse, ListWebhooksResponse

from .. import _render as render
from .._handling import Call, handles
from .._records import WebhookRecord


@handles("webhooks-create")
def webhooks_create(call: Call) -> dict[str, Any]:
    sim = call.sim
    record = WebhookRecord(
        id=sim.ids.new("webhook"),
        url=call.body["url"],
        events=list(call.body["events"]),
        secret=f"whsec_{sim.ids.token(24)}",
        metadata=dict(call.body.get("metadata", {})),
        **sim.stamps(),
    )
    call.store.webhooks[record.id] = record
    return render.webhook(record, with_secret=True).to_dict()  # the only time the secret is shown


@handles("webhooks-list")
def webhooks_list(call: Call) -> dict[str, Any]:
    records = sorted(call.store.webhooks.values(), key=lambda w: w.seq, reverse=True)
    page = call.page(records, lambda w: w.seq, descending=True)
    webhooks = [render.webhook(w, with_secret=False) for w in page.data]
    return ListWebhooksResponse(data=webhooks, has_more=page.has_more, next_cursor=page.next_cursor).to_dict()


@handles("webhooks-get")
def webhooks_get(call: Call) -> dict[str, Any]:
    return render.webhook(call.found(call.store.webhooks, "Webhook"), with_secret=False).to_dict()


@handles("webhooks-update")
def webhooks_update(call: Call) -> dict[str, Any]:
    record = call.found(call.store.webhooks, "Webhook")
    if "url" in call.body:
        record.url = call.body["url"]
    if "events" in call.body:
        record.events = list(call.body["events"])
    if "metadata" in call.body:
        record.metadata = dict(call.body["metadata"])
    record.updated_at = call.sim.now
    return render.webhook(record, with_secret=False).to_dict()


@handles("webhooks-delete")
def webhooks_delete(call: Call) -> dict[str, Any]:
    record = call.found(call.store.webhooks, "Webhook")
    del call.store.webhooks[record.id]
    return render.webhook(record, with_secret=False).to_dict()


@handles("webhooks-attempts-list")
def webhooks_attempts_list(call: Call) -> dict[str, Any]:
    webhook = call.found(call.store.webhooks, "Webhook")
    records = [a for a in reversed(call.store.attempts) if a.webhook_id == webhook.id]  # newest first, as documented
    event_type, successful = call.arg("eventType"), call.arg("successful")
    if event_type:
        records = [a for a in records if a.event_type == event_type]
    if successful is not None:
        records = [a for a in records if a.successful == (successful == "true")]
    page = call.page(records, lambda a: a.seq, descending=True)
    attempts = [render.attempt(a) for a in page.data]
    return ListWebhookAttemptsResponse(data=attempts, has_more=page.has_more, next_cursor=page.next_cursor).to_dict()
