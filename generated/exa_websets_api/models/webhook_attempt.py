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

from ..models.webhook_attempt_event_type import WebhookAttemptEventType
from ..types import LazyModel, parse_datetime

T = TypeVar("T", bound="WebhookAttempt")


@_attrs_define(slots=False)  # an instance __dict__: a lazy field, once built, is read from it directly
class WebhookAttempt(LazyModel):
    """
    Attributes:
        id (str): The unique identifier for the webhook attempt
        object_ (Literal['webhook_attempt']):  Default: 'webhook_attempt'.
        event_id (str): The unique identifier for the event
        event_type (WebhookAttemptEventType): The type of event
        webhook_id (str): The unique identifier for the webhook
        url (str): The URL that was used during the attempt
        successful (bool): Whether the attempt was successful
        response_headers (WebhookAttemptResponseHeaders): The headers of the response
        response_body (None | str): The body of the response
        response_status_code (float): The status code of the response
        attempt (float): The attempt number of the webhook
        attempted_at (datetime.datetime): The date and time the webhook attempt was made
    """

    id: str
    event_id: str
    event_type: WebhookAttemptEventType
    webhook_id: str
    url: str
    successful: bool
    response_headers: WebhookAttemptResponseHeaders
    response_body: None | str
    response_status_code: float
    attempt: float
    attempted_at: datetime.datetime
    object_: Literal["webhook_attempt"] = "webhook_attempt"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        event_id = self.event_id

        event_type = self.event_type.value

        webhook_id = self.webhook_id

        url = self.url

        successful = self.successful

        response_headers = self.response_headers.to_dict()

        response_body: None | str
        response_body = self.response_body

        response_status_code = self.response_status_code

        attempt = self.attempt

        attempted_at = self.attempted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "eventId": event_id,
                "eventType": event_type,
                "webhookId": webhook_id,
                "url": url,
                "successful": successful,
                "responseHeaders": response_headers,
                "responseBody": response_body,
                "responseStatusCode": response_status_code,
                "attempt": attempt,
                "attemptedAt": attempted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        object_ = d["object"]
        if object_ != "webhook_attempt":
            raise ValueError(f"object must match const 'webhook_attempt', got '{object_}'")

        event_id = d["eventId"]

        event_type = WebhookAttemptEventType._by_value.get(d["eventType"]) or WebhookAttemptEventType(d["eventType"])

        webhook_id = d["webhookId"]

        url = d["url"]

        successful = d["successful"]

        response_body = d["responseBody"]

        response_status_code = d["responseStatusCode"]

        attempt = d["attempt"]

        # The lazy fields are built on first read, but a required one missing is an error now, as for any other.
        if not ("responseHeaders" in d and "attemptedAt" in d):
            raise KeyError(
                next(
                    key
                    for key in (
                        "responseHeaders",
                        "attemptedAt",
                    )
                    if key not in d
                )
            )

        # The eager fields are set here, so attrs' __init__ (keyword binding: ~3x the cost of these stores) is skipped;
        # the lazy ones stay unset until read (types.LazyField builds them from _src).
        webhook_attempt = object.__new__(cls)
        webhook_attempt._src = d
        webhook_attempt.id = id
        webhook_attempt.object_ = object_
        webhook_attempt.event_id = event_id
        webhook_attempt.event_type = event_type
        webhook_attempt.webhook_id = webhook_id
        webhook_attempt.url = url
        webhook_attempt.successful = successful
        webhook_attempt.response_body = response_body
        webhook_attempt.response_status_code = response_status_code
        webhook_attempt.attempt = attempt

        # More keys than the declared ones present: some this client does not know, kept (the usual case is none).
        if len(d) > 12:
            webhook_attempt.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return webhook_attempt

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
        "eventId",
        "eventType",
        "webhookId",
        "url",
        "successful",
        "responseHeaders",
        "responseBody",
        "responseStatusCode",
        "attempt",
        "attemptedAt",
    }
)

# The models this one refers to, imported once when the module loads rather than on every from_dict/to_dict call
# (the generator's default costs ~1.4 µs per import per call); at the end, after the class, so that import cycles
# between models resolve.
from ..models.webhook_attempt_response_headers import WebhookAttemptResponseHeaders  # noqa: E402

# How each lazy field is built from its JSON on first read (see types.LazyModel). A union's parser is the builder
# itself, defined once here rather than on every call; a single call (parse_datetime, a from_dict) is used directly.


WebhookAttempt._lazy(
    {
        "response_headers": ("responseHeaders", True, WebhookAttemptResponseHeaders.from_dict),
        "attempted_at": ("attemptedAt", True, parse_datetime),
        "additional_properties": (None, False, dict),  # read without unknown keys: an empty dict
    }
)
