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
  read as they are; **FTE** and **hours** are turned into days by the plan's own statement
  (``1 FTE = 18 days``, round 14), else by the value readings ``fte_days`` and
  ``hours_per_day`` of the mapping file (round 15: by default an FTE is the month's
  weekdays and a day the hours the figures show, else 8; stated, and warned while they are
  the defaults); a plan whose unit nothing states is listed as not adopted with that
  reason, never read by a guess;
* a plan priced beside its days (``Day Rate (£)``, ``Total Fees (£)``; round 15) is still a
  plan when the money words stand only in those columns' headers and its unit is said
  elsewhere;
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
from addin.adopt.evidence import CONTENT, person_share
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.languages import translate
from addin.adopt.match import CERTAIN, Candidate, candidates, field_name_words
from addin.adopt.readings import current
from addin.adopt.report import RowIssue
from addin.adopt.rows import RowsResult, is_total_label
from addin.adopt.subtotals import RunningSums, indent_of, outline_children, total_reason
from addin.adopt.units import DAYS_A_WEEK, cells_unit, effort_value

#: Round 16: person-days as French, Spanish, Portuguese, Italian, German and Dutch plans
#: write their unit (``jours-homme``, ``j/h``, ``JH``, ``días-persona``, ``jornadas``,
#: ``giorni-uomo``, ``gg/uomo``, ``Personentage``, ``Manntage``, ``mandagen``).
_DAYS_WORLD = (
    r"jours?[\s-]?hommes?|hommes?[\s-]?jours?|jours?/hommes?|j[/.-]?h|"
    r"d[ií]as?[\s-](?:persona|hombre|homem|pessoa)s?|jornadas?|"
    r"giorn[oi][\s-]?uomo|gg[\s/.-]?uomo|personentage?n?|manntage?n?|"
    r"mandagen|persoonsdagen"
)
#: Words saying a table plans effort or people.
_EFFORT = re.compile(
    rf"\b(?:{_DAYS_WORLD}|"
    r"resources?|resourcing|effort|days?|man[\s-]?days?|person[\s-]?days?|mandays|fte|"
    r"capacity|allocation|allocations|staffing|headcount|hours?|demand|pd|md)\b"
    r"|[(\[]\s*(?:h|hrs?)\s*[)\]]",  # round 20: ``Total (h)``
    re.IGNORECASE,
)
#: Words saying a table is money (then it is finance, whatever else it says).
MONEY = re.compile(
    # a cost centre is where people sit, not money (round 14: Workday's "Cost Center")
    r"\b(?:cost(?!\s*cent(?:er|re)s?\b)|costs|budget|budgets|spend|spent|expenditure|rate|rates|price|invoice|"
    r"finance|financial)\b|[£€$¥₹]",
    re.IGNORECASE,
)


def says_money(text: str) -> bool:
    """True when ``text`` names money (a cost, a budget, spend, a rate, a currency sign):
    then a table is finance whatever else it says (:data:`MONEY`)."""
    return bool(MONEY.search(text))


#: Finance's own words (``synonyms.REGISTER_WORDS``) an effort plan uses too (``Resource
#: forecast (days)``): then only a plan that says its unit is days is a resource plan; else
#: the table stays finance's to read, as before round 13.
_FINANCE_TOO = re.compile(r"\b(?:forecast|forecasts|actuals)\b", re.IGNORECASE)
DAYS_UNIT = re.compile(
    rf"\b(?:{_DAYS_WORLD}|days?|man[\s-]?days?|person[\s-]?days?|mandays|pd|md)\b", re.IGNORECASE
)
FTE_UNIT = re.compile(r"\bfte\b", re.IGNORECASE)
#: A rate by the week (``Hours per week``, ``hrs/wk``, ``Weekly hours``, ``days p.w.``):
#: over months it is no month's effort (red team of round 15).
_PER_WEEK = re.compile(
    r"\b(?:per|a|each|every)\s+week\b|/\s*(?:wk|week)\b|\bp\.?\s?w\.?(?=\W|$)"
    r"|\bweekly\s+(?:hours|hrs|days|effort|allocation)\b",
    re.IGNORECASE,
)
#: Round 20: the unit's symbol in brackets after a header or title (``Total (h)``, ``Effort
#: [h]``, ``Planned (hrs)``), as Tempo, Jira and MS Project exports write it.
_HOURS_SYMBOL = r"[(\[]\s*(?:h|hrs?)\s*[)\]]"
HOURS_UNIT = re.compile(rf"\b(?:hours?|hrs?)\b|{_HOURS_SYMBOL}", re.IGNORECASE)
#: Words saying a table holds people's availability (the EPMO's capacity), not the effort a
#: project plans on them (its demand: the Resources register).
AVAILABLE = re.compile(r"\b(?:available|availability|capacity)\b", re.IGNORECASE)
#: Words saying days are planned on the work (``Resource plan``, ``Allocation``, ``Demand``).
_DEMAND = re.compile(
    r"\b(?:plan|planned|planning|allocat\w*|demand|assigned|assignments?|booked|bookings?|"
    r"forecast)\b",
    re.IGNORECASE,
)
#: Words saying a table holds people's days away (a leave or holiday planner), not days on
#: the work (red team of round 18); ``net of leave`` / ``excluding holidays`` say a plan.
ABSENCE = re.compile(
    r"\b(?:leave|holidays?|vacations?|absences?|time\s+off|pto|urlaub|abwesenheit\w*|"
    r"cong[ée]s|vacaciones|ausencias?|ferie|verlof|vakantie)\b",
    re.IGNORECASE,
)
NET_OF = re.compile(
    r"\b(?:net\s+of|excl\.?|excluding|less|after|minus|without|ohne|hors|sin)\s+"
    r"(?:\w+\s+)?(?:leave|holidays?|vacations?|absences?|pto|urlaub|cong[ée]s|vacaciones)\b",
    re.IGNORECASE,
)

#: A plan's own conversion to days, stated in its title or a header (round 14): hours a
#: day (``7.5 hours per day``, ``7.5h/day``, ``1 day = 8 hours``) and days an FTE is in a
#: month (``1 FTE = 20 days``, ``18 days per FTE``). The standards hold neither, so only a
#: plan that states its own is turned into days.
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_HOURS_A_DAY = re.compile(
    rf"{_NUMBER}\s*(?:h|hrs?|hours?)\s*(?:per|/|a|an|each)\s*(?:working\s+|work\s+)?day\b"
    rf"|\b(?:1|one)\s*(?:working\s+|work\s+)?day\s*=\s*{_NUMBER}\s*(?:h|hrs?|hours?)\b"
    # round 20: the equation either way round (``8 h = 1 day``)
    rf"|{_NUMBER}\s*(?:h|hrs?|hours?)\s*=\s*(?:1|one)\s*(?:working\s+|work\s+)?day\b",
    re.IGNORECASE,
)
_DAYS_AN_FTE = re.compile(
    rf"\b(?:1|one)\s*FTE\s*=\s*{_NUMBER}\s*(?:working\s+|work\s+)?days?\b"
    rf"|{_NUMBER}\s*(?:working\s+|work\s+)?days?\s*(?:per|/|an?|each)\s*FTE\b"
    rf"|{_NUMBER}\s*(?:working\s+|work\s+)?days?\s*=\s*(?:1|one)\s*FTE\b",  # round 20
    re.IGNORECASE,
)


#: Role synonyms that stand in for a role only where no column names one (round 15: a
#: pay grade; round 22: a resource's type).
_ROLE_STAND_INS = frozenset({"grade", "resource type"})

#: The synonym of a person column read by its values (round 18).
PEOPLE_BY_VALUES = "(values are person names)"


def person_by_values(
    block: TableBlock, grid: Grid, columns: dict[int, Candidate], first_month: int
) -> int | None:
    """Round 18: the column left of the periods whose values are people's names
    (``people.py``'s reading: ``Anna Schmidt``, ``Murphy, John``) under a header no word of
    the vocabularies reads (``Mitarbeiter/in``, ``Ressource``, ``Wer``): a plan's person
    column is known by whom it names, beside the role, team and period columns. Two names
    at least, and every filled row a name but one in five (a total row, ``Summe``,
    ``Gesamt``, ``Total``); a column another field already reads, or of one value on every
    row, is none. The leftmost such column; None when there is none."""
    for head in sorted(block.headers, key=lambda h: h.col):
        if head.col >= first_month or head.col in columns:
            continue
        if head.text and any(
            c.confidence >= CERTAIN and c.column_key != "person"
            for c in candidates(head.text, "resources")
        ):
            continue
        values = [
            v
            for r in range(block.first_data_row, block.last_data_row + 1)
            if not is_blank(v := grid.value(r, head.col)) and not is_total_label(cell_text(v))
        ]
        texts = {cell_text(v).strip().casefold() for v in values}
        if len(values) < 2 or len(texts) < 2 or not all(isinstance(v, str) for v in values):
            continue
        names = round(person_share(values) * len(values))
        # one value that is no name (a `Summe`, `Gesamt` row in the plan's language) is
        # the plan's total line, not a reason to doubt the others
        if names >= 2 and len(values) - names <= max(1, len(values) // 5):
            return head.col
    return None


#: The most days a week's FTE can be (round 24): a seven-day week's; a month's FTE is 18
#: days or more, so a statement of this many days or fewer can only be a week's.
WEEK_DAYS_AT_MOST = 7.0


def stated_conversion(texts: list[str], weeks: bool) -> tuple[str, float, str] | None:
    """(unit, days per unit, the words that say it) when the plan's texts state how its FTE
    or hours are days; None when they state none, or state an FTE's days for a plan by
    week (``1 FTE = 20 days`` is a month's).

    Round 24: an FTE stated as a WEEK's days (``1 FTE = 5 days``: no more days than a week
    has, :data:`WEEK_DAYS_AT_MOST`; no month has so few working days) is read for a plan
    by week, each week's FTE that many days; a plan by month still reads only a month's."""
    for text in texts:
        hours = _HOURS_A_DAY.search(text)
        if hours:
            said = next(g for g in hours.groups() if g)
            per_day = float(said.replace(",", "."))
            if per_day > 0:
                return "hours", 1 / per_day, hours.group(0)
        fte = _DAYS_AN_FTE.search(text)
        if fte:
            days = float(next(g for g in fte.groups() if g).replace(",", "."))
            if days > 0 and (not weeks or days <= WEEK_DAYS_AT_MOST):
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


def _sheet_words(block: TableBlock) -> str:
    """The table's sheet name as words: a CSV opened in Excel names its sheet after its file
    (``resource_plan_fte``, ``TeamAllocation``), whose words say what they would say spaced,
    as a field-name header's do (round 28)."""
    return field_name_words(block.sheet) or block.sheet


def _texts(block: TableBlock) -> list[str]:
    """The texts that say what a plan's figures are: its titles and headers; a header
    written as a field name (``total_hours``, ``totalHours``) says it as its words do: a
    header's shape is not its meaning (round 23), and so is a sheet named as a file (round
    28)."""
    texts = [_sheet_words(block), *(t for _, _, t in block.preamble)] + [
        field_name_words(c.full) or c.full for c in block.headers if c.full
    ]
    return texts + _units_translated(texts)


def _units_translated(texts: list[str]) -> list[str]:
    """Round 23: a unit of effort stated in the plan's language (Somali ``Halbeegga:
    maalmo``, unit: days) as its English words from the vocabulary (``languages.toml``'s
    ``days``). Only a reading that states a unit is added: a title's other words translated
    (a cost word) would say more than the plan's own language did."""
    found: list[str] = []
    for text in texts:
        english = translate(text)
        if english and any(p.search(english) for p in (DAYS_UNIT, FTE_UNIT, HOURS_UNIT)):
            if MONEY.search(english) and not MONEY.search(text):
                # round 39 (t48a): a title whose other words read as a cost word (French
                # ``Charge prévisionnelle 2026 (en jours)``: its ``prévisionnelle`` is a
                # budget's word) gives its unit only
                english = " ".join(
                    m.group(0)
                    for p in (DAYS_UNIT, FTE_UNIT, HOURS_UNIT)
                    for m in p.finditer(english)
                )
            found.append(english)
    return found


#: Round 31: the day rates a supplier's staffing plan names in its title (``Staffing plan and
#: day rates``, ``Resource plan - rate card``) price its people's days, as a ``Day rate``
#: column does: no money the plan itself counts.
RATES_TITLED = re.compile(
    r"\b(?:day|daily|hourly|hour|man[\s-]?day|person[\s-]?day)\s+rates?\b|\brate\s+cards?\b",
    re.IGNORECASE,
)


def _priced(
    block: TableBlock, grid: Grid, month_cols: list[int], units: list[str] | None = None
) -> set[int] | None:
    """The columns beside the periods that price the plan (``Day Rate (£)``, ``Total Fees
    (£)``: a consultancy's statement of work, a contractor's rate card), when the money
    words stand in those headers only and the plan's unit is said elsewhere (``Total Days``,
    the title): the periods are effort, priced beside it (round 15). None otherwise: money
    in the title, the sheet name or a period's label makes the table finance, as before;
    and a plan in days whose cells exceed a month's days (31, or a week's 7) is money."""
    periods = set(month_cols)
    # a header as a field name says what its words say (round 23: ``day_rate``)
    said = {c.col: field_name_words(c.full) or c.full for c in block.headers if c.full}
    money = {col for col, text in said.items() if col not in periods and MONEY.search(text)}
    titles = [block.sheet, *(t for _, _, t in block.preamble)]
    rest = titles + [text for col, text in said.items() if col not in money] + (units or [])
    if not money or MONEY.search(RATES_TITLED.sub(" ", " | ".join(rest))):
        return None
    unit = _unit(_without_conversion(rest))
    if unit is None:
        return None
    if unit == "days":
        most = 7 if _by_week(block, month_cols) else 31
        for r in range(block.first_data_row, block.last_data_row + 1):
            row = [parse_number(grid.value(r, c)) for c in month_cols]
            first = cell_text(grid.value(r, block.first_col))
            if not is_total_label(first) and any(n is not None and n > most for n in row):
                return None
    return money


#: The most of one person's time an FTE plan may give them in a period (red team of round
#: 15): over-allocations of 150 % happen; 10 FTE for one named person are days or hours.
_MOST_FTE = 2.0


def _over_one_person(
    block: TableBlock, grid: Grid, columns: dict[int, Candidate], month_cols: list[int]
) -> float:
    """The largest figure above :data:`_MOST_FTE` on a row naming a person, else 0."""
    people = [c for c, cand in columns.items() if cand.column_key == "person"]
    most = 0.0
    for r in range(block.first_data_row, block.last_data_row + 1):
        if not any(cell_text(grid.value(r, c)).strip() for c in people):
            continue
        if is_total_label(cell_text(grid.value(r, block.first_col))):
            continue
        for c in month_cols:
            n = parse_number(grid.value(r, c))
            if n is not None and n > _MOST_FTE:
                most = max(most, n)
    return most


def figure(value: object) -> float | None:
    """A plan's figure: a number, or effort written with its unit (``40h``, ``5d``,
    ``1.5 wks``: round 17) as its number (the unit is the plan's, :func:`cells_unit_of`)."""
    number = parse_number(value) if not isinstance(value, str | None) else None
    if isinstance(value, str):
        number = parse_number(value)
    if number is not None:
        return number
    read = effort_value(value)
    return read[0] if read else None


def effort_months(block: TableBlock, grid: Grid) -> list[int]:
    """Round 17: the period columns whose every filled cell is effort written with its
    unit (MS Project's Resource Usage view: ``40h`` under ``January 2026``), three or more,
    all in one unit; [] otherwise."""
    from addin.adopt.periods import month_label

    cols = [c.col for c in block.headers if month_label(c)]
    if len(cols) < 3 or _daily(block, cols):
        return []  # a timesheet's days (hours worked each day) are no plan
    return cols if cells_unit_of(block, grid, cols) else []


def _daily(block: TableBlock, cols: list[int]) -> bool:
    """True when two period columns are dates less than a week apart (days)."""
    from datetime import datetime
    from itertools import pairwise

    days = sorted(
        v.date() if isinstance(v, datetime) else v
        for c in cols
        if (h := block.header_at(c)) is not None and isinstance(v := h.value, date)
    )
    return any(0 < (b - a).days < 7 for a, b in pairwise(days))


def cells_unit_of(block: TableBlock, grid: Grid, cols: list[int]) -> str | None:
    """The unit every filled period cell states (``hours``, ``days``, ``weeks``), else None."""
    values: list[object] = [
        grid.value(r, c) for r in range(block.first_data_row, block.last_data_row + 1) for c in cols
    ]
    if not any(isinstance(v, str) and v.strip() for v in values):
        return None
    return cells_unit(values)


def resource_plan(block: TableBlock, grid: Grid, month_cols: list[int]) -> ResourcePlan | None:
    """The table read as a resource plan (see the module's docstring), else None."""
    if len(month_cols) < 3:
        return None
    units = units_row_texts(block, grid, month_cols)
    texts = _texts(block) + units
    said = " | ".join(texts)
    in_cells = cells_unit_of(block, grid, month_cols)  # round 17: ``40h`` says hours
    if (
        not _EFFORT.search(said)
        and in_cells in (None, "percent")
        and not _named_people_in_days(block, grid, month_cols)
    ):
        return None  # round 20: ``50%`` cells say a share, not that the share is effort
    priced = _priced(block, grid, month_cols, units) if MONEY.search(said) else None
    if priced:
        texts = [t for t in texts if not MONEY.search(t)]
    elif MONEY.search(said) and (_unit(texts) != "FTE" or re.search(r"[£€$¥₹]", said)):
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
        same = next((c for c, cand in columns.items() if cand.column_key == key), None)
        if same is not None and not (
            # round 15: a pay grade gives way to the role or post beside it (``Post |
            # Grade``, ``Grade | Job Title``): a grade is a band, not what the person does;
            # round 22: so does a resource's type (named or generic, employee or
            # contractor: Tempus's ``Resource Type``) beside a column naming the role
            columns[same].synonym in _ROLE_STAND_INS and found[0].synonym not in _ROLE_STAND_INS
        ):
            continue
        values = [
            grid.value(r, head.col) for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        if not any(isinstance(v, str) and v.strip() != "" for v in values):
            continue
        if same is not None:
            del columns[same]
        columns[head.col] = Candidate(key, found[0].confidence, found[0].synonym)
    if not any(c.column_key == "person" for c in columns.values()):
        person = person_by_values(block, grid, columns, first_month)  # round 18
        if person is not None:
            columns[person] = Candidate("person", CONTENT, PEOPLE_BY_VALUES)
    duty = _duty_column(block, grid, columns, first_month)
    if duty is not None:
        columns[duty] = Candidate("role", CONTENT, DUTY_AS_ROLE)
    if not columns:
        return None
    reason = (
        "a resource plan: effort by "
        + " and ".join(sorted({c.column_key for c in columns.values()}, reverse=True))
        + f" over {len(month_cols)} period columns"
    )
    unit = _unit(_without_conversion(texts))
    if unit is None and in_cells == "percent":
        # round 20: ``50%`` in every cell: percentages of a person's time, as round 15 reads
        # a plan whose title says so
        unit = "FTE"
        reason += ", the cells written as percentages of a person's time"
    if unit is None and in_cells is not None:
        unit = "days" if in_cells == "weeks" else in_cells
        reason += f", the cells stating their unit ({in_cells})"
    said_unit = unit
    if unit is None and _percent_of_time(block, month_cols):
        unit, said_unit = "FTE", "% of a person's time (FTE)"  # round 15
    conversion = stated_conversion(texts, _by_week(block, month_cols))
    if AVAILABLE.search(said) and not _DEMAND.search(said):
        return ResourcePlan(
            columns,
            reason,
            refused="the figures are people's availability (capacity, days available), not the "
            "days the project plans on them: the standard Resources register holds the "
            "project's demand; keep availability in the EPMO's capacity workbook (pmo new "
            "--template capacity), or say 'plan' or 'allocation' in the title if these are "
            "the days planned",
        )
    if ABSENCE.search(said) and not NET_OF.search(said):
        return ResourcePlan(
            columns,
            reason,
            refused="the figures are people's leave or days away (a leave or holiday planner), "
            "not the days the project plans on them: the standard Resources register holds "
            "the project's demand; say 'plan' or 'allocation' in the title and not 'leave' "
            "if these are the days planned",
        )
    if priced:
        reason += (
            ", priced in "
            + ", ".join(repr(c.full) for c in block.headers if c.col in priced)
            + " (left out)"
        )
    rate_texts = [block.sheet, *(t for _, _, t in block.preamble)] + [
        c.full for c in block.headers if c.col in month_cols and c.full
    ]
    if (
        unit in ("days", "hours")
        and not _by_week(block, month_cols)
        and any(_PER_WEEK.search(t) for t in rate_texts)
    ):
        # red team of round 15: 37.5 hours a week over January is some 22 days, not 5
        return ResourcePlan(
            columns,
            reason,
            refused=f"the figures are {unit} a week over periods longer than a week: a weekly "
            f"rate, not the period's {unit}; convert the plan to the days of each period and "
            "adopt again",
        )
    if unit == "days":
        return ResourcePlan(columns, reason + ", in days")
    if conversion is not None and unit == conversion[0]:
        # round 14: the plan says how its FTE or hours are days
        return ResourcePlan(columns, reason + f", in {unit} read as days ({conversion[2]!r})")
    if unit not in ("hours", "FTE") and _FINANCE_TOO.search(
        " | ".join([block.sheet, *(t for _, _, t in block.preamble)])
    ):
        # a "Forecast" sheet by resource, in no unit said: finance's, as before; round 24's
        # last hour: a forecast that says its figures are hours or FTE (``Workforce
        # forecast (hours)``, a staffing tool's export) is effort, whatever the tool: hours
        # and FTE are never money (money in the texts returned None above)
        return None
    weeks = _by_week(block, month_cols)
    # an FTE's days the plan states are a month's: by week they say nothing (round 14)
    stated_month = weeks and any(_DAYS_AN_FTE.search(t) for t in texts)
    if (
        unit == "FTE"
        and said_unit == "FTE"
        and (crowded := _over_one_person(block, grid, columns, month_cols))
    ):
        # red team of round 15: one person at 10 FTE is no FTE (days or hours, mislabelled)
        return ResourcePlan(
            columns,
            reason,
            refused=f"the figures are said to be FTE, but one person is planned at {crowded:g} "
            f"FTE (more than {_MOST_FTE:g} of a person's time): they look like days or hours; "
            "say the unit in the title (e.g. 'Resource plan (days)') and adopt again",
        )
    if unit == "hours" or (
        unit == "FTE" and not stated_month and (not weeks or current().fte_days == "weekdays")
    ):
        # round 15: read in days by the value readings the mapping file holds (stated,
        # warned while they are the defaults)
        return ResourcePlan(columns, reason + f", in {said_unit} read as days by the readings")
    if (
        unit is None
        and not weeks
        and not _HEADS.search(said)
        and not _OTHER_UNITS.search(said)
        # red team of round 20: a plan by role alone (Developer 4, Tester 2) counts heads as
        # readily as days; a person's row is what days are planned on
        and any(c.column_key == "person" for c in columns.values())
        and (most := _days_by_figures(block, grid, month_cols))
    ):
        # round 20: figures no unit names, but only days can be (Kantata's allocations)
        return ResourcePlan(
            columns,
            reason + f", in days as the figures show (whole or half, none above {most:g}, a "
            f"month's {_MOST_DAYS_A_MONTH} working days, some above {_MOST_FTE:g} FTE): say "
            "'hours' or 'FTE' in the title if they are not days",
        )
    why = (
        "the figures are FTE by week, and the plan (or the fte_days reading of the mapping "
        "file) gives an FTE's days in a month, not a week's: convert the plan to days (or set "
        'fte_days to "weekdays": an FTE is 5 days a week) and adopt again'
        if unit
        else "nothing says whether the figures are days, FTE or hours (the standard Resources "
        "register holds planned days): say 'days' in the title (e.g. 'Resource plan (days)') "
        "and adopt again"
    )
    return ResourcePlan(columns, reason, refused=why)


#: Words saying a plan counts people, not their days (``Headcount plan``, ``Number of
#: staff``, ``Heads``): its figures are people however small (round 20, read by no rule).
_HEADS = re.compile(
    r"\b(?:head\s*count|heads|number\s+of\s+(?:staff|people|resources)|no\.?\s+of\s+"
    r"(?:staff|people|resources)|staff\s+numbers)\b",
    re.IGNORECASE,
)


#: Units a plan's figures may count that are no time (red team of round 20): story points
#: and velocity (an agile team's capacity by sprint month: 13, 21, 8 fit days as well),
#: tickets, seats, licences. Read by no rule: such a plan is never days by its figures.
_OTHER_UNITS = re.compile(
    r"\b(?:story[\s-]*points?|points?|pts|velocity|tickets?|seats?|licen[cs]es?)\b",
    re.IGNORECASE,
)


#: The most working days a calendar month holds (23: a 31-day month starting on a
#: weekday); a figure above it in a month is no person's days (round 20).
_MOST_DAYS_A_MONTH = 23


#: Round 36 (t40b): the synonym a plan's duty column is read by as the role.
DUTY_AS_ROLE = "a person's duty in a resource plan (its language's one word for task and post)"


def _duty_column(
    block: TableBlock, grid: Grid, columns: dict[int, Candidate], first_month: int
) -> int | None:
    """Round 36 (t40b): a resource plan's column of what each person does, headed by its
    language's one word for a task and a post (Turkish ``Görev``, read ``task`` by the
    vocabulary), is the plan's role when the plan has a person column and no role column:
    a plan of people's days by month holds no task list, so the word names their duty. An
    English ``Task`` stays no role (not read through another language)."""
    keys = {c.column_key for c in columns.values()}
    if "role" in keys or "person" not in keys:
        return None
    for head in block.headers:
        if head.col >= first_month or head.col in columns or not head.text:
            continue
        if translate(head.text) != "task":
            continue
        values = [
            grid.value(r, head.col) for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        texts = [v for v in values if isinstance(v, str) and v.strip()]
        if texts and len(texts) >= len([v for v in values if not is_blank(v)]):
            return head.col
    return None


def _days_by_figures(block: TableBlock, grid: Grid, month_cols: list[int]) -> float:
    """The largest figure of a monthly plan whose unit nothing states when its figures can
    only be days (round 20), else 0: every figure a whole or half number, none above a
    month's working days (:data:`_MOST_DAYS_A_MONTH`), and one above :data:`_MOST_FTE` at
    least (one person at 5 FTE is no FTE). In hours, nobody would be planned more than three
    days a month; days are planned in whole and half days. A total row is left out."""
    figures = [
        n
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not is_total_label(cell_text(grid.value(r, block.first_col)))
        for c in month_cols
        if (n := figure(grid.value(r, c)))
    ]
    if not figures or any(n < 0 or n * 2 != int(n * 2) for n in figures):
        return 0.0
    most = max(figures)
    return most if _MOST_FTE < most <= _MOST_DAYS_A_MONTH else 0.0


def people_by_month(block: TableBlock, grid: Grid, month_cols: list[int]) -> bool:
    """Red team of round 37 (rt37): a block of people (or roles) by month whose figures can
    only be days (:func:`_days_by_figures`): its first column's header is read for certain
    as the person or the role (``Name``, ``Staff``, ``Role``) and every figure a whole or
    half number no larger than a month's working days. Such a block under ``PLAN`` /
    ``ACTUAL`` is a resource plan's, not a finance tracker's (``Name | Jan-26 | Feb-26``
    holding 10, 12, 8)."""
    head = next((h for h in block.headers if h.col == block.first_col), None)
    if head is None or not head.text or not month_cols:
        return False
    found = candidates(head.text, "resources")
    if not found or found[0].confidence < CERTAIN or found[0].column_key not in ("person", "role"):
        return False
    return _days_by_figures(block, grid, month_cols) > 0


def _named_people_in_days(block: TableBlock, grid: Grid, month_cols: list[int]) -> bool:
    """Round 28's last hour: a grid of named people and their roles by month whose figures
    can only be days (:func:`_days_by_figures`) plans those people's time even when no word
    says effort (a Numbers or CSV export under ``Table 1``): a role column read for certain
    and a column of people's names (its header read as the person for certain, or by its
    values) left of the periods, and nothing saying money. A grid of cost lines, of
    things, or of figures that can be no person's days is not."""
    if MONEY.search(" | ".join(_texts(block))) or not _days_by_figures(block, grid, month_cols):
        return False
    first = min(month_cols)
    read: dict[int, str] = {}
    for head in block.headers:
        if head.col >= first or not head.text:
            continue
        found = candidates(head.text, "resources")
        if found and found[0].confidence >= CERTAIN:
            read[head.col] = found[0].column_key
    if "role" not in read.values():
        return False
    people = [col for col, key in read.items() if key == "person"]
    named = [
        col
        for col in people
        if person_share(
            [grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)]
        )
        >= 0.8
    ]
    if not named:
        roles = {col: Candidate(key, CERTAIN, "") for col, key in read.items() if key == "role"}
        return person_by_values(block, grid, roles, first) is not None
    return True


def units_row_texts(block: TableBlock, grid: Grid, month_cols: list[int]) -> list[str]:
    """Round 34 (v36s): the unit a units row right under the header writes over the
    periods (``hours`` under each of ``Apr 2026 | May 2026``, an agency's staffing plan;
    detect reads such a row as the header's, no item, since round 26), as a title's
    ``(hours)`` says it: every filled cell of the row a unit of effort alone, one over a
    period column at least. A row of anything else (a first item, a currency's ``£k``)
    says nothing here."""
    row = max([block.header_row, *block.header_rows]) + 1
    if row > block.last_data_row:
        return []
    cols = grid.nonblank_cols(row, block.first_col, block.last_col)
    texts = [cell_text(grid.value(row, c)) for c in cols]
    if not cols or not set(cols) & set(month_cols):
        return []
    if not all(effort_unit_said(t.strip("()[] ")) for t in texts):
        return []
    return texts


def _unit_texts(block: TableBlock) -> list[str]:
    """The texts that say a plan's unit: its titles, and its headers but those pricing it
    (``Day Rate (£)`` says nothing of the figures' unit; round 15)."""
    said = [field_name_words(c.full) or c.full for c in block.headers if c.full]  # round 23
    texts = [_sheet_words(block), *(t for _, _, t in block.preamble)] + [
        t for t in said if not MONEY.search(t)
    ]
    return texts + _units_translated(texts)


#: The working days of the hours a plan may count in (round 15): 8 hours (the ILO's
#: working day, most countries), 7.5 (a 37.5-hour week: the UK, Ireland, New Zealand) and
#: 7 (a 35-hour week: France, some public services); round 20: 7.4 (a 37-hour week:
#: Denmark's collective agreements, the Netherlands' and Germany's public services).
_DAY_LENGTHS = (8.0, 7.5, 7.4, 7.0)
_DEFAULT_HOURS = 8.0


def hours_of_a_day(figures: list[float]) -> float | None:
    """The one day length of :data:`_DAY_LENGTHS` whose half days every figure is a whole
    number of (``37.5``, ``75``, ``112.5``: 7.5 hours), else None (``40`` and ``120`` fit 8
    and 7.5 alike; ``13`` fits none)."""
    filled = [abs(f) for f in figures if f]
    if not filled:
        return None
    fits = [
        length
        for length in _DAY_LENGTHS
        if all(abs(f / (length / 2) - round(f / (length / 2))) < 1e-6 for f in filled)
    ]
    return fits[0] if len(fits) == 1 else None


def weekdays_in(month: date) -> int:
    """Monday-to-Friday days of the month (no public holidays: the standards hold none)."""
    from calendar import monthrange

    days = monthrange(month.year, month.month)[1]
    return sum(1 for d in range(1, days + 1) if date(month.year, month.month, d).weekday() < 5)


def _by_readings(
    unit: str, figures: list[float], months: list[tuple[int, date]], weeks: bool
) -> tuple[float, dict[int, float], str, bool]:
    """(factor, per-column factor, the note, warned) turning a plan's hours or FTE into
    days by the value readings (round 15): ``hours_per_day`` and ``fte_days``."""
    readings = current()
    if unit == "hours":
        if readings.hours_per_day != "auto":
            per_day = float(readings.hours_per_day)
            return (
                1 / per_day,
                {},
                (
                    f"the figures are hours, turned into days at {per_day:g} hours a day (the "
                    "hours_per_day reading of the mapping file)"
                ),
                False,
            )
        shown = hours_of_a_day(figures)
        per_day = shown or _DEFAULT_HOURS
        why = (
            f"every figure is a whole number of half days of {per_day:g} hours"
            if shown
            else f"nothing states a day's hours and the figures show none, so {per_day:g}"
        )
        return (
            1 / per_day,
            {},
            (
                f"the figures are hours, turned into days at {per_day:g} hours a day ({why}); "
                "check it and set hours_per_day in the mapping file if the plan's day is another"
            ),
            True,
        )
    if readings.fte_days != "weekdays":
        days = float(readings.fte_days)
        return (
            days,
            {},
            (
                f"the figures are FTE, turned into days at {days:g} days an FTE in a month (the "
                "fte_days reading of the mapping file)"
            ),
            False,
        )
    per_column = {col: 5.0 if weeks else float(weekdays_in(month)) for col, month in months}
    example = ", ".join(
        dict.fromkeys(f"{month:%b %Y} {weekdays_in(month)}" for _, month in months[:2])
    )
    return (
        1.0,
        per_column,
        (
            "the figures are FTE, turned into days by the working days (Monday-Friday) of "
            + ("each week (5)" if weeks else f"each month ({example} ...)")
            + ", with no holidays or leave taken off; check it and set fte_days in the mapping "
            "file (e.g. 18) if an FTE plans fewer days"
        ),
        True,
    )


def _by_week(block: TableBlock, cols: list[int]) -> bool:
    """True when the period columns are weeks: labelled as weeks (``w/c 05/01/2026``) or
    dates a week apart or less."""
    from datetime import datetime
    from itertools import pairwise

    from addin.adopt.convert import week_date
    from addin.adopt.weeks import week_label

    days: list[date] = []
    for col in cols:
        head = block.header_at(col)
        value = head.value if head is not None else None
        if isinstance(value, str) and (week_date(value) or week_label(value)) is not None:
            return True  # round 20: ``Wk 15`` too
        if isinstance(value, datetime):
            days.append(value.date())
        elif isinstance(value, date):
            days.append(value)
    days.sort()
    return any(0 < (b - a).days <= 7 for a, b in pairwise(days))


def stated_effort_unit(block: TableBlock) -> str | None:
    """The unit of effort (``days``, ``FTE``, ``hours``) a table's title, sheet name or
    headers state, those pricing it aside (``Day rate (£)``), else None: a table so stated
    counts effort, whatever money word its title also writes (``Headcount budget (FTE)``;
    red team of round 22)."""
    return _unit(_unit_texts(block))


def effort_unit_said(text: str) -> bool:
    """True when a short text says a unit of effort (``days``, ``hrs``, ``FTE``) and
    nothing else: a units row's cell under a header (round 26, detect's units row)."""
    return _unit([text]) is not None and not re.search(r"\d", text)


def _unit(texts: list[str]) -> str | None:
    """``days``, ``FTE`` or ``hours`` when the texts say exactly one, else None."""
    found = {
        unit
        for unit, pattern in (("days", DAYS_UNIT), ("FTE", FTE_UNIT), ("hours", HOURS_UNIT))
        if any(pattern.search(t) for t in texts)
    }
    return found.pop() if len(found) == 1 else None


#: A plan's figures said to be percentages of a person's time (round 15).
_PERCENT = re.compile(r"%|\bper\s*cent(?:age)?\b|\bpct\b", re.IGNORECASE)


def _percent_of_time(block: TableBlock, periods: list[int]) -> bool:
    """True when the title, the sheet name or the periods' labels say the figures are
    percentages (``Resource allocation (%)``, ``Allocation %`` over the months: Microsoft
    Project's units, resource managers' allocations): then 100 % is one FTE (round 15). A
    ``% Complete`` column beside the periods says nothing of them."""
    texts = [_sheet_words(block), *(t for _, _, t in block.preamble)] + [
        c.full for c in block.headers if c.col in periods and c.full
    ]
    return any(_PERCENT.search(t) for t in texts)


@dataclass
class ResourceRows(RowsResult):
    """A resource plan's rows, and the notes the report warns with (round 15: a conversion
    the plan does not state)."""

    warnings: list[str] = field(default_factory=list)


def unpivot_resources(
    block: TableBlock,
    grid: Grid,
    columns: dict[int, str],
    months: list[tuple[int, date]],
) -> ResourceRows:
    """One Resources row per (role, person, month) with days planned; the weeks of one
    month add up. ``columns``: column -> ``role`` / ``person``; ``months``: column ->
    the month its period falls in."""
    result = ResourceRows()
    merged: dict[tuple[str | None, str | None, date], dict[str, Any]] = {}
    sums = RunningSums()  # a person with the days of the one above is no total
    weeks = len({m for _, m in months}) < len(months)
    texts = _unit_texts(block) + units_row_texts(block, grid, [c for c, _ in months])
    conversion = stated_conversion(texts, weeks)
    unit = _unit(_without_conversion(texts))
    in_cells = cells_unit_of(block, grid, [c for c, _ in months]) if unit is None else None
    signed = in_cells == "percent"  # round 20: ``50%`` in the cells: read as below
    if signed:
        in_cells = None
    if in_cells is not None:  # round 17: ``40h``, ``5d``, ``1.5 wks`` in the cells
        unit = "days" if in_cells == "weeks" else in_cells
        result.notes.append(
            f"the figures state their unit in each cell ({in_cells}"
            + (f": a week is {DAYS_A_WEEK:g} working days)" if in_cells == "weeks" else ")")
        )
    percent = unit is None and (signed or _percent_of_time(block, [c for c, _ in months]))
    if percent:
        unit = "FTE"
    factor = conversion[1] if conversion is not None and unit == conversion[0] else 1.0
    if in_cells == "weeks":
        factor = DAYS_A_WEEK
    per_column: dict[int, float] = {}
    if conversion is not None and factor != 1.0:
        result.notes.append(
            f"the figures are {unit}, turned into days as the plan states ({conversion[2]!r}): "
            + (
                f"each hour is 1/{1 / factor:g} of a day"
                if unit == "hours"
                else f"each FTE is {factor:g} days in a {'week' if weeks else 'month'}"
            )
        )
    elif unit in ("hours", "FTE"):
        # round 15: the plan states no conversion; the readings give one, stated
        figures = [
            n
            for row in range(block.first_data_row, block.last_data_row + 1)
            for col, _ in months
            if (n := figure(grid.value(row, col))) is not None
        ]
        factor, per_column, note, warned = _by_readings(unit, figures, months, weeks)
        if percent:
            # percentages of a person's time: 0.5 (a cell formatted 50 %) or 50 is half an FTE
            # (red team of round 15: a fraction below one says fractions, whatever else is
            # above 1.5: 160 % written 1.6 is an over-allocation, not 1.6 %)
            fractions = any(0 < abs(f) < 1 for f in figures)
            scale = 0.01 if not fractions and any(abs(f) > 1.5 for f in figures) else 1.0
            scale = 0.01 if signed else scale  # ``50%`` written with its sign is 50 hundredths
            factor *= scale
            per_column = {c: f * scale for c, f in per_column.items()}
            note = f"the figures are percentages of a person's time, read as FTE (100% = 1 FTE); {note}"
        result.notes.append(note)
        if warned:
            result.warnings.append(note)
    parts = _assignments(block, grid, columns, months)
    # round 17: MS Project's usage views write one row per detail (``Work``, ``Act. Work``,
    # ``Cost``) under a ``Details`` column: only the planned work is the plan
    details = next((h.col for h in block.headers if h.text.strip().casefold() == "details"), None)
    measures = _measure_rows(block, grid, columns, {c for c, _ in months})
    for row in range(block.first_data_row, block.last_data_row + 1):
        cells = grid.nonblank_cols(row, block.first_col, block.last_col)
        if not cells:
            continue
        first = cell_text(grid.value(row, min(columns)))
        if measures.get(row, ("budget", ""))[0] != "budget":
            why = (
                f"a row of {measures[row][1]!r} effort beside the planned rows: only the "
                "planned effort is the plan, so it is not added to it"
            )
            result.skipped.append(RowIssue(row, "", why, value=first))
            continue
        detail = cell_text(grid.value(row, details)).strip() if details else ""
        if detail and detail.casefold() not in ("work", "planned work"):
            why = f"a detail row {detail!r} of a usage view: only the planned 'Work' is the plan"
            result.skipped.append(RowIssue(row, "", why, value=first))
            continue
        if row in parts:  # round 17: an assignment under its resource, whose row holds it
            summary = cell_text(grid.value(parts[row], min(columns)))
            why = (
                f"an assignment under {summary!r} (row {parts[row]}): its effort is in that "
                "row's total, so it is not counted again"
            )
            result.skipped.append(RowIssue(row, "", why, value=first))
            continue
        fields = {
            key: cell_text(grid.value(row, col)).strip() or None for col, key in columns.items()
        }
        label = " ".join(v for v in fields.values() if v)
        present = {col: n for col, _ in months if (n := figure(grid.value(row, col))) is not None}
        first = cell_text(grid.value(row, cells[0]))
        # red team of round 14: a row naming a role and a person (every label column
        # filled, none a total word) is someone's plan, whatever its days add up to
        someone = len(fields) >= 2 and all(
            v is not None and not is_total_label(v) for v in fields.values()
        )
        total = None if someone else sums.total_of(present)
        if is_total_label(first) or total is not None:
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
            days = figure(value)
            if days is None:
                result.unconverted.append(
                    RowIssue(
                        row, f"{_letter(col)}{row}", "not a number of days", "", cell_text(value)
                    )
                )
                continue
            if days == 0:
                continue
            days = round(days * per_column.get(col, factor), 2)
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


#: rt33: one-letter measure marks a plan's rows cycle through (``P`` / ``A``, ``B`` / ``A``
#: / ``F``), read only where every row of the column holds one and two measures show.
_ROW_INITIALS = {"p": "budget", "b": "budget", "a": "actual", "f": "forecast"}


def _measure_rows(
    block: TableBlock, grid: Grid, columns: dict[int, str], periods: set[int]
) -> dict[int, tuple[str, str]]:
    """Red team of round 32's code (rt33): row -> (measure, its cell) when a column
    beside the people (``Type``, ``Measure``) writes each row's measure (``Plan`` /
    ``Actual``, or ``P`` / ``A``): a plan keeping its planned and its actual hours on rows
    of their own. Before, both rows were added into the planned days (the hours counted
    twice). Empty when no column holds a measure on every filled row, two or more of
    them and a planned one among them, or when a row of another measure names someone
    with no planned row (a grade ``A`` / ``B`` given once per person is no measure)."""
    from addin.adopt.finance import measure_word

    rows = range(block.first_data_row, block.last_data_row + 1)

    def who(row: int) -> tuple[str, ...]:
        return tuple(cell_text(grid.value(row, c)).strip().casefold() for c in sorted(columns))

    for head in block.headers:
        if head.col in columns or head.col in periods:
            continue
        found: dict[int, tuple[str, str]] = {}
        for row in rows:
            text = cell_text(grid.value(row, head.col)).strip()
            if not text:
                continue
            measure = measure_word(text) or _ROW_INITIALS.get(text.rstrip(".").casefold())
            if measure is None:
                found = {}
                break
            found[row] = (measure, text)
        measures = {m for m, _ in found.values()}
        if len(found) < 2 or len(measures) < 2 or "budget" not in measures:
            continue
        planned = {who(r) for r, (m, _) in found.items() if m == "budget"}
        others = [r for r, (m, _) in found.items() if m != "budget"]
        if any(len(t.rstrip(".")) == 1 for _, t in found.values()) and (
            len(others) < 2 or 2 * len({who(r) for r in others}) < len(planned)
        ):
            # rt33b: a letter is a measure only when the plan pairs most people's rows
            # so: a staff list's ``Type`` of ``P`` / ``A`` (permanent, agency) with one
            # ``TBC`` developer on each gave the agency one's plan as actuals, dropped
            continue
        if all(who(r) in planned for r in others):
            return found
    return {}


_OUTLINE_LEVEL = re.compile(r"^(?:outline\s*level|level|wbs\s*level|indent(?:ation)?)$", re.I)


def _assignments(
    block: TableBlock, grid: Grid, columns: dict[int, str], months: list[tuple[int, date]]
) -> dict[int, int]:
    """Round 17: the rows of a tool's outline that are assignments under a resource row
    (indented under it, or deeper by an ``Outline Level`` column) whose figures add up to
    that row's: row -> the resource's row (:func:`outline_children`)."""
    if not columns:
        return {}
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]
    level_col = next((h.col for h in block.headers if _OUTLINE_LEVEL.match(h.text.strip())), None)
    levels: dict[int, int] = {}
    for r in rows:
        if level_col is not None:
            number = parse_number(grid.value(r, level_col))
            levels[r] = int(number) if number is not None else 0
        else:
            levels[r] = indent_of(grid.value(r, min(columns)))
    if len(set(levels.values())) < 2:
        return {}
    figures = {
        r: {c: n for c, _ in months if (n := figure(grid.value(r, c))) is not None} for r in rows
    }
    return outline_children(rows, levels, figures)


def _letter(col: int) -> str:
    from addin.cells import column_letter

    return column_letter(col)


#: Round 23 (its last hour): the unit symbol of days in brackets after a header (``Allocated
#: (d)``, ``Booked [d]``), as Ganttic and other schedulers write it (``(h)``'s twin).
_DAYS_SYMBOL = re.compile(r"[(\[]\s*d\s*[)\]]", re.IGNORECASE)
#: Words saying a column's days are spent or worked (a timesheet's), not planned.
WORKED = re.compile(
    r"\b(?:worked|spent|logged|actuals?|booked\s+time|timesheets?|recorded)\b", re.IGNORECASE
)


def _says_days(text: str) -> bool:
    return bool(DAYS_UNIT.search(text) or _DAYS_SYMBOL.search(text))


def month_of_cell(value: object) -> date | None:
    """A cell holding a month and no day: ``Apr 2026``, ``2026-04``, ``04/2026``, or a date
    cell on the month's first day; a day's date (``03/04/2026``) is none (a timesheet's)."""
    from datetime import datetime

    from addin.adopt.dates import month_period

    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value if value.day == 1 else None
    if isinstance(value, str) and (found := month_period(value)) is not None:
        return date(found[0], found[1], 1)
    return None


def long_resource_plan(block: TableBlock, grid: Grid) -> ResourcePlan | None:
    """Round 23 (its last hour): a long-format export of effort is a resource plan whatever
    the tool: one row per person (or role) and month, a column whose every value is a month
    (``Apr 2026``, a date on the 1st), and a number column whose header says days and that
    they are planned (``Allocated (d)``, ``Planned days``, ``Booked days``): the standard
    Resources register's own shape (Role, Person, Month, Planned Days). A column of days
    available (capacity), worked or spent (a timesheet), or of leave (a holiday list) is no
    plan; days on dates that are not months' (a timesheet's days) are none; a table that
    names money is finance's. The other columns are reported left out."""
    # round 39 (t49a): a totals row under the plan (``Total PD`` in the month column, the
    # sum beside it) is no person's month: left out, as the wide plan's total row is
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not any(
            isinstance(v := grid.value(r, c.col), str) and is_total_label(v) for c in block.headers
        )
    ]
    texts = [block.sheet, *(t for _, _, t in block.preamble)]
    if any(MONEY.search(t) for t in texts):
        return None
    # round 39 (t49a): money named in a column's header only (an outsourcer's loading's
    # ``Rate (INR/PD)`` beside ``Planned Effort (PD)``) prices the plan, as the wide plan's
    # ``Day Rate (£)`` does (round 15): checked by the same rule once the days are found
    money_cols = {
        c.col for c in block.headers if c.full and MONEY.search(field_name_words(c.full) or c.full)
    }
    if any(ABSENCE.search(t) and not NET_OF.search(t) for t in texts):
        return None
    columns: dict[int, Candidate] = {}
    month_col: int | None = None
    days_cols: list[int] = []
    not_planned: list[int] = []  # days available, worked or of leave: listed, not read
    for head in block.headers:
        values = [v for r in rows if not is_blank(v := grid.value(r, head.col))]
        if len(values) < 2 or head.col in money_cols:
            continue
        said = _said_of(block, head.col)
        months = {month_of_cell(v) for v in values}
        if month_col is None and None not in months and len(months) >= 2:
            month_col = head.col  # two months at least, every value a month
            continue
        if _says_days(said) and all(figure(v) is not None for v in values):
            if not (AVAILABLE.search(said) or WORKED.search(said) or ABSENCE.search(said)):
                days_cols.append(head.col)
            else:
                not_planned.append(head.col)
            continue
        found = [c for c in candidates(head.text, "resources") if c.confidence >= CERTAIN]
        if found and found[0].column_key in ("role", "person") and head.text:
            key = found[0].column_key
            taken = {c.column_key for c in columns.values()}
            if key not in taken and all(isinstance(v, str) for v in values):
                columns[head.col] = Candidate(key, found[0].confidence, found[0].synonym)
    if month_col is None or not columns:
        return None
    planned = [c for c in days_cols if _DEMAND.search(_said_of(block, c))]
    if len(days_cols) != 1 and len(planned) != 1:
        return None  # no days column, or several with none said to be the plan's
    days_col = planned[0] if planned else days_cols[0]
    if money_cols and _priced(block, grid, [days_col]) is None:
        return None  # money said beyond the pricing columns, or no unit said: finance's
    if money_cols and _figures_beside(block, grid, rows, {month_col, days_col, *money_cols}):
        return None  # days x rate = an amount billed (a T&M tracker): finance's
    columns[month_col] = Candidate("month", CONTENT, "(values are months)")
    columns[days_col] = Candidate("planned_days", CONTENT, "(days planned)")
    others = [
        repr(_full_of(block, c))
        for c in [*days_cols, *not_planned]
        if c != days_col and c not in columns
    ]
    return ResourcePlan(
        columns,
        "a resource plan in long format: one row per "
        + " and ".join(sorted({c.column_key for c in columns.values()} & {"role", "person"}))
        + f" and month, the days planned in {_full_of(block, days_col)!r}"
        + (
            f"; {', '.join(others)} left out (days available, worked, of leave, or not "
            "said to be planned: not the plan)"
            if others
            else ""
        )
        + (
            ", priced in "
            + ", ".join(repr(_full_of(block, c)) for c in sorted(money_cols))
            + " (left out: money, not effort)"
            if money_cols
            else ""
        ),
    )


def _figures_beside(block: TableBlock, grid: Grid, rows: list[int], known: set[int]) -> bool:
    """Round 39 (t49a): whether a column of figures other than ``known`` (the month, the days,
    the rate) and a row's serial number (1, 2, 3 ...) stands in a long plan priced beside its
    days: the amount each row bills (``Amount (KES)``, ``Fee ex VAT``), a T&M tracker's."""
    for head in block.headers:
        if head.col in known:
            continue
        values = [v for r in rows if not is_blank(v := grid.value(r, head.col))]
        numbers = [figure(v) for v in values]
        if not values or any(n is None for n in numbers):
            continue
        if numbers == [float(i) for i in range(1, len(numbers) + 1)]:
            continue  # a serial number
        return True
    return False


def _full_of(block: TableBlock, col: int) -> str:
    head = block.header_at(col)
    return "" if head is None else field_name_words(head.full) or head.full


def _said_of(block: TableBlock, col: int) -> str:
    """What a long plan's header says, as written and in English words: a header of another
    language read through ``languages.toml`` (Hindi ``नियोजित दिवस`` = planned days, ``वास्तविक
    दिवस`` = actual days: round 41, t52a; a Dutch Planview export's ``Toegewezen (dagen)`` =
    days allocated: t52d), so its unit and whether it is planned or worked are read as an
    English header's are."""
    head = block.header_at(col)
    return "" if head is None else _said_in_english(head.full)


def _said_in_english(full: str) -> str:
    """A long plan's header as written and as the vocabulary reads it in English (round 41,
    t52d): a Dutch Planview export's ``Toegewezen (dagen)`` says days allocated, its
    ``Beschikbaar (dagen)`` days available, as ``Allocated (days)`` and ``Available (days)``
    do."""
    said = field_name_words(full) or full or ""
    english = translate(said)
    return said if english is None or english == said else f"{said} {english}"
