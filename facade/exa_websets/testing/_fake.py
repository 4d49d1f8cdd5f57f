"""``FakeWebsets``: the stateful fake of the Websets API, its in-process transport and its test controls."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection
from typing import Any
from urllib.parse import parse_qs

import httpx

from . import _handlers  # noqa: F401  # registers the handlers
from . import _lifecycle as lifecycle
from ._asgi import AsgiApp
from ._clock import FakeClock, ManualClock
from ._faults import Fault, Faults
from ._handling import HANDLERS, ApiError, Call, RawBody
from ._http import REQUEST_ID_HEADER, FakeRequest, FakeResponse, Outcome, error_response, fault_response, json_response
from ._ids import IdFactory
from ._records import WebsetRecord
from ._routes import Match, match, path_segments
from ._simulation import Simulation
from ._validation import takes_body, validate_request
from ._webhooks import DELIVERY_TIMEOUT, Deliver, DeliveryQueue, http_deliver


class FakeWebsets:
    """A stateful, deterministic fake of the Websets API.

    State advances lazily: at the start (and end) of every request, and on ``advance``, all work due by
    ``clock.now()`` is done in time order. The same seed and the same sequence of requests and advances give the
    same responses.

    Args:
        seed: drives ids, secrets and the synthetic items.
        clock: fake time; a ``ManualClock`` (time moves only when told) by default.
        api_keys: the ``x-api-key`` values accepted; ``None`` accepts any non-empty key.
        deliver: sends one webhook delivery and returns the receiver's answer; a real HTTP POST by default. It runs
            on a worker thread, never on the request path (see ``wait_for_deliveries``).
        delivery_timeout: real seconds a receiver gets to answer before the attempt is recorded as failed.

    Webhook deliveries are queued by the work that emits their events and made by a background worker, one at a
    time, each bounded by ``delivery_timeout``: a receiver that hangs never delays an API call. The test controls
    (``advance``, ``sync``, ``run_until_idle``) wait for the deliveries they cause, and make the work that follows a
    delivery (a failed attempt's retry) in fake-time order, so a ``ManualClock`` fake stays deterministic. After API
    calls alone, call ``wait_for_deliveries()`` before looking at what receivers got.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        clock: FakeClock | None = None,
        api_keys: Collection[str] | None = None,
        deliver: Deliver | None = None,
        delivery_timeout: float = DELIVERY_TIMEOUT,
    ) -> None:
        self.seed = seed
        self.clock: FakeClock = clock if clock is not None else ManualClock()
        self.api_keys = frozenset(api_keys) if api_keys is not None else None  # None: any non-empty key
        self.faults = Faults()
        self._lock = threading.RLock()
        self._deliveries = DeliveryQueue(deliver or http_deliver, self._lock, timeout=delivery_timeout)
        self._sim = Simulation(
            seed=seed, start=self.clock.now(), dispatch=self._deliveries.submit, sent_at=self.clock.sent_at
        )
        self._request_ids = IdFactory(seed, "requests")
        self._asgi_app: AsgiApp | None = None

    # --- ways in ---------------------------------------------------------------------------------------------

    def transport(self, *, settle_deliveries: bool = False) -> httpx.MockTransport:
        """An httpx transport for ``httpx.Client`` and ``httpx.AsyncClient`` alike (base URL e.g.
        ``https://api.exa.ai/websets``): requests never leave the process.

        With ``settle_deliveries``, each request first waits for the webhook deliveries already queued, so a test
        that only makes API calls sees every attempt recorded, deterministically. The price: a receiver that hangs
        delays the next request by up to ``delivery_timeout`` (and one that calls back through this transport
        waits that long), so it is off by default."""
        if not settle_deliveries:
            return httpx.MockTransport(self._handle_httpx)

        def settled(request: httpx.Request) -> httpx.Response:
            self._deliveries.wait()
            return self._handle_httpx(request)

        return httpx.MockTransport(settled)

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
            self._sim.run_until(self.clock.now())  # queue webhooks for what this request did (sent off this path)
            if fault is None:
                return Outcome(response)
            if fault.kind == "slow":
                return Outcome(response, delay=fault.delay, fault=fault)
            return self._fault_outcome(fault, request_id, response)

    # --- test controls -------------------------------------------------------------------------------------

    def sync(self, *, wait_for_deliveries: bool = True) -> None:
        """Do the work due by ``clock.now()`` (requests do this themselves), and by default wait for the webhook
        deliveries it causes."""
        if not wait_for_deliveries:
            with self._lock:
                self._sim.run_until(self.clock.now())
            return
        while True:
            # Off the lock: recording an answer takes it. Deliveries queued by requests are answered first, so a
            # failed one's retry runs in its place in fake time.
            self._deliveries.wait()
            with self._lock:
                self._sim.run_until(self.clock.now(), stop_after_dispatch=True)
                due = self._sim.scheduler.next_due()
                if self._deliveries.unfinished == 0 and (due is None or due > self.clock.now()):
                    return

    def advance(self, seconds: float) -> None:
        """Move the clock ahead and do everything that became due, in time order, webhook deliveries included."""
        with self._lock:
            self.clock.advance(seconds)
        self.sync()

    def wait_for_deliveries(self, timeout: float | None = None) -> bool:
        """Wait (real time) until every queued webhook delivery has been made and recorded; ``False`` on timeout.

        Each delivery takes at most ``delivery_timeout``. Do not call it from inside a receiver."""
        return self._deliveries.wait(timeout)

    @property
    def pending_deliveries(self) -> int:
        """Webhook deliveries queued or in flight."""
        return self._deliveries.unfinished

    def run_until_idle(self, webset_id: str, *, timeout: float = 24 * 3600.0) -> float:
        """Advance fake time, one due step at a time, until the webset is idle; returns the fake seconds it took."""
        self.sync()
        started = self.clock.now()
        while True:
            with self._lock:
                webset = self._webset(webset_id)
                if webset.status == "idle":
                    return self.clock.now() - started
                due = self._sim.scheduler.next_due()
                if due is None or due - started > timeout:
                    raise TimeoutError(f"webset {webset.id} is still {webset.status} after {timeout:g} fake seconds")
                step = max(0.0, due - self.clock.now())
            self.advance(step)

    def pause(self, webset_id: str) -> None:
        """Pause a webset as the service may (there is no API for it): its work waits; ``webset.paused`` is sent."""
        self.sync()
        with self._lock:
            lifecycle.pause(self._sim, self._webset(webset_id))

    def resume(self, webset_id: str) -> None:
        self.sync()
        with self._lock:
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
