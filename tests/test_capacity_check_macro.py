"""The ribbon's Check on a capacity workbook: its own checks, in a Checks sheet of a copy."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import openpyxl

from addin.capacity.model import CapacityLine
from addin.capacity.template import build_capacity_workbook
from addin.files.filehost import FileHost
from addin.macros.context import MacroContext
from addin.macros.registry import run_macro
from addin.standards import Standards


def test_check_macro_lists_capacity_findings_and_leaves_the_source(
    tmp_path: Path, standards: Standards
) -> None:
    source = build_capacity_workbook(
        tmp_path / "capacity.xlsx",
        standards,
        [CapacityLine(person="Bo", role="Tester", month=date(2026, 3, 1), available_days=-1)],
    )
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    result = run_macro(
        "check", MacroContext(standards, date(2026, 3, 1), book=FileHost(source, output=None))
    )
    assert result.ok, result.message
    rows = list(openpyxl.load_workbook(result.output)["Checks"].iter_rows(values_only=True))
    assert [(r[1], r[2], r[3]) for r in rows[1:]] == [("CAP-102", "Capacity", "E2")]
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
