"""What each kind of wait looks for: done, keep going, or a typed failure, and what progress looks like.

Pure functions of the generated models; the loops that poll are in _async.py (and its derived twin _sync.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._core.response import field_value
from .._errors import ImportFailed, MonitorRunFailed, SearchCanceled, WaitError, WebsetPaused

if TYPE_CHECKING:
    from exa_websets_api.models import Export, Import, MonitorRun, Webset, WebsetSearch

T = TypeVar("T")


@dataclass(frozen=True)
class WaitProgress:
    """What ``on_progress`` receives after every poll."""

    id: str
    status: str
    polls: int
    elapsed: float  # seconds since the wait began
    search_id: str | None = None  # for websets: the search that is running (or ran last)
    found: float | None = None
    analyzed: float | None = None
    completion: float | None = None  # 0-100
    time_left: float | None = None  # the server's estimate, in seconds
    last: Any = None  # the full object just fetched


@dataclass(frozen=True)
class Verdict(Generic[T]):
    done: bool
    failure: WaitError | None
    phase: Hashable  # changes when the job moves to a new phase (statuses), not with every item found
    time_left: float | None  # the server's estimate for the running search
    fields: dict[str, Any]  # for WaitProgress
    estimated_at: float | None = None  # when the server made that estimate (the search's updatedAt, epoch seconds)


Judge = Callable[[T], Verdict[T]]


def _search_fields(search: WebsetSearch | None) -> dict[str, Any]:
    if search is None:
        return {}
    progress = search.progress
    return {
        "search_id": search.id,
        "found": progress.found,
        "analyzed": progress.analyzed,
        "completion": progress.completion,
        "time_left": progress.time_left,
    }


def current_search(webset: Webset) -> WebsetSearch | None:
    """The search that is running, else the last one (searches run one after another)."""
    searches = list(webset.searches)
    running = [s for s in searches if field_value(s.status) == "running"]
    return running[0] if running else (searches[-1] if searches else None)


def _estimate(search: WebsetSearch | None) -> tuple[float | None, float | None]:
    """The search's time-left estimate and when the server made it. A completed search has none left: what remains
    (its last enrichment results) usually lands within seconds, so the wait polls quickly for a while."""
    if search is None:
        return None, None
    status = field_value(search.status)
    if status == "completed":
        return 0.0, search.updated_at.timestamp()
    if status != "running" or search.progress.time_left is None:
        return None, None
    return search.progress.time_left, search.updated_at.timestamp()


def judge_webset(webset: Webset, *, stop_on_paused: bool = True) -> Verdict[Webset]:
    status = field_value(webset.status)
    search = current_search(webset)
    phase = (
        status,
        tuple((s.id, field_value(s.status)) for s in webset.searches),
        tuple((e.id, field_value(e.status)) for e in webset.enrichments),
    )
    failure = None
    if status == "paused" and stop_on_paused:
        failure = WebsetPaused(f"webset {webset.id} is paused: it will not become idle by itself", last=webset)
    time_left, estimated_at = _estimate(search) if status == "running" else (None, None)
    fields = {"status": status, **_search_fields(search)}
    return Verdict(status == "idle", failure, phase, time_left, fields, estimated_at)


def judge_search(search: WebsetSearch) -> Verdict[WebsetSearch]:
    status = field_value(search.status)
    failure = None
    if status == "canceled":
        reason = field_value(search.canceled_reason)
        failure = SearchCanceled(f"search {search.id} was canceled ({reason})", last=search, reason=reason)
    time_left, estimated_at = _estimate(search)
    return Verdict(
        status == "completed", failure, status, time_left, {"status": status, **_search_fields(search)}, estimated_at
    )


def judge_import(item: Import) -> Verdict[Import]:
    status = field_value(item.status)
    failure = None
    if status == "failed":
        reason, detail = field_value(item.failed_reason), field_value(item.failed_message)
        failure = ImportFailed(
            f"import {item.id} failed: {reason}" + (f" ({detail})" if detail else ""),
            last=item,
            reason=reason,
            detail=detail,
        )
    return Verdict(status == "completed", failure, status, None, {"status": status})


def judge_monitor_run(run: MonitorRun) -> Verdict[MonitorRun]:
    status = field_value(run.status)
    failure = None
    if status in ("failed", "canceled"):
        reason = field_value(run.failed_reason) if status == "failed" else "canceled"
        failure = MonitorRunFailed(
            f"monitor run {run.id} {status}" + (f": {reason}" if reason else ""), last=run, reason=reason
        )
    return Verdict(status == "completed", failure, status, None, {"status": status})


def judge_export(export: Export) -> Verdict[Export]:
    status = field_value(export.status)
    return Verdict(status == "completed", None, status, None, {"status": status})


def as_webset(webset: Any) -> Webset:
    """``websets.get`` answers a GetWebsetResponse (a Webset that may embed items): read it as the Webset it is."""
    from exa_websets_api.models import Webset  # noqa: PLC0415 - the models load on first use, not with the client

    return webset if isinstance(webset, Webset) else Webset.from_dict(webset.to_dict())
