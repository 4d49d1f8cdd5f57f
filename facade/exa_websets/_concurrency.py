"""Why searches queue: the team's concurrency usage against its limits (teams/me), as plain numbers. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `import exa_websets` stays light: the generated models load with a client
    from exa_websets_api.models import Team


@dataclass(frozen=True)
class ConcurrencyUsage:
    """Searches running (``active``) and waiting (``queued``) against ``max_concurrent`` and ``max_queued``.

    A field the server did not send is None (teams/me is documented only as "concurrency usage and limits").
    """

    active: int | None
    queued: int | None
    max_concurrent: int | None
    max_queued: int | None

    @property
    def at_capacity(self) -> bool:
        """True when every slot is taken, so a new search waits in the queue instead of starting."""
        return self.active is not None and self.max_concurrent is not None and self.active >= self.max_concurrent

    @property
    def queue_full(self) -> bool:
        """True when the queue is full too, so the service refuses new work until something finishes."""
        return self.queued is not None and self.max_queued is not None and self.queued >= self.max_queued

    @classmethod
    def from_team(cls, team: Team) -> ConcurrencyUsage:
        from exa_websets_api.models import TeamConcurrency  # noqa: PLC0415 - loaded with the client, not on import

        concurrency = team.concurrency
        if not isinstance(concurrency, TeamConcurrency):  # Unset: the server sent no concurrency
            return cls(None, None, None, None)
        return cls(
            active=_count(concurrency.active),
            queued=_count(concurrency.queued),
            max_concurrent=_count(concurrency.max_concurrent),
            max_queued=_count(concurrency.max_queued),
        )


def _count(value: object) -> int | None:
    """A number the server sent, else None (the generated models mark a missing field with Unset)."""
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
