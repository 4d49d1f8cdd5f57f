"""Records → generated models. Every response body and event is built here, with the spec's own classes."""

from __future__ import annotations

import datetime

from exa_websets_api.models import (
    ArticleEntity,
    CompanyEntity,
    CreateImportResponse,
    CustomEntity,
    EnrichmentResult,
    EventType,
    Export,
    Import,
    Monitor,
    MonitorBehavior,
    MonitorBehaviorConfig,
    MonitorCadence,
    MonitorRun,
    PersonEntity,
    ResearchPaperEntity,
    Webhook,
    WebhookAttempt,
    Webset,
    WebsetEnrichment,
    WebsetItem,
    WebsetSearch,
)
from exa_websets_api.models.enrichment_result_references_item import EnrichmentResultReferencesItem
from exa_websets_api.models.enrichment_result_status import EnrichmentResultStatus
from exa_websets_api.models.export_format import ExportFormat
from exa_websets_api.models.export_status import ExportStatus
from exa_websets_api.models.import_failed_reason import ImportFailedReason
from exa_websets_api.models.import_format import ImportFormat
from exa_websets_api.models.import_metadata import ImportMetadata
from exa_websets_api.models.import_object import ImportObject
from exa_websets_api.models.import_status import ImportStatus
from exa_websets_api.models.monitor_metadata import MonitorMetadata
from exa_websets_api.models.monitor_object import MonitorObject
from exa_websets_api.models.monitor_run_object import MonitorRunObject
from exa_websets_api.models.monitor_run_status import MonitorRunStatus
from exa_websets_api.models.monitor_run_type import MonitorRunType
from exa_websets_api.models.monitor_status import MonitorStatus
from exa_websets_api.models.webhook_attempt_event_type import WebhookAttemptEventType
from exa_websets_api.models.webhook_attempt_response_headers import WebhookAttemptResponseHeaders
from exa_websets_api.models.webhook_metadata import WebhookMetadata
from exa_websets_api.models.webhook_status import WebhookStatus
from exa_websets_api.models.webset_enrichment_format import WebsetEnrichmentFormat
from exa_websets_api.models.webset_enrichment_metadata import WebsetEnrichmentMetadata
from exa_websets_api.models.webset_enrichment_options_item import WebsetEnrichmentOptionsItem
from exa_websets_api.models.webset_enrichment_status import WebsetEnrichmentStatus
from exa_websets_api.models.webset_excludes_item import WebsetExcludesItem
from exa_websets_api.models.webset_item_source import WebsetItemSource
from exa_websets_api.models.webset_metadata import WebsetMetadata
from exa_websets_api.models.webset_search_behavior import WebsetSearchBehavior
from exa_websets_api.models.webset_search_canceled_reason import WebsetSearchCanceledReason
from exa_websets_api.models.webset_search_criteria_item import WebsetSearchCriteriaItem
from exa_websets_api.models.webset_search_exclude_item import WebsetSearchExcludeItem
from exa_websets_api.models.webset_search_metadata import WebsetSearchMetadata
from exa_websets_api.models.webset_search_progress import WebsetSearchProgress
from exa_websets_api.models.webset_search_recall import WebsetSearchRecall
from exa_websets_api.models.webset_search_recall_expected import WebsetSearchRecallExpected
from exa_websets_api.models.webset_search_recall_expected_bounds import WebsetSearchRecallExpectedBounds
from exa_websets_api.models.webset_search_recall_expected_confidence import WebsetSearchRecallExpectedConfidence
from exa_websets_api.models.webset_search_scope_item import WebsetSearchScopeItem
from exa_websets_api.models.webset_search_status import WebsetSearchStatus
from exa_websets_api.models.webset_status import WebsetStatus

from ._records import (
    AttemptRecord,
    EnrichmentRecord,
    EntitySpec,
    ExportRecord,
    ImportRecord,
    ItemRecord,
    MonitorRecord,
    RunRecord,
    SearchRecord,
    Store,
    WebhookRecord,
    WebsetRecord,
)

Entity = ArticleEntity | CompanyEntity | CustomEntity | PersonEntity | ResearchPaperEntity


def dt(t: float) -> datetime.datetime:
    """Fake epoch seconds as an aware UTC datetime, to the millisecond."""
    return datetime.datetime.fromtimestamp(round(t, 3), tz=datetime.timezone.utc)


def dt_or_none(t: float | None) -> datetime.datetime | None:
    """``dt`` of a time a record may not have yet (completed, canceled, failed, next run)."""
    return None if t is None else dt(t)


def iso(t: float) -> str:
    return dt(t).isoformat()


def entity(spec: EntitySpec) -> Entity:
    if spec.type == "person":
        return PersonEntity()
    if spec.type == "article":
        return ArticleEntity()
    if spec.type == "research_paper":
        return ResearchPaperEntity()
    if spec.type == "custom":
        return CustomEntity(description=spec.description or "")
    return CompanyEntity()


ACTIVE_SEARCH_STATUSES = ("created", "running")


def search(record: SearchRecord) -> WebsetSearch:
    # Counts are ints: the spec types them `number`, but the API sends whole numbers (`3`, not `3.0`).
    base_rate = 100.0 * record.found / record.analyzed if record.analyzed else 0.0
    completion = 100.0 if record.status == "completed" else round(100.0 * record.found / record.count, 1)
    recall = None
    if record.recall_requested and record.status == "completed":
        recall = WebsetSearchRecall(
            expected=WebsetSearchRecallExpected(
                total=record.count * 12,
                confidence=WebsetSearchRecallExpectedConfidence.MEDIUM,
                bounds=WebsetSearchRecallExpectedBounds(min_=record.count * 8, max_=record.count * 20),
            ),
            reasoning=f"Extrapolated from the share of analyzed candidates that matched “{record.query[:80]}”.",
        )
    return WebsetSearch(
        id=record.id,
        status=WebsetSearchStatus(record.status),
        webset_id=record.webset_id,
        query=record.query,
        entity=entity(record.entity),
        criteria=[
            # Later criteria are a little easier to meet than the first, so rates differ plausibly.
            WebsetSearchCriteriaItem(description=c, success_rate=round(min(100.0, base_rate * (1 + 0.2 * i)), 1))
            for i, c in enumerate(record.criteria)
        ],
        count=record.count,
        max_people_per_company=record.max_people_per_company,
        exclude=[WebsetSearchExcludeItem.from_dict(x) for x in record.exclude],
        scope=[WebsetSearchScopeItem.from_dict(x) for x in record.scope],
        progress=WebsetSearchProgress(
            found=record.found,
            analyzed=record.analyzed,
            completion=completion,
            time_left=record.time_left,
        ),
        recall=recall,
        canceled_at=dt_or_none(record.canceled_at),
        canceled_reason=WebsetSearchCanceledReason(record.canceled_reason) if record.canceled_reason else None,
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
        behavior=WebsetSearchBehavior(record.behavior),
        metadata=WebsetSearchMetadata.from_dict(record.metadata),
    )


def enrichment_status(store: Store, record: EnrichmentRecord) -> str:
    if record.canceled:
        return "canceled"
    webset = store.websets.get(record.webset_id)
    if webset is None:
        return "completed"
    if any(store.searches[s].status in ACTIVE_SEARCH_STATUSES for s in webset.search_ids):
        return "pending"
    for item_id in webset.item_ids:
        for result in store.items[item_id].results:
            if result.enrichment_id == record.id and result.status == "pending":
                return "pending"
    return "completed"


def enrichment(store: Store, record: EnrichmentRecord) -> WebsetEnrichment:
    return WebsetEnrichment(
        id=record.id,
        status=WebsetEnrichmentStatus(enrichment_status(store, record)),
        webset_id=record.webset_id,
        title=record.title,
        description=record.description,
        format_=WebsetEnrichmentFormat(record.format),
        options=[WebsetEnrichmentOptionsItem(label=o) for o in record.options] if record.options is not None else None,
        instructions=record.instructions,
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
        metadata=WebsetEnrichmentMetadata.from_dict(record.metadata),
    )


def item(record: ItemRecord) -> WebsetItem:
    results = [
        EnrichmentResult(
            status=EnrichmentResultStatus(r.status),
            format_=WebsetEnrichmentFormat(r.format),
            result=r.result,
            reasoning=r.reasoning,
            references=[EnrichmentResultReferencesItem.from_dict(ref) for ref in r.references],
            enrichment_id=r.enrichment_id,
        )
        for r in record.results
    ]
    return WebsetItem(
        id=record.id,
        source=WebsetItemSource(record.source),
        source_id=record.source_id,
        webset_id=record.webset_id,
        properties=record.properties,
        evaluations=record.evaluations,
        enrichments=results,
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
    )


def import_(record: ImportRecord) -> Import:
    return Import(
        id=record.id,
        object_=ImportObject.IMPORT,
        status=ImportStatus(record.status),
        format_=ImportFormat.CSV,
        entity=entity(record.entity),
        title=record.title,
        count=record.count,
        metadata=ImportMetadata.from_dict(record.metadata),
        failed_reason=ImportFailedReason(record.failed_reason) if record.failed_reason else None,
        failed_at=dt_or_none(record.failed_at),
        failed_message=record.failed_message,
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
    )


def created_import(record: ImportRecord) -> CreateImportResponse:
    """The import as created: the Import itself plus where to upload its file (the spec's CreateImportResponse)."""
    upload = {"uploadUrl": record.upload_url, "uploadValidUntil": iso(record.upload_valid_until)}
    return CreateImportResponse.from_dict({**import_(record).to_dict(), **upload})


def monitor_run(record: RunRecord) -> MonitorRun:
    return MonitorRun(
        id=record.id,
        object_=MonitorRunObject.MONITOR_RUN,
        status=MonitorRunStatus(record.status),
        monitor_id=record.monitor_id,
        type_=MonitorRunType.SEARCH,
        completed_at=dt_or_none(record.completed_at),
        failed_at=None,
        failed_reason=None,
        canceled_at=dt_or_none(record.canceled_at),
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
    )


def monitor(store: Store, record: MonitorRecord) -> Monitor:
    last_run = store.runs.get(record.last_run_id) if record.last_run_id else None
    return Monitor(
        id=record.id,
        object_=MonitorObject.MONITOR,
        status=MonitorStatus(record.status),
        webset_id=record.webset_id,
        cadence=MonitorCadence(cron=record.cron, timezone=record.timezone),
        behavior=MonitorBehavior(config=MonitorBehaviorConfig.from_dict(record.config)),
        last_run=monitor_run(last_run) if last_run else None,
        next_run_at=dt_or_none(record.next_run_at),
        metadata=MonitorMetadata.from_dict(record.metadata),
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
    )


# ``dashboardUrl`` is not in the pinned spec's Webset, but the vendor documents ``webset.dashboard_url`` and the
# official client (exa-py 2.27) requires it. The spec does not forbid extra properties on Webset (no
# ``additionalProperties: false``), so it is sent as an additional property: every response stays spec-valid and
# exa-py can parse it. Only this field is added; see tests/conformance/test_exa_py.py.
DASHBOARD_URL = "https://websets.exa.ai/{id}"


def webset(store: Store, record: WebsetRecord) -> Webset:
    return _webset(store, record)


def _webset(store: Store, record: WebsetRecord) -> Webset:
    return Webset(
        id=record.id,
        status=WebsetStatus(record.status),
        external_id=record.external_id,
        title=record.title,
        dashboard_url=DASHBOARD_URL.format(id=record.id),
        searches=[search(store.searches[s]) for s in record.search_ids],
        imports=[import_(store.imports[i]) for i in record.import_ids if i in store.imports],
        enrichments=[enrichment(store, store.enrichments[e]) for e in record.enrichment_ids],
        monitors=[monitor(store, m) for m in store.monitors.values() if m.webset_id == record.id],
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
        excludes=[WebsetExcludesItem.from_dict(x) for x in record.excludes],
        metadata=WebsetMetadata.from_dict(record.metadata),
    )


def webhook(record: WebhookRecord, *, with_secret: bool) -> Webhook:
    return Webhook(
        id=record.id,
        status=WebhookStatus(record.status),
        events=[EventType(e) for e in record.events],
        url=record.url,
        secret=record.secret if with_secret else None,
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
        metadata=WebhookMetadata.from_dict(record.metadata),
    )


def attempt(record: AttemptRecord) -> WebhookAttempt:
    return WebhookAttempt(
        id=record.id,
        event_id=record.event_id,
        event_type=WebhookAttemptEventType(record.event_type),
        webhook_id=record.webhook_id,
        url=record.url,
        successful=record.successful,
        response_headers=WebhookAttemptResponseHeaders.from_dict(record.response_headers),
        response_body=record.response_body,
        response_status_code=record.status_code,
        attempt=record.attempt,
        attempted_at=dt(record.attempted_at),
    )


def export(record: ExportRecord) -> Export:
    download_url = None
    if record.status == "completed":
        download_url = f"{record.origin}/websets/_fake/exports/{record.id}/download?token={record.download_token}"
    return Export(
        id=record.id,
        status=ExportStatus(record.status),
        object_="export",
        webset_id=record.webset_id,
        format_=ExportFormat(record.format),
        download_url=download_url,
        created_at=dt(record.created_at),
        updated_at=dt(record.updated_at),
    )
