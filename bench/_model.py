"""What a benchmark run is configured with and what each section hands to the report."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from bench._static import StaticPlan, StaticServer


@dataclass(frozen=True)
class Config:
    name: str
    seed: int = 7
    # 1. per call
    percall_rounds: int = 15
    percall_calls: int = 100
    percall_warmup: int = 30
    static_templates: int = 100  # distinct items the static server takes from the fake (then re-identified)
    # 2. paging
    paging_items: int = 10_000
    paging_rounds: int = 21  # single rounds here move by up to ±40% (neighbours on this VM): more rounds, steadier medians
    content_items: int = 10_000
    # startup: import and construction
    startup_rounds: int = 15  # fresh interpreters vary by tens of ms: more rounds than elsewhere
    construct_calls: int = 50
    # 3. memory
    memory_items: int = 100_000
    memory_checkpoints: tuple[int, ...] = (10_000, 25_000, 50_000, 75_000, 100_000)
    memory_small_rounds: int = 3
    # 4. waiting (fake time)
    wait_targets: tuple[float, ...] = (20, 45, 90, 180, 300, 480, 720, 960, 1200)
    wait_seeds: tuple[int, ...] = (1, 2, 3)
    many_websets: int = 50
    many_longest: float = 1200.0  # fake seconds until the last of the many websets is idle
    many_seeds: tuple[int, ...] = (1,)
    # 5. async fan-out
    fanout_websets: int = 50
    fanout_items: int = 200
    fanout_rounds: int = 3
    # 6. regeneration
    regen_rounds: int = 3
    # 7. under load: concurrent calls against a throttling fake (real time: calls / rate seconds per client)
    governor_rate: float = 5.0
    governor_calls: int = 200
    # sync: backfill sizes (child processes; peak memory compared across them) and the incremental case's webset
    sync_sizes: tuple[int, ...] = (10_000, 100_000)
    sync_incremental_items: int = 5000
    # profiles and client-only costs
    canned_rounds: int = 5
    canned_calls: int = 1000
    canned_pages: int = 30
    profile_calls: int = 3000
    profile_pages: int = 100
    profile_served_calls: int = 300

    def plans(self, sections: Collection[str]) -> list[StaticPlan]:
        """The websets the static server needs for these sections."""
        wanted = set(sections)
        plans = []
        if wanted & {"percall", "profile"}:
            plans.append(StaticPlan("get", 10))
        if wanted & {"paging", "memory", "profile"}:
            plans.append(StaticPlan("paging", self.paging_items))
        if "paging" in wanted:
            plans.append(StaticPlan("content", self.content_items, kind="content"))
        if "fanout" in wanted:
            plans.append(StaticPlan("fanout", self.fanout_items, copies=self.fanout_websets))
        if "memory" in wanted:
            plans.append(StaticPlan("memory", self.memory_items))
        return plans


FULL = Config(name="full")
QUICK = Config(
    name="quick",
    percall_rounds=2,
    percall_calls=10,
    percall_warmup=3,
    static_templates=10,
    paging_items=300,
    paging_rounds=1,
    content_items=200,
    startup_rounds=1,
    construct_calls=5,
    memory_items=600,
    memory_checkpoints=(200, 400, 600),
    memory_small_rounds=1,
    wait_targets=(20, 60),
    wait_seeds=(1,),
    many_websets=3,
    many_longest=120.0,
    fanout_websets=3,
    fanout_items=40,
    fanout_rounds=1,
    regen_rounds=1,
    governor_rate=20.0,
    governor_calls=20,
    sync_sizes=(200, 400),
    sync_incremental_items=30,
    canned_rounds=1,
    canned_calls=20,
    canned_pages=3,
    profile_calls=30,
    profile_pages=3,
    profile_served_calls=10,
)


@dataclass
class Target:
    name: str
    goal: str
    measured: str
    met: bool


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass
class Section:
    key: str
    title: str
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    chart: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # figures the findings quote
    seconds: float = 0.0  # how long the section took (real time)


@dataclass
class Context:
    """What a scenario is given: the configuration, the static server (started when a scenario needs it), a log."""

    config: Config
    served: StaticServer
    log: Callable[[str], None]


@dataclass(frozen=True)
class BenchScenario:
    """One section of the report. ``served``: it reads from the static server (which then starts before it runs)."""

    key: str
    run: Callable[[Context], Section]
    served: bool = False
