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

from ..models.webset_enrichment_format import WebsetEnrichmentFormat
from ..models.webset_enrichment_status import WebsetEnrichmentStatus
from ..types import UNSET, LazyModel, Unset, parse_datetime

T = TypeVar("T", bound="WebsetEnrichment")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebsetEnrichment(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the enrichment
        object_ (Literal['webset_enrichment']):  Default: 'webset_enrichment'.
        status (WebsetEnrichmentStatus): The status of the enrichment
        webset_id (str): The unique identifier for the Webset this enrichment belongs to.
        title (None | str): The title of the enrichment.

            This will be automatically generated based on the description and format.
        description (str): The description of the enrichment task provided during the creation of the enrichment.
        format_ (None | WebsetEnrichmentFormat): The format of the enrichment response.
        options (list[WebsetEnrichmentOptionsItem] | None): When the format is options, the different options for the
            enrichment agent to choose from.
        instructions (None | str): The instructions for the enrichment Agent.

            This will be automatically generated based on the description and format.
        created_at (datetime.datetime): The date and time the enrichment was created
        updated_at (datetime.datetime): The date and time the enrichment was updated
        metadata (WebsetEnrichmentMetadata | Unset): The metadata of the enrichment
    """

    id: str
    status: WebsetEnrichmentStatus
    webset_id: str
    title: None | str
    description: str
    format_: None | WebsetEnrichmentFormat
    options: list[WebsetEnrichmentOptionsItem] | None
    instructions: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webset_enrichment"] = "webset_enrichment"
    metadata: WebsetEnrichmentMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        webset_id = self.webset_id

        title: None | str
        title = self.title

        description = self.description

        format_: None | str
        if isinstance(self.format_, WebsetEnrichmentFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        options: list[dict[str, Any]] | None
        if isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        instructions: None | str
        instructions = self.instructions

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "websetId": webset_id,
                "title": title,
                "description": description,
                "format": format_,
                "options": options,
                "instructions": instructions,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = d["object"]
        if object_ != "webset_enrichment":
            raise ValueError(f"object must match const 'webset_enrichment', got '{object_}'")

        status = WebsetEnrichmentStatus._by_value.get(d["status"]) or WebsetEnrichmentStatus(d["status"])

        webset_id = d["websetId"]

        title = d["title"]

        description = d["description"]

        instructions = d["instructions"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("format" in d and "options" in d and "createdAt" in d and "updatedAt" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "format",
                        "options",
                        "createdAt",
                        "updatedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset_enrichment = object.__new__(cls)
        webset_enrichment._src = d
        webset_enrichment.id = id
        webset_enrichment.object_ = object_
        webset_enrichment.status = status
        webset_enrichment.webset_id = webset_id
        webset_enrichment.title = title
        webset_enrichment.description = description
        webset_enrichment.instructions = instructions

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 11 + ("metadata" in d):
            webset_enrichment.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return webset_enrichment

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
        "title",
        "description",
        "format",
        "options",
        "instructions",
        "createdAt",
        "updatedAt",
        "metadata",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.webset_enrichment_metadata import WebsetEnrichmentMetadata  # noqa: E402
from ..models.webset_enrichment_options_item import WebsetEnrichmentOptionsItem  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_format_(raw: Any) -> None | WebsetEnrichmentFormat:
    _format_ = raw
    format_: None | WebsetEnrichmentFormat = (
        _format_
        if _format_ is None
        else (WebsetEnrichmentFormat._by_value.get(_format_) or WebsetEnrichmentFormat(_format_))
    )
    return format_


def _build_options(raw: Any) -> list[WebsetEnrichmentOptionsItem] | None:
    _options = raw
    options: list[WebsetEnrichmentOptionsItem] | None = (
        _options if _options is None else [WebsetEnrichmentOptionsItem.from_dict(element) for element in _options]
    )
    return options


def _build_metadata(raw: Any) -> WebsetEnrichmentMetadata | Unset:
    _metadata = raw
    metadata: WebsetEnrichmentMetadata | Unset = (
        UNSET if _metadata is UNSET else WebsetEnrichmentMetadata.from_dict(_metadata)
    )
    return metadata


WebsetEnrichment._lazy(
    {
        "format_": ("format", True, _build_format_),
        "options": ("options", True, _build_options),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
