"""Shared fixtures: the standards, a temp folder, and the shared corpus when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from addin.standards import Standards, default_standards

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS_PUBLIC = SHARED / "corpus" / "public"
CORPUS_FEATURES = SHARED / "corpus" / "excel-features"


@pytest.fixture
def standards() -> Standards:
    return default_standards()


def corpus_folder(folder: Path, what: str) -> Path:
    """``folder`` when it holds workbooks. Absent: a skip naming where it was looked for.
    Present but without a workbook: a failure, since every test over it would pass having
    checked nothing."""
    if not folder.is_dir():
        pytest.skip(f"{what} not found at {folder} (it lives in ../shared beside the checkout)")
    if not any(folder.glob("*.xls*")):
        pytest.fail(
            f"{what} at {folder} holds no workbook (.xls, .xlsx, .xlsm): restore its files, "
            "or remove the empty folder to skip the tests over it"
        )
    return folder


@pytest.fixture
def public_corpus() -> Path:
    return corpus_folder(CORPUS_PUBLIC, "public PM corpus")


@pytest.fixture
def features_corpus() -> Path:
    return corpus_folder(CORPUS_FEATURES, "Excel feature corpus")


from pg_server import postgresql_url  # noqa: E402, F401  (the store tests' PostgreSQL)
