"""The test data a bare clone runs on: present, licensed, and never silently empty."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import corpus_folder
from customui_schema import SCHEMA

DATA = Path(__file__).parent / "data"


def test_an_absent_corpus_folder_skips_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(pytest.skip.Exception, match=r"not found at .*absent"):
        corpus_folder(tmp_path / "absent", "public PM corpus")


def test_an_empty_corpus_folder_fails_instead_of_passing_vacuously(tmp_path: Path) -> None:
    (tmp_path / "SOURCES.md").write_text("no workbooks here", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match="holds no workbook"):
        corpus_folder(tmp_path, "public PM corpus")


def test_a_corpus_folder_with_a_workbook_is_used(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_bytes(b"PK")
    assert corpus_folder(tmp_path, "public PM corpus") == tmp_path


def test_every_bundled_corpus_copy_named_in_its_attribution_is_there() -> None:
    """tests/test_excel_no_repair.py runs once per copy: a lost copy must not go unseen."""
    named = re.findall(
        r"^\| `([^`]+\.xlsx)` \|",
        (DATA / "corpus" / "ATTRIBUTION.md").read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    assert len(named) == 5
    assert sorted(p.name for p in (DATA / "corpus").glob("*.xlsx")) == sorted(named)


def test_the_customui_schemas_are_kept_with_their_licence() -> None:
    folder = DATA / "customui"
    assert folder / "customui14.xsd" == SCHEMA and SCHEMA.is_file()
    assert (folder / "customUI.xsd").is_file()
    assert "Permission is hereby granted" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "Copyright (c) Microsoft Corporation" in SCHEMA.read_text(encoding="utf-8")
