from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="PreviewWebsetResponse")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class PreviewWebsetResponse(LazyModel):
    """
    Attributes:
        search (PreviewWebsetResponseSearch):
        enrichments (list[PreviewWebsetResponseEnrichmentsItem]): Detected enrichments from the query.
        items (list[WebsetItemPreview]): Preview items matching the search criteria.
    """

    search: PreviewWebsetResponseSearch
    enrichments: list[PreviewWebsetResponseEnrichmentsItem]
    items: list[WebsetItemPreview]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search.to_dict()

        enrichments = []
        for enrichments_item_data in self.enrichments:
            enrichments_item = enrichments_item_data.to_dict()
            enrichments.append(enrichments_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search": search,
                "enrichments": enrichments,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("search" in d and "enrichments" in d and "items" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "search",
                        "enrichments",
                        "items",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        preview_webset_response = object.__new__(cls)
        preview_webset_response._src = d

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 3:
            preview_webset_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return preview_webset_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON keys the model has fields for: any other key of an object goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "search",
        "enrichments",
        "items",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.preview_webset_response_enrichments_item import (
    PreviewWebsetResponseEnrichmentsItem,  # noqa: E402
)
from ..models.preview_webset_response_search import PreviewWebsetResponseSearch  # noqa: E402
from ..models.webset_item_preview import WebsetItemPreview  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_enrichments(raw: Any) -> list[PreviewWebsetResponseEnrichmentsItem]:
    enrichments = [
        PreviewWebsetResponseEnrichmentsItem.from_dict(enrichments_item_data) for enrichments_item_data in raw
    ]
    return enrichments


def _build_items(raw: Any) -> list[WebsetItemPreview]:
    items = [WebsetItemPreview.from_dict(items_item_data) for items_item_data in raw]
    return items


PreviewWebsetResponse._lazy(
    {
        "search": ("search", True, PreviewWebsetResponseSearch.from_dict),
        "enrichments": ("enrichments", True, _build_enrichments),
        "items": ("items", True, _build_items),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
