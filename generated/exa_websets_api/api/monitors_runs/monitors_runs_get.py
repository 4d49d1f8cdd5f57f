from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.monitor_run import MonitorRun
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "monitors-runs-get",
    "method": "GET",
    "path": "/v0/monitors/{monitor}/runs/{id}",
    "tag": "Monitors Runs",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "monitor", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
    ],
    "request_body": None,
}


def _get_kwargs(
    monitor: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            monitor=quote(str(monitor), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MonitorRun | None:
    if response.status_code == 200:
        response_200 = MonitorRun.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MonitorRun]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[MonitorRun]:
    """Get Monitor Run

     Gets a specific monitor run.

    Args:
        monitor (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonitorRun]
    """

    kwargs = _get_kwargs(
        monitor=monitor,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> MonitorRun | None:
    """Get Monitor Run

     Gets a specific monitor run.

    Args:
        monitor (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonitorRun
    """

    return sync_detailed(
        monitor=monitor,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    monitor: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[MonitorRun]:
    """Get Monitor Run

     Gets a specific monitor run.

    Args:
        monitor (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonitorRun]
    """

    kwargs = _get_kwargs(
        monitor=monitor,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> MonitorRun | None:
    """Get Monitor Run

     Gets a specific monitor run.

    Args:
        monitor (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonitorRun
    """

    return (
        await asyncio_detailed(
            monitor=monitor,
            id=id,
            client=client,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> MonitorRun:
    """Parse the JSON of a 200 response."""
    response_200 = MonitorRun.from_dict(data)

    return response_200
