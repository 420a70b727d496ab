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


def prioritisation_placeholder() -> OutSheet:
    """An empty sheet in the roll-up's sheet order; :func:`fill_rollup_sheet` fills it."""
    return OutSheet(SHEET, [], freeze_rows=0)


def rollup_budget(projects: list[ProjectInput], standards: Standards) -> float | None:
    """The roll-up's budget: the sum of the funding envelopes of the portfolios in it,
    when the standards give one for every portfolio; else none (the user enters it)."""
    portfolios = {(p.header.portfolio or "").strip() for p in projects}
    amounts = [standards.prioritisation.envelope(name) for name in portfolios]
    if not amounts or any(a is None for a in amounts):
        return None
    return sum(a for a in amounts if a is not None)


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
    from addin.prioritise.run import prioritise
    from addin.prioritise.scoring import Method
    from addin.prioritise.sources import from_projects
    from addin.rollup.prioritisation_sheet import write_prioritisation

    candidates = from_projects(projects, standards)
    budget = rollup_budget(projects, standards)
    run = prioritise(
        candidates,
        Method.from_standards(standards),
        [budget] if budget else [],
        mixed_currencies_ok=True,
    )
    currencies = {c.currency.strip().upper() for c in candidates if c.currency}
    write_prioritisation(
        wb, ws, run, run.outcomes[0] if run.outcomes else None, multi_currency=len(currencies) > 1
    )
    member = f"xl/worksheets/sheet{wb.worksheets().index(ws) + 1}.xml"
    return [s for s in streamed if s.member != member]
