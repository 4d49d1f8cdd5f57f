from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, parse_datetime

T = TypeVar("T", bound="WebsetItemPreview")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetItemPreview(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the preview item
        properties (UnknownWebsetItemProperties | WebsetItemArticleProperties | WebsetItemCompanyProperties |
            WebsetItemCustomProperties | WebsetItemPersonProperties | WebsetItemResearchPaperProperties): The properties of
            the preview item
        created_at (datetime.datetime): The date and time the preview was created
    """

    id: str
    properties: (
        UnknownWebsetItemProperties
        | WebsetItemArticleProperties
        | WebsetItemCompanyProperties
        | WebsetItemCustomProperties
        | WebsetItemPersonProperties
        | WebsetItemResearchPaperProperties
    )
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        properties: dict[str, Any]
        if isinstance(self.properties, WebsetItemPersonProperties):
            properties = self.properties.to_dict()
        elif isinstance(self.properties, WebsetItemCompanyProperties):
            properties = self.properties.to_dict()
        elif isinstance(self.properties, WebsetItemArticleProperties):
            properties = self.properties.to_dict()
        elif isinstance(self.properties, WebsetItemResearchPaperProperties):
            properties = self.properties.to_dict()
        elif isinstance(self.properties, WebsetItemCustomProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "properties": properties,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("properties" in d and "createdAt" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "properties",
                        "createdAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_item_preview = object.__new__(cls)
        webset_item_preview._src = d
        webset_item_preview.id = id

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 3:
            webset_item_preview.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return webset_item_preview

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
        "id",
        "properties",
        "createdAt",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.unknown_webset_item_properties import UnknownWebsetItemProperties  # noqa: E402
from ..models.webset_item_article_properties import WebsetItemArticleProperties  # noqa: E402
from ..models.webset_item_company_properties import WebsetItemCompanyProperties  # noqa: E402
from ..models.webset_item_custom_properties import WebsetItemCustomProperties  # noqa: E402
from ..models.webset_item_person_properties import WebsetItemPersonProperties  # noqa: E402
from ..models.webset_item_research_paper_properties import (
    WebsetItemResearchPaperProperties,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _parse_properties(
    data: object,
) -> (
    UnknownWebsetItemProperties
    | WebsetItemArticleProperties
    | WebsetItemCompanyProperties
    | WebsetItemCustomProperties
    | WebsetItemPersonProperties
    | WebsetItemResearchPaperProperties
):
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    discriminator = data.get("type")
    if discriminator == "person":
        return WebsetItemPersonProperties.from_dict(data)
    if discriminator == "company":
        return WebsetItemCompanyProperties.from_dict(data)
    if discriminator == "article":
        return WebsetItemArticleProperties.from_dict(data)
    if discriminator == "research_paper":
        return WebsetItemResearchPaperProperties.from_dict(data)
    if discriminator == "custom":
        return WebsetItemCustomProperties.from_dict(data)
    return UnknownWebsetItemProperties.from_dict(data)


WebsetItemPreview._lazy(
    {
        "properties": ("properties", True, _parse_properties),
        "created_at": ("createdAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
