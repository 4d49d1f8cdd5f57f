from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_websets_response import ListWebsetsResponse
from ...types import UNSET, Response, Unset

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-list",
    "method": "GET",
    "path": "/v0/websets",
    "tag": "Websets",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "cursor", "in": "query", "required": False, "schema": {"minLength": 1, "type": "string"}},
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "schema": {"minimum": 1, "maximum": 100, "default": 25, "type": "number"},
        },
        {
            "name": "search",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "minLength": 2, "maxLength": 50},
        },
    ],
    "request_body": None,
}


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"],
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListWebsetsResponse | None:
    if response.status_code == 200:
        response_200 = ListWebsetsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListWebsetsResponse]:
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
    search: str | Unset = UNSET,
) -> Response[ListWebsetsResponse]:
    """List all Websets

     Returns a list of Websets.

    You can paginate through the results using the `cursor` parameter.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebsetsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        search=search,
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
    search: str | Unset = UNSET,
) -> ListWebsetsResponse | None:
    """List all Websets

     Returns a list of Websets.

    You can paginate through the results using the `cursor` parameter.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebsetsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    search: str | Unset = UNSET,
) -> Response[ListWebsetsResponse]:
    """List all Websets

     Returns a list of Websets.

    You can paginate through the results using the `cursor` parameter.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebsetsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    search: str | Unset = UNSET,
) -> ListWebsetsResponse | None:
    """List all Websets

     Returns a list of Websets.

    You can paginate through the results using the `cursor` parameter.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebsetsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            search=search,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> ListWebsetsResponse:
    """Parse the JSON of a 200 response."""
    response_200 = ListWebsetsResponse.from_dict(data)

    return response_200
