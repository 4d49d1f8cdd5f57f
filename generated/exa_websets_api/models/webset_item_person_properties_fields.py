from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="WebsetItemPersonPropertiesFields")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetItemPersonPropertiesFields(LazyModel):
    """
    Attributes:
        name (str): The name of the person
        location (None | str): The location of the person
        position (None | str): The current work position of the person
        company (None | WebsetItemPersonCompanyPropertiesFields):
        picture_url (None | str): The image URL of the person
    """

    name: str
    location: None | str
    position: None | str
    company: None | WebsetItemPersonCompanyPropertiesFields
    picture_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location: None | str
        location = self.location

        position: None | str
        position = self.position

        company: dict[str, Any] | None
        if isinstance(self.company, WebsetItemPersonCompanyPropertiesFields):
            company = self.company.to_dict()
        else:
            company = self.company

        picture_url: None | str
        picture_url = self.picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
                "position": position,
                "company": company,
                "pictureUrl": picture_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        location = d["location"]

        position = d["position"]

        picture_url = d["pictureUrl"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("company" in d):
            raise KeyError(next(key for key in ("company",) if key not in d))

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_item_person_properties_fields = object.__new__(cls)
        webset_item_person_properties_fields._src = d
        webset_item_person_properties_fields.name = name
        webset_item_person_properties_fields.location = location
        webset_item_person_properties_fields.position = position
        webset_item_person_properties_fields.picture_url = picture_url

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 5:
            webset_item_person_properties_fields.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return webset_item_person_properties_fields

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
        "position",
        "company",
        "pictureUrl",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.webset_item_person_company_properties_fields import (
    WebsetItemPersonCompanyPropertiesFields,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_company(raw: Any) -> None | WebsetItemPersonCompanyPropertiesFields:
    _company = raw
    company: None | WebsetItemPersonCompanyPropertiesFields = (
        _company if _company is None else WebsetItemPersonCompanyPropertiesFields.from_dict(_company)
    )
    return company


WebsetItemPersonPropertiesFields._lazy(
    {
        "company": ("company", True, _build_company),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
