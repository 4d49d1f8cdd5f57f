from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_monitor_runs_response import ListMonitorRunsResponse
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "monitors-runs-list",
    "method": "GET",
    "path": "/v0/monitors/{monitor}/runs",
    "tag": "Monitors Runs",
    "supplement": False,
    "success_status": 200,
    "parameters": [{"name": "monitor", "in": "path", "required": True, "schema": {"type": "string"}}],
    "request_body": None,
}


def _get_kwargs(
    monitor: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            monitor=quote(str(monitor), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListMonitorRunsResponse | None:
    if response.status_code == 200:
        response_200 = ListMonitorRunsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListMonitorRunsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor: str,
    *,
    client: AuthenticatedClient,
) -> Response[ListMonitorRunsResponse]:
    """List Monitor Runs

     Lists all runs for the Monitor.

    Args:
        monitor (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMonitorRunsResponse]
    """

    kwargs = _get_kwargs(
        monitor=monitor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor: str,
    *,
    client: AuthenticatedClient,
) -> ListMonitorRunsResponse | None:
    """List Monitor Runs

     Lists all runs for the Monitor.

    Args:
        monitor (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMonitorRunsResponse
    """

    return sync_detailed(
        monitor=monitor,
        client=client,
    ).parsed


async def asyncio_detailed(
    monitor: str,
    *,
    client: AuthenticatedClient,
) -> Response[ListMonitorRunsResponse]:
    """List Monitor Runs

     Lists all runs for the Monitor.

    Args:
        monitor (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMonitorRunsResponse]
    """

    kwargs = _get_kwargs(
        monitor=monitor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor: str,
    *,
    client: AuthenticatedClient,
) -> ListMonitorRunsResponse | None:
    """List Monitor Runs

     Lists all runs for the Monitor.

    Args:
        monitor (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMonitorRunsResponse
    """

    return (
        await asyncio_detailed(
            monitor=monitor,
            client=client,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> ListMonitorRunsResponse:
    """Parse the JSON of a 200 response."""
    response_200 = ListMonitorRunsResponse.from_dict(data)

    return response_200
