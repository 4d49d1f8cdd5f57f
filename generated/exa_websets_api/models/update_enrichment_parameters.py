from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_enrichment_parameters_format import (
    UpdateEnrichmentParametersFormat,
)
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateEnrichmentParameters")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class UpdateEnrichmentParameters(LazyModel):
    """
    Attributes:
        description (str | Unset): Provide a description of the enrichment task you want to perform to each Webset Item.
        format_ (UpdateEnrichmentParametersFormat | Unset): Format of the enrichment response.

            We automatically select the best format based on the description. If you want to explicitly specify the format,
            you can do so here.
        options (list[UpdateEnrichmentParametersOptionsItem] | Unset): When the format is options, the different options
            for the enrichment agent to choose from.
        metadata (None | Unset | UpdateEnrichmentParametersMetadata): Set of key-value pairs you want to associate with
            this object.
    """

    description: str | Unset = UNSET
    format_: UpdateEnrichmentParametersFormat | Unset = UNSET
    options: list[UpdateEnrichmentParametersOptionsItem] | Unset = UNSET
    metadata: None | Unset | UpdateEnrichmentParametersMetadata = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateEnrichmentParametersMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_
        if options is not UNSET:
            field_dict["options"] = options
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description = d.get("description", UNSET)

        _format_ = d.get("format", UNSET)
        format_: UpdateEnrichmentParametersFormat | Unset = (
            UNSET
            if _format_ is UNSET
            else (
                UpdateEnrichmentParametersFormat._by_value.get(_format_) or UpdateEnrichmentParametersFormat(_format_)
            )
        )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        update_enrichment_parameters = object.__new__(cls)
        update_enrichment_parameters._src = d
        update_enrichment_parameters.description = description
        update_enrichment_parameters.format_ = format_

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 0 + ("description" in d) + ("format" in d) + ("options" in d) + ("metadata" in d):
            update_enrichment_parameters.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return update_enrichment_parameters

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
        "metadata",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.update_enrichment_parameters_metadata import (
    UpdateEnrichmentParametersMetadata,  # noqa: E402
)
from ..models.update_enrichment_parameters_options_item import (
    UpdateEnrichmentParametersOptionsItem,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_options(raw: Any) -> list[UpdateEnrichmentParametersOptionsItem] | Unset:
    _options = raw
    options: list[UpdateEnrichmentParametersOptionsItem] | Unset = (
        UNSET
        if _options is UNSET
        else [UpdateEnrichmentParametersOptionsItem.from_dict(options_item_data) for options_item_data in _options]
    )
    return options


def _build_metadata(raw: Any) -> None | Unset | UpdateEnrichmentParametersMetadata:
    _metadata = raw
    metadata: None | Unset | UpdateEnrichmentParametersMetadata = (
        _metadata
        if _metadata is None or _metadata is UNSET
        else UpdateEnrichmentParametersMetadata.from_dict(_metadata)
    )
    return metadata


UpdateEnrichmentParameters._lazy(
    {
        "options": ("options", False, _build_options),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
