from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.export_status import ExportStatus
from ..types import UNSET, LazyModel, Unset, parse_datetime

T = TypeVar("T", bound="Export")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class Export(LazyModel):
    """Documented fields: id, status (pending → completed) and downloadUrl (available when completed). The others are
    optional because the documentation does not promise them.

        Attributes:
            id (str):
            status (ExportStatus):
            object_ (str | Unset):
            webset_id (str | Unset):
            format_ (ExportFormat | Unset):
            download_url (None | str | Unset): Set once the export is completed
            created_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset):
    """

    id: str
    status: ExportStatus
    object_: str | Unset = UNSET
    webset_id: str | Unset = UNSET
    format_: ExportFormat | Unset = UNSET
    download_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        object_ = self.object_

        webset_id = self.webset_id

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if webset_id is not UNSET:
            field_dict["websetId"] = webset_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        status = ExportStatus._by_value.get(d["status"]) or ExportStatus(d["status"])

        object_ = d.get("object", UNSET)

        webset_id = d.get("websetId", UNSET)

        _format_ = d.get("format", UNSET)
        format_: ExportFormat | Unset = (
            UNSET if _format_ is UNSET else (ExportFormat._by_value.get(_format_) or ExportFormat(_format_))
        )

        download_url = d.get("downloadUrl", UNSET)

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        export = object.__new__(cls)
        export._src = d
        export.id = id
        export.status = status
        export.object_ = object_
        export.webset_id = webset_id
        export.format_ = format_
        export.download_url = download_url

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 2 + ("object" in d) + ("websetId" in d) + ("format" in d) + ("downloadUrl" in d) + (
            "createdAt" in d
        ) + ("updatedAt" in d):
            export.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return export

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
        "status",
        "object",
        "websetId",
        "format",
        "downloadUrl",
        "createdAt",
        "updatedAt",
    }
)


# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


def _build_created_at(raw: Any) -> datetime.datetime | Unset:
    _created_at = raw
    created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)
    return created_at


def _build_updated_at(raw: Any) -> datetime.datetime | Unset:
    _updated_at = raw
    updated_at: datetime.datetime | Unset = UNSET if _updated_at is UNSET else parse_datetime(_updated_at)
    return updated_at


Export._lazy(
    {
        "created_at": ("createdAt", False, _build_created_at),
        "updated_at": ("updatedAt", False, _build_updated_at),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
