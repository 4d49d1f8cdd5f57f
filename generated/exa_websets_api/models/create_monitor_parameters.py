from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateMonitorParameters")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CreateMonitorParameters(LazyModel):
    """
    Attributes:
        webset_id (str): The id of the Webset
        cadence (CreateMonitorParametersCadence): How often the monitor will run
        behavior (CreateMonitorParametersBehavior): Behavior to perform when monitor runs
        metadata (CreateMonitorParametersMetadata | Unset):
    """

    webset_id: str
    cadence: CreateMonitorParametersCadence
    behavior: CreateMonitorParametersBehavior
    metadata: CreateMonitorParametersMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webset_id = self.webset_id

        cadence = self.cadence.to_dict()

        behavior = self.behavior.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "websetId": webset_id,
                "cadence": cadence,
                "behavior": behavior,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        webset_id = d["websetId"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("cadence" in d and "behavior" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "cadence",
                        "behavior",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        create_monitor_parameters = object.__new__(cls)
        create_monitor_parameters._src = d
        create_monitor_parameters.webset_id = webset_id

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 3 + ("metadata" in d):
            create_monitor_parameters.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_monitor_parameters

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
        "websetId",
        "cadence",
        "behavior",
        "metadata",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.create_monitor_parameters_behavior import CreateMonitorParametersBehavior  # noqa: E402
from ..models.create_monitor_parameters_cadence import CreateMonitorParametersCadence  # noqa: E402
from ..models.create_monitor_parameters_metadata import CreateMonitorParametersMetadata  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_metadata(raw: Any) -> CreateMonitorParametersMetadata | Unset:
    _metadata = raw
    metadata: CreateMonitorParametersMetadata | Unset = (
        UNSET if _metadata is UNSET else CreateMonitorParametersMetadata.from_dict(_metadata)
    )
    return metadata


CreateMonitorParameters._lazy(
    {
        "cadence": ("cadence", True, CreateMonitorParametersCadence.from_dict),
        "behavior": ("behavior", True, CreateMonitorParametersBehavior.from_dict),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
