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


@pytest.fixture
def public_corpus() -> Path:
    if not CORPUS_PUBLIC.is_dir():
        pytest.skip(
            f"public PM corpus not found at {CORPUS_PUBLIC} (it lives in ../shared beside the checkout)"
        )
    return CORPUS_PUBLIC


@pytest.fixture
def features_corpus() -> Path:
    if not CORPUS_FEATURES.is_dir():
        pytest.skip(
            f"Excel feature corpus not found at {CORPUS_FEATURES} (it lives in ../shared beside the checkout)"
        )
    return CORPUS_FEATURES


from pg_server import postgresql_url  # noqa: E402, F401  (the store tests' PostgreSQL)
