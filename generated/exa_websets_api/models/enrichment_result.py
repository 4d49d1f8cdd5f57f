from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_result_status import EnrichmentResultStatus
from ..models.webset_enrichment_format import WebsetEnrichmentFormat
from ..types import LazyModel

T = TypeVar("T", bound="EnrichmentResult")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class EnrichmentResult(LazyModel):
    """
    Attributes:
        object_ (Literal['enrichment_result']):  Default: 'enrichment_result'.
        status (EnrichmentResultStatus): The status of the enrichment result.
        format_ (WebsetEnrichmentFormat):
        result (list[str] | None): The result of the enrichment.
        reasoning (None | str): The reasoning for the result when an Agent is used.
        references (list[EnrichmentResultReferencesItem]): The references used to generate the result.
        enrichment_id (str): The id of the Enrichment that generated the result
    """

    status: EnrichmentResultStatus
    format_: WebsetEnrichmentFormat
    result: list[str] | None
    reasoning: None | str
    references: list[EnrichmentResultReferencesItem]
    enrichment_id: str
    object_: Literal["enrichment_result"] = "enrichment_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        status = self.status.value

        format_ = self.format_.value

        result: list[str] | None
        if isinstance(self.result, list):
            result = self.result

        else:
            result = self.result

        reasoning: None | str
        reasoning = self.reasoning

        references = []
        for references_item_data in self.references:
            references_item = references_item_data.to_dict()
            references.append(references_item)

        enrichment_id = self.enrichment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "status": status,
                "format": format_,
                "result": result,
                "reasoning": reasoning,
                "references": references,
                "enrichmentId": enrichment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        object_ = d["object"]
        if object_ != "enrichment_result":
            raise ValueError(f"object must match const 'enrichment_result', got '{object_}'")

        status = EnrichmentResultStatus._by_value.get(d["status"]) or EnrichmentResultStatus(d["status"])

        format_ = WebsetEnrichmentFormat._by_value.get(d["format"]) or WebsetEnrichmentFormat(d["format"])

        result = d["result"]

        reasoning = d["reasoning"]

        enrichment_id = d["enrichmentId"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("references" in d):
            raise KeyError(next(key for key in ("references",) if key not in d))

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        enrichment_result = object.__new__(cls)
        enrichment_result._src = d
        enrichment_result.object_ = object_
        enrichment_result.status = status
        enrichment_result.format_ = format_
        enrichment_result.result = result
        enrichment_result.reasoning = reasoning
        enrichment_result.enrichment_id = enrichment_id

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 7:
            enrichment_result.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return enrichment_result

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
        "object",
        "status",
        "format",
        "result",
        "reasoning",
        "references",
        "enrichmentId",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.enrichment_result_references_item import EnrichmentResultReferencesItem  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_references(raw: Any) -> list[EnrichmentResultReferencesItem]:
    references = [EnrichmentResultReferencesItem.from_dict(references_item_data) for references_item_data in raw]
    return references


EnrichmentResult._lazy(
    {
        "references": ("references", True, _build_references),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
