"""The polling loops every wait shares: fetch, judge, report progress, sleep by the PollPolicy, honour the deadline.

The async implementation: the hand-written source of the sync one (``_sync.py``). Loaded when a wait starts, not with
the client.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import TYPE_CHECKING, TypeVar

from .._async.resources.websets import LIST as WEBSETS_LIST
from .._clock import AsyncSleep, Clock
from .._deadline import enclosing_deadline, wait_deadline
from .._errors import TRANSIENT_ERRORS, APIStatusError, WaitError, WaitTimeout
from .._logging import logger
from ..paging import page_size
from .judges import Judge, WaitProgress, as_webset, judge_webset
from .policy import Poller, PollPolicy

if TYPE_CHECKING:
    from exa_websets_api.models import Webset

    from .._async.client import AsyncWebsetsClient
    from .._async.resources.events import AsyncEvents as AsyncEventsResource
    from .._async.resources.websets import AsyncWebsets as AsyncWebsetsResource

T = TypeVar("T")
ProgressCallback = Callable[[WaitProgress], object]


async def wait_until(
    client: AsyncWebsetsClient,
    method: str,
    kind: str,
    object_id: str,
    *,
    fetch: Callable[[], Awaitable[T]],
    judge: Judge[T],
    deadline: float | None,
    timeout: float | None,
    on_progress: ProgressCallback | None,
    poll: PollPolicy | None,
) -> T:
    """A resource's ``wait_until_*`` method (``method`` names it in messages): poll ``fetch`` for the ``kind`` of job
    ``object_id`` until ``judge`` says done, with the client's clock and sleep. ``timeout`` is the deprecated name of
    ``deadline``."""
    deadline = wait_deadline(method, deadline, timeout)
    clock = client.clock
    started = clock()
    poller = Poller(poll or PollPolicy(), deadline=None if deadline is None else started + deadline)
    # The deadline bounds the whole wait: the polls' own retries, their Retry-After sleeps and their socket timeouts
    # are clipped to the time left (see _deadline.py).
    with enclosing_deadline(clock, poller.deadline):
        return await _poll(
            f"{kind} {object_id}",
            fetch,
            judge,
            clock=clock,
            sleep=client.sleep,
            deadline=deadline,
            poller=poller,
            on_progress=on_progress,
            object_id=object_id,
            started=started,
        )


async def _poll(
    what: str,
    fetch: Callable[[], Awaitable[T]],
    judge: Judge[T],
    *,
    clock: Clock,
    sleep: AsyncSleep,
    deadline: float | None,
    poller: Poller,
    on_progress: ProgressCallback | None,
    object_id: str,
    started: float,
) -> T:
    last: T | None = None
    phase: Hashable = None
    time_left: float | None = None
    estimated_at: float | None = None
    while True:
        try:
            last = await fetch()
        except TRANSIENT_ERRORS as error:
            logger.info("waiting for %s: a poll failed after its retries (%s); still waiting", what, error)
        else:
            verdict = judge(last)
            phase, time_left, estimated_at = verdict.phase, verdict.time_left, verdict.estimated_at
            if on_progress is not None:
                fields = {"status": "", **verdict.fields}
                on_progress(
                    WaitProgress(id=object_id, polls=poller.polls + 1, elapsed=clock() - started, last=last, **fields)
                )
            if verdict.failure is not None:
                raise verdict.failure
            if verdict.done:
                return last
        delay = poller.next_delay(clock(), phase, time_left, estimated_at)
        if delay is None:
            raise WaitTimeout(f"{what} did not finish within {deadline:g} s", last=last)
        await sleep(delay)


async def wait_until_idle_many(
    client: AsyncWebsetsClient,
    keys: Sequence[str],
    *,
    deadline: float | None,
    timeout: float | None,
    poll: PollPolicy | None,
    on_progress: ProgressCallback | None,
    stop_on_paused: bool,
) -> dict[str, Webset]:
    """Wait for many websets with far fewer requests than one polling loop each.

    1. One listing (or as few pages as it takes) gives every webset's state; ids it misses are fetched one by one.
    2. Then each poll reads only the new ``webset.idle`` / ``webset.paused`` / ``webset.deleted`` events: one request
       for all websets. An event counts only if it is not older than the webset's state seen in step 1, so an old
       idle event never ends the wait for a webset that has started running again since.
    3. If events cannot be read (not transient), it falls back to polling each pending webset.
    """
    deadline = wait_deadline("websets.wait_until_idle_many", deadline, timeout)
    clock = client.clock
    started = clock()
    state = _ManyState(
        keys=list(dict.fromkeys(keys)),
        started=started,
        clock=clock,
        on_progress=on_progress,
        stop_on_paused=stop_on_paused,
    )
    poller = Poller(poll or PollPolicy(initial=2.0), deadline=None if deadline is None else started + deadline)
    with enclosing_deadline(clock, poller.deadline):
        return await _wait_many(
            client.websets, client.events, state, clock=clock, sleep=client.sleep, deadline=deadline, poller=poller
        )


async def _wait_many(
    websets: AsyncWebsetsResource,
    events: AsyncEventsResource,
    state: _ManyState,
    *,
    clock: Clock,
    sleep: AsyncSleep,
    deadline: float | None,
    poller: Poller,
) -> dict[str, Webset]:
    while True:  # the first states, read through transient failures like every later poll
        try:
            await _initial_states(websets, state)
            break
        except TRANSIENT_ERRORS as error:
            delay = poller.next_delay(clock(), "initial")
            if delay is None:
                raise WaitTimeout(f"the websets' states could not be read within {deadline:g} s ({error})") from error
            logger.info("waiting for many websets: reading their states failed (%s); trying again", error)
            await sleep(delay)
    use_events = True
    while state.pending:
        delay = poller.next_delay(clock(), len(state.pending))
        if delay is None:
            raise WaitTimeout(
                f"{len(state.pending)} of {len(state.keys)} websets were not idle within {deadline:g} s",
                last=state.snapshots(),
            )
        await sleep(delay)
        try:
            if use_events:
                await _read_events(events, state)
            else:
                for webset_id in list(state.pending):
                    state.record(as_webset(await websets.get(webset_id)))
        except TRANSIENT_ERRORS as error:
            logger.info("waiting for many websets: a poll failed after its retries (%s); still waiting", error)
        except APIStatusError as error:
            if not use_events:
                raise
            logger.warning("events cannot be read (%s); polling each webset instead", error)
            use_events = False
    return state.results()


class _ManyState:
    """Which websets are still pending, since when, and what each finished as."""

    def __init__(
        self,
        *,
        keys: list[str],
        started: float,
        clock: Clock,
        on_progress: ProgressCallback | None,
        stop_on_paused: bool,
    ) -> None:
        self.keys = keys
        self.started = started
        self.clock = clock
        self.on_progress = on_progress
        self.stop_on_paused = stop_on_paused
        self.key_of: dict[str, str] = {}  # webset id → the key the caller used (id or external id)
        self.pending: dict[str, Webset] = {}  # webset id → last snapshot
        self.finished: dict[str, Webset] = {}  # key → idle webset
        self.seen_events: set[str] = set()
        self.events_since: datetime.datetime | None = None

    def record(self, webset: Webset, *, from_event: bool = False) -> None:
        key = self.key_of.setdefault(webset.id, webset.external_id if webset.external_id in self.keys else webset.id)
        verdict = judge_webset(webset, stop_on_paused=self.stop_on_paused)
        if self.on_progress is not None:
            self.on_progress(
                WaitProgress(
                    id=key,
                    elapsed=self.clock() - self.started,
                    polls=0,
                    last=webset,
                    **{"status": "", **verdict.fields},
                )
            )
        if verdict.failure is not None:
            raise verdict.failure
        if verdict.done:
            self.pending.pop(webset.id, None)
            self.finished[key] = webset
        elif not from_event:
            self.pending[webset.id] = webset
            since = webset.updated_at
            self.events_since = since if self.events_since is None else min(self.events_since, since)

    def snapshots(self) -> dict[str, Webset]:
        return {self.key_of[webset_id]: webset for webset_id, webset in self.pending.items()}

    def results(self) -> dict[str, Webset]:
        return {key: self.finished[key] for key in self.keys}


async def _initial_states(websets: AsyncWebsetsResource, state: _ManyState) -> None:
    wanted = set(state.keys)
    page_budget = len(wanted) // (page_size(WEBSETS_LIST, None) or 1) + 2
    pages = websets.list_all().iter_pages()
    async for page in pages:
        for webset in page.data:
            key = webset.id if webset.id in wanted else webset.external_id
            if key in wanted:
                wanted.discard(key)
                state.key_of[webset.id] = key
                state.record(webset)
        page_budget -= 1
        if not wanted or page_budget <= 0:
            break
    for key in sorted(wanted, key=state.keys.index):  # not among the newest: fetch each (also resolves external ids)
        webset = as_webset(await websets.get(key))
        state.key_of[webset.id] = key
        state.record(webset)


async def _read_events(events: AsyncEventsResource, state: _ManyState) -> None:
    from exa_websets_api.models import Webset  # noqa: PLC0415 - the models load on first use, not with the client

    since = state.events_since
    newest = since
    listing = events.list_all(types=list(_FINAL_EVENTS), created_after=since.isoformat() if since else None)
    async for event in listing:
        if event.id in state.seen_events:
            continue
        state.seen_events.add(event.id)
        created = event.created_at
        newest = created if newest is None or created > newest else newest
        webset = getattr(event, "data", None)
        if not isinstance(webset, Webset) or webset.id not in state.pending:
            continue
        if created < state.pending[webset.id].updated_at:
            continue  # older than the state we saw: not about this run
        if event.type_ == "webset.deleted":
            raise WaitError(f"webset {webset.id} was deleted while waiting for it to be idle", last=webset)
        state.record(webset, from_event=True)
    if newest is not None:
        state.events_since = newest  # later polls ask only for newer events (ids dedupe the boundary)


_FINAL_EVENTS = ("webset.idle", "webset.paused", "webset.deleted")
