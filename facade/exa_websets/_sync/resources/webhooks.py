# Generated from facade/exa_websets/_async/resources/webhooks.py by scripts/unasync.py. Edit that file, not this one.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..._core.operation import Endpoint, ListEndpoint, operation
from ..._core.request import RequestOptions
from ..._policy.retry import Safety
from ...paging import Page
from ...paging._sync import Paginator
from ._base import Resource

if TYPE_CHECKING:
    from exa_websets_api.models import EventType, Webhook, WebhookAttempt
    from typing_extensions import Unpack

    Events = Sequence[EventType | str]

CREATE: Endpoint[Webhook] = Endpoint("api.webhooks.webhooks_create")
LIST: ListEndpoint[Webhook] = ListEndpoint("api.webhooks.webhooks_list", "models:Webhook.from_dict")
GET: Endpoint[Webhook] = Endpoint("api.webhooks.webhooks_get")
UPDATE: Endpoint[Webhook] = Endpoint("api.webhooks.webhooks_update")
DELETE: Endpoint[Webhook] = Endpoint("api.webhooks.webhooks_delete")
ATTEMPTS_LIST: ListEndpoint[WebhookAttempt] = ListEndpoint(
    "api.webhooks_attempts.webhooks_attempts_list", "models:WebhookAttempt.from_dict"
)


class WebhookAttempts(Resource):
    @operation("webhooks-attempts-list")
    def list(
        self,
        webhook_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        event_type: EventType | str | None = None,
        successful: bool | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Page[WebhookAttempt]:
        path = {"id": ("webhook_id", webhook_id)}
        filters = {"event_type": event_type, "successful": successful}
        listing = self._listing(ATTEMPTS_LIST, request_options, filters, path=path)
        return listing.page(cursor, limit)

    @operation("webhooks-attempts-list")
    def list_all(
        self,
        webhook_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        event_type: EventType | str | None = None,
        successful: bool | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Paginator[WebhookAttempt]:
        """Every delivery attempt of a webhook, lazily, page by page."""
        path = {"id": ("webhook_id", webhook_id)}
        filters = {"event_type": event_type, "successful": successful}
        listing = self._listing(ATTEMPTS_LIST, request_options, filters, path=path)
        return listing.all(cursor, limit)


class Webhooks(Resource):
    attempts: WebhookAttempts

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.attempts = WebhookAttempts(client)

    @operation("webhooks-create")
    def create(
        self,
        *,
        url: str,
        events: Events,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Webhook:
        """Subscribe ``url`` to ``events``. The returned ``secret`` is shown only here: store it to verify
        deliveries with ``exa_websets.verify_webhook``."""
        body = {"url": url, "events": events, "metadata": metadata}
        return self._client._call(CREATE, body=body, options=request_options, safety=Safety.ONLY_IF_NOT_PROCESSED)

    @operation("webhooks-list")
    def list(
        self, *, cursor: str | None = None, limit: int | None = None, **request_options: Unpack[RequestOptions]
    ) -> Page[Webhook]:
        return self._listing(LIST, request_options).page(cursor, limit)

    @operation("webhooks-list")
    def list_all(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Paginator[Webhook]:
        """Every webhook, lazily, page by page."""
        return self._listing(LIST, request_options).all(cursor, limit)

    @operation("webhooks-get")
    def get(self, webhook_id: str, **request_options: Unpack[RequestOptions]) -> Webhook:
        return self._client._call(GET, path={"id": ("webhook_id", webhook_id)}, options=request_options)

    @operation("webhooks-update")
    def update(
        self,
        webhook_id: str,
        *,
        url: str | None = None,
        events: Events | None = None,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Webhook:
        body = {"url": url, "events": events, "metadata": metadata}
        return self._client._call(UPDATE, path={"id": ("webhook_id", webhook_id)}, body=body, options=request_options)

    @operation("webhooks-delete")
    def delete(self, webhook_id: str, **request_options: Unpack[RequestOptions]) -> Webhook:
        return self._client._call(DELETE, path={"id": ("webhook_id", webhook_id)}, options=request_options)
