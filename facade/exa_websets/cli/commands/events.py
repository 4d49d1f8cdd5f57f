"""events tail: follow new events as they happen."""

from __future__ import annotations

import argparse
import datetime

from ..._errors import TRANSIENT_ERRORS
from ..._exit_codes import INTERRUPTED
from ...types import Event
from .._context import Context
from .._format import event_line
from ._arguments import Subcommands, seconds


def register(commands: Subcommands) -> None:
    group = commands.add_parser(
        "events",
        help="follow events (new websets, items, searches, monitors...)",
        description="Events: what happened in your websets, kept 60 days.",
    )
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    tail = actions.add_parser(
        "tail",
        help="print new events as they happen, until Ctrl-C",
        description="Follow events: poll for new ones and print each once, oldest first (JSON lines with --json). "
        "Starts from the newest event (or --since) and runs until Ctrl-C (exit code 130, as for any interrupted "
        "command).",
        epilog="example:\n  exa-websets --json events tail --types webset.idle webset.item.created",
    )
    tail.add_argument("--types", nargs="+", metavar="TYPE", help="only these event types, e.g. webset.idle")
    tail.add_argument(
        "--since",
        type=_moment,
        metavar="TIME",
        help="also print events after this ISO 8601 time, e.g. 2026-01-01T09:00:00Z (default: only new ones)",
    )
    tail.add_argument("--interval", type=seconds, default=2.0, metavar="SECONDS", help="time between polls (default 2)")
    tail.set_defaults(handler=tail_events)


def _moment(text: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)


# Each poll reaches this far back before the newest event seen: an event stamped in the same instant as that one but
# listed only later is not missed, whether the API reads "created after" inclusively or not.
OVERLAP = datetime.timedelta(seconds=1)


class EventCursor:
    """Where the tail is: the newest creation time seen, and the ids of the events seen within OVERLAP of it.

    Each poll asks for events created after ``since`` (the newest time seen, less OVERLAP), and the ids drop the
    events a poll repeats. Only ids within the overlap need keeping, so memory stays small however long it runs.
    """

    def __init__(self, start: datetime.datetime | None) -> None:
        self.newest = start
        self._overlap = datetime.timedelta(0)  # none until an event has been seen: --since means what it says
        self._seen: dict[str, datetime.datetime] = {}

    @property
    def since(self) -> datetime.datetime | None:
        return None if self.newest is None else self.newest - self._overlap

    def new(self, events: list[Event]) -> list[Event]:
        """The events not printed yet, oldest first (the API lists newest first); remembers them."""
        fresh = [e for e in reversed(events) if e.id not in self._seen]
        for event in fresh:
            self._seen[event.id] = event.created_at
            if self.newest is None or event.created_at > self.newest:
                self.newest = event.created_at
            self._overlap = OVERLAP
        since = self.since
        if since is not None:
            self._seen = {key: created for key, created in self._seen.items() if created >= since}
        return fresh


def tail_events(ctx: Context, args: argparse.Namespace) -> int:
    events = ctx.client.events
    cursor = EventCursor(args.since)
    if args.since is None:  # start after the newest event, by the server's clock (not this machine's)
        newest = events.list(limit=1, types=args.types).data
        if newest:
            cursor.new(newest)
            cursor.new(list(events.list_all(types=args.types, created_after=cursor.since)))  # the overlap: old news
    ctx.note("following events (Ctrl-C to stop)")
    try:
        while not ctx.runtime.stopped:
            try:
                batch = list(events.list_all(types=args.types, created_after=cursor.since))
            except TRANSIENT_ERRORS as error:  # a tail meant to run for hours keeps going through them
                ctx.note(f"a poll failed, still following: {error}")
            else:
                for event in cursor.new(batch):
                    if ctx.json:
                        ctx.emit(event)
                    else:
                        ctx.say(event_line(event))
            if ctx.runtime.stopped:
                break
            ctx.sleep(args.interval)
    except KeyboardInterrupt:
        ctx.err.print()
        ctx.note("stopped following events")
        return INTERRUPTED
    return 0
