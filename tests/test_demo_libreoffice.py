"""Demo workbooks with planted raw-cell defects (typed scores, #REF!, text in a date or
number column, an uncalculated formula) are still sound workbooks: LibreOffice opens,
recalculates and saves them with every sheet and table intact."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from addin.demo import generate_portfolio
from addin.libreoffice import compare_roundtrip, recalculate, soffice_available
from addin.standards import default_standards

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

RAW_KINDS = {
    "typed_score",
    "error_value",
    "text_in_date_column",
    "text_in_number_column",
    "formula_without_cached_value",
}


def test_workbooks_with_raw_cell_defects_survive_libreoffice(tmp_path: Path) -> None:
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed; apt-get install libreoffice-calc")
    manifest = generate_portfolio(
        tmp_path / "portfolio",
        default_standards(),
        date(2026, 11, 26),
        projects=8,
        legacy=False,
        hostile=False,
    )
    planted = [p for p in manifest.planted if p.kind in RAW_KINDS]
    files = sorted({Path(manifest.folder) / p.file for p in planted})
    assert 1 <= len(files) <= len(RAW_KINDS)
    converted = recalculate(files, tmp_path / "lo")
    problems = [
        problem for src, copy in converted.items() for problem in compare_roundtrip(src, copy)
    ]
    assert problems == []

    formula = next(p for p in planted if p.kind == "formula_without_cached_value")
    copy = converted[Path(manifest.folder) / formula.file]
    assert formula.cell is not None
    row, col = int(formula.cell[1:]) - 1, ord(formula.cell[0]) - 65
    book = CalamineWorkbook.from_path(str(copy))
    value = book.get_sheet_by_name(formula.sheet).to_python()[row][col]
    typed = re.search(r"=(\d+)\+2", formula.description)
    assert typed is not None
    assert value == int(typed.group(1)) + 2  # LibreOffice calculated the planted formula
