"""``FakeWebsets``: the stateful fake of the Websets API, its in-process transport and its test controls."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection
from typing import Any
from urllib.parse import parse_qs

import httpx

from . import _handlers_account, _handlers_websets  # noqa: F401  # registers the handlers
from . import _lifecycle as lifecycle
from ._asgi import AsgiApp
from ._clock import Clock, ManualClock
from ._faults import Fault, Faults
from ._handling import HANDLERS, ApiError, Call, RawBody
from ._http import REQUEST_ID_HEADER, FakeRequest, FakeResponse, Outcome, error_response, fault_response, json_response
from ._ids import IdFactory
from ._records import WebsetRecord
from ._routes import Match, match, path_segments
from ._simulation import Simulation
from ._validation import takes_body, validate_request
from ._webhooks import Deliver, http_deliver


class FakeWebsets:
    """A stateful, deterministic fake of the Websets API.

    State advances lazily: at the start (and end) of every request, and on ``advance``, all work due by
    ``clock.now()`` is done in time order. The same seed and the same sequence of requests and advances give the
    same responses.

    Args:
        seed: drives ids, secrets and the synthetic items.
        clock: fake time; a ``ManualClock`` (time moves only when told) by default.
        api_keys: the ``x-api-key`` values accepted; ``None`` accepts any non-empty key.
        deliver: sends one webhook delivery and returns the receiver's answer; a real HTTP POST by default.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        clock: Clock | None = None,
        api_keys: Collection[str] | None = None,
        deliver: Deliver | None = None,
    ) -> None:
        self.seed = seed
        self.clock: Clock = clock if clock is not None else ManualClock()
        self.api_keys = frozenset(api_keys) if api_keys is not None else None  # None: any non-empty key
        self.faults = Faults()
        self._sim = Simulation(seed=seed, start=self.clock.now(), deliver=deliver or http_deliver,
                               sent_at=self.clock.sent_at)  # fmt: skip
        self._request_ids = IdFactory(seed, "requests")
        self._lock = threading.RLock()
        self._asgi_app: AsgiApp | None = None

    # --- ways in ---------------------------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An httpx transport for ``httpx.Client`` and ``httpx.AsyncClient`` alike (base URL e.g.
        ``https://api.exa.ai/websets``): requests never leave the process."""
        return httpx.MockTransport(self._handle_httpx)

    @property
    def asgi_app(self) -> AsgiApp:
        """An ASGI 3 application serving the same API (see ``FakeServer`` or ``python -m exa_websets.testing``)."""
        if self._asgi_app is None:
            self._asgi_app = AsgiApp(self)
        return self._asgi_app

    def handle(self, request: FakeRequest) -> Outcome:
        """Answer one request (thread-safe)."""
        with self._lock:
            request_id = self._request_ids.new("req")
            found = match(request.method, path_segments(request.raw_path))
            if found is None or found is False:
                status, message = (404, "No such route") if found is None else (405, "Method not allowed")
                return Outcome(error_response(status, message, request_id))
            assert isinstance(found, Match)
            operation = found.operation
            fault = None
            if not operation.internal:
                fault = self.faults.take(request_id, operation.operation_id, operation.method, operation.path)
            if fault is not None and fault.when == "before" and fault.kind != "slow":
                return self._fault_outcome(fault, request_id, None)
            self._sim.run_until(self.clock.now())
            response = self._respond(found, request, request_id)
            self._sim.run_until(self.clock.now())  # deliver webhooks for what this request did
            if fault is None:
                return Outcome(response)
            if fault.kind == "slow":
                return Outcome(response, delay=fault.delay, fault=fault)
            return self._fault_outcome(fault, request_id, response)

    # --- test controls -------------------------------------------------------------------------------------

    def sync(self) -> None:
        """Do the work due by ``clock.now()`` (requests do this themselves)."""
        with self._lock:
            self._sim.run_until(self.clock.now())

    def advance(self, seconds: float) -> None:
        """Move the clock ahead and do everything that became due, in time order."""
        with self._lock:
            self.clock.advance(seconds)
            self._sim.run_until(self.clock.now())

    def run_until_idle(self, webset_id: str, *, timeout: float = 24 * 3600.0) -> float:
        """Advance fake time, one due step at a time, until the webset is idle; returns the fake seconds it took."""
        with self._lock:
            self.sync()
            started = self.clock.now()
            while (webset := self._webset(webset_id)).status != "idle":
                due = self._sim.scheduler.next_due()
                if due is None or due - started > timeout:
                    raise TimeoutError(f"webset {webset.id} is still {webset.status} after {timeout:g} fake seconds")
                self.advance(max(0.0, due - self.clock.now()))
            return self.clock.now() - started

    def pause(self, webset_id: str) -> None:
        """Pause a webset as the service may (there is no API for it): its work waits; ``webset.paused`` is sent."""
        with self._lock:
            self.sync()
            lifecycle.pause(self._sim, self._webset(webset_id))

    def resume(self, webset_id: str) -> None:
        with self._lock:
            self.sync()
            lifecycle.resume(self._sim, self._webset(webset_id))

    def set_webhook_status(self, webhook_id: str, status: str) -> None:
        """Make a webhook ``inactive`` (it then receives nothing) or ``active`` again; the API cannot."""
        if status not in ("active", "inactive"):
            raise ValueError("status is 'active' or 'inactive'")
        with self._lock:
            self._sim.store.webhooks[webhook_id].status = status

    def on_event(self, listener: Callable[[dict[str, Any]], None]) -> None:
        """Call ``listener`` with every event body as it is emitted."""
        self._sim.listeners.append(lambda record: listener(record.payload))

    @property
    def events(self) -> list[dict[str, Any]]:
        """Every event body so far, oldest first."""
        with self._lock:
            return [e.payload for e in self._sim.store.events.values()]

    @property
    def pending_work(self) -> int:
        """How many scheduled steps remain (monitor cadences always leave one each)."""
        return len(self._sim.scheduler)

    # --- internals -----------------------------------------------------------------------------------------

    def _webset(self, webset_id: str) -> WebsetRecord:
        webset = self._sim.store.find_webset(webset_id)
        if webset is None:
            raise KeyError(f"no webset {webset_id!r}")
        return webset

    def _respond(self, found: Match, request: FakeRequest, request_id: str) -> FakeResponse:
        operation = found.operation
        if not operation.internal:
            key = request.headers.get("x-api-key", "")
            if not key or (self.api_keys is not None and key not in self.api_keys):
                return error_response(401, "A valid API key is required in the x-api-key header", request_id)
        body: Any = None
        if takes_body(operation.operation_id) and request.body:
            try:
                body = json.loads(request.body)
            except (ValueError, UnicodeDecodeError):
                return error_response(400, "The request body is not valid JSON", request_id)
        if not operation.internal:
            problems = validate_request(operation.operation_id, body, request.query)
            if problems:
                return error_response(422, "Invalid request", request_id, problems)
        call = Call(self._sim, operation.operation_id, found.params, request.query, body, request.body, request.origin)
        try:
            payload = HANDLERS[operation.operation_id](call)
        except ApiError as error:
            return error_response(error.status, error.message, request_id, error.details)
        if isinstance(payload, RawBody):
            headers = [("Content-Type", payload.content_type), (REQUEST_ID_HEADER, request_id)]
            return FakeResponse(200, [*headers, *payload.headers.items()], payload.content)
        return json_response(operation.success_status, payload, request_id)

    @staticmethod
    def _fault_outcome(fault: Fault, request_id: str, real: FakeResponse | None) -> Outcome:
        if fault.kind == "drop":
            return Outcome(None, drop_error=fault.error, fault=fault)
        return Outcome(fault_response(fault, request_id, real), fault=fault)

    def _handle_httpx(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        outcome = self.handle(
            FakeRequest(
                method=request.method,
                raw_path=url.raw_path.decode("ascii").split("?", 1)[0],
                query=parse_qs(url.query.decode("ascii"), keep_blank_values=True),
                headers={k.lower(): v for k, v in request.headers.items()},
                body=request.content,
                origin=f"{url.scheme}://{url.netloc.decode('ascii')}",
            )
        )
        if outcome.delay:
            read_timeout = request.extensions.get("timeout", {}).get("read")
            if read_timeout is not None and outcome.delay > read_timeout:
                self.clock.sleep(read_timeout)  # the client waited this long, then gave up
                raise httpx.ReadTimeout(f"no response within {read_timeout:g} s (injected fault)", request=request)
            self.clock.sleep(outcome.delay)
        if outcome.response is None:
            if outcome.drop_error == "read":
                raise httpx.ReadError("connection reset by peer (injected fault)", request=request)
            raise httpx.RemoteProtocolError("server disconnected without a response (injected fault)", request=request)
        response = outcome.response
        return httpx.Response(response.status, headers=response.headers, content=response.body)
