"""Red team of round 31's last hour: wrong results a PMO would trust, each on a small
workbook written for it, with the near-miss the mend must not touch.

1. **a running total in a one-month cost report**: ``Cost report: October 2026`` over
   ``Cost line | Budget | Spend to date`` made the spend so far October's actual (the
   month came from the report's name, and round 13's running totals read a line's only
   month as its own). A running total is never a month's amount: left out.
2. **an approval date still ahead**: ``Sign-off date`` in a milestone plan holding the date
   the sign-off is NEEDED (after today) was read as the actual date, and the milestone
   became complete. A date after today has not happened: the column is left out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from adopt_sheets import adopt, books, field, finance_by_line, only, targets


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


def test_an_approval_date_still_ahead_is_no_actual_date(tmp_path: Path) -> None:
    ahead = datetime.combine(date.today() + timedelta(days=200), datetime.min.time())
    due = ahead - timedelta(days=20)
    for head in ("Sign-off date", "Approval date", "Accepted on"):
        path = books(
            tmp_path / "m.xlsx",
            {
                "Milestones": [
                    ["Milestone", "Due", head, "Owner"],
                    ["Design freeze", due, ahead, "Ana Lima"],
                    ["Planning consent", due + timedelta(days=30), None, "Ben Ode"],
                ]
            },
        )
        adoption = adopt(path)
        table = only(adoption)
        assert targets(table)[head] is None, head
        assert field(adoption, "milestones", "actual_date") == [None, None]
        assert field(adoption, "milestones", "status") == [None, None]  # not Complete
        said = any("approval date still ahead" in n for n in table.notes)
        assert said == (head != "Approval date")  # never read as a date of the plan's own


def test_near_miss_an_approval_date_passed_is_the_actual_date(tmp_path: Path) -> None:
    path = books(
        tmp_path / "p.xlsx",
        {
            "Milestones": [
                ["Milestone", "Due", "Sign-off date", "Owner"],
                ["Design freeze", datetime(2026, 5, 1), datetime(2026, 5, 20), "Ana Lima"],
                ["Planning consent", datetime(2026, 6, 1), None, "Ben Ode"],
            ]
        },
    )
    adoption = adopt(path)
    assert targets(only(adoption))["Sign-off date"] == "actual_date"
    assert field(adoption, "milestones", "actual_date") == [date(2026, 5, 20), None]
