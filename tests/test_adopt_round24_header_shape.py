"""Round 24 of issue 15: a table whose header words nobody knows is found by the header's
shape (``addin/adopt/header_shape.py``): a row of short, different words over columns that
keep one type (dates, numbers, codes) is the header, and an item row under it is not, even
when the item row holds a register word (``Closed``) and the header none. Workbooks written
for these tests (no benchmark layout), with near-misses that must not be taken.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, books, registers

from addin.adopt.grid import Grid
from addin.adopt.header_shape import cell_kind, header_by_shape, inside_shape_table
from addin.host import SheetGrid

# A team's own header words (no language of languages.toml holds them).
_INVENTED = ["Varu Nok", "Pelisato", "Kudomeri", "Sabuna", "Tolvek", "Remisu Dac"]


def _log_rows(headers: list[str]) -> list[list[object]]:
    """A title, a blank row, the header, then five items; the third item is the first to
    fill the last column (a closing note), so its row is wider than the rows above it."""
    people = ["Ines Moreau", "Kofi Mensah", "Lena Fischer", "Kofi Mensah", "Ines Moreau"]
    rows: list[list[object]] = [["Warehouse move - log"], [], headers]
    for n in range(5):
        rows.append(
            [
                f"WH-{31 + n}",
                date(2026, 5, 4 + n),
                f"Dock door {n + 1} sensor reports the wrong pallet weight",
                people[n],
                ["Open", "Open", "Closed", "Open", "Closed"][n],
                "Fixed by the vendor on site" if n in (2, 4) else None,
            ]
        )
    return rows


def _grid(rows: list[list[object]]) -> Grid:
    width = max(len(r) for r in rows)
    padded = [list(r) + [None] * (width - len(r)) for r in rows]
    return Grid(SheetGrid(name="Log", rows=padded))  # type: ignore[arg-type]


def test_cell_kinds_a_header_is_read_against() -> None:
    assert cell_kind("WH-31") == "code"
    assert cell_kind("A1") == "code"
    assert cell_kind(date(2026, 5, 4)) == "date"
    assert cell_kind("04/05/2026") == "date"
    assert cell_kind("4 May 2026") == "date"
    assert cell_kind(12.5) == "number"
    assert cell_kind("1,250") == "number"
    assert cell_kind("Dock door sensor") == "text"
    assert cell_kind("Pelisato") == "text"
    assert cell_kind(None) == "blank"


def test_header_of_unknown_words_is_found_over_an_item_holding_a_register_word(
    tmp_path: Path,
) -> None:
    adoption = adopt(book(tmp_path / "log.xlsx", "Issues", _log_rows(_INVENTED)))
    adopted = [t for t in adoption.report.tables if t.adopted]
    assert len(adopted) == 1
    table = adopted[0]
    assert table.header_row == 3  # the row of invented words, not the first 'Closed' item
    assert table.ref.startswith("A3:")
    assert table.items == {"issues": 5}  # every item, the rows above 'Closed' too
    titles = [i.title for i in adoption.project.issues]
    assert titles[0] == "Dock door 1 sensor reports the wrong pallet weight"


def test_header_of_column_numbers_is_found(tmp_path: Path) -> None:
    headers = [f"Column{n}" for n in range(1, 7)]
    adoption = adopt(book(tmp_path / "log.xlsx", "Issues", _log_rows(headers)))
    adopted = [t for t in adoption.report.tables if t.adopted]
    assert [(t.header_row, t.items) for t in adopted] == [(3, {"issues": 5})]


def test_an_item_row_is_no_header_by_shape_and_sits_inside_the_table() -> None:
    grid = _grid(_log_rows(_INVENTED))
    assert header_by_shape(grid, 3, 1, 6)
    assert not header_by_shape(grid, 6, 1, 6)  # the 'Closed' item: a code, a date
    assert inside_shape_table(grid, 6, 1, 6, [(3, 1, 6)])
    assert not inside_shape_table(grid, 3, 1, 6, [(3, 1, 6)])


# ---------------------------------------------------------------------------------------
# Near-misses: the rule must not take a real header for a data row, nor make a table
# ---------------------------------------------------------------------------------------


def test_a_second_table_right_under_the_first_keeps_its_header(tmp_path: Path) -> None:
    """Two registers stacked with no blank row between: the second header's words sit in
    the first table's columns of dates and codes, so it is no item of the first."""
    rows = _log_rows(_INVENTED)
    rows += [
        ["Ref", "Date", "Decision", "Made By", "Status", "Notes"],
        ["D-1", date(2026, 5, 11), "Move the racking before the cut-over", "Lena Fischer"],
        ["D-2", date(2026, 5, 12), "Keep the old scanners until June", "Kofi Mensah"],
    ]
    adoption = adopt(books(tmp_path / "log.xlsx", {"Log": rows}))
    headers = sorted(t.header_row for t in adoption.report.tables)
    assert 9 in headers  # the decisions' header is still a header
    assert "decisions" in registers(adoption)


def test_a_contact_list_of_unknown_words_is_no_register(tmp_path: Path) -> None:
    """A contacts list (names, e-mails, phones) under invented words: a header by shape
    (words over a column of numbers), but no register; it stays out."""
    rows: list[list[object]] = [
        ["Nimo", "Kastelu", "Ruvapo", "Sidenta"],
        ["Ines Moreau", "ines.moreau@example.com", 4930123456, "Berlin"],
        ["Kofi Mensah", "kofi.mensah@example.com", 23320123456, "Accra"],
        ["Lena Fischer", "lena.fischer@example.com", 4940123456, "Hamburg"],
    ]
    adoption = adopt(book(tmp_path / "people.xlsx", "Sheet1", rows))
    assert all(t.register is None for t in adoption.report.tables)


def test_a_rag_legend_beside_a_table_is_no_register(tmp_path: Path) -> None:
    """A RAG legend of words beside a log (an empty column between): no register of its
    own, and no row of the log (its rows of words keep no column of dates, numbers or
    codes, so its words are no header by shape)."""
    rows = _log_rows(_INVENTED)
    legend = [["Mivo", "Sedakun"], ["Red", "Act now"], ["Amber", "Watch"], ["Green", "None"]]
    for n, pair in enumerate(legend):
        rows[2 + n] = [*rows[2 + n], None, *pair]
    adoption = adopt(book(tmp_path / "log.xlsx", "Issues", rows))
    adopted = [t for t in adoption.report.tables if t.adopted]
    assert [(t.header_row, t.items) for t in adopted] == [(3, {"issues": 5})]
