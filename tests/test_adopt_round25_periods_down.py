"""Round 25 of issue 15: a finance tracker with its periods DOWN (one row per period, the
cost lines across) is read as the same tracker turned across (:mod:`addin.adopt.
periods_down`), so every period label, measure layout, line structure and amount form the
across reader knows is read down too. Each test is a small workbook written for it (none
is a benchmark layout); the near-misses (a price list by month, a timesheet, counts by
month, a holiday calendar) must stay what they were: not finance.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, books, only, targets
from adopt_sheets import finance_by_line as _lines

# --- measures in pairs under each line, `Mon yyyy` labels --------------------------------


def test_pairs_under_each_line_with_months_down(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Trade show programme - spend 2027"],
        [None],
        [None, "Stand hire", None, "Printing", None],
        ["Month", "Plan", "Spent", "Plan", "Spent"],
        ["Mar 2027", 4000, 3900, 600, 640],
        ["Apr 2027", 2500, 2600, 300, 0],
        ["May 2027", 1000, None, 900, None],
    ]
    path = book(tmp_path / "pairs.xlsx", "Spend", rows, ("B3:C3", "D3:E3"))
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Month"] == "month"
    lines = _lines(adoption)
    assert lines[(date(2027, 3, 1), "Stand hire")].budget == 4000
    assert lines[(date(2027, 3, 1), "Stand hire")].actual == 3900
    assert lines[(date(2027, 4, 1), "Printing")].actual == 0
    assert lines[(date(2027, 5, 1), "Printing")].budget == 900
    assert any("periods down" in n for n in table.notes)


# --- a Measure column, fiscal periods with the year in the title, text amounts -----------


def test_measure_column_and_fiscal_periods_down(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Library fit-out FY2026/27 (financial year starts in April)"],
        [None],
        ["Period", "Measure", "Shelving", "IT kit", "Total"],
        ["P01", "Budget", "$1,000.00", "$500.00", "$1,500.00"],
        ["P01", "Actual", "$950.00", "$650.00", "$1,600.00"],
        ["P02", "Budget", "$2,000.00", "$250.00", "$2,250.00"],
        ["P02", "Actual", "$2,100.00", "$200.00", "$2,300.00"],
        ["P03", "Budget", "$300.00", "$100.00", "$400.00"],
        ["P03", "Actual", "$0.00", "$90.00", "$90.00"],
    ]
    adoption = adopt(book(tmp_path / "fy.xlsx", "Fit-out", rows))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Period"] == "month" and got["Measure"] == "measure"
    # the Total column is no cost line: listed with its reason
    assert got["Total"] is None
    lines = _lines(adoption)
    assert set(lines) == {(date(2026, m, 1), x) for m in (4, 5, 6) for x in ("Shelving", "IT kit")}
    assert lines[(date(2026, 4, 1), "Shelving")].actual == 950
    assert lines[(date(2026, 6, 1), "IT kit")].budget == 100


# --- measure blocks under heading rows, quarters, the unit in the title ------------------


def test_measure_blocks_of_quarters_down_in_thousands(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Bridge repair - budget and forecast 2026 (£k)"],
        [None],
        ["Quarter", "Steel", "Labour"],
        ["Budget", None, None],
        ["Q1 2026", 30, 12],
        ["Q2 2026", 15, 9],
        ["Forecast", None, None],
        ["Q1 2026", 33, 12],
        ["Q2 2026", 18, 6],
    ]
    adoption = adopt(book(tmp_path / "bridge.xlsx", "Budget", rows))
    table = only(adoption)
    assert table.register == "finance"
    lines = _lines(adoption)
    # a quarter's amount spread over its three months (the default reading), in thousands
    assert lines[(date(2026, 1, 1), "Steel")].budget == 10_000
    assert lines[(date(2026, 6, 1), "Labour")].forecast == 2_000
    assert lines[(date(2026, 2, 1), "Steel")].forecast == 11_000


# --- codes in the lines' headers ---------------------------------------------------------


def test_a_code_before_each_lines_name_is_no_part_of_the_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Warehouse project cost tracker 2026"],
        [None],
        ["Month", "Figure", "4410 Racking", "4420 Forklifts"],
        ["2026-09", "Budget", 800, 1200],
        ["2026-09", "Actual", 790, 1300],
        ["2026-10", "Budget", 600, 0],
        ["2026-10", "Actual", 610, 0],
        ["2026-11", "Budget", 400, 500],
    ]
    adoption = adopt(book(tmp_path / "codes.xlsx", "Costs", rows))
    lines = _lines(adoption)
    assert lines[(date(2026, 9, 1), "Racking")].actual == 790
    assert lines[(date(2026, 11, 1), "Forklifts")].budget == 500
    assert targets(only(adoption))["Figure"] == "measure"


# --- near-misses: no money tracker turned ------------------------------------------------


def _no_finance(path: Path) -> None:
    adoption = adopt(path)
    assert adoption.project.finance == []
    assert all(t.register != "finance" for t in adoption.report.tables)


def test_a_price_list_by_month_is_not_a_tracker(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Catalogue unit prices 2026"],
        [None],
        ["Month", "Widget", "Gadget", "Sprocket"],
        ["Jan 2026", 4.5, 12.0, 0.8],
        ["Feb 2026", 4.6, 12.0, 0.8],
        ["Mar 2026", 4.6, 12.5, 0.85],
    ]
    _no_finance(book(tmp_path / "prices.xlsx", "Prices", rows))


def test_a_timesheet_is_not_a_tracker(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Timesheet - A. Okafor - March 2026"],
        [None],
        ["Date", "Project Alpha", "Project Beta", "Admin"],
        [date(2026, 3, 2), 5, 2, 1],
        [date(2026, 3, 3), 4, 3, 1],
        [date(2026, 3, 4), 6, 1, 1],
    ]
    _no_finance(book(tmp_path / "timesheet.xlsx", "Hours", rows))


def test_counts_by_month_are_not_a_tracker(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Service desk tickets 2026"],
        [None],
        ["Month", "Opened", "Closed", "Escalated"],
        ["Jan 2026", 140, 132, 9],
        ["Feb 2026", 151, 149, 4],
        ["Mar 2026", 120, 126, 7],
    ]
    _no_finance(book(tmp_path / "tickets.xlsx", "Tickets", rows))


def test_a_holiday_calendar_is_not_a_tracker(tmp_path: Path) -> None:
    sheets: dict[str, list[list[object]]] = {
        "Holidays": [
            ["Office holiday calendar 2026"],
            [None],
            ["Month", "Public holidays", "Office closed days"],
            ["April 2026", 2, 1],
            ["May 2026", 2, 0],
            ["December 2026", 2, 3],
        ]
    }
    _no_finance(books(tmp_path / "holidays.xlsx", sheets))


# --- a resource plan written long, read as the plan written wide ------------------------


def test_a_long_plan_by_week_number_with_the_unit_in_the_title(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Data migration staffing 2026 (hours; 8 hours = 1 day)"],
        [None],
        ["Analyst", "Week", "Booked"],
        ["Priya Raman", "Wk 10", 16],
        ["Priya Raman", "Wk 11", 24],
        ["Tomas Berg", "Wk 10", 8],
        ["Tomas Berg", "Wk 12", 40],
    ]
    adoption = adopt(book(tmp_path / "long.xlsx", "Staffing", rows))
    table = only(adoption)
    assert table.register == "resources"
    got = targets(table)
    assert got["Week"] == "month" and got["Booked"] == "planned_days"
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    # week 10 of 2026 starts on Monday 2 March; week 12 on 16 March: March's days
    assert days[("Priya Raman", date(2026, 3, 1))] == 5  # (16 + 24) / 8
    assert days[("Tomas Berg", date(2026, 3, 1))] == 6  # (8 + 40) / 8


def test_a_long_timesheet_of_hours_worked_is_no_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Support team 2026"],
        [None],
        ["Engineer", "Week", "Hours worked"],
        ["Priya Raman", "Wk 10", 38],
        ["Priya Raman", "Wk 11", 40],
        ["Tomas Berg", "Wk 10", 35],
        ["Tomas Berg", "Wk 11", 37],
    ]
    adoption = adopt(book(tmp_path / "worked.xlsx", "Hours", rows))
    assert adoption.project.resources == []


def test_long_counts_by_month_are_no_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Museum visitors 2026"],
        [None],
        ["Gallery", "Month", "Visitors"],
        ["North wing", "Jan 2026", 1200],
        ["North wing", "Feb 2026", 1350],
        ["South wing", "Jan 2026", 800],
        ["South wing", "Feb 2026", 760],
    ]
    adoption = adopt(book(tmp_path / "visitors.xlsx", "Visitors", rows))
    assert adoption.project.resources == [] and adoption.project.finance == []


def test_a_long_plans_weeks_are_read_in_calendar_order(tmp_path: Path) -> None:
    # Ana's weeks all fall after Ben's, and Cara has one of each: the wide plan's columns
    # are in calendar order, so Cara's months come in the calendar's order
    rows: list[list[object]] = [
        ["Lab move resourcing 2026 (days)"],
        [None],
        ["Person", "Week commencing", "Days"],
        ["Ben Ortiz", date(2026, 4, 6), 2],
        ["Ben Ortiz", date(2026, 5, 4), 1],
        ["Ana Silva", date(2026, 6, 1), 3],
        ["Ana Silva", date(2026, 7, 6), 4],
        ["Cara Mendes", date(2026, 4, 6), 5],
        ["Cara Mendes", date(2026, 6, 1), 1],
    ]
    adoption = adopt(book(tmp_path / "order.xlsx", "Plan", rows))
    got = [(r.person, r.month) for r in adoption.project.resources if r.person == "Cara Mendes"]
    assert got == [("Cara Mendes", date(2026, 4, 1)), ("Cara Mendes", date(2026, 6, 1))]
