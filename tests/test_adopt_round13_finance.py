"""Round 13 of issue 15: finance trackers and their layouts, each mechanism tried on shapes
written for these tests (none is a benchmark layout), negative cases included:

1. **cost lines across, months down** (``Month | Travel | Software | Total``): each amount
   is one Finance line of its row's month and its column's line;
2. **running totals** (``Cumulative``, ``to date``, ``YTD`` columns, groups or rows): left
   out beside in-month figures (and checked against them), else turned into in-month
   amounts, the first month's figure read as its own;
3. **earned value**: ``BCWS`` / ``PV`` is the budget, ``ACWP`` / ``AC`` the actual, ``BCWP`` /
   ``EV`` rows are listed (no standard column);
4. **parent lines** holding the subtotal of the lines right under them are not counted;
5. **fiscal calendars** the title states as calendar months or by an SAP variant;
6. **a CapEx or OpEx heading** right above a block gives its lines' CapEx/OpEx;
7. **the currency** a title's sign, a code set apart at its end, or the amounts name.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book
from adopt_sheets import finance_by_line as _lines

from addin.adopt.finance import cumulative_in, measure_in, year_in
from addin.adopt.periods import fiscal_start_in
from addin.standards import default_standards


def _book(
    path: Path,
    rows: list[list[object]],
    sheet: str = "Sheet1",
    top: int = 1,
    merges: tuple[str, ...] = (),
) -> Path:
    """``rows`` on ``sheet`` from row ``top``, the ``merges`` ranges merged."""
    return book(path, sheet, [[] for _ in range(top - 1)] + rows, merged=merges)


# --- 1. cost lines across, months down ------------------------------------------------------


def test_cost_lines_across_months_down_are_one_line_per_month_and_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Monthly expenditure - all cost centres", None, None, None, None, None],
        [None],
        ["Month", "Travel", "Software", "Agency staff", "Total", "Comments"],
        ["Jan 2026", 1200, 300, 8000, 9500, "New starters"],
        ["Feb 2026", 800, 300, 7600, 8700, None],
        ["Mar 2026", 0, 1450.5, 8100, 9550.5, "Licence renewal"],
        ["Apr 2026", 650, 300, None, 950, None],
        ["Total", 2650, 2350.5, 23700, 28700.5, None],
    ]
    adoption = _adopt(_book(tmp_path / "spend.xlsx", rows, sheet="Spend log"))
    lines = _lines(adoption)
    assert len(lines) == 11  # 4 months x 3 lines, April's agency staff empty
    assert lines[(date(2026, 1, 1), "Travel")].actual == 1200
    assert lines[(date(2026, 3, 1), "Software")].actual == 1450.5
    assert lines[(date(2026, 3, 1), "Travel")].actual == 0
    assert (date(2026, 4, 1), "Agency staff") not in lines
    assert all(f.budget is None and f.forecast is None for f in lines.values())
    (table,) = adoption.report.adopted_tables
    targets = {c.column: c.target for c in table.columns}
    assert targets["A"] == "month"
    assert targets["B"] == targets["C"] == targets["D"] == "cost_line"
    assert targets["E"] is None  # the Total column
    assert targets["F"] != "cost_line"  # comments are no line
    assert any(s.row == 8 for s in table.skipped_rows)  # the Total row, listed


def test_lines_across_take_a_measure_from_their_header(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost forecast"],
        ["Period", "Travel forecast", "Software forecast"],
        [datetime(2026, 7, 1), 500, 100],
        [datetime(2026, 8, 1), 550, 100],
        [datetime(2026, 9, 1), 600, 120],
    ]
    lines = _lines(_adopt(_book(tmp_path / "fc.xlsx", rows, sheet="Forecast")))
    assert set(lines) == {(date(2026, m, 1), n) for m in (7, 8, 9) for n in ("Travel", "Software")}
    assert lines[(date(2026, 9, 1), "Software")].forecast == 120


def test_a_trend_of_counts_by_month_is_no_finance_table(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["RAID trend"],
        ["Month", "Open risks", "Open issues", "Closed"],
        [datetime(2026, 1, 1), 12, 4, 3],
        [datetime(2026, 2, 1), 14, 5, 2],
        [datetime(2026, 3, 1), 11, 3, 6],
    ]
    adoption = _adopt(_book(tmp_path / "trend.xlsx", rows, sheet="Trend"))
    assert not adoption.project.finance


def test_effort_by_month_across_is_not_money(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resourcing - days by month"],
        ["Month", "Developers", "Testers", "Analysts"],
        [datetime(2026, 1, 1), 40, 10, 12],
        [datetime(2026, 2, 1), 42, 12, 10],
        [datetime(2026, 3, 1), 38, 20, 8],
    ]
    adoption = _adopt(_book(tmp_path / "days.xlsx", rows, sheet="Resourcing"))
    assert not adoption.project.finance


def test_repeated_months_down_are_long_format_not_lines_across(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget tracker"],
        ["Month", "Cost line", "Budget", "Actual"],
        [datetime(2026, 1, 1), "Travel", 100, 90],
        [datetime(2026, 1, 1), "Software", 200, 210],
        [datetime(2026, 2, 1), "Travel", 100, 80],
        [datetime(2026, 2, 1), "Software", 200, 190],
    ]
    lines = _lines(_adopt(_book(tmp_path / "long.xlsx", rows, sheet="Budget")))
    assert lines[(date(2026, 2, 1), "Software")].actual == 190
    assert len(lines) == 4


# --- 2. running totals -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("Cumulative to date", True),
        ("Cum. actual", True),
        ("YTD Actual", True),
        ("Actual to date", True),
        ("Spend year-to-date", True),
        ("Running total", True),
        ("ITD", True),
        ("In month", False),
        ("Actual", False),
        ("Acme Ltd", False),  # a company, not life-to-date
        ("Target date", False),
    ],
)
def test_words_of_running_totals(text: str, cumulative: bool) -> None:
    assert cumulative_in(text) is cumulative


#: the two group labels merged over their three months each
_GROUPS = ("B2:D2", "E2:G2")


def _two_groups(
    first: str, second: str, lines: dict[str, list[float]], running: bool
) -> list[list[object]]:
    months = ["Jan-26", "Feb-26", "Mar-26"]
    rows: list[list[object]] = [
        ["Project spend 2026"],
        [None, first, None, None, second, None, None],
        ["Cost line", *months, *months],
    ]
    for name, amounts in lines.items():
        totals = [sum(amounts[: k + 1]) for k in range(3)] if running else amounts
        rows.append([name, *amounts, *totals])
    return rows


def test_running_totals_beside_in_month_figures_are_left_out(tmp_path: Path) -> None:
    rows = _two_groups(
        "Actual", "YTD Actual", {"Hosting": [100, 50, 25], "Staff": [10, 0, 5]}, True
    )
    adoption = _adopt(_book(tmp_path / "ytd.xlsx", rows, sheet="Spend", merges=_GROUPS))
    lines = _lines(adoption)
    assert [lines[(date(2026, m, 1), "Hosting")].actual for m in (1, 2, 3)] == [100, 50, 25]
    assert lines[(date(2026, 3, 1), "Staff")].actual == 5
    (table,) = adoption.report.adopted_tables
    assert any("never added" in n for n in table.notes)
    assert not any("not the sum" in n for n in table.notes)


def test_running_totals_that_disagree_with_the_in_month_figures_are_said(tmp_path: Path) -> None:
    rows = _two_groups("Actual", "Cumulative actual", {"Hosting": [100, 50, 25]}, True)
    rows[-1][-1] = 999  # March's running total is wrong
    adoption = _adopt(_book(tmp_path / "bad.xlsx", rows, sheet="Spend", merges=_GROUPS))
    assert _lines(adoption)[(date(2026, 3, 1), "Hosting")].actual == 25
    (table,) = adoption.report.adopted_tables
    assert any("not the sum" in n and "Hosting Mar 2026" in n for n in table.notes)


def test_running_totals_alone_become_in_month_amounts(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cumulative spend by month (EUR)"],
        ["Cost line", "Jan-26", "Feb-26", "Mar-26", "Apr-26"],
        ["Hosting", 100, 150, 150, 400],
        ["Licences", 1000, 1000, 900, 1200],  # a credit in March: negative in-month
    ]
    adoption = _adopt(_book(tmp_path / "cum.xlsx", rows, sheet="Actuals"))
    lines = _lines(adoption)
    assert [lines[(date(2026, m, 1), "Hosting")].actual for m in (1, 2, 3, 4)] == [100, 50, 0, 250]
    assert [lines[(date(2026, m, 1), "Licences")].actual for m in (1, 2, 3, 4)] == [
        1000,
        0,
        -100,
        300,
    ]
    (table,) = adoption.report.adopted_tables
    assert any("turned into in-month amounts" in n and "first month" in n for n in table.notes)


def test_a_cumulative_measure_row_beside_its_in_month_row_is_left_out(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost report 2026"],
        ["Cost line", "Measure", "Jan", "Feb", "Mar"],
        ["Hosting", "Budget", 100, 100, 100],
        ["Hosting", "Actual", 90, 110, 95],
        ["Hosting", "Cumulative actual", 90, 200, 295],
    ]
    lines = _lines(_adopt(_book(tmp_path / "rows.xlsx", rows, sheet="Costs")))
    assert [lines[(date(2026, m, 1), "Hosting")].actual for m in (1, 2, 3)] == [90, 110, 95]
    assert lines[(date(2026, 2, 1), "Hosting")].budget == 100


def test_a_company_named_ltd_is_a_line_like_any_other(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Supplier budget 2026"],
        ["Supplier", "Jan", "Feb", "Mar"],
        ["Acme Ltd", 100, 200, 300],
        ["Brightwater Ltd", 50, 50, 50],
    ]
    lines = _lines(_adopt(_book(tmp_path / "ltd.xlsx", rows, sheet="Budget")))
    assert lines[(date(2026, 3, 1), "Acme Ltd")].budget == 300


# --- 3. earned value ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("BCWS", "budget"),
        ("PV", "budget"),
        ("ACWP", "actual"),
        ("AC", "actual"),
        ("BCWP", "earned"),
        ("EV", "earned"),
        ("Earned value", "earned"),
        ("Cum. EV", "earned"),
        ("EV charging points", None),  # a cost line, not earned value
    ],
)
def test_earned_value_words(text: str, measure: str | None) -> None:
    assert measure_in(text) == measure


def test_earned_value_rows_are_listed_planned_value_is_budget_actual_cost_actual(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Earned value by work package (GBP)"],
        [
            "Work package",
            "Metric",
            datetime(2026, 1, 1),
            datetime(2026, 2, 1),
            datetime(2026, 3, 1),
        ],
        ["WP1 Discovery", "PV", 1000, 2000, 1500],
        ["WP1 Discovery", "EV", 900, 1800, 1600],
        ["WP1 Discovery", "AC", 950, 2100, 1400],
        ["WP2 Delivery", "PV", 3000, 3000, 3000],
        ["WP2 Delivery", "EV", 2500, 2800, 3100],
        ["WP2 Delivery", "AC", 2600, 2900, 3300],
    ]
    adoption = _adopt(_book(tmp_path / "evm.xlsx", rows, sheet="EVM"))
    lines = _lines(adoption)
    assert len(lines) == 6
    first = lines[(date(2026, 2, 1), "WP1 Discovery")]
    assert (first.budget, first.actual) == (2000, 2100)
    (table,) = adoption.report.adopted_tables
    assert {c.column: c.target for c in table.columns}["B"] == "measure"
    assert sorted(s.row for s in table.skipped_rows if "earned value" in s.reason) == [4, 7]


# --- 4. parent lines ----------------------------------------------------------------------------


def test_parent_lines_and_a_grand_parent_are_not_counted(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Forecast 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["All project costs", 600, 700, 900],
        ["People", 400, 500, 600],
        ["Employees", 250, 300, 350],
        ["Contractors", 150, 200, 250],
        ["Other", 200, 200, 300],
        ["Hosting", 120, 120, 200],
        ["Training", 80, 80, 100],
    ]
    adoption = _adopt(_book(tmp_path / "tree.xlsx", rows, sheet="Forecast"))
    lines = _lines(adoption)
    assert {n for _, n in lines} == {"Employees", "Contractors", "Hosting", "Training"}
    assert sum(f.forecast for f in lines.values()) == 600 + 700 + 900
    (table,) = adoption.report.adopted_tables
    assert sorted(s.row for s in table.skipped_rows if "parent line" in s.reason) == [3, 4, 7]


def test_a_line_above_a_line_of_zeros_is_no_parent(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["Hosting", 100, 200, 300],
        ["Spare", 0, 0, 0],
        ["Total", 100, 200, 300],
        ["Travel", 50, 60, 70],
    ]
    lines = _lines(_adopt(_book(tmp_path / "zeros.xlsx", rows, sheet="Budget")))
    assert lines[(date(2026, 2, 1), "Hosting")].budget == 200
    assert lines[(date(2026, 2, 1), "Travel")].budget == 60


def test_lines_that_only_happen_to_differ_stay_lines(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["Hosting", 300, 200, 100],
        ["Travel", 100, 100, 50],
        ["Software", 100, 100, 60],  # Hosting is 300/200/110 short of Travel + Software
    ]
    lines = _lines(_adopt(_book(tmp_path / "flat.xlsx", rows, sheet="Budget")))
    assert {n for _, n in lines} == {"Hosting", "Travel", "Software"}


# --- 5. fiscal calendars --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "start"),
    [
        ("Cost centre report - periods are calendar months", 1),
        ("Period = calendar month", 1),
        ("Controlling area 1000, fiscal year variant K4", 1),
        ("FYV V3 - plan/actual", 4),
        ("Fiscal year variant V6", 7),
        ("variant V9", 10),
        ("Report K4 2026", None),  # a bare K4 is anything
        ("Monthly periods", None),
    ],
)
def test_fiscal_calendars_a_title_states(title: str, start: int | None) -> None:
    assert fiscal_start_in([title]) == start


def test_a_fiscal_year_that_is_the_calendar_year_is_that_year() -> None:
    assert year_in(["Plan/actual, fiscal year 2026 (periods are calendar months)"]) == 2026
    assert year_in(["Plan/actual, fiscal year 2026"]) == 2025  # April start: FY26 ends in 2026


def test_sap_variant_v3_periods_count_from_april(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost element report, FY 2026/27, fiscal year variant V3"],
        ["Cost element", "Per. 001", "Per. 002", "Per. 003"],
        ["Salaries", 100, 110, 120],
        ["Travel", 10, 11, 12],
    ]
    adoption = _adopt(_book(tmp_path / "v3.xlsx", rows, sheet="Costs"))
    lines = _lines(adoption)
    assert lines[(date(2026, 4, 1), "Salaries")].budget == 100
    assert lines[(date(2026, 6, 1), "Travel")].budget == 12
    assert not any("fiscal_year_start" in w for w in adoption.report.warnings)


# --- 6. a CapEx or OpEx heading above a block ---------------------------------------------------


def _stacked(first: str, second: str) -> list[list[object]]:
    return [
        ["Budget 2026"],
        [None],
        [first],
        ["Line", "Jan", "Feb", "Mar"],
        ["Servers", 100, 100, 100],
        ["Fit-out", 50, 50, 50],
        [None],
        [None],
        [second],
        ["Line", "Jan", "Feb", "Mar"],
        ["Hosting", 10, 10, 10],
        ["Support", 20, 20, 20],
    ]


def test_capex_and_opex_headings_above_stacked_blocks(tmp_path: Path) -> None:
    rows = _stacked("Capital expenditure", "Operating costs")
    lines = _lines(_adopt(_book(tmp_path / "blocks.xlsx", rows, sheet="Budget")))
    assert lines[(date(2026, 1, 1), "Servers")].capex_opex == "CapEx"
    assert lines[(date(2026, 3, 1), "Support")].capex_opex == "OpEx"


def test_other_headings_above_blocks_set_no_capex_opex(tmp_path: Path) -> None:
    rows = _stacked("Phase 1 - all figures in EUR", "Phase 2")
    lines = _lines(_adopt(_book(tmp_path / "phases.xlsx", rows, sheet="Budget")))
    assert lines and all(f.capex_opex is None for f in lines.values())


# --- 7. the currency ----------------------------------------------------------------------------


def _currency(tmp_path: Path, title: str, amounts: list[object]) -> str | None:
    rows: list[list[object]] = [
        [title],
        ["Month", "Cost line", "Budget"],
        *[[datetime(2026, 1 + k, 1), "Hosting", a] for k, a in enumerate(amounts)],
    ]
    adoption = _adopt(_book(tmp_path / "cur.xlsx", rows, sheet="Budget"))
    assert adoption.project.finance
    return adoption.project.header.currency


@pytest.mark.parametrize(
    ("title", "currency"),
    [
        ("Budget tracker (€)", "EUR"),
        ("Budget tracker - figures in £'000", "GBP"),
        ("Budget tracker - CHF", "CHF"),
        ("Budget tracker | SGD", "SGD"),
        ("Budget tracker (US$)", "USD"),
        ("Budget tracker ($)", None),  # which dollar?
        ("Budget tracker (¥)", None),  # yen or yuan?
        ("Budget tracker - CAD Replacement", None),  # an acronym, not at the end
        ("Budget tracker (£) - USD", None),  # two currencies
    ],
)
def test_the_currency_a_title_names(tmp_path: Path, title: str, currency: str | None) -> None:
    assert _currency(tmp_path, title, [100, 200, 300]) == currency


@pytest.mark.parametrize(
    ("amounts", "currency"),
    [
        (["£1,200", "GBP 300", "£2.5k"], "GBP"),
        (["€1.200,00", "300 EUR", "€ 50"], "EUR"),
        (["$1,200", "$300", "$2.5k"], None),  # which dollar?
        (["£1,200", "EUR 300", "£2.5k"], None),  # two currencies
        (["£1,200", 300, 2500], None),  # one mark is too few
    ],
)
def test_the_currency_the_amounts_name(
    tmp_path: Path, amounts: list[object], currency: str | None
) -> None:
    assert _currency(tmp_path, "Budget tracker", amounts) == currency


# --- 8. resource plans --------------------------------------------------------------------------


def _plan(title: str, header: list[object], people: list[list[object]]) -> list[list[object]]:
    return [[title], [None], header, *people]


def test_a_resource_plan_in_days_becomes_resources(tmp_path: Path) -> None:
    rows = _plan(
        "Team allocation - person-days",
        ["Job title", "Team member", "Jan 2026", "Feb 2026", "Mar 2026", "Total"],
        [
            ["Tester", "Nora Quinn", 10, 12, None, 22],
            ["Developer", "Dev Patel", 18, 0, 15, 33],
            ["Total", None, 28, 12, 15, 55],
        ],
    )
    adoption = _adopt(_book(tmp_path / "plan.xlsx", rows, sheet="Team"))
    got = {(r.role, r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert got == {
        ("Tester", "Nora Quinn", date(2026, 1, 1)): 10,
        ("Tester", "Nora Quinn", date(2026, 2, 1)): 12,
        ("Developer", "Dev Patel", date(2026, 1, 1)): 18,
        ("Developer", "Dev Patel", date(2026, 3, 1)): 15,
    }  # empty and zero cells plan nothing; the Total row is left out
    assert not adoption.project.finance
    (table,) = adoption.report.adopted_tables
    assert table.register == "resources"
    assert {c.column: c.target for c in table.columns}["A"] == "role"
    assert {c.column: c.target for c in table.columns}["B"] == "person"


def test_weeks_of_a_resource_plan_add_up_into_their_month(tmp_path: Path) -> None:
    weeks = [
        datetime(2026, 1, 5),
        datetime(2026, 1, 12),
        datetime(2026, 1, 26),
        datetime(2026, 2, 2),
    ]
    rows = _plan("Resource plan (days per week)", ["Resource", *weeks], [["Grace Lee", 3, 4, 5, 2]])
    adoption = _adopt(_book(tmp_path / "weeks.xlsx", rows, sheet="Resourcing"))
    got = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert got == {("Grace Lee", date(2026, 1, 1)): 12, ("Grace Lee", date(2026, 2, 1)): 2}
    assert all(r.role is None for r in adoption.project.resources)


def test_a_resource_plan_in_no_unit_said_is_listed_not_guessed(tmp_path: Path) -> None:
    rows = _plan(
        "Resource plan", ["Role", "Apr-26", "May-26", "Jun-26"], [["Developer", 1, 1, 0.5]]
    )
    adoption = _adopt(_book(tmp_path / "fte.xlsx", rows, sheet="Plan"))
    assert not adoption.project.resources and not adoption.project.finance
    why = "nothing says whether the figures are days, FTE or hours"
    assert any(why in t.reason for t in adoption.report.tables)


@pytest.mark.parametrize(
    ("title", "said"),
    [
        # round 15: FTE and hours are read in days by the value readings, stated and warned
        ("Resource plan (FTE)", "the figures are FTE, turned into days by the working days"),
        ("Resource plan - hours", "the figures are hours, turned into days at 8 hours a day"),
    ],
)
def test_a_resource_plan_in_fte_or_hours_is_read_by_the_readings_and_warned(
    tmp_path: Path, title: str, said: str
) -> None:
    rows = _plan(title, ["Role", "Apr-26", "May-26", "Jun-26"], [["Developer", 1, 1, 0.5]])
    adoption = _adopt(_book(tmp_path / "fte.xlsx", rows, sheet="Plan"))
    assert not adoption.project.finance
    assert len(adoption.project.resources) == 3
    assert any(said in n for t in adoption.report.tables for n in t.notes)
    assert any(said in w for w in adoption.report.warnings)
    assert adoption.report.needs_review


def test_a_resource_cost_plan_in_money_is_finance(tmp_path: Path) -> None:
    rows = _plan(
        "Resource cost plan (£)",
        ["Role", "Apr-26", "May-26", "Jun-26"],
        [["Developer", 12000, 12000, 6000], ["Tester", 8000, 8000, 8000]],
    )
    adoption = _adopt(_book(tmp_path / "cost.xlsx", rows, sheet="Costs"))
    assert not adoption.project.resources
    assert len(adoption.project.finance) == 6


def test_an_adopted_resource_plan_is_written_and_read_back(tmp_path: Path) -> None:
    from addin.adopt import adopt_file
    from addin.files.filehost import FileHost
    from addin.reading.project_reader import read_project

    rows = _plan(
        "Resource plan (days)",
        ["Role", "Name", "Apr-26", "May-26", "Jun-26"],
        [["Developer", "Dev Patel", 10, 12, 8], ["Tester", "Nora Quinn", 5, 5, 10]],
    )
    src = _book(tmp_path / "legacy.xlsx", rows, sheet="Resources")
    out = tmp_path / "adopted.xlsx"
    adopt_file(src, out, default_standards())
    with FileHost(out) as host:
        back = read_project(host, default_standards()).project
    got = {(r.role, r.person, r.month): r.planned_days for r in back.resources}
    assert got[("Tester", "Nora Quinn", date(2026, 6, 1))] == 10
    assert len(got) == 6


def test_a_summary_pivot_under_label_value_cells_is_not_read_as_lines_across(
    tmp_path: Path,
) -> None:
    """Label / value cells (``Programme spend YTD | 9,000``) above a pivot of costs by code
    are no title: the pivot repeats cost rows kept elsewhere and is not adopted, nor read as
    running totals."""
    rows: list[list[object]] = [
        ["Programme spend YTD", 9000],
        ["Total budget", 20000],
        [None],
        ["Month", "Code A", "Code B", "Code C"],
        [datetime(2026, 1, 1), 1000, 500, 0],
        [datetime(2026, 2, 1), 2000, 0, 1500],
        [datetime(2026, 3, 1), 3000, 1000, 0],
    ]
    adoption = _adopt(_book(tmp_path / "pivot.xlsx", rows, sheet="R1 Summary"))
    assert not adoption.project.finance


def test_a_saved_mapping_reads_next_months_lines_across_and_resource_plan(tmp_path: Path) -> None:
    from addin.adopt import adopt_file

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Actuals"
    for r, row in enumerate(
        [
            ["Actual spend by month"],
            ["Month", "Travel", "Software"],
            [datetime(2026, 1, 1), 10, 20],
            [datetime(2026, 2, 1), 30, 40],
            [datetime(2026, 3, 1), 50, 60],
        ],
        start=1,
    ):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    plan = wb.create_sheet("Resources")
    for r, row in enumerate(
        [["Resource plan (days)"], ["Role", "Apr-26", "May-26", "Jun-26"], ["Tester", 5, 6, 7]],
        start=1,
    ):
        for c, v in enumerate(row, start=1):
            plan.cell(r, c, v)
    src = tmp_path / "month1.xlsx"
    wb.save(src)
    mapping = tmp_path / "map.json"
    adopt_file(src, tmp_path / "out1.xlsx", default_standards(), save_mapping_path=mapping)
    ws.cell(6, 1, datetime(2026, 4, 1))
    ws.cell(6, 2, 70)
    ws.cell(6, 3, 80)
    wb.save(tmp_path / "month2.xlsx")
    again = adopt_file(
        tmp_path / "month2.xlsx", tmp_path / "out2.xlsx", default_standards(), mapping_path=mapping
    )
    lines = _lines(again)
    assert lines[(date(2026, 4, 1), "Software")].actual == 80
    assert len(lines) == 8
    assert {(r.role, r.month): r.planned_days for r in again.project.resources}[
        ("Tester", date(2026, 6, 1))
    ] == 7


# --- 9. more running totals, earned value and periods ---------------------------------------


def test_a_running_total_column_down_the_months_becomes_in_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost tracker"],
        ["Month", "Cost line", "Budget", "Actual to date"],
        [datetime(2026, 1, 1), "Hosting", 100, 90],
        [datetime(2026, 1, 1), "Staff", 500, 400],
        [datetime(2026, 2, 1), "Hosting", 100, 200],
        [datetime(2026, 2, 1), "Staff", 500, 950],
        [datetime(2026, 3, 1), "Hosting", 100, 260],
        [datetime(2026, 3, 1), "Staff", 500, 1400],
    ]
    adoption = _adopt(_book(tmp_path / "down.xlsx", rows, sheet="Costs"))
    lines = _lines(adoption)
    assert [lines[(date(2026, m, 1), "Staff")].actual for m in (1, 2, 3)] == [400, 550, 450]
    assert [lines[(date(2026, m, 1), "Hosting")].budget for m in (1, 2, 3)] == [100, 100, 100]
    (table,) = adoption.report.adopted_tables
    assert any("'Actual to date' holds running totals" in n for n in table.notes)


def test_an_in_month_actual_column_down_the_months_is_left_as_written(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost tracker"],
        ["Month", "Cost line", "Actual", "Actual to date"],
        [datetime(2026, 1, 1), "Hosting", 90, 90],
        [datetime(2026, 2, 1), "Hosting", 110, 200],
        [datetime(2026, 3, 1), "Hosting", 60, 260],
    ]
    lines = _lines(_adopt(_book(tmp_path / "both.xlsx", rows, sheet="Costs")))
    assert [lines[(date(2026, m, 1), "Hosting")].actual for m in (1, 2, 3)] == [90, 110, 60]


def test_earned_value_columns_down_the_months(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["EVM"],
        ["Month", "Work package", "BCWS", "BCWP", "ACWP"],
        [datetime(2026, 1, 1), "Build", 100, 90, 95],
        [datetime(2026, 2, 1), "Build", 100, 80, 120],
    ]
    adoption = _adopt(_book(tmp_path / "evm_down.xlsx", rows, sheet="EVM"))
    lines = _lines(adoption)
    assert (
        lines[(date(2026, 2, 1), "Build")].budget,
        lines[(date(2026, 2, 1), "Build")].actual,
    ) == (
        100,
        120,
    )
    (table,) = adoption.report.adopted_tables
    bcwp = next(c for c in table.columns if c.column == "D")
    assert bcwp.target is None and "earned value" in bcwp.note


def test_periods_with_their_fiscal_year_across(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost element report - fiscal year = calendar year"],
        ["Cost element", "001.2026", "002.2026", "003.2026"],
        ["Salaries", 100, 110, 120],
        ["Travel", 10, 11, 12],
    ]
    lines = _lines(_adopt(_book(tmp_path / "py.xlsx", rows, sheet="Costs")))
    assert lines[(date(2026, 3, 1), "Salaries")].budget == 120
    assert len(lines) == 6


def test_running_totals_named_in_another_language(tmp_path: Path) -> None:
    months = ["Jan-26", "Feb-26", "Mar-26"]
    rows: list[list[object]] = [
        ["Kostenbericht 2026"],
        [None, "Ist", None, None, "Ist kumuliert", None, None],
        ["Kostenart", *months, *months],
        ["Lizenzen", 10, 20, 30, 10, 30, 60],
    ]
    lines = _lines(_adopt(_book(tmp_path / "de.xlsx", rows, sheet="Kosten", merges=_GROUPS)))
    assert [lines[(date(2026, m, 1), "Lizenzen")].actual for m in (1, 2, 3)] == [10, 20, 30]


def test_a_resource_forecast_in_days_is_resources_and_one_in_no_unit_stays_finance(
    tmp_path: Path,
) -> None:
    header = ["Resource", "Jan-26", "Feb-26", "Mar-26"]
    people = [["Grace Lee", 5, 6, 7], ["Tom Walsh", 8, 8, 8]]
    days = _adopt(_book(tmp_path / "d.xlsx", _plan("Resource forecast (days)", header, people)))
    assert len(days.project.resources) == 6 and not days.project.finance
    money = _adopt(_book(tmp_path / "m.xlsx", _plan("Resource forecast", header, people)))
    assert len(money.project.finance) == 6 and not money.project.resources


def test_a_budget_row_on_plan_is_no_parent_of_its_actual_and_forecast_rows(tmp_path: Path) -> None:
    """A fixed fee kept on plan: Budget = Actual + Forecast in every month, yet each row is
    a measure of the line, not a subtotal."""
    for measure_col in (True, False):
        head = ["Line", "Measure"] if measure_col else ["Line"]
        rows: list[list[object]] = [["Licence costs 2026"], [*head, "Jan", "Feb", "Mar", "Apr"]]
        for measure, amounts in (
            ("Budget", [1000, 1000, 1000, 1000]),
            ("Actual", [1000, 1000, 0, 0]),
            ("Forecast", [0, 0, 1000, 1000]),
        ):
            label = ["Support fee", measure] if measure_col else [measure]
            rows.append([*label, *amounts])
        adoption = _adopt(_book(tmp_path / f"fee{measure_col}.xlsx", rows, sheet="Costs"))
        assert sum(f.budget or 0 for f in adoption.project.finance) == 4000, measure_col
        assert sum(f.actual or 0 for f in adoption.project.finance) == 2000, measure_col
        (table,) = adoption.report.adopted_tables
        assert not any("parent line" in r.reason for r in table.skipped_rows)


def test_up_to_date_is_no_running_total() -> None:
    assert not cumulative_in("Up to date actuals")
    assert not cumulative_in("Up-to-date forecast")
    assert cumulative_in("Spend to date")


def test_lines_across_under_erp_periods_down(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Actual spend - fiscal year variant V3"],
        ["Period", "Travel", "Software"],
        ["001.2026", 10, 20],
        ["002.2026", 30, 40],
        ["003.2026", 50, 60],
        ["013.2026", 1, 1],  # a year-end adjustment period: no month
    ]
    adoption = _adopt(_book(tmp_path / "erp.xlsx", rows, sheet="Actuals"))
    lines = _lines(adoption)
    assert lines[(date(2026, 6, 1), "Software")].actual == 60  # V3: period 3 is June
    assert len(lines) == 6
    (table,) = adoption.report.adopted_tables
    assert any(s.row == 6 and "special period" in s.reason for s in table.skipped_rows)


def test_an_earned_value_trend_by_month_is_no_cost_lines(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Earned value trend"],
        ["Month", "CPI", "SPI", "Cost variance (CV)"],
        [datetime(2026, 1, 1), 0.95, 1.02, -1200],
        [datetime(2026, 2, 1), 0.97, 0.99, -800],
        [datetime(2026, 3, 1), 1.01, 0.98, 300],
    ]
    adoption = _adopt(_book(tmp_path / "trend.xlsx", rows, sheet="EVM"))
    assert not adoption.project.finance


def test_a_line_column_set_to_null_in_the_mapping_file_is_left_out(tmp_path: Path) -> None:
    import json

    from addin.adopt import adopt_file

    rows: list[list[object]] = [
        ["Actual spend by month"],
        ["Month", "Travel", "Software", "Hosting"],
        [datetime(2026, 1, 1), 10, 20, 5],
        [datetime(2026, 2, 1), 30, 40, 5],
        [datetime(2026, 3, 1), 50, 60, 5],
    ]
    src = _book(tmp_path / "spend.xlsx", rows, sheet="Actuals")
    mapping = tmp_path / "map.json"
    adopt_file(src, tmp_path / "out1.xlsx", default_standards(), save_mapping_path=mapping)
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    (table,) = saved["tables"]
    assert table["columns"]["Travel"] == "cost_line"  # the choice is in the file
    table["columns"]["Travel"] = None
    table["columns"]["Hosting"] = None
    mapping.write_text(json.dumps(saved), encoding="utf-8")
    again = adopt_file(src, tmp_path / "out2.xlsx", default_standards(), mapping_path=mapping)
    assert {line for _, line in _lines(again)} == {"Software"}
