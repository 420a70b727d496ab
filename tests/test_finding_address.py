"""``Finding.address``: the cell as a user types it, the sheet quoted when Excel quotes it.

The sheet's quoting is cached by name (round 5d); the same name asked many times, and
names that need quoting, must give what Excel shows."""

from __future__ import annotations

import pytest

from addin.findings import Finding, sheet_reference, sort_findings


def _finding(sheet: str | None, cell: str | None) -> Finding:
    return Finding("R001", "error", "m", file="p.xlsx", sheet=sheet, cell=cell)


@pytest.mark.parametrize(
    ("sheet", "cell", "address"),
    [
        ("Risks", "F12", "Risks!F12"),
        ("Finance_2026", "B3", "Finance_2026!B3"),
        ("Risk Register", "A1", "'Risk Register'!A1"),
        ("Q1", "C4", "'Q1'!C4"),  # reads as a cell
        ("FY2026", "C4", "'FY2026'!C4"),
        ("R1C1", "D5", "'R1C1'!D5"),
        ("O'Brien", "E6", "'O''Brien'!E6"),
        ("2026", "A2", "'2026'!A2"),
        ("Risks", None, "Risks"),
        ("Risk Register", None, "'Risk Register'"),
        (None, "F12", ""),
        ("", "F12", ""),
    ],
)
def test_address(sheet: str | None, cell: str | None, address: str) -> None:
    assert _finding(sheet, cell).address == address
    assert _finding(sheet, cell).address == address  # asked again: from the cache


def test_the_cache_keeps_names_apart() -> None:
    names = [f"Sheet {i}" for i in range(3000)] + ["Risks", "Q1"]
    assert [sheet_reference(n) for n in names] == [f"'Sheet {i}'" for i in range(3000)] + [
        "Risks",
        "'Q1'",
    ]


def test_findings_sort_by_row_then_column_asked_twice() -> None:
    cells = ["B10", "AA1", "B9", None, "Z1", "$C$2", "A10", "not a cell"]
    order = ["None", "not a cell", "Z1", "AA1", "$C$2", "B9", "A10", "B10"]
    for _ in range(2):  # the second time from the cache
        found = sort_findings(_finding("Risks", c) for c in cells)
        assert [str(f.cell) for f in found] == order
