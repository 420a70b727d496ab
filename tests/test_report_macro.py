"""The Status report button's macro on the file host: the page written where asked, the
open workbook only read, a cancelled dialog writing nothing."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from test_check_file import build_defects

from addin.files.filehost import FileHost
from addin.macros.context import MacroContext
from addin.macros.registry import run_macro
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_status_report_button_writes_the_page_and_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import addin.libreoffice

    monkeypatch.setattr(addin.libreoffice, "soffice_path", lambda: None)  # no PDF here
    source = build_defects(tmp_path / "defects.xlsx", default_standards())
    before = _sha(source)
    opened: list[Path] = []
    out = tmp_path / "reports" / "page.xlsx"
    ctx = MacroContext(
        default_standards(),
        AS_OF,
        book=FileHost(source),
        open_workbook=opened.append,
        options={"out": str(out)},
    )
    result = run_macro("status_report", ctx)
    assert result.ok, result.message
    assert result.output == out and opened == [out]
    assert _sha(source) == before
    assert "open findings" in result.message and result.data["as_of"] == "2026-11-30"
    assert result.data["open_findings"]["error"] == 6  # the planted errors, as Check finds them
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws.page_setup.orientation == "landscape" and ws.print_area


def test_cancelled_dialog_writes_nothing(tmp_path: Path) -> None:
    source = build_defects(tmp_path / "defects.xlsx", default_standards())
    ctx = MacroContext(default_standards(), AS_OF, book=FileHost(source))
    result = run_macro("status_report", ctx)
    assert not result.ok and "no file was chosen" in result.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["defects.xlsx"]


def test_no_open_workbook_says_what_to_do() -> None:
    result = run_macro("status_report", MacroContext(default_standards(), AS_OF))
    assert not result.ok and "Open a project workbook first" in result.message
