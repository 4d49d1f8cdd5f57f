from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="WebsetItemCustomPropertiesFields")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetItemCustomPropertiesFields(LazyModel):
    """
    Attributes:
        title (None | str): The title of the website
        author (None | str): The author(s) of the website
        published_at (None | str): The date and time the website was published
    """

    title: None | str
    author: None | str
    published_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str
        title = self.title

        author: None | str
        author = self.author

        published_at: None | str
        published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "author": author,
                "publishedAt": published_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        title = d["title"]

        author = d["author"]

        published_at = d["publishedAt"]

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_item_custom_properties_fields = object.__new__(cls)
        webset_item_custom_properties_fields.title = title
        webset_item_custom_properties_fields.author = author
        webset_item_custom_properties_fields.published_at = published_at

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 3:
            webset_item_custom_properties_fields.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return webset_item_custom_properties_fields

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
        "title",
        "author",
        "publishedAt",
    }
)


WebsetItemCustomPropertiesFields._lazy(
    {
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
