from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_import_parameters_format import CreateImportParametersFormat
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateImportParameters")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CreateImportParameters(LazyModel):
    """
    Attributes:
        size (float): The size of the file in bytes. Maximum size is 50 MB.
        count (float): The number of records to import
        format_ (CreateImportParametersFormat): When the import is in CSV format, we expect a column containing the key
            identifier for the entity - for now URL. If not provided, import will fail to be processed.
        entity (ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity): What
            type of entity the import contains (e.g. People, Companies, etc.), and thus should be attempted to be resolved
            as.
        title (str | Unset): The title of the import
        metadata (CreateImportParametersMetadata | Unset): Set of key-value pairs you want to associate with this
            object.
        csv (CreateImportParametersCsv | Unset): When format is `csv`, these are the specific import parameters.
    """

    size: float
    count: float
    format_: CreateImportParametersFormat
    entity: ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity
    title: str | Unset = UNSET
    metadata: CreateImportParametersMetadata | Unset = UNSET
    csv: CreateImportParametersCsv | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        count = self.count

        format_ = self.format_.value

        entity: dict[str, Any]
        if isinstance(self.entity, CompanyEntity):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, PersonEntity):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, ArticleEntity):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, ResearchPaperEntity):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, CustomEntity):
            entity = self.entity.to_dict()
        else:
            entity = self.entity.to_dict()

        title = self.title

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        csv: dict[str, Any] | Unset = UNSET
        if not isinstance(self.csv, Unset):
            csv = self.csv.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size": size,
                "count": count,
                "format": format_,
                "entity": entity,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if csv is not UNSET:
            field_dict["csv"] = csv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        size = d["size"]

        count = d["count"]

        format_ = CreateImportParametersFormat._by_value.get(d["format"]) or CreateImportParametersFormat(d["format"])

        title = d.get("title", UNSET)

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("entity" in d):
            raise KeyError(next(key for key in ("entity",) if key not in d))

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        create_import_parameters = object.__new__(cls)
        create_import_parameters._src = d
        create_import_parameters.size = size
        create_import_parameters.count = count
        create_import_parameters.format_ = format_
        create_import_parameters.title = title

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 4 + ("title" in d) + ("metadata" in d) + ("csv" in d):
            create_import_parameters.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_import_parameters

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
        "size",
        "count",
        "format",
        "entity",
        "title",
        "metadata",
        "csv",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.article_entity import ArticleEntity  # noqa: E402
from ..models.company_entity import CompanyEntity  # noqa: E402
from ..models.create_import_parameters_csv import CreateImportParametersCsv  # noqa: E402
from ..models.create_import_parameters_metadata import CreateImportParametersMetadata  # noqa: E402
from ..models.custom_entity import CustomEntity  # noqa: E402
from ..models.person_entity import PersonEntity  # noqa: E402
from ..models.research_paper_entity import ResearchPaperEntity  # noqa: E402
from ..models.unknown_entity import UnknownEntity  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _parse_entity(
    data: object,
) -> ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity | UnknownEntity:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    discriminator = data.get("type")
    if discriminator == "company":
        return CompanyEntity.from_dict(data)
    if discriminator == "person":
        return PersonEntity.from_dict(data)
    if discriminator == "article":
        return ArticleEntity.from_dict(data)
    if discriminator == "research_paper":
        return ResearchPaperEntity.from_dict(data)
    if discriminator == "custom":
        return CustomEntity.from_dict(data)
    return UnknownEntity.from_dict(data)


def _build_metadata(raw: Any) -> CreateImportParametersMetadata | Unset:
    _metadata = raw
    metadata: CreateImportParametersMetadata | Unset = (
        UNSET if _metadata is UNSET else CreateImportParametersMetadata.from_dict(_metadata)
    )
    return metadata


def _build_csv(raw: Any) -> CreateImportParametersCsv | Unset:
    _csv = raw
    csv: CreateImportParametersCsv | Unset = UNSET if _csv is UNSET else CreateImportParametersCsv.from_dict(_csv)
    return csv


CreateImportParameters._lazy(
    {
        "entity": ("entity", True, _parse_entity),
        "metadata": ("metadata", False, _build_metadata),
        "csv": ("csv", False, _build_csv),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
