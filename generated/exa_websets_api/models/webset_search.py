from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webset_search_behavior import WebsetSearchBehavior
from ..models.webset_search_canceled_reason import WebsetSearchCanceledReason
from ..models.webset_search_status import WebsetSearchStatus
from ..types import UNSET, LazyModel, Unset, parse_datetime

T = TypeVar("T", bound="WebsetSearch")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetSearch(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the search
        object_ (Literal['webset_search']):  Default: 'webset_search'.
        status (WebsetSearchStatus): The status of the search
        webset_id (str): The unique identifier for the Webset this search belongs to
        query (str): The query used to create the search.
        entity (ArticleEntity | CompanyEntity | CustomEntity | None | PersonEntity | ResearchPaperEntity |
            UnknownEntity): The entity the search will return results for.

            When no entity is provided during creation, we will automatically select the best entity based on the query.
        criteria (list[WebsetSearchCriteriaItem]): The criteria the search will use to evaluate the results. If not
            provided, we will automatically generate them for you.
        count (float): The number of results the search will attempt to find. The actual number of results may be less
            than this number depending on the search complexity.
        exclude (list[WebsetSearchExcludeItem]): Sources (existing imports or websets) used to omit certain results to
            be found during the search.
        scope (list[WebsetSearchScopeItem]): The scope of the search. By default, there is no scope - thus searching the
            web.

            If provided during creation, the search will only be performed on the sources provided.
        progress (WebsetSearchProgress): The progress of the search
        recall (None | WebsetSearchRecall): Recall metrics for the search, null if not yet computed or requested.
        canceled_at (datetime.datetime | None): The date and time the search was canceled
        canceled_reason (None | WebsetSearchCanceledReason): The reason the search was canceled
        created_at (datetime.datetime): The date and time the search was created
        updated_at (datetime.datetime): The date and time the search was updated
        behavior (WebsetSearchBehavior | Unset):  Default: WebsetSearchBehavior.OVERRIDE.
        metadata (WebsetSearchMetadata | Unset): Set of key-value pairs you want to associate with this object.
        max_people_per_company (int | None | Unset): The soft cap requested for people from the same company, or null
            when none was requested
    """

    id: str
    status: WebsetSearchStatus
    webset_id: str
    query: str
    entity: ArticleEntity | CompanyEntity | CustomEntity | None | PersonEntity | ResearchPaperEntity | UnknownEntity
    criteria: list[WebsetSearchCriteriaItem]
    count: float
    exclude: list[WebsetSearchExcludeItem]
    scope: list[WebsetSearchScopeItem]
    progress: WebsetSearchProgress
    recall: None | WebsetSearchRecall
    canceled_at: datetime.datetime | None
    canceled_reason: None | WebsetSearchCanceledReason
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webset_search"] = "webset_search"
    behavior: WebsetSearchBehavior | Unset = WebsetSearchBehavior.OVERRIDE
    metadata: WebsetSearchMetadata | Unset = UNSET
    max_people_per_company: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        webset_id = self.webset_id

        query = self.query

        entity: dict[str, Any] | None
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
        elif isinstance(self.entity, UnknownEntity):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        count = self.count

        exclude = []
        for exclude_item_data in self.exclude:
            exclude_item = exclude_item_data.to_dict()
            exclude.append(exclude_item)

        scope = []
        for scope_item_data in self.scope:
            scope_item = scope_item_data.to_dict()
            scope.append(scope_item)

        progress = self.progress.to_dict()

        recall: dict[str, Any] | None
        if isinstance(self.recall, WebsetSearchRecall):
            recall = self.recall.to_dict()
        else:
            recall = self.recall

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = self.canceled_at.isoformat()
        else:
            canceled_at = self.canceled_at

        canceled_reason: None | str
        if isinstance(self.canceled_reason, WebsetSearchCanceledReason):
            canceled_reason = self.canceled_reason.value
        else:
            canceled_reason = self.canceled_reason

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        behavior: str | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        max_people_per_company: int | None | Unset
        if isinstance(self.max_people_per_company, Unset):
            max_people_per_company = UNSET
        else:
            max_people_per_company = self.max_people_per_company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "websetId": webset_id,
                "query": query,
                "entity": entity,
                "criteria": criteria,
                "count": count,
                "exclude": exclude,
                "scope": scope,
                "progress": progress,
                "recall": recall,
                "canceledAt": canceled_at,
                "canceledReason": canceled_reason,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if behavior is not UNSET:
            field_dict["behavior"] = behavior
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if max_people_per_company is not UNSET:
            field_dict["maxPeoplePerCompany"] = max_people_per_company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = d["object"]
        if object_ != "webset_search":
            raise ValueError(f"object must match const 'webset_search', got '{object_}'")

        status = WebsetSearchStatus._by_value.get(d["status"]) or WebsetSearchStatus(d["status"])

        webset_id = d["websetId"]

        query = d["query"]

        count = d["count"]

        _behavior = d.get("behavior", UNSET)
        behavior: WebsetSearchBehavior | Unset = (
            UNSET
            if _behavior is UNSET
            else (WebsetSearchBehavior._by_value.get(_behavior) or WebsetSearchBehavior(_behavior))
        )

        max_people_per_company = d.get("maxPeoplePerCompany", UNSET)

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not (
            "entity" in d
            and "criteria" in d
            and "exclude" in d
            and "scope" in d
            and "progress" in d
            and "recall" in d
            and "canceledAt" in d
            and "canceledReason" in d
            and "createdAt" in d
            and "updatedAt" in d
        ):
            raise KeyError(
                next(
                    key
                    for key in (
                        "entity",
                        "criteria",
                        "exclude",
                        "scope",
                        "progress",
                        "recall",
                        "canceledAt",
                        "canceledReason",
                        "createdAt",
                        "updatedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_search = object.__new__(cls)
        webset_search._src = d
        webset_search.id = id
        webset_search.object_ = object_
        webset_search.status = status
        webset_search.webset_id = webset_id
        webset_search.query = query
        webset_search.count = count
        webset_search.behavior = behavior
        webset_search.max_people_per_company = max_people_per_company

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 16 + ("behavior" in d) + ("metadata" in d) + ("maxPeoplePerCompany" in d):
            webset_search.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return webset_search

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
        "object",
        "status",
        "websetId",
        "query",
        "entity",
        "criteria",
        "count",
        "exclude",
        "scope",
        "progress",
        "recall",
        "canceledAt",
        "canceledReason",
        "createdAt",
        "updatedAt",
        "behavior",
        "metadata",
        "maxPeoplePerCompany",
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
from ..models.webset_search_criteria_item import WebsetSearchCriteriaItem  # noqa: E402
from ..models.webset_search_exclude_item import WebsetSearchExcludeItem  # noqa: E402
from ..models.webset_search_metadata import WebsetSearchMetadata  # noqa: E402
from ..models.webset_search_progress import WebsetSearchProgress  # noqa: E402
from ..models.webset_search_recall import WebsetSearchRecall  # noqa: E402
from ..models.webset_search_scope_item import WebsetSearchScopeItem  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _parse_entity(
    data: object,
) -> ArticleEntity | CompanyEntity | CustomEntity | None | PersonEntity | ResearchPaperEntity | UnknownEntity:
    if data is None:
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


def _build_criteria(raw: Any) -> list[WebsetSearchCriteriaItem]:
    criteria = [WebsetSearchCriteriaItem.from_dict(criteria_item_data) for criteria_item_data in raw]
    return criteria


def _build_exclude(raw: Any) -> list[WebsetSearchExcludeItem]:
    exclude = [WebsetSearchExcludeItem.from_dict(exclude_item_data) for exclude_item_data in raw]
    return exclude


def _build_scope(raw: Any) -> list[WebsetSearchScopeItem]:
    scope = [WebsetSearchScopeItem.from_dict(scope_item_data) for scope_item_data in raw]
    return scope


def _build_recall(raw: Any) -> None | WebsetSearchRecall:
    _recall = raw
    recall: None | WebsetSearchRecall = _recall if _recall is None else WebsetSearchRecall.from_dict(_recall)
    return recall


def _build_canceled_at(raw: Any) -> datetime.datetime | None:
    _canceled_at = raw
    canceled_at: datetime.datetime | None = _canceled_at if _canceled_at is None else parse_datetime(_canceled_at)
    return canceled_at


def _build_canceled_reason(raw: Any) -> None | WebsetSearchCanceledReason:
    _canceled_reason = raw
    canceled_reason: None | WebsetSearchCanceledReason = (
        _canceled_reason
        if _canceled_reason is None
        else (
            WebsetSearchCanceledReason._by_value.get(_canceled_reason) or WebsetSearchCanceledReason(_canceled_reason)
        )
    )
    return canceled_reason


def _build_metadata(raw: Any) -> WebsetSearchMetadata | Unset:
    _metadata = raw
    metadata: WebsetSearchMetadata | Unset = UNSET if _metadata is UNSET else WebsetSearchMetadata.from_dict(_metadata)
    return metadata


WebsetSearch._lazy(
    {
        "entity": ("entity", True, _parse_entity),
        "criteria": ("criteria", True, _build_criteria),
        "exclude": ("exclude", True, _build_exclude),
        "scope": ("scope", True, _build_scope),
        "progress": ("progress", True, WebsetSearchProgress.from_dict),
        "recall": ("recall", True, _build_recall),
        "canceled_at": ("canceledAt", True, _build_canceled_at),
        "canceled_reason": ("canceledReason", True, _build_canceled_reason),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
