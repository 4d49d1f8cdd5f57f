from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateWebsetParametersSearch")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CreateWebsetParametersSearch(LazyModel):
    """Create initial search for the Webset.

    Attributes:
        query (str): Natural language search query describing what you are looking for.

            Be specific and descriptive about your requirements, characteristics, and any constraints that help narrow down
            the results.

            Any URLs provided will be crawled and used as additional context for the search.
        count (float | Unset): Number of Items the Webset will attempt to find.

            The actual number of Items found may be less than this number depending on the search complexity. Default: 10.0.
        entity (ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity |
            Unset):
        criteria (list[CreateCriterionParameters] | Unset): Criteria every item is evaluated against.

            It's not required to provide your own criteria, we automatically detect the criteria from all the information
            provided in the query. Only use this when you need more fine control.
        recall (bool | Unset): Whether to provide an estimate of how many total relevant results could exist for this
            search.
            Result of the analysis will be available in the `recall` field within the search request.
        exclude (list[CreateWebsetParametersSearchExcludeItem] | Unset): Sources (existing imports or websets) to
            exclude from search results. Any results found within these sources will be omitted to prevent finding them
            during search.
        scope (list[CreateWebsetParametersSearchScopeItem] | Unset): Limit this search to only consider candidates from
            the listed sources (existing Imports or Websets). Scope applies per-search; if you run another search and want
            to stay within the same dataset, pass scope again. When scope is present, the search behavior is OVERRIDE
            (replaces results rather than appending). Note: Using the same Import in both top-level import and search.scope
            will return a 400 error.
        max_people_per_company (int | Unset): Optional soft cap for people searches: the search tries to include at most
            this many matching people from the same current employer company.
    """

    query: str
    count: float | Unset = 10.0
    entity: (
        ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity | Unset
    ) = UNSET
    criteria: list[CreateCriterionParameters] | Unset = UNSET
    recall: bool | Unset = UNSET
    exclude: list[CreateWebsetParametersSearchExcludeItem] | Unset = UNSET
    scope: list[CreateWebsetParametersSearchScopeItem] | Unset = UNSET
    max_people_per_company: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        count = self.count

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

        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

        recall = self.recall

        exclude: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = []
            for exclude_item_data in self.exclude:
                exclude_item = exclude_item_data.to_dict()
                exclude.append(exclude_item)

        scope: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item = scope_item_data.to_dict()
                scope.append(scope_item)

        max_people_per_company = self.max_people_per_company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if entity is not UNSET:
            field_dict["entity"] = entity
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if recall is not UNSET:
            field_dict["recall"] = recall
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if scope is not UNSET:
            field_dict["scope"] = scope
        if max_people_per_company is not UNSET:
            field_dict["maxPeoplePerCompany"] = max_people_per_company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        query = d["query"]

        count = d.get("count", UNSET)

        recall = d.get("recall", UNSET)

        max_people_per_company = d.get("maxPeoplePerCompany", UNSET)

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        create_webset_parameters_search = object.__new__(cls)
        create_webset_parameters_search._src = d
        create_webset_parameters_search.query = query
        create_webset_parameters_search.count = count
        create_webset_parameters_search.recall = recall
        create_webset_parameters_search.max_people_per_company = max_people_per_company

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 1 + ("count" in d) + ("entity" in d) + ("criteria" in d) + ("recall" in d) + ("exclude" in d) + (
            "scope" in d
        ) + ("maxPeoplePerCompany" in d):
            create_webset_parameters_search.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_webset_parameters_search

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
        "count",
        "entity",
        "criteria",
        "recall",
        "exclude",
        "scope",
        "maxPeoplePerCompany",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.article_entity import ArticleEntity  # noqa: E402
from ..models.company_entity import CompanyEntity  # noqa: E402
from ..models.create_criterion_parameters import CreateCriterionParameters  # noqa: E402
from ..models.create_webset_parameters_search_exclude_item import (
    CreateWebsetParametersSearchExcludeItem,  # noqa: E402
)
from ..models.create_webset_parameters_search_scope_item import (
    CreateWebsetParametersSearchScopeItem,  # noqa: E402
)
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


def _build_criteria(raw: Any) -> list[CreateCriterionParameters] | Unset:
    _criteria = raw
    criteria: list[CreateCriterionParameters] | Unset = (
        UNSET
        if _criteria is UNSET
        else [CreateCriterionParameters.from_dict(criteria_item_data) for criteria_item_data in _criteria]
    )
    return criteria


def _build_exclude(raw: Any) -> list[CreateWebsetParametersSearchExcludeItem] | Unset:
    _exclude = raw
    exclude: list[CreateWebsetParametersSearchExcludeItem] | Unset = (
        UNSET
        if _exclude is UNSET
        else [CreateWebsetParametersSearchExcludeItem.from_dict(exclude_item_data) for exclude_item_data in _exclude]
    )
    return exclude


def _build_scope(raw: Any) -> list[CreateWebsetParametersSearchScopeItem] | Unset:
    _scope = raw
    scope: list[CreateWebsetParametersSearchScopeItem] | Unset = (
        UNSET
        if _scope is UNSET
        else [CreateWebsetParametersSearchScopeItem.from_dict(scope_item_data) for scope_item_data in _scope]
    )
    return scope


CreateWebsetParametersSearch._lazy(
    {
        "entity": ("entity", False, _parse_entity),
        "criteria": ("criteria", False, _build_criteria),
        "exclude": ("exclude", False, _build_exclude),
        "scope": ("scope", False, _build_scope),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
