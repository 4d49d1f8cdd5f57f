"""What a library's user expects beside the code: a licence matching the metadata, a changelog, a contributing guide
whose paths exist, supported Pythons in the classifiers, and the README linking them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_license_file_is_the_declared_mit_licence() -> None:
    assert PYPROJECT["license"] == "MIT"
    assert PYPROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 the exa-websets authors\n")
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text


def test_the_classifiers_name_every_supported_python_and_only_those() -> None:
    assert PYPROJECT["requires-python"] == ">=3.10"
    versions = {c.rsplit(" :: ", 1)[1] for c in PYPROJECT["classifiers"] if re.fullmatch(r".*Python :: 3\.\d+", c)}
    assert versions == {"3.10", "3.11", "3.12", "3.13"}
    assert "Typing :: Typed" in PYPROJECT["classifiers"]  # facade/exa_websets/py.typed ships
    assert (ROOT / "facade" / "exa_websets" / "py.typed").exists()


def test_the_changelog_keeps_an_unreleased_section_first() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in text
    headings = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    assert headings[0] == "Unreleased"
    assert f"## [{PYPROJECT['version']}]" in text  # the current version has its entry


def test_every_repository_path_the_contributing_guide_names_exists() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    # Whole paths only: a template such as `tests/fixtures/golden/operations/<operation-id>.json` does not match.
    named = set(re.findall(r"`((?:facade|tests|openapi|scripts|generated)/[\w./-]+)`", text))
    assert len(named) > 15
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert missing == []
    assert "## Versioning and stability" in text


def test_the_readme_links_the_licence_changelog_and_contributing_guide() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("LICENSE", "CHANGELOG.md", "CONTRIBUTING.md"):
        assert f"]({name})" in readme
        assert (ROOT / name).is_file()
