"""A summary of the cost lines by kind of spend, beside the lines (round 30's last hour).

A business case, a capital programme's return or a grant's budget often keeps two finance
tables of the same money: the cost lines month by month, each marked ``Capital`` /
``Resource`` (CapEx / OpEx), and a summary sheet whose rows are only the kinds of spend
(``Capital``, ``Resource``, an uplift such as ``Optimism bias``) by year. Read both, the
summary's years spread over their months would add the same money again to the months the
lines already hold, under cost lines named only by their rows. A PMO analyst reads the
summary as the lines' roll-up and imports the lines.

The rule: a finance table whose rows are named by a CapEx / OpEx column and by no cost line
column is left out (its items removed, the reason in its notes) when another finance table
of the workbook names its cost lines, marks them CapEx / OpEx, and holds items in a month
the summary covers. A summary alone in its workbook, or one beside lines of other months,
stays read as before. Red team of round 31: the lines must hold every measure the summary
does (a summary of actuals by kind beside a budget by cost line is other money, kept).
"""

from __future__ import annotations

from datetime import date

from addin.adopt.split import AdoptedTable
from addin.adopt.synonyms import MEASURES
from addin.models import ProjectData

_REGISTER = "finance"


def _targets(entry: AdoptedTable) -> set[str]:
    return {c.target for c in entry.table.columns if c.target}


def _months(project: ProjectData, entry: AdoptedTable) -> set[date]:
    places = entry.items.get(_REGISTER, range(0))
    return {m for i in places if (m := getattr(project.finance[i], "month", None)) is not None}


def _measures(project: ProjectData, entry: AdoptedTable) -> set[str]:
    """The measures the table's items hold an amount of (red team of round 31)."""
    places = entry.items.get(_REGISTER, range(0))
    return {m for i in places for m in MEASURES if getattr(project.finance[i], m, None) is not None}


def leave_out_kind_summaries(adopted: list[AdoptedTable], project: ProjectData) -> None:
    """Remove the items of every finance summary by kind of spend that lines beside it
    already hold (see the module docstring), and say so in its table's notes."""
    finance = [e for e in adopted if e.table.register == _REGISTER and e.items.get(_REGISTER)]
    lines = [e for e in finance if {"cost_line", "capex_opex"} <= _targets(e)]
    if not lines:
        return
    for entry in finance:
        targets = _targets(entry)
        if "capex_opex" not in targets or "cost_line" in targets:
            continue
        months = _months(project, entry)
        if not months:
            continue
        # red team of round 31: only money the lines hold too is counted twice (actuals by
        # kind of spend beside a budget by cost line are the spend, kept)
        measures = _measures(project, entry)
        beside = [
            e
            for e in lines
            if e is not entry and _months(project, e) & months and measures <= _measures(project, e)
        ]
        if not beside:
            continue
        places = entry.items[_REGISTER]
        removed = len(places)
        del project.finance[places.start : places.stop]
        for other in adopted:
            there = other.items.get(_REGISTER)
            if other is not entry and there is not None and there.start >= places.stop:
                other.items[_REGISTER] = range(there.start - removed, there.stop - removed)
        entry.items[_REGISTER] = range(places.start, places.start)
        entry.table.items[_REGISTER] = 0
        sheets = ", ".join(dict.fromkeys(repr(e.table.sheet) for e in beside))
        entry.table.notes.append(
            f"{removed} item(s) left out: the rows are kinds of spend (CapEx / OpEx), a "
            f"summary of the cost lines on {sheets}, which are read; read too, the same "
            "money would count twice"
        )
