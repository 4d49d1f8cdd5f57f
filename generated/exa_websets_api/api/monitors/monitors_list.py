from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_monitors_response import ListMonitorsResponse
from ...types import UNSET, Response, Unset

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "monitors-list",
    "method": "GET",
    "path": "/v0/monitors",
    "tag": "Monitors",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "cursor", "in": "query", "required": False, "schema": {"minLength": 1, "type": "string"}},
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "schema": {"minimum": 1, "maximum": 200, "default": 25, "type": "number"},
        },
        {"name": "websetId", "in": "query", "required": False, "schema": {"type": "string"}},
    ],
    "request_body": None,
}


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    webset_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["websetId"] = webset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"],
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListMonitorsResponse | None:
    if response.status_code == 200:
        response_200 = ListMonitorsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListMonitorsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    webset_id: str | Unset = UNSET,
) -> Response[ListMonitorsResponse]:
    """List Monitors

     Lists all monitors for the Webset.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        webset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMonitorsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        webset_id=webset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    webset_id: str | Unset = UNSET,
) -> ListMonitorsResponse | None:
    """List Monitors

     Lists all monitors for the Webset.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        webset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMonitorsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        webset_id=webset_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    webset_id: str | Unset = UNSET,
) -> Response[ListMonitorsResponse]:
    """List Monitors

     Lists all monitors for the Webset.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        webset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMonitorsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        webset_id=webset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    webset_id: str | Unset = UNSET,
) -> ListMonitorsResponse | None:
    """List Monitors

     Lists all monitors for the Webset.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        webset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMonitorsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            webset_id=webset_id,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> ListMonitorsResponse:
    """Parse the JSON of a 200 response."""
    response_200 = ListMonitorsResponse.from_dict(data)

    return response_200
