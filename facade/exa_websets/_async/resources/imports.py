from __future__ import annotations

import io
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ..._core.operation import Endpoint, ListEndpoint, operation
from ..._core.request import RequestOptions, Transfer
from ..._deadline import NOT_GIVEN
from ..._policy.retry import Safety
from ...paging import Page
from ...paging._async import AsyncPaginator
from ...waiting import PollPolicy
from ._base import AsyncResource

if TYPE_CHECKING:
    from exa_websets_api.models import CreateImportParametersCsv, CreateImportResponse, Import
    from typing_extensions import Unpack

    from ...waiting._async import ProgressCallback
    from .searches import EntityArg

CREATE: Endpoint[CreateImportResponse] = Endpoint("api.imports.imports_create")
LIST: ListEndpoint[Import] = ListEndpoint("api.imports.imports_list", "models:Import.from_dict")
GET: Endpoint[Import] = Endpoint("api.imports.imports_get")
UPDATE: Endpoint[Import] = Endpoint("api.imports.imports_update")
DELETE: Endpoint[Import] = Endpoint("api.imports.imports_delete")


class AsyncImports(AsyncResource):
    @operation("imports-create")
    async def create(
        self,
        *,
        size: int,
        count: int,
        entity: EntityArg,
        format: Literal["csv"] = "csv",
        title: str | None = None,
        csv: CreateImportParametersCsv | Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> CreateImportResponse:
        """Register a CSV import (``size`` in bytes, ``count`` rows); upload the file to the returned ``upload_url``.

        The reference shows ``{"websetId", "urls"}`` here; the pinned spec (which we follow) describes this upload
        flow instead.
        """
        body = {
            "size": size,
            "count": count,
            "entity": entity,
            "format": format,
            "title": title,
            "csv": csv,
            "metadata": metadata,
        }
        return await self._client._call(CREATE, body=body, options=request_options, safety=Safety.ONLY_IF_NOT_PROCESSED)

    @operation("imports-create", "imports-get")
    async def create_from_csv(
        self,
        csv_data: str | bytes | os.PathLike[str],
        *,
        entity: EntityArg,
        title: str | None = None,
        identifier: int | None = None,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Import:
        """Import a CSV in one call: register it (size and row count worked out for you), upload it, return the
        import as it now stands (``wait_until_completed`` follows it to the end).

        ``csv_data`` is the CSV text or bytes, or a path to the file; ``identifier`` is the 0-based column holding
        each row's URL. The upload goes to the presigned ``upload_url`` without your API key.
        """
        content = _csv_bytes(csv_data)
        created = await self.create(
            size=len(content),
            count=_data_rows(content),
            entity=entity,
            title=title,
            metadata=metadata,
            csv=None if identifier is None else {"identifier": identifier},
            **request_options,
        )
        upload = Transfer("imports.create_from_csv", "PUT", created.upload_url, content, "text/csv")
        await self._client._transfer(upload, request_options)
        return await self.get(created.id, **request_options)

    @operation("imports-list")
    async def list(
        self, *, cursor: str | None = None, limit: int | None = None, **request_options: Unpack[RequestOptions]
    ) -> Page[Import]:
        return await self._listing(LIST, request_options).page(cursor, limit)

    @operation("imports-list")
    def list_all(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Import]:
        """Every import, lazily, page by page."""
        return self._listing(LIST, request_options).all(cursor, limit)

    @operation("imports-get")
    async def get(self, import_id: str, **request_options: Unpack[RequestOptions]) -> Import:
        return await self._client._call(GET, path={"id": ("import_id", import_id)}, options=request_options)

    @operation("imports-get")
    async def wait_until_completed(
        self,
        import_id: str,
        *,
        deadline: float | None = 3600,
        timeout: float | None = NOT_GIVEN,  # the deprecated name of deadline
        on_progress: ProgressCallback | None = None,
        poll: PollPolicy | None = None,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Poll until the import completes; ``ImportFailed`` (with the API's reason) if it fails."""
        # Loaded when a wait starts: importing the client need not pay for the waiting machinery.
        from ...waiting._async import wait_until  # noqa: PLC0415
        from ...waiting.judges import judge_import  # noqa: PLC0415

        return await wait_until(
            self._client,
            "imports.wait_until_completed",
            "import",
            import_id,
            fetch=lambda: self.get(import_id, **(request_options or {})),
            judge=judge_import,
            deadline=deadline,
            timeout=timeout,
            on_progress=on_progress,
            poll=poll,
        )

    @operation("imports-update")
    async def update(
        self,
        import_id: str,
        *,
        title: str | None = None,
        metadata: Mapping[str, str] | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Import:
        body = {"title": title, "metadata": metadata}
        return await self._client._call(
            UPDATE, path={"id": ("import_id", import_id)}, body=body, options=request_options
        )

    @operation("imports-delete")
    async def delete(self, import_id: str, **request_options: Unpack[RequestOptions]) -> Import:
        return await self._client._call(DELETE, path={"id": ("import_id", import_id)}, options=request_options)


def _csv_bytes(csv_data: str | bytes | os.PathLike[str]) -> bytes:
    if isinstance(csv_data, bytes):
        return csv_data
    if isinstance(csv_data, str):
        return csv_data.encode("utf-8")
    with open(csv_data, "rb") as file:
        return file.read()


def _data_rows(content: bytes) -> int:
    """Rows after the header line, counted by a CSV reader (quoted fields may span lines)."""
    import csv  # noqa: PLC0415 - only when a CSV is imported

    rows = sum(1 for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) if row)
    return max(0, rows - 1)
