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

from ..models.webset_item_source import WebsetItemSource
from ..types import LazyModel, parse_datetime

T = TypeVar("T", bound="WebsetItem")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetItem(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the Webset Item
        object_ (Literal['webset_item']):  Default: 'webset_item'.
        source (WebsetItemSource): The source of the Item
        source_id (str): The unique identifier for the source
        webset_id (str): The unique identifier for the Webset this Item belongs to.
        properties (UnknownWebsetItemProperties | WebsetItemArticleProperties | WebsetItemCompanyProperties |
            WebsetItemCustomProperties | WebsetItemPersonProperties | WebsetItemResearchPaperProperties): The properties of
            the Item
        evaluations (list[WebsetItemEvaluation]): The criteria evaluations of the item
        enrichments (list[EnrichmentResult] | None): The enrichments results of the Webset item
        created_at (datetime.datetime): The date and time the item was created
        updated_at (datetime.datetime): The date and time the item was last updated
    """

    id: str
    source: WebsetItemSource
    source_id: str
    webset_id: str
    properties: (
        UnknownWebsetItemProperties
        | WebsetItemArticleProperties
        | WebsetItemCompanyProperties
        | WebsetItemCustomProperties
        | WebsetItemPersonProperties
        | WebsetItemResearchPaperProperties
    )
    evaluations: list[WebsetItemEvaluation]
    enrichments: list[EnrichmentResult] | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webset_item"] = "webset_item"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        source = self.source.value

        source_id = self.source_id

        webset_id = self.webset_id

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

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        enrichments: list[dict[str, Any]] | None
        if isinstance(self.enrichments, list):
            enrichments = []
            for enrichments_type_0_item_data in self.enrichments:
                enrichments_type_0_item = enrichments_type_0_item_data.to_dict()
                enrichments.append(enrichments_type_0_item)

        else:
            enrichments = self.enrichments

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "source": source,
                "sourceId": source_id,
                "websetId": webset_id,
                "properties": properties,
                "evaluations": evaluations,
                "enrichments": enrichments,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = d["object"]
        if object_ != "webset_item":
            raise ValueError(f"object must match const 'webset_item', got '{object_}'")

        source = WebsetItemSource._by_value.get(d["source"]) or WebsetItemSource(d["source"])

        source_id = d["sourceId"]

        webset_id = d["websetId"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not (
            "properties" in d and "evaluations" in d and "enrichments" in d and "createdAt" in d and "updatedAt" in d
        ):
            raise KeyError(
                next(
                    key
                    for key in (
                        "properties",
                        "evaluations",
                        "enrichments",
                        "createdAt",
                        "updatedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_item = object.__new__(cls)
        webset_item._src = d
        webset_item.id = id
        webset_item.object_ = object_
        webset_item.source = source
        webset_item.source_id = source_id
        webset_item.webset_id = webset_id

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 10:
            webset_item.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return webset_item

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
        "source",
        "sourceId",
        "websetId",
        "properties",
        "evaluations",
        "enrichments",
        "createdAt",
        "updatedAt",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.enrichment_result import EnrichmentResult  # noqa: E402
from ..models.unknown_webset_item_properties import UnknownWebsetItemProperties  # noqa: E402
from ..models.webset_item_article_properties import WebsetItemArticleProperties  # noqa: E402
from ..models.webset_item_company_properties import WebsetItemCompanyProperties  # noqa: E402
from ..models.webset_item_custom_properties import WebsetItemCustomProperties  # noqa: E402
from ..models.webset_item_evaluation import WebsetItemEvaluation  # noqa: E402
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


def _build_evaluations(raw: Any) -> list[WebsetItemEvaluation]:
    evaluations = [WebsetItemEvaluation.from_dict(evaluations_item_data) for evaluations_item_data in raw]
    return evaluations


def _build_enrichments(raw: Any) -> list[EnrichmentResult] | None:
    _enrichments = raw
    enrichments: list[EnrichmentResult] | None = (
        _enrichments if _enrichments is None else [EnrichmentResult.from_dict(element) for element in _enrichments]
    )
    return enrichments


WebsetItem._lazy(
    {
        "properties": ("properties", True, _parse_properties),
        "evaluations": ("evaluations", True, _build_evaluations),
        "enrichments": ("enrichments", True, _build_enrichments),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
