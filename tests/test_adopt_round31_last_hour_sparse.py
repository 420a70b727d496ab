"""Round 31's last hour (task t33c): the fifty-second batch's misses (sparse and early-life
workbooks) mended as kinds, each rule tried on small workbooks written for these tests
(other words, other positions) beside the near-miss it must not fire on:

1. **a row of <...> prompts** under a register whose items are named in a description
   column (no title column): the template's, no item, listed with its row;
2. **a template's lists sheet** (``Type | Status`` over ``Risk | Open``): type words and
   no item's text, no mixed RAID log;
3. **a one-month cost report**: its name gives its month (``Cost report: October 2026``)
   and ``Actual this month`` is its actual, not a month column;
4. **a long finance row whose amounts all say none yet** (``TBC``, ``-``): no line;
5. **an item's text that says none yet** (``TBD``) beside its pre-numbered ref only: no item.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, books, field, finance_by_line, targets

from addin.adopt.one_period import month_of_line

# 1. a row of prompts ------------------------------------------------------------------------


def test_a_row_of_prompts_under_a_description_column_is_no_risk(tmp_path: Path) -> None:
    path = books(
        tmp_path / "r.xlsx",
        {
            "Risk Log": [
                ["Ref", "Raised", "Description", "Likelihood", "Impact", "Owner", "Status"],
                [None, "<date>", "<What could happen and why>", "<1-5>", "<1-5>", "<Owner>",
                 "<Select>"],
                ["R-001", datetime(2026, 3, 2), "Quarry lorries delayed", 3, 4, "Ana Lima",
                 "Open"],
                ["R-002", datetime(2026, 3, 4), "Crane hire doubles", 2, 3, "Ben Ode", "Open"],
            ]
        },
    )  # fmt: skip
    adoption = adopt(path)
    assert field(adoption, "risks", "title") == [
        "Quarry lorries delayed",
        "Crane hire doubles",
    ]
    (table,) = adoption.report.adopted_tables
    assert any(s.row == 2 and "placeholder" in s.reason for s in table.skipped_rows)
    assert table.unconverted == []


def test_near_miss_a_description_with_a_real_date_is_a_risk(tmp_path: Path) -> None:
    path = books(
        tmp_path / "n.xlsx",
        {
            "Risks": [
                ["Ref", "Raised", "Description", "Owner", "Status"],
                ["R-001", datetime(2026, 3, 2), "<Supplier> fails to deliver", "Ana Lima", "Open"],
                ["R-002", datetime(2026, 3, 9), "<Describe the risk>", "Ben Ode", "Open"],
            ]
        },
    )
    # a date somebody wrote and a named owner: the project's row, whatever its text says
    assert len(adopt(path).project.risks) == 2


# 2. a template's lists sheet ----------------------------------------------------------------


def test_a_lists_sheet_of_type_words_is_no_raid_log(tmp_path: Path) -> None:
    path = books(
        tmp_path / "l.xlsx",
        {
            "RAID": [
                ["ID", "Type", "Description", "Owner", "Status"],
                ["R-001", "Risk", "Kennel licence refused", "Eva Rossi", "Open"],
                ["I-001", "Issue", "Aviary roof leaks", "Luca Neri", "Open"],
            ],
            "Drop-downs": [
                ["Category", "State"],
                ["Risk", "Open"],
                ["Issue", "Closed"],
                ["Action", "On hold"],
                ["Decision", None],
            ],
        },
    )
    adoption = adopt(path)
    assert len(adoption.project.risks) == 1 and len(adoption.project.issues) == 1
    assert [t.sheet for t in adoption.report.adopted_tables] == ["RAID"]


def test_near_miss_a_raid_log_of_short_titles_is_read(tmp_path: Path) -> None:
    path = books(
        tmp_path / "m.xlsx",
        {
            "Log": [
                ["Type", "Title", "Status"],
                ["Risk", "Fog", "Open"],
                ["Issue", "Leak", "Open"],
                ["Assumption", "Grant paid", "Open"],
            ]
        },
    )
    adoption = adopt(path)
    assert len(adoption.project.risks) == 1 and len(adoption.project.assumptions) == 1


# 3. a one-month cost report ------------------------------------------------------------------


def test_report_names_with_their_month() -> None:
    assert month_of_line("Cost report: October 2026") == date(2026, 10, 1)
    assert month_of_line("Monthly finance report - Oct 2026") == date(2026, 10, 1)
    assert month_of_line("Spend report for March 2027") == date(2027, 3, 1)
    assert month_of_line("June 2026 cost report") == date(2026, 6, 1)
    # near-misses: a quarter, a year, a report date, a month label of a status report
    assert month_of_line("Cost report: Q3 2026") is None
    assert month_of_line("Cost report: 2026") is None
    assert month_of_line("Report date: 12 October 2026") is None
    assert month_of_line("Reporting month: October 2026") is None


def test_a_one_month_cost_report_is_that_months_finance(tmp_path: Path) -> None:
    for name, title, head in (
        ("a", "Cost report: October 2026", "Actual this month"),
        ("b", "Monthly cost report - Oct 2026", "Spend this period"),
    ):
        path = books(
            tmp_path / f"{name}.xlsx",
            {
                "Report": [
                    ["Mill extension"],
                    [title],
                    ["Amounts in USD"],
                    [],
                    ["Cost line", "Budget", head, "Notes"],
                    ["Shelving", 5_400, None, "awaiting invoice"],
                    ["Transport", 6_200, 500, None],
                    ["Training", 3_500, "n/a", None],
                ]
            },
        )
        adoption = adopt(path)
        (table,) = adoption.report.adopted_tables
        assert targets(table)[head] == "actual"
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 10, 1), "Transport")].actual == 500
        assert lines[(date(2026, 10, 1), "Shelving")].budget == 5_400
        assert len(lines) == 3


def test_near_miss_a_report_of_a_quarter_gives_no_month(tmp_path: Path) -> None:
    path = books(
        tmp_path / "q.xlsx",
        {
            "Report": [
                ["Cost report: Q3 2026"],
                [],
                ["Cost line", "Budget", "Actual this month"],
                ["Shelving", 5_400, 200],
                ["Transport", 6_200, 500],
            ]
        },
    )
    assert adopt(path).project.finance == []


# 4. a long finance row with no amount yet ---------------------------------------------------


def test_a_month_of_a_line_with_no_amount_yet_is_no_line(tmp_path: Path) -> None:
    path = books(
        tmp_path / "s.xlsx",
        {
            "Costs": [
                ["Period", "Workstream", "Plan", "Actual", "Remarks"],
                [datetime(2026, 11, 1), "Decking", 18_000, 5_000, None],
                [datetime(2026, 11, 1), "Cabin", 24_000, "-", None],
                [datetime(2026, 12, 1), "Decking", "TBC", "-", None],
                [datetime(2026, 12, 1), "Cabin", "TBD", None, None],
                [datetime(2027, 1, 1), "Cabin", "TBC", None, "quote due"],
            ]
        },
    )
    adoption = adopt(path)
    lines = finance_by_line(adoption)
    assert sorted(lines) == [
        (date(2026, 11, 1), "Cabin"),
        (date(2026, 11, 1), "Decking"),
        (date(2027, 1, 1), "Cabin"),  # near-miss: a remark beside it keeps the row
    ]
    (table,) = adoption.report.adopted_tables
    assert sum("no amount yet" in s.reason for s in table.skipped_rows) == 2


# 5. an item that says none yet ---------------------------------------------------------------


def test_numbered_rows_whose_text_says_none_yet_are_no_items(tmp_path: Path) -> None:
    path = books(
        tmp_path / "d.xlsx",
        {
            "Decisions": [
                ["Ref", "Date", "Decision", "Decided by"],
                ["DEC-01", datetime(2026, 9, 1), "Lime mortar only", "Board"],
                ["DEC-02", datetime(2026, 9, 8), "Clockmaker from Perast", "Board"],
                ["DEC-03", datetime(2026, 9, 15), "Keep the old clock face", "Mayor"],
                ["DEC-04", None, "TBD", None],
                ["DEC-05", None, "TBC", None],
            ]
        },
    )
    adoption = adopt(path)
    assert len(adoption.project.decisions) == 3
    (table,) = adoption.report.adopted_tables
    assert sum("placeholder" in s.reason for s in table.skipped_rows) == 2


def test_near_miss_a_decision_to_be_decided_with_its_date_is_kept(tmp_path: Path) -> None:
    path = books(
        tmp_path / "e.xlsx",
        {
            "Decisions": [
                ["Ref", "Date", "Decision", "Decided by"],
                ["DEC-01", datetime(2026, 9, 1), "Lime mortar only", "Board"],
                ["DEC-02", datetime(2026, 9, 8), "Clockmaker from Perast", "Board"],
                ["DEC-03", datetime(2026, 9, 20), "TBD", "Board"],
            ]
        },
    )
    assert len(adopt(path).project.decisions) == 3
