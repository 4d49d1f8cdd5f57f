from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="PreviewWebsetResponseSearch")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class PreviewWebsetResponseSearch(LazyModel):
    """
    Attributes:
        entity (ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity):
            Detected entity from the query.
        criteria (list[PreviewWebsetResponseSearchCriteriaItem]): Detected criteria from the query.
    """

    entity: ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity
    criteria: list[PreviewWebsetResponseSearchCriteriaItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity: dict[str, Any]
        if isinstance(self.entity, CompanyEntity):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, PersonEntity):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, ArticleEntity):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, ResearchPaperEntity):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, CustomEntity):
            entity = self.entity.to_dict()
        else:
            entity = self.entity.to_dict()

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "criteria": criteria,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("entity" in d and "criteria" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "entity",
                        "criteria",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        preview_webset_response_search = object.__new__(cls)
        preview_webset_response_search._src = d

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 2:
            preview_webset_response_search.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return preview_webset_response_search

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
        "entity",
        "criteria",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.article_entity import ArticleEntity  # noqa: E402
from ..models.company_entity import CompanyEntity  # noqa: E402
from ..models.custom_entity import CustomEntity  # noqa: E402
from ..models.person_entity import PersonEntity  # noqa: E402
from ..models.preview_webset_response_search_criteria_item import (
    PreviewWebsetResponseSearchCriteriaItem,  # noqa: E402
)
from ..models.research_paper_entity import ResearchPaperEntity  # noqa: E402
from ..models.unknown_entity import UnknownEntity  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _parse_entity(
    data: object,
) -> ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    discriminator = data.get("type")
    if discriminator == "company":
        return CompanyEntity.from_dict(data)
    if discriminator == "person":
        return PersonEntity.from_dict(data)
    if discriminator == "article":
        return ArticleEntity.from_dict(data)
    if discriminator == "research_paper":
        return ResearchPaperEntity.from_dict(data)
    if discriminator == "custom":
        return CustomEntity.from_dict(data)
    return UnknownEntity.from_dict(data)


def _build_criteria(raw: Any) -> list[PreviewWebsetResponseSearchCriteriaItem]:
    criteria = [PreviewWebsetResponseSearchCriteriaItem.from_dict(criteria_item_data) for criteria_item_data in raw]
    return criteria


PreviewWebsetResponseSearch._lazy(
    {
        "entity": ("entity", True, _parse_entity),
        "criteria": ("criteria", True, _build_criteria),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
