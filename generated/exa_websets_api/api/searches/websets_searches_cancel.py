from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webset_search import WebsetSearch
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-searches-cancel",
    "method": "POST",
    "path": "/v0/websets/{webset}/searches/{id}/cancel",
    "tag": "Searches",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WebsetSearch | None:
    if response.status_code == 200:
        response_200 = WebsetSearch.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WebsetSearch]:
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
) -> Response[WebsetSearch]:
    """Cancel a running Search

     Cancels a currently running Search.

    You can cancel all searches at once by using the `websets/:webset/cancel` endpoint.

    Args:
        webset (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebsetSearch]
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
) -> WebsetSearch | None:
    """Cancel a running Search

     Cancels a currently running Search.

    You can cancel all searches at once by using the `websets/:webset/cancel` endpoint.

    Args:
        webset (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebsetSearch
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
) -> Response[WebsetSearch]:
    """Cancel a running Search

     Cancels a currently running Search.

    You can cancel all searches at once by using the `websets/:webset/cancel` endpoint.

    Args:
        webset (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebsetSearch]
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
) -> WebsetSearch | None:
    """Cancel a running Search

     Cancels a currently running Search.

    You can cancel all searches at once by using the `websets/:webset/cancel` endpoint.

    Args:
        webset (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebsetSearch
    """

    return (
        await asyncio_detailed(
            webset=webset,
            id=id,
            client=client,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> WebsetSearch:
    """Parse the JSON of a 200 response."""
    response_200 = WebsetSearch.from_dict(data)

    return response_200
