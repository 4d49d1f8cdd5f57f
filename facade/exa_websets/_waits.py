"""What each kind of wait looks for: done, keep going, or a typed failure, and what progress looks like.

Pure functions of the generated models; the loops that poll are in _async/_waiting.py (and its sync twin).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from exa_websets_api.models import Export, Import, MonitorRun, Webset, WebsetSearch
from exa_websets_api.types import Unset

from ._errors import ImportFailed, MonitorRunFailed, SearchCanceled, WaitError, WebsetPaused

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
    progress: Hashable  # changes whenever something moved
    time_left: float | None
    fields: dict[str, Any]  # for WaitProgress


Judge = Callable[[T], Verdict[T]]


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else getattr(value, "value", value)


def _search_fields(search: WebsetSearch | None) -> dict[str, Any]:
    if search is None:
        return {}
    progress = search.progress
    return {"search_id": search.id, "found": progress.found, "analyzed": progress.analyzed,
            "completion": progress.completion, "time_left": progress.time_left}  # fmt: skip


def current_search(webset: Webset) -> WebsetSearch | None:
    """The search that is running, else the last one (searches run one after another)."""
    searches = list(webset.searches)
    running = [s for s in searches if _value(s.status) == "running"]
    return running[0] if running else (searches[-1] if searches else None)


def judge_webset(webset: Webset, *, stop_on_paused: bool = True) -> Verdict[Webset]:
    status = _value(webset.status)
    search = current_search(webset)
    fields = _search_fields(search)
    progress = (status, tuple((s.id, _value(s.status), s.progress.found, s.progress.analyzed, s.progress.completion)
                              for s in webset.searches),
                tuple((e.id, _value(e.status)) for e in webset.enrichments))  # fmt: skip
    failure = None
    if status == "paused" and stop_on_paused:
        failure = WebsetPaused(f"webset {webset.id} is paused: it will not become idle by itself", last=webset)
    return Verdict(status == "idle", failure, progress, fields.get("time_left"), {"status": status, **fields})


def judge_search(search: WebsetSearch) -> Verdict[WebsetSearch]:
    status = _value(search.status)
    failure = None
    if status == "canceled":
        reason = _value(search.canceled_reason)
        failure = SearchCanceled(f"search {search.id} was canceled ({reason})", last=search, reason=reason)
    fields = _search_fields(search)
    progress = (status, fields["found"], fields["analyzed"], fields["completion"])
    return Verdict(status == "completed", failure, progress, fields["time_left"], {"status": status, **fields})


def judge_import(item: Import) -> Verdict[Import]:
    status = _value(item.status)
    failure = None
    if status == "failed":
        reason, detail = _value(item.failed_reason), _value(item.failed_message)
        failure = ImportFailed(f"import {item.id} failed: {reason}" + (f" ({detail})" if detail else ""),
                               last=item, reason=reason, detail=detail)  # fmt: skip
    return Verdict(status == "completed", failure, (status, item.count), None, {"status": status})


def judge_monitor_run(run: MonitorRun) -> Verdict[MonitorRun]:
    status = _value(run.status)
    failure = None
    if status in ("failed", "canceled"):
        reason = _value(run.failed_reason) if status == "failed" else "canceled"
        failure = MonitorRunFailed(f"monitor run {run.id} {status}" + (f": {reason}" if reason else ""), last=run,
                                   reason=reason)  # fmt: skip
    return Verdict(status == "completed", failure, status, None, {"status": status})


def judge_export(export: Export) -> Verdict[Export]:
    status = _value(export.status)
    return Verdict(status == "completed", None, status, None, {"status": status})
