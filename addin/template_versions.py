"""What each version of the standard project workbook holds (SPEC sections 3 and 15).

The layout (:mod:`addin.layout`) describes the current version. This module says which of
its Project fields and register columns a version introduced, so that the builder can
still make a version 1 workbook (tests, the demo) and the reader does not report a
version 2 field as missing from a version 1 workbook.
"""

from __future__ import annotations

from dataclasses import replace

from addin.layout import PROJECT_FIELDS, REGISTERS, ProjectField, Register
from addin.version import TEMPLATE_VERSION

#: The oldest template version this tool can read and upgrade.
OLDEST_VERSION = 1

#: Project field key -> the template version that introduced it (absent: version 1).
PROJECT_FIELD_SINCE: dict[str, int] = {
    "mandatory": 2,
    "funding_requested": 2,
    "expected_benefits": 2,
}

#: (register key, column key) -> the template version that introduced it.
COLUMN_SINCE: dict[tuple[str, str], int] = {
    ("iterations", "remaining_points"): 2,
}

#: From this version on, the 1-5 scale columns are dropdowns of their levels.
SCALE_DROPDOWNS_SINCE = 2
#: The Iterations burn-up chart came with version 2 (`pmo upgrade` adds it as the template has it).
BURNUP_CHART_SINCE = 2


def field_in_version(key: str, version: int | None) -> bool:
    """True when a Project field belongs to ``version`` (None: unknown, read as the oldest)."""
    return PROJECT_FIELD_SINCE.get(key, 1) <= (version or OLDEST_VERSION)


def column_in_version(register_key: str, column_key: str, version: int | None) -> bool:
    """True when a register column belongs to ``version`` (None: unknown, the oldest)."""
    return COLUMN_SINCE.get((register_key, column_key), 1) <= (version or OLDEST_VERSION)


def project_fields(version: int = TEMPLATE_VERSION) -> tuple[ProjectField, ...]:
    """The Project sheet's fields in ``version``, in form order."""
    return tuple(f for f in PROJECT_FIELDS if field_in_version(f.key, version))


def register_in_version(register: Register, version: int = TEMPLATE_VERSION) -> Register:
    """``register`` with only the columns ``version`` has."""
    columns = tuple(c for c in register.columns if column_in_version(register.key, c.key, version))
    return register if len(columns) == len(register.columns) else replace(register, columns=columns)


def registers(version: int = TEMPLATE_VERSION) -> tuple[Register, ...]:
    """Every register as ``version`` lays it out."""
    return tuple(register_in_version(r, version) for r in REGISTERS)


def scale_dropdowns(version: int = TEMPLATE_VERSION) -> bool:
    """True when ``version``'s 1-5 scale cells are dropdowns (else whole-number checks)."""
    return version >= SCALE_DROPDOWNS_SINCE


def new_in(version: int) -> tuple[list[ProjectField], dict[str, list[str]]]:
    """The Project fields and register columns (by register key) ``version`` added."""
    fields = [f for f in PROJECT_FIELDS if PROJECT_FIELD_SINCE.get(f.key, 1) == version]
    columns: dict[str, list[str]] = {}
    for (register_key, column_key), since in COLUMN_SINCE.items():
        if since == version:
            columns.setdefault(register_key, []).append(column_key)
    return fields, columns


def burnup_chart(version: int = TEMPLATE_VERSION) -> bool:
    """Whether a workbook of ``version`` has the Iterations burn-up chart."""
    return version >= BURNUP_CHART_SINCE
