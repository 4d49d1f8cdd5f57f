from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_import_response_failed_reason import (
    CreateImportResponseFailedReason,
)
from ..models.create_import_response_format import CreateImportResponseFormat
from ..models.create_import_response_object import CreateImportResponseObject
from ..models.create_import_response_status import CreateImportResponseStatus
from ..types import LazyModel, parse_datetime

T = TypeVar("T", bound="CreateImportResponse")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class CreateImportResponse(LazyModel):
    """The response to a successful import. Includes the upload URL and the upload valid until date.

    Attributes:
        id (str): The unique identifier for the Import
        object_ (CreateImportResponseObject): The type of object
        status (CreateImportResponseStatus): The status of the Import
        format_ (CreateImportResponseFormat): The format of the import.
        entity (ArticleEntity | CompanyEntity | CustomEntity | None | PersonEntity | ResearchPaperEntity |
            UnknownEntity): The type of entity the import contains.
        title (str): The title of the import
        count (float): The number of entities in the import
        metadata (CreateImportResponseMetadata): Set of key-value pairs you want to associate with this object.
        failed_reason (CreateImportResponseFailedReason | None): The reason the import failed
        failed_at (datetime.datetime | None): When the import failed
        failed_message (None | str): A human readable message of the import failure
        created_at (datetime.datetime): When the import was created
        updated_at (datetime.datetime): When the import was last updated
        upload_url (str): The URL to upload the file to
        upload_valid_until (str): The date and time until the upload URL is valid. The upload URL will be valid for 1
            hour.
    """

    id: str
    object_: CreateImportResponseObject
    status: CreateImportResponseStatus
    format_: CreateImportResponseFormat
    entity: ArticleEntity | CompanyEntity | CustomEntity | None | PersonEntity | ResearchPaperEntity | UnknownEntity
    title: str
    count: float
    metadata: CreateImportResponseMetadata
    failed_reason: CreateImportResponseFailedReason | None
    failed_at: datetime.datetime | None
    failed_message: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    upload_url: str
    upload_valid_until: str
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
        if isinstance(self.failed_reason, CreateImportResponseFailedReason):
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

        upload_url = self.upload_url

        upload_valid_until = self.upload_valid_until

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
                "uploadUrl": upload_url,
                "uploadValidUntil": upload_valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = CreateImportResponseObject._by_value.get(d["object"]) or CreateImportResponseObject(d["object"])

        status = CreateImportResponseStatus._by_value.get(d["status"]) or CreateImportResponseStatus(d["status"])

        format_ = CreateImportResponseFormat._by_value.get(d["format"]) or CreateImportResponseFormat(d["format"])

        title = d["title"]

        count = d["count"]

        failed_message = d["failedMessage"]

        upload_url = d["uploadUrl"]

        upload_valid_until = d["uploadValidUntil"]

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
        create_import_response = object.__new__(cls)
        create_import_response._src = d
        create_import_response.id = id
        create_import_response.object_ = object_
        create_import_response.status = status
        create_import_response.format_ = format_
        create_import_response.title = title
        create_import_response.count = count
        create_import_response.failed_message = failed_message
        create_import_response.upload_url = upload_url
        create_import_response.upload_valid_until = upload_valid_until

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 15:
            create_import_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_import_response

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
        "uploadUrl",
        "uploadValidUntil",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.article_entity import ArticleEntity  # noqa: E402
from ..models.company_entity import CompanyEntity  # noqa: E402
from ..models.create_import_response_metadata import CreateImportResponseMetadata  # noqa: E402
from ..models.custom_entity import CustomEntity  # noqa: E402
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


def _build_failed_reason(raw: Any) -> CreateImportResponseFailedReason | None:
    _failed_reason = raw
    failed_reason: CreateImportResponseFailedReason | None = (
        _failed_reason
        if _failed_reason is None
        else (
            CreateImportResponseFailedReason._by_value.get(_failed_reason)
            or CreateImportResponseFailedReason(_failed_reason)
        )
    )
    return failed_reason


def _build_failed_at(raw: Any) -> datetime.datetime | None:
    _failed_at = raw
    failed_at: datetime.datetime | None = _failed_at if _failed_at is None else parse_datetime(_failed_at)
    return failed_at


CreateImportResponse._lazy(
    {
        "entity": ("entity", True, _parse_entity),
        "metadata": ("metadata", True, CreateImportResponseMetadata.from_dict),
        "failed_reason": ("failedReason", True, _build_failed_reason),
        "failed_at": ("failedAt", True, _build_failed_at),
        "created_at": ("createdAt", True, parse_datetime),
        "updated_at": ("updatedAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
