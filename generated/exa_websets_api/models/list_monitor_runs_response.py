from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="ListMonitorRunsResponse")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class ListMonitorRunsResponse(LazyModel):
    """
    Attributes:
        data (list[MonitorRun]): The list of monitor runs
        has_more (bool): Whether there are more results to paginate through
        next_cursor (None | str): The cursor to paginate through the next set of results
    """

    data: list[MonitorRun]
    has_more: bool
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "hasMore": has_more,
                "nextCursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        has_more = d["hasMore"]

        next_cursor = d["nextCursor"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("data" in d):
            raise KeyError(next(key for key in ("data",) if key not in d))

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        list_monitor_runs_response = object.__new__(cls)
        list_monitor_runs_response._src = d
        list_monitor_runs_response.has_more = has_more
        list_monitor_runs_response.next_cursor = next_cursor

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 3:
            list_monitor_runs_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return list_monitor_runs_response

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
        "data",
        "hasMore",
        "nextCursor",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.monitor_run import MonitorRun  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_data(raw: Any) -> list[MonitorRun]:
    data = [MonitorRun.from_dict(data_item_data) for data_item_data in raw]
    return data


ListMonitorRunsResponse._lazy(
    {
        "data": ("data", True, _build_data),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
