"""The twenty-fourth tuning batch (``TUNING_24``, round 32): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is SUPPLIER AND
CONSULTANCY REPORTS: workbooks a project receives from (or sends to) its systems
integrators, contractors, managed-service providers and consultancies, which the client's
PMO adopts as the project's registers and trackers: an integrator's RAID extract in its own
id scheme, a managed-service provider's risk and issue log with client and supplier owners,
a lift contractor's issue log, a consultancy's assumptions and decision logs, a supplier's
dependency register, consultancy fee trackers, a contractor's interim payment application,
a resource plan of named supplier staff with day rates, a statement-of-work payment
milestone plan and an integrator's monthly status pack. The places and sectors are ones no
earlier batch's docstring names (a Kyushu hot spring resort's property management system,
a Sabah freight forwarder's warehouse management system, a Lugano elevator modernisation,
a Honiara cold store feasibility study, a Naha monorail extension, a Zurich reinsurer's
actuarial platform, a Jurong parking guidance system, a Tomakomai carbon capture pilot, a
Fort-de-France escalator replacement, a St George's nutmeg processing plant, a Geneva
private bank's core banking replacement); every country they sit in (Japan, Malaysia,
Switzerland, the Solomon Islands, Singapore, Martinique, Grenada) an earlier batch may
have named. Every pack is read as the CLIENT's project's: its project name and project
manager are the client's, never the supplier's engagement.

Registers:

- ``jp_beppu_hot_spring_pms_raid_extract``: a systems integrator's RAID extract for a
  Kyushu hot spring resort group's property management system: the integrator's title and
  `Client:` line, `SI Ref` ids in its own scheme (KSI-R-031..), `Type` Risk / Assumption /
  Issue / Dependency, `Description`, `Owner` Client / Supplier / Joint, `Raised` date cells
  shown `yyyy/mm/dd`, `Status` Open / Closed.
- ``my_sabah_wms_msp_risk_issue_log``: a managed-service provider's log for a Kota
  Kinabalu freight forwarder's warehouse management system, two sheets: `Risks` (`Risk ID`
  R-001.., `Risk`, `Client owner`, `Supplier owner`, `Probability (1-5)`, `Impact (1-5)`,
  `Mitigation`, standard risk statuses) and `Issues` (`Issue ID` I-001.., `Logged` date
  cells shown `dd/mm/yyyy`, `Issue`, `Client owner`, `Supplier owner`, `Priority` words,
  standard issue statuses).
- ``ch_lugano_elevator_contractor_issues``: a lift contractor's site issue log for a Lugano
  office block's elevator modernisation: `No.` 1, 2.., `Date` cells shown `dd.mm.yyyy`,
  `Issue`, `Owner` as a name with the company in brackets, `Priority`, `Target date` cells,
  standard issue statuses.
- ``sb_honiara_cold_store_assumptions``: an Australian consultancy's assumptions log for a
  Honiara fish cold store feasibility study: `Ref` A-001.., `Assumption`, `Owner` Client /
  Consultant / Joint, `Confidence` High / Medium / Low, `Validate by` cells shown
  `d/mm/yyyy`, standard assumption statuses.
- ``jp_naha_monorail_supplier_dependencies``: a rolling stock supplier's dependency
  register for a Naha monorail extension: `Dep No.` D-001.., `Dependency`, `Direction`
  Client to Supplier / Supplier to Client, `Owner`, `Need by` / `Committed` cells shown
  `yyyy-mm-dd`, standard dependency statuses.
- ``ch_zurich_actuarial_decision_log``: a consultancy's design decision log for a Zurich
  reinsurer's actuarial platform: `Decision ID` in the consultancy's scheme (AD-07..),
  `Date` cells shown `dd.mm.yyyy`, `Decision`, `Rationale`, `Decided by` as a name with the
  company in brackets.

Trackers:

- ``ch_zurich_actuarial_fee_tracker``: the same consultancy's fee tracker as one long table:
  `Month` cells shown `mmm yyyy`, `Workstream`, `Budget (CHF ex VAT)`, `Fees billed (CHF ex
  VAT)` for the months billed, `VAT 8.1%`, `Billed incl. VAT`, `Paid` Yes / No.
- ``sg_jurong_parking_fee_forecast``: a Singapore consultancy's fee forecast for a Jurong
  parking guidance system: `SGD, excl. GST` under the title, `Grade`, `Day rate (SGD)`,
  month date cells shown `mmm-yy` across under a row of `Actual` / `Forecast` words, a
  `Total` row.
- ``jp_tomakomai_ccs_payment_application``: a civil contractor's interim payment
  application for a Tomakomai carbon capture pilot: `Interim Payment Application No. n`,
  `Valuation period` 1 - last day of a month (text), `Valuation date` cell, `Currency: JPY`,
  `Item` codes 1.1.., `Description`, `Contract sum`, `Previous valuation`, `This period`,
  `Cumulative`, `% complete`, then a summary (retention 5 %, less previously certified,
  consumption tax 10 %, amount due).
- ``mq_fort_de_france_escalator_resource_plan``: an escalator contractor's resource plan of
  named staff for a Fort-de-France shopping centre: `Name`, `Company`, `Role`, `Day rate
  (EUR)`, month date cells shown `mmm-yy` across in days, a `Total days` column.
- ``gd_nutmeg_sow_payment_milestones``: a consultancy's statement-of-work milestone plan for
  a St George's nutmeg processing plant: `SOW ref` PM1.., `Deliverable / milestone`,
  `Contract date` / `Forecast date` / `Accepted on` cells shown `dd-mmm-yy`, `Payment %`,
  `Payment (USD)`, `Status` standard words, `Invoice status` Not due / Invoiced / Paid.
- ``ch_geneva_core_banking_status_pack``: a systems integrator's monthly status pack for a
  Geneva private bank's core banking replacement: label / value rows (`Client`, `Client
  project`, `Client project manager`, `Supplier`, `Supplier engagement lead`, `Report
  date` cell, `Contract value (CHF, ex VAT)`, `Overall RAG`, `Schedule RAG`, `Cost RAG`),
  then a `Milestones` table: `Milestone`, `Contract date` / `Forecast` / `Actual` cells
  shown `dd/mm/yyyy`, `RAG`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- an owner given as a name with the company in brackets (`Luca Bernasconi (Schindler)`,
  the decision log's `Decided by`): the cell's whole text is the owner (or decider) fact,
  as a person copying the register keeps it; a name stripped of its company would also
  do for a reader, so this is the reading least sure of all;
- the MSP log's `Client owner` and `Supplier owner`: which one is the risk's or issue's
  owner depends on who reads it, so each maps to the owner or is left out, and there is
  no owner fact; the RAID extract's `Owner` Client / Supplier / Joint and the assumptions
  log's Client / Consultant / Joint (one column, one word) are owner facts;
- the fee tracker's `Fees billed (CHF ex VAT)` is the month's actual (like with like with
  the ex VAT budget); `Billed incl. VAT` maps to the actual or is left out, `VAT 8.1%` and
  `Paid` are left out; `CHF` in the headers is the currency;
- the payment application's `This period` (work valued in the valuation month, before
  retention) is the month's actual for the item's cost line; `Contract sum` (the whole
  contract's, not the month's budget), `Previous valuation`, `Cumulative` and `% complete`:
  left out, and no budget fact; the `Item` code is left out, the `Description` is the cost
  line; the `Valuation date` (a report date or the period's end?): no fact; `Currency:
  JPY` is the currency; the summary block below the table is no cost line;
- the fee forecast's month columns are actual where the row above says `Actual` and
  forecast where it says `Forecast`; `Day rate (SGD)` and the `Total` row: left out, no
  cost line; the grade is the cost line; `SGD, excl. GST` is the currency;
- the dependency register's `Direction` Client to Supplier / Supplier to Client (inbound
  to the client's project or to the supplier's work?): mapped to the direction or left
  out, no fact;
- supplier ids in their own scheme (`KSI-R-031`, `AD-07`, the SOW's `PM1`) and a bare `No.`
  1, 2..: no id fact (mapped or left out); R-001 / I-001 / A-001 / D-001 are id facts;
- the SOW plan's `Contract date` is the baseline, `Accepted on` the actual date; `Payment
  %`, `Payment (USD)` and `Invoice status`: left out; the fee's `USD` (the consultancy's
  fee, not said to be the project's currency): no currency fact;
- the status pack's `Client project` is the project name and `Client project manager` the
  project manager; `Client`, `Supplier`, `Supplier engagement lead` and `Contract value`:
  no project field, no fact; the contract value's `CHF` (the supplier contract's currency,
  not said to be the project's): no currency fact; the milestone
  `RAG` (no milestone field; a status word?): left out; `Report date` is the report date;
- the resource plan's days per month: counts only (each person's month with days), as
  earlier batches' resource plans; `Company`, `Day rate (EUR)`, `Total days`: left out;
- the RAID extract's dependency `Raised` date: no fact (the standard has none).

Readings used: every date in the batch is a date cell (no text dates), so each holds what
it shows; ids in no standard shape get no id fact; statuses, priorities and confidence are
the standards' words. It was written and checked for internal consistency only
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
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

BEPPU_ROWS = [
    ("Risk", "Legacy reservation data holds duplicate guest profiles"),
    ("Issue", "Onsen gate card readers reject the new key card format"),
    ("Assumption", "Front desk staff released for two days of training per site"),
    ("Dependency", "Channel manager interface certified by the OTA aggregator"),
    ("Risk", "Peak season freeze delays the second wave of go-lives"),
    ("Issue", "Japanese invoice format (qualified invoice) missing from reports"),
    ("Assumption", "Resort network upgraded before cutover weekend"),
    ("Dependency", "Point-of-sale vendor delivers the restaurant interface"),
]
BEPPU_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
BEPPU_REG["Dependency"] = "dependencies"
BEPPU_TEXT = {"risks": "title", "issues": "title", "assumptions": "assumption"}
BEPPU_TEXT["dependencies"] = "title"


def jp_beppu_hot_spring_pms_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's RAID extract for a Kyushu hot spring resort group's property
    management system: its own ids KSI-R-031.., owners Client / Supplier / Joint, `Raised`
    date cells shown `yyyy/mm/dd`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Kyushu Systems Integration KK - RAID extract for client"
    ws["A2"] = "Client: Beppu Onsen Resorts - Property Management System Replacement"
    _put(ws, 4, 1, [["SI Ref", "Type", "Description", "Owner", "Raised", "Status"]])
    rows = [r for k, r in enumerate(BEPPU_ROWS) if k < 4 or rng.random() < 0.65]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 13))
    first = rng.randint(20, 60)
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = BEPPU_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice(["Client", "Supplier", "Supplier", "Joint"])
        st = rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"KSI-R-{first + k:03d}", kind, text, who, raised[k], st]
        _put(ws, 5 + k, 1, [cells])
        ws.cell(5 + k, 5).number_format = "yyyy/mm/dd"
        values += [
            ValueFact(reg, i, BEPPU_TEXT[reg], text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), "status"])
    path = _save(wb, folder, "jp_beppu_hot_spring_pms_raid_extract")
    return Built(path, [TruthTable("RAID extract", 4, "raid", targets, counts)], values)


SABAH_RISKS = [
    ("Barcode scanners reach end of support before rollout", "Refresh scanners in wave 1"),
    ("Customs e-declaration interface changes its schema", "Monthly schema check"),
    ("Warehouse staff turnover erodes super-user cover", "Train two super-users a site"),
    ("Data centre in Kota Kinabalu loses power in monsoon", "Fail over to Kuala Lumpur"),
    ("Client change freeze over Hari Raya blocks releases", "Agree release windows"),
    ("Slotting rules not signed off by operations", "Workshop with the site managers"),
]
SABAH_ISSUES = [
    "Pick lists print without bin locations at Sepanggar",
    "Nightly stock sync to the ERP fails on large batches",
    "Handheld login times out in the cold room",
    "Carrier labels rejected by the courier's portal",
    "Cycle count variances not posted to finance",
]
SABAH_CLIENT = ["Nurul Ain Jaafar", "Jason Chin", "Farid Salleh"]
SABAH_SUPPLIER = ["Vikram Menon", "Lim Wei Ling", "Azlan Rahim"]


def my_sabah_wms_msp_risk_issue_log(folder: Path, rng: random.Random) -> Built:
    """A managed-service provider's risk and issue log (two sheets) for a Sabah freight
    forwarder's warehouse management system, with a `Client owner` and a `Supplier owner`
    on each row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Borneo Freight WMS Managed Service - Risk Log"
    head = ["Risk ID", "Risk", "Client owner", "Supplier owner", "Probability (1-5)"]
    head += ["Impact (1-5)", "Mitigation", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, (text, mit) in enumerate(rng.sample(SABAH_RISKS, n)):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        st = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", text, rng.choice(SABAH_CLIENT)]
        cells += [rng.choice(SABAH_SUPPLIER), p, imp, mit, st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "response", mit),
            ValueFact("risks", i, "status", st),
        ]
    wi = wb.create_sheet("Issues")
    wi["A1"] = "Borneo Freight WMS Managed Service - Issue Log"
    head = ["Issue ID", "Logged", "Issue", "Client owner", "Supplier owner", "Priority"]
    head += ["Status"]
    _put(wi, 3, 1, [head])
    m = rng.randint(3, 5)
    logged = _days(rng, m, date(2026, 2, 2))
    for i, text in enumerate(rng.sample(SABAH_ISSUES, m)):
        pr = rng.choice(["Critical", "High", "Medium", "Low"])
        st = rng.choice(["Open", "In Progress", "Resolved", "Closed"])
        cells = [f"I-{i + 1:03d}", logged[i], text, rng.choice(SABAH_CLIENT)]
        cells += [rng.choice(SABAH_SUPPLIER), pr, st]
        _put(wi, 4 + i, 1, [cells])
        wi.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "status", st),
        ]
    t1: Targets = _cols("A", ["id", "title", ("owner", None), ("owner", None)])
    t1 |= _cols("E", ["probability", "impact", "response", "status"])
    t2: Targets = _cols("A", ["id", "raised_date", "title", ("owner", None), ("owner", None)])
    t2 |= _cols("F", ["priority", "status"])
    path = _save(wb, folder, "my_sabah_wms_msp_risk_issue_log")
    return Built(path, [_one("risks", "Risks", 3, t1, n), _one("issues", "Issues", 3, t2, m)],
                 values)  # fmt: skip


LUGANO_ISSUES = [
    "Machine room ventilation below the new drive's rating",
    "Shaft survey shows guide rails out of plumb on floors 4-6",
    "Tenant access to lift 2 needed during the works",
    "Fire service wants a firefighter lift test before handover",
    "Landing door frames damaged when removing the old doors",
    "Building management system interface undefined",
]
LUGANO_OWNERS = ["Luca Bernasconi (Schindler)", "Chiara Rusconi (Client)"]
LUGANO_OWNERS += ["Marco Ferrari (Studio Ferrari Ingegneria)"]


def ch_lugano_elevator_contractor_issues(folder: Path, rng: random.Random) -> Built:
    """A lift contractor's site issue log for a Lugano elevator modernisation: `No.`,
    `Date` / `Target date` cells shown `dd.mm.yyyy`, owners as `Name (Company)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue log")
    ws["A1"] = "Ammodernamento ascensori - Palazzo Riva, Lugano"
    ws["A2"] = "Contractor issue log (site)"
    head = ["No.", "Date", "Issue", "Owner", "Priority", "Target date", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    raised = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(LUGANO_ISSUES, n)):
        who = rng.choice(LUGANO_OWNERS)
        pr = rng.choice(["High", "Medium", "Medium", "Low"])
        due = raised[i] + timedelta(days=rng.choice([7, 14, 21, 28]))
        st = rng.choice(["Open", "In Progress", "Resolved", "Closed"])
        _put(ws, 5 + i, 1, [[i + 1, raised[i], text, who, pr, due, st]])
        for c in (2, 6):
            ws.cell(5 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "owner", "priority"])
    targets |= {"F": "due_date", "G": "status"}
    path = _save(wb, folder, "ch_lugano_elevator_contractor_issues")
    return Built(path, [_one("issues", "Issue log", 4, targets, n)], values)


HONIARA_ASSUMPTIONS = [
    "Grid supply at Ranadi is available at 415 V three-phase",
    "Catch volumes stay at the 2024 level for the first five years",
    "Land lease at the port granted for 25 years",
    "Ammonia refrigeration is acceptable to the regulator",
    "Freight rates to Brisbane for chilled product hold",
    "Local contractor can build insulated panels on site",
]


def sb_honiara_cold_store_assumptions(folder: Path, rng: random.Random) -> Built:
    """An Australian consultancy's assumptions log for a Honiara cold store feasibility
    study: A-001 ids, owners Client / Consultant / Joint, `Validate by` cells shown
    `d/mm/yyyy`, standard confidence and status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Honiara Fish Cold Store - Feasibility Study - Assumptions Log"
    ws["A2"] = "Prepared by Coral Sea Advisory Pty Ltd for the client"
    head = ["Ref", "Assumption", "Owner", "Confidence", "Validate by", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 4, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(HONIARA_ASSUMPTIONS, n)):
        who = rng.choice(["Client", "Consultant", "Joint"])
        conf = rng.choice(["High", "Medium", "Low"])
        st = rng.choice(["Open", "Open", "Validated", "Invalid"])
        _put(ws, 5 + i, 1, [[f"A-{i + 1:03d}", text, who, conf, by[i], st]])
        ws.cell(5 + i, 5).number_format = "d/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "confidence", conf),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "assumption", "owner", "confidence", "validate_by"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "sb_honiara_cold_store_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


NAHA_DEPS = [
    ("Depot track access for the test train", "Client to Supplier"),
    ("Signalling interface specification frozen", "Client to Supplier"),
    ("Bogie type test report", "Supplier to Client"),
    ("Traction power energised on the extension", "Client to Supplier"),
    ("Driver training material in Japanese", "Supplier to Client"),
    ("Spare parts list for the maintenance contract", "Supplier to Client"),
]
NAHA_OWNERS = ["Kenji Higa", "Yuki Nakamura", "Tomohiro Oshiro"]


def jp_naha_monorail_supplier_dependencies(folder: Path, rng: random.Random) -> Built:
    """A rolling stock supplier's dependency register for a Naha monorail extension:
    D-001 ids, `Direction` Client to Supplier / Supplier to Client, `Need by` /
    `Committed` cells shown `yyyy-mm-dd`, standard dependency statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Okinawa Urban Monorail - Extension Phase 2 - Rolling Stock Dependencies"
    head = ["Dep No.", "Dependency", "Direction", "Owner", "Need by", "Committed", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 5, 1))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(NAHA_DEPS, n)):
        who = rng.choice(NAHA_OWNERS)
        committed = need[i] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        st = rng.choice(["Open", "On Track", "At Risk", "Late", "Delivered"])
        _put(ws, 4 + i, 1, [[f"D-{i + 1:03d}", text, way, who, need[i], committed, st]])
        for c in (5, 6):
            ws.cell(4 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", ("direction", None), "owner", "need_by"])
    targets |= {"F": "committed_date", "G": "status"}
    path = _save(wb, folder, "jp_naha_monorail_supplier_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


ZURICH_DECISIONS = [
    ("Run the reserving models on the cloud grid", "Quarter-end peaks need burst capacity"),
    ("Keep IFRS 17 cash flows in the existing data lake", "Avoids a second reconciliation"),
    ("Python replaces the legacy APL triangles", "Only two staff still read APL"),
    ("Parallel run for two quarter-ends", "Audit asked for evidence of equivalence"),
    ("Vendor ESG scenario set not adopted", "Regulator scenarios suffice for 2026"),
    ("Single sign-on through the group identity service", "Security standard requires it"),
]
ZURICH_PEOPLE = ["Dr. Sabine Keller (Client)", "Thomas Brunner (Alpstein Consulting)"]
ZURICH_PEOPLE += ["Steering Committee"]


def ch_zurich_actuarial_decision_log(folder: Path, rng: random.Random) -> Built:
    """A consultancy's design decision log for a Zurich reinsurer's actuarial platform:
    its own ids AD-07.., `Date` cells shown `dd.mm.yyyy`, `Decided by` as a name with the
    company in brackets."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Actuarial Platform Renewal - Architecture Decisions"
    ws["A2"] = "Alpstein Consulting AG for Limmat Re"
    _put(ws, 4, 1, [["Decision ID", "Date", "Decision", "Rationale", "Decided by"]])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 12))
    first = rng.randint(3, 12)
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(ZURICH_DECISIONS, n)):
        who = rng.choice(ZURICH_PEOPLE)
        _put(ws, 5 + i, 1, [[f"AD-{first + i:02d}", made[i], text, why, who]])
        ws.cell(5 + i, 2).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "ch_zurich_actuarial_decision_log")
    return Built(path, [_one("decisions", "Decisions", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

ZURICH_STREAMS = ["Reserving models", "Data migration", "Testing and parallel run"]
ZURICH_STREAMS += ["Programme management"]


def ch_zurich_actuarial_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """The consultancy's fee tracker as one long table: `Month` cells shown `mmm yyyy`,
    `Workstream`, `Budget (CHF ex VAT)`, `Fees billed (CHF ex VAT)` for the months billed,
    `VAT 8.1%`, `Billed incl. VAT`, `Paid`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = "Limmat Re - Actuarial Platform Renewal - Fee Tracker"
    head = ["Month", "Workstream", "Budget (CHF ex VAT)", "Fees billed (CHF ex VAT)"]
    head += ["VAT 8.1%", "Billed incl. VAT", "Paid"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(3, 5))
    billed = rng.randint(1, len(months) - 1)
    streams = rng.sample(ZURICH_STREAMS, 3)
    values: list[ValueFact] = []
    row = 4
    for m, month in enumerate(months):
        for ws_name in streams:
            budget = rng.randrange(40, 180) * 1000.0
            cells: list[object] = [month, ws_name, budget]
            values.append(ValueFact("finance", (month, ws_name), "budget", budget))
            if m < billed:
                fee = round(budget * rng.uniform(0.8, 1.15), -2)
                vat = round(fee * 0.081, 2)
                paid = "Yes" if m < billed - 1 else rng.choice(["Yes", "No"])
                cells += [fee, vat, round(fee + vat, 2), paid]
                values.append(ValueFact("finance", (month, ws_name), "actual", fee))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm yyyy"
            row += 1
    values.append(ValueFact("project", 0, "currency", "CHF"))
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    targets |= {"F": ("actual", None), "G": None}
    path = _save(wb, folder, "ch_zurich_actuarial_fee_tracker")
    table = TruthTable("Fees", 3, "finance", targets, {"finance": len(months) * len(streams)})
    return Built(path, [table], values)


JURONG_GRADES = [("Partner", 3200), ("Director", 2600), ("Manager", 1900)]
JURONG_GRADES += [("Senior Consultant", 1500), ("Consultant", 1150), ("Analyst", 850)]


def sg_jurong_parking_fee_forecast(folder: Path, rng: random.Random) -> Built:
    """A Singapore consultancy's fee forecast by grade: `SGD, excl. GST`, `Grade`, `Day
    rate (SGD)`, month date cells shown `mmm-yy` across under `Actual` / `Forecast`
    words, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fee forecast")
    ws["A1"] = "Jurong Lake District Parking Guidance System - Fee Forecast"
    ws["A2"] = "SGD, excl. GST"
    months = _months(date(2026, rng.randint(1, 6), 1), 6)
    closed = rng.randint(2, 4)
    for m in range(len(months)):
        ws.cell(4, 3 + m, "Actual" if m < closed else "Forecast")
    _put(ws, 5, 1, [["Grade", "Day rate (SGD)", *months]])
    for c in range(3, 3 + len(months)):
        ws.cell(5, c).number_format = "mmm-yy"
    grades = [g for g in JURONG_GRADES if g[0] != "Partner" or rng.random() < 0.5]
    grades = grades[: rng.randint(4, len(grades))]
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "SGD")]
    tot = [0.0] * len(months)
    for r, (grade, rate) in enumerate(grades):
        fees = [float(rate * rng.randint(1, 15)) for _ in months]
        tot = [a + b for a, b in zip(tot, fees, strict=True)]
        _put(ws, 6 + r, 1, [[grade, rate, *fees]])
        for m, month in enumerate(months):
            kind = "actual" if m < closed else "forecast"
            values.append(ValueFact("finance", (month, grade), kind, fees[m]))
    _put(ws, 6 + len(grades), 1, [["Total", None, *tot]])
    path = _save(wb, folder, "sg_jurong_parking_fee_forecast")
    table = TruthTable("Fee forecast", 5, "finance", {"A": "cost_line", "B": None},
                       {"finance": len(months) * len(grades)})  # fmt: skip
    return Built(path, [table], values)


TOMAKOMAI_ITEMS = [
    ("1.1", "Site establishment"),
    ("1.2", "Piling to absorber foundations"),
    ("2.1", "Absorber column foundations"),
    ("2.2", "CO2 compressor house"),
    ("3.1", "Pipe racks and supports"),
    ("3.2", "Drainage and bunding"),
    ("4.1", "Access roads and hardstanding"),
]


def jp_tomakomai_ccs_payment_application(folder: Path, rng: random.Random) -> Built:
    """A civil contractor's interim payment application for a Tomakomai carbon capture
    pilot: a numbered application for one month, `Currency: JPY`, items with `Contract
    sum`, `Previous valuation`, `This period`, `Cumulative`, `% complete`, and a summary
    block with retention and consumption tax."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valuation")
    month = date(2026, rng.randint(2, 9), 1)
    nxt = date(month.year, month.month + 1, 1)
    last = nxt - timedelta(days=1)
    ws["A1"] = "Tomakomai CCS Pilot - Civil Works Package C2"
    ws["A2"] = f"Interim Payment Application No. {rng.randint(4, 11)}"
    ws["A3"] = f"Valuation period: 1 - {last.day} {last.strftime('%B %Y')}"
    ws["A4"] = "Valuation date"
    ws["B4"] = last
    ws["B4"].number_format = "yyyy/mm/dd"
    ws["A5"] = "Currency: JPY"
    head = ["Item", "Description", "Contract sum", "Previous valuation", "This period"]
    head += ["Cumulative", "% complete"]
    _put(ws, 7, 1, [head])
    items = [it for k, it in enumerate(TOMAKOMAI_ITEMS) if k < 4 or rng.random() < 0.6]
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "JPY")]
    cum_total = 0.0
    for r, (code, desc) in enumerate(items):
        contract = rng.randrange(20, 300) * 1_000_000.0
        prev = round(contract * rng.uniform(0.1, 0.6), -4)
        this = round(contract * rng.uniform(0.0, 0.25), -4)
        cum = prev + this
        cum_total += cum
        cells: list[object] = [code, desc, contract, prev, this, cum, round(cum / contract, 3)]
        _put(ws, 8 + r, 1, [cells])
        ws.cell(8 + r, 7).number_format = "0.0%"
        for c in range(3, 7):
            ws.cell(8 + r, c).number_format = "#,##0"
        values.append(ValueFact("finance", (month, desc), "actual", this))
    top = 8 + len(items) + 1
    retention = round(cum_total * 0.05, 0)
    prev_cert = round(cum_total * rng.uniform(0.6, 0.85), -4)
    due = cum_total - retention - prev_cert
    summary: list[list[object]] = [
        ["", "Gross valuation to date", None, None, None, cum_total],
        ["", "Less retention 5%", None, None, None, -retention],
        ["", "Less previously certified", None, None, None, -prev_cert],
        ["", "Amount due (ex consumption tax)", None, None, None, due],
        ["", "Consumption tax 10%", None, None, None, round(due * 0.1, 0)],
        ["", "Amount due incl. tax", None, None, None, round(due * 1.1, 0)],
    ]
    _put(ws, top, 1, summary)
    targets: Targets = _cols("A", [None, "cost_line", None, None, "actual", None, None])
    path = _save(wb, folder, "jp_tomakomai_ccs_payment_application")
    table = TruthTable("Valuation", 7, "finance", targets, {"finance": len(items)})
    return Built(path, [table], values)


FDF_PEOPLE = [
    ("Jean-Marc Lafleur", "Otis Antilles", "Site Manager", 780),
    ("Nadia Celestine", "Otis Antilles", "Installation Engineer", 620),
    ("Olivier Marie-Sainte", "Otis Antilles", "Fitter", 450),
    ("Sandrine Jos", "Bureau Caraibes Controle", "Inspector", 900),
    ("Patrick Eugenie", "Otis Antilles", "Fitter", 450),
]


def mq_fort_de_france_escalator_resource_plan(folder: Path, rng: random.Random) -> Built:
    """An escalator contractor's resource plan of named staff with day rates for a
    Fort-de-France shopping centre: `Name`, `Company`, `Role`, `Day rate (EUR)`, month
    date cells shown `mmm-yy` across in days, `Total days`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resources")
    ws["A1"] = "Centre Commercial Dillon - Escalator Replacement - Resource Plan (days)"
    months = _months(date(2026, rng.randint(3, 8), 1), 5)
    head: list[object] = ["Name", "Company", "Role", "Day rate (EUR)", *months, "Total days"]
    _put(ws, 3, 1, [head])
    for c in range(5, 5 + len(months)):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    for r, (name, firm, role, rate) in enumerate(rng.sample(FDF_PEOPLE, rng.randint(3, 5))):
        days = [rng.choice([0, 0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, firm, role, rate, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "mq_fort_de_france_escalator_resource_plan")
    targets: Targets = {"A": "person", "B": None, "C": "role", "D": None}
    return Built(path, [TruthTable("Resources", 3, "resources", targets,
                                   {"resources": count})], [])  # fmt: skip


NUTMEG_MILESTONES = [
    ("Inception report", 10),
    ("Process design and layout", 20),
    ("Equipment specification and tender pack", 20),
    ("Tender evaluation report", 15),
    ("Installation supervision complete", 20),
    ("Commissioning and handover report", 15),
]


def gd_nutmeg_sow_payment_milestones(folder: Path, rng: random.Random) -> Built:
    """A consultancy's statement-of-work payment milestone plan for a St George's nutmeg
    processing plant: `SOW ref` PM1.., `Contract date` / `Forecast date` / `Accepted on`
    cells shown `dd-mmm-yy`, `Payment %`, `Payment (USD)`, `Status`, `Invoice status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW milestones")
    ws["A1"] = "GCNA Nutmeg Processing Plant Upgrade - SOW 2 Payment Milestones"
    fee = rng.randrange(300, 900) * 1000.0
    ws["A2"] = f"Fixed fee (USD): {fee:,.0f}"
    head = ["SOW ref", "Deliverable / milestone", "Contract date", "Forecast date"]
    head += ["Accepted on", "Payment %", "Payment (USD)", "Status", "Invoice status"]
    _put(ws, 4, 1, [head])
    n = len(NUTMEG_MILESTONES)
    base = _days(rng, n, date(2026, 1, 19))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, (name, pct) in enumerate(NUTMEG_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14, 30]))
        acc = fc if i < done else None
        st = "Complete" if acc else rng.choice(["Not Started", "In Progress", "At Risk"])
        inv = rng.choice(["Invoiced", "Paid"]) if acc else "Not due"
        cells: list[object] = [f"PM{i + 1}", name, base[i], fc, acc, pct / 100]
        cells += [fee * pct / 100, st, inv]
        _put(ws, 5 + i, 1, [cells])
        for c in (3, 4, 5):
            ws.cell(5 + i, c).number_format = "dd-mmm-yy"
        ws.cell(5 + i, 6).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
        if acc:
            values.append(ValueFact("milestones", i, "actual_date", acc))
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, None, "status", None])
    path = _save(wb, folder, "gd_nutmeg_sow_payment_milestones")
    return Built(path, [_one("milestones", "SOW milestones", 4, targets, n)], values)


GENEVA_MILESTONES = [
    "Design authority sign-off",
    "Data migration rehearsal 1",
    "System integration test exit",
    "Data migration rehearsal 2",
    "User acceptance test exit",
    "Go-live",
]


def ch_geneva_core_banking_status_pack(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's monthly status pack for a Geneva private bank's core
    banking replacement: client and supplier label rows, `Report date` cell, `Contract
    value (CHF, ex VAT)`, three RAG words, then a milestones table with `Contract date` /
    `Forecast` / `Actual` cells shown `dd/mm/yyyy` and a `RAG` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    ws["A1"] = "Monthly Status Report"
    project, pm = "Core Banking Replacement (Programme Rhone)", "Isabelle Favre"
    report = date(2026, rng.randint(3, 9), rng.choice([5, 7, 10]))
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    rows: list[list[object]] = [
        ["Client", "Banque Privee du Leman SA"],
        ["Client project", project],
        ["Client project manager", pm],
        ["Supplier", "Helvetic Banking Systems SA"],
        ["Supplier engagement lead", "Mark Whitfield"],
        ["Report date", report],
        ["Contract value (CHF, ex VAT)", rng.randrange(4000, 12000) * 1000.0],
        ["Overall RAG", rags[0]],
        ["Schedule RAG", rags[1]],
        ["Cost RAG", rags[2]],
    ]
    _put(ws, 3, 1, rows)
    ws["B8"].number_format = "dd/mm/yyyy"
    ws["B9"].number_format = "#,##0"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
    ]
    ws["A15"] = "Milestones"
    _put(ws, 16, 1, [["Milestone", "Contract date", "Forecast", "Actual", "RAG"]])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2026, 1, 5))
    done = rng.randint(0, 2)
    for i, name in enumerate(GENEVA_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 28, 42]))
        actual = fc if i < done else None
        rag = "Green" if actual else rng.choice(["Green", "Amber", "Red"])
        _put(ws, 17 + i, 1, [[name, base[i], fc, actual, rag]])
        for c in (2, 3, 4):
            ws.cell(17 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": None}
    path = _save(wb, folder, "ch_geneva_core_banking_status_pack")
    return Built(path, [_one("milestones", "Status", 16, targets, n)], values)


TUNING_24: tuple[Layout, ...] = (
    Layout(
        "jp_beppu_hot_spring_pms_raid_extract",
        "Japanese integrator's RAID extract (own ids, owners Client / Supplier / Joint)",
        jp_beppu_hot_spring_pms_raid_extract,
    ),
    Layout(
        "my_sabah_wms_msp_risk_issue_log",
        "Malaysian MSP risk and issue log, two sheets, client owner / supplier owner",
        my_sabah_wms_msp_risk_issue_log,
    ),
    Layout(
        "ch_lugano_elevator_contractor_issues",
        "Swiss lift contractor's issue log (owners as Name (Company), dd.mm.yyyy cells)",
        ch_lugano_elevator_contractor_issues,
    ),
    Layout(
        "sb_honiara_cold_store_assumptions",
        "Solomon Islands feasibility study assumptions log by an Australian consultancy",
        sb_honiara_cold_store_assumptions,
    ),
    Layout(
        "jp_naha_monorail_supplier_dependencies",
        "Japanese rolling stock supplier's dependencies (Client to Supplier direction)",
        jp_naha_monorail_supplier_dependencies,
    ),
    Layout(
        "ch_zurich_actuarial_decision_log",
        "Swiss consultancy's design decision log (own AD ids, Decided by Name (Company))",
        ch_zurich_actuarial_decision_log,
    ),
    Layout(
        "ch_zurich_actuarial_fee_tracker",
        "Swiss consultancy fee tracker, long (budget / billed ex VAT, VAT, incl. VAT)",
        ch_zurich_actuarial_fee_tracker,
    ),
    Layout(
        "sg_jurong_parking_fee_forecast",
        "Singapore consultancy fee forecast by grade, months across, Actual / Forecast row",
        sg_jurong_parking_fee_forecast,
    ),
    Layout(
        "jp_tomakomai_ccs_payment_application",
        "Japanese contractor's interim payment application (contract sum, this period)",
        jp_tomakomai_ccs_payment_application,
    ),
    Layout(
        "mq_fort_de_france_escalator_resource_plan",
        "Martinique escalator contractor's resource plan, named staff, day rates, days",
        mq_fort_de_france_escalator_resource_plan,
    ),
    Layout(
        "gd_nutmeg_sow_payment_milestones",
        "Grenada SOW payment milestone plan (contract / forecast / accepted dates, USD)",
        gd_nutmeg_sow_payment_milestones,
    ),
    Layout(
        "ch_geneva_core_banking_status_pack",
        "Swiss integrator's status pack (client / supplier rows, RAGs, milestones table)",
        ch_geneva_core_banking_status_pack,
    ),
)
