"""Round 35 (task t37b): tuning on the seventy-first batch (finance trackers of every
shape, round 34's end measure, promoted).

Its one miss at three seeds was a Buildertrend budget export's ``Builder Budget``: a
qualifier before the measure word. ``budget`` and ``forecast`` are the finance register's
own nouns, so no partial reading reads them (``Budget Holder``, ``Budget Code`` are no
amounts); ``Builder Actual`` was already read partly (0.75), ``Builder Budget`` not at all.
The habit is general: a measure word LAST after one or two qualifier words saying whose
figure or which scope (``Owner Budget``, ``Client Forecast``, ``Project Budget``, ``Job
Budget``, ``Labour Budget``) is that measure, read at 0.75 (applied, flagged for review)
by ``match.qualified_measure``. Near-misses: the measure word first (``Budget Holder``,
``Budget Code``), a qualifier that makes the figure a total, a year's, what is left or a
prior year's (``Total Budget``, ``YTD Budget``, ``Remaining Budget``, ``2026 Budget``),
effort (``Hours Budget``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.amounts import parse_amount
from addin.adopt.detect import next_months_spaced
from addin.adopt.grid import Grid
from addin.adopt.match import QUALIFIED_MEASURE, candidates, qualified_measure
from addin.adopt.one_period import month_of_line
from addin.host import CellValue, SheetGrid
from tests.adopt_sheets import adopt, books

JAN, FEB, MAR, APR = (date(2026, m, 1) for m in range(1, 5))

Lines = dict[tuple[date | None, str | None], tuple[float | None, float | None, float | None]]


def _lines(tmp_path: Path, name: str, rows: list[list[object]]) -> Lines:
    adoption = adopt(books(tmp_path / f"{name}.xlsx", {name[:30]: rows}))
    return {
        (f.month, f.cost_line): (f.budget, f.actual, f.forecast) for f in adoption.project.finance
    }


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Builder Budget", "budget"),
        ("Owner Budget", "budget"),
        ("Customer Budget", "budget"),
        ("Project Budget", "budget"),
        ("Job Budget", "budget"),
        ("Labour Budget", "budget"),
        ("Client Forecast", "forecast"),
        ("Owner Forecast", "forecast"),
    ],
)
def test_a_qualifier_before_the_measure_word_reads_the_measure(header: str, key: str) -> None:
    found = candidates(header, "finance")
    assert found and found[0].column_key == key
    assert found[0].confidence == QUALIFIED_MEASURE  # applied, flagged for review


@pytest.mark.parametrize(
    "header",
    [
        "Budget Holder",
        "Budget Code",
        "Total Budget",
        "YTD Budget",
        "Remaining Budget",
        "Annual Forecast",
        "2026 Budget",
        "Hours Budget",
        "Budget Prior Year",
        "Income Budget",
    ],
)
def test_near_misses_read_no_qualified_measure(header: str) -> None:
    assert not any(
        c.synonym.startswith("(qualified measure") for c in candidates(header, "finance")
    )


def test_qualified_measure_reads_the_last_word_only() -> None:
    assert qualified_measure("builder budget") == "budget"
    assert qualified_measure("budget builder") is None
    assert qualified_measure("budget") is None
    assert qualified_measure("main contractor budget") == "budget"
    assert qualified_measure("one two three budget") is None


def test_a_builders_budget_export_by_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Job: Lakeside Residence"],
        ["Currency: CAD"],
        [],
        [
            "Cost Code",
            "Cost Code Title",
            "Month",
            "Builder Budget",
            "Committed Costs",
            "Actual Costs",
        ],
        ["01-100", "Framing", "March 2026", 5500, 5600, 3000],
        ["01-200", "Electrical", "March 2026", 6750, 6800, 4000],
        ["01-100", "Framing", "April 2026", 2500, 2600, 2000],
        ["01-200", "Electrical", "April 2026", 1750, 1800, 1000],
    ]
    assert _lines(tmp_path, "Budget", rows) == {
        (MAR, "Framing"): (5500.0, 3000.0, None),
        (MAR, "Electrical"): (6750.0, 4000.0, None),
        (APR, "Framing"): (2500.0, 2000.0, None),
        (APR, "Electrical"): (1750.0, 1000.0, None),
    }


def test_an_owners_cost_report_with_a_clients_forecast(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Owner cost report (USD)"],
        [],
        ["Period", "Line item", "Owner Budget", "Actual Spend", "Client Forecast"],
        ["Jan-26", "Design", 100, 90, 110],
        ["Jan-26", "Build", 200, 150, 210],
        ["Feb-26", "Design", 120, 80, 115],
    ]
    assert _lines(tmp_path, "Costs", rows) == {
        (JAN, "Design"): (100.0, 90.0, 110.0),
        (JAN, "Build"): (200.0, 150.0, 210.0),
        (FEB, "Design"): (120.0, 80.0, 115.0),
    }


def test_a_job_budget_before_the_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost line", "Job Budget", "Month", "Job Actual"],
        ["Design", 100, "2026-01", 90],
        ["Build", 200, "2026-01", 150],
    ]
    assert _lines(tmp_path, "Jobs", rows) == {
        (JAN, "Design"): (100.0, 90.0, None),
        (JAN, "Build"): (200.0, 150.0, None),
    }


def test_near_miss_a_budget_holder_and_what_is_left_are_no_budget(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost line", "Month", "Budget Holder", "Remaining Budget", "Actual"],
        ["Design", "Jan-26", "A. Byrne", 910, 90],
        ["Build", "Jan-26", "T. Walsh", 1850, 150],
    ]
    assert _lines(tmp_path, "Left", rows) == {
        (JAN, "Design"): (None, 90.0, None),
        (JAN, "Build"): (None, 150.0, None),
    }


# --- round 34's leftover: a period written From .. To .., each bound after its label ------


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Period From: Month 1, January 2026 To: Month 1, January 2026", JAN),
        ("Period From: Period 3 - March 2026 To: Period 3 - March 2026", MAR),
        ("Period From: 01/03/2026 To: 31/03/2026", MAR),
        ("Date From: 01/02/2026 Date To: 28/02/2026", FEB),
        ("Period from: 3/1/2026 to: 3/31/2026", MAR),
        ("From: April 2026 To: April 2026", APR),
        # near-misses: a quarter, the year to date, an open end, no period at all
        ("Period From: Month 1, January 2026 To: Month 3, March 2026", None),
        ("From: 01/01/2026 To: 31/03/2026", None),
        ("From: 01/03/2026 To:", None),
        ("Transfer from stores to site", None),
    ],
)
def test_a_period_from_and_to_each_labelled(line: str, month: date | None) -> None:
    assert month_of_line(line) == month


def test_a_sage_budget_report_of_one_period(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Harbour Works Ltd"],
        ["Budget Report"],
        ["Period From: Month 1, January 2026 To: Month 1, January 2026"],
        [],
        ["N/C", "Name", "Actual", "Budget", "Variance"],
        ["5000", "Materials", 1200, 1500, 300],
        ["5100", "Subcontractors", 3400, 3000, -400],
    ]
    assert _lines(tmp_path, "Report", rows) == {
        (JAN, "Materials"): (1500.0, 1200.0, None),
        (JAN, "Subcontractors"): (3000.0, 3400.0, None),
    }


def test_near_miss_a_sage_report_of_three_periods_is_no_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget Report"],
        ["Period From: Month 1, January 2026 To: Month 3, March 2026"],
        [],
        ["N/C", "Name", "Actual", "Budget"],
        ["5000", "Materials", 1200, 1500],
        ["5100", "Subcontractors", 3400, 3000],
    ]
    assert _lines(tmp_path, "Report", rows) == {}


# --- round 34's leftover: a ledger's debit and credit marks after an amount -------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1,200.00 DR", 1200.0),
        ("1,200.00 Dr", 1200.0),
        ("300.00 CR", -300.0),
        ("300.00Cr", -300.0),
        ("1.234,56 CR", -1234.56),
        ("£1,200.00 DR", 1200.0),
        ("1200 DR", 1200.0),
        # the crore with a rupee mark is still the crore (round 29)
        ("Rs 1.5 Cr", 15_000_000.0),
        # near-misses: a credit with no cents (a crore or a credit?), a signed amount
        # marked again, a mark alone, a person
        ("450 Cr", None),
        ("-300.00 CR", None),
        ("DR", None),
        ("Dr Smith", None),
    ],
)
def test_a_ledgers_debit_and_credit_marks(text: str, amount: float | None) -> None:
    assert parse_amount(text) == amount


def test_a_nominal_ledger_budget_and_actual_in_debits_and_credits(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nominal ledger - budget vs actual (GBP)"],
        [],
        ["Month", "Account", "Budget", "Actual"],
        ["Jan-26", "Materials", "1,500.00 DR", "1,200.00 DR"],
        ["Jan-26", "Plant hire", "3,000.00 DR", "300.00 CR"],
        ["Feb-26", "Materials", "1,500.00 DR", "1,650.50 Dr"],
    ]
    assert _lines(tmp_path, "Ledger", rows) == {
        (JAN, "Materials"): (1500.0, 1200.0, None),
        (JAN, "Plant hire"): (3000.0, -300.0, None),
        (FEB, "Materials"): (1500.0, 1650.5, None),
    }


# --- round 34's leftover: a spacer column after every month ------------------------------


def test_a_spacer_column_after_every_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost tracker - actuals (EUR)"],
        [],
        ["Cost line", "Jan-26", None, "Feb-26", None, "Mar-26"],
        ["Design", 100, None, 120, None, 130],
        ["Build", 200, None, 210, None, 220],
    ]
    assert _lines(tmp_path, "Tracker", rows) == {
        (JAN, "Design"): (None, 100.0, None),
        (FEB, "Design"): (None, 120.0, None),
        (MAR, "Design"): (None, 130.0, None),
        (JAN, "Build"): (None, 200.0, None),
        (FEB, "Build"): (None, 210.0, None),
        (MAR, "Build"): (None, 220.0, None),
    }


def test_a_spacer_after_every_month_dated_with_a_total(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget phasing (GBP)"],
        [],
        ["Line", date(2026, 4, 1), None, date(2026, 5, 1), None, date(2026, 6, 1), None, "Total"],
        ["Design", 100, None, 120, None, 130, None, 350],
        ["Build", 200, None, 210, None, 220, None, 630],
    ]
    lines = _lines(tmp_path, "Phasing", rows)
    assert lines[(APR, "Design")] == (100.0, None, None)
    assert lines[(date(2026, 6, 1), "Build")] == (220.0, None, None)
    assert len(lines) == 6


def test_near_miss_months_that_do_not_run_on_keep_their_gap() -> None:
    # one tracker's next month across the gap joins; two months apart, a year's end back to
    # its start (two trackers side by side), a value under the gap, do not
    def spaced(rows: list[list[CellValue]]) -> bool:
        return next_months_spaced(Grid(SheetGrid(name="S", rows=rows)), 1, 2, 4)

    body: list[list[CellValue]] = [["Design", 100, None, 5], ["Build", 200, None, 6]]
    assert spaced([["Line", "Jan-26", None, "Feb-26"], *body])
    assert spaced([["Line", "Dec-25", None, "Jan-26"], *body])
    assert not spaced([["Line", "Jan-26", None, "Mar-26"], *body])
    assert not spaced([["Line", "Jun-26", None, "Jan-26"], *body])
    assert not spaced([["Line", "Jan-26", None, "Feb-26"], ["Design", 100, 1, 5], body[1]])
    assert not spaced([["Line", "Jan-26", "Note", "Feb-26"], *body])


@pytest.mark.parametrize(
    "header",
    [
        "Full-year forecast",
        "FY forecast",
        "Year-end forecast",
        "Outturn forecast",
        "Whole-life budget",
    ],
)
def test_near_miss_a_years_or_a_lifes_figure_is_no_qualified_measure(header: str) -> None:
    # round 32's finance: a month report's ``Full-year forecast`` (read as ``fullyear
    # forecast`` too) is the year's, no month's forecast
    assert not any(
        c.synonym.startswith("(qualified measure") for c in candidates(header, "finance")
    )
