"""Round 30 of issue 15, its last hour (task t32c): the forty-ninth batch's misses
(quantitative workbooks), mended by three general rules. Each rule tried on small
workbooks written for these tests (none is a benchmark layout), with a near-miss that must
not fire:

1. **a budget at completion is no period's budget when the period's planned value is
   beside it**: a long earned-value report's ``BAC`` (the line's whole budget, on every
   period's row) is a weaker synonym of the budget than ``PV (period)`` / ``BCWS``; alone,
   it is still read;
2. **a running-total word denied says the opposite**: a title ``Period values (not
   cumulative)`` or ``non-cumulative`` marks no month column a running total (before, the
   word ``cumulative`` turned every month into its difference from the month before);
3. **a currency field's code before a note**: ``Currency: GBP. Period values (not
   cumulative).`` is GBP, not the whole line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, best_candidate, book, column, finance_by_line, only, targets

from addin.adopt.finance import cumulative_in
from addin.adopt.project import currency_code_first

LINES = (("CA1 Hull", 40_000.0), ("CA2 Engines", 90_000.0))
MONTHS = [date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)]


# --- rule 1: BAC beside the period's planned value --------------------------------------


def test_bac_beside_the_periods_planned_value_is_no_budget(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Harbour Ferry Refit - Earned Value Report"],
        [],
        ["Period", "Control account", "BAC", "PV (period)", "EV (period)", "AC (period)"],
    ]
    for month in MONTHS:
        for n, (line, base) in enumerate(LINES):
            pv = base + month.month * 1_000.0
            rows.append([month, line, 900_000.0 + n, pv, pv - 500.0, pv + 700.0])
    adoption = adopt(book(tmp_path / "bac.xlsx", "EV", rows))
    mapped = targets(only(adoption))
    assert mapped["PV (period)"] == "budget"
    assert mapped["BAC"] is None
    assert "budget at completion" in column(only(adoption), "BAC").note
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "CA2 Engines")].budget == 93_000.0
    assert lines[(date(2026, 3, 1), "CA2 Engines")].actual == 93_700.0


def test_bac_alone_is_still_the_budget() -> None:
    # near-miss: a BAC with no other budget column beside it is still read, for certain
    assert best_candidate("BAC", "finance") == ("budget", 0.9)
    assert best_candidate("PV (period)", "finance") == ("budget", 1.0)
    assert best_candidate("Budget", "finance") == ("budget", 1.0)


# --- rule 2: a running-total word denied ------------------------------------------------


def _months_across(tmp_path: Path, name: str, note: str) -> Path:
    rows: list[list[object]] = [
        ["Harbour Ferry Refit - Budget by Control Account"],
        [note],
        [],
        ["Control account", *MONTHS],
    ]
    for line, base in LINES:
        rows.append([line, base, base * 2, base * 3])
    return book(tmp_path / name, "Budget", rows)


def test_a_title_saying_not_cumulative_reads_the_figures_as_written(tmp_path: Path) -> None:
    adoption = adopt(_months_across(tmp_path, "nc.xlsx", "Period values (not cumulative)."))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "CA2 Engines")].budget == 180_000.0
    assert lines[(date(2026, 4, 1), "CA1 Hull")].budget == 120_000.0


def test_a_title_saying_cumulative_still_turns_running_totals(tmp_path: Path) -> None:
    # near-miss: the word not denied still says running totals
    adoption = adopt(_months_across(tmp_path, "cu.xlsx", "Cumulative values."))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "CA2 Engines")].budget == 90_000.0
    assert lines[(date(2026, 4, 1), "CA1 Hull")].budget == 40_000.0


def test_cumulative_words_denied() -> None:
    assert not cumulative_in("Period values (not cumulative)")
    assert not cumulative_in("Non-cumulative monthly figures")
    assert cumulative_in("Cumulative cost to date")
    assert cumulative_in("Cum. Actual")
    assert cumulative_in("YTD spend")


# --- rule 3: a currency code before a note ----------------------------------------------


def test_a_currency_field_with_a_note_after_its_code(tmp_path: Path) -> None:
    path = _months_across(tmp_path, "cur.xlsx", "Currency: GBP. Period values (not cumulative).")
    assert adopt(path).project.header.currency == "GBP"


def test_a_currency_fields_other_values_are_kept() -> None:
    # near-misses: a bare code, a unit word after a space, a name, an unknown code
    assert currency_code_first("EUR (thousands)") == "EUR"
    assert currency_code_first("GBP") == "GBP"
    assert currency_code_first("SEK thousands") == "SEK thousands"
    assert currency_code_first("Pounds sterling") == "Pounds sterling"
    assert currency_code_first("ABC. Internal units") == "ABC. Internal units"
