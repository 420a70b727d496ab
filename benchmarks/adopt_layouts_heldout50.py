"""The fiftieth held-out batch (``HELD_OUT_50``, round 31): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is ORDINARY: what
a PMO in a large English-speaking organisation receives from its project managers, in
English, from tool exports (ProjectManager.com, Projectplace), hand-built
registers and trackers and accountants' sheets, in sectors no earlier batch's docstring
names (a bowls club, a sisal decortication plant, a steelpan yard, a bell tower, a palm
kernel oil mill, a pawpaw packhouse, a chutney factory, an ice cream plant, a carousel, a coir
mill, a peat bog restoration, a matatu depot).

Registers:

- ``uk_bowls_club_projectmanager_risks``: a UK bowls club clubhouse's risks exported from
  ProjectManager.com (sheet `Risks`, header on row 1): `ID` 1.., `Name`, `Description`,
  `Owner`, `Priority` Low / Medium / High / Critical, `Created` ISO text, `Status` Open /
  Closed.
- ``ke_sisal_plant_risks_and_issues``: a Kenyan sisal decortication plant's workbook holding
  two registers: sheet `Risks` (a title, header on row 3, `Risk No.` R01.., `Risk`, `Owner`,
  `L` / `I` 1-5, `Mitigation`, `Status` Open / Closed) and sheet `Issues` (header on row 3,
  `Issue No.` I01.., `Issue`, `Raised` as `dd/mm/yyyy` text, `Owner`, `Priority` H / M / L,
  `Status` Open / Closed).
- ``tt_steelpan_yard_decision_log``: a Trinidad steelpan yard's decision log: a title and
  a note, header on row 4, `Decision No.` 1.., `Date` cells shown `dd-mmm-yy`, `Decision`,
  `Decided by`, `Comments`.
- ``cy_bell_tower_projectplace_issues``: a Cypriot church bell tower's issues exported from
  Projectplace: `Title`, `Assignee`, `Priority`, `Status` Open / In progress / Closed,
  `Created` as `05.03.2026` text, `Due` as the same.
- ``ng_palm_kernel_mill_dependency_log``: a Nigerian palm kernel oil mill's dependency log: a
  title, header on row 3, `S/N` 1.., `Dependency`, `From / To` Inbound / Outbound, `Owner`,
  `Needed by` date cells shown `dd/mm/yyyy`, `Status` Open / At Risk / Delivered.
- ``fj_pawpaw_packhouse_raid_log``: a Fijian pawpaw packhouse's mixed RAID log: `Type`
  Risk / Assumption / Issue / Dependency words, `Item`, `Owner`, `Date logged` cells shown
  `d/mm/yyyy`, `Status` Open / Closed, `Comments`.

Trackers:

- ``za_chutney_budget_vs_actual_month``: a South African chutney factory's budget against
  actual for March 2026: title lines with `Month: March 2026` and `Amounts in Rand`, `Cost
  line`, `Budget`, `Actual`, `Variance`, a `Total` row.
- ``nz_ice_cream_forecast_fy27``: a NZ ice cream plant's forecast for FY27 (July to June):
  months across as text `Jul 2026` .., cost lines down, a `Total` column.
- ``us_carousel_budget_actual_long``: a US carousel restoration's monthly budget and spend kept
  long: `Month` date cells shown `mmm yyyy` DOWN, repeated per `Category`, `Budget ($)`,
  `Actual ($)`.
- ``ie_bog_restoration_resource_plan``: an Irish peat bog restoration's resource plan in days:
  `Resource`, `Role`, months across as text `Jan-26`.., a `Total` column.
- ``in_coir_mill_milestone_plan``: an Indian coir
  mill's milestone plan: `S.No.`, `Milestone`, `Responsible`, `Planned Date` / `Actual Date`
  as `dd.mm.yyyy` text, `Status` Completed / In Progress / Not Started.
- ``ke_matatu_depot_status_report``: a Nairobi matatu depot's status report: label / value
  rows (`Project`, `Sponsor`, `Project Manager`, `Reporting period ending` date cell),
  `Overall RAG` / `Schedule RAG` / `Cost RAG` words, `Key messages`, then a `Milestones`
  table (`Milestone`, `Baseline`, `Forecast`, `RAG`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the matatu report's milestone `RAG` Green / Amber / Red (a milestone status or a
  colour?): no status fact; `Baseline` is the baseline and `Forecast` the forecast date;
  `Reporting period ending` is the report date; `Key messages` is the summary;
- the RAID log's `Date logged` for a dependency (no raised date in the standard): no fact;
  the log's items have no ids; `Comments`: left out;
- the Projectplace `Created` / `Due` text is day first (`05.03.2026`, Cyprus); the
  `Priority` words are the standard's; `In progress` is In Progress;
- the sisal registers' `R01` / `I01` ids: R-001 / I-001 (the register's letter and a
  number); `H` / `M` / `L` is High / Medium / Low; `L` / `I` are probability and impact;
- the ProjectManager.com `ID` 1.. numbers, the steelpan `Decision No.`, the palm kernel `S/N`
  and the coir `S.No.`: no id fact; `Priority` in a risk register: left out, no fact;
  `Created` is the raised date;
- the steelpan `Decided by` is the maker, `Comments`: left out (rationale or note?);
- the palm kernel `From / To` words are the direction; `Open` is Open;
- the coir `Completed` is Complete, `In Progress` In Progress, `Not Started` Not Started;
- the chutney tracker's `Variance` and `Total`: no line, no measure; `Rand` (ZAR, not on
  the standard's list): no currency fact; the month is March 2026 from the title;
- the ice cream tracker's `Total`: no month; the title says `Forecast`, so the amounts are
  forecasts; NZD (not on the list): no currency fact;
- the carousel long table's rows are (month, category) budget and actual; `$` names no
  currency (see the audit below);
- the bog plan's days per month: counts only, no value facts.

Readings used: date cells are what they hold; text dates are day first except ISO text;
ids in no standard shape get no id fact. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audit, round 31 (docs/adopt.md, "Round 31: the fiftieth batch's truth audited"): every
layout's cells read at seed 2026 and spot-checked at seed 7 against SPEC, the standards'
lists, the model fields and earlier audits' rulings. One fact changed: the carousel's
project `currency` `USD` was removed (no fact), since `Budget ($)` / `Actual ($)` carry a
bare `$` with no currency word or code, and earlier audits give a bare `$` no currency
(round 24's Unanet, round 26's Planful `($ in thousands)`, round 28's MYOB; round 22's
rule: `($)` on every header gives none). No cell was mended; every other fact was kept as
written.

Mended in round 31's last hour (docs/adopt.md, "Round 31 (its last hour): ..."): the chutney
and carousel trackers counted two finance items per month and cost line (one per measure);
SPEC section 3 keeps one row per month and cost line with its budget and actual on it, the
scorer reads both values from that one item, and every earlier batch counts months x lines
(round 22's months-down tracker with budget, actual and forecast: months x categories). The
counts are now one per month and line: a writer's slip, no cell changed.
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
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

BOWLS_RISKS = [
    ("Green drainage fails in a wet winter", "Rink surface floods and play stops"),
    ("Lottery grant decision delayed", "Works cannot start until the award"),
    ("Asbestos in the old pavilion roof", "Removal adds cost and weeks"),
    ("Volunteer labour drops off over summer", "Fit-out slows"),
    ("Listed boundary wall damaged by plant", "Conservation officer involvement"),
    ("Bar licence variation refused", "Opening night without a bar"),
]
BOWLS_OWNERS = ["Graham Pickering", "Susan Holt", "Derek Ainsworth", "Margaret Lowe"]


def uk_bowls_club_projectmanager_risks(folder: Path, rng: random.Random) -> Built:
    """A UK bowls club's risks exported from ProjectManager.com: header on row 1, numeric
    `ID`, `Priority`, `Created` ISO text, Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    head = ["ID", "Name", "Description", "Owner", "Priority", "Created", "Status"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (text, desc) in enumerate(rng.sample(BOWLS_RISKS, n)):
        who = rng.choice(BOWLS_OWNERS)
        st = rng.choice(["Open", "Open", "Closed"])
        pr = rng.choice(["Low", "Medium", "High", "Critical"])
        _put(ws, 2 + i, 1, [[i + 1, text, desc, who, pr, made[i].isoformat(), st]])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "description", desc),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "description", "owner", None])
    targets |= _cols("F", ["raised_date", "status"])
    path = _save(wb, folder, "uk_bowls_club_projectmanager_risks")
    return Built(path, [_one("risks", "Risks", 1, targets, n)], values)


SISAL_RISKS = [
    ("Decorticator spares held at Mombasa port", "Order spares by air freight"),
    ("Long rains cut leaf deliveries", "Stockpile leaf in the dry season"),
    ("KPLC power outages stop the line", "Standby generator"),
    ("Effluent licence from NEMA delayed", "Early submission"),
    ("Fibre price falls on the world market", "Forward contracts"),
]
SISAL_ISSUES = [
    "Brushing machine motor burnt out",
    "Leaf cutters' wage dispute",
    "Drying lines damaged by wind",
    "Borehole pump failed",
    "Access road washed out",
]
SISAL_PEOPLE = ["Wanjiru Kamau", "Otieno Ochieng", "Mutua Kilonzo", "Akinyi Atieno"]
HML = {"H": "High", "M": "Medium", "L": "Low"}


def ke_sisal_plant_risks_and_issues(folder: Path, rng: random.Random) -> Built:
    """A Kenyan sisal plant's workbook with a `Risks` and an `Issues` sheet, R01 / I01 ids,
    1-5 scores, H / M / L priority, `dd/mm/yyyy` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Voi Sisal Estate - Decortication Plant Upgrade: Risk Register"
    _put(ws, 3, 1, [["Risk No.", "Risk", "Owner", "L", "I", "Mitigation", "Status"]])
    nr = rng.randint(3, 5)
    values: list[ValueFact] = []
    for i, (text, plan) in enumerate(rng.sample(SISAL_RISKS, nr)):
        who, p, c = rng.choice(SISAL_PEOPLE), rng.randint(1, 5), rng.randint(1, 5)
        st = rng.choice(["Open", "Open", "Closed"])
        _put(ws, 4 + i, 1, [[f"R{i + 1:02d}", text, who, p, c, plan, st]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    ws2 = wb.create_sheet("Issues")
    ws2["A1"] = "Voi Sisal Estate - Issue Log"
    _put(ws2, 3, 1, [["Issue No.", "Issue", "Raised", "Owner", "Priority", "Status"]])
    ni = rng.randint(3, 5)
    made = _days(rng, ni, date(2026, 2, 2))
    made[0] = made[0].replace(day=rng.randint(13, 28))  # a day past 12 shows the order
    made.sort()
    for i, text in enumerate(rng.sample(SISAL_ISSUES, ni)):
        who, pr = rng.choice(SISAL_PEOPLE), rng.choice(list(HML))
        st = rng.choice(["Open", "Closed"])
        _put(ws2, 4 + i, 1, [[f"I{i + 1:02d}", text, _dmy(made[i]), who, pr, st]])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", HML[pr]),
            ValueFact("issues", i, "status", st),
        ]
    rt: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "response"])
    rt |= {"G": "status"}
    it: Targets = _cols("A", ["id", "title", "raised_date", "owner", "priority", "status"])
    path = _save(wb, folder, "ke_sisal_plant_risks_and_issues")
    return Built(path, [_one("risks", "Risks", 3, rt, nr), _one("issues", "Issues", 3, it, ni)],
                 values)  # fmt: skip


STEELPAN_DECISIONS = [
    "Pan yard roof extended over the tenor section",
    "Tuner contracted from Laventille for the season",
    "Sound barrier wall built on the east side",
    "Panorama arrangement chosen by the captains",
    "Trailer rack welded locally rather than imported",
    "Rehearsal lights switched to LED",
]
STEELPAN_BY = ["Band Committee", "Band Manager", "Sponsor"]


def tt_steelpan_yard_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Trinidad steelpan yard's decision log: header on row 4 under a title and a note,
    `Decision No.` numbers, `dd-mmm-yy` date cells, `Decided by`, `Comments`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Belmont Steel Orchestra - Pan Yard Upgrade"
    ws["A2"] = "Decision log (update after every committee meeting)"
    _put(ws, 4, 1, [["Decision No.", "Date", "Decision", "Decided by", "Comments"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(STEELPAN_DECISIONS, n)):
        who = rng.choice(STEELPAN_BY)
        _put(ws, 5 + i, 1, [[i + 1, when[i], text, who, rng.choice(["Unanimous", None])]])
        ws.cell(5 + i, 2).number_format = "dd-mmm-yy"
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "made_by", None])
    path = _save(wb, folder, "tt_steelpan_yard_decision_log")
    return Built(path, [_one("decisions", "Decisions", 4, targets, n)], values)


BELL_ISSUES = [
    "Bell frame timber rot worse than surveyed",
    "Bronze bell crack needs a foundry in Greece",
    "Scaffold permit from the municipality pending",
    "Stone lintel supplier in Limassol delayed",
    "Bishopric asks for a revised lighting design",
    "Crane access blocked on feast day",
]
BELL_PEOPLE = ["Andreas Georgiou", "Eleni Christodoulou", "Marios Ioannou"]
BELL_STATUS = {"Open": "Open", "In progress": "In Progress", "Closed": "Closed"}


def cy_bell_tower_projectplace_issues(folder: Path, rng: random.Random) -> Built:
    """A Cypriot bell tower's issues exported from Projectplace: `Assignee`, `Created` and
    `Due` as `05.03.2026` text, `In progress`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    _put(ws, 1, 1, [["Title", "Assignee", "Priority", "Status", "Created", "Due"]])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 14))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(BELL_ISSUES, n)):
        who, pr = rng.choice(BELL_PEOPLE), rng.choice(["Low", "Medium", "High"])
        st = rng.choice(list(BELL_STATUS))
        due = made[i] + timedelta(days=rng.choice([14, 20, 30]))
        _put(ws, 2 + i, 1, [[text, who, pr, st, _dmy(made[i], "."), _dmy(due, ".")]])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "status", BELL_STATUS[st]),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "due_date", due),
        ]
    targets: Targets = _cols("A", ["title", "owner", "priority", "status", "raised_date"])
    targets |= {"F": "due_date"}
    path = _save(wb, folder, "cy_bell_tower_projectplace_issues")
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


PALM_DEPS = [
    ("Gas supply line from the state distributor", "Inbound"),
    ("Kernel crusher delivered by the Lagos importer", "Inbound"),
    ("Kernel oil samples to the soap maker", "Outbound"),
    ("NAFDAC registration of the product", "Inbound"),
    ("Out-grower palm fruit volumes to procurement", "Outbound"),
]
PALM_PEOPLE = ["Chinedu Okafor", "Funmilayo Adeyemi", "Ibrahim Bello", "Ngozi Eze"]


def ng_palm_kernel_mill_dependency_log(folder: Path, rng: random.Random) -> Built:
    """A Nigerian palm kernel oil mill's dependency log: header on row 3, `S/N`, `From / To`
    Inbound / Outbound, `Needed by` date cells shown `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Ogun Palm Kernel Oil Mill - Dependency Log"
    head = ["S/N", "Dependency", "From / To", "Owner", "Needed by", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(PALM_DEPS, n)):
        who, st = rng.choice(PALM_PEOPLE), rng.choice(["Open", "At Risk", "Delivered"])
        _put(ws, 4 + i, 1, [[i + 1, text, way, who, need[i], st]])
        ws.cell(4 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "direction", "owner", "need_by"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "ng_palm_kernel_mill_dependency_log")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


PAWPAW_ROWS = [
    ("Risk", "Cyclone season damages the packhouse roof"),
    ("Risk", "Fruit fly detection stops exports to NZ"),
    ("Assumption", "Biosecurity Authority inspects within a week"),
    ("Assumption", "Growers in Sigatoka supply year round"),
    ("Issue", "Hot water treatment tank thermostat faulty"),
    ("Issue", "Cartons delivered in the wrong size"),
    ("Dependency", "Airfreight space from Nadi confirmed"),
    ("Dependency", "Three-phase power from EFL"),
]
PAWPAW_PEOPLE = ["Josefa Tuilagi", "Priya Naidu", "Sereana Vula", "Ravin Prasad"]
PAWPAW_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
PAWPAW_REG["Dependency"] = "dependencies"


def fj_pawpaw_packhouse_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Fijian pawpaw packhouse's mixed RAID log: `Type` words, no ids, `Date logged` cells
    shown `d/mm/yyyy`, Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Sigatoka Pawpaw Packhouse - RAID Log"
    _put(ws, 3, 1, [["Type", "Item", "Owner", "Date logged", "Status", "Comments"]])
    rows = [r for k, r in enumerate(PAWPAW_ROWS) if k % 2 == 0 or rng.random() < 0.5]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2026, 2, 9))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = PAWPAW_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(PAWPAW_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        _put(ws, 4 + k, 1, [[kind, text, who, logged[k], st, rng.choice(["Chased", None])]])
        ws.cell(4 + k, 4).number_format = "d/mm/yyyy"
        values += [
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
    targets: Targets = _cols("A", ["register", ("title", "assumption"), "owner"])
    targets |= _cols("D", [("raised_date", None), "status", None])
    path = _save(wb, folder, "fj_pawpaw_packhouse_raid_log")
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CHUTNEY_LINES = ["Fruit & vegetables", "Jars & lids", "Labels", "Spices", "Labour"]
CHUTNEY_LINES += ["Electricity"]


def za_chutney_budget_vs_actual_month(folder: Path, rng: random.Random) -> Built:
    """A South African chutney factory's budget against actual for one month: `Month: March
    2026` and `Amounts in Rand` lines, `Budget` / `Actual` / `Variance`, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mar 2026")
    ws["A1"] = "Paarl Chutney Works - Line 2 Expansion"
    ws["A2"] = "Month: March 2026"
    ws["A3"] = "Amounts in Rand"
    _put(ws, 5, 1, [["Cost line", "Budget", "Actual", "Variance"]])
    lines = rng.sample(CHUTNEY_LINES, rng.randint(3, 5))
    month = date(2026, 3, 1)
    values: list[ValueFact] = []
    tb = ta = 0.0
    for r, line in enumerate(lines):
        b = float(rng.randrange(10, 200) * 1000)
        a = round(b * rng.uniform(0.8, 1.2), 2)
        tb, ta = tb + b, ta + a
        _put(ws, 6 + r, 1, [[line, b, a, round(b - a, 2)]])
        for c in (2, 3, 4):
            ws.cell(6 + r, c).number_format = "#,##0.00"
        values += [
            ValueFact("finance", (month, line), "budget", b),
            ValueFact("finance", (month, line), "actual", a),
        ]
    _put(ws, 6 + len(lines), 1, [["Total", tb, round(ta, 2), round(tb - ta, 2)]])
    for c in (2, 3, 4):
        ws.cell(6 + len(lines), c).number_format = "#,##0.00"
    path = _save(wb, folder, "za_chutney_budget_vs_actual_month")
    targets: Targets = {"A": "cost_line", "B": "budget", "C": "actual", "D": None}
    # one finance item per month and cost line, its budget and actual on it (SPEC section 3;
    # round 31's last hour mended a count of 2 per line, a writer's slip)
    table = TruthTable("Mar 2026", 5, "finance", targets, {"finance": len(lines)})
    return Built(path, [table], values)


ICE_CREAM_LINES = ["Freezer plant", "Hardening tunnel", "Packaging line", "Cool store"]
ICE_CREAM_LINES += ["Commissioning", "Contingency"]


def nz_ice_cream_forecast_fy27(folder: Path, rng: random.Random) -> Built:
    """A NZ ice cream plant's FY27 forecast: months across as `Jul 2026` text, lines down,
    a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast FY27")
    ws["A1"] = "Timaru Ice Cream Plant - Capex Forecast FY27 (NZ$)"
    months = _months(date(2026, 7, 1), 12)
    _put(ws, 3, 1, [["Cost line", *[f"{m:%b %Y}" for m in months], "Total"]])
    lines = rng.sample(ICE_CREAM_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    count = 0
    for r, line in enumerate(lines):
        amounts: list[float | None] = []
        for m in months:
            if rng.random() < 0.3:
                amounts.append(None)
                continue
            amount = float(rng.randrange(2, 90) * 500)
            amounts.append(amount)
            values.append(ValueFact("finance", (m, line), "forecast", amount))
            count += 1
        _put(ws, 4 + r, 1, [[line, *amounts, sum(a for a in amounts if a)]])
        for c in range(2, 15):
            ws.cell(4 + r, c).number_format = "#,##0"
    path = _save(wb, folder, "nz_ice_cream_forecast_fy27")
    table = TruthTable("Forecast FY27", 3, "finance", {"A": "cost_line"}, {"finance": count})
    return Built(path, [table], values)


CAROUSEL_CATS = ["Horse carving", "Paint & gilding", "Band organ", "Mechanism", "Canopy"]


def us_carousel_budget_actual_long(folder: Path, rng: random.Random) -> Built:
    """A US carousel restoration's budget and spend kept long: `Month` date cells shown
    `mmm yyyy` down, repeated per `Category`, `Budget ($)` and `Actual ($)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Lakeside Park Carousel Restoration - monthly budget vs actual"
    _put(ws, 2, 1, [["Month", "Category", "Budget ($)", "Actual ($)"]])
    months = _months(date(2025, 12, 1), rng.randint(2, 4))
    cats = rng.sample(CAROUSEL_CATS, 3)
    values: list[ValueFact] = []  # a bare `$` names no currency (audit, round 31)
    r = 3
    for m in months:
        for cat in cats:
            b = float(rng.randrange(1, 40) * 250)
            a = round(b * rng.uniform(0.7, 1.3), 2)
            _put(ws, r, 1, [[m, cat, b, a]])
            ws.cell(r, 1).number_format = "mmm yyyy"
            for c in (3, 4):
                ws.cell(r, c).number_format = "#,##0.00"
            values += [
                ValueFact("finance", (m, cat), "budget", b),
                ValueFact("finance", (m, cat), "actual", a),
            ]
            r += 1
    path = _save(wb, folder, "us_carousel_budget_actual_long")
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    n = len(months) * len(cats)  # one item per (month, category): mended in round 31's last hour
    table = TruthTable("Budget vs Actual", 2, "finance", targets, {"finance": n})
    return Built(path, [table], values)


BOG_PEOPLE = [
    ("Ciara Brennan", "Ecologist"),
    ("Seamus Flynn", "Site Foreman"),
    ("Aoife Dunne", "Project Manager"),
    ("Tomas Keane", "Carpenter"),
    ("Orla Nolan", "Archaeologist"),
]


def ie_bog_restoration_resource_plan(folder: Path, rng: random.Random) -> Built:
    """An Irish bog restoration's resource plan in days: `Resource`, `Role`, months across as
    `Jan-26` text, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Clara Bog Rewetting Project - Resource Plan (days)"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Resource", "Role", *[f"{m:%b-%y}" for m in months], "Total"]])
    count = 0
    for r, (name, role) in enumerate(rng.sample(BOG_PEOPLE, rng.randint(3, 5))):
        days = [rng.choice([0, 0, 3, 5, 10, 15]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, role, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "ie_bog_restoration_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


COIR_MILESTONES = [
    "Land lease registered",
    "Defibering machines installed",
    "Pollution Control Board consent",
    "Trial run of the spinning unit",
    "First export container of coir mats",
    "Handover to the cooperative",
]
COIR_PEOPLE = ["K. Ramesh", "Anjali Nair", "P. Suresh Kumar"]
COIR_STATUS = {"Completed": "Complete", "In Progress": "In Progress"}
COIR_STATUS["Not Started"] = "Not Started"


def in_coir_mill_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """An Indian coir mill's milestone plan: `S.No.`, `Responsible`, `Planned Date` /
    `Actual Date` as `dd.mm.yyyy` text, Completed / In Progress / Not Started."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Alappuzha Coir Mill Modernisation - Milestone Plan"
    head = ["S.No.", "Milestone", "Responsible", "Planned Date", "Actual Date", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    plan = _days(rng, n, date(2025, 12, 1))
    plan[0] = plan[0].replace(day=rng.randint(13, 28))
    plan.sort()
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(COIR_MILESTONES[:n]):
        who = rng.choice(COIR_PEOPLE)
        if i < done:
            st, actual = "Completed", plan[i] + timedelta(days=rng.choice([0, 3, 9]))
        else:
            st, actual = rng.choice(["In Progress", "Not Started"]), None
        cells: list[object] = [i + 1, name, who, _dmy(plan[i], ".")]
        cells += [_dmy(actual, ".") if actual else None, st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "status", COIR_STATUS[st]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["actual_date", "status"])
    path = _save(wb, folder, "in_coir_mill_milestone_plan")
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


MATATU_MILESTONES = [
    "Depot site handed over by the county",
    "Workshop pits and lifts installed",
    "Fuel station licensed by EPRA",
    "Fleet management system live",
    "Depot opened to SACCO members",
]


def ke_matatu_depot_status_report(folder: Path, rng: random.Random) -> Built:
    """A Nairobi matatu depot's status report: label / value rows, a `Reporting period
    ending` date cell, RAG words, `Key messages`, a `Milestones` table with a RAG column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    project, sponsor, pm = "Embakasi Matatu Depot", "Peter Mwangi", "Grace Wambui"
    report = date(2026, 4, rng.choice([3, 10, 17, 24]))
    ws["A1"] = "Monthly Project Status Report"
    rows: list[list[object]] = [["Project", project], ["Sponsor", sponsor]]
    rows += [["Project Manager", pm], ["Reporting period ending", report]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    _put(ws, 8, 1, [["Overall RAG", rags[0]], ["Schedule RAG", rags[1]], ["Cost RAG", rags[2]]])
    msg = rng.choice(
        ["Workshop pits poured; lifts arrive next month.", "County approval of the layout late."]
    )
    _put(ws, 12, 1, [["Key messages", msg]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "status_summary", msg),
    ]
    ws["A14"] = "Milestones"
    _put(ws, 15, 1, [["Milestone", "Baseline", "Forecast", "RAG"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2026, 1, 12))
    for i, name in enumerate(MATATU_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        _put(ws, 16 + i, 1, [[name, base[i], fc, rng.choice(["Green", "Amber", "Red"])]])
        for c in (2, 3):
            ws.cell(16 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": ("status", None)}
    path = _save(wb, folder, "ke_matatu_depot_status_report")
    return Built(path, [_one("milestones", "Status Report", 15, targets, n)], values)


HELD_OUT_50: tuple[Layout, ...] = (
    Layout("uk_bowls_club_projectmanager_risks",
           "UK bowls club ProjectManager.com risk export (numeric ID, ISO Created)",
           uk_bowls_club_projectmanager_risks),
    Layout("ke_sisal_plant_risks_and_issues",
           "Kenyan sisal plant workbook with Risks and Issues sheets (R01 / I01, H / M / L)",
           ke_sisal_plant_risks_and_issues),
    Layout("tt_steelpan_yard_decision_log",
           "Trinidad steelpan yard decision log (header on row 4, dd-mmm-yy cells)",
           tt_steelpan_yard_decision_log),
    Layout("cy_bell_tower_projectplace_issues",
           "Cypriot bell tower Projectplace issue export (05.03.2026 text, Assignee)",
           cy_bell_tower_projectplace_issues),
    Layout("ng_palm_kernel_mill_dependency_log",
           "Nigerian palm kernel mill dependency log (S/N, From / To, Needed by)",
           ng_palm_kernel_mill_dependency_log),
    Layout("fj_pawpaw_packhouse_raid_log",
           "Fijian pawpaw packhouse mixed RAID log (Type words, no ids)",
           fj_pawpaw_packhouse_raid_log),
    Layout("za_chutney_budget_vs_actual_month",
           "SA chutney factory budget vs actual for one month (Rand, Variance, Total)",
           za_chutney_budget_vs_actual_month),
    Layout("nz_ice_cream_forecast_fy27",
           "NZ ice cream plant FY27 forecast (Jul 2026 text months across, Total)",
           nz_ice_cream_forecast_fy27),
    Layout("us_carousel_budget_actual_long",
           "US carousel budget vs actual kept long (Month cells down, Category)",
           us_carousel_budget_actual_long),
    Layout("ie_bog_restoration_resource_plan",
           "Irish bog restoration resource plan in days (Jan-26 text months)",
           ie_bog_restoration_resource_plan),
    Layout("in_coir_mill_milestone_plan",
           "Indian coir mill milestone plan (S.No., dd.mm.yyyy text, Completed)",
           in_coir_mill_milestone_plan),
    Layout("ke_matatu_depot_status_report",
           "Kenyan matatu depot status report (RAG words, milestone RAG column)",
           ke_matatu_depot_status_report),
)  # fmt: skip
