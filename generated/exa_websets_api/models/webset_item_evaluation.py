from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webset_item_evaluation_satisfied import WebsetItemEvaluationSatisfied
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="WebsetItemEvaluation")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetItemEvaluation(LazyModel):
    """
    Attributes:
        criterion (str): The description of the criterion
        reasoning (str): The reasoning for the result of the evaluation
        satisfied (WebsetItemEvaluationSatisfied): The satisfaction of the criterion
        references (list[WebsetItemEvaluationReferencesItem] | Unset): The references used to generate the result.
    """

    criterion: str
    reasoning: str
    satisfied: WebsetItemEvaluationSatisfied
    references: list[WebsetItemEvaluationReferencesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criterion = self.criterion

        reasoning = self.reasoning

        satisfied = self.satisfied.value

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criterion": criterion,
                "reasoning": reasoning,
                "satisfied": satisfied,
            }
        )
        if references is not UNSET:
            field_dict["references"] = references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        criterion = d["criterion"]

        reasoning = d["reasoning"]

        satisfied = WebsetItemEvaluationSatisfied._by_value.get(d["satisfied"]) or WebsetItemEvaluationSatisfied(
            d["satisfied"]
        )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_item_evaluation = object.__new__(cls)
        webset_item_evaluation._src = d
        webset_item_evaluation.criterion = criterion
        webset_item_evaluation.reasoning = reasoning
        webset_item_evaluation.satisfied = satisfied

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 3 + ("references" in d):
            webset_item_evaluation.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return webset_item_evaluation

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
        "criterion",
        "reasoning",
        "satisfied",
        "references",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.webset_item_evaluation_references_item import (
    WebsetItemEvaluationReferencesItem,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_references(raw: Any) -> list[WebsetItemEvaluationReferencesItem] | Unset:
    _references = raw
    references: list[WebsetItemEvaluationReferencesItem] | Unset = (
        UNSET
        if _references is UNSET
        else [
            WebsetItemEvaluationReferencesItem.from_dict(references_item_data) for references_item_data in _references
        ]
    )
    return references


WebsetItemEvaluation._lazy(
    {
        "references": ("references", False, _build_references),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
