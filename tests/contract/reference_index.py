"""The headings of the vendor reference documents, recorded for machines that do not have the documents.

The golden fixtures name the reference section they were written from; a test checks that the section exists. The
documents are the vendor's (in the workplace: ``<EXA_WEBSETS_SPEC_MIRROR>/../reference``) and are not committed, so
their headings (the heading lines, nothing else) are recorded in ``tests/fixtures/reference_headings.json``. Where the
documents exist, a test checks the record against them; elsewhere the check reads documents rebuilt from the record.
Refresh it with ``python -m tests.contract.reference_index [REFERENCE_DIR]``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from tests.contract.golden import markdown_headings
from tests.spec_sources import spec_mirror

INDEX = Path(__file__).resolve().parents[1] / "fixtures" / "reference_headings.json"
DOCUMENTS = ("websets-api-reference.md",)


def real_reference_dir() -> Path | None:
    """The vendor documents next to the spec mirror, when this machine has them."""
    mirror = spec_mirror()
    directory = mirror.parent / "reference" if mirror else None
    return directory if directory and all((directory / name).is_file() for name in DOCUMENTS) else None


def record(reference_dir: Path) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for name in DOCUMENTS:
        data = (reference_dir / name).read_bytes()
        headings = markdown_headings(data.decode("utf-8"))
        lines = [f"{'#' * level} {title}" for level, title in headings]
        index[name] = {"sha256": hashlib.sha256(data).hexdigest(), "headings": lines}
    return index


def load_index() -> dict[str, Any]:
    index: dict[str, Any] = json.loads(INDEX.read_text(encoding="utf-8"))
    return index


def rebuild(directory: Path) -> Path:
    """Documents holding only the recorded headings, under the documents' names."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, entry in load_index().items():
        (directory / name).write_text("\n".join(entry["headings"]) + "\n", encoding="utf-8")
    return directory


def main(argv: list[str]) -> int:
    reference_dir = Path(argv[0]) if argv else real_reference_dir()
    if reference_dir is None:
        print("no reference documents found: pass their directory", file=sys.stderr)
        return 1
    INDEX.write_text(json.dumps(record(reference_dir), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"recorded the headings of {', '.join(DOCUMENTS)} in {INDEX}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
