"""Red team of round 31's last hour: wrong results a PMO would trust, each on a small
workbook written for it, with the near-miss the mend must not touch.

1. **a running total in a one-month cost report**: ``Cost report: October 2026`` over
   ``Cost line | Budget | Spend to date`` made the spend so far October's actual (the
   month came from the report's name, and round 13's running totals read a line's only
   month as its own). A running total is never a month's amount: left out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, books, finance_by_line, only, targets


def test_a_running_total_in_a_one_month_report_is_no_months_actual(tmp_path: Path) -> None:
    for name, head in (("a", "Spend to date"), ("b", "Actual YTD"), ("c", "Cost to date")):
        path = books(
            tmp_path / f"{name}.xlsx",
            {
                "Report": [
                    ["Cost report: October 2026"],
                    [],
                    ["Cost line", "Budget", head],
                    ["Steel", 5_000, 3_000],
                    ["Labour", 2_000, 1_500],
                ]
            },
        )
        adoption = adopt(path)
        table = only(adoption)
        assert targets(table)[head] is None, head
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 10, 1), "Steel")].budget == 5_000
        assert lines[(date(2026, 10, 1), "Steel")].actual is None  # not 3,000 in October


def test_a_running_total_alone_in_a_one_month_report_gives_no_finance(tmp_path: Path) -> None:
    path = books(
        tmp_path / "t.xlsx",
        {
            "Report": [
                ["Cost report: October 2026"],
                [],
                ["Cost line", "Spend to date"],
                ["Steel", 3_000],
                ["Labour", 1_500],
            ]
        },
    )
    assert adopt(path).project.finance == []


def test_near_miss_the_months_own_actual_beside_a_running_total_is_read(tmp_path: Path) -> None:
    path = books(
        tmp_path / "n.xlsx",
        {
            "Report": [
                ["Cost report: October 2026"],
                [],
                ["Cost line", "Budget", "Actual this month", "Spend to date"],
                ["Steel", 5_000, 400, 3_000],
                ["Labour", 2_000, 250, 1_500],
            ]
        },
    )
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table)["Actual this month"] == "actual"
    assert targets(table)["Spend to date"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 10, 1), "Steel")].actual == 400
    assert lines[(date(2026, 10, 1), "Labour")].actual == 250
