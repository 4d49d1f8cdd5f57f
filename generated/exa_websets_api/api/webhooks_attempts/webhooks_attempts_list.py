from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_webhook_attempts_response import ListWebhookAttemptsResponse
from ...models.webhooks_attempts_list_event_type import WebhooksAttemptsListEventType
from ...types import UNSET, Response, Unset

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "webhooks-attempts-list",
    "method": "GET",
    "path": "/v0/webhooks/{id}/attempts",
    "tag": "Webhooks Attempts",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "cursor", "in": "query", "required": False, "schema": {"minLength": 1, "type": "string"}},
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "schema": {"minimum": 1, "maximum": 200, "default": 25, "type": "number"},
        },
        {
            "name": "eventType",
            "in": "query",
            "required": False,
            "schema": {
                "type": "string",
                "enum": [
                    "webset.created",
                    "webset.deleted",
                    "webset.paused",
                    "webset.idle",
                    "webset.search.created",
                    "webset.search.canceled",
                    "webset.search.completed",
                    "webset.search.updated",
                    "import.created",
                    "import.completed",
                    "webset.item.created",
                    "webset.item.enriched",
                    "monitor.created",
                    "monitor.updated",
                    "monitor.deleted",
                    "monitor.run.created",
                    "monitor.run.completed",
                    "webset.export.created",
                    "webset.export.completed",
                ],
            },
        },
        {"name": "successful", "in": "query", "required": False, "schema": {"type": "boolean"}},
    ],
    "request_body": None,
}


def _get_kwargs(
    id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_event_type: str | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = event_type.value

    params["eventType"] = json_event_type

    params["successful"] = successful

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListWebhookAttemptsResponse | None:
    if response.status_code == 200:
        response_200 = ListWebhookAttemptsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListWebhookAttemptsResponse]:
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
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> Response[ListWebhookAttemptsResponse]:
    """List webhook attempts

     List all attempts made by a Webhook ordered in descending order.

    Args:
        id (str):
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        event_type (WebhooksAttemptsListEventType | Unset):
        successful (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhookAttemptsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        successful=successful,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> ListWebhookAttemptsResponse | None:
    """List webhook attempts

     List all attempts made by a Webhook ordered in descending order.

    Args:
        id (str):
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        event_type (WebhooksAttemptsListEventType | Unset):
        successful (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhookAttemptsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        successful=successful,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> Response[ListWebhookAttemptsResponse]:
    """List webhook attempts

     List all attempts made by a Webhook ordered in descending order.

    Args:
        id (str):
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        event_type (WebhooksAttemptsListEventType | Unset):
        successful (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhookAttemptsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        limit=limit,
        event_type=event_type,
        successful=successful,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    event_type: WebhooksAttemptsListEventType | Unset = UNSET,
    successful: bool | Unset = UNSET,
) -> ListWebhookAttemptsResponse | None:
    """List webhook attempts

     List all attempts made by a Webhook ordered in descending order.

    Args:
        id (str):
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        event_type (WebhooksAttemptsListEventType | Unset):
        successful (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhookAttemptsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            cursor=cursor,
            limit=limit,
            event_type=event_type,
            successful=successful,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> ListWebhookAttemptsResponse:
    """Parse the JSON of a 200 response."""
    response_200 = ListWebhookAttemptsResponse.from_dict(data)

    return response_200
