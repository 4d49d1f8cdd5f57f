from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.monitor import Monitor
from ...models.update_monitor import UpdateMonitor
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "monitors-update",
    "method": "PATCH",
    "path": "/v0/monitors/{id}",
    "tag": "Monitors",
    "supplement": False,
    "success_status": 200,
    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/UpdateMonitor"}},
}


def _get_kwargs(
    id: str,
    *,
    body: UpdateMonitor,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Monitor | None:
    if response.status_code == 200:
        response_200 = Monitor.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Monitor]:
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
    body: UpdateMonitor,
) -> Response[Monitor]:
    """Update Monitor

     Updates a monitor configuration.

    Args:
        id (str):
        body (UpdateMonitor):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Monitor]
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
    body: UpdateMonitor,
) -> Monitor | None:
    """Update Monitor

     Updates a monitor configuration.

    Args:
        id (str):
        body (UpdateMonitor):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Monitor
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
    body: UpdateMonitor,
) -> Response[Monitor]:
    """Update Monitor

     Updates a monitor configuration.

    Args:
        id (str):
        body (UpdateMonitor):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Monitor]
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
    body: UpdateMonitor,
) -> Monitor | None:
    """Update Monitor

     Updates a monitor configuration.

    Args:
        id (str):
        body (UpdateMonitor):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Monitor
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> Monitor:
    """Parse the JSON of a 200 response."""
    response_200 = Monitor.from_dict(data)

    return response_200
