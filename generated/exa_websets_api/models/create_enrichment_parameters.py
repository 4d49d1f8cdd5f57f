from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_enrichment_parameters_format import (
    CreateEnrichmentParametersFormat,
)
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateEnrichmentParameters")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CreateEnrichmentParameters(LazyModel):
    """
    Attributes:
        description (str): Provide a description of the enrichment task you want to perform to each Webset Item.
        format_ (CreateEnrichmentParametersFormat | Unset): Format of the enrichment response.

            We automatically select the best format based on the description. If you want to explicitly specify the format,
            you can do so here.
        options (list[CreateEnrichmentParametersOptionsItem] | Unset): When the format is options, the different options
            for the enrichment agent to choose from.
        metadata (CreateEnrichmentParametersMetadata | Unset): Set of key-value pairs you want to associate with this
            object.
    """

    description: str
    format_: CreateEnrichmentParametersFormat | Unset = UNSET
    options: list[CreateEnrichmentParametersOptionsItem] | Unset = UNSET
    metadata: CreateEnrichmentParametersMetadata | Unset = UNSET
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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
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
        description = d["description"]

        _format_ = d.get("format", UNSET)
        format_: CreateEnrichmentParametersFormat | Unset = (
            UNSET
            if _format_ is UNSET
            else (
                CreateEnrichmentParametersFormat._by_value.get(_format_) or CreateEnrichmentParametersFormat(_format_)
            )
        )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        create_enrichment_parameters = object.__new__(cls)
        create_enrichment_parameters._src = d
        create_enrichment_parameters.description = description
        create_enrichment_parameters.format_ = format_

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 1 + ("format" in d) + ("options" in d) + ("metadata" in d):
            create_enrichment_parameters.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_enrichment_parameters

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
from ..models.create_enrichment_parameters_metadata import (
    CreateEnrichmentParametersMetadata,  # noqa: E402
)
from ..models.create_enrichment_parameters_options_item import (
    CreateEnrichmentParametersOptionsItem,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_options(raw: Any) -> list[CreateEnrichmentParametersOptionsItem] | Unset:
    _options = raw
    options: list[CreateEnrichmentParametersOptionsItem] | Unset = (
        UNSET
        if _options is UNSET
        else [CreateEnrichmentParametersOptionsItem.from_dict(options_item_data) for options_item_data in _options]
    )
    return options


def _build_metadata(raw: Any) -> CreateEnrichmentParametersMetadata | Unset:
    _metadata = raw
    metadata: CreateEnrichmentParametersMetadata | Unset = (
        UNSET if _metadata is UNSET else CreateEnrichmentParametersMetadata.from_dict(_metadata)
    )
    return metadata


CreateEnrichmentParameters._lazy(
    {
        "options": ("options", False, _build_options),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
