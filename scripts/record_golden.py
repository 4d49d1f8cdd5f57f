"""Record real Websets API responses as fixtures, through the exa_websets facade.

    export EXA_API_KEY=...    # or --api-key; the key is never printed nor written anywhere
    python scripts/record_golden.py --base-url https://api.exa.ai/websets          # reads only
    python scripts/record_golden.py --base-url https://api.exa.ai/websets --yes    # creates, records, deletes

Any server speaking the API works, e.g. the fake: ``python -m exa_websets.testing --port 8765 --speed 50`` and
``--base-url http://127.0.0.1:8765/websets``.

Without ``--yes`` only reads are made (teams/me; the lists of websets, events, webhooks, monitors and imports; a get
of the first of each, with the first webset's items, the first webhook's attempts and the first monitor's runs) and
every write is refused, with the list of what would have been created. With
``--yes`` the run creates, in this order, a webhook (to ``--webhook-url``), a webset, a monitor, a search and an
enrichment, all named after the run key (``ssot-fixture-<kind>-<run key>``; the webset's external id is
``ssot-fixture-webset-<run key>``; every metadata holds ``ssot_fixture: "true"`` and ``ssot_run: <run key>``), waits
(at most ``--wait-timeout`` seconds) for the webset to be idle, then records its items, events, an export, the
updates, the cancels and an import. Whatever it created is deleted at the end, in reverse order, in a ``finally``:
also when a step failed midway or the run was interrupted. A resource whose create got no answer is looked up by
its deterministic name and deleted too.

Layout of ``--out DIR`` (default ``.cache/recordings/<run key>``, which git ignores)::

    DIR/_recording_summary.json      the run: fixtures written, resources created and cleaned up, failures, refusals
    DIR/fixtures/RECORDING.md        one heading "<base URL> <recorded at>": the section the fixtures' source names
    DIR/fixtures/operations/<operation id>.json        a whole success response
    DIR/fixtures/websets/webset-<status>.json          instances taken from those responses (as in the golden set)
    DIR/fixtures/items/<entity type>-<stage>.json
    DIR/fixtures/events/<event type>.json

Each fixture has the layout of ``tests/contract/golden.py`` (``load_fixtures(DIR / "fixtures")`` reads them):
``source`` is ``{"document": "RECORDING.md", "section": "<base URL> <recorded at>"}`` (that loader wants a markdown
document and a section of it; the recordings bring their own rather than pretending to be transcribed from the
vendor's reference), ``status`` is the status the server answered, ``spec_commit`` the pin, ``filled_fields`` is
empty (nothing is invented) and ``notes`` say where and when the response was recorded (request id included),
what was scrubbed (the webhook ``secret``, the query string of presigned URLs), a status other than the spec's,
and events the spec's ``Event`` oneOf has no variant for. Recordings are not golden fixtures as they are: review
them (they hold your account's data) before promoting one to ``tests/fixtures/golden`` with a reference source.

Exit status: 0 when every step succeeded and nothing was left behind, 1 otherwise (the summary says what failed
and lists any resource left behind, by id, to delete by hand), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python scripts/record_golden.py` puts scripts/ first, not the repository
    sys.path.insert(0, str(ROOT))

from exa_websets import WebsetsClient  # noqa: E402

from openapi.fetch import load_pin  # noqa: E402
from scripts.golden.bookkeeping import Abort, Summary  # noqa: E402
from scripts.golden.capture import Capture  # noqa: E402
from scripts.golden.cleanup import clean_up  # noqa: E402
from scripts.golden.recording import Recording  # noqa: E402
from scripts.golden.spec_facts import SpecFacts, load_spec  # noqa: E402
from scripts.golden.writes import refuse_writes, write_phase  # noqa: E402
from scripts.golden.writing import FixtureWriter  # noqa: E402

DEFAULT_WEBHOOK_URL = "https://example.com/ssot-fixture-hook"
DEFAULT_OUT = ROOT / ".cache" / "recordings"
SUMMARY = "_recording_summary.json"


def parse_args(argv: Sequence[str] | None, now: datetime) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Record Websets API responses as fixtures through the exa_websets facade.",
        epilog="Without --yes only reads are made. The API key comes from --api-key or EXA_API_KEY.",
    )
    parser.add_argument("--base-url", required=True, help="e.g. https://api.exa.ai/websets")
    parser.add_argument("--yes", action="store_true", help="allow creating (and then deleting) resources")
    parser.add_argument("--out", type=Path, default=None, help="default: .cache/recordings/<run key>")
    parser.add_argument("--api-key", default=None, help="default: EXA_API_KEY (prefer it: argv is visible to others)")
    parser.add_argument("--webhook-url", default=DEFAULT_WEBHOOK_URL, help=f"default: {DEFAULT_WEBHOOK_URL}")
    parser.add_argument("--run-key", default=now.strftime("%Y%m%d-%H%M%S"), help="names the resources; default: now")
    parser.add_argument("--wait-timeout", type=float, default=900.0, help="seconds to wait for idle / an export")
    args = parser.parse_args(argv)
    if not all(ch.isalnum() or ch == "-" for ch in args.run_key) or len(args.run_key) > 64:
        parser.error("--run-key: letters, digits and '-' only, at most 64")
    return args


def main(
    argv: Sequence[str] | None = None,
    *,
    http_client: httpx.Client | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
    spec: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    log: Callable[[str], None] | None = None,
) -> int:
    """Run a recording. The keyword arguments are for tests: an HTTP client (e.g. over the fake's transport),
    fake time, the pinned spec already loaded, the environment, where progress lines go (stdout by default)."""
    clock = clock or _wall_clock
    now = datetime.fromtimestamp(clock(), timezone.utc)
    args = parse_args(argv, now)
    environ = os.environ if environ is None else environ
    emit = log or (lambda line: print(line, flush=True))
    api_key = args.api_key or environ.get("EXA_API_KEY")
    if not api_key:
        print("no API key: set EXA_API_KEY (or pass --api-key)", file=sys.stderr)
        return 2
    out: Path = args.out or DEFAULT_OUT / args.run_key
    pin = load_pin()
    facts = SpecFacts.from_spec(spec if spec is not None else load_spec())
    started_at = now.isoformat(timespec="seconds").replace("+00:00", "Z")
    base_url = args.base_url.rstrip("/")
    writer = FixtureWriter(
        out / "fixtures", facts, section=f"{base_url} {started_at}", spec_commit=pin.commit, secrets=[api_key]
    )
    summary = Summary(base_url, args.run_key, "write" if args.yes else "read-only", started_at, pin.commit)
    http = http_client if http_client is not None else httpx.Client(timeout=60.0)
    capture = Capture(http)
    client = WebsetsClient(
        api_key=api_key, base_url=base_url, http_client=http, sleep=sleep, clock=clock, environ=dict(environ)
    )
    recording = Recording(args=args, client=client, capture=capture, writer=writer, summary=summary, log=emit)
    emit(f"recording from {base_url} into {out} (run {args.run_key}, {summary.mode})")
    try:
        recording.read_phase()
        if args.yes:
            write_phase(recording)
        else:
            refuse_writes(recording)
    except Abort:
        emit("a write step failed: skipping the rest, cleaning up")
    finally:
        try:
            clean_up(recording)
        finally:
            summary.finished_at = datetime.fromtimestamp(clock(), timezone.utc).isoformat(timespec="seconds")
            summary.finished_at = summary.finished_at.replace("+00:00", "Z")
            _finish(out, writer, summary, args)
            capture.detach()
            client.close()
            if http_client is None:
                http.close()
    emit(f"summary: {out / SUMMARY} ({len(set(summary.fixtures))} fixtures, ok={summary.ok})")
    for resource in summary.left_behind:
        emit(f"LEFT BEHIND: {resource['kind']} {resource['id']} ({resource['name']}): delete it by hand")
    return 0 if summary.ok else 1


def _finish(out: Path, writer: FixtureWriter, summary: Summary, args: argparse.Namespace) -> None:
    writer.write_document(
        [
            f"Recorded by `scripts/record_golden.py` ({summary.mode}; run key `{summary.run_key}`;"
            f" spec commit `{summary.spec_commit}`).",
            f"Webhook URL: {args.webhook_url}." if args.yes else "Writes were refused (no `--yes`).",
            f"The run's summary is `../{SUMMARY}`.",
        ]
    )
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(summary.as_json(), indent=2, ensure_ascii=False)
    (out / SUMMARY).write_text(writer.redact(text) + "\n", encoding="utf-8")


def _wall_clock() -> float:
    return datetime.now(timezone.utc).timestamp()


if __name__ == "__main__":
    sys.exit(main())
