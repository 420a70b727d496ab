"""`pmo new`, `pmo templates build` and the New workbook macro, end to end."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from addin.cli import main
from addin.layout import PROJECT_FIELDS, SHEET_ORDER
from addin.macros import MacroContext, run_macro
from addin.macros.context import PathKind
from addin.standards import Standards

OPTIONS = [
    "--project-id", "PRJ-0042",
    "--name", "New CRM",
    "--portfolio", "Sales",
    "--pm", "Ann Lee",
    "--sponsor", "Raj Patel",
    "--method", "agile",
    "--start", "2026-01-05",
    "--end", "2026-12-18",
]  # fmt: skip


def _fields(path: Path) -> dict[str, object]:
    book = openpyxl.load_workbook(path)
    values = {}
    for field in PROJECT_FIELDS:
        sheet, ref = book.defined_names[field.range_name].attr_text.split("!")
        values[field.key] = book[sheet][ref.replace("$", "")].value
    return values


def test_new_writes_a_workbook_with_the_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "crm.xlsx"
    assert main(["new", str(out), *OPTIONS]) == 0
    assert "Wrote" in capsys.readouterr().out
    fields = _fields(out)
    assert fields["project_id"] == "PRJ-0042"
    assert fields["project_name"] == "New CRM"
    assert fields["project_manager"] == "Ann Lee"
    assert fields["delivery_method"] == "Agile"  # matched to the standards' spelling
    assert fields["start_date"] == datetime(2026, 1, 5)
    assert fields["planned_end_date"] == datetime(2026, 12, 18)
    assert fields["report_date"] is None
    assert openpyxl.load_workbook(out).sheetnames == list(SHEET_ORDER)


def test_new_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "crm.xlsx"
    out.write_bytes(b"precious")
    assert main(["new", str(out), *OPTIONS]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert out.read_bytes() == b"precious"
    assert main(["new", str(out), *OPTIONS, "--force"]) == 0
    assert _fields(out)["project_id"] == "PRJ-0042"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "2026-13-01"], "--start: Start Date: '2026-13-01' is not a date like"),
        (["--end", "05/01/2026"], "--end: Planned End Date: '05/01/2026' is not a date like"),
        (["--method", "Kanban"], "--method: Delivery Method: 'Kanban' is not one of"),
        (
            ["--end", "2025-12-31"],
            "Planned End Date: 2025-12-31 is before the Start Date 2026-01-05",
        ),
        (["--project-id", " "], "--project-id: Project ID: give the project's code"),
    ],
)
def test_new_rejects_bad_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "bad.xlsx"
    assert main(["new", str(out), *OPTIONS, *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_new_json_and_custom_standards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    standards_file = tmp_path / "std.toml"
    standards_file.write_text(
        '[meta]\nversion = "7.1"\n[lists]\ndelivery_method = ["Kanban", "Waterfall"]\n'
    )
    out = tmp_path / "k.xlsx"
    code = main(
        [
            "new",
            str(out),
            "--project-id",
            "P-1",
            "--method",
            "kanban",
            "--standards",
            str(standards_file),
            "--json",
        ]
    )
    assert code == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["project"] == {"project_id": "P-1", "delivery_method": "Kanban"}
    assert payload["standards_version"] == "7.1"
    meta = {r[0].value: r[1].value for r in openpyxl.load_workbook(out)["_pmo"].iter_rows()}
    assert meta["standards_version"] == "7.1"


def test_templates_build_writes_to_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "build", "--out", str(tmp_path / "tpl")]) == 0
    built = tmp_path / "tpl" / "project.xlsx"
    assert openpyxl.load_workbook(built).sheetnames == list(SHEET_ORDER)
    assert str(built) in capsys.readouterr().out


def test_macro_builds_asks_for_a_path_and_opens_it(tmp_path: Path, standards: Standards) -> None:
    asked: list[str] = []
    opened: list[Path] = []
    target = tmp_path / "from-ribbon"

    def ask(kind: PathKind, prompt: str) -> Path | None:
        asked.append(kind)
        return target

    ctx = MacroContext(
        standards=standards,
        as_of=date(2026, 11, 26),
        ask_path=ask,
        open_workbook=opened.append,
        options={"project_name": "Ribbon project", "start_date": "2026-02-01"},
    )
    result = run_macro("new_workbook", ctx)
    assert result.ok, result.message
    assert asked == ["save_workbook"]
    written = tmp_path / "from-ribbon.xlsx"
    assert result.output == written and opened == [written]
    fields = _fields(written)
    assert fields["project_id"] == "from-ribbon"  # defaults to the file name
    assert fields["project_name"] == "Ribbon project"
    assert fields["start_date"] == datetime(2026, 2, 1)
    again = run_macro("new_workbook", ctx)
    assert not again.ok and "already exists" in again.message


def test_macro_cancelled_or_bad_values_write_nothing(tmp_path: Path, standards: Standards) -> None:
    cancelled = run_macro(
        "new_workbook", MacroContext(standards=standards, as_of=date(2026, 11, 26))
    )
    assert not cancelled.ok and cancelled.output is None
    bad = run_macro(
        "new_workbook",
        MacroContext(
            standards=standards,
            as_of=date(2026, 11, 26),
            options={"path": str(tmp_path / "x.xlsx"), "project_id": "P", "stage": "Dreaming"},
        ),
    )
    assert not bad.ok and "Stage" in bad.message
    assert not (tmp_path / "x.xlsx").exists()
