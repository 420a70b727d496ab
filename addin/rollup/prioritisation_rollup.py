"""The roll-up's Prioritisation sheet: placed after Trends and before Capacity by a
placeholder in :func:`addin.rollup.build.build_rollup`, filled here while the workbook is
written (it holds formulas and a chart, not streamed table rows)."""

from __future__ import annotations

from xlsxwriter.workbook import Workbook

from addin.rollup.inputs import ProjectInput
from addin.rollup.model import OutSheet
from addin.rollup.stream_cells import StreamedSheet
from addin.standards import Standards

#: The sheet's name (also in :mod:`addin.rollup.prioritisation_sheet`, which loads scipy:
#: imported only when the sheet is written).
SHEET = "Prioritisation"
#: The roll-up's frontier: fewer points and less time than `pmo prioritise`, so a large
#: consolidation is not held up (the command draws the full curve).
ROLLUP_FRONTIER_POINTS = 11
ROLLUP_FRONTIER_SECONDS = 3.0


def prioritisation_placeholder() -> OutSheet:
    """An empty sheet in the roll-up's sheet order; :func:`fill_rollup_sheet` fills it."""
    return OutSheet(SHEET, [], freeze_rows=0)


def fill_rollup_sheet(
    wb: Workbook,
    projects: list[ProjectInput],
    standards: Standards,
    streamed: list[StreamedSheet],
) -> list[StreamedSheet]:
    """Write the Prioritisation sheet into ``wb`` (if the roll-up has one) and return
    ``streamed`` without it (it has no streamed table rows)."""
    ws = wb.get_worksheet_by_name(SHEET)
    if ws is None:
        return streamed
    from addin.prioritise.command import default_budget
    from addin.prioritise.run import prioritise
    from addin.prioritise.scoring import Method
    from addin.prioritise.sources import from_projects
    from addin.rollup.prioritisation_sheet import write_prioritisation

    candidates = from_projects(projects, standards)
    budget = default_budget(candidates, standards)  # the portfolios' envelopes, if all set
    run = prioritise(
        candidates,
        Method.from_standards(standards),
        [budget] if budget else [],
        mixed_currencies_ok=True,
        frontier_points=ROLLUP_FRONTIER_POINTS,
        frontier_seconds=ROLLUP_FRONTIER_SECONDS,
    )
    currencies = {c.currency.strip().upper() for c in candidates if c.currency}
    write_prioritisation(
        wb, ws, run, run.outcomes[0] if run.outcomes else None, multi_currency=len(currencies) > 1
    )
    member = f"xl/worksheets/sheet{wb.worksheets().index(ws) + 1}.xml"
    return [s for s in streamed if s.member != member]
