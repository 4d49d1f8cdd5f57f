from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_enrichment_parameters import UpdateEnrichmentParameters
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "websets-enrichments-update",
    "method": "PATCH",
    "path": "/v0/websets/{webset}/enrichments/{id}",
    "tag": "Enrichments",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "webset", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
    ],
    "request_body": {"required": True, "schema": {"$ref": "#/components/schemas/UpdateEnrichmentParameters"}},
}


def _get_kwargs(
    webset: str,
    id: str,
    *,
    body: UpdateEnrichmentParameters,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            webset=quote(str(webset), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: UpdateEnrichmentParameters,
) -> Response[Any]:
    """Update an Enrichment

     Update an Enrichment configuration for a Webset.

    Args:
        webset (str):
        id (str):
        body (UpdateEnrichmentParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        webset=webset,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    webset: str,
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnrichmentParameters,
) -> Response[Any]:
    """Update an Enrichment

     Update an Enrichment configuration for a Webset.

    Args:
        webset (str):
        id (str):
        body (UpdateEnrichmentParameters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        webset=webset,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


build_request = _get_kwargs


def parse_success(data: Any) -> None:
    """Parse the JSON of a 200 response (the spec declares no body)."""
    return None
