# Generated from facade/exa_websets/_async/resources/_base.py by scripts/unasync.py. Edit that file, not this one.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ...paging._sync import Listing

if TYPE_CHECKING:
    from ..._core.operation import ListEndpoint
    from ..._core.request import PathArguments, RequestOptions
    from ..client import WebsetsClient

T = TypeVar("T")


class Resource:
    def __init__(self, client: WebsetsClient) -> None:
        self._client = client

    def _listing(
        self,
        endpoint: ListEndpoint[T],
        options: RequestOptions,
        filters: Mapping[str, Any] | None = None,
        *,
        path: PathArguments | None = None,
    ) -> Listing[T]:
        """A list operation with the caller's path, filters and options: ``.page(cursor, limit)`` is its ``list``,
        ``.all(cursor, limit)`` its ``list_all``."""
        return Listing(self._client, endpoint, path=path, filters=filters, options=options)
