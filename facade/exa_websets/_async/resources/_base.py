from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import AsyncWebsetsClient


class AsyncResource:
    def __init__(self, client: AsyncWebsetsClient) -> None:
        self._client = client
