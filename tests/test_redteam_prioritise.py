"""Red team of `pmo prioritise` from a hostile PMO's data: what a PM types into the
Project sheet that the reader cannot read must never be priced or ranked as something else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from consolidate_inputs import make_project

from addin.cli import main
from addin.standards import Standards, load_standards
from addin.templates import build_project_workbook


def _folder(root: Path, standards: Standards) -> Path:
    """Four projects, all Funding Requested filled; P2's is text the reader cannot read,
    P3's Strategic Value is a word. Every project's ETC is 0 (its finance has ended), so
    a fallback to the ETC would make P2 free and always selected."""
    root.mkdir()
    for i, raw in (
        (1, None),
        (2, {("Project", "B27"): "TBC"}),
        (3, {("Project", "B22"): "high"}),
        (4, None),
    ):
        data = make_project(i, 4, raid=3, months=12)
        h = data.header
        h.strategic_value, h.time_criticality, h.risk_reduction, h.job_size = 5, 5, 5, 1
        h.funding_requested, h.portfolio = 400_000.0, "Digital"
        data.dependencies = []
        build_project_workbook(root / f"P{i}.xlsx", standards, data, raw_cells=raw)
    return root


def test_unreadable_funding_requested_is_never_priced_at_the_etc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    standards = load_standards(None)
    folder = _folder(tmp_path / "projects", standards)
    code = main(["prioritise", str(folder), "--budget", "1e7", "--json", "--as-of", "2026-11-30"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    by_id = {p["project_id"]: p for p in doc["projects"]}
    assert doc["selected"] == ["PRJ-0001", "PRJ-0004"]
    p2 = by_id["PRJ-0002"]
    assert p2["selected"] is False and p2["cost"] is None and p2["rank"] == 2
    assert p2["reason"] == (
        "cost unknown: Funding Requested 'TBC' (Project!B27) is not a number; enter the amount"
    )
    p3 = by_id["PRJ-0003"]
    assert p3["rank"] is None and p3["selected"] is False
    assert p3["reason"] == "criteria missing or invalid: Strategic Value is 'high', not a number"
    assert {i["project_id"] for i in doc["invalid"]} == {"PRJ-0002", "PRJ-0003"}

    # the roll-up's Prioritisation sheet and a prioritisation of the roll-up agree
    rollup = tmp_path / "rollup.xlsx"
    assert main(["consolidate", str(folder), "--out", str(rollup), "--as-of", "2026-11-30"]) == 1
    capsys.readouterr()
    assert main(["prioritise", str(rollup), "--budget", "1e7", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["selected"] == ["PRJ-0001", "PRJ-0004"]
    p2_again = {p["project_id"]: p for p in again["projects"]}["PRJ-0002"]
    assert p2_again["cost"] is None and p2_again["reason"] == p2["reason"]


def test_a_mandatory_flag_that_is_neither_yes_nor_no_is_said_not_silently_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`Required` in the Mandatory cell (PRJ-009 in pmo check) was taken as N without a word,
    so the EPMO's must-do project could be left out of the selection."""
    standards = load_standards(None)
    root = tmp_path / "projects"
    root.mkdir()
    for i, flag in ((1, "Required"), (2, "yes"), (3, "N")):
        data = make_project(i, 3, raid=3, months=12)
        data.header.mandatory, data.header.funding_requested = flag, 10.0
        data.dependencies = []
        build_project_workbook(root / f"P{i}.xlsx", standards, data)
    rollup = tmp_path / "rollup.xlsx"
    main(["consolidate", str(root), "--out", str(rollup), "--as-of", "2026-11-30"])
    capsys.readouterr()
    for source in (root, rollup):
        assert main(["prioritise", str(source), "--budget", "100", "--json"]) == 0
        doc = json.loads(capsys.readouterr().out)
        assert [p["mandatory"] for p in doc["projects"]] == [False, True, False]
        assert (
            "PRJ-0001: Mandatory is 'Required', neither Y nor N; taken as N (not mandatory): "
            "set it to Y or N"
        ) in doc["notes"]
        assert not any("PRJ-0003" in note for note in doc["notes"])


def test_the_text_report_does_not_call_a_ranked_project_unranked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """PRJ-0002 (cost unknown) has rank 2; the list of projects to fix used to be headed
    "not ranked"."""
    folder = _folder(tmp_path / "projects", load_standards(None))
    assert main(["prioritise", str(folder), "--budget", "1e7", "--as-of", "2026-11-30"]) == 0
    out = capsys.readouterr().out
    assert "2 project(s) cannot be selected until their data is fixed:" in out
    assert "not ranked" not in out
