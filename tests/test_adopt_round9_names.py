"""Round 9 of issue 15, Excel's own structure: the name an author gave a table (an Excel
table ``tblRisks``, a defined name ``RiskRegister`` over its range) says what it is like a
title does. A table whose headers alone say nothing is adopted by its name, the report says
which name was read, and the mapping file carries the register to next month's file.
Excel's default names, names over other ranges and other sheets say nothing. Every shape
was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from adopt_sheets import adopt as _adopt
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table

from addin.adopt import Adoption, adopt_file, adopt_host, load_mapping, open_source
from addin.adopt.structure import name_words
from addin.standards import default_standards

HEADER = ["Ref", "Description", "Owner", "Date Raised", "Status", "Due"]
ROWS = [
    ["1", "Supplier may deliver the servers late", "Ann Lee", date(2026, 1, 5), "Open"],
    ["2", "Key data migration could fail", "Bob Ray", date(2026, 1, 9), "Open"],
    ["3", "Budget overrun on licences", "Cy Dunn", date(2026, 2, 1), "Closed"],
]


def _book(
    path: Path,
    *,
    table: str | None = None,
    defined: tuple[str, str] | None = None,
    sheet: str = "Sheet1",
) -> Path:
    """Three items under headers that do not say which register they are."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    ws.append(HEADER)
    for row in ROWS:
        ws.append([*row, date(2026, 6, 30)])
    if table:
        ws.add_table(Table(displayName=table, ref="A1:F4"))
    if defined:
        name, ref = defined
        wb.defined_names[name] = DefinedName(name, attr_text=ref)
    wb.save(path)
    return path


def _registers(adoption: Adoption) -> list[str | None]:
    return [t.register for t in adoption.report.tables]


def test_without_a_name_the_table_is_not_adopted(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "plain.xlsx"))
    assert _registers(adoption) == [None]
    assert "nothing says it is a risk register" in adoption.report.tables[0].reason


@pytest.mark.parametrize(
    ("name", "register", "count"),
    [("tblRisks", "risks", "risks"), ("IssueLog", "issues", "issues")],
)
def test_an_excel_tables_name_says_what_it_is(
    tmp_path: Path, name: str, register: str, count: str
) -> None:
    adoption = _adopt(_book(tmp_path / "named.xlsx", table=name))
    (table,) = adoption.report.tables
    assert table.register == register
    assert table.items == {count: 3}
    assert f"named {name!r} in the workbook: read like a title" in table.notes
    assert [i.title for i in adoption.project.items(register)] == [r[1] for r in ROWS]


def test_a_defined_name_over_the_table_says_what_it_is(tmp_path: Path) -> None:
    book = _book(tmp_path / "dn.xlsx", defined=("RiskRegister", "Sheet1!$A$1:$F$4"))
    (table,) = _adopt(book).report.tables
    assert table.register == "risks"
    assert "named 'RiskRegister' in the workbook: read like a title" in table.notes


def test_a_defined_name_over_one_column_or_another_sheet_says_nothing(tmp_path: Path) -> None:
    one_column = _book(tmp_path / "col.xlsx", defined=("RiskOwners", "Sheet1!$C$1:$C$4"))
    assert _registers(_adopt(one_column)) == [None]
    elsewhere = _book(tmp_path / "other.xlsx", defined=("RiskRegister", "'Old Log'!$A$1:$F$4"))
    assert _registers(_adopt(elsewhere)) == [None]


def test_excels_default_table_name_says_nothing(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "t1.xlsx", table="Table1"))
    assert _registers(adoption) == [None]
    assert not any("named" in n for n in adoption.report.tables[0].notes)


def test_next_months_file_keeps_the_register_by_the_mapping_file(tmp_path: Path) -> None:
    """The name decided the register once; the mapping file holds it, so next month's
    file adopts the same even after someone renamed the table to Excel's default."""
    out = tmp_path / "out.xlsx"
    adopt_file(_book(tmp_path / "may.xlsx", table="tblRisks"), out, default_standards())
    mapping = load_mapping(out.with_suffix(".mapping.json"))
    assert [t.register for t in mapping.tables] == ["risks"]
    june = _book(tmp_path / "june.xlsx", table="Table1")
    adoption = adopt_host(open_source(june), default_standards(), mapping=mapping)
    assert _registers(adoption) == ["risks"]
    assert len(adoption.project.risks) == 3


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("tblRisks", "Risks"),
        ("tbl_Issues", "Issues"),
        ("IssueLog", "Issue Log"),
        ("RAID_Log", "RAID Log"),
        ("RAIDLog", "RAID Log"),
        ("rngMilestones2026", "Milestones"),
        ("Table1", ""),
        ("Tabelle3", ""),
        ("_xlnm.Print_Area", ""),
        ("_xlnm._FilterDatabase", ""),
        ("T_1", ""),
        ("Status", "Status"),
    ],
)
def test_name_words(name: str, words: str) -> None:
    assert name_words(name) == words
