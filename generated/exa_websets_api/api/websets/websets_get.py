from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_webset_response import GetWebsetResponse
from ...models.websets_get_expand_item import WebsetsGetExpandItem
from ...types import UNSET, Response, Unset

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-get",
    "method": "GET",
    "path": "/v0/websets/{id}",
    "tag": "Websets",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {
            "name": "expand",
            "in": "query",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string", "enum": ["items"]}},
        },
    ],
    "request_body": None,
}


def _get_kwargs(
    id: str,
    *,
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

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
) -> Any | GetWebsetResponse | None:
    if response.status_code == 200:
        response_200 = GetWebsetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetWebsetResponse]:
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
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> Response[Any | GetWebsetResponse]:
    """Get a Webset

    Args:
        id (str):
        expand (list[WebsetsGetExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWebsetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> Any | GetWebsetResponse | None:
    """Get a Webset

    Args:
        id (str):
        expand (list[WebsetsGetExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWebsetResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> Response[Any | GetWebsetResponse]:
    """Get a Webset

    Args:
        id (str):
        expand (list[WebsetsGetExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWebsetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    expand: list[WebsetsGetExpandItem] | Unset = UNSET,
) -> Any | GetWebsetResponse | None:
    """Get a Webset

    Args:
        id (str):
        expand (list[WebsetsGetExpandItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWebsetResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            expand=expand,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> GetWebsetResponse:
    """Parse the JSON of a 200 response."""
    response_200 = GetWebsetResponse.from_dict(data)

    return response_200
