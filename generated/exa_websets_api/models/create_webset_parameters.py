from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateWebsetParameters")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CreateWebsetParameters(LazyModel):
    """
    Attributes:
        search (CreateWebsetParametersSearch | Unset): Create initial search for the Webset.
        import_ (list[CreateWebsetParametersImportItem] | Unset): Attach/load data from existing Imports or Websets into
            this Webset. For CSV Imports, this schedules ingestion and creates a staging pool of items (ImportItems do not
            automatically appear as Webset Items; searches create Webset Items). This does not filter searches. To filter a
            search to only look within an Import or Webset, use search.scope instead.
        enrichments (list[CreateEnrichmentParameters] | Unset): Add enrichments to extract additional data from found
            items.

            Enrichments automatically search for and extract specific information (like contact details, funding data,
            employee counts, etc.) from each item added to your Webset.
        exclude (list[CreateWebsetParametersExcludeItem] | Unset): Global exclusion sources (existing imports or
            websets) that apply to all operations within this Webset. Any results found within these sources will be omitted
            across all search and import operations.
        external_id (str | Unset): The external identifier for the webset.

            You can use this to reference the Webset by your own internal identifiers.
        metadata (CreateWebsetParametersMetadata | Unset): Set of key-value pairs you want to associate with this
            object.
        title (str | Unset): A title for the webset
    """

    search: CreateWebsetParametersSearch | Unset = UNSET
    import_: list[CreateWebsetParametersImportItem] | Unset = UNSET
    enrichments: list[CreateEnrichmentParameters] | Unset = UNSET
    exclude: list[CreateWebsetParametersExcludeItem] | Unset = UNSET
    external_id: str | Unset = UNSET
    metadata: CreateWebsetParametersMetadata | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        import_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.import_, Unset):
            import_ = []
            for import_item_data in self.import_:
                import_item = import_item_data.to_dict()
                import_.append(import_item)

        enrichments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enrichments, Unset):
            enrichments = []
            for enrichments_item_data in self.enrichments:
                enrichments_item = enrichments_item_data.to_dict()
                enrichments.append(enrichments_item)

        exclude: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = []
            for exclude_item_data in self.exclude:
                exclude_item = exclude_item_data.to_dict()
                exclude.append(exclude_item)

        external_id = self.external_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search
        if import_ is not UNSET:
            field_dict["import"] = import_
        if enrichments is not UNSET:
            field_dict["enrichments"] = enrichments
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        external_id = d.get("externalId", UNSET)

        title = d.get("title", UNSET)

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        create_webset_parameters = object.__new__(cls)
        create_webset_parameters._src = d
        create_webset_parameters.external_id = external_id
        create_webset_parameters.title = title

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 0 + ("search" in d) + ("import" in d) + ("enrichments" in d) + ("exclude" in d) + (
            "externalId" in d
        ) + ("metadata" in d) + ("title" in d):
            create_webset_parameters.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_webset_parameters

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
        "search",
        "import",
        "enrichments",
        "exclude",
        "externalId",
        "metadata",
        "title",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.create_enrichment_parameters import CreateEnrichmentParameters  # noqa: E402
from ..models.create_webset_parameters_exclude_item import (
    CreateWebsetParametersExcludeItem,  # noqa: E402
)
from ..models.create_webset_parameters_import_item import (
    CreateWebsetParametersImportItem,  # noqa: E402
)
from ..models.create_webset_parameters_metadata import CreateWebsetParametersMetadata  # noqa: E402
from ..models.create_webset_parameters_search import CreateWebsetParametersSearch  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_search(raw: Any) -> CreateWebsetParametersSearch | Unset:
    _search = raw
    search: CreateWebsetParametersSearch | Unset = (
        UNSET if _search is UNSET else CreateWebsetParametersSearch.from_dict(_search)
    )
    return search


def _build_import_(raw: Any) -> list[CreateWebsetParametersImportItem] | Unset:
    _import_ = raw
    import_: list[CreateWebsetParametersImportItem] | Unset = (
        UNSET
        if _import_ is UNSET
        else [CreateWebsetParametersImportItem.from_dict(import_item_data) for import_item_data in _import_]
    )
    return import_


def _build_enrichments(raw: Any) -> list[CreateEnrichmentParameters] | Unset:
    _enrichments = raw
    enrichments: list[CreateEnrichmentParameters] | Unset = (
        UNSET
        if _enrichments is UNSET
        else [CreateEnrichmentParameters.from_dict(enrichments_item_data) for enrichments_item_data in _enrichments]
    )
    return enrichments


def _build_exclude(raw: Any) -> list[CreateWebsetParametersExcludeItem] | Unset:
    _exclude = raw
    exclude: list[CreateWebsetParametersExcludeItem] | Unset = (
        UNSET
        if _exclude is UNSET
        else [CreateWebsetParametersExcludeItem.from_dict(exclude_item_data) for exclude_item_data in _exclude]
    )
    return exclude


def _build_metadata(raw: Any) -> CreateWebsetParametersMetadata | Unset:
    _metadata = raw
    metadata: CreateWebsetParametersMetadata | Unset = (
        UNSET if _metadata is UNSET else CreateWebsetParametersMetadata.from_dict(_metadata)
    )
    return metadata


CreateWebsetParameters._lazy(
    {
        "search": ("search", False, _build_search),
        "import_": ("import", False, _build_import_),
        "enrichments": ("enrichments", False, _build_enrichments),
        "exclude": ("exclude", False, _build_exclude),
        "metadata": ("metadata", False, _build_metadata),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
