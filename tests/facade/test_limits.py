"""Limits that hold (issue 12, items 2-7): total deadlines for calls and waits, a bounded body, secrets that never
leak, and typed errors for bad options and client arguments. Both clients, at the HTTP level (respx, and small
misbehaving servers); time is the injected clock except in the one real-time test of the slow drip."""

from __future__ import annotations

import asyncio
import http.server
import logging
import math
import re
import threading
import time
import traceback
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import respx
from exa_websets import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncWebsetsClient,
    ConfigurationError,
    DeadlineExceededError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ResponseTooLargeError,
    WaitTimeout,
    WebsetsClient,
)
from exa_websets.types import Export

from .conftest import API_KEY, BASE_URL, Both, webset_json

GET_PATH = "/v0/websets/webset_1"


def get_webset(client: Any, **options: Any) -> Any:
    return client.websets.get("webset_1", **options)


def running() -> httpx.Response:
    return httpx.Response(200, json=webset_json(status="running"))


# --- item 2: a wait's deadline bounds everything inside it -----------------------------------------------------------


def test_wait_deadline_bounds_the_polls_retry_after_sleeps(both: Both, api: respx.MockRouter) -> None:
    """Retry-After 30 with a 10 s wait used to end at 90 s: each poll slept 30 s three times."""
    api.get(GET_PATH).mock(return_value=httpx.Response(429, headers={"retry-after": "30"}))
    start = both.time.now
    with pytest.raises(WaitTimeout):
        both.run(lambda c: c.websets.wait_until_idle("webset_1", deadline=10))
    assert both.time.now - start <= 10.5
    assert all(s < 30 for s in both.time.sleeps), "no Retry-After sleep may outlast the wait"


def test_wait_deadline_clips_each_polls_socket_timeouts(both: Both, api: respx.MockRouter) -> None:
    """A hung server: each poll's read times out after the (clipped) read timeout, on the injected clock."""
    seen: list[float] = []

    def hang(request: httpx.Request) -> httpx.Response:
        read = request.extensions["timeout"]["read"]
        seen.append(read)
        both.time.now += read  # the read waited that long, then timed out
        raise httpx.ReadTimeout("timed out", request=request)

    api.get(GET_PATH).mock(side_effect=hang)
    start = both.time.now
    with pytest.raises(WaitTimeout):
        both.run(lambda c: c.websets.wait_until_idle("webset_1", deadline=3))
    assert both.time.now - start <= 3.5, "within 5% or 1 s of the wait's deadline"
    assert seen
    assert max(seen) <= 3.0


def test_many_websets_wait_bounds_its_polls_too(both: Both, api: respx.MockRouter) -> None:
    api.get("/v0/websets").mock(return_value=httpx.Response(429, headers={"retry-after": "60"}))
    start = both.time.now
    with pytest.raises(WaitTimeout):
        both.run(lambda c: c.websets.wait_until_idle_many(["webset_1"], deadline=5))
    assert both.time.now - start <= 5.5


def test_wait_timeout_is_the_deprecated_name_of_deadline(both: Both, api: respx.MockRouter) -> None:
    api.get(GET_PATH).mock(side_effect=lambda request: running())
    with (
        pytest.warns(DeprecationWarning, match="pass deadline=") as warned,
        pytest.raises(WaitTimeout, match="within 4 s"),
    ):
        both.run(lambda c: c.websets.wait_until_idle("webset_1", timeout=4))
    assert sum(both.time.sleeps) == 4.0
    assert "exa_websets" not in warned[0].filename  # it points at the code that called the wait, not the SDK


@pytest.mark.parametrize("value", [-1, math.nan, "soon"])
def test_a_bad_wait_deadline_is_refused(both: Both, api: respx.MockRouter, value: Any) -> None:
    with pytest.raises(InvalidRequestError, match=r"websets.wait_until_idle: deadline must be"):
        both.run(lambda c: c.websets.wait_until_idle("webset_1", deadline=value))
    assert not api.calls


# --- item 3: a per-call total deadline --------------------------------------------------------------------------------


def test_a_call_deadline_stops_retries_that_would_pass_it(both: Both, api: respx.MockRouter) -> None:
    """get(timeout=3) under a Retry-After 5 storm took 15 s; with deadline=3 it ends at once: no sleep can help."""
    route = api.get(GET_PATH).mock(return_value=httpx.Response(429, headers={"retry-after": "5"}))
    with pytest.raises(RateLimitError):
        both.run(lambda c: get_webset(c, deadline=3))
    assert both.time.sleeps == []
    assert route.call_count == 1


def test_a_call_deadline_counts_attempts_and_sleeps(both: Both, api: respx.MockRouter) -> None:
    def slow_500(request: httpx.Request) -> httpx.Response:
        both.time.now += 2.0  # each attempt takes 2 s
        return httpx.Response(500)

    route = api.get(GET_PATH).mock(side_effect=slow_500)
    start = both.time.now
    with pytest.raises(InternalServerError) as error:
        both.run(lambda c: get_webset(c, deadline=3))
    assert route.call_count == 2, "the second attempt began before the deadline; none began after it"
    assert error.value.retries == 1
    assert both.time.now - start <= 4.5


class DripStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives one byte per second of the injected clock."""

    def __init__(self, time: Any, size: int = 100) -> None:
        self.time, self.size, self.sent = time, size, 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.size):
            self.time.now += 1.0
            self.sent += 1
            yield b" "

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def test_a_call_deadline_cuts_a_dripping_body(both: Both, api: respx.MockRouter) -> None:
    drip = DripStream(both.time)
    api.get(GET_PATH).mock(side_effect=lambda request: httpx.Response(200, stream=drip))
    start = both.time.now
    with pytest.raises(DeadlineExceededError, match="deadline of 3 s passed") as error:
        both.run(lambda c: get_webset(c, deadline=3))
    assert both.time.now - start == 3.0
    assert drip.sent == 3
    assert error.value.deadline == 3


def test_a_wait_deadline_cuts_a_polls_dripping_body(both: Both, api: respx.MockRouter) -> None:
    api.get(GET_PATH).mock(side_effect=lambda request: httpx.Response(200, stream=DripStream(both.time)))
    start = both.time.now
    with pytest.raises(WaitTimeout):
        both.run(lambda c: c.websets.wait_until_idle("webset_1", deadline=5))
    assert both.time.now - start == 5.0


def test_each_attempts_socket_timeouts_are_clipped_to_the_time_left(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    both.run(lambda c: get_webset(c, deadline=2.5, timeout=30))
    sent = route.calls[0].request.extensions["timeout"]
    assert sent == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_the_client_deadline_is_the_default_and_a_call_may_lift_it(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    both.run(get_webset, deadline=7)
    assert route.calls[-1].request.extensions["timeout"]["read"] == 7
    both.run(lambda c: get_webset(c, deadline=None), deadline=7)
    assert route.calls[-1].request.extensions["timeout"]["read"] == 60  # the socket timeout alone


class _Drip(http.server.BaseHTTPRequestHandler):
    """Answers 200 at once, then sends its body one byte every 0.2 s (40 s in all)."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b'{"id": "webset_1"' + b" " * 200 + b"}"
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        for byte in body:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.2)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def drip_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/websets"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_real_time_a_dripping_body_is_cut_at_the_deadline(drip_server: str, kind: str) -> None:
    """The one real-time test: the per-read timeout (5 s) never fires on a drip, the total deadline (1 s) does."""
    options = {"api_key": API_KEY, "base_url": drip_server, "environ": {}, "timeout": 5}

    def fetch() -> None:
        if kind == "sync":
            with WebsetsClient(**options) as client:
                client.websets.get("webset_1", deadline=1.0)
            return

        async def main() -> None:
            async with AsyncWebsetsClient(**options) as client:
                await client.websets.get("webset_1", deadline=1.0)

        asyncio.run(main())

    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        fetch()
    assert time.monotonic() - started < 3.0, "cut within 2 s of the 1 s deadline, not after the 40 s body"


# --- item 4: a bounded body -------------------------------------------------------------------------------------------


class GzipBomb(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A gzip stream of 1 GiB of zeros (about 1 MB compressed), made lazily chunk by chunk; counts what was read."""

    def __init__(self, inflated: int = 1 << 30, piece: int = 1 << 20) -> None:
        self.inflated, self.piece = inflated, piece
        self.read_inflated = 0

    def __iter__(self) -> Iterator[bytes]:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = b"\0" * self.piece
        for _ in range(self.inflated // self.piece):
            self.read_inflated += self.piece
            chunk = compressor.compress(zeros)
            if chunk:
                yield chunk
        yield compressor.flush()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def test_a_gzip_bomb_is_stopped_at_the_body_limit(both: Both, api: respx.MockRouter) -> None:
    bomb = GzipBomb()
    headers = {"content-type": "application/json", "content-encoding": "gzip"}
    route = api.get(GET_PATH).mock(side_effect=lambda request: httpx.Response(200, headers=headers, stream=bomb))
    with pytest.raises(ResponseTooLargeError, match="max_response_bytes=67108864") as error:
        both.run(get_webset)
    assert error.value.limit == 64 * 1024 * 1024
    assert bomb.read_inflated <= 72 * 1024 * 1024, "reading stopped soon after the limit, not at 1 GiB"
    assert route.call_count == 1, "not retried"


def test_the_body_limit_is_configurable(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    with pytest.raises(ResponseTooLargeError):
        both.run(get_webset, max_response_bytes=100)
    assert route.call_count == 1
    assert both.run(get_webset, max_response_bytes=10_000).id == "webset_1"


def test_an_error_body_is_read_and_kept_only_up_to_8_kib(both: Both, api: respx.MockRouter) -> None:
    page = ("<html>" + "x" * 200_000 + "</html>").encode()
    api.get(GET_PATH).mock(return_value=httpx.Response(502, content=page, headers={"content-type": "text/html"}))
    with pytest.raises(InternalServerError) as error:
        both.run(get_webset, max_retries=0)
    body = error.value.body
    assert isinstance(body, str)
    assert body.endswith("…[truncated: the body was longer than 8192 bytes]")
    assert len(body) < 8192 + 100


def test_a_presigned_download_is_bound_by_the_deadline_not_the_body_limit(both: Both, api: respx.MockRouter) -> None:
    api.route(host="storage.example").mock(return_value=httpx.Response(200, content=b"x" * 1000))
    assert len(both.run(lambda c: c.exports.download(export_at(PRESIGNED)), max_response_bytes=100)) == 1000


# --- item 5: the API key ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["sk-te\rst-123", "sk-te\nst", "sk tést", "sk-tést-123", "sk-\x00abc"])
def test_a_key_with_control_or_non_ascii_characters_is_refused_without_showing_it(key: str) -> None:
    for client_class in (WebsetsClient, AsyncWebsetsClient):
        with pytest.raises(ConfigurationError, match="api_key contains") as error:
            client_class(key, environ={})
        shown = str(error.value) + repr(error.value) + "".join(traceback.format_exception(error.value))
        assert key not in shown
        assert error.value.__context__ is None
        assert error.value.__cause__ is None
        tb = error.value.__traceback__
        while tb is not None:  # error trackers record each frame's locals: the refused key is in none of the SDK's
            if "exa_websets" in tb.tb_frame.f_code.co_filename:
                assert all(key not in repr(v) for v in tb.tb_frame.f_locals.values()), tb.tb_frame.f_code.co_name
            tb = tb.tb_next


def test_surrounding_whitespace_of_a_key_is_stripped(both: Both, api: respx.MockRouter) -> None:
    """A key read from a CRLF .env file ends in "\\r": it is stripped, and the call works, without retries."""
    route = api.get(GET_PATH).mock(return_value=httpx.Response(200, json=webset_json()))
    both.run(get_webset, api_key=f"  {API_KEY}\r\n")
    assert route.calls[0].request.headers["x-api-key"] == API_KEY


def test_a_short_key_is_redacted_only_where_it_stands_alone(both: Both, api: respx.MockRouter) -> None:
    body = {"error": "key test is not valid for my-test-webset (test)", "detail": {"key": "test"}}
    api.get(GET_PATH).mock(return_value=httpx.Response(404, json=body))
    with pytest.raises(NotFoundError) as error:
        both.run(get_webset, api_key="test")
    assert error.value.body == {
        "error": "key <redacted> is not valid for my-test-webset (<redacted>)",
        "detail": {"key": "<redacted>"},
    }


def test_the_key_is_not_in_any_frames_locals(both: Both, api: respx.MockRouter) -> None:
    """Error trackers record each frame's locals (their reprs): the key lives only in its SecretStr and the request
    headers, which no repr shows."""
    api.get(GET_PATH).mock(return_value=httpx.Response(500, json={"error": "boom"}))
    with pytest.raises(InternalServerError) as error:
        both.run(get_webset, max_retries=0)
    tb = error.value.__traceback__
    frames = 0
    while tb is not None:
        if "exa_websets" in tb.tb_frame.f_code.co_filename:  # the SDK's frames (this test's own hold the key)
            for name, value in tb.tb_frame.f_locals.items():
                assert API_KEY not in repr(value), f"{tb.tb_frame.f_code.co_name}: {name}"
            frames += 1
        tb = tb.tb_next
    assert frames >= 3  # at least the resource method, the client's _call and the pipeline's send


def test_a_local_failure_is_not_retried(both: Both, api: respx.MockRouter) -> None:
    route = api.get(GET_PATH).mock(side_effect=httpx.LocalProtocolError("Illegal header value"))
    with pytest.raises(APIConnectionError, match="not retried: the failure is local") as error:
        both.run(get_webset)
    assert route.call_count == 1
    assert error.value.retries == 0


def test_logs_never_show_the_key(both: Both, api: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="exa_websets")
    api.get(GET_PATH).mock(
        side_effect=[httpx.Response(503, text=f"bad key {API_KEY}"), httpx.Response(200, json=webset_json())]
    )
    both.run(get_webset)
    assert "x-api-key" in caplog.text
    assert API_KEY not in caplog.text


# --- item 6: other secrets -------------------------------------------------------------------------------------------


PRESIGNED = "https://storage.example/export.csv?token=SECRET-TOKEN&X-Amz-Signature=SIG"


def export_at(url: str) -> Export:
    return Export.from_dict({"id": "e1", "status": "completed", "downloadUrl": url})


def test_a_presigned_urls_query_is_redacted_in_errors_and_logs(
    both: Both, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="exa_websets")
    api.route(host="storage.example").mock(side_effect=httpx.ConnectError("cannot reach " + PRESIGNED))
    with pytest.raises(APIConnectionError) as error:
        both.run(lambda c: c.exports.download(export_at(PRESIGNED)), max_retries=1)
    shown = str(error.value) + repr(error.value) + error.value.url
    assert error.value.url == "https://storage.example/export.csv?<redacted>"
    for secret in ("SECRET-TOKEN", "SIG"):
        assert secret not in shown
        assert secret not in caplog.text


def test_a_presigned_download_follows_a_storage_redirect_without_the_key(both: Both, api: respx.MockRouter) -> None:
    api.route(host="storage.example").mock(
        return_value=httpx.Response(307, headers={"location": "https://eu.storage.example/export.csv?token=T2"})
    )
    final = api.route(host="eu.storage.example").mock(return_value=httpx.Response(200, content=b"id,name\n"))
    assert both.run(lambda c: c.exports.download(export_at(PRESIGNED))) == b"id,name\n"
    assert final.calls[0].request.url.params["token"] == "T2"
    assert "x-api-key" not in final.calls[0].request.headers


@pytest.mark.parametrize(
    ("target", "keeps_key"),
    [("https://elsewhere.example/v0/websets/webset_1", False), (f"{BASE_URL}/v0/websets/webset_2", True)],
)
def test_a_redirect_to_another_origin_never_receives_the_key(
    both: Both, api: respx.MockRouter, target: str, keeps_key: bool
) -> None:
    api.get(GET_PATH).mock(return_value=httpx.Response(302, headers={"location": target}))
    landed = api.route(url=target).mock(return_value=httpx.Response(200, json=webset_json()))
    http_client = (httpx.Client if both.kind == "sync" else httpx.AsyncClient)(follow_redirects=True)
    both.run(get_webset, http_client=http_client)
    assert ("x-api-key" in landed.calls[0].request.headers) is keeps_key


def test_a_redirect_is_not_followed_unless_the_callers_client_says_so(both: Both, api: respx.MockRouter) -> None:
    api.get(GET_PATH).mock(return_value=httpx.Response(302, headers={"location": "https://elsewhere.example/x"}))
    with pytest.raises(APIStatusError, match="302"):  # an error status, as before
        both.run(get_webset)


def test_a_validation_error_body_has_the_echoed_key_scrubbed(both: Both, api: respx.MockRouter) -> None:
    api.get(GET_PATH).mock(return_value=httpx.Response(200, json={"echo": API_KEY, "nested": [f"k={API_KEY}"]}))
    with pytest.raises(APIResponseValidationError) as error:
        both.run(get_webset)
    assert error.value.body == {"echo": "<redacted>", "nested": ["k=<redacted>"]}
    assert API_KEY not in str(error.value)


# --- item 7: typed errors for bad options and client arguments ------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"timeout": -1}, "timeout must be >= 0 seconds"),
        ({"timeout": math.nan}, "timeout must be a finite number"),
        ({"timeout": "fast"}, "timeout must be a number of seconds"),
        ({"timeout": httpx.Timeout(5, read=-2)}, "timeout has a bad phase"),
        ({"deadline": 0}, "deadline must be > 0 seconds"),
        ({"deadline": "soon"}, "deadline must be a number of seconds"),
        ({"extra_query": "x"}, "extra_query must be a mapping"),
        ({"extra_body": "x"}, "extra_body must be a mapping"),
        ({"extra_headers": {"a": 1}}, "extra_headers a must be a string"),
        ({"extra_headers": "x"}, "extra_headers must be a mapping"),
        ({"extra_headers": {"x-trace": "a\r\nb"}}, "extra_headers x-trace must be printable ASCII"),
        ({"extra_headers": {"bad name": "v"}}, "extra_headers has an invalid header name"),
        ({"extra_headers": {"X-Api-Key": "other"}}, "extra_headers must not set x-api-key"),
    ],
)
def test_bad_request_options_are_refused_naming_the_option(
    both: Both, api: respx.MockRouter, options: dict[str, Any], named: str
) -> None:
    with pytest.raises(InvalidRequestError, match=f"websets.get: {named}"):
        both.run(lambda c: get_webset(c, **options))
    assert not api.calls


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"timeout": "x"}, "timeout must be a number of seconds"),
        ({"timeout": -5}, "timeout must be >= 0 seconds"),
        ({"deadline": math.inf}, "deadline must be a finite number"),
        ({"base_url": "::::"}, re.escape("base_url must be an http(s) URL")),
        ({"base_url": 5}, "base_url must be a string URL"),
        ({"max_response_bytes": 0}, "max_response_bytes must be an integer >= 1"),
        ({"max_retries": "3"}, "max_retries must be an integer >= 0"),
        ({"retry": "fast"}, "retry must be a RetryPolicy"),
    ],
)
def test_bad_client_arguments_are_refused_naming_the_argument(kwargs: dict[str, Any], named: str) -> None:
    for client_class in (WebsetsClient, AsyncWebsetsClient):
        with pytest.raises(ConfigurationError, match=named):
            client_class(API_KEY, environ={}, **kwargs)


def test_a_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=re.escape("http_client must be an httpx.Client")):
        WebsetsClient(API_KEY, environ={}, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=re.escape("http_client must be an httpx.AsyncClient")):
        AsyncWebsetsClient(API_KEY, environ={}, http_client=httpx.Client())  # type: ignore[arg-type]


def test_extra_body_cannot_slip_an_invalid_value_past_validation(both: Both, api: respx.MockRouter) -> None:
    with pytest.raises(InvalidRequestError, match=r"extra_body: search.count must be >= 1"):
        both.run(
            lambda c: c.websets.create(search={"query": "AI labs", "count": 5}, extra_body={"search": {"count": 0}})
        )
    assert not api.calls


def test_extra_body_adds_fields_into_a_validated_object(both: Both, api: respx.MockRouter) -> None:
    route = api.post("/v0/websets").mock(return_value=httpx.Response(201, json=webset_json()))
    both.run(
        lambda c: c.websets.create(
            search={"query": "AI labs", "count": 5}, extra_body={"search": {"maxPeoplePerCompany": 2}}
        )
    )
    import json

    sent = json.loads(route.calls[0].request.content)["search"]
    assert sent == {"query": "AI labs", "count": 5, "maxPeoplePerCompany": 2}
