"""`pmo demo` writes the steering pack and the feedback folder and names them last."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from addin.cli import main


def test_demo_names_the_pack_and_the_feedback_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo"
    code = main(["demo", "--out", str(out), "--projects", "6", "--as-of", "2026-11-30"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert code == 0
    pack, feedback = out / "portfolio-pack.xlsx", out / "feedback"
    assert str(pack) in lines[-2] and str(feedback) in lines[-1]
    projects = list(
        openpyxl.load_workbook(out / "portfolio-rollup.xlsx", read_only=True)["Projects"].values
    )[1:]
    assert len(openpyxl.load_workbook(pack, read_only=True).sheetnames) == len(projects) + 1
    books = list(feedback.glob("*-feedback.xlsx"))
    assert len(books) >= len(projects)  # every project, and copies left out as duplicates
    assert f"({len(books)} workbooks" in lines[-1]


def test_demo_json_carries_the_pack_and_feedback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo"
    code = main(["demo", "--out", str(out), "--projects", "4", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert document["pack"]["xlsx"] == str(out / "portfolio-pack.xlsx")
    assert {Path(f["file"]).parent for f in document["feedback"]} == {out / "feedback"}
