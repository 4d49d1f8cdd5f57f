"""Incremental, exactly-once sync of websets into a database, as a dlt source (``pip install 'exa-websets[sync]'``).

    from exa_websets.sync import sync_websets
    report = sync_websets(WebsetsClient(), destination="duckdb")   # then again later: only what changed

Tables: ``websets``, ``searches``, ``enrichments``, ``items`` (with ``items__enrichments`` and
``items__evaluations``), ``monitors``, ``monitor_runs``, ``imports``, ``events``. ``websets_source`` is the dlt
source itself, for a pipeline of your own.
"""

from __future__ import annotations

try:
    import dlt as _dlt  # noqa: F401  # say what to install before anything else fails
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("exa_websets.sync needs dlt: pip install 'exa-websets[sync]'") from error

import datetime
from collections.abc import Sequence

from dlt.extract.source import DltSource

from .._sync.client import WebsetsClient
from ._cursor import DEFAULT_OVERLAP, EVENT_RETENTION, SyncCursor
from ._run import DUCKDB_DEFAULTS, WRITER_DEFAULTS, SyncReport, sync_websets
from ._source import TABLES, Progress, SourceOptions, SyncSummary, build_source


def websets_source(
    client: WebsetsClient,
    *,
    webset_ids: Sequence[str] | None = None,
    include_content: bool = False,
    reconcile: bool = False,
    overlap: datetime.timedelta = DEFAULT_OVERLAP,
    on_progress: Progress | None = None,
) -> DltSource:
    """The dlt source (run it with ``pipeline.run(websets_source(client))``); see ``sync_websets`` for the options."""
    options = SourceOptions(
        webset_ids=webset_ids,
        include_content=include_content,
        reconcile=reconcile,
        overlap=overlap,
        on_progress=on_progress,
    )
    return build_source(client, options)[0]


__all__ = [
    "DEFAULT_OVERLAP",
    "DUCKDB_DEFAULTS",
    "EVENT_RETENTION",
    "TABLES",
    "WRITER_DEFAULTS",
    "SyncCursor",
    "SyncReport",
    "SyncSummary",
    "sync_websets",
    "websets_source",
]
