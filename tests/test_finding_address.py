"""``Finding.address``: the cell as a user types it, the sheet quoted when Excel quotes it.

The sheet's quoting is cached by name (round 5d); the same name asked many times, and
names that need quoting, must give what Excel shows."""

from __future__ import annotations

import pytest

from addin.findings import Finding, sheet_reference


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
