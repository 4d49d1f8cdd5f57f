"""7. What the facade costs on top of the floor, and where: client-only timings (recorded responses, no server),
per-step timers, pyinstrument profiles of the per-call and paging workloads, and the garbage collector's share.

Client-only: the facade, raw httpx and exa-py are given the same recorded response bytes by an in-process transport,
so that what is measured is the client's own work. Profiles are summarised by step (the facade function a sample
is under, outermost first) and by function (where the time itself is spent).
"""

from __future__ import annotations

import gc
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from exa_websets import WebsetsClient

from bench import _steps as steps
from bench._exa import FAKE_ORIGIN, exa_client, exa_requests_via
from bench._model import BenchScenario, Config, Section, Table
from bench._server import API_KEY, ServedFake
from bench._stats import Stat, interleaved
from bench._transports import canned, canned_pages
from bench.paging import raw_cursor_loop

CANNED_BASE = f"{FAKE_ORIGIN}/websets"
PAGE = 100

# Steps, matched from the outermost frame inwards: (label, function name, file path fragment).
STEP_RULES: list[tuple[str, str, str]] = [
    (steps.PREPARE, "prepare", "exa_websets/_core/request.py"),
    (steps.BUILD, "build_request", "httpx/_client.py"),
    (steps.SEND, "send", "httpx/_client.py"),
    (steps.DECODE, "decode_json", "exa_websets/_core/response.py"),
    (steps.INFO, "_info", "_pipeline.py"),
    (steps.PARSE, "parse_success", "exa_websets_api/api/"),
    (steps.PARSE, "from_dict", "exa_websets_api/models/"),
    (steps.ATTACH, "attach", "exa_websets/_core/response.py"),
    (steps.PAGE, "envelope", "exa_websets/_core/response.py"),
    (steps.PAGE, "page", "exa_websets/paging/page.py"),
]
WAITING = "waiting for the server (socket)"
IMPORTS = "of which: the import system (`importlib`) under generated models"
GLUE = "the rest: facade glue (resources, pipeline loop, paginator, freeing the previous page), the loop"
OTHER = "benchmark loop / other"
GC_PAUSES = "garbage collection pauses"


@dataclass
class Profile:
    seconds: float  # sampled
    units: int  # calls or items profiled
    steps: Counter[str] = field(default_factory=Counter)
    functions: Counter[str] = field(default_factory=Counter)
    imports: float = 0.0

    def share(self, label: str) -> float:
        return self.steps[label] / self.seconds if self.seconds else 0.0


@dataclass
class Figures:
    """What the findings quote."""

    per_call: dict[str, Stat]  # client-only seconds per call, by client
    per_item: dict[str, Stat]  # client-only seconds per item, by client
    per_call_no_gc: dict[str, Stat]  # the same with the GC off
    per_item_no_gc: dict[str, Stat]
    timed_call: dict[str, float]  # µs per call, by step (GC off)
    timed_item: dict[str, float]  # µs per item, by step (GC off)
    call_profile: Profile
    page_profile: Profile
    served_call: Profile
    served_page: Profile
    gc_seconds: float
    pass_seconds: float
    pass_items: int
    heap_objects: int  # GC-tracked objects in this process during the served pass
    containers_models: float  # GC-tracked objects per item, parsed page
    containers_json: float  # the same, plain JSON
    gc_collections: dict[int, int]  # collections by generation during the served pass
    gc_seconds_by_generation: dict[int, float]  # the time they took, by generation


def _frame(identifier: str) -> tuple[str, str]:
    function, path, *_ = identifier.split("\x01", 1)[0].split("\x00")
    return function, path


def _step(stack: list[tuple[str, str]]) -> str:
    if any("httpcore/_backends" in path or path.endswith(("/socket.py", "/selectors.py")) for _, path in stack):
        return WAITING
    for function, path in stack:
        for label, name, fragment in STEP_RULES:
            if function == name and fragment in path:
                return label
    if any("/exa_websets/" in path for _, path in stack):
        return GLUE
    return OTHER


def profile(work: Callable[[], int], interval: float = 0.0002) -> Profile:
    """Run ``work`` (returns how many calls or items it did) under pyinstrument and summarise the samples."""
    from pyinstrument import Profiler  # noqa: PLC0415 - the bench extra

    profiler = Profiler(interval=interval)
    profiler.start()
    units = work()
    session = profiler.stop()
    result = Profile(session.duration, units)
    for identifiers, seconds in session.frame_records:
        stack = [_frame(i) for i in identifiers[1:]]  # [0] is the thread
        if not stack:
            continue
        result.steps[_step(stack)] += seconds
        function, path = stack[-1]
        short = path.split("/site-packages/")[-1].split("/facade/")[-1].split("/generated/")[-1]
        result.functions[f"`{function}` ({short.rsplit('/lib/python', 1)[-1]})"] += seconds
        if "importlib._bootstrap" in path and any("exa_websets_api/models" in p for _, p in stack):
            result.imports += seconds
    result.seconds = sum(result.steps.values())
    return result


@dataclass
class GcUse:
    seconds: float = 0.0
    collections: Counter[int] = field(default_factory=Counter)
    seconds_by_generation: Counter[int] = field(default_factory=Counter)
    _started: float = 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            took = time.perf_counter() - self._started
            self.seconds += took
            self.collections[int(info["generation"])] += 1
            self.seconds_by_generation[int(info["generation"])] += took


@contextmanager
def gc_measured() -> Iterator[GcUse]:
    use = GcUse()
    gc.callbacks.append(use)
    try:
        yield use
    finally:
        gc.callbacks.remove(use)


@contextmanager
def gc_disabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def tracked_objects(make: Callable[[], Any]) -> int:
    """How many GC-tracked objects (dicts, lists, model instances) ``make()``'s result keeps alive."""
    gc.collect()
    before = len(gc.get_objects())
    kept = make()
    gc.collect()
    count = len(gc.get_objects()) - before
    del kept
    return count


@dataclass
class Recorded:
    get_body: bytes
    get_headers: dict[str, str]
    page: dict[str, Any]
    page_body: bytes
    page_headers: dict[str, str]


def record(served: ServedFake) -> Recorded:
    with httpx.Client(base_url=served.base_url, headers={"x-api-key": API_KEY}) as raw:
        one = raw.get(f"/v0/websets/{served.ids['get'][0]}")
        page = raw.get(f"/v0/websets/{served.ids['paging'][0]}/items", params={"limit": PAGE})
    return Recorded(one.content, dict(one.headers), page.json(), page.content, dict(page.headers))


def _per_unit(work: Callable[[], int]) -> Callable[[], float]:
    def run() -> float:
        gc.collect()  # start every run from the same GC state: no variant pays for another's garbage
        started = time.perf_counter()
        units = work()
        return (time.perf_counter() - started) / units

    return run


def _calls(call: Callable[[], Any], count: int) -> Callable[[], int]:
    def run() -> int:
        for _ in range(count):
            call()
        return count

    return run


def _best_timed_steps(work: Callable[[], int], rounds: int) -> tuple[dict[str, float], list[str]]:
    """``_timed_steps`` run ``rounds`` times, keeping the run with the lowest total: other processes on the machine
    only ever add time, so the fastest run is the one they disturbed least."""
    runs = [_timed_steps(work) for _ in range(max(1, rounds))]
    return min(runs, key=lambda run: run[0]["total"])


def _timed_steps(work: Callable[[], int]) -> tuple[dict[str, float], list[str]]:
    """µs per unit of ``work`` for each step, with the step timers on and the GC off (its pauses would land in
    whichever step allocates when they strike); the rest is what no timer covered."""
    gc.collect()
    with gc_disabled(), steps.step_timers() as timers:
        started = time.perf_counter()
        units = work()
        total = (time.perf_counter() - started) / units * 1e6
    result = {label: seconds / units * 1e6 for label, seconds in timers.seconds.items()}
    result[GLUE] = total - sum(result.values())
    result["total"] = total
    return result, timers.missing


def run(served: ServedFake, config: Config, log: Callable[[str], None] = lambda _: None) -> Section:
    recorded = record(served)
    webset_id = served.ids["get"][0]
    items_id = served.ids["paging"][0]
    one = canned(recorded.get_body, recorded.get_headers)
    pages = canned_pages(recorded.page, recorded.page_headers, config.canned_pages)
    section = Section("profile", "7. Where the facade's time goes (client-only costs, profiles, GC)")

    log("profile: client-only costs")
    exa = exa_client(FAKE_ORIGIN)
    with (
        WebsetsClient(
            API_KEY, base_url=CANNED_BASE, http_client=httpx.Client(transport=one), environ={}, rate_limit=None
        ) as ws_one,
        httpx.Client(base_url=CANNED_BASE, transport=one, headers={"x-api-key": API_KEY}) as raw_one,
        WebsetsClient(
            API_KEY, base_url=CANNED_BASE, http_client=httpx.Client(transport=pages), environ={}, rate_limit=None
        ) as ws,
        httpx.Client(base_url=CANNED_BASE, transport=pages, headers={"x-api-key": API_KEY}) as raw,
    ):

        def facade_pass() -> int:
            return sum(1 for _ in ws.items.list_all(items_id))

        def paging_work() -> int:
            return sum(facade_pass() for _ in range(max(1, config.profile_pages // config.canned_pages)))

        def facade_calls() -> int:
            return _calls(lambda: ws_one.websets.get(webset_id), config.profile_calls)()

        per_call = {
            "facade": _per_unit(_calls(lambda: ws_one.websets.get(webset_id), config.canned_calls)),
            "raw httpx": _per_unit(_calls(lambda: raw_one.get(f"/v0/websets/{webset_id}").json(), config.canned_calls)),
            "exa-py": _per_unit(_calls(lambda: exa.websets.get(webset_id), config.canned_calls)),
        }
        per_item = {
            "facade": _per_unit(facade_pass),
            "raw httpx": _per_unit(lambda: raw_cursor_loop(raw, items_id)[0]),
            "exa-py": _per_unit(lambda: sum(1 for _ in exa.websets.items.list_all(items_id, limit=PAGE))),
        }
        with exa_requests_via(one):
            for measure in per_call.values():
                measure()  # warm up
            call_runs = {k: Stat.of(v) for k, v in interleaved(per_call, config.canned_rounds).items()}
            with gc_disabled():
                call_no_gc = {k: Stat.of(v) for k, v in interleaved(per_call, config.canned_rounds).items()}
        with exa_requests_via(pages):
            for measure in per_item.values():
                measure()
            item_runs = {k: Stat.of(v) for k, v in interleaved(per_item, config.canned_rounds).items()}
            with gc_disabled():
                item_no_gc = {k: Stat.of(v) for k, v in interleaved(per_item, config.canned_rounds).items()}

        log("profile: step timers and pyinstrument, client-only")
        timed_call, missing = _best_timed_steps(facade_calls, config.canned_rounds)
        timed_item, _ = _best_timed_steps(paging_work, config.canned_rounds)
        call_profile = profile(facade_calls)
        page_profile = profile(paging_work)
        containers_models = tracked_objects(lambda: ws.items.list(items_id, limit=PAGE)) / PAGE
        containers_json = tracked_objects(lambda: json.loads(recorded.page_body)) / PAGE

    log("profile: pyinstrument and GC on the static server")
    with WebsetsClient(API_KEY, base_url=served.base_url, environ={}, rate_limit=None) as live:
        live.websets.get(webset_id)
        served_call = profile(_calls(lambda: live.websets.get(webset_id), config.profile_served_calls), 0.0005)
        served_page = profile(lambda: sum(1 for _ in live.items.list_all(items_id)), 0.001)
        gc.collect()
        heap_objects = len(gc.get_objects())
        with gc_measured() as gc_use:
            started = time.perf_counter()
            pass_items = sum(1 for _ in live.items.list_all(items_id))
            pass_seconds = time.perf_counter() - started

    figures = Figures(
        call_runs,
        item_runs,
        call_no_gc,
        item_no_gc,
        timed_call,
        timed_item,
        call_profile,
        page_profile,
        served_call,
        served_page,
        gc_use.seconds,
        pass_seconds,
        pass_items,
        heap_objects,
        containers_models,
        containers_json,
        dict(sorted(gc_use.collections.items())),
        dict(sorted(gc_use.seconds_by_generation.items())),
    )
    _tables(section, config, recorded, figures, missing)
    section.extra = {"figures": figures}
    section.chart = {"call_steps": timed_call, "item_steps": timed_item}
    return section


def _tables(section: Section, config: Config, recorded: Recorded, f: Figures, missing: list[str]) -> None:
    rows = [
        [
            name,
            f.per_call[name].fmt(1, 1e6),
            f.per_call[name].per(f.per_call["raw httpx"]).fmt(2, suffix="x"),
            f.per_call_no_gc[name].fmt(1, 1e6),
            f.per_item[name].fmt(1, 1e6),
            f.per_item[name].per(f.per_item["raw httpx"]).fmt(2, suffix="x"),
            f.per_item_no_gc[name].fmt(1, 1e6),
        ]
        for name in f.per_call
    ]
    section.tables.append(
        Table(
            ["client", "µs per `websets.get`", "x raw", "GC off", f"µs per item (pages of {PAGE})", "x raw", "GC off"],
            rows,
            "Client-only: every client is answered in-process with the same recorded bytes (a "
            f"{len(recorded.get_body):,}-byte webset; a {len(recorded.page_body):,}-byte page of {PAGE} items). "
            f"{config.canned_rounds} interleaved runs of {config.canned_calls} calls / "
            f'{PAGE * config.canned_pages:,} items, each run after a `gc.collect()`; median (min-max). "GC off": the '
            "same with the garbage collector disabled. exa-py still makes a `requests.Session` per call, as "
            "`requests.get` does.",
        )
    )
    step_rows = []
    for label in [*steps.STEPS, GLUE]:
        a, b = f.call_profile.share(label), f.page_profile.share(label)
        if a or b or f.timed_call.get(label) or f.timed_item.get(label):
            step_rows.append(
                [
                    label,
                    f"{f.timed_call.get(label, 0.0):.1f}",
                    f"{a:.0%}",
                    f"{f.timed_item.get(label, 0.0):.2f}",
                    f"{b:.0%}",
                ]
            )
    step_rows.append(
        [
            IMPORTS,
            "",
            f"{f.call_profile.imports / f.call_profile.seconds:.0%}",
            "",
            f"{f.page_profile.imports / f.page_profile.seconds:.0%}",
        ]
    )
    step_rows.append(
        [
            "**total** (timers on, GC off)",
            f"**{f.timed_call['total']:.1f}**",
            "100%",
            f"**{f.timed_item['total']:.2f}**",
            "100%",
        ]
    )
    gc_call = (f.per_call["facade"].median - f.per_call_no_gc["facade"].median) * 1e6
    gc_item = (f.per_item["facade"].median - f.per_item_no_gc["facade"].median) * 1e6
    step_rows.append([f"{GC_PAUSES} (GC on - GC off, table above)", f"{gc_call:.1f}", "", f"{gc_item:.2f}", ""])
    not_placed = f" Timers not placed (moved in the facade): {', '.join(missing)}." if missing else ""
    section.tables.append(
        Table(
            [
                "facade step (client-only)",
                "µs per call (timers)",
                "share of a call (pyinstrument)",
                "µs per item (timers)",
                "share in paging (pyinstrument)",
            ],
            step_rows,
            f"Timers: {config.profile_calls} `websets.get` calls and {f.page_profile.units:,} items read with "
            "`list_all` on recorded responses, each step's function wrapped with a timer (bench/_steps.py, ~0.3 µs "
            "per wrapped call), with the GC off so that its pauses do not land in whichever step allocates when "
            f"they strike (they are the last row); of {config.canned_rounds} such runs, the one with the lowest "
            "total. pyinstrument (0.2 ms sampling) over the same work, GC on: each "
            "sample counts for the outermost facade step it is under; it over-weights code made of many small calls "
            f"(httpx), hence the timers for µs.{not_placed}",
        )
    )
    top_rows = [
        [name, f"{seconds / f.call_profile.seconds:.1%}", name2, f"{seconds2 / f.page_profile.seconds:.1%}"]
        for (name, seconds), (name2, seconds2) in zip(
            f.call_profile.functions.most_common(10), f.page_profile.functions.most_common(10), strict=False
        )
    ]
    section.tables.append(
        Table(
            ["per call: function (self time)", "share", "paging: function (self time)", "share"],
            top_rows,
            "The ten functions with the most self time in each client-only pyinstrument profile.",
        )
    )
    served_rows = [
        [
            label,
            f"{p.share(WAITING):.0%}",
            f"{1 - p.share(WAITING):.0%}",
            f"{p.share(steps.PARSE):.0%}",
            f"{p.share(steps.DECODE):.0%}",
        ]
        for label, p in (
            (f"`websets.get` x {f.served_call.units}", f.served_call),
            (f"`items.list_all`, {f.served_page.units:,} items", f.served_page),
        )
    ]
    section.tables.append(
        Table(
            [
                "on the static server",
                "waiting for the server",
                "client (all steps)",
                "of which model construction",
                "of which JSON decode",
            ],
            served_rows,
            "pyinstrument over real calls to the static server: the share of wall time the client spends blocked on "
            "the socket (the server working, in another process) against its own work.",
        )
    )
    section.notes += [
        f"Garbage collection during one facade pass over {f.pass_items:,} served items: {f.gc_seconds * 1e3:.0f} ms "
        f"of {f.pass_seconds * 1e3:.0f} ms ({f.gc_seconds / f.pass_seconds:.0%}); collections by generation: "
        f"{f.gc_collections}. A full (generation 2) collection scans every tracked object "
        f"of the process: {f.heap_objects:,} here (exa-py, openai and pydantic are imported), so its cost depends on "
        "the application around the SDK; how often it runs depends on how many objects the SDK promotes.",
        f"Objects the GC tracks, per item: {f.containers_models:.1f} kept alive by a parsed facade page "
        "(`items.list`, or a page from `iter_pages()`: models, their `additional_properties` dicts, lists) against "
        f"{f.containers_json:.1f} for the same page as plain JSON. `list_all` keeps the page as JSON and builds one "
        "item's model at a time.",
    ]


SCENARIOS = [BenchScenario("profile", lambda context: run(context.served, context.config, context.log), served=True)]
