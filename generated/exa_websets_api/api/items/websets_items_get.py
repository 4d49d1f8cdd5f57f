from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webset_item import WebsetItem
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-items-get",
    "method": "GET",
    "path": "/v0/websets/{webset}/items/{id}",
    "tag": "Items",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "webset", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
    ],
    "request_body": None,
}


def _get_kwargs(
    webset: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            webset=quote(str(webset), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WebsetItem | None:
    if response.status_code == 200:
        response_200 = WebsetItem.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WebsetItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[WebsetItem]:
    """Get an Item

     Returns a Webset Item.

    Args:
        webset (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebsetItem]
    """

    kwargs = _get_kwargs(
        webset=webset,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> WebsetItem | None:
    """Get an Item

     Returns a Webset Item.

    Args:
        webset (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebsetItem
    """

    return sync_detailed(
        webset=webset,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[WebsetItem]:
    """Get an Item

     Returns a Webset Item.

    Args:
        webset (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebsetItem]
    """

    kwargs = _get_kwargs(
        webset=webset,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> WebsetItem | None:
    """Get an Item

     Returns a Webset Item.

    Args:
        webset (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebsetItem
    """

    return (
        await asyncio_detailed(
            webset=webset,
            id=id,
            client=client,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> WebsetItem:
    """Parse the JSON of a 200 response."""
    response_200 = WebsetItem.from_dict(data)

    return response_200
