"""The roll-up's Prioritisation sheet: placed after Trends and before Capacity by a
placeholder in :func:`addin.rollup.build.build_rollup`, filled here while the workbook is
written (it holds formulas and a chart, not streamed table rows)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xlsxwriter.workbook import Workbook

from addin.rollup.cumulative_cost import cumulative_costs
from addin.rollup.inputs import ProjectInput
from addin.rollup.model import OutSheet
from addin.rollup.stream_cells import StreamedSheet
from addin.standards import Standards

if TYPE_CHECKING:  # (addin.prioritise is imported only when the sheet is written)
    from addin.prioritise.candidates import Candidate
    from addin.prioritise.run import Prioritisation

#: The sheet's name (also in :mod:`addin.rollup.prioritisation_sheet`, which imports
#: addin.prioritise: imported only when the sheet is written).
SHEET = "Prioritisation"
#: The roll-up's frontier has no wall-clock cap (the same inputs give the same roll-up on a
#: fast or a slow machine, SPEC 7): it is bounded by its number of exact solves instead, fewer
#: for large portfolios so a big consolidation is not held up (`pmo prioritise` draws the
#: full curve).
ROLLUP_FRONTIER_POINTS = 11


def rollup_frontier_points(projects: int) -> int:
    """How many budgets the roll-up's frontier solves (when its exact breakpoints are not
    drawn): 11 up to 500 projects, 5 up to 2,000, then 3 (none, the must-have projects,
    all)."""
    if projects <= 500:
        return ROLLUP_FRONTIER_POINTS
    return 5 if projects <= 2_000 else 3


def rollup_prioritisation(candidates: list[Candidate], standards: Standards) -> Prioritisation:
    """The roll-up's prioritisation: the standards' method, the portfolios' envelopes as the
    budget when every one is set, and a frontier that does not depend on the machine's speed."""
    from addin.prioritise.command import default_budget
    from addin.prioritise.run import prioritise
    from addin.prioritise.scoring import Method

    budget = default_budget(candidates, standards)  # the portfolios' envelopes, if all set
    return prioritise(
        candidates,
        Method.from_standards(standards),
        [budget] if budget else [],
        mixed_currencies_ok=True,
        frontier_points=rollup_frontier_points(len(candidates)),
        frontier_seconds=math.inf,
    )


def prioritisation_placeholder() -> OutSheet:
    """An empty sheet in the roll-up's sheet order; :func:`fill_rollup_sheet` fills it."""
    return OutSheet(SHEET, [], freeze_rows=0)


@dataclass
class RollupPrioritisation:
    """What the roll-up's Prioritisation sheet shows, computed before it is written."""

    run: Prioritisation
    multi_currency: bool  # the projects ask in more than one currency
    #: Each project's Cumulative Cost as the sheet caches it (:func:`cumulative_costs`),
    #: worked out with the rest (beside the other steps), not again at each of the
    #: structure's writes; None: worked out when the sheet is written
    cumulative: list[float | None] | None = None


def prioritise_for_rollup(
    projects: list[ProjectInput], standards: Standards
) -> RollupPrioritisation:
    """The roll-up's prioritisation of ``projects`` (a pure computation: consolidation runs
    it in a child process, :mod:`addin.rollup.side_task`)."""
    from addin.prioritise.sources import from_projects

    candidates = from_projects(projects, standards)
    currencies = {c.currency.strip().upper() for c in candidates if c.currency}
    run = rollup_prioritisation(candidates, standards)
    multi_currency = len(currencies) > 1
    return RollupPrioritisation(run, multi_currency, cumulative_costs(run, multi_currency))


def fill_rollup_sheet(
    wb: Workbook,
    projects: list[ProjectInput],
    standards: Standards,
    streamed: list[StreamedSheet],
    computed: Callable[[], RollupPrioritisation] | None = None,
) -> list[StreamedSheet]:
    """Write the Prioritisation sheet into ``wb`` (if the roll-up has one) and return
    ``streamed`` without it (it has no streamed table rows). ``computed`` gives the
    sheet's content when it was computed elsewhere; else it is computed here."""
    ws = wb.get_worksheet_by_name(SHEET)
    if ws is None:
        return streamed
    from addin.rollup.prioritisation_sheet import write_prioritisation

    got = computed() if computed is not None else prioritise_for_rollup(projects, standards)
    run = got.run
    write_prioritisation(
        wb,
        ws,
        run,
        run.outcomes[0] if run.outcomes else None,
        multi_currency=got.multi_currency,
        cumulative=got.cumulative,
    )
    member = f"xl/worksheets/sheet{wb.worksheets().index(ws) + 1}.xml"
    return [s for s in streamed if s.member != member]
