from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_enrichment_parameters_format import (
    UpdateEnrichmentParametersFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEnrichmentParameters")


@_attrs_define
class UpdateEnrichmentParameters:
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
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: UpdateEnrichmentParametersFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = UpdateEnrichmentParametersFormat(_format_)

        _options = d.pop("options", UNSET)
        options: list[UpdateEnrichmentParametersOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = UpdateEnrichmentParametersOptionsItem.from_dict(options_item_data)

                options.append(options_item)

        def _parse_metadata(data: object) -> None | Unset | UpdateEnrichmentParametersMetadata:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_0 = UpdateEnrichmentParametersMetadata.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        update_enrichment_parameters = cls(
            description=description,
            format_=format_,
            options=options,
            metadata=metadata,
        )

        update_enrichment_parameters.additional_properties = d
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


# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.update_enrichment_parameters_metadata import (
    UpdateEnrichmentParametersMetadata,  # noqa: E402
)
from ..models.update_enrichment_parameters_options_item import (
    UpdateEnrichmentParametersOptionsItem,  # noqa: E402
)
