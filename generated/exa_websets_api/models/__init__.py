"""Contains all the data models used in inputs/outputs (each loaded when first used)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article_entity import ArticleEntity
    from .company_entity import CompanyEntity
    from .create_criterion_parameters import CreateCriterionParameters
    from .create_enrichment_parameters import CreateEnrichmentParameters
    from .create_enrichment_parameters_format import CreateEnrichmentParametersFormat
    from .create_enrichment_parameters_metadata import (
        CreateEnrichmentParametersMetadata,
    )
    from .create_enrichment_parameters_options_item import (
        CreateEnrichmentParametersOptionsItem,
    )
    from .create_export_parameters import CreateExportParameters
    from .create_import_parameters import CreateImportParameters
    from .create_import_parameters_csv import CreateImportParametersCsv
    from .create_import_parameters_format import CreateImportParametersFormat
    from .create_import_parameters_metadata import CreateImportParametersMetadata
    from .create_import_response import CreateImportResponse
    from .create_import_response_failed_reason import CreateImportResponseFailedReason
    from .create_import_response_format import CreateImportResponseFormat
    from .create_import_response_metadata import CreateImportResponseMetadata
    from .create_import_response_object import CreateImportResponseObject
    from .create_import_response_status import CreateImportResponseStatus
    from .create_monitor_parameters import CreateMonitorParameters
    from .create_monitor_parameters_behavior import CreateMonitorParametersBehavior
    from .create_monitor_parameters_behavior_config import (
        CreateMonitorParametersBehaviorConfig,
    )
    from .create_monitor_parameters_behavior_config_behavior import (
        CreateMonitorParametersBehaviorConfigBehavior,
    )
    from .create_monitor_parameters_behavior_config_criteria_item import (
        CreateMonitorParametersBehaviorConfigCriteriaItem,
    )
    from .create_monitor_parameters_cadence import CreateMonitorParametersCadence
    from .create_monitor_parameters_metadata import CreateMonitorParametersMetadata
    from .create_webhook_parameters import CreateWebhookParameters
    from .create_webhook_parameters_metadata import CreateWebhookParametersMetadata
    from .create_webset_parameters import CreateWebsetParameters
    from .create_webset_parameters_exclude_item import CreateWebsetParametersExcludeItem
    from .create_webset_parameters_exclude_item_source import (
        CreateWebsetParametersExcludeItemSource,
    )
    from .create_webset_parameters_import_item import CreateWebsetParametersImportItem
    from .create_webset_parameters_import_item_source import (
        CreateWebsetParametersImportItemSource,
    )
    from .create_webset_parameters_metadata import CreateWebsetParametersMetadata
    from .create_webset_parameters_search import CreateWebsetParametersSearch
    from .create_webset_parameters_search_exclude_item import (
        CreateWebsetParametersSearchExcludeItem,
    )
    from .create_webset_parameters_search_exclude_item_source import (
        CreateWebsetParametersSearchExcludeItemSource,
    )
    from .create_webset_parameters_search_scope_item import (
        CreateWebsetParametersSearchScopeItem,
    )
    from .create_webset_parameters_search_scope_item_relationship import (
        CreateWebsetParametersSearchScopeItemRelationship,
    )
    from .create_webset_parameters_search_scope_item_source import (
        CreateWebsetParametersSearchScopeItemSource,
    )
    from .create_webset_search_parameters import CreateWebsetSearchParameters
    from .create_webset_search_parameters_exclude_item import (
        CreateWebsetSearchParametersExcludeItem,
    )
    from .create_webset_search_parameters_exclude_item_source import (
        CreateWebsetSearchParametersExcludeItemSource,
    )
    from .create_webset_search_parameters_metadata import (
        CreateWebsetSearchParametersMetadata,
    )
    from .create_webset_search_parameters_scope_item import (
        CreateWebsetSearchParametersScopeItem,
    )
    from .create_webset_search_parameters_scope_item_relationship import (
        CreateWebsetSearchParametersScopeItemRelationship,
    )
    from .create_webset_search_parameters_scope_item_source import (
        CreateWebsetSearchParametersScopeItemSource,
    )
    from .custom_entity import CustomEntity
    from .enrichment_result import EnrichmentResult
    from .enrichment_result_references_item import EnrichmentResultReferencesItem
    from .enrichment_result_status import EnrichmentResultStatus
    from .event_type import EventType
    from .events_list_types_item import EventsListTypesItem
    from .export import Export
    from .export_format import ExportFormat
    from .export_status import ExportStatus
    from .get_webset_response import GetWebsetResponse
    from .import_ import Import
    from .import_completed_event import ImportCompletedEvent
    from .import_created_event import ImportCreatedEvent
    from .import_failed_reason import ImportFailedReason
    from .import_format import ImportFormat
    from .import_metadata import ImportMetadata
    from .import_object import ImportObject
    from .import_status import ImportStatus
    from .list_events_response import ListEventsResponse
    from .list_imports_response import ListImportsResponse
    from .list_monitor_runs_response import ListMonitorRunsResponse
    from .list_monitors_response import ListMonitorsResponse
    from .list_webhook_attempts_response import ListWebhookAttemptsResponse
    from .list_webhooks_response import ListWebhooksResponse
    from .list_webset_item_response import ListWebsetItemResponse
    from .list_websets_response import ListWebsetsResponse
    from .monitor import Monitor
    from .monitor_behavior import MonitorBehavior
    from .monitor_behavior_config import MonitorBehaviorConfig
    from .monitor_behavior_config_behavior import MonitorBehaviorConfigBehavior
    from .monitor_behavior_config_criteria_item import MonitorBehaviorConfigCriteriaItem
    from .monitor_cadence import MonitorCadence
    from .monitor_created_event import MonitorCreatedEvent
    from .monitor_deleted_event import MonitorDeletedEvent
    from .monitor_metadata import MonitorMetadata
    from .monitor_object import MonitorObject
    from .monitor_run import MonitorRun
    from .monitor_run_completed_event import MonitorRunCompletedEvent
    from .monitor_run_created_event import MonitorRunCreatedEvent
    from .monitor_run_object import MonitorRunObject
    from .monitor_run_status import MonitorRunStatus
    from .monitor_run_type import MonitorRunType
    from .monitor_status import MonitorStatus
    from .monitor_updated_event import MonitorUpdatedEvent
    from .person_entity import PersonEntity
    from .preview_webset_parameters import PreviewWebsetParameters
    from .preview_webset_parameters_search import PreviewWebsetParametersSearch
    from .preview_webset_response import PreviewWebsetResponse
    from .preview_webset_response_enrichments_item import (
        PreviewWebsetResponseEnrichmentsItem,
    )
    from .preview_webset_response_enrichments_item_format import (
        PreviewWebsetResponseEnrichmentsItemFormat,
    )
    from .preview_webset_response_enrichments_item_options_item import (
        PreviewWebsetResponseEnrichmentsItemOptionsItem,
    )
    from .preview_webset_response_search import PreviewWebsetResponseSearch
    from .preview_webset_response_search_criteria_item import (
        PreviewWebsetResponseSearchCriteriaItem,
    )
    from .research_paper_entity import ResearchPaperEntity
    from .team import Team
    from .team_concurrency import TeamConcurrency
    from .team_limits import TeamLimits
    from .unknown_entity import UnknownEntity
    from .unknown_event import UnknownEvent
    from .unknown_webset_item_properties import UnknownWebsetItemProperties
    from .update_enrichment_parameters import UpdateEnrichmentParameters
    from .update_enrichment_parameters_format import UpdateEnrichmentParametersFormat
    from .update_enrichment_parameters_metadata import (
        UpdateEnrichmentParametersMetadata,
    )
    from .update_enrichment_parameters_options_item import (
        UpdateEnrichmentParametersOptionsItem,
    )
    from .update_import import UpdateImport
    from .update_import_metadata import UpdateImportMetadata
    from .update_monitor import UpdateMonitor
    from .update_monitor_metadata import UpdateMonitorMetadata
    from .update_monitor_status import UpdateMonitorStatus
    from .update_webhook_parameters import UpdateWebhookParameters
    from .update_webhook_parameters_metadata import UpdateWebhookParametersMetadata
    from .update_webset_request import UpdateWebsetRequest
    from .update_webset_request_metadata import UpdateWebsetRequestMetadata
    from .webhook import Webhook
    from .webhook_attempt import WebhookAttempt
    from .webhook_attempt_event_type import WebhookAttemptEventType
    from .webhook_attempt_response_headers import WebhookAttemptResponseHeaders
    from .webhook_metadata import WebhookMetadata
    from .webhook_status import WebhookStatus
    from .webhooks_attempts_list_event_type import WebhooksAttemptsListEventType
    from .webset import Webset
    from .webset_created_event import WebsetCreatedEvent
    from .webset_deleted_event import WebsetDeletedEvent
    from .webset_enrichment import WebsetEnrichment
    from .webset_enrichment_format import WebsetEnrichmentFormat
    from .webset_enrichment_metadata import WebsetEnrichmentMetadata
    from .webset_enrichment_options_item import WebsetEnrichmentOptionsItem
    from .webset_enrichment_status import WebsetEnrichmentStatus
    from .webset_excludes_item import WebsetExcludesItem
    from .webset_excludes_item_source import WebsetExcludesItemSource
    from .webset_idle_event import WebsetIdleEvent
    from .webset_item import WebsetItem
    from .webset_item_article_properties import WebsetItemArticleProperties
    from .webset_item_article_properties_fields import WebsetItemArticlePropertiesFields
    from .webset_item_company_properties import WebsetItemCompanyProperties
    from .webset_item_company_properties_fields import WebsetItemCompanyPropertiesFields
    from .webset_item_created_event import WebsetItemCreatedEvent
    from .webset_item_custom_properties import WebsetItemCustomProperties
    from .webset_item_custom_properties_fields import WebsetItemCustomPropertiesFields
    from .webset_item_enriched_event import WebsetItemEnrichedEvent
    from .webset_item_evaluation import WebsetItemEvaluation
    from .webset_item_evaluation_references_item import (
        WebsetItemEvaluationReferencesItem,
    )
    from .webset_item_evaluation_satisfied import WebsetItemEvaluationSatisfied
    from .webset_item_person_company_properties_fields import (
        WebsetItemPersonCompanyPropertiesFields,
    )
    from .webset_item_person_properties import WebsetItemPersonProperties
    from .webset_item_person_properties_fields import WebsetItemPersonPropertiesFields
    from .webset_item_preview import WebsetItemPreview
    from .webset_item_research_paper_properties import WebsetItemResearchPaperProperties
    from .webset_item_research_paper_properties_fields import (
        WebsetItemResearchPaperPropertiesFields,
    )
    from .webset_item_source import WebsetItemSource
    from .webset_metadata import WebsetMetadata
    from .webset_paused_event import WebsetPausedEvent
    from .webset_search import WebsetSearch
    from .webset_search_behavior import WebsetSearchBehavior
    from .webset_search_canceled_event import WebsetSearchCanceledEvent
    from .webset_search_canceled_reason import WebsetSearchCanceledReason
    from .webset_search_completed_event import WebsetSearchCompletedEvent
    from .webset_search_created_event import WebsetSearchCreatedEvent
    from .webset_search_criteria_item import WebsetSearchCriteriaItem
    from .webset_search_exclude_item import WebsetSearchExcludeItem
    from .webset_search_exclude_item_source import WebsetSearchExcludeItemSource
    from .webset_search_metadata import WebsetSearchMetadata
    from .webset_search_progress import WebsetSearchProgress
    from .webset_search_recall import WebsetSearchRecall
    from .webset_search_recall_expected import WebsetSearchRecallExpected
    from .webset_search_recall_expected_bounds import WebsetSearchRecallExpectedBounds
    from .webset_search_recall_expected_confidence import (
        WebsetSearchRecallExpectedConfidence,
    )
    from .webset_search_scope_item import WebsetSearchScopeItem
    from .webset_search_scope_item_relationship import WebsetSearchScopeItemRelationship
    from .webset_search_scope_item_source import WebsetSearchScopeItemSource
    from .webset_search_status import WebsetSearchStatus
    from .webset_search_updated_event import WebsetSearchUpdatedEvent
    from .webset_status import WebsetStatus
    from .websets_get_expand_item import WebsetsGetExpandItem

# Each model's name -> the module that defines it, relative to this package.
_MODULES = {
    "ArticleEntity": ".article_entity",
    "CompanyEntity": ".company_entity",
    "CreateCriterionParameters": ".create_criterion_parameters",
    "CreateEnrichmentParameters": ".create_enrichment_parameters",
    "CreateEnrichmentParametersFormat": ".create_enrichment_parameters_format",
    "CreateEnrichmentParametersMetadata": ".create_enrichment_parameters_metadata",
    "CreateEnrichmentParametersOptionsItem": ".create_enrichment_parameters_options_item",
    "CreateExportParameters": ".create_export_parameters",
    "CreateImportParameters": ".create_import_parameters",
    "CreateImportParametersCsv": ".create_import_parameters_csv",
    "CreateImportParametersFormat": ".create_import_parameters_format",
    "CreateImportParametersMetadata": ".create_import_parameters_metadata",
    "CreateImportResponse": ".create_import_response",
    "CreateImportResponseFailedReason": ".create_import_response_failed_reason",
    "CreateImportResponseFormat": ".create_import_response_format",
    "CreateImportResponseMetadata": ".create_import_response_metadata",
    "CreateImportResponseObject": ".create_import_response_object",
    "CreateImportResponseStatus": ".create_import_response_status",
    "CreateMonitorParameters": ".create_monitor_parameters",
    "CreateMonitorParametersBehavior": ".create_monitor_parameters_behavior",
    "CreateMonitorParametersBehaviorConfig": ".create_monitor_parameters_behavior_config",
    "CreateMonitorParametersBehaviorConfigBehavior": ".create_monitor_parameters_behavior_config_behavior",
    "CreateMonitorParametersBehaviorConfigCriteriaItem": ".create_monitor_parameters_behavior_config_criteria_item",
    "CreateMonitorParametersCadence": ".create_monitor_parameters_cadence",
    "CreateMonitorParametersMetadata": ".create_monitor_parameters_metadata",
    "CreateWebhookParameters": ".create_webhook_parameters",
    "CreateWebhookParametersMetadata": ".create_webhook_parameters_metadata",
    "CreateWebsetParameters": ".create_webset_parameters",
    "CreateWebsetParametersExcludeItem": ".create_webset_parameters_exclude_item",
    "CreateWebsetParametersExcludeItemSource": ".create_webset_parameters_exclude_item_source",
    "CreateWebsetParametersImportItem": ".create_webset_parameters_import_item",
    "CreateWebsetParametersImportItemSource": ".create_webset_parameters_import_item_source",
    "CreateWebsetParametersMetadata": ".create_webset_parameters_metadata",
    "CreateWebsetParametersSearch": ".create_webset_parameters_search",
    "CreateWebsetParametersSearchExcludeItem": ".create_webset_parameters_search_exclude_item",
    "CreateWebsetParametersSearchExcludeItemSource": ".create_webset_parameters_search_exclude_item_source",
    "CreateWebsetParametersSearchScopeItem": ".create_webset_parameters_search_scope_item",
    "CreateWebsetParametersSearchScopeItemRelationship": ".create_webset_parameters_search_scope_item_relationship",
    "CreateWebsetParametersSearchScopeItemSource": ".create_webset_parameters_search_scope_item_source",
    "CreateWebsetSearchParameters": ".create_webset_search_parameters",
    "CreateWebsetSearchParametersExcludeItem": ".create_webset_search_parameters_exclude_item",
    "CreateWebsetSearchParametersExcludeItemSource": ".create_webset_search_parameters_exclude_item_source",
    "CreateWebsetSearchParametersMetadata": ".create_webset_search_parameters_metadata",
    "CreateWebsetSearchParametersScopeItem": ".create_webset_search_parameters_scope_item",
    "CreateWebsetSearchParametersScopeItemRelationship": ".create_webset_search_parameters_scope_item_relationship",
    "CreateWebsetSearchParametersScopeItemSource": ".create_webset_search_parameters_scope_item_source",
    "CustomEntity": ".custom_entity",
    "EnrichmentResult": ".enrichment_result",
    "EnrichmentResultReferencesItem": ".enrichment_result_references_item",
    "EnrichmentResultStatus": ".enrichment_result_status",
    "EventType": ".event_type",
    "EventsListTypesItem": ".events_list_types_item",
    "Export": ".export",
    "ExportFormat": ".export_format",
    "ExportStatus": ".export_status",
    "GetWebsetResponse": ".get_webset_response",
    "Import": ".import_",
    "ImportCompletedEvent": ".import_completed_event",
    "ImportCreatedEvent": ".import_created_event",
    "ImportFailedReason": ".import_failed_reason",
    "ImportFormat": ".import_format",
    "ImportMetadata": ".import_metadata",
    "ImportObject": ".import_object",
    "ImportStatus": ".import_status",
    "ListEventsResponse": ".list_events_response",
    "ListImportsResponse": ".list_imports_response",
    "ListMonitorRunsResponse": ".list_monitor_runs_response",
    "ListMonitorsResponse": ".list_monitors_response",
    "ListWebhookAttemptsResponse": ".list_webhook_attempts_response",
    "ListWebhooksResponse": ".list_webhooks_response",
    "ListWebsetItemResponse": ".list_webset_item_response",
    "ListWebsetsResponse": ".list_websets_response",
    "Monitor": ".monitor",
    "MonitorBehavior": ".monitor_behavior",
    "MonitorBehaviorConfig": ".monitor_behavior_config",
    "MonitorBehaviorConfigBehavior": ".monitor_behavior_config_behavior",
    "MonitorBehaviorConfigCriteriaItem": ".monitor_behavior_config_criteria_item",
    "MonitorCadence": ".monitor_cadence",
    "MonitorCreatedEvent": ".monitor_created_event",
    "MonitorDeletedEvent": ".monitor_deleted_event",
    "MonitorMetadata": ".monitor_metadata",
    "MonitorObject": ".monitor_object",
    "MonitorRun": ".monitor_run",
    "MonitorRunCompletedEvent": ".monitor_run_completed_event",
    "MonitorRunCreatedEvent": ".monitor_run_created_event",
    "MonitorRunObject": ".monitor_run_object",
    "MonitorRunStatus": ".monitor_run_status",
    "MonitorRunType": ".monitor_run_type",
    "MonitorStatus": ".monitor_status",
    "MonitorUpdatedEvent": ".monitor_updated_event",
    "PersonEntity": ".person_entity",
    "PreviewWebsetParameters": ".preview_webset_parameters",
    "PreviewWebsetParametersSearch": ".preview_webset_parameters_search",
    "PreviewWebsetResponse": ".preview_webset_response",
    "PreviewWebsetResponseEnrichmentsItem": ".preview_webset_response_enrichments_item",
    "PreviewWebsetResponseEnrichmentsItemFormat": ".preview_webset_response_enrichments_item_format",
    "PreviewWebsetResponseEnrichmentsItemOptionsItem": ".preview_webset_response_enrichments_item_options_item",
    "PreviewWebsetResponseSearch": ".preview_webset_response_search",
    "PreviewWebsetResponseSearchCriteriaItem": ".preview_webset_response_search_criteria_item",
    "ResearchPaperEntity": ".research_paper_entity",
    "Team": ".team",
    "TeamConcurrency": ".team_concurrency",
    "TeamLimits": ".team_limits",
    "UnknownEntity": ".unknown_entity",
    "UnknownEvent": ".unknown_event",
    "UnknownWebsetItemProperties": ".unknown_webset_item_properties",
    "UpdateEnrichmentParameters": ".update_enrichment_parameters",
    "UpdateEnrichmentParametersFormat": ".update_enrichment_parameters_format",
    "UpdateEnrichmentParametersMetadata": ".update_enrichment_parameters_metadata",
    "UpdateEnrichmentParametersOptionsItem": ".update_enrichment_parameters_options_item",
    "UpdateImport": ".update_import",
    "UpdateImportMetadata": ".update_import_metadata",
    "UpdateMonitor": ".update_monitor",
    "UpdateMonitorMetadata": ".update_monitor_metadata",
    "UpdateMonitorStatus": ".update_monitor_status",
    "UpdateWebhookParameters": ".update_webhook_parameters",
    "UpdateWebhookParametersMetadata": ".update_webhook_parameters_metadata",
    "UpdateWebsetRequest": ".update_webset_request",
    "UpdateWebsetRequestMetadata": ".update_webset_request_metadata",
    "Webhook": ".webhook",
    "WebhookAttempt": ".webhook_attempt",
    "WebhookAttemptEventType": ".webhook_attempt_event_type",
    "WebhookAttemptResponseHeaders": ".webhook_attempt_response_headers",
    "WebhookMetadata": ".webhook_metadata",
    "WebhookStatus": ".webhook_status",
    "WebhooksAttemptsListEventType": ".webhooks_attempts_list_event_type",
    "Webset": ".webset",
    "WebsetCreatedEvent": ".webset_created_event",
    "WebsetDeletedEvent": ".webset_deleted_event",
    "WebsetEnrichment": ".webset_enrichment",
    "WebsetEnrichmentFormat": ".webset_enrichment_format",
    "WebsetEnrichmentMetadata": ".webset_enrichment_metadata",
    "WebsetEnrichmentOptionsItem": ".webset_enrichment_options_item",
    "WebsetEnrichmentStatus": ".webset_enrichment_status",
    "WebsetExcludesItem": ".webset_excludes_item",
    "WebsetExcludesItemSource": ".webset_excludes_item_source",
    "WebsetIdleEvent": ".webset_idle_event",
    "WebsetItem": ".webset_item",
    "WebsetItemArticleProperties": ".webset_item_article_properties",
    "WebsetItemArticlePropertiesFields": ".webset_item_article_properties_fields",
    "WebsetItemCompanyProperties": ".webset_item_company_properties",
    "WebsetItemCompanyPropertiesFields": ".webset_item_company_properties_fields",
    "WebsetItemCreatedEvent": ".webset_item_created_event",
    "WebsetItemCustomProperties": ".webset_item_custom_properties",
    "WebsetItemCustomPropertiesFields": ".webset_item_custom_properties_fields",
    "WebsetItemEnrichedEvent": ".webset_item_enriched_event",
    "WebsetItemEvaluation": ".webset_item_evaluation",
    "WebsetItemEvaluationReferencesItem": ".webset_item_evaluation_references_item",
    "WebsetItemEvaluationSatisfied": ".webset_item_evaluation_satisfied",
    "WebsetItemPersonCompanyPropertiesFields": ".webset_item_person_company_properties_fields",
    "WebsetItemPersonProperties": ".webset_item_person_properties",
    "WebsetItemPersonPropertiesFields": ".webset_item_person_properties_fields",
    "WebsetItemPreview": ".webset_item_preview",
    "WebsetItemResearchPaperProperties": ".webset_item_research_paper_properties",
    "WebsetItemResearchPaperPropertiesFields": ".webset_item_research_paper_properties_fields",
    "WebsetItemSource": ".webset_item_source",
    "WebsetMetadata": ".webset_metadata",
    "WebsetPausedEvent": ".webset_paused_event",
    "WebsetSearch": ".webset_search",
    "WebsetSearchBehavior": ".webset_search_behavior",
    "WebsetSearchCanceledEvent": ".webset_search_canceled_event",
    "WebsetSearchCanceledReason": ".webset_search_canceled_reason",
    "WebsetSearchCompletedEvent": ".webset_search_completed_event",
    "WebsetSearchCreatedEvent": ".webset_search_created_event",
    "WebsetSearchCriteriaItem": ".webset_search_criteria_item",
    "WebsetSearchExcludeItem": ".webset_search_exclude_item",
    "WebsetSearchExcludeItemSource": ".webset_search_exclude_item_source",
    "WebsetSearchMetadata": ".webset_search_metadata",
    "WebsetSearchProgress": ".webset_search_progress",
    "WebsetSearchRecall": ".webset_search_recall",
    "WebsetSearchRecallExpected": ".webset_search_recall_expected",
    "WebsetSearchRecallExpectedBounds": ".webset_search_recall_expected_bounds",
    "WebsetSearchRecallExpectedConfidence": ".webset_search_recall_expected_confidence",
    "WebsetSearchScopeItem": ".webset_search_scope_item",
    "WebsetSearchScopeItemRelationship": ".webset_search_scope_item_relationship",
    "WebsetSearchScopeItemSource": ".webset_search_scope_item_source",
    "WebsetSearchStatus": ".webset_search_status",
    "WebsetSearchUpdatedEvent": ".webset_search_updated_event",
    "WebsetStatus": ".webset_status",
    "WebsetsGetExpandItem": ".websets_get_expand_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__: tuple[str, ...] = (
    "ArticleEntity",
    "CompanyEntity",
    "CreateCriterionParameters",
    "CreateEnrichmentParameters",
    "CreateEnrichmentParametersFormat",
    "CreateEnrichmentParametersMetadata",
    "CreateEnrichmentParametersOptionsItem",
    "CreateExportParameters",
    "CreateImportParameters",
    "CreateImportParametersCsv",
    "CreateImportParametersFormat",
    "CreateImportParametersMetadata",
    "CreateImportResponse",
    "CreateImportResponseFailedReason",
    "CreateImportResponseFormat",
    "CreateImportResponseMetadata",
    "CreateImportResponseObject",
    "CreateImportResponseStatus",
    "CreateMonitorParameters",
    "CreateMonitorParametersBehavior",
    "CreateMonitorParametersBehaviorConfig",
    "CreateMonitorParametersBehaviorConfigBehavior",
    "CreateMonitorParametersBehaviorConfigCriteriaItem",
    "CreateMonitorParametersCadence",
    "CreateMonitorParametersMetadata",
    "CreateWebhookParameters",
    "CreateWebhookParametersMetadata",
    "CreateWebsetParameters",
    "CreateWebsetParametersExcludeItem",
    "CreateWebsetParametersExcludeItemSource",
    "CreateWebsetParametersImportItem",
    "CreateWebsetParametersImportItemSource",
    "CreateWebsetParametersMetadata",
    "CreateWebsetParametersSearch",
    "CreateWebsetParametersSearchExcludeItem",
    "CreateWebsetParametersSearchExcludeItemSource",
    "CreateWebsetParametersSearchScopeItem",
    "CreateWebsetParametersSearchScopeItemRelationship",
    "CreateWebsetParametersSearchScopeItemSource",
    "CreateWebsetSearchParameters",
    "CreateWebsetSearchParametersExcludeItem",
    "CreateWebsetSearchParametersExcludeItemSource",
    "CreateWebsetSearchParametersMetadata",
    "CreateWebsetSearchParametersScopeItem",
    "CreateWebsetSearchParametersScopeItemRelationship",
    "CreateWebsetSearchParametersScopeItemSource",
    "CustomEntity",
    "EnrichmentResult",
    "EnrichmentResultReferencesItem",
    "EnrichmentResultStatus",
    "EventsListTypesItem",
    "EventType",
    "Export",
    "ExportFormat",
    "ExportStatus",
    "GetWebsetResponse",
    "Import",
    "ImportCompletedEvent",
    "ImportCreatedEvent",
    "ImportFailedReason",
    "ImportFormat",
    "ImportMetadata",
    "ImportObject",
    "ImportStatus",
    "ListEventsResponse",
    "ListImportsResponse",
    "ListMonitorRunsResponse",
    "ListMonitorsResponse",
    "ListWebhookAttemptsResponse",
    "ListWebhooksResponse",
    "ListWebsetItemResponse",
    "ListWebsetsResponse",
    "Monitor",
    "MonitorBehavior",
    "MonitorBehaviorConfig",
    "MonitorBehaviorConfigBehavior",
    "MonitorBehaviorConfigCriteriaItem",
    "MonitorCadence",
    "MonitorCreatedEvent",
    "MonitorDeletedEvent",
    "MonitorMetadata",
    "MonitorObject",
    "MonitorRun",
    "MonitorRunCompletedEvent",
    "MonitorRunCreatedEvent",
    "MonitorRunObject",
    "MonitorRunStatus",
    "MonitorRunType",
    "MonitorStatus",
    "MonitorUpdatedEvent",
    "PersonEntity",
    "PreviewWebsetParameters",
    "PreviewWebsetParametersSearch",
    "PreviewWebsetResponse",
    "PreviewWebsetResponseEnrichmentsItem",
    "PreviewWebsetResponseEnrichmentsItemFormat",
    "PreviewWebsetResponseEnrichmentsItemOptionsItem",
    "PreviewWebsetResponseSearch",
    "PreviewWebsetResponseSearchCriteriaItem",
    "ResearchPaperEntity",
    "Team",
    "TeamConcurrency",
    "TeamLimits",
    "UnknownEntity",
    "UnknownEvent",
    "UnknownWebsetItemProperties",
    "UpdateEnrichmentParameters",
    "UpdateEnrichmentParametersFormat",
    "UpdateEnrichmentParametersMetadata",
    "UpdateEnrichmentParametersOptionsItem",
    "UpdateImport",
    "UpdateImportMetadata",
    "UpdateMonitor",
    "UpdateMonitorMetadata",
    "UpdateMonitorStatus",
    "UpdateWebhookParameters",
    "UpdateWebhookParametersMetadata",
    "UpdateWebsetRequest",
    "UpdateWebsetRequestMetadata",
    "Webhook",
    "WebhookAttempt",
    "WebhookAttemptEventType",
    "WebhookAttemptResponseHeaders",
    "WebhookMetadata",
    "WebhooksAttemptsListEventType",
    "WebhookStatus",
    "Webset",
    "WebsetCreatedEvent",
    "WebsetDeletedEvent",
    "WebsetEnrichment",
    "WebsetEnrichmentFormat",
    "WebsetEnrichmentMetadata",
    "WebsetEnrichmentOptionsItem",
    "WebsetEnrichmentStatus",
    "WebsetExcludesItem",
    "WebsetExcludesItemSource",
    "WebsetIdleEvent",
    "WebsetItem",
    "WebsetItemArticleProperties",
    "WebsetItemArticlePropertiesFields",
    "WebsetItemCompanyProperties",
    "WebsetItemCompanyPropertiesFields",
    "WebsetItemCreatedEvent",
    "WebsetItemCustomProperties",
    "WebsetItemCustomPropertiesFields",
    "WebsetItemEnrichedEvent",
    "WebsetItemEvaluation",
    "WebsetItemEvaluationReferencesItem",
    "WebsetItemEvaluationSatisfied",
    "WebsetItemPersonCompanyPropertiesFields",
    "WebsetItemPersonProperties",
    "WebsetItemPersonPropertiesFields",
    "WebsetItemPreview",
    "WebsetItemResearchPaperProperties",
    "WebsetItemResearchPaperPropertiesFields",
    "WebsetItemSource",
    "WebsetMetadata",
    "WebsetPausedEvent",
    "WebsetSearch",
    "WebsetSearchBehavior",
    "WebsetSearchCanceledEvent",
    "WebsetSearchCanceledReason",
    "WebsetSearchCompletedEvent",
    "WebsetSearchCreatedEvent",
    "WebsetSearchCriteriaItem",
    "WebsetSearchExcludeItem",
    "WebsetSearchExcludeItemSource",
    "WebsetSearchMetadata",
    "WebsetSearchProgress",
    "WebsetSearchRecall",
    "WebsetSearchRecallExpected",
    "WebsetSearchRecallExpectedBounds",
    "WebsetSearchRecallExpectedConfidence",
    "WebsetSearchScopeItem",
    "WebsetSearchScopeItemRelationship",
    "WebsetSearchScopeItemSource",
    "WebsetSearchStatus",
    "WebsetSearchUpdatedEvent",
    "WebsetsGetExpandItem",
    "WebsetStatus",
)
