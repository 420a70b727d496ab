"""The portfolio store end to end (SPEC 12), on SQLite and on a real PostgreSQL: two
consolidations a week apart report every change between them and nothing else; the
roll-up shows them on Changes and Trends; `pmo history` lists, diffs, imports, exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from store_support import WEEK1, WEEK2, new_store, small, week_two, write

from addin.cli import main
from addin.consolidate import consolidate_folder
from addin.consolidate.history_step import StoreRequest
from addin.consolidate.result import ConsolidationResult
from addin.standards import Standards, default_standards
from addin.store import Store, read_table

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("PMO_STORE", raising=False)
    yield tmp_path / "state"


def _finding_keys(result: ConsolidationResult) -> set[tuple[object, ...]]:
    project_of = {e.file: e.project_id for e in result.files if e.used}
    return {(project_of.get(f.file), f.file, f.code, f.address or None) for f in result.findings}


@pytest.fixture(params=ENGINES)
def two_weeks(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, object]:
    standards = default_standards()
    store = new_store(request, tmp_path, request.param)
    folder = tmp_path / "portfolio"
    week1 = [small(i) for i in range(1, 5)]
    write(folder, week1, standards)
    first = consolidate_folder(
        folder, tmp_path / "w1.xlsx", standards, WEEK1, jobs=1, store=StoreRequest(store)
    )
    write(folder, week_two(week1), standards)
    second = consolidate_folder(
        folder, tmp_path / "w2.xlsx", standards, WEEK2, jobs=1, store=StoreRequest(store)
    )
    return {
        "store": store,
        "first": first,
        "second": second,
        "tmp": tmp_path,
        "engine": request.param,
    }


def test_two_weeks_report_every_change_and_nothing_else(two_weeks: dict[str, object]) -> None:
    first, second = two_weeks["first"], two_weeks["second"]
    assert isinstance(first, ConsolidationResult) and isinstance(second, ConsolidationResult)
    assert first.store_error is None and second.store_error is None
    assert first.history.diff is None  # nothing earlier
    d = second.history.diff
    assert (d.from_date, d.to_date) == (WEEK1, WEEK2)
    assert d.projects_added == ["PRJ-0005"]
    assert d.projects_removed == ["PRJ-0004"]
    assert [(c["project_id"], c["field"]) for c in d.rag_changes] == [("PRJ-0001", "overall_rag")]
    assert d.rag_changes[0]["to"] in ("Red", "Amber")
    assert [(c["project_id"], c["delta"]) for c in d.budget_changes] == [("PRJ-0003", 1000.0)]
    # Only a budget line moved: EAC (actuals and forecasts) must not.
    assert d.eac_changes == []
    assert d.items_added == [{"project_id": "PRJ-0002", "register": "risks", "id": "R-900"}]
    assert d.items_removed == [{"project_id": "PRJ-0002", "register": "risks", "id": "R-001"}]
    assert len(d.items_closed) == 1 and d.items_closed[0]["register"] == "issues"
    assert d.items_reopened == []
    assert [(c["project_id"], c["id"], c["to"]) for c in d.rating_changes] == [
        ("PRJ-0002", "R-002", "Low")
    ]
    assert [(m["project_id"], m["id"], m["days"]) for m in d.milestone_moves] == [
        ("PRJ-0002", "M-020", 14)
    ]
    # The terminal summary names the biggest moves.
    from addin.consolidate import format_summary

    summary = format_summary(second)
    assert "  Store: snapshot 2026-11-30 recorded in " in summary
    assert "  Since 2026-11-23: " in summary and "1 project added, 1 removed" in summary
    assert "    PRJ-0001: Overall RAG " in summary
    assert "    PRJ-0002 M-020: forecast moved +14 days" in summary
    # Findings: exactly the difference of the two runs' findings (projects in both; a
    # project added or removed is one change, not one per finding).
    old, new = _finding_keys(first), _finding_keys(second)
    old = {k for k in old if k[0] != "PRJ-0004"}
    new = {k for k in new if k[0] != "PRJ-0005"}
    assert any(k[0] == "PRJ-0003" for k in old | new)  # not an empty comparison
    assert {(f["project_id"], f["file"], f["code"], f["cell"]) for f in d.findings_new} == new - old
    assert {
        (f["project_id"], f["file"], f["code"], f["cell"]) for f in d.findings_resolved
    } == old - new


def test_rollup_has_changes_and_trends(two_weeks: dict[str, object]) -> None:
    tmp = two_weeks["tmp"]
    assert isinstance(tmp, Path)
    wb = openpyxl.load_workbook(tmp / "w2.xlsx")
    names = wb.sheetnames
    assert names.index("Dependencies Map") < names.index("Changes") < names.index("Trends")
    assert names.index("Trends") < names.index("Findings")
    changes = wb["Changes"]
    assert "tblChanges" in changes.tables
    rows = list(changes.iter_rows(min_row=3, values_only=True))
    assert rows[0] == (
        "Project ID",
        "Project Name",
        "Area",
        "Item ID",
        "Field",
        "From",
        "To",
        "Delta",
    )
    body = [r for r in rows[1:] if any(v is not None for v in r)]
    d = two_weeks["second"].history.diff  # type: ignore[attr-defined]
    assert len(body) == d.total
    assert [r[0] or "" for r in body] == sorted((r[0] or "" for r in body), key=str.casefold)
    budget = [r for r in body if r[4] == "Budget (BAC)"]
    assert [(r[0], r[2], r[7]) for r in budget] == [("PRJ-0003", "Finance", 1000)]
    assert any(
        r[0] == "PRJ-0002" and r[3] == "M-020" and r[4] == "Forecast Date" and r[7] == 14
        for r in body
    )
    trends = wb["Trends"]
    assert {"tblTrends", "tblRagGrid"} <= set(trends.tables)
    assert len(trends._charts) == 3
    header = [c.value for c in trends[1]]
    assert header[:5] == ["As Of", "Projects", "Budget (BAC)", "EAC", "VAC"]
    assert [trends.cell(r, 1).value.date() for r in (2, 3)] == [WEEK1, WEEK2]
    assert [trends.cell(r, 2).value for r in (2, 3)] == [4, 4]
    first = openpyxl.load_workbook(tmp / "w1.xlsx")["Changes"]
    assert str(first["A2"].value).startswith("No earlier snapshot in the store")


def test_history_commands(two_weeks: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    store = str(two_weeks["store"])
    assert main(["history", "list", "--store", store, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [s["as_of"] for s in listed["snapshots"]] == ["2026-11-23", "2026-11-30"]
    assert [s["projects"] for s in listed["snapshots"]] == [4, 4]
    assert main(["history", "diff", "--store", store, "--json"]) == 0
    diff = json.loads(capsys.readouterr().out)
    for key in (
        "from",
        "to",
        "projects_added",
        "projects_removed",
        "rag_changes",
        "budget_changes",
        "eac_changes",
        "items_added",
        "items_closed",
        "items_reopened",
        "items_removed",
        "rating_changes",
        "milestone_moves",
        "findings_new",
        "findings_resolved",
    ):
        assert key in diff
    assert diff["from"] == "2026-11-23" and diff["to"] == "2026-11-30"
    assert diff["milestone_moves"][0] == {
        "project_id": "PRJ-0002",
        "id": "M-020",
        "from": diff["milestone_moves"][0]["from"],
        "to": diff["milestone_moves"][0]["to"],
        "days": 14,
    }
    assert (
        main(
            [
                "history",
                "diff",
                "--store",
                store,
                "--from",
                "2026-11-30",
                "--to",
                "2026-11-23",
                "--json",
            ]
        )
        == 0
    )
    back = json.loads(capsys.readouterr().out)
    assert back["projects_added"] == ["PRJ-0004"] and back["projects_removed"] == ["PRJ-0005"]
    assert main(["history", "diff", "--store", store, "--from", "2026-01-01"]) == 2
    assert "no snapshot as of 2026-01-01" in capsys.readouterr().err
    out = Path(str(two_weeks["tmp"])) / "export"
    assert (
        main(
            [
                "history",
                "export",
                "--store",
                store,
                "--to",
                str(out),
                "--format",
                "parquet",
                "--json",
            ]
        )
        == 0
    )
    files = json.loads(capsys.readouterr().out)["files"]
    risks = pd.read_parquet(out / "risks.parquet")
    assert len(risks) == next(f["rows"] for f in files if f["table"] == "risks") > 0
    assert set(risks["as_of"].astype(str)) == {"2026-11-23", "2026-11-30"}
    assert {"project_id", "source_file", "source_cell", "probability", "rating"} <= set(
        risks.columns
    )


def test_read_table_is_the_analysts_api(two_weeks: dict[str, object]) -> None:
    projects = read_table(str(two_weeks["store"]), "projects")
    latest = projects[projects["as_of"] == WEEK2]
    assert sorted(latest["project_id"]) == ["PRJ-0001", "PRJ-0002", "PRJ-0003", "PRJ-0005"]
    assert (latest["source_cell"] == "Project!B4").all()
    milestones = read_table(str(two_weeks["store"]), "milestones")
    assert milestones["source_cell"].str.startswith("Milestones!").all()
    with pytest.raises(Exception, match="no table 'nope'"):
        read_table(str(two_weeks["store"]), "nope")


def test_same_as_of_replaces_the_snapshot(two_weeks: dict[str, object], tmp_path: Path) -> None:
    store = str(two_weeks["store"])
    s = Store.open(store)
    before = [(x.as_of, x.projects) for x in s.snapshots()]
    risks = s.count("risks", s.snapshots()[-1].snapshot_id)
    folder = tmp_path / "portfolio"
    again = consolidate_folder(
        folder, tmp_path / "w2b.xlsx", default_standards(), WEEK2, jobs=1, store=StoreRequest(store)
    )
    assert again.history.previous == WEEK1
    after = s.snapshots()
    assert [(x.as_of, x.projects) for x in after] == before
    assert s.count("risks", after[-1].snapshot_id) == risks
    s.dispose()


@pytest.mark.parametrize("engine", ENGINES)
def test_import_backfills_what_the_rollup_holds(
    engine: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    standards: Standards,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "portfolio"
    week1 = [small(i) for i in range(1, 5)]
    write(folder, week1, standards)
    consolidate_folder(folder, tmp_path / "w1.xlsx", standards, WEEK1, jobs=1)  # no store
    write(folder, week_two(week1), standards)
    consolidate_folder(folder, tmp_path / "w2.xlsx", standards, WEEK2, jobs=1)
    recorded = (
        new_store(request, tmp_path / "rec", engine)
        if engine == "postgresql"
        else str(tmp_path / "rec.sqlite")
    )
    consolidate_folder(
        folder, tmp_path / "w2c.xlsx", standards, WEEK2, jobs=1, store=StoreRequest(recorded)
    )
    store = new_store(request, tmp_path, engine)
    code = main(
        [
            "history",
            "import",
            str(tmp_path / "w2.xlsx"),
            str(tmp_path / "w1.xlsx"),
            "--store",
            store,
            "--json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert sorted(i["as_of"] for i in out["imported"]) == ["2026-11-23", "2026-11-30"]
    assert main(["history", "diff", "--store", store, "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["projects_added"] == ["PRJ-0005"] and d["projects_removed"] == ["PRJ-0004"]
    assert d["milestone_moves"][0]["days"] == 14
    assert d["items_added"] == [{"project_id": "PRJ-0002", "register": "risks", "id": "R-900"}]
    # The imported snapshot holds the same rows as the one a consolidation recorded.
    for table in ("risks", "milestones", "finance", "findings"):
        a = read_table(recorded, table)
        b = read_table(store, table)
        b = b[b["as_of"] == WEEK2]
        keep = [c for c in a.columns if c not in ("snapshot_id",)]
        key = ["source_file", "source_cell"] if table != "findings" else ["file", "code", "address"]
        left = a[keep].sort_values(key).reset_index(drop=True).astype(str)
        right = b[keep].sort_values(key).reset_index(drop=True).astype(str)
        pd.testing.assert_frame_equal(left, right, check_dtype=False)
    # Importing again skips (nothing replaced); a file that is not a roll-up is refused.
    (tmp_path / "notes.xlsx").write_text("hello", encoding="utf-8")
    code = main(
        [
            "history",
            "import",
            str(tmp_path / "w1.xlsx"),
            str(folder / "PRJ-0001.xlsx"),
            str(tmp_path / "notes.xlsx"),
            "--store",
            store,
        ]
    )
    captured = capsys.readouterr()
    assert code == 2
    assert "skipped" in captured.out and "already holds this as-of date" in captured.out
    assert "PRJ-0001.xlsx: not a roll-up" in captured.err
    assert "notes.xlsx: not a readable workbook (a plain text file" in captured.err
    assert [s.as_of for s in Store.open(store).snapshots()] == [WEEK1, WEEK2]


def test_since_compares_with_an_older_snapshot(
    tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "portfolio"
    write(folder, [small(1), small(2)], standards)
    store = str(tmp_path / "h.sqlite")
    for day in ("2026-11-16", "2026-11-23"):
        assert main(["consolidate", str(folder), "--as-of", day, "--store", store, "--json"]) in (
            0,
            1,
        )
    capsys.readouterr()
    args = ["consolidate", str(folder), "--as-of", "2026-11-30", "--store", store]
    assert main([*args, "--since", "2026-11-20", "--json"]) in (0, 1)
    payload = json.loads(capsys.readouterr().out)
    assert payload["store"]["compared_with"] == "2026-11-16"
    title = openpyxl.load_workbook(payload["out"], read_only=True)["Changes"]["A2"].value
    assert str(title).startswith("Changes from 2026-11-16 to 2026-11-30")
    assert main([*args, "--since", "2026-11-01"]) in (0, 1)
    out = capsys.readouterr().out
    assert "no earlier snapshot to compare with" in out
    title = openpyxl.load_workbook(payload["out"], read_only=True)["Changes"]["A2"].value
    assert "no snapshot on or before 2026-11-01 in the store" in str(title)
    assert main(["consolidate", str(folder), "--since", "yesterday", "--store", store]) == 2
    assert "'yesterday' is not a date like 2026-11-30" in capsys.readouterr().err


def test_rollups_with_changes_and_trends_open_without_repair(two_weeks: dict[str, object]) -> None:
    from ooxml_strict import problems

    tmp = two_weeks["tmp"]
    assert isinstance(tmp, Path)
    assert problems(tmp / "w1.xlsx") == []  # Changes saying there is nothing earlier
    assert problems(tmp / "w2.xlsx") == []  # Changes rows, Trends with charts and the grid


@pytest.mark.libreoffice
@pytest.mark.parametrize("two_weeks", ["sqlite"], indirect=True)  # same roll-up on both engines
def test_libreoffice_opens_the_rollup_with_history(two_weeks: dict[str, object]) -> None:
    from addin.libreoffice import check_opens, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    tmp = two_weeks["tmp"]
    assert isinstance(tmp, Path)
    checks = check_opens([tmp / "w2.xlsx"], tmp / "lo")
    check = checks[tmp / "w2.xlsx"]
    assert check.problems == []
    assert check.converted is not None
    trends = openpyxl.load_workbook(check.converted, read_only=True)["Trends"]
    assert [row[1] for row in trends.iter_rows(min_row=2, max_row=3, values_only=True)] == [4, 4]
