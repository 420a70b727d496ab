"""Round 35's last half hour (task px37a): a header wrapped over two rows, found by
``benchmarks/adopt_perturb.py --structural --perturbation header_split_two_rows``.

A budget-vs-actual report's header ``Budget Hours | Actual Hours | Budget Cost | Actual
Cost`` wrapped over two rows leaves ``Hours | Hours | Cost | Cost`` on the lower row: read
alone, the one ``Cost`` read as the actuals and the budget was lost (a wrong result). The
upper row tells the repeated labels apart as standard columns, so the two rows are one
header, even where a one-word label beside them (``Project`` over ``Task``) reads a little
less certainly joined. Repeated labels the upper row tells apart by words that name no
standard column (``North`` over ``Cost``) are not enough.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, book, finance_by_line, registers, targets

TASKS = ["1.1 Program Management", "1.2 Systems Engineering"]
PERIODS = ["2026-01", "2026-02", "2026-03"]


def _report(upper: list[object], lower: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Project Budget vs Actual"], ["Run by: jw 2026-04-06"], []]
    rows += [upper, lower]
    for i, task in enumerate(TASKS):
        for j, period in enumerate(PERIODS):
            budget, actual = 1000.0 * (i + 1) + j, 900.0 * (i + 1) + j
            rows.append([task, period, 100.0, 90.0, budget, actual, budget - actual])
    return rows


def test_repeated_lower_labels_told_apart_by_the_upper_row_are_one_header(
    tmp_path: Path,
) -> None:
    upper: list[object] = ["Project", None, "Budget", "Actual", "Budget", "Actual", "Cost"]
    lower: list[object] = ["Task", "Period", "Hours", "Hours", "Cost", "Cost", "Variance"]
    adoption = adopt(book(tmp_path / "bva.xlsx", "Budget vs Actual", _report(upper, lower)))
    assert registers(adoption) == ["finance"]
    (table,) = adoption.report.adopted_tables
    read = targets(table)
    assert read["Budget Cost"] == "budget"
    assert read["Actual Cost"] == "actual"
    assert read["Period"] == "month"
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    row = lines[(date(2026, 2, 1), "1.2 Systems Engineering")]
    assert (row.budget, row.actual) == (2001.0, 1801.0)


def test_repeated_labels_told_apart_by_no_standard_words_keep_the_lower_row(
    tmp_path: Path,
) -> None:
    """The near miss: ``North`` and ``South`` over ``Cost | Cost`` name no standard column;
    the repeated columns read no better joined, so the rule does not fold the two rows."""
    upper: list[object] = ["Project", None, "North", "South", "North", "South", "Cost"]
    lower: list[object] = ["Task", "Period", "Hours", "Hours", "Cost", "Cost", "Variance"]
    adoption = adopt(book(tmp_path / "regions.xlsx", "Regions", _report(upper, lower)))
    for table in adoption.report.adopted_tables:
        assert "North Cost" not in targets(table)
        assert "South Cost" not in targets(table)


def _cost_report(years: list[object]) -> list[list[object]]:
    """A time-phased cost report (control account, its description, a cost set, months
    across) whose header is wrapped over two rows: the months' years under their names."""
    months = ["Jan", "Feb", "Mar", "Apr"]
    rows: list[list[object]] = [["Time Phased Cost Report"], ["Currency: AUD"], []]
    rows += [["Control", "CA", "Cost", *months], ["Account", "Description", "Set", *years]]
    for code, name in [("CA-100", "Hull blocks"), ("CA-200", "Combat system")]:
        budget = [1000.0 * (i + 1) + 7 for i in range(4)]
        rows.append([code, name, "BCWS", *budget])
        rows.append([code, name, "ACWP", *[b - 100 for b in budget[:2]], None, None])
    return rows


def test_years_written_in_full_under_the_months_make_the_two_rows_one_header(
    tmp_path: Path,
) -> None:
    """``Control`` over ``Account`` and ``Cost`` over ``Set`` read no better joined, but the
    months' years written in full under them (``Jan`` over ``2026``) are no item's amounts:
    read from the upper row, the lines were named ``Account`` and the cost set was lost."""
    rows = _cost_report(["2026"] * 4)
    adoption = adopt(book(tmp_path / "cobra.xlsx", "Time Phased", rows))
    assert registers(adoption) == ["finance"]
    (table,) = adoption.report.adopted_tables
    read = targets(table)
    assert read["CA Description"] == "cost_line"
    assert read["Cost Set"] == "measure"
    assert read["Feb 2026"] == "month"
    lines = finance_by_line(adoption)
    assert {name for _, name in lines} == {"Hull blocks", "Combat system"}
    row = lines[(date(2026, 2, 1), "Combat system")]
    assert (row.budget, row.actual) == (2007.0, 1907.0)


def test_two_digit_figures_under_the_months_are_not_taken_for_full_years(
    tmp_path: Path,
) -> None:
    """The near miss: figures alike under the months written with two digits (``26``) may
    be an item's amounts, so they alone do not fold the rows: the rule reads only years
    written in full."""
    rows = _cost_report(["26"] * 4)
    adoption = adopt(book(tmp_path / "short.xlsx", "Time Phased", rows))
    for table in adoption.report.adopted_tables:
        assert "Cost Set" not in targets(table)
        assert "CA Description" not in targets(table)
