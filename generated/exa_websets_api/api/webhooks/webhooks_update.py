from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_webhook_parameters import UpdateWebhookParameters
from ...models.webhook import Webhook
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "webhooks-update",
    "method": "PATCH",
    "path": "/v0/webhooks/{id}",
    "tag": "Webhooks",
    "supplement": False,
    "success_status": 200,
    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/UpdateWebhookParameters"}},
}


def _get_kwargs(
    id: str,
    *,
    body: UpdateWebhookParameters,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Webhook | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookParameters,
) -> Response[Any | Webhook]:
    """Update a Webhook

     Change a webhook's settings. You can update:
    - Events: Add or remove which events you want to hear about - URL: Change where notifications are
    sent - Metadata: Update custom data linked to the webhook

    Changes happen right away. If you change the events list, the webhook will start or stop getting
    notifications for those events immediately.

    The webhook keeps its current status (`active` or `inactive`) when you update it.

    Args:
        id (str):
        body (UpdateWebhookParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Webhook]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookParameters,
) -> Any | Webhook | None:
    """Update a Webhook

     Change a webhook's settings. You can update:
    - Events: Add or remove which events you want to hear about - URL: Change where notifications are
    sent - Metadata: Update custom data linked to the webhook

    Changes happen right away. If you change the events list, the webhook will start or stop getting
    notifications for those events immediately.

    The webhook keeps its current status (`active` or `inactive`) when you update it.

    Args:
        id (str):
        body (UpdateWebhookParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Webhook
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookParameters,
) -> Response[Any | Webhook]:
    """Update a Webhook

     Change a webhook's settings. You can update:
    - Events: Add or remove which events you want to hear about - URL: Change where notifications are
    sent - Metadata: Update custom data linked to the webhook

    Changes happen right away. If you change the events list, the webhook will start or stop getting
    notifications for those events immediately.

    The webhook keeps its current status (`active` or `inactive`) when you update it.

    Args:
        id (str):
        body (UpdateWebhookParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Webhook]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookParameters,
) -> Any | Webhook | None:
    """Update a Webhook

     Change a webhook's settings. You can update:
    - Events: Add or remove which events you want to hear about - URL: Change where notifications are
    sent - Metadata: Update custom data linked to the webhook

    Changes happen right away. If you change the events list, the webhook will start or stop getting
    notifications for those events immediately.

    The webhook keeps its current status (`active` or `inactive`) when you update it.

    Args:
        id (str):
        body (UpdateWebhookParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Webhook
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> Webhook:
    """Parse the JSON of a 200 response."""
    response_200 = Webhook.from_dict(data)

    return response_200
