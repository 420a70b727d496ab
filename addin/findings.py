"""Findings: what the rules and readers report, collected, never raised one at a time."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Literal

FindingSeverity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
#: sheet names Excel quotes because they read as a cell (Q1, FY2026, R1C1)
_CELL_LIKE = re.compile(r"[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*")
_PLAIN_SHEET = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


@lru_cache(maxsize=1024)
def sheet_reference(sheet: str) -> str:
    """``sheet`` as a reference names it: quoted when Excel would quote it ('Q1 Plan').

    Cached by name: a roll-up's tens of thousands of findings name a few dozen sheets, and
    the two regular expressions cost more than the rest of :attr:`Finding.address`."""
    if not _PLAIN_SHEET.fullmatch(sheet) or _CELL_LIKE.fullmatch(sheet):
        return "'" + sheet.replace("'", "''") + "'"
    return sheet


def cell_address(sheet: str | None, cell: str | None) -> str:
    """``Risks!F12`` (the sheet quoted when its name needs it), the sheet alone, or ''."""
    if not sheet:
        return ""
    reference = sheet_reference(sheet)
    return f"{reference}!{cell}" if cell else reference


@dataclass(frozen=True)
class Finding:
    """One thing wrong (or worth knowing) about a workbook, pointing at a cell.

    The JSON shape of ``pmo check --json`` is these fields (docs/check.md).
    """

    code: str
    severity: FindingSeverity
    message: str
    file: str = ""
    sheet: str | None = None
    cell: str | None = None  # "F12" (the sheet is in ``sheet``); None for a whole sheet/file
    register: str | None = None  # "risks", "finance", "project", "workbook"
    item_id: str | None = None
    value: Any = None

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data (dates in ``value`` become ISO text)."""
        data = asdict(self)
        if hasattr(self.value, "isoformat"):
            data["value"] = self.value.isoformat()
        data["address"] = self.address
        return data

    @property
    def address(self) -> str:
        """``Risks!F12`` (quoted when the sheet name needs it), the sheet, or ''."""
        return cell_address(self.sheet, self.cell)


_new_object = object.__new__
_set_attribute = object.__setattr__


def new_finding(
    code: str,
    severity: FindingSeverity,
    message: str,
    file: str,
    sheet: str | None,
    cell: str | None,
    register: str | None,
    item_id: str | None,
    value: Any,
) -> Finding:
    """``Finding(...)`` with every field given, made as ``copy``/``pickle`` make one: the
    field dict set at once instead of the frozen dataclass's ``__init__`` setting each of
    the nine fields through ``object.__setattr__``. The same object (fields in the same
    order, equal, the same hash and pickle: ``tests/test_findings_new.py``) in about a
    third of the time; a worker makes some 90 findings a workbook."""
    finding: Finding = _new_object(Finding)
    _set_attribute(
        finding,
        "__dict__",
        {
            "code": code,
            "severity": severity,
            "message": message,
            "file": file,
            "sheet": sheet,
            "cell": cell,
            "register": register,
            "item_id": item_id,
            "value": value,
        },
    )
    return finding


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """A stable order: file, sheet, row, column, code."""

    def key(f: Finding) -> tuple[Any, ...]:
        row, col = _cell_key(f.cell)
        return (f.file, f.sheet or "", row, col, SEVERITY_ORDER[f.severity], f.code, f.message)

    return sorted(findings, key=key)


@lru_cache(maxsize=4096)
def _cell_key(cell: str | None) -> tuple[int, int]:
    """(row, column) of ``F12`` for sorting; cached: a portfolio's findings repeat the
    template's cells."""
    if not cell:
        return (0, 0)
    match = re.match(r"\$?([A-Z]+)\$?(\d+)", cell)
    if not match:
        return (0, 0)
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return (int(match.group(2)), col)


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counts: Counter[str] = Counter(f.severity for f in findings)
    return {s: counts.get(s, 0) for s in SEVERITY_ORDER}
