"""The recorded headings of the vendor reference documents are the documents' headings."""

from __future__ import annotations

from pathlib import Path

from tests.contract.reference_index import DOCUMENTS, load_index, real_reference_dir, rebuild, record


def test_the_recorded_headings_are_those_of_the_reference_documents(tmp_path: Path) -> None:
    real = real_reference_dir()
    # Where the documents exist (the workplace, CI) the record must equal them, bytes' hash included; elsewhere the
    # documents rebuilt from the record must give the record back.
    source = real if real is not None else rebuild(tmp_path)
    recorded, found = load_index(), record(source)

    assert sorted(recorded) == sorted(DOCUMENTS)
    for name in DOCUMENTS:
        assert found[name]["headings"] == recorded[name]["headings"], (
            f"{name} changed: refresh with `python -m tests.contract.reference_index`"
        )
        if real is not None:
            assert found[name]["sha256"] == recorded[name]["sha256"], (
                f"{name} changed: refresh with `python -m tests.contract.reference_index`"
            )
    assert len(recorded["websets-api-reference.md"]["headings"]) > 50


def test_documents_rebuilt_from_the_record_have_exactly_the_recorded_headings(tmp_path: Path) -> None:
    rebuilt = record(rebuild(tmp_path))
    assert {name: entry["headings"] for name, entry in rebuilt.items()} == {
        name: entry["headings"] for name, entry in load_index().items()
    }
