# Generated from facade/exa_websets/_async/resources/teams.py by scripts/unasync.py. Edit that file, not this one.
"""Teams: documented by the vendor, absent from the pinned spec (see openapi/overlays/exports-and-teams.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._concurrency import ConcurrencyUsage
from ..._core.operation import Endpoint, operation
from ..._core.request import RequestOptions
from ._base import Resource

if TYPE_CHECKING:
    from exa_websets_api.models import Team
    from typing_extensions import Unpack

ME: Endpoint[Team] = Endpoint("api.teams.teams_me")


class Teams(Resource):
    @operation("teams-me")
    def me(self, **request_options: Unpack[RequestOptions]) -> Team:
        """Your team's concurrency usage and limits."""
        return self._client._call(ME, options=request_options)

    @operation("teams-me")
    def concurrency(self, **request_options: Unpack[RequestOptions]) -> ConcurrencyUsage:
        """Searches running and queued against your team's limits: ``at_capacity`` says why a new search waits."""
        return ConcurrencyUsage.from_team(self.me(**request_options))
