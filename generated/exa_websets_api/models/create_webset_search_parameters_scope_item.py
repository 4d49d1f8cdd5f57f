from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_webset_search_parameters_scope_item_source import (
    CreateWebsetSearchParametersScopeItemSource,
)
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateWebsetSearchParametersScopeItem")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CreateWebsetSearchParametersScopeItem(LazyModel):
    """
    Attributes:
        source (CreateWebsetSearchParametersScopeItemSource):
        id (str): The ID of the source to search.
        relationship (CreateWebsetSearchParametersScopeItemRelationship | Unset):
    """

    source: CreateWebsetSearchParametersScopeItemSource
    id: str
    relationship: CreateWebsetSearchParametersScopeItemRelationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        id = self.id

        relationship: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship, Unset):
            relationship = self.relationship.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "id": id,
            }
        )
        if relationship is not UNSET:
            field_dict["relationship"] = relationship

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        source = CreateWebsetSearchParametersScopeItemSource._by_value.get(
            d["source"]
        ) or CreateWebsetSearchParametersScopeItemSource(d["source"])

        id = d["id"]

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        create_webset_search_parameters_scope_item = object.__new__(cls)
        create_webset_search_parameters_scope_item._src = d
        create_webset_search_parameters_scope_item.source = source
        create_webset_search_parameters_scope_item.id = id

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 2 + ("relationship" in d):
            create_webset_search_parameters_scope_item.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_webset_search_parameters_scope_item

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
        "source",
        "id",
        "relationship",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.create_webset_search_parameters_scope_item_relationship import (
    CreateWebsetSearchParametersScopeItemRelationship,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_relationship(raw: Any) -> CreateWebsetSearchParametersScopeItemRelationship | Unset:
    _relationship = raw
    relationship: CreateWebsetSearchParametersScopeItemRelationship | Unset = (
        UNSET if _relationship is UNSET else CreateWebsetSearchParametersScopeItemRelationship.from_dict(_relationship)
    )
    return relationship


CreateWebsetSearchParametersScopeItem._lazy(
    {
        "relationship": ("relationship", False, _build_relationship),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
