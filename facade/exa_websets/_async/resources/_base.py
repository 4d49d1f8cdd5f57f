from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import AsyncWebsetsClient


class AsyncResource:
    def __init__(self, client: AsyncWebsetsClient) -> None:
        self._client = client

    def _page_size(self, operation_id: str, limit: int | None) -> int | None:
        """The caller's page size, else the largest the spec allows for this list (fewest requests)."""
        return limit if limit is not None else self._client._index.operations[operation_id].page_limit
