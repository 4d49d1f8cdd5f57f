"""Webhook signature verification and event parsing: fixed vectors, then properties over arbitrary input."""

from __future__ import annotations

import hashlib
import hmac
import json
import math
from typing import Any, get_args, get_type_hints

import pytest
from exa_websets._errors import ExaWebsetsError, InvalidRequestError, WebhookVerificationError
from exa_websets.webhooks import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    VERIFICATION_FAILURE_REASONS,
    Event,
    construct_event,
    sign_webhook,
    verify_webhook,
)
from exa_websets_api.api.events.events_get import parse_success
from exa_websets_api.models import EventType, UnknownEvent, WebsetIdleEvent, WebsetItemCreatedEvent, WebsetStatus
from hypothesis import HealthCheck, assume, find, given, settings
from hypothesis import strategies as st

SECRET = "whsec_test_4f9a1c"
NOW = 1_712_345_678
BODY = b'{"id":"evt_1","object":"event","type":"webset.idle"}'
HEX_DIGITS = "0123456789abcdef"


def hmac_hex(secret: str, timestamp: int | str, body: bytes) -> str:
    """The signature computed here, independently of the module under test."""
    return hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def rejection(
    payload: Any, header: Any, secret: Any = SECRET, *, now: Any = NOW, tolerance: Any = 300
) -> WebhookVerificationError:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_webhook(payload, header, secret, now=now, tolerance=tolerance)
    return caught.value


def reason_of(error: WebhookVerificationError) -> str:
    reason = getattr(error, "reason", None)
    assert reason in VERIFICATION_FAILURE_REASONS
    return str(reason)


# --- fixed vectors ---------------------------------------------------------------------------------------------------


def test_header_name_and_error_hierarchy() -> None:
    assert SIGNATURE_HEADER == "Exa-Signature"
    assert issubclass(WebhookVerificationError, ExaWebsetsError)


def test_signed_bytes_are_timestamp_dot_raw_body() -> None:
    # Pinned independently: t=1700000000, secret and body below; any change to the byte format breaks this.
    body = b'{"a":1}'
    expected = hmac.new(b"whsec_abc", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign_webhook(body, "whsec_abc", 1700000000) == f"t=1700000000,v1={expected}"
    verify_webhook(body, f"t=1700000000,v1={expected}", "whsec_abc", now=1700000000)


def test_sign_webhook_defaults_timestamp_to_now() -> None:
    header = sign_webhook(BODY, SECRET)
    verify_webhook(BODY, header, SECRET)  # real clock on both sides, well within tolerance


def test_valid_signature_is_accepted() -> None:
    verify_webhook(BODY, sign_webhook(BODY, SECRET, NOW), SECRET, now=NOW)  # no exception is the acceptance


def test_non_utf8_body_is_signed_as_raw_bytes() -> None:
    body = b"\xff\xfe\x00binary"
    verify_webhook(body, f"t={NOW},v1={hmac_hex(SECRET, NOW, body)}", SECRET, now=NOW)


def test_tampered_body_is_rejected() -> None:
    header = sign_webhook(BODY, SECRET, NOW)
    assert reason_of(rejection(BODY.replace(b"idle", b"idlE"), header)) == "signature_mismatch"


def test_wrong_secret_is_rejected() -> None:
    header = sign_webhook(BODY, "whsec_other", NOW)
    assert reason_of(rejection(BODY, header)) == "signature_mismatch"


def test_timestamp_exactly_at_tolerance_is_accepted_either_way() -> None:
    verify_webhook(BODY, sign_webhook(BODY, SECRET, NOW - 300), SECRET, now=NOW, tolerance=300)
    verify_webhook(BODY, sign_webhook(BODY, SECRET, NOW + 300), SECRET, now=NOW, tolerance=300)
    verify_webhook(BODY, sign_webhook(BODY, SECRET, NOW), SECRET, now=NOW, tolerance=0)


def test_timestamp_just_over_tolerance_is_too_old() -> None:
    assert reason_of(rejection(BODY, sign_webhook(BODY, SECRET, NOW - 301))) == "timestamp_too_old"
    # A fraction of a second counts too: `now` is a float.
    assert reason_of(rejection(BODY, sign_webhook(BODY, SECRET, NOW - 300), now=NOW + 0.001)) == "timestamp_too_old"


def test_future_timestamp_is_rejected() -> None:
    assert reason_of(rejection(BODY, sign_webhook(BODY, SECRET, NOW + 301))) == "timestamp_in_future"


def test_signature_is_checked_before_timestamp() -> None:
    # A forgery with a stale timestamp must read as a forgery, not as a clock problem.
    assert reason_of(rejection(BODY, f"t={NOW - 10_000},v1={'0' * 64}")) == "signature_mismatch"


@pytest.mark.parametrize(("timestamp", "reason"), [("-5", "timestamp_too_old"), ("9" * 50, "timestamp_in_future")])
def test_extreme_timestamps_with_valid_signatures_are_rejected_not_crashing(timestamp: str, reason: str) -> None:
    header = f"t={timestamp},v1={hmac_hex(SECRET, timestamp, BODY)}"
    assert reason_of(rejection(BODY, header)) == reason
    # Thousands of digits (beyond int()'s default limit) too.
    huge = "1" * 5000
    assert reason_of(rejection(BODY, f"t={huge},v1={hmac_hex(SECRET, huge, BODY)}")) == "timestamp_in_future"


def test_any_matching_v1_is_enough() -> None:
    good = hmac_hex(SECRET, NOW, BODY)
    verify_webhook(BODY, f"t={NOW},v1={'ab' * 32},v1={good}", SECRET, now=NOW)
    verify_webhook(BODY, f"v1={good},t={NOW}", SECRET, now=NOW)  # order does not matter


def test_other_schemes_are_ignored() -> None:
    good = hmac_hex(SECRET, NOW, BODY)
    verify_webhook(BODY, f"t={NOW},v0=not-even-hex,v1={good},v2=future", SECRET, now=NOW)
    # A correct value under another scheme is not a v1 signature.
    assert reason_of(rejection(BODY, f"t={NOW},v0={good}")) == "no_signature"


def test_uppercase_hex_is_accepted() -> None:
    verify_webhook(BODY, f"t={NOW},v1={hmac_hex(SECRET, NOW, BODY).upper()}", SECRET, now=NOW)


@pytest.mark.parametrize(
    "header",
    [
        "  t={t},v1={s}  ",
        "t={t} , v1={s}",
        "t = {t},\tv1 = {s}",
        "t={t},v1={s},",
        ",t={t},,v1={s}",
    ],
)
def test_whitespace_and_stray_commas_are_tolerated(header: str) -> None:
    verify_webhook(BODY, header.format(t=NOW, s=hmac_hex(SECRET, NOW, BODY)), SECRET, now=NOW)


def test_header_may_be_bytes() -> None:
    verify_webhook(BODY, sign_webhook(BODY, SECRET, NOW).encode("ascii"), SECRET, now=NOW)
    assert reason_of(rejection(BODY, b"t=1,v1=\xff")) == "malformed_header"


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (None, "missing_header"),
        ("", "missing_header"),
        ("   ", "missing_header"),
        ("garbage", "malformed_header"),
        ("t=1;v1=ab", "malformed_header"),
        ("v1=" + "a" * 64, "malformed_header"),
        ("t={t},t={t},v1={s}", "malformed_header"),
        ("t=abc,v1={s}", "malformed_header"),
        ("t=12.5,v1={s}", "malformed_header"),
        ("t=+{t},v1={s}", "malformed_header"),
        ("t=,v1={s}", "malformed_header"),
        ("t=١٢٣,v1={s}", "malformed_header"),  # Arabic-Indic digits: int() accepts them, we do not
        ("T={t},v1={s}", "malformed_header"),
        ("t={t}", "no_signature"),
        ("t={t},v1=", "signature_mismatch"),
        ("t={t},v1=zz{s}", "signature_mismatch"),
        ("t={t},v1={s}00", "signature_mismatch"),
        ("t={t},v1=é{s}", "signature_mismatch"),
        ("t={t},v1={short}", "signature_mismatch"),
    ],
)
def test_bad_headers_are_rejected_with_a_reason(header: str | None, reason: str) -> None:
    good = hmac_hex(SECRET, NOW, BODY)
    if header is not None:
        header = header.format(t=NOW, s=good, short=good[:-2])
    assert reason_of(rejection(BODY, header)) == reason


def test_non_hex_v1_with_the_right_length_does_not_match() -> None:
    good = hmac_hex(SECRET, NOW, BODY)
    assert reason_of(rejection(BODY, f"t={NOW},v1={'g' + good[1:]}")) == "signature_mismatch"


@pytest.mark.parametrize("header", [123, ["t=1"], object()])
def test_non_string_header_is_rejected(header: object) -> None:
    assert reason_of(rejection(BODY, header)) == "malformed_header"


def test_payload_must_be_bytes() -> None:
    header = sign_webhook(BODY, SECRET, NOW)
    error = rejection(BODY.decode(), header)
    assert reason_of(error) == "invalid_payload"
    assert "raw request body" in str(error)
    assert reason_of(rejection(None, header)) == "invalid_payload"
    bytes_like: Any = bytearray(BODY)  # typed as bytes, but other bytes-likes are accepted at run time
    verify_webhook(bytes_like, header, SECRET, now=NOW)


@pytest.mark.parametrize(
    "arguments",
    [
        {"secret": ""},
        {"secret": None},
        {"secret": b"whsec_bytes"},
        {"secret": "\ud800"},
        {"tolerance": -1},
        {"tolerance": 1.5},
        {"tolerance": True},
        {"now": math.nan},
        {"now": math.inf},
        {"now": "1712345678"},
    ],
)
def test_unusable_configuration_is_a_verification_error(arguments: dict[str, Any]) -> None:
    error = rejection(BODY, sign_webhook(BODY, SECRET, NOW), **arguments)
    assert reason_of(error) == "invalid_configuration"


def test_messages_never_reveal_the_secret_or_the_expected_signature() -> None:
    good = hmac_hex(SECRET, NOW, BODY)
    for header in (f"t={NOW},v1={'0' * 64}", f"t={NOW - 1000},v1={good}", "garbage"):
        error = rejection(BODY, header)
        text = f"{error} {error!r}"
        assert SECRET not in text
        assert good not in text or good in header


# --- construct_event -------------------------------------------------------------------------------------------------


def webset_json(status: str = "idle") -> dict[str, Any]:
    return {
        "id": "ws_1",
        "object": "webset",
        "status": status,
        "externalId": None,
        "title": "Seed-stage fintechs",
        "searches": [],
        "imports": [],
        "enrichments": [],
        "monitors": [],
        "createdAt": "2025-01-01T00:00:00Z",
        "updatedAt": "2025-01-02T00:00:00Z",
    }


def item_json() -> dict[str, Any]:
    return {
        "id": "witem_1",
        "object": "webset_item",
        "source": "search",
        "sourceId": "wsearch_1",
        "websetId": "ws_1",
        "properties": {
            "type": "company",
            "url": "https://example.com",
            "description": "A company",
            "content": None,
            "company": {
                "name": "Example",
                "location": None,
                "employees": None,
                "industry": None,
                "about": None,
                "logoUrl": None,
            },
        },
        "evaluations": [],
        "enrichments": None,
        "createdAt": "2025-01-01T00:00:00Z",
        "updatedAt": "2025-01-01T00:00:00Z",
    }


def event_body(event_type: str, data: Any, **extra: Any) -> bytes:
    event = {"id": "evt_1", "object": "event", "type": event_type, "data": data, "createdAt": "2025-01-03T00:00:00Z"}
    return json.dumps({**event, **extra}).encode()


def construct(body: bytes) -> Event:
    return construct_event(body, sign_webhook(body, SECRET, NOW), SECRET, now=NOW)


def test_event_alias_is_the_generated_parser_union() -> None:
    generated = get_type_hints(parse_success)["return"]
    assert set(get_args(Event)) == set(get_args(generated))


def test_webset_idle_event() -> None:
    event = construct(event_body("webset.idle", webset_json()))
    assert isinstance(event, WebsetIdleEvent)
    assert event.data.id == "ws_1"
    assert event.data.status is WebsetStatus.IDLE


def test_webset_item_created_event() -> None:
    event = construct(event_body("webset.item.created", item_json()))
    assert isinstance(event, WebsetItemCreatedEvent)
    assert event.data.webset_id == "ws_1"


def test_unknown_event_type_keeps_its_fields() -> None:
    event = construct(event_body("webset.export.created", {"id": "exp_1", "format": "csv"}, extra_field=7))
    assert isinstance(event, UnknownEvent)
    assert event.type_ == "webset.export.created"
    assert event["data"] == {"id": "exp_1", "format": "csv"}
    assert event["extra_field"] == 7


def test_construct_event_verifies_first() -> None:
    body = event_body("webset.idle", webset_json())
    with pytest.raises(WebhookVerificationError) as caught:
        construct_event(body, sign_webhook(body, "whsec_other", NOW), SECRET, now=NOW)
    assert reason_of(caught.value) == "signature_mismatch"


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"\xff\xfe\xfd",
        b"[1, 2]",
        b'"webset.idle"',
        b"{}",
        b'{"type": 5}',
        b'{"type": "webset.idle"}',
        event_body("webset.idle", {"id": "ws_1"}),  # a webset missing required fields
        event_body("webset.idle", webset_json(), createdAt=12),  # wrong type deep inside the generated parser
        event_body("webset.export.created", None, object="not-an-event"),
        b"[" * 100_000 + b"]" * 100_000,  # nesting deep enough to exhaust the recursion limit
    ],
)
def test_validly_signed_body_that_is_not_an_event_is_invalid_payload(body: bytes) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        construct(body)
    assert reason_of(caught.value) == "invalid_payload"


def test_invalid_payload_is_chained_from_the_parser_error() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        construct(b"{not json")
    assert isinstance(caught.value.__cause__, json.JSONDecodeError)
    with pytest.raises(WebhookVerificationError) as caught:
        construct(event_body("webset.idle", {"id": "ws_1"}))
    assert caught.value.__cause__ is not None


# --- properties ------------------------------------------------------------------------------------------------------

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_header_oracle(header: str) -> tuple[list[str], list[str]]:
    """A deliberately naive reading of the header, to judge acceptances: (t values, v1 values)."""
    timestamps: list[str] = []
    signatures: list[str] = []
    for item in header.split(","):
        key, _, value = item.partition("=")
        if key.strip(" \t") == "t":
            timestamps.append(value.strip(" \t"))
        elif key.strip(" \t") == "v1":
            signatures.append(value.strip(" \t"))
    return timestamps, signatures


@st.composite
def plausible_headers(draw: st.DrawFn, payload: bytes, secret: str) -> str:
    """Headers shaped like real ones: a timestamp and v1 values (the right one, near misses, junk), then broken.

    Half are left in that shape (one t, only v1 entries) so a fair share reaches the signature check and some are
    genuinely valid; the other half are broken in the ways below.
    """
    near_now = st.integers(min_value=NOW - 400, max_value=NOW + 400)  # mostly inside the default tolerance
    timestamp = draw(st.one_of(near_now, near_now, near_now, st.integers()))
    correct = hmac_hex(secret, timestamp, payload)
    # Well-formed signatures of something else: what a verifier that does not really compare would let through.
    other_secret = "whsec_other" if secret != "whsec_other" else SECRET
    wrong_signatures = st.sampled_from(
        [
            hmac_hex(other_secret, timestamp, payload),
            hmac_hex(secret, timestamp, payload + b"!"),
            hmac_hex(secret, timestamp + 1, payload),
            hmac_hex(secret, f"0{timestamp}", payload),
        ]
    )
    misshapen = st.sampled_from([correct.upper(), correct[:-1], correct + "0", f"{correct[:32]} {correct[32:]}"])
    junk = st.text(max_size=8) | st.text(alphabet="0123456789abcdefABCDEF-", max_size=70)
    signature_values = st.one_of(st.just(correct), wrong_signatures, misshapen, junk)
    spaces = st.sampled_from(["", "", "", " ", "\t"])

    def entry(key: str, value: object) -> str:
        return f"{draw(spaces)}{key}{draw(spaces)}={draw(spaces)}{value}{draw(spaces)}"

    # Other spellings of the right timestamp: a verifier that normalises `t` before signing would accept them.
    spellings = st.sampled_from([f"0{timestamp}", f"+{timestamp}", f"{timestamp}.0", f"{timestamp}_0"])
    timestamp_text = draw(st.one_of(st.just(str(timestamp)), spellings))
    signatures = draw(st.lists(signature_values, min_size=1, max_size=3))
    entries = [entry("t", timestamp_text)] + [entry("v1", value) for value in signatures]
    if draw(st.booleans()):
        return ",".join(draw(st.permutations(entries)))

    # Break it: lose the timestamp or a signature, add a second timestamp, other schemes, stray text, odd separators.
    if draw(st.booleans()):
        entries.pop(draw(st.sampled_from([0, -1])))
    if draw(st.booleans()):
        entries.append(entry("t", draw(st.one_of(st.just(timestamp), spellings, junk))))
    other_keys = st.sampled_from(["v0", "v2", "T", "V1", "", "tv1"])
    entries += [entry(key, value) for key, value in draw(st.lists(st.tuples(other_keys, signature_values), max_size=2))]
    entries += draw(st.lists(st.sampled_from(["", " ", "t", "=", "v1==", "t=1=2", "garbage"]) | junk, max_size=1))
    return draw(st.sampled_from([",", ", ", ";", ",,"])).join(draw(st.permutations(entries)))


@st.composite
def attack_inputs(draw: st.DrawFn) -> tuple[bytes, Any, str]:
    payload = draw(st.binary(max_size=64))
    secret = draw(st.sampled_from([SECRET, "whsec_other"]))
    plausible = plausible_headers(payload, secret)
    header = draw(
        st.one_of(
            plausible,
            plausible,
            plausible.map(lambda text: text.encode("utf-8")),
            st.text(max_size=80),
            st.binary(max_size=80) | st.none(),
        )
    )
    return payload, header, secret


@PROPERTY_SETTINGS
@given(inputs=attack_inputs(), tolerance=st.just(DEFAULT_TOLERANCE) | st.integers(min_value=0, max_value=2000))
def test_verification_raises_only_its_error_and_never_accepts_a_wrong_signature(
    inputs: tuple[bytes, Any, str], tolerance: int
) -> None:
    payload, header, secret = inputs
    try:
        verify_webhook(payload, header, secret, tolerance=tolerance, now=NOW)
    except WebhookVerificationError as error:
        reason_of(error)
        return
    # Accepted: independently confirm that it should have been.
    text = header.decode("ascii") if isinstance(header, bytes) else header
    assert isinstance(text, str)
    timestamps, signatures = parse_header_oracle(text)
    assert len(timestamps) == 1
    timestamp = timestamps[0]
    assert abs(int(timestamp) - NOW) <= tolerance
    assert hmac_hex(secret, timestamp, payload) in {signature.lower() for signature in signatures}


@PROPERTY_SETTINGS
@given(
    payload=st.binary(max_size=256),
    secret=st.text(min_size=1, max_size=40),
    timestamp=st.integers(min_value=-(10**12), max_value=10**12),
    skew=st.integers(min_value=-300, max_value=300),
    data=st.data(),
)
def test_sign_then_verify_accepts_and_any_single_change_rejects(
    payload: bytes, secret: str, timestamp: int, skew: int, data: st.DataObject
) -> None:
    now = timestamp + skew
    header = sign_webhook(payload, secret, timestamp)
    verify_webhook(payload, header, secret, now=now)

    if payload:
        index = data.draw(st.integers(min_value=0, max_value=len(payload) - 1), label="payload byte")
        flip = data.draw(st.integers(min_value=1, max_value=255), label="xor")
        changed = bytearray(payload)
        changed[index] ^= flip
        with pytest.raises(WebhookVerificationError) as caught:
            verify_webhook(bytes(changed), header, secret, now=now)
        assert reason_of(caught.value) == "signature_mismatch"

    prefix, signature = header.split(",v1=")
    position = data.draw(st.integers(min_value=0, max_value=len(signature) - 1), label="hex digit")
    replacement = data.draw(st.sampled_from(HEX_DIGITS.replace(signature[position], "")), label="new digit")
    forged = signature[:position] + replacement + signature[position + 1 :]
    assume(forged != signature)
    with pytest.raises(WebhookVerificationError) as caught:
        verify_webhook(payload, f"{prefix},v1={forged}", secret, now=now)
    assert reason_of(caught.value) == "signature_mismatch"


def test_attack_inputs_do_include_valid_deliveries() -> None:
    # Guards the property above against passing vacuously: its generator must reach acceptance, not only rejections.
    def accepted(inputs: tuple[bytes, Any, str]) -> bool:
        payload, header, secret = inputs
        try:
            verify_webhook(payload, header, secret, now=NOW)
        except WebhookVerificationError:
            return False
        return True

    find(attack_inputs(), accepted, settings=settings(max_examples=2000, database=None))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)


def mostly(value: Any, *others: Any) -> st.SearchStrategy[Any]:
    """``value`` (or one of ``others``) two times in three, any JSON otherwise."""
    valid = st.sampled_from([value, *others])
    return st.one_of(valid, valid, json_values)


# Each field is usually right, so both typed events and every way of being wrong come up.
event_like_bodies = st.fixed_dictionaries(
    {
        "id": mostly("evt_1"),
        "object": mostly("event"),
        # Types whose data the shapes below fit, types this client does not know, and every type it does.
        "type": mostly("webset.idle", "webset.created", "webset.item.created", "webset.export.created", "new.type")
        | st.sampled_from([event_type.value for event_type in EventType]),
        "createdAt": mostly("2025-01-03T00:00:00Z", "2025-01-03", "yesterday"),
        "data": mostly(webset_json(), webset_json("paused"), item_json()),
    },
    optional={"extra": json_values},
)


@PROPERTY_SETTINGS
@given(document=event_like_bodies | json_values)
def test_construct_event_returns_an_event_or_raises_invalid_payload(document: Any) -> None:
    body = json.dumps(document).encode()
    outcome: Event | WebhookVerificationError
    try:
        outcome = construct(body)
    except WebhookVerificationError as error:
        outcome = error
    if isinstance(outcome, WebhookVerificationError):
        assert reason_of(outcome) == "invalid_payload"
    else:
        assert isinstance(outcome, get_args(Event))


def test_construct_event_accepts_any_bytes_like_body() -> None:
    body = event_body("webset.idle", webset_json())
    bytes_like: Any = memoryview(body)
    assert isinstance(construct_event(bytes_like, sign_webhook(body, SECRET, NOW), SECRET, now=NOW), WebsetIdleEvent)


HUGE = 10**400  # beyond any float: int + float arithmetic with it overflows


@pytest.mark.parametrize("now", [HUGE, -HUGE, 10**20, 1e308, -1e308, 0])
@pytest.mark.parametrize("tolerance", [HUGE, 2**63, 300])
@pytest.mark.parametrize("timestamp", [str(NOW), "9" * 40, "-" + "9" * 40, "9" * 4100])
def test_absurd_now_and_tolerance_raise_only_verification_errors(now: Any, tolerance: Any, timestamp: str) -> None:
    """verify_webhook promises WebhookVerificationError and nothing else: huge ints used to raise OverflowError."""
    header = f"t={timestamp},v1={hmac_hex(SECRET, timestamp, BODY)}"
    outcome = "accepted"
    try:
        verify_webhook(BODY, header, SECRET, now=now, tolerance=tolerance)
    except WebhookVerificationError as error:
        outcome = error.reason
    assert outcome in ("accepted", "timestamp_too_old", "timestamp_in_future")
    if tolerance == HUGE and abs(now) < HUGE and len(timestamp) < 400:
        assert outcome == "accepted", "a tolerance beyond any distance accepts, exactly"


def test_a_huge_tolerance_accepts_any_signed_time_exactly() -> None:
    header = f"t={'9' * 40},v1={hmac_hex(SECRET, '9' * 40, BODY)}"
    verify_webhook(BODY, header, SECRET, now=NOW, tolerance=10**41)  # accepted: exact integer arithmetic
    assert rejection(BODY, header, tolerance=10**30).reason == "timestamp_in_future"


@pytest.mark.parametrize("timestamp", [1.5, 1_712_345_678.0, True, False, "1712345678", math.nan])
def test_sign_webhook_refuses_a_timestamp_that_is_not_an_int(timestamp: Any) -> None:
    with pytest.raises(InvalidRequestError, match="timestamp must be an integer number of Unix seconds") as caught:
        sign_webhook(BODY, SECRET, timestamp)
    assert [p.path for p in caught.value.problems] == ["timestamp"]


@pytest.mark.parametrize(
    ("payload", "secret", "field"), [("text", SECRET, "payload"), (BODY, "", "secret"), (BODY, None, "secret")]
)
def test_sign_webhook_refuses_unusable_payload_and_secret(payload: Any, secret: Any, field: str) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        sign_webhook(payload, secret, NOW)
    assert [p.path for p in caught.value.problems] == [field]


def test_sign_webhook_accepts_bytes_like_payloads() -> None:
    assert sign_webhook(bytearray(BODY), SECRET, NOW) == sign_webhook(BODY, SECRET, NOW)
