"""The closing lines read as English: one person, one file, one error (not "1 people")."""

from __future__ import annotations

from pathlib import Path

from addin.capacity.summary import capacity_summary
from addin.consolidate.result import count_noun
from addin.report.run import Written


def test_one_of_each_is_singular_in_the_capacity_line():
    capacity = {
        "roles": [
            {"role": "Architect", "month": "2026-12-01", "demand": 30.0, "capacity": 16.0},
            {"role": "Tester", "month": "2026-12-01", "demand": 5.0, "capacity": 10.0},
        ],
        "over_allocated": [{"person": "Priya Raman", "month": "2026-12-01"}],
        "unknown_people": ["Lee Contractor"],
    }
    assert capacity_summary(capacity) == [
        "  Capacity: 1 person over-allocated in 1 person-month, 1 role-month over capacity, "
        "1 person not in the capacity workbook (Capacity sheet)"
    ]


def test_several_stay_plural_in_the_capacity_line():
    capacity = {
        "roles": [{"role": "Architect", "month": "2026-12-01", "demand": 5.0, "capacity": 16.0}],
        "over_allocated": [
            {"person": "Priya Raman", "month": "2026-12-01"},
            {"person": "Tom Okafor", "month": "2027-01-01"},
        ],
        "unknown_people": [],
    }
    assert capacity_summary(capacity) == [
        "  Capacity: 2 people over-allocated in 2 person-months, 0 role-months over capacity, "
        "0 people not in the capacity workbook (Capacity sheet)"
    ]


def test_count_noun():
    assert [count_noun(n, "file") for n in (0, 1, 2)] == ["0 files", "1 file", "2 files"]


def test_the_pdf_path_is_printed_like_the_xlsx_path(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    written = Written(
        source="rollup.xlsx",
        status="written",
        xlsx=Path("out/rollup-pack.xlsx"),
        pdf=tmp_path / "out" / "rollup-pack.pdf",
    )
    assert written.pdf_shown() == Path("out/rollup-pack.pdf")
    elsewhere = Written(source="r", status="written", xlsx=Path("a.xlsx"), pdf=Path("/x/a.pdf"))
    assert elsewhere.pdf_shown() == Path("/x/a.pdf")
