"""Imports: create, list, get, update, delete; and the fake's own upload route (the presigned ``uploadUrl``)."""

from __future__ import annotations

from typing import Any

from exa_websets_api.models import ListImportsResponse

from .. import _render as render
from .._handling import ApiError, Call, handles, not_found
from .._imports import attach, create_import, receive_upload
from .._records import EntitySpec
from ._bodies import entity_spec


@handles("imports-create")
def imports_create(call: Call) -> dict[str, Any]:
    body = call.body
    webset = None
    if "websetId" in body:  # the vendor documents attaching an import to a webset here; the spec does not
        webset = call.store.find_webset(body["websetId"])
        if webset is None:
            raise not_found("Webset", body["websetId"])
    record = create_import(
        call.sim,
        title=body.get("title"),
        entity=entity_spec(body["entity"]) or EntitySpec("company"),
        count=int(body["count"]),
        size=int(body["size"]),
        identifier=int(body.get("csv", {}).get("identifier", 0)),
        metadata=dict(body.get("metadata", {})),
        origin=call.origin,
    )
    if webset is not None:
        attach(call.sim, record, webset)
    return render.created_import(record).to_dict()


@handles("imports-list")
def imports_list(call: Call) -> dict[str, Any]:
    records = sorted(call.store.imports.values(), key=lambda i: i.seq, reverse=True)
    page = call.page(records, lambda i: i.seq, descending=True)
    imports = [render.import_(i) for i in page.data]
    return ListImportsResponse(data=imports, has_more=page.has_more, next_cursor=page.next_cursor).to_dict()


@handles("imports-get")
def imports_get(call: Call) -> dict[str, Any]:
    return render.import_(call.found(call.store.imports, "Import")).to_dict()


@handles("imports-update")
def imports_update(call: Call) -> dict[str, Any]:
    record = call.found(call.store.imports, "Import")
    if "metadata" in call.body:
        record.metadata = dict(call.body["metadata"])
    if "title" in call.body:
        record.title = call.body["title"]
    record.updated_at = call.sim.now
    return render.import_(record).to_dict()


@handles("imports-delete")
def imports_delete(call: Call) -> dict[str, Any]:
    record = call.found(call.store.imports, "Import")
    for webset in call.store.websets.values():
        if record.id in webset.import_ids:
            webset.import_ids.remove(record.id)
    del call.store.imports[record.id]
    return render.import_(record).to_dict()


@handles("fake-upload")
def fake_upload(call: Call) -> dict[str, Any]:
    """PUT the CSV file to an import's ``uploadUrl`` (a presigned URL: the token stands for the API key)."""
    record = call.store.imports.get(call.params["id"])
    if record is None or call.arg("token") != record.upload_token:
        raise ApiError(403, "The upload URL is not valid")
    if call.sim.now > record.upload_valid_until:
        raise ApiError(403, "The upload URL has expired")
    if record.uploaded is not None or record.status != "pending":
        raise ApiError(409, "A file was already uploaded for this import")
    receive_upload(call.sim, record, call.raw_body)
    return {"id": record.id, "received": len(call.raw_body)}
