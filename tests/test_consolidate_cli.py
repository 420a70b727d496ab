"""`pmo consolidate` from the command line and the ribbon: exit codes, --json, the default
output place, roll-ups found in the folder, the PMO.ROLLUP lookup, and LibreOffice."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from consolidate_inputs import AS_OF, make_project

from addin.cli import main
from addin.consolidate import last_rollup_path, rollup_lookup
from addin.errors import UsageError
from addin.macros.context import MacroContext
from addin.macros.registry import run_macro
from addin.standards import Standards, default_standards


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from addin.templates import build_project_workbook

    folder = tmp_path_factory.mktemp("cli") / "portfolio"
    folder.mkdir()
    standards = default_standards()
    for i in (1, 2):
        build_project_workbook(
            folder / f"PRJ-{i:04d}.xlsx", standards, make_project(i, 2, raid=15, months=6)
        )
    return folder


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    yield tmp_path / "state"


def _copy(portfolio: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "portfolio"
    shutil.copytree(portfolio, folder)
    return folder


def test_json_output_and_exit_code(
    portfolio: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy(portfolio, tmp_path)
    code = main(["consolidate", str(folder), "--as-of", AS_OF.isoformat(), "--json"])
    payload = json.loads(capsys.readouterr().out)
    errors = payload["findings_by_severity"]["error"]
    assert code == (1 if errors or payload["rejected"] else 0)
    assert payload["projects"] == 2
    assert payload["as_of"] == "2026-11-30"
    # Default output: beside the folder, never inside it.
    assert payload["out"] == str((tmp_path / "portfolio-rollup.xlsx").resolve())
    assert (tmp_path / "portfolio-rollup.xlsx").is_file()
    assert [f["file"] for f in payload["files"]] == ["PRJ-0001.xlsx", "PRJ-0002.xlsx"]
    assert set(payload["totals"]) >= {"bac", "eac", "vac", "vac_pct", "open_risks"}
    assert last_rollup_path() == (tmp_path / "portfolio-rollup.xlsx").resolve()


def test_a_rejected_file_means_exit_1(
    portfolio: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy(portfolio, tmp_path)
    (folder / "broken.xlsx").write_text("not a workbook", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    code = main(["consolidate", str(folder), "--out", str(out), "--as-of", "2026-11-30"])
    text = capsys.readouterr().out
    assert code == 1
    assert "Rejected: 1" in text and "broken.xlsx: rejected" in text
    assert f"Roll-up: {out.resolve()}" in text


def test_missing_folder_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["consolidate", str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_a_rollup_inside_the_folder_is_skipped_with_a_reason(
    portfolio: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy(portfolio, tmp_path)
    inside = folder / "rollup.xlsx"
    assert main(["consolidate", str(folder), "--out", str(inside), "--json"]) in (0, 1)
    capsys.readouterr()
    shutil.copy(inside, folder / "last-month.xlsx")
    assert main(["consolidate", str(folder), "--out", str(inside), "--json"]) in (0, 1)
    files = {f["file"]: f for f in json.loads(capsys.readouterr().out)["files"]}
    assert files["rollup.xlsx"]["status"] == "skipped"
    assert "the roll-up this run writes" in files["rollup.xlsx"]["reason"]
    assert not any(name.endswith(".lock") for name in files)  # its own lock is not an input
    assert files["last-month.xlsx"]["status"] == "skipped"
    assert "roll-up written by pmo consolidate" in files["last-month.xlsx"]["reason"]


def test_rollup_lookup_reads_the_latest_rollup(portfolio: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no roll-up yet"):
        rollup_lookup("PRJ-0001", "EAC")
    folder = _copy(portfolio, tmp_path)
    out = tmp_path / "r.xlsx"
    assert main(["consolidate", str(folder), "--out", str(out), "--as-of", "2026-11-30"]) in (0, 1)
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = list(wb["Projects"].iter_rows(values_only=True))
    wb.close()
    header = list(rows[0])
    row = next(r for r in rows if r[0] == "PRJ-0002")
    assert rollup_lookup("PRJ-0002", "EAC") == pytest.approx(row[header.index("EAC")])
    assert rollup_lookup("prj-0002", "overall_rag") == row[header.index("Overall RAG")]
    report = rollup_lookup("PRJ-0002", "Report Date")
    assert isinstance(report, date)
    with pytest.raises(UsageError, match="not in the roll-up"):
        rollup_lookup("PRJ-9999", "EAC")
    with pytest.raises(UsageError, match="not a column"):
        rollup_lookup("PRJ-0002", "Colour")


def test_ribbon_macros_consolidate_then_open_the_last_rollup(
    portfolio: Path, tmp_path: Path, standards: Standards
) -> None:
    opened: list[Path] = []
    ctx = MacroContext(standards=standards, as_of=AS_OF, open_workbook=opened.append)
    nothing = run_macro("open_last_rollup", ctx)
    assert not nothing.ok and "No roll-up yet" in nothing.message
    cancelled = run_macro("consolidate", ctx)  # no folder given, dialog cancelled
    assert not cancelled.ok and "no folder" in cancelled.message
    folder = _copy(portfolio, tmp_path)
    ctx.options = {"folder": str(folder), "out": str(tmp_path / "r.xlsx")}
    done = run_macro("consolidate", ctx)
    assert done.output == (tmp_path / "r.xlsx").resolve()
    assert opened == [done.output]
    assert done.data["projects"] == 2
    again = run_macro("open_last_rollup", ctx)
    assert again.ok and opened[-1] == done.output


@pytest.mark.libreoffice
def test_the_rollup_opens_in_libreoffice(portfolio: Path, tmp_path: Path) -> None:
    from addin.libreoffice import check_opens, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = _copy(portfolio, tmp_path)
    (folder / "bad.xlsx").write_text("=1+1,<b>", encoding="utf-8")
    out = tmp_path / "out" / "rollup.xlsx"
    main(["consolidate", str(folder), "--out", str(out), "--as-of", "2026-11-30"])
    checks = check_opens([out], tmp_path / "lo")
    assert checks[out].ok, checks[out].problems
    converted = checks[out].converted
    assert converted is not None
    wb = openpyxl.load_workbook(converted, read_only=True)
    ids = [r[0] for r in wb["Projects"].iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert ids == ["PRJ-0001", "PRJ-0002"]


def _cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def test_same_folder_twice_gives_the_same_rollup_but_the_run_time(
    portfolio: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from addin.rollup.report_sheets import RUN_TIME_LABEL

    folder = _copy(portfolio, tmp_path)
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    first, second = tmp_path / "a" / "r.xlsx", tmp_path / "b" / "r.xlsx"
    main(["consolidate", str(folder), "--out", str(first), "--as-of", "2026-11-30"])
    main(["consolidate", str(folder), "--out", str(second), "--as-of", "2026-11-30", "--jobs", "1"])
    capsys.readouterr()
    a, b = _cells(first), _cells(second)
    for rows in (a["Manifest"], b["Manifest"]):
        for i, row in enumerate(rows):
            if row and row[0] == RUN_TIME_LABEL:
                rows[i] = (row[0], "run time")
    assert a == b


def test_an_empty_folder_gives_an_empty_rollup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    out = tmp_path / "r.xlsx"
    assert main(["consolidate", str(folder), "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["projects"] == 0
    wb = openpyxl.load_workbook(out)
    projects = wb["Projects"]
    assert projects["A1"].value == "Project ID"
    assert projects.tables["tblProjects"].ref.endswith("2")  # header and one empty row
    assert projects["A2"].value is None
    wb.close()


def test_progress_is_reported_file_by_file(portfolio: Path, tmp_path: Path) -> None:
    from addin.consolidate import consolidate_folder

    calls: list[tuple[int, int, str]] = []
    folder = _copy(portfolio, tmp_path)
    consolidate_folder(
        folder, tmp_path / "r.xlsx", default_standards(), AS_OF, progress=lambda *a: calls.append(a)
    )
    assert calls[0] == (0, 2, "")
    assert sorted(c[2] for c in calls[1:3]) == ["PRJ-0001.xlsx", "PRJ-0002.xlsx"]
    assert [c[0] for c in calls] == [0, 1, 2, 2]
    assert calls[-1] == (2, 2, "writing the roll-up")


def test_two_runs_at_once_both_finish_and_leave_one_valid_rollup(
    portfolio: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    folder = _copy(portfolio, tmp_path)
    out = tmp_path / "r.xlsx"
    cmd = [sys.executable, "-m", "addin.cli", "consolidate", str(folder), "--out", str(out)]
    runs = [subprocess.Popen([*cmd, "--no-cache"], stdout=subprocess.PIPE) for _ in range(2)]
    codes = [run.wait(120) for run in runs]
    assert codes[0] in (0, 1) and codes[1] in (0, 1)
    wb = openpyxl.load_workbook(out, read_only=True)
    ids = [r[0] for r in wb["Projects"].iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert ids == ["PRJ-0001", "PRJ-0002"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".r.xlsx")) == []
