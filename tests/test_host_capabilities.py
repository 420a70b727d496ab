"""Optional host capabilities are declared on the host interface, with explicit "not
supported" results, instead of being probed with getattr."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from addin.files.filehost import FileHost
from addin.files.range_host import range_host
from addin.host import HostCapabilities, WorkbookHost
from addin.layout import RISKS


def test_a_host_that_cannot_tell_says_not_supported() -> None:
    host = range_host([["ID", "Title"], ["R-001", "Supplier late"]], RISKS)
    assert isinstance(host, HostCapabilities) and isinstance(host, WorkbookHost)
    assert host.unreadable_reason() is None
    assert host.formulas_hidden() is False
    assert host.truncation(RISKS.sheet) == ""
    assert host.sheet_defined_names() == {}


def test_the_file_host_says_what_a_csv_named_xlsx_really_is(tmp_path: Path) -> None:
    fake = tmp_path / "budget.xlsx"
    fake.write_text("ID,Title\nR-001,Supplier late\n", encoding="utf-8")
    reason = FileHost(fake).unreadable_reason()
    assert reason is not None and "CSV" in reason and "save it as" in reason.lower()
    assert FileHost(fake).formulas_hidden() is False


def test_the_file_host_reports_a_truncated_sheet_and_scoped_names(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Data")
    for row in range(12):
        sheet.write_row(row, 0, [row, "x"])
    book.define_name("Data!Local", "=Data!$A$1")
    book.close()
    host = FileHost(path, max_rows=5)
    assert host.unreadable_reason() is None
    assert host.read_sheet("Data").truncated
    assert host.truncation("Data") == "only its first 5 rows were read"
    assert host.sheet_defined_names() == {("Data", "Local"): "Data!$A$1"}
