"""Verify and parse Exa Websets webhook deliveries.

Every delivery carries an ``Exa-Signature`` header such as ``t=1712345678,v1=5f2b...``: ``t`` is the Unix time the
delivery was signed and each ``v1`` is the hex HMAC-SHA256, keyed with the webhook's ``secret`` (the whole string
returned when the webhook was created, ``whsec_`` prefix included), of the bytes ``b"<t>." + raw_request_body``.

Use :func:`construct_event` in a handler (verify, then parse into a typed event) or :func:`verify_webhook` when only
the check is wanted; :func:`sign_webhook` builds a valid header for your own tests.

Every failure raises :class:`~exa_websets._errors.WebhookVerificationError`, and nothing else is raised whatever the
delivery contains. The error's ``reason`` attribute says why, as one of:

``"missing_header"``        the header is absent (``None``) or blank
``"malformed_header"``      not a comma-separated list of ``key=value``, or not exactly one ``t``, or ``t`` is not an
                            integer (ASCII digits, optionally negative)
``"no_signature"``          the header has no ``v1`` entry (other schemes such as ``v0`` are ignored)
``"signature_mismatch"``    no ``v1`` entry is the signature of this body with this secret
``"timestamp_too_old"``     signed more than ``tolerance`` seconds before ``now`` (a replay, or a slow queue)
``"timestamp_in_future"``   signed more than ``tolerance`` seconds after ``now`` (clock skew)
``"invalid_payload"``       the body is not bytes, or (``construct_event`` only) not a JSON event this client can read
``"invalid_configuration"`` the caller's own arguments are unusable: empty or non-string secret, negative tolerance,
                            non-finite ``now``

The signature is checked before the timestamp, so a forged delivery always reads ``signature_mismatch`` and a stale
genuine one reads ``timestamp_too_old``. Error messages never contain the secret or the expected signature.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import time
from typing import Literal, TypeAlias, get_args

from exa_websets_api.api.events.events_get import parse_success

from ._errors import InvalidRequestError, Problem, WebhookVerificationError
from .types import Event

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "VERIFICATION_FAILURE_REASONS",
    "Event",
    "VerificationFailureReason",
    "WebhookVerificationError",
    "construct_event",
    "sign_webhook",
    "verify_webhook",
]

SIGNATURE_HEADER = "Exa-Signature"
"""Name of the HTTP header that carries the signature (look it up case-insensitively, as HTTP headers are)."""

DEFAULT_TOLERANCE = 300
"""Seconds a delivery's timestamp may differ from now, either way, before it is refused."""

VerificationFailureReason: TypeAlias = Literal[
    "missing_header",
    "malformed_header",
    "no_signature",
    "signature_mismatch",
    "timestamp_too_old",
    "timestamp_in_future",
    "invalid_payload",
    "invalid_configuration",
]
VERIFICATION_FAILURE_REASONS: tuple[VerificationFailureReason, ...] = get_args(VerificationFailureReason)

_TIMESTAMP_KEY = "t"
_SIGNATURE_SCHEME = "v1"
_HEADER_WHITESPACE = " \t"  # HTTP optional whitespace
_TIMESTAMP_PATTERN = re.compile(r"-?[0-9]+")  # [0-9], not \d: other scripts' digits are not a timestamp
_SIGNATURE_PATTERN = re.compile(r"[0-9a-fA-F]{64}")  # hex of a 32-byte SHA-256 digest
# int() refuses numbers beyond sys.get_int_max_str_digits() (4300 by default); a longer timestamp counts as infinitely
# far, which is exact for any tolerance and `now` this module accepts (those are parsed or finite).
_MAX_TIMESTAMP_DIGITS = 4000


def _failure(reason: VerificationFailureReason, message: str) -> WebhookVerificationError:
    return WebhookVerificationError(f"{message} [{reason}]", reason=reason)


def _seconds(tolerance: int) -> str:
    # str() of an int beyond sys.get_int_max_str_digits() raises ValueError; no message needs that many digits.
    return f"{tolerance} s" if tolerance < 10**18 else "the tolerance"


def _signature(secret_key: bytes, timestamp_text: str, payload: bytes) -> str:
    return hmac.new(secret_key, timestamp_text.encode("ascii") + b"." + payload, hashlib.sha256).hexdigest()


def sign_webhook(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """Return the ``Exa-Signature`` header value ``t=<timestamp>,v1=<hex>`` that Exa would send with ``payload``.

    ``timestamp`` (Unix seconds) defaults to now. Meant for tests and local tooling that simulate deliveries.

    Raises:
        InvalidRequestError: ``timestamp`` is not an ``int`` (a float or bool would make a header that verification
            refuses), ``secret`` is not a non-empty string, or ``payload`` is not bytes.
    """
    if timestamp is None:
        timestamp = int(time.time())
    # A float or bool would render as "t=1.5" or "t=True", a header that verification then refuses as malformed.
    if isinstance(timestamp, bool) or not isinstance(timestamp, int):
        raise InvalidRequestError(
            "sign_webhook",
            [Problem("timestamp", f"must be an integer number of Unix seconds, not {type(timestamp).__name__}")],
        )
    if not isinstance(secret, str) or not secret:
        raise InvalidRequestError("sign_webhook", [Problem("secret", "must be a non-empty string")])
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise InvalidRequestError(
            "sign_webhook", [Problem("payload", f"must be bytes (the raw body), not {type(payload).__name__}")]
        )
    payload = bytes(payload)
    return f"t={timestamp},{_SIGNATURE_SCHEME}={_signature(secret.encode('utf-8'), str(timestamp), payload)}"


def _check_configuration(secret: object, tolerance: object, now: object) -> tuple[bytes, int, float]:
    if not isinstance(secret, str) or not secret:
        raise _failure("invalid_configuration", "the webhook secret must be a non-empty string")
    try:
        secret_key = secret.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        raise _failure("invalid_configuration", "the webhook secret is not valid text") from None
    if isinstance(tolerance, bool) or not isinstance(tolerance, int) or tolerance < 0:
        raise _failure("invalid_configuration", "tolerance must be a non-negative number of seconds")
    if now is None:
        now = time.time()
    # A NaN `now` would make every timestamp comparison false, i.e. accept any age. An int is always finite (and
    # math.isfinite would overflow on a huge one).
    if isinstance(now, bool) or not isinstance(now, int | float) or (isinstance(now, float) and not math.isfinite(now)):
        raise _failure("invalid_configuration", "now must be a finite Unix time")
    return secret_key, tolerance, now


def _payload_bytes(payload: object) -> bytes:
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, bytearray | memoryview):
        return bytes(payload)
    hint = " (pass the raw request body, not decoded text)" if isinstance(payload, str) else ""
    raise _failure("invalid_payload", f"the payload must be bytes, got {type(payload).__name__}{hint}")


def _parse_header(header: object) -> tuple[str, list[str]]:
    """Split a header into its timestamp text and its ``v1`` candidates."""
    if isinstance(header, bytes | bytearray):
        try:
            header = bytes(header).decode("ascii")
        except UnicodeDecodeError:
            raise _failure("malformed_header", "the signature header is not ASCII") from None
    if header is None or (isinstance(header, str) and not header.strip(_HEADER_WHITESPACE)):
        raise _failure("missing_header", f"no {SIGNATURE_HEADER} header")
    if not isinstance(header, str):
        raise _failure("malformed_header", f"the signature header must be a string, got {type(header).__name__}")

    timestamps: list[str] = []
    candidates: list[str] = []
    for item in header.split(","):
        if not item.strip(_HEADER_WHITESPACE):
            continue  # tolerate a stray or trailing comma
        key, separator, value = item.partition("=")
        if not separator:
            raise _failure("malformed_header", "the signature header is not a list of key=value")
        key = key.strip(_HEADER_WHITESPACE)
        value = value.strip(_HEADER_WHITESPACE)
        if key == _TIMESTAMP_KEY:
            timestamps.append(value)
        elif key == _SIGNATURE_SCHEME:
            candidates.append(value)
        # Other keys (v0, future schemes) are ignored so a new scheme does not break old clients.

    if len(timestamps) != 1:
        raise _failure("malformed_header", f"the signature header must have exactly one t, found {len(timestamps)}")
    timestamp_text = timestamps[0]
    if not _TIMESTAMP_PATTERN.fullmatch(timestamp_text):
        raise _failure("malformed_header", "the signature timestamp is not an integer")
    if not candidates:
        raise _failure("no_signature", f"the signature header has no {_SIGNATURE_SCHEME} signature")
    return timestamp_text, candidates


def _timestamp_value(timestamp_text: str) -> float:
    if len(timestamp_text.lstrip("-")) > _MAX_TIMESTAMP_DIGITS:
        return -math.inf if timestamp_text.startswith("-") else math.inf
    return int(timestamp_text)


def verify_webhook(
    payload: bytes,
    header: str | bytes | None,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Check that ``payload`` was signed by Exa with ``secret`` within ``tolerance`` seconds of ``now``.

    ``payload`` is the raw request body, byte for byte as received (re-serialised JSON will not match). ``header`` is
    the ``Exa-Signature`` header value (``None`` when absent; ``bytes``, as some servers hand headers over, is accepted
    too). ``now`` defaults to the current Unix time. The delivery is accepted if any ``v1`` entry matches; hex case is
    ignored.

    Raises:
        WebhookVerificationError: on every failure, with ``reason`` set (see the module documentation). Nothing else
            is raised, whatever the arguments.
    """
    _verified_body(payload, header, secret, tolerance, now)


def _verified_body(payload: object, header: object, secret: object, tolerance: object, now: object) -> bytes:
    secret_key, tolerance, now = _check_configuration(secret, tolerance, now)
    body = _payload_bytes(payload)
    timestamp_text, candidates = _parse_header(header)

    expected = _signature(secret_key, timestamp_text, body).encode("ascii")
    matched = False
    for candidate in candidates:
        # Only well-formed candidates are compared, so compare_digest always sees two 64-byte ASCII strings.
        if _SIGNATURE_PATTERN.fullmatch(candidate):
            matched |= hmac.compare_digest(expected, candidate.lower().encode("ascii"))
    if not matched:
        raise _failure("signature_mismatch", "no signature in the header matches the payload and secret")

    # Integer-and-float comparisons are exact in Python, so "exactly at tolerance" is reliably accepted. Only ints are
    # added (an infinite timestamp is decided without arithmetic): int + float overflows for huge ints.
    timestamp = _timestamp_value(timestamp_text)
    if timestamp == -math.inf:
        raise _failure("timestamp_too_old", f"the delivery was signed more than {_seconds(tolerance)} ago")
    if timestamp == math.inf:
        raise _failure("timestamp_in_future", f"the delivery was signed more than {_seconds(tolerance)} in the future")
    if timestamp + tolerance < now:
        raise _failure("timestamp_too_old", f"the delivery was signed more than {_seconds(tolerance)} ago")
    if timestamp - tolerance > now:
        raise _failure("timestamp_in_future", f"the delivery was signed more than {_seconds(tolerance)} in the future")
    return body


def construct_event(
    payload: bytes,
    header: str | bytes | None,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Event:
    """Verify a delivery (see :func:`verify_webhook`), then parse its body into a typed event.

    Returns the event class for its ``type`` (e.g. ``WebsetIdleEvent``); a type this client does not know yet comes
    back as ``UnknownEvent`` with every field kept.

    Raises:
        WebhookVerificationError: verification failed, or (``reason="invalid_payload"``, chained from the parser's
            error) the body is not a JSON event object.
    """
    body = _verified_body(payload, header, secret, tolerance, now)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as error:  # ValueError covers JSONDecodeError and UnicodeDecodeError
        raise _failure("invalid_payload", "the payload is not JSON") from error
    if not isinstance(data, dict):
        raise _failure("invalid_payload", f"the payload is JSON {type(data).__name__}, not an event object")
    if not isinstance(data.get("type"), str):
        raise _failure("invalid_payload", "the payload has no string 'type', so it is not an event")
    try:
        event = parse_success(data)
        # The models build nested fields when first read; to_dict reads every one, so a malformed body fails here,
        # as this function promises, not later in the caller's handler.
        event.to_dict()
        return event
    # The generated parsers signal bad shapes with whatever fails first (KeyError, TypeError, ValueError,
    # AttributeError...), and this function promises to raise only WebhookVerificationError.
    except Exception as error:
        raise _failure("invalid_payload", f"the payload is not a valid {data['type'][:100]!r} event") from error
