from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_monitor_parameters import CreateMonitorParameters
from ...models.monitor import Monitor
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "monitors-create",
    "method": "POST",
    "path": "/v0/monitors",
    "tag": "Monitors",
    "supplement": False,
    "success_status": 201,
    "parameters": [],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/CreateMonitorParameters"}},
}


def _get_kwargs(
    *,
    body: CreateMonitorParameters,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Monitor | None:
    if response.status_code == 201:
        response_201 = Monitor.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: CreateMonitorParameters,
) -> Response[Monitor]:
    """Create a Monitor

     Creates a new `Monitor` to continuously keep your Websets updated with fresh data.

    Monitors automatically run on your defined schedule to ensure your Websets stay current without
    manual intervention:

    - **Find new content**: Execute `search` operations to discover fresh items matching your criteria
    - **Update existing content**: Run `refresh` operations to update items contents and enrichments
    - **Automated scheduling**: Configure `cron` expressions and `timezone` for precise scheduling
    control

    Args:
        body (CreateMonitorParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Monitor]
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
    body: CreateMonitorParameters,
) -> Monitor | None:
    """Create a Monitor

     Creates a new `Monitor` to continuously keep your Websets updated with fresh data.

    Monitors automatically run on your defined schedule to ensure your Websets stay current without
    manual intervention:

    - **Find new content**: Execute `search` operations to discover fresh items matching your criteria
    - **Update existing content**: Run `refresh` operations to update items contents and enrichments
    - **Automated scheduling**: Configure `cron` expressions and `timezone` for precise scheduling
    control

    Args:
        body (CreateMonitorParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Monitor
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateMonitorParameters,
) -> Response[Monitor]:
    """Create a Monitor

     Creates a new `Monitor` to continuously keep your Websets updated with fresh data.

    Monitors automatically run on your defined schedule to ensure your Websets stay current without
    manual intervention:

    - **Find new content**: Execute `search` operations to discover fresh items matching your criteria
    - **Update existing content**: Run `refresh` operations to update items contents and enrichments
    - **Automated scheduling**: Configure `cron` expressions and `timezone` for precise scheduling
    control

    Args:
        body (CreateMonitorParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Monitor]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateMonitorParameters,
) -> Monitor | None:
    """Create a Monitor

     Creates a new `Monitor` to continuously keep your Websets updated with fresh data.

    Monitors automatically run on your defined schedule to ensure your Websets stay current without
    manual intervention:

    - **Find new content**: Execute `search` operations to discover fresh items matching your criteria
    - **Update existing content**: Run `refresh` operations to update items contents and enrichments
    - **Automated scheduling**: Configure `cron` expressions and `timezone` for precise scheduling
    control

    Args:
        body (CreateMonitorParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Monitor
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> Monitor:
    """Parse the JSON of a 201 response."""
    response_201 = Monitor.from_dict(data)

    return response_201
