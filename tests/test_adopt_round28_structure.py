"""Round 28 of issue 15: structural changes round 27 left. Each rule is tried on workbooks
written for these tests (no benchmark layout), each with a near-miss that must not be
taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, registers

from addin.adopt.unread_headers import FOUND_BY_VALUES

# ---------------------------------------------------------------------------------------
# a remarks column says nothing about which list a table is
# ---------------------------------------------------------------------------------------

# an issue log exported from a tool whose field names no vocabulary holds (INVENTED words,
# as round 16's tests write them), where three headers are words every language file
# reads (`ID`, `Owner`, `Due`): three of seven headers read, so its values may say what it
# is
_HEADERS = ["ID", "Vraskelon", "Tolvimo", "Prendavak", "Owner", "Skorrelda", "Due"]
_ROWS: list[list[object]] = [
    [
        501,
        "Ferry timetable feed drops the late sailings",
        "Brolla",
        "Maren Østby",
        "Tavita Leaupepe",
        date(2026, 2, 2),
        date(2026, 2, 16),
    ],
    [
        502,
        "Ticket gates reject the new season passes",
        "Kvint",
        "Iosefa Lemalu",
        "Maren Østby",
        date(2026, 2, 9),
        date(2026, 3, 2),
    ],
    [
        503,
        "Harbour webcam stream freezes every evening",
        "Brolla",
        "Tavita Leaupepe",
        "Iosefa Lemalu",
        date(2026, 2, 20),
        date(2026, 3, 6),
    ],
    [
        504,
        "Refund form loses the booking reference field",
        "Drenn",
        "Maren Østby",
        "Tavita Leaupepe",
        date(2026, 3, 3),
        date(2026, 3, 24),
    ],
    [
        505,
        "Crew rota app shows the wrong time zone",
        "Kvint",
        "Iosefa Lemalu",
        "Iosefa Lemalu",
        date(2026, 3, 10),
        date(2026, 3, 31),
    ],
]
_REMARKS = ["chased by email", None, None, "waiting on supplier", None]


def _log(extra: str | None) -> list[list[object]]:
    """The log, with one more column right of it headed ``extra`` (remarks on some rows)."""
    if extra is None:
        return [list(_HEADERS), *(list(r) for r in _ROWS)]
    return [[*_HEADERS, extra], *([*r, n] for r, n in zip(_ROWS, _REMARKS, strict=True))]


def test_a_notes_column_right_of_an_unread_log_leaves_it_found_by_its_values(
    tmp_path: Path,
) -> None:
    plain = only(adopt(book(tmp_path / "plain.xlsx", "Log", _log(None))))
    assert plain.register == "issues" and plain.reason.startswith(FOUND_BY_VALUES)
    # a PM adds a `Notes` column right of the export: four of eight headers now read, but
    # the remarks header names no list (every register keeps remarks): still an issue log
    adoption = adopt(book(tmp_path / "notes.xlsx", "Log", _log("Notes")))
    table = only(adoption)
    assert table.register == "issues"
    assert table.reason.startswith(FOUND_BY_VALUES)
    assert table.items == {"issues": 5}
    assert field(adoption, "issues", "title")[1] == "Ticket gates reject the new season passes"
    assert field(adoption, "issues", "due_date")[3] == date(2026, 3, 24)


def test_near_miss_a_register_field_right_of_the_log_still_counts_as_read(
    tmp_path: Path,
) -> None:
    # `Resolution notes` is the resolution, a register field: the header row now
    # reads half its words, and a half-read header row is what its words say, never a
    # register guessed from its values
    adoption = adopt(book(tmp_path / "res.xlsx", "Log", _log("Resolution notes")))
    assert not any(t.reason.startswith(FOUND_BY_VALUES) for t in adoption.report.tables)
    assert registers(adoption) in ([], ["issues"])


# ---------------------------------------------------------------------------------------
# measure blocks side by side whose spacer was filled are two blocks
# ---------------------------------------------------------------------------------------

_QUARTER = [date(2026, m, 1) for m in (7, 8, 9)]


def _blocks(between: str | None, second_label: str = "Actual") -> list[list[object]]:
    """A library refit's costs: a Budget block and a second block of the same lines and
    months, side by side, a column between them headed ``between`` (None: a blank
    spacer), remarks on two rows of it."""
    return [
        ["Budget", None, None, None, None, second_label, None, None, None],
        ["Cost line", *_QUARTER, between, "Cost line", *_QUARTER],
        ["Shelving", 4000, 2500, 1000, "quote from Brandt", "Shelving", 3800, 2700, None],
        ["Lighting", 1500, 1500, 600, None, "Lighting", 1650, 1400, None],
        ["Self-issue kiosks", 9000, 0, 3000, "two of three", "Self-issue kiosks", 8900, 0, None],
        ["Signage", 700, 300, 300, None, "Signage", 640, 310, None],
    ]


def test_budget_and_actual_blocks_with_a_notes_column_between_them(tmp_path: Path) -> None:
    # a PM types `Notes` into the spacer: the header names `Cost line` twice over the same
    # months under two labels, so the blocks are still two: no amount is added to another
    adoption = adopt(book(tmp_path / "n.xlsx", "Refit", _blocks("Notes")))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 7, 1), "Shelving")].budget == 4000
    assert lines[(date(2026, 7, 1), "Shelving")].actual == 3800
    assert lines[(date(2026, 8, 1), "Self-issue kiosks")].budget == 0
    assert lines[(date(2026, 8, 1), "Lighting")].actual == 1400
    assert lines[(date(2026, 9, 1), "Signage")].budget == 300
    refs = [t.ref for t in adoption.report.tables]
    assert refs == ["A2:E6", "F2:I6"]


def test_near_miss_the_line_column_repeated_at_the_right_edge_is_one_table(
    tmp_path: Path,
) -> None:
    # a wide grid repeats its line names at the right for reading: no periods follow the
    # second `Cost line`, so it is one table and the budget is read once
    rows: list[list[object]] = [
        ["Cost line", *_QUARTER, "Cost line"],
        ["Shelving", 4000, 2500, 1000, "Shelving"],
        ["Lighting", 1500, 1500, 600, "Lighting"],
        ["Signage", 700, 300, 300, "Signage"],
    ]
    adoption = adopt(book(tmp_path / "r.xlsx", "Budget", rows))
    assert [t.ref for t in adoption.report.tables] == ["A1:E4"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 8, 1), "Lighting")].budget == 1500


def test_near_miss_the_same_months_twice_under_one_label_are_not_cut() -> None:
    # no second label over the second run: which measure it is is not said, so the
    # rule does not cut (the table is read as it was before the rule)
    from addin.adopt.detect import find_tables
    from addin.adopt.grid import Grid
    from addin.adopt.side_blocks import split_side_blocks
    from addin.host import SheetGrid

    rows = _blocks("Notes", second_label="")
    grid = Grid(SheetGrid(name="Refit", rows=rows))  # type: ignore[arg-type]
    found = find_tables(grid, {})
    assert [b.ref for b in found] == ["A2:I6"]
    assert split_side_blocks(grid, found) == found
    # the same table under two labels is cut (the rule's positive case, on the grid)
    labelled = Grid(SheetGrid(name="Refit", rows=_blocks("Notes")))  # type: ignore[arg-type]
    cut = split_side_blocks(labelled, find_tables(labelled, {}))
    assert [b.ref for b in cut] == ["A2:E6", "F2:I6"]


# ---------------------------------------------------------------------------------------
# a header written over two rows whose periods have their years under their names
# ---------------------------------------------------------------------------------------


def test_a_header_over_two_rows_with_the_years_under_the_months(tmp_path: Path) -> None:
    # an export wrapped every header at its last word: `Cost` over `line`, `Nov` over 25;
    # the run crosses a year end (25, 25, 26), so the months are Nov 2025 to Jan 2026
    rows: list[list[object]] = [
        ["Cost", "Nov", "Dec", "Jan"],
        ["line", 25, 25, 26],
        ["Kiln relining", 12000, 8000, 4000],
        ["Glaze stock", 900, 1100, 950],
        ["Packing crates", 300, 300, 450],
    ]
    adoption = adopt(book(tmp_path / "w.xlsx", "Studio budget", rows))
    lines = finance_by_line(adoption)
    assert lines[(date(2025, 11, 1), "Kiln relining")].budget == 12000
    assert lines[(date(2026, 1, 1), "Packing crates")].budget == 450
    assert {line for _, line in lines} == {"Kiln relining", "Glaze stock", "Packing crates"}


def test_near_miss_small_figures_under_the_months_are_an_item(tmp_path: Path) -> None:
    # the row under the months holds figures that change month to month (20, 21, 19):
    # a line's amounts, never years, so the header stays one row and the line is an item
    rows: list[list[object]] = [
        ["Cost line", "Jul", "Aug", "Sep"],
        ["Stamp duty", 20, 21, 19],
        ["Kiln relining", 12000, 8000, 4000],
        ["Glaze stock", 900, 1100, 950],
    ]
    adoption = adopt(book(tmp_path / "d.xlsx", "Budget 2026", rows))
    lines = finance_by_line(adoption)
    assert {line for _, line in lines} == {"Stamp duty", "Kiln relining", "Glaze stock"}
    assert lines[(date(2026, 8, 1), "Stamp duty")].budget == 21


def test_near_miss_a_first_line_of_alike_amounts_is_no_year_row(tmp_path: Path) -> None:
    # `Hosting` over 10, 10, 10: one calendar's "years" under the months, but beside them a
    # line's name (no header word, not a wrapped header's lower-case rest): the first item,
    # whose amounts are alike, not the header's second row (the lead's merge of round 28
    # found the year-row rule taking it, which lost the line and shifted the block)
    rows: list[list[object]] = [
        ["Line", "Jan", "Feb", "Mar"],
        ["Hosting", 10, 10, 10],
        ["Support", 20, 20, 20],
    ]
    adoption = adopt(book(tmp_path / "h.xlsx", "Budget 2026", rows))
    lines = finance_by_line(adoption)
    assert {line for _, line in lines} == {"Hosting", "Support"}
    assert lines[(date(2026, 3, 1), "Hosting")].budget == 10
