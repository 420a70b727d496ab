"""The sixty-second held-out batch (``HELD_OUT_62``, round 33): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is METHOD-TEMPLATE
WORKBOOKS: registers and trackers kept to a project method's templates (PRINCE2, APM, PMI /
PMBOK, MSP) as PMs in donor-funded public-sector programmes fill and adapt them in Excel,
in Sierra Leone and Liberia (no earlier batch's docstring names either), in sectors no
earlier batch's docstring names (vehicle licensing, a probation service, driving test
centres, a revenue authority's tax offices, a land cadastre, a fish landing site, a rice
seed multiplication scheme, birth registration, a malaria bed net campaign, a teacher
payroll clean-up, a bauxite haul road, a rubber smallholder scheme).

Registers:

- ``sl_cadastre_prince2_risks``: a Sierra Leone land cadastre's PRINCE2 risk register: a
  title block, header on row 5, `Risk Identifier` R-001.., `Risk Author`, `Date
  Registered` date cells shown `dd/mm/yyyy`, `Risk Category` (standard words), `Risk
  Description`, `Probability` / `Impact` Very Low .. Very High, `Expected Value (USD)`
  typed, `Proximity` Imminent / Within stage / Within project / Beyond project, `Risk
  Response Category` (standard words), `Risk Response`, `Risk Status` Open / Closed, `Risk
  Owner`, `Risk Actionee`.
- ``lr_vehicle_licensing_prince2_issues``: a Liberian vehicle licensing system's PRINCE2
  issue register: `Issue Identifier` I-001.., `Issue Type` Request for change /
  Off-specification / Problem/concern, `Date Raised` date cells, `Raised By`, `Issue Report
  Author`, `Issue Description`, `Priority` High / Medium / Low, `Severity` Project Manager /
  Project Board / Corporate, `Status` Open / Closed, `Closure Date` cells for closed ones.
- ``sl_probation_apm_raid_log``: a Sierra Leone probation case management system's APM-style
  mixed RAID log: `Ref` R01 / A01 / I01 / D01 per type, `Type` words, `Title`, `Owner`,
  `Date Raised` date cells shown `dd-mmm-yy`, `RAG`, `Status` Open / Closed, `Next Review`
  date cells.
- ``lr_tax_office_assumptions_decisions``: a Liberian revenue authority's tax office
  e-filing rollout workbook of two PMBOK-style logs: `Assumption Log` (`ID` A-001..,
  `Assumption`, `Owner`, `Date Logged`, `Validate By` date cells, `Status` Open / Validated
  / Invalid, `Impact if False`) and `Decision Log` (`Decision No.` DEC-01.., `Date`,
  `Decision`, `Decided By`, `Rationale`).
- ``sl_driving_test_msp_risks``: a Sierra Leone driving test centres programme's MSP risk
  register with inherent and residual 1-5 scores: `Risk ID` R-001.., `Tranche`, `Risk`,
  `Risk Owner`, `Inherent P` / `Inherent I` / typed `Inherent Score`, `Response Type`,
  `Planned Response`, `Residual P` / `Residual I`, `Proximity` date cells, `Status` Open /
  Monitoring / Closed.
- ``lr_fish_landing_msp_dependencies``: a Liberian fish landing site's MSP programme
  dependency register: `Dep ID` D-001.., `Dependency`, `Internal / External`, `Owner`,
  `Needed By` / `Forecast Delivery` date cells, `Status` On Track / At Risk / Delivered.

Trackers:

- ``sl_seed_multiplication_cost_baseline``: a Sierra Leone rice seed multiplication
  programme's PMI cost baseline: `Currency: USD` under the title, `WBS` codes and `Work
  Package` names down, month date cells shown `mmm-yy` across, time-phased budget values,
  a `Total` column and a `Total` row.
- ``lr_birth_registration_budget_actual``: a Liberian birth registration project's monthly
  budget vs actual in one long table, `(USD)` in the title: `Month` date cells shown
  `mmm-yyyy`, `Cost Line`, `Planned`, `Actual` (closed months only), `Variance`.
- ``sl_bed_net_measure_rows``: a Sierra Leone bed net campaign's end-stage finance
  sheet: `Currency: USD`, `Month` date cells down shown `mmm-yy`, a `Measure` column Budget
  / Actual / Forecast, cost lines across.
- ``lr_teacher_payroll_resource_plan``: a Liberian teacher payroll clean-up's PMI resource
  plan: `Name`, `Role`, `Organisation`, month date cells across, person-days, a `Total`
  column.
- ``sl_bauxite_haul_road_stage_gates``: a Sierra Leone bauxite haul road's stage-gate
  milestone plan: `Ref` MS01.., `Milestone`, `Gate` (Gate 1 .. Gate 4 or blank), `Owner`,
  `Baseline` / `Forecast` / `Actual` date cells shown `dd/mm/yyyy`, `Tolerance (days)`,
  `Status` (standard words).
- ``lr_rubber_highlight_report``: a Liberian rubber smallholder scheme's PRINCE2 highlight
  report: label / value rows (`Project Name`, `Project Manager`, `Project Executive`,
  `Report Date` date cell, `Period Covered` text, `Overall Status` RAG word, `Time
  tolerance` / `Cost tolerance` / `Scope tolerance` RAG words, `Currency` USD), then a
  `Products / Milestones` table: `Product / Milestone`, `Planned`, `Forecast`, `Status`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the highlight report's `Time tolerance` / `Cost tolerance` / `Scope tolerance` RAG words
  (the dimension's RAG, or only whether its tolerance is forecast to be breached?): no
  schedule, cost or scope RAG fact; `Period Covered` (text span): no fact; `Project
  Executive` is the sponsor (audit, round 33); `Overall Status`
  is the overall RAG, `Report Date` the report date, `Currency` USD the currency; the
  milestones' `Status` On Track / Behind / Complete: only `Complete` a fact;
- PRINCE2 `Proximity` words Within stage / Within project / Beyond project (no standard
  word; which band?): no proximity fact for them, `Imminent` is Imminent; the MSP
  register's `Proximity` as a date (the risk's due date, or when it would strike?): no
  fact, mapped to the proximity, the due date or left out;
- the PRINCE2 `Expected Value (USD)` (P x I in money) and the MSP `Inherent Score` (typed):
  no field taken, left out;
- the issue register's `Severity` as a management level (Project Manager / Project Board
  / Corporate: PRINCE2's severity, or an escalation level?): no fact, mapped to severity,
  escalation level or left out; `Problem/concern` (Problem or Concern?): no type fact,
  `Request for change` is Request for Change and `Off-specification` Off-Specification;
  `Raised By` and `Issue Report Author` (no owner in a PRINCE2 issue register): no owner
  fact, left out; `Closure Date` is the closed date;
- the stage-gate plan's `Tolerance (days)` (allowed slippage, not slippage): left out;
  `MS01` is M-001 (audit, round 33); `Gate` is the gate where given;
- the RAID log's `RAG` (a rating, a priority or a status?): no fact, left out; its `Next
  Review` (a due date, a review date, a validate-by or a need-by?): no fact; `R01` / `A01`
  / `I01` / `D01` are R-001 / A-001 / I-001 / D-001 (audit, round 33);
- the MSP `Tranche` (no field): left out; the dependency register's `Internal / External`
  (not a direction): left out;
- the cost baseline's `WBS` code beside `Work Package` (both could name the cost line):
  the work package is the cost line, the code mapped to the cost line or left out; the
  `Total` row and column are no cost line and no month; the birth registration `Variance`
  left out, `Planned` is the budget; `DEC-01` is DC-001 (audit, round 33);
- the resource plan's person-days per month: counts only (as earlier batches' plans);
  `Organisation` left out.

Readings used: date cells are what they hold (every date in the batch is a date cell);
ids R-001 / I-001 / A-001 / D-001 are id facts, other shapes none; Very Low .. Very High
are 1-5. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 33 (session s23-w68; docs/adopt.md, "Round 33: the sixty-second batch's truth
audited"): ids the writer called "no standard shape" are read as earlier audits ruled the
same shapes: the RAID log's per-type `R01` / `A01` / `I01` / `D01` as R-001 / A-001 / I-001 /
D-001 (round 30's per-type `R1` / `A1`), the decision log's `DEC-01` as DC-001 (rounds 24-31)
and the stage-gate plan's `MS01` as M-001 (round 22's `M01`, `MS-01`), each column A now
`id`; the cadastre's labelled `Project:` line gives the project name (round 25's golf club
RAID log); the highlight report's `Project Executive` (PRINCE2's sponsor role) gives the
sponsor; the docstring's `Gate 5` mended to `Gate 4` (the plan has four gates). Totals at
seed 2026: values 359 -> 377 (508 facts, where 490 were); seed 7 356 -> 372; seed 99 372
-> 391. Tables, register counts and columns unchanged.
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

WORDS = ["Very Low", "Low", "Medium", "High", "Very High"]
RESPONSES = ["Avoid", "Reduce", "Transfer", "Accept", "Share"]

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

CADASTRE_RISKS = [
    ("Customary land claims dispute parcel boundaries", "Legal", "Chiefdom mediation panels"),
    ("GNSS base stations vandalised in the provinces", "Operational", "Fence and guard sites"),
    ("Surveyors leave for mining company salaries", "People", "Retention allowance"),
    ("Scanning contractor misses the archive backlog", "Third Party", "Weekly progress review"),
    ("Deeds database migration corrupts old titles", "Technical", "Trial migration first"),
    ("Donor tranche released late by the ministry", "Financial", "Bridge from the next tranche"),
    ("Power cuts stop the district registry servers", "Technical", "Solar backup at registries"),
]
CADASTRE_PEOPLE = ["Fatmata Kamara", "Abu Bakarr Sesay", "Isatu Conteh", "Mohamed Bangura"]
PRINCE2_PROXIMITY = ["Imminent", "Within stage", "Within project", "Beyond project"]


def sl_cadastre_prince2_risks(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone land cadastre's PRINCE2 risk register: a title block, header row 5,
    Very Low .. Very High words, a typed expected value, PRINCE2 proximity words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Risk Register"
    ws["A2"] = "Project: National Land Cadastre Phase 2 (Western Area)"
    ws["A3"] = "Project Manager: Fatmata Kamara    Version: 0.7"
    head = ["Risk Identifier", "Risk Author", "Date Registered", "Risk Category"]
    head += ["Risk Description", "Probability", "Impact", "Expected Value (USD)", "Proximity"]
    head += ["Risk Response Category", "Risk Response", "Risk Status", "Risk Owner"]
    head += ["Risk Actionee"]
    _put(ws, 5, 1, [head])
    n = rng.randint(5, 7)
    reg = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", "Fatmata Kamara")]
    values.append(
        ValueFact("project", 0, "project_name", "National Land Cadastre Phase 2 (Western Area)")
    )
    for i, (text, cat, resp) in enumerate(rng.sample(CADASTRE_RISKS, n)):
        p, imp = rng.randrange(5), rng.randrange(5)
        prox, rtype = rng.choice(PRINCE2_PROXIMITY), rng.choice(RESPONSES)
        st, owner = rng.choice(["Open", "Open", "Closed"]), rng.choice(CADASTRE_PEOPLE)
        ev = round((p + 1) * 0.15 * rng.randrange(10, 200) * 1000.0, -2)
        cells: list[object] = [f"R-{i + 1:03d}", rng.choice(CADASTRE_PEOPLE), reg[i], cat]
        cells += [text, WORDS[p], WORDS[imp], ev, prox, rtype, resp, st, owner]
        cells += [rng.choice(CADASTRE_PEOPLE)]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 3).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", reg[i]),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", p + 1),
            ValueFact("risks", i, "impact", imp + 1),
            ValueFact("risks", i, "response_type", rtype),
            ValueFact("risks", i, "response", resp),
            ValueFact("risks", i, "status", st),
            ValueFact("risks", i, "owner", owner),
        ]
        if prox == "Imminent":
            values.append(ValueFact("risks", i, "proximity", "Imminent"))
    targets: Targets = _cols("A", ["id", None, "raised_date", "category", "title"])
    targets |= _cols("F", ["probability", "impact", None, "proximity", "response_type"])
    targets |= _cols("K", ["response", "status", "owner", None])
    path = _save(wb, folder, "sl_cadastre_prince2_risks")
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


LICENSING_ISSUES = [
    ("Request for change", "Add motorcycle taxi permits to the licence types"),
    ("Off-specification", "Printed licence cards fail the laminate peel test"),
    ("Problem/concern", "Bank payment confirmations arrive a day late"),
    ("Request for change", "Show the plate number on the renewal receipt"),
    ("Off-specification", "Biometric capture rejects worn fingerprints"),
    ("Problem/concern", "County offices lack a second printer ribbon stock"),
    ("Request for change", "Allow fleet owners to renew in bulk"),
]
LICENSING_TYPES = {"Request for change": "Request for Change"}
LICENSING_TYPES["Off-specification"] = "Off-Specification"
LICENSING_PEOPLE = ["Emmanuel Kollie", "Comfort Doe", "Jefferson Tarr", "Mercy Flomo"]


def lr_vehicle_licensing_prince2_issues(folder: Path, rng: random.Random) -> Built:
    """A Liberian vehicle licensing system's PRINCE2 issue register: PRINCE2 issue types,
    priority words, severity as a management level, a closure date for closed issues."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Register")
    ws["A1"] = "Motor Vehicle Licensing System - Issue Register"
    head = ["Issue Identifier", "Issue Type", "Date Raised", "Raised By"]
    head += ["Issue Report Author", "Issue Description", "Priority", "Severity", "Status"]
    head += ["Closure Date"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (kind, text) in enumerate(rng.sample(LICENSING_ISSUES, n)):
        pri = rng.choice(["High", "Medium", "Low"])
        sev = rng.choice(["Project Manager", "Project Manager", "Project Board", "Corporate"])
        st = rng.choice(["Open", "Open", "Closed"])
        closed = raised[i] + timedelta(days=rng.randint(5, 40)) if st == "Closed" else None
        cells: list[object] = [f"I-{i + 1:03d}", kind, raised[i]]
        cells += [rng.choice(LICENSING_PEOPLE), rng.choice(LICENSING_PEOPLE), text, pri]
        cells += [sev, st, closed]
        _put(ws, 4 + i, 1, [cells])
        for c in (3, 10):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pri),
            ValueFact("issues", i, "status", st),
        ]
        if kind in LICENSING_TYPES:
            values.append(ValueFact("issues", i, "type", LICENSING_TYPES[kind]))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    targets: Targets = _cols("A", ["id", "type", "raised_date", None, None, "title"])
    targets |= _cols("G", ["priority", ("severity", "escalation_level", None), "status"])
    targets |= {"J": "closed_date"}
    path = _save(wb, folder, "lr_vehicle_licensing_prince2_issues")
    return Built(path, [_one("issues", "Issue Register", 3, targets, n)], values)


PROBATION_ROWS = [
    ("Risk", "Case officers resist moving off paper files"),
    ("Assumption", "Each district office keeps one working laptop"),
    ("Issue", "Offender ID numbers duplicated in the pilot data"),
    ("Dependency", "National ID verification service from NCRA"),
    ("Risk", "Mobile data coverage too weak in Kailahun"),
    ("Issue", "Training room at Pademba Road unavailable"),
    ("Assumption", "Courts send sentence orders within a week"),
    ("Dependency", "Ministry server room rewired before go-live"),
]
PROBATION_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
PROBATION_REG["Dependency"] = "dependencies"
PROBATION_TITLE = {"risks": "title", "issues": "title", "assumptions": "assumption"}
PROBATION_TITLE["dependencies"] = "title"
PROBATION_PEOPLE = ["Hawa Koroma", "Alusine Turay", "Mariama Jalloh"]


def sl_probation_apm_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone probation case management system's APM-style mixed RAID log: refs
    R01 / A01 / I01 / D01, type words, a `RAG` column, `Next Review` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "Probation Case Management System - RAID Log"
    ws["A2"] = "Reviewed at the fortnightly project board"
    head = ["Ref", "Type", "Title", "Owner", "Date Raised", "RAG", "Status", "Next Review"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(PROBATION_ROWS) if k < 4 or rng.random() < 0.6]
    raised = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = PROBATION_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(PROBATION_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        review = raised[k] + timedelta(days=rng.choice([14, 28, 42]))
        cells: list[object] = [f"{kind[0]}{i + 1:02d}", kind, text, who, raised[k]]
        cells += [rng.choice(["Red", "Amber", "Green"]), st, review]
        _put(ws, 5 + k, 1, [cells])
        for c in (5, 8):
            ws.cell(5 + k, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact(reg, i, "id", f"{kind[0]}-{i + 1:03d}"),
            ValueFact(reg, i, PROBATION_TITLE[reg], text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":  # the standard has no raised date for a dependency
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), None, "status"])
    targets |= {"H": ("due_date", "validate_by", "need_by", "last_updated", None)}
    path = _save(wb, folder, "sl_probation_apm_raid_log")
    return Built(path, [TruthTable("RAID Log", 4, "raid", targets, counts)], values)


TAX_ASSUMPTIONS = [
    ("Large taxpayers have email addresses on file", "Paper filing continues a year"),
    ("Banks accept the new payment reference format", "Manual reconciliation needed"),
    ("Tax office staff can use the web portal after a day", "Extra training week"),
    ("Internet at the Buchanan office is restored by March", "Office goes live later"),
    ("The old TIN register is complete", "Data clean-up before migration"),
]
TAX_DECISIONS = [
    ("Pilot with large taxpayers first", "Fewest filers, most revenue"),
    ("Keep paper forms for six months", "Rural offices not yet connected"),
    ("Use SMS for filing reminders", "Most taxpayers have no email"),
    ("Host the portal in the government data centre", "Data residency rule"),
    ("Drop the mobile app from phase 1", "Budget cut by the donor"),
]
TAX_PEOPLE = ["Josephine Kpadeh", "Samuel Wleh", "Grace Sirleaf"]


def lr_tax_office_assumptions_decisions(folder: Path, rng: random.Random) -> Built:
    """A Liberian revenue authority's e-filing rollout workbook of two PMBOK-style logs:
    an assumption log with validate-by dates and a decision log with DEC-01 numbers."""
    wb = openpyxl.Workbook()
    wa = _sheet(wb, "Assumption Log")
    wa["A1"] = "LRA e-Filing Rollout - Assumption Log"
    head = ["ID", "Assumption", "Owner", "Date Logged", "Validate By", "Status"]
    head += ["Impact if False"]
    _put(wa, 3, 1, [head])
    n = rng.randint(3, 5)
    logged = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, (text, if_false) in enumerate(rng.sample(TAX_ASSUMPTIONS, n)):
        who = rng.choice(TAX_PEOPLE)
        by = logged[i] + timedelta(days=rng.randint(20, 70))
        st = rng.choice(["Open", "Open", "Validated", "Invalid"])
        _put(wa, 4 + i, 1, [[f"A-{i + 1:03d}", text, who, logged[i], by, st, if_false]])
        for c in (4, 5):
            wa.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "status", st),
            ValueFact("assumptions", i, "impact_if_false", if_false),
        ]
    ta: Targets = _cols("A", ["id", "assumption", "owner", "raised_date", "validate_by"])
    ta |= {"F": "status", "G": "impact_if_false"}
    wd = wb.create_sheet("Decision Log")
    wd["A1"] = "LRA e-Filing Rollout - Decision Log"
    _put(wd, 3, 1, [["Decision No.", "Date", "Decision", "Decided By", "Rationale"]])
    m = rng.randint(3, 5)
    when = _days(rng, m, date(2025, 12, 1))
    for i, (text, why) in enumerate(rng.sample(TAX_DECISIONS, m)):
        who = rng.choice([*TAX_PEOPLE, "Project Board"])
        _put(wd, 4 + i, 1, [[f"DEC-{i + 1:02d}", when[i], text, who, why]])
        wd.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", why),
        ]
    td: Targets = _cols("A", ["id", "date", "decision", "made_by", "rationale"])
    path = _save(wb, folder, "lr_tax_office_assumptions_decisions")
    tables = [_one("assumptions", "Assumption Log", 3, ta, n)]
    tables.append(_one("decisions", "Decision Log", 3, td, m))
    return Built(path, tables, values)


DRIVING_RISKS = [
    ("Test route land at Lungi not released by the council", "Work with the council early"),
    ("Examiners fail the accreditation course", "Second course in the tranche"),
    ("Test booking system not ready for tranche 2", "Paper booking fallback"),
    ("Bribery allegations damage public confidence", "Cameras in test vehicles"),
    ("Dual-control cars delayed at Queen Elizabeth II Quay", "Order from two dealers"),
    ("Bo centre building lease not renewed", "Negotiate a five-year lease"),
]
DRIVING_PEOPLE = ["Kadiatu Mansaray", "Ibrahim Kanu", "Christiana Williams"]


def sl_driving_test_msp_risks(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone driving test centres programme's MSP risk register: inherent 1-5
    scores and a typed score, response type, residual 1-5 scores, a proximity date."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Programme Risks")
    ws["A1"] = "SLRSA Driving Test Centres Programme - Risk Register"
    head = ["Risk ID", "Tranche", "Risk", "Risk Owner", "Inherent P", "Inherent I"]
    head += ["Inherent Score", "Response Type", "Planned Response", "Residual P"]
    head += ["Residual I", "Proximity", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    prox = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, (text, resp) in enumerate(rng.sample(DRIVING_RISKS, n)):
        p, imp = rng.randint(2, 5), rng.randint(2, 5)
        rp, ri = rng.randint(1, p), rng.randint(1, imp)
        who, rtype = rng.choice(DRIVING_PEOPLE), rng.choice(RESPONSES)
        st = rng.choice(["Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", rng.choice(["T1", "T2"]), text, who, p, imp]
        cells += [p * imp, rtype, resp, rp, ri, prox[i], st]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 12).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "response_type", rtype),
            ValueFact("risks", i, "response", resp),
            ValueFact("risks", i, "residual_probability", rp),
            ValueFact("risks", i, "residual_impact", ri),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", None, "title", "owner", "probability", "impact"])
    targets |= _cols("G", [("score", None), "response_type", "response"])
    targets |= _cols("J", ["residual_probability", "residual_impact"])
    targets |= {"L": ("proximity", "due_date", None), "M": "status"}
    path = _save(wb, folder, "sl_driving_test_msp_risks")
    return Built(path, [_one("risks", "Programme Risks", 3, targets, n)], values)


FISH_DEPS = [
    ("Jetty repair by the port authority", "External"),
    ("Ice plant power connection by LEC", "External"),
    ("Cold room design from the engineering project", "Internal"),
    ("Fisheries licence database from the NaFAA project", "Internal"),
    ("Road access works by the county", "External"),
]
FISH_PEOPLE = ["Varney Sackor", "Esther Gbowee", "Prince Johnson"]


def lr_fish_landing_msp_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Liberian fish landing site's MSP programme dependency register: D-001 ids, an
    `Internal / External` column, `Needed By` / `Forecast Delivery` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "West Point Fish Landing Site Upgrade - Dependency Register"
    head = ["Dep ID", "Dependency", "Internal / External", "Owner", "Needed By"]
    head += ["Forecast Delivery", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, scope) in enumerate(rng.sample(FISH_DEPS, n)):
        who = rng.choice(FISH_PEOPLE)
        fc = need[i] + timedelta(days=rng.choice([-10, 0, 7, 21]))
        st = rng.choice(["On Track", "At Risk", "Delivered"])
        _put(ws, 4 + i, 1, [[f"D-{i + 1:03d}", text, scope, who, need[i], fc, st]])
        for c in (5, 6):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", fc),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", None, "owner", "need_by"])
    targets |= {"F": "committed_date", "G": "status"}
    path = _save(wb, folder, "lr_fish_landing_msp_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

SEED_PACKAGES = [
    ("1.1", "Foundation seed purchase"),
    ("1.2", "Seed storage"),
    ("2.1", "Outgrower contracts"),
    ("2.2", "Field inspections"),
    ("3.1", "Seed certification"),
]


def sl_seed_multiplication_cost_baseline(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone rice seed multiplication programme's PMI cost baseline: WBS codes and work
    packages down, month date cells across shown `mmm-yy`, a `Total` column and row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Baseline")
    ws["A1"] = "National Rice Seed Multiplication - Cost Baseline (time-phased)"
    ws["A2"] = "Currency: USD"
    months = _months(date(2026, rng.choice([1, 4, 7]), 1), 6)
    _put(ws, 4, 1, [["WBS", "Work Package", *months, "Total"]])
    for c in range(3, 9):
        ws.cell(4, c).number_format = "mmm-yy"
    packages = rng.sample(SEED_PACKAGES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    tot = [0.0] * len(months)
    for r, (code, name) in enumerate(packages):
        row = [rng.randrange(5, 90) * 500.0 for _ in months]
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        _put(ws, 5 + r, 1, [[code, name, *row, sum(row)]])
        for month, amount in zip(months, row, strict=True):
            values.append(ValueFact("finance", (month, name), "budget", amount))
    _put(ws, 5 + len(packages), 1, [["Total", None, *tot, sum(tot)]])
    path = _save(wb, folder, "sl_seed_multiplication_cost_baseline")
    table = TruthTable("Cost Baseline", 4, "finance", {"A": ("cost_line", None), "B": "cost_line"},
                       {"finance": len(months) * len(packages)})  # fmt: skip
    return Built(path, [table], values)


BIRTH_LINES = ["Registrar salaries", "Certificate printing", "Tablets and SIM cards"]
BIRTH_LINES += ["Community outreach", "Supervision travel"]


def lr_birth_registration_budget_actual(folder: Path, rng: random.Random) -> Built:
    """A Liberian birth registration project's monthly budget vs actual as one long table:
    `Month` date cells shown `mmm-yyyy`, `Planned`, `Actual` for closed months, `Variance`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Civil Registration Scale-up - Budget vs Actual (USD)"
    _put(ws, 3, 1, [["Month", "Cost Line", "Planned", "Actual", "Variance"]])
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(BIRTH_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            plan = rng.randrange(4, 60) * 250.0
            values.append(ValueFact("finance", (month, line), "budget", plan))
            cells: list[object] = [month, line, plan]
            if m < closed:
                act = round(plan * rng.uniform(0.7, 1.2), -1)
                cells += [act, plan - act]
                values.append(ValueFact("finance", (month, line), "actual", act))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm-yyyy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    path = _save(wb, folder, "lr_birth_registration_budget_actual")
    table = TruthTable("Budget vs Actual", 3, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


BED_NET_LINES = ["Net procurement", "Distributor allowances", "Truck hire", "Radio airtime"]


def sl_bed_net_measure_rows(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone bed net campaign's end-stage finance sheet: months down as date
    cells shown `mmm-yy`, a `Measure` column Budget / Actual / Forecast, lines across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Stage Finance")
    ws["A1"] = "Malaria Bed Net Campaign Stage 3 - End Stage Finance"
    ws["A2"] = "Currency: USD"
    lines = rng.sample(BED_NET_LINES, 3)
    _put(ws, 4, 1, [["Month", "Measure", *lines]])
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(3, 4))
    closed = rng.randint(1, len(months) - 1)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for m, month in enumerate(months):
        for measure in ("Budget", "Actual" if m < closed else "Forecast"):
            amounts = [rng.randrange(10, 120) * 100.0 for _ in lines]
            _put(ws, row, 1, [[month, measure, *amounts]])
            ws.cell(row, 1).number_format = "mmm-yy"
            for line, amount in zip(lines, amounts, strict=True):
                values.append(ValueFact("finance", (month, line), measure.lower(), amount))
            row += 1
    path = _save(wb, folder, "sl_bed_net_measure_rows")
    table = TruthTable("Stage Finance", 4, "finance", {"A": "month", "B": "measure"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


PAYROLL_PEOPLE = [
    ("Augustine Nyenpan", "Project Manager", "Ministry of Education"),
    ("Ruth Kollie", "Payroll Analyst", "Civil Service Agency"),
    ("Moses Zinnah", "Data Clerk", "Ministry of Education"),
    ("Patience Weah", "Auditor", "General Auditing Commission"),
    ("Dennis Kamara", "Systems Administrator", "Ministry of Finance"),
]


def lr_teacher_payroll_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Liberian teacher payroll clean-up's PMI resource plan: `Name`, `Role`,
    `Organisation`, month date cells across, person-days, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Teacher Payroll Verification - Resource Plan (person-days)"
    months = _months(date(2026, rng.randint(2, 5), 1), 5)
    _put(ws, 3, 1, [["Name", "Role", "Organisation", *months, "Total"]])
    for c in range(4, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    people = rng.sample(PAYROLL_PEOPLE, rng.randint(3, 5))
    count = 0
    for r, (name, role, org) in enumerate(people):
        days = [rng.choice([0, 4, 8, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, role, org, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "lr_teacher_payroll_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources",
                       {"A": "person", "B": "role", "C": None}, {"resources": count})  # fmt: skip
    return Built(path, [table], [])


HAUL_MILESTONES = [
    ("Environmental and social impact approved", "Gate 1"),
    ("Route survey complete", None),
    ("Detailed design approved", "Gate 2"),
    ("Earthworks contractor mobilised", None),
    ("Culverts and bridges complete", "Gate 3"),
    ("Road handed over to operations", "Gate 4"),
]
HAUL_PEOPLE = ["Alhaji Kamara", "Sia Fofanah", "Joseph Lansana"]


def sl_bauxite_haul_road_stage_gates(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone bauxite haul road's stage-gate milestone plan: MS01 refs, a `Gate`
    column, baseline / forecast / actual date cells, `Tolerance (days)`, standard words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Moyamba Haul Road - Stage Gate Milestone Plan"
    head = ["Ref", "Milestone", "Gate", "Owner", "Baseline", "Forecast", "Actual"]
    head += ["Tolerance (days)", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, (name, gate) in enumerate(HAUL_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 10, 30]))
        actual = fc if i < done else None
        st = "Complete" if actual else rng.choice(["Not Started", "In Progress", "At Risk"])
        who = rng.choice(HAUL_PEOPLE)
        cells: list[object] = [f"MS{i + 1:02d}", name, gate, who, base[i], fc, actual]
        cells += [rng.choice([10, 20, 30]), st]
        _put(ws, 4 + i, 1, [cells])
        for c in (5, 6, 7):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
        if gate:
            values.append(ValueFact("milestones", i, "gate", gate))
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", ["id", "milestone", "gate", "owner", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", None, "status"])
    path = _save(wb, folder, "sl_bauxite_haul_road_stage_gates")
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


RUBBER_MILESTONES = [
    "Budwood nurseries established",
    "Smallholder contracts signed",
    "Tapping training complete",
    "Collection centres built",
    "First latex sale",
]


def lr_rubber_highlight_report(folder: Path, rng: random.Random) -> Built:
    """A Liberian rubber smallholder scheme's PRINCE2 highlight report: label / value rows
    with tolerance RAG words, then a `Products / Milestones` table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Highlight Report")
    project, pm = "Bong County Rubber Smallholder Rehabilitation", "Theresa Kerkula"
    report = date(2026, rng.randint(2, 6), rng.choice([6, 13, 20, 27]))
    rag = rng.choice(["Green", "Amber", "Red"])
    ws["A1"] = "HIGHLIGHT REPORT"
    rows: list[list[object]] = [["Project Name", project], ["Project Manager", pm]]
    rows += [["Project Executive", "Hon. Boima Fahnbulleh"], ["Report Date", report]]
    rows += [["Period Covered", "Previous four weeks"], ["Overall Status", rag]]
    rows += [
        [f"{d} tolerance", rng.choice(["Green", "Amber", "Red"])] for d in ("Time", "Cost", "Scope")
    ]
    rows += [["Currency", "USD"]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "d mmmm yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", "Hon. Boima Fahnbulleh"),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rag),
        ValueFact("project", 0, "currency", "USD"),
    ]
    ws["A14"] = "Products / Milestones"
    _put(ws, 15, 1, [["Product / Milestone", "Planned", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2026, 1, 5))
    for i, name in enumerate(RUBBER_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 14, 28]))
        st = "Complete" if i == 0 else rng.choice(["On Track", "Behind", "Complete"])
        _put(ws, 16 + i, 1, [[name, base[i], fc, st]])
        for c in (2, 3):
            ws.cell(16 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if st == "Complete":
            values.append(ValueFact("milestones", i, "status", st))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "lr_rubber_highlight_report")
    return Built(path, [_one("milestones", "Highlight Report", 15, targets, n)], values)


HELD_OUT_62: tuple[Layout, ...] = (
    Layout(
        "sl_cadastre_prince2_risks",
        "Sierra Leone cadastre PRINCE2 risk register (VL..VH, expected value, proximity)",
        sl_cadastre_prince2_risks,
    ),
    Layout(
        "lr_vehicle_licensing_prince2_issues",
        "Liberian vehicle licensing PRINCE2 issue register (types, priority, severity level)",
        lr_vehicle_licensing_prince2_issues,
    ),
    Layout(
        "sl_probation_apm_raid_log",
        "Sierra Leone probation APM mixed RAID log (R01 refs, RAG, next review)",
        sl_probation_apm_raid_log,
    ),
    Layout(
        "lr_tax_office_assumptions_decisions",
        "Liberian tax office workbook: PMBOK assumption log and decision log",
        lr_tax_office_assumptions_decisions,
    ),
    Layout(
        "sl_driving_test_msp_risks",
        "Sierra Leone driving test MSP risk register (inherent / residual 1-5, proximity date)",
        sl_driving_test_msp_risks,
    ),
    Layout(
        "lr_fish_landing_msp_dependencies",
        "Liberian fish landing MSP dependency register (internal / external, needed by)",
        lr_fish_landing_msp_dependencies,
    ),
    Layout(
        "sl_seed_multiplication_cost_baseline",
        "Sierra Leone rice seed multiplication PMI cost baseline (WBS, months across, totals)",
        sl_seed_multiplication_cost_baseline,
    ),
    Layout(
        "lr_birth_registration_budget_actual",
        "Liberian birth registration budget vs actual long table (planned, actual, variance)",
        lr_birth_registration_budget_actual,
    ),
    Layout(
        "sl_bed_net_measure_rows",
        "Sierra Leone bed net campaign end-stage finance (months down, measure column)",
        sl_bed_net_measure_rows,
    ),
    Layout(
        "lr_teacher_payroll_resource_plan",
        "Liberian teacher payroll PMI resource plan (person-days, months across)",
        lr_teacher_payroll_resource_plan,
    ),
    Layout(
        "sl_bauxite_haul_road_stage_gates",
        "Sierra Leone bauxite haul road stage-gate milestone plan (gates, tolerance)",
        sl_bauxite_haul_road_stage_gates,
    ),
    Layout(
        "lr_rubber_highlight_report",
        "Liberian rubber scheme PRINCE2 highlight report (tolerance RAGs, milestones)",
        lr_rubber_highlight_report,
    ),
)
