"""Red team of round 32's first wave (task rt32b): wrong results a PMO would trust.

Each test builds a small realistic workbook where one of round 32's first-wave rules
should NOT fire (or fired wrongly before), and asserts the reading a finance partner or a
PMO analyst takes of it. Beside each, the rule's own case still holds (its own tests in
``tests/test_adopt_round32_*.py``).
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

JAN, FEB = date(2026, 1, 1), date(2026, 2, 1)


# --- 1. a `Total cost` beside an actual and what is NOT yet spent -----------------------


def _cost_report(head: list[str], rows: list[list[float]]) -> list[list[object]]:
    keys = [(JAN, "Design"), (JAN, "Build"), (FEB, "Design"), (FEB, "Build")]
    out: list[list[object]] = [["Cost report"], [], ["Month", "Cost line", *head]]
    for (month, line), figures in zip(keys, rows, strict=True):
        out.append([month, line, *figures])
    return out


SPENT_AND_MORE = [[100.0, 50.0, 150.0], [200.0, 20.0, 220.0], [30.0, 10.0, 40.0], [60.0, 0, 60.0]]


@pytest.mark.parametrize(
    "head",
    [
        # cost incl. commitments: orders raised are not spent
        ["Actual", "Committed", "Total cost"],
        # the forecast at completion: what is left to spend is not spent
        ["Actual", "Remaining", "Total cost"],
        ["Actual to date", "Cost to go", "Total cost"],
        ["Spent", "Balance", "Total amount"],
    ],
    ids=["committed", "remaining", "cost-to-go", "balance"],
)
def test_a_total_cost_of_the_actual_and_what_is_not_spent_is_no_actual(
    tmp_path: Path, head: list[str]
) -> None:
    # before: `Total cost` equalled the actual plus the column between on every row, so it
    # was read as the actual (round 32's total of parts): the month's actual took in the
    # commitments or what is left to spend, silently, and `pmo consolidate` summed it
    adoption = adopt(book(tmp_path / "c.xlsx", "Costs", _cost_report(head, SPENT_AND_MORE)))
    got = targets(only(adoption))
    assert got[head[2]] != "actual"
    lines = finance_by_line(adoption)
    assert lines[(JAN, "Design")].actual == 100.0
    assert lines[(JAN, "Build")].actual == 200.0


def test_a_budget_spent_and_remaining_total_is_no_actual(tmp_path: Path) -> None:
    # `Budget | Spent | Remaining | Total cost`: the total is the budget (spent plus what
    # is left); before, it was read as the actual (the actual became the budget)
    rows = [[150.0, 100.0, 50.0, 150.0], [220.0, 200.0, 20.0, 220.0]]
    rows += [[40.0, 30.0, 10.0, 40.0], [60.0, 60.0, 0, 60.0]]
    head = ["Budget", "Spent", "Remaining", "Total cost"]
    adoption = adopt(book(tmp_path / "b.xlsx", "Costs", _cost_report(head, rows)))
    lines = finance_by_line(adoption)
    assert lines[(JAN, "Design")].actual == 100.0
    assert lines[(JAN, "Design")].budget == 150.0


# --- 2. a month typed over the RIGHT column of its pair ---------------------------------


def test_a_month_typed_over_the_second_column_of_its_pair_shifts_no_budget(
    tmp_path: Path,
) -> None:
    # `Jan 2026` typed over the Actual of each `Budget | Actual` pair (the writer typed it
    # where the month's spend is): round 32's groups typed once read each label over the
    # run starting under it (`Actual | Budget`), so January's Actual was paired with
    # February's Budget, every month's budget shifted one month earlier, January's lost
    rows: list[list[object]] = [
        ["Cost tracker"],
        [],
        [None, None, "Jan 2026", None, "Feb 2026", None, "Mar 2026"],
        ["Cost line", "Budget", "Actual", "Budget", "Actual", "Budget", "Actual"],
        ["Design", 100, 90, 110, 95, 120, None],
        ["Build", 200, 210, 220, 190, 240, None],
    ]
    adoption = adopt(book(tmp_path / "r.xlsx", "Tracker", rows))
    lines = finance_by_line(adoption)
    for (month, line), item in lines.items():
        # whatever is read, no month's budget is another month's
        expected = {
            (JAN, "Design"): 100,
            (FEB, "Design"): 110,
            (JAN, "Build"): 200,
            (FEB, "Build"): 220,
        }.get((month, line))
        if item.budget is not None:
            assert item.budget == expected, (month, line, item.budget)


# --- 3. a fee tracker's effort rows named by the word `Effort` --------------------------


@pytest.mark.parametrize(
    ("planned", "used"),
    [("Effort planned", "Effort actual"), ("Headcount budget", "Headcount actual")],
    ids=["effort", "headcount"],
)
def test_effort_rows_named_by_their_word_are_no_money(
    tmp_path: Path, planned: str, used: str
) -> None:
    # round 32 left out `Days planned` (an effort unit) but `Effort planned` was read as
    # money: the days were added to the fees' budget (1,005), and `Effort actual` (naming
    # the Actual itself) took the actual from `Fees invoiced` (the days as the spend)
    rows: list[list[object]] = [["Fee tracker"], [], ["Workstream", "Measure", "Jan-26", "Feb-26"]]
    for line in ("Discovery", "Build"):
        rows += [
            [line, "Fees planned", 1000, 1000],
            [line, planned, 5, 5],
            [line, "Fees invoiced", 900, 950],
            [line, used, 4, 5],
        ]
    adoption = adopt(book(tmp_path / "f.xlsx", "Fees", rows))
    lines = finance_by_line(adoption)
    assert lines[(JAN, "Discovery")].budget == 1000.0
    assert lines[(JAN, "Discovery")].actual == 900.0
    assert lines[(FEB, "Build")].actual == 950.0


def test_money_named_after_its_effort_is_still_money() -> None:
    # near-miss of finding 3: `Effort cost`, `Headcount (£)` are money
    from addin.adopt.finance import effort_figure

    assert effort_figure("Effort planned") and effort_figure("Headcount actual")
    assert not effort_figure("Effort cost") and not effort_figure("Headcount (£)")


@pytest.mark.parametrize("effort", ["Actual (days)", "Actual hrs", "Actual (FTE)"])
def test_an_actual_in_days_does_not_take_the_actual_from_the_invoices(
    tmp_path: Path, effort: str
) -> None:
    # round 32's own-word tie rule: `Actual (days)` names the Actual by its own word, so it
    # took the actual from `Invoiced` (a synonym), and the days were read as the spend
    figures = [[1000.0, 900.0, 12.0], [2000.0, 2100.0, 30.0], [1000.0, 950.0, 11.0]]
    figures.append([2000.0, 1800.0, 25.0])
    head = ["Budget", "Invoiced", effort]
    adoption = adopt(book(tmp_path / "d.xlsx", "Costs", _cost_report(head, figures)))
    assert targets(only(adoption))["Invoiced"] == "actual"
    assert finance_by_line(adoption)[(JAN, "Design")].actual == 900.0


# --- 4. a status report's whole-life cost summary under its one-month period line -------


@pytest.mark.parametrize("line", ["Reporting period: Mar 2026", "Period: 03/2026"])
def test_a_whole_life_cost_summary_is_no_months_finance(tmp_path: Path, line: str) -> None:
    # round 32 reads `Reporting period: Mar 2026` / `Period: 03/2026` as the report's
    # month; a status report's cost summary beside it (`Budget | Actual to date | Forecast
    # at completion`) is the project's whole life: before, each line's whole budget was
    # adopted as March's budget (250,000 in one month), rolled up so
    rows: list[list[object]] = [
        ["Harbour Works - Monthly status report"],
        [line],
        [],
        ["Cost line", "Budget", "Actual to date", "Forecast at completion"],
        ["Design", 50_000, 32_000, 52_000],
        ["Build", 250_000, 90_000, 260_000],
    ]
    adoption = adopt(book(tmp_path / "s.xlsx", "Status", rows))
    assert not adoption.project.finance
    assert adoption.project.header.report_date == date(2026, 3, 31)


# --- 5. an amount that is not spent ------------------------------------------------------


@pytest.mark.parametrize("head", ["Amount committed", "Amount outstanding"])
def test_an_amount_not_spent_is_no_actual(tmp_path: Path, head: str) -> None:
    # `Amount` reads as the actual, and partly so every header holding it: `Amount
    # committed` (orders raised) and `Amount outstanding` (left to pay) were each adopted
    # as the month's spend (`Amount claimed` stays: a grant claim's is the spend claimed)
    figures = [[1000.0, 400.0], [2000.0, 300.0], [1000.0, 200.0], [2000.0, 100.0]]
    adoption = adopt(book(tmp_path / "a.xlsx", "Costs", _cost_report(["Budget", head], figures)))
    assert targets(only(adoption))[head] != "actual"
    assert finance_by_line(adoption)[(JAN, "Design")].actual is None


def test_an_amount_paid_is_still_the_actual(tmp_path: Path) -> None:
    figures = [[1000.0, 400.0], [2000.0, 300.0], [1000.0, 200.0], [2000.0, 100.0]]
    head = ["Budget", "Amount paid"]
    adoption = adopt(book(tmp_path / "p.xlsx", "Costs", _cost_report(head, figures)))
    assert finance_by_line(adoption)[(JAN, "Design")].actual == 400.0


# --- followed through `pmo check` and `pmo consolidate` ----------------------------------


def test_the_spend_without_commitments_and_the_fees_without_days_roll_up(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    head = ["Actual", "Committed", "Total cost"]
    book(src / "a.xlsx", "Costs", _cost_report(head, SPENT_AND_MORE))
    fees: list[list[object]] = [["Fee tracker"], [], ["Workstream", "Measure", "Jan-26", "Feb-26"]]
    fees += [
        ["Discovery", "Fees planned", 1000, 1000],
        ["Discovery", "Effort planned", 5, 5],
        ["Discovery", "Fees invoiced", 900, 950],
        ["Discovery", "Effort actual", 4, 5],
    ]
    book(src / "b.xlsx", "Fees", fees)
    result = adopt_each_and_consolidate(
        [src / "a.xlsx", src / "b.xlsx"], out, default_standards(), 1, tmp_path / "rollup.xlsx"
    )
    assert (result.rejected, result.projects) == (0, 2)
    actuals = rolled_up(tmp_path / "rollup.xlsx", "finance", "Actual")
    # the spend (100 + 200 + 30 + 60) and the fees invoiced (900 + 950): no commitment,
    # no day counted as money
    assert sum(float(a) for a in actuals if isinstance(a, int | float)) == 390 + 1850
    budgets = rolled_up(tmp_path / "rollup.xlsx", "finance", "Budget")
    assert sum(float(b) for b in budgets if isinstance(b, int | float)) == 2000


# --- 6. `Raised` typed once over `By | Date` --------------------------------------------


def test_who_raised_an_issue_under_a_group_typed_once_is_no_owner(tmp_path: Path) -> None:
    # `Raised` and `Resolved` typed once over `By | Date` each (round 32 reads the group
    # over its run): `Raised By` was read by its values as the owner, the person who
    # raised each issue adopted as the one who owns it; written out (`Raised by`) it is
    # listed as no column
    rows: list[list[object]] = [
        ["Issue log"],
        [],
        [None, None, "Raised", None, "Resolved", None, None],
        ["ID", "Issue", "By", "Date", "By", "Date", "Status"],
        ["I1", "Crane down", "Ann Lee", date(2026, 2, 1), "Bo Chan", date(2026, 2, 9), "Closed"],
        ["I2", "Late steel", "Cy Tan", date(2026, 3, 1), None, None, "Open"],
    ]
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", rows))
    assert targets(only(adoption))["Raised By"] != "owner"
    assert all(item.owner is None for item in adoption.project.items("issues"))
