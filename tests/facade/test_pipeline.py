"""The one request pipeline: retries, create safety, errors, request ids, timeouts, options, redaction, logging."""

from __future__ import annotations

import email.utils
import json
import logging

import httpx
import pytest
import respx
from exa_websets import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    response_info,
)

from .conftest import API_KEY, BASE_URL, Both, webset_json

GET_PATH = "/v0/websets/webset_1"


def get_webset(client):
    return client.websets.get("webset_1")


# --- retries ------------------------------------------------------------------------------------------------------


def test_429_with_retry_after_seconds_then_success(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(
        side_effect=[
            httpx.Response(429, json={"error": "slow down"}, headers={"retry-after": "2"}),
            httpx.Response(200, json=webset_json(), headers={"x-request-id": "req_2"}),
        ]
    )

    webset = both.run(get_webset)

    assert webset.id == "webset_1"
    assert route.call_count == 2
    assert both.time.sleeps == [2.0]
    info = response_info(webset)
    assert info is not None
    assert (info.retries, info.request_id, info.status_code) == (1, "req_2", 200)


def test_429_with_retry_after_http_date(both: Both, api: respx.MockRouter) -> None:
    later = email.utils.formatdate(both.time.now + 7, usegmt=True)
    api.get(GET_PATH).mock(
        side_effect=[httpx.Response(429, headers={"retry-after": later}), httpx.Response(200, json=webset_json())]
    )

    both.run(get_webset)

    assert both.time.sleeps == [7.0]


def test_503_then_success_backs_off(both: Both, api: respx.MockRouter) -> None:
    api.get(GET_PATH).mock(
        side_effect=[httpx.Response(503), httpx.Response(503), httpx.Response(200, json=webset_json())]
    )
    webset = both.run(get_webset)
    assert response_info(webset).retries == 2
    assert len(both.time.sleeps) == 2
    assert both.time.sleeps[1] > both.time.sleeps[0]  # exponential, jitter below a quarter


def test_connection_reset_on_a_read_is_retried(both: Both, api: respx.MockRouter) -> None:
    api.get(GET_PATH).mock(
        side_effect=[httpx.RemoteProtocolError("peer closed connection"), httpx.Response(200, json=webset_json())]
    )
    assert response_info(both.run(get_webset)).retries == 1


def test_gives_up_after_max_retries_and_says_how_many(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(503, text="busy"))

    with pytest.raises(InternalServerError) as error:
        both.run(get_webset, max_retries=2)

    assert route.call_count == 3
    assert error.value.retries == 2
    assert len(both.time.sleeps) == 2
    assert "after 2 retries" in str(error.value)


@pytest.mark.parametrize(("status", "error_type"), [(400, BadRequestError), (404, NotFoundError), (409, ConflictError)])
def test_no_retry_on_client_errors(both: Both, api: respx.MockRouter, status: int, error_type: type) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(status, json={"error": "nope"}))
    with pytest.raises(error_type) as error:
        both.run(get_webset)
    assert route.call_count == 1
    assert error.value.retries == 0
    assert both.time.sleeps == []


def test_per_call_max_retries(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(429))
    with pytest.raises(RateLimitError):
        both.run(lambda c: c.websets.get("webset_1", max_retries=0))
    assert route.call_count == 1


def test_retry_deadline_is_honoured(both: Both, api: respx.MockRouter) -> None:
    from exa_websets import RetryPolicy

    route = api.get(GET_PATH).mock(return_value=httpx.Response(429, headers={"retry-after": "40"}))
    with pytest.raises(RateLimitError):
        both.run(get_webset, retry=RetryPolicy(deadline=100.0), max_retries=10)
    assert both.time.sleeps == [40.0, 40.0]  # a third wait would end past the 100 s deadline
    assert route.call_count == 3


# --- creates are never repeated blindly ----------------------------------------------------------------------------


def create(client, **kwargs):
    return client.websets.create(search={"query": "AI labs", "count": 5}, **kwargs)


def test_create_without_external_id_is_not_repeated_after_a_lost_answer(both: Both, api: respx.MockRouter) -> None:
    route = api.post("/v0/websets").mock(side_effect=httpx.ReadTimeout("timed out"))

    with pytest.raises(APITimeoutError) as error:
        both.run(create)

    assert route.call_count == 1, "a second POST could create a second webset"
    assert "pass an external_id" in str(error.value)


def test_create_is_repeated_when_it_provably_never_arrived(both: Both, api: respx.MockRouter) -> None:
    route = api.post("/v0/websets").mock(
        side_effect=[
            httpx.ConnectError("refused"),
            httpx.Response(429, headers={"retry-after": "1"}),
            httpx.Response(201, json=webset_json()),
        ]
    )
    assert response_info(both.run(create)).retries == 2
    assert route.call_count == 3


def test_create_is_not_repeated_after_a_5xx(both: Both, api: respx.MockRouter) -> None:
    route = api.post("/v0/websets").mock(return_value=httpx.Response(502, text="<html>Bad gateway</html>"))
    with pytest.raises(InternalServerError):
        both.run(create)
    assert route.call_count == 1


def test_create_with_external_id_is_create_or_get_after_a_lost_answer(both: Both, api: respx.MockRouter) -> None:
    created = webset_json(externalId="run-42")
    post = api.post("/v0/websets").mock(
        side_effect=[
            httpx.ReadTimeout("the answer was lost"),
            httpx.Response(409, json={"error": "Webset with this externalId already exists"}),
        ]
    )
    get = api.get("/v0/websets/run-42").mock(return_value=httpx.Response(200, json=created))

    webset = both.run(lambda c: create(c, external_id="run-42"))

    assert webset.external_id == "run-42"
    assert post.call_count == 2
    assert get.call_count == 1
    assert json.loads(post.calls[0].request.content)["externalId"] == "run-42"


def test_a_first_attempt_conflict_is_the_callers_duplicate(both: Both, api: respx.MockRouter) -> None:
    api.post("/v0/websets").mock(return_value=httpx.Response(409, json={"error": "exists"}))
    get = api.get("/v0/websets/run-42")
    with pytest.raises(ConflictError):
        both.run(lambda c: create(c, external_id="run-42"))
    assert get.call_count == 0


def test_a_conflict_after_only_refused_attempts_is_not_resolved(both: Both, api: respx.MockRouter) -> None:
    # A 429 proves the first attempt did nothing, so the 409 means the webset existed before this call.
    api.post("/v0/websets").mock(side_effect=[httpx.Response(429), httpx.Response(409, json={"error": "exists"})])
    with pytest.raises(ConflictError) as error:
        both.run(lambda c: create(c, external_id="run-42"))
    assert not error.value.earlier_attempt_may_have_succeeded


# --- errors ---------------------------------------------------------------------------------------------------------


def test_error_carries_status_body_request_id_method_and_url(both: Both, api: respx.MockRouter) -> None:
    api.get(GET_PATH).mock(
        return_value=httpx.Response(404, json={"error": "Webset not found"}, headers={"x-request-id": "req_N6Ss"})
    )
    with pytest.raises(NotFoundError) as caught:
        both.run(get_webset)
    error = caught.value
    assert (error.status_code, error.request_id, error.method) == (404, "req_N6Ss", "GET")
    assert error.url == f"{BASE_URL}{GET_PATH}"
    assert error.body == {"error": "Webset not found"}
    assert str(error) == f"404 GET {BASE_URL}{GET_PATH}: Webset not found [request id req_N6Ss]"


def test_non_json_error_body_is_kept_as_text(both: Both, api: respx.MockRouter) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    api.get(GET_PATH).mock(return_value=httpx.Response(502, text=html))
    with pytest.raises(InternalServerError) as error:
        both.run(get_webset, max_retries=0)
    assert error.value.body == html
    assert "502 Bad Gateway" in str(error.value)


def test_truncated_success_body_is_retried_for_a_read(both: Both, api: respx.MockRouter) -> None:
    truncated = json.dumps(webset_json())[:40]
    api.get(GET_PATH).mock(side_effect=[httpx.Response(200, text=truncated), httpx.Response(200, json=webset_json())])
    assert response_info(both.run(get_webset)).retries == 1


def test_truncated_success_body_of_a_create_is_a_connection_error(both: Both, api: respx.MockRouter) -> None:
    api.post("/v0/websets").mock(return_value=httpx.Response(201, text='{"id": "webset_1", "obj'))
    with pytest.raises(APIConnectionError, match="not valid JSON"):
        both.run(create)


def test_success_body_that_breaks_the_spec_is_a_validation_error(both: Both, api: respx.MockRouter) -> None:
    api.get(GET_PATH).mock(return_value=httpx.Response(200, json={"id": "webset_1"}, headers={"x-request-id": "r"}))
    with pytest.raises(APIResponseValidationError) as error:
        both.run(get_webset)
    assert error.value.request_id == "r"
    assert error.value.body == {"id": "webset_1"}


# --- the key never leaks --------------------------------------------------------------------------------------------


def test_api_key_is_sent_but_never_shown(both: Both, api: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    echo = {"error": f"invalid key {API_KEY}", "received": {"x-api-key": API_KEY}}
    route = api.get(GET_PATH).mock(return_value=httpx.Response(401, json=echo, headers={"x-echo": API_KEY}))
    caplog.set_level(logging.DEBUG, logger="exa_websets")

    with pytest.raises(Exception) as caught:  # noqa: PT011 - the type is checked below
        both.run(get_webset)

    assert route.calls[0].request.headers["x-api-key"] == API_KEY
    error = caught.value
    shown = [str(error), repr(error), json.dumps(error.body), json.dumps(error.headers), caplog.text]
    assert all(API_KEY not in text for text in shown)
    assert "<redacted>" in str(error)
    assert "<redacted>" in caplog.text  # the request headers, as logged at debug level


# --- timeouts and per-call options ----------------------------------------------------------------------------------


def test_default_timeouts_are_sane(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    both.run(get_webset)
    timeout = route.calls[0].request.extensions["timeout"]
    assert timeout["connect"] == 5.0
    assert timeout["read"] == 60.0


def test_client_and_call_timeouts(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    both.run(get_webset, timeout=12)
    both.run(lambda c: c.websets.get("webset_1", timeout=httpx.Timeout(3.0, connect=1.0)), timeout=12)
    assert route.calls[0].request.extensions["timeout"]["read"] == 12.0
    assert route.calls[1].request.extensions["timeout"] == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def test_extra_headers_priority_and_query(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    both.run(
        lambda c: c.websets.get(
            "webset_1", extra_headers={"x-trace": "t1"}, priority="low", extra_query={"debug": True}
        )
    )
    request = route.calls[0].request
    assert request.headers["x-trace"] == "t1"
    assert request.headers["x-exa-websets-priority"] == "low"
    assert request.url.params["debug"] == "true"
    assert request.headers["user-agent"].startswith("exa-websets-python/")


def test_extra_body_reaches_the_wire_after_validation(both: Both, api: respx.MockRouter) -> None:
    route = api.post("/v0/websets").mock(return_value=httpx.Response(201, json=webset_json()))
    both.run(lambda c: create(c, extra_body={"search": {"query": "AI labs", "count": 5, "maxPeoplePerCompany": 2}}))
    # The reference documents maxPeoplePerCompany; the pinned spec lacks it, so validation would refuse it as a
    # search field: extra_body is the escape hatch for fields newer than the pin.
    assert json.loads(route.calls[0].request.content)["search"]["maxPeoplePerCompany"] == 2


def test_unknown_request_option_is_refused(both: Both, api: respx.MockRouter) -> None:
    from exa_websets import InvalidRequestError

    with pytest.raises(InvalidRequestError, match="retries is not a request option"):
        both.run(lambda c: c.websets.get("webset_1", retries=3))


# --- logging --------------------------------------------------------------------------------------------------------


def test_retries_are_logged_with_their_delay(both: Both, api: respx.MockRouter, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.INFO, logger="exa_websets")
    api.get(GET_PATH).mock(
        side_effect=[
            httpx.Response(429, headers={"retry-after": "3"}),
            httpx.Response(200, json=webset_json(), headers={"x-request-id": "req_9"}),
        ]
    )
    both.run(get_webset)
    assert f"retrying GET {BASE_URL}{GET_PATH} in 3.00 s after 429 (retry 1 of 3)" in caplog.text
    assert "-> 200 (req_9)" in caplog.text


def test_exa_log_environment_variable_turns_logging_on() -> None:
    from exa_websets._logging import configure_from_environment, logger

    saved = (logger.level, list(logger.handlers))
    try:
        logger.handlers.clear()
        configure_from_environment({"EXA_LOG": "debug"})
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == 1
        configure_from_environment({"EXA_LOG": "debug"})
        assert len(logger.handlers) == 1, "configured once"
    finally:
        logger.setLevel(saved[0])
        logger.handlers[:] = saved[1]


def test_a_presigned_urls_own_query_survives(both: Both, api: respx.MockRouter) -> None:
    """Downloads and uploads go to URLs whose query string is the credential."""
    from exa_websets.types import Export

    url = "https://storage.example/export.csv?X-Signature=abc&expires=123"
    route = api.route(method="GET", host="storage.example", path="/export.csv").mock(
        return_value=httpx.Response(200, content=b"id,name\n")
    )
    export = Export.from_dict({"id": "e1", "status": "completed", "downloadUrl": url})
    assert both.run(lambda c: c.exports.download(export)) == b"id,name\n"
    sent = route.calls[0].request
    assert sent.url.params["X-Signature"] == "abc"
    assert "x-api-key" not in sent.headers


def test_the_wire_headers_are_the_same_from_our_client_and_a_callers(both: Both, api: respx.MockRouter) -> None:
    """A client of the SDK's own sends Accept and User-Agent as its defaults (cheaper than per request); what reaches
    the server is the same as from a caller's httpx client, and a presigned download still gets httpx's Accept."""
    from exa_websets.types import Export

    route = api.get(GET_PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    storage = api.route(method="GET", host="storage.example", path="/e.csv").mock(
        return_value=httpx.Response(200, content=b"id\n")
    )
    caller_client = httpx.Client() if both.kind == "sync" else httpx.AsyncClient()
    both.run(get_webset)
    both.run(get_webset, http_client=caller_client)
    export = Export.from_dict({"id": "e1", "status": "completed", "downloadUrl": "https://storage.example/e.csv?t=1"})
    both.run(lambda c: c.exports.download(export))
    ours, theirs = (call.request.headers for call in route.calls)
    for sent in (ours, theirs):
        assert sent["accept"] == "application/json"
        assert sent["user-agent"].startswith("exa-websets-python/")
        assert sent["x-api-key"] == API_KEY
    assert dict(ours) == dict(theirs)
    download = storage.calls[0].request.headers
    assert download["accept"] == "*/*"
    assert download["user-agent"].startswith("exa-websets-python/")
    assert "x-api-key" not in download
