from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ...paging._async import AsyncListing

if TYPE_CHECKING:
    from ..._core.operation import ListEndpoint
    from ..._core.request import PathArguments, RequestOptions
    from ..client import AsyncWebsetsClient

T = TypeVar("T")


class AsyncResource:
    def __init__(self, client: AsyncWebsetsClient) -> None:
        self._client = client

    def _listing(
        self,
        endpoint: ListEndpoint[T],
        options: RequestOptions,
        filters: Mapping[str, Any] | None = None,
        *,
        path: PathArguments | None = None,
    ) -> AsyncListing[T]:
        """A list operation with the caller's path, filters and options: ``.page(cursor, limit)`` is its ``list``,
        ``.all(cursor, limit)`` its ``list_all``."""
        return AsyncListing(self._client, endpoint, path=path, filters=filters, options=options)
