"""webhook create, webhook listen: subscribe a URL to events, and receive deliveries locally."""

from __future__ import annotations

import argparse

from rich.text import Text

from ..._errors import WebhookVerificationError
from ..._exit_codes import INTERRUPTED
from ...types import Event
from ...webhooks import DEFAULT_TOLERANCE, SIGNATURE_HEADER, construct_event
from .._context import Context, UsageError
from .._format import event_line
from .._receiver import WebhookReceiver
from ._arguments import Subcommands, seconds

SECRET_ENV = "EXA_WEBHOOK_SECRET"  # noqa: S105  # the variable's name, not a secret


def register(commands: Subcommands) -> None:
    group = commands.add_parser(
        "webhook",
        help="create a webhook, or receive deliveries locally",
        description="Webhooks: event deliveries to a URL of yours.",
    )
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        help="subscribe a URL to events (prints the signing secret, once)",
        description="Create a webhook: the API will POST each event of the given types to --url, signed with the "
        "secret printed here (shown only now: keep it to verify deliveries).",
        epilog="example:\n  exa-websets webhook create --url https://example.com/hook --event webset.idle "
        "--event webset.item.enriched",
    )
    create.add_argument("--url", required=True, help="where to POST the events")
    create.add_argument(
        "--event", action="append", required=True, metavar="TYPE", help="an event type, e.g. webset.idle (repeatable)"
    )
    create.set_defaults(handler=create_webhook)

    listen = actions.add_parser(
        "listen",
        help="receive deliveries on a local port, verify them and print each event",
        description=f"Listen for webhook deliveries: check each one's {SIGNATURE_HEADER} header against the secret, "
        "print the verified event (type, id, and the object it carries) and answer 200; answer 400 to anything "
        "else and report it on stderr. Runs until Ctrl-C (exit code 130).",
        epilog="example:\n  exa-websets webhook listen --port 8000 --secret whsec_...\n"
        "  (expose it with a tunnel, or point the fake's webhooks at http://127.0.0.1:8000/)",
    )
    listen.add_argument("--port", type=int, required=True, help="the port to listen on (0: any free port)")
    listen.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    listen.add_argument("--secret", metavar="SECRET", help=f"the webhook's secret (default: ${SECRET_ENV})")
    listen.add_argument(
        "--tolerance",
        type=seconds,
        default=DEFAULT_TOLERANCE,
        metavar="SECONDS",
        help=f"how far a delivery's signing time may be from now, either way (default "
        f"{DEFAULT_TOLERANCE}; raise it for `fake serve`, whose clock runs --speed times "
        "fast)",
    )
    listen.set_defaults(handler=listen_for_webhooks)


def create_webhook(ctx: Context, args: argparse.Namespace) -> int:
    webhook = ctx.client.webhooks.create(url=args.url, events=args.event)
    if ctx.json:
        ctx.emit(webhook)
        return 0
    ctx.say(f"created webhook {webhook.id} for {', '.join(str(e) for e in args.event)} → {webhook.url}")
    ctx.say(f"secret: {webhook.secret}")
    ctx.note("the secret is shown only now: keep it to verify deliveries (exa-websets webhook listen --secret ...)")
    return 0


def listen_for_webhooks(ctx: Context, args: argparse.Namespace) -> int:
    secret = args.secret or ctx.runtime.environ.get(SECRET_ENV)
    if not secret:
        raise UsageError(f"webhook listen needs the webhook's secret: pass --secret or set {SECRET_ENV}")
    tolerance = round(args.tolerance)

    def verify(body: bytes, header: str | None) -> Event:
        return construct_event(body, header, secret, tolerance=tolerance, now=ctx.now())

    def show(event: Event) -> None:
        ctx.result(event, event_line(event))

    def refuse(sender: str, error: WebhookVerificationError) -> None:
        ctx.err.print(Text.assemble(("refused ", "bold red"), f"a delivery from {sender}: {error}"), soft_wrap=True)

    try:
        receiver = WebhookReceiver((args.host, args.port), verify=verify, on_event=show, on_refused=refuse)
    except OSError as error:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
    ctx.note(f"listening for webhook deliveries on {receiver.url} (Ctrl-C to stop)")
    if ctx.runtime.on_ready is not None:
        ctx.runtime.on_ready(receiver.url)
    try:
        receiver.serve_until(ctx.runtime.stop)
    except KeyboardInterrupt:
        ctx.err.print()
        ctx.note("stopped listening")
        return INTERRUPTED
    ctx.note("stopped listening")
    return 0
