from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_failed_reason import ImportFailedReason
from ..models.import_format import ImportFormat
from ..models.import_object import ImportObject
from ..models.import_status import ImportStatus
from ..types import LazyModel, parse_datetime

T = TypeVar("T", bound="Import")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class Import(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the Import
        object_ (ImportObject): The type of object
        status (ImportStatus): The status of the Import
        format_ (ImportFormat): The format of the import.
        entity (ArticleEntity | CompanyEntity | CustomEntity | None | PersonEntity | ResearchPaperEntity |
            UnknownEntity): The type of entity the import contains.
        title (str): The title of the import
        count (float): The number of entities in the import
        metadata (ImportMetadata): Set of key-value pairs you want to associate with this object.
        failed_reason (ImportFailedReason | None): The reason the import failed
        failed_at (datetime.datetime | None): When the import failed
        failed_message (None | str): A human readable message of the import failure
        created_at (datetime.datetime): When the import was created
        updated_at (datetime.datetime): When the import was last updated
    """

    id: str
    object_: ImportObject
    status: ImportStatus
    format_: ImportFormat
    entity: ArticleEntity | CompanyEntity | CustomEntity | None | PersonEntity | ResearchPaperEntity | UnknownEntity
    title: str
    count: float
    metadata: ImportMetadata
    failed_reason: ImportFailedReason | None
    failed_at: datetime.datetime | None
    failed_message: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        status = self.status.value

        format_ = self.format_.value

        entity: dict[str, Any] | None
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
        elif isinstance(self.entity, UnknownEntity):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        title = self.title

        count = self.count

        metadata = self.metadata.to_dict()

        failed_reason: None | str
        if isinstance(self.failed_reason, ImportFailedReason):
            failed_reason = self.failed_reason.value
        else:
            failed_reason = self.failed_reason

        failed_at: None | str
        if isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat()
        else:
            failed_at = self.failed_at

        failed_message: None | str
        failed_message = self.failed_message

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
                "format": format_,
                "entity": entity,
                "title": title,
                "count": count,
                "metadata": metadata,
                "failedReason": failed_reason,
                "failedAt": failed_at,
                "failedMessage": failed_message,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = ImportObject._by_value.get(d["object"]) or ImportObject(d["object"])

        status = ImportStatus._by_value.get(d["status"]) or ImportStatus(d["status"])

        format_ = ImportFormat._by_value.get(d["format"]) or ImportFormat(d["format"])

        title = d["title"]

        count = d["count"]

        failed_message = d["failedMessage"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not (
            "entity" in d
            and "metadata" in d
            and "failedReason" in d
            and "failedAt" in d
            and "createdAt" in d
            and "updatedAt" in d
        ):
            raise KeyError(
                next(
                    key
                    for key in (
                        "entity",
                        "metadata",
                        "failedReason",
                        "failedAt",
                        "createdAt",
                        "updatedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        import_ = object.__new__(cls)
        import_._src = d
        import_.id = id
        import_.object_ = object_
        import_.status = status
        import_.format_ = format_
        import_.title = title
        import_.count = count
        import_.failed_message = failed_message

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 13:
            import_.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return import_

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
        "format",
        "entity",
        "title",
        "count",
        "metadata",
        "failedReason",
        "failedAt",
        "failedMessage",
        "createdAt",
        "updatedAt",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.article_entity import ArticleEntity  # noqa: E402
from ..models.company_entity import CompanyEntity  # noqa: E402
from ..models.custom_entity import CustomEntity  # noqa: E402
from ..models.import_metadata import ImportMetadata  # noqa: E402
from ..models.person_entity import PersonEntity  # noqa: E402
from ..models.research_paper_entity import ResearchPaperEntity  # noqa: E402
from ..models.unknown_entity import UnknownEntity  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _parse_entity(
    data: object,
) -> ArticleEntity | CompanyEntity | CustomEntity | None | PersonEntity | ResearchPaperEntity | UnknownEntity:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_0 = CompanyEntity.from_dict(data)

        return componentsschemas_entity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_1 = PersonEntity.from_dict(data)

        return componentsschemas_entity_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_2 = ArticleEntity.from_dict(data)

        return componentsschemas_entity_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_3 = ResearchPaperEntity.from_dict(data)

        return componentsschemas_entity_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_entity_type_4 = CustomEntity.from_dict(data)

        return componentsschemas_entity_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_entity_type_5 = UnknownEntity.from_dict(data)

    return componentsschemas_entity_type_5


def _build_failed_reason(raw: Any) -> ImportFailedReason | None:
    _failed_reason = raw
    failed_reason: ImportFailedReason | None = (
        _failed_reason
        if _failed_reason is None
        else (ImportFailedReason._by_value.get(_failed_reason) or ImportFailedReason(_failed_reason))
    )
    return failed_reason


def _build_failed_at(raw: Any) -> datetime.datetime | None:
    _failed_at = raw
    failed_at: datetime.datetime | None = _failed_at if _failed_at is None else parse_datetime(_failed_at)
    return failed_at


Import._lazy(
    {
        "entity": ("entity", True, _parse_entity),
        "metadata": ("metadata", True, ImportMetadata.from_dict),
        "failed_reason": ("failedReason", True, _build_failed_reason),
        "failed_at": ("failedAt", True, _build_failed_at),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
