"""A status report copied onto a new sheet each month (round 23's last hour).

A PM who keeps a monthly report in one workbook copies last month's sheet, renames it
(``Jan 26``, ``Feb 26``, ``Mar 26``) and updates it: every sheet holds the same template
(the same project details in its title block) for the same project, each with its own
report date. Read as separate sheets, every month's top risks were adopted as items (three
months of the same risks, eleven items for four) and the project's RAG and report date came
from whichever sheet came first. The rule a PMO analyst states: sheets that report on the
same project in the same template, each dated, are one report's months; the sheet with the
latest report date is the report, and the earlier ones are its history, left out and
listed with the reason. Sheets for different projects (one template, one sheet per
project), sheets with no report date, or sheets dated alike stay as they are.
"""

from __future__ import annotations

from datetime import date

from addin.adopt.grid import Grid
from addin.adopt.project import find_project_fields

#: The project details a title block must name, at the least, for two sheets to be read
#: as copies of one template (a project name and a report date alone are too little).
MIN_SHARED_FIELDS = 3


def earlier_copies(grids: list[Grid]) -> dict[str, str]:
    """Sheet name -> why it is left out, for every sheet that is an earlier month's copy of
    a later sheet's report (see the module docstring)."""
    dated: dict[tuple[frozenset[str], str], list[tuple[date, Grid]]] = {}
    for grid in grids:
        fields = find_project_fields([grid])
        when = fields.get("report_date", (None, ""))[0]
        name = fields.get("project_name", (None, ""))[0]
        if not isinstance(when, date) or not isinstance(name, str) or not name.strip():
            continue
        if len(fields) < MIN_SHARED_FIELDS:
            continue
        key = (frozenset(fields), " ".join(name.casefold().split()))
        dated.setdefault(key, []).append((when, grid))
    out: dict[str, str] = {}
    for sheets in dated.values():
        if len(sheets) < 2:
            continue
        newest = max(when for when, _ in sheets)
        latest = [g for when, g in sheets if when == newest]
        if len(latest) != 1:
            continue  # two sheets of the latest date: which is the report is not told
        for when, grid in sheets:
            if when < newest:
                out[grid.name] = (
                    f"an earlier month's copy of the status report on sheet "
                    f"{latest[0].name!r} (report date {when.isoformat()}, the latest is "
                    f"{newest.isoformat()}): history, not adopted; to adopt it, adopt a "
                    "workbook holding that sheet alone"
                )
    return out
