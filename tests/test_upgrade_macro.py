"""The ribbon's Upgrade template: one macro, two hosts (SPEC sections 9 and 15)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_macros_bridge import RecordingUi
from upgrade_corpus import decorated_v1, plain_v1
from xlwings_fake import book_from_host

from addin.files.filehost import FileHost
from addin.macros import run_macro
from addin.macros.context import MacroContext
from addin.reading.project_reader import read_project, read_project_file
from addin.standards import Standards
from macros_bridge.xlwings_host import XlwingsHost

AS_OF = date(2026, 11, 30)


def _fake_excel(path: Path) -> tuple[object, XlwingsHost]:
    with FileHost(path) as source:
        book = book_from_host(source, path)
    return book, XlwingsHost(book)


def test_file_host_upgrades_a_copy_and_leaves_the_source(
    tmp_path: Path, standards: Standards
) -> None:
    path = decorated_v1(tmp_path / "pm.xlsx", standards)
    before = path.read_bytes()
    with FileHost(path) as host:
        result = run_macro("upgrade_template", MacroContext(standards, AS_OF, book=host))
    assert result.ok, result.message
    assert result.output == tmp_path / "pm.upgraded.xlsx"
    assert "version 1 to 2" in result.message
    assert path.read_bytes() == before
    assert read_project_file(result.output, standards).project.meta.template_version == 2


def test_file_host_says_current_and_refused(tmp_path: Path, standards: Standards) -> None:
    path = plain_v1(tmp_path / "a.xlsx", standards)
    with FileHost(path) as host:
        run_macro("upgrade_template", MacroContext(standards, AS_OF, book=host))
    copy = tmp_path / "a.upgraded.xlsx"
    with FileHost(copy) as host:
        again = run_macro("upgrade_template", MacroContext(standards, AS_OF, book=host))
    assert again.ok and "already on template version 2" in again.message
    blocked = decorated_v1(
        tmp_path / "b.xlsx", standards, extra_iteration_column="Remaining Points"
    )
    with FileHost(blocked) as host:
        refused = run_macro("upgrade_template", MacroContext(standards, AS_OF, book=host))
    assert not refused.ok and "Remaining Points" in refused.message
    assert not (tmp_path / "b.upgraded.xlsx").exists()
    assert run_macro("upgrade_template", MacroContext(standards, AS_OF)).ok is False


def test_excel_host_adds_rows_column_dropdowns_names_and_version(
    tmp_path: Path, standards: Standards
) -> None:
    path = decorated_v1(tmp_path / "pm.xlsx", standards)
    book, host = _fake_excel(path)
    project = book.sheets["Project"]  # type: ignore[attr-defined]
    project.formats[(25, 1)] = "label-style"  # the Job Size row's formats, to be copied
    risks = book.sheets["Risks"]  # type: ignore[attr-defined]
    for r in range(2, 502):  # the version 1 whole-number check on Probability (H)
        risks.validations[(r, 8)] = {"Type": 1, "Formula1": "1", "Formula2": "5"}
    risks.validations[(2, 9)] = {"Type": 6, "Formula1": "=LEN(I2)<3"}  # a PM's own on Impact
    result = run_macro("upgrade_template", MacroContext(standards, AS_OF, book=host))
    assert result.ok, result.message
    assert result.data["status"] == "upgraded"
    assert project.value("A26") == "Mandatory" and project.value("A28") == "Expected Benefits"
    assert project.formats[(26, 1)] == "label-style"
    assert project.validations[(26, 2)]["Formula1"] == "=lst_yes_no"
    assert "5 Very high" in project.validations[(25, 2)]["InputMessage"]
    names = {n.name: n.refers_to for n in book.names}  # type: ignore[attr-defined]
    assert names["Mandatory"] == "='Project'!$B$26"
    iterations = book.sheets["Iterations"]  # type: ignore[attr-defined]
    assert iterations.value("H1") == "Remaining Points"
    assert iterations.tables[0].range.c2 == 8
    assert iterations.validations[(2, 8)]["Type"] == 2  # decimal, zero or more
    assert risks.validations[(2, 8)]["Type"] == 3  # Probability: now the 1-5 dropdown
    assert risks.validations[(2, 8)]["Formula1"] == "1,2,3,4,5"
    assert risks.validations[(2, 9)]["Type"] == 6  # the PM's own validation is kept
    assert any("Risks!I2" in note for note in host.upgrade_notes)
    assert book.sheets["_pmo"].value("B2") == 2  # type: ignore[attr-defined]
    # the burn-up chart, made by Excel: the helper block (hidden) over the table as it now is
    # (the PM's Team Mood in G, Remaining Points in H), and a scatter chart of two series
    assert iterations.value("U1") == "Burn-up: End"
    assert iterations.value("U2") == '=IF(OR($C2="",$E2=""),NA(),$C2)'
    assert iterations.value("W33") == '=IF(OR(ISNA(U33),$H33=""),NA(),V33+$H33)'
    assert iterations.value("U34") is None
    assert iterations.layout[("Hidden", 1, 21)] is True
    [chart] = iterations.charts
    assert chart.chart_type == "xy_scatter_lines" and chart.left == 9 * 48.0  # column J
    assert chart.com.PlotVisibleOnly is False
    assert chart.com.ChartTitle.Text == "Burn-up: completed against total scope"
    assert [(s.Name, s.XValues.rng.address, s.Values.rng.address) for s in chart.com.series] == [
        ("Completed (cumulative)", "$U$2:$U$33", "$V$2:$V$33"),
        ("Total scope", "$U$2:$U$33", "$W$2:$W$33"),
    ]
    # the live workbook now reads as version 2, with the new cells in place
    read = read_project(host, standards)
    assert read.project.meta.template_version == 2
    assert read.project_cells["mandatory"] == ("Project", "B26")
    assert "remaining_points" in read.registers["iterations"].columns
    again = run_macro("upgrade_template", MacroContext(standards, AS_OF, book=host))
    assert again.data["status"] == "current"


def test_excel_host_refuses_a_protected_sheet_before_changing_anything(
    tmp_path: Path, standards: Standards
) -> None:
    from macros_bridge.entry import run_in_book

    path = plain_v1(tmp_path / "locked.xlsx", standards)
    book, _host = _fake_excel(path)
    book.sheets["Iterations"].api.ProtectContents = True  # type: ignore[attr-defined]

    ui = RecordingUi()
    assert run_in_book("upgrade_template", book, ui) is None
    assert "'Iterations' is protected" in ui.errors[0] and "Nothing was changed" in ui.errors[0]
    assert book.sheets["Project"].value("A26") is None  # type: ignore[attr-defined]
    assert book.sheets["_pmo"].value("B2") == 1  # type: ignore[attr-defined]
