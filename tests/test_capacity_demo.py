"""The demo's capacity workbook: the planted architect is over-allocated across three
projects, and nothing lands on the projects the demo calls clean."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.consolidate import consolidate_folder, format_summary
from addin.demo import generate_portfolio
from addin.standards import Standards

AS_OF = date(2026, 11, 30)


def test_demo_capacity_plants_a_few_realistic_over_allocations(
    tmp_path: Path, standards: Standards
) -> None:
    folder = tmp_path / "portfolio"
    manifest = generate_portfolio(
        folder, standards, AS_OF, projects=12, legacy=False, hostile=False, jobs=1
    )
    assert (folder / "capacity.xlsx").is_file()
    result = consolidate_folder(folder, tmp_path / "rollup.xlsx", standards, AS_OF, jobs=1)
    assert result.capacity is not None
    over = {o["person"]: o for o in result.capacity["over_allocated"]}
    assert set(over) == {"Priya Raman", "Tom Okafor"}
    architect = over["Priya Raman"]
    assert sorted(architect["projects"].values()) == [8.0, 10.0, 12.0]
    assert (architect["demand"], architect["capacity"]) == (30.0, 16.0)
    assert result.capacity["unknown_people"] == ["Lee Contractor"]
    clean = {p.file for p in manifest.projects if p.clean}
    capacity_findings = [f for f in result.findings if f.code.startswith("CAP-")]
    assert capacity_findings and not [f for f in capacity_findings if f.file in clean]
    bands = {r["role"]: r["utilisation"] for r in result.capacity["roles"] if r["utilisation"]}
    assert max(bands.values()) <= 1.0  # roles are pooled to 70-95 %: people, not roles, are over
    assert "Capacity: 2 people over-allocated in 2 person-months" in format_summary(result)
