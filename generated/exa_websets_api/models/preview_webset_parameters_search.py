from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="PreviewWebsetParametersSearch")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class PreviewWebsetParametersSearch(LazyModel):
    """
    Attributes:
        query (str): Natural language search query describing what you are looking for.

            Be specific and descriptive about your requirements, characteristics, and any constraints that help narrow down
            the results.
        entity (ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity |
            Unset):
        count (float | Unset): When query parameter search=true, the number of preview items to return. Default: 10.0.
    """

    query: str
    entity: (
        ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity | Unset
    ) = UNSET
    count: float | Unset = 10.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        entity: dict[str, Any] | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        elif isinstance(self.entity, CompanyEntity):
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

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if entity is not UNSET:
            field_dict["entity"] = entity
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        query = d["query"]

        count = d.get("count", UNSET)

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        preview_webset_parameters_search = object.__new__(cls)
        preview_webset_parameters_search._src = d
        preview_webset_parameters_search.query = query
        preview_webset_parameters_search.count = count

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 1 + ("entity" in d) + ("count" in d):
            preview_webset_parameters_search.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return preview_webset_parameters_search

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
        "query",
        "entity",
        "count",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.article_entity import ArticleEntity  # noqa: E402
from ..models.company_entity import CompanyEntity  # noqa: E402
from ..models.custom_entity import CustomEntity  # noqa: E402
from ..models.person_entity import PersonEntity  # noqa: E402
from ..models.research_paper_entity import ResearchPaperEntity  # noqa: E402
from ..models.unknown_entity import UnknownEntity  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _parse_entity(
    data: object,
) -> ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_0 = CompanyEntity.from_dict(data)

        return componentsschemas_entity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_1 = PersonEntity.from_dict(data)

        return componentsschemas_entity_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_2 = ArticleEntity.from_dict(data)

        return componentsschemas_entity_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_3 = ResearchPaperEntity.from_dict(data)

        return componentsschemas_entity_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_4 = CustomEntity.from_dict(data)

        return componentsschemas_entity_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_entity_type_5 = UnknownEntity.from_dict(data)

    return componentsschemas_entity_type_5


PreviewWebsetParametersSearch._lazy(
    {
        "entity": ("entity", False, _parse_entity),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
