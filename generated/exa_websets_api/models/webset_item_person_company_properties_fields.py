from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="WebsetItemPersonCompanyPropertiesFields")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetItemPersonCompanyPropertiesFields(LazyModel):
    """
    Attributes:
        name (str): The name of the company
        location (None | str): The location the person is working at the company
    """

    name: str
    location: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location: None | str
        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        location = d["location"]

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_item_person_company_properties_fields = object.__new__(cls)
        webset_item_person_company_properties_fields.name = name
        webset_item_person_company_properties_fields.location = location

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 2:
            webset_item_person_company_properties_fields.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return webset_item_person_company_properties_fields

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
        "name",
        "location",
    }
)


WebsetItemPersonCompanyPropertiesFields._lazy(
    {
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
