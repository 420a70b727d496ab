"""Microsoft's customUI14 schema, loaded once per test session (it takes ~2 s)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO.parent / "shared" / "schemas" / "customui" / "customui14.xsd"


@lru_cache(maxsize=1)
def _load() -> Any:
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMA))


def customui14() -> Any:
    """The schema, or a skip naming where it was looked for."""
    if not SCHEMA.is_file():
        pytest.skip(f"customUI schema not found at {SCHEMA} (it lives in ../shared)")
    return _load()
