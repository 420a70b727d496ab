"""Red team of round 18 (issue 15): round 17's new mechanisms (registers told by their
fields, plans with rows of several kinds, transposed tables, pivots, bilingual cells, CLDR
months, effort units) set against workbooks that are NOT what they look like, and registers
in the everyday forms of many countries. Each test of a fix failed before it; the others
guard what must stay right. See "Red team of round 18 (round 17's new mechanisms)" in
docs/adopt.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book

from addin.adopt import Adoption


def _registers(adoption: Adoption) -> list[str | None]:
    return [t.register for t in adoption.report.adopted_tables]


def _days(adoption: Adoption) -> dict[tuple[str, date], float]:
    return {
        (item.role or item.person, item.month): item.planned_days  # type: ignore[attr-defined]
        for item in adoption.project.items("resources")
    }


# --- effort with its unit in the cell, written with thousands separators ----------------------


def test_hours_written_with_a_thousands_comma_are_read_whole(tmp_path: Path) -> None:
    # MS Project's Resource Usage view writes a team's work as "1,200h": the comma groups
    # thousands; it was read as 1.2 hours (0.15 days for a month of a team of developers)
    path = book(
        tmp_path / "plan.xlsx",
        "Plan",
        [
            ["Role", "Jan-26", "Feb-26", "Mar-26"],
            ["Developers", "1,200h", "1,040h", "1,320h"],
            ["Testers", "320h", "400h", "480h"],
        ],
    )
    days = _days(adopt(path))
    assert days[("Developers", date(2026, 1, 1))] == 150  # 1,200 hours at 8 a day
    assert days[("Developers", date(2026, 3, 1))] == 165
    assert days[("Testers", date(2026, 2, 1))] == 50


def test_hours_with_a_decimal_comma_stay_decimal(tmp_path: Path) -> None:
    path = book(
        tmp_path / "plan.xlsx",
        "Ressourcen",
        [
            ["Ressource", "Jan 26", "Feb 26", "Mär 26"],
            ["Anna Becker", "2,5d", "10d", "12,5d"],
            ["Jonas Weber", "5d", "7,5d", "1d"],
        ],
    )
    days = _days(adopt(path))
    assert days[("Anna Becker", date(2026, 1, 1))] == 2.5
    assert days[("Jonas Weber", date(2026, 2, 1))] == 7.5
