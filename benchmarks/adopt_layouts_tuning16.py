"""Round 29's multi-register workbooks (``TUNING_16_A`` tuned on, ``TUNING_16_B`` kept untouched).

Written in round 29 (task mt29, docs/adopt.md "Round 29: workbooks that hold several
registers and trackers") by an engineer who tunes. A PM's one workbook often holds several
registers: RAID tabs (risks, issues, actions, decisions, assumptions, dependencies, lessons,
change requests), a summary or dashboard sheet of counts, a project details sheet of
label / value pairs, two registers on one sheet one under the other (each with its own
heading and header), a register and its closed items on another sheet, a finance tab beside
a milestone tab, sheets named in abbreviations (``R``, ``Deps``, ``Decs``, ``Assmp``) or by
number (``Sheet1``, ``Tab 3``), and registers whose kind only their header says.

Truth: every table of a standard register (SPEC: risks, assumptions, issues, dependencies,
decisions, milestones, finance) is a truth table; actions, lessons and change requests are
not the standard's registers, so they have no truth table, and taking one as a register
shows in that register's item count. A summary sheet's counts are no register. The project
details' name, manager and sponsor are project facts. A register split over an open and a
closed sheet counts its items in sheet order. Sectors and countries: a UK hospital wing, an
Australian rail siding, a Kenyan water scheme, a Canadian arena, an Indian metro depot, a
New Zealand school rebuild, a Scottish distillery, a Brazilian airport; a German wind farm's English workbook, a South African
clinic, an Irish greenway, a US county library, a Singapore data centre, a Chilean port, a Welsh quarry.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import Built, Layout, Targets, TruthTable, ValueFact, _months, _save, _sheet
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

PEOPLE = [
    "Aisha Bello",
    "Connor Walsh",
    "Priya Natarajan",
    "Liam O'Brien",
    "Mei Tan",
    "Jonas Weber",
    "Thandi Mokoena",
    "Diego Fuentes",
]

TITLES: dict[str, list[str]] = {
    "risks": [
        "Steel price rise before the frame is ordered",
        "Ground conditions worse than the survey showed",
        "Commissioning engineer unavailable in March",
        "Planning condition delays the enabling works",
        "Main contractor cash-flow trouble",
        "Utility connection later than promised",
        "Design change from the clinical users",
    ],
    "issues": [
        "Crane base failed its load test",
        "Fire strategy not approved by building control",
        "Access road closed by the council",
        "Pump delivered with the wrong flange",
        "Site office flooded after the storm",
        "Security vetting backlog for contractors",
    ],
    "assumptions": [
        "Funding released at the gateway review",
        "Existing sewer has spare capacity",
        "Operator staff trained in-house",
        "No archaeology under the car park",
        "Current licences cover the pilot",
    ],
    "dependencies": [
        "Network provider installs the fibre link",
        "Regulator approves the abstraction licence",
        "Landlord grants roof access",
        "Utility energises the substation",
        "Vendor ships the production licences",
    ],
    "decisions": [
        "Use precast stairs instead of in-situ",
        "Defer the landscaping to phase two",
        "Appoint a second commissioning contractor",
        "Move go-live to the Easter weekend",
        "Keep the legacy boiler as standby",
    ],
    "milestones": [
        "Enabling works complete",
        "Frame topped out",
        "Building watertight",
        "Services commissioned",
        "Handover to operator",
        "Defects period ends",
    ],
    "actions": [
        "Send revised programme to the client",
        "Book the fire officer's site visit",
        "Chase the signed variation order",
        "Update the stakeholder map",
        "Circulate minutes of the design review",
    ],
    "lessons": [
        "Order long-lead items before tender award",
        "Agree the test plan with the operator early",
        "Keep one owner per interface",
        "Survey utilities before the site set-up",
    ],
    "changes": [
        "Add a second lift to the east core",
        "Upgrade the chillers to low-GWP refrigerant",
        "Extend the car park by forty spaces",
        "Change the cladding supplier",
    ],
}

COST_LINES = ["Construction", "Design fees", "Equipment", "Contingency"]


@dataclass(frozen=True)
class Reg:
    """One register table to write: its kind, its header words and the order of its fields."""

    kind: str  # a standard register, or actions / lessons / changes (no truth)
    header: tuple[tuple[str, str | None], ...]  # (header text, role)
    prefix: str = ""  # the id's prefix
    heading: str | None = None  # a heading row above the header
    status: str = "Open"


#: role -> the standard column per register (the role's own name when absent)
ROLE: dict[str, dict[str, str]] = {
    "title": {"assumptions": "assumption", "decisions": "decision", "milestones": "milestone"},
    "due": {"dependencies": "need_by", "assumptions": "validate_by", "decisions": "date"},
    "who": {"decisions": "made_by"},
}
STANDARD = {"risks", "issues", "assumptions", "dependencies", "decisions", "milestones"}


def _target(kind: str, role: str | None) -> str | None:
    if role is None:
        return None
    if role == "due":
        return ROLE["due"].get(kind, "due_date")
    if role == "who":
        return ROLE["who"].get(kind, "owner")
    return ROLE.get(role, {}).get(kind, role)


class Book:
    """A workbook being written, with its truth."""

    def __init__(self, rng: random.Random, text_dates: bool = False) -> None:
        self.wb = openpyxl.Workbook()
        self.rng = rng
        self.text_dates = text_dates
        self.tables: list[TruthTable] = []
        self.values: list[ValueFact] = []
        self.index: dict[str, int] = {}
        self.used: dict[str, list[str]] = {k: rng.sample(v, len(v)) for k, v in TITLES.items()}
        self.first = True

    def sheet(self, name: str) -> Worksheet:
        if self.first:
            self.first = False
            return _sheet(self.wb, name)
        return self.wb.create_sheet(name)

    def details(self, ws: Worksheet, top: int, name: str, pm: str, sponsor: str) -> int:
        """A project details block of label / value pairs; the next free row."""
        pairs = [
            ("Project name", name),
            ("Project manager", pm),
            ("Sponsor", sponsor),
            ("Start date", datetime(2026, 1, 12)),
        ]
        for r, (label, value) in enumerate(pairs):
            ws.cell(top + r, 1, label)
            ws.cell(top + r, 2, value)
        self.values += [
            ValueFact("project", 0, "project_name", name),
            ValueFact("project", 0, "project_manager", pm),
        ]
        return top + len(pairs) + 1

    def summary(self, ws: Worksheet, top: int, counts: dict[str, int]) -> None:
        """A dashboard of counts per register (no register itself)."""
        ws.cell(top, 1, "Register")
        ws.cell(top, 2, "Open")
        ws.cell(top, 3, "Closed")
        for r, (label, n) in enumerate(counts.items()):
            ws.cell(top + 1 + r, 1, label)
            ws.cell(top + 1 + r, 2, n)
            ws.cell(top + 1 + r, 3, self.rng.randint(0, 3))

    def _date(self, d: date) -> object:
        if self.text_dates:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return datetime.combine(d, datetime.min.time())

    def register(self, ws: Worksheet, top: int, spec: Reg, n: int, status: str = "") -> int:
        """Write ``spec``'s table of ``n`` items from row ``top``; the next free row."""
        rng = self.rng
        if spec.heading:
            ws.cell(top, 1, spec.heading)
            top += 1
        header_row = top
        for c, (text, _) in enumerate(spec.header, start=1):
            ws.cell(header_row, c, text)
        kind = spec.kind
        days = sorted(date(2026, 2, 2) + timedelta(days=rng.randrange(150)) for _ in range(n))
        if not any(d.day > 12 for d in days):
            days[-1] = days[-1].replace(day=21)
        for i in range(n):
            row = header_row + 1 + i
            k = self.index.get(kind, 0)
            self.index[kind] = k + 1
            pool = self.used[kind]
            title = pool[k % len(pool)]
            who = rng.choice(PEOPLE)
            due = days[i]
            for c, (_, role) in enumerate(spec.header, start=1):
                value: object = None
                if role == "id":
                    value = f"{spec.prefix}{k + 1:03d}"
                elif role == "title":
                    value = title
                elif role == "who":
                    value = who
                elif role == "due":
                    value = self._date(due)
                elif role in ("probability", "impact"):
                    value = rng.randint(1, 5)
                elif role == "priority":
                    value = rng.choice(["High", "Medium", "Low"])
                elif role == "status":
                    value = status or spec.status
                elif role == "rationale":
                    value = "Agreed at the steering group"
                elif role == "baseline_date":
                    value = self._date(due)
                elif role == "forecast_date":
                    value = self._date(due + timedelta(days=rng.choice([0, 7, 14])))
                elif role is None:
                    value = rng.choice(["Site", "Design", "Commercial"])
                if value is not None:
                    ws.cell(row, c, value)
                if kind in STANDARD and role in ("title", "who", "due", "probability", "impact"):
                    target = _target(kind, role)
                    assert target is not None
                    expected = value if not isinstance(value, datetime) else value.date()
                    if isinstance(value, str) and role == "due":
                        expected = due
                    if isinstance(value, int):
                        expected = float(value)
                    self.values.append(ValueFact(kind, k, target, expected))
                if kind == "milestones" and role in ("baseline_date", "forecast_date"):
                    d = value.date() if isinstance(value, datetime) else None
                    if d is not None:
                        self.values.append(ValueFact(kind, k, role, d))
        if kind in STANDARD:
            targets: Targets = {
                get_column_letter(c): _target(kind, role)
                for c, (_, role) in enumerate(spec.header, start=1)
            }
            self.tables.append(TruthTable(ws.title, header_row, kind, targets, {kind: n}))
        return header_row + n + 2

    def finance(self, ws: Worksheet, top: int, months: int = 3) -> None:
        """A long finance table: month, cost line, budget, actual."""
        ws.cell(top, 1, "Month")
        ws.cell(top, 2, "Cost line")
        ws.cell(top, 3, "Budget")
        ws.cell(top, 4, "Actual")
        r = top + 1
        for month in _months(date(2026, 1, 1), months):
            for line in COST_LINES[:3]:
                budget = self.rng.randrange(20, 90) * 1000
                actual = budget + self.rng.randrange(-8, 9) * 500
                ws.cell(r, 1, datetime.combine(month, datetime.min.time()))
                ws.cell(r, 1).number_format = "mmm-yy"
                ws.cell(r, 2, line)
                ws.cell(r, 3, budget)
                ws.cell(r, 4, actual)
                self.values += [
                    ValueFact("finance", (month, line), "budget", float(budget)),
                    ValueFact("finance", (month, line), "actual", float(actual)),
                ]
                r += 1
        targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
        self.tables.append(TruthTable(ws.title, top, "finance", targets, {"finance": months * 3}))

    def done(self, folder: Path, name: str) -> Built:
        return Built(_save(self.wb, folder, name), self.tables, self.values)


# the registers' usual headers (a PMO template's words)
RISKS = Reg(
    "risks",
    (
        ("Risk ID", "id"),
        ("Risk description", "title"),
        ("Owner", "who"),
        ("Probability (1-5)", "probability"),
        ("Impact (1-5)", "impact"),
        ("Status", "status"),
        ("Target date", "due"),
    ),
    "R-",
)
ISSUES = Reg(
    "issues",
    (
        ("Issue ID", "id"),
        ("Issue", "title"),
        ("Owner", "who"),
        ("Priority", "priority"),
        ("Status", "status"),
        ("Target resolution date", "due"),
    ),
    "I-",
)
ASSUMPTIONS = Reg(
    "assumptions",
    (
        ("Ref", "id"),
        ("Assumption", "title"),
        ("Owner", "who"),
        ("Validate by", "due"),
        ("Status", "status"),
    ),
    "A-",
)
DEPENDENCIES = Reg(
    "dependencies",
    (
        ("Ref", "id"),
        ("Dependency", "title"),
        ("Owner", "who"),
        ("Need by", "due"),
        ("Status", "status"),
    ),
    "D-",
)
DECISIONS = Reg(
    "decisions",
    (
        ("Ref", "id"),
        ("Decision", "title"),
        ("Decided by", "who"),
        ("Date", "due"),
        ("Rationale", "rationale"),
    ),
    "DEC-",
)
ACTIONS = Reg(
    "actions",
    (
        ("Action ID", "id"),
        ("Action", "title"),
        ("Action owner", "who"),
        ("Due date", "due"),
        ("Status", "status"),
    ),
    "ACT-",
)
LESSONS = Reg(
    "lessons",
    (
        ("Ref", "id"),
        ("Lesson learned", "title"),
        ("Raised by", "who"),
        ("Date", "due"),
        ("Category", None),
    ),
    "LL-",
)
CHANGES = Reg(
    "changes",
    (
        ("CR No.", "id"),
        ("Change description", "title"),
        ("Requested by", "who"),
        ("Date raised", "due"),
        ("Status", "status"),
    ),
    "CR-",
)
MILESTONES = Reg(
    "milestones",
    (
        ("Milestone", "title"),
        ("Owner", "who"),
        ("Baseline date", "baseline_date"),
        ("Forecast date", "forecast_date"),
        ("Status", "status"),
    ),
    status="On track",
)


def _generic(kind: str, prefix: str) -> Reg:
    """A register whose header says no kind (``Ref``, ``Description``, ``Owner``, ``Due``,
    ``Status``): only its items' ids say which register it is."""
    head: tuple[tuple[str, str | None], ...] = (
        ("Ref", "id"),
        ("Description", "title"),
        ("Owner", "who"),
        ("Due", "due"),
        ("Status", "status"),
    )
    return Reg(kind, head, prefix)


ACTIONS_PRIORITY = Reg(
    "actions",
    (
        ("Ref", "id"),
        ("Description", "title"),
        ("Owner", "who"),
        ("Priority", "priority"),
        ("Due date", "due"),
        ("Status", "status"),
    ),
    "ACT-",
)
CHANGES_IMPACT = Reg(
    "changes",
    (
        ("Change ID", "id"),
        ("Description", "title"),
        ("Raised by", "who"),
        ("Priority", "priority"),
        ("Impact", "impact"),
        ("Status", "status"),
    ),
    "CR-",
)


def _heading(spec: Reg, text: str) -> Reg:
    return Reg(spec.kind, spec.header, spec.prefix, text, spec.status)


# ---------------------------------------------------------------------------------------
# The tuned half
# ---------------------------------------------------------------------------------------


def raid_tabs_hospital(folder: Path, rng: random.Random) -> Built:
    """A UK hospital wing's RAID workbook: Summary, Risks, Issues, Actions, Decisions,
    Assumptions, Dependencies tabs, one register each."""
    b = Book(rng)
    summary = b.sheet("Summary")
    summary["A1"] = "St Brigid's Hospital - East Wing - RAID summary"
    b.details(summary, 3, "St Brigid's East Wing", "Aisha Bello", "Dr Helen Marsh")
    n = {k: rng.randint(4, 5) for k in ("R", "I", "A", "Dc", "As", "Dp")}
    b.summary(
        summary, 9, {"Risks": n["R"], "Issues": n["I"], "Actions": n["A"], "Decisions": n["Dc"]}
    )
    b.register(b.sheet("Risks"), 1, RISKS, n["R"])
    b.register(b.sheet("Issues"), 1, ISSUES, n["I"])
    b.register(b.sheet("Actions"), 1, ACTIONS, n["A"])
    b.register(b.sheet("Decisions"), 1, DECISIONS, n["Dc"])
    b.register(b.sheet("Assumptions"), 1, ASSUMPTIONS, n["As"])
    b.register(b.sheet("Dependencies"), 1, DEPENDENCIES, n["Dp"])
    return b.done(folder, "raid_tabs_hospital")


def abbreviated_tabs_rail(folder: Path, rng: random.Random) -> Built:
    """An Australian rail siding's log: tabs named `R`, `I`, `Acts`, `Decs`, `Deps`,
    `Assmp`, each register titled in its first row."""
    b = Book(rng, text_dates=True)
    for sheet, spec, title in [
        ("R", RISKS, "Risk register"),
        ("I", ISSUES, "Issue log"),
        ("Acts", ACTIONS, "Action log"),
        ("Decs", DECISIONS, "Decision log"),
        ("Deps", DEPENDENCIES, "Dependency log"),
        ("Assmp", ASSUMPTIONS, "Assumptions"),
    ]:
        ws = b.sheet(sheet)
        ws["A1"] = f"Moorabool Siding Upgrade - {title}"
        b.register(ws, 3, spec, rng.randint(4, 5))
    return b.done(folder, "abbreviated_tabs_rail")


def stacked_registers_water(folder: Path, rng: random.Random) -> Built:
    """A Kenyan water scheme: a `Project details` sheet, and one `RAID` sheet holding the
    risks, then the issues, then the actions, one under the other, each under its heading."""
    b = Book(rng)
    info = b.sheet("Project details")
    b.details(info, 1, "Kisumu Rural Water Scheme", "Thandi Mokoena", "County Water Board")
    ws = b.sheet("RAID")
    ws["A1"] = "Kisumu Rural Water Scheme - RAID log"
    top = b.register(ws, 3, _heading(RISKS, "RISKS"), rng.randint(4, 5))
    top = b.register(ws, top, _heading(ISSUES, "ISSUES"), rng.randint(3, 4))
    b.register(ws, top, _heading(ACTIONS, "ACTIONS"), rng.randint(3, 4))
    return b.done(folder, "stacked_registers_water")


def numbered_sheets_arena(folder: Path, rng: random.Random) -> Built:
    """A Canadian arena's workbook nobody renamed: `Sheet1` risks, `Sheet2` issues, `Sheet3`
    lessons, `Sheet4` dependencies; only the headers say which is which."""
    b = Book(rng)
    b.register(b.sheet("Sheet1"), 1, RISKS, rng.randint(4, 6))
    b.register(b.sheet("Sheet2"), 1, ISSUES, rng.randint(4, 5))
    b.register(b.sheet("Sheet3"), 1, LESSONS, rng.randint(3, 4))
    b.register(b.sheet("Sheet4"), 1, DEPENDENCIES, rng.randint(3, 4))
    return b.done(folder, "numbered_sheets_arena")


def closed_sheets_metro(folder: Path, rng: random.Random) -> Built:
    """An Indian metro depot: `Risks` and `Closed risks`, `Issues` and `Issues - closed`,
    and a `Change requests` tab."""
    b = Book(rng)
    b.register(b.sheet("Risks"), 1, RISKS, rng.randint(3, 4))
    b.register(b.sheet("Closed risks"), 1, RISKS, 2, status="Closed")
    b.register(b.sheet("Issues"), 1, ISSUES, rng.randint(3, 4))
    b.register(b.sheet("Issues - closed"), 1, ISSUES, 2, status="Closed")
    b.register(b.sheet("Change requests"), 1, CHANGES, rng.randint(3, 4))
    return b.done(folder, "closed_sheets_metro")


def milestones_finance_school(folder: Path, rng: random.Random) -> Built:
    """A New Zealand school rebuild: `Dashboard`, `Milestones`, `Finance` and `Decisions`."""
    b = Book(rng)
    dash = b.sheet("Dashboard")
    dash["A1"] = "Te Awa School Rebuild - dashboard"
    b.summary(dash, 3, {"Milestones": 6, "Decisions": 4, "Open risks": 3})
    b.register(b.sheet("Milestones"), 1, MILESTONES, rng.randint(5, 6))
    b.finance(b.sheet("Finance"), 1)
    b.register(b.sheet("Decisions"), 1, DECISIONS, rng.randint(3, 5))
    return b.done(folder, "milestones_finance_school")


def items_say_kind_distillery(folder: Path, rng: random.Random) -> Built:
    """A Scottish distillery's log: `Sheet1` holds items whose ids alone say risks
    (`RSK-`), `Sheet2` issues (`ISS-`), `A` an action log (its header says so), `Tab 4`
    change requests with priority and impact."""
    b = Book(rng)
    b.register(b.sheet("Sheet1"), 1, _generic("risks", "RSK-"), rng.randint(4, 5))
    b.register(b.sheet("Sheet2"), 1, _generic("issues", "ISS-"), rng.randint(4, 5))
    b.register(b.sheet("A"), 1, ACTIONS, rng.randint(3, 4))
    b.register(b.sheet("Tab 4"), 1, CHANGES_IMPACT, rng.randint(3, 4))
    return b.done(folder, "items_say_kind_distillery")


def actions_like_issues_airport(folder: Path, rng: random.Random) -> Built:
    """A Brazilian airport's English RAID: `Actions` with a priority column (an issue log's
    shape), `Issues`, `Decs`, and a `Risks & Issues` summary sheet of counts."""
    b = Book(rng)
    dash = b.sheet("Risks & Issues")
    b.summary(dash, 1, {"Risks": 4, "Issues": 5})
    b.register(b.sheet("Actions"), 1, ACTIONS_PRIORITY, rng.randint(4, 5))
    b.register(b.sheet("Issues"), 1, ISSUES, rng.randint(3, 4))
    b.register(b.sheet("Decs"), 1, DECISIONS, rng.randint(3, 4))
    return b.done(folder, "actions_like_issues_airport")


TUNING_16_A: list[Layout] = [
    Layout("raid_tabs_hospital", "a RAID workbook of one tab a register", raid_tabs_hospital),
    Layout("abbreviated_tabs_rail", "tabs named in abbreviations", abbreviated_tabs_rail),
    Layout("stacked_registers_water", "registers one under the other", stacked_registers_water),
    Layout("numbered_sheets_arena", "sheets by number, kind by header", numbered_sheets_arena),
    Layout("closed_sheets_metro", "open and closed items on two sheets", closed_sheets_metro),
    Layout("milestones_finance_school", "milestones beside finance", milestones_finance_school),
    Layout("items_say_kind_distillery", "ids alone say the kind", items_say_kind_distillery),
    Layout("actions_like_issues_airport", "actions shaped as issues", actions_like_issues_airport),
]


# ---------------------------------------------------------------------------------------
# The kept half
# ---------------------------------------------------------------------------------------


def raid_prefixed_windfarm(folder: Path, rng: random.Random) -> Built:
    """A German wind farm's English workbook: `Dashboard`, `RAID-R`, `RAID-A`, `RAID-I`,
    `RAID-D` (dependencies) and `Change requests`."""
    b = Book(rng)
    dash = b.sheet("Dashboard")
    b.details(dash, 1, "Nordsee Wind Farm Cable Route", "Jonas Weber", "Offshore Board")
    b.summary(dash, 7, {"Risks": 5, "Assumptions": 4, "Issues": 4, "Dependencies": 3})
    b.register(b.sheet("RAID-R"), 1, RISKS, rng.randint(4, 5))
    b.register(b.sheet("RAID-A"), 1, ASSUMPTIONS, rng.randint(3, 4))
    b.register(b.sheet("RAID-I"), 1, ISSUES, rng.randint(3, 5))
    b.register(b.sheet("RAID-D"), 1, DEPENDENCIES, rng.randint(3, 4))
    b.register(b.sheet("Change requests"), 1, CHANGES, rng.randint(2, 4))
    return b.done(folder, "raid_prefixed_windfarm")


def tab_numbers_clinic(folder: Path, rng: random.Random) -> Built:
    """A South African clinic: `Tab 1` risks, `Tab 2` decisions, `Tab 3` actions, `Tab 4`
    assumptions; the headers alone say which."""
    b = Book(rng, text_dates=True)
    b.register(b.sheet("Tab 1"), 1, RISKS, rng.randint(4, 5))
    b.register(b.sheet("Tab 2"), 1, DECISIONS, rng.randint(3, 4))
    b.register(b.sheet("Tab 3"), 1, ACTIONS, rng.randint(3, 5))
    b.register(b.sheet("Tab 4"), 1, ASSUMPTIONS, rng.randint(3, 4))
    return b.done(folder, "tab_numbers_clinic")


def stacked_three_greenway(folder: Path, rng: random.Random) -> Built:
    """An Irish greenway: one `Logs` sheet with assumptions, dependencies and decisions one
    under the other, each under its heading; project details at the top."""
    b = Book(rng)
    ws = b.sheet("Logs")
    top = b.details(ws, 1, "Barrow Valley Greenway", "Connor Walsh", "County Council")
    top = b.register(ws, top + 1, _heading(ASSUMPTIONS, "Assumptions"), rng.randint(3, 4))
    top = b.register(ws, top, _heading(DEPENDENCIES, "Dependencies"), rng.randint(3, 4))
    b.register(ws, top, _heading(DECISIONS, "Decisions"), rng.randint(3, 4))
    return b.done(folder, "stacked_three_greenway")


def closed_and_lessons_library(folder: Path, rng: random.Random) -> Built:
    """A US county library: `Project details`, `Issues`, `Closed issues`, `Lessons`."""
    b = Book(rng)
    b.details(b.sheet("Project details"), 1, "Marion County Library", "Mei Tan", "Library Board")
    b.register(b.sheet("Issues"), 1, ISSUES, rng.randint(3, 5))
    b.register(b.sheet("Closed issues"), 1, ISSUES, rng.randint(2, 3), status="Closed")
    b.register(b.sheet("Lessons"), 1, LESSONS, rng.randint(3, 4))
    return b.done(folder, "closed_and_lessons_library")


def finance_milestones_datacentre(folder: Path, rng: random.Random) -> Built:
    """A Singapore data centre: `Summary`, `Budget` (finance), `Key dates` (milestones),
    `Risks`."""
    b = Book(rng)
    s = b.sheet("Summary")
    s["A1"] = "SG-3 Data Hall Fit-out"
    b.summary(s, 3, {"Milestones": 5, "Risks": 4})
    b.finance(b.sheet("Budget"), 1, months=4)
    b.register(b.sheet("Key dates"), 1, MILESTONES, rng.randint(4, 6))
    b.register(b.sheet("Risks"), 1, RISKS, rng.randint(3, 5))
    return b.done(folder, "finance_milestones_datacentre")


def generic_logs_port(folder: Path, rng: random.Random) -> Built:
    """A Chilean port's English workbook: `Log 1` risks and `Log 2` actions stacked on a
    sheet `Logs`, and `Deps` dependencies."""
    b = Book(rng)
    ws = b.sheet("Logs")
    top = b.register(ws, 1, _heading(RISKS, "Log 1"), rng.randint(4, 5))
    b.register(ws, top, _heading(ACTIONS, "Log 2"), rng.randint(3, 4))
    b.register(b.sheet("Deps"), 1, DEPENDENCIES, rng.randint(3, 4))
    return b.done(folder, "generic_logs_port")


def ids_say_kind_quarry(folder: Path, rng: random.Random) -> Built:
    """A Welsh quarry's workbook: `Sheet1` dependencies whose ids alone say so (`DEP-`),
    `Sheet2` an action log with a priority column, `CRs` change requests with impact."""
    b = Book(rng)
    b.register(b.sheet("Sheet1"), 1, _generic("dependencies", "DEP-"), rng.randint(3, 5))
    b.register(b.sheet("Sheet2"), 1, ACTIONS_PRIORITY, rng.randint(3, 5))
    b.register(b.sheet("CRs"), 1, CHANGES_IMPACT, rng.randint(3, 4))
    b.register(b.sheet("Sheet3"), 1, _generic("issues", "ISS-"), rng.randint(3, 4))
    return b.done(folder, "ids_say_kind_quarry")


TUNING_16_B: list[Layout] = [
    Layout(
        "raid_prefixed_windfarm", "RAID-letter tabs and change requests", raid_prefixed_windfarm
    ),
    Layout("tab_numbers_clinic", "tabs by number, kind by header", tab_numbers_clinic),
    Layout("stacked_three_greenway", "three registers one under the other", stacked_three_greenway),
    Layout("closed_and_lessons_library", "closed items and lessons", closed_and_lessons_library),
    Layout(
        "finance_milestones_datacentre", "finance beside key dates", finance_milestones_datacentre
    ),
    Layout("generic_logs_port", "generic log names", generic_logs_port),
    Layout("ids_say_kind_quarry", "ids alone say the kind", ids_say_kind_quarry),
]
