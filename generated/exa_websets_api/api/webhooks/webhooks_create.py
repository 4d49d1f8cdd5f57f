from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_parameters import CreateWebhookParameters
from ...models.webhook import Webhook
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "webhooks-create",
    "method": "POST",
    "path": "/v0/webhooks",
    "tag": "Webhooks",
    "supplement": False,
    "success_status": 200,
    "parameters": [],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/CreateWebhookParameters"}},
}


def _get_kwargs(
    *,
    body: CreateWebhookParameters,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"],
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Webhook | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Webhook]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookParameters,
) -> Response[Webhook]:
    """Create a Webhook

     Webhooks let you get notifications when things happen in your Websets. When you create a webhook,
    you choose which events you want to know about and where to send the notifications.

    When an event happens, Exa sends an HTTP POST request to your webhook URL with:
    - Event details (type, time, ID)
    - Full data of what triggered the event
    - A signature to verify the request came from Exa

    The webhook starts as `active` and begins getting notifications right away. You'll get a secret key
    for checking webhook signatures - save this safely as it's only shown once when you create the
    webhook.

    Args:
        body (CreateWebhookParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookParameters,
) -> Webhook | None:
    """Create a Webhook

     Webhooks let you get notifications when things happen in your Websets. When you create a webhook,
    you choose which events you want to know about and where to send the notifications.

    When an event happens, Exa sends an HTTP POST request to your webhook URL with:
    - Event details (type, time, ID)
    - Full data of what triggered the event
    - A signature to verify the request came from Exa

    The webhook starts as `active` and begins getting notifications right away. You'll get a secret key
    for checking webhook signatures - save this safely as it's only shown once when you create the
    webhook.

    Args:
        body (CreateWebhookParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookParameters,
) -> Response[Webhook]:
    """Create a Webhook

     Webhooks let you get notifications when things happen in your Websets. When you create a webhook,
    you choose which events you want to know about and where to send the notifications.

    When an event happens, Exa sends an HTTP POST request to your webhook URL with:
    - Event details (type, time, ID)
    - Full data of what triggered the event
    - A signature to verify the request came from Exa

    The webhook starts as `active` and begins getting notifications right away. You'll get a secret key
    for checking webhook signatures - save this safely as it's only shown once when you create the
    webhook.

    Args:
        body (CreateWebhookParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookParameters,
) -> Webhook | None:
    """Create a Webhook

     Webhooks let you get notifications when things happen in your Websets. When you create a webhook,
    you choose which events you want to know about and where to send the notifications.

    When an event happens, Exa sends an HTTP POST request to your webhook URL with:
    - Event details (type, time, ID)
    - Full data of what triggered the event
    - A signature to verify the request came from Exa

    The webhook starts as `active` and begins getting notifications right away. You'll get a secret key
    for checking webhook signatures - save this safely as it's only shown once when you create the
    webhook.

    Args:
        body (CreateWebhookParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> Webhook:
    """Parse the JSON of a 200 response."""
    response_200 = Webhook.from_dict(data)

    return response_200
