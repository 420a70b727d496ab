"""addin/libreoffice.py: chunking, outputs verified, sources untouched, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from addin.libreoffice import (
    LibreOfficeError,
    _chunks,
    check_opens,
    recalculate,
    soffice_available,
)
from addin.standards import Standards
from addin.templates import build_project_workbook


def test_chunks_never_put_two_same_named_files_together() -> None:
    files = [Path(f"/a/{n}.xlsx") for n in "pqrs"] + [Path("/b/p.xlsx"), Path("/c/P.xlsx")]
    chunks = _chunks(files, 3)
    assert sorted(p for chunk in chunks for p in chunk) == sorted(files)
    assert all(len(chunk) <= 3 for chunk in chunks)
    for chunk in chunks:
        stems = [p.stem.casefold() for p in chunk]
        assert len(stems) == len(set(stems))


@pytest.mark.libreoffice
def test_convert_verify_and_report_every_file(tmp_path: Path, standards: Standards) -> None:
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    good = build_project_workbook(tmp_path / "a" / "p.xlsx", standards)
    twin = build_project_workbook(tmp_path / "b" / "p.xlsx", standards)
    broken = tmp_path / "a" / "broken.xlsx"
    broken.write_text("this is not a workbook")
    before = good.read_bytes()
    with pytest.raises(LibreOfficeError, match="own folder"):
        recalculate([good], tmp_path / "a")
    checks = check_opens([good, twin, broken], tmp_path / "out")
    assert checks[good].ok and checks[twin].ok, (checks[good].problems, checks[twin].problems)
    assert checks[good].converted != checks[twin].converted  # same name: kept apart
    assert not checks[broken].ok and "could not open" in checks[broken].problems[0]
    assert good.read_bytes() == before
    with pytest.raises(LibreOfficeError, match=r"broken\.xlsx"):
        recalculate([broken], tmp_path / "out2")


@pytest.mark.libreoffice
def test_a_hung_conversion_times_out_with_a_clear_error(
    tmp_path: Path, standards: Standards
) -> None:
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    source = build_project_workbook(tmp_path / "in" / "slow.xlsx", standards)
    with pytest.raises(LibreOfficeError, match=r"within 0\.2 s \(slow\.xlsx"):
        recalculate([source], tmp_path / "out", timeout=0.2)
