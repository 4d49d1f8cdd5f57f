"""The fake's internal state: plain records, rendered into the generated models only at the edge (see _render)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from exa_websets_api.models import (
    WebsetItemArticleProperties,
    WebsetItemCompanyProperties,
    WebsetItemCustomProperties,
    WebsetItemEvaluation,
    WebsetItemPersonProperties,
    WebsetItemResearchPaperProperties,
)

ItemProperties = (
    WebsetItemCompanyProperties
    | WebsetItemPersonProperties
    | WebsetItemArticleProperties
    | WebsetItemResearchPaperProperties
    | WebsetItemCustomProperties
)


@dataclass(frozen=True)
class EntitySpec:
    type: str  # company | person | article | research_paper | custom
    description: str | None = None  # custom entities only

    def to_dict(self) -> dict[str, str]:
        return {"type": self.type, **({"description": self.description} if self.description else {})}


@dataclass
class SearchRecord:
    id: str
    webset_id: str
    query: str
    entity: EntitySpec
    criteria: list[str]
    count: int
    behavior: str
    exclude: list[dict[str, Any]]
    scope: list[dict[str, Any]]
    recall_requested: bool
    metadata: dict[str, str]
    created_at: float
    updated_at: float
    seq: int
    status: str = "created"
    found: int = 0
    analyzed: int = 0
    time_left: int | None = None  # whole seconds, as the API sends it
    started_at: float | None = None
    canceled_at: float | None = None
    canceled_reason: str | None = None
    monitor_run_id: str | None = None
    start_scheduled: bool = False
    max_people_per_company: int | None = None  # echoed as sent (a soft cap the fake does not enforce)


@dataclass
class EnrichmentRecord:
    id: str
    webset_id: str
    description: str
    format: str
    options: list[str] | None
    title: str
    instructions: str
    metadata: dict[str, str]
    created_at: float
    updated_at: float
    seq: int
    canceled: bool = False


@dataclass
class ResultRecord:
    """One enrichment result on one item."""

    enrichment_id: str
    format: str
    status: str = "pending"
    result: list[str] | None = None
    reasoning: str | None = None
    references: list[dict[str, str | None]] = field(default_factory=list)


@dataclass
class ItemRecord:
    id: str
    webset_id: str
    source: str  # search | import
    source_id: str
    properties: ItemProperties
    evaluations: list[WebsetItemEvaluation]
    results: list[ResultRecord]
    created_at: float
    updated_at: float
    seq: int


@dataclass
class WebsetRecord:
    id: str
    external_id: str | None
    title: str | None
    metadata: dict[str, str]
    excludes: list[dict[str, Any]]
    created_at: float
    updated_at: float
    seq: int
    status: str = "running"
    search_ids: list[str] = field(default_factory=list)
    enrichment_ids: list[str] = field(default_factory=list)
    item_ids: list[str] = field(default_factory=list)
    import_ids: list[str] = field(default_factory=list)
    urls: set[str] = field(default_factory=set)  # to keep item URLs unique within a webset
    items_made: int = 0  # how many synthetic entities were drawn, so each draw is new
    pool_used_up: bool = False  # a draw's URLs all taken already: later ones vary the URL at once
    deferred: list[Any] = field(default_factory=list)  # work that came due while paused


@dataclass
class MonitorRecord:
    id: str
    webset_id: str
    cron: str
    timezone: str
    config: dict[str, Any]  # the behavior.config as sent (query, criteria, entity, count, behavior)
    metadata: dict[str, str]
    created_at: float
    updated_at: float
    seq: int
    status: str = "enabled"
    next_run_at: float | None = None
    last_run_id: str | None = None
    generation: int = 0  # bumped when the schedule changes, so a stale firing does nothing
    run_ids: list[str] = field(default_factory=list)


@dataclass
class RunRecord:
    id: str
    monitor_id: str
    created_at: float
    updated_at: float
    seq: int
    status: str = "created"
    search_id: str | None = None
    completed_at: float | None = None
    canceled_at: float | None = None


@dataclass
class ImportRecord:
    id: str
    title: str
    entity: EntitySpec
    count: int
    size: int
    identifier: int
    metadata: dict[str, str]
    upload_token: str
    upload_valid_until: float
    upload_url: str
    created_at: float
    updated_at: float
    seq: int
    status: str = "pending"
    uploaded: bytes | None = None
    failed_reason: str | None = None
    failed_at: float | None = None
    failed_message: str | None = None
    rows: list[dict[str, str]] = field(default_factory=list)
    url_column: str = ""
    webset_ids: list[str] = field(default_factory=list)


@dataclass
class ExportRecord:
    id: str
    webset_id: str
    format: str
    download_token: str
    origin: str
    created_at: float
    updated_at: float
    seq: int
    status: str = "pending"
    content: bytes = b""


@dataclass
class WebhookRecord:
    id: str
    url: str
    events: list[str]
    secret: str
    metadata: dict[str, str]
    created_at: float
    updated_at: float
    seq: int
    status: str = "active"


@dataclass
class AttemptRecord:
    id: str
    webhook_id: str
    event_id: str
    event_type: str
    url: str
    successful: bool
    status_code: int
    response_headers: dict[str, str]
    response_body: str | None
    attempt: int
    attempted_at: float
    seq: int


@dataclass
class EventRecord:
    id: str
    type: str
    payload: dict[str, Any]  # the full event body as delivered and listed
    created_at: float
    seq: int


@dataclass
class Store:
    """Every record the fake holds, by id (dicts keep creation order)."""

    websets: dict[str, WebsetRecord] = field(default_factory=dict)
    external_ids: dict[str, str] = field(default_factory=dict)
    searches: dict[str, SearchRecord] = field(default_factory=dict)
    enrichments: dict[str, EnrichmentRecord] = field(default_factory=dict)
    items: dict[str, ItemRecord] = field(default_factory=dict)
    monitors: dict[str, MonitorRecord] = field(default_factory=dict)
    runs: dict[str, RunRecord] = field(default_factory=dict)
    imports: dict[str, ImportRecord] = field(default_factory=dict)
    exports: dict[str, ExportRecord] = field(default_factory=dict)
    webhooks: dict[str, WebhookRecord] = field(default_factory=dict)
    attempts: list[AttemptRecord] = field(default_factory=list)
    events: dict[str, EventRecord] = field(default_factory=dict)

    def find_webset(self, id_or_external_id: str) -> WebsetRecord | None:
        webset = self.websets.get(id_or_external_id)
        if webset is None and id_or_external_id in self.external_ids:
            webset = self.websets.get(self.external_ids[id_or_external_id])
        return webset
