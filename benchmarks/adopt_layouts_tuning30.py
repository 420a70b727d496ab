"""The thirtieth tuning batch (``TUNING_30``, round 33): twelve seeded legacy layouts with
ground truth, written by an engineer who does not tune adoption and who read neither the
adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind is SUPPLIER AND
CONSULTANCY REPORTS: workbooks a project receives from, or sends to, its contractors,
consultancies and outsourcers, which the PMO adopts as the CLIENT project's registers and
trackers, in sectors no earlier batch's docstring names (an ice hotel, a pistachio huller,
a sea cucumber hatchery, a saffron cooperative, a yurt factory, a paddle steamer, a paua
hatchery, an ice wine winery, a rope factory, a harissa factory, a mezcal distillery, an
argan oil press).

Registers:

- ``se_ice_hotel_supplier_raid``: a Swedish ice hotel rebuild's mixed RAID extract in the
  ice-harvest contractor's own scheme (sheet `RAID extract`): a title and `Client project`
  line, `Ref` KIR-014.. (the supplier's running numbers), `Type` Risk / Assumption / Issue
  / Dependency words, `Description`, `Owner`, `Raised` cells shown `yyyy-mm-dd`, `Status`
  Open / Closed, `Supplier comment`.
- ``us_pistachio_huller_contractor_risks``: a Californian pistachio hulling plant's risk
  register from the design-build contractor: `Risk No.` R-001.., `Identified` cells shown
  `m/d/yyyy`, `Risk Description`, `Category` (standard words), `Prob. (1-5)`, `Impact
  (1-5)`, `Risk Owner`, `Owner Org` Contractor / Owner, `Mitigation`, `Status` Open /
  Monitoring / Closed.
- ``lk_sea_cucumber_hatchery_vendor_issues``: a Sri Lankan sea cucumber hatchery's issue
  log kept by the equipment vendor: header on row 4, `Ticket` 4-digit numbers, `Logged`
  as `dd/mm/yyyy` text, `Summary`, `Priority` Critical / High / Medium / Low, `Assignee`,
  `Target date` cells, `State` Open / In Progress / Resolved / Closed.
- ``es_saffron_coop_consultancy_decisions``: a Spanish saffron cooperative's decision
  record kept by its consultancy: `Ref.` DEC-01.., `Fecha / Date` as `dd/mm/yyyy` text,
  `Decision`, `Rationale`, `Decided by`.
- ``mn_yurt_factory_client_dependencies``: a Mongolian yurt factory's list of what the
  machinery supplier needs from the client: `#`, `Client dependency`, `Client owner`,
  `Needed by` cells shown `dd.mm.yyyy`, `Status` On Track / At Risk / Late / Delivered.
- ``uk_paddle_steamer_boatyard_log``: a UK paddle steamer restoration's boatyard report
  workbook of two registers: sheet `Risks` (`ID` R01.., `Risk`, `Likelihood` / `Impact`
  High / Medium / Low, `Owner`, `Status`) and sheet `Issues` (`ID` I01.., `Issue`, `Raised`
  cells, `Owner`, `Status` Open / Closed).

Trackers:

- ``au_paua_hatchery_fee_tracker``: an Australian-run NZ paua hatchery's engineering
  consultancy fee tracker (AUD, ex GST): `Fee stage` down, months across as date cells
  shown `mmm-yy`, invoiced amounts, a `Fee (ex GST)` column before the months, a `Total
  invoiced` column and a `Total` row.
- ``ca_ice_wine_winery_valuations``: a Canadian ice wine winery's contractor valuations:
  `Val. No.` and `Period ending` date cells DOWN, trade packages ACROSS, amounts for the
  period in CAD, a `Total` column.
- ``us_rope_factory_tm_month``: a US rope factory automation consultancy's T&M invoice
  backup for one month: a `Period: May 2026` line, `Consultant`, `Grade`, `Days`, `Day
  rate (USD)`, `Amount (USD)`, a `Total` row.
- ``tn_harissa_factory_staffing_plan``: a Tunisian harissa factory's outsourced staffing
  plan in days per month: `Role`, `Name` (`TBC` for an unfilled seat), months across as
  `Jun 2026` text.
- ``mx_mezcal_distillery_sow_milestones``: a Mexican mezcal distillery's statement-of-work
  payment milestones from the contractor: `SOW ref`, `Milestone`, `Contract date` /
  `Forecast` / `Achieved` cells shown `dd/mm/yyyy`, `Payment (USD)`, `Status` Achieved /
  Forecast / Late.
- ``ma_argan_press_supplier_status``: a Moroccan argan oil press line's weekly status pack
  from the French supplier: `Client project`, `Client PM`, `Supplier PM`, `Week ending`
  cell, RAGs `Overall` / `Time` / `Cost` / `Quality`, `Headline`, `All amounts in EUR`,
  then a `Milestones` table (`Milestone`, `Plan`, `Forecast`, `RAG`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the argan pack's `Supplier PM` (the project's manager, or the supplier's?) gives no fact,
  `Client PM` is the project manager; `Quality` (not scope): no fact; the milestones' `RAG`
  Green / Amber / Red (a RAG is no milestone status): no status fact; `Client project` is
  the project name (the pack is for the client's project); `Cost` is the cost RAG, `Time`
  the schedule RAG; `All amounts in EUR` is EUR;
- the ice hotel extract's `KIR-014` refs (the supplier's numbering, shared by the four
  types; renumber or keep?): no id fact; a dependency's `Raised` (no raised date in the
  standard): no fact; `Supplier comment`: left out;
- the yurt factory's dependencies: `Direction` is not written (the supplier needs them
  from the client: inbound to whom?): no direction fact; `#`: no id fact;
  `Client owner` is the owner; `Needed by` the need-by date;
- the mezcal milestones' `Forecast` status (In Progress or Not Started?): no status fact;
  `Achieved` is Complete and `Late` Late; `SOW ref` SOW-M1..: no id fact; `Payment (USD)`:
  left out (a milestone's payment is no standard milestone field);
- the pistachio risks' `Owner Org`: left out, `Risk Owner` is the owner, `Mitigation` the
  response; `R-001` is the id;
- the paddle steamer's `R01` / `I01` are R-001 / I-001 (the earlier audits' `R1` / `I1`); `Likelihood` / `Impact`
  High / Medium / Low words (which number?): no probability / impact facts; the issues'
  `Raised` cells are the raised date;
- the sea cucumber `Ticket` numbers: no id fact; `Logged` text is day first (a day past 12
  in the column); `Assignee` is the owner, `Target date` the due date;
- the saffron `DEC-01` is DC-001 (the earlier audits' `D01`); `Decided by` is the maker; `Rationale` the rationale;
- the paua fee tracker: `Fee (ex GST)` (a stage's whole fee, no month): no fact; the
  invoiced months are actuals; blank months no item; the `Total invoiced` column and the
  `Total` row are no month and no line; AUD from the title;
- the ice wine valuations: `Val. No.`: left out; the period amounts are actuals in the
  `Period ending` date's month; `Total`: no line;
- the rope factory T&M month: the line is the consultant; `Amount (USD)` the actual for
  May 2026; `Grade`, `Days`, `Day rate`: left out; `Total`: no line; USD;
- the harissa staffing plan: days per month, counts only (no value facts); a `TBC` name
  is still a seat (the role is the line).

Readings used: date cells are what they hold; text dates are day first; ids in no
standard shape get no id fact (the register's letter and a
number are read as the earlier audits read them). Written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
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

ICE_ROWS = [
    ("Risk", "Torne river ice thinner than 60 cm at harvest"),
    ("Risk", "Ice saw blade supplier stock-out"),
    ("Risk", "Thaw week delays the art suite carving"),
    ("Assumption", "Client provides the cold store from 1 December"),
    ("Assumption", "Artists arrive on the Kiruna flight as booked"),
    ("Issue", "Loader broke a track on the river bank"),
    ("Issue", "Snice mix too wet for the main hall arches"),
    ("Dependency", "Client's electrician to fit LED strips before carving"),
    ("Dependency", "Municipal permit for the river ice take"),
]
ICE_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
ICE_REG["Dependency"] = "dependencies"
ICE_PEOPLE = ["Lars Nilsson", "Anna Lindqvist", "Erik Sarri", "Maja Pokka"]


def se_ice_hotel_supplier_raid(folder: Path, rng: random.Random) -> Built:
    """A Swedish ice hotel's mixed RAID extract in the ice-harvest contractor's scheme:
    `KIR-014` running refs, type words, `Raised` cells shown `yyyy-mm-dd`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Kiruna Isbrytning AB - RAID extract"
    ws["A2"] = "Client project: Icehotel 37 Art Suites Build"
    head = ["Ref", "Type", "Description", "Owner", "Raised", "Status", "Supplier comment"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(ICE_ROWS) if k % 3 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2025, 10, 1))
    first = rng.randint(10, 40)
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = ICE_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(ICE_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"KIR-{first + k:03d}", kind, text, who, raised[k], st]
        cells += [rng.choice(["Discussed at site meeting", None, "Awaiting client"])]
        _put(ws, 5 + k, 1, [cells])
        ws.cell(5 + k, 5).number_format = "yyyy-mm-dd"
        key = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, key, text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), "status", None])
    path = _save(wb, folder, "se_ice_hotel_supplier_raid")
    return Built(path, [TruthTable("RAID extract", 4, "raid", targets, counts)], values)


PISTACHIO_RISKS = [
    ("Huller delivery from Italy slips past harvest", "Schedule", "Expedite; rent a huller"),
    ("Groundwater permit conditions tighten", "Legal", "Early meeting with the county"),
    ("Steel price escalation on the dryer building", "Commercial", "Lock prices at NTP"),
    ("Electrical utility upgrade not ready", "Third Party", "Weekly PG&E call"),
    ("Dust explosion hazard in the sorting hall", "Technical", "NFPA 61 review"),
    ("Seasonal labor shortage for commissioning", "People", "Book crews in spring"),
]
PISTACHIO_OWNERS = ["Mike Alvarez", "Jenna Ruiz", "Tom Becker", "Priya Sandhu"]


def us_pistachio_huller_contractor_risks(folder: Path, rng: random.Random) -> Built:
    """A Californian pistachio huller's contractor risk register: `R-001` refs, cells shown
    `m/d/yyyy`, 1-5 scores, `Risk Owner` and `Owner Org`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Kern Valley Pistachio Hulling Plant - Design-Build Risk Register"
    ws["A2"] = "Prepared by Sierra Build Group for Kern Valley Growers"
    head = ["Risk No.", "Identified", "Risk Description", "Category", "Prob. (1-5)"]
    head += ["Impact (1-5)", "Risk Owner", "Owner Org", "Mitigation", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(PISTACHIO_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who, st = rng.choice(PISTACHIO_OWNERS), rng.choice(["Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", made[i], text, cat, p, c, who]
        cells += [rng.choice(["Contractor", "Owner"]), plan, st]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 2).number_format = "m/d/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category", "probability"])
    targets |= _cols("F", ["impact", "owner", None, "response", "status"])
    path = _save(wb, folder, "us_pistachio_huller_contractor_risks")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


CUCUMBER_ISSUES = [
    "Seawater intake pump cavitating at low tide",
    "UV steriliser alarm false trips",
    "Larval tank heaters overshoot 30 C",
    "Control panel HMI in English only",
    "Spare filter cartridges held at Colombo customs",
    "Algae culture room aircon undersized",
    "Flow meter calibration certificate missing",
]
CUCUMBER_ASSIGNEES = ["Nuwan Perera", "K. Jayasuriya", "Ruwan Silva", "Dilani Fernando"]


def lk_sea_cucumber_hatchery_vendor_issues(folder: Path, rng: random.Random) -> Built:
    """A Sri Lankan sea cucumber hatchery's vendor issue log: header on row 4, `Ticket`
    numbers, `Logged` as `dd/mm/yyyy` text, `Target date` cells, `State`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "AquaSys Lanka (Pvt) Ltd - Open items, Kalpitiya Hatchery"
    ws["A2"] = f"Issued {rng.choice(['weekly', 'fortnightly'])} to the client's project office"
    head = ["Ticket", "Logged", "Summary", "Priority", "Assignee", "Target date", "State"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 7)
    logged = _days(rng, n, date(2026, 1, 5))
    base = rng.randint(2100, 2400)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CUCUMBER_ISSUES, n)):
        pr = rng.choice(["Critical", "High", "Medium", "Low"])
        who = rng.choice(CUCUMBER_ASSIGNEES)
        due = logged[i] + timedelta(days=rng.choice([5, 10, 20]))
        st = rng.choice(["Open", "In Progress", "Resolved", "Closed"])
        _put(ws, 5 + i, 1, [[base + 3 * i, _dmy(logged[i]), text, pr, who, due, st]])
        ws.cell(5 + i, 6).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "priority", "owner"])
    targets |= _cols("F", ["due_date", "status"])
    path = _save(wb, folder, "lk_sea_cucumber_hatchery_vendor_issues")
    return Built(path, [_one("issues", "Issue Log", 4, targets, n)], values)


SAFFRON_DECISIONS = [
    ("Drying room fitted with heat pumps, not gas", "Lower running cost, steadier colour"),
    ("Corm stock bought from La Mancha growers only", "DOP provenance"),
    ("Packing line tendered as one lot", "One warranty, one interface"),
    ("Harvest labour contracted through the cooperative", "Members asked for it"),
    ("Lab testing to ISO 3632 outsourced", "No in-house lab before 2027"),
]
SAFFRON_BY = ["Junta Rectora", "Project Board", "Gerente, Carmen Ortega"]


def es_saffron_coop_consultancy_decisions(folder: Path, rng: random.Random) -> Built:
    """A Spanish saffron cooperative's decision record kept by its consultancy: `DEC-01`,
    `Fecha / Date` as `dd/mm/yyyy` text, `Decided by`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisiones")
    ws["A1"] = "Cooperativa Rosa del Azafrán - Modernización planta - Decision record"
    ws["A2"] = "Kept by Levante Consultores SL"
    _put(ws, 4, 1, [["Ref.", "Fecha / Date", "Decision", "Rationale", "Decided by"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(SAFFRON_DECISIONS, n)):
        who = rng.choice(SAFFRON_BY)
        _put(ws, 5 + i, 1, [[f"DEC-{i + 1:02d}", _dmy(when[i]), text, why, who]])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "es_saffron_coop_consultancy_decisions")
    return Built(path, [_one("decisions", "Decisiones", 4, targets, n)], values)


YURT_DEPS = [
    "Factory floor slab cured and handed over",
    "Three-phase supply connected to the felt line",
    "Import licence for the lattice CNC router",
    "Client operators available for training",
    "Wool felt samples for trial runs",
    "Customs clearance at Zamyn-Uud",
]
YURT_OWNERS = ["B. Bat-Erdene", "Ts. Oyunchimeg", "G. Ganbold"]
YURT_STATUS = ["On Track", "On Track", "At Risk", "Late", "Delivered"]


def mn_yurt_factory_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Mongolian yurt factory's client dependencies listed by the machinery supplier:
    `#`, `Client owner`, `Needed by` cells shown `dd.mm.yyyy`, no direction column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client dependencies")
    ws["A1"] = "Ger Works LLC felt and lattice line - what we need from the client"
    _put(ws, 3, 1, [["#", "Client dependency", "Client owner", "Needed by", "Status"]])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(YURT_DEPS, n)):
        who, st = rng.choice(YURT_OWNERS), rng.choice(YURT_STATUS)
        _put(ws, 4 + i, 1, [[i + 1, text, who, need[i], st]])
        ws.cell(4 + i, 4).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "owner", "need_by", "status"])
    path = _save(wb, folder, "mn_yurt_factory_client_dependencies")
    return Built(path, [_one("dependencies", "Client dependencies", 3, targets, n)], values)


STEAMER_RISKS = [
    "Paddle wheel shaft found cracked on survey",
    "Boiler inspector not available before launch",
    "Heritage grant tranche 3 delayed",
    "Riveters retire before hull plating is done",
    "Slipway tide window missed",
]
STEAMER_ISSUES = [
    "Deck planking teak batch rejected",
    "Asbestos lagging found in the engine room",
    "Crane hire overran by two weeks",
    "Saloon panelling drawings missing",
]
STEAMER_PEOPLE = ["Iain Macleod", "Shona Reid", "Boatyard PM", "Gordon Tait"]


def uk_paddle_steamer_boatyard_log(folder: Path, rng: random.Random) -> Built:
    """A UK paddle steamer's boatyard report workbook: `Risks` (High / Medium / Low words)
    and `Issues` (`Raised` cells) sheets, `R01` / `I01` ids."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Clyde Heritage Boatyard - PS Maid of the Loch restoration - Risks"
    _put(ws, 3, 1, [["ID", "Risk", "Likelihood", "Impact", "Owner", "Status"]])
    nr = rng.randint(3, 5)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(STEAMER_RISKS, nr)):
        who = rng.choice(STEAMER_PEOPLE)
        st = rng.choice(["Open", "Open", "Closed"])
        lv = [rng.choice(["High", "Medium", "Low"]) for _ in range(2)]
        _put(ws, 4 + i, 1, [[f"R{i + 1:02d}", text, *lv, who, st]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
        ]
    rt: Targets = _cols("A", ["id", "title", ("probability", None)])
    rt |= _cols("D", [("impact", None), "owner", "status"])
    ws2 = wb.create_sheet("Issues")
    ws2["A1"] = "Clyde Heritage Boatyard - PS Maid of the Loch restoration - Issues"
    _put(ws2, 3, 1, [["ID", "Issue", "Raised", "Owner", "Status"]])
    ni = rng.randint(2, 4)
    raised = _days(rng, ni, date(2026, 1, 12))
    for i, text in enumerate(rng.sample(STEAMER_ISSUES, ni)):
        who, st = rng.choice(STEAMER_PEOPLE), rng.choice(["Open", "Closed"])
        _put(ws2, 4 + i, 1, [[f"I{i + 1:02d}", text, raised[i], who, st]])
        ws2.cell(4 + i, 3).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "status", st),
        ]
    it: Targets = _cols("A", ["id", "title", "raised_date", "owner", "status"])
    path = _save(wb, folder, "uk_paddle_steamer_boatyard_log")
    tables = [_one("risks", "Risks", 3, rt, nr), _one("issues", "Issues", 3, it, ni)]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

PAUA_STAGES = ["Concept design", "Developed design", "Consent support", "Tender docs"]
PAUA_STAGES += ["Construction monitoring", "Commissioning support"]


def au_paua_hatchery_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """An engineering consultancy's fee tracker for a paua hatchery (AUD ex GST): stages
    down, a `Fee (ex GST)` column, months across as cells shown `mmm-yy`, totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fee tracker")
    ws["A1"] = "Coastal Aquaculture Engineers Pty Ltd - Paua hatchery, Stewart Island"
    ws["A2"] = "Fees invoiced, AUD excluding GST"
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    _put(ws, 4, 1, [["Fee stage", "Fee (ex GST)", *months, "Total invoiced"]])
    for c in range(3, 3 + len(months)):
        ws.cell(4, c).number_format = "mmm-yy"
    stages = PAUA_STAGES[: rng.randint(4, 6)]
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    count = 0
    totals = [0.0] * (len(months) + 2)
    for r, stage in enumerate(stages):
        fee = float(rng.randrange(20, 120) * 1000)
        amounts: list[float | None] = []
        for month in months:
            if rng.random() < 0.4:
                amounts.append(None)
                continue
            amount = float(rng.randrange(10, 200) * 50)
            amounts.append(amount)
            count += 1
            values.append(ValueFact("finance", (month, stage), "actual", amount))
        row = [fee, *amounts, sum(a for a in amounts if a)]
        totals = [t + (a or 0.0) for t, a in zip(totals, row, strict=True)]
        _put(ws, 5 + r, 1, [[stage, *row]])
        for c in range(2, len(months) + 4):
            ws.cell(5 + r, c).number_format = "#,##0"
    _put(ws, 5 + len(stages), 1, [["Total", *totals]])
    for c in range(2, len(months) + 4):
        ws.cell(5 + len(stages), c).number_format = "#,##0"
    path = _save(wb, folder, "au_paua_hatchery_fee_tracker")
    table = TruthTable("Fee tracker", 4, "finance", {"A": "cost_line", "B": None},
                       {"finance": count})  # fmt: skip
    return Built(path, [table], values)


ICEWINE_TRADES = ["Earthworks", "Concrete", "Steel frame", "Cladding", "Mechanical"]
ICEWINE_TRADES += ["Electrical"]


def ca_ice_wine_winery_valuations(folder: Path, rng: random.Random) -> Built:
    """A Canadian ice wine winery's contractor valuations: `Val. No.` and `Period ending`
    cells down, trade packages across, this period's amounts in CAD, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valuations")
    ws["A1"] = "Niagara Frost Estate Barrel Cellar - Contractor valuations (CAD, this period)"
    trades = rng.sample(ICEWINE_TRADES, rng.randint(3, 5))
    _put(ws, 3, 1, [["Val. No.", "Period ending", *trades, "Total"]])
    months = _months(date(2025, 11, 1), rng.randint(4, 7))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    for r, month in enumerate(months):
        end = _months(month, 2)[1] - timedelta(days=1)
        amounts = [round(rng.randrange(0, 90) * 1000.0 + rng.randrange(0, 100) * 5.0, 2)
                   for _ in trades]  # fmt: skip
        _put(ws, 4 + r, 1, [[r + 1, end, *amounts, round(sum(amounts), 2)]])
        ws.cell(4 + r, 2).number_format = "dd-mmm-yy"
        for c in range(3, len(trades) + 4):
            ws.cell(4 + r, c).number_format = "#,##0.00"
        for trade, amount in zip(trades, amounts, strict=True):
            values.append(ValueFact("finance", (month, trade), "actual", amount))
    path = _save(wb, folder, "ca_ice_wine_winery_valuations")
    table = TruthTable("Valuations", 3, "finance", {"A": None, "B": "month"},
                       {"finance": len(months) * len(trades)})  # fmt: skip
    return Built(path, [table], values)


ROPE_CONSULTANTS = [
    ("Dana Whitfield", "Principal"),
    ("Marco Bellini", "Senior Consultant"),
    ("Keisha Brown", "Consultant"),
    ("Owen Park", "Analyst"),
    ("Ruth Adler", "Senior Consultant"),
]
ROPE_RATES = {"Principal": 1800, "Senior Consultant": 1400, "Consultant": 1100, "Analyst": 800}


def us_rope_factory_tm_month(folder: Path, rng: random.Random) -> Built:
    """A US rope factory automation consultancy's T&M backup for May 2026: consultants,
    `Days` and `Day rate (USD)`, `Amount (USD)`, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "T&M May")
    ws["A1"] = "Brightline Advisory LLC - Time & materials backup to invoice"
    ws["A2"] = "Client: Marlow Cordage Co. - Braiding Line Automation"
    ws["A3"] = "Period: May 2026"
    head = ["Consultant", "Grade", "Days", "Day rate (USD)", "Amount (USD)"]
    _put(ws, 5, 1, [head])
    people = rng.sample(ROPE_CONSULTANTS, rng.randint(3, 5))
    month = date(2026, 5, 1)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    total = 0.0
    for r, (name, grade) in enumerate(people):
        days = rng.choice([2, 3.5, 5, 8, 10, 12.5])
        amount = float(days * ROPE_RATES[grade])
        total += amount
        _put(ws, 6 + r, 1, [[name, grade, days, ROPE_RATES[grade], amount]])
        for c in (4, 5):
            ws.cell(6 + r, c).number_format = "#,##0.00"
        values.append(ValueFact("finance", (month, name), "actual", amount))
    _put(ws, 6 + len(people), 1, [["Total", None, None, None, total]])
    ws.cell(6 + len(people), 5).number_format = "#,##0.00"
    path = _save(wb, folder, "us_rope_factory_tm_month")
    targets: Targets = {"A": "cost_line", "B": None, "C": None, "D": None, "E": "actual"}
    table = TruthTable("T&M May", 5, "finance", targets, {"finance": len(people)})
    return Built(path, [table], values)


HARISSA_ROLES = [
    ("Line supervisor", "Sami Ben Ali"),
    ("Maintenance technician", "Hedi Trabelsi"),
    ("Quality controller", "Amira Gharbi"),
    ("Packing operator", "TBC"),
    ("Process engineer", "Youssef Jaziri"),
]


def tn_harissa_factory_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """A Tunisian harissa factory's outsourced staffing plan in days per month: `Role`
    first, `Name` (`TBC`), months across as `Jun 2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Cap Bon Harissa - new jar line - outsourced staffing plan (days / month)"
    months = _months(date(2026, 6, 1), 6)
    _put(ws, 3, 1, [["Role", "Name", *[f"{m:%b %Y}" for m in months]]])
    count = 0
    for r, (role, name) in enumerate(rng.sample(HARISSA_ROLES, rng.randint(3, 5))):
        days = [rng.choice([0, 5, 10, 15, 22]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[role, name, *[d or None for d in days]]])
    path = _save(wb, folder, "tn_harissa_factory_staffing_plan")
    table = TruthTable("Staffing", 3, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


MEZCAL_MILESTONES = [
    "Detailed design accepted",
    "Copper stills delivered to site",
    "Tahona mill installed",
    "Fermentation room commissioned",
    "First distillation run witnessed",
    "Final acceptance certificate",
]
MEZCAL_STATUS = {"Achieved": "Complete", "Forecast": None, "Late": "Late"}


def mx_mezcal_distillery_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A Mexican mezcal distillery's SOW payment milestones: `SOW ref`, `Contract date` /
    `Forecast` / `Achieved` cells shown `dd/mm/yyyy`, `Payment (USD)`, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW milestones")
    ws["A1"] = "Destilería Santa Catarina Minas - SOW 2 payment milestones"
    head = ["SOW ref", "Milestone", "Contract date", "Forecast", "Achieved", "Payment (USD)"]
    _put(ws, 3, 1, [[*head, "Status"]])
    n = rng.randint(4, 6)
    contract = _days(rng, n, date(2025, 12, 1))
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(MEZCAL_MILESTONES[:n]):
        fc = contract[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        if i < done:
            st, actual = "Achieved", fc
        else:
            st, actual = ("Late" if fc > contract[i] else "Forecast"), None
        pay = float(rng.randrange(5, 40) * 1000)
        _put(ws, 4 + i, 1, [[f"SOW-M{i + 1}", name, contract[i], fc, actual, pay, st]])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(4 + i, 6).number_format = "#,##0"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", contract[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if MEZCAL_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", MEZCAL_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date"])
    targets |= _cols("D", ["forecast_date", "actual_date", None, "status"])
    path = _save(wb, folder, "mx_mezcal_distillery_sow_milestones")
    return Built(path, [_one("milestones", "SOW milestones", 3, targets, n)], values)


ARGAN_MILESTONES = [
    "Factory acceptance test in Lyon",
    "Press line shipped from Marseille",
    "Mechanical installation complete",
    "Cold-press trials with client kernels",
    "Site acceptance test",
]


def ma_argan_press_supplier_status(folder: Path, rng: random.Random) -> Built:
    """A Moroccan argan press line's weekly status pack from the French supplier: client
    and supplier PM lines, a `Week ending` cell, RAGs, `All amounts in EUR`, a milestones
    table with a RAG column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Weekly status")
    project = "Coopérative Tamount - Argan Press Line"
    client_pm, supplier_pm = "Fatima Zahra Alaoui", "Julien Marchand"
    week = date(2026, 4, rng.choice([3, 10, 17, 24]))
    ws["A1"] = "Presses Durand SAS - Weekly status report"
    rows: list[list[object]] = [["Client project", project], ["Client PM", client_pm]]
    rows += [["Supplier PM", supplier_pm], ["Week ending", week]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 8, 1, [["Overall", rags[0]], ["Time", rags[1]], ["Cost", rags[2]]])
    _put(ws, 11, 1, [["Quality", rags[3]]])
    headline = rng.choice(
        [
            "Press line at the port of Agadir; customs release expected next week.",
            "Trials delayed by kernel moisture; supplier chemist on site from Monday.",
        ]
    )
    _put(ws, 13, 1, [["Headline", headline], ["All amounts in EUR"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", client_pm),
        ValueFact("project", 0, "report_date", week),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "status_summary", headline),
        ValueFact("project", 0, "currency", "EUR"),
    ]
    ws["A16"] = "Milestones"
    _put(ws, 17, 1, [["Milestone", "Plan", "Forecast", "RAG"]])
    n = rng.randint(4, 5)
    plan = _days(rng, n, date(2026, 1, 12))
    for i, name in enumerate(ARGAN_MILESTONES[:n]):
        fc = plan[i] + timedelta(days=rng.choice([0, 0, 10, 24]))
        _put(ws, 18 + i, 1, [[name, plan[i], fc, rng.choice(["Green", "Amber", "Red"])]])
        for c in (2, 3):
            ws.cell(18 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": None}
    path = _save(wb, folder, "ma_argan_press_supplier_status")
    return Built(path, [_one("milestones", "Weekly status", 17, targets, n)], values)


TUNING_30: tuple[Layout, ...] = (
    Layout("se_ice_hotel_supplier_raid",
           "Swedish ice hotel contractor's mixed RAID extract (KIR-014 refs, type words)",
           se_ice_hotel_supplier_raid),
    Layout("us_pistachio_huller_contractor_risks",
           "Californian pistachio huller design-build risk register (R-001, Owner Org)",
           us_pistachio_huller_contractor_risks),
    Layout("lk_sea_cucumber_hatchery_vendor_issues",
           "Sri Lankan sea cucumber hatchery vendor issue log (Ticket, dd/mm/yyyy text)",
           lk_sea_cucumber_hatchery_vendor_issues),
    Layout("es_saffron_coop_consultancy_decisions",
           "Spanish saffron cooperative consultancy decision record (DEC-01, Decided by)",
           es_saffron_coop_consultancy_decisions),
    Layout("mn_yurt_factory_client_dependencies",
           "Mongolian yurt factory supplier's client dependencies (no direction, dd.mm.yyyy)",
           mn_yurt_factory_client_dependencies),
    Layout("uk_paddle_steamer_boatyard_log",
           "UK paddle steamer boatyard workbook of Risks and Issues sheets (R01 / I01)",
           uk_paddle_steamer_boatyard_log),
    Layout("au_paua_hatchery_fee_tracker",
           "Consultancy fee tracker, stages down and invoiced months across (AUD ex GST)",
           au_paua_hatchery_fee_tracker),
    Layout("ca_ice_wine_winery_valuations",
           "Canadian ice wine winery contractor valuations, periods down, trades across",
           ca_ice_wine_winery_valuations),
    Layout("us_rope_factory_tm_month",
           "US rope factory consultancy T&M month (Days, Day rate, Amount USD)",
           us_rope_factory_tm_month),
    Layout("tn_harissa_factory_staffing_plan",
           "Tunisian harissa factory outsourced staffing plan (Role / Name, Jun 2026 text)",
           tn_harissa_factory_staffing_plan),
    Layout("mx_mezcal_distillery_sow_milestones",
           "Mexican mezcal distillery SOW payment milestones (Contract / Forecast / Achieved)",
           mx_mezcal_distillery_sow_milestones),
    Layout("ma_argan_press_supplier_status",
           "Moroccan argan press supplier's weekly status pack (Client / Supplier PM, RAG)",
           ma_argan_press_supplier_status),
)  # fmt: skip
