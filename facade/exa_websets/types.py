"""Stable names for the models the SDK hands out and accepts. Import from here, not from exa_websets_api.

The classes are the generated ones (from the pinned spec); a few get a friendlier alias. Enums are open: a value
the server adds later arrives as a member with ``is_unknown`` True that keeps the raw value. Unions are open too:
an unknown event type, item type or entity type arrives as ``UnknownEvent``, ``UnknownWebsetItemProperties`` or
``UnknownEntity`` with its fields kept.
"""

from __future__ import annotations

from typing import Union

from exa_websets_api.models import (
    ArticleEntity,
    CompanyEntity,
    CreateCriterionParameters,
    CreateEnrichmentParameters,
    CreateImportResponse,
    CreateWebsetParametersSearch,
    CustomEntity,
    EnrichmentResult,
    EnrichmentResultStatus,
    EventType,
    Export,
    ExportFormat,
    ExportStatus,
    GetWebsetResponse,
    Import,
    ImportCompletedEvent,
    ImportCreatedEvent,
    ImportFailedReason,
    ImportStatus,
    Monitor,
    MonitorBehavior,
    MonitorCadence,
    MonitorCreatedEvent,
    MonitorDeletedEvent,
    MonitorRun,
    MonitorRunCompletedEvent,
    MonitorRunCreatedEvent,
    MonitorRunStatus,
    MonitorStatus,
    MonitorUpdatedEvent,
    PersonEntity,
    PreviewWebsetResponse,
    ResearchPaperEntity,
    Team,
    UnknownEntity,
    UnknownEvent,
    UnknownWebsetItemProperties,
    Webhook,
    WebhookAttempt,
    WebhookStatus,
    Webset,
    WebsetCreatedEvent,
    WebsetDeletedEvent,
    WebsetEnrichment,
    WebsetEnrichmentFormat,
    WebsetEnrichmentStatus,
    WebsetIdleEvent,
    WebsetItem,
    WebsetItemArticleProperties,
    WebsetItemCompanyProperties,
    WebsetItemCreatedEvent,
    WebsetItemCustomProperties,
    WebsetItemEnrichedEvent,
    WebsetItemEvaluation,
    WebsetItemPersonProperties,
    WebsetItemResearchPaperProperties,
    WebsetPausedEvent,
    WebsetSearch,
    WebsetSearchBehavior,
    WebsetSearchCanceledEvent,
    WebsetSearchCanceledReason,
    WebsetSearchCompletedEvent,
    WebsetSearchCreatedEvent,
    WebsetSearchProgress,
    WebsetSearchRecall,
    WebsetSearchStatus,
    WebsetSearchUpdatedEvent,
    WebsetStatus,
)

from ._pagination import Page
from ._response import ResponseInfo

# Friendlier names for generated classes whose names describe the wire, not the thing.
WebsetWithItems = GetWebsetResponse  # what websets.get returns: a Webset, plus `items` with expand=["items"]
WebsetPreview = PreviewWebsetResponse
ImportUpload = CreateImportResponse  # an Import plus where to upload its file (upload_url, upload_valid_until)
EnrichmentParams = CreateEnrichmentParameters
CriterionParams = CreateCriterionParameters
SearchParams = CreateWebsetParametersSearch

Event = Union[  # noqa: UP007 - a runtime alias that must also work on Python 3.10 (tests compare it to the generated union)
    WebsetCreatedEvent,
    WebsetDeletedEvent,
    WebsetIdleEvent,
    WebsetPausedEvent,
    WebsetItemCreatedEvent,
    WebsetItemEnrichedEvent,
    WebsetSearchCreatedEvent,
    WebsetSearchUpdatedEvent,
    WebsetSearchCanceledEvent,
    WebsetSearchCompletedEvent,
    ImportCreatedEvent,
    ImportCompletedEvent,
    MonitorCreatedEvent,
    MonitorUpdatedEvent,
    MonitorDeletedEvent,
    MonitorRunCreatedEvent,
    MonitorRunCompletedEvent,
    UnknownEvent,
]
ItemProperties = Union[  # noqa: UP007
    WebsetItemPersonProperties,
    WebsetItemCompanyProperties,
    WebsetItemArticleProperties,
    WebsetItemResearchPaperProperties,
    WebsetItemCustomProperties,
    UnknownWebsetItemProperties,
]
Entity = Union[CompanyEntity, PersonEntity, ArticleEntity, ResearchPaperEntity, CustomEntity, UnknownEntity]  # noqa: UP007

__all__ = [
    "ArticleEntity", "CompanyEntity", "CriterionParams", "CustomEntity", "EnrichmentParams", "EnrichmentResult",
    "EnrichmentResultStatus", "Entity", "Event", "EventType", "Export", "ExportFormat", "ExportStatus", "Import",
    "ImportCompletedEvent", "ImportCreatedEvent", "ImportFailedReason", "ImportStatus", "ImportUpload",
    "ItemProperties", "Monitor", "MonitorBehavior", "MonitorCadence", "MonitorCreatedEvent", "MonitorDeletedEvent",
    "MonitorRun", "MonitorRunCompletedEvent", "MonitorRunCreatedEvent", "MonitorRunStatus", "MonitorStatus",
    "MonitorUpdatedEvent", "Page", "PersonEntity", "ResearchPaperEntity", "ResponseInfo", "SearchParams", "Team",
    "UnknownEntity", "UnknownEvent", "UnknownWebsetItemProperties", "Webhook", "WebhookAttempt", "WebhookStatus",
    "Webset", "WebsetCreatedEvent", "WebsetDeletedEvent", "WebsetEnrichment", "WebsetEnrichmentFormat",
    "WebsetEnrichmentStatus", "WebsetIdleEvent", "WebsetItem", "WebsetItemArticleProperties",
    "WebsetItemCompanyProperties", "WebsetItemCreatedEvent", "WebsetItemCustomProperties", "WebsetItemEnrichedEvent",
    "WebsetItemEvaluation", "WebsetItemPersonProperties", "WebsetItemResearchPaperProperties", "WebsetPausedEvent",
    "WebsetPreview", "WebsetSearch", "WebsetSearchBehavior", "WebsetSearchCanceledEvent",
    "WebsetSearchCanceledReason", "WebsetSearchCompletedEvent", "WebsetSearchCreatedEvent", "WebsetSearchProgress",
    "WebsetSearchRecall", "WebsetSearchStatus", "WebsetSearchUpdatedEvent", "WebsetStatus", "WebsetWithItems",
]  # fmt: skip
