# Generated from facade/exa_websets/_async/resources/exports.py by scripts/unasync.py. Edit that file, not this one.
"""Exports: documented by the vendor, absent from the pinned spec (see openapi/overlays/exports-and-teams.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._core.operation import Endpoint, operation
from ..._core.request import RequestOptions, Transfer
from ..._deadline import NOT_GIVEN
from ..._errors import InvalidRequestError, Problem
from ..._policy.retry import Safety
from ...waiting import PollPolicy
from ._base import Resource

if TYPE_CHECKING:
    from exa_websets_api.models import Export
    from typing_extensions import Unpack

    from ...waiting._sync import ProgressCallback

CREATE: Endpoint[Export] = Endpoint("api.exports.websets_exports_create")
GET: Endpoint[Export] = Endpoint("api.exports.websets_exports_get")


class Exports(Resource):
    @operation("websets-exports-create")
    def create(
        self, webset_id: str, *, format: Literal["csv", "json"], **request_options: Unpack[RequestOptions]
    ) -> Export:
        """Schedule an export of all items; poll ``get`` until ``completed``, then download ``download_url``."""
        return self._client._call(
            CREATE,
            path={"webset": ("webset_id", webset_id)},
            body={"format": format},
            options=request_options,
            safety=Safety.ONLY_IF_NOT_PROCESSED,
        )

    @operation("websets-exports-get")
    def wait_until_completed(
        self,
        webset_id: str,
        export_id: str,
        *,
        deadline: float | None = 3600,
        timeout: float | None = NOT_GIVEN,  # the deprecated name of deadline
        on_progress: ProgressCallback | None = None,
        poll: PollPolicy | None = None,
        request_options: RequestOptions | None = None,
    ) -> Export:
        """Poll until the export is ``completed`` (its ``download_url`` is then set)."""
        # Loaded when a wait starts: importing the client need not pay for the waiting machinery.
        from ...waiting._sync import wait_until  # noqa: PLC0415
        from ...waiting.judges import judge_export  # noqa: PLC0415

        return wait_until(
            self._client,
            "exports.wait_until_completed",
            "export",
            export_id,
            fetch=lambda: self.get(webset_id, export_id, **(request_options or {})),
            judge=judge_export,
            deadline=deadline,
            timeout=timeout,
            on_progress=on_progress,
            poll=poll,
        )

    def download(self, export: Export, **request_options: Unpack[RequestOptions]) -> bytes:
        """The exported file (CSV or JSON) from a completed export's ``download_url``, fetched without your API
        key (the URL is presigned)."""
        url = export.download_url if isinstance(export.download_url, str) else None
        if url is None:
            raise InvalidRequestError(
                "exports.download",
                [Problem("export.download_url", "is not set yet: wait until the export is completed")],
            )
        return self._client._transfer(Transfer("exports.download", "GET", url), request_options)

    @operation("websets-exports-get")
    def get(self, webset_id: str, export_id: str, **request_options: Unpack[RequestOptions]) -> Export:
        return self._client._call(
            GET, path={"webset": ("webset_id", webset_id), "id": ("export_id", export_id)}, options=request_options
        )
