"""The roll-up's data sheets are deflated with ISA-L where its wheel is present (round 5d,
addin/rollup/stream_cells.py): the parts' bytes are those zlib's package holds, only the
compressed bytes differ, and the package passes ``testzip`` and opens in openpyxl,
python-calamine and LibreOffice."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from test_rollup_sheets_aside import _write

from addin.libreoffice import check_opens, soffice_available
from addin.rollup import stream_cells
from addin.standards import Standards

needs_isal = pytest.mark.skipif(
    stream_cells.DEFLATE is zlib, reason="the isal wheel is not installed: zlib deflates"
)


def _compressed(path: Path) -> dict[str, int]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: i.compress_size for i in zf.infolist()}


@pytest.fixture(params=["one process", "with the child"])
def written(
    request: pytest.FixtureRequest,
    standards: Standards,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Path, dict[str, bytes], Path, dict[str, bytes]]:
    """The same roll-up written with ISA-L and with zlib (in one process, or with the last
    sheets deflated by the forked child)."""
    share = 10**12 if request.param == "one process" else 0
    monkeypatch.setattr(stream_cells, "SHARE_MIN_CELLS", share)
    fast = tmp_path / "isal" / "rollup.xlsx"
    fast_parts = _write(standards, fast)
    monkeypatch.setattr(stream_cells, "DEFLATE", zlib)
    monkeypatch.setattr(stream_cells, "_FAST_LEVEL", stream_cells._SHEET_LEVEL)
    plain = tmp_path / "zlib" / "rollup.xlsx"
    return fast, fast_parts, plain, _write(standards, plain)


@needs_isal
def test_the_parts_are_zlibs_only_the_compressed_bytes_differ(
    written: tuple[Path, dict[str, bytes], Path, dict[str, bytes]],
) -> None:
    fast, fast_parts, plain, plain_parts = written  # _write ran testzip on both
    assert list(fast_parts) == list(plain_parts)
    assert fast_parts == plain_parts
    fast_sizes, plain_sizes = _compressed(fast), _compressed(plain)
    sheets = [n for n in fast_sizes if n.startswith("xl/worksheets/sheet")]
    changed = [n for n in sheets if fast_sizes[n] != plain_sizes[n]]
    assert len(changed) >= 5, "ISA-L deflated no data sheet"
    # everything else is deflated as before
    assert {n: s for n, s in fast_sizes.items() if n not in changed} == {
        n: s for n, s in plain_sizes.items() if n not in changed
    }


@needs_isal
def test_openpyxl_and_calamine_read_what_zlibs_package_shows(
    written: tuple[Path, dict[str, bytes], Path, dict[str, bytes]],
) -> None:
    fast, _, plain, _ = written
    books = [openpyxl.load_workbook(p, read_only=True) for p in (fast, plain)]
    try:
        risks = [list(b["Risks"].iter_rows(values_only=True)) for b in books]
    finally:
        for b in books:
            b.close()
    assert risks[0] == risks[1]
    assert risks[0][0][:3] == ("Project ID", "ID", "Title")
    assert len(risks[0]) == 1 + 4 * 12  # 4 projects' 12 risks below the header
    assert risks[0][1][:3] == ("PRJ-0001", "R-001", "Risk 1 of project 1")
    assert {row[0] for row in risks[0][1:]} == {f"PRJ-000{i}" for i in range(1, 5)}
    calamine = [CalamineWorkbook.from_path(str(p)) for p in (fast, plain)]
    assert calamine[0].sheet_names == calamine[1].sheet_names
    for name in calamine[0].sheet_names:
        rows = [c.get_sheet_by_name(name).to_python() for c in calamine]
        assert rows[0] == rows[1], name


@needs_isal
@pytest.mark.libreoffice
def test_libreoffice_opens_the_isal_package(
    written: tuple[Path, dict[str, bytes], Path, dict[str, bytes]], tmp_path: Path
) -> None:
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    fast = written[0]
    check = check_opens([fast], tmp_path / "converted")[fast]
    assert check.ok, check.problems
    assert check.converted is not None
    book = CalamineWorkbook.from_path(str(check.converted))
    risks = book.get_sheet_by_name("Risks").to_python()
    assert risks[0][:2] == ["Project ID", "ID"]
    assert risks[1][:3] == ["PRJ-0001", "R-001", "Risk 1 of project 1"]
