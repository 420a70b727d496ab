"""The live-workbook host and the ribbon entry point, driven through a fake of the
xlwings object model (no Excel here): whole-range reads and writes, marks that restore
what they replaced, the same macros and findings as on the file host, and every outcome
of a button press as one message."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from test_check_file import PLANTED, build_defects
from xlwings_fake import FakeBook, book_from_host

from addin.files.filehost import FileHost
from addin.host import CellMark, ErrorValue
from addin.macros import MacroContext, run_macro
from addin.marks import MARKS_SHEET
from addin.standards import default_standards
from macros_bridge import entry
from macros_bridge.ribbon import buttons
from macros_bridge.xlwings_host import XlwingsHost

REPO = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 30)


def test_a_sheet_is_read_in_one_values_call_and_one_formulas_call() -> None:
    book = FakeBook()
    rows = [[f"r{r}c{c}" for c in range(12)] for r in range(400)]
    rows[5][3] = ErrorValue("#REF!")
    sheet = book.add_sheet("Risks", rows, top_left="B3")
    sheet.formulas[(10, 4)] = "=B10*2"
    grid = XlwingsHost(book).read_sheet("Risks")
    assert book.calls["range.value.get"] == 1
    assert book.calls["range.formula.get"] == 1
    assert grid.value(3, 2) == "r0c0"  # placed where it is in Excel, not at A1
    assert grid.value(1, 1) is None and grid.value(402, 13) == "r399c11"
    assert grid.value(8, 5) == ErrorValue("#REF!")
    assert grid.formulas == {(10, 4): "=B10*2"}


@pytest.mark.parametrize("state,visible", [(True, True), (-1, True), (0, False), (2, False)])
def test_sheet_visibility_as_excel_reports_it(state: Any, visible: bool) -> None:
    book = FakeBook()
    book.add_sheet("_pmo", [["template_id", "project"]]).visible = state
    assert XlwingsHost(book).read_sheet("_pmo").visible is visible


def test_a_huge_sheet_is_read_up_to_the_bound() -> None:
    book = FakeBook()
    book.add_sheet("Big", [[1, 2, 3, 4]] * 50)
    grid = XlwingsHost(book, max_cells=40).read_sheet("Big")
    assert grid.truncated and len(grid.rows) == 10


def test_a_sheet_is_written_in_one_call_with_text_kept_as_text() -> None:
    book = FakeBook()
    book.add_sheet("Risks", [["ID"]])
    host = XlwingsHost(book)
    rows: list[list[Any]] = [
        ["=cmd|'/c calc'!A1", "Risks!F12", 3.0, datetime(2026, 1, 2)],
        *[["x", f"Risks!F{r}", r, None] for r in range(200)],
    ]
    rows[1].append(ErrorValue("#N/A"))
    rows[2][0] = "1-2"  # Excel would turn this text into 2 January
    host.write_sheet(
        "Checks", ["A", "Cell", "N", "D"], rows, table_name="tblChecks", links={(0, 1): "Risks!F12"}
    )
    assert book.calls["range.value.set"] == 1
    sheet = book.sheets["Checks"]
    assert sheet.value("A2") == "=cmd|'/c calc'!A1"  # stored as text...
    assert (2, 1) in sheet.text_prefixed  # ...because it was written with Excel's text prefix
    assert sheet.value("B2") == '=HYPERLINK("#Risks!F12","Risks!F12")'
    assert sheet.value("E3") == "#N/A"
    assert sheet.value("A4") == "1-2" and (4, 1) in sheet.text_prefixed
    assert (1, 1) in sheet.text_prefixed  # header text too
    assert (2, 3) not in sheet.text_prefixed and sheet.value("C2") == 3.0  # numbers stay numbers
    # Read back, the text that looks like a formula is not taken for one; the links are.
    grid = host.read_sheet("Checks")
    assert grid.value(2, 1) == "=cmd|'/c calc'!A1"
    assert (2, 1) not in grid.formulas and (2, 2) in grid.formulas
    assert [t.name for t in sheet.tables] == ["tblChecks"]
    assert [s.name for s in book.sheets] == ["Risks", "Checks"]
    host.write_sheet("Checks", ["A"], [["again", "wider than the header"]])  # replaces
    assert book.sheets["Checks"].value("B2") == "wider than the header"
    assert [s.name for s in book.sheets] == ["Risks", "Checks"]


def test_tables_and_names() -> None:
    book = FakeBook()
    from xlwings_fake import FakeName, FakeRange, FakeTable

    sheet = book.add_sheet("Risks", [["ID"], ["R-001"]], top_left="A4")
    sheet.tables.append(FakeTable("tblRisks", FakeRange(sheet, 4, 1, 5, 22), show_totals=True))
    book.names = [FakeName("ProjectID", "=Project!$B$4"), FakeName("Risks!Local", "=Risks!$A$1")]
    host = XlwingsHost(book)
    (table,) = host.tables()
    assert (table.name, table.sheet, table.ref, table.totals_rows) == (
        "tblRisks",
        "Risks",
        "A4:V5",
        1,
    )
    assert host.defined_names() == {"ProjectID": "Project!$B$4"}


def test_marks_remember_and_restore_fills_and_notes() -> None:
    book = FakeBook()
    sheet = book.add_sheet("Risks", [["a", "b"], ["c", "d"]])
    sheet.fills[(1, 2)] = (0xDD, 0xEE, 0xFF)
    sheet.notes[(1, 2)] = "the PM's own note"
    host = XlwingsHost(book)
    host.mark_cells(
        [
            CellMark("Risks", "A1", "warning", "RAID-007: owner TBC"),
            CellMark("Risks", "A1", "error", "RAID-003: probability 7"),
            CellMark("Risks", "B1", "info", "RAID-015: stale"),
            CellMark("Gone", "A1", "error", "a sheet that does not exist is skipped"),
        ]
    )
    assert sheet.fills[(1, 1)] == (0xFF, 0xC7, 0xCE)  # the worst severity wins
    assert sheet.notes[(1, 1)] == "RAID-007: owner TBC\nRAID-003: probability 7"
    assert sheet.notes[(1, 2)] == "RAID-015: stale"
    assert book.sheets[MARKS_SHEET].visible is False
    # A second round of marks keeps the first originals.
    host.mark_cells([CellMark("Risks", "B1", "error", "again")])
    assert host.clear_marks() == 2
    assert (1, 1) not in sheet.fills and (1, 1) not in sheet.notes
    assert sheet.fills[(1, 2)] == (0xDD, 0xEE, 0xFF)
    assert sheet.notes[(1, 2)] == "the PM's own note"
    assert MARKS_SHEET not in host.sheet_names()
    assert host.clear_marks() == 0


@pytest.fixture
def defects_book(tmp_path: Path) -> tuple[FakeBook, Path]:
    source = build_defects(tmp_path / "defects.xlsx", default_standards())
    with FileHost(source) as host:
        book = book_from_host(host, source)
    return book, source


def test_check_on_the_live_host_matches_the_file_host(defects_book: tuple[FakeBook, Path]) -> None:
    book, source = defects_book
    live = run_macro("check", MacroContext(default_standards(), AS_OF, book=XlwingsHost(book)))
    on_file = run_macro("check", MacroContext(default_standards(), AS_OF, book=FileHost(source)))
    key = [(f.code, f.sheet, f.cell, f.message) for f in live.findings]
    assert key == [(f.code, f.sheet, f.cell, f.message) for f in on_file.findings]
    assert sorted((f.code, f.address) for f in live.findings) == sorted(
        (code, address) for code, address, _ in PLANTED
    )
    assert live.message == "defects.xlsx: 6 errors, 3 warnings, 0 info - see the Checks sheet"
    checks = book.sheets["Checks"]
    assert checks.value("A1") == "Severity"
    assert checks.value("D2").startswith('=HYPERLINK("#')
    assert book.sheets["Risks"].fills[(3, 8)] == (0xFF, 0xC7, 0xCE)  # H3, an error
    # Each sheet was read with one values call (and one formulas call).
    assert book.calls["range.value.get"] <= 2 * len(book.sheets)
    cleared = run_macro(
        "clear_checks", MacroContext(default_standards(), AS_OF, book=XlwingsHost(book))
    )
    assert cleared.data["cleared"] == len(PLANTED)
    assert "Checks" not in [s.name for s in book.sheets]
    assert (3, 8) not in book.sheets["Risks"].fills


class RecordingUi:
    def __init__(self, path: Path | None = None) -> None:
        self.messages: list[str] = []
        self.errors: list[str] = []
        self.opened: list[Path] = []
        self.path = path

    def message(self, text: str) -> None:
        self.messages.append(text)

    def error(self, text: str) -> None:
        self.errors.append(text)

    def ask_path(self, kind: str, prompt: str) -> Path | None:
        return self.path

    def open_workbook(self, path: Path) -> None:
        self.opened.append(path)


def test_a_button_press_ends_in_one_message(defects_book: tuple[FakeBook, Path]) -> None:
    book, _ = defects_book
    ui = RecordingUi()
    result = entry.run_in_book("check", book, ui, today=lambda: AS_OF)
    assert result is not None and len(result.findings) == len(PLANTED)
    assert ui.messages == ["defects.xlsx: 6 errors, 3 warnings, 0 info - see the Checks sheet"]
    assert ui.errors == []


@pytest.mark.parametrize("tag", ["standards", "about"])
def test_the_help_buttons(tag: str) -> None:
    ui = RecordingUi()
    entry.run_in_book(tag, FakeBook(), ui, today=lambda: AS_OF)
    assert len(ui.messages) == 1 and ui.errors == []
    assert "version 1.0" in ui.messages[0]


def test_an_unknown_tag_is_one_readable_error() -> None:
    ui = RecordingUi()
    assert entry.run_in_book("format_c", FakeBook(), ui) is None
    assert ui.errors == ["format_c: no ribbon button runs a macro named 'format_c'"]


def test_a_bad_standards_file_is_one_readable_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PMO_STANDARDS", str(tmp_path / "missing.toml"))
    ui = RecordingUi()
    entry.run_in_book("about", FakeBook(), ui)
    assert len(ui.errors) == 1
    assert ui.errors[0].startswith("About: ") and "pmo standards init" in ui.errors[0]


def test_an_unexpected_error_names_the_log_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(entry, "LOG_FILE", tmp_path / "pmo.log")

    def broken(name: str, ctx: MacroContext) -> Any:
        raise KeyError("boom")

    monkeypatch.setattr(entry, "run_macro", broken)
    ui = RecordingUi()
    entry.run_in_book("check", FakeBook(), ui)
    assert len(ui.errors) == 1 and ui.messages == []
    assert ui.errors[0].startswith("Check stopped on an unexpected error: KeyError: 'boom'")
    assert str(tmp_path / "pmo.log") in ui.errors[0]
    assert "KeyError: 'boom'" in (tmp_path / "pmo.log").read_text()


def test_the_ui_shows_messages_through_excel() -> None:
    book = FakeBook()
    ui = entry.XlwingsUi(book)
    entry.run_in_book("about", book, ui)
    assert [a["title"] for a in book.app.alerts] == ["PMO"]
    ui.error("bad")
    assert book.app.alerts[-1] == {"prompt": "bad", "title": "PMO", "mode": "critical"}
    ui.open_workbook(Path("/tmp/x.xlsx"))
    assert book.app.opened == ["/tmp/x.xlsx"]


def test_book_caller_is_called_in_exactly_one_place() -> None:
    callers = []
    for folder in ("addin", "udfs", "macros_bridge"):
        for path in sorted((REPO / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if "caller" not in text:
                continue
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.Attribute) and node.attr == "caller":
                    callers.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert len(callers) == 1 and callers[0].startswith("macros_bridge/entry.py:"), callers


def test_every_button_runs_through_the_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def fake_run(name: str, ctx: MacroContext) -> Any:
        from addin.macros import MacroResult

        assert isinstance(ctx.book, XlwingsHost) and ctx.as_of == AS_OF
        seen.append(name)
        return MacroResult(f"ran {name}")

    monkeypatch.setattr(entry, "run_macro", fake_run)
    for button in buttons():
        ui = RecordingUi()
        entry.run_in_book(button.tag, FakeBook(), ui, today=lambda: AS_OF)
        assert ui.messages == [f"ran {button.tag}"]
    assert seen == [b.tag for b in buttons()]


def test_new_workbook_consolidate_and_open_last_rollup_through_the_buttons(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    book = FakeBook()
    folder = tmp_path / "portfolio"
    folder.mkdir()
    build_defects(folder / "defects.xlsx", default_standards())

    ui = RecordingUi(folder / "new project.xlsx")
    created = entry.run_in_book("new_workbook", book, ui, today=lambda: AS_OF)
    assert created is not None and created.output == folder / "new project.xlsx"
    assert ui.opened == [folder / "new project.xlsx"] and ui.errors == []
    assert len(ui.messages) == 1 and ui.messages[0].startswith("Created new project.xlsx")

    ui = RecordingUi(folder)
    rolled = entry.run_in_book("consolidate", book, ui, today=lambda: AS_OF)
    assert rolled is not None and rolled.output is not None and rolled.output.is_file()
    assert ui.opened == [rolled.output] and ui.errors == []
    assert len(ui.messages) == 1  # what the macro said and its result, in one box
    assert "Roll-up:" in ui.messages[0]

    ui = RecordingUi()
    entry.run_in_book("open_last_rollup", book, ui, today=lambda: AS_OF)
    assert ui.opened == [rolled.output]
    assert ui.messages == [f"Opened the last roll-up: {rolled.output}"]


def test_a_cancelled_dialog_is_one_plain_message() -> None:
    ui = RecordingUi(None)
    entry.run_in_book("consolidate", FakeBook(), ui, today=lambda: AS_OF)
    assert ui.messages == ["No roll-up written: no folder was chosen."] and ui.errors == []


def test_a_long_message_is_cut_to_what_a_message_box_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from addin.macros import MacroResult

    monkeypatch.setattr(entry, "run_macro", lambda name, ctx: MacroResult("x" * 5000))
    ui = RecordingUi()
    entry.run_in_book("about", FakeBook(), ui)
    assert len(ui.messages[0]) <= entry.MESSAGE_LIMIT
    assert ui.messages[0].endswith("(the rest is in the workbook)")


class FakeExcelApi:
    """Excel's COM Application dialogs: answers prepared by the test."""

    def __init__(self, answer: Any, shown: int = -1) -> None:
        self.answer, self.shown = answer, shown
        self.asked: list[tuple[str, dict[str, Any]]] = []

    def GetSaveAsFilename(self, **kwargs: Any) -> Any:
        self.asked.append(("save", kwargs))
        return self.answer

    def GetOpenFilename(self, **kwargs: Any) -> Any:
        self.asked.append(("open", kwargs))
        return self.answer

    def FileDialog(self, kind: int) -> Any:
        api = self

        class Dialog:
            Title = ""

            def Show(self) -> int:
                api.asked.append(("folder", {"kind": kind, "Title": self.Title}))
                return api.shown

            def SelectedItems(self, index: int) -> Any:
                return api.answer

        return Dialog()


def test_excel_dialogs() -> None:
    api = FakeExcelApi("C:\\pmo\\new.xlsx")
    assert entry.excel_dialog(api, "save_workbook", "Save as") == Path("C:\\pmo\\new.xlsx")
    assert api.asked == [
        ("save", {"FileFilter": "Excel workbook (*.xlsx),*.xlsx", "Title": "Save as"})
    ]
    assert entry.excel_dialog(FakeExcelApi(False), "open_workbook", "Open") is None  # cancelled
    folder = FakeExcelApi("C:\\portfolio")
    assert entry.excel_dialog(folder, "folder", "Pick") == Path("C:\\portfolio")
    assert folder.asked == [("folder", {"kind": 4, "Title": "Pick"})]
    assert entry.excel_dialog(FakeExcelApi("x", shown=0), "folder", "Pick") is None


def test_adopt_through_the_button_matches_adopting_the_file(tmp_path: Path) -> None:
    from addin.adopt import adopt_host, open_source
    from addin.demo.legacy import write_legacy_files

    legacy = write_legacy_files(tmp_path, AS_OF, seed=7)
    source = tmp_path / legacy[0].file  # a RAID log with its header in row 11
    expected = adopt_host(open_source(source), default_standards()).report.item_counts
    host = open_source(source)
    book = book_from_host(host, source)
    ui = RecordingUi(tmp_path / "adopted.xlsx")
    result = entry.run_in_book("adopt", book, ui, today=lambda: AS_OF)
    assert result is not None and result.output == tmp_path / "adopted.xlsx"
    assert result.output.is_file() and ui.opened == [result.output]
    assert result.data["item_counts"] == expected and sum(expected.values()) > 0
    assert len(ui.messages) == 1 and ui.errors == []
    assert [s.name for s in book.sheets] == host.sheet_names()  # the open register is untouched
    assert book.calls["range.value.set"] == 0


def test_what_changed_opens_the_latest_rollup_at_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("PMO_STORE", raising=False)

    class SheetUi(RecordingUi):
        def __init__(self, path: Path | None = None) -> None:
            super().__init__(path)
            self.shown: list[tuple[Path, str]] = []

        def show_sheet(self, path: Path, sheet: str) -> None:
            self.shown.append((path, sheet))

    book = FakeBook()
    ui = SheetUi()
    entry.run_in_book("what_changed", book, ui, today=lambda: AS_OF)
    assert ui.messages == [
        "No roll-up yet: use Consolidate folder (or `pmo consolidate FOLDER`) first."
    ]
    folder = tmp_path / "portfolio"
    folder.mkdir()
    build_defects(folder / "defects.xlsx", default_standards())
    rolled = entry.run_in_book("consolidate", book, SheetUi(folder), today=lambda: AS_OF)
    assert rolled is not None and rolled.output is not None
    assert (tmp_path / "portfolio-history.sqlite").is_file()  # the ribbon records too
    ui = SheetUi()
    entry.run_in_book("what_changed", book, ui, today=lambda: AS_OF)
    assert ui.opened == [rolled.output]
    assert ui.shown == [(rolled.output, "Changes")]
    assert ui.messages == [f"Opened the last roll-up at its Changes sheet: {rolled.output}"]
