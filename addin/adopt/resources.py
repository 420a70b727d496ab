"""Resource plans: planned effort by role or person and month (round 13).

A PMO's resource plan is a grid: a role and a person down the rows (``Role | Name``), the
months (``Apr-26``, date cells) or weeks (date cells a week apart) across, and the effort
planned in each (``Resource plan (days per month)``). The standard workbook's Resources
register (``tblResources``: Role, Person, Month, Planned Days) holds one row per role,
person and month, in **days**, so:

* a table is a resource plan when three period columns or more hold numbers, a column left
  of them reads as the role or the person (``Role``, ``Job title``, ``Grade``; ``Name``,
  ``Resource``, ``Team member``), and the sheet name, the title or the headers say effort
  (``resource``, ``resourcing``, ``effort``, ``days``, ``FTE``, ``capacity``, ``allocation``,
  ``staffing``, ``headcount``, ``hours``) and not money (a ``Resource cost plan`` in ``£``
  is finance); a table that says availability (``Team capacity (days available)``) and no
  plan, allocation or demand is the EPMO's capacity, not the project's demand: listed;
* the unit must be said: **days** (``days``, ``man-days``, ``person-days``, ``PD``) are
  read as they are; **FTE** and **hours** are not turned into days (how many working days
  an FTE is in a month, or hours a day, is the PMO's to say, and the standards hold
  neither): such a plan, or one whose unit nothing states, is listed as not adopted with
  that reason, never read by a guess;
* weeks of one month add up into the month (a week counts in the month its date falls in);
  a ``Total`` column or row is left out; an empty or zero cell plans nothing and gives no
  row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from addin.adopt.convert import parse_number
from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.match import CERTAIN, Candidate, candidates
from addin.adopt.report import RowIssue
from addin.adopt.rows import RowsResult
from addin.adopt.subtotals import RunningSums, total_reason

#: Words saying a table plans effort or people.
_EFFORT = re.compile(
    r"\b(?:resources?|resourcing|effort|days?|man[\s-]?days?|person[\s-]?days?|mandays|fte|"
    r"capacity|allocation|allocations|staffing|headcount|hours?|demand)\b",
    re.IGNORECASE,
)
#: Words saying a table is money (then it is finance, whatever else it says).
_MONEY = re.compile(
    # a cost centre is where people sit, not money (round 14: Workday's "Cost Center")
    r"\b(?:cost(?!\s*cent(?:er|re)s?\b)|costs|budget|budgets|spend|spent|expenditure|rate|rates|price|invoice|"
    r"finance|financial)\b|[£€$¥₹]",
    re.IGNORECASE,
)
#: Finance's own words (``synonyms.REGISTER_WORDS``) an effort plan uses too (``Resource
#: forecast (days)``): then only a plan that says its unit is days is a resource plan; else
#: the table stays finance's to read, as before round 13.
_FINANCE_TOO = re.compile(r"\b(?:forecast|forecasts|actuals)\b", re.IGNORECASE)
_DAYS = re.compile(r"\b(?:days?|man[\s-]?days?|person[\s-]?days?|mandays|pd|md)\b", re.IGNORECASE)
_FTE = re.compile(r"\bfte\b", re.IGNORECASE)
_HOURS = re.compile(r"\b(?:hours?|hrs?)\b", re.IGNORECASE)
#: Words saying a table holds people's availability (the EPMO's capacity), not the effort a
#: project plans on them (its demand: the Resources register).
_AVAILABLE = re.compile(r"\b(?:available|availability|capacity)\b", re.IGNORECASE)
#: Words saying days are planned on the work (``Resource plan``, ``Allocation``, ``Demand``).
_DEMAND = re.compile(
    r"\b(?:plan|planned|planning|allocat\w*|demand|assigned|assignments?|booked|bookings?|"
    r"forecast)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"^\s*(?:grand\s+)?(?:sub)?totals?\b", re.IGNORECASE)

#: A plan's own conversion to days, stated in its title or a header (round 14): hours a
#: day (``7.5 hours per day``, ``7.5h/day``, ``1 day = 8 hours``) and days an FTE is in a
#: month (``1 FTE = 20 days``, ``18 days per FTE``). The standards hold neither, so only a
#: plan that states its own is turned into days.
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_HOURS_A_DAY = re.compile(
    rf"{_NUMBER}\s*(?:h|hrs?|hours?)\s*(?:per|/|a|an|each)\s*(?:working\s+|work\s+)?day\b"
    rf"|\b(?:1|one)\s*(?:working\s+|work\s+)?day\s*=\s*{_NUMBER}\s*(?:h|hrs?|hours?)\b",
    re.IGNORECASE,
)
_DAYS_AN_FTE = re.compile(
    rf"\b(?:1|one)\s*FTE\s*=\s*{_NUMBER}\s*(?:working\s+|work\s+)?days?\b"
    rf"|{_NUMBER}\s*(?:working\s+|work\s+)?days?\s*(?:per|/|an?|each)\s*FTE\b",
    re.IGNORECASE,
)


def stated_conversion(texts: list[str], weeks: bool) -> tuple[str, float, str] | None:
    """(unit, days per unit, the words that say it) when the plan's texts state how its FTE
    or hours are days; None when they state none, or state an FTE's days for a plan by
    week (``1 FTE = 20 days`` is a month's)."""
    for text in texts:
        hours = _HOURS_A_DAY.search(text)
        if hours:
            per_day = float((hours.group(1) or hours.group(2)).replace(",", "."))
            if per_day > 0:
                return "hours", 1 / per_day, hours.group(0)
        fte = _DAYS_AN_FTE.search(text)
        if fte and not weeks:
            days = float((fte.group(1) or fte.group(2)).replace(",", "."))
            if days > 0:
                return "FTE", days, fte.group(0)
    return None


def _without_conversion(texts: list[str]) -> list[str]:
    """The texts without the words stating a conversion (``7.5 hours per day`` says days
    and hours, but the plan's unit is the other one)."""
    return [_DAYS_AN_FTE.sub(" ", _HOURS_A_DAY.sub(" ", t)) for t in texts]


@dataclass
class ResourcePlan:
    """What a resource plan's columns are: role / person column -> candidate."""

    columns: dict[int, Candidate] = field(default_factory=dict)
    reason: str = ""
    #: why it is not adopted (a unit other than days, or none said), else None
    refused: str | None = None


def _texts(block: TableBlock) -> list[str]:
    return [block.sheet, *(t for _, _, t in block.preamble)] + [
        c.full for c in block.headers if c.full
    ]


def resource_plan(block: TableBlock, grid: Grid, month_cols: list[int]) -> ResourcePlan | None:
    """The table read as a resource plan (see the module's docstring), else None."""
    if len(month_cols) < 3:
        return None
    texts = _texts(block)
    said = " | ".join(texts)
    if not _EFFORT.search(said):
        return None
    if _MONEY.search(said) and (_unit(texts) != "FTE" or re.search(r"[£€$¥₹]", said)):
        # an FTE is never money: a headcount plan of a "Working Budget" version (Workday
        # Adaptive Planning) is effort (round 14)
        return None
    first_month = min(month_cols)
    columns: dict[int, Candidate] = {}
    for head in block.headers:
        if head.col >= first_month or not head.text:
            continue
        found = [c for c in candidates(head.text, "resources") if c.confidence >= CERTAIN]
        if not found or found[0].column_key not in ("role", "person"):
            continue
        key = found[0].column_key
        if any(c.column_key == key for c in columns.values()):
            continue
        values = [
            grid.value(r, head.col) for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        if not any(isinstance(v, str) and v.strip() != "" for v in values):
            continue
        columns[head.col] = Candidate(key, found[0].confidence, found[0].synonym)
    if not columns:
        return None
    reason = (
        "a resource plan: effort by "
        + " and ".join(sorted({c.column_key for c in columns.values()}, reverse=True))
        + f" over {len(month_cols)} period columns"
    )
    unit = _unit(_without_conversion(texts))
    conversion = stated_conversion(texts, _by_week(block, month_cols))
    if _AVAILABLE.search(said) and not _DEMAND.search(said):
        return ResourcePlan(
            columns,
            reason,
            refused="the figures are people's availability (capacity, days available), not the "
            "days the project plans on them: the standard Resources register holds the "
            "project's demand; keep availability in the EPMO's capacity workbook (pmo new "
            "--template capacity), or say 'plan' or 'allocation' in the title if these are "
            "the days planned",
        )
    if unit == "days":
        return ResourcePlan(columns, reason + ", in days")
    if conversion is not None and unit == conversion[0]:
        # round 14: the plan says how its FTE or hours are days
        return ResourcePlan(columns, reason + f", in {unit} read as days ({conversion[2]!r})")
    if _FINANCE_TOO.search(" | ".join([block.sheet, *(t for _, _, t in block.preamble)])):
        return None  # a "Forecast" sheet by resource, in no unit said: finance's, as before
    why = (
        f"the figures are {unit}, and the standard Resources register holds planned days; how "
        f"many days {'an FTE is in a month' if unit == 'FTE' else 'an hour is'} is the PMO's "
        "to say: convert the plan to days (or say 'days' in its title) and adopt again"
        if unit
        else "nothing says whether the figures are days, FTE or hours (the standard Resources "
        "register holds planned days): say 'days' in the title (e.g. 'Resource plan (days)') "
        "and adopt again"
    )
    return ResourcePlan(columns, reason, refused=why)


def _by_week(block: TableBlock, cols: list[int]) -> bool:
    """True when the period columns are weeks: labelled as weeks (``w/c 05/01/2026``) or
    dates a week apart or less."""
    from datetime import datetime
    from itertools import pairwise

    from addin.adopt.convert import week_date

    days: list[date] = []
    for col in cols:
        head = block.header_at(col)
        value = head.value if head is not None else None
        if isinstance(value, str) and week_date(value) is not None:
            return True
        if isinstance(value, datetime):
            days.append(value.date())
        elif isinstance(value, date):
            days.append(value)
    days.sort()
    return any(0 < (b - a).days <= 7 for a, b in pairwise(days))


def _unit(texts: list[str]) -> str | None:
    """``days``, ``FTE`` or ``hours`` when the texts say exactly one, else None."""
    found = {
        unit
        for unit, pattern in (("days", _DAYS), ("FTE", _FTE), ("hours", _HOURS))
        if any(pattern.search(t) for t in texts)
    }
    return found.pop() if len(found) == 1 else None


def unpivot_resources(
    block: TableBlock,
    grid: Grid,
    columns: dict[int, str],
    months: list[tuple[int, date]],
) -> RowsResult:
    """One Resources row per (role, person, month) with days planned; the weeks of one
    month add up. ``columns``: column -> ``role`` / ``person``; ``months``: column ->
    the month its period falls in."""
    result = RowsResult()
    merged: dict[tuple[str | None, str | None, date], dict[str, Any]] = {}
    sums = RunningSums()  # a person with the days of the one above is no total
    weeks = len({m for _, m in months}) < len(months)
    texts = _texts(block)
    conversion = stated_conversion(texts, weeks)
    unit = _unit(_without_conversion(texts))
    factor = conversion[1] if conversion is not None and unit == conversion[0] else 1.0
    if conversion is not None and factor != 1.0:
        result.notes.append(
            f"the figures are {unit}, turned into days as the plan states ({conversion[2]!r}): "
            + (
                f"each hour is 1/{1 / factor:g} of a day"
                if unit == "hours"
                else f"each FTE is {factor:g} days in a month"
            )
        )
    for row in range(block.first_data_row, block.last_data_row + 1):
        cells = grid.nonblank_cols(row, block.first_col, block.last_col)
        if not cells:
            continue
        fields = {
            key: cell_text(grid.value(row, col)).strip() or None for col, key in columns.items()
        }
        label = " ".join(v for v in fields.values() if v)
        present = {
            col: n for col, _ in months if (n := parse_number(grid.value(row, col))) is not None
        }
        first = cell_text(grid.value(row, cells[0]))
        # red team of round 14: a row naming a role and a person (every label column
        # filled, none a total word) is someone's plan, whatever its days add up to
        someone = len(fields) >= 2 and all(
            v is not None and not _TOTAL.match(v) for v in fields.values()
        )
        total = None if someone else sums.total_of(present)
        if _TOTAL.match(first) or total is not None:
            # round 14: a subtotal under each team and a grand total under them all
            result.skipped.append(RowIssue(row, "", total_reason(total or "subtotal"), value=label))
            continue
        if not label:
            result.skipped.append(
                RowIssue(row, "", "no role or person: days without anyone to plan", value=first)
            )
            continue
        sums.add(present)
        for col, month in months:
            value = grid.value(row, col)
            if is_blank(value):
                continue
            days = parse_number(value)
            if days is None:
                result.unconverted.append(
                    RowIssue(
                        row, f"{_letter(col)}{row}", "not a number of days", "", cell_text(value)
                    )
                )
                continue
            if days == 0:
                continue
            days = round(days * factor, 2)
            key = (fields.get("role"), fields.get("person"), month)
            if key not in merged:
                merged[key] = {**fields, "month": month, "planned_days": 0.0, "source_row": row}
            merged[key]["planned_days"] += days
    result.items = list(merged.values())
    result.raw_text = [{} for _ in result.items]
    if weeks:
        result.notes.append(
            "several period columns fall in one month (weeks): their days add up into that "
            "month (a week counts in the month its date falls in)"
        )
    return result


def _letter(col: int) -> str:
    from addin.cells import column_letter

    return column_letter(col)
