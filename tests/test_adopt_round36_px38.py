"""Round 36 (task px38): structural perturbations on the tuning layouts, found with
``benchmarks/adopt_perturb.py --structural``.

A finance tracker whose header ``Budget CHF | Ist CHF | Forecast CHF`` is wrapped over two
rows leaves ``CHF | CHF | CHF`` on the lower row under ``Budget | Ist | Forecast``. The
header finder weighs each reading by its labels' vocabulary, and told labels apart by
reading them in lower case: ``budget chf`` names no column (a currency's code is read only
in capitals), so the joined header said no more than the upper row alone, the upper row
was taken as the header and the table's lines were lost. Labels are now read as written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.detect import _vocabulary
from tests.adopt_sheets import adopt, book, finance_by_line, registers, targets

LINES = ["Aufzugsanlage", "Honorare", "Baumeister"]
MONTHS = ["Feb 2026", "Mar 2026", "Apr 2026"]


def _tracker(upper: list[object], lower: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Ersatz Personenaufzug Haus B"], [], upper, lower]
    for j, month in enumerate(MONTHS):
        for i, line in enumerate(LINES):
            budget = 1000.0 * (i + 1) + 10 * j
            rows.append([month, line, budget, budget + 50, budget + 70, "Teilrechnung"])
    return rows


def test_a_currency_code_under_each_amount_label_joins_the_two_rows(tmp_path: Path) -> None:
    upper: list[object] = [None, None, "Budget", "Ist", "Forecast", None]
    lower: list[object] = ["Monat", "Position", "CHF", "CHF", "CHF", "Bemerkung"]
    adoption = adopt(book(tmp_path / "kosten.xlsx", "Kosten", _tracker(upper, lower)))
    assert registers(adoption) == ["finance"]
    (table,) = adoption.report.adopted_tables
    read = targets(table)
    assert read["Budget CHF"] == "budget"
    assert read["Ist CHF"] == "actual"
    assert read["Forecast CHF"] == "forecast"
    lines = finance_by_line(adoption)
    assert len(lines) == 9
    row = lines[(date(2026, 3, 1), "Honorare")]
    assert (row.budget, row.actual, row.forecast) == (2010.0, 2060.0, 2080.0)


def test_labels_weighed_as_written_not_in_lower_case() -> None:
    """A header's vocabulary reads ``Budget CHF`` as a budget (it read nothing before);
    labels differing only in case still count once; the near miss: the code written in
    lower case (``budget chf``, no currency's spelling) says nothing."""
    assert _vocabulary(["Budget CHF", "Ist CHF"]) == 2.0
    assert _vocabulary(["Budget CHF", "BUDGET chf"]) == 1.0
    assert _vocabulary(["budget chf"]) == 0.0


def _measure_rows(spacer_after: int) -> list[list[object]]:
    """A cost tracker of one line per measure (``Budget``, ``Actual``, ``Forecast``), months
    across, a blank spacer column before the last month: actuals stop before it."""
    months = [date(2026, m, 1) for m in range(4, 10)]
    head: list[object] = ["Cost line", "Measure", *months]
    head.insert(2 + spacer_after, None)
    rows: list[list[object]] = [["Chair Lift - Cost Tracker"], ["Currency: JPY"], [], head]
    for i, line in enumerate(["Towers", "Civil works", "Drive terminal"]):
        base = 1000.0 * (i + 1)
        for measure, figures in (
            ("Budget", [base + m for m in range(6)]),
            ("Actual", [base + 100 + m for m in range(3)] + [None] * 3),
            ("Forecast", [None] * 3 + [base + 200 + m for m in range(3)]),
        ):
            row: list[object] = [line, measure, *figures]
            row.insert(2 + spacer_after, None)
            rows.append(row)
    return rows


def test_the_last_month_right_of_a_spacer_joins_a_tracker_of_measure_rows(
    tmp_path: Path,
) -> None:
    adoption = adopt(book(tmp_path / "lift.xlsx", "Cost Tracker", _measure_rows(5)))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 18
    row = lines[(date(2026, 9, 1), "Civil works")]
    assert (row.budget, row.forecast) == (2005.0, 2202.0)


def test_a_spacer_between_months_that_do_not_follow_still_splits() -> None:
    """The near miss: the month right of the spacer is not the next one (``Aug | | Jan``):
    two trackers side by side, not one."""
    from addin.adopt.detect import next_months_spaced
    from addin.adopt.grid import Grid, SheetGrid

    rows = _measure_rows(5)
    rows[3][8] = date(2026, 1, 1)
    grid = Grid(SheetGrid(name="Cost Tracker", rows=rows))
    assert not next_months_spaced(grid, 4, 7, 9)
    rows[3][8] = date(2026, 9, 1)
    assert next_months_spaced(Grid(SheetGrid(name="Cost Tracker", rows=rows)), 4, 7, 9)


def _accruals(run_on: bool) -> list[list[object]]:
    """An accruals tracker with a spacer before its forecast and notes: the actual months
    hold the amounts invoiced and accrued, the later months the month, the line and the
    forecast."""
    rows: list[list[object]] = [["Arena Renewal - Accruals (CAD)"], []]
    rows.append(
        ["Month", "Cost line", "Invoiced", "Accrued", "Total actual", None, "Forecast", "Notes"]
    )
    lines = ["Roof membrane", "Dasher boards", "Arena floor"]
    for i, line in enumerate(lines):
        invoiced, accrued = 1000.0 * (i + 1), 100.0 * (i + 1)
        rows.append(
            [date(2026, 3, 1), line, invoiced, accrued, invoiced + accrued, None, None, "Accrued"]
        )
    for month in (4, 5, 6):
        for i, line in enumerate(lines):
            forecast = 500.0 * (i + 1) + month
            left: list[object] = [date(2026, month, 1), line] if run_on else [None, None]
            rows.append([*left, None, None, None, None, forecast, "Quote" if i == 0 else None])
    return rows


def test_the_forecasts_right_of_a_spacer_join_where_the_actuals_end_earlier(
    tmp_path: Path,
) -> None:
    adoption = adopt(book(tmp_path / "accruals.xlsx", "Accruals", _accruals(True)))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 12
    assert lines[(date(2026, 3, 1), "Dasher boards")].actual == 2200.0
    assert lines[(date(2026, 5, 1), "Arena floor")].forecast == 1505.0


def test_a_part_that_does_not_run_on_beside_the_longer_is_not_joined() -> None:
    """The near miss: the left part stops (its later rows blank) while the right part goes
    on: no rows of one tracker, so the rule does not join them."""
    from addin.adopt.detect import find_tables
    from addin.adopt.grid import Grid, SheetGrid
    from addin.adopt.spacers import _beside_run_on

    for run_on in (True, False):
        grid = Grid(SheetGrid(name="Accruals", rows=_accruals(run_on)))
        blocks = find_tables(grid)
        pairs = [(a, b) for a in blocks for b in blocks if b.first_col == a.last_col + 2]
        assert pairs
        assert any(_beside_run_on(grid, a, b, blocks) for a, b in pairs) == run_on
