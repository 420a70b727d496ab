"""Round 9 of issue 15, Excel's own structure: hidden columns and rows of a register are
read like the others and said in the table's report (an old field, rows an autofilter
hides). Every shape was written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from addin.adopt import adopt_host, open_source
from addin.adopt.hidden import hidden_parts
from addin.standards import default_standards

HEADER = ["Risk ID", "Title", "Owner", "Probability", "Impact", "Old Ref"]
ROWS = [
    ["R-1", "Supplier may deliver late", "Ann Lee", 4, 3, "X1"],
    ["R-2", "Data migration could fail", "Bob Ray", 2, 5, "X2"],
    ["R-3", "Licences may cost more", "Cy Dunn", 3, 3, "X3"],
    ["R-4", "Key tester may leave", "Di Fox", 2, 2, "X4"],
]


def _book(path: Path, *, hide_cols: str = "", hide_rows: tuple[int, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risks"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for letter in hide_cols:
        ws.column_dimensions[letter].hidden = True
    for row in hide_rows:
        ws.row_dimensions[row].hidden = True
    wb.save(path)
    return path


def test_hidden_columns_and_rows_are_read_and_said(tmp_path: Path) -> None:
    src = _book(tmp_path / "r.xlsx", hide_cols="DF", hide_rows=(3, 4))
    adoption = adopt_host(open_source(src), default_standards())
    (table,) = adoption.report.adopted_tables
    assert [r.probability for r in adoption.project.risks] == [4, 2, 3, 2]
    assert [r.title for r in adoption.project.risks][1] == "Data migration could fail"
    assert "columns D, F hidden in the source: read like the others" in table.notes
    assert "rows 3-4 hidden in the source (by hand or a filter): read like the others" in (
        table.notes
    )


def test_nothing_hidden_says_nothing(tmp_path: Path) -> None:
    adoption = adopt_host(open_source(_book(tmp_path / "r.xlsx")), default_standards())
    (table,) = adoption.report.adopted_tables
    assert not any("hidden" in note for note in table.notes)
    assert hidden_parts(tmp_path / "r.xlsx") == {}


def test_a_hidden_column_outside_the_table_is_not_its_note(tmp_path: Path) -> None:
    adoption = adopt_host(
        open_source(_book(tmp_path / "r.xlsx", hide_cols="K")), default_standards()
    )
    (table,) = adoption.report.adopted_tables
    assert not any("hidden" in note for note in table.notes)
    assert hidden_parts(tmp_path / "r.xlsx")["Risks"].cols == {11}


def test_not_a_package_has_nothing_hidden(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    assert hidden_parts(tmp_path / "x.xlsx") == {}
    assert hidden_parts(None) == {}
