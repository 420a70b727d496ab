"""Round 28's twelfth tuning batch: exports of task tools no batch named, kept as registers,
and template habits (``TUNING_12_A`` tuned on, ``TUNING_12_B`` kept untouched).

Written in round 28 (task or28, docs/adopt.md "Round 28: tool exports nobody named, and
template habits") by an engineer who tunes. The ordinary held-out batches lose most on two
kinds of workbook: a task or work-management tool's export that a PM keeps as a register
(round 27's MeisterTask issue log, round 26's Planner ``Tasks`` sheet) and a template's habits
left in (an example row, instructions in the header, a spend log as the finance actuals).

Every tool export here has the general shape: one row a task, card or item; a title; a
list / section / group / pipeline column; assignees (names or e-mails); created, due and
completed dates in the tool's own form; a status; tags or labels; a priority; the tool's
id form (``#123``, ``KAN-42``, a long number). The export's own field names are the tool's
(as its CSV or Excel export writes them, to the best of the writer's knowledge); the tools
are ones no earlier batch file names (checked with ``grep -l`` on the batch files): Hive,
nTask, ProofHub, Podio, Favro, Freedcamp, Pivotal Tracker, Nifty, ZenHub, Quire, Kantree,
Zenkit, GoodDay, Taskworld, Avaza, Wekan. Which register the export is kept as is said by
one thing only, varied across the batch: the sheet's name, a title above the table, the
workbook's file name, the list / section names (``Risks``, ``Issues``), or the tags.

Template habits: an example row left under the header (``e.g.``, ``R-000``, ``<enter
text>``, grey italic), instructions in the header cell (``Owner (name of the person
accountable)``) or in a row under it, drop-down placeholders (``Select...``, ``Please
select``) in cells nobody filled, and a spend log of one invoice or purchase order a row
kept as the finance tracker's actuals.

Truth (a fact a reasonable PMO analyst could read two ways gets none): a tool's ``Done`` /
``Completed`` is an issue Resolved or Closed (no fact); an e-mail assignee has no value fact
(the owner column is still scored); tags, start dates, estimates, progress and authors have
no standard column (scored as listed: target None); a created date is a dependency's no
column (None); a month and cost line with two invoices has no actual fact (one line of their
sum, or two?), as round 27's spend log.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _months,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from addin import layout as _layout

# ---------------------------------------------------------------------------------------
# Tool exports
# ---------------------------------------------------------------------------------------

#: the standard column a tool field's role is, per register (absent: no standard column)
ROLE_TARGET: dict[str, dict[str, str]] = {
    "id": {"*": "id"},
    "title": {"*": "title"},
    "desc": {"*": "description"},
    "assignee": {"*": "owner"},
    "status": {"*": "status"},
    "priority": {"issues": "priority"},
    "due": {"dependencies": "need_by", "*": "due_date"},
    "created": {"risks": "raised_date", "issues": "raised_date"},
    "completed": {"*": "closed_date"},
    "updated": {"*": "last_updated"},
}

DATE_FORMS = {
    "iso": lambda d: f"{d:%Y-%m-%d}",
    "us": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "uk": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "mdy_words": lambda d: f"{d:%b} {d.day}, {d.year}",
    "iso_z": lambda d: f"{d:%Y-%m-%d}T09:30:00Z",
    "dt": lambda d: datetime.combine(d, datetime.min.time()).replace(hour=10),
    "date": lambda d: d,
}


@dataclass(frozen=True)
class ToolExport:
    """One tool's export kept as a register: its fields (header, role), its forms."""

    name: str  # the layout's name
    tool: str
    register: str  # "risks", "issues", "dependencies" or "raid" (risks and issues)
    sheet: str
    file: str  # the workbook's file name (without .xlsx)
    fields: tuple[tuple[str, str], ...]  # (header, role)
    statuses: dict[str, str | None]  # the tool's status word -> the standard's (None: no fact)
    date_form: str = "iso"
    id_form: str = "#{n}"
    emails: bool = False
    title_rows: tuple[str, ...] = ()  # a title block above the export
    sections: tuple[str, ...] = ("Backlog",)  # the list / section column's values
    section_target: str | None = None
    tags: tuple[str, ...] = ("site", "design", "procurement")
    priorities: dict[str, str | None] = field(
        default_factory=lambda: {"High": "High", "Medium": "Medium", "Low": "Low"}
    )


TITLES = {
    "risks": [
        "Crane hire rates rise before the steel frame goes up",
        "Asbestos found behind the plant room wall",
        "Key structural engineer leaves the design team",
        "Planning condition on bat surveys delays demolition",
        "Supplier insolvency on the facade package",
        "Ground water higher than the site investigation showed",
        "Data migration overruns the cut-over weekend",
        "Unions reject the new shift pattern",
    ],
    "issues": [
        "Lift motor delivered with the wrong voltage",
        "Fire door schedule missing from the tender pack",
        "Client has not signed the room data sheets",
        "Test environment down since the patch",
        "Scaffold licence expired on the north elevation",
        "Car park lighting fails the lux survey",
        "Invoice approvals stuck with the finance team",
        "Security vetting backlog for contractor staff",
    ],
    "dependencies": [
        "Network team delivers the new firewall rules",
        "Utility company energises the substation",
        "HR signs off the new role profiles",
        "Landlord grants access to the roof",
        "Vendor ships the production licences",
        "Procurement awards the cleaning contract",
    ],
}
DESCRIPTIONS = [
    "Raised at the weekly site meeting; needs a decision from the client",
    "Found during the design review; cost and time impact being assessed",
    "Reported by the contractor; workaround agreed for now",
    "Flagged in the steering group; owner to report back next week",
]
PEOPLE = ["Megan Price", "Rajesh Iyer", "Tomás Ortega", "Chloe Dubois", "Kwame Mensah"]


def _email(name: str) -> str:
    first, last = name.split(" ", 1)
    return f"{first[0].lower()}.{last.lower()}@example.org"


def _id(form: str, n: int) -> object:
    if form == "long":
        return 4811020000 + 7919 * n
    return form.format(n=n)


def _build_export(spec: ToolExport, folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, spec.sheet)
    top = 1
    for text in spec.title_rows:
        ws.cell(top, 1, text)
        top += 1
    if spec.title_rows:
        top += 1
    header_row = top
    _put(ws, header_row, 1, [[h for h, _ in spec.fields]])
    if spec.register == "raid":
        plan = [(s, "risks" if "risk" in s.casefold() else "issues") for s in spec.sections]
        n_each = {"risks": rng.randint(3, 4), "issues": rng.randint(3, 4)}
        rows_plan = [(sec, reg) for sec, reg in plan for _ in range(n_each[reg])]
    else:
        n = rng.randint(5, min(7, len(TITLES[spec.register])))
        rows_plan = [(rng.choice(spec.sections), spec.register) for _ in range(n)]
    used = {reg: rng.sample(TITLES[reg], len(TITLES[reg])) for reg in TITLES}
    index: dict[str, int] = {}
    values: list[ValueFact] = []
    status_words = list(spec.statuses)
    for r, (section, reg) in enumerate(rows_plan):
        i = index.get(reg, 0)
        index[reg] = i + 1
        title = used[reg][i]
        who = rng.choice(PEOPLE)
        created = date(2026, 1, 5) + timedelta(days=rng.randrange(60))
        due = created + timedelta(days=rng.choice([14, 21, 28, 35]))
        status = rng.choice(status_words)
        done = spec.statuses[status] in ("Closed", "Resolved") or status.casefold() in (
            "done",
            "completed",
            "complete",
            "closed",
            "accepted",
        )
        completed = due - timedelta(days=rng.randint(0, 5)) if done else None
        prio = rng.choice(list(spec.priorities))
        desc = rng.choice(DESCRIPTIONS)
        cells: list[object] = []
        for _header, role in spec.fields:
            form = DATE_FORMS[spec.date_form]
            cell: object = {
                "id": _id(spec.id_form, 101 + r),
                "title": title,
                "desc": desc,
                "section": section,
                "assignee": _email(who) if spec.emails else who,
                "status": status,
                "priority": prio,
                "due": form(due),
                "created": form(created),
                "completed": form(completed) if completed else None,
                "updated": form(created + timedelta(days=3)),
                "start": form(created + timedelta(days=1)),
                "tags": ", ".join(rng.sample(spec.tags, rng.randint(1, min(2, len(spec.tags))))),
                "project": "Riverside Campus",
                "author": rng.choice(PEOPLE),
                "estimate": rng.choice([1, 2, 3, 5, 8]),
                "progress": rng.choice(["0%", "25%", "50%", "100%"]) if not done else "100%",
                "extra": rng.randint(0, 4),
            }[role]
            cells.append(cell)
            target = _target(role, reg, spec)
            if target is None or role in ("id", "updated"):
                continue
            if role == "assignee" and spec.emails:
                continue
            if role == "status":
                if spec.statuses[status]:
                    values.append(ValueFact(reg, i, "status", spec.statuses[status]))
                continue
            if role == "priority":
                if spec.priorities[prio]:
                    values.append(ValueFact(reg, i, "priority", spec.priorities[prio]))
                continue
            if role == "section":
                continue
            expected = {
                "title": title,
                "desc": desc,
                "assignee": who,
                "due": due,
                "created": created,
                "completed": completed,
            }[role]
            if expected is not None:
                values.append(ValueFact(reg, i, target, expected))
        _put(ws, header_row + 1 + r, 1, [cells])
    targets: Targets = {}
    for c, (_, role) in enumerate(spec.fields, start=1):
        letter = get_column_letter(c)
        if spec.register == "raid":
            got = {_target(role, reg, spec) for reg in ("risks", "issues")}
            t = sorted(x for x in got if x)
            targets[letter] = t[0] if len(t) == 1 and None not in got else (tuple(t) or None)
            if role == "priority":
                targets[letter] = ("priority", None)
        else:
            targets[letter] = _target(role, spec.register, spec)
        if role == "id":
            targets[letter] = ("id", None)
        if role == "desc" and spec.register != "dependencies":  # a dependency has none
            targets[letter] = ("description", None)
    path = _save(wb, folder, spec.file)
    counts = dict(index) if spec.register == "raid" else {spec.register: len(rows_plan)}
    table = TruthTable(spec.sheet, header_row, spec.register, targets, counts)
    return Built(path, [table], values)


def _target(role: str, register: str, spec: ToolExport) -> str | None:
    if role == "section":
        # a board's lists `Risks` / `Issues` say which register each row is (a type column)
        return "register" if spec.register == "raid" else spec.section_target
    by = ROLE_TARGET.get(role)
    if not by:
        return None
    target = by.get(register, by.get("*"))
    if register == "raid":
        return target
    columns = {c.key for c in _layout.REGISTERS_BY_KEY[register].columns}
    return target if target in columns else None


ISSUE_STATUS = {"Open": "Open", "In Progress": "In Progress", "Done": None}
RISK_STATUS = {"Open": "Open", "Monitoring": "Monitoring", "Closed": "Closed"}

EXPORTS_A: tuple[ToolExport, ...] = (
    ToolExport(
        "hive_depot_issue_log",
        "Hive",
        "issues",
        "Actions",
        "Riverside depot - issue log (Hive export)",
        (
            ("Action ID", "id"),
            ("Title", "title"),
            ("Status", "status"),
            ("Assignees", "assignee"),
            ("Start Date", "start"),
            ("Deadline", "due"),
            ("Labels", "tags"),
            ("Project", "project"),
            ("Description", "desc"),
            ("Created At", "created"),
            ("Completed At", "completed"),
        ),
        {"Not Started": "Open", "In Progress": "In Progress", "Completed": None},
        date_form="us",
        id_form="long",
    ),
    ToolExport(
        "ntask_clinic_risks",
        "nTask",
        "risks",
        "Risk Log",
        "ntask_export_2026-03-02",
        (
            ("Task ID", "id"),
            ("Task Title", "title"),
            ("Project", "project"),
            ("Status", "status"),
            ("Priority", "priority"),
            ("Assignees", "assignee"),
            ("Planned Start Date", "start"),
            ("Planned End Date", "due"),
            ("Actual End Date", "completed"),
            ("Progress", "progress"),
            ("Created Date", "created"),
            ("Created By", "author"),
        ),
        {"Not Started": None, "In Progress": None, "Completed": None},
        date_form="uk",
        id_form="T-{n}",
    ),
    ToolExport(
        "proofhub_school_issues",
        "ProofHub",
        "issues",
        "Sheet1",
        "proofhub_export",
        (
            ("Task ID", "id"),
            ("Task list", "section"),
            ("Title", "title"),
            ("Description", "desc"),
            ("Assigned to", "assignee"),
            ("Start date", "start"),
            ("Due date", "due"),
            ("Stage", "status"),
            ("Labels", "tags"),
            ("Created by", "author"),
            ("Created on", "created"),
            ("Completed on", "completed"),
        ),
        {"To Do": "Open", "In Progress": "In Progress", "Done": None},
        date_form="mdy_words",
        sections=("Site issues",),
    ),
    ToolExport(
        "podio_harbour_risk_register",
        "Podio",
        "risks",
        "Risk Register",
        "harbour_wall_podio",
        (
            ("Title", "title"),
            ("Created on", "created"),
            ("Created by", "author"),
            ("Status", "status"),
            ("Responsible", "assignee"),
            ("Deadline", "due"),
            ("Category", "section"),
            ("Tags", "tags"),
            ("Item ID", "id"),
            ("Last edit on", "updated"),
        ),
        RISK_STATUS,
        date_form="dt",
        id_form="long",
        sections=("Commercial", "Technical", "Schedule"),
        section_target="category",
    ),
    ToolExport(
        "favro_museum_issues_by_tag",
        "Favro",
        "issues",
        "Sheet1",
        "favro_board_museum_refit",
        (
            ("Card ID", "id"),
            ("Name", "title"),
            ("Description", "desc"),
            ("Column", "status"),
            ("Assigned", "assignee"),
            ("Tags", "tags"),
            ("Start date", "start"),
            ("Due date", "due"),
            ("Created", "created"),
        ),
        {"Open": "Open", "In progress": "In Progress", "Done": None},
        date_form="iso",
        id_form="MUS-{n}",
        tags=("Issue",),
    ),
    ToolExport(
        "freedcamp_library_dependencies",
        "Freedcamp",
        "dependencies",
        "Export",
        "freedcamp_tasks",
        (
            ("Task ID", "id"),
            ("Task Title", "title"),
            ("Description", "desc"),
            ("Task Group", "section"),
            ("Priority", "priority"),
            ("Status", "status"),
            ("Assigned To", "assignee"),
            ("Created By", "author"),
            ("Start Date", "start"),
            ("Due Date", "due"),
            ("Date Created", "created"),
            ("Date Completed", "completed"),
            ("Tags", "tags"),
        ),
        {"Not Started": "Open", "In Progress": None, "Completed": None},
        date_form="uk",
        title_rows=("Central Library Refurbishment", "Dependency Log"),
        emails=True,
        sections=("External", "Internal"),
    ),
    ToolExport(
        "pivotal_app_blockers",
        "Pivotal Tracker",
        "issues",
        "Blockers",
        "pivotal_tracker_export",
        (
            ("Id", "id"),
            ("Title", "title"),
            ("Labels", "tags"),
            ("Iteration", "extra"),
            ("Type", "section"),
            ("Estimate", "estimate"),
            ("Current State", "status"),
            ("Created at", "created"),
            ("Accepted at", "completed"),
            ("Deadline", "due"),
            ("Requested By", "author"),
            ("Description", "desc"),
            ("Owned By", "assignee"),
        ),
        {"unstarted": "Open", "started": "In Progress", "accepted": None},
        date_form="mdy_words",
        id_form="long",
        sections=("chore", "bug"),
    ),
    ToolExport(
        "nifty_stadium_raid",
        "Nifty",
        "raid",
        "Tasks",
        "stadium_roof_nifty_export",
        (
            ("Task ID", "id"),
            ("Task Name", "title"),
            ("Task List", "section"),
            ("Milestone", "extra"),
            ("Assignees", "assignee"),
            ("Labels", "tags"),
            ("Start Date", "start"),
            ("Due Date", "due"),
            ("Status", "status"),
            ("Completed On", "completed"),
            ("Created On", "created"),
            ("Description", "desc"),
        ),
        {"Open": "Open", "Completed": None},
        date_form="iso",
        id_form="SR-{n}",
        sections=("Risks", "Issues"),
    ),
)

EXPORTS_B: tuple[ToolExport, ...] = (
    ToolExport(
        "zenhub_portal_issues",
        "ZenHub",
        "issues",
        "zenhub",
        "citizen_portal_issue_log",
        (
            ("Issue Number", "id"),
            ("Title", "title"),
            ("Pipeline", "status"),
            ("Estimate", "estimate"),
            ("Assignees", "assignee"),
            ("Labels", "tags"),
            ("Milestone", "extra"),
            ("Created At", "created"),
            ("Closed At", "completed"),
            ("Repository", "project"),
        ),
        {"New Issues": "Open", "In Progress": "In Progress", "Closed": "Closed"},
        date_form="iso_z",
    ),
    ToolExport(
        "quire_bakery_risks",
        "Quire",
        "risks",
        "Risks",
        "quire_export",
        (
            ("ID", "id"),
            ("Name", "title"),
            ("Status", "status"),
            ("Priority", "priority"),
            ("Assignee", "assignee"),
            ("Tags", "tags"),
            ("Start Date", "start"),
            ("Due Date", "due"),
            ("Description", "desc"),
            ("Created By", "author"),
            ("Created At", "created"),
            ("Completed At", "completed"),
        ),
        {"To-Do": None, "In Progress": None, "Completed": None},
        date_form="date",
        emails=True,
    ),
    ToolExport(
        "kantree_hotel_issues",
        "Kantree",
        "issues",
        "Cards",
        "kantree_export",
        (
            ("Card ID", "id"),
            ("Title", "title"),
            ("Group", "section"),
            ("Lane", "status"),
            ("Assignees", "assignee"),
            ("Labels", "tags"),
            ("Due date", "due"),
            ("Created at", "created"),
        ),
        {"Open": "Open", "In progress": "In Progress", "Closed": "Closed"},
        date_form="iso",
        sections=("Issues",),
    ),
    ToolExport(
        "zenkit_ferry_issue_log",
        "Zenkit",
        "issues",
        "Collection",
        "zenkit_collection",
        (
            ("Title", "title"),
            ("Stage", "status"),
            ("Assignees", "assignee"),
            ("Labels", "tags"),
            ("Due Date", "due"),
            ("Created At", "created"),
            ("Updated At", "updated"),
            ("Description", "desc"),
        ),
        {"To Do": "Open", "Doing": "In Progress", "Done": None},
        date_form="uk",
        title_rows=("Ferry Terminal Upgrade - Issue Log",),
    ),
    ToolExport(
        "goodday_warehouse_risks_by_tag",
        "GoodDay",
        "risks",
        "Sheet1",
        "goodday_export",
        (
            ("ID", "id"),
            ("Title", "title"),
            ("Project", "project"),
            ("Status", "status"),
            ("Assigned To", "assignee"),
            ("Priority", "priority"),
            ("Start Date", "start"),
            ("Deadline", "due"),
            ("Created", "created"),
            ("Closed", "completed"),
            ("Tags", "tags"),
        ),
        {"Open": "Open", "Closed": "Closed"},
        date_form="us",
        id_form="{n}",
        tags=("Risk",),
    ),
    ToolExport(
        "taskworld_rail_dependencies",
        "Taskworld",
        "dependencies",
        "Dependencies",
        "taskworld_export",
        (
            ("Task", "title"),
            ("Tasklist", "section"),
            ("Assignee", "assignee"),
            ("Due Date", "due"),
            ("Start Date", "start"),
            ("Tags", "tags"),
            ("Points", "estimate"),
            ("Completed", "extra"),
            ("Created", "created"),
            ("Description", "desc"),
        ),
        {"Open": None},
        date_form="uk",
        sections=("Inbound", "Outbound"),
    ),
    ToolExport(
        "avaza_hospital_raid",
        "Avaza",
        "raid",
        "Tasks",
        "hospital_wing_avaza",
        (
            ("Task ID", "id"),
            ("Task Title", "title"),
            ("Project", "project"),
            ("Section", "section"),
            ("Assigned To", "assignee"),
            ("Status", "status"),
            ("Priority", "priority"),
            ("Start Date", "start"),
            ("Due Date", "due"),
            ("Date Created", "created"),
            ("Tags", "tags"),
        ),
        {"Not Started": "Open", "Completed": None},
        date_form="dt",
        sections=("Risks", "Issues"),
    ),
    ToolExport(
        "wekan_lab_risk_register",
        "Wekan",
        "risks",
        "Board",
        "wekan_board_export",
        (
            ("Title", "title"),
            ("Description", "desc"),
            ("List", "status"),
            ("Swimlane", "section"),
            ("Members", "author"),
            ("Assignees", "assignee"),
            ("Labels", "tags"),
            ("Due at", "due"),
            ("Created at", "created"),
        ),
        {"Open": "Open", "Monitoring": "Monitoring", "Closed": "Closed"},
        date_form="iso_z",
        title_rows=("Lab Relocation - Risk Register",),
        sections=("Default",),
    ),
)


def _layout_of(spec: ToolExport) -> Layout:
    def build(folder: Path, rng: random.Random) -> Built:
        return _build_export(spec, folder, rng)

    said = {"Risk": "tags", "Issue": "tags"}.get(spec.tags[0]) if len(spec.tags) == 1 else None
    return Layout(spec.name, f"{spec.tool} export as {spec.register} ({said or 'named'})", build)


# ---------------------------------------------------------------------------------------
# Template habits
# ---------------------------------------------------------------------------------------

GREY_ITALIC = Font(italic=True, color="808080")


def template_risk_register(folder: Path, rng: random.Random) -> Built:
    """A council template's risk register: instructions in the header cells, the template's
    `R-000` example row in grey italic, `Select...` left in the cells nobody chose."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Leisure Centre Refurbishment - Risk Register"
    head = ["Risk ID", "Risk description (what could happen and why)"]
    head += ["Owner (name of the person accountable)", "Likelihood (1-5)", "Impact (1-5)"]
    head += ["Status (select from list)", "Date raised (dd/mm/yyyy)"]
    _put(ws, 3, 1, [head])
    example = ["R-000", "<enter text>", "<enter name>", "Select...", "Select...", "Select..."]
    _put(ws, 4, 1, [[*example, "dd/mm/yyyy"]])
    for c in range(1, 8):
        ws.cell(4, c).font = GREY_ITALIC
    n = rng.randint(5, 6)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TITLES["risks"], n)):
        who = rng.choice(PEOPLE)
        p, im = rng.randint(1, 5), rng.randint(1, 5)
        raised = date(2026, 1, 5) + timedelta(days=rng.randrange(60))
        st = rng.choice(["Open", "Closed", "Select..."])
        _put(ws, 5 + i, 1, [[f"R-{i + 1:03d}", text, who, p, im, st, raised]])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(im)),
            ValueFact("risks", i, "raised_date", raised),
        ]
        if st != "Select...":
            values.append(ValueFact("risks", i, "status", st))
    path = _save(wb, folder, "template_risk_register")
    targets: Targets = {"A": ("id", None), "B": "title", "C": "owner", "D": "probability"}
    targets |= {"E": "impact", "F": "status", "G": "raised_date"}
    return Built(path, [TruthTable("Risk Register", 3, "risks", targets, {"risks": n})], values)


def template_issue_log_guidance_row(folder: Path, rng: random.Random) -> Built:
    """An issue log template: a row of instructions under the header, `Please select` left
    in the priority and status cells nobody chose."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    head = ["Issue No.", "Issue", "Raised By", "Date Raised", "Priority", "Owner", "Status"]
    _put(ws, 1, 1, [head])
    guide = ["Auto", "Describe the issue in one sentence", "Who raised it", "Date it was raised"]
    guide += ["Please select", "Person responsible for resolving", "Please select"]
    _put(ws, 2, 1, [guide])
    n = rng.randint(5, 6)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TITLES["issues"], n)):
        who = rng.choice(PEOPLE)
        raised = date(2026, 2, 2) + timedelta(days=rng.randrange(40))
        pr = rng.choice(["High", "Medium", "Low", "Please select"])
        st = rng.choice(["Open", "In Progress", "Closed", "Please select"])
        _put(ws, 3 + i, 1, [[i + 1, text, rng.choice(PEOPLE), raised, pr, who, st]])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", raised),
        ]
        if pr != "Please select":
            values.append(ValueFact("issues", i, "priority", pr))
        if st != "Please select":
            values.append(ValueFact("issues", i, "status", st))
    path = _save(wb, folder, "template_issue_log_guidance_row")
    targets: Targets = {"A": ("id", None), "B": "title", "C": None, "D": "raised_date"}
    targets |= {"E": "priority", "F": "owner", "G": "status"}
    return Built(path, [TruthTable("Issue Log", 1, "issues", targets, {"issues": n})], values)


SPEND_LINES = ["Design fees", "Construction", "IT equipment", "Furniture"]
SPEND_SUPPLIERS = ["Arup", "Kier Construction", "Dell UK", "Office Depot", "Mott MacDonald"]


def _spend_log(
    folder: Path, rng: random.Random, name: str, sheet: str, head: list[str], po: bool
) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = "Project Finance Tracker - actuals"
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), 3)
    lines = rng.sample(SPEND_LINES, 3)
    rows: list[tuple[date, str, int]] = []
    for month in months:
        for line in lines:
            for _ in range(rng.choice([1, 1, 2])):
                rows.append(
                    (month.replace(day=rng.randint(2, 27)), line, rng.randrange(5, 90) * 250)
                )
    rows.sort()
    per: dict[tuple[date, str], list[int]] = {}
    for r, (day, line, amount) in enumerate(rows):
        ref = f"PO{20450 + r}" if po else f"INV-{7700 + r}"
        cells: list[object] = [day, rng.choice(SPEND_SUPPLIERS), ref, f"{line} - stage {r % 3 + 1}"]
        cells += [line, amount]
        _put(ws, 4 + r, 1, [cells])
        ws.cell(4 + r, 1).number_format = "dd/mm/yyyy"
        ws.cell(4 + r, 6).number_format = "£#,##0.00"
        per.setdefault((day.replace(day=1), line), []).append(amount)
    values = [
        ValueFact("finance", key, "actual", float(a[0])) for key, a in per.items() if len(a) == 1
    ]
    path = _save(wb, folder, name)
    targets: Targets = {"A": "month", "B": None, "C": None, "D": ("notes", None)}
    targets |= {"E": "cost_line", "F": "actual"}
    table = TruthTable(sheet, 3, "finance", targets, {"finance": len(per)})
    return Built(path, [table], values)


def spend_log_invoices(folder: Path, rng: random.Random) -> Built:
    """A spend log of one invoice a row kept as the finance tracker's actuals."""
    head = ["Invoice Date", "Supplier", "Invoice Ref", "Description", "Cost Line", "Amount (£)"]
    return _spend_log(folder, rng, "spend_log_invoices", "Finance", head, po=False)


def assumptions_example_prefix(folder: Path, rng: random.Random) -> Built:
    """An assumptions log template: an `Example:` row left in, the header cells' guidance in
    brackets, a real assumption whose text begins with `Example` kept as an item."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    head = ["Ref", "Assumption (what we are taking as true)", "Owner (who will check it)"]
    head += ["Validate by (date)", "Status"]
    _put(ws, 1, 1, [head])
    _put(ws, 2, 1, [["A-00", "Example: the venue is available in June", "e.g. Jane Smith"]])
    texts = [
        "Exam board confirms the new syllabus dates by March",
        "Example Road car park stays open during the works",
        "Council keeps the grant at this year's level",
        "Supplier holds prices until the contract is signed",
        "Trustees approve the fund-raising target in April",
        "Existing servers can host the new booking system",
    ]
    n = rng.randint(5, 6)
    values: list[ValueFact] = []
    status = {"Open": "Open", "Validated": "Validated", "Invalid": "Invalid"}
    for i, text in enumerate(texts[:n]):
        who = rng.choice(PEOPLE)
        by = date(2026, 3, 2) + timedelta(days=rng.randrange(60))
        st = rng.choice(list(status))
        _put(ws, 2 + 1 + i, 1, [[f"A-{i + 1:02d}", text, who, by, st]])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "status", status[st]),
        ]
    path = _save(wb, folder, "assumptions_example_prefix")
    targets: Targets = {"A": ("id", None), "B": "assumption", "C": "owner", "D": "validate_by"}
    targets |= {"E": "status"}
    table = TruthTable("Assumptions", 1, "assumptions", targets, {"assumptions": n})
    return Built(path, [table], values)


def decision_log_grey_example(folder: Path, rng: random.Random) -> Built:
    """A decision log template: the example row in grey italic (`e.g. Approve the design`),
    a header cell with its guidance on a second line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "Decision Log"
    head = ["No.", "Decision\n(what was agreed)", "Made by", "Date", "Rationale"]
    _put(ws, 3, 1, [head])
    _put(ws, 4, 1, [["0", "e.g. Approve the design freeze", "e.g. Project Board", "dd/mm/yy"]])
    for c in range(1, 6):
        ws.cell(4, c).font = GREY_ITALIC
    texts = [
        "Defer the cafe fit-out to phase 2",
        "Use the framework contractor for the roof",
        "Keep the old reception open during works",
        "Move go-live to the Easter holidays",
        "Buy rather than lease the generators",
        "Close the east car park from May",
    ]
    n = rng.randint(5, 6)
    values: list[ValueFact] = []
    for i, text in enumerate(texts[:n]):
        who = rng.choice(PEOPLE)
        when = date(2026, 1, 12) + timedelta(days=rng.randrange(80))
        _put(ws, 5 + i, 1, [[i + 1, text, who, when, "Agreed at the project board"]])
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when),
        ]
    path = _save(wb, folder, "decision_log_grey_example")
    targets: Targets = {"A": ("id", None), "B": "decision", "C": "made_by", "D": "date"}
    targets |= {"E": "rationale"}
    table = TruthTable("Decision Log", 3, "decisions", targets, {"decisions": n})
    return Built(path, [table], values)


def spend_log_purchase_orders(folder: Path, rng: random.Random) -> Built:
    """A spend log of one purchase order a row kept as the finance tracker's actuals."""
    head = ["Date", "Vendor", "PO Number", "Item", "Budget Line", "Value"]
    return _spend_log(folder, rng, "spend_log_purchase_orders", "Actuals", head, po=True)


TUNING_12_A: tuple[Layout, ...] = (
    *(_layout_of(s) for s in EXPORTS_A),
    Layout(
        "template_risk_register",
        "template: header guidance, R-000 example, Select...",
        template_risk_register,
    ),
    Layout(
        "template_issue_log_guidance_row",
        "template: guidance row, Please select",
        template_issue_log_guidance_row,
    ),
    Layout(
        "spend_log_invoices", "spend log of invoices as the finance actuals", spend_log_invoices
    ),
)

TUNING_12_B: tuple[Layout, ...] = (
    *(_layout_of(s) for s in EXPORTS_B),
    Layout(
        "assumptions_example_prefix",
        "template: Example: row, bracketed guidance",
        assumptions_example_prefix,
    ),
    Layout(
        "decision_log_grey_example", "template: grey italic e.g. row", decision_log_grey_example
    ),
    Layout(
        "spend_log_purchase_orders",
        "spend log of purchase orders as the finance actuals",
        spend_log_purchase_orders,
    ),
)
