"""A webset's exports: create, get; and the fake's own download route (the presigned ``downloadUrl``)."""

from __future__ import annotations

from typing import Any

from .. import _render as render
from .._exports import create_export
from .._handling import ApiError, Call, RawBody, handles


@handles("websets-exports-create")
def exports_create(call: Call) -> dict[str, Any]:
    record = create_export(call.sim, call.webset(), call.body["format"], call.origin)
    return render.export(record).to_dict()


@handles("websets-exports-get")
def exports_get(call: Call) -> dict[str, Any]:
    return render.export(call.in_webset(call.store.exports, "Export")).to_dict()


@handles("fake-download")
def fake_download(call: Call) -> RawBody:
    record = call.store.exports.get(call.params["id"])
    if record is None or call.arg("token") != record.download_token or record.status != "completed":
        raise ApiError(403, "The download URL is not valid")
    content_type = "application/json" if record.format == "json" else "text/csv; charset=utf-8"
    disposition = f'attachment; filename="{record.webset_id}.{record.format}"'
    return RawBody(record.content, content_type, {"Content-Disposition": disposition})
