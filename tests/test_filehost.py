"""The file host reads values, tables, names and formulas right, and writes only a copy."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from addin.errors import UnreadableWorkbookError, UsageError
from addin.files.filehost import FileHost, default_output, open_workbook
from addin.host import CellMark, ErrorValue, WorkbookHost
from addin.marks import MARKS_SHEET, SEVERITY_FILLS


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """Two tables, a defined name, dates, an uncached formula, #REF!, merges, a hidden sheet."""
    path = tmp_path / "plan.xlsx"
    wb = xlsxwriter.Workbook(path)
    dmy = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws = wb.add_worksheet("Risks")
    ws.merge_range("A1:D1", "Risk register")
    ws.write_row(3, 0, ["ID", "Title", "Raised Date", "Probability", "Score"])
    ws.write_row(4, 0, ["R-001", "Supplier late"])
    ws.write_datetime(4, 2, datetime(2026, 4, 3), dmy)
    ws.write_number(4, 3, 4)
    ws.write_formula(4, 4, "=D5*2")
    ws.write_row(5, 0, ["R-002", "=not a formula"])
    ws.write_formula(5, 3, "=#REF!", None, "#REF!")
    ws.add_table(
        "A4:E6",
        {
            "name": "tblRisks",
            "header_row": True,
            "autofilter": False,
            "columns": [
                {"header": h} for h in ["ID", "Title", "Raised Date", "Probability", "Score"]
            ],
            "data": [],
        },
    )
    # re-write the values the table call blanked
    ws.write_row(4, 0, ["R-001", "Supplier late"])
    ws.write_datetime(4, 2, datetime(2026, 4, 3), dmy)
    ws.write_number(4, 3, 4)
    ws.write_formula(4, 4, "=D5*2")
    ws.write_string(5, 0, "R-002")
    ws.write_string(5, 1, "=not a formula")
    ws.write_formula(5, 3, "=#REF!", None, "#REF!")
    project = wb.add_worksheet("Project")
    project.write_column(3, 0, ["Project ID", "Start Date"])
    project.write_string(3, 1, "PRJ-0042")
    project.write_datetime(4, 1, datetime(2026, 1, 5), dmy)
    wb.define_name("ProjectID", "=Project!$B$4")
    meta = wb.add_worksheet("_pmo")
    meta.write_row(0, 0, ["template_version", 1])
    meta.hide()
    wb.close()
    return path


def test_file_host_satisfies_the_protocol(book: Path) -> None:
    assert isinstance(FileHost(book), WorkbookHost)


def test_reads_values_tables_names_and_sheet_states(book: Path) -> None:
    with open_workbook(book) as host:
        assert host.sheet_names() == ["Risks", "Project", "_pmo"]
        assert [(t.name, t.sheet, t.ref) for t in host.tables()] == [("tblRisks", "Risks", "A4:E6")]
        assert host.defined_names() == {"ProjectID": "Project!$B$4"}
        risks = host.read_sheet("Risks")
        assert risks.value(1, 1) == "Risk register"
        assert risks.merged == ["A1:D1"]
        assert risks.value(4, 3) == "Raised Date"
        assert risks.value(5, 1) == "R-001"
        assert risks.value(5, 3) == date(2026, 4, 3)
        assert risks.value(5, 4) == 4
        # XlsxWriter stores 0 as a placeholder result: the host does not pass it on
        assert risks.formulas[(5, 5)] == "=D5*2"
        assert (5, 5) in risks.uncached
        assert risks.value(5, 5) is None
        assert risks.value(6, 2) == "=not a formula"  # text, not a formula
        assert (6, 2) not in risks.formulas
        assert risks.value(6, 4) == ErrorValue("#REF!")
        assert risks.visible and not risks.truncated
        assert host.read_sheet("Project").value(5, 2) == date(2026, 1, 5)
        meta = host.read_sheet("_pmo")
        assert meta.visible is False
        assert host.sheet_state("_pmo") == "hidden"
        assert meta.value(1, 2) == 1


def test_unknown_sheet_is_a_key_error_naming_it(book: Path) -> None:
    with pytest.raises(KeyError, match="Nope"):
        FileHost(book).read_sheet("Nope")


def test_reads_are_bounded_and_say_so(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Data")
    for r in range(50):
        ws.write_row(r, 0, list(range(20)))
    wb.close()
    grid = FileHost(path, max_rows=10, max_cols=5).read_sheet("Data")
    assert grid.truncated
    assert len(grid.rows) == 10
    assert max(len(r) for r in grid.rows) == 5
    full = FileHost(path).read_sheet("Data")
    assert not full.truncated and len(full.rows) == 50


def test_a_value_at_xfd1048576_never_reaches_calamine(tmp_path: Path) -> None:
    path = tmp_path / "far.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("S")
    ws.write("A1", "x")
    ws.write("XFD1048576", 1)
    wb.close()
    with pytest.raises(UnreadableWorkbookError, match="XFD1048576"):
        open_workbook(path)
    # even when sniffing is skipped, the host refuses to hand the sheet to calamine
    host = FileHost(path)
    grid = host.read_sheet("S")
    assert grid.truncated and grid.rows == []
    assert host.truncation("S").startswith("its values reach XFD1048576 (1,048,576 rows")


def test_reads_an_old_xls_values_only(public_corpus: Path) -> None:
    with open_workbook(public_corpus / "pgmp-risk-log.xls") as host:
        grid = host.read_sheet(host.sheet_names()[0])
        assert grid.value(1, 1) == "Risk Log"
        assert grid.value(3, 1) == "Ref"
        assert host.tables() == [] and host.defined_names() == {}


def test_strict_ooxml_reads_values(features_corpus: Path) -> None:
    with open_workbook(features_corpus / "SimpleStrict.xlsx") as host:
        grid = host.read_sheet("Sheet1")
        assert grid.value(1, 1) == "test"
        assert grid.value(2, 3) == 2


# --- write side --------------------------------------------------------------------


def test_write_side_writes_a_copy_and_never_the_source(book: Path) -> None:
    before = _sha(book)
    host = open_workbook(book)
    host.write_sheet(
        "Checks",
        ["Code", "Cell", "Message"],
        [["RAID-001", "Risks!D6", "=SUM(1,1) is text"], ["WB-001", "Risks!E5", "x"]],
        table_name="tblChecks",
        links={(0, 1): "Risks!D6"},
    )
    host.mark_cells([CellMark("Risks", "D6", "error", "#REF! in an input")])
    out = host.save()
    assert out == default_output(book) == book.with_name("plan.checked.xlsx")
    assert _sha(book) == before
    copy = openpyxl.load_workbook(out)
    checks = copy["Checks"]
    assert checks["C2"].value == "=SUM(1,1) is text"
    assert checks["C2"].data_type == "s"
    assert checks["B2"].hyperlink.location == "Risks!D6"
    assert "tblChecks" in checks.tables
    marked = copy["Risks"]["D6"]
    assert marked.fill.fgColor.rgb.endswith(SEVERITY_FILLS["error"])
    assert "#REF! in an input" in marked.comment.text
    assert copy[MARKS_SHEET].sheet_state == "hidden"


def test_clear_marks_restores_fills_and_notes(tmp_path: Path, book: Path) -> None:
    first = FileHost(book, output=tmp_path / "one.xlsx")
    original = openpyxl.load_workbook(book)["Risks"]["B5"].fill.fgColor.rgb
    first.mark_cells(
        [
            CellMark("Risks", "B5", "warning", "first"),
            CellMark("Risks", "B5", "error", "second"),
        ]
    )
    one = first.save()
    assert one is not None
    cell = openpyxl.load_workbook(one)["Risks"]["B5"]
    assert cell.fill.fgColor.rgb.endswith(SEVERITY_FILLS["error"])
    assert cell.comment.text == "first\nsecond"
    second = FileHost(one, output=tmp_path / "two.xlsx")
    assert second.clear_marks() == 1
    two = second.save()
    assert two is not None
    restored = openpyxl.load_workbook(two)
    assert MARKS_SHEET not in restored.sheetnames
    assert restored["Risks"]["B5"].fill.fgColor.rgb == original
    assert restored["Risks"]["B5"].comment is None


def test_refuses_to_write_over_the_source(book: Path) -> None:
    host = FileHost(book, output=book)
    with pytest.raises(UsageError, match="source"):
        host.mark_cells([CellMark("Risks", "A5", "error", "x")])


def test_save_without_changes_writes_nothing(book: Path) -> None:
    host = FileHost(book)
    assert host.save() is None
    assert not default_output(book).exists()


def test_cells_without_r_attributes_cannot_place_a_value_far_away(tmp_path: Path) -> None:
    """Cells may omit r (each follows the one before): 2,000 bare cells in row 5,000 span
    10 million cells, which calamine would allocate. The host bounds that and refuses."""
    src = tmp_path / "src.xlsx"
    wb = xlsxwriter.Workbook(src)
    wb.add_worksheet("S").write("A1", 1)
    wb.close()
    with zipfile.ZipFile(src) as zin:
        sheet = zin.read("xl/worksheets/sheet1.xml")
    start, end = sheet.index(b"<sheetData>"), sheet.index(b"</sheetData>")
    body = b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="5000">'
    body += b"<c><v>1</v></c>" * 2000 + b"</row>"
    path = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet[:start] + body + sheet[end:]
            zout.writestr(item.filename, data)
    grid = FileHost(path).read_sheet("S")
    assert grid.truncated and grid.rows == []


def test_every_sheet_of_every_readable_corpus_file_reads(
    public_corpus: Path, features_corpus: Path
) -> None:
    """Chart sheets, macro-enabled files, pivot tables, strict OOXML, .xls: no exception."""
    read = 0
    for path in sorted([*public_corpus.glob("*.xls*"), *features_corpus.glob("*.xls*")]):
        try:
            host = open_workbook(path)
        except UnreadableWorkbookError:
            continue
        with host:
            for name in host.sheet_names():
                grid = host.read_sheet(name)
                assert not grid.truncated, (path.name, name)
                read += 1
    assert read > 80


def test_a_macro_workbook_is_copied_with_its_macros(tmp_path: Path, features_corpus: Path) -> None:
    source = tmp_path / "SimpleMacro.xlsm"
    source.write_bytes((features_corpus / "SimpleMacro.xlsm").read_bytes())
    before = _sha(source)
    host = open_workbook(source)
    first = host.sheet_names()[0]
    host.mark_cells([CellMark(first, "A1", "warning", "look here")])
    out = host.save()
    assert out == tmp_path / "SimpleMacro.checked.xlsm"
    with zipfile.ZipFile(out) as zf:
        assert "xl/vbaProject.bin" in zf.namelist()
    assert _sha(source) == before


def test_strict_and_xls_sources_cannot_be_written(
    tmp_path: Path, features_corpus: Path, public_corpus: Path
) -> None:
    for source in (features_corpus / "SimpleStrict.xlsx", public_corpus / "pgmp-risk-log.xls"):
        host = open_workbook(source, output=tmp_path / "out.xlsx")
        with pytest.raises(UnreadableWorkbookError, match="save it in Excel as Excel Workbook"):
            host.mark_cells([CellMark("Sheet1", "A1", "error", "x")])
    assert not (tmp_path / "out.xlsx").exists()


def test_marks_land_on_merged_anchors_and_tables_get_valid_names(
    tmp_path: Path, book: Path
) -> None:
    host = FileHost(book, output=tmp_path / "out.xlsx")
    host.write_sheet("Checks", ["Cell", "Cell", ""], [["A", "B", "C"]], table_name="tblRisks")
    host.mark_cells(
        [
            CellMark("Risks", "C1", "info", "inside the merged title"),
            CellMark("Risks", "B1", "error", "also inside"),
            CellMark("Nowhere", "A1", "error", "unknown sheet"),
            CellMark("Risks", "not a cell", "error", "bad address"),
        ]
    )
    out = host.save()
    assert out is not None
    copy = openpyxl.load_workbook(out)
    anchor = copy["Risks"]["A1"]
    assert anchor.fill.fgColor.rgb.endswith(SEVERITY_FILLS["error"])
    assert anchor.comment.text == "inside the merged title\nalso inside"
    checks = copy["Checks"]
    assert [c.value for c in checks[1]] == ["Cell", "Cell 2", "Column3"]
    assert list(checks.tables) == ["tblRisks2"]  # tblRisks is taken by the Risks sheet
    assert [r[0] for r in copy[MARKS_SHEET].iter_rows(min_row=2, values_only=True)] == ["Risks"]


def test_an_error_in_the_last_row_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "last.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("S")
    ws.write("A1", "x")
    ws.write_formula("C4", "=1/0", None, "#DIV/0!")  # calamine alone says ''
    wb.close()
    grid = FileHost(path).read_sheet("S")
    assert len(grid.rows) == 4
    assert grid.value(4, 3) == ErrorValue("#DIV/0!")


def test_a_panic_in_calamine_is_one_clear_error(
    book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pyo3 turns a Rust panic into PanicException, a BaseException (seen on a damaged .xls)."""
    import python_calamine

    class PanicException(BaseException):
        pass

    def panic(*args: object, **kwargs: object) -> None:
        raise PanicException("range end index 64 out of range for slice of length 21")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panic)
    with pytest.raises(UnreadableWorkbookError, match="PanicException: range end index"):
        FileHost(book).sheet_names()


def test_sheet_scan_tells_uncached_formulas_from_empty_text_results() -> None:
    from addin.files.xml_parts import scan_sheet

    data = (
        b'<worksheet><sheetData><row r="1">'
        b'<c t="str" r="A1"><f>IF(B1="","",B1)</f><v></v></c>'  # returned "": a value
        b'<c r="B1" s="1"><f>C1*2</f></c>'  # no <v>: never calculated
        b'<c r="C1"><f>1+1</f><v></v></c>'  # empty number result: never calculated
        b'<c r="D1"><f t="shared" ref="D1:D2" si="0">C1+1</f><v>3</v></c>'
        b'</row><row r="2"><c r="D2"><f t="shared" si="0"/><v>4</v></c>'
        b'<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData></worksheet>'
    )
    scan = scan_sheet(data)
    assert scan.uncached == {(1, 2), (1, 3)}
    assert scan.formulas[(1, 1)] == '=IF(B1="","",B1)'
    assert scan.formulas[(2, 4)] == "=C1+1"  # a shared formula: the master's text
    assert scan.errors == {(2, 5): "#DIV/0!"}
    assert scan_sheet(data, all_uncached=True).uncached == {(1, 1), (1, 2), (1, 3), (1, 4), (2, 4)}
