"""What a status page picks from the roll-up rows, and hostile text on a page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from consolidate_inputs import make_project
from ooxml_strict import problems

from addin.report import report_for_file
from addin.report.content import dependencies_at_risk, month_points, next_milestones, top_risks
from addin.report.document import write_reports
from addin.standards import Standards

AS_OF = date(2026, 11, 30)


def test_dependencies_at_risk_say_why(standards: Standards) -> None:
    rows = [
        {"ID": "D-001", "Status": "Open", "Days Overdue": 12, "Slack Days": 3},
        {"ID": "D-002", "Status": "On Track", "Days Overdue": 0, "Slack Days": -5},
        {"ID": "D-003", "Status": "At Risk", "Days Overdue": 0, "Slack Days": 10},
        {"ID": "D-004", "Status": "Delivered", "Days Overdue": 40, "Slack Days": -9},
        {"ID": "D-005", "Status": "On Track", "Days Overdue": 0, "Slack Days": 4},
        {"ID": "D-006", "Status": "Open", "Days Overdue": 0, "Slack Days": None},
    ]
    found = dependencies_at_risk(rows, standards, {"D-006": "Date mismatch: need-by differs"})
    assert [(d["ID"], d["Why"]) for d in found] == [
        ("D-001", "12 days past need-by"),
        ("D-002", "committed 5 days after need-by"),
        ("D-003", "status At Risk"),
        ("D-006", "Date mismatch: need-by differs"),
    ]  # D-004 is closed, D-005 is fine


def test_risks_milestones_and_months_are_picked_and_ordered(standards: Standards) -> None:
    risks = [
        {"ID": "R-001", "Status": "Open", "Score": 6},
        {"ID": "R-002", "Status": "Closed", "Score": 25},
        {"ID": "R-003", "Status": "Monitoring", "Score": 20},
        {"ID": "R-004", "Status": "Open", "Score": None},
    ]
    assert [r["ID"] for r in top_risks(risks, standards)] == ["R-003", "R-001", "R-004"]
    milestones = [
        {"ID": "M-1", "Status": "Complete", "Forecast Date": date(2026, 1, 1)},
        {"ID": "M-2", "Status": "In Progress", "Forecast Date": date(2027, 3, 1)},
        {
            "ID": "M-3",
            "Status": "Not Started",
            "Forecast Date": None,
            "Baseline Date": date(2027, 1, 1),
        },
        {"ID": "M-4", "Status": "Not Started"},
    ]
    assert [m["ID"] for m in next_milestones(milestones, standards)] == ["M-3", "M-2"]
    finance = [
        {"Month": date(2026, 10, 1), "Budget": 100, "Actual": 90, "Forecast": 95},
        {"Month": date(2026, 11, 1), "Budget": 100, "Actual": 120, "Forecast": 100},
        {"Month": date(2026, 12, 1), "Budget": 100, "Actual": None, "Forecast": 130},
        {"Month": date(2026, 12, 1), "Budget": "n/a", "Actual": None, "Forecast": 10},
    ]
    points = month_points(finance, date(2026, 11, 15))
    assert [(p.budget, p.actual, p.forecast) for p in points] == [
        (100, 90, 90),
        (200, 210, 210),
        (300, None, 350),  # after the report month: no actual, the forecast adds up to EAC
    ]
    unreported = month_points(finance, None)  # no report date: every month counts as reported
    assert unreported[-1].actual == unreported[-1].forecast == 210


def test_hostile_text_stays_text_and_the_page_opens_without_repair(
    tmp_path: Path, standards: Standards
) -> None:
    from addin.templates import build_project_workbook

    project = make_project(1, 2, raid=30, months=12)
    project.header.project_id = "PRJ/1:[x]*?"
    project.header.project_name = '=HYPERLINK("http://evil","click")\x07 bell'
    project.header.status_summary = "x" * 40_000
    project.risks[0].title = "=1+1"
    project.risks[0].probability = project.risks[0].impact = 5
    project.risks[0].status = "Open"
    source = build_project_workbook(tmp_path / "hostile.xlsx", standards, project)
    report = report_for_file(Path(source), standards, AS_OF).report
    assert report is not None
    out = write_reports(tmp_path / "page.xlsx", [report], standards)
    assert problems(out) == []
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.title == "PRJ_1__x___"
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert all(c.data_type == "s" for c in cells.values())  # no formula anywhere
    title = next(v for v in cells if v.startswith("=HYPERLINK"))
    assert "\x07" not in title
    assert "=1+1" in cells
    assert max(len(v) for v in cells) <= 200  # a page shows the start of long text
