"""Round 25 (its last hour): a finance tracker with its periods DOWN, read turned across
(:mod:`addin.adopt.periods_down`), at the start of a financial year (Actual columns empty
or of one month) and the adoption report said in the SOURCE's cells (its Total row listed,
no row of the turned table named as a source row). Each workbook is written for its test
(none is a benchmark layout or the demo's file); the near-misses (a tracker with no Actual
column at all, a price list by month with a Total row) must stay what they were.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, only
from adopt_sheets import finance_by_line as _lines

_HEAD = ["Month", "Budget", "Actual", "Forecast", "Budget", "Actual", "Forecast"]
_GROUPS = ("B3:D3", "E3:G3")


def _tracker(tmp_path: Path, actual: list[object | None], total_row: bool = False) -> Path:
    """Two lines (Roofing, Drainage) with Budget / Actual / Forecast under each, months
    down; ``actual`` holds each month's Roofing actual (Drainage's stay empty)."""
    rows: list[list[object]] = [
        ["Depot upgrade - cost tracker (£)"],
        [None],
        [None, "Roofing", None, None, "Drainage", None, None],
        list(_HEAD),
    ]
    budgets = [(1000, 500), (2000, 600), (3000, 700)]
    forecasts = [(1000, 500), (2100, 650), (2900, 700)]
    for n, label in enumerate(["Apr 2027", "May 2027", "Jun 2027"]):
        (rb, db), (rf, df) = budgets[n], forecasts[n]
        rows.append([label, rb, actual[n], rf, db, None, df])
    if total_row:
        rows.append(["Total", 6000, None, 6000, 1800, None, 1850])
    return book(tmp_path / "depot.xlsx", "Costs", rows, _GROUPS)


# --- fault 1: an Actual measure with no values, or one month's, keeps the others --------


def test_empty_actual_columns_keep_the_budget_and_forecast(tmp_path: Path) -> None:
    adoption = adopt(_tracker(tmp_path, [None, None, None]))
    table = only(adoption)
    assert table.register == "finance"
    lines = _lines(adoption)
    assert set(lines) == {(date(2027, m, 1), x) for m in (4, 5, 6) for x in ("Roofing", "Drainage")}
    assert lines[(date(2027, 5, 1), "Roofing")].forecast == 2100
    assert lines[(date(2027, 6, 1), "Drainage")].budget == 700
    assert lines[(date(2027, 5, 1), "Drainage")].forecast == 650
    assert all(f.actual is None for f in lines.values())
    # the empty Actual columns are listed, with why
    by_col = {c.column: c for c in table.columns}
    assert by_col["C"].target is None and "no amount" in by_col["C"].note
    assert by_col["B"].target == "cost_line" and by_col["D"].target == "cost_line"


def test_one_month_of_actuals_keeps_every_measure(tmp_path: Path) -> None:
    adoption = adopt(_tracker(tmp_path, [950, None, None], total_row=True))
    lines = _lines(adoption)
    assert lines[(date(2027, 4, 1), "Roofing")].actual == 950
    assert lines[(date(2027, 6, 1), "Roofing")].forecast == 2900
    assert lines[(date(2027, 6, 1), "Drainage")].budget == 700
    # the Total row is the tracker's total: no line, no month
    assert {x for _, x in lines} == {"Roofing", "Drainage"}
    assert {m for m, _ in lines} == {date(2027, m, 1) for m in (4, 5, 6)}


# --- near-misses ------------------------------------------------------------------------


def test_a_tracker_with_no_actual_column_reads_budget_and_forecast(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Depot upgrade - budget and forecast (£)"],
        [None],
        [None, "Roofing", None, "Drainage", None],
        ["Month", "Budget", "Forecast", "Budget", "Forecast"],
        ["Apr 2027", 1000, 1000, 500, 500],
        ["May 2027", 2000, 2100, 600, 650],
        ["Jun 2027", 3000, 2900, 700, 700],
    ]
    adoption = adopt(book(tmp_path / "bf.xlsx", "Costs", rows, ("B3:C3", "D3:E3")))
    lines = _lines(adoption)
    assert len(lines) == 6
    assert lines[(date(2027, 5, 1), "Drainage")].forecast == 650
    assert lines[(date(2027, 4, 1), "Roofing")].budget == 1000
    assert all(f.actual is None for f in lines.values())


def test_a_price_list_by_month_with_a_total_row_is_no_tracker(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Canteen supplier prices 2027"],
        [None],
        ["Month", "Coffee", "Milk", "Bread"],
        ["Apr 2027", 7.5, None, 1.1],
        ["May 2027", 7.6, None, 1.1],
        ["Jun 2027", 7.6, 0.9, 1.2],
        ["Total", 22.7, 0.9, 3.4],
    ]
    adoption = adopt(book(tmp_path / "prices.xlsx", "Prices", rows))
    assert adoption.project.finance == []
    assert all(t.register != "finance" for t in adoption.report.tables)


# --- faults 2-4: the report speaks of the source's cells -------------------------------


def _report(adoption: object) -> str:
    return "\n".join(adoption.report.lines())  # type: ignore[attr-defined]


def test_the_total_row_is_listed_with_its_source_cell(tmp_path: Path) -> None:
    adoption = adopt(_tracker(tmp_path, [950, 1020, None], total_row=True))
    table = only(adoption)
    (total,) = [i for i in table.skipped_rows if i.value == "Total"]
    assert (total.row, total.cell) == (8, "A8")
    assert "not a period" in total.reason and "total" in total.reason
    assert "Costs!A8 'Total' - not a period" in _report(adoption)


def test_measures_over_the_lines_name_the_source_cells_not_turned_rows(tmp_path: Path) -> None:
    adoption = adopt(_tracker(tmp_path, [950, None, None]))
    table = only(adoption)
    # no "block heading" row: the source has none (the measures are its header cells)
    assert not [i for i in table.skipped_rows if "block heading" in i.reason]
    # every row listed is a row of the source's table, with a source cell
    assert all(4 < i.row <= 7 and i.cell for i in table.skipped_rows)
    (note,) = [n for n in table.notes if n.startswith("measures kept as blocks")]
    assert "'Budget' (B4, E4)" in note and "'Actual' (C4, F4)" in note
    assert "'Forecast' (D4, G4)" in note and "(row " not in note


def test_measure_heading_rows_of_the_source_keep_their_own_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Canal lock repair - budget and actual 2026"],
        [None],
        ["Month", "Gates", "Masonry"],
        ["Budget", None, None],
        ["Jan 2026", 800, 300],
        ["Feb 2026", 900, 350],
        ["Mar 2026", 700, 250],
        ["Actual", None, None],
        ["Jan 2026", 780, 310],
    ]
    adoption = adopt(book(tmp_path / "lock.xlsx", "Lock", rows))
    table = only(adoption)
    lines = _lines(adoption)
    assert lines[(date(2026, 1, 1), "Gates")].actual == 780
    assert lines[(date(2026, 3, 1), "Masonry")].budget == 250
    headings = {i.row: i.value for i in table.skipped_rows if "block heading" in i.reason}
    assert headings == {4: "Budget", 8: "Actual"}
    (note,) = [n for n in table.notes if n.startswith("measures kept as blocks")]
    assert "'Budget' (row 4)" in note and "'Actual' (row 8)" in note


def test_a_total_row_of_uncalculated_formulas_is_listed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Depot upgrade - cost tracker (£)"],
        [None],
        [None, "Roofing", None, "Drainage", None],
        ["Month", "Budget", "Actual", "Budget", "Actual"],
        ["Apr 2027", 1000, 990, 500, 480],
        ["May 2027", 2000, None, 600, None],
        ["Total", None, None, None, None],  # =SUM(...) never calculated: read as empty
    ]
    adoption = adopt(book(tmp_path / "sums.xlsx", "Costs", rows, ("B3:C3", "D3:E3")))
    table = only(adoption)
    assert len(_lines(adoption)) == 4
    (total,) = [i for i in table.skipped_rows if i.value == "Total"]
    assert (total.row, total.cell) == (7, "A7")
    assert "a total row" in total.reason and "calculate" in total.reason
