from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateWebsetRequest")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class UpdateWebsetRequest(LazyModel):
    """
    Attributes:
        metadata (None | Unset | UpdateWebsetRequestMetadata): Set of key-value pairs you want to associate with this
            object.
    """

    metadata: None | Unset | UpdateWebsetRequestMetadata = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateWebsetRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        update_webset_request = object.__new__(cls)
        update_webset_request._src = d

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 0 + ("metadata" in d):
            update_webset_request.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return update_webset_request

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
        "metadata",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.update_webset_request_metadata import UpdateWebsetRequestMetadata  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_metadata(raw: Any) -> None | Unset | UpdateWebsetRequestMetadata:
    _metadata = raw
    metadata: None | Unset | UpdateWebsetRequestMetadata = (
        _metadata if _metadata is None or _metadata is UNSET else UpdateWebsetRequestMetadata.from_dict(_metadata)
    )
    return metadata


UpdateWebsetRequest._lazy(
    {
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
