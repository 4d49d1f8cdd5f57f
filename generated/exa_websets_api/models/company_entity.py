from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="CompanyEntity")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CompanyEntity(LazyModel):
    """
    Attributes:
        type_ (Literal['company']):  Default: 'company'.
    """

    type_: Literal["company"] = "company"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]
        if type_ != "company":
            raise ValueError(f"type must match const 'company', got '{type_}'")

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        company_entity = object.__new__(cls)
        company_entity.type_ = type_

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 1:
            company_entity.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return company_entity

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
        "type",
    }
)


CompanyEntity._lazy(
    {
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
