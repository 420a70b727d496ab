"""Round 18 (issue 15): a finance tracker's measures kept as blocks, read once.

Trackers hold the same cost lines by period once per measure: a Budget block and an Actual
block (a Forecast, a Committed, a Variance one), side by side under group labels, one under
the other under their own headings and header rows, or one per sheet, often with totals. The
same cost line in two blocks is ONE line with two measures; totals, subtotals and variance
blocks are derived and never a line; a measure the standard Finance register has no column
for (committed costs) is listed, never read as another. Every shape is written for this test
(none is a benchmark layout)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, books

from addin.adopt import Adoption
from addin.adopt.finance import MonthColumn, derived_figure, measure_in
from addin.adopt.finance_blocks import block_heading, carry_group_labels, sheet_titles

M = ["Jan-26", "Feb-26", "Mar-26"]
JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


def _lines(adoption: Adoption) -> dict[tuple[date | None, str | None], tuple[object, ...]]:
    return {
        (f.month, f.cost_line): (f.budget, f.actual, f.forecast) for f in adoption.project.finance
    }


BUDGET = [["Staff", 100, 100, 100], ["Travel", 20, 30, 40]]
ACTUAL = [["Staff", 90, 110, None], ["Travel", 25, 28, None]]
EXPECTED = {
    (JAN, "Staff"): (100.0, 90.0, None),
    (FEB, "Staff"): (100.0, 110.0, None),
    (MAR, "Staff"): (100.0, None, None),
    (JAN, "Travel"): (20.0, 25.0, None),
    (FEB, "Travel"): (30.0, 28.0, None),
    (MAR, "Travel"): (40.0, None, None),
}


def test_stacked_blocks_under_headings_are_one_line_with_two_measures(tmp_path: Path) -> None:
    rows = [
        ["Project Falcon cost tracker 2026 (£)"],
        [],
        ["Budget"],
        ["Cost line", *M, "Total"],
        *[[*r, sum(v or 0 for v in r[1:])] for r in BUDGET],
        ["Total", 120, 130, 140, 390],
        [],
        ["Actual"],
        ["Cost line", *M, "Total"],
        *[[*r, sum(v or 0 for v in r[1:])] for r in ACTUAL],
        ["Total", 115, 138, None, 253],
    ]
    adoption = adopt(books(tmp_path / "stacked.xlsx", {"Tracker": rows}))
    assert _lines(adoption) == EXPECTED  # 6 lines, never 12, nothing summed twice
    # round 23: each block under its own heading and header row is a table of its own
    # (one blank row apart or two, as the held-out batches' truth counts them); the same
    # line in both is still one line with two measures
    budget, actual = adoption.report.adopted_tables
    assert (budget.header_row, actual.header_row) == (4, 10)
    assert any(
        "heading 'Actual' on row 9 over this block names its measure" in n for n in actual.notes
    )
    assert any("joined to it" in n for n in actual.notes)
    skipped = [s for t in (budget, actual) for s in t.skipped_rows]
    assert sum("total" in s.reason for s in skipped) == 2


def test_stacked_blocks_with_no_blank_row_between_stay_one_table(tmp_path: Path) -> None:
    """Near-miss of round 23's split: the `Actual` heading right under the budget's last
    line (no blank row) is a block inside one table, as round 18 read it."""
    rows = [
        ["Project Falcon cost tracker 2026 (£)"],
        [],
        ["Budget"],
        ["Cost line", *M],
        *BUDGET,
        ["Actual"],
        ["Cost line", *M],
        *ACTUAL,
    ]
    adoption = adopt(books(tmp_path / "tight.xlsx", {"Tracker": rows}))
    assert _lines(adoption) == EXPECTED
    (table,) = adoption.report.adopted_tables
    assert any("'Actual' (row 7) start" in n for n in table.notes)
    assert any("block heading" in s.reason for s in table.skipped_rows)


def test_stacked_blocks_without_headings_named_by_their_header_rows(tmp_path: Path) -> None:
    rows = [
        ["Cost tracker 2026"],
        ["Cost line", "Budget Jan-26", "Budget Feb-26", "Budget Mar-26"],
        *BUDGET,
        ["Cost line", "Actual Jan-26", "Actual Feb-26", "Actual Mar-26"],
        *ACTUAL,
    ]
    adoption = adopt(books(tmp_path / "headers.xlsx", {"Tracker": rows}))
    assert _lines(adoption) == EXPECTED


def test_variance_and_committed_blocks_are_no_lines(tmp_path: Path) -> None:
    rows = [
        ["Project Falcon cost tracker 2026 (£)"],
        [],
        ["Budget"],
        ["Cost line", *M],
        *BUDGET,
        [],
        ["Actual"],
        ["Cost line", *M],
        *ACTUAL,
        [],
        ["Committed"],
        ["Cost line", *M],
        ["Staff", 5, 5, 5],
        ["Travel", 1, 2, 3],
        [],
        ["Variance"],
        ["Cost line", *M],
        ["Staff", 10, -10, None],
        ["Travel", -5, 2, None],
    ]
    adoption = adopt(books(tmp_path / "four.xlsx", {"Tracker": rows}))
    assert _lines(adoption) == EXPECTED
    # round 23: four blocks one blank row apart are four tables; the Committed and Variance
    # tables' rows are listed under their headings, never joined to the budget's lines
    tables = adoption.report.adopted_tables
    assert [t.header_row for t in tables] == [4, 9, 14, 19]
    assert not any("differed" in n for t in tables for n in t.notes)
    lines = [
        (s.value, s.reason)
        for t in tables
        for s in t.skipped_rows
        if s.value in ("Staff", "Travel")
    ]
    assert sum("'Committed' block" in r and "not counted" in r for _, r in lines) == 2
    assert sum("'Variance' block" in r and "worked out" in r for _, r in lines) == 2


def test_group_labels_written_once_over_each_run_of_months(tmp_path: Path) -> None:
    rows = [
        ["Project Falcon cost tracker 2026 (£)"],
        [],
        [None, "Budget", None, None, "Actual", None, None, "Variance"],
        ["Cost line", *M, *M, *M],
        ["Staff", 100, 100, 100, 90, 110, None, 10, -10, None],
        ["Travel", 20, 30, 40, 25, 28, None, -5, 2, None],
    ]
    adoption = adopt(books(tmp_path / "groups.xlsx", {"Tracker": rows}))
    assert _lines(adoption) == EXPECTED
    (table,) = adoption.report.adopted_tables
    assert any("columns C, D, F read under the group label" in n for n in table.notes)


def test_side_by_side_blocks_each_with_its_lines(tmp_path: Path) -> None:
    rows = [
        ["Project Falcon cost tracker 2026 (£)"],
        [],
        ["Budget", None, None, None, None, "Actual"],
        ["Cost line", *M, None, "Cost line", *M],
        ["Staff", 100, 100, 100, None, "Staff", 90, 110, None],
        ["Travel", 20, 30, 40, None, "Travel", 25, 28, None],
    ]
    adoption = adopt(books(tmp_path / "side.xlsx", {"Tracker": rows}))
    assert _lines(adoption) == EXPECTED


def test_a_block_per_sheet_and_a_later_block_reading_the_sheet_title_year(
    tmp_path: Path,
) -> None:
    sheets = {
        "Budget": [["Cost line", *M], *BUDGET],
        "Actual": [["Cost line", *M], *ACTUAL],
    }
    adoption = adopt(books(tmp_path / "sheets.xlsx", sheets))
    assert _lines(adoption) == EXPECTED
    notes = [n for t in adoption.report.adopted_tables for n in t.notes]
    assert any("the sheet name 'Actual' names the measure of its amounts" in n for n in notes)
    # the Actual block lower on the sheet states no year: the sheet's title does
    rows = [
        ["Grant 42 - financial year 2025/26 (1 August 2025 - 31 July 2026)"],
        [],
        ["Budget"],
        ["Cost heading", "Aug", "Sep", "Oct", "Total"],
        ["Staff", 100, 100, 100, 300],
        ["Travel", 20, 30, 40, 90],
        [],
        [],
        ["Actual expenditure"],
        ["Cost heading", "Aug", "Sep", "Oct", "Total"],
        ["Staff", 90, 110, None, 200],
        ["Travel", 25, 28, None, 53],
    ]
    adoption = adopt(books(tmp_path / "grant.xlsx", {"Grant": rows}))
    lines = _lines(adoption)
    assert len(lines) == 6
    assert lines[(date(2025, 8, 1), "Staff")] == (100.0, 90.0, None)
    assert lines[(date(2025, 10, 1), "Travel")] == (40.0, None, None)


def test_a_line_named_with_a_measure_word_is_a_line(tmp_path: Path) -> None:
    """A UK research grant's `Directly Incurred Staff` among lines naming no measure is a
    cost line of the budget block, not an actual."""
    rows = [
        ["Budget 2026"],
        ["Cost heading", *M],
        ["Directly Incurred Staff", 100, 100, 100],
        ["Equipment", 20, 30, 40],
        ["Consumables", 5, 5, 5],
    ]
    adoption = adopt(books(tmp_path / "di.xlsx", {"Budget": rows}))
    assert _lines(adoption)[(JAN, "Directly Incurred Staff")] == (100.0, None, None)


def test_a_measure_column_still_reads(tmp_path: Path) -> None:
    """Control: the measures in a column of their own (round 14's shape), no blocks."""
    rows = [
        ["Cost tracker 2026 (£)"],
        ["Cost line", "Measure", *M],
        ["Staff", "Budget", 100, 100, 100],
        ["Staff", "Actual", 90, 110, None],
        ["Travel", "Budget", 20, 30, 40],
        ["Travel", "Actual", 25, 28, None],
    ]
    adoption = adopt(books(tmp_path / "rows.xlsx", {"Tracker": rows}))
    assert _lines(adoption) == EXPECTED


def test_a_repeated_header_naming_no_measure_starts_no_block() -> None:
    assert block_heading(["Cost line", "Jan-26", "Feb-26"], measure_in, derived_figure) is None
    assert block_heading(["Staff costs"], measure_in, derived_figure) is None
    assert block_heading(["CAPEX"], measure_in, derived_figure) is None
    found = block_heading(["Actual expenditure"], measure_in, derived_figure)
    assert found is not None and found.kind == "actual"
    found = block_heading(["Commitments (POs raised)"], measure_in, derived_figure)
    assert found is not None and found.kind == "unread"


def test_one_label_over_one_column_is_not_carried() -> None:
    out = [MonthColumn(2, JAN, "budget"), MonthColumn(3, FEB, None), MonthColumn(4, MAR, None)]
    text = {2: "Jan-26", 3: "Feb-26", 4: "Mar-26"}
    kept, derived, carried = carry_group_labels([2, 3, 4], text.__getitem__, out, [])
    assert kept == out and not derived and not carried


def test_sheet_titles_only_for_a_block_lower_on_the_sheet(tmp_path: Path) -> None:
    from addin.adopt import open_source
    from addin.adopt.api import _Run
    from addin.standards import default_standards

    rows = [
        ["Tracker FY2026"],
        ["Cost line", *M],
        *BUDGET,
        [],
        [],
        ["Actual"],
        ["Cost line", *M],
        *ACTUAL,
    ]
    path = books(tmp_path / "t.xlsx", {"Tracker": rows})
    run = _Run(open_source(path), default_standards(), None, None)
    (grid,) = run.read_sheets()
    blocks = [f.block for f in run.find_tables(grid)]
    assert sheet_titles(grid, blocks[0]) == []
    if len(blocks) > 1:
        assert sheet_titles(grid, blocks[1]) == ["Tracker FY2026"]


def test_blocks_named_in_the_line_columns_place(tmp_path: Path) -> None:
    """Each block's header row starts with its measure (`Budget | Jan-26 ...`, `Actual |
    Jan-26 ...`), right under the other or two rows apart (then two tables: the Actual
    block, its March still empty, is a finance table by its header and joins the first)."""
    budget = [["Budget", *M], *BUDGET]
    actual = [["Actual", *M], *ACTUAL]
    title: list[list[object]] = [["Project Falcon cost tracker 2026 (£)"], []]
    for gap in ([], [[], []]):
        rows = [*title, *budget, *gap, *actual]
        adoption = adopt(books(tmp_path / "named.xlsx", {"Tracker": rows}))
        assert _lines(adoption) == EXPECTED, gap
        notes = [n for t in adoption.report.adopted_tables for n in t.notes]
        assert any("header 'Budget' names the block's measure" in n for n in notes)


def test_a_line_column_headed_by_other_words_names_no_measure(tmp_path: Path) -> None:
    """`Cost line`, `Budget line`, `Budget heading` name the lines, not their measure."""
    from addin.adopt.finance_blocks import measure_over_lines

    assert measure_over_lines("Budget", measure_in) == "budget"
    assert measure_over_lines("Actual", measure_in) == "actual"
    assert measure_over_lines("Cost line", measure_in) is None
    assert measure_over_lines("Budget heading and notes", measure_in) is None
    rows = [["Tracker 2026 (£)"], ["Cost line", *M], *BUDGET]
    adoption = adopt(books(tmp_path / "plain.xlsx", {"Tracker": rows}))
    (table,) = adoption.report.adopted_tables
    assert not any("names the block's measure" in n for n in table.notes)
