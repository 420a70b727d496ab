"""Round 30 of issue 15: structural leftovers of round 29. Each rule is tried on workbooks
written for these tests (no benchmark layout), each with a near-miss that must not be
taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, targets

# ---------------------------------------------------------------------------------------
# a blank column inside a block of months, one header row: the months right of it join
# ---------------------------------------------------------------------------------------


def _months_split(tmp_path: Path, right: list[str]) -> Path:
    header: list[object] = ["Cost line", "Measure", "Jan 2026", "Feb 2026", "Mar 2026", None]
    header += right
    rows: list[list[object]] = [["Harbour Wall Repairs - Budget vs Actual"], [], header]
    rows.append(["Piling", "Budget", 100.0, 200.0, 300.0, None, 400.0, 500.0])
    rows.append(["Piling", "Actual", 90.0, 210.0, 310.0, None, 390.0, 520.0])
    rows.append(["Concrete", "Budget", 50.0, 60.0, 70.0, None, 80.0, 90.0])
    rows.append(["Concrete", "Actual", 55.0, 65.0, 75.0, None, 85.0, 95.0])
    return book(tmp_path / "months.xlsx", "Budget", rows)


def test_months_right_of_a_blank_column_inside_the_block_are_the_same_table(
    tmp_path: Path,
) -> None:
    adoption = adopt(_months_split(tmp_path, ["Apr 2026", "May 2026"]))
    table = only(adoption)
    assert table.ref == "A3:H7"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Piling")].budget == 100
    assert lines[(date(2026, 4, 1), "Piling")].budget == 400
    assert lines[(date(2026, 5, 1), "Concrete")].actual == 95
    assert len(lines) == 10


def test_near_miss_the_same_months_again_right_of_the_blank_column_stay_apart(
    tmp_path: Path,
) -> None:
    # a second block of the months it already has (another measure's table beside it)
    # is no continuation: the left table keeps its three months only
    adoption = adopt(_months_split(tmp_path, ["Jan 2026", "Feb 2026"]))
    refs = [t.ref for t in adoption.report.tables]
    assert "A3:H7" not in refs
    assert any(r.startswith("A3:E") for r in refs)


# ---------------------------------------------------------------------------------------
# a group label over sub-labels, nothing merged, empty header cells beside it
# ---------------------------------------------------------------------------------------


def _grown_header(tmp_path: Path, right_of_gap: object) -> Path:
    rows: list[list[object]] = [
        ["Canal Restoration - Milestone Tracker"],
        [],
        ["#", "Milestone", "Lead", "Dates", None, None, "Status"],
        [None, None, None, "Baseline", "Forecast", "Actual", right_of_gap],
    ]
    items = [
        ["Lock gates replaced", "Rhys Evans", date(2026, 2, 2), date(2026, 2, 9)],
        ["Towpath resurfaced", "Ffion Jones", date(2026, 3, 2), date(2026, 3, 2)],
        ["Aqueduct waterproofed", "Cerys Williams", date(2026, 6, 1), date(2026, 6, 15)],
    ]
    for i, (title, lead, base, fc) in enumerate(items):
        actual = fc if i < 2 else None
        rows.append([i + 1, title, lead, base, fc, actual, "Complete" if i < 2 else "Not Started"])
    return book(tmp_path / "tracker.xlsx", "Tracker", rows)


def test_sub_labels_under_one_group_with_empty_header_cells_are_one_header(
    tmp_path: Path,
) -> None:
    adoption = adopt(_grown_header(tmp_path, None))
    table = only(adoption)
    assert table.ref.startswith("A3:G")
    mapped = targets(table)
    assert mapped["Dates Baseline"] == "baseline_date"
    # round 31: the group written once stands over the empty header cells right of it too
    # (``Score`` over ``L | I | Total``), so each sub-label is read under it
    assert mapped["Dates Forecast"] == "forecast_date"
    assert mapped["Dates Actual"] == "actual_date"
    assert mapped["Status"] == "status"
    assert field(adoption, "milestones", "milestone") == [
        "Lock gates replaced",
        "Towpath resurfaced",
        "Aqueduct waterproofed",
    ]
    assert field(adoption, "milestones", "forecast_date") == [
        date(2026, 2, 9),
        date(2026, 3, 2),
        date(2026, 6, 15),
    ]


def test_near_miss_a_filled_cell_right_of_the_gap_is_no_group_row(tmp_path: Path) -> None:
    # the row under holds something under `Status` too: it is no row of sub-labels under
    # one group (the rule asks for nothing under the label right of the gap), and the
    # milestone plan is not read as a two-row header through the gap
    adoption = adopt(_grown_header(tmp_path, "Complete"))
    assert all(not t.ref.startswith("A3:G") for t in adoption.report.tables)


# ---------------------------------------------------------------------------------------
# a units row's currency sign names the project's currency
# ---------------------------------------------------------------------------------------


def _cost_report(tmp_path: Path, units: list[object]) -> Path:
    rows: list[list[object]] = [
        ["Distillery Expansion - Monthly Cost Report"],
        [],
        ["Month", "Cost line", "Budget", "Actual", "Var %"],
        [None, None, *units],
        [date(2026, 4, 1), "Still house", 12.5, 13.0, 0.04],
        [date(2026, 4, 1), "Warehousing", 40.0, 38.0, -0.05],
        [date(2026, 5, 1), "Still house", 10.0, 9.5, -0.05],
    ]
    return book(tmp_path / "costs.xlsx", "Costs", rows)


def test_a_units_row_of_pounds_k_names_the_currency_and_scales(tmp_path: Path) -> None:
    adoption = adopt(_cost_report(tmp_path, ["£k", "£k", None]))
    assert adoption.project.header.currency == "GBP"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Still house")].budget == 12500
    assert lines[(date(2026, 5, 1), "Still house")].actual == 9500


def test_near_miss_a_dollar_units_row_names_no_currency(tmp_path: Path) -> None:
    # `$k` scales the amounts but names no currency: the dollar is several currencies
    adoption = adopt(_cost_report(tmp_path, ["$k", "$k", None]))
    assert adoption.project.header.currency is None
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Warehousing")].budget == 40000


def test_near_miss_two_signs_in_the_units_row_name_no_currency(tmp_path: Path) -> None:
    adoption = adopt(_cost_report(tmp_path, ["£k", "€k", None]))
    assert adoption.project.header.currency is None


# ---------------------------------------------------------------------------------------
# a Chinese issue closed as a case (結案) is closed
# ---------------------------------------------------------------------------------------


def test_a_chinese_issue_closed_as_a_case_is_closed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["捷運工程 問題追蹤表"],
        [],
        ["編號", "問題", "負責人", "狀態"],
        ["Q001", "號誌系統測試延誤", "林志明", "已結案"],
        ["Q002", "電扶梯交貨延遲", "陳美玲", "處理中"],
        ["第 1 頁，共 2 頁"],
        ["Q003", "消防檢查未通過", "黃建國", "已结案"],
        ["第 2 頁，共 2 頁"],
    ]
    adoption = adopt(book(tmp_path / "zh.xlsx", "問題追蹤", rows))
    assert field(adoption, "issues", "status") == ["Closed", "In Progress", "Closed"]
