from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preview_webset_parameters import PreviewWebsetParameters
from ...models.preview_webset_response import PreviewWebsetResponse
from ...types import UNSET, Response, Unset

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-preview",
    "method": "POST",
    "path": "/v0/websets/preview",
    "tag": "Websets Preview",
    "supplement": False,
    "success_status": 200,
    "parameters": [{"name": "search", "in": "query", "required": False, "schema": {"type": "boolean"}}],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/PreviewWebsetParameters"}},
}


def _get_kwargs(
    *,
    body: PreviewWebsetParameters,
    search: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"],
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PreviewWebsetResponse | None:
    if response.status_code == 200:
        response_200 = PreviewWebsetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PreviewWebsetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewWebsetParameters,
    search: bool | Unset = UNSET,
) -> Response[Any | PreviewWebsetResponse]:
    """Preview a webset

     Preview how a search query will be decomposed before creating a webset. This endpoint performs the
    same query analysis that happens during webset creation, allowing you to see the detected entity
    type, generated search criteria, and available enrichment columns in advance.

    Use this to help users understand how their search will be interpreted before committing to a full
    webset creation.

    Args:
        search (bool | Unset):
        body (PreviewWebsetParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PreviewWebsetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PreviewWebsetParameters,
    search: bool | Unset = UNSET,
) -> Any | PreviewWebsetResponse | None:
    """Preview a webset

     Preview how a search query will be decomposed before creating a webset. This endpoint performs the
    same query analysis that happens during webset creation, allowing you to see the detected entity
    type, generated search criteria, and available enrichment columns in advance.

    Use this to help users understand how their search will be interpreted before committing to a full
    webset creation.

    Args:
        search (bool | Unset):
        body (PreviewWebsetParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PreviewWebsetResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewWebsetParameters,
    search: bool | Unset = UNSET,
) -> Response[Any | PreviewWebsetResponse]:
    """Preview a webset

     Preview how a search query will be decomposed before creating a webset. This endpoint performs the
    same query analysis that happens during webset creation, allowing you to see the detected entity
    type, generated search criteria, and available enrichment columns in advance.

    Use this to help users understand how their search will be interpreted before committing to a full
    webset creation.

    Args:
        search (bool | Unset):
        body (PreviewWebsetParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PreviewWebsetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewWebsetParameters,
    search: bool | Unset = UNSET,
) -> Any | PreviewWebsetResponse | None:
    """Preview a webset

     Preview how a search query will be decomposed before creating a webset. This endpoint performs the
    same query analysis that happens during webset creation, allowing you to see the detected entity
    type, generated search criteria, and available enrichment columns in advance.

    Use this to help users understand how their search will be interpreted before committing to a full
    webset creation.

    Args:
        search (bool | Unset):
        body (PreviewWebsetParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PreviewWebsetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            search=search,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> PreviewWebsetResponse:
    """Parse the JSON of a 200 response."""
    response_200 = PreviewWebsetResponse.from_dict(data)

    return response_200
