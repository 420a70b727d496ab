"""Small portfolios with resource demand and a capacity workbook, for the capacity tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.capacity.model import CapacityLine
from addin.capacity.template import build_capacity_workbook
from addin.models import ProjectData, ProjectHeader, ResourceLine
from addin.standards import Standards
from addin.templates import build_project_workbook

MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)


def project(pid: str, lines: list[tuple[str, str | None, date, float]]) -> ProjectData:
    header = ProjectHeader(
        project_id=pid,
        project_name=f"Project {pid}",
        project_manager="Pat Manager",
        start_date=date(2026, 1, 5),
        planned_end_date=date(2026, 12, 18),
        report_date=date(2026, 3, 20),
    )
    return ProjectData(
        header=header,
        resources=[ResourceLine(role=r, person=p, month=m, planned_days=d) for r, p, m, d in lines],
    )


def write_projects(
    folder: Path, standards: Standards, **raw: dict[tuple[str, str], object]
) -> None:
    """Three projects asking for one architect in March (10 + 8 + 7 days, one spelling
    'ana  lópez'), a tester pool with no person named, and someone not in capacity."""
    folder.mkdir(parents=True, exist_ok=True)
    projects = {
        "PRJ-A": [
            ("Architect", "Ana Lopez", MARCH, 10),
            ("Tester", None, MARCH, 30),
            ("Developer", "Zed Unknown", MARCH, 5),
        ],
        "PRJ-B": [("Architect", "ana  lópez", MARCH, 8), ("Developer", "Raj Patel", APRIL, 12)],
        "PRJ-C": [("Architect", "ANA LOPEZ", MARCH, 7), ("Tester", None, MARCH, 15)],
    }
    for pid, lines in projects.items():
        build_project_workbook(
            folder / f"{pid}.xlsx",
            standards,
            project(pid, lines),
            raw_cells=raw.get(pid.replace("-", "_")),
        )


def capacity_lines() -> list[CapacityLine]:
    return [
        CapacityLine(
            person="Ana López", role="Architect", team="Data", month=MARCH, available_days=18
        ),
        CapacityLine(
            person="Ana López", role="Architect", team="Data", month=APRIL, available_days=18
        ),
        CapacityLine(
            person="Raj Patel", role="Developer", team="Digital", month=MARCH, available_days=15
        ),
        CapacityLine(
            person="Raj Patel", role="Developer", team="Digital", month=APRIL, available_days=15
        ),
        CapacityLine(role="Tester", team="Change", month=MARCH, available_days=40),
        CapacityLine(role="Tester", team="Change", month=APRIL, available_days=40),
    ]


def write_capacity(
    path: Path, standards: Standards, lines: list[CapacityLine] | None = None
) -> Path:
    return build_capacity_workbook(path, standards, capacity_lines() if lines is None else lines)
