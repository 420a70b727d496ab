"""Red team: the rules on realistic projects a PMO sees. No false positives on clean demo
projects (several seeds, two as-of dates); edge cases report what a PMO expects, once."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from addin.check import CheckReport, check_file
from addin.demo.generate import plan_portfolio
from addin.models import ProjectData
from addin.standards import Standards, default_standards
from addin.templates.builder import build_project_workbook

AS_OF = date(2026, 11, 30)


@pytest.fixture(scope="module")
def standards() -> Standards:
    return default_standards()


@pytest.fixture(scope="module")
def clean(standards: Standards) -> ProjectData:
    return plan_portfolio(standards, AS_OF, 3, 7).plans[0].data


def check(
    data: ProjectData,
    standards: Standards,
    tmp_path: Path,
    edit: Callable[[ProjectData], None],
    as_of: date = AS_OF,
) -> CheckReport:
    project = copy.deepcopy(data)
    edit(project)
    path = build_project_workbook(tmp_path / "p.xlsx", standards, project)
    return check_file(path, standards, as_of)


@pytest.mark.parametrize("seed", [1, 4, 11])
@pytest.mark.parametrize("as_of", [AS_OF, date(2027, 3, 15)])
def test_clean_demo_projects_have_no_findings(
    tmp_path: Path, standards: Standards, seed: int, as_of: date
) -> None:
    plans = [p for p in plan_portfolio(standards, as_of, 4, seed).plans if p.index % 3 == 0]
    for plan in plans:
        path = build_project_workbook(tmp_path / f"{plan.index}.xlsx", standards, plan.data)
        found = [(f.code, f.cell, f.message) for f in check_file(path, standards, as_of).findings]
        assert found == [], plan.name


def test_a_closed_risk_needs_no_score(
    clean: ProjectData, standards: Standards, tmp_path: Path
) -> None:
    def unscore(project: ProjectData) -> None:
        for risk in project.risks:
            if risk.status == "Closed":
                risk.probability = risk.impact = None
                risk.residual_probability = risk.residual_impact = None
        project.risks[0].probability = None  # R-001 is open: it must still be scored

    report = check(clean, standards, tmp_path, unscore)
    assert [(f.code, f.cell, f.message) for f in report.findings] == [
        ("RAID-023", "H2", "R-001: Probability is empty; it is required for every risk")
    ]


def test_an_as_of_before_the_report_date_is_said_once(
    clean: ProjectData, standards: Standards, tmp_path: Path
) -> None:
    report = check(clean, standards, tmp_path, lambda p: None, as_of=date(2026, 1, 15))
    assert [(f.code, f.sheet, f.cell, f.message) for f in report.findings] == [
        (
            "PRJ-008",
            "Project",
            "B15",
            "Report Date 2026-11-25 is after the as-of date 2026-01-15; set the date the "
            "report is as at",
        )
    ]


def test_a_date_after_the_report_date_is_still_reported(
    clean: ProjectData, standards: Standards, tmp_path: Path
) -> None:
    def later(project: ProjectData) -> None:
        project.risks[0].raised_date = date(2026, 12, 24)

    report = check(clean, standards, tmp_path, later, as_of=date(2026, 1, 15))
    assert ("RAID-025", "F2") in [(f.code, f.cell) for f in report.findings]


@pytest.mark.parametrize(
    "edit",
    [
        lambda p: setattr(p, "finance", []),
        lambda p: [setattr(m, "status", "Complete") for m in p.milestones if m.actual_date],
        lambda p: [setattr(i, "due_date", None) for i in p.risks if i.status == "Closed"],
        lambda p: [
            setattr(p, key, [])
            for key in ("risks", "issues", "assumptions", "dependencies", "decisions")
        ],
    ],
    ids=["no-finance", "milestones-complete", "closed-without-due", "empty-raid"],
)
def test_realistic_variants_stay_clean(
    clean: ProjectData, standards: Standards, tmp_path: Path, edit: Callable[[ProjectData], None]
) -> None:
    assert check(clean, standards, tmp_path, edit).findings == []


def test_a_huge_id_makes_a_short_message(
    clean: ProjectData, standards: Standards, tmp_path: Path
) -> None:
    def huge(project: ProjectData) -> None:
        project.risks[0].id = "R-001 " + "x" * 40_000

    report = check(clean, standards, tmp_path, huge)
    assert [(f.code, f.cell, f.message) for f in report.findings] == [
        (
            "RAID-004",
            "A2",
            f"R-001 {'x' * 31}...: ID 'R-001 {'x' * 31}...' is not in the form R-001; "
            "rewrite it as R-001",
        )
    ]
