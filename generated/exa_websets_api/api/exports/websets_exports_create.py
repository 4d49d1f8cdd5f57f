from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_export_parameters import CreateExportParameters
from ...models.export import Export
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-exports-create",
    "method": "POST",
    "path": "/v0/websets/{webset}/exports",
    "tag": "Exports",
    "supplement": True,
    "success_status": 200,
    "parameters": [{"name": "webset", "in": "path", "required": True, "schema": {"type": "string"}}],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/CreateExportParameters"}},
}


def _get_kwargs(
    webset: str,
    *,
    body: CreateExportParameters,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            webset=quote(str(webset), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Export | None:
    if response.status_code == 200:
        response_200 = Export.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Export]:
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
    body: CreateExportParameters,
) -> Response[Export]:
    """Schedule an export

     Generates a downloadable file of all items (CSV or JSON). Poll until `completed`, then download.

    Args:
        webset (str):
        body (CreateExportParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Export]
    """

    kwargs = _get_kwargs(
        webset=webset,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webset: str,
    *,
    client: AuthenticatedClient,
    body: CreateExportParameters,
) -> Export | None:
    """Schedule an export

     Generates a downloadable file of all items (CSV or JSON). Poll until `completed`, then download.

    Args:
        webset (str):
        body (CreateExportParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Export
    """

    return sync_detailed(
        webset=webset,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    webset: str,
    *,
    client: AuthenticatedClient,
    body: CreateExportParameters,
) -> Response[Export]:
    """Schedule an export

     Generates a downloadable file of all items (CSV or JSON). Poll until `completed`, then download.

    Args:
        webset (str):
        body (CreateExportParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Export]
    """

    kwargs = _get_kwargs(
        webset=webset,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webset: str,
    *,
    client: AuthenticatedClient,
    body: CreateExportParameters,
) -> Export | None:
    """Schedule an export

     Generates a downloadable file of all items (CSV or JSON). Poll until `completed`, then download.

    Args:
        webset (str):
        body (CreateExportParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Export
    """

    return (
        await asyncio_detailed(
            webset=webset,
            client=client,
            body=body,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> Export:
    """Parse the JSON of a 200 response."""
    response_200 = Export.from_dict(data)

    return response_200
