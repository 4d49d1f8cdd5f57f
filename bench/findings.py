"""The findings: what this run measured, which of the first run's proposals the SDK has shipped, and what still
stands between the facade and the floor, and why.

Every number comes from this run's sections; a finding whose section did not run is left out. Whether a target is
met is read from the section's own verdict, and the polling rule's intervals from ``PollPolicy``'s defaults, so no
sentence states a figure or a behaviour this run did not see.
"""

from __future__ import annotations

import gc
import itertools

from exa_websets import PollPolicy

from bench import _steps as steps
from bench import paging as paging_section
from bench._model import Section, Target
from bench.memory import Cycles
from bench.profiles import GLUE, WAITING, Figures, Profile

PAGE = 100  # items per page, as list_all asks for them (the spec's largest page)
ORDER = ("percall", "paging", "memory", "waiting", "many", "fanout", "regen", "profile")  # as in the report
NOISE_US = 0.5  # a GC-on minus GC-off difference below this is within the runs' noise


def _verdict(target: Target) -> str:
    return "met" if target.met else "**not met**"


def _share(profile: Profile, *fragments: str) -> float:
    """The share of a profile's self time in functions whose description contains one of ``fragments``."""
    if not profile.seconds:
        return 0.0
    return sum(s for name, s in profile.functions.items() if any(f in name for f in fragments)) / profile.seconds


def findings(sections: dict[str, Section]) -> list[str]:
    out = _summary(sections)
    out += _shipped(sections)
    profile = sections.get("profile")
    figures: Figures | None = profile.extra.get("figures") if profile is not None else None
    if figures is not None:
        out += _per_call(figures, sections.get("percall"))
        out += _paging(figures, sections.get("paging"))
        out += _garbage(figures)
    out += _memory(sections, figures)
    out += _remaining(figures, sections)
    out += _fake_notes(sections)
    return out


def _summary(sections: dict[str, Section]) -> list[str]:
    ordered = [sections[k] for k in ORDER if k in sections] + [s for k, s in sections.items() if k not in ORDER]
    targets = [t for s in ordered for t in s.targets]
    if not targets:
        return []
    missed = [t for t in targets if not t.met]
    lines = ["### In short", ""]
    if not missed:
        return [*lines, f"- All {len(targets)} targets are met in this run.", ""]
    lines.append(f"- {len(targets) - len(missed)} of {len(targets)} targets are met in this run. Not met:")
    lines += [f"  - {t.name}: {t.measured} (goal {t.goal})." for t in missed]
    return [*lines, ""]


def _shipped(sections: dict[str, Section]) -> list[str]:
    """The first run's proposals that the SDK has since adopted, each with what this run measures of it."""
    profile, waiting = sections.get("profile"), sections.get("waiting")
    f: Figures | None = profile.extra.get("figures") if profile is not None else None
    policy = PollPolicy()
    lines = ["### Shipped since the benchmark's first run", ""]
    models = (
        "1. **Generated models import the models they refer to once, at the end of their module** "
        "(`openapi/generator/templates/model.py.jinja`), no longer on every `from_dict`/`to_dict` call."
    )
    if f is not None:
        models += (
            f" In this run the import system takes {f.call_profile.imports / f.call_profile.seconds:.1%} of a call's "
            f"profile and {f.page_profile.imports / f.page_profile.seconds:.1%} of paging's."
        )
    lines.append(models)
    polling = (
        "2. **Polling by phase and by the server's estimate** (`facade/exa_websets/waiting/policy.py`, "
        "`Poller.next_delay(now, phase, time_left, estimated_at)`; `waiting.judges.judge_webset`): the interval grows "
        f"from {policy.initial:g} s by x{policy.factor:g} up to {policy.max_interval:g} s while the job stays in "
        "one phase (an item found is not a phase change; a status change is, and resets it); the next poll lands "
        "when `progress.timeLeft` runs out, counted from the search's `updatedAt`; once the estimate has run out, "
        f"or the search has completed and only enrichments remain, polls are quick ({policy.min_interval:g} s "
        f"growing to {policy.tail_max:g} s) for at most {policy.tail_window:g} s."
    )
    if waiting is not None and waiting.extra:
        requests, latency = waiting.extra["requests"]["facade"], waiting.extra["latency"]["facade"]
        polling += (
            f" This run (section 4): **{requests.fmt(2, suffix='x')} exa-py's requests** (target "
            f"{_verdict(waiting.targets[0])}) and **{latency.fmt(2, suffix='x')} its mean detection latency** "
            f"(target {_verdict(waiting.targets[1])})."
        )
        if not all(t.met for t in waiting.targets):
            polling += " Section 4's rows show which websets spend more than half of exa-py's requests or latency."
    lines.append(polling)
    call = (
        "3. **`ResponseInfo.headers` is the response's own (case-insensitive, read-only) headers**, no longer a "
        "copy made on every call (`Pipeline._info`), and **`_request.prepare` skips the query conversion when no "
        "query value is given** (and the option-name check when no option is)."
    )
    if f is not None:
        call += (
            f" Step timers, per `websets.get`: `_info` {f.timed_call.get(steps.INFO, 0.0):.1f} µs, `prepare` "
            f"{f.timed_call.get(steps.PREPARE, 0.0):.1f} µs."
        )
    lines.append(call)
    paging = (
        "4. **`list_all` builds each item's model when its iterator reaches it** (`paging.page.RawPage.models`): "
        "one page of JSON and one model at a time, instead of a page's 100 models built at once next to their JSON "
        "(`list()` and `iter_pages()` still return whole parsed pages)."
    )
    if f is not None:
        paging += (
            f" Garbage collection now adds {_us(_gc_item(f))} per item client-only and takes "
            f"{f.gc_seconds / f.pass_seconds:.0%} of a served {f.pass_items:,}-item pass (section 7)."
        )
    memory = sections.get("memory")
    if memory is not None and memory.targets and not memory.targets[0].met and _response_cycles(memory):
        paging += " It also changed when collections run, which shows in the memory peak (see Memory below)."
    lazy = (
        "5. **Generated models build nested objects, lists of them and timestamps on first read** "
        "(`types.LazyModel`/`LazyField`, from `openapi/generator/templates/model.py.jinja`): `from_dict` sets the "
        "cheap fields, checks that required keys are present and keeps the JSON; an item whose company, references "
        "or timestamps are never read never builds them. A malformed nested value raises "
        "`ResponseFieldValidationError` (an `APIResponseValidationError`) when its field is first read."
    )
    lines += [paging, lazy, ""]
    return lines


def _us(value: float, digits: int = 1) -> str:
    """A GC-on minus GC-off difference in µs: below the noise (or negative) it is not measurable."""
    if value >= NOISE_US:
        return f"{value:.{digits}f} µs"
    return f"no measurable time ({value:+.{digits}f} µs: noise)"


def _gc_call(f: Figures, client: str = "facade") -> float:
    return (f.per_call[client].median - f.per_call_no_gc[client].median) * 1e6


def _gc_item(f: Figures, client: str = "facade") -> float:
    return (f.per_item[client].median - f.per_item_no_gc[client].median) * 1e6


OWN_STEPS = (steps.PARSE, steps.PREPARE, steps.INFO, steps.ATTACH, steps.PAGE, GLUE)  # the facade's own work
HTTPX_STEPS = (steps.BUILD, steps.SEND, steps.DECODE)  # work raw httpx does as well


def _split(timed: dict[str, float]) -> tuple[float, float]:
    """(the facade's own µs, httpx's µs) of a step-timed unit."""
    return sum(timed.get(s, 0.0) for s in OWN_STEPS), sum(timed.get(s, 0.0) for s in HTTPX_STEPS)


def _largest(timed: dict[str, float]) -> str:
    """How much of the facade's own work model construction is, in words."""
    parse, own = timed.get(steps.PARSE, 0.0), _split(timed)[0]
    if own > 0 and parse > own / 2:
        return "Model construction is most"
    if parse >= max(timed.get(s, 0.0) for s in OWN_STEPS):
        return "Model construction is the largest part"
    return "Model construction is one part"


def _per_call(f: Figures, percall: Section | None) -> list[str]:
    call = f.timed_call
    facade_us, raw_us = f.per_call["facade"].median * 1e6, f.per_call["raw httpx"].median * 1e6
    parse = call.get(steps.PARSE, 0.0)
    own, httpx_us = _split(call)
    lines = ["### Per call (`websets.get`)", ""]
    if percall is not None and percall.extra:
        wall, cpu = percall.extra["wall"], percall.extra["cpu"]
        facade, floor = percall.extra["facade"], percall.extra["floor"]
        lines.append(
            f"- On the static server (section 1) a facade call takes **{wall[facade].per(wall[floor]).fmt(2)}x raw "
            f"httpx's wall time** ({wall[facade].median * 1e3:.3f} against {wall[floor].median * 1e3:.3f} ms) and "
            f"{cpu[facade].per(cpu[floor]).fmt(2)}x its client CPU: the ≤ 1.15x target is "
            f"{_verdict(percall.targets[0])}. {f.served_call.share(WAITING):.0%} of a facade call's wall time there "
            "is spent waiting for the server (another process), so the client's own surplus shows as a smaller "
            "ratio than client-only, below."
        )
    lines += [
        f"- Client-only (a recorded response, no server), the facade spends **{facade_us:.0f} µs** per call against "
        f"**{raw_us:.0f} µs** for raw httpx (+{facade_us - raw_us:.0f} µs, "
        f"{f.per_call['facade'].per(f.per_call['raw httpx']).median:.2f}x). The step timers (GC off) put the "
        f"facade's own work at **{own:.0f} µs**: model construction **{parse:.0f} µs** (generated "
        "`GetWebsetResponse.from_dict` and the nested `WebsetSearch`/`WebsetEnrichment.from_dict`), request "
        f"preparation and validation {call.get(steps.PREPARE, 0.0):.0f} µs (`_request.prepare`), `ResponseInfo` "
        f"{call.get(steps.INFO, 0.0):.1f} µs, `attach` {call.get(steps.ATTACH, 0.0):.1f} µs, the rest (resources, "
        f"pipeline loop, the benchmark's loop) {call.get(GLUE, 0.0):.0f} µs. httpx's `build_request`, `send` and "
        f"the JSON decode take {httpx_us:.0f} µs, the work raw httpx does in its {raw_us:.0f} µs. Garbage "
        f"collection adds {_us(_gc_call(f), 0)} (raw httpx: {_us(_gc_call(f, 'raw httpx'), 0)}); logging takes "
        f"{_share(f.call_profile, '/logging/'):.1%} of the "
        "call profile (a disabled `logger.info` is a cached level check).",
        f"- {_largest(call)} of what remains: {parse:.0f} of the facade's own {own:.0f} µs "
        f"({parse / own if own > 0 else 0.0:.0%}). The generated `from_dict` builds the webset, its searches and "
        "enrichments and their parts as attrs instances (reading the payload in place, setting the fields "
        "directly). The other steps are a few µs each: the price of validating the call, typed errors, retries "
        "and `response_info`.",
        "",
    ]
    return lines


def _paging(f: Figures, paging: Section | None) -> list[str]:
    item = f.timed_item
    item_us, raw_item_us = f.per_item["facade"].median * 1e6, f.per_item["raw httpx"].median * 1e6
    surplus = item_us - raw_item_us
    parse = item.get(steps.PARSE, 0.0)
    own, httpx_us = _split(item)
    lines = ["### Paging (`items.list_all`)", ""]
    if paging is not None and paging.extra:
        lines += _paging_served(f, paging, surplus)
    lines += [
        f"- Client-only, the facade spends **{item_us:.1f} µs per item** against **{raw_item_us:.1f} µs** for raw "
        f"httpx, which only decodes JSON (+{surplus:.1f} µs, "
        f"{f.per_item['facade'].per(f.per_item['raw httpx']).median:.2f}x). The step timers (GC off) put the "
        f"facade's own work at **{own:.1f} µs/item**: model construction **{parse:.1f} µs** (`WebsetItem.from_dict`, "
        f"called as the iterator reaches each item), request preparation {item.get(steps.PREPARE, 0.0):.2f} µs and "
        f"`ResponseInfo` {item.get(steps.INFO, 0.0):.2f} µs (once per {PAGE} items), the page envelope "
        f"{item.get(steps.PAGE, 0.0):.2f} µs, the rest (paginator and its generators, the benchmark's loop) "
        f"{item.get(GLUE, 0.0):.1f} µs. httpx's request and the JSON decode take {httpx_us:.1f} µs/item (the decode "
        f"alone {item.get(steps.DECODE, 0.0):.1f}), the work raw httpx does. Garbage collection adds "
        f"**{_us(_gc_item(f))}** per item (raw httpx: {_us(_gc_item(f, 'raw httpx'))}).",
        f"- {_largest(item)} of what remains: {parse:.1f} of the facade's own {own:.1f} µs per item "
        f"({parse / own if own > 0 else 0.0:.0%}); proposal 1 below is about it.",
        "",
    ]
    return lines


def _paging_served(f: Figures, paging: Section, surplus: float) -> list[str]:
    """The served paging targets: where they stand, and what meeting a missed one would take."""
    extra = paging.extra
    seconds, rate, items = extra["seconds"], extra["rate"], extra["items"]
    facade, floor, exa = extra["facade"], extra["floor"], extra["exa"]
    vs_raw, vs_exa = paging.targets[0], paging.targets[2]
    facade_us = seconds[facade].median / items * 1e6
    lines = [
        f"- On the static server (section 2) the facade reads {rate[facade].median:,.0f} items/s: "
        f"**{seconds[facade].per(seconds[floor]).fmt(2)}x raw httpx's time** (≤ 1.30x: {_verdict(vs_raw)}) and "
        f"**{rate[facade].per(rate[exa]).fmt(2)}x exa-py's items/s** at the same page size (≥ 2.5x: "
        f"{_verdict(vs_exa)})."
    ]
    parse, gc_item = f.timed_item.get(steps.PARSE, 0.0), _gc_item(f)
    if not vs_raw.met:
        allowed = paging_section.MAX_VS_RAW * seconds[floor].median / items * 1e6
        gap = facade_us - allowed
        if gap > surplus:
            reach = (
                f"more than the facade's whole client-only surplus over raw httpx ({surplus:.0f} µs/item): the "
                "client alone cannot close it on this setup."
            )
        else:
            reach = (
                f"{gap / surplus:.0%} of the facade's client-only surplus over raw httpx ({surplus:.0f} µs/item, of "
                f"which model construction {parse:.0f} µs and garbage collection {_us(gc_item, 0)}). Only cheaper "
                "models "
                "(proposal 1 below), or not building every item as a model, can remove that much."
            )
        lines.append(
            f"- To meet ≤ {paging_section.MAX_VS_RAW:.2f}x raw httpx, a served item may cost the facade "
            f"{allowed:.0f} µs; it costs {facade_us:.0f} µs, **{gap:.0f} µs too many**: {reach}"
        )
    if not vs_exa.met:
        allowed = seconds[exa].median / items * 1e6 / paging_section.MIN_VS_EXA
        floor_vs_exa = rate[floor].per(rate[exa]).median
        bound = (
            ", so no client can meet this target on this setup." if floor_vs_exa < paging_section.MIN_VS_EXA else "."
        )
        lines.append(
            f"- To read {paging_section.MIN_VS_EXA:g}x exa-py's items/s, a served item may cost the facade "
            f"{allowed:.0f} µs; it costs {facade_us:.0f} µs ({facade_us - allowed:.0f} µs too many). Raw httpx "
            f"reaches {floor_vs_exa:.2f}x exa-py here{bound}"
        )
    return lines


def _garbage(f: Figures) -> list[str]:
    counts, took = f.gc_collections, f.gc_seconds_by_generation
    runs = ", ".join(
        f"{counts.get(generation, 0):,} {name} ({took.get(generation, 0.0) * 1e3:.0f} ms)"
        for generation, name in ((0, "young"), (1, "middle"), (2, "full"))
    )
    return [
        "### Garbage collection",
        "",
        f"- In one served facade pass over {f.pass_items:,} items ({f.pass_items // PAGE} pages) the collector took "
        f"**{f.gc_seconds * 1e3:.0f} ms of {f.pass_seconds * 1e3:.0f} ms ({f.gc_seconds / f.pass_seconds:.0%})**: "
        f"{runs} collections. Client-only (every run starting after a `gc.collect()`), GC pauses add "
        f"{_us(_gc_item(f))} per item (raw httpx: {_us(_gc_item(f, 'raw httpx'))}) and {_us(_gc_call(f), 0)} per "
        f"call (raw httpx: {_us(_gc_call(f, 'raw httpx'), 0)}).",
        "- Where it comes from: a young collection runs whenever GC-tracked allocations outnumber frees by "
        f"{gc.get_threshold()[0]}. Decoding a page allocates its JSON at once ({f.containers_json:.0f} tracked "
        f"objects per item, ~{f.containers_json * PAGE:,.0f} per page, as raw httpx does too), and each item's model "
        f"adds {f.containers_models:.0f} more (models, their `additional_properties` dicts, lists) while it lives. "
        "What a young collection finds alive (the page being read) moves to an older generation, where middle and "
        "full collections scan it again; a full collection scans every tracked object of the process "
        f"({f.heap_objects:,} here, with exa-py, openai and pydantic loaded), so its cost depends on the "
        "application around the SDK. Fewer objects per model (proposal 1 below) would make collections rarer.",
        "",
    ]


FACADE_CYCLES, RAW_CYCLES = "facade `items.list`", "raw httpx GET + json()"  # memory.extra["cycles"] keys
CURSOR_BYTES = 110  # a cursor in the paginator's seen-set: a ~73-byte str and its set slot


def _response_cycles(memory: Section | None) -> tuple[Cycles, Cycles] | None:
    """What a facade request and a raw httpx request leave to the cyclic collector, when responses are among it."""
    if memory is None or "cycles" not in memory.extra:
        return None
    facade, raw = memory.extra["cycles"].get(FACADE_CYCLES), memory.extra["cycles"].get(RAW_CYCLES)
    return (facade, raw) if facade is not None and raw is not None and facade.responses else None


def _memory(sections: dict[str, Section], f: Figures | None) -> list[str]:
    memory = sections.get("memory")
    if memory is None or not memory.extra:
        return []
    points = memory.extra["checkpoints"]
    first, last = points[0], points[-1]
    target = memory.targets[0]
    moves = ", ".join(
        f"{b.peak_mb - a.peak_mb:+.2f} MB from {a.items:,} to {b.items:,}" for a, b in itertools.pairwise(points)
    )
    lines = [
        f"### Memory (`items.list_all` over {last.items:,} items)",
        "",
        f"- The peak above baseline is {first.peak_mb:.2f} MB after {first.items:,} items and {last.peak_mb:.2f} MB "
        f"after {last.items:,} ({last.peak_mb - first.peak_mb:+.2f} MB; flat allows "
        f"+{memory.extra['flat_slack_mb']:.2f}): the target is {_verdict(target)}. Between checkpoints: {moves}.",
    ]
    cycles = _response_cycles(memory)
    if cycles is not None:
        facade, raw = cycles
        runs = f.gc_collections.get(2, 0) if f is not None else 0
        full = (
            f" (section 7's served pass of {f.pass_items:,} items ran {runs} full collection{'' if runs == 1 else 's'})"
            if f is not None
            else ""
        )
        lines.append(
            "- What moves the peak: every request leaves its `httpx.Response` in a reference cycle with its "
            f"`BoundSyncStream` ({facade.objects:.0f} objects left to the cyclic collector per facade request, "
            f"{raw.objects:.0f} per raw httpx request), so its body ({facade.body_bytes / 1024:,.0f} KB for a page "
            f"of {PAGE} enriched items) is freed when a collection finds the cycle unreachable, not "
            "when the page is dropped. A body still referenced when a collection runs (the request in progress) is "
            "promoted, and one that reaches the oldest generation waits for a full collection, which CPython runs "
            f"only once enough objects have been promoted since the last one{full}. So the peak climbs in steps "
            "until a full collection, then levels off: garbage awaiting the collector, not a leak, and how high it "
            "climbs depends on the application's heap more than on the number of items."
        )
        if not target.met:
            lines.append(
                "- What would meet the target: freeing each body when its page is dropped, by reference counting. "
                "The pipeline can break httpx's cycle once the body has been read (replace `response.stream`, which "
                "points back at the response, with an empty `httpx.ByteStream`), or httpx could drop the "
                "back-reference when a response is closed (proposal 2 below)."
            )
    lines.append("")
    return lines


def _remaining(f: Figures | None, sections: dict[str, Section]) -> list[str]:
    proposals: list[str] = []
    if f is not None:
        parse_item, parse_call = f.timed_item.get(steps.PARSE, 0.0), f.timed_call.get(steps.PARSE, 0.0)
        helpers = _share(f.page_profile, "`_parse_")
        enums = _share(f.page_profile, "/enum.py)")
        typing = _share(f.page_profile, "/typing.py)")
        profile_note = (
            f" Self time in the paging profile: the `_parse_*` helpers {helpers:.0%}, `enum` {enums:.0%}, `typing` "
            f"{typing:.0%}."
            if helpers or enums or typing
            else ""
        )
        proposals.append(
            "**Generated models: fewer objects per item** "
            "(`openapi/generator/templates/model.py.jinja`), the largest remaining cost: model construction is "
            f"{parse_item:.1f} µs per item and {parse_call:.0f} µs per webset in this run. `from_dict` now reads the "
            "payload in place, sets fields without attrs' `__init__`, looks enums up in a dict and builds no helper "
            "per call, and builds nested parts only when they are first read (shipped, 5 above); what is left is one "
            "attrs instance per object the caller reads (the benchmark reads properties, one evaluation and one "
            "enrichment: the item, its properties and both lists of 2 are built) and ~0.4 µs per lazy field's first "
            "read. Decoding straight into typed structs (msgspec) would remove the second walk over the JSON "
            "altogether."
            f"{profile_note}"
        )
    memory = sections.get("memory")
    cycles = _response_cycles(memory)
    if cycles is not None:
        memory_missed = memory is not None and not all(t.met for t in memory.targets)
        proposals.append(
            "**Free each response body when its page is dropped** (`facade/exa_websets/_async/_pipeline.py`, "
            "unasync'd to `_sync`): after `decode_json`, replace the response's `BoundSyncStream`/"
            "`BoundAsyncStream` (which refers back to the response) with an empty `httpx.ByteStream`, so that "
            f"reference counting frees the response and its {cycles[0].body_bytes / 1024:,.0f} KB body at once "
            "instead of the cyclic collector, later."
            + (" That is what stands between the memory section and its flatness target." if memory_missed else "")
        )
    if memory is not None and memory.extra:
        pages = memory.extra["checkpoints"][-1].items / PAGE
        proposals.append(
            "**The paginator's cursor-loop guard** (`facade/exa_websets/paging/policy.py`, `ListingPosition.seen`) "
            f"keeps every cursor it has seen, ~{CURSOR_BYTES} bytes each: {pages * CURSOR_BYTES / 1024:,.0f} KB over "
            f"the {pages:,.0f} pages of the memory section, about 1 MB per 10,000 pages (a million items). Remembering "
            "a bounded number of recent cursors would make it constant; a small, bounded cost next to the above."
        )
    if not proposals:
        return []
    return ["### Still proposed", "", *(f"{n}. {text}" for n, text in enumerate(proposals, 1))]


def _fake_notes(sections: dict[str, Section]) -> list[str]:
    """What the benchmark found about the fake service (exa_websets.testing), for its owner."""
    del sections  # the client sections read the static server now; these notes are from earlier runs
    cost = ""
    return [
        "",
        "### About the fake service (`exa_websets.testing`), for its owner",
        "",
        "- **Item lists cost O(webset size) per page**: `_handlers_websets.items_list` builds the list of every "
        "item record of the webset (through the `Call.store` property, once per item) and `_pagination.paginate` "
        f"scans it for the cursor, for every page.{cost} Keeping each webset's items in `seq` order and bisecting "
        "for the cursor would make a page O(page size).",
        "- The endless company search the first run reported (more than ~1,100 items) is fixed: "
        "`_lifecycle._new_entity` now varies the URL once the synthetic pool is used up. The benchmark seeds people.",
        "- The fake computes `progress.timeLeft` when an item is found, not when it is read, and the shipped "
        "polling rule counts it from the search's `updatedAt` accordingly. Whether the real service does the same "
        "should be checked: if it computes the estimate per request, the wait would count it down from too early a "
        "moment and poll early (more requests; the quick polls after an estimate runs out last at most "
        f"{PollPolicy().tail_window:g} s before the interval grows again), never late.",
        "- `dashboardUrl` is already in the fake's websets: exa-py parses them unchanged, no workaround was needed.",
    ]
