"""The team the API key belongs to: its concurrency and limits."""

from __future__ import annotations

from typing import Any

from exa_websets_api.models import Team, TeamConcurrency, TeamLimits

from .._handling import Call, handles

MAX_CONCURRENT_SEARCHES = 10
MAX_QUEUED_SEARCHES = 100
TEAM_LIMITS = {"websets": 1000, "itemsPerSearch": 5000, "enrichmentsPerWebset": 10, "monitors": 100, "webhooks": 20}


@handles("teams-me")
def teams_me(call: Call) -> dict[str, Any]:
    # A webset runs one search at a time (starting ones count as running); its other new searches wait in the queue.
    searches = call.store.searches.values()
    active = sum(1 for s in searches if s.status == "running" or s.start_scheduled)
    queued = sum(1 for s in searches if s.status == "created" and not s.start_scheduled)
    return Team(
        id="team_fake",
        object_="team",
        name="Fake Websets team",
        concurrency=TeamConcurrency(
            active=active,
            queued=queued,
            max_concurrent=MAX_CONCURRENT_SEARCHES,
            max_queued=MAX_QUEUED_SEARCHES,
        ),
        limits=TeamLimits.from_dict(dict(TEAM_LIMITS)),  # whole numbers, as the API sends them
    ).to_dict()
