from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_webset_response_enrichments_item_format import (
    PreviewWebsetResponseEnrichmentsItemFormat,
)
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="PreviewWebsetResponseEnrichmentsItem")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class PreviewWebsetResponseEnrichmentsItem(LazyModel):
    """
    Attributes:
        description (str): Description of the enrichment.
        format_ (PreviewWebsetResponseEnrichmentsItemFormat): Format of the enrichment.
        options (list[PreviewWebsetResponseEnrichmentsItemOptionsItem] | Unset): When format is options, the options
            detected from the query.
    """

    description: str
    format_: PreviewWebsetResponseEnrichmentsItemFormat
    options: list[PreviewWebsetResponseEnrichmentsItemOptionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        format_ = self.format_.value

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "format": format_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description = d["description"]

        format_ = PreviewWebsetResponseEnrichmentsItemFormat._by_value.get(
            d["format"]
        ) or PreviewWebsetResponseEnrichmentsItemFormat(d["format"])

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        preview_webset_response_enrichments_item = object.__new__(cls)
        preview_webset_response_enrichments_item._src = d
        preview_webset_response_enrichments_item.description = description
        preview_webset_response_enrichments_item.format_ = format_

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 2 + ("options" in d):
            preview_webset_response_enrichments_item.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return preview_webset_response_enrichments_item

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
        "description",
        "format",
        "options",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.preview_webset_response_enrichments_item_options_item import (
    PreviewWebsetResponseEnrichmentsItemOptionsItem,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_options(raw: Any) -> list[PreviewWebsetResponseEnrichmentsItemOptionsItem] | Unset:
    _options = raw
    options: list[PreviewWebsetResponseEnrichmentsItemOptionsItem] | Unset = (
        UNSET
        if _options is UNSET
        else [
            PreviewWebsetResponseEnrichmentsItemOptionsItem.from_dict(options_item_data)
            for options_item_data in _options
        ]
    )
    return options


PreviewWebsetResponseEnrichmentsItem._lazy(
    {
        "options": ("options", False, _build_options),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
