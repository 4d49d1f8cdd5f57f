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

from ..models.webset_status import WebsetStatus
from ..types import UNSET, LazyModel, Unset, parse_datetime

T = TypeVar("T", bound="Webset")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class Webset(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the webset
        object_ (Literal['webset']):  Default: 'webset'.
        status (WebsetStatus): The status of the webset
        external_id (None | str): The external identifier for the webset
        title (None | str): The title of the webset
        searches (list[WebsetSearch]): The searches that have been performed on the webset.
        imports (list[Import]): Imports that have been performed on the webset.
        enrichments (list[WebsetEnrichment]): The Enrichments to apply to the Webset Items.
        monitors (list[Monitor]): The Monitors for the Webset.
        created_at (datetime.datetime): The date and time the webset was created
        updated_at (datetime.datetime): The date and time the webset was updated
        excludes (list[WebsetExcludesItem] | Unset): The Excludes sources (existing imports or websets) that apply to
            all operations within this Webset. Any results found within these sources will be omitted across all search and
            import operations.
        metadata (WebsetMetadata | Unset): Set of key-value pairs you want to associate with this object.
        dashboard_url (str | Unset): The URL to view the webset in the Exa dashboard
    """

    id: str
    status: WebsetStatus
    external_id: None | str
    title: None | str
    searches: list[WebsetSearch]
    imports: list[Import]
    enrichments: list[WebsetEnrichment]
    monitors: list[Monitor]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    object_: Literal["webset"] = "webset"
    excludes: list[WebsetExcludesItem] | Unset = UNSET
    metadata: WebsetMetadata | Unset = UNSET
    dashboard_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status = self.status.value

        external_id: None | str
        external_id = self.external_id

        title: None | str
        title = self.title

        searches = []
        for searches_item_data in self.searches:
            searches_item = searches_item_data.to_dict()
            searches.append(searches_item)

        imports = []
        for imports_item_data in self.imports:
            imports_item = imports_item_data.to_dict()
            imports.append(imports_item)

        enrichments = []
        for enrichments_item_data in self.enrichments:
            enrichments_item = enrichments_item_data.to_dict()
            enrichments.append(enrichments_item)

        monitors = []
        for monitors_item_data in self.monitors:
            monitors_item = monitors_item_data.to_dict()
            monitors.append(monitors_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        excludes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excludes, Unset):
            excludes = []
            for excludes_item_data in self.excludes:
                excludes_item = excludes_item_data.to_dict()
                excludes.append(excludes_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        dashboard_url = self.dashboard_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "externalId": external_id,
                "title": title,
                "searches": searches,
                "imports": imports,
                "enrichments": enrichments,
                "monitors": monitors,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if excludes is not UNSET:
            field_dict["excludes"] = excludes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if dashboard_url is not UNSET:
            field_dict["dashboardUrl"] = dashboard_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = d["object"]
        if object_ != "webset":
            raise ValueError(f"object must match const 'webset', got '{object_}'")

        status = WebsetStatus._by_value.get(d["status"]) or WebsetStatus(d["status"])

        external_id = d["externalId"]

        title = d["title"]

        dashboard_url = d.get("dashboardUrl", UNSET)

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not (
            "searches" in d
            and "imports" in d
            and "enrichments" in d
            and "monitors" in d
            and "createdAt" in d
            and "updatedAt" in d
        ):
            raise KeyError(
                next(
                    key
                    for key in (
                        "searches",
                        "imports",
                        "enrichments",
                        "monitors",
                        "createdAt",
                        "updatedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webset = object.__new__(cls)
        webset._src = d
        webset.id = id
        webset.object_ = object_
        webset.status = status
        webset.external_id = external_id
        webset.title = title
        webset.dashboard_url = dashboard_url

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 11 + ("excludes" in d) + ("metadata" in d) + ("dashboardUrl" in d):
            webset.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return webset

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
        "externalId",
        "title",
        "searches",
        "imports",
        "enrichments",
        "monitors",
        "createdAt",
        "updatedAt",
        "excludes",
        "metadata",
        "dashboardUrl",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.import_ import Import  # noqa: E402
from ..models.monitor import Monitor  # noqa: E402
from ..models.webset_enrichment import WebsetEnrichment  # noqa: E402
from ..models.webset_excludes_item import WebsetExcludesItem  # noqa: E402
from ..models.webset_metadata import WebsetMetadata  # noqa: E402
from ..models.webset_search import WebsetSearch  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_searches(raw: Any) -> list[WebsetSearch]:
    searches = [WebsetSearch.from_dict(searches_item_data) for searches_item_data in raw]
    return searches


def _build_imports(raw: Any) -> list[Import]:
    imports = [Import.from_dict(imports_item_data) for imports_item_data in raw]
    return imports


def _build_enrichments(raw: Any) -> list[WebsetEnrichment]:
    enrichments = [WebsetEnrichment.from_dict(enrichments_item_data) for enrichments_item_data in raw]
    return enrichments


def _build_monitors(raw: Any) -> list[Monitor]:
    monitors = [Monitor.from_dict(monitors_item_data) for monitors_item_data in raw]
    return monitors


def _build_excludes(raw: Any) -> list[WebsetExcludesItem] | Unset:
    _excludes = raw
    excludes: list[WebsetExcludesItem] | Unset = (
        UNSET
        if _excludes is UNSET
        else [WebsetExcludesItem.from_dict(excludes_item_data) for excludes_item_data in _excludes]
    )
    return excludes


def _build_metadata(raw: Any) -> WebsetMetadata | Unset:
    _metadata = raw
    metadata: WebsetMetadata | Unset = UNSET if _metadata is UNSET else WebsetMetadata.from_dict(_metadata)
    return metadata


Webset._lazy(
    {
        "searches": ("searches", True, _build_searches),
        "imports": ("imports", True, _build_imports),
        "enrichments": ("enrichments", True, _build_enrichments),
        "monitors": ("monitors", True, _build_monitors),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "excludes": ("excludes", False, _build_excludes),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
