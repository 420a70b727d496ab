"""Round 30: a plan's dates by stage, planned and actual (``Bid Invitation - Planned``,
``Bid Invitation - Actual``, ``Contract Signature - Planned``, ...).

A development bank's procurement plan, a grant's reporting schedule and a capital scheme's
gateway plan give each item the planned and actual dates of several stages, each header
its stage's name and which date it is. The standard milestone holds one date of each kind
per item, so a PMO analyst reads the item's milestone as its LAST stage (the contract
signed, the works complete): that stage's planned date is the baseline, its actual date
the actual, its forecast the forecast. The earlier stages' dates are left out (listed as
no standard column), never read as the item's own dates: a bid invited is not a contract
signed. Read only in a milestone table with two stages or more, each with a planned date.
"""

from __future__ import annotations

import re

from addin.adopt.detect import TableBlock
from addin.adopt.match import Candidate

#: A header of a stage's date: the stage's name, then which date (``- Planned``, ``(actual)``,
#: ``Plan``, ``Revised``), optionally ``date`` after it.
_STAGE_DATE = re.compile(
    r"^(?P<stage>.*?[A-Za-z].*?)\s*[-\u2013:/(,]?\s*\(?\s*"
    r"(?P<kind>planned|plan|baseline|actual|forecast|revised|expected)\s*\)?\s*(?:date)?\s*$",
    re.IGNORECASE,
)
_KINDS = {
    "planned": "baseline_date",
    "plan": "baseline_date",
    "baseline": "baseline_date",
    "actual": "actual_date",
    "forecast": "forecast_date",
    "revised": "forecast_date",
    "expected": "forecast_date",
}
#: The milestone's own dates, which a stage's columns would give.
_ITEM_DATES = frozenset({"baseline_date", "forecast_date", "actual_date"})
#: How a last stage's column names its reading (the candidate's words end with it).
LAST_STAGE = ", the last stage)"
#: Stage names that are only a date's own word (``Planned Date``, ``Due - Plan``): no stage.
_NO_STAGE = frozenset({"date", "dates", "due", "due date", "end", "finish", "completion date"})


def stage_of(header: str) -> tuple[str, str] | None:
    """(the stage's name folded, the milestone column) of a stage's date header, else None."""
    match = _STAGE_DATE.match(" ".join(header.split()))
    if match is None:
        return None
    stage = " ".join(re.sub(r"[^\w\s]", " ", match["stage"]).casefold().split())
    if not stage or stage in _NO_STAGE:
        return None
    return stage, _KINDS[match["kind"].lower()]


def last_stage_dates(block: TableBlock, chosen: dict[int, Candidate]) -> list[int]:
    """Map a milestone table's stage dates (module doc): the last stage's planned, actual
    and forecast columns to the milestone's baseline, actual and forecast dates, the earlier
    stages' left out (taken out of ``chosen``). The columns left out, in order; none when
    the table has fewer than two stages with a planned date."""
    stages: dict[str, dict[str, int]] = {}
    for cell in block.headers:
        found = stage_of(cell.text) if cell.text else None
        if found is not None:
            stages.setdefault(found[0], {}).setdefault(found[1], cell.col)
    planned = [s for s, cols in stages.items() if "baseline_date" in cols]
    if len(planned) < 2:
        return []
    staged = {col for cols in stages.values() for col in cols.values()}
    if any(
        mapped.column_key in _ITEM_DATES and col not in staged for col, mapped in chosen.items()
    ):
        # red team of round 30: the table gives the item's own dates (`Baseline date`,
        # `Forecast date`) beside the stages' (`Next review - Planned`, `Gate review -
        # Planned`): the stages are reviews of it, not the steps to it; its own stand
        return []
    last = max(planned, key=lambda s: stages[s]["baseline_date"])
    keep = stages[last]
    for key, col in keep.items():
        for other, mapped in list(chosen.items()):
            if mapped.column_key == key and other != col:
                del chosen[other]
        chosen[col] = Candidate(key, 0.9, f"{last} ({key.replace('_', ' ')}{LAST_STAGE}")
    dropped = []
    for stage, cols in stages.items():
        if stage == last:
            continue
        for col in cols.values():
            chosen.pop(col, None)
            dropped.append(col)
    return sorted(dropped)
