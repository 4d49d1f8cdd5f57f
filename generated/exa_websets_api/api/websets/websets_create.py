from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webset_parameters import CreateWebsetParameters
from ...models.webset import Webset
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-create",
    "method": "POST",
    "path": "/v0/websets",
    "tag": "Websets",
    "supplement": False,
    "success_status": 201,
    "parameters": [],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/CreateWebsetParameters"}},
}


def _get_kwargs(
    *,
    body: CreateWebsetParameters,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Webset | None:
    if response.status_code == 201:
        response_201 = Webset.from_dict(response.json())

        return response_201

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Webset]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebsetParameters,
) -> Response[Any | Webset]:
    """Create a Webset

     Creates a new Webset with optional search, import, and enrichment configurations. The Webset will
    automatically begin processing once created.

    You can specify an `externalId` to reference the Webset with your own identifiers for easier
    integration.

    Args:
        body (CreateWebsetParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Webset]
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
    body: CreateWebsetParameters,
) -> Any | Webset | None:
    """Create a Webset

     Creates a new Webset with optional search, import, and enrichment configurations. The Webset will
    automatically begin processing once created.

    You can specify an `externalId` to reference the Webset with your own identifiers for easier
    integration.

    Args:
        body (CreateWebsetParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Webset
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebsetParameters,
) -> Response[Any | Webset]:
    """Create a Webset

     Creates a new Webset with optional search, import, and enrichment configurations. The Webset will
    automatically begin processing once created.

    You can specify an `externalId` to reference the Webset with your own identifiers for easier
    integration.

    Args:
        body (CreateWebsetParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Webset]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWebsetParameters,
) -> Any | Webset | None:
    """Create a Webset

     Creates a new Webset with optional search, import, and enrichment configurations. The Webset will
    automatically begin processing once created.

    You can specify an `externalId` to reference the Webset with your own identifiers for easier
    integration.

    Args:
        body (CreateWebsetParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Webset
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> Webset:
    """Parse the JSON of a 201 response."""
    response_201 = Webset.from_dict(data)

    return response_201
