"""The fifty-first held-out batch (``HELD_OUT_51``, round 31): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is SUPPLIER AND
CONSULTANCY REPORTS: workbooks a project receives from (or sends to) its systems
integrators, consultancies, contractors and managed-service providers, which the PMO adopts
as the client project's registers and trackers: a RAID extract in the supplier's own ref
scheme, a risk and issue log with a client / supplier owner split, a design authority log,
dependencies on the client, a contractor's risks owned by a party, a defect log; a fee
tracker, contractor's valuations, a supplier spend report, a consultancy days plan, a
statement-of-work payment milestone plan, a weekly status pack. Sectors and countries no
earlier batch's docstring names: pension administration, microfinance, student records,
insurance claims, a cotton gin, a newspaper press, a tax authority, a credit union, an oil
refinery, an ombudsman, e-commerce, e-passports; Moldova, Cameroon, Kazakhstan, Bahrain,
Uzbekistan, Brunei. Every date is a date cell; every input cell is a value.

Registers:

- ``md_pension_si_raid_extract``: an integrator's weekly pack RAID extract for a Moldovan
  pension system: `Supplier ref` TLX-R-014.., `Type` Risk / Issue / Assumption /
  Dependency, `Description`, `Owner side` Client / Supplier / Joint, a named `Owner`,
  `Raised` cells shown `dd.mm.yyyy`, `Status` Open / Closed.
- ``cm_microfinance_msp_risk_issue_log``: a managed-service provider's log for a
  Cameroonian microfinance bank, two sheets: `Risks` (R-001.., `Category`, `Client owner`,
  `Supplier owner`, `Likelihood (1-5)`, `Impact (1-5)`, `Mitigation`, `Status`) and
  `Issues` (I-001.., `Logged` cells shown `dd/mm/yyyy`, `Priority` words, both owners,
  issue statuses).
- ``kz_student_records_design_decisions``: a consultancy's design authority log for a
  Kazakh university: `Ref` DA-01.., `Decision`, `Decided by` named people with company in
  brackets, `Date agreed` cells shown `dd.mm.yy`, `Rationale`.
- ``bh_insurance_claims_client_dependencies``: an integrator's dependencies on the client
  for a Bahraini insurer's claims platform: `Ref` CD-01.., `Client dependency`, named
  `Owner`, `Required by` / `Expected` cells shown `d-mmm-yy`, `Impact if late`, status.
- ``uz_cotton_gin_contractor_risks``: an EPC contractor's risks for an Uzbek cotton gin:
  R-001.., `Category`, `Risk owner` Client / Contractor / Joint only, `P` / `I` 1-5,
  `Response`, `Status`.
- ``bn_newspaper_press_defect_log``: a press supplier's site acceptance defect log for a
  Brunei newspaper: `Defect #` DEF-0101.., `Reported` cells shown `dd/mm/yyyy`, `Priority`
  words, `Assigned to` named people with company in brackets, issue statuses.

Trackers:

- ``bh_tax_consultancy_fee_tracker``: a consultancy's fee tracker for a Bahraini tax
  authority: `Fees in USD, excluding VAT`, workstreams down with a `Plan` and an `Actual`
  row each (`Line` column), six month cells shown `mmm-yy` across, actuals for the months
  invoiced.
- ``md_credit_union_contractor_valuation``: a contractor's payment applications for a
  Moldovan credit union's branch refit: `Currency: EUR`, a `Contract sum` cell, one long
  table `Valuation month` (`mmm yyyy`), `Package`, `Planned (period)`, `Gross value this
  period`, `Retention 5%`, `Certified`.
- ``kz_refinery_supplier_spend``: a Kazakh refinery turnaround's spend by supplier:
  `Month` (`mm.yyyy`), `Supplier`, `Contract type` Fixed / T&M, `Budget (USD, ex VAT)`,
  `Actual (USD, ex VAT)`, `Actual (USD, incl. VAT)`, `Forecast (USD, ex VAT)`.
- ``cm_ombudsman_consultancy_days_plan``: a consultancy's resource plan for a Cameroonian
  ombudsman: `Consultant`, `Grade`, `Day rate (EUR)`, five month cells shown `mmm-yy` with
  planned days, a `Total days` row.
- ``uz_ecommerce_sow_payment_milestones``: a statement-of-work payment milestone plan for
  an Uzbek retailer's online store: `Ref` PM-01.., `Contractual date` / `Forecast` /
  `Accepted on` cells shown `dd/mm/yyyy`, `Payment %`, `Payment (USD excl. VAT)`, status
  words.
- ``bn_passport_si_weekly_status_pack``: an integrator's weekly status pack for a Brunei
  e-passport system: label / value rows `Client`, `Client project`, `Client project
  manager`, `Supplier delivery manager`, `Engagement code`, `Week ending` (a date cell),
  `Overall RAG`, then `Key milestones`: `Milestone`, `Contract date` / `Forecast`, `RAG`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the valuation's `Gross value this period` and `Certified` (is the project's actual the
  work done, gross of retention, or what the client's QS certified, net of it?): no actual
  fact, each mapped to the actual or left out; `Retention 5%` and the `Contract sum` cell
  left out; `Planned (period)` is the budget; `Currency: EUR` the currency;
- the refinery's `Actual (USD, ex VAT)` is the actual (the budget beside it is ex VAT, so
  the like-for-like reading), `Actual (USD, incl. VAT)` left out; `Contract type` left out
  (no finance field; Fixed / T&M is no cost category); `(USD, ex VAT)` in the money
  headers is the currency USD (audit, round 31);
- owners a person cannot name: `Owner side` / `Risk owner` as a party (Client / Supplier /
  Contractor / Joint) gets no owner fact; the MSP log's `Client owner` and `Supplier
  owner` (which is the project's owner?) get none, each mapped to the owner or left out;
  the DA log's `Decided by` and the defect log's `Assigned to`, names with the company in
  brackets (the whole cell, or the name only?), get no made_by / owner fact; a named
  `Owner` beside an owner side is the owner;
- the SOW plan's `Accepted on` is the actual date (audit, round 31: a payment milestone is
  met when accepted, and `Complete` rows carry it); `Contractual date` is the baseline;
  `Payment %` / `Payment` left out;
- the supplier's own refs TLX-R-014 (a supplier-keyed ref, numbers drawn out of order) and
  DEF-0101 (numbers from 101: kept or renumbered differ): no id fact; DA-01, CD-01 and
  PM-01 (each register alone, numbered 1..n) are DC-001, D-001, M-001 (audit, round 31);
  R-001 / I-001 in the MSP log and the contractor's register are id facts;
- the status pack: `Client project` is the project name and `Client project manager` the
  project manager (the pack is for the client's project); `Supplier delivery manager`,
  `Engagement code` (project id or the supplier's job number?) and `Client` (portfolio?)
  get no fact; the milestones' `RAG` is no status word (mapped to status or left out);
  `Week ending` is the report date; the pack's `Overall RAG` is the overall RAG;
- the fee tracker's `Plan` rows are the budget, `Actual` rows the actual; `Fees in USD`
  is the currency; a dependency's raised date (the RAID extract) is no standard field;
- the days plan: counts only (as earlier batches' resource plans), `Grade` is the role,
  `Day rate (EUR)` left out, `Total days` is no person; the dependencies' `Expected`
  (the committed date, or the integrator's expectation?) is mapped to the committed date or
  left out with no value (audit, round 31), `Impact if late` left out.

Audit, round 31 (docs/adopt.md, "Round 31: the fifty-first batch's truth audited"): the
decision log's `DA-01`.. are DC-001.., the client dependencies' `CD-01`.. D-001.., the SOW
plan's `PM-01`.. M-001.. (each register alone, numbered 1..n: kept or renumbered, the same
id, as earlier audits read `DEC-01`, `DN-01`, `GFX-001`, `MS-01`); the SOW plan's `Accepted
on` is the actual date; the refinery's `(USD, ex VAT)` headers give the currency USD (as
earlier audits read `(USD)` and `(AUD, ex GST)`); the dependencies' `Expected` has no
committed date value (a forecast is no commitment, as rounds 12's and 20's audits read
`Forecast Date` and Smartsheet's `Forecast`). Cells mended: the MSP risks' `Mitigation` is
each risk's own line (it was one of two drawn for any risk; the draw is still taken); the
RAID extract's supplier refs are never issued twice (a ref stood on two rows at 8 of seeds
0-199); a five-milestone SOW plan's payments add up to 100%. Seed 2026: 395 -> 407 facts
(values 274 -> 286).

Readings used: date cells are what they hold; ids in the supplier's own scheme get no id
fact unless a register alone numbers them 1..n (audit, round 31); owners only when a cell names one person and nothing else. It was written and checked
for internal consistency only (``adopt_truth.check_truth``), never against adoption's
output.
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

PENSION_ROWS = [
    ("Risk", "Legacy contribution history has gaps before 2004"),
    ("Issue", "Test environment refresh from production failed twice"),
    ("Assumption", "Client provides anonymised data extracts by each sprint start"),
    ("Dependency", "State tax service web service for income checks"),
    ("Risk", "Key client SMEs seconded to the indexation project"),
    ("Issue", "Benefit calculation rules document unsigned"),
    ("Assumption", "Payment file format to the treasury stays as agreed"),
    ("Dependency", "E-signature gateway from the e-Government Agency"),
]
PENSION_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
PENSION_REG |= {"Dependency": "dependencies"}
PENSION_TITLE = {"risks": "title", "issues": "title", "assumptions": "assumption"}
PENSION_TITLE |= {"dependencies": "title"}
PENSION_PEOPLE = ["Ion Rusu", "Natalia Ceban", "Andrei Munteanu", "Mark Hollis"]


def md_pension_si_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's RAID extract for a Moldovan pension administration system:
    the supplier's own refs `TLX-R-014` / `TLX-I-007`.., `Owner side` Client / Supplier /
    Joint beside a named `Owner`, `Raised` date cells shown `dd.mm.yyyy`, Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Extract")
    ws["A1"] = "Telix Systems - Weekly Status Pack - RAID extract"
    ws["A2"] = "Client: National Social Insurance House - Pension Administration System"
    head = ["Supplier ref", "Type", "Description", "Owner side", "Owner", "Raised", "Status"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(PENSION_ROWS) if k < 4 or rng.random() < 0.6]
    raised = _days(rng, len(rows), date(2026, 1, 12))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    used: set[str] = set()
    for k, (kind, text) in enumerate(rows):
        reg = PENSION_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        ref = f"TLX-{kind[0]}-{rng.randint(3, 60):03d}"
        while ref in used:  # audit, round 31: a supplier's ref is never issued twice
            ref = f"TLX-{kind[0]}-{rng.randint(3, 60):03d}"
        used.add(ref)
        side, who = rng.choice(["Client", "Supplier", "Joint"]), rng.choice(PENSION_PEOPLE)
        st = rng.choice(["Open", "Open", "Closed"])
        _put(ws, 5 + k, 1, [[ref, kind, text, side, who, raised[k], st]])
        ws.cell(5 + k, 6).number_format = "dd.mm.yyyy"
        values += [
            ValueFact(reg, i, PENSION_TITLE[reg], text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption")])
    targets |= _cols("D", [None, "owner", ("raised_date", None), "status"])
    path = _save(wb, folder, "md_pension_si_raid_extract")
    return Built(path, [TruthTable("RAID Extract", 4, "raid", targets, counts)], values)


MICRO_RISKS = [
    ("Core banking patch breaks the mobile money interface", "Technical",
     "Joint regression test before each patch"),
    ("Branch connectivity in the North region below SLA", "Third Party",
     "Second carrier for the North branches"),
    ("COBAC reporting change lands mid-release", "Legal",
     "Track the COBAC circular at service review"),
    ("Client loan officers not trained before go-live", "People",
     "Train the trainers a month before go-live"),
    ("Hosting contract renewal price rise", "Commercial",
     "Open renewal talks six months early"),
    ("Backup restore test not run this quarter", "Operational",
     "Book the restore test in the next window"),
]  # fmt: skip
MICRO_ISSUES = [
    "Loan repayment schedule rounding differs from the old system",
    "Nightly batch overran into branch opening twice",
    "SMS alerts not sent for Bamenda branch customers",
    "User access review findings open from the audit",
    "Interest accrual report missing closed accounts",
]
MICRO_CLIENT = ["Brice Nkomo", "Clarisse Mbarga", "Hervé Tchoumi"]
MICRO_SUPPLIER = ["Olivier Kamga", "Sandrine Fouda"]


def cm_microfinance_msp_risk_issue_log(folder: Path, rng: random.Random) -> Built:
    """A managed-service provider's risk and issue log for a Cameroonian microfinance
    bank's core banking service: two sheets, each with a `Client owner` and a `Supplier
    owner` column; risks with `Likelihood (1-5)` / `Impact (1-5)`, issues with `Priority`
    and `Logged` date cells shown `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Core Banking Managed Service - Risk Log (Service Review, CEMAC Credit)"
    head = ["Risk ID", "Risk", "Category", "Client owner", "Supplier owner"]
    head += ["Likelihood (1-5)", "Impact (1-5)", "Mitigation", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, (text, cat, mit) in enumerate(rng.sample(MICRO_RISKS, n)):
        c, s = rng.choice(MICRO_CLIENT), rng.choice(MICRO_SUPPLIER)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        # audit, round 31: each risk's own mitigation, no longer one of two lines drawn for
        # any risk; the draw is still taken, so the seed's later cells stay as they were
        rng.randrange(2)
        st = rng.choice(["Open", "Monitoring", "Closed"])
        _put(ws, 4 + i, 1, [[f"R-{i + 1:03d}", text, cat, c, s, p, imp, mit, st]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "response", mit),
            ValueFact("risks", i, "status", st),
        ]
    t1: Targets = _cols("A", ["id", "title", "category", ("owner", None), ("owner", None)])
    t1 |= _cols("F", ["probability", "impact", "response", "status"])
    wi = wb.create_sheet("Issues")
    wi["A1"] = "Core Banking Managed Service - Issue Log"
    head = ["Issue ID", "Logged", "Issue", "Priority", "Client owner", "Supplier owner"]
    head += ["Status"]
    _put(wi, 3, 1, [head])
    m = rng.randint(3, 5)
    logged = _days(rng, m, date(2026, 2, 2))
    for i, text in enumerate(rng.sample(MICRO_ISSUES, m)):
        pr = rng.choice(["Critical", "High", "Medium", "Low"])
        c, s = rng.choice(MICRO_CLIENT), rng.choice(MICRO_SUPPLIER)
        st = rng.choice(["Open", "In Progress", "Resolved", "Closed"])
        _put(wi, 4 + i, 1, [[f"I-{i + 1:03d}", logged[i], text, pr, c, s, st]])
        wi.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "status", st),
        ]
    t2: Targets = _cols("A", ["id", "raised_date", "title", "priority"])
    t2 |= _cols("E", [("owner", None), ("owner", None), "status"])
    path = _save(wb, folder, "cm_microfinance_msp_risk_issue_log")
    tables = [_one("risks", "Risks", 3, t1, n), _one("issues", "Issues", 3, t2, m)]
    return Built(path, tables, values)


STUDENT_DECISIONS = [
    ("Adopt the vendor's standard grading module unchanged", "Avoids bespoke code"),
    ("Migrate five years of transcripts, archive the rest", "Older records rarely used"),
    ("Single sign-on through the university's existing directory", "One identity source"),
    ("Go live for the spring semester, not autumn", "Enrolment peak avoided"),
    ("Kazakh and Russian interfaces at launch, English in phase 2", "Budget"),
    ("Keep the diploma printing on the old system for one year", "Printer contract"),
]
STUDENT_PEOPLE = ["Aigerim Bekova (University)", "Daniyar Seitkali (University)"]
STUDENT_PEOPLE += ["Laura Finch (Northbridge Consulting)"]


def kz_student_records_design_decisions(folder: Path, rng: random.Random) -> Built:
    """A consultancy's design authority decision log for a Kazakh university's student
    records system: `DA-01` refs, `Decided by` named people with company in brackets,
    `Date agreed` date cells shown `dd.mm.yy`, `Rationale`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "DA Decisions")
    ws["A1"] = "Northbridge Consulting - Student Records Replacement - Design Authority Log"
    _put(ws, 3, 1, [["Ref", "Decision", "Decided by", "Date agreed", "Rationale"]])
    n = rng.randint(4, 6)
    agreed = _days(rng, n, date(2026, 1, 19))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(STUDENT_DECISIONS, n)):
        who = rng.choice(STUDENT_PEOPLE)
        _put(ws, 4 + i, 1, [[f"DA-{i + 1:02d}", text, who, agreed[i], why]])
        ws.cell(4 + i, 4).number_format = "dd.mm.yy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "date", agreed[i]),
            ValueFact("decisions", i, "rationale", why),
        ]
    targets: Targets = _cols("A", ["id", "decision", ("made_by", None), "date"])
    targets |= {"E": "rationale"}
    path = _save(wb, folder, "kz_student_records_design_decisions")
    return Built(path, [_one("decisions", "DA Decisions", 3, targets, n)], values)


CLAIMS_DEPS = [
    "Production-like test data from the claims team",
    "Firewall rules opened for the motor body-shop portal",
    "Signed-off claims workflow by the business owner",
    "Access to the reinsurer's bordereaux API",
    "Central Bank of Bahrain notification submitted",
    "Client UAT testers released from BAU",
]
CLAIMS_OWNERS = ["Fatema Al Khalifa", "Yusuf Haji", "Noor Ebrahim"]
CLAIMS_STATUS = ["On Track", "At Risk", "Late", "Delivered"]


def bh_insurance_claims_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """An integrator's `Client Dependencies` tracker for a Bahraini insurer's claims
    platform: refs `CD-01`.., `Required by` / `Expected` date cells shown `d-mmm-yy`, a
    named client `Owner`, `Impact if late` text, dependency status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Dependencies")
    ws["A1"] = "Gulf Claims Platform Replacement - Dependencies on the Client"
    head = ["Ref", "Client dependency", "Owner", "Required by", "Expected"]
    head += ["Impact if late", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CLAIMS_DEPS, n)):
        who, st = rng.choice(CLAIMS_OWNERS), rng.choice(CLAIMS_STATUS)
        exp = need[i] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        late = rng.choice(["UAT start slips", "Go-live at risk", "None"])
        _put(ws, 4 + i, 1, [[f"CD-{i + 1:02d}", text, who, need[i], exp, late, st]])
        for c in (4, 5):
            ws.cell(4 + i, c).number_format = "d-mmm-yy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", "owner", "need_by"])
    targets |= _cols("E", [("committed_date", None), None, "status"])
    path = _save(wb, folder, "bh_insurance_claims_client_dependencies")
    return Built(path, [_one("dependencies", "Client Dependencies", 3, targets, n)], values)


COTTON_RISKS = [
    ("Saw gin stands arrive after the harvest starts", "Schedule", "Air-freight the saws"),
    ("Lint cleaner foundations need re-pouring", "Technical", "Survey before pouring"),
    ("Customs clearance of the Indian-built press", "Third Party", "Broker on site"),
    ("Bale press hydraulic spares not in country", "Operational", "Spares in contract"),
    ("Seasonal labour shortage during commissioning", "People", "Hire in August"),
    ("Power supply dips trip the new drives", "Technical", "Install line reactors"),
]
COTTON_SIDES = ["Client", "Contractor", "Joint"]


def uz_cotton_gin_contractor_risks(folder: Path, rng: random.Random) -> Built:
    """An EPC contractor's risk register for an Uzbek cotton gin modernisation: `Risk No.`
    R-001.., `Risk owner` as the party only (Client / Contractor / Joint), `P` and `I`
    1-5, `Response`, `Status` Open / Monitoring / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Gin Modernisation, Khorezm Cluster - Contractor's Risk Register"
    head = ["Risk No.", "Risk", "Category", "Risk owner", "P", "I", "Response", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, (text, cat, resp) in enumerate(rng.sample(COTTON_RISKS, n)):
        side, p, imp = rng.choice(COTTON_SIDES), rng.randint(1, 5), rng.randint(1, 5)
        st = rng.choice(["Open", "Monitoring", "Closed"])
        _put(ws, 4 + i, 1, [[f"R-{i + 1:03d}", text, cat, side, p, imp, resp, st]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "response", resp),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", "category", ("owner", None)])
    targets |= _cols("E", ["probability", "impact", "response", "status"])
    path = _save(wb, folder, "uz_cotton_gin_contractor_risks")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


PRESS_DEFECTS = [
    "Plate loader jams on the 4-page plates",
    "Colour register drifts after reel change",
    "Folder count differs from the planning system",
    "Ink key presets not imported from prepress",
    "Operator console freezes on shift handover",
]
PRESS_PEOPLE = ["Marcel Wong (PressTech)", "Siti Rahman (Borneo Daily)"]


def bn_newspaper_press_defect_log(folder: Path, rng: random.Random) -> Built:
    """A press supplier's defect log for a Brunei newspaper's press control upgrade:
    `Defect #` DEF-0101.., `Reported` date cells shown `dd/mm/yyyy`, `Priority` words,
    `Assigned to` named people with company in brackets, issue status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Defects")
    ws["A1"] = "Press Control Upgrade - Site Acceptance - Defect Log"
    head = ["Defect #", "Reported", "Defect", "Priority", "Assigned to", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(3, 5)
    rep = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(PRESS_DEFECTS, n)):
        pr = rng.choice(["Critical", "High", "Medium", "Low"])
        who, st = rng.choice(PRESS_PEOPLE), rng.choice(["Open", "In Progress", "Resolved"])
        _put(ws, 4 + i, 1, [[f"DEF-{101 + i:04d}", rep[i], text, pr, who, st]])
        ws.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", rep[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "priority"])
    targets |= _cols("E", [("owner", None), "status"])
    path = _save(wb, folder, "bn_newspaper_press_defect_log")
    return Built(path, [_one("issues", "Defects", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

TAX_STREAMS = ["Diagnostic", "Target operating model", "Data migration advisory", "PMO"]


def bh_tax_consultancy_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """A consultancy's engagement fee tracker for a Bahraini tax authority: `Fees in USD,
    excluding VAT`, workstreams down with a `Plan` / `Actual` row each, month date cells
    shown `mmm-yy` across, actuals for the months invoiced so far."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = "National Bureau for Revenue - VAT Compliance Programme - Engagement Tracker"
    ws["A2"] = "Fees in USD, excluding VAT"
    months = _months(date(2026, rng.randint(1, 4), 1), 6)
    _put(ws, 4, 1, [["Workstream", "Line", *months]])
    for c in range(3, 9):
        ws.cell(4, c).number_format = "mmm-yy"
    closed = rng.randint(2, 4)
    streams = rng.sample(TAX_STREAMS, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for s in streams:
        plan = [rng.randrange(20, 90) * 1000.0 for _ in months]
        act = [round(p * rng.uniform(0.8, 1.15), -2) for p in plan[:closed]]
        _put(ws, row, 1, [[s, "Plan", *plan], [None, "Actual", *act]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, s), "budget", plan[m]))
            if m < closed:
                values.append(ValueFact("finance", (month, s), "actual", act[m]))
        row += 2
    path = _save(wb, folder, "bh_tax_consultancy_fee_tracker")
    table = TruthTable("Fees", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(streams)})  # fmt: skip
    return Built(path, [table], values)


CU_PACKAGES = ["Branch fit-out", "Strongroom", "Mechanical and electrical", "External works"]


def md_credit_union_contractor_valuation(folder: Path, rng: random.Random) -> Built:
    """A contractor's monthly valuations for a Moldovan credit union's branch network
    refit, in one long table: `Currency: EUR` above, `Valuation month` date cells shown
    `mmm yyyy`, `Package`, `Planned (period)`, `Gross value this period`, `Retention 5%`,
    `Certified`; a `Contract sum` cell in the title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valuations")
    ws["A1"] = "Branch Refit Programme - Contractor's Payment Applications"
    ws["A2"] = "Currency: EUR"
    ws["D2"] = "Contract sum"
    ws["E2"] = rng.randrange(800, 1500) * 1000.0
    head = ["Valuation month", "Package", "Planned (period)", "Gross value this period"]
    head += ["Retention 5%", "Certified"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(1, 5), 1), rng.randint(3, 5))
    pkgs = rng.sample(CU_PACKAGES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for month in months:
        for pkg in pkgs:
            plan = rng.randrange(10, 120) * 1000.0
            gross = round(plan * rng.uniform(0.7, 1.2), -2)
            ret = round(gross * 0.05, 2)
            cert = round((gross - ret) * rng.choice([1.0, 1.0, 0.95]), 2)
            _put(ws, row, 1, [[month, pkg, plan, gross, ret, cert]])
            ws.cell(row, 1).number_format = "mmm yyyy"
            values.append(ValueFact("finance", (month, pkg), "budget", plan))
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", ("actual", None), None])
    targets |= {"F": ("actual", None)}
    path = _save(wb, folder, "md_credit_union_contractor_valuation")
    table = TruthTable("Valuations", 4, "finance", targets,
                       {"finance": len(months) * len(pkgs)})  # fmt: skip
    return Built(path, [table], values)


REFINERY_SUPPLIERS = ["Atyrau Engineering LLP", "Vortex Controls", "Caspian Scaffolding"]
REFINERY_SUPPLIERS += ["Steppe Inspection Services"]


def kz_refinery_supplier_spend(folder: Path, rng: random.Random) -> Built:
    """A Kazakh refinery turnaround's supplier spend tracker: `Month` date cells shown
    `mm.yyyy`, `Supplier`, `Contract type` Fixed / T&M, `Budget (USD, ex VAT)`, `Actual
    (USD, ex VAT)`, `Actual (USD, incl. VAT)`, `Forecast (USD, ex VAT)` for open months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Supplier Spend")
    ws["A1"] = "Shymkent Refinery Turnaround 2026 - Supplier Spend"
    head = ["Month", "Supplier", "Contract type", "Budget (USD, ex VAT)"]
    head += ["Actual (USD, ex VAT)", "Actual (USD, incl. VAT)", "Forecast (USD, ex VAT)"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(2, 6), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    sups = rng.sample(REFINERY_SUPPLIERS, 3)
    kind = {s: rng.choice(["Fixed", "T&M"]) for s in sups}
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 4
    for m, month in enumerate(months):
        for s in sups:
            budget = rng.randrange(30, 400) * 1000.0
            cells: list[object] = [month, s, kind[s], budget]
            values.append(ValueFact("finance", (month, s), "budget", budget))
            if m < closed:
                act = round(budget * rng.uniform(0.8, 1.2), -2)
                cells += [act, round(act * 1.12, 2), None]
                values.append(ValueFact("finance", (month, s), "actual", act))
            else:
                fc = round(budget * rng.uniform(0.9, 1.15), -2)
                cells += [None, None, fc]
                values.append(ValueFact("finance", (month, s), "forecast", fc))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mm.yyyy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", None, "budget", "actual"])
    targets |= {"F": None, "G": "forecast"}
    path = _save(wb, folder, "kz_refinery_supplier_spend")
    table = TruthTable("Supplier Spend", 3, "finance", targets,
                       {"finance": len(months) * len(sups)})  # fmt: skip
    return Built(path, [table], values)


OMBUDS_STAFF = [
    ("Paul Mensah", "Engagement Partner"),
    ("Ngozi Eze", "Senior Manager"),
    ("Ravi Menon", "Senior Consultant"),
    ("Elise Durand", "Consultant"),
    ("Tom Abbott", "Analyst"),
]
OMBUDS_RATES = {"Engagement Partner": 1800, "Senior Manager": 1250}
OMBUDS_RATES |= {"Senior Consultant": 950, "Consultant": 750, "Analyst": 550}


def cm_ombudsman_consultancy_days_plan(folder: Path, rng: random.Random) -> Built:
    """A consultancy's resource plan for a Cameroonian ombudsman's case management review:
    named `Consultant`, `Grade`, `Day rate (EUR)`, month date cells shown `mmm-yy` across
    with planned days, a `Total days` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Case Management Review - Consultancy Resource Plan (days)"
    months = _months(date(2026, rng.randint(1, 6), 1), 5)
    _put(ws, 3, 1, [["Consultant", "Grade", "Day rate (EUR)", *months]])
    for c in range(4, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    staff = rng.sample(OMBUDS_STAFF, rng.randint(3, 5))
    count, tot = 0, [0] * len(months)
    for r, (name, grade) in enumerate(staff):
        days = [rng.choice([0, 2, 4, 8, 10, 15]) for _ in months]
        count += sum(1 for d in days if d)
        tot = [a + b for a, b in zip(tot, days, strict=True)]
        _put(ws, 4 + r, 1, [[name, grade, OMBUDS_RATES[grade], *[d or None for d in days]]])
    _put(ws, 4 + len(staff), 1, [["Total days", None, None, *tot]])
    path = _save(wb, folder, "cm_ombudsman_consultancy_days_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "person", "B": "role", "C": None},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


ECOM_MILESTONES = [
    "Discovery report accepted",
    "Solution design signed off",
    "Catalogue and payments integration complete",
    "User acceptance testing passed",
    "Go-live",
    "Hypercare exit",
]


def uz_ecommerce_sow_payment_milestones(folder: Path, rng: random.Random) -> Built:
    """A statement-of-work milestone plan for an Uzbek retailer's e-commerce platform:
    `PM-01` refs, `Contractual date` / `Forecast` / `Accepted on` date cells shown
    `dd/mm/yyyy`, `Payment %` and `Payment (USD excl. VAT)`, `Status` words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW Milestones")
    ws["A1"] = "SOW-02 Online Store Build - Payment Milestone Plan"
    head = ["Ref", "Milestone", "Contractual date", "Forecast", "Accepted on"]
    head += ["Payment %", "Payment (USD excl. VAT)", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2026, 1, 12))
    done = rng.randint(1, 2)
    fee = rng.randrange(200, 600) * 1000
    shares = [10, 20, 20, 25, 15, 10] if n == 6 else [10, 20, 20, 30, 20]
    values: list[ValueFact] = []
    for i, name in enumerate(ECOM_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        acc = fc + timedelta(days=rng.randint(0, 5)) if i < done else None
        st = "Complete" if acc else rng.choice(["Not Started", "In Progress", "At Risk"])
        cells: list[object] = [f"PM-{i + 1:02d}", name, base[i], fc, acc]
        cells += [shares[i] / 100, fee * shares[i] / 100, st]
        _put(ws, 4 + i, 1, [cells])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(4 + i, 6).number_format = "0%"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
        if acc:
            values.append(ValueFact("milestones", i, "actual_date", acc))
    targets: Targets = _cols("A", ["id", "milestone", "baseline_date"])
    targets |= _cols("D", ["forecast_date", "actual_date", None, None, "status"])
    path = _save(wb, folder, "uz_ecommerce_sow_payment_milestones")
    return Built(path, [_one("milestones", "SOW Milestones", 3, targets, n)], values)


BN_MILESTONES = [
    "Build complete",
    "System integration test exit",
    "Data migration rehearsal 2",
    "User acceptance test exit",
    "Go-live",
]


def bn_passport_si_weekly_status_pack(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's weekly status pack for a Brunei immigration department's
    passport system: label / value rows (`Client`, `Client project`, `Client project manager`,
    `Supplier delivery manager`, `Engagement code`, `Week ending` date cell, `Overall RAG`),
    then `Key milestones` with `Contract date` / `Forecast` date cells and a `RAG`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, pm = "e-Passport Issuing System Replacement", "Hajah Norsiah Abdullah"
    week = date(2026, rng.randint(2, 6), 1)
    week += timedelta(days=(4 - week.weekday()) % 7)  # a Friday
    rag = rng.choice(["Green", "Amber", "Red"])
    ws["A1"] = "Weekly Status Report - Kestrel Systems"
    rows: list[list[object]] = [["Client", "Department of Immigration and National Registration"]]
    rows += [["Client project", project], ["Client project manager", pm]]
    rows += [["Supplier delivery manager", "Gavin Lowe"], ["Engagement code", "KS-BN-0417"]]
    rows += [["Week ending", week], ["Overall RAG", rag]]
    _put(ws, 3, 1, rows)
    ws["B8"].number_format = "dd/mm/yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", week),
        ValueFact("project", 0, "overall_rag", rag),
    ]
    ws["A12"] = "Key milestones"
    _put(ws, 13, 1, [["Milestone", "Contract date", "Forecast", "RAG"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2026, 3, 2))
    for i, name in enumerate(BN_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 14, 21]))
        mrag = "Green" if fc == base[i] else rng.choice(["Amber", "Red"])
        _put(ws, 14 + i, 1, [[name, base[i], fc, mrag]])
        for c in (2, 3):
            ws.cell(14 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": ("status", None)}
    path = _save(wb, folder, "bn_passport_si_weekly_status_pack")
    return Built(path, [_one("milestones", "Status", 13, targets, n)], values)


HELD_OUT_51: tuple[Layout, ...] = (
    Layout("md_pension_si_raid_extract",
           "Moldovan pension system SI's RAID extract (supplier refs, owner side, owner)",
           md_pension_si_raid_extract),
    Layout("cm_microfinance_msp_risk_issue_log",
           "Cameroonian microfinance MSP risk and issue log (client / supplier owners)",
           cm_microfinance_msp_risk_issue_log),
    Layout("kz_student_records_design_decisions",
           "Kazakh student records consultancy's design authority decisions",
           kz_student_records_design_decisions),
    Layout("bh_insurance_claims_client_dependencies",
           "Bahraini claims platform SI's dependencies on the client",
           bh_insurance_claims_client_dependencies),
    Layout("uz_cotton_gin_contractor_risks",
           "Uzbek cotton gin EPC contractor's risks (owner as a party only)",
           uz_cotton_gin_contractor_risks),
    Layout("bn_newspaper_press_defect_log",
           "Brunei newspaper press supplier's defect log (DEF ids, assigned with company)",
           bn_newspaper_press_defect_log),
    Layout("bh_tax_consultancy_fee_tracker",
           "Bahraini tax consultancy fee tracker (Plan / Actual rows, months across, USD)",
           bh_tax_consultancy_fee_tracker),
    Layout("md_credit_union_contractor_valuation",
           "Moldovan credit union contractor's valuations (gross, retention, certified)",
           md_credit_union_contractor_valuation),
    Layout("kz_refinery_supplier_spend",
           "Kazakh refinery supplier spend (ex and incl. VAT actuals, Fixed / T&M)",
           kz_refinery_supplier_spend),
    Layout("cm_ombudsman_consultancy_days_plan",
           "Cameroonian ombudsman consultancy resource plan (grade, day rate, days)",
           cm_ombudsman_consultancy_days_plan),
    Layout("uz_ecommerce_sow_payment_milestones",
           "Uzbek e-commerce SOW payment milestones (contractual, forecast, accepted)",
           uz_ecommerce_sow_payment_milestones),
    Layout("bn_passport_si_weekly_status_pack",
           "Brunei e-passport system SI's weekly status pack with key milestones",
           bn_passport_si_weekly_status_pack),
)  # fmt: skip
