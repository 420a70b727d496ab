"""Red team of round 32's code (task rt33): wrong results a PMO would trust.

Each test builds a small realistic workbook where one of round 32's rules (a total beside
its parts, a PO log's invoiced to date, a valuation's bare period end, ...) fired wrongly,
and asserts the reading a finance partner or a PMO analyst takes of it. Each rule's own
cases keep passing in ``tests/test_adopt_round32_*.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.standards import default_standards
from tests.adopt_sheets import (
    adopt,
    adopt_each_and_consolidate,
    book,
    finance_by_line,
    only,
    rolled_up,
    targets,
)

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


# --- 1. a total beside its net amount and the tax ---------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        ["Actual (net)", "VAT", "Total actual"],
        ["Actual", "GST", "Total cost"],
        ["Invoiced", "Sales tax", "Total spend"],
    ],
    ids=["vat", "gst", "sales-tax"],
)
def test_a_total_of_the_net_amount_and_its_tax_is_no_actual(
    tmp_path: Path, head: list[str]
) -> None:
    # before: round 32's total beside its parts read `Total actual` (= net + VAT on every
    # row) as the actual, so each month's spend took in the tax, where round 31 reads an
    # amount with the tax less surely than the one without it (a PMO's actual is net)
    rows: list[list[object]] = [
        ["Cost report"],
        [],
        ["Month", "Cost line", *head],
        [JAN, "Design", 100, 20, 120],
        [JAN, "Build", 200, 40, 240],
        [FEB, "Design", 50, 10, 60],
    ]
    adoption = adopt(book(tmp_path / "vat.xlsx", "Costs", rows))
    got = targets(only(adoption))
    assert got[head[2]] != "actual"
    lines = finance_by_line(adoption)
    assert lines[(JAN, "Design")].actual == 100.0
    assert lines[(FEB, "Design")].actual == 50.0


def test_rule_still_holds_invoiced_accrued_total_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Accruals tracker"],
        [],
        ["Month", "Cost line", "Invoiced", "Accrued", "Total actual"],
        [JAN, "Design", 100, 20, 120],
        [JAN, "Build", 200, 40, 240],
        [FEB, "Design", 50, 0, 50],
    ]
    lines = finance_by_line(adopt(book(tmp_path / "acc.xlsx", "Costs", rows)))
    assert lines[(JAN, "Design")].actual == 120.0


# --- 2. a PO log whose orders were all raised in one month ------------------------------


@pytest.mark.parametrize(
    ("dated", "running"),
    [
        ("Date raised", "Invoiced to date"),
        ("PO date", "Cumulative invoiced"),
        ("Order date", "Actual to date"),
    ],
    ids=["raised", "po-date", "order-date"],
)
def test_a_po_logs_running_total_is_no_months_spend_when_every_po_is_of_one_month(
    tmp_path: Path, dated: str, running: str
) -> None:
    # before: round 32's last hour left a PO log's `Invoiced to date` out only when its
    # orders stood in more than one month; a log of orders all raised in January (a
    # project's first orders, placed together) booked every order's invoices so far, to
    # whatever date, as January's actual. The header says the date is the order's own.
    rows: list[list[object]] = [
        ["Purchase order log"],
        [],
        ["PO number", "Supplier", "Description", dated, "Budget", running],
        ["PO-1", "Acme Steel", "Steel", date(2026, 1, 10), 10000, 8000],
        ["PO-2", "Bolt Electrical", "Cabling", date(2026, 1, 20), 5000, 4000],
        ["PO-3", "Crane Co", "Crane hire", date(2026, 1, 25), 3000, 3000],
    ]
    adoption = adopt(book(tmp_path / "po.xlsx", "POs", rows))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        (JAN, "Steel"): (10000.0, None),
        (JAN, "Cabling"): (5000.0, None),
        (JAN, "Crane hire"): (3000.0, None),
    }
    assert any("dated by each row's own date" in n for n in only(adoption).notes)


# --- 3. a quarterly valuation's period end ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Quarterly Valuation No. 1", ["Period ending", date(2026, 3, 31)]),
        ("Interim Valuation - Q1 2026", ["Period ending 31 March 2026"]),
        ("Quarterly payment application", ["Valuation period ending 31 March 2026"]),
    ],
    ids=["quarterly-field", "q1-line", "quarterly-valuation-period"],
)
def test_a_quarterly_valuations_period_end_gives_no_month(
    tmp_path: Path, title: str, period: list[object]
) -> None:
    # before: a valuation's bare `Period ending 31/03/2026` was read as the billing
    # period's end, so the quarter's certified work (January to March) was adopted as
    # March's actual: a document saying it is quarterly closes a quarter, not a month
    rows: list[list[object]] = [
        [title],
        period,
        [],
        ["Item", "Description", "Contract sum", "Previous", "This valuation", "Cumulative"],
        ["1", "Site setup", 10000, 0, 6000, 6000],
        ["2", "Groundworks", 50000, 0, 25000, 25000],
    ]
    adoption = adopt(book(tmp_path / "qv.xlsx", "Valuation", rows))
    assert not any(f.month == MAR for f in adoption.project.finance)


def test_rule_still_holds_a_monthly_valuations_period_end(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Interim Valuation No. 3"],
        ["Period ending", date(2026, 3, 31)],
        [],
        ["Item", "Description", "Contract sum", "Previous", "This valuation", "Cumulative"],
        ["1", "Site setup", 10000, 4000, 2000, 6000],
        ["2", "Groundworks", 50000, 10000, 15000, 25000],
    ]
    lines = finance_by_line(adopt(book(tmp_path / "mv.xlsx", "Valuation", rows)))
    assert lines[(MAR, "Groundworks")].actual == 15000.0


# --- 4. a column under a month naming what is NOT spent ---------------------------------


@pytest.mark.parametrize(
    "sub",
    [["Budget", "Actual", "Committed"], ["Bud", "Act", "Commit"], ["Budget", "Actual", "Open POs"]],
    ids=["committed", "abbreviated", "open-pos"],
)
def test_commitments_under_a_month_are_not_added_to_its_actual(
    tmp_path: Path, sub: list[str]
) -> None:
    # before: `Jan-26` merged over `Budget | Actual | Committed`: round 18's label carried
    # over a run took `Committed` (no measure word) as one more period under `Actual`, so
    # each month's actual silently took in the orders raised (Design's January 90 + 20)
    rows: list[list[object]] = [
        ["Cost tracker 2026"],
        [],
        [None, "Jan-26", None, None, "Feb-26", None, None],
        ["Cost line", *sub, *sub],
        ["Design", 100, 90, 20, 110, 95, 10],
        ["Build", 200, 210, 50, 220, 190, 30],
    ]
    path = book(tmp_path / "cm.xlsx", "Tracker", rows, ("B3:D3", "E3:G3"))
    lines = finance_by_line(adopt(path))
    assert (lines[(JAN, "Design")].budget, lines[(JAN, "Design")].actual) == (100.0, 90.0)
    assert (lines[(FEB, "Build")].budget, lines[(FEB, "Build")].actual) == (220.0, 190.0)


# --- 5. last year's budget beside this year's actual ------------------------------------


@pytest.mark.parametrize(
    "head", ["Budget (prior year)", "Budget - previous year", "Actual (last FY)"]
)
def test_a_prior_years_figure_is_no_measure_of_the_month(tmp_path: Path, head: str) -> None:
    # before: `Budget (prior year)` read as the budget (a bracket is a hint), so last
    # year's figures were adopted as this year's months' budget
    rows: list[list[object]] = [
        ["Cost report"],
        [],
        ["Month", "Cost line", "Actual" if "Budget" in head else "Budget", head],
        [JAN, "Design", 90, 80],
        [JAN, "Build", 210, 150],
        [FEB, "Design", 50, 80],
    ]
    adoption = adopt(book(tmp_path / "py.xlsx", "Costs", rows))
    assert targets(only(adoption))[head] is None
    design = finance_by_line(adoption)[(JAN, "Design")]
    assert 80.0 not in (design.budget, design.actual)


# --- 6. a running total beside a line's glued measures, over text months down -----------


@pytest.mark.parametrize(
    "running",
    ["Feed_Actual_YTD", "Feed_Cumulative", "Cumulative spend"],
    ids=["actual-ytd", "cumulative", "cumulative-spend"],
)
def test_a_running_total_over_text_months_down_is_no_cost_line(
    tmp_path: Path, running: str
) -> None:
    # before: a months-down tracker over text months (`July 2025`, no month header) read
    # `Feed_Actual_YTD` as one more cost line whose figures were each month's actual, so
    # the spend was counted twice (the line's running total added to its own spend)
    rows: list[list[object]] = [
        ["Monthly cost tracker"],
        [],
        [None, "Feed_Budget", "Feed_Actual", running],
        ["July 2025", 100, 90, 90],
        ["August 2025", 100, 110, 200],
        ["September 2025", 100, None, None],
    ]
    adoption = adopt(book(tmp_path / "ytd.xlsx", "Tracker", rows))
    assert targets(only(adoption))[running] is None
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        (date(2025, 7, 1), "Feed"): (100.0, 90.0),
        (date(2025, 8, 1), "Feed"): (100.0, 110.0),
        (date(2025, 9, 1), "Feed"): (100.0, None),
    }


# --- 7. `This period` in a budget's or a forecast's report ------------------------------


@pytest.mark.parametrize(
    ("title", "sheet", "measure"),
    [
        ("Budget phasing report", "Report", "budget"),
        ("Forecast report", "Report", "forecast"),
        ("Monthly phasing", "Budget", "budget"),
    ],
    ids=["budget-title", "forecast-title", "budget-sheet"],
)
def test_this_period_in_a_budget_or_forecast_report_is_no_spend(
    tmp_path: Path, title: str, sheet: str, measure: str
) -> None:
    # before: round 32 reads a bare `This period` as the period's actual (a valuation's
    # column); in a budget phasing report it is the period's budget, and each line's
    # phased budget was adopted as March's spend
    rows: list[list[object]] = [
        [title],
        ["Period: March 2026"],
        [],
        ["Cost line", "This period", "Year to date"],
        ["Design", 1000, 3000],
        ["Build", 2000, 6000],
    ]
    adoption = adopt(book(tmp_path / "tp.xlsx", sheet, rows))
    assert targets(only(adoption))["This period"] == measure
    design = finance_by_line(adoption)[(MAR, "Design")]
    assert design.actual is None
    assert getattr(design, measure) == 1000.0


def test_rule_still_holds_this_period_in_a_cost_report_is_the_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost report"],
        ["Period: March 2026"],
        [],
        ["Cost line", "Budget", "This period", "Year to date"],
        ["Design", 1200, 1000, 3000],
        ["Build", 2200, 2000, 6000],
    ]
    design = finance_by_line(adopt(book(tmp_path / "cr.xlsx", "Report", rows)))[(MAR, "Design")]
    assert (design.budget, design.actual) == (1200.0, 1000.0)


# --- 8. a resource plan's planned and actual rows ---------------------------------------


@pytest.mark.parametrize(
    ("planned", "actual"), [("P", "A"), ("Plan", "Actual"), ("Planned", "Actual")]
)
def test_a_resource_plans_actual_rows_are_not_added_to_the_plan(
    tmp_path: Path, planned: str, actual: str
) -> None:
    # before: a plan keeping each person's planned and actual hours on rows of their own
    # (a `Type` column of `P` / `A`) added both into the planned days: Ann's January
    # (100 + 90) / 8 = 23.75 days planned where she was planned 12.5
    rows: list[list[object]] = [
        ["Resource plan (hours)"],
        [],
        ["Name", "Role", "Type", "Jan-26", "Feb-26", "Mar-26"],
        ["Ann", "PM", planned, 100, 100, 100],
        ["Ann", "PM", actual, 90, 110, None],
        ["Bob", "Dev", planned, 160, 160, 160],
        ["Bob", "Dev", actual, 150, 170, None],
    ]
    adoption = adopt(book(tmp_path / "rp.xlsx", "Resources", rows))
    got = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert got[("Ann", JAN)] == 12.5
    assert got[("Bob", FEB)] == 20.0


def test_near_miss_a_grade_given_once_per_person_is_no_measure(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resource plan (days)"],
        [],
        ["Name", "Role", "Grade", "Jan-26", "Feb-26", "Mar-26"],
        ["Ann", "PM", "A", 10, 10, 10],
        ["Bob", "Dev", "B", 20, 20, 20],
        ["Cy", "QA", "A", 5, 5, 5],
    ]
    adoption = adopt(book(tmp_path / "gr.xlsx", "Resources", rows))
    got = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert (got[("Ann", JAN)], got[("Bob", JAN)], got[("Cy", FEB)]) == (10.0, 20.0, 5.0)


# --- 9. a line with its own hyphen beside its measure, over periods down ----------------


@pytest.mark.parametrize(
    ("month_head", "months", "sep"),
    [
        ("Month", [JAN, FEB], " - "),
        (None, ["January 2026", "February 2026"], "_"),
        ("Month", [JAN, FEB], " | "),
    ],
    ids=["dash-dated", "glued-text-months", "bar-dated"],
)
def test_a_hyphenated_line_and_its_measure_are_one_line(
    tmp_path: Path, month_head: str | None, months: list[object], sep: str
) -> None:
    # before: `Pre-construction - Budget` / `Pre-construction - Actual` over periods down
    # (round 32 reads `Feed - Budget` as the line Feed's budget) named no pair, the line's
    # own hyphen in the way: two lines were adopted, `Pre-construction - Budget` holding the
    # budget and `Pre-construction - Actual` the actual, neither compared with the other
    lines = ["Pre-construction", "Sub-contract"]
    head = [f"{line}{sep}{m}" for line in lines for m in ("Budget", "Actual")]
    rows: list[list[object]] = [["Cost tracker 2026"], [], [month_head, *head]]
    rows += [[months[0], 100, 90, 200, 210], [months[1], 110, 95, 220, 190]]
    adoption = adopt(book(tmp_path / "hy.xlsx", "Tracker", rows))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert got[(JAN, "Pre-construction")] == (100.0, 90.0)
    assert got[(FEB, "Sub-contract")] == (220.0, 190.0)
    assert len(got) == 4


# --- followed through `pmo check` and `pmo consolidate` ----------------------------------


def test_the_net_spend_without_commitments_or_running_totals_rolls_up(tmp_path: Path) -> None:
    # three of the workbooks above, each adopted, checked and consolidated: the roll-up's
    # Finance sheet holds each month's net spend, no tax, no commitment, no PO's running
    # total, no quarter's valuation booked to March
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    book(
        src / "a.xlsx",
        "Costs",
        [
            ["Cost report"],
            [],
            ["Month", "Cost line", "Actual (net)", "VAT", "Total actual"],
            [JAN, "Design", 100, 20, 120],
            [JAN, "Build", 200, 40, 240],
            [FEB, "Design", 50, 10, 60],
        ],
    )
    book(
        src / "b.xlsx",
        "Tracker",
        [
            ["Cost tracker 2026"],
            [],
            [None, "Jan-26", None, None, "Feb-26", None, None],
            ["Cost line", "Budget", "Actual", "Committed", "Budget", "Actual", "Committed"],
            ["Design", 100, 90, 20, 110, 95, 10],
            ["Build", 200, 210, 50, 220, 190, 30],
        ],
        ("B3:D3", "E3:G3"),
    )
    book(
        src / "c.xlsx",
        "POs",
        [
            ["Purchase order log"],
            [],
            ["PO number", "Supplier", "Description", "Date raised", "Budget", "Invoiced to date"],
            ["PO-1", "Acme Steel", "Steel", date(2026, 1, 10), 10000, 8000],
            ["PO-2", "Bolt Electrical", "Cabling", date(2026, 1, 20), 5000, 4000],
        ],
    )
    sources = [src / "a.xlsx", src / "b.xlsx", src / "c.xlsx"]
    result = adopt_each_and_consolidate(
        sources, out, default_standards(), 1, tmp_path / "rollup.xlsx"
    )
    assert (result.rejected, result.projects) == (0, 3)
    actuals = rolled_up(tmp_path / "rollup.xlsx", "finance", "Actual")
    assert sum(float(a) for a in actuals if isinstance(a, int | float)) == 350 + 585
    budgets = rolled_up(tmp_path / "rollup.xlsx", "finance", "Budget")
    assert sum(float(b) for b in budgets if isinstance(b, int | float)) == 630 + 15000
