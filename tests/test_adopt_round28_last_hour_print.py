"""Round 28's last hour (issue 15): the print-ready batch's misses, as rules a PMO states.

- a finance tracker's row holding only a word of the standard's cost categories
  (``Labour``, ``Travel``) heads a group: the cost lines under it, up to the group's
  subtotal or the next heading, are of that category; a heading that is no category word
  (``Phase 2``) gives none and ends the group, a category column says first, and a label
  close to a category (``Service charges``) is no heading.

The workbooks are written for these tests (a lighthouse keeper's cottage, a canal lock),
no batch layout.

- a group of fields right of a spacer column, cut where a printout writes the header again
  after a page line (``Page 1 of 2``), is one part going on under the break, and joins the
  register beside it; parts with a title between them, or a blank row only, stay apart;
  a printed page's line counts as no item row of either part;
- a tracker printed in blocks of months, the next block's own header (new months) under a
  page line (``Page 2 of 2``), is two tables of the same lines: the first block is found
  and read, not lost above the second; the same header written again under a page line is
  the same table going on.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book

from addin.adopt.detect import block_from_range, find_tables
from addin.adopt.grid import Grid
from addin.adopt.page_breaks import join_page_breaks
from addin.host import SheetGrid

HEAD = ["Cost line", "Jan", "Feb", "Mar", "Q1", "Full year"]


def _line(name: str, a: int, b: int, c: int) -> list[object]:
    return [name, a, b, c, a + b + c, a + b + c]


def _categories(path: Path) -> dict[str, set[object]]:
    adoption = _adopt(path)
    found: dict[str, set[object]] = {}
    for item in adoption.project.finance:
        found.setdefault(item.cost_line, set()).add(item.category)
    return found


def test_category_heading_rows_give_their_lines_the_category(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Lighthouse Cottage Refit - Budget 2026 (GBP)"], [], HEAD]
    rows += [["Labour"], _line("Keeper's cottage joiner", 500, 600, 700)]
    rows += [_line("Site supervisor", 300, 300, 300), _line("Subtotal", 800, 900, 1000), []]
    rows += [["Travel"], _line("Ferry crossings", 40, 60, 80)]
    rows += [_line("Subtotal", 40, 60, 80), [], _line("Grand total", 840, 960, 1080)]
    found = _categories(_book(tmp_path / "cat.xlsx", "Budget", rows))
    assert found == {
        "Keeper's cottage joiner": {"Labour"},
        "Site supervisor": {"Labour"},
        "Ferry crossings": {"Travel"},
    }


def test_a_heading_that_is_no_category_gives_none_and_ends_the_group(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Canal Lock Gates - Budget 2026 (GBP)"], [], HEAD]
    rows += [["Hardware"], _line("Oak gate leaves", 9000, 0, 0)]
    rows += [_line("Paddle gear", 1200, 800, 0)]
    rows += [["Phase 2 works"], _line("Service charges", 50, 50, 50)]
    rows += [_line("Towpath reinstatement", 0, 400, 900)]
    found = _categories(_book(tmp_path / "phase.xlsx", "Budget", rows))
    assert found["Oak gate leaves"] == {"Hardware"}
    assert found["Paddle gear"] == {"Hardware"}
    assert found["Service charges"] == {None}  # no category word: the group ended
    assert found["Towpath reinstatement"] == {None}


def test_a_label_close_to_a_category_is_no_heading(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Canal Lock Gates - Budget 2026 (GBP)"], [], HEAD]
    rows += [["Service charges"], _line("Lock keeper's hut", 100, 100, 100)]
    found = _categories(_book(tmp_path / "close.xlsx", "Budget", rows))
    assert found["Lock keeper's hut"] == {None}


def test_a_category_column_says_first(tmp_path: Path) -> None:
    head = ["Cost line", "Category", "Jan", "Feb", "Mar"]
    rows: list[list[object]] = [["Canal Lock Gates - Budget 2026 (GBP)"], [], head]
    rows += [["Labour"], ["Lock keeper", "Contractors", 300, 300, 300]]
    rows += [["Gate painter", "Labour", 200, 0, 0]]
    found = _categories(_book(tmp_path / "col.xlsx", "Budget", rows))
    assert found["Lock keeper"] == {"Contractors"}
    assert found["Gate painter"] == {"Labour"}


DEP_HEAD = ["Ref", "Dependency", None, "Supplier", "Contact", None, "Needed\nby", None, "Status"]
DEPS = [
    ("LK-01", "Crane barge booked by the harbour", "Harbour Board", "J. Watt", "Open"),
    ("LK-02", "Road closure order for the gate delivery", "County Roads", "A. Kerr", "At Risk"),
    ("LK-03", "Stop-plank hire from the canal trust", "Canal Trust", "B. Muir", "Open"),
    ("LK-04", "Divers certified for the cofferdam", "Dive Co", "C. Lamb", "Closed"),
    ("LK-05", "Oak seasoned to 20 % moisture", "Sawmill", "D. Finn", "Open"),
]


def _dep_rows(between: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = [["Canal Lock Gates - Dependency Log"], [], DEP_HEAD]
    for i, (ref, text, who, contact, status) in enumerate(DEPS):
        if i == 3:
            rows += [*between, DEP_HEAD]
        rows.append([ref, text, None, who, contact, None, f"{10 + i}/03/2026", None, status])
    return rows


def test_fields_right_of_spacers_go_on_after_a_page_break(tmp_path: Path) -> None:
    path = _book(tmp_path / "deps.xlsx", "Deps", _dep_rows([["Page 1 of 2"]]))
    adoption = _adopt(path)
    (table,) = adoption.report.adopted_tables
    mapped = {c.header.replace("\n", " "): c.target for c in table.columns}
    assert mapped["Supplier"] is not None and mapped["Status"] == "status"
    assert mapped["Needed by"] == "need_by"
    items = adoption.project.items("dependencies")
    assert [i.status for i in items] == ["Open", "At Risk", "Open", "Closed", "Open"]
    assert items[4].need_by == date(2026, 3, 14)


def _fields_parts(between: list[list[object]]) -> int:
    """How many parts the Supplier | Contact fields (columns D:E) are after the page-break
    rule, found as the table finder finds them: cut where the header is written again."""
    rows = _dep_rows(between)
    width = max(len(r) for r in rows)
    grid = Grid(SheetGrid(name="Deps", rows=[r + [None] * (width - len(r)) for r in rows]))  # type: ignore[arg-type]
    again = 3 + 3 + len(between) + 1  # the header written again
    upper = block_from_range(grid, 3, 4, 5, 6)
    lower = block_from_range(grid, again, 4, 5)
    fields = SimpleNamespace(register=None)  # the fields alone are no register
    return len(join_page_breaks(grid, [upper, lower], lambda _b: fields))  # type: ignore[arg-type,return-value]


def test_parts_cut_at_a_page_line_are_one_part() -> None:
    assert _fields_parts([["Page 1 of 2"]]) == 1
    assert _fields_parts([[], ["Printed 03/03/2026"], []]) == 1


def test_parts_under_a_title_or_a_blank_row_only_stay_apart() -> None:
    # a title between the parts is two tables; a blank row alone is no page break
    assert _fields_parts([[], ["Delivered dependencies"]]) == 2
    assert _fields_parts([[]]) == 2


def _forecast(page_line: str, later: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Harbour Wall - Cost Forecast 2026 (GBP)"], []]
    rows += [[None, "Actual", "Actual", "Actual"], ["Cost line", "Jan-26", "Feb-26", "Mar-26"]]
    rows += [["Piling", 100, 200, 300], ["Divers", 10, 20, 30], [], [page_line]]
    rows += [[None, "Forecast", "Forecast", "Forecast"], ["Cost line", *later]]
    rows += [["Piling", 400, 500, 600], ["Divers", 40, 50, 60]]
    return rows


def test_a_tracker_printed_in_blocks_of_months_reads_every_block(tmp_path: Path) -> None:
    rows = _forecast("Page 2 of 2", ["Apr-26", "May-26", "Jun-26"])
    adoption = _adopt(_book(tmp_path / "fc.xlsx", "Forecast", rows))
    found = {(f.month, f.cost_line): (f.actual, f.forecast) for f in adoption.project.finance}
    assert found[(date(2026, 1, 1), "Piling")] == (100, None)
    assert found[(date(2026, 3, 1), "Divers")] == (30, None)
    assert found[(date(2026, 6, 1), "Piling")] == (None, 600)
    assert len(found) == 12  # six months, two lines


def _blocks(later: list[str]) -> list[tuple[int, int]]:
    rows: list[list[object]] = [["Harbour Wall - Cost Forecast 2026 (GBP)"], []]
    rows += [["Cost line", "Jan-26", "Feb-26", "Mar-26"], ["Piling", 1, 2, 3], ["Divers", 4, 5, 6]]
    rows += [["Page 2 of 2"], ["Cost line", *later], ["Cranes", 7, 8, 9], ["Barge", 1, 2, 3]]
    grid = Grid(SheetGrid(name="F", rows=[r + [None] * (4 - len(r)) for r in rows]))  # type: ignore[arg-type]
    return [(b.header_row, b.last_data_row) for b in find_tables(grid)]


def test_a_header_of_its_own_under_a_page_line_starts_a_table() -> None:
    assert _blocks(["Apr-26", "May-26", "Jun-26"]) == [(3, 5), (7, 9)]


def test_the_same_header_under_a_page_line_is_the_same_table() -> None:
    # the near-miss: the header written again (the same months) goes on, one table
    assert _blocks(["Jan-26", "Feb-26", "Mar-26"]) == [(3, 9)]
