"""Produce the sync facade (``facade/exa_websets/_sync``) from the async one (``_async``), which is the source.

Besides that tree, every facade module named ``_async.py`` outside it (e.g. ``paging/_async.py``) is the source of a
sibling ``_sync.py`` in the same package, derived by the same rules and checked the same way.

Why: sync and async must not be two hand-written copies (they drift), and typing each call once for two return
types (``T`` and ``Awaitable[T]``) is not expressible. So the async side is written by hand and the sync side is
derived mechanically, token by token, then formatted with the project's ruff. ``--check`` fails on any difference
(CI runs it through the test suite).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACADE = ROOT / "facade" / "exa_websets"
SOURCE = FACADE / "_async"
TARGET = FACADE / "_sync"

NAMES = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aiter_bytes": "iter_bytes",
    "anext": "next",
    "async_sleep": "sleep",
    "StopAsyncIteration": "StopIteration",
    "_async": "_sync",
}
TEXT = {  # in strings and comments: only whole phrases, so prose stays correct
    "async with ": "with ",
    "async for ": "for ",
    "await ": "",
    "AsyncWebsetsClient": "WebsetsClient",
    "asynchronously": "synchronously",
    "The async implementation: the hand-written source of the sync one": "The sync implementation, generated from "
    "_async by scripts/unasync.py",
}
HEADER = "# Generated from {source} by scripts/unasync.py. Edit that file, not this one.\n"


def rename(name: str) -> str:
    if name in NAMES:
        return NAMES[name]
    if name.startswith("Async") and len(name) > 5 and name[5].isupper():  # AsyncWebsetsClient → WebsetsClient
        return name[5:]
    return name


def rewrite_text(text: str) -> str:
    for old, new in TEXT.items():
        text = text.replace(old, new)
    return text


def unasync_source(source: str) -> str:
    """The sync twin of an async module: `async`/`await` dropped, Async-names renamed, nothing else touched."""
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    lines = source.splitlines(keepends=True)
    out: list[str] = []
    row, col = 1, 0
    skip_space = False
    dropped_brackets = _awaitable_brackets(tokens)
    for index, token in enumerate(tokens):
        (start_row, start_col), (end_row, end_col) = token.start, token.end
        gap = _between(lines, (row, col), (start_row, start_col))
        if skip_space and gap.strip(" ") == "":
            gap = ""
        skip_space = False
        text = token.string
        following = tokens[index + 1].string if index + 1 < len(tokens) else ""
        dropped = text == "await" or (text == "async" and following in ("def", "with", "for"))
        if token.type == tokenize.NAME and dropped:
            text, skip_space = "", True
        elif index in dropped_brackets:
            text = ""
        elif token.type == tokenize.NAME:
            text = rename(text)
        elif token.type in (tokenize.STRING, tokenize.COMMENT):
            text = rewrite_text(text)
        out.append(gap + text)
        row, col = end_row, end_col
    return "".join(out)


def _awaitable_brackets(tokens: list[tokenize.TokenInfo]) -> set[int]:
    """Token indexes to drop so that ``Awaitable[X]`` reads ``X``: the name, its "[" and the matching "]"."""
    dropped: set[int] = set()
    for index, token in enumerate(tokens):
        if token.string != "Awaitable" or index + 1 >= len(tokens) or tokens[index + 1].string != "[":
            continue
        depth = 0
        for close in range(index + 1, len(tokens)):
            depth += {"[": 1, "]": -1}.get(tokens[close].string, 0)
            if depth == 0:
                dropped |= {index, index + 1, close}
                break
    return dropped


def _between(lines: list[str], start: tuple[int, int], end: tuple[int, int]) -> str:
    """The source text between two token positions (whitespace, line breaks, continuations)."""
    (row, col), (end_row, end_col) = start, end
    if row == end_row:
        return lines[row - 1][col:end_col] if row <= len(lines) else ""
    parts = [lines[row - 1][col:], *lines[row : end_row - 1]]
    if end_row <= len(lines):
        parts.append(lines[end_row - 1][:end_col])
    return "".join(parts)


def formatted(source: str, path: Path) -> str:
    """Imports sorted (renames can reorder them) and tidied, then formatted, with the project's ruff configuration."""
    # F401: imports only the async side uses (Awaitable); UP028: `for x in xs: yield x` becomes `yield from xs`.
    tidy = ["check", "--fix-only", "--unsafe-fixes", "--select", "I,F401,UP028", "--quiet"]  # UP028's fix is "unsafe"
    for command in (tidy, ["format"]):
        source = subprocess.run(  # noqa: S603 - our own interpreter and arguments
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", str(path), "-"],
            input=source,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
    return source


def source_pairs() -> list[tuple[Path, Path]]:
    """(async source, sync target) for the ``_async`` tree and for every ``_async.py`` module outside it."""
    pairs = [(source, TARGET / source.relative_to(SOURCE)) for source in sorted(SOURCE.rglob("*.py"))]
    for source in sorted(FACADE.rglob("_async.py")):
        if SOURCE not in source.parents:
            pairs.append((source, source.with_name("_sync.py")))
    return pairs


def expected_files() -> dict[Path, str]:
    """Every sync file as it must be, keyed by its path."""
    files: dict[Path, str] = {}
    for source, target in source_pairs():
        header = HEADER.format(source=source.relative_to(ROOT).as_posix())
        files[target] = formatted(header + unasync_source(source.read_text(encoding="utf-8")), target)
    return files


def existing_files() -> set[Path]:
    """Every sync file on disk that this script owns: the ``_sync`` tree, and derived ``_sync.py`` modules elsewhere.

    A ``_sync.py`` outside the tree counts only if it carries the derivation header, so a hand-written one whose
    ``_async.py`` was removed is never deleted by mistake."""
    existing = set(TARGET.rglob("*.py")) if TARGET.exists() else set()
    for path in FACADE.rglob("_sync.py"):
        if TARGET not in path.parents and path.read_text(encoding="utf-8").startswith("# Generated from "):
            existing.add(path)
    return existing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the committed sync code differs")
    args = parser.parse_args(argv)
    expected = expected_files()
    existing = existing_files()
    stale = sorted(str(p.relative_to(ROOT)) for p in existing - set(expected))
    differing = sorted(
        str(p.relative_to(ROOT))
        for p, text in expected.items()
        if not p.exists() or p.read_text(encoding="utf-8") != text
    )
    if args.check:
        if stale or differing:
            print("the sync facade is out of date (run: python scripts/unasync.py):", *differing, *stale, sep="\n  ")
            return 1
        return 0
    for path in existing - set(expected):
        path.unlink()
    for path, text in expected.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(expected)} sync modules (into {TARGET.relative_to(ROOT)} and beside each _async.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
