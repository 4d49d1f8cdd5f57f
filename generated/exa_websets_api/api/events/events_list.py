import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_list_types_item import EventsListTypesItem
from ...models.list_events_response import ListEventsResponse
from ...types import UNSET, Response, Unset

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "events-list",
    "method": "GET",
    "path": "/v0/events",
    "tag": "Events",
    "supplement": False,
    "success_status": 200,
    "parameters": [
        {"name": "cursor", "in": "query", "required": False, "schema": {"minLength": 1, "type": "string"}},
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "schema": {"minimum": 1, "maximum": 200, "default": 25, "type": "number"},
        },
        {
            "name": "types",
            "in": "query",
            "required": False,
            "schema": {
                "type": "array",
                "items": {
                    "type": "string",
                    "enum": [
                        "webset.created",
                        "webset.deleted",
                        "webset.paused",
                        "webset.idle",
                        "webset.search.created",
                        "webset.search.canceled",
                        "webset.search.completed",
                        "webset.search.updated",
                        "import.created",
                        "import.completed",
                        "webset.item.created",
                        "webset.item.enriched",
                        "monitor.created",
                        "monitor.updated",
                        "monitor.deleted",
                        "monitor.run.created",
                        "monitor.run.completed",
                        "webset.export.created",
                        "webset.export.completed",
                    ],
                },
            },
        },
        {
            "name": "createdBefore",
            "in": "query",
            "required": False,
            "schema": {"format": "date-time", "type": "string"},
        },
        {"name": "createdAfter", "in": "query", "required": False, "schema": {"format": "date-time", "type": "string"}},
    ],
    "request_body": None,
}


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"],
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListEventsResponse | None:
    if response.status_code == 200:
        response_200 = ListEventsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListEventsResponse]:
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
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[ListEventsResponse]:
    """List all Events

     List all events that have occurred in the system.

    You can paginate through the results using the `cursor` parameter.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        types (list[EventsListTypesItem] | Unset):
        created_before (datetime.datetime | Unset):
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListEventsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        types=types,
        created_before=created_before,
        created_after=created_after,
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
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> ListEventsResponse | None:
    """List all Events

     List all events that have occurred in the system.

    You can paginate through the results using the `cursor` parameter.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        types (list[EventsListTypesItem] | Unset):
        created_before (datetime.datetime | Unset):
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEventsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        types=types,
        created_before=created_before,
        created_after=created_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> Response[ListEventsResponse]:
    """List all Events

     List all events that have occurred in the system.

    You can paginate through the results using the `cursor` parameter.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        types (list[EventsListTypesItem] | Unset):
        created_before (datetime.datetime | Unset):
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListEventsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        types=types,
        created_before=created_before,
        created_after=created_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 25.0,
    types: list[EventsListTypesItem] | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> ListEventsResponse | None:
    """List all Events

     List all events that have occurred in the system.

    You can paginate through the results using the `cursor` parameter.

    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 25.0.
        types (list[EventsListTypesItem] | Unset):
        created_before (datetime.datetime | Unset):
        created_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            types=types,
            created_before=created_before,
            created_after=created_after,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(data: Any) -> ListEventsResponse:
    """Parse the JSON of a 200 response."""
    response_200 = ListEventsResponse.from_dict(data)

    return response_200
