"""`pmo demo` end to end: it builds the portfolio, consolidates it and tells the user."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from addin.cli import cli
from addin.demo import DemoManifest


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    out = tmp_path_factory.mktemp("run") / "demo"
    result = CliRunner().invoke(
        cli, ["demo", "--out", str(out), "--projects", "8", "--as-of", "2026-11-26"]
    )
    return out, result.output, result.exit_code


def test_demo_builds_consolidates_and_exits_0(ran: tuple[Path, str, int]) -> None:
    out, output, code = ran
    assert code == 0, output
    assert (out / "portfolio-rollup.xlsx").is_file()
    assert (out / ".pmo-demo").is_file()
    manifest = DemoManifest.read(out / "demo-manifest.json")
    assert len(manifest.projects) == 8
    assert "Wrote 8 project workbooks" in output
    assert "Projects in the roll-up:" in output
    assert "Rejected:" in output
    assert "Roll-up:" in output
    assert "pmo adopt" in output and "pmo check" in output
    assert f"{len(manifest.planted)} defects in " in output
    assert "dependency mismatch" in output and "sharing Project ID" in output


def test_every_hostile_and_legacy_file_is_named_in_the_load_report(
    ran: tuple[Path, str, int],
) -> None:
    import openpyxl

    out, _output, _code = ran
    manifest = DemoManifest.read(out / "demo-manifest.json")
    book = openpyxl.load_workbook(out / "portfolio-rollup.xlsx", read_only=True)
    rows = list(book["Load Report"].iter_rows(values_only=True))
    book.close()
    header = [str(h) for h in rows[0]]
    file_col, status_col = header.index("File"), header.index("Status")
    reason_col = next(i for i, h in enumerate(header) if h.lower().startswith("reason"))
    by_file = {row[file_col]: row for row in rows[1:]}
    for path in [h.file for h in manifest.hostile] + [f.path for f in manifest.legacy]:
        assert path in by_file, f"{path} missing from the Load Report"
        row = by_file[path]
        assert row[status_col] in ("rejected", "skipped"), (path, row[status_col])
        assert row[reason_col], path


def test_rerun_replaces_its_own_folder_and_refuses_another(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "demo"
    args = [
        "demo",
        "--out",
        str(out),
        "--projects",
        "1",
        "--no-consolidate",
        "--as-of",
        "2026-11-26",
    ]
    assert runner.invoke(cli, args).exit_code == 0
    (out / "portfolio" / "stray.txt").write_text("left over")
    again = runner.invoke(cli, [*args, "--json"])
    assert again.exit_code == 0, again.output
    assert not (out / "portfolio" / "stray.txt").exists()
    payload = json.loads(again.output)
    assert payload["projects"] == 1 and payload["consolidation"] is None
    assert payload["planted_defects"] >= 10
    assert {h["expected_kind"] for h in payload["hostile"]} >= {"zip_bomb", "lockfile", "xls"}

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "budget.xlsx").write_text("not the demo's")
    refused = runner.invoke(cli, ["demo", "--out", str(mine), "--projects", "1"])
    assert refused.exit_code == 2
    assert "did not make" in refused.output
    assert (mine / "budget.xlsx").read_text() == "not the demo's"


def _findings(out: Path) -> list[dict[str, object]]:
    import openpyxl

    book = openpyxl.load_workbook(out / "portfolio-rollup.xlsx", read_only=True)
    rows = list(book["Findings"].iter_rows(values_only=True))
    book.close()
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def test_the_rollup_holds_every_planted_defect_and_the_portfolio_findings(
    ran: tuple[Path, str, int],
) -> None:
    out, _output, _code = ran
    manifest = DemoManifest.read(out / "demo-manifest.json")
    findings = _findings(out)
    got = {(f["File"], f["Code"], f["Sheet"], f["Cell"]) for f in findings}
    missed = [
        f"{d.kind} {d.code} {d.sheet}!{d.cell} in {d.file}"
        for d in manifest.planted
        if (d.file, d.code, d.sheet, d.cell) not in got
    ]
    assert missed == []
    clean = {p.file for p in manifest.projects if p.clean}
    assert clean
    assert [f for f in findings if f["File"] in clean] == []
    (files,) = manifest.duplicate_project_ids.values()
    flagged = {f["File"] for f in findings if f["Code"] == "PORT-DUPLICATE-ID"}
    assert flagged == set(files)
    dependency_codes = {"PORT-DEP-UNMATCHED", "PORT-DEP-DATES"}
    for mismatch in manifest.dependency_mismatches:
        assert any(
            f["Code"] in dependency_codes
            and f["Project ID"] == mismatch["project_id"]
            and f["Item ID"] == mismatch["dependency_id"]
            for f in findings
        ), mismatch


def test_the_next_months_file_hint_does_what_it_says(
    ran: tuple[Path, str, int], tmp_path: Path
) -> None:
    """The demo's `next month's file` line (round 23): the legacy register it names, adopted
    once with its mapping saved, then next month's copy with one mapped column gone, adopted
    with that mapping: exit 1, the column named as a misfit with its sheet; the demo's own
    file is not changed."""
    import hashlib

    out, output, _ = ran
    assert "next month's file:       pmo adopt NEXT.xlsx --mapping FILE" in output
    manifest = DemoManifest.read(out / "demo-manifest.json")
    source = out / "portfolio" / manifest.legacy[0].path
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    mapping = tmp_path / "raid.mapping.json"
    runner = CliRunner()
    first = runner.invoke(
        cli,
        ["adopt", str(source), "--out", str(tmp_path / "now.xlsx"), "--save-mapping", str(mapping)],
    )
    assert first.exit_code in (0, 1), first.output
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved

    book = openpyxl.load_workbook(source)
    sheet, header = _a_mapped_header(book, saved)
    ws = book[sheet]
    gone = next(c for c in ws[header.row] if c.value == header.value)
    ws.delete_cols(gone.column)
    nxt = tmp_path / "next month.xlsx"
    book.save(nxt)

    again = runner.invoke(
        cli,
        ["adopt", str(nxt), "--mapping", str(mapping), "--out", str(tmp_path / "next.xlsx")],
    )
    assert again.exit_code == 1, again.output
    assert "next month.xlsx" in again.output and sheet in again.output
    assert str(header.value) in again.output
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before


def _a_mapped_header(book: openpyxl.Workbook, saved: object) -> tuple[str, openpyxl.cell.Cell]:
    """A header cell of the source whose text the saved mapping maps to a field (not the
    first mapped column, so the table is still found by its others)."""
    text = json.dumps(saved)
    for ws in book.worksheets:
        for row in ws.iter_rows(max_row=15):
            named = [
                c
                for c in row
                if isinstance(c.value, str) and c.value.strip() and json.dumps(c.value) in text
            ]
            if len(named) >= 4:
                return ws.title, named[2]
    raise AssertionError("no mapped header row in the demo's legacy register")
