"""A cheap, fixed server for the client-cost measurements: prebuilt pages in memory, keep-alive, another process.

The stateful fake renders every page from its records (≈ 25 ms a page at 10,000 items), which hides the clients'
own costs under the server's. This server does next to nothing per request: the items are realistic company items
taken once from the fake (2 criteria evaluations with references, 2 enrichment results each), re-identified per
position, serialized once; a page is the join of prebuilt item bytes (cached for the smaller websets), written with
its headers in one ``send``. It runs in a child process so that its work never competes with the measured client
for the GIL, and it speaks HTTP/1.1 with keep-alive like the real API.

Routes (under ``/websets``, as the API's base URL): ``GET /v0/websets/{id}`` and ``GET /v0/websets/{id}/items``
(``limit``, ``cursor``; the spec's default page of 25 when no limit is sent, its maximum 100).

Protocol: the child prints one JSON line ``{"base_url": ..., "websets": {name: [id, ...]}, "seed_seconds": ...}``
once it listens; closing its stdin stops it (the same as ``bench._server``, whose parent handle it reuses).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from bench._server import API_KEY, SEED_BASE_URL, ServedFake

DEFAULT_PAGE = 25
MAX_PAGE = 100
REALISTIC_CONTENT = 700  # characters of page text kept in a realistic item (≈ 3 KB of JSON per item)
CACHED_ITEMS = 20_000  # websets up to this size keep their pages' bytes; larger ones build each page when asked
TEMPLATES = 100


@dataclass(frozen=True)
class StaticPlan:
    """``copies`` websets of ``count`` items; ``kind`` is ``realistic`` (≈ 3 KB items) or ``content`` (full text)."""

    name: str
    count: int
    copies: int = 1
    kind: str = "realistic"


def sample(seed: int, templates: int = TEMPLATES) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A webset and its ``templates`` items, from the fake: companies, 2 criteria, 2 enrichments, idle."""
    import httpx  # noqa: PLC0415 - the child's imports stay out of the parent's module import
    from exa_websets.testing import FakeWebsets  # noqa: PLC0415

    fake = FakeWebsets(seed=seed, api_keys=[API_KEY])
    body = {
        "search": {
            "query": "AI startups in Europe",
            "count": templates,
            "entity": {"type": "company"},
            "criteria": [{"description": "Is an AI startup"}, {"description": "Headquartered in Europe"}],
        },
        "enrichments": [
            {"description": "Name of the CEO", "format": "text"},
            {"description": "Number of employees", "format": "number"},
        ],
    }
    headers = {"x-api-key": API_KEY}
    with httpx.Client(base_url=SEED_BASE_URL, transport=fake.transport(), headers=headers) as client:
        webset_id = client.post("/v0/websets", json=body).raise_for_status().json()["id"]
        fake.run_until_idle(webset_id, timeout=1e9)
        webset = client.get(f"/v0/websets/{webset_id}").raise_for_status().json()
        items = client.get(f"/v0/websets/{webset_id}/items", params={"limit": templates}).raise_for_status().json()
    return webset, items["data"]


def _split_templates(items: list[dict[str, Any]], kind: str) -> list[tuple[bytes, bytes, bytes]]:
    """Each item's JSON cut around its id and webset id: (head, middle, tail), joined with new ids per position."""
    templates = []
    for original in items:
        item = json.loads(json.dumps(original))
        content = item["properties"].get("content") or ""
        if kind == "realistic":
            item["properties"]["content"] = content[:REALISTIC_CONTENT]
        item["id"], item["websetId"] = "@@ID@@", "@@WS@@"
        text = json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        head, rest = text.split(b"@@ID@@")
        middle, tail = rest.split(b"@@WS@@")
        templates.append((head, middle, tail))
    return templates


class Webset:
    def __init__(self, webset_id: str, count: int, templates: list[tuple[bytes, bytes, bytes]], body: bytes) -> None:
        self.id = webset_id
        self.count = count
        self.templates = templates
        self.body = body
        self.item_bytes = 0
        self._cache: dict[tuple[int, int], bytes] = {}
        self._lock = threading.Lock()

    def item(self, index: int) -> bytes:
        head, middle, tail = self.templates[index % len(self.templates)]
        return b"%s%s_%09d%s%s%s" % (head, self.id[7:].encode(), index, middle, self.id.encode(), tail)

    def page(self, offset: int, limit: int) -> bytes:
        key = (offset, limit)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        end = min(offset + limit, self.count)
        data = b",".join(self.item(i) for i in range(offset, end))
        more = end < self.count
        tail = b'],"hasMore":true,"nextCursor":"c%d"}' % end if more else b'],"hasMore":false,"nextCursor":null}'
        body = b'{"data":[' + data + tail
        if self.count <= CACHED_ITEMS:
            with self._lock:
                self._cache[key] = body
        return body


def build(
    plans: list[StaticPlan], seed: int, templates: int = TEMPLATES
) -> tuple[dict[str, Webset], dict[str, list[str]]]:
    webset, items = sample(seed, templates)
    by_kind = {kind: _split_templates(items, kind) for kind in {p.kind for p in plans}}
    websets: dict[str, Webset] = {}
    ids: dict[str, list[str]] = {}
    for plan in plans:
        for copy in range(plan.copies):
            webset_id = f"webset_{plan.name}{copy}"
            body = dict(webset, id=webset_id, externalId=f"bench-{plan.name}-{copy}")
            encoded = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            websets[webset_id] = Webset(webset_id, plan.count, by_kind[plan.kind], encoded)
            ids.setdefault(plan.name, []).append(webset_id)
    for ws in websets.values():  # prebuild the pages every client asks for (default and largest)
        if ws.count <= CACHED_ITEMS:
            for limit in (DEFAULT_PAGE, MAX_PAGE):
                for offset in range(0, ws.count, limit):
                    ws.page(offset, limit)
    return websets, ids


def _response(status: int, body: bytes) -> bytes:
    reason = b"OK" if status == 200 else b"Not Found"
    return (
        b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n"
        b"x-request-id: bench-static\r\n\r\n%s" % (status, reason, len(body), body)
    )


NOT_FOUND = _response(404, b'{"error":"not found"}')


def handler_for(websets: dict[str, Webset]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self.wfile.write(self._answer())

        def _answer(self) -> bytes:
            url = urlsplit(self.path)
            parts = url.path.strip("/").split("/")  # websets, v0, websets, {id}[, items]
            if len(parts) < 4 or parts[:3] != ["websets", "v0", "websets"] or parts[3] not in websets:
                return NOT_FOUND
            webset = websets[parts[3]]
            if len(parts) == 4:
                return _response(200, webset.body)
            if parts[4:] != ["items"]:
                return NOT_FOUND
            query = dict(parse_qsl(url.query))
            limit = min(int(query.get("limit", DEFAULT_PAGE)), MAX_PAGE)
            cursor = query.get("cursor")
            offset = int(cursor[1:]) if cursor else 0
            return _response(200, webset.page(offset, limit))

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def serve_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="serve prebuilt item pages for the benchmarks")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--plan", required=True, help="JSON list of StaticPlan fields")
    parser.add_argument("--templates", type=int, default=TEMPLATES, help="distinct items taken from the fake")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    websets, ids = build([StaticPlan(**p) for p in json.loads(args.plan)], args.seed, args.templates)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(websets))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/websets"
    print(json.dumps({"base_url": base_url, "websets": ids, "seed_seconds": time.perf_counter() - started}), flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    server.shutdown()
    server.server_close()
    return 0


class StaticServer(ServedFake):
    """The parent's handle: ``with StaticServer(plans) as served: served.base_url, served.ids[name]``."""

    def __init__(
        self, plans: list[StaticPlan], *, seed: int = 7, templates: int = TEMPLATES, ready_timeout: float = 120.0
    ) -> None:
        super().__init__([], seed=seed, ready_timeout=ready_timeout)
        self.static_plans = plans
        self.templates = templates

    def command(self) -> list[str]:
        plan = json.dumps([asdict(p) for p in self.static_plans])
        seed, templates = str(self.seed), str(self.templates)
        return [sys.executable, "-m", "bench._static", "--seed", seed, "--plan", plan, "--templates", templates]


if __name__ == "__main__":
    sys.exit(serve_main())
