"""Microsoft's customUI14 schema, loaded once per test session (it takes ~2 s).

The schema is kept with its licence in tests/data/customui/ (SOURCES.md there), so a bare
clone validates the ribbon XML instead of skipping.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA = Path(__file__).resolve().parent / "data" / "customui" / "customui14.xsd"


@lru_cache(maxsize=1)
def _load() -> Any:
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMA))


def customui14() -> Any:
    """The schema (a missing copy is an error, not a skip)."""
    assert SCHEMA.is_file(), (
        f"the customUI schema is missing at {SCHEMA}; restore tests/data/customui/"
    )
    return _load()
