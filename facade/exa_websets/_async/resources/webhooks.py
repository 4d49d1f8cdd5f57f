from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..._core.operation import Endpoint, ListEndpoint, operation
from ..._core.request import RequestOptions
from ..._policy.retry import Safety
from ...paging import Page
from ...paging._async import AsyncPaginator
from ._base import AsyncResource

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


class AsyncWebhookAttempts(AsyncResource):
    @operation("webhooks-attempts-list")
    async def list(
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
        return await listing.page(cursor, limit)

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
    ) -> AsyncPaginator[WebhookAttempt]:
        """Every delivery attempt of a webhook, lazily, page by page."""
        path = {"id": ("webhook_id", webhook_id)}
        filters = {"event_type": event_type, "successful": successful}
        listing = self._listing(ATTEMPTS_LIST, request_options, filters, path=path)
        return listing.all(cursor, limit)


class AsyncWebhooks(AsyncResource):
    attempts: AsyncWebhookAttempts

    def __init__(self, client: Any) -> None:
        super().__init__(client)
        self.attempts = AsyncWebhookAttempts(client)

    @operation("webhooks-create")
    async def create(
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
        return await self._client._call(CREATE, body=body, options=request_options, safety=Safety.ONLY_IF_NOT_PROCESSED)

    @operation("webhooks-list")
    async def list(
        self, *, cursor: str | None = None, limit: int | None = None, **request_options: Unpack[RequestOptions]
    ) -> Page[Webhook]:
        return await self._listing(LIST, request_options).page(cursor, limit)

    @operation("webhooks-list")
    def list_all(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Webhook]:
        """Every webhook, lazily, page by page."""
        return self._listing(LIST, request_options).all(cursor, limit)

    @operation("webhooks-get")
    async def get(self, webhook_id: str, **request_options: Unpack[RequestOptions]) -> Webhook:
        return await self._client._call(GET, path={"id": ("webhook_id", webhook_id)}, options=request_options)

    @operation("webhooks-update")
    async def update(
        self,
        webhook_id: str,
        *,
        url: str | None = None,
        events: Events | None = None,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Webhook:
        body = {"url": url, "events": events, "metadata": metadata}
        return await self._client._call(
            UPDATE, path={"id": ("webhook_id", webhook_id)}, body=body, options=request_options
        )

    @operation("webhooks-delete")
    async def delete(self, webhook_id: str, **request_options: Unpack[RequestOptions]) -> Webhook:
        return await self._client._call(DELETE, path={"id": ("webhook_id", webhook_id)}, options=request_options)
