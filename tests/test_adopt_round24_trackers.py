"""Round 24 of issue 15: trackers of every shape, enumerated (``benchmarks/
adopt_tracker_shapes.py``). Each mechanism tried on small workbooks written for these tests
(none is a benchmark layout), with near-misses that must not fire:

1. **a long finance export whose period has no year**: ``P01`` .. ``P06`` or ``M1`` ..
   ``M6`` (or ``January`` .. ``June``) in a ``Period`` / ``Month`` column, the year written
   once in the title (``FY2026/27``, ``2026``): read with the title's year and financial year
   start; nothing read when no title states a year, nor in a table that names no money;
2. **a plan by week stating a week's FTE** (``1 FTE = 5 days``): each week's FTE is that
   many days; a month's FTE stated for a plan by week (``1 FTE = 20 days``) is still refused.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, only, targets
from adopt_sheets import finance_by_line as _lines

from addin.adopt.resources import stated_conversion

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


# --- 1. a long finance export whose period has no year ---------------------------------------


def test_fiscal_periods_without_a_year_take_the_titles_financial_year(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Depot refit - cost report FY2026/27 (the financial year starts in October)"],
        [None],
        ["Account", "Period", "Plan", "Actual"],
        ["Joinery", "P01", 1200, 1150],
        ["Joinery", "P02", 900, 980],
        ["Joinery", "P03", 400, None],
        ["Electrics", "P01", 2000, 2100],
        ["Electrics", "P02", 1500, 1400],
        ["Electrics", "P03", 700, None],
    ]
    adoption = adopt(book(tmp_path / "fy.xlsx", "Costs", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Period"] == "month"
    lines = _lines(adoption)
    # P01 of a year starting in October 2026 is October 2026; P03 is December 2026
    assert lines[(date(2026, 10, 1), "Joinery")].budget == 1200
    assert lines[(date(2026, 12, 1), "Electrics")].budget == 700
    assert lines[(date(2026, 11, 1), "Electrics")].actual == 1400
    assert any("the year the title states (2026)" in n for n in table.notes)


def test_month_names_without_a_year_take_the_titles_calendar_year(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Community hall roof 2027 - spend by month"],
        [None],
        ["Item", "Month", "Budget", "Spent"],
        ["Scaffolding", "March", 3000, 2800],
        ["Scaffolding", "April", 1000, 1200],
        ["Slates", "March", 5000, 5100],
        ["Slates", "April", 2500, 0],
    ]
    adoption = adopt(book(tmp_path / "hall.xlsx", "Roof", rows))
    lines = _lines(adoption)
    assert lines[(date(2027, 3, 1), "Scaffolding")].budget == 3000
    assert lines[(date(2027, 4, 1), "Slates")].budget == 2500
    assert any("as calendar months" in n for n in only(adoption).notes)


def test_periods_without_a_year_anywhere_are_not_read_by_a_guess(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Depot refit - cost report"],
        [None],
        ["Account", "Period", "Plan", "Actual"],
        ["Joinery", "P01", 1200, 1150],
        ["Joinery", "P02", 900, 980],
        ["Electrics", "P01", 2000, 2100],
        ["Electrics", "P02", 1500, 1400],
    ]
    adoption = adopt(book(tmp_path / "noyear.xlsx", "Costs", rows))
    assert _lines(adoption) == {}  # the year is never guessed
    (table,) = adoption.report.tables  # and the table is listed, not adopted, with its reason
    assert not table.adopted
    assert "amounts without months" in table.reason


def test_a_count_by_month_name_is_no_finance_tracker(tmp_path: Path) -> None:
    # visitors by gallery and month under a title with a year: counts, not money
    rows: list[list[object]] = [
        ["Museum visitors 2026"],
        [None],
        ["Gallery", "Month", "Visitors", "School groups"],
        ["East wing", "January", 1200, 14],
        ["East wing", "February", 1350, 11],
        ["West wing", "January", 800, 6],
        ["West wing", "February", 950, 9],
    ]
    adoption = adopt(book(tmp_path / "visits.xlsx", "Visitors", rows))
    assert _lines(adoption) == {}
    assert all(t.register != "finance" for t in adoption.report.tables)


def test_yearless_periods_running_down_are_not_read_as_a_long_table(tmp_path: Path) -> None:
    # each period on one row, the cost lines across under measure groups: not a long table
    # (read as one, each row would give one line with no cost line and a wrong amount)
    rows: list[list[object]] = [
        ["Lab fit-out FY 2026/27 - financial year starts April"],
        [None],
        [None, "Budget", None, "Actual", None],
        ["Period", "Benches", "Fume hoods", "Benches", "Fume hoods"],
        ["M1", 1000, 4000, 900, 4100],
        ["M2", 1200, 0, 1250, 0],
        ["M3", 800, 2500, 700, 2600],
    ]
    adoption = adopt(book(tmp_path / "down.xlsx", "Fit-out", rows, merged=("B3:C3", "D3:E3")))
    assert all(line.cost_line for line in _lines(adoption).values())


# --- 2. a plan by week stating a week's FTE ---------------------------------------------------


def _weekly_fte_plan(path: Path, statement: str) -> Path:
    mondays = [date(2026, 6, 1), date(2026, 6, 8), date(2026, 6, 15), date(2026, 6, 22)]
    rows: list[list[object]] = [
        [f"Warehouse move - staffing plan (FTE per week; {statement})"],
        [None],
        ["Role", "Name", *mondays],
        ["Site lead", "Bea Novak", 1, 1, 0.5, 0.5],
        ["Packer", "Ravi Shah", 0.5, 0.5, 1, 1],
    ]
    return book(path, "Staffing", rows)


def test_a_weeks_fte_stated_for_a_plan_by_week_is_read_as_its_days(tmp_path: Path) -> None:
    adoption = adopt(_weekly_fte_plan(tmp_path / "w.xlsx", "1 FTE = 5 days"))
    lines = adoption.project.items("resources")
    days = {(x.person, x.month): x.planned_days for x in lines}  # type: ignore[attr-defined]
    # Bea: 1 + 1 + 0.5 + 0.5 FTE-weeks of June at 5 days each
    assert days == {("Bea Novak", date(2026, 6, 1)): 15.0, ("Ravi Shah", date(2026, 6, 1)): 15.0}


def test_a_months_fte_stated_for_a_plan_by_week_is_still_refused(tmp_path: Path) -> None:
    adoption = adopt(_weekly_fte_plan(tmp_path / "m.xlsx", "1 FTE = 20 days"))
    assert adoption.project.items("resources") == []
    (table,) = adoption.report.tables
    assert "FTE by week" in table.reason


def test_the_week_limit_only_widens_plans_by_week() -> None:
    # a plan by month reads a month's FTE as before; a week's statement is a week's only
    assert stated_conversion(["1 FTE = 20 days"], weeks=False) == ("FTE", 20.0, "1 FTE = 20 days")
    assert stated_conversion(["1 FTE = 20 days"], weeks=True) is None
    assert stated_conversion(["1 FTE = 5 days"], weeks=True) == ("FTE", 5.0, "1 FTE = 5 days")
