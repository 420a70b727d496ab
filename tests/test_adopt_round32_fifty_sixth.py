"""Round 32 (its last hour, task t34c): the fifty-sixth batch's misses (finance trackers).

Each rule is proved on workbooks written here (other words, other positions, other forms
than the batch's), with a near-miss that must not fire:

- a ledger's period written YEAR FIRST (``2026/003``, ``2026.004``, ``2026-P05``, as
  SunSystems, Dynamics and Sage write it) is the fiscal period of that year, as
  ``003.2026`` was; ``2026/03`` stays a calendar month and year;
- a long export's measure column of one-letter codes that the title block's legend gives
  (``Ledger A = actual, B = budget``) is the measure column; letters with no legend name
  no measure;
- a long export's measure column (words or legend letters) beside its month and one amount
  says finance, as a header naming the measure does, though no header word names a register;
- a title block's line holding a currency code alone (``EUR``, ``GBP '000``) is the
  table's currency; ``TBC``, ``ALL`` or two codes name none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.currency import bare_code
from addin.adopt.finance import value_measure
from addin.adopt.periods import period_year_value
from tests.adopt_sheets import adopt, book, finance_by_line, only, targets

JAN, FEB, MAR, APR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)

# --- a period written year first ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026/003", (3, 2026)),
        ("2026.004", (4, 2026)),
        ("2026-P05", (5, 2026)),
        ("2026 P12", (12, 2026)),
        ("001.2026", (1, 2026)),  # the other way round, as before
        ("2026/013", None),  # an adjustment period: no month
        ("2026/03", None),  # two digits: a calendar month (read elsewhere)
        ("2026-001", None),  # a record number: a year and a sequence
        ("2026-P01", (1, 2026)),
        ("1999/2026", None),
    ],
)
def test_a_period_and_its_year_either_way_round(
    text: str, expected: tuple[int, int] | None
) -> None:
    assert period_year_value(text) == expected


# --- a ledger export: legend letters as the measure ---------------------------------------


def _ledger(
    head: list[str],
    periods: list[str],
    codes: tuple[str, str],
    note: str,
    title: str = "Harbour works - ledger extract",
) -> list[list[object]]:
    """A title, a note line, a blank row, ``head`` and for each period two accounts, each
    with its budget row (``codes[0]``) and actual row (``codes[1]``)."""
    rows: list[list[object]] = [[title], [note], [], head]
    for n, period in enumerate(periods):
        for acct, desc in (("62100", "Dredging"), ("62400", "Fenders")):
            rows.append([period, codes[0], acct, desc, f"{1000 * (n + 1):,.2f}"])
            rows.append([period, codes[1], acct, desc, f"({250 * (n + 1):,.2f})"])
    return rows


@pytest.mark.parametrize(
    ("head", "periods", "codes", "note", "months"),
    [
        (  # SunSystems: Ledger A / B, the note saying the fiscal year is the calendar's
            ["Period", "Ledger", "Account", "Description", "Amount"],
            ["2026/001", "2026/002"],
            ("B", "A"),
            "Fiscal year = calendar year. Ledger A = actual, B = budget.",
            (JAN, FEB),
        ),
        (  # Dynamics-style: Version P / A, periods P-numbered after the year
            ["Fiscal period", "Version", "Account", "Account name", "Value"],
            ["2026-P03", "2026-P04"],
            ("P", "A"),
            "Periods are calendar months; P = plan, A = actual",
            (MAR, APR),
        ),
        (  # a Spanish legend (R = real, P = presupuesto) under an English header
            ["Period", "Type", "Code", "Description", "Amount"],
            ["2026.002", "2026.003"],
            ("P", "R"),
            "Fiscal year = calendar year. Type: R = real, P = presupuesto",
            (FEB, MAR),
        ),
    ],
    ids=["sunsystems", "plan-actual", "spanish-legend"],
)
def test_a_ledger_exports_legend_letters_are_its_measures(
    tmp_path: Path,
    head: list[str],
    periods: list[str],
    codes: tuple[str, str],
    note: str,
    months: tuple[date, date],
) -> None:
    rows = _ledger(head, periods, codes, note)
    adoption = adopt(book(tmp_path / "ledger.xlsx", "Export", rows))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert (got[head[0]], got[head[1]], got[head[3]]) == ("month", "measure", "cost_line")
    lines = finance_by_line(adoption)
    assert len(lines) == 4
    first, second = months
    assert lines[(first, "Dredging")].budget == pytest.approx(1000.0)
    assert lines[(first, "Dredging")].actual == pytest.approx(-250.0)  # a credit
    assert lines[(second, "Fenders")].budget == pytest.approx(2000.0)
    assert lines[(second, "Fenders")].actual == pytest.approx(-500.0)


def test_letters_with_no_legend_name_no_measure(tmp_path: Path) -> None:
    # near-miss: the same export with no legend: `A` / `B` may be grades, teams or phases,
    # so no row's amount is moved to a measure and the table is no finance tracker read
    # through letters
    rows = _ledger(
        ["Period", "Ledger", "Account", "Description", "Amount"],
        ["2026/001", "2026/002"],
        ("B", "A"),
        "Fiscal year = calendar year.",
    )
    adoption = adopt(book(tmp_path / "ledger.xlsx", "Export", rows))
    assert all(
        target != "measure"
        for table in adoption.report.tables
        for target in targets(table).values()
    )


def test_value_measure_reads_a_letter_only_through_the_legend() -> None:
    letters = {"a": "actual", "b": "budget"}
    assert value_measure("A", letters) == "actual"
    assert value_measure("b.", letters) == "budget"
    assert value_measure("F", letters) is None  # not in the legend
    assert value_measure("A") is None  # no legend
    assert value_measure("Budget") == "budget"


def test_a_measure_column_of_words_says_finance_with_no_register_word(tmp_path: Path) -> None:
    # a planning system's extract: no header word names a finance register; its `Version`
    # column of Budget / Actual beside the period and one amount does
    rows: list[list[object]] = [["Quay 4 - extract"], [], ["Period", "Version", "Item", "Value"]]
    for period, month in (("001.2026", 1), ("002.2026", 2)):
        for item in ("Piling", "Lighting"):
            rows.append([period, "Budget", item, 100.0 * month])
            rows.append([period, "Actual", item, 90.0 * month])
    rows[0] = ["Quay 4 - extract (fiscal year = calendar year)"]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Data", rows))
    table = only(adoption)
    assert table.register == "finance"
    lines = finance_by_line(adoption)
    assert lines[(FEB, "Lighting")].budget == pytest.approx(200.0)
    assert lines[(FEB, "Lighting")].actual == pytest.approx(180.0)


# --- a currency code alone on a title block's line -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EUR", "EUR"),
        ("GBP '000", "GBP"),
        ("USD k", "USD"),
        (" NZD. ", "NZD"),
        ("ALL", None),  # all figures, no Albanian lek
        ("TBC", "TBC"),  # the shape; the standards' list turns it down
        ("eur", None),  # a word, not a code
        ("EUR and USD", None),
    ],
)
def test_a_bare_code_line(text: str, expected: str | None) -> None:
    assert bare_code(text) == expected


def _grid(unit: str | None, title_row: int = 1) -> list[list[object]]:
    rows: list[list[object]] = [["Packhouse plan - Budget and Actuals"]]
    if unit is not None:
        rows.append([unit])
    rows += [[], ["Line", "Type", "Jan-26", "Feb-26", "Mar-26"]]
    for line in ("Roof", "Sorting"):
        rows.append([line, "Budget", 100.0, 200.0, 300.0])
        rows.append([line, "Actual", 90.0, 210.0, None])
    return rows


@pytest.mark.parametrize("unit", ["EUR", "GBP '000", "CAD"])
def test_a_code_alone_under_the_title_is_the_currency(tmp_path: Path, unit: str) -> None:
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", _grid(unit)))
    assert only(adoption).register == "finance"
    assert adoption.project.header.currency == unit[:3]


@pytest.mark.parametrize("unit", [None, "TBC", "ALL", "Draft"])
def test_no_code_alone_gives_no_currency(tmp_path: Path, unit: str | None) -> None:
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", _grid(unit)))
    assert only(adoption).register == "finance"
    assert adoption.project.header.currency is None


def test_a_measure_column_of_hours_says_no_finance(tmp_path: Path) -> None:
    # near-miss: the same extract of planned and actual HOURS by team is effort, not money
    rows: list[list[object]] = [
        ["Quay 4 - effort extract"],
        [],
        ["Period", "Version", "Team", "Hours"],
    ]
    for period, month in (("001.2026", 1), ("002.2026", 2)):
        for team in ("Divers", "Crane crew"):
            rows.append([period, "Budget", team, 100.0 * month])
            rows.append([period, "Actual", team, 90.0 * month])
    adoption = adopt(book(tmp_path / "hours.xlsx", "Data", rows))
    assert not adoption.project.finance


# --- k58's leftover: a plan of two years spaced by an empty column ---------------------------


def _two_years(first: str, second: str, months: list[str]) -> list[list[object]]:
    """A title, a row of year labels (one over each part), the month words twice with an
    empty column between, three lines."""
    n = len(months)
    rows: list[list[object]] = [["Depot refit - budget (GBP)"], []]
    rows.append([None, first, *[None] * (n - 1), None, second])
    rows.append(["Cost line", *months, None, *months])
    for k, line in zip((1, 3, 7), ("Roof", "Cladding", "Electrics"), strict=True):
        here = [100.0 * k * (m + 1) for m in range(n)]
        rows.append([line, *here, None, *[10 * v for v in here]])
    return rows


@pytest.mark.parametrize(
    ("first", "second", "months", "start", "later"),
    [
        ("2026", "2027", ["Jan", "Feb", "Mar"], JAN, date(2027, 1, 1)),
        ("FY2026/27", "FY2027/28", ["Apr", "May", "Jun"], APR, date(2027, 4, 1)),
        ("2026", "2027", ["Oct", "Nov", "Dec", "Jan"], date(2026, 10, 1), date(2027, 10, 1)),
    ],
    ids=["calendar", "financial", "four-months"],
)
def test_the_next_years_months_right_of_a_spacer_continue_the_plan(
    tmp_path: Path, first: str, second: str, months: list[str], start: date, later: date
) -> None:
    adoption = adopt(book(tmp_path / "plan.xlsx", "Budget", _two_years(first, second, months)))
    table = only(adoption)
    assert table.register == "finance"
    lines = finance_by_line(adoption)
    assert lines[(start, "Roof")].budget == pytest.approx(100.0)
    assert lines[(later, "Roof")].budget == pytest.approx(1000.0)
    assert lines[(later, "Electrics")].budget == pytest.approx(7000.0)
    assert len(lines) == 3 * 2 * len(months)


@pytest.mark.parametrize(
    ("first", "second"),
    [("2027", "2026"), ("Budget", "Actual"), ("2026", "2026")],
    ids=["earlier-year", "measures", "same-year"],
)
def test_the_same_months_right_of_a_spacer_under_no_later_year_stay_apart(
    tmp_path: Path, first: str, second: str
) -> None:
    # near-miss: the same month words right of the spacer under an earlier year, the same
    # year or no year (a measure's label) are not the next year's months
    rows = _two_years(first, second, ["Jan", "Feb", "Mar"])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Budget", rows))
    left = next(t for t in adoption.report.tables if "A" in {c.column for c in t.columns})
    assert "F" not in {c.column for c in left.columns}
