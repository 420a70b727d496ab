"""Hosts that only read (a legacy file being adopted, a pasted range) refuse every write."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from addin.adopt.legacy_host import CalamineHost
from addin.errors import UsageError
from addin.host import CellMark, WorkbookHost
from addin.layout import RISKS
from addin.reading.range_reader import range_host


def _legacy(tmp_path: Path) -> Path:
    path = tmp_path / "old log.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Log")
    sheet.write_row(0, 0, ["ID", "Risk", "Owner"])
    sheet.write_row(1, 0, ["1", "Supplier late", "Ann"])
    book.close()
    return path


def test_the_adoption_host_reads_and_refuses_writes(tmp_path: Path) -> None:
    source = _legacy(tmp_path)
    before = source.read_bytes()
    host = CalamineHost(source)
    assert isinstance(host, WorkbookHost)
    assert host.read_sheet("Log").value(2, 2) == "Supplier late"
    with pytest.raises(UsageError, match="never writes to a source workbook"):
        host.write_sheet("Checks", ["A"], [["x"]])
    with pytest.raises(UsageError, match="never writes to a source workbook"):
        host.mark_cells([CellMark("Log", "B2", "error", "note")])
    with pytest.raises(UsageError):
        host.delete_sheet("Log")
    assert host.clear_marks() == 0
    assert host.save() is None
    assert source.read_bytes() == before


def test_a_pasted_range_is_read_only() -> None:
    host = range_host([["ID", "Title"], ["R-001", "Supplier late"]], RISKS)
    assert isinstance(host, WorkbookHost)
    with pytest.raises(UsageError, match="a pasted range is read-only"):
        host.write_sheet("Checks", ["A"], [["x"]])
    assert host.clear_marks() == 0 and host.save() is None
