"""The source's options are checked when made, before anything is read: each message says what to pass instead."""

from __future__ import annotations

import datetime

import pytest
from exa_websets import WebsetsClient
from exa_websets.sync import EVENT_RETENTION, sync_websets, websets_source
from exa_websets.sync._source import SourceOptions


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"webset_ids": "ws_1"}, "webset_ids must be a list of non-empty webset ids or external ids"),
        ({"webset_ids": ["ws_1", " "]}, "webset_ids must be a list of non-empty webset ids or external ids"),
        ({"webset_ids": []}, "webset_ids is empty: pass None to sync every webset"),
        ({"overlap": datetime.timedelta(seconds=-1)}, "overlap must be >= 0 and shorter than the API's event"),
        ({"overlap": EVENT_RETENTION}, "overlap must be >= 0 and shorter than the API's event"),
    ],
)
def test_bad_options_are_refused_by_both_entry_points(options: dict[str, object], message: str) -> None:
    client = WebsetsClient("k", environ={})
    with pytest.raises(ValueError, match=message):
        SourceOptions(**options)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        websets_source(client, **options)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        sync_websets(client, **options)  # type: ignore[arg-type]


def test_the_defaults_select_every_webset_without_content() -> None:
    options = SourceOptions()
    assert (options.webset_ids, options.include_content, options.reconcile) == (None, False, False)
