"""`pmo prioritise --out FILE`: a workbook holding the live Prioritisation sheet, one per
budget ("Prioritisation", "Prioritisation 2", ...), written atomically."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from addin.prioritise.run import BudgetOutcome, Prioritisation
from addin.rollup.atomic import atomic_output
from addin.rollup.formula_sheet import FormulaWorksheet
from addin.rollup.prioritisation_sheet import SHEET, TABLE, write_prioritisation


def sheet_names(count: int) -> list[str]:
    return [SHEET if k == 0 else f"{SHEET} {k + 1}" for k in range(max(1, count))]


def write_workbook(run: Prioritisation, out: Path) -> None:
    """Write ``run`` to ``out`` (an .xlsx); a failure leaves any earlier file intact."""
    outcomes: list[BudgetOutcome | None] = list(run.outcomes) or [None]
    with atomic_output(Path(out)) as tmp:
        wb = xlsxwriter.Workbook(
            str(tmp),
            {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        for k, (name, outcome) in enumerate(zip(sheet_names(len(outcomes)), outcomes, strict=True)):
            ws = wb.add_worksheet(name, FormulaWorksheet)
            write_prioritisation(wb, ws, run, outcome, table=TABLE + (str(k + 1) if k else ""))
            if len(outcomes) > 1:
                ws.set_tab_color("#5B9BD5")
        wb.close()
