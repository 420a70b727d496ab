"""Round 33 (task k60): tuning on a second stranger's finance trackers (tuning batch 27).

Each rule is proved on workbooks written here (other words, other positions, other forms
than the batch's), with a near-miss that must not fire:

- a tracker kept as ONE SHEET PER MONTH, each sheet named by its month (``2026-04``,
  ``Apr-26``, ``April 2026``, ``2026年4月``; ``Apr`` under a title stating the year) and
  holding no period line: each sheet's lines are that month's; a sheet named ``April`` with
  no year above, ``Q1 2026`` or ``Apr-26 YTD`` names no month;
- an ERP's accounting period as a NUMBER, year then month (``202604`` under ``Period``,
  ``Accounting period``, ``Month``): that month, as the text ``202604`` was; a six-digit
  amount stays an amount, ``202613`` is no month;
- a rolling forecast's flag written IN each month's header (``Apr-26 A``, ``Jul-26 (F)``,
  ``A: Apr 2026``; a short form, ``Apr-26 Act | Jun-26 Fcst``): the month's measure, by the
  legend or by the A-then-F convention;
  letters of no legend and no convention flag nothing;
- a job cost report's ``Revised Budget`` / ``Current Budget`` / ``Budget (revised)``: the
  budget; beside an ``Original Budget`` the current one is; ``Revised forecast`` is no
  budget.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.measure_flags import glued_flag
from tests.adopt_sheets import adopt, best_candidate, book, books, finance_by_line, only, targets

APR, MAY, JUN, JUL = date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1), date(2026, 7, 1)


# --- one sheet per month, named by its month ---------------------------------------------


def _month_sheet(head: list[str], rows: list[list[object]]) -> list[list[object]]:
    """A monthly cost sheet: a title, the currency, a blank row, ``head`` and ``rows``."""
    return [["Harbour Wall - Monthly Cost Sheet"], ["Currency:", "EUR"], [], head, *rows]


@pytest.mark.parametrize(
    "names",
    [
        ("2026-04", "2026-05", "2026-06"),  # ISO months (the batch's form)
        ("Apr-26", "May-26", "Jun-26"),  # a finance partner's tabs
        ("April 2026", "May 2026", "June 2026"),  # spelt out
        ("2026年4月", "2026年5月", "2026年6月"),  # as Japanese and Chinese tabs are named
    ],
)
def test_a_sheet_per_month_gives_each_sheets_lines_their_month(
    names: tuple[str, ...], tmp_path: Path
) -> None:
    head = ["Item", "Budget", "Actual", "Forecast"]
    sheets = {
        names[0]: _month_sheet(head, [["Piling", 1000, 900, None], ["Dredging", 500, 550, None]]),
        names[1]: _month_sheet(head, [["Piling", 2000, 2100, None], ["Dredging", 700, 650, None]]),
        names[2]: _month_sheet(head, [["Piling", 3000, None, 3100], ["Dredging", 800, None, 820]]),
    }
    adoption = adopt(books(tmp_path / "monthly.xlsx", sheets))
    lines = finance_by_line(adoption)
    assert set(lines) == {(m, line) for m in (APR, MAY, JUN) for line in ("Piling", "Dredging")}
    assert (lines[(APR, "Piling")].budget, lines[(APR, "Piling")].actual) == (1000, 900)
    assert (lines[(MAY, "Dredging")].budget, lines[(MAY, "Dredging")].actual) == (700, 650)
    assert (lines[(JUN, "Piling")].forecast, lines[(JUN, "Piling")].actual) == (3100, None)
    notes = " ".join(n for t in adoption.report.adopted_tables for n in t.notes)
    assert f"the sheet name {names[0]!r} is a month" in notes


@pytest.mark.parametrize(
    ("title", "names", "months"),
    [
        ("Harbour Wall cost tracker 2026", ("Apr", "May", "Jun"), (APR, MAY, JUN)),
        (
            "Harbour Wall - FY2026/27",
            ("February", "March", "April"),
            (date(2027, 2, 1), date(2027, 3, 1), APR),
        ),
    ],
)
def test_a_sheet_named_by_a_month_alone_takes_the_titles_year(
    title: str, names: tuple[str, ...], months: tuple[date, ...], tmp_path: Path
) -> None:
    """Tabs named ``Apr``, ``May`` under a title stating the year (a financial year's
    months after its first in the next calendar year, April first by default)."""
    head = ["Item", "Budget", "Actual"]
    sheets = {n: [[title], [], head, ["Piling", 1000 * k, 900 * k]] for k, n in enumerate(names, 1)}
    lines = finance_by_line(adopt(books(tmp_path / "tabs.xlsx", sheets)))
    assert set(lines) == {(m, "Piling") for m in months}
    assert lines[(months[1], "Piling")].budget == 2000


@pytest.mark.parametrize("names", [("April", "May"), ("Q1 2026", "Q2 2026"), ("Apr-26 YTD",)])
def test_a_sheet_named_by_no_month_and_year_gives_no_month(
    names: tuple[str, ...], tmp_path: Path
) -> None:
    """A month with no year (which year's?), a quarter, or a month among other words (the
    year to date?) is no sheet's month: with no period line, the table stays unread."""
    head = ["Item", "Budget", "Actual"]
    sheets = {n: _month_sheet(head, [["Piling", 1000, 900], ["Dredging", 500, 550]]) for n in names}
    adoption = adopt(books(tmp_path / "periods.xlsx", sheets))
    assert adoption.project.finance == []


def test_a_sheet_named_by_a_month_over_a_tracker_with_months_keeps_its_months(
    tmp_path: Path,
) -> None:
    """Months across on a sheet named ``Apr-26`` (the plan as at April) are the months."""
    rows = [
        ["Harbour Wall - Cost Plan"],
        [],
        ["Cost line", "Apr-26", "May-26", "Jun-26"],
        ["Piling", 1000, 2000, 3000],
        ["Dredging", 500, 700, 800],
    ]
    lines = finance_by_line(adopt(book(tmp_path / "plan.xlsx", "Apr-26", rows)))
    assert set(lines) == {(m, line) for m in (APR, MAY, JUN) for line in ("Piling", "Dredging")}


# --- an ERP's period as a number ---------------------------------------------------------


def _ledger(head: list[str], periods: list[object], amount: float = 1000.0) -> list[list[object]]:
    rows: list[list[object]] = [["Linkspan - Budget v Actual"], ["Currency GBP"], [], head]
    for period in periods:
        for code, name in (("4410", "Marine works"), ("4510", "Design")):
            rows.append([period, code, name, amount, 900.0])
    return rows


@pytest.mark.parametrize(
    ("period_head", "periods"),
    [
        ("Period", [202604, 202605]),  # Unit4 Agresso's number cells (the batch's form)
        ("Accounting period", [202604.0, 202605.0]),  # a float, as a CSV round trip leaves
        ("Month", [202604, 202605]),  # Oracle / SAP BW's YYYYMM under a month header
    ],
)
def test_a_period_number_year_then_month_is_that_month(
    period_head: str, periods: list[object], tmp_path: Path
) -> None:
    head = [period_head, "Account", "Account name", "Budget", "Actual"]
    adoption = adopt(book(tmp_path / "ledger.xlsx", "Sheet1", _ledger(head, periods)))
    assert targets(only(adoption))[period_head] == "month"
    lines = finance_by_line(adoption)
    assert set(lines) == {(m, n) for m in (APR, MAY) for n in ("Marine works", "Design")}
    assert (lines[(MAY, "Design")].budget, lines[(MAY, "Design")].actual) == (1000, 900)


def test_a_six_digit_amount_stays_an_amount(tmp_path: Path) -> None:
    """Near-miss: ``202510`` in a ``Budget`` column is 202,510, not October 2025."""
    head = ["Period", "Account", "Account name", "Budget", "Actual"]
    rows = _ledger(head, [202604, 202605], amount=202510.0)
    lines = finance_by_line(adopt(book(tmp_path / "ledger.xlsx", "Sheet1", rows)))
    assert lines[(APR, "Design")].budget == 202510


def test_a_period_number_that_is_no_month_is_not_read(tmp_path: Path) -> None:
    """Near-miss: ``202613`` / ``202614`` (an ERP's adjustment periods, or record numbers)
    name no calendar month: no line is dated by them."""
    head = ["Period", "Account", "Account name", "Budget", "Actual"]
    rows = _ledger(head, [202613, 202614])
    months = {f.month for f in adopt(book(tmp_path / "adj.xlsx", "Sheet1", rows)).project.finance}
    assert not months & {date(2026, 1, 1), date(2026, 2, 1), date(2027, 1, 1)}


# --- a rolling forecast's flag in each month's header ------------------------------------


def _rolling(labels: list[str], legend: str | None) -> list[list[object]]:
    rows: list[list[object]] = [["Housing programme - Rolling Forecast (CAD)"]]
    rows.append([legend] if legend else [])
    rows += [[], ["Cost line", "FY26 Budget", *labels]]
    rows.append(["Envelope", 500000, 10, 20, 30, 40])
    rows.append(["Ventilation", 300000, 11, 21, 31, 41])
    return rows


@pytest.mark.parametrize(
    ("labels", "legend"),
    [
        (["Apr-26 A", "May-26 A", "Jun-26 F", "Jul-26 F"], "A = actual, F = forecast"),
        (["Apr-26 (A)", "May-26 (A)", "Jun-26 (F)", "Jul-26 (F)"], None),  # the convention
        (["A: Apr 2026", "A: May 2026", "F: Jun 2026", "F: Jul 2026"], None),  # flag first
        (["Apr-26 R", "May-26 R", "Jun-26 P", "Jul-26 P"], "R = real, P = previsión"),
        (["Apr-26 Act", "May-26 Act", "Jun-26 Fcst", "Jul-26 Fcst"], None),  # short forms
    ],
)
def test_a_flag_in_each_months_header_is_its_measure(
    labels: list[str], legend: str | None, tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "rolling.xlsx", "Rolling FC", _rolling(labels, legend)))
    lines = finance_by_line(adoption)
    assert (lines[(APR, "Envelope")].actual, lines[(APR, "Envelope")].forecast) == (10, None)
    assert (lines[(MAY, "Ventilation")].actual, lines[(MAY, "Ventilation")].forecast) == (21, None)
    assert (lines[(JUN, "Envelope")].actual, lines[(JUN, "Envelope")].forecast) == (None, 30)
    assert lines[(JUL, "Ventilation")].forecast == 41


def test_letters_of_no_legend_and_no_convention_flag_nothing(tmp_path: Path) -> None:
    """Near-miss: ``A`` after ``F`` (no rolling forecast's order) with no legend: the
    letters say no measure, every month is read as the title's (the forecast)."""
    labels = ["Apr-26 F", "May-26 A", "Jun-26 F", "Jul-26 A"]
    lines = finance_by_line(adopt(book(tmp_path / "x.xlsx", "FC", _rolling(labels, None))))
    assert all(line.actual is None for line in lines.values())


def test_one_short_form_after_every_month_marks_no_measure(tmp_path: Path) -> None:
    """Near-miss: ``ACT`` after every month (one mark: a place, initials, red team of round
    21) names no measure: the title's forecast is read, as before."""
    labels = ["Apr-26 ACT", "May-26 ACT", "Jun-26 ACT", "Jul-26 ACT"]
    lines = finance_by_line(adopt(book(tmp_path / "x.xlsx", "FC", _rolling(labels, None))))
    assert lines and all(line.actual is None for line in lines.values())


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Apr-26 A", "a"),
        ("Jul 2026 (F)", "f"),
        ("[A] Apr-26", "a"),
        ("2026-04F", "f"),
        ("Apr-26", None),
        ("Sept", None),
        ("Phase A", None),
        ("Q1 A", None),
        ("Budget A", None),
    ],
)
def test_glued_flag_reads_one_letter_beside_a_month_only(text: str, flag: str | None) -> None:
    assert glued_flag(text) == flag


# --- a job cost report's revised budget --------------------------------------------------


@pytest.mark.parametrize(
    "header", ["Revised Budget", "Current Budget", "Budget (revised)", "Adjusted budget"]
)
def test_a_revised_or_current_budget_is_the_budget(header: str, tmp_path: Path) -> None:
    rows: list[list[object]] = [["Job cost by period (CAD)"], []]
    rows.append(["Period", "Cost Code", "Description", header, "Committed Cost", "Actual Cost"])
    for month in (APR, MAY, JUN):
        rows.append([month, "03-300", "Concrete", 1000.0, 1200.0, 900.0])
        rows.append([month, "26-000", "Electrical", 2000.0, 2100.0, 1900.0])
    adoption = adopt(book(tmp_path / "jc.xlsx", "JC Export", rows))
    assert targets(only(adoption))[header] == "budget"
    assert targets(only(adoption))["Committed Cost"] is None
    lines = finance_by_line(adoption)
    assert (lines[(MAY, "Electrical")].budget, lines[(MAY, "Electrical")].actual) == (2000, 1900)


def test_the_current_budget_wins_over_the_original_beside_it(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Cost report"], []]
    rows.append(["Month", "Element", "Original Budget", "Revised Budget", "Actual"])
    for month in (APR, MAY, JUN):
        rows.append([month, "Substructure", 1000.0, 1500.0, 900.0])
        rows.append([month, "Frame", 2000.0, 2500.0, 1900.0])
    adoption = adopt(book(tmp_path / "qs.xlsx", "Cost report", rows))
    assert targets(only(adoption))["Revised Budget"] == "budget"
    assert targets(only(adoption))["Original Budget"] is None
    assert finance_by_line(adoption)[(JUN, "Frame")].budget == 2500


@pytest.mark.parametrize("header", ["Revised forecast", "Revised ETA", "Original Budget"])
def test_revised_alone_is_no_budget_and_the_original_budget_still_is(header: str) -> None:
    """Near-miss: ``revised`` beside another word than ``budget`` names no budget (a
    forecast's word); the first budget agreed alone is still the budget (a weaker
    reading)."""
    found = best_candidate(header, "finance")
    if header == "Original Budget":
        assert found is not None and found[0] == "budget" and found[1] < 1.0
    else:
        assert found is None or found[0] != "budget"
