from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="WebsetSearchCriteriaItem")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetSearchCriteriaItem(LazyModel):
    """
    Attributes:
        description (str): The description of the criterion
        success_rate (float): Value between 0 and 100 representing the percentage of results that meet the criterion.
    """

    description: str
    success_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        success_rate = self.success_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "successRate": success_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description = d["description"]

        success_rate = d["successRate"]

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_search_criteria_item = object.__new__(cls)
        webset_search_criteria_item.description = description
        webset_search_criteria_item.success_rate = success_rate

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 2:
            webset_search_criteria_item.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return webset_search_criteria_item

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
        "successRate",
    }
)


WebsetSearchCriteriaItem._lazy(
    {
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
