from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webset_search_recall_expected_confidence import (
    WebsetSearchRecallExpectedConfidence,
)
from ..types import LazyModel

T = TypeVar("T", bound="WebsetSearchRecallExpected")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetSearchRecallExpected(LazyModel):
    """
    Attributes:
        total (float): The estimated total number of potential matches
        confidence (WebsetSearchRecallExpectedConfidence): The confidence in the estimate
        bounds (WebsetSearchRecallExpectedBounds):
    """

    total: float
    confidence: WebsetSearchRecallExpectedConfidence
    bounds: WebsetSearchRecallExpectedBounds
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        confidence = self.confidence.value

        bounds = self.bounds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "confidence": confidence,
                "bounds": bounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total = d["total"]

        confidence = WebsetSearchRecallExpectedConfidence._by_value.get(
            d["confidence"]
        ) or WebsetSearchRecallExpectedConfidence(d["confidence"])

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("bounds" in d):
            raise KeyError(next(key for key in ("bounds",) if key not in d))

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_search_recall_expected = object.__new__(cls)
        webset_search_recall_expected._src = d
        webset_search_recall_expected.total = total
        webset_search_recall_expected.confidence = confidence

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 3:
            webset_search_recall_expected.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return webset_search_recall_expected

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
        "total",
        "confidence",
        "bounds",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.webset_search_recall_expected_bounds import (
    WebsetSearchRecallExpectedBounds,  # noqa: E402
)

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


WebsetSearchRecallExpected._lazy(
    {
        "bounds": ("bounds", True, WebsetSearchRecallExpectedBounds.from_dict),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
