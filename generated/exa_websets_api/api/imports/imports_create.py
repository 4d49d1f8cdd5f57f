from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_import_parameters import CreateImportParameters
from ...models.create_import_response import CreateImportResponse
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "imports-create",
    "method": "POST",
    "path": "/v0/imports",
    "tag": "Imports",
    "supplement": False,
    "success_status": 201,
    "parameters": [],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/CreateImportParameters"}},
}


def _get_kwargs(
    *,
    body: CreateImportParameters,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateImportResponse | None:
    if response.status_code == 201:
        response_201 = CreateImportResponse.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateImportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateImportParameters,
) -> Response[CreateImportResponse]:
    """Create an Import

     Creates a new import to upload your data into Websets. Imports can be used to:

    - **Enrich**: Enhance your data with additional information using our AI-powered enrichment engine
    - **Search**: Query your data using Websets' agentic search with natural language filters
    - **Exclude**: Prevent duplicate or already known results from appearing in your searches

    Once the import is created, you can upload your data to the returned `uploadUrl` until
    `uploadValidUntil` (by default 1 hour).

    Args:
        body (CreateImportParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateImportResponse]
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
    body: CreateImportParameters,
) -> CreateImportResponse | None:
    """Create an Import

     Creates a new import to upload your data into Websets. Imports can be used to:

    - **Enrich**: Enhance your data with additional information using our AI-powered enrichment engine
    - **Search**: Query your data using Websets' agentic search with natural language filters
    - **Exclude**: Prevent duplicate or already known results from appearing in your searches

    Once the import is created, you can upload your data to the returned `uploadUrl` until
    `uploadValidUntil` (by default 1 hour).

    Args:
        body (CreateImportParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateImportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateImportParameters,
) -> Response[CreateImportResponse]:
    """Create an Import

     Creates a new import to upload your data into Websets. Imports can be used to:

    - **Enrich**: Enhance your data with additional information using our AI-powered enrichment engine
    - **Search**: Query your data using Websets' agentic search with natural language filters
    - **Exclude**: Prevent duplicate or already known results from appearing in your searches

    Once the import is created, you can upload your data to the returned `uploadUrl` until
    `uploadValidUntil` (by default 1 hour).

    Args:
        body (CreateImportParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateImportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateImportParameters,
) -> CreateImportResponse | None:
    """Create an Import

     Creates a new import to upload your data into Websets. Imports can be used to:

    - **Enrich**: Enhance your data with additional information using our AI-powered enrichment engine
    - **Search**: Query your data using Websets' agentic search with natural language filters
    - **Exclude**: Prevent duplicate or already known results from appearing in your searches

    Once the import is created, you can upload your data to the returned `uploadUrl` until
    `uploadValidUntil` (by default 1 hour).

    Args:
        body (CreateImportParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateImportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> CreateImportResponse:
    """Parse the JSON of a 201 response."""
    response_201 = CreateImportResponse.from_dict(data)

    return response_201
