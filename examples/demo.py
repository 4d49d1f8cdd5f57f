"""The exa-websets demo: create a webset, watch it work, read its items. No API key or network needed.

python3 -m nox -s demo                       # serves the fake Websets service and runs this against it
python examples/demo.py --serve-fake         # the same, by hand
EXA_API_KEY=... python examples/demo.py      # against the real API (costs credits)
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from exa_websets import WaitProgress, WebsetsClient
from exa_websets.projections import columns_for, enrichment_descriptions, tier2, write_csv, write_jsonl
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

SEARCH = {
    "query": "AI research labs in Europe working on large language models",
    "count": 15,
    "entity": {"type": "company"},
    "criteria": [{"description": "Does research on large language models"}, {"description": "Based in Europe"}],
}
ENRICHMENTS = [
    {"description": "Name of the lab's director", "format": "text"},
    {"description": "Number of researchers", "format": "number"},
]


@contextlib.contextmanager
def served_fake(speed: float, rate_limit: float | None) -> Iterator[str]:
    """Start `python -m exa_websets.testing` in its own process; yield its base URL; stop it afterwards."""
    command = [sys.executable, "-m", "exa_websets.testing", "--port", "0", "--speed", str(speed)]
    if rate_limit is not None:
        command += ["--rate-limit", str(rate_limit)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603 - our own module
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        if not base_url.startswith("http"):
            raise RuntimeError(f"the fake service did not start (it said {base_url!r})")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


def run(client: WebsetsClient, out: Path, console: Console) -> None:
    webset = client.websets.create(search=SEARCH, enrichments=ENRICHMENTS, metadata={"source": "exa-websets demo"})
    console.print(f"Created webset [bold]{webset.id}[/bold]: {SEARCH['query']!r}")

    columns = [
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TextColumn("found {task.fields[found]} / analyzed {task.fields[analyzed]}"),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("searching", total=100, found=0, analyzed=0)

        def show(update: WaitProgress) -> None:  # called after every poll with the running search's numbers
            progress.update(
                task,
                completed=update.completion or 0,
                found=int(update.found or 0),
                analyzed=int(update.analyzed or 0),
                description=update.status,
            )

        webset = client.websets.wait_until_idle(webset.id, on_progress=show, deadline=600)
    console.print(f"Webset is [green]{webset.status.value}[/green].")

    descriptions = enrichment_descriptions(webset)
    cards = [tier2(item, descriptions) for item in client.items.list_all(webset.id)]
    table = Table(title=f"{len(cards)} items", show_lines=False)
    for name in ("name", "url", *(c["description"] for c in SEARCH["criteria"]), *descriptions.values()):
        table.add_column(name, overflow="fold")
    for card in cards:
        verdicts = [card["criteria"].get(c["description"], "") for c in SEARCH["criteria"]]
        answers = ["; ".join(card["enrichments"].get(d) or []) for d in descriptions.values()]
        table.add_row(card["name"] or "", card["url"], *verdicts, *answers)
    console.print(table)

    out.mkdir(parents=True, exist_ok=True)
    with (out / "items.csv").open("w", newline="", encoding="utf-8") as csv_file:
        write_csv(cards, csv_file, columns_for(webset))
    with (out / "items.jsonl").open("w", encoding="utf-8") as jsonl_file:
        write_jsonl(cards, jsonl_file)
    console.print(f"Wrote {out / 'items.csv'} and {out / 'items.jsonl'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve-fake", action="store_true", help="start the local fake service and use it")
    parser.add_argument("--speed", type=float, default=20.0, help="fake seconds per real second (with --serve-fake)")
    parser.add_argument("--out", type=Path, default=Path("demo-output"), help="where to write items.csv/.jsonl")
    parser.add_argument(
        "--rate-limit", type=float, help="the fake answers 429 above this many requests/s (with --serve-fake)"
    )
    args = parser.parse_args(argv)
    console = Console()
    with contextlib.ExitStack() as stack:
        if args.serve_fake:
            base_url = stack.enter_context(served_fake(args.speed, args.rate_limit))
            console.print(f"Fake Websets service at {base_url}")
            client = WebsetsClient(api_key="demo-key", base_url=base_url)
        else:
            client = WebsetsClient()  # EXA_API_KEY and EXA_WEBSETS_BASE_URL from the environment
        with client:
            run(client, args.out, console)
    return 0


if __name__ == "__main__":
    sys.exit(main())
