# Generated from facade/exa_websets/_async/resources/_base.py by scripts/unasync.py. Edit that file, not this one.
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import WebsetsClient


class Resource:
    def __init__(self, client: WebsetsClient) -> None:
        self._client = client
