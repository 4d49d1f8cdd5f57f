from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_webset_item_response import ListWebsetItemResponse
from ...types import UNSET, Response, Unset

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-items-list",
    "method": "GET",
    "path": "/v0/websets/{webset}/items",
    "tag": "Items",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "webset", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "cursor", "in": "query", "required": False, "schema": {"minLength": 1, "type": "string"}},
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "schema": {"minimum": 1, "maximum": 100, "default": 20, "type": "number"},
        },
        {"name": "sourceId", "in": "query", "required": False, "schema": {"type": "string"}},
    ],
    "request_body": None,
}


def _get_kwargs(
    webset: str,
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 20.0,
    source_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["sourceId"] = source_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            webset=quote(str(webset), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListWebsetItemResponse | None:
    if response.status_code == 200:
        response_200 = ListWebsetItemResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListWebsetItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webset: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 20.0,
    source_id: str | Unset = UNSET,
) -> Response[ListWebsetItemResponse]:
    """List all Items for a Webset

     Returns a list of Webset Items.

    You can paginate through the Items using the `cursor` parameter.

    Args:
        webset (str):
        cursor (str | Unset):
        limit (float | Unset):  Default: 20.0.
        source_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebsetItemResponse]
    """

    kwargs = _get_kwargs(
        webset=webset,
        cursor=cursor,
        limit=limit,
        source_id=source_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webset: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 20.0,
    source_id: str | Unset = UNSET,
) -> ListWebsetItemResponse | None:
    """List all Items for a Webset

     Returns a list of Webset Items.

    You can paginate through the Items using the `cursor` parameter.

    Args:
        webset (str):
        cursor (str | Unset):
        limit (float | Unset):  Default: 20.0.
        source_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebsetItemResponse
    """

    return sync_detailed(
        webset=webset,
        client=client,
        cursor=cursor,
        limit=limit,
        source_id=source_id,
    ).parsed


async def asyncio_detailed(
    webset: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 20.0,
    source_id: str | Unset = UNSET,
) -> Response[ListWebsetItemResponse]:
    """List all Items for a Webset

     Returns a list of Webset Items.

    You can paginate through the Items using the `cursor` parameter.

    Args:
        webset (str):
        cursor (str | Unset):
        limit (float | Unset):  Default: 20.0.
        source_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebsetItemResponse]
    """

    kwargs = _get_kwargs(
        webset=webset,
        cursor=cursor,
        limit=limit,
        source_id=source_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webset: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 20.0,
    source_id: str | Unset = UNSET,
) -> ListWebsetItemResponse | None:
    """List all Items for a Webset

     Returns a list of Webset Items.

    You can paginate through the Items using the `cursor` parameter.

    Args:
        webset (str):
        cursor (str | Unset):
        limit (float | Unset):  Default: 20.0.
        source_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebsetItemResponse
    """

    return (
        await asyncio_detailed(
            webset=webset,
            client=client,
            cursor=cursor,
            limit=limit,
            source_id=source_id,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> ListWebsetItemResponse:
    """Parse the JSON of a 200 response."""
    response_200 = ListWebsetItemResponse.from_dict(data)

    return response_200
