"""Red team of round 30's last-hour rules (task rt31): small workbooks a PMO might send where
a rule should not fire or fires wrongly, looking for WRONG results (a value misread, an
item dropped or invented, a non-register adopted). Each finding is a test written first,
failing on the starting commit ``e3e4a699``, beside the near-miss its fix must not break:

1. an expense CLAIM FORM of one person (``Expense claim form``, a claimant's name above) was
   adopted as the project's finance, since round 30's ``expense`` names the register;
2. a summary of ACTUALS by kind of spend (CapEx / OpEx) beside cost lines holding only a
   BUDGET was left out as a double count: different money, its items dropped;
3. a currency field ``ALL, figures in £000`` gave the project the Albanian lek (``ALL``, a
   code CLDR knows, first in the value) where the note names pounds;
4. half years (``H1 2026``) beside the quarters they total were spread over their months
   too: every month's budget counted twice;
5. (round 30's red team, left) a measure-long table whose later months are headed ``Apr
   2026 Fcst`` summed its Budget and Actual rows into one forecast;
6. (round 30's red team, left) months under a ``Year to date`` group holding each month's
   own amount were read as running totals (negative months), and the ``Forecast`` block
   right of a blank column lost its cost lines (``Row 5``);
7. a ``Budget to date`` column of amounts was read as the line's month (40,000 as a date:
   July 2009).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, books, finance_by_line, only, targets

MONTHS = ["Apr-26", "May-26", "Jun-26"]


# 1. an expense claim form of one person ------------------------------------------------


def _claim(tmp_path: Path, title: str) -> Path:
    return book(
        tmp_path / "claim.xlsx",
        "Claim",
        [
            [title],
            ["Name: Priya Shah", None, "Employee no: 4471"],
            ["From 01/04/2026 To 30/04/2026"],
            [],
            ["Date", "Description", "Category", "Amount (GBP)"],
            ["03/04/2026", "Train to Leeds site visit", "Travel", 84.5],
            ["09/04/2026", "Hotel Leeds", "Accommodation", 120.0],
            ["17/04/2026", "Taxi", "Travel", 22.0],
            [None, None, "Total", 226.5],
        ],
    )


def test_an_expense_claim_form_is_no_project_finance(tmp_path: Path) -> None:
    for title in ("Expense claim form", "Expenses claim - April", "Staff expense claims"):
        adoption = adopt(_claim(tmp_path, title))
        assert not adoption.project.finance, title


def test_an_expenses_report_is_still_finance(tmp_path: Path) -> None:
    # near-miss: the accounting package's report of money spent (round 30's own case)
    for title in ("Expenses by Category", "Expenses claimed"):
        adoption = adopt(_claim(tmp_path, title))
        assert only(adoption).register == "finance", title
        assert sum(f.actual or 0 for f in adoption.project.finance) == 226.5, title


# 2. a summary by kind of spend of another measure ------------------------------------


def _kinds(tmp_path: Path, summary_title: str) -> Path:
    return books(
        tmp_path / "kinds.xlsx",
        {
            "Cost lines": [
                ["Budget by cost line"],
                [],
                ["Cost line", "CapEx/OpEx", *MONTHS],
                ["Servers", "CapEx", 100.0, 100.0, 100.0],
                ["Licences", "OpEx", 50.0, 50.0, 50.0],
            ],
            "By kind": [
                [summary_title],
                [],
                ["CapEx/OpEx", *MONTHS],
                ["CapEx", 90.0, 110.0, 95.0],
                ["OpEx", 40.0, 55.0, 52.0],
            ],
        },
    )


def test_actuals_by_kind_beside_budget_lines_are_kept(tmp_path: Path) -> None:
    adoption = adopt(_kinds(tmp_path, "Actual spend by kind"))
    actual = sum(f.actual or 0 for f in adoption.project.finance)
    assert actual == 90 + 110 + 95 + 40 + 55 + 52
    assert sum(f.budget or 0 for f in adoption.project.finance) == 450


def test_a_budget_summary_by_kind_beside_budget_lines_is_still_left_out(tmp_path: Path) -> None:
    # near-miss: the same money (the lines' budget) rolled up by kind: counted once
    adoption = adopt(_kinds(tmp_path, "Budget by kind of spend"))
    assert sum(f.budget or 0 for f in adoption.project.finance) == 450
    assert not any(f.actual for f in adoption.project.finance)


# 3. a currency code first that is a word, the note naming another currency --------------


def _currency(tmp_path: Path, value: str) -> Path:
    return book(
        tmp_path / "cur.xlsx",
        "Sheet1",
        [
            ["Project: Harbour wall"],
            [f"Currency: {value}"],
            [],
            ["Cost line", "Budget", "Actual", "Month"],
            ["Design", 10.0, 12.0, "Apr-26"],
            ["Build", 20.0, 22.0, "Apr-26"],
        ],
    )


def test_a_code_first_whose_note_names_another_currency_is_not_read(tmp_path: Path) -> None:
    assert adopt(_currency(tmp_path, "ALL, figures in £000")).project.header.currency != "ALL"
    assert adopt(_currency(tmp_path, "USD - all costs in EUR")).project.header.currency != "USD"


def test_a_code_first_before_a_note_is_still_the_currency(tmp_path: Path) -> None:
    # near-miss: round 30's own case, and a note naming the same currency
    assert adopt(_currency(tmp_path, "GBP. Period values.")).project.header.currency == "GBP"
    assert adopt(_currency(tmp_path, "EUR (figures in €)")).project.header.currency == "EUR"
    assert adopt(_currency(tmp_path, "USD (ALL figures)")).project.header.currency == "USD"


# 4. half years beside their quarters -------------------------------------------------


def test_half_years_beside_their_quarters_are_subtotals(tmp_path: Path) -> None:
    path = book(
        tmp_path / "hq.xlsx",
        "Budget",
        [
            ["Project budget 2026"],
            [],
            ["Cost line", "Q1 2026", "Q2 2026", "H1 2026", "Q3 2026", "Q4 2026", "H2 2026"],
            ["Design", 30.0, 30.0, 60.0, 30.0, 30.0, 60.0],
            ["Build", 60.0, 60.0, 120.0, 60.0, 60.0, 120.0],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table)["H1 2026"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Design")].budget == 10.0
    assert sum(f.budget or 0 for f in adoption.project.finance) == 120 + 240


def test_half_years_alone_are_still_spread(tmp_path: Path) -> None:
    # near-miss: round 30's half years with no quarter beside them
    path = book(
        tmp_path / "hh.xlsx",
        "Budget",
        [
            ["Grant budget"],
            [],
            ["Cost line", "H1 2026", "H2 2026"],
            ["Design", 60.0, 120.0],
            ["Build", 30.0, 30.0],
        ],
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 1, 1), "Design")].budget == 10.0
    assert lines[(date(2026, 12, 1), "Design")].budget == 20.0


# 5. a forecast month over a measure-long table --------------------------------------


def _fcst(tmp_path: Path) -> Path:
    return book(
        tmp_path / "fc.xlsx",
        "Costs",
        [
            ["Cost report 2026"],
            [],
            ["Cost line", "Measure", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026 Fcst"],
            ["Design", "Budget", 400.0, 400.0, 400.0, 400.0],
            ["Design", "Actual", 380.0, 410.0, 395.0, 390.0],
            ["Build", "Budget", 1000.0, 1000.0, 1000.0, 1000.0],
            ["Build", "Actual", 900.0, 1100.0, 950.0, 1000.0],
        ],
    )


def test_a_forecast_month_keeps_the_budget_row_apart(tmp_path: Path) -> None:
    lines = finance_by_line(adopt(_fcst(tmp_path)))
    april = lines[(date(2026, 4, 1), "Design")]
    assert april.forecast == 390.0
    assert april.budget == 400.0
    assert lines[(date(2026, 3, 1), "Design")].actual == 395.0


# 6. a year-to-date block and a forecast block under one group row --------------------


def _blocks(tmp_path: Path, gap: bool) -> Path:
    pad: list[object] = [None] if gap else []
    rows: list[list[object]] = [
        ["Cost report 2026"],
        [],
        [None, "Year to date", None, None, *pad, "Forecast", None, None],
        ["Cost line", "Jan 2026", "Feb 2026", "Mar 2026", *pad, "Apr 2026", "May 2026", "Jun 2026"],
        ["Design", 380.0, 410.0, 395.0, *pad, 400.0, 400.0, 400.0],
        ["Build", 900.0, 1100.0, 950.0, *pad, 1000.0, 1000.0, 1000.0],
    ]
    merged = ("B3:D3", "F3:H3") if gap else ("B3:D3", "E3:G3")
    return book(tmp_path / "blocks.xlsx", "Costs", rows, merged)


def test_year_to_date_months_that_fall_are_no_running_totals(tmp_path: Path) -> None:
    for gap in (False, True):
        adoption = adopt(_blocks(tmp_path, gap))
        amounts = [
            f.budget if f.budget is not None else f.actual
            for f in adoption.project.finance
            if f.cost_line == "Design" and f.month < date(2026, 4, 1)
        ]
        assert sorted(a for a in amounts if a is not None) == [380.0, 395.0, 410.0], gap


def test_year_to_date_months_that_rise_are_still_running_totals(tmp_path: Path) -> None:
    # near-miss: under the same group, figures that only grow are the year's running total
    path = book(
        tmp_path / "ytd.xlsx",
        "Costs",
        [
            ["Cost report 2026"],
            [],
            [None, "Year to date", None, None],
            ["Cost line", "Jan 2026", "Feb 2026", "Mar 2026"],
            ["Design", 380.0, 790.0, 1185.0],
            ["Build", 900.0, 2000.0, 2950.0],
        ],
        ("B3:D3",),
    )
    lines = finance_by_line(adopt(path))
    march = lines[(date(2026, 3, 1), "Design")]
    assert (march.budget if march.budget is not None else march.actual) == 395.0


def test_a_forecast_block_right_of_a_gap_keeps_its_cost_lines(tmp_path: Path) -> None:
    adoption = adopt(_blocks(tmp_path, True))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Design")].forecast == 400.0
    assert lines[(date(2026, 6, 1), "Build")].forecast == 1000.0
    assert not any(f.cost_line.startswith("Row ") for f in adoption.project.finance)


# 7. an amount to date is no month ------------------------------------------------------


def test_budget_to_date_is_no_month(tmp_path: Path) -> None:
    path = book(
        tmp_path / "ev.xlsx",
        "EV",
        [
            ["Cost report April 2026"],
            [],
            ["Cost line", "Budget", "Budget to date", "Actual to date", "Forecast"],
            ["Design", 120000.0, 40000.0, 38000.0, 130000.0],
            ["Build", 900000.0, 100000.0, 95000.0, 950000.0],
        ],
    )
    adoption = adopt(path)
    for table in adoption.report.adopted_tables:
        assert targets(table).get("Budget to date") != "month"
    assert not any(f.month and f.month.year < 2020 for f in adoption.project.finance)


def test_a_date_column_of_a_finance_table_is_still_its_month(tmp_path: Path) -> None:
    # near-miss: a plain ``Date`` (or ``Posting date``) column holds each line's month
    path = book(
        tmp_path / "ledger.xlsx",
        "Ledger",
        [
            ["Project costs"],
            [],
            ["Posting date", "Cost line", "Actual"],
            ["2026-04-03", "Design", 1200.0],
            ["2026-05-09", "Build", 5400.0],
        ],
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 5, 1), "Build")].actual == 5400.0


# 8. a bare ``Hold?`` is no truth question -------------------------------------------


def _assumptions(tmp_path: Path, header: str) -> Path:
    return book(
        tmp_path / "assumptions.xlsx",
        "Assumptions",
        [
            ["Assumptions log"],
            [],
            ["ID", "Assumption", "Owner", header],
            ["A-01", "Ground is as surveyed", "Ann Lee", "Yes"],
            ["A-02", "Steel arrives in May", "Bob Hart", "No"],
            ["A-03", "Power is available", "Ann Lee", "No"],
        ],
    )


def test_hold_is_no_truth_question(tmp_path: Path) -> None:
    adoption = adopt(_assumptions(tmp_path, "Hold?"))
    assert "Validated" not in [a.status for a in adoption.project.assumptions]


def test_holds_is_still_the_truth_question(tmp_path: Path) -> None:
    # near-miss: round 30's own questions
    for header in ("Holds?", "Still holds?", "Does it hold?"):
        adoption = adopt(_assumptions(tmp_path, header))
        assert adoption.project.assumptions[0].status == "Validated", header


# 9. last year's months beside this year's ---------------------------------------------


def _years(tmp_path: Path, right: str) -> Path:
    return book(
        tmp_path / "years.xlsx",
        "Costs",
        [
            ["Cost report 2026"],
            [],
            [None, "This year", None, None, right, None, None],
            ["Cost line", "Jan", "Feb", "Mar", "Jan", "Feb", "Mar"],
            ["Design", 380.0, 410.0, 395.0, 400.0, 400.0, 400.0],
            ["Build", 900.0, 1100.0, 950.0, 1000.0, 1000.0, 1000.0],
        ],
        ("B3:D3", "E3:G3"),
    )


def test_last_years_months_are_not_added_to_this_years(tmp_path: Path) -> None:
    lines = finance_by_line(adopt(_years(tmp_path, "Last year")))
    january = lines[(date(2026, 1, 1), "Design")]
    assert (january.budget, january.actual) in ((380.0, None), (None, 380.0))


def test_this_year_beside_a_forecast_block_is_still_read(tmp_path: Path) -> None:
    # near-miss: the same months under Actual / Forecast are two measures of one year
    path = book(
        tmp_path / "af.xlsx",
        "Costs",
        [
            ["Cost report 2026"],
            [],
            [None, "Actual", None, None, "Forecast", None, None],
            ["Cost line", "Jan", "Feb", "Mar", "Jan", "Feb", "Mar"],
            ["Design", 380.0, 410.0, 395.0, 400.0, 400.0, 400.0],
            ["Build", 900.0, 1100.0, 950.0, 1000.0, 1000.0, 1000.0],
        ],
        ("B3:D3", "E3:G3"),
    )
    january = finance_by_line(adopt(path))[(date(2026, 1, 1), "Design")]
    assert (january.actual, january.forecast) == (380.0, 400.0)
