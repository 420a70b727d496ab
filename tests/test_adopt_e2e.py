"""Adopted workbooks go through `pmo check` and `pmo consolidate` like any project workbook,
with the item counts and values of the source; `pmo adopt` exit codes and JSON shape."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_adopt_synthetic import legacy_workbook

from addin.adopt import adopt_file
from addin.check import check_file
from addin.cli import main
from addin.standards import Standards

AS_OF = date(2025, 6, 30)


def test_adopted_workbook_reads_back_through_check(tmp_path: Path, standards: Standards) -> None:
    src = legacy_workbook(tmp_path / "legacy.xlsx")
    out = tmp_path / "out" / "apollo.xlsx"
    out.parent.mkdir()
    adopt_file(src, out, standards)
    report = check_file(out, standards, AS_OF)
    assert report.unreadable is None
    project = report.project
    assert project is not None
    assert project.header.project_id == "PRJ-0099"
    assert [r.id for r in project.risks] == ["R-001", "R-002", "R-003", "R-004"]
    assert project.risks[0].probability == 5 and project.risks[0].raised_date == date(2025, 2, 13)
    assert len(project.issues) == 2 and len(project.decisions) == 2 and len(project.finance) == 6
    codes = {f.code for f in report.findings}
    assert codes  # the adopted data is judged: e.g. the placeholder owner TBC
    assert any(f.item_id == "R-003" for f in report.findings)


def test_adopted_workbooks_consolidate(
    tmp_path: Path, standards: Standards, public_corpus: Path
) -> None:
    from addin.consolidate import consolidate_folder

    folder = tmp_path / "portfolio"
    folder.mkdir()
    adopt_file(legacy_workbook(tmp_path / "legacy.xlsx"), folder / "apollo.xlsx", standards)
    adopt_file(
        public_corpus / "muqris-pmo-raid-log.xlsx",
        folder / "muqris.xlsx",
        standards,
        project_overrides={"project_id": "PRJ-0100"},
    )
    for mapping in folder.glob("*.mapping.json"):
        mapping.unlink()
    result = consolidate_folder(
        folder, tmp_path / "rollup.xlsx", standards, AS_OF, jobs=1, use_cache=False
    )
    assert result.rejected == 0
    assert result.projects == 2
    assert result.out.is_file()


def test_cli_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = legacy_workbook(tmp_path / "legacy.xlsx")
    code = main(["adopt", str(src), "--out", str(tmp_path / "a.xlsx"), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["adopted"] and payload["item_counts"]["risks"] == 4
    assert payload["tables"][0]["columns"][0]["header"] == "Ref"
    # existing output without --force: bad usage, nothing overwritten
    assert main(["adopt", str(src), "--out", str(tmp_path / "a.xlsx")]) == 2
    # not a workbook
    bogus = tmp_path / "notes.xlsx"
    bogus.write_text("just text")
    assert main(["adopt", str(bogus), "--out", str(tmp_path / "b.xlsx")]) == 2
    assert "error" in capsys.readouterr().err


def test_cli_exit_1_when_review_needed(tmp_path: Path, public_corpus: Path) -> None:
    # Contingency Action -> Response is a low-confidence match: adopted, flagged, exit 1
    code = main(
        ["adopt", str(public_corpus / "pgmp-risk-log.xls"), "--out", str(tmp_path / "p.xlsx")]
    )
    assert code == 1
    assert (tmp_path / "p.xlsx").is_file()


def test_cli_exit_2_when_no_register(tmp_path: Path, public_corpus: Path) -> None:
    src = public_corpus / "nordic-capacity-actuals-import-template.xlsx"
    assert main(["adopt", str(src), "--out", str(tmp_path / "n.xlsx")]) == 2
    assert not (tmp_path / "n.xlsx").exists()


def test_ribbon_macro_adopts_the_open_workbook(tmp_path: Path, standards: Standards) -> None:
    from addin.adopt import open_source
    from addin.macros import MacroContext, run_macro

    src = legacy_workbook(tmp_path / "legacy.xlsx")
    before = src.read_bytes()
    opened: list[Path] = []
    asked: list[str] = []

    def ask(kind: str, prompt: str) -> Path:
        asked.append(kind)
        return tmp_path / "adopted"

    ctx = MacroContext(
        standards=standards,
        as_of=AS_OF,
        book=open_source(src),
        ask_path=ask,  # type: ignore[arg-type]
        open_workbook=opened.append,
    )
    result = run_macro("adopt", ctx)
    assert asked == ["save_workbook"]
    assert result.output == tmp_path / "adopted.xlsx" and opened == [tmp_path / "adopted.xlsx"]
    assert result.data["item_counts"]["risks"] == 4
    assert "Adopted 4 risks" in result.message
    assert (tmp_path / "adopted.mapping.json").is_file()
    assert src.read_bytes() == before
    # cancelled dialog: nothing written
    ctx.ask_path = lambda kind, prompt: None
    assert not run_macro("adopt", ctx).ok


def test_source_text_starting_with_equals_is_never_a_formula(
    tmp_path: Path, standards: Standards
) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    ws.append(["ID", "Risk", "Probability", "Impact", "Owner", "Date Raised"])
    ws.append(["R1", "placeholder", "H", "=SUM(1,2)", "Ann", "=NOW()"])
    for ref, text in (("B2", '=HYPERLINK("http://x")'), ("D2", "=SUM(1,2)"), ("F2", "=NOW()")):
        ws[ref].value = text
        ws[ref].data_type = "s"  # text that merely starts with "="
    src = tmp_path / "eq.xlsx"
    wb.save(src)
    out = tmp_path / "eq.adopted.xlsx"
    adoption = adopt_file(src, out, standards)
    assert adoption.project.risks[0].title == '=HYPERLINK("http://x")'
    book = openpyxl.load_workbook(out)
    risks = book["Risks"]
    cells = {c.column_letter: c for c in risks[2]}
    assert cells["B"].data_type == "s" and cells["B"].value == '=HYPERLINK("http://x")'
    # unconverted text kept in its cell is text too (with a leading apostrophe)
    assert cells["I"].data_type == "s" and cells["I"].value == "'=SUM(1,2)"
    assert not any(
        isinstance(c.value, str) and c.data_type == "f" and "NOW" in c.value
        for row in book["Adoption Report"].iter_rows()
        for c in row
    )
