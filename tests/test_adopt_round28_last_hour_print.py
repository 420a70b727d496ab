"""Round 28's last hour (issue 15): the print-ready batch's misses, as rules a PMO states.

- a finance tracker's row holding only a word of the standard's cost categories
  (``Labour``, ``Travel``) heads a group: the cost lines under it, up to the group's
  subtotal or the next heading, are of that category; a heading that is no category word
  (``Phase 2``) gives none and ends the group, a category column says first, and a label
  close to a category (``Service charges``) is no heading.

The workbooks are written for these tests (a lighthouse keeper's cottage, a canal lock),
no batch layout.
"""

from __future__ import annotations

from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book

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
