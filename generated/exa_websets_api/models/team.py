from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Team")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class Team(LazyModel):
    """The documentation says only "concurrency usage and limits"; every field is optional and unknown fields are kept.

    Attributes:
        id (str | Unset):
        object_ (str | Unset):
        name (str | Unset):
        concurrency (TeamConcurrency | Unset): Names from the documentation's "active/queued vs maxConcurrent/maxQueued"
            (issue 13): work beyond maxConcurrent waits in the queue, and beyond maxQueued it is refused.
        limits (TeamLimits | Unset):
    """

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    name: str | Unset = UNSET
    concurrency: TeamConcurrency | Unset = UNSET
    limits: TeamLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        name = self.name

        concurrency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.concurrency, Unset):
            concurrency = self.concurrency.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if name is not UNSET:
            field_dict["name"] = name
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if limits is not UNSET:
            field_dict["limits"] = limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        object_ = d.get("object", UNSET)

        name = d.get("name", UNSET)

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        team = object.__new__(cls)
        team._src = d
        team.id = id
        team.object_ = object_
        team.name = name

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 0 + ("id" in d) + ("object" in d) + ("name" in d) + ("concurrency" in d) + ("limits" in d):
            team.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return team

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
        "name",
        "concurrency",
        "limits",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.team_concurrency import TeamConcurrency  # noqa: E402
from ..models.team_limits import TeamLimits  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_concurrency(raw: Any) -> TeamConcurrency | Unset:
    _concurrency = raw
    concurrency: TeamConcurrency | Unset = UNSET if _concurrency is UNSET else TeamConcurrency.from_dict(_concurrency)
    return concurrency


def _build_limits(raw: Any) -> TeamLimits | Unset:
    _limits = raw
    limits: TeamLimits | Unset = UNSET if _limits is UNSET else TeamLimits.from_dict(_limits)
    return limits


Team._lazy(
    {
        "concurrency": ("concurrency", False, _build_concurrency),
        "limits": ("limits", False, _build_limits),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
