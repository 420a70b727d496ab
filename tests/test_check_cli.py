"""`pmo check`: text grouped by file and sheet, --json shape, --report workbook, exit codes,
and every file of the public corpus checked without a traceback."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_check_file import PLANTED, build_clean, build_defects

from addin.cli import cli
from addin.standards import default_standards

AS_OF = ["--as-of", "2026-11-30"]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cli")
    standards = default_standards()
    bad = folder / "bad.xlsx"
    bad.write_text("Risk,Owner\nR-001,Sam\n", encoding="utf-8")
    return {
        "folder": folder,
        "defects": build_defects(folder / "defects.xlsx", standards),
        "clean": build_clean(folder / "clean.xlsx", standards),
        "bad": bad,
    }


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def test_text_output_is_grouped_by_file_and_sheet(books: dict[str, Path]) -> None:
    result = run(str(books["defects"]), *AS_OF)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == str(books["defects"])
    sheets = [
        line.strip() for line in lines if line.startswith("  ") and not line.startswith("    ")
    ]
    assert sheets == ["Project", "Risks", "Issues", "Milestones", "Finance"]  # workbook order
    # One line per finding: severity, code, address (padded to line up), message.
    assert "    ERROR    RAID-003  Risks!H3" in lines[lines.index("  Risks") + 3]
    assert [" ".join(line.split()) for line in lines if "RAID-003" in line] == [
        "ERROR RAID-003 Risks!H3 R-002: Probability 7 is outside 1-5; enter a whole number 1-5"
    ]
    assert lines[-1] == f"{books['defects']}: 6 errors, 3 warnings, 0 info"


def test_a_clean_file_exits_0(books: dict[str, Path]) -> None:
    result = run(str(books["clean"]), *AS_OF)
    assert (result.exit_code, result.output.splitlines()[1]) == (0, "  No findings.")


def test_warnings_only_exit_0(books: dict[str, Path]) -> None:
    # Switch every error code of the planted defects off: only warnings remain.
    errors = [code for code, _, _ in PLANTED if code not in ("PRJ-004", "RAID-007", "RAID-009")]
    standards = books["folder"] / "lenient.toml"
    standards.write_text(
        "[rules]\n" + "".join(f'"{code}" = "off"\n' for code in errors), encoding="utf-8"
    )
    result = run(str(books["defects"]), *AS_OF, "--standards", str(standards))
    assert result.exit_code == 0
    assert result.output.splitlines()[-1].endswith(": 0 errors, 3 warnings, 0 info")


def test_unreadable_file_is_one_line_and_exit_2(books: dict[str, Path]) -> None:
    result = run(str(books["bad"]), str(books["defects"]), *AS_OF)
    assert result.exit_code == 2  # even though the other file has data errors
    assert result.output.splitlines()[0] == (
        f"{books['bad']}: a CSV/text file with a spreadsheet name, not a workbook - open it in "
        "Excel and save it as Excel Workbook (.xlsx), or use `pmo adopt`"
    )
    assert "Traceback" not in result.output


def test_json_shape(books: dict[str, Path]) -> None:
    result = run(str(books["defects"]), str(books["bad"]), *AS_OF, "--json")
    assert result.exit_code == 2
    doc = json.loads(result.output)
    assert {k: doc[k] for k in ("schema_version", "as_of", "standards_version", "exit_code")} == {
        "schema_version": 1,
        "as_of": "2026-11-30",
        "standards_version": "1.0",
        "exit_code": 2,
    }
    assert doc["totals"] == {
        "files": 2,
        "checked": 1,
        "unreadable": 1,
        "error": 6,
        "warning": 3,
        "info": 0,
    }
    checked, unreadable = doc["files"]
    assert (checked["status"], checked["reason"], checked["project_id"]) == (
        "checked",
        None,
        "PRJ-0042",
    )
    assert checked["counts"] == {"error": 6, "warning": 3, "info": 0}
    probability = next(f for f in checked["findings"] if f["code"] == "RAID-003")
    assert probability == {
        "code": "RAID-003",
        "severity": "error",
        "message": "R-002: Probability 7 is outside 1-5; enter a whole number 1-5",
        "file": "defects.xlsx",
        "sheet": "Risks",
        "cell": "H3",
        "register": "risks",
        "item_id": "R-002",
        "value": 7.0,
        "address": "Risks!H3",
    }
    stale = next(f for f in checked["findings"] if f["code"] == "PRJ-004")
    assert stale["value"] == "2026-11-01"
    assert unreadable["status"] == "unreadable"
    assert "CSV/text file" in unreadable["reason"]
    assert [f["code"] for f in unreadable["findings"]] == ["WB-001"]


def test_min_severity_filters_the_output_not_the_exit_code(books: dict[str, Path]) -> None:
    result = run(str(books["defects"]), *AS_OF, "--min-severity", "error", "--json")
    doc = json.loads(result.output)
    assert result.exit_code == 1
    assert {f["severity"] for f in doc["files"][0]["findings"]} == {"error"}
    assert doc["files"][0]["counts"]["warning"] == 3


def test_report_workbook(books: dict[str, Path], tmp_path: Path) -> None:
    import openpyxl

    before = hashlib.sha256(books["defects"].read_bytes()).hexdigest()
    out = tmp_path / "findings.xlsx"
    result = run(str(books["defects"]), str(books["clean"]), *AS_OF, "--report", str(out))
    assert result.exit_code == 1
    assert f"Wrote the findings to {out}." in result.output
    book = openpyxl.load_workbook(out)
    rows = list(book["Findings"].iter_rows(values_only=True))
    assert rows[0] == (
        "File",
        "Severity",
        "Code",
        "Sheet",
        "Cell",
        "Register",
        "Item ID",
        "Message",
        "Value",
    )
    assert len(rows) == 1 + len(PLANTED)
    assert ("defects.xlsx", "error", "RAID-003", "Risks", "H3", "risks", "R-002") in {
        r[:7] for r in rows
    }
    files = list(book["Files"].iter_rows(values_only=True))
    assert [r[:2] for r in files[1:]] == [
        (str(books["defects"]), "checked"),
        (str(books["clean"]), "checked"),
    ]
    assert hashlib.sha256(books["defects"].read_bytes()).hexdigest() == before


def test_report_never_overwrites_a_source(books: dict[str, Path]) -> None:
    before = hashlib.sha256(books["clean"].read_bytes()).hexdigest()
    result = CliRunner().invoke(
        cli, ["check", str(books["clean"]), *AS_OF, "--report", str(books["clean"])]
    )
    assert result.exit_code == 2
    assert "sources are never written" in result.output
    assert hashlib.sha256(books["clean"].read_bytes()).hexdigest() == before


def test_a_folder_expands_to_its_workbooks(books: dict[str, Path]) -> None:
    (books["folder"] / "~$defects.xlsx").write_bytes(b"\x0bSam" + b"\x00" * 100)
    result = run(str(books["folder"]), *AS_OF, "--json")
    doc = json.loads(result.output)
    names = [Path(f["file"]).name for f in doc["files"]]
    assert names == ["bad.xlsx", "clean.xlsx", "defects.xlsx"]  # no lock file
    assert result.exit_code == 2


def test_bad_as_of_is_usage_error(books: dict[str, Path]) -> None:
    result = CliRunner().invoke(cli, ["check", str(books["clean"]), "--as-of", "30/11/2026"])
    assert result.exit_code == 2
    assert "is not a date like 2026-11-30" in result.output


@pytest.mark.corpus
def test_every_public_corpus_file_is_checked_without_a_traceback(public_corpus: Path) -> None:
    files = sorted(p for p in public_corpus.iterdir() if p.suffix in (".xlsx", ".xlsm", ".xls"))
    assert len(files) >= 20
    for path in files:
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        result = CliRunner().invoke(cli, ["check", str(path), *AS_OF, "--json"])
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            path.name,
            result.exception,
        )
        assert result.exit_code in (0, 1, 2), path.name
        doc = json.loads(result.output)
        entry = doc["files"][0]
        if entry["status"] == "checked":
            # Not the standard template: the reader says so (WB-002), no rule judges it.
            assert "WB-002" in {f["code"] for f in entry["findings"]}, path.name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, path.name


def test_report_writes_formula_like_text_as_text(tmp_path: Path) -> None:
    import openpyxl
    from rules_support import good_header, good_risk

    from addin.models import ProjectData
    from addin.templates.builder import build_project_workbook

    hostile = '=HYPERLINK("http://example.invalid","click")'
    source = build_project_workbook(
        tmp_path / "hostile.xlsx",
        default_standards(),
        ProjectData(header=good_header(), risks=[good_risk(category=hostile)]),
    )
    out = tmp_path / "report.xlsx"
    result = run(str(source), *AS_OF, "--report", str(out))
    assert result.exit_code == 1
    sheet = openpyxl.load_workbook(out)["Findings"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[2].value == "RAID-008")
    assert (row[8].value, row[8].data_type) == (hostile, "s")  # text, not a live formula


def test_an_empty_folder_and_no_files_are_usage_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert (result.exit_code, result.output.strip()) == (
        2,
        f"error: no workbooks found in {tmp_path}",
    )
    assert CliRunner().invoke(cli, ["check"]).exit_code == 2
