"""Round 38 (task t47b): tuning on the hundred-and-third batch (finance trackers of every
shape). Each rule on a small workbook of its own shape: an English cost follow-up across a
year end whose year row (``2026`` / ``2027`` typed as numbers, merged) stands over month
names without a year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, book, finance_by_line


def test_year_numbers_merged_over_month_names_give_each_month_its_year(tmp_path: Path) -> None:
    """``2026`` merged over ``October | November | December`` and ``2027`` over ``January |
    February``: each month is in the year over it, whatever year the status line names (the
    months were read from the status year 2027, October 2027 to February 2028)."""
    rows: list[list[object]] = [
        ["Riverside school - cost follow-up", None, None, "Status 2/2027"],
        [],
        [None, None, 2026, None, None, 2027, None],
        ["Cost line", "Measure", "October", "November", "December", "January", "February"],
        ["Design", "Budget", 100, 200, 300, 400, 500],
        ["Design", "Actual", 110, 190, 310, 390, None],
        ["Timber frame", "Budget", 1000, 2000, 3000, 4000, 5000],
        ["Timber frame", "Actual", 900, 2100, 2900, 4100, None],
    ]
    path = book(tmp_path / "follow_up.xlsx", "Costs", rows, merged=("C3:E3", "F3:G3"))
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 10, 1), "Design")].budget == 100
    assert lines[(date(2026, 12, 1), "Timber frame")].actual == 2900
    assert lines[(date(2027, 1, 1), "Design")].actual == 390
    assert lines[(date(2027, 2, 1), "Timber frame")].budget == 5000
    assert not any(month.year == 2028 for month, _ in lines)
