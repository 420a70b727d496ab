"""The twenty-sixth tuning batch (``TUNING_26``, round 33): twelve seeded legacy layouts with
ground truth, written by an engineer who does not tune adoption and who read neither the
adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind is SUPPLIER AND
CONSULTANCY REPORTS: workbooks a project receives from, or sends to, its suppliers,
contractors and consultancies, which the client's PMO adopts as the project's registers and
trackers, in sectors no earlier batch's docstring names (a truffle co-operative, an ice
hockey arena, a toll plaza, a bonsai garden museum, a saffron processing plant, a zipline
park, a salmon smokery, an observation wheel, a parachute factory, a monastery brewery, a
tea blending factory, a caviar farm). Every pack is read as the CLIENT's project's.

Registers:

- ``fr_truffle_cooperative_raid_extract``: a Périgord truffle co-operative's grading-line
  software integrator's RAID extract (sheet `RAID extract`, header on row 4 under a title
  and a `prepared by` line): `Item ID` RAID-0041.. (one counter across every type, starting
  anywhere), `Category` Risk / Assumption / Issue / Dependency, `Title`, `Owner` as `Claire
  Dufour (Supplier)` or `Hélène Laporte (Client)`, `Raised` / `Target date` cells shown
  `dd/mm/yyyy`, `Status` Open / Closed / On hold, `Comment`.
- ``ca_ice_hockey_arena_risk_register``: an Ontario ice hockey arena's refrigeration
  contractor's risk register sent to the town: a contract block, the header on row 5,
  `Risk No.` CR-003.. (the contractor's numbers), `Identified` cells shown `yyyy-mm-dd`,
  `Risk Description`, `Category` (standard words; `Safety` is none, no fact since round
  33's audit), `Owner (party)` Contractor / Town /
  Designer, `Owner` as `K. Tremblay`, `Likelihood` / `Impact` H / M / L, `Mitigation`,
  `Status` Live / Closed / Transferred.
- ``au_toll_plaza_systems_issue_log``: a Queensland toll plaza upgrade's tolling systems
  vendor's issue log from row 1: `Ticket` TS-10432.. (steps of three), `Logged` date-and-time
  cells, `Summary`, `Sev` 1-4, `Assigned to` (the vendor's engineer), `Status` New / In
  Progress / Resolved / Closed / Awaiting Client, `Target fix` cells, `Fix / workaround`
  filled for resolved and closed tickets.
- ``jp_bonsai_garden_consultant_decisions``: a Saitama bonsai garden museum's landscape
  consultancy's design decision record: a title and an `Issued by` line, `DDR No.` DDR-01..,
  `Date agreed` as `2026/03/05` text, `Decision`, `Basis`, `Agreed (client)` and `Agreed
  (consultant)` as `Sato (Museum Director)`, `Drawing ref`.
- ``es_saffron_processing_dependencies``: a La Mancha saffron processing plant's dryer
  supplier's list of what it needs from its client (sheet `Client dependencies`): `Ref`
  CD-01.., `Client deliverable`, `Needed by` / `Promised` cells shown `dd/mm/yyyy`,
  `Responsible (client)`, `Status` Open / Received / Partly received / Late, `Remarks`.
- ``nz_zipline_park_risk_issue_workbook``: a Rotoiti zipline park's construction
  contractor's workbook of two sheets, `Risks` (`No.` 1.., `Date` as `5 Mar 26` text, `Risk`,
  `Rating` Low / Medium / High / Extreme, `Control`, `Action owner`, `Open/Closed`) and
  `Issues` (`No.`, `Date`, `Issue`, `Action`, `Action owner`, `Due` as `5 Mar 26` text,
  `Open/Closed`), each header on row 3.

Trackers:

- ``ie_salmon_smokery_consultancy_fee_tracker``: a Connemara salmon smokery's food-safety
  consultancy's fee tracker, one row per month and workstream: `Month` cells shown `mmm-yy`,
  `Workstream`, `Fee budget (€ ex VAT)`, `Invoiced (€ ex VAT)`, `VAT @ 23%`, `Invoiced incl.
  VAT`, `Invoice no.`; the months not yet billed have a budget and blank invoice cells.
- ``sg_observation_wheel_day_rate_forecast``: a Singapore observation wheel capsule
  refurbishment's engineering consultancy's fee forecast by grade: `Forecast fees by grade
  (SGD, excl. GST)` in the title block, `Grade`, `Day rate (SGD)`, month labels `Apr 2026`
  as text across holding fees (days x rate, blank for none), a `Total` column and row.
- ``us_parachute_plant_valuation``: a North Carolina parachute factory's general
  contractor's pay application continuation sheet (AIA G703 style): `Project:`,
  `Application No.:` and `Period to: 3/31/2026` lines, `Item No.` 01.., `Description of
  Work`, `Scheduled Value ($)`, `From Previous Application ($)`, `This Period ($)`,
  `Materials Presently Stored ($)`, `Total Completed and Stored to Date ($)`, `%`, `Balance
  to Finish ($)`, `Retainage ($)`.
- ``de_monastery_brewery_staffing_plan``: a Bavarian monastery brewery's brewhouse
  automation integrator's staffing plan in days: `Consultant`, `Role`, `Day rate (€)`,
  months as `May 2026` text across, a `Days total` column.
- ``in_tea_blending_sow_milestones``: a Siliguri tea blending factory's packaging-line
  supplier's SOW payment milestones: a contract value line, `SOW ref` PM1.., `Milestone`,
  `Contractual date` / `Forecast date` / `Actual date` cells shown `dd-mmm-yy`, `Payment
  %`, `Amount (₹ excl. GST)`, `Status` Achieved / Invoiced / Forecast / At risk.
- ``ch_caviar_farm_supplier_status_pack``: a Valais sturgeon (caviar) farm's
  water-treatment supplier's monthly status pack: label / value rows (`Client`, `Client
  project`, `Supplier project manager`, `Client project manager`, `Reporting period` March
  2026 as text, `Date of issue` cell shown `dd.mm.yyyy` in early April), RAG words for
  `Overall`, `Time`, `Cost`, `Quality`, a `Summary`, an `All amounts CHF excl. VAT` line,
  then a `Milestones` table (`Milestone`, `Contract date`, `Forecast`, `Status` Done / On
  plan / Delayed).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the caviar pack's `Date of issue` (early April) against its `Reporting period` March 2026
  (is the report date the issue date or the period's end?): no report date fact; the two
  project managers (the supplier's, the client's: whose project is it?): no project
  manager fact, and no sponsor; `Client project` is the project's name (the pack is for
  the client's project; `Client` is the client firm, left out); `Quality` RAG (no standard
  dimension: scope or left out?): no fact; `Time` is the schedule RAG and `Cost` the cost
  RAG; `On plan` (In Progress or Not Started?): no status fact, `Done` is Complete and
  `Delayed` Late; `Contract date` is the baseline, `Forecast` the forecast; `CHF excl.
  VAT` is CHF;
- the G703's `This Period ($)` is the month's actual (the period's work, without the
  materials stored), the month being the one `Period to` ends; `Scheduled Value` (a contract
  line's sum, not a month's budget), `From Previous Application`, `Materials Presently
  Stored`, `Total Completed and Stored to Date`, `%`, `Balance to Finish` and `Retainage`:
  left out, no facts; `Period to` is the report date (round 28's audit of a period line);
  `Project:` is the project's name; `Item No.` (no finance id): left out; `($)` is USD (no
  fact since round 33's audit: a bare `$` names several dollars);
- the truffle extract's `RAID-0041` (one supplier counter across four registers: kept or
  renumbered per register?): no id fact; `Owner` with a `(Supplier)` / `(Client)` suffix
  (the name alone or as written?): no owner fact; `On hold` (Open or Monitoring / no
  standard word?): no status fact; `Target date` is an issue's due date and an assumption's
  validate-by date, and for a risk (due or review?) and a dependency (need-by or
  committed?): no fact; a dependency's `Raised` (no raised date in the standard): no fact;
  `Comment`: left out;
- the saffron list's direction (the supplier's list of what it needs from its client: seen
  from the client's project the client delivers, so Outbound, but the sheet is written from
  the supplier's side): no direction fact; `CD-01` (no standard shape): no id fact;
  `Partly received` (On Track, At Risk or Open?): no status fact, `Received` is Delivered;
  `Client deliverable` is the title (or the deliverable: either column); `Needed by` the
  need-by date, `Promised` the committed date, `Responsible (client)` the owner;
- the bonsai record's two sign-off columns (which is the maker?): no made-by fact; `DDR-01`
  (a prefix not the standard's): no id fact; `2026/03/05` text is year / month / day;
  `Basis` is the rationale; `Drawing ref`: left out;
- the arena register's H / M / L likelihood and impact (three levels on a 1-5 scale: which
  numbers?): no probability or impact facts; `Transferred` (Closed or still Open?): no
  status fact, `Live` is Open; `CR-014` (the contractor's numbers, not the standard's
  shape): no id fact; `Owner (party)`: left out, `Owner` is the owner as written;
  `Mitigation` is the response;
- the toll log's `Sev` 1-4 with 1 the worst (a reversed four-level scale on a 1-5 severity):
  no severity fact; `Awaiting Client` (Open or In Progress?): no status fact, `New` is Open;
  `TS-10432` (a ticket number): no id fact; `Logged` is the raised date (its time dropped);
  `Target fix` is the due date, `Fix / workaround` the resolution;
- the zipline workbook's `Rating` (Extreme is no standard rating word): no rating fact;
  `No.` 1, 2, 3: no id fact, left out; `Control` (the response or left out?) and the issues'
  `Action` (the resolution or left out?): no facts; `5 Mar 26` text is day, month word,
  two-digit year; `Action owner` is the owner;
- the tea milestones' `Invoiced` (achieved and billed: Complete, or Closed?) and `Forecast`
  (Not Started or In Progress?): no status facts, `Achieved` is Complete and `At risk` At
  Risk; `PM1` (a payment milestone number): no id fact; `Payment %` and `Amount (₹ excl.
  GST)`: left out (a milestone has no money field); `Contractual date` is the baseline;
- the smokery tracker's `Invoiced (€ ex VAT)` is the actual and `Fee budget (€ ex VAT)` the
  budget; `VAT @ 23%`, `Invoiced incl. VAT` and `Invoice no.`: left out; blank invoice cells
  are no actual (no zero); `€` is EUR;
- the wheel forecast's fees are forecasts (the title says `Forecast fees`); blank cells are
  no item; `Day rate (SGD)`: left out; the `Total` column and row: no month and no line;
  `SGD` is SGD;
- the brewery plan's days per month: counts only, no value facts (as earlier batches'
  resource plans); `Day rate (€)`: left out, no currency fact; `Days total`: no month.

Readings used: date cells are what they hold; text dates are day first except ISO and
year-first text; ids in no standard shape get no id fact; a supplier's pack is the client's
project's. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
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
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

TRUFFLE_ROWS = [
    ("Risk", "Grading camera misreads black truffles under the new LED lighting"),
    ("Risk", "Cold room sensors not on the co-operative's Wi-Fi in the cellar"),
    ("Assumption", "The co-operative's Sage export stays on version 9 until go-live"),
    ("Assumption", "Members key in their own harvest weights on the tablet"),
    ("Issue", "Label printer driver crashes on the packing PC"),
    ("Issue", "Test harvest data for January not yet supplied"),
    ("Dependency", "Electrician installs the new sockets on the grading line"),
    ("Dependency", "Bank sets up the SEPA direct debit file format"),
]
TRUFFLE_PEOPLE = [
    ("Hélène Laporte", "Client"),
    ("Jean-Marc Bouyssou", "Client"),
    ("Thomas Rivière", "Supplier"),
    ("Claire Dufour", "Supplier"),
]
TRUFFLE_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
TRUFFLE_REG["Dependency"] = "dependencies"
TRUFFLE_STATUS = {"Open": "Open", "Closed": "Closed", "On hold": None}


def fr_truffle_cooperative_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A Périgord truffle co-operative's grading-line software integrator's RAID extract in
    the integrator's scheme: one counter `RAID-0041`.. across every type, `Category` words,
    `Owner` as `Claire Dufour (Supplier)`, `Raised` / `Target date` cells `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Coopérative Truffière du Périgord - Grading & Traceability System"
    ws["A2"] = "RAID extract prepared by Logiciels Dufour SARL for the client steering group"
    head = ["Item ID", "Category", "Title", "Owner", "Raised", "Target date", "Status"]
    head += ["Comment"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(TRUFFLE_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2025, 11, 3))
    first = rng.randint(20, 60)
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = TRUFFLE_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, side = rng.choice(TRUFFLE_PEOPLE)
        st = rng.choice(["Open", "Open", "Closed", "On hold"])
        target = logged[k] + timedelta(days=rng.choice([10, 20, 30]))
        cells: list[object] = [f"RAID-{first + k:04d}", kind, text, f"{who} ({side})"]
        cells += [logged[k], target, st, rng.choice(["Discussed 12/02", None, "See minutes"])]
        _put(ws, 5 + k, 1, [cells])
        for c in (5, 6):
            ws.cell(5 + k, c).number_format = "dd/mm/yyyy"
        title = "assumption" if reg == "assumptions" else "title"
        values.append(ValueFact(reg, i, title, text))
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
        if TRUFFLE_STATUS[st]:
            values.append(ValueFact(reg, i, "status", TRUFFLE_STATUS[st]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("E", [("raised_date", None), due_cols, "status", None])
    path = _save(wb, folder, "fr_truffle_cooperative_raid_extract")
    return Built(path, [TruthTable("RAID extract", 4, "raid", targets, counts)], values)


HOCKEY_RISKS = [
    ("Ammonia charge exceeds the TSSA threshold", "Safety", "Design to a low-charge package"),
    ("Arena floor slab cures late in a cold spring", "Technical", "Heated enclosure"),
    ("Compressor lead time from Germany slips", "Third Party", "Order on award"),
    ("Town changes the Zamboni room layout", "Scope", "Freeze layout at 60% design"),
    ("Brine pipe pressure test fails", "Technical", "Test in sections"),
    ("Union crew unavailable in the hunting season", "People", "Book crew in August"),
]
HOCKEY_OWNERS = ["K. Tremblay", "D. Okafor", "S. Nadeau", "B. MacLean"]
HOCKEY_STATUS = {"Live": "Open", "Closed": "Closed", "Transferred": None}


def ca_ice_hockey_arena_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Ontario ice hockey arena's refrigeration contractor's risk register sent to the
    town: `CR-014` contractor numbers, `Owner (party)` Contractor / Town / Designer and an
    `Owner` name, H / M / L likelihood and impact, `Live` / `Closed` / `Transferred`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Northcliffe Refrigeration Ltd. - Contract NR-2291"
    ws["A2"] = "Client: Town of Huntsville - Community Arena Ice Plant Replacement"
    ws["A3"] = f"Issue {rng.randint(4, 12)} - contractor's risk register"
    head = ["Risk No.", "Identified", "Risk Description", "Category", "Owner (party)", "Owner"]
    head += ["Likelihood", "Impact", "Mitigation", "Status"]
    _put(ws, 5, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 9, 8))
    start = rng.randint(3, 20)
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(HOCKEY_RISKS, n)):
        who = rng.choice(HOCKEY_OWNERS)
        st = rng.choice(["Live", "Live", "Closed", "Transferred"])
        cells: list[object] = [f"CR-{start + i:03d}", made[i], text, cat]
        cells += [rng.choice(["Contractor", "Town", "Designer"]), who]
        cells += [rng.choice("HML"), rng.choice("HML"), plan, st]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 2).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
        ]
        if cat != "Safety":  # round 33's audit (k59): no word of the standard's category list
            values.append(ValueFact("risks", i, "category", cat))
        if HOCKEY_STATUS[st]:
            values.append(ValueFact("risks", i, "status", HOCKEY_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "category", None])
    targets |= _cols("F", ["owner", ("probability", None), ("impact", None), "response"])
    targets |= {"J": "status"}
    path = _save(wb, folder, "ca_ice_hockey_arena_risk_register")
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


TOLL_ISSUES = [
    "ANPR camera on lane 3 misreads plates at dusk",
    "Tag reader drops transactions above 80 km/h",
    "Back office reconciliation file late every Monday",
    "Gantry cabinet overheats in the afternoon",
    "Customer portal shows duplicate trips",
    "Lane controller reboots after the firmware patch",
    "Video audit images missing for class 4 vehicles",
]
TOLL_ENGINEERS = ["Priya Raman", "Luke Henderson", "Mei Chen", "Sam O'Connor"]
TOLL_STATUS = {"New": "Open", "In Progress": "In Progress", "Resolved": "Resolved"}
TOLL_STATUS |= {"Closed": "Closed", "Awaiting Client": None}


def au_toll_plaza_systems_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Queensland toll plaza upgrade's tolling systems vendor's issue log: `Ticket`
    TS-10432.., `Logged` date-and-time cells, `Sev` 1-4 (1 worst), `Assigned to` the
    vendor's engineer, `Status` with `Awaiting Client`, `Fix / workaround`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    head = ["Ticket", "Logged", "Summary", "Sev", "Assigned to", "Status", "Target fix"]
    head += ["Fix / workaround"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 7)
    made = _days(rng, n, date(2026, 1, 12))
    base = rng.randint(10400, 10900)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TOLL_ISSUES, n)):
        st = rng.choice(list(TOLL_STATUS))
        who = rng.choice(TOLL_ENGINEERS)
        logged = datetime(made[i].year, made[i].month, made[i].day, rng.randint(7, 18), 30)
        fix = made[i] + timedelta(days=rng.choice([3, 7, 14]))
        note = "Patch 4.2.1 deployed" if st in ("Resolved", "Closed") else None
        cells: list[object] = [f"TS-{base + 3 * i}", logged, text, rng.randint(1, 4), who, st]
        cells += [fix, note]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 2).number_format = "dd/mm/yyyy hh:mm"
        ws.cell(2 + i, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", fix),
        ]
        if TOLL_STATUS[st]:
            values.append(ValueFact("issues", i, "status", TOLL_STATUS[st]))
        if note:
            values.append(ValueFact("issues", i, "resolution", note))
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", ("severity", None)])
    targets |= _cols("E", ["owner", "status", "due_date", "resolution"])
    path = _save(wb, folder, "au_toll_plaza_systems_issue_log")
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


BONSAI_DECISIONS = [
    ("Keep the black pine courtyard at its present level", "Roots too old to lift"),
    ("Gravel garden raked to the Shikoku pattern", "Matches the founder's drawings"),
    ("Display benches in hinoki, not concrete", "Closer to the original pavilion"),
    ("Misting system on a separate meter", "Water use reported to the city"),
    ("Visitor route one-way through the juniper room", "Crowding at weekends"),
    ("Winter shelter glazing kept clear, not frosted", "Light for the maples"),
]
BONSAI_CLIENT = ["Sato (Museum Director)", "Kimura (Curator)"]
BONSAI_CONSULTANT = ["Ishida (Landscape Lead)", "Mori (Project Architect)"]


def jp_bonsai_garden_consultant_decisions(folder: Path, rng: random.Random) -> Built:
    """A Saitama bonsai garden museum's landscape consultancy's design decision record:
    `DDR No.` DDR-01.., `Date agreed` as `2026/03/05` text, `Basis`, two sign-off columns
    (`Agreed (client)` and `Agreed (consultant)`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "DDR")
    ws["A1"] = "Omiya Bonsai Garden Museum Renewal - Design Decision Record"
    ws["A2"] = "Issued by Ishida Landscape Associates"
    head = ["DDR No.", "Date agreed", "Decision", "Basis", "Agreed (client)"]
    head += ["Agreed (consultant)", "Drawing ref"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 10, 1))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(BONSAI_DECISIONS, n)):
        cells: list[object] = [f"DDR-{i + 1:02d}", f"{when[i]:%Y/%m/%d}", text, why]
        cells += [rng.choice(BONSAI_CLIENT), rng.choice(BONSAI_CONSULTANT)]
        cells += [f"L-{rng.randint(100, 140)}"]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale"])
    targets |= _cols("E", [("made_by", None), ("made_by", None), None])
    path = _save(wb, folder, "jp_bonsai_garden_consultant_decisions")
    return Built(path, [_one("decisions", "DDR", 4, targets, n)], values)


SAFFRON_DEPS = [
    "Stamp-separation room floor finished and sealed",
    "Three-phase supply to the dryer bay",
    "Approved sample of the client's saffron grades",
    "Compressed air line to the sorting table",
    "IT network point next to the weighing station",
    "Site access and induction for the fitters",
]
SAFFRON_PEOPLE = ["Lucía Serrano", "Andrés Moya", "Pilar Ortega"]
SAFFRON_STATUS = {"Open": "Open", "Received": "Delivered", "Late": "Late"}
SAFFRON_STATUS |= {"Partly received": None}


def es_saffron_processing_dependencies(folder: Path, rng: random.Random) -> Built:
    """A La Mancha saffron processing plant's dryer supplier's list of what it needs from
    its client: `Ref` CD-01.., `Client deliverable`, `Needed by` / `Promised` date cells
    `dd/mm/yyyy`, `Responsible (client)`, `Received` / `Partly received` statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client dependencies")
    ws["A1"] = "Secaderos Levante S.L. - Cooperativa Azafrán de Consuegra dryer line"
    ws["A2"] = "Items the client must provide for installation"
    head = ["Ref", "Client deliverable", "Needed by", "Promised", "Responsible (client)"]
    head += ["Status", "Remarks"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(SAFFRON_DEPS, n)):
        promised = need[i] + timedelta(days=rng.choice([-3, 0, 7, 14]))
        st = rng.choice(list(SAFFRON_STATUS))
        who = rng.choice(SAFFRON_PEOPLE)
        cells: list[object] = [f"CD-{i + 1:02d}", text, need[i], promised, who, st]
        cells += [rng.choice(["Chased 2x", None])]
        _put(ws, 5 + i, 1, [cells])
        for c in (3, 4):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "owner", who),
        ]
        if SAFFRON_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", SAFFRON_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), ("title", "deliverable"), "need_by"])
    targets |= _cols("D", ["committed_date", "owner", "status", None])
    path = _save(wb, folder, "es_saffron_processing_dependencies")
    return Built(path, [_one("dependencies", "Client dependencies", 4, targets, n)], values)


ZIP_RISKS = [
    "High winds stop helicopter lifts of the tower sections",
    "DOC concession conditions change mid-build",
    "Rock anchors fail the pull-out test",
    "Kauri dieback hygiene stations delay access",
    "Braking system certification takes longer than planned",
]
ZIP_ISSUES = [
    "Tower 3 footing in the wrong place by 400 mm",
    "Cable delivery held at Auckland port",
    "Track to platform 2 washed out after rain",
    "Iwi monitor not available for the earthworks",
    "Trolley brake pads wrong size",
]
ZIP_PEOPLE = ["Aroha Ngata", "Ben Whitfield", "Jess Tane", "Craig Duncan"]


def nz_zipline_park_risk_issue_workbook(folder: Path, rng: random.Random) -> Built:
    """A Rotoiti zipline park's construction contractor's workbook of two sheets,
    `Risks` (`Rating` Low / Medium / High / Extreme) and `Issues`, each with `No.` 1..,
    dates as `5 Mar 26` text, `Action owner` and `Open` / `Closed`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Canopy Flyers Rotoiti - Contractor's Risks and Issues"
    _put(ws, 3, 1, [["No.", "Date", "Risk", "Rating", "Control", "Action owner", "Open/Closed"]])
    nr = rng.randint(3, 5)
    made = _days(rng, nr, date(2025, 11, 17))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(ZIP_RISKS, nr)):
        who, st = rng.choice(ZIP_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [i + 1, f"{made[i].day} {made[i]:%b %y}", text]
        cells += [rng.choice(["Low", "Medium", "High", "Extreme"]), "Daily toolbox talk", who, st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
        ]
    rt: Targets = _cols("A", [None, "raised_date", "title", ("rating", None)])
    rt |= _cols("E", [("response", None), "owner", "status"])
    ws2 = wb.create_sheet("Issues")
    ws2["A1"] = "Canopy Flyers Rotoiti - Contractor's Risks and Issues"
    head = ["No.", "Date", "Issue", "Action", "Action owner", "Due", "Open/Closed"]
    _put(ws2, 3, 1, [head])
    ni = rng.randint(3, 5)
    got = _days(rng, ni, date(2026, 1, 12))
    for i, text in enumerate(rng.sample(ZIP_ISSUES, ni)):
        who, st = rng.choice(ZIP_PEOPLE), rng.choice(["Open", "Closed"])
        due = got[i] + timedelta(days=rng.choice([2, 5, 10]))
        cells = [i + 1, f"{got[i].day} {got[i]:%b %y}", text, "Site instruction issued", who]
        cells += [f"{due.day} {due:%b %y}", st]
        _put(ws2, 4 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "raised_date", got[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    it: Targets = _cols("A", [None, "raised_date", "title", ("resolution", None), "owner"])
    it |= _cols("F", ["due_date", "status"])
    path = _save(wb, folder, "nz_zipline_park_risk_issue_workbook")
    tables = [_one("risks", "Risks", 3, rt, nr), _one("issues", "Issues", 3, it, ni)]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

SMOKERY_STREAMS = ["HACCP review", "BRCGS audit prep", "Listeria sampling plan", "Training"]


def ie_salmon_smokery_consultancy_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """A Connemara salmon smokery's food-safety consultancy's fee tracker, one row per month
    and workstream: `Month` date cells `mmm-yy`, `Fee budget (€ ex VAT)`, `Invoiced (€ ex
    VAT)`, `VAT @ 23%`, `Invoiced incl. VAT`, `Invoice no.`; blank invoices for months not
    yet billed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = "Aquafood Compliance Ltd - fee tracker"
    ws["A2"] = "Client: Cill Chiaráin Smokehouse - new slicing hall"
    head = ["Month", "Workstream", "Fee budget (€ ex VAT)", "Invoiced (€ ex VAT)"]
    head += ["VAT @ 23%", "Invoiced incl. VAT", "Invoice no."]
    _put(ws, 4, 1, [head])
    streams = rng.sample(SMOKERY_STREAMS, rng.randint(2, 4))
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    billed = rng.randint(1, len(months))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row, inv = 5, rng.randint(2100, 2400)
    for m, month in enumerate(months):
        for stream in streams:
            budget = float(rng.randrange(4, 30) * 250)
            cells: list[object] = [month, stream, budget]
            values.append(ValueFact("finance", (month, stream), "budget", budget))
            if m < billed:
                net = round(budget * rng.choice([0.8, 0.95, 1.0, 1.1]), 2)
                vat = round(net * 0.23, 2)
                cells += [net, vat, round(net + vat, 2), f"ACL-{inv}"]
                inv += 1
                values.append(ValueFact("finance", (month, stream), "actual", net))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm-yy"
            for c in range(3, 7):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None, None])
    table = TruthTable("Fees", 4, "finance", targets, {"finance": len(months) * len(streams)})
    path = _save(wb, folder, "ie_salmon_smokery_consultancy_fee_tracker")
    return Built(path, [table], values)


WHEEL_GRADES = ["Director", "Associate", "Senior Engineer", "Engineer", "CAD Technician"]


def sg_observation_wheel_day_rate_forecast(folder: Path, rng: random.Random) -> Built:
    """A Singapore observation wheel refurbishment's engineering consultancy's fee forecast
    by grade: `Day rate (SGD)` column, month labels `Apr 2026` as text across holding the
    forecast fee (days x rate), a `Total` column and a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fee forecast")
    ws["A1"] = "Marina Wheel Capsule Refurbishment - Engineering services"
    ws["A2"] = "Forecast fees by grade (SGD, excl. GST)"
    months = _months(date(2026, 4, 1), rng.randint(4, 6))
    labels = [f"{m:%b %Y}" for m in months]
    _put(ws, 4, 1, [["Grade", "Day rate (SGD)", *labels, "Total"]])
    grades = rng.sample(WHEEL_GRADES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "SGD")]
    totals = [0.0] * (len(months) + 1)
    for r, grade in enumerate(grades):
        rate = float(rng.choice([900, 1200, 1600, 2200, 2800]))
        fees = [rate * rng.choice([0, 2, 4, 6, 10]) for _ in months]
        row_vals = [*[f or None for f in fees], sum(fees)]
        _put(ws, 5 + r, 1, [[grade, rate, *row_vals]])
        totals = [t + (v or 0.0) for t, v in zip(totals, row_vals, strict=True)]
        for c in range(2, len(months) + 4):
            ws.cell(5 + r, c).number_format = "#,##0"
        for month, fee in zip(months, fees, strict=True):
            if fee:
                values.append(ValueFact("finance", (month, grade), "forecast", fee))
    _put(ws, 5 + len(grades), 1, [["Total", None, *totals]])
    for c in range(3, len(months) + 4):
        ws.cell(5 + len(grades), c).number_format = "#,##0"
    count = sum(1 for v in values if v.register == "finance")
    table = TruthTable("Fee forecast", 4, "finance", {"A": "cost_line", "B": None},
                       {"finance": count})  # fmt: skip
    path = _save(wb, folder, "sg_observation_wheel_day_rate_forecast")
    return Built(path, [table], values)


PARACHUTE_PROJECT = "Fayetteville Canopy Works - Parachute Assembly Plant"
PARACHUTE_WORK = [
    "General conditions",
    "Sitework",
    "Concrete slab",
    "Pre-engineered metal building",
    "Canopy drying tower",
    "Mechanical / HVAC",
    "Electrical",
    "Fire protection",
]


def us_parachute_plant_valuation(folder: Path, rng: random.Random) -> Built:
    """A North Carolina parachute factory's general contractor's pay application
    continuation sheet (an AIA G703 in Excel): `Application No.` and `Period to` lines,
    `Scheduled Value`, `From Previous Application`, `This Period`, `Materials Presently
    Stored`, `Total Completed and Stored to Date`, `%`, `Balance to Finish`, `Retainage`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "G703")
    period = date(2026, rng.choice([2, 3, 4]), 1)
    end = _months(period, 2)[1] - timedelta(days=1)
    ws["A1"] = "CONTINUATION SHEET"
    ws["A2"] = f"Project: {PARACHUTE_PROJECT}"
    ws["A3"] = f"Application No.: {rng.randint(4, 9)}"
    ws["A4"] = f"Period to: {end.month}/{end.day}/{end.year}"
    head = ["Item No.", "Description of Work", "Scheduled Value ($)"]
    head += ["From Previous Application ($)", "This Period ($)", "Materials Presently Stored ($)"]
    head += ["Total Completed and Stored to Date ($)", "%", "Balance to Finish ($)"]
    head += ["Retainage ($)"]
    _put(ws, 6, 1, [head])
    lines = PARACHUTE_WORK[: rng.randint(5, 8)]
    # round 33's audit (k59): no currency fact from `($)` alone (a bare `$` names several
    # dollars; the ruling of rounds 24-28's and 31's audits and of the lead in round 32)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", PARACHUTE_PROJECT),
        ValueFact("project", 0, "report_date", end),
    ]
    for r, line in enumerate(lines):
        sched = float(rng.randrange(40, 900) * 1000)
        prev = round(sched * rng.choice([0.0, 0.2, 0.4, 0.6]), 2)
        this = round(min(sched - prev, sched * rng.choice([0.05, 0.1, 0.2])), 2)
        stored = float(rng.choice([0, 0, 5000, 12500]))
        done = prev + this + stored
        cells: list[object] = [f"{r + 1:02d}", line, sched, prev, this, stored or None, done]
        cells += [round(done / sched, 4), sched - done, round(done * 0.1, 2)]
        _put(ws, 7 + r, 1, [cells])
        for c in (3, 4, 5, 6, 7, 9, 10):
            ws.cell(7 + r, c).number_format = "#,##0.00"
        ws.cell(7 + r, 8).number_format = "0%"
        values.append(ValueFact("finance", (period, line), "actual", this))
    targets: Targets = _cols("A", [None, "cost_line", None, None, "actual", None, None])
    targets |= _cols("H", [None, None, None])
    table = TruthTable("G703", 6, "finance", targets, {"finance": len(lines)})
    path = _save(wb, folder, "us_parachute_plant_valuation")
    return Built(path, [table], values)


MONASTERY_PEOPLE = [
    ("Markus Huber", "PLC Engineer"),
    ("Stefanie Brandl", "Project Manager"),
    ("Florian Eder", "Commissioning Engineer"),
    ("Jonas Lechner", "SCADA Developer"),
    ("Anna Wimmer", "Electrical Designer"),
]


def de_monastery_brewery_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """A Bavarian monastery brewery's brewhouse automation integrator's staffing plan:
    `Consultant`, `Role`, `Day rate (€)`, months as English text `May 2026` across holding
    planned days, a `Days total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Klosterbrauerei St. Anian - Sudhaus automation: staffing plan (days)"
    months = _months(date(2026, 5, 1), rng.randint(4, 6))
    labels = [f"{m:%b %Y}" for m in months]
    _put(ws, 3, 1, [["Consultant", "Role", "Day rate (€)", *labels, "Days total"]])
    count = 0
    for r, (name, role) in enumerate(rng.sample(MONASTERY_PEOPLE, rng.randint(3, 5))):
        days = [rng.choice([0, 0, 3, 5, 8, 15]) for _ in months]
        count += sum(1 for d in days if d)
        rate = rng.choice([850, 980, 1100, 1250])
        _put(ws, 4 + r, 1, [[name, role, rate, *[d or None for d in days], sum(days)]])
    table = TruthTable("Staffing", 3, "resources", {"A": "person", "B": "role", "C": None},
                       {"resources": count})  # fmt: skip
    path = _save(wb, folder, "de_monastery_brewery_staffing_plan")
    return Built(path, [table], [])


TEA_MILESTONES = [
    "Factory acceptance test at the supplier's works",
    "Machines delivered to Siliguri",
    "Mechanical installation complete",
    "Site acceptance test",
    "Operator training complete",
    "Performance guarantee run",
]
TEA_STATUS = {"Achieved": "Complete", "Invoiced": None, "Forecast": None}
TEA_STATUS |= {"At risk": "At Risk"}


def in_tea_blending_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A Siliguri tea blending factory's packaging-line supplier's SOW payment milestones:
    `SOW ref` PM1.., `Contractual date` / `Forecast date` / `Actual date` cells shown
    `dd-mmm-yy`, `Payment %`, `Amount (₹ excl. GST)`, `Status` Achieved / Invoiced /
    Forecast / At risk."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Payment milestones")
    ws["A1"] = "SOW 2 - Pouch packing line for Darjeeling Valley Blenders Pvt Ltd"
    ws["A2"] = "Contract value ₹ 4,80,00,000 excl. GST"
    head = ["SOW ref", "Milestone", "Contractual date", "Forecast date", "Actual date"]
    head += ["Payment %", "Amount (₹ excl. GST)", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    shares = [0.2, 0.2, 0.2, 0.2, 0.1, 0.1][:n]
    values: list[ValueFact] = []
    for i, name in enumerate(TEA_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        if i < done:
            st, actual = rng.choice(["Achieved", "Invoiced"]), fc
        else:
            st, actual = rng.choice(["Forecast", "Forecast", "At risk"]), None
        cells: list[object] = [f"PM{i + 1}", name, base[i], fc, actual, shares[i]]
        cells += [48000000 * shares[i], st]
        _put(ws, 5 + i, 1, [cells])
        for c in (3, 4, 5):
            ws.cell(5 + i, c).number_format = "dd-mmm-yy"
        ws.cell(5 + i, 6).number_format = "0%"
        ws.cell(5 + i, 7).number_format = "##,##,##0"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if TEA_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", TEA_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, None, "status"])
    path = _save(wb, folder, "in_tea_blending_sow_milestones")
    return Built(path, [_one("milestones", "Payment milestones", 4, targets, n)], values)


CAVIAR_MILESTONES = [
    "Recirculation filters delivered",
    "Ozone unit installed",
    "Wet commissioning of tanks 1-6",
    "Biofilter seeded and stable",
    "Handover to the farm",
]
CAVIAR_STATUS = {"Done": "Complete", "On plan": None, "Delayed": "Late"}


def ch_caviar_farm_supplier_status_pack(folder: Path, rng: random.Random) -> Built:
    """A Valais sturgeon (caviar) farm's water-treatment supplier's monthly status pack:
    label / value rows (`Client`, `Client project`, `Supplier project manager`, `Client
    project manager`, `Reporting period` March 2026, `Date of issue` cell), RAG words for
    `Overall`, `Time`, `Cost`, `Quality`, an `All amounts CHF excl. VAT` line, a milestone
    table with `Contract date` / `Forecast` / `Status` Done / On plan / Delayed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project = "Alpine Sturgeon Farm - RAS Expansion"
    issued = date(2026, 4, rng.choice([2, 3, 6, 7]))
    ws["A1"] = "AquaPur AG - Monthly Status Report"
    rows: list[list[object]] = [["Client", "Valais Caviar SA"], ["Client project", project]]
    rows += [["Supplier project manager", "Reto Imboden"]]
    rows += [["Client project manager", "Nathalie Fournier"]]
    rows += [["Reporting period", "March 2026"], ["Date of issue", issued]]
    _put(ws, 3, 1, rows)
    ws["B8"].number_format = "dd.mm.yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 10, 1, [["Overall", rags[0]], ["Time", rags[1]], ["Cost", rags[2]]])
    _put(ws, 13, 1, [["Quality", rags[3]]])
    summary = rng.choice(
        [
            "Filters delivered; ozone unit waiting for the electrician's sign-off.",
            "Tank coating cured late; wet commissioning moved by two weeks.",
        ]
    )
    _put(ws, 15, 1, [["Summary", summary], ["All amounts CHF excl. VAT"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "status_summary", summary),
        ValueFact("project", 0, "currency", "CHF"),
    ]
    ws["A18"] = "Milestones"
    _put(ws, 19, 1, [["Milestone", "Contract date", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2026, 1, 12))
    for i, name in enumerate(CAVIAR_MILESTONES[:n]):
        fc = due[i] + timedelta(days=rng.choice([0, 0, 10, 20]))
        st = "Done" if fc < date(2026, 3, 31) else rng.choice(["On plan", "Delayed"])
        _put(ws, 20 + i, 1, [[name, due[i], fc, st]])
        for c in (2, 3):
            ws.cell(20 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if CAVIAR_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", CAVIAR_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "ch_caviar_farm_supplier_status_pack")
    return Built(path, [_one("milestones", "Status", 19, targets, n)], values)


TUNING_26: tuple[Layout, ...] = (
    Layout(
        "fr_truffle_cooperative_raid_extract",
        "French truffle co-op integrator's RAID extract (one RAID-0041 counter, party owners)",
        fr_truffle_cooperative_raid_extract,
    ),
    Layout(
        "ca_ice_hockey_arena_risk_register",
        "Canadian ice hockey arena contractor's risk register (CR-014, H / M / L, Live)",
        ca_ice_hockey_arena_risk_register,
    ),
    Layout(
        "au_toll_plaza_systems_issue_log",
        "Australian toll plaza vendor's issue log (TS tickets, Sev 1-4, Awaiting Client)",
        au_toll_plaza_systems_issue_log,
    ),
    Layout(
        "jp_bonsai_garden_consultant_decisions",
        "Japanese bonsai garden consultancy's decision record (yyyy/mm/dd, two sign-offs)",
        jp_bonsai_garden_consultant_decisions,
    ),
    Layout(
        "es_saffron_processing_dependencies",
        "Spanish saffron dryer supplier's client dependencies (Needed by / Promised)",
        es_saffron_processing_dependencies,
    ),
    Layout(
        "nz_zipline_park_risk_issue_workbook",
        "NZ zipline contractor's Risks and Issues sheets (No. 1.., 5 Mar 26 text)",
        nz_zipline_park_risk_issue_workbook,
    ),
    Layout(
        "ie_salmon_smokery_consultancy_fee_tracker",
        "Irish smokery consultancy fee tracker, month and workstream rows (€ ex / incl. VAT)",
        ie_salmon_smokery_consultancy_fee_tracker,
    ),
    Layout(
        "sg_observation_wheel_day_rate_forecast",
        "Singapore observation wheel fee forecast by grade (day rate, Apr 2026 text, SGD)",
        sg_observation_wheel_day_rate_forecast,
    ),
    Layout(
        "us_parachute_plant_valuation",
        "US parachute plant contractor's G703 continuation sheet (This Period, retainage)",
        us_parachute_plant_valuation,
    ),
    Layout(
        "de_monastery_brewery_staffing_plan",
        "German monastery brewery integrator's staffing plan (day rate, May 2026 text)",
        de_monastery_brewery_staffing_plan,
    ),
    Layout(
        "in_tea_blending_sow_milestones",
        "Indian tea blending supplier's SOW payment milestones (Achieved / Invoiced, ₹)",
        in_tea_blending_sow_milestones,
    ),
    Layout(
        "ch_caviar_farm_supplier_status_pack",
        "Swiss caviar farm supplier's status pack (client / supplier PMs, Date of issue)",
        ch_caviar_farm_supplier_status_pack,
    ),
)
