"""Exports: documented by the vendor, absent from the pinned spec (see openapi/overlays/exports-and-teams.yaml)."""

from __future__ import annotations

from typing import Literal

from exa_websets_api.api.exports import websets_exports_create, websets_exports_get
from exa_websets_api.models import Export
from typing_extensions import Unpack

from ..._endpoint import Endpoint
from ..._operations import operation
from ..._options import RequestOptions
from ..._policy.retry import Safety
from ._base import AsyncResource

CREATE = Endpoint("websets-exports-create", websets_exports_create.parse_success)
GET = Endpoint("websets-exports-get", websets_exports_get.parse_success)


class AsyncExports(AsyncResource):
    @operation("websets-exports-create")
    async def create(
        self, webset_id: str, *, format: Literal["csv", "json"], **request_options: Unpack[RequestOptions]
    ) -> Export:
        """Schedule an export of all items; poll ``get`` until ``completed``, then download ``download_url``."""
        return await self._client._call(
            CREATE, path=(("webset_id", webset_id),), body={"format": format}, options=request_options,
            safety=Safety.ONLY_IF_NOT_PROCESSED,
        )  # fmt: skip

    @operation("websets-exports-get")
    async def get(self, webset_id: str, export_id: str, **request_options: Unpack[RequestOptions]) -> Export:
        return await self._client._call(
            GET, path=(("webset_id", webset_id), ("export_id", export_id)), options=request_options
        )
