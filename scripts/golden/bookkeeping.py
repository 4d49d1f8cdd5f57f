"""The run's bookkeeping: what it created (and how each is named, so a lost answer can still be found), what it
wrote, what failed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PREFIX = "ssot-fixture"


@dataclass
class Resource:
    kind: str  # webhook, webset, monitor, search, enrichment, import
    id: str
    name: str
    webset_id: str | None = None  # for what lives inside a webset

    def describe(self) -> dict[str, str]:
        described = {"kind": self.kind, "id": self.id, "name": self.name}
        if self.webset_id is not None:
            described["webset_id"] = self.webset_id
        return described


@dataclass
class Summary:
    base_url: str
    run_key: str
    mode: str
    started_at: str
    spec_commit: str
    finished_at: str | None = None
    fixtures: list[str] = field(default_factory=list)
    refused_writes: list[str] = field(default_factory=list)
    created: list[dict[str, str]] = field(default_factory=list)
    cleaned_up: list[dict[str, str]] = field(default_factory=list)
    left_behind: list[dict[str, str]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    cleanup_failures: list[dict[str, str]] = field(default_factory=list)
    earlier_runs_seen: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.failures or self.cleanup_failures or self.left_behind)

    def as_json(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "run_key": self.run_key,
            "mode": self.mode,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "spec_commit": self.spec_commit,
            "ok": self.ok,
            "fixtures": sorted(set(self.fixtures)),
            "refused_writes": self.refused_writes,
            "created": self.created,
            "cleaned_up": self.cleaned_up,
            "left_behind": self.left_behind,
            "failures": self.failures,
            "cleanup_failures": self.cleanup_failures,
            "earlier_runs_seen": self.earlier_runs_seen,
        }


class Abort(Exception):
    """A write step failed: the remaining steps are skipped and the cleanup runs."""


@dataclass(frozen=True)
class Names:
    run_key: str

    def name(self, kind: str) -> str:
        return f"{PREFIX}-{kind}-{self.run_key}"

    def metadata(self, kind: str) -> dict[str, str]:
        return {"ssot_fixture": "true", "ssot_run": self.run_key, "name": self.name(kind)}
