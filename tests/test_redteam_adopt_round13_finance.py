"""Red team of round 13's finance and resource-plan mechanisms (issue 15): trackers written
for this purpose, each a result a PMO would trust that was wrong before its fix (money
dropped as a subtotal, a month a year early, an in-month figure differenced into a credit,
availability taken as demand), and guards of what must stay right. See "Red team of round
13's finance and resource plans" in docs/adopt.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book
from adopt_sheets import finance_by_line as _lines

from addin.adopt import Adoption


def _book(path: Path, rows: list[list[object]], sheet: str) -> Path:
    return book(path, sheet, rows)


def _notes(adoption: Adoption) -> list[str]:
    return [n for t in adoption.report.adopted_tables for n in t.notes]


def _skipped(adoption: Adoption) -> list[str]:
    return [s.reason for t in adoption.report.adopted_tables for s in t.skipped_rows]


# --- parent lines and total rows: lines a sum happens to fit ---------------------------------


def test_a_parent_read_from_fixed_amounts_says_the_sum_may_be_a_coincidence(
    tmp_path: Path,
) -> None:
    # an evenly phased budget tree and three fixed fees that happen to add up look the
    # same: the tree (the commoner) is read, and the listed row says the sum may be chance
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["Staff", 500, 500, 500],
        ["Employees", 300, 300, 300],
        ["Contractors", 200, 200, 200],
    ]
    adoption = _adopt(_book(tmp_path / "even.xlsx", rows, "Budget"))
    assert {n for _, n in _lines(adoption)} == {"Employees", "Contractors"}
    assert sum(f.budget for f in adoption.project.finance) == 1500
    assert any("parent line" in r and "may be a coincidence" in r for r in _skipped(adoption))


def test_a_parent_over_lines_that_vary_is_still_not_counted(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Forecast 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["People", 500, 500, 500],  # flat, but its children are not: a subtotal
        ["Employees", 300, 250, 350],
        ["Contractors", 200, 250, 150],
    ]
    adoption = _adopt(_book(tmp_path / "tree.xlsx", rows, "Forecast"))
    assert {n for _, n in _lines(adoption)} == {"Employees", "Contractors"}
    assert any("parent line" in r and "coincidence" not in r for r in _skipped(adoption))


def test_a_line_equal_to_the_one_line_above_is_no_total_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["Hosting", 100, 200, 300],
        ["Travel", 100, 200, 300],
    ]
    adoption = _adopt(_book(tmp_path / "same.xlsx", rows, "Budget"))
    lines = _lines(adoption)
    assert lines[(date(2026, 2, 1), "Travel")].budget == 200
    assert sum(f.budget for f in lines.values()) == 1200
    assert not any("total row" in r for r in _skipped(adoption))


def test_a_total_row_under_two_lines_is_still_left_out(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["Hosting", 100, 200, 300],
        ["Travel", 10, 20, 30],
        [None, 110, 220, 330],
    ]
    adoption = _adopt(_book(tmp_path / "total.xlsx", rows, "Budget"))
    assert sum(f.budget for f in adoption.project.finance) == 660
    assert any("total row" in r for r in _skipped(adoption))


def test_two_people_planned_the_same_days_are_both_adopted(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resource plan 2026 (days)"],
        ["Name", "Role", "Jan-26", "Feb-26", "Mar-26"],
        ["Ann Lee", "Developer", 20, 18, 21],
        ["Bob Ray", "Developer", 20, 18, 21],
    ]
    adoption = _adopt(_book(tmp_path / "plan.xlsx", rows, "Resource plan"))
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Bob Ray", date(2026, 2, 1))] == 18
    assert sum(days.values()) == 118


# --- the year of months named without one, under a financial year ---------------------------


def test_months_before_the_financial_years_first_are_in_its_second_year(tmp_path: Path) -> None:
    # FY26 of an April year is Apr 2025 - Mar 2026: its January to March are 2026's
    rows: list[list[object]] = [
        ["Budget FY26 - Q4"],
        ["Line", "Jan", "Feb", "Mar"],
        ["Hosting", 100, 200, 300],
        ["Travel", 10, 20, 30],
    ]
    lines = _lines(_adopt(_book(tmp_path / "q4.xlsx", rows, "Budget")))
    assert sorted({m for m, _ in lines}) == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]


def test_a_financial_year_from_april_still_wraps_at_january(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget FY2025/26"],
        ["Line", "Apr", "May", "Dec", "Jan", "Mar"],
        ["Hosting", 1, 2, 3, 4, 5],
        ["Travel", 1, 1, 1, 1, 1],
    ]
    lines = _lines(_adopt(_book(tmp_path / "fy.xlsx", rows, "Budget")))
    assert sorted({m for m, _ in lines}) == [
        date(2025, 4, 1),
        date(2025, 5, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 3, 1),
    ]


# --- a title saying "to date" over in-month figures -----------------------------------------


def test_costs_to_date_that_go_down_are_in_month_figures(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Actual costs to date"],
        ["Line", "Jan-26", "Feb-26", "Mar-26"],
        ["Hosting", 100, 120, 90],
        ["Travel", 10, 20, 30],
    ]
    adoption = _adopt(_book(tmp_path / "todate.xlsx", rows, "Actuals"))
    lines = _lines(adoption)
    assert [lines[(date(2026, m, 1), "Hosting")].actual for m in (1, 2, 3)] == [100, 120, 90]
    assert [lines[(date(2026, m, 1), "Travel")].actual for m in (1, 2, 3)] == [10, 20, 30]
    assert any("row 3 falls from 120.00" in n for n in _notes(adoption))


def test_a_cumulative_title_over_a_credit_is_still_differenced(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cumulative spend to date"],
        ["Line", "Jan-26", "Feb-26", "Mar-26"],
        ["Licences", 1000, 1000, 900],  # a credit in March
        ["Hosting", 100, 150, 150],
    ]
    lines = _lines(_adopt(_book(tmp_path / "cum.xlsx", rows, "Actuals")))
    assert [lines[(date(2026, m, 1), "Licences")].actual for m in (1, 2, 3)] == [1000, 0, -100]


# --- capacity is no demand --------------------------------------------------------------------


def test_a_table_of_days_available_is_not_adopted_as_days_planned(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Team capacity 2026 (days available)"],
        ["Name", "Role", "Jan-26", "Feb-26", "Mar-26"],
        ["Ann Lee", "Developer", 20, 18, 21],
        ["Bob Ray", "Tester", 15, 18, 21],
    ]
    adoption = _adopt(_book(tmp_path / "capacity.xlsx", rows, "Capacity"))
    assert not adoption.project.resources and not adoption.project.finance
    assert any("availability" in t.reason for t in adoption.report.tables)


def test_a_capacity_plan_of_allocations_is_still_a_resource_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Capacity allocation to the project (days)"],
        ["Name", "Role", "Jan-26", "Feb-26", "Mar-26"],
        ["Ann Lee", "Developer", 10, 8, 12],
    ]
    adoption = _adopt(_book(tmp_path / "alloc.xlsx", rows, "Resourcing"))
    assert sum(r.planned_days for r in adoption.project.resources) == 30


# --- EV: earned value, or electric vehicles ---------------------------------------------------


def test_an_ev_line_among_cost_lines_is_a_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026 - fleet electrification"],
        ["Line", "Jan", "Feb", "Mar"],
        ["EV", 100, 200, 300],
        ["Diesel", 50, 60, 70],
        ["Chargers", 10, 10, 20],
    ]
    adoption = _adopt(_book(tmp_path / "fleet.xlsx", rows, "Budget"))
    lines = _lines(adoption)
    assert [lines[(date(2026, m, 1), "EV")].budget for m in (1, 2, 3)] == [100, 200, 300]
    assert not any("earned value" in r for r in _skipped(adoption))


def test_an_ev_row_beside_pv_and_ac_rows_is_still_earned_value(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Earned value 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["PV", 100, 200, 300],
        ["EV", 90, 180, 260],
        ["AC", 95, 210, 280],
    ]
    adoption = _adopt(_book(tmp_path / "evm.xlsx", rows, "EVM"))
    assert sum(f.budget or 0 for f in adoption.project.finance) == 600
    assert sum(f.actual or 0 for f in adoption.project.finance) == 585
    assert any("earned value" in r for r in _skipped(adoption))


def test_an_actual_row_equal_to_its_budget_row_is_no_total_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost report 2026"],
        ["Cost line", "Measure", "Jan", "Feb", "Mar"],
        ["Hosting", "Budget", 100, 200, 300],
        [None, "Actual", 100, 200, 300],  # spent exactly to budget
        ["Travel", "Budget", 50, 50, 50],
        [None, "Actual", 40, 60, 50],
    ]
    adoption = _adopt(_book(tmp_path / "onbudget.xlsx", rows, "Finance"))
    lines = _lines(adoption)
    assert [lines[(date(2026, m, 1), "Hosting")].actual for m in (1, 2, 3)] == [100, 200, 300]
    assert not any("total row" in r for r in _skipped(adoption))
