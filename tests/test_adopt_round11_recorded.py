"""Round 11 of issue 15: what Excel records about a table, read in one pass over each sheet.

An autofilter's first row, the row above frozen panes and the print titles name a table's
header; a data-validation list says what a column holds even where it has few or no values.
Each is weighed with the header's words and the values, never over a clear header, and the
report says what was read. Every shape was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from adopt_sheets import adopt as _adopt
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from addin.adopt import Adoption
from addin.adopt.grid import Grid
from addin.adopt.recorded import list_values
from addin.adopt.sheet_xml import print_title_rows, read_facts, scan
from addin.host import CellValue, SheetGrid


def _column(adoption: Adoption, header: str) -> tuple[str | None, float, str]:
    for table in adoption.report.tables:
        for col in table.columns:
            if col.header == header:
                return col.target, col.confidence, col.method
    raise AssertionError(f"no column {header!r}")


# --- the one scan -------------------------------------------------------------------------

SHEET = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
 xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">
<sheetViews><sheetView workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
<cols><col min="3" max="3" width="9" hidden="1" customWidth="1"/><col min="20" max="16384" hidden="1"/></cols>
<sheetData>
<row r="4"><c r="A4" t="s"><v>0</v></c><c r="B4" s="2" t="s"><v>1</v></c></row>
<row r="5" hidden="1" s="2" customFormat="1"><c r="A5"><v>1</v></c><c r="B5" s="2"/></row>
<row r="6"><c r="B6" s="3"/><c r="C6" s="1"/></row>
</sheetData>
<autoFilter ref="A4:F40"/>
<dataValidations count="2">
<dataValidation type="list" allowBlank="1" sqref="E5:E200 G5"><formula1>"Open,In Progress,Closed"</formula1></dataValidation>
<dataValidation type="whole" sqref="H5:H200"><formula1>1</formula1><formula2>5</formula2></dataValidation>
</dataValidations>
<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1">
<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D5:D200</xm:sqref></x14:dataValidation>
</x14:dataValidations></ext></extLst>
</worksheet>"""


def test_one_scan_reads_every_record_of_a_sheet() -> None:
    facts = scan(SHEET, {b"2": "FF0000", b"3": "00B050"})
    assert facts.frozen_rows == 4
    assert facts.autofilter == (4, 1, 40, 6)
    assert facts.hidden_cols == {3}  # the hidden tail of the sheet (T onwards) is no column
    assert facts.hidden_rows == {5}
    # cells of a filled style only; a row's own style is no cell's
    assert facts.fills == {(4, 2): "FF0000", (5, 2): "FF0000", (6, 2): "00B050"}
    lists = [(v.ranges, v.formula) for v in facts.validations]
    assert lists == [
        (
            [(5, 5, 200, 5), (5, 7, 5, 7)],
            '"Open,In Progress,Closed"',
        ),  # a whole-number rule is none
        ([(5, 4, 200, 4)], "Lists!$A$1:$A$3"),  # Excel 2010's form for a list on another sheet
    ]
    assert facts.header_rows() == {4: True}


def test_a_sheet_with_nothing_recorded_gives_nothing() -> None:
    facts = scan(b"<worksheet><sheetData><row r='1'/></sheetData></worksheet>", {})
    assert (facts.fills, facts.hidden_rows, facts.autofilter, facts.frozen_rows) == (
        {},
        set(),
        None,
        0,
    )
    assert facts.validations == [] and facts.header_rows() == {}


def test_print_titles_are_the_rows_part_of_the_name() -> None:
    assert print_title_rows("'Risk Log'!$4:$5") == (4, 5)
    assert print_title_rows("Sheet1!$A:$B,Sheet1!$1:$3") == (1, 3)
    assert print_title_rows("Sheet1!$A:$B") is None
    assert print_title_rows("") is None


def test_read_facts_of_a_file_that_is_no_package(tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a zip")
    assert read_facts(bad).sheets == {} and read_facts(None).sheets == {}


def test_list_values_inline_ranges_and_names() -> None:
    lists = Grid(SheetGrid(name="Lists", rows=[["Ann Lee"], ["Bob Ray"], [None], ["Ann Lee"]]))
    grids = {"Lists": lists}
    names = {"People": "Lists!$A$1:$A$4"}
    assert list_values('"H, M ,L"', "Risks", grids, names) == ["H", "M", "L"]
    assert list_values("Lists!$A$1:$A$4", "Risks", grids, names) == ["Ann Lee", "Bob Ray"]
    assert list_values("People", "Risks", grids, names) == ["Ann Lee", "Bob Ray"]
    assert list_values("'Lists'!$A$1:$A$2", "Risks", grids, names) == ["Ann Lee", "Bob Ray"]
    # a list computed by a formula, a sheet not read, a name of nothing: no values
    assert list_values("OFFSET(Lists!$A$1,0,0,5)", "Risks", grids, names) == []
    assert list_values("Other!$A$1:$A$3", "Risks", grids, names) == []
    assert list_values("Nobody", "Risks", grids, names) == []


# --- a header Excel's records name ----------------------------------------------------------

DECISIONS = [
    ["Go with vendor A for the data platform", "Ann Lee"],
    ["Delay go-live to March", "Bob Ray"],
    ["Fund a second test cycle", "Cy Dunn"],
]


def test_frozen_panes_name_a_header_of_two_labels(tmp_path: Path) -> None:
    """Two labels over three rows make no header by themselves (a label/value list could
    look the same); the panes frozen under them say they are one: 3 decisions."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Actions"
    ws["A1"] = "Decisions taken at the board"
    ws.append([])
    ws.append(["Decision", "Decider"])
    for row in DECISIONS:
        ws.append(row)
    path = tmp_path / "d.xlsx"
    wb.save(path)
    assert _adopt(path).report.item_counts == {}  # without the panes: no table found
    ws.freeze_panes = "A4"
    wb.save(path)
    adoption = _adopt(path)
    assert adoption.report.item_counts == {"decisions": 3}
    assert [d.decision for d in adoption.project.decisions] == [r[0] for r in DECISIONS]
    assert [d.made_by for d in adoption.project.decisions] == ["Ann Lee", "Bob Ray", "Cy Dunn"]
    (table,) = adoption.report.tables
    assert "header row 3 as the workbook records it: the frozen panes (rows 1-3)" in table.notes


def _issue_sheet(path: Path, *, print_titles: str | None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Issue log - Project Apollo"])
    ws.append([])
    ws.append(["Who", "What", "When", 1, 2, 3])
    ws.append(["Ann Lee", "Server room flooded", date(2026, 1, 9)])
    ws.append(["Bob Ray", "Vendor went bust", date(2026, 2, 6)])
    ws.append(["Cy Dunn", "Tester left", date(2026, 3, 6)])
    if print_titles:
        ws.print_title_rows = print_titles
    wb.save(path)
    return path


def test_print_titles_keep_the_first_item_an_item(tmp_path: Path) -> None:
    """Week numbers beside the labels hide the header from detection, which took the first
    issue for it (2 issues headed 'Ann Lee | Server room flooded'); the print titles name
    row 3, so all three issues are adopted, their owners by the header 'Who'."""
    before = _adopt(_issue_sheet(tmp_path / "a.xlsx", print_titles=None))
    assert before.report.item_counts == {"issues": 2}
    adoption = _adopt(_issue_sheet(tmp_path / "b.xlsx", print_titles="3:3"))
    assert adoption.report.item_counts == {"issues": 3}
    assert [i.title for i in adoption.project.issues] == [
        "Server room flooded",
        "Vendor went bust",
        "Tester left",
    ]
    assert [i.owner for i in adoption.project.issues] == ["Ann Lee", "Bob Ray", "Cy Dunn"]
    assert _column(adoption, "Who")[0] == "owner"
    notes = adoption.report.tables[0].notes
    assert "header row 3 as the workbook records it: the print titles (row 3)" in notes


def test_an_autofilter_names_a_header_with_numbers_in_it(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    ws.append(["Milestone plan"])
    ws.append([])
    ws.append(["Milestone", "Owner", "Due", 1, 2, 3, 4, 5, 6])
    ws.append(["Design signed off", "Ann Lee", date(2026, 1, 9)])
    ws.append(["Build complete", "Bob Ray", date(2026, 2, 6)])
    ws.append(["Go-live", "Cy Dunn", date(2026, 3, 6)])
    path = tmp_path / "m.xlsx"
    wb.save(path)
    assert _adopt(path).report.item_counts == {}  # the first milestone read as the header
    ws.auto_filter.ref = "A3:I6"
    wb.save(path)
    adoption = _adopt(path)
    assert [m.milestone for m in adoption.project.milestones] == [
        "Design signed off",
        "Build complete",
        "Go-live",
    ]
    assert [m.baseline_date for m in adoption.project.milestones] == [
        date(2026, 1, 9),
        date(2026, 2, 6),
        date(2026, 3, 6),
    ]
    assert any("its autofilter (A3:I6)" in n for n in adoption.report.tables[0].notes)


def test_frozen_title_rows_and_a_stale_filter_never_move_a_clear_header(tmp_path: Path) -> None:
    """Panes frozen under the title only (row 1), and an autofilter left on the second data
    row: the clear header of row 3 stays the header, every risk is adopted, and nothing is
    said of a header the records do not name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risk Register"
    ws.append(["Risk register"])
    ws.append([])
    ws.append(["ID", "Title", "Owner", "Status", "Probability", "Impact"])
    ws.append(["R1", "Supplier late", "Ann Lee", "Open", 3, 4])
    ws.append(["R2", "Data migration fails", "Bob Ray", "Open", 2, 5])
    ws.append(["R3", "Licences cost more", "Cy Dunn", "Closed", 1, 2])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = "A5:F6"
    path = tmp_path / "r.xlsx"
    wb.save(path)
    adoption = _adopt(path)
    (table,) = adoption.report.tables
    assert (table.ref, table.items) == ("A3:F6", {"risks": 3})
    assert [r.title for r in adoption.project.risks] == [
        "Supplier late",
        "Data migration fails",
        "Licences cost more",
    ]
    assert not any("as the workbook records it" in n for n in table.notes)


def test_frozen_panes_under_a_data_row_of_numbers_make_no_header(tmp_path: Path) -> None:
    """Panes frozen under the first risk (a row mostly of numbers): it stays a risk."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risks"
    ws.append(["Ref", "Risk", "P", "I", "Score", "Raised"])
    ws.append(["R1", "Supplier late", 3, 4, 12, date(2026, 1, 5)])
    ws.append(["R2", "Data migration fails", 2, 5, 10, date(2026, 1, 9)])
    ws.freeze_panes = "A3"
    path = tmp_path / "r.xlsx"
    wb.save(path)
    adoption = _adopt(path)
    assert adoption.report.tables[0].ref == "A1:F3"
    assert [r.title for r in adoption.project.risks] == ["Supplier late", "Data migration fails"]


# --- dropdown lists as evidence of a column's field -------------------------------------------


def _issues(path: Path, *, status_list: str, owner_list: str, header_c: str = "Col C") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Issues"
    ws.append(["ID", "Issue", header_c, "Col D", "Raised"])
    ws.append(["I1", "Vendor cannot staff the build", None, "Ann Lee", date(2026, 1, 5)])
    ws.append(["I2", "Test environment is down", "Closed", None, date(2026, 1, 9)])
    ws.append(["I3", "Licences expire in March", None, None, date(2026, 2, 1)])
    lists = wb.create_sheet("Lists")
    for row, name in enumerate(["Ann Lee", "Bob Ray", "Cy Dunn", "Di Moss"], 1):
        lists.cell(row, 1, name)
    wb.defined_names["People"] = DefinedName("People", attr_text="Lists!$A$1:$A$4")
    for formula, where in ((status_list, "C2:C200"), (owner_list, "D2:D200")):
        rule = DataValidation(type="list", formula1=formula)
        rule.add(where)
        ws.add_data_validation(rule)
    wb.save(path)
    return path


def test_dropdowns_name_a_status_and_an_owner_column_with_few_values(tmp_path: Path) -> None:
    """One value each under headers that say nothing: too few to know them by; the
    dropdowns (statuses written in the rule, people on a Lists sheet by a defined name)
    say what they hold: Status and Owner, flagged for review, and the report says so."""
    path = _issues(
        tmp_path / "i.xlsx", status_list='"Open,In Progress,Resolved,Closed"', owner_list="People"
    )
    adoption = _adopt(path)
    assert _column(adoption, "Col C") == ("status", 0.7, "content")
    assert _column(adoption, "Col D") == ("owner", 0.7, "content")
    assert [i.status for i in adoption.project.issues] == [None, "Closed", None]
    assert [i.owner for i in adoption.project.issues] == ["Ann Lee", None, None]
    assert adoption.report.needs_review
    (table,) = [t for t in adoption.report.tables if t.adopted]
    assert (
        "dropdown lists in the source, weighed as evidence of each column's field: "
        "C (Open, In Progress, Resolved, Closed); D (Ann Lee, Bob Ray, Cy Dunn, Di Moss)"
    ) in table.notes


def test_without_readable_dropdowns_the_same_columns_stay_out(tmp_path: Path) -> None:
    path = _issues(tmp_path / "i.xlsx", status_list="OFFSET(Lists!$A$1,0,0,4)", owner_list='"x"')
    adoption = _adopt(path)
    assert _column(adoption, "Col C")[0] is None
    assert _column(adoption, "Col D")[0] is None
    # the computed list is not read; a list of one value that names no field is only said
    notes = [n for t in adoption.report.tables for n in t.notes if "dropdown" in n]
    assert notes == [
        "dropdown lists in the source, weighed as evidence of each column's field: D (x)"
    ]


def test_a_dropdown_never_moves_a_clear_header(tmp_path: Path) -> None:
    """'Owner' over a dropdown of statuses (a template's mistake) is still the Owner."""
    path = _issues(
        tmp_path / "i.xlsx",
        status_list='"Open,In Progress,Resolved,Closed"',
        owner_list="People",
        header_c="Owner",
    )
    adoption = _adopt(path)
    assert _column(adoption, "Owner")[0] == "owner"
    assert _column(adoption, "Col D")[0] is None  # the one owner column is taken


def test_a_level_dropdown_two_fields_could_take_stays_out(tmp_path: Path) -> None:
    """H / M / L under 'Col F' in a risk register is a Probability or an Impact: nobody
    guesses; the column is listed, and the note still says what its dropdown holds."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risk Log"
    ws.append(["ID", "Risk", "Owner", "Col D"])
    ws.append(["R1", "Supplier late", "Ann Lee", "H"])
    ws.append(["R2", "Data migration fails", "Bob Ray", None])
    rule = DataValidation(type="list", formula1='"H,M,L"')
    rule.add("D2:D100")
    ws.add_data_validation(rule)
    path = tmp_path / "r.xlsx"
    wb.save(path)
    adoption = _adopt(path)
    assert _column(adoption, "Col D")[0] is None
    assert any("D (H, M, L)" in n for n in adoption.report.tables[0].notes)


def test_list_values_over_a_whole_sheet_reads_only_what_it_returns() -> None:
    """A dropdown over a whole sheet (``Lists!$A$1:$XFD$1048576``) reads the sheet's own
    cells up to the most values a list keeps, not 300 rows of 16,384 columns each (over a
    second a call, once per validation rule and table)."""

    class Counting(Grid):
        reads = 0

        def value(self, row: int, col: int) -> CellValue:
            Counting.reads += 1
            return super().value(row, col)

    rows: list[list[CellValue]] = [[f"v{r}-{c}" for c in range(30)] for r in range(400)]
    grid = Counting(SheetGrid(name="Lists", rows=rows))
    found = list_values("Lists!$A$1:$XFD$1048576", "Risks", {"Lists": grid}, {})
    assert found == [f"v0-{c}" for c in range(30)] + [f"v1-{c}" for c in range(30)]
    assert Counting.reads <= 100
