"""The demo portfolio's planted defects are all found by `check_file`, each at its code and
cell, and its clean projects give no finding at all."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from addin.check import CheckReport, check_file
from addin.standards import default_standards

Manifest = dict[str, Any]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    from addin.demo.generate import generate_portfolio

    root = tmp_path_factory.mktemp("demo")
    manifest_path = root / "manifest.json"
    generate_portfolio(
        root / "portfolio",
        default_standards(),
        date(2026, 11, 30),
        projects=6,
        legacy=False,
        hostile=True,
        manifest_path=manifest_path,
    )
    return root / "portfolio", json.loads(manifest_path.read_text(encoding="utf-8"))


def _reports(folder: Path, manifest: Manifest, kind: str) -> dict[str, CheckReport]:
    as_of = date.fromisoformat(manifest["as_of"])
    return {
        f["path"]: check_file(folder / f["path"], default_standards(), as_of)
        for f in manifest["files"]
        if f["kind"] == kind
    }


def test_every_planted_defect_is_found_at_its_cell(demo: tuple[Path, Manifest]) -> None:
    folder, manifest = demo
    reports = _reports(folder, manifest, "project")
    assert len(manifest["planted"]) >= 20
    missed = []
    for planted in manifest["planted"]:
        findings = reports[planted["file"]].findings
        if not any(
            f.code == planted["code"]
            and f.sheet == planted["sheet"]
            and (planted["cell"] is None or f.cell == planted["cell"])
            for f in findings
        ):
            missed.append((planted["kind"], planted["code"], planted["sheet"], planted["cell"]))
    assert missed == []


def test_clean_demo_projects_have_no_findings(demo: tuple[Path, Manifest]) -> None:
    folder, manifest = demo
    reports = _reports(folder, manifest, "project")
    clean = [p["file"] for p in manifest["projects"] if p["clean"]]
    assert clean
    assert {f: [x.code for x in reports[f].findings] for f in clean} == {f: [] for f in clean}


def test_broken_demo_files_are_unreadable_with_one_line(demo: tuple[Path, Manifest]) -> None:
    folder, manifest = demo
    for hostile in manifest["hostile"]:
        report = check_file(folder / hostile["file"], default_standards(), manifest_as_of(manifest))
        assert report.status == "unreadable", hostile
        assert report.unreadable and "\n" not in report.unreadable


def manifest_as_of(manifest: Manifest) -> date:
    return date.fromisoformat(manifest["as_of"])
