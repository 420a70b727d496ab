"""check_file end to end: a real workbook from the template builder, planted defects found
at the cells a PM sees; unreadable inputs become one line, never a traceback."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from rules_support import (
    AS_OF,
    finance_line,
    good_finance,
    good_header,
    good_issue,
    good_milestone,
    good_risk,
)

from addin.check import check_file
from addin.models import ProjectData
from addin.standards import Standards, default_standards

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: (code, address, item id) of every defect planted in the workbook below.
PLANTED = [
    ("FIN-001", "Finance!F13", None),
    ("MS-004", "Milestones!G2", "M-001"),
    ("PRJ-004", "Project!B15", "PRJ-0042"),
    ("PRJ-006", "Project!B16", "PRJ-0042"),
    ("RAID-003", "Risks!H3", "R-002"),
    ("RAID-007", "Risks!E3", "R-002"),
    ("RAID-009", "Risks!J2", "R-001"),
    ("RAID-011", "Risks!N4", "R-003"),
    ("RAID-021", "Issues!K2", "I-001"),
]


def build_defects(path: Path, standards: Standards) -> Path:
    from addin.templates.builder import build_project_workbook

    finance = good_finance()
    finance[11] = finance_line(date(2026, 12, 1), actual=500.0, forecast=1000.0)
    project = ProjectData(
        header=good_header(report_date=date(2026, 11, 1)),
        risks=[
            good_risk(),
            good_risk(id="R-002", probability=7, owner="TBC"),
            good_risk(id="R-003", probability=5, impact=4, response=None),
        ],
        issues=[good_issue(severity=5)],
        milestones=[good_milestone(status="Complete")],
        finance=finance,
    )
    # A score typed over the formula in R-001's Score cell.
    return build_project_workbook(path, standards, project, raw_cells={("Risks", "J2"): 99})


def build_clean(path: Path, standards: Standards) -> Path:
    from addin.templates.builder import build_project_workbook

    project = ProjectData(
        header=good_header(),
        risks=[good_risk()],
        issues=[good_issue()],
        milestones=[good_milestone()],
        finance=good_finance(),
    )
    return build_project_workbook(path, standards, project)


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("check")
    standards = default_standards()
    return {
        "defects": build_defects(folder / "defects.xlsx", standards),
        "clean": build_clean(folder / "clean.xlsx", standards),
    }


def test_every_planted_defect_is_found_at_its_cell(workbooks: dict[str, Path]) -> None:
    report = check_file(workbooks["defects"], default_standards(), AS_OF)
    assert report.unreadable is None
    found = sorted((f.code, f.address, f.item_id) for f in report.findings)
    assert found == sorted(PLANTED)
    assert report.counts() == {"error": 6, "warning": 3, "info": 0}
    assert report.has_errors()
    assert report.project is not None and report.project.header.project_id == "PRJ-0042"
    assert report.file == str(workbooks["defects"])
    assert {f.file for f in report.findings} == {"defects.xlsx"}


def test_a_clean_workbook_has_no_findings(workbooks: dict[str, Path]) -> None:
    report = check_file(workbooks["clean"], default_standards(), AS_OF)
    assert (report.findings, report.unreadable, report.has_errors()) == ([], None, False)


def test_checking_never_changes_the_source(workbooks: dict[str, Path]) -> None:
    before = hashlib.sha256(workbooks["defects"].read_bytes()).hexdigest()
    check_file(workbooks["defects"], default_standards(), AS_OF)
    assert hashlib.sha256(workbooks["defects"].read_bytes()).hexdigest() == before


def test_the_as_of_date_moves_overdue_and_stale(workbooks: dict[str, Path]) -> None:
    early = check_file(workbooks["defects"], default_standards(), date(2026, 11, 10))
    assert "PRJ-004" not in {f.code for f in early.findings}


def _unreadable_files(folder: Path, real: Path) -> dict[str, tuple[Path, str]]:
    text = folder / "notes.xlsx"
    text.write_text("Risk,Owner\nR-001,Sam\n", encoding="utf-8")
    old = folder / "old.xls"
    old.write_bytes(OLE2 + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 512)
    secret = folder / "secret.xlsx"
    secret.write_bytes(
        OLE2 + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512
    )
    lock = folder / "~$plan.xlsx"
    lock.write_bytes(b"\x0bSam Owner" + b"\x00" * 150)
    truncated = folder / "truncated.xlsx"
    data = real.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    empty = folder / "empty.xlsx"
    empty.write_bytes(b"")
    return {
        "text": (text, "CSV/text file"),
        "old": (old, "an old Excel 97-2003 .xls file that could not be read - open it in Excel"),
        "secret": (secret, "password-protected"),
        "lock": (lock, "lock file"),
        "truncated": (truncated, "truncated"),
        "empty": (empty, "empty file"),
        "missing": (folder / "nowhere.xlsx", "no such file"),
    }


def test_unreadable_inputs_give_one_line_saying_what_they_are(
    tmp_path: Path, workbooks: dict[str, Path]
) -> None:
    for name, (path, words) in _unreadable_files(tmp_path, workbooks["clean"]).items():
        report = check_file(path, default_standards(), AS_OF)
        assert report.status == "unreadable", name
        assert report.unreadable is not None
        assert "\n" not in report.unreadable and "Traceback" not in report.unreadable
        assert words.lower() in report.unreadable.lower(), (name, report.unreadable)
        assert [f.code for f in report.findings] == ["WB-001"], name
        assert not report.has_errors()  # unreadable is exit 2, not a data error


def test_a_copy_with_another_name_reports_its_own_name(
    tmp_path: Path, workbooks: dict[str, Path]
) -> None:
    copy = tmp_path / "copy of defects.xlsx"
    shutil.copy(workbooks["defects"], copy)
    report = check_file(copy, default_standards(), AS_OF)
    assert report.file == str(copy)
    assert all(Path(f.file).name == copy.name for f in report.findings)
