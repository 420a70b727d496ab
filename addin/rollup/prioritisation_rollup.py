"""The roll-up's Prioritisation sheet: placed after Trends and before Capacity by a
placeholder in :func:`addin.rollup.build.build_rollup`, filled here while the workbook is
written (it holds formulas and a chart, not streamed table rows)."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from xlsxwriter.workbook import Workbook

from addin.rollup.inputs import ProjectInput
from addin.rollup.model import OutSheet
from addin.rollup.stream_cells import StreamedSheet
from addin.standards import Standards

if TYPE_CHECKING:
    from addin.prioritise.run import Prioritisation

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


def rollup_prioritisation(
    projects: list[ProjectInput], standards: Standards
) -> tuple[Prioritisation, bool]:
    """The ranking, the optimal selection within the portfolios' budget and the frontier
    that the Prioritisation sheet shows; and whether the projects use several currencies."""
    from addin.prioritise.command import default_budget
    from addin.prioritise.run import prioritise
    from addin.prioritise.scoring import Method
    from addin.prioritise.sources import from_projects

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
    return run, len(currencies) > 1


def start_prioritisation(
    projects: list[ProjectInput], standards: Standards
) -> Future[tuple[Prioritisation, bool]]:
    """:func:`rollup_prioritisation` in a thread of its own, started before the store step:
    the solver (HiGHS) releases the GIL while it solves, so the frontier's integer programs
    run on the core the parse workers have left idle while the snapshot is recorded and
    the other sheets are written. ``projects`` must not change until it is done."""
    executor = ThreadPoolExecutor(1, thread_name_prefix="pmo-prioritise")
    try:
        return executor.submit(rollup_prioritisation, projects, standards)
    finally:
        executor.shutdown(wait=False)


def fill_rollup_sheet(
    wb: Workbook,
    projects: list[ProjectInput],
    standards: Standards,
    streamed: list[StreamedSheet],
    pending: Future[tuple[Prioritisation, bool]] | None = None,
) -> list[StreamedSheet]:
    """Write the Prioritisation sheet into ``wb`` (if the roll-up has one) and return
    ``streamed`` without it (it has no streamed table rows). ``pending``: the result
    :func:`start_prioritisation` is computing (else it is computed here)."""
    ws = wb.get_worksheet_by_name(SHEET)
    if ws is None:
        return streamed
    from addin.rollup.prioritisation_sheet import write_prioritisation

    if pending is not None:
        run, several = pending.result()
    else:
        run, several = rollup_prioritisation(projects, standards)
    write_prioritisation(
        wb, ws, run, run.outcomes[0] if run.outcomes else None, multi_currency=several
    )
    member = f"xl/worksheets/sheet{wb.worksheets().index(ws) + 1}.xml"
    return [s for s in streamed if s.member != member]
