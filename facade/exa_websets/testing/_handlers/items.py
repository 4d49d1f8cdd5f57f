"""A webset's items: list, get, delete."""

from __future__ import annotations

from typing import Any

from exa_websets_api.models import ListWebsetItemResponse

from .. import _lifecycle as lifecycle
from .. import _render as render
from .._handling import Call, handles


@handles("websets-items-list")
def items_list(call: Call) -> dict[str, Any]:
    webset = call.webset()
    records = [call.store.items[i] for i in webset.item_ids]
    source_id = call.arg("sourceId")
    if source_id:
        records = [r for r in records if r.source_id == source_id]
    page = call.page(records, lambda r: r.seq, descending=False)
    return ListWebsetItemResponse(
        data=[render.item(r) for r in page.data], has_more=page.has_more, next_cursor=page.next_cursor
    ).to_dict()


@handles("websets-items-get")
def items_get(call: Call) -> dict[str, Any]:
    return render.item(call.in_webset(call.store.items, "Item")).to_dict()


@handles("websets-items-delete")
def items_delete(call: Call) -> dict[str, Any]:
    item = call.in_webset(call.store.items, "Item")
    body = render.item(item).to_dict()
    lifecycle.delete_item(call.sim, item)
    return body
