from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_completed_event import ImportCompletedEvent
from ...models.import_created_event import ImportCreatedEvent
from ...models.monitor_created_event import MonitorCreatedEvent
from ...models.monitor_deleted_event import MonitorDeletedEvent
from ...models.monitor_run_completed_event import MonitorRunCompletedEvent
from ...models.monitor_run_created_event import MonitorRunCreatedEvent
from ...models.monitor_updated_event import MonitorUpdatedEvent
from ...models.unknown_event import UnknownEvent
from ...models.webset_created_event import WebsetCreatedEvent
from ...models.webset_deleted_event import WebsetDeletedEvent
from ...models.webset_idle_event import WebsetIdleEvent
from ...models.webset_item_created_event import WebsetItemCreatedEvent
from ...models.webset_item_enriched_event import WebsetItemEnrichedEvent
from ...models.webset_paused_event import WebsetPausedEvent
from ...models.webset_search_canceled_event import WebsetSearchCanceledEvent
from ...models.webset_search_completed_event import WebsetSearchCompletedEvent
from ...models.webset_search_created_event import WebsetSearchCreatedEvent
from ...models.webset_search_updated_event import WebsetSearchUpdatedEvent
from ...types import Response

# This operation as the pinned spec describes it: the one description read by this module's request builder, by the
# exa_websets facade (validation and encoding) and by its fake (routes and status codes).
OPERATION: dict[str, Any] = {
    "id": "events-get",
    "method": "GET",
    "path": "/v0/events/{id}",
    "tag": "Events",
    "supplement": False,
    "success_status": 200,
    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
    "request_body": None,
}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": OPERATION["method"],
        "url": OPERATION["path"].format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ImportCompletedEvent
    | ImportCreatedEvent
    | MonitorCreatedEvent
    | MonitorDeletedEvent
    | MonitorRunCompletedEvent
    | MonitorRunCreatedEvent
    | MonitorUpdatedEvent
    | UnknownEvent
    | WebsetCreatedEvent
    | WebsetDeletedEvent
    | WebsetIdleEvent
    | WebsetItemCreatedEvent
    | WebsetItemEnrichedEvent
    | WebsetPausedEvent
    | WebsetSearchCanceledEvent
    | WebsetSearchCompletedEvent
    | WebsetSearchCreatedEvent
    | WebsetSearchUpdatedEvent
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ImportCompletedEvent
            | ImportCreatedEvent
            | MonitorCreatedEvent
            | MonitorDeletedEvent
            | MonitorRunCompletedEvent
            | MonitorRunCreatedEvent
            | MonitorUpdatedEvent
            | UnknownEvent
            | WebsetCreatedEvent
            | WebsetDeletedEvent
            | WebsetIdleEvent
            | WebsetItemCreatedEvent
            | WebsetItemEnrichedEvent
            | WebsetPausedEvent
            | WebsetSearchCanceledEvent
            | WebsetSearchCompletedEvent
            | WebsetSearchCreatedEvent
            | WebsetSearchUpdatedEvent
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected an object, got {type(data).__name__}")
            discriminator = data.get("type")
            if discriminator == "webset.created":
                return WebsetCreatedEvent.from_dict(data)
            if discriminator == "webset.deleted":
                return WebsetDeletedEvent.from_dict(data)
            if discriminator == "webset.idle":
                return WebsetIdleEvent.from_dict(data)
            if discriminator == "webset.paused":
                return WebsetPausedEvent.from_dict(data)
            if discriminator == "webset.item.created":
                return WebsetItemCreatedEvent.from_dict(data)
            if discriminator == "webset.item.enriched":
                return WebsetItemEnrichedEvent.from_dict(data)
            if discriminator == "webset.search.created":
                return WebsetSearchCreatedEvent.from_dict(data)
            if discriminator == "webset.search.updated":
                return WebsetSearchUpdatedEvent.from_dict(data)
            if discriminator == "webset.search.canceled":
                return WebsetSearchCanceledEvent.from_dict(data)
            if discriminator == "webset.search.completed":
                return WebsetSearchCompletedEvent.from_dict(data)
            if discriminator == "import.created":
                return ImportCreatedEvent.from_dict(data)
            if discriminator == "import.completed":
                return ImportCompletedEvent.from_dict(data)
            if discriminator == "monitor.created":
                return MonitorCreatedEvent.from_dict(data)
            if discriminator == "monitor.updated":
                return MonitorUpdatedEvent.from_dict(data)
            if discriminator == "monitor.deleted":
                return MonitorDeletedEvent.from_dict(data)
            if discriminator == "monitor.run.created":
                return MonitorRunCreatedEvent.from_dict(data)
            if discriminator == "monitor.run.completed":
                return MonitorRunCompletedEvent.from_dict(data)
            return UnknownEvent.from_dict(data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    Any
    | ImportCompletedEvent
    | ImportCreatedEvent
    | MonitorCreatedEvent
    | MonitorDeletedEvent
    | MonitorRunCompletedEvent
    | MonitorRunCreatedEvent
    | MonitorUpdatedEvent
    | UnknownEvent
    | WebsetCreatedEvent
    | WebsetDeletedEvent
    | WebsetIdleEvent
    | WebsetItemCreatedEvent
    | WebsetItemEnrichedEvent
    | WebsetPausedEvent
    | WebsetSearchCanceledEvent
    | WebsetSearchCompletedEvent
    | WebsetSearchCreatedEvent
    | WebsetSearchUpdatedEvent
]:
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
) -> Response[
    Any
    | ImportCompletedEvent
    | ImportCreatedEvent
    | MonitorCreatedEvent
    | MonitorDeletedEvent
    | MonitorRunCompletedEvent
    | MonitorRunCreatedEvent
    | MonitorUpdatedEvent
    | UnknownEvent
    | WebsetCreatedEvent
    | WebsetDeletedEvent
    | WebsetIdleEvent
    | WebsetItemCreatedEvent
    | WebsetItemEnrichedEvent
    | WebsetPausedEvent
    | WebsetSearchCanceledEvent
    | WebsetSearchCompletedEvent
    | WebsetSearchCreatedEvent
    | WebsetSearchUpdatedEvent
]:
    """Get an Event

     Get a single Event by id.

    You can subscribe to Events by creating a Webhook.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | UnknownEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ImportCompletedEvent
    | ImportCreatedEvent
    | MonitorCreatedEvent
    | MonitorDeletedEvent
    | MonitorRunCompletedEvent
    | MonitorRunCreatedEvent
    | MonitorUpdatedEvent
    | UnknownEvent
    | WebsetCreatedEvent
    | WebsetDeletedEvent
    | WebsetIdleEvent
    | WebsetItemCreatedEvent
    | WebsetItemEnrichedEvent
    | WebsetPausedEvent
    | WebsetSearchCanceledEvent
    | WebsetSearchCompletedEvent
    | WebsetSearchCreatedEvent
    | WebsetSearchUpdatedEvent
    | None
):
    """Get an Event

     Get a single Event by id.

    You can subscribe to Events by creating a Webhook.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | UnknownEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | ImportCompletedEvent
    | ImportCreatedEvent
    | MonitorCreatedEvent
    | MonitorDeletedEvent
    | MonitorRunCompletedEvent
    | MonitorRunCreatedEvent
    | MonitorUpdatedEvent
    | UnknownEvent
    | WebsetCreatedEvent
    | WebsetDeletedEvent
    | WebsetIdleEvent
    | WebsetItemCreatedEvent
    | WebsetItemEnrichedEvent
    | WebsetPausedEvent
    | WebsetSearchCanceledEvent
    | WebsetSearchCompletedEvent
    | WebsetSearchCreatedEvent
    | WebsetSearchUpdatedEvent
]:
    """Get an Event

     Get a single Event by id.

    You can subscribe to Events by creating a Webhook.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | UnknownEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ImportCompletedEvent
    | ImportCreatedEvent
    | MonitorCreatedEvent
    | MonitorDeletedEvent
    | MonitorRunCompletedEvent
    | MonitorRunCreatedEvent
    | MonitorUpdatedEvent
    | UnknownEvent
    | WebsetCreatedEvent
    | WebsetDeletedEvent
    | WebsetIdleEvent
    | WebsetItemCreatedEvent
    | WebsetItemEnrichedEvent
    | WebsetPausedEvent
    | WebsetSearchCanceledEvent
    | WebsetSearchCompletedEvent
    | WebsetSearchCreatedEvent
    | WebsetSearchUpdatedEvent
    | None
):
    """Get an Event

     Get a single Event by id.

    You can subscribe to Events by creating a Webhook.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | UnknownEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


build_request = _get_kwargs


def parse_success(
    data: Any,
) -> (
    ImportCompletedEvent
    | ImportCreatedEvent
    | MonitorCreatedEvent
    | MonitorDeletedEvent
    | MonitorRunCompletedEvent
    | MonitorRunCreatedEvent
    | MonitorUpdatedEvent
    | UnknownEvent
    | WebsetCreatedEvent
    | WebsetDeletedEvent
    | WebsetIdleEvent
    | WebsetItemCreatedEvent
    | WebsetItemEnrichedEvent
    | WebsetPausedEvent
    | WebsetSearchCanceledEvent
    | WebsetSearchCompletedEvent
    | WebsetSearchCreatedEvent
    | WebsetSearchUpdatedEvent
):
    """Parse the JSON of a 200 response."""

    def _parse_response_200(
        data: object,
    ) -> (
        ImportCompletedEvent
        | ImportCreatedEvent
        | MonitorCreatedEvent
        | MonitorDeletedEvent
        | MonitorRunCompletedEvent
        | MonitorRunCreatedEvent
        | MonitorUpdatedEvent
        | UnknownEvent
        | WebsetCreatedEvent
        | WebsetDeletedEvent
        | WebsetIdleEvent
        | WebsetItemCreatedEvent
        | WebsetItemEnrichedEvent
        | WebsetPausedEvent
        | WebsetSearchCanceledEvent
        | WebsetSearchCompletedEvent
        | WebsetSearchCreatedEvent
        | WebsetSearchUpdatedEvent
    ):
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        discriminator = data.get("type")
        if discriminator == "webset.created":
            return WebsetCreatedEvent.from_dict(data)
        if discriminator == "webset.deleted":
            return WebsetDeletedEvent.from_dict(data)
        if discriminator == "webset.idle":
            return WebsetIdleEvent.from_dict(data)
        if discriminator == "webset.paused":
            return WebsetPausedEvent.from_dict(data)
        if discriminator == "webset.item.created":
            return WebsetItemCreatedEvent.from_dict(data)
        if discriminator == "webset.item.enriched":
            return WebsetItemEnrichedEvent.from_dict(data)
        if discriminator == "webset.search.created":
            return WebsetSearchCreatedEvent.from_dict(data)
        if discriminator == "webset.search.updated":
            return WebsetSearchUpdatedEvent.from_dict(data)
        if discriminator == "webset.search.canceled":
            return WebsetSearchCanceledEvent.from_dict(data)
        if discriminator == "webset.search.completed":
            return WebsetSearchCompletedEvent.from_dict(data)
        if discriminator == "import.created":
            return ImportCreatedEvent.from_dict(data)
        if discriminator == "import.completed":
            return ImportCompletedEvent.from_dict(data)
        if discriminator == "monitor.created":
            return MonitorCreatedEvent.from_dict(data)
        if discriminator == "monitor.updated":
            return MonitorUpdatedEvent.from_dict(data)
        if discriminator == "monitor.deleted":
            return MonitorDeletedEvent.from_dict(data)
        if discriminator == "monitor.run.created":
            return MonitorRunCreatedEvent.from_dict(data)
        if discriminator == "monitor.run.completed":
            return MonitorRunCompletedEvent.from_dict(data)
        return UnknownEvent.from_dict(data)

    response_200 = _parse_response_200(data)

    return response_200
