"""Round 29's hand-built Excel tools (``TOOLS_TUNED``, ``TOOLS_KEPT``): twelve seeded
registers and trackers an Excel power user built as a small tool with Excel's own features,
written in round 29 by the engineer who tunes on half of them (docs/adopt.md, "Round 29:
hand-built Excel tools"). Not a copy of any batch: every layout is what a PMO receives when
somebody made "a proper tool" of the register:

- the register is an Excel Table (ListObject, ``tblRisks``) with a table style, its
  autofilter and frozen panes under its header (one kept layout: a plain range with an
  autofilter and a defined name instead);
- drop-down lists whose values live on a hidden ``Lists`` sheet, each list a defined name;
- conditional formatting on the RAG column, hidden helper columns, hidden rows (closed items
  hidden by hand) and grouped rows collapsed (outline level 1, hidden);
- comments on cells, the ids hyperlinked (to a document or to the row's own sheet);
- an ``Instructions`` / ``Read me`` sheet first (lines of guidance, and in some a ``Field |
  What to enter`` guide naming the register's columns), a ``Dashboard`` of COUNTIFS
  formulas, a ``Control`` / ``Settings`` sheet holding the project fields, the financial
  year's first month and the currency;
- formula columns (score, RAG, days open, slippage, totals) with NO cached values: openpyxl
  writes none, as a file saved by a tool and never recalculated;
- ``[ Add new risk ]`` / ``[ Back to Dashboard ]`` button labels in cells above the table.

Truth (each as a PMO analyst states it):

- the register is the Table (its header the Table's header row); a Lists, Dashboard or
  Instructions sheet is no register and no table of one (a guide naming the columns
  neither);
- the project's fields are read from the Control / Settings sheet (name, code, manager,
  sponsor, currency);
- a formula column with no value is no source of values: left out (``None``), whatever its
  header says (a ``Score`` nobody computed gives no score); a hidden helper column is left
  out too;
- hidden rows and collapsed grouped rows are items like the others, in sheet order;
- a finance tracker's periods ``P01`` ... count from the financial year's first month the
  Control sheet states, in the financial year it states.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _cols,
    _days,
    _save,
    _sheet,
)
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

#: A cell value, or a formula template (``"=G{r}*H{r}"``: ``{r}`` is the cell's row).
Cell = object


def _lists_sheet(wb: openpyxl.Workbook, lists: dict[str, list[str]], title: str = "Lists") -> None:
    """A hidden sheet of drop-down lists, one column a list, each a defined name."""
    ws = wb.create_sheet(title)
    for c, (name, values) in enumerate(lists.items(), start=1):
        ws.cell(1, c, name)
        for r, value in enumerate(values, start=2):
            ws.cell(r, c, value)
        letter = get_column_letter(c)
        ref = f"{title}!${letter}$2:${letter}${len(values) + 1}"
        wb.defined_names[f"lst{name.replace(' ', '')}"] = DefinedName(
            f"lst{name.replace(' ', '')}", attr_text=ref
        )
    ws.sheet_state = "hidden"


def _control(ws: Worksheet, title: str, fields: list[tuple[str, object]], top: int = 3) -> None:
    """A Control / Settings sheet: a title and label | value lines in B:C."""
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    for i, (label, value) in enumerate(fields):
        ws.cell(top + i, 2, label)
        ws.cell(top + i, 3, value)
        if isinstance(value, date):
            ws.cell(top + i, 3).number_format = "dd/mm/yyyy"


def _instructions(ws: Worksheet, tool: str, guide: list[tuple[str, str]] | None) -> None:
    """An Instructions / Read me sheet: lines of guidance, and a field guide when given."""
    ws["A1"] = f"{tool} - how to use this workbook"
    ws["A1"].font = Font(bold=True, size=14)
    lines = [
        "1. Fill in the Control sheet first (project details, currency, financial year).",
        "2. Use the [ Add new ] button on the register sheet to add a row to the table.",
        "3. Pick values from the drop-down lists; do not type over the grey formula columns.",
        "4. The Dashboard updates itself from the register (press F9 if it does not).",
        "Do not rename the sheets or the table: the Dashboard's formulas refer to them.",
    ]
    for i, line in enumerate(lines):
        ws.cell(3 + i, 1, line)
    if guide:
        ws.cell(10, 1, "Field")
        ws.cell(10, 2, "What to enter")
        for i, (field_name, what) in enumerate(guide):
            ws.cell(11 + i, 1, field_name)
            ws.cell(11 + i, 2, what)


def _dashboard(
    ws: Worksheet, title: str, table: str, sheet: str, col: str, words: list[str]
) -> None:
    """A Dashboard of COUNTIFS formulas (no cached values) over the register's status."""
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Status"
    ws["B3"] = "Count"
    for i, word in enumerate(words):
        ws.cell(4 + i, 1, word)
        ws.cell(4 + i, 2, f"=COUNTIFS('{sheet}'!${col}:${col},A{4 + i})")
    end = 4 + len(words)
    ws.cell(end, 1, "Total")
    ws.cell(end, 2, f"=SUM(B4:B{end - 1})")
    ws.cell(3, 4, "RAG")
    ws.cell(3, 5, "Items")
    for i, rag in enumerate(["Red", "Amber", "Green"]):
        ws.cell(4 + i, 4, rag)
        ws.cell(4 + i, 5, f'=COUNTIFS({table}[RAG],"{rag}")')


def _register(
    wb: openpyxl.Workbook,
    ws: Worksheet,
    top: int,
    left: int,
    header: list[str],
    rows: list[list[Cell]],
    name: str | None,
    *,
    style: str = "TableStyleMedium2",
    lists: dict[int, str] | None = None,
    rag_col: int | None = None,
    hidden_cols: tuple[int, ...] = (),
    hidden_rows: tuple[int, ...] = (),
    grouped_rows: tuple[int, ...] = (),
    comments: dict[tuple[int, int], str] | None = None,
    link_ids: str | None = None,
    date_cols: tuple[int, ...] = (),
    buttons: tuple[str, ...] = (),
) -> int:
    """Write a register as an Excel power user's tool; returns its last row.

    ``top`` is the header row, ``left`` its first column (1-based); column offsets in the
    keyword arguments are 0-based within the table; ``rows`` may hold formula templates
    (``{r}`` the row). ``name`` None: a plain range with an autofilter and a defined name."""
    for c, text in enumerate(header):
        ws.cell(top, left + c, text).font = Font(bold=True)
    for i, row in enumerate(rows):
        r = top + 1 + i
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str) and value.startswith("="):
                value = value.format(r=r)
            cell = ws.cell(r, left + c, value)
            if c in date_cols:
                cell.number_format = "dd-mmm-yy"
    last = top + len(rows)
    first_letter, last_letter = get_column_letter(left), get_column_letter(left + len(header) - 1)
    ref = f"{first_letter}{top}:{last_letter}{last}"
    if name:
        table = Table(displayName=name, ref=ref)
        table.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True)
        ws.add_table(table)
    else:
        ws.auto_filter.ref = ref
        wb.defined_names["RegisterData"] = DefinedName(
            "RegisterData", attr_text=f"'{ws.title}'!${first_letter}${top}:${last_letter}${last}"
        )
    ws.freeze_panes = ws.cell(top + 1, left)
    for c, list_name in (lists or {}).items():
        letter = get_column_letter(left + c)
        dv = DataValidation(type="list", formula1=f"=lst{list_name}", allow_blank=True)
        dv.add(f"{letter}{top + 1}:{letter}{top + 200}")
        ws.add_data_validation(dv)
    if rag_col is not None:
        letter = get_column_letter(left + rag_col)
        area = f"{letter}{top + 1}:{letter}{top + 200}"
        for word, colour in (("Red", "FFC7CE"), ("Amber", "FFEB9C"), ("Green", "C6EFCE")):
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            ws.conditional_formatting.add(
                area, CellIsRule(operator="equal", formula=[f'"{word}"'], fill=fill)
            )
    for c in hidden_cols:
        ws.column_dimensions[get_column_letter(left + c)].hidden = True
    for i in hidden_rows:
        ws.row_dimensions[top + 1 + i].hidden = True
    for i in grouped_rows:
        ws.row_dimensions[top + 1 + i].outlineLevel = 1
        ws.row_dimensions[top + 1 + i].hidden = True
    for (i, c), text in (comments or {}).items():
        ws.cell(top + 1 + i, left + c).comment = Comment(text, "PMO")
    if link_ids:
        for i in range(len(rows)):
            cell = ws.cell(top + 1 + i, left)
            cell.hyperlink = link_ids.format(id=cell.value)
            cell.style = "Hyperlink"
    for k, label in enumerate(buttons):
        cell = ws.cell(top - 2, left + 3 * k, label)
        cell.fill = PatternFill(start_color="4472C4", end_color="4472C4", fill_type="solid")
        cell.font = Font(bold=True, color="FFFFFF")
    return last


def _project_facts(fields: dict[str, object]) -> list[ValueFact]:
    return [ValueFact("project", 0, key, value) for key, value in fields.items()]


def _pick(rng: random.Random, words: list[str], n: int) -> list[str]:
    return [rng.choice(words) for _ in range(n)]


def _rag_formula(score_col: str) -> str:
    return f'=IF({score_col}{{r}}>=15,"Red",IF({score_col}{{r}}>=8,"Amber","Green"))'


# ---------------------------------------------------------------------------------------
# Tuned on
# ---------------------------------------------------------------------------------------

NZ_PEOPLE = ["Aroha Ngata", "Liam Thompson", "Mere Tipene", "Olivia Chen", "Hemi Walker"]
NZ_RISKS = [
    "Seismic bracing design not approved",
    "Theatre equipment lead time exceeds plan",
    "Clinical staff unavailable for commissioning",
    "Asbestos in the existing link corridor",
    "Medical gases contractor capacity",
    "Patient flow disrupted during the works",
    "Infection control breach from dust",
    "Nurse call system integration untested",
    "Budget contingency drawn down early",
    "Resource consent conditions tightened",
]


def tool_risk_register_table(folder: Path, rng: random.Random) -> Built:
    """A hospital wing's risk register (New Zealand) as a tool: Instructions first with a
    field guide, a Dashboard of COUNTIFS, the register an Excel Table ``tblRisks`` under
    ``[ Add new risk ]`` / ``[ Back to Dashboard ]`` labels, drop-downs on a hidden Lists
    sheet, Score / RAG / Days Open formulas never calculated, a hidden helper column, two
    closed risks' rows hidden by hand, comments, hyperlinked ids; the project on Control."""
    wb = openpyxl.Workbook()
    _instructions(
        _sheet(wb, "Instructions"),
        "Risk register tool",
        [
            ("Risk ID", "Filled automatically when you add a risk"),
            ("Risk Title", "A short name for the risk"),
            ("Owner", "Pick the accountable person from the list"),
            ("Likelihood", "1 (rare) to 5 (almost certain)"),
            ("Impact", "1 (minimal) to 5 (severe)"),
            ("Status", "Open, Monitoring or Closed"),
        ],
    )
    dash = wb.create_sheet("Dashboard")
    ws = wb.create_sheet("Risk Register")
    ctrl = wb.create_sheet("Control")
    n = rng.randint(8, 10)
    titles = rng.sample(NZ_RISKS, n)
    owners = _pick(rng, NZ_PEOPLE, n)
    raised = _days(rng, n, date(2025, 11, 3))
    cats = _pick(rng, ["Technical", "Operational", "Commercial", "People", "Schedule"], n)
    status = _pick(rng, ["Open", "Open", "Monitoring", "Closed"], n)
    probs = [rng.randint(1, 5) for _ in range(n)]
    imps = [rng.randint(1, 5) for _ in range(n)]
    header = ["Risk ID", "Risk Title", "Category", "Owner", "Date Raised", "Likelihood"]
    header += ["Impact", "Score", "RAG", "Status", "Mitigation", "Days Open", "SortKey"]
    rows: list[list[Cell]] = []
    for i in range(n):
        rows.append(
            [
                f"R-{i + 1:03d}",
                titles[i],
                cats[i],
                owners[i],
                raised[i],
                probs[i],
                imps[i],
                "=F{r}*G{r}",
                _rag_formula("H"),
                status[i],
                rng.choice(["Weekly review with the contractor", "Early procurement", "Redesign"]),
                "=TODAY()-E{r}",
                '=J{r}&"-"&TEXT(H{r},"00")',
            ]
        )
    closed = [i for i in range(n) if status[i] == "Closed"][:2]
    last = _register(
        wb,
        ws,
        4,
        1,
        header,
        rows,
        "tblRisks",
        lists={2: "Category", 3: "Owners", 9: "Status"},
        rag_col=8,
        hidden_cols=(12,),
        hidden_rows=tuple(closed),
        comments={(0, 10): "Agreed at the March risk workshop", (2, 5): "Rescored after survey"},
        link_ids="https://intranet.example.nz/risks/{id}",
        date_cols=(4,),
        buttons=("[ Add new risk ]", "[ Back to Dashboard ]"),
    )
    ws["A1"] = "Waikato Hospital - Ward Block B Risk Register"
    _dashboard(
        dash, "Risk Dashboard", "tblRisks", "Risk Register", "J", ["Open", "Monitoring", "Closed"]
    )
    project = {
        "project_name": "Ward Block B Redevelopment",
        "project_id": "WKH-2207",
        "project_manager": "Aroha Ngata",
        "sponsor": "Dr Paul Reid",
        "currency": "NZD",
    }
    _control(
        ctrl,
        "Control",
        [
            ("Project Name", project["project_name"]),
            ("Project Code", project["project_id"]),
            ("Project Manager", project["project_manager"]),
            ("Sponsor", project["sponsor"]),
            ("Currency", "NZD"),
            ("Financial year starts", "July"),
        ],
    )
    _lists_sheet(
        wb,
        {
            "Category": ["Technical", "Operational", "Commercial", "People", "Schedule"],
            "Owners": NZ_PEOPLE,
            "Status": ["Open", "Monitoring", "Closed"],
        },
    )
    values = _project_facts(project)
    for i in range(n):
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owners[i]),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "status", status[i]),
            ValueFact("risks", i, "probability", float(probs[i])),
            ValueFact("risks", i, "impact", float(imps[i])),
            ValueFact("risks", i, "category", cats[i]),
        ]
    assert last == 4 + n
    path = _save(wb, folder, "tool_risk_register_table")
    targets: Targets = _cols("A", ["id", "title", "category", "owner", "raised_date"])
    targets |= _cols("F", ["probability", "impact", None, None, "status", "response", None, None])
    return Built(path, [TruthTable("Risk Register", 4, "risks", targets, {"risks": n})], values)


CA_PEOPLE = ["Émilie Roy", "Jordan MacLeod", "Priya Sandhu", "Owen Tremblay", "Grace Wong"]
CA_ISSUES = [
    "Signal cable route clashes with storm drain",
    "Platform canopy steel delivered short",
    "Fare gate firmware rejects transit cards",
    "Night possession cancelled by operator",
    "Utility locate not completed",
    "Station lighting fails photometric test",
    "Elevator supplier changed the drive unit",
    "Drainage survey missing at km 4",
    "Union grievance on shift patterns",
    "Traffic detour signage not approved",
    "Concrete cylinder tests below strength",
]


def tool_issue_log_outline(folder: Path, rng: random.Random) -> Built:
    """A light-rail extension's issue log (Canada): Read me first, Settings holding the
    project, an Excel Table from column B whose resolved issues are grouped at the bottom and
    collapsed (outline level 1, hidden), Days Open and Overdue formulas never calculated,
    drop-downs on a hidden Lists sheet, ids hyperlinked to their own row."""
    wb = openpyxl.Workbook()
    _instructions(_sheet(wb, "Read me"), "Issue log", None)
    settings = wb.create_sheet("Settings")
    ws = wb.create_sheet("Issues")
    dash = wb.create_sheet("Dashboard")
    n = rng.randint(9, 11)
    titles = rng.sample(CA_ISSUES, n)
    owners = _pick(rng, CA_PEOPLE, n)
    logged = _days(rng, n, date(2026, 1, 12))
    n_done = 3
    status = _pick(rng, ["Open", "In Progress", "On Hold"], n - n_done) + ["Resolved"] * n_done
    prio = _pick(rng, ["Critical", "High", "Medium", "Low"], n)
    targets_d = [d + timedelta(days=rng.randint(10, 40)) for d in logged]
    header = ["Issue #", "Issue", "Raised By", "Assigned To", "Date Logged", "Priority"]
    header += ["Status", "Target Date", "Days Open", "Overdue?", "Resolution"]
    rows: list[list[Cell]] = []
    for i in range(n):
        rows.append(
            [
                f"ISS-{i + 1:03d}",
                titles[i],
                rng.choice(CA_PEOPLE),
                owners[i],
                logged[i],
                prio[i],
                status[i],
                targets_d[i],
                "=TODAY()-F{r}",
                '=IF(AND(H{r}<>"Resolved",I{r}<TODAY()),"Yes","No")',
                "Closed out at site meeting" if status[i] == "Resolved" else None,
            ]
        )
    _register(
        wb,
        ws,
        5,
        2,
        header,
        rows,
        "tblIssues",
        style="TableStyleLight9",
        lists={3: "People", 5: "Priority", 6: "Status"},
        grouped_rows=tuple(range(n - n_done, n)),
        comments={(1, 1): "Raised by the city inspector"},
        link_ids="#'Issues'!B1",
        date_cols=(4, 7),
        buttons=("[ Add new issue ]", "[ Show resolved ]"),
    )
    ws["B1"] = "Eastline LRT Extension - Issue Log"
    _dashboard(
        dash,
        "Issues at a glance",
        "tblIssues",
        "Issues",
        "H",
        ["Open", "In Progress", "On Hold", "Resolved"],
    )
    project = {
        "project_name": "Eastline LRT Extension",
        "project_id": "CAP-0419",
        "project_manager": "Jordan MacLeod",
        "currency": "CAD",
    }
    _control(
        settings,
        "Settings",
        [
            ("Project", project["project_name"]),
            ("Project No.", project["project_id"]),
            ("Project Manager", project["project_manager"]),
            ("Reporting currency", "CAD"),
            ("Fiscal year start", "April"),
        ],
    )
    _lists_sheet(
        wb,
        {
            "People": CA_PEOPLE,
            "Priority": ["Critical", "High", "Medium", "Low"],
            "Status": ["Open", "In Progress", "On Hold", "Resolved"],
        },
    )
    values = _project_facts(project)
    for i in range(n):
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owners[i]),
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "due_date", targets_d[i]),
            ValueFact("issues", i, "priority", prio[i]),
            # ``On Hold`` is no status of the standard's list: read as Open (an alias)
            ValueFact("issues", i, "status", "Open" if status[i] == "On Hold" else status[i]),
        ]
    path = _save(wb, folder, "tool_issue_log_outline")
    targets: Targets = _cols("B", ["id", "title", None, "owner", "raised_date", "priority"])
    targets |= _cols("H", ["status", "due_date", None, None, "resolution"])
    return Built(path, [TruthTable("Issues", 5, "issues", targets, {"issues": n})], values)


DK_PEOPLE = ["Mette Larsen", "Anders Holm", "Sofie Kjær", "Rasmus Berg", "Ida Nielsen"]
DK_DECISIONS = [
    "Use monopile foundations for row C",
    "Move the export cable landfall north",
    "Appoint a second jack-up vessel",
    "Defer the met mast replacement",
    "Accept the turbine supplier's warranty terms",
    "Run the substation FAT in Esbjerg",
    "Switch to a single O&M port",
    "Fund the bird radar study",
    "Freeze the array layout at revision F",
]


def tool_decision_log(folder: Path, rng: random.Random) -> Built:
    """An offshore wind farm's decision log (Denmark): Instructions, the log an Excel Table
    at row 6 under a title, a filter hint and button labels, its forum a drop-down of a
    hidden Lists sheet, Review Due and Age formulas never calculated, one decision's row
    hidden, comments; the project on a Control sheet last."""
    wb = openpyxl.Workbook()
    _instructions(_sheet(wb, "Instructions"), "Decision log", None)
    ws = wb.create_sheet("Decision Log")
    n = rng.randint(7, 9)
    texts = rng.sample(DK_DECISIONS, n)
    days = _days(rng, n, date(2025, 10, 6))
    makers = _pick(rng, DK_PEOPLE, n)
    forums = _pick(rng, ["Steering Committee", "Design Authority", "Project Board"], n)
    header = ["Ref", "Date", "Decision", "Rationale", "Decided By", "Forum", "Linked Risk"]
    header += ["Review Due", "Age (days)"]
    rows: list[list[Cell]] = []
    for i in range(n):
        rows.append(
            [
                f"DEC-{i + 1:02d}",
                days[i],
                texts[i],
                rng.choice(["Lower installed cost", "Programme certainty", "Consent risk"]),
                makers[i],
                forums[i],
                rng.choice([None, "R-004", "R-011"]),
                "=B{r}+180",
                "=TODAY()-B{r}",
            ]
        )
    _register(
        wb,
        ws,
        6,
        1,
        header,
        rows,
        "tblDecisions",
        style="TableStyleMedium9",
        lists={4: "People", 5: "Forum"},
        hidden_rows=(rng.randrange(n),),
        comments={(0, 3): "See board paper 14"},
        date_cols=(1,),
        buttons=("[ Add new decision ]", "[ Clear filters ]"),
    )
    ws["A1"] = "Nordsø Vest Offshore Wind - Decision Log"
    ws["A3"] = "Tip: use the filter arrows in the header to show one forum's decisions."
    wb.defined_names["DecisionLog"] = DefinedName(
        "DecisionLog", attr_text=f"'Decision Log'!$A$6:$I${6 + n}"
    )
    ctrl = wb.create_sheet("Control")
    project = {
        "project_name": "Nordsø Vest Offshore Wind",
        "project_id": "NVW-01",
        "project_manager": "Anders Holm",
        "sponsor": "Karen Friis",
        "currency": "DKK",
    }
    _control(
        ctrl,
        "Project control",
        [
            ("Project name", project["project_name"]),
            ("Project ID", project["project_id"]),
            ("Project manager", project["project_manager"]),
            ("Sponsor", project["sponsor"]),
            ("Currency", "DKK"),
        ],
    )
    _lists_sheet(
        wb,
        {"People": DK_PEOPLE, "Forum": ["Steering Committee", "Design Authority", "Project Board"]},
    )
    values = _project_facts(project)
    for i in range(n):
        values += [
            ValueFact("decisions", i, "decision", texts[i]),
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "made_by", makers[i]),
        ]
    path = _save(wb, folder, "tool_decision_log")
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by", None])
    targets |= _cols("G", ["linked_ids", None, None])
    return Built(
        path, [TruthTable("Decision Log", 6, "decisions", targets, {"decisions": n})], values
    )


AU_LINES = ["Civil works", "Pump stations", "Electrical", "Design fees", "Project management"]


def tool_finance_periods(folder: Path, rng: random.Random) -> Built:
    """A water treatment upgrade's budget (Australia): Instructions, Control holding the
    financial year (``FY2026/27``), its first month (July) and the currency, the budget an
    Excel Table of cost lines by period ``P01`` ... ``P12`` with a Total formula never
    calculated, a hidden helper column, a Dashboard; the periods count from July 2026."""
    wb = openpyxl.Workbook()
    _instructions(_sheet(wb, "Instructions"), "Budget tool", None)
    ctrl = wb.create_sheet("Control")
    ws = wb.create_sheet("Budget")
    project = {
        "project_name": "Mount Gambier WTP Upgrade",
        "project_id": "SAW-3310",
        "project_manager": "Bronwyn Kelly",
        "currency": "AUD",
    }
    _control(
        ctrl,
        "Control",
        [
            ("Project Name", project["project_name"]),
            ("Project Number", project["project_id"]),
            ("Project Manager", project["project_manager"]),
            ("Currency", "AUD"),
            ("Financial Year", "FY2026/27"),
            ("Financial year start month", "July"),
        ],
    )
    header = ["Cost Line", "Category", *[f"P{p:02d}" for p in range(1, 13)], "Total", "Check"]
    rows: list[list[Cell]] = []
    amounts: dict[str, list[int]] = {}
    for line in AU_LINES:
        figures = [rng.randrange(5, 80) * 1000 for _ in range(12)]
        amounts[line] = figures
        rows.append(
            [line, rng.choice(["Capital", "Operating"]), *figures, "=SUM(C{r}:N{r})", "=O{r}>0"]
        )
    _register(
        wb,
        ws,
        4,
        1,
        header,
        rows,
        "tblBudget",
        style="TableStyleMedium4",
        hidden_cols=(15,),
        buttons=("[ Add cost line ]",),
    )
    ws["A1"] = "Budget by period"
    dash = wb.create_sheet("Dashboard")
    dash["A1"] = "Budget summary"
    dash["A3"] = "Total budget"
    dash["B3"] = "=SUM(tblBudget[Total])"
    dash["A4"] = "Lines"
    dash["B4"] = "=ROWS(tblBudget)"
    _lists_sheet(wb, {"Category": ["Capital", "Operating"]})
    values = _project_facts(project)
    for line, figures in amounts.items():
        for p in (0, 5, 11):
            month = date(2026 + (6 + p) // 12, (6 + p) % 12 + 1, 1)
            values.append(ValueFact("finance", (month, line), "budget", float(figures[p])))
    path = _save(wb, folder, "tool_finance_periods")
    targets: Targets = {"A": "cost_line", "B": ("category", "capex_opex"), "O": None, "P": None}
    table = TruthTable("Budget", 4, "finance", targets, {"finance": 12 * len(AU_LINES)})
    return Built(path, [table], values)


IE_PEOPLE = ["Siobhán Kelly", "Cian O'Brien", "Niamh Doyle", "Declan Ryan", "Aisling Burke"]
IE_MILESTONES = [
    ("Design", "Stage 1 design approved"),
    ("Design", "Planning permission granted"),
    ("Design", "Stage 2b tender documents issued"),
    ("Procurement", "Contractor appointed"),
    ("Procurement", "Contract signed"),
    ("Construction", "Site mobilised"),
    ("Construction", "Frame complete"),
    ("Construction", "Building weathertight"),
    ("Handover", "Substantial completion"),
    ("Handover", "School opens to pupils"),
]


def tool_milestones_grouped(folder: Path, rng: random.Random) -> Built:
    """A secondary school build's milestone tracker (Ireland): Read me first, the tracker an
    Excel Table whose finished design milestones are grouped and collapsed, Slippage and RAG
    formulas never calculated, a hidden Year helper formula column, drop-downs on a hidden
    Lists sheet; the project on Settings."""
    wb = openpyxl.Workbook()
    _instructions(_sheet(wb, "Read me"), "Milestone tracker", None)
    ws = wb.create_sheet("Milestones")
    settings = wb.create_sheet("Settings")
    n = len(IE_MILESTONES)
    base = _days(rng, n, date(2025, 9, 1))
    base = sorted(base)
    fcst = [d + timedelta(days=rng.choice([0, 0, 7, 14, 21])) for d in base]
    owners = _pick(rng, IE_PEOPLE, n)
    done = 3
    status = ["Complete"] * done + _pick(rng, ["On Track", "At Risk", "Not Started"], n - done)
    header = ["MS ID", "Milestone", "Phase", "Owner", "Baseline Date", "Forecast Date"]
    header += ["Actual Date", "Slippage (days)", "RAG", "Status", "Year", "Notes"]
    rows: list[list[Cell]] = []
    for i, (phase, text) in enumerate(IE_MILESTONES):
        rows.append(
            [
                f"MS{i + 1:02d}",
                text,
                phase,
                owners[i],
                base[i],
                fcst[i],
                fcst[i] if i < done else None,
                "=F{r}-E{r}",
                '=IF(H{r}>14,"Red",IF(H{r}>0,"Amber","Green"))',
                status[i],
                "=YEAR(E{r})",
                None,
            ]
        )
    _register(
        wb,
        ws,
        4,
        1,
        header,
        rows,
        "tblMilestones",
        lists={2: "Phase", 3: "People", 9: "Status"},
        rag_col=8,
        hidden_cols=(10,),
        grouped_rows=tuple(range(done)),
        comments={(4, 11): "Subject to the Department's sign-off"},
        date_cols=(4, 5, 6),
        buttons=("[ Add milestone ]", "[ Expand all ]"),
    )
    ws["A1"] = "Scoil Bhríde Extension - Milestone Tracker"
    project = {
        "project_name": "Scoil Bhríde Extension",
        "project_id": "DES-22-081",
        "project_manager": "Niamh Doyle",
        "sponsor": "Board of Management",
        "currency": "EUR",
    }
    _control(
        settings,
        "Settings",
        [
            ("Project name", project["project_name"]),
            ("Project reference", project["project_id"]),
            ("Project manager", project["project_manager"]),
            ("Project sponsor", project["sponsor"]),
            ("Currency", "EUR"),
        ],
    )
    _lists_sheet(
        wb,
        {
            "Phase": ["Design", "Procurement", "Construction", "Handover"],
            "People": IE_PEOPLE,
            "Status": ["Not Started", "On Track", "At Risk", "Complete"],
        },
    )
    values = _project_facts(project)
    # the hidden Lists sheet's ``Phase | People`` header row is no project stage
    values.append(ValueFact("project", 0, "stage", None))
    for i, (_, text) in enumerate(IE_MILESTONES):
        values += [
            ValueFact("milestones", i, "milestone", text),
            ValueFact("milestones", i, "owner", owners[i]),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fcst[i]),
        ]
        if i < done:
            values.append(ValueFact("milestones", i, "actual_date", fcst[i]))
    path = _save(wb, folder, "tool_milestones_grouped")
    # a phase (Design, Construction) is no gate of the standard's: left out
    targets: Targets = _cols("A", ["id", "milestone", None, "owner", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", None, None, "status", None, None])
    table = TruthTable("Milestones", 4, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


CL_PEOPLE = ["Camila Rojas", "Diego Muñoz", "Valentina Soto", "Matías Fuentes", "Javiera Paz"]


def tool_raid_workbook(folder: Path, rng: random.Random) -> Built:
    """A copper mine's concentrator expansion RAID workbook (Chile, kept in English): an
    Instructions sheet, a Dashboard of COUNTIFS over every register, one Excel Table per
    register on its own sheet (Risks, Issues, Assumptions, Dependencies), formula columns
    never calculated, hidden closed rows, drop-downs on a hidden Lists sheet, the project on
    Control."""
    wb = openpyxl.Workbook()
    _instructions(_sheet(wb, "Instructions"), "RAID workbook", None)
    dash = wb.create_sheet("Dashboard")
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    # risks
    ws = wb.create_sheet("Risks")
    n = rng.randint(5, 7)
    titles = rng.sample(
        ["Water licence renewal delayed", "Tailings dam review adds scope", "Grinding mill delivery late",
         "Community blockade of the access road", "Power purchase price rises", "Skilled welders scarce",
         "Seismic event during commissioning"], n)  # fmt: skip
    owners = _pick(rng, CL_PEOPLE, n)
    probs = [rng.randint(1, 5) for _ in range(n)]
    imps = [rng.randint(1, 5) for _ in range(n)]
    rows: list[list[Cell]] = [
        [
            f"R{i + 1:02d}",
            titles[i],
            owners[i],
            probs[i],
            imps[i],
            "=D{r}*E{r}",
            rng.choice(["Open", "Closed"]),
        ]
        for i in range(n)
    ]
    _register(wb, ws, 3, 1, ["ID", "Risk", "Owner", "Probability", "Impact", "Rating", "Status"], rows,
              "tblRisk", lists={2: "People", 6: "RiskStatus"}, hidden_rows=(n - 1,),
              buttons=("[ Add new risk ]",))  # fmt: skip
    ws["A1"] = "Risks"
    tables.append(TruthTable("Risks", 3, "risks", _cols("A", ["id", "title", "owner", "probability", "impact", None, "status"]), {"risks": n}))  # fmt: skip
    for i in range(n):
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owners[i]),
            ValueFact("risks", i, "probability", float(probs[i])),
        ]
    # issues
    ws = wb.create_sheet("Issues")
    m = rng.randint(4, 6)
    ititles = rng.sample(
        ["Flotation cell liner cracked", "Camp capacity exceeded", "Survey control lost after storm",
         "Crusher foundation redesign", "Customs hold on spare parts", "Contractor safety stand-down"], m)  # fmt: skip
    iowners = _pick(rng, CL_PEOPLE, m)
    raised = _days(rng, m, date(2026, 2, 2))
    rows = [
        [f"I{i + 1:02d}", ititles[i], iowners[i], raised[i], rng.choice(["High", "Medium", "Low"]),
         rng.choice(["Open", "Closed"]), "=TODAY()-D{r}"]
        for i in range(m)
    ]  # fmt: skip
    _register(wb, ws, 3, 1, ["ID", "Issue", "Owner", "Raised", "Priority", "Status", "Days Open"], rows,
              "tblIssue", lists={2: "People", 4: "Priority"}, date_cols=(3,),
              buttons=("[ Add new issue ]",))  # fmt: skip
    ws["A1"] = "Issues"
    tables.append(TruthTable("Issues", 3, "issues", _cols("A", ["id", "title", "owner", "raised_date", "priority", "status", None]), {"issues": m}))  # fmt: skip
    for i in range(m):
        values += [
            ValueFact("issues", i, "title", ititles[i]),
            ValueFact("issues", i, "raised_date", raised[i]),
        ]
    # assumptions
    ws = wb.create_sheet("Assumptions")
    a_texts = ["Grid connection available from Q3", "Ore grade as per the 2025 model",
               "Union agreement renewed without strike", "Desalinated water supply continues"]  # fmt: skip
    a_owners = _pick(rng, CL_PEOPLE, 4)
    rows = [
        [f"A{i + 1:02d}", a_texts[i], a_owners[i], rng.choice(["Valid", "To validate"]), None]
        for i in range(4)
    ]
    _register(wb, ws, 3, 1, ["ID", "Assumption", "Owner", "Status", "Validated On"], rows, "tblAssumption",
              buttons=("[ Add new assumption ]",))  # fmt: skip
    ws["A1"] = "Assumptions"
    tables.append(TruthTable("Assumptions", 3, "assumptions", _cols("A", ["id", "assumption", "owner", "status", None]), {"assumptions": 4}))  # fmt: skip
    for i in range(4):
        values.append(ValueFact("assumptions", i, "assumption", a_texts[i]))
    # dependencies
    ws = wb.create_sheet("Dependencies")
    d_texts = ["Port access upgrade by the regional authority", "Transmission line by the utility",
               "Camp expansion by the owner's team"]  # fmt: skip
    need = _days(rng, 3, date(2026, 4, 1))
    rows = [
        [f"D{i + 1:02d}", d_texts[i], "Inbound", rng.choice(CL_PEOPLE), need[i], "=E{r}-TODAY()"]
        for i in range(3)
    ]
    _register(wb, ws, 3, 1, ["ID", "Dependency", "Direction", "Owner", "Need By", "Days to Go"], rows,
              "tblDependency", date_cols=(4,), buttons=("[ Add new dependency ]",))  # fmt: skip
    ws["A1"] = "Dependencies"
    tables.append(TruthTable("Dependencies", 3, "dependencies", _cols("A", ["id", "title", "direction", "owner", "need_by", None]), {"dependencies": 3}))  # fmt: skip
    for i in range(3):
        values += [
            ValueFact("dependencies", i, "title", d_texts[i]),
            ValueFact("dependencies", i, "need_by", need[i]),
        ]
    dash["A1"] = "RAID Dashboard"
    _put_counts = [("Open risks", '=COUNTIFS(tblRisk[Status],"Open")'),
                   ("Open issues", '=COUNTIFS(tblIssue[Status],"Open")'),
                   ("Assumptions to validate", '=COUNTIFS(tblAssumption[Status],"To validate")'),
                   ("Dependencies", "=ROWS(tblDependency)")]  # fmt: skip
    dash["A3"], dash["B3"] = "Measure", "Count"
    for k, (label, formula) in enumerate(_put_counts):
        dash.cell(4 + k, 1, label)
        dash.cell(4 + k, 2, formula)
    ctrl = wb.create_sheet("Control")
    project = {
        "project_name": "Concentrator Expansion Phase II",
        "project_id": "CEX-2",
        "project_manager": "Valentina Soto",
        "sponsor": "Rodrigo Vidal",
        "currency": "USD",
    }
    _control(
        ctrl,
        "Control",
        [
            ("Project Name", project["project_name"]),
            ("Project ID", project["project_id"]),
            ("Project Manager", project["project_manager"]),
            ("Sponsor", project["sponsor"]),
            ("Currency", "USD"),
        ],
    )
    _lists_sheet(
        wb,
        {
            "People": CL_PEOPLE,
            "RiskStatus": ["Open", "Closed"],
            "Priority": ["High", "Medium", "Low"],
        },
    )
    values += _project_facts(project)
    path = _save(wb, folder, "tool_raid_workbook")
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Kept untouched while tuning
# ---------------------------------------------------------------------------------------

KE_PEOPLE = ["Wanjiru Kamau", "Otieno Odhiambo", "Achieng Atieno", "Kiprop Rotich", "Zawadi Mwangi"]


def kept_risk_tracker(folder: Path, rng: random.Random) -> Built:
    """A solar mini-grid programme's risk tracker (Kenya): Read me first, Settings with the
    project, the tracker an Excel Table from column C with a row-number column before it
    outside the table, Risk Score and Rating formulas never calculated, closed risks' rows
    hidden, a Dashboard of COUNTIFS, drop-downs on a hidden Lists sheet."""
    wb = openpyxl.Workbook()
    _instructions(
        _sheet(wb, "Read me"),
        "Risk tracker",
        [
            ("Risk No.", "Unique number"),
            ("Risk Description", "What could happen"),
            ("Risk Owner", "Who manages it"),
        ],
    )
    settings = wb.create_sheet("Settings")
    ws = wb.create_sheet("Risk Tracker")
    dash = wb.create_sheet("Dashboard")
    n = rng.randint(7, 9)
    titles = rng.sample(
        ["Battery import duty changes", "County approvals slow", "Theft of solar panels", "Tariff not approved by EPRA",
         "Rainy season blocks site access", "Community meters tampered", "Inverter supplier stock-out",
         "Mobile money outage affects collections", "Grant disbursement delayed"], n)  # fmt: skip
    owners = _pick(rng, KE_PEOPLE, n)
    raised = _days(rng, n, date(2026, 1, 5))
    probs = [rng.randint(1, 5) for _ in range(n)]
    imps = [rng.randint(1, 5) for _ in range(n)]
    status = _pick(rng, ["Open", "Open", "Closed"], n)
    header = ["Risk No.", "Risk Description", "Risk Owner", "Date Identified", "Likelihood (1-5)"]
    header += ["Impact (1-5)", "Risk Score", "Rating", "Response", "Status"]
    rows: list[list[Cell]] = [
        [f"RSK{i + 1:03d}", titles[i], owners[i], raised[i], probs[i], imps[i], "=G{r}*H{r}",
         _rag_formula("I"), rng.choice(["Reduce", "Transfer", "Accept"]), status[i]]
        for i in range(n)
    ]  # fmt: skip
    _register(wb, ws, 5, 3, header, rows, "RiskTracker", style="TableStyleMedium7",
              lists={2: "People", 8: "Response", 9: "Status"}, rag_col=7,
              hidden_rows=tuple(i for i in range(n) if status[i] == "Closed"),
              link_ids="#'Risk Tracker'!C1", date_cols=(3,), buttons=("[ Add new risk ]", "[ Dashboard ]"))  # fmt: skip
    for i in range(n):
        ws.cell(6 + i, 2, i + 1)
    ws["C1"] = "Off-grid Solar Programme - Risk Tracker"
    _dashboard(dash, "Dashboard", "RiskTracker", "Risk Tracker", "L", ["Open", "Closed"])
    project = {"project_name": "Off-grid Solar Programme", "project_id": "OGS-KE-04",
               "project_manager": "Wanjiru Kamau", "currency": "KES"}  # fmt: skip
    _control(settings, "Settings", [("Project name", project["project_name"]), ("Project code", project["project_id"]),
                                    ("Programme manager", project["project_manager"]), ("Currency", "KES")])  # fmt: skip
    _lists_sheet(
        wb,
        {
            "People": KE_PEOPLE,
            "Response": ["Reduce", "Transfer", "Accept", "Avoid"],
            "Status": ["Open", "Closed"],
        },
    )
    values = _project_facts(project)
    for i in range(n):
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owners[i]),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "impact", float(imps[i])),
            ValueFact("risks", i, "status", status[i]),
        ]
    path = _save(wb, folder, "kept_risk_tracker")
    targets: Targets = _cols(
        "C", ["id", "title", "owner", "raised_date", "probability", "impact", None, None]
    )
    targets |= {"K": "response_type", "L": "status"}
    return Built(path, [TruthTable("Risk Tracker", 5, "risks", targets, {"risks": n})], values)


SC_PEOPLE = ["Fiona MacDonald", "Callum Reid", "Isla Fraser", "Euan Stewart", "Morag Campbell"]


def kept_issue_register_filter(folder: Path, rng: random.Random) -> Built:
    """A rail station refurbishment's issue register (Scotland) kept as a plain range with an
    autofilter, frozen panes and a defined name (no Excel Table): a Dashboard first, then
    Instructions, the register under a title and button labels, an Age formula never
    calculated, hidden rows, comments, the project on Control."""
    wb = openpyxl.Workbook()
    dash = _sheet(wb, "Dashboard")
    _instructions(wb.create_sheet("Instructions"), "Issue register", None)
    ws = wb.create_sheet("Issue Register")
    n = rng.randint(8, 10)
    titles = rng.sample(
        ["Listed building consent conditions", "Platform 2 lift out of service", "Network Rail possession refused",
         "Canopy glazing supplier insolvent", "Ticket office asbestos survey late", "CCTV coverage gaps",
         "Drainage backs up in heavy rain", "Heritage paint colour disputed", "Scaffold licence expired",
         "Passenger complaints about noise"], n)  # fmt: skip
    owners = _pick(rng, SC_PEOPLE, n)
    raised = _days(rng, n, date(2026, 2, 2))
    sev = _pick(rng, ["High", "Medium", "Low"], n)
    status = _pick(rng, ["Open", "Open", "Closed"], n)
    header = [
        "Issue Ref",
        "Issue Description",
        "Owner",
        "Date Raised",
        "Severity",
        "Status",
        "Age",
        "Action Taken",
    ]
    rows: list[list[Cell]] = [
        [f"IR-{i + 1:02d}", titles[i], owners[i], raised[i], sev[i], status[i], "=TODAY()-D{r}",
         rng.choice(["Escalated to the client", "Workaround agreed", None])]
        for i in range(n)
    ]  # fmt: skip
    _register(wb, ws, 4, 1, header, rows, None, lists={2: "People", 4: "Severity", 5: "Status"},
              hidden_rows=tuple(i for i in range(n) if status[i] == "Closed")[:2],
              comments={(0, 1): "Raised by Historic Environment Scotland"}, date_cols=(3,),
              buttons=("[ Add new issue ]", "[ Reset filter ]"))  # fmt: skip
    ws["A1"] = "Dunblane Station Refurbishment - Issue Register"
    _dashboard(dash, "Issue dashboard", "RegisterData", "Issue Register", "F", ["Open", "Closed"])
    ctrl = wb.create_sheet("Control")
    project = {"project_name": "Dunblane Station Refurbishment", "project_id": "SR-DBL-09",
               "project_manager": "Isla Fraser", "sponsor": "ScotRail Property", "currency": "GBP"}  # fmt: skip
    _control(ctrl, "Control", [("Project Name", project["project_name"]), ("Project ID", project["project_id"]),
                               ("Project Manager", project["project_manager"]), ("Sponsor", project["sponsor"]),
                               ("Currency", "GBP")])  # fmt: skip
    _lists_sheet(
        wb,
        {"People": SC_PEOPLE, "Severity": ["High", "Medium", "Low"], "Status": ["Open", "Closed"]},
    )
    values = _project_facts(project)
    for i in range(n):
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owners[i]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "status", status[i]),
        ]
    path = _save(wb, folder, "kept_issue_register_filter")
    targets: Targets = _cols(
        "A", ["id", "title", "owner", "raised_date", "severity", "status", None, "resolution"]
    )
    return Built(path, [TruthTable("Issue Register", 4, "issues", targets, {"issues": n})], values)


SG_PEOPLE = ["Tan Wei Ling", "Muhammad Faizal", "Priya Raman", "Lim Jun Hao", "Siti Aminah"]


def kept_dependency_tracker(folder: Path, rng: random.Random) -> Built:
    """A container terminal automation programme's dependency tracker (Singapore): Read me,
    the tracker an Excel Table whose direction is a drop-down of a hidden Lists sheet, a
    Slack (days) formula never calculated, a hidden helper column, collapsed grouped rows of
    met dependencies; the project on Settings."""
    wb = openpyxl.Workbook()
    _instructions(_sheet(wb, "Read me"), "Dependency tracker", None)
    ws = wb.create_sheet("Dependencies")
    settings = wb.create_sheet("Settings")
    n = rng.randint(6, 8)
    texts = rng.sample(
        ["Berth 5 crane rail alignment", "Terminal OS release 7.2", "Customs single-window API",
         "Power substation upgrade", "5G private network licence", "Yard lighting replacement",
         "Gate automation cameras", "Vessel planning integration"], n)  # fmt: skip
    direction = _pick(rng, ["Inbound", "Outbound"], n)
    owners = _pick(rng, SG_PEOPLE, n)
    need = _days(rng, n, date(2026, 3, 2))
    committed = [d + timedelta(days=rng.randint(-10, 20)) for d in need]
    header = [
        "Dep ID",
        "Dependency",
        "Direction",
        "Other Project",
        "Owner",
        "Need By",
        "Committed Date",
    ]
    header += ["Slack (days)", "Helper", "Status"]
    rows: list[list[Cell]] = [
        [f"DEP-{i + 1:02d}", texts[i], direction[i], rng.choice(["TUAS-2", "CIS-9", "PWR-3"]), owners[i],
         need[i], committed[i], "=F{r}-G{r}", "=ROW()-5", rng.choice(["Met", "On Track", "At Risk"])]
        for i in range(n)
    ]  # fmt: skip
    _register(wb, ws, 5, 1, header, rows, "tblDeps", lists={2: "Direction", 4: "People"}, hidden_cols=(8,),
              grouped_rows=(0, 1), date_cols=(5, 6), buttons=("[ Add dependency ]",))  # fmt: skip
    ws["A1"] = "Tuas Automation - Dependency Tracker"
    project = {"project_name": "Tuas Automation Programme", "project_id": "TAP-07",
               "project_manager": "Lim Jun Hao", "currency": "SGD"}  # fmt: skip
    _control(settings, "Settings", [("Programme", project["project_name"]), ("Project ID", project["project_id"]),
                                    ("Project Manager", project["project_manager"]), ("Currency", "SGD")])  # fmt: skip
    _lists_sheet(wb, {"Direction": ["Inbound", "Outbound"], "People": SG_PEOPLE})
    values = _project_facts({k: v for k, v in project.items() if k != "project_name"})
    for i in range(n):
        values += [
            ValueFact("dependencies", i, "title", texts[i]),
            ValueFact("dependencies", i, "direction", direction[i]),
            ValueFact("dependencies", i, "owner", owners[i]),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed[i]),
        ]
    path = _save(wb, folder, "kept_dependency_tracker")
    targets: Targets = _cols(
        "A", ["id", "title", "direction", "counterparty_project_id", "owner", "need_by"]
    )
    targets |= {"G": "committed_date", "H": None, "I": None, "J": "status"}
    table = TruthTable("Dependencies", 5, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


PT_PEOPLE = ["Inês Costa", "João Ferreira", "Marta Silva", "Rui Almeida", "Beatriz Sousa"]


def kept_assumptions_log(folder: Path, rng: random.Random) -> Built:
    """A metro line extension's assumptions log (Portugal, kept in English): Instructions
    first with a field guide, the log an Excel Table under button labels, a Days to Validate
    formula never calculated, drop-downs on a hidden Lists sheet, a hidden row, comments;
    the project on Control."""
    wb = openpyxl.Workbook()
    _instructions(
        _sheet(wb, "Instructions"),
        "Assumptions log",
        [
            ("Assumption", "What we take to be true"),
            ("Owner", "Who checks it"),
            ("Validate By", "When"),
        ],
    )
    ws = wb.create_sheet("Assumptions")
    n = rng.randint(6, 8)
    texts = rng.sample(
        ["Tunnel boring machine available from Q2", "EU cohesion funds confirmed", "Ridership grows 3% a year",
         "Utility records accurate to 0.5 m", "No archaeological finds at Alcântara", "Night works permitted",
         "Rolling stock order not delayed", "Municipal permits within 60 days"], n)  # fmt: skip
    owners = _pick(rng, PT_PEOPLE, n)
    by = _days(rng, n, date(2026, 4, 6))
    header = [
        "Ref",
        "Assumption",
        "Owner",
        "Date Logged",
        "Validate By",
        "Days to Validate",
        "Status",
        "Impact if Wrong",
    ]
    logged = _days(rng, n, date(2025, 12, 1))
    rows: list[list[Cell]] = [
        [f"AS{i + 1:02d}", texts[i], owners[i], logged[i], by[i], "=E{r}-TODAY()",
         rng.choice(["Open", "Validated", "Invalid"]), rng.choice(["Schedule slip", "Cost increase"])]
        for i in range(n)
    ]  # fmt: skip
    _register(wb, ws, 4, 1, header, rows, "tblAssumptions", style="TableStyleLight15",
              lists={2: "People", 6: "Status"}, hidden_rows=(rng.randrange(n),),
              comments={(1, 1): "From the 2025 business case"}, date_cols=(3, 4),
              buttons=("[ Add new assumption ]",))  # fmt: skip
    ws["A1"] = "Linha Vermelha Extension - Assumptions Log"
    ctrl = wb.create_sheet("Control")
    project = {"project_name": "Linha Vermelha Extension", "project_id": "ML-LV-3",
               "project_manager": "Marta Silva", "sponsor": "Rui Almeida", "currency": "EUR"}  # fmt: skip
    _control(ctrl, "Control", [("Project Name", project["project_name"]), ("Project Code", project["project_id"]),
                               ("Project Manager", project["project_manager"]), ("Sponsor", project["sponsor"]),
                               ("Currency", "EUR")])  # fmt: skip
    _lists_sheet(wb, {"People": PT_PEOPLE, "Status": ["Open", "Validated", "Invalid"]})
    values = _project_facts(project)
    for i in range(n):
        values += [
            ValueFact("assumptions", i, "assumption", texts[i]),
            ValueFact("assumptions", i, "owner", owners[i]),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "raised_date", logged[i]),
        ]
    path = _save(wb, folder, "kept_assumptions_log")
    targets: Targets = _cols(
        "A", ["id", "assumption", "owner", "raised_date", "validate_by", None, "status"]
    )
    targets |= {"H": "impact_if_false"}
    table = TruthTable("Assumptions", 4, "assumptions", targets, {"assumptions": n})
    return Built(path, [table], values)


IN_LINES = ["Civil & structural", "MEP services", "Medical equipment", "IT & networks"]


def kept_finance_months(folder: Path, rng: random.Random) -> Built:
    """A district hospital's actuals tracker (India): Instructions, Settings holding the
    financial year (``2026-27``), its first month (April) and the currency, the actuals an
    Excel Table of cost lines by month ``Apr`` ... ``Mar`` (no year) with a Full Year formula
    never calculated, a Dashboard."""
    wb = openpyxl.Workbook()
    _instructions(_sheet(wb, "Instructions"), "Actuals tracker", None)
    settings = wb.create_sheet("Settings")
    ws = wb.create_sheet("Actuals")
    project = {"project_name": "Nashik District Hospital", "project_id": "NDH-2026",
               "project_manager": "Anil Deshmukh", "currency": "INR"}  # fmt: skip
    _control(settings, "Settings", [("Project Name", project["project_name"]), ("Project ID", project["project_id"]),
                                    ("Project Manager", project["project_manager"]), ("Currency", "INR"),
                                    ("Financial Year", "2026-27"), ("Year starts in", "April")])  # fmt: skip
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    header = ["Cost Line", *months, "Full Year"]
    rows: list[list[Cell]] = []
    amounts: dict[str, list[int]] = {}
    for line in IN_LINES:
        figures = [rng.randrange(2, 60) * 10000 for _ in range(12)]
        amounts[line] = figures
        rows.append([line, *figures, "=SUM(B{r}:M{r})"])
    _register(wb, ws, 4, 1, header, rows, "tblActuals", buttons=("[ Add cost line ]",))
    ws["A1"] = "Actual spend by month"
    dash = wb.create_sheet("Dashboard")
    dash["A1"] = "Spend summary"
    dash["A3"], dash["B3"] = "Year to date", "=SUM(tblActuals[Full Year])"
    values = _project_facts(project)
    for line, figures in amounts.items():
        for k in (0, 8, 10):
            month = date(2026 + (3 + k) // 12, (3 + k) % 12 + 1, 1)
            values.append(ValueFact("finance", (month, line), "actual", float(figures[k])))
    path = _save(wb, folder, "kept_finance_months")
    targets: Targets = {"A": "cost_line", "N": None}
    table = TruthTable("Actuals", 4, "finance", targets, {"finance": 12 * len(IN_LINES)})
    return Built(path, [table], values)


US_PEOPLE = ["Dana Whitfield", "Marcus Hill", "Rosa Delgado", "Kevin Park", "Tamika Brooks"]


def kept_raid_log_single(folder: Path, rng: random.Random) -> Built:
    """A county broadband build's RAID log (USA): Instructions, a Dashboard of COUNTIFS by
    type, one Excel Table with a Type drop-down, a Days Open formula never calculated and a
    hidden helper column, closed items grouped and collapsed; the project on Control."""
    wb = openpyxl.Workbook()
    _instructions(_sheet(wb, "Instructions"), "RAID log", None)
    dash = wb.create_sheet("Dashboard")
    ws = wb.create_sheet("RAID Log")
    items = [
        ("Risk", "Pole attachment permits delayed"),
        ("Risk", "Fiber prices rise with tariffs"),
        ("Issue", "Boring crew hit a gas line"),
        ("Assumption", "BEAD grant funds released in spring"),
        ("Issue", "Easement refused on County Road 12"),
        ("Dependency", "Electric co-op make-ready work"),
        ("Risk", "Winter halts aerial work"),
        ("Issue", "Splicing trailer broken down"),
    ]
    rng.shuffle(items)
    n = len(items)
    owners = _pick(rng, US_PEOPLE, n)
    opened = _days(rng, n, date(2026, 1, 5))
    status = _pick(rng, ["Open", "Open", "Closed"], n)
    header = [
        "ID",
        "Type",
        "Description",
        "Owner",
        "Date Opened",
        "Status",
        "Days Open",
        "Key",
        "Next Step",
    ]
    rows: list[list[Cell]] = [
        [f"RAID-{i + 1:02d}", items[i][0], items[i][1], owners[i], opened[i], status[i], "=TODAY()-E{r}",
         '=B{r}&"|"&F{r}', rng.choice(["Call vendor", "Escalate to county", None])]
        for i in range(n)
    ]  # fmt: skip
    _register(wb, ws, 4, 1, header, rows, "tblRAID", lists={1: "Type", 3: "People", 5: "Status"},
              hidden_cols=(7,), grouped_rows=tuple(i for i in range(n) if status[i] == "Closed"),
              date_cols=(4,), buttons=("[ Add new item ]", "[ Dashboard ]"))  # fmt: skip
    ws["A1"] = "Lake County Broadband - RAID Log"
    dash["A1"] = "RAID dashboard"
    for k, word in enumerate(["Risk", "Issue", "Assumption", "Dependency"]):
        dash.cell(3 + k, 1, word)
        dash.cell(3 + k, 2, f'=COUNTIFS(tblRAID[Type],"{word}",tblRAID[Status],"Open")')
    ctrl = wb.create_sheet("Control")
    project = {"project_name": "Lake County Broadband", "project_id": "LCB-21",
               "project_manager": "Rosa Delgado", "sponsor": "County Commission", "currency": "USD"}  # fmt: skip
    _control(ctrl, "Control", [("Project Name", project["project_name"]), ("Project Number", project["project_id"]),
                               ("Project Manager", project["project_manager"]), ("Sponsor", project["sponsor"]),
                               ("Currency", "USD")])  # fmt: skip
    _lists_sheet(
        wb,
        {
            "Type": ["Risk", "Issue", "Assumption", "Dependency"],
            "People": US_PEOPLE,
            "Status": ["Open", "Closed"],
        },
    )
    values = _project_facts(project)
    counts: dict[str, int] = {}
    key = {
        "Risk": "risks",
        "Issue": "issues",
        "Assumption": "assumptions",
        "Dependency": "dependencies",
    }
    text_field = {
        "risks": "title",
        "issues": "title",
        "assumptions": "assumption",
        "dependencies": "title",
    }
    for i, (kind, text) in enumerate(items):
        reg = key[kind]
        k = counts.get(reg, 0)
        counts[reg] = k + 1
        values += [ValueFact(reg, k, text_field[reg], text), ValueFact(reg, k, "owner", owners[i])]
    path = _save(wb, folder, "kept_raid_log_single")
    targets: Targets = _cols(
        "A", ["id", "register", ("title", "assumption"), "owner", "raised_date"]
    )
    targets |= {"F": "status", "G": None, "H": None}
    return Built(path, [TruthTable("RAID Log", 4, "raid", targets, counts)], values)


TOOLS_TUNED = [
    Layout("tool_risk_register_table", "risk register as an Excel Table tool, Control sheet", tool_risk_register_table),
    Layout("tool_issue_log_outline", "issue log Table from column B, resolved rows collapsed", tool_issue_log_outline),
    Layout("tool_decision_log", "decision log Table under a filter hint, a hidden row", tool_decision_log),
    Layout("tool_finance_periods", "budget Table by period, the fiscal year on Control", tool_finance_periods),
    Layout("tool_milestones_grouped", "milestone Table, finished rows grouped, formulas", tool_milestones_grouped),
    Layout("tool_raid_workbook", "a Table per RAID register, Dashboard of COUNTIFS", tool_raid_workbook),
]  # fmt: skip

TOOLS_KEPT = [
    Layout("kept_risk_tracker", "risk tracker Table from column C, hidden closed rows", kept_risk_tracker),
    Layout("kept_issue_register_filter", "issue register as a range with an autofilter", kept_issue_register_filter),
    Layout("kept_dependency_tracker", "dependency Table with a hidden helper column", kept_dependency_tracker),
    Layout("kept_assumptions_log", "assumptions Table under a field guide", kept_assumptions_log),
    Layout("kept_finance_months", "actuals Table by month, the fiscal year on Settings", kept_finance_months),
    Layout("kept_raid_log_single", "one RAID Table with a Type drop-down", kept_raid_log_single),
]  # fmt: skip
