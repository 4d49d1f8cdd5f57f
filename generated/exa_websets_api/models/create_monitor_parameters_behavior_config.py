from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_monitor_parameters_behavior_config_behavior import (
    CreateMonitorParametersBehaviorConfigBehavior,
)
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateMonitorParametersBehaviorConfig")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CreateMonitorParametersBehaviorConfig(LazyModel):
    """Specify the search parameters for the Monitor.

    By default, the search parameters (query, entity and criteria) from the last search are used when no parameters are
    provided.

        Attributes:
            count (float): The maximum number of results to find
            query (str | Unset): The query to search for. By default, the query from the last search is used.
            criteria (list[CreateMonitorParametersBehaviorConfigCriteriaItem] | Unset): The criteria to search for. By
                default, the criteria from the last search is used.
            entity (ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity |
                Unset):
            behavior (CreateMonitorParametersBehaviorConfigBehavior | Unset): The behaviour of the Search when it is added
                to a Webset. Default: CreateMonitorParametersBehaviorConfigBehavior.APPEND.
    """

    count: float
    query: str | Unset = UNSET
    criteria: list[CreateMonitorParametersBehaviorConfigCriteriaItem] | Unset = UNSET
    entity: (
        ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity | Unset
    ) = UNSET
    behavior: CreateMonitorParametersBehaviorConfigBehavior | Unset = (
        CreateMonitorParametersBehaviorConfigBehavior.APPEND
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        query = self.query

        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

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

        behavior: str | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if entity is not UNSET:
            field_dict["entity"] = entity
        if behavior is not UNSET:
            field_dict["behavior"] = behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        count = d["count"]

        query = d.get("query", UNSET)

        _behavior = d.get("behavior", UNSET)
        behavior: CreateMonitorParametersBehaviorConfigBehavior | Unset = (
            UNSET
            if _behavior is UNSET
            else (
                CreateMonitorParametersBehaviorConfigBehavior._by_value.get(_behavior)
                or CreateMonitorParametersBehaviorConfigBehavior(_behavior)
            )
        )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        create_monitor_parameters_behavior_config = object.__new__(cls)
        create_monitor_parameters_behavior_config._src = d
        create_monitor_parameters_behavior_config.count = count
        create_monitor_parameters_behavior_config.query = query
        create_monitor_parameters_behavior_config.behavior = behavior

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 1 + ("query" in d) + ("criteria" in d) + ("entity" in d) + ("behavior" in d):
            create_monitor_parameters_behavior_config.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_monitor_parameters_behavior_config

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
        "count",
        "query",
        "criteria",
        "entity",
        "behavior",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.article_entity import ArticleEntity  # noqa: E402
from ..models.company_entity import CompanyEntity  # noqa: E402
from ..models.create_monitor_parameters_behavior_config_criteria_item import (
    CreateMonitorParametersBehaviorConfigCriteriaItem,  # noqa: E402
)
from ..models.custom_entity import CustomEntity  # noqa: E402
from ..models.person_entity import PersonEntity  # noqa: E402
from ..models.research_paper_entity import ResearchPaperEntity  # noqa: E402
from ..models.unknown_entity import UnknownEntity  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_criteria(raw: Any) -> list[CreateMonitorParametersBehaviorConfigCriteriaItem] | Unset:
    _criteria = raw
    criteria: list[CreateMonitorParametersBehaviorConfigCriteriaItem] | Unset = (
        UNSET
        if _criteria is UNSET
        else [
            CreateMonitorParametersBehaviorConfigCriteriaItem.from_dict(criteria_item_data)
            for criteria_item_data in _criteria
        ]
    )
    return criteria


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


CreateMonitorParametersBehaviorConfig._lazy(
    {
        "criteria": ("criteria", False, _build_criteria),
        "entity": ("entity", False, _parse_entity),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
