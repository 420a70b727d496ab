"""The sixty-fourth held-out batch (``HELD_OUT_64``, round 33): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is SUPPLIER AND
CONSULTANCY REPORTS: workbooks a client's PMO receives from (or sends to) its contractors,
consultancies, agencies and outsourcers and must adopt as the client project's registers and
trackers, in sectors no earlier batch's docstring names (a plastics recycling plant, a fire
alarm upgrade, a podcast studio, a call centre transition, a warehouse robotics cell, a
ballet school's ticketing system, a chess federation's strategy review, a piano factory's
tooling, a drone hangar, an ice hockey arena, a sailing school's boat shed, a tennis
centre's booking platform), in Thailand, the UAE, Belgium, the US, Ireland, Japan,
Switzerland, Canada, Australia and the UK.

Registers:

- ``th_recycling_epc_raid_extract``: a Thai EPC contractor's RAID extract for its client's
  plastics recycling plant: a `Prepared by .. for ..` title block, the header on row 4,
  `Item No.` in the contractor's own scheme (`SEC-0412`..), `Type` Risk / Issue /
  Assumption / Dependency words, `Description`, `Party` Client / Contractor, `Action Owner`,
  `Date Identified` cells shown `dd/mm/yyyy`, `Status` Open / Closed, `Remarks`.
- ``ae_fire_alarm_subcontractor_issue_log``: a Dubai fire alarm subcontractor's site issue
  log sent to the client's PM: `Ref` FA-IL-001.., `Date Raised` as `05-Mar-2026` text,
  `Issue`, `Raised By`, `Responsible`, `Priority` High / Medium / Low, `Target Date` cells
  shown `dd-mmm-yy`, `Status` Open / In Progress / Closed, `Remarks`.
- ``be_podcast_studio_agency_risks``: a Ghent AV agency's risk register for a broadcaster's
  podcast studio: `Risk ID` R-001.., `Risk`, `Likelihood` / `Impact` Low / Medium / High,
  `Owner`, `Mitigation`, `Status` Open / Closed, `Logged` as `05.03.2026` text.
- ``us_call_centre_transition_workbook``: an outsourcer's call centre transition workbook of
  two sheets: `Assumptions` (`#` A-001.., `Assumption`, `Owner`, `Validate by` cells shown
  `m/d/yyyy`, `Status` Open / Validated / Invalid) and `Dependencies` (`ID` D-001..,
  `Dependency`, `Provided by` Client / Vendor, `Owner`, `Need date` cells, `Status` Open /
  At Risk / Delivered).
- ``th_robotics_integrator_decision_log``: a Bangkok robotics integrator's decision log for
  a warehouse robotics cell: `Decision No.` DL-01.., `Date agreed` cells shown
  `d mmm yyyy`, `Decision`, `Rationale`, `Agreed by`, `Forum`.
- ``ca_ballet_school_vendor_defects``: a ticketing vendor's defect export for a Toronto
  ballet school: `Key` BST-101.., `Summary`, `Severity` S1 .. S4, `Assignee`, `Created` as
  `2026-03-05 14:22` text, `Status` Open / In Progress / Resolved / Closed.

Trackers:

- ``ie_chess_consultancy_fee_tracker``: a Dublin consultancy's fee tracker for a chess
  federation's strategy review: `All figures EUR excl. VAT`, `Workstream`, `Measure` Budget
  / Actual, month labels `Jan 2026`.. as text across, actuals for the months billed.
- ``jp_piano_tooling_monthly_cost``: a Hamamatsu tooling supplier's cost report to a piano
  factory: `Actual cost by month (JPY, excl. consumption tax)`, months DOWN as date cells
  shown `yyyy/mm`, the work packages ACROSS, a `Total` column.
- ``ch_drone_hangar_contractor_cost_report``: a Swiss contractor's cost report for a drone
  hangar as one long table: `Period` as `2026-03` text, `Work package`, `Budget (CHF)`,
  `Actual (CHF)` for closed periods, `Forecast (CHF)` for open ones.
- ``us_ice_arena_contractor_staffing``: an ice hockey arena refrigeration contractor's
  staffing plan: `Role`, `Name`, `Company`, `Day rate (USD)`, months across as date cells
  shown `mmm-yy` holding person-days.
- ``au_sailing_school_sow_milestones``: a boat shed builder's statement-of-work payment
  milestones for a sailing school: `MS` M1.., `Deliverable`, `Contract date`, `Forecast
  date`, `Actual date` cells shown `dd/mm/yyyy`, `Payment %`, `Fee (AUD ex GST)`,
  `Status` Not Started / In Progress / Complete / At Risk.
- ``uk_tennis_booking_supplier_status``: a booking platform supplier's fortnightly status
  pack to a tennis centre: label rows `Client`, `Project`, `Supplier`, `Engagement lead`,
  `Client PM`, `Period ending` (a date cell), `Overall RAG`, then a `Milestones` table:
  `Milestone`, `Baseline`, `Forecast` cells shown `dd/mm/yyyy`, `RAG`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the EPC extract's `Item No.` `SEC-0412` (the contractor's own running number across all
  types: kept, renumbered per type?): no id fact; `Party` Client / Contractor (which
  organisation acts, not the owner): left out; `Remarks`: left out; a dependency's `Date
  Identified` (no raised date in the standard): no fact; `Action Owner` is the owner;
- the podcast agency's `Likelihood` / `Impact` Low / Medium / High (a three-word scale on a
  1-5 standard: 1 / 3 / 5 or 2 / 3 / 4?): no probability or impact fact; `R-001` is the id;
  `05.03.2026` text is day first (a day past 12 in the column);
- the fire alarm log's `FA-IL-001` (a prefixed compound ref): no id fact; `Raised By` (the
  raiser, not the owner): left out; `Responsible` is the owner; `Target Date` the due date;
- the transition workbook's `Provided by` Client / Vendor (inbound or outbound depends on
  whose project the workbook is: the client's, but the vendor wrote it): no direction fact;
  `Need date` is the need-by date; `A-001` and `D-001` are ids;
- the vendor defects' `Severity` S1 .. S4 (severity is not priority; S1 Critical is common
  but not universal): no priority fact; `Key` BST-101 (the vendor's tracker key): no id
  fact; `Assignee` (the vendor's engineer) is the owner as any reader takes it; `Created`
  is the raised date (its time dropped);
- the decision log's `DL-01` (a prefixed ref): no id fact; `Forum`: left out; `Agreed by`
  is the maker;
- the SOW milestones' `MS` M1.. : no id fact; `Payment %` and `Fee (AUD ex GST)` (no
  milestone field): left out, no currency fact from a milestone plan's fee column;
  `Contract date` is the baseline;
- the status pack's `Engagement lead` (the supplier's lead, not the client's PM): left
  out, no fact; `Client PM` is the project manager; `Project` is the client project's
  name; `Client` and `Supplier`: left out; milestone `RAG` (no milestone status word): no
  status fact; `Period ending` is the report date;
- the staffing plan's person-days: counts only, no value facts; `Day rate (USD)` and
  `Company`: left out; `Role` is the role, `Name` the person;
- the fee tracker's blank actual months are no zero; `EUR excl. VAT` is EUR;
- the piano tooling report's amounts are actuals (its title says so), `JPY` the currency;
  the `Total` column is no line;
- the drone hangar report's blank `Actual` / `Forecast` cells are no facts; `(CHF)` is CHF.

Readings used: date cells are what they hold; text dates are day first except ISO text;
the project a supplier's pack speaks of is the client's project. It was written and checked
for internal consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audit, round 33 (docs/adopt.md, "Round 33: the sixty-fourth batch's truth audited"): the
podcast agency's `Likelihood` / `Impact` Low / Medium / High now give probability / impact
facts 1 / 3 / 5 (the documented three-level reading earlier audits added); the robotics
decision log's `DL-01`.. are DC-001.. (a decision log's prefixed refs keep their number, as
`DEC-01` and `DA-01`); the SOW milestones' `M1`.. under `MS` are M-001.. (round 32's ruling
on this very shape). Their columns are now `probability`, `impact` and `id`. The defect
export's `Severity` column may also be mapped to the issue's `severity` (SPEC's Issues
field, as the forty-eighth batch's fish market `Severity` that round 30's audit left so),
still with no value.
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
    _mon,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

EPC_ROWS = [
    ("Risk", "Shredder delivery from Germany slips past the monsoon"),
    ("Risk", "Wash-line effluent exceeds the PCD discharge limit"),
    ("Issue", "Pile test at grid C4 failed; redesign of the footing"),
    ("Issue", "Client's 22 kV substation energisation date not confirmed"),
    ("Assumption", "Client supplies baled PET feedstock for the hot commissioning"),
    ("Assumption", "Night work is allowed by the industrial estate"),
    ("Dependency", "PEA grid connection approval"),
    ("Dependency", "Client's operators trained before the performance test"),
]
EPC_PEOPLE = ["Somchai Prasert", "Nattaya Wong", "Kittipong Chai", "Araya Srisuk"]
EPC_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
EPC_REG["Dependency"] = "dependencies"
EPC_TITLE = {"risks": "title", "issues": "title", "assumptions": "assumption"}
EPC_TITLE["dependencies"] = "title"


def th_recycling_epc_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A Thai EPC contractor's RAID extract for its client's recycling plant: type words, the
    contractor's own `SEC-0412` numbers, `Party`, `Action Owner`, `dd/mm/yyyy` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Map Ta Phut Plastics Recycling Plant - RAID extract"
    ws["A2"] = "Prepared by Siam EPC Co., Ltd. for Eastern Circular Polymers Co., Ltd."
    head = ["Item No.", "Type", "Description", "Party", "Action Owner", "Date Identified"]
    head += ["Status", "Remarks"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(EPC_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    seen = _days(rng, len(rows), date(2025, 11, 3))
    first = rng.randint(300, 480)
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = EPC_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(EPC_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"SEC-{first + 3 * k:04d}", kind, text]
        cells += [rng.choice(["Client", "Contractor"]), who, seen[k], st]
        cells += [rng.choice(["Discussed at weekly site meeting", None])]
        _put(ws, 5 + k, 1, [cells])
        ws.cell(5 + k, 6).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, EPC_TITLE[reg], text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", seen[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), None])
    targets |= _cols("E", ["owner", ("raised_date", None), "status", None])
    path = _save(wb, folder, "th_recycling_epc_raid_extract")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


FIRE_ISSUES = [
    "Detector layout clashes with the new bulkhead ceiling",
    "Civil Defence asks for revised cause and effect matrix",
    "Panel room has no dedicated 24 V supply",
    "Loop cable delivered in the wrong fire rating",
    "Access to level 14 tenant areas refused",
    "Interface with BMS not defined by the MEP consultant",
]
FIRE_PEOPLE = ["Rajesh Menon", "Omar Al Suwaidi", "Priya Nair", "Ahmed Khalil"]


def ae_fire_alarm_subcontractor_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Dubai fire alarm subcontractor's issue log: `FA-IL-001` refs, `05-Mar-2026` text,
    `Raised By` beside `Responsible`, `dd-mmm-yy` target dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Marina Heights Tower - Fire Alarm System Upgrade"
    ws["A2"] = "Subcontractor: Gulf Life Safety Systems LLC"
    head = ["Ref", "Date Raised", "Issue", "Raised By", "Responsible", "Priority"]
    head += ["Target Date", "Status", "Remarks"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 4))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(FIRE_ISSUES, n)):
        by, who = rng.sample(FIRE_PEOPLE, 2)
        pr = rng.choice(["High", "Medium", "Low"])
        st = rng.choice(["Open", "In Progress", "Closed"])
        due = made[i] + timedelta(days=rng.choice([7, 10, 14]))
        cells: list[object] = [f"FA-IL-{i + 1:03d}", _mon(made[i]), text, by, who, pr, due, st]
        cells += [rng.choice(["Awaiting consultant reply", None])]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 7).number_format = "dd-mmm-yy"
        values += [
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", None, "owner"])
    targets |= _cols("F", ["priority", "due_date", "status", None])
    path = _save(wb, folder, "ae_fire_alarm_subcontractor_issue_log")
    return Built(path, [_one("issues", "Issue Log", 4, targets, n)], values)


PODCAST_RISKS = [
    ("Acoustic panels fail the RT60 target", "Extra bass traps in the quote as an option"),
    ("Mixing desk lead time exceeds ten weeks", "Rent a desk for the launch"),
    ("Building owner refuses a second air duct", "Silent split units as fallback"),
    ("Broadcaster's IT blocks the streaming encoder", "Early test on the client VLAN"),
    ("Freelance sound engineer unavailable in June", "Second engineer on standby"),
    ("Fire safety officer rejects the foam finish", "Class B panels specified"),
]
# audit, round 33: Low / Medium / High are 1 / 3 / 5 on the 1-5 scales (the documented reading)
LMH = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
PODCAST_PEOPLE = ["Pieter Claes", "Lotte Janssens", "Wim De Smet", "Sofie Peeters"]


def be_podcast_studio_agency_risks(folder: Path, rng: random.Random) -> Built:
    """A Ghent AV agency's risk register for a broadcaster's podcast studio: `R-001`,
    Low / Medium / High likelihood and impact, `05.03.2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Podcast Studio Fit-out - Risk register (by Studio Klank bv)"
    head = ["Risk ID", "Risk", "Likelihood", "Impact", "Owner", "Mitigation", "Status"]
    head += ["Logged"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (text, plan) in enumerate(rng.sample(PODCAST_RISKS, n)):
        who = rng.choice(PODCAST_PEOPLE)
        st = rng.choice(["Open", "Open", "Closed"])
        lv = [rng.choice(["Low", "Medium", "High"]) for _ in range(2)]
        cells: list[object] = [f"R-{i + 1:03d}", text, *lv, who, plan, st]
        cells += [f"{made[i]:%d.%m.%Y}"]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "probability", LMH[lv[0]]),
            ValueFact("risks", i, "impact", LMH[lv[1]]),
        ]
    targets: Targets = _cols("A", ["id", "title", "probability", "impact"])
    targets |= _cols("E", ["owner", "response", "status", "raised_date"])
    path = _save(wb, folder, "be_podcast_studio_agency_risks")
    return Built(path, [_one("risks", "Risks", 3, targets, n)], values)


CALL_ASSUMPTIONS = [
    "Client's IVR scripts are frozen during transition",
    "Agents keep their current shift patterns",
    "Average handle time stays under six minutes",
    "The CRM licences transfer to the vendor's tenant",
    "Knowledge articles are current at cut-over",
]
CALL_DEPS = [
    "Telephony number porting by the carrier",
    "SSO accounts for vendor agents",
    "Quality scorecard from the client's ops team",
    "Call recording archive export",
    "Go-live readiness sign-off",
]
CALL_PEOPLE = ["Maria Gonzalez", "Kevin O'Neal", "Tasha Brooks", "Raj Patel"]


def us_call_centre_transition_workbook(folder: Path, rng: random.Random) -> Built:
    """An outsourcer's call centre transition workbook: `Assumptions` and `Dependencies`
    sheets, `m/d/yyyy` cells, `Provided by` Client / Vendor."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Tucson Care Center Transition - Assumptions"
    _put(ws, 3, 1, [["#", "Assumption", "Owner", "Validate by", "Status"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CALL_ASSUMPTIONS, n)):
        who = rng.choice(CALL_PEOPLE)
        st = rng.choice(["Open", "Open", "Validated", "Invalid"])
        _put(ws, 4 + i, 1, [[f"A-{i + 1:03d}", text, who, when[i], st]])
        ws.cell(4 + i, 4).number_format = "m/d/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", when[i]),
            ValueFact("assumptions", i, "status", st),
        ]
    tables = [_one("assumptions", "Assumptions", 3,
                   _cols("A", ["id", "assumption", "owner", "validate_by", "status"]), n)]  # fmt: skip
    ws2 = wb.create_sheet("Dependencies")
    ws2["A1"] = "Tucson Care Center Transition - Dependencies"
    _put(ws2, 3, 1, [["ID", "Dependency", "Provided by", "Owner", "Need date", "Status"]])
    m = rng.randint(3, 5)
    need = _days(rng, m, date(2026, 2, 16))
    for i, text in enumerate(rng.sample(CALL_DEPS, m)):
        who = rng.choice(CALL_PEOPLE)
        st = rng.choice(["Open", "At Risk", "Delivered"])
        _put(ws2, 4 + i, 1, [[f"D-{i + 1:03d}", text, rng.choice(["Client", "Vendor"]), who]])
        _put(ws2, 4 + i, 5, [[need[i], st]])
        ws2.cell(4 + i, 5).number_format = "m/d/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", ("direction", None), "owner", "need_by"])
    targets |= {"F": "status"}
    tables.append(_one("dependencies", "Dependencies", 3, targets, m))
    path = _save(wb, folder, "us_call_centre_transition_workbook")
    return Built(path, tables, values)


ROBOT_DECISIONS = [
    ("Goods-to-person robots leased, not bought", "Client capex ceiling for FY2026"),
    ("Charging stations moved to mezzanine", "Fire exit clearance on the ground floor"),
    ("WMS interface via REST, not flat files", "Client IT standard"),
    ("Go-live split into two waves", "Peak season in November"),
    ("Tote size standardised at 600 x 400", "Existing conveyor width"),
]
ROBOT_BY = ["Steering Committee", "Client Operations Director", "Design Authority"]


def th_robotics_integrator_decision_log(folder: Path, rng: random.Random) -> Built:
    """A robotics integrator's decision log: `DL-01` refs, `d mmm yyyy` date cells,
    `Agreed by`, `Forum`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Bang Na DC Robotics Cell - Decision Log"
    _put(ws, 3, 1, [["Decision No.", "Date agreed", "Decision", "Rationale", "Agreed by"]])
    ws["F3"] = "Forum"
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(ROBOT_DECISIONS, n)):
        who = rng.choice(ROBOT_BY)
        _put(ws, 4 + i, 1, [[f"DL-{i + 1:02d}", when[i], text, why, who]])
        ws.cell(4 + i, 6, rng.choice(["SteerCo", "Design review", "Weekly call"]))
        ws.cell(4 + i, 2).number_format = "d mmm yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "th_robotics_integrator_decision_log")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


BALLET_DEFECTS = [
    "Season subscription renewals double-charge the card",
    "Seat map shows sold seats as free in the balcony",
    "Student discount code not applied at checkout",
    "Donor receipts missing the charity number",
    "Box office report times out for the Nutcracker run",
    "French confirmation e-mail shows English dates",
]
BALLET_PEOPLE = ["Emily Tremblay", "Jordan Singh", "Marc Gagnon", "Chloe Wong"]


def ca_ballet_school_vendor_defects(folder: Path, rng: random.Random) -> Built:
    """A ticketing vendor's defect export for a ballet school: `BST-101` keys, `S1`..`S4`
    severity, `Assignee`, `Created` ISO text with a time."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Defects")
    _put(ws, 1, 1, [["Key", "Summary", "Severity", "Assignee", "Created", "Status"]])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 19))
    key = rng.randint(101, 180)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(BALLET_DEFECTS, n)):
        who = rng.choice(BALLET_PEOPLE)
        st = rng.choice(["Open", "In Progress", "Resolved", "Closed"])
        stamp = f"{made[i].isoformat()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        cells: list[object] = [f"BST-{key + 2 * i}", text, f"S{rng.randint(1, 4)}", who]
        _put(ws, 2 + i, 1, [[*cells, stamp, st]])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", ("severity", "priority", None), "owner"])
    targets |= _cols("E", ["raised_date", "status"])
    path = _save(wb, folder, "ca_ballet_school_vendor_defects")
    return Built(path, [_one("issues", "Defects", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CHESS_STREAMS = ["Discovery interviews", "Membership model", "Digital platform options"]
CHESS_STREAMS += ["Governance review", "Final report"]


def ie_chess_consultancy_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """A Dublin consultancy's fee tracker: `EUR excl. VAT`, workstreams with a Budget and
    an Actual row each, `Jan 2026` text months across, actuals for months billed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = "Chess Federation Strategy Review - Fee tracker"
    ws["A2"] = "All figures EUR excl. VAT"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 4, 1, [["Workstream", "Measure", *[f"{m:%b %Y}" for m in months]]])
    streams = rng.sample(CHESS_STREAMS, rng.randint(3, 4))
    billed = rng.randint(2, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for stream in streams:
        for measure in ("Budget", "Actual"):
            amounts: list[object] = []
            for k, month in enumerate(months):
                if measure == "Actual" and k >= billed:
                    amounts.append(None)
                    continue
                amount = float(rng.randrange(2, 30) * 750)
                amounts.append(amount)
                values.append(ValueFact("finance", (month, stream), measure.lower(), amount))
            _put(ws, row, 1, [[stream, measure, *amounts]])
            for c in range(3, 9):
                ws.cell(row, c).number_format = "#,##0"
            row += 1
    table = TruthTable("Fees", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 6 * len(streams)})  # fmt: skip
    path = _save(wb, folder, "ie_chess_consultancy_fee_tracker")
    return Built(path, [table], values)


PIANO_LINES = ["Tooling", "Engineering", "Jigs & fixtures", "Installation", "Training"]


def jp_piano_tooling_monthly_cost(folder: Path, rng: random.Random) -> Built:
    """A tooling supplier's actual cost by month for a piano factory: months DOWN as date
    cells shown `yyyy/mm`, work packages ACROSS, `JPY` in the title, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost")
    ws["A1"] = "Soundboard Press Line Retooling - Actual cost by month (JPY, excl. consumption tax)"
    lines = rng.sample(PIANO_LINES, rng.randint(3, 4))
    _put(ws, 3, 1, [["Month", *lines, "Total"]])
    months = _months(date(2025, 10, 1), rng.randint(4, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "JPY")]
    for r, month in enumerate(months):
        amounts = [float(rng.randrange(5, 900) * 10000) for _ in lines]
        _put(ws, 4 + r, 1, [[month, *amounts, sum(amounts)]])
        ws.cell(4 + r, 1).number_format = "yyyy/mm"
        for c in range(2, len(lines) + 3):
            ws.cell(4 + r, c).number_format = "#,##0"
        for line, amount in zip(lines, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "actual", amount))
    table = TruthTable("Cost", 3, "finance", {"A": "month"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    path = _save(wb, folder, "jp_piano_tooling_monthly_cost")
    return Built(path, [table], values)


DRONE_PACKAGES = ["Foundations", "Steel frame", "Hangar doors", "Charging bays", "Fibre link"]


def ch_drone_hangar_contractor_cost_report(folder: Path, rng: random.Random) -> Built:
    """A Swiss contractor's drone hangar cost report as one long table: `2026-03` text
    periods, `Budget (CHF)`, `Actual (CHF)` for closed and `Forecast (CHF)` for open ones."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost report")
    ws["A1"] = "Drohnenhangar Dübendorf - Kostenbericht / cost report"
    head = ["Period", "Work package", "Budget (CHF)", "Actual (CHF)", "Forecast (CHF)"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    packages = rng.sample(DRONE_PACKAGES, rng.randint(2, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    row = 4
    for k, month in enumerate(months):
        for wp in packages:
            budget = float(rng.randrange(4, 80) * 1000)
            other = round(budget * rng.uniform(0.8, 1.25), -2)
            cells: list[object] = [f"{month:%Y-%m}", wp, budget]
            cells += [other, None] if k < closed else [None, other]
            _put(ws, row, 1, [cells])
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0"
            values.append(ValueFact("finance", (month, wp), "budget", budget))
            measure = "actual" if k < closed else "forecast"
            values.append(ValueFact("finance", (month, wp), measure, other))
            row += 1
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    targets |= {"E": "forecast"}
    table = TruthTable("Cost report", 3, "finance", targets,
                       {"finance": len(months) * len(packages)})  # fmt: skip
    path = _save(wb, folder, "ch_drone_hangar_contractor_cost_report")
    return Built(path, [table], values)


ICE_PEOPLE = [
    ("Refrigeration Engineer", "Dave Kowalczyk", "Polar Rink Systems"),
    ("Pipefitter", "Luis Romero", "Polar Rink Systems"),
    ("Controls Technician", "Amy Lindqvist", "Polar Rink Systems"),
    ("Site Supervisor", "Tom Brennan", "Brennan Mechanical"),
    ("Commissioning Lead", "Grace Okafor", "Polar Rink Systems"),
]


def us_ice_arena_contractor_staffing(folder: Path, rng: random.Random) -> Built:
    """An ice arena refrigeration contractor's staffing plan: `Role` first, `Name`,
    `Company`, `Day rate (USD)`, person-days per month in `mmm-yy` cells across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Riverside Ice Arena Chiller Replacement - Contractor staffing plan (days)"
    months = _months(date(2026, 5, 1), 5)
    _put(ws, 3, 1, [["Role", "Name", "Company", "Day rate (USD)", *months]])
    for c in range(5, 10):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    for r, (role, name, firm) in enumerate(rng.sample(ICE_PEOPLE, rng.randint(3, 5))):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        rate = rng.choice([680, 720, 850, 950])
        _put(ws, 4 + r, 1, [[role, name, firm, rate, *[d or None for d in days]]])
    table = TruthTable("Staffing", 3, "resources",
                       {"A": "role", "B": "person", "C": None, "D": None},
                       {"resources": count})  # fmt: skip
    path = _save(wb, folder, "us_ice_arena_contractor_staffing")
    return Built(path, [table], [])


SAIL_MILESTONES = [
    "Design sign-off",
    "Slab and footings complete",
    "Shed frame erected",
    "Slipway and winch installed",
    "Practical completion",
    "Defects liability period ends",
]


def au_sailing_school_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A boat shed builder's SOW payment milestones: `MS` M1.., `Contract date` /
    `Forecast date` / `Actual date` in `dd/mm/yyyy` cells, `Payment %`, `Fee (AUD ex GST)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW Milestones")
    ws["A1"] = "Sandy Bay Sailing School Boat Shed - SOW 2 payment milestones"
    head = ["MS", "Deliverable", "Contract date", "Forecast date", "Actual date", "Payment %"]
    head += ["Fee (AUD ex GST)", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(SAIL_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        if i < done:
            st, actual = "Complete", fc
        else:
            st, actual = rng.choice(["Not Started", "In Progress", "At Risk"]), None
        pct = rng.choice([0.1, 0.15, 0.2])
        cells: list[object] = [f"M{i + 1}", name, base[i], fc, actual, pct]
        cells += [round(pct * 240000.0, 2), st]
        _put(ws, 4 + i, 1, [cells])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(4 + i, 6).number_format = "0%"
        ws.cell(4 + i, 7).number_format = "#,##0.00"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", ["id", "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, None, "status"])
    path = _save(wb, folder, "au_sailing_school_sow_milestones")
    return Built(path, [_one("milestones", "SOW Milestones", 3, targets, n)], values)


TENNIS_MILESTONES = [
    "Booking rules configured",
    "Payment gateway certified",
    "Member data migrated",
    "Court sensor integration tested",
    "Go-live",
]


def uk_tennis_booking_supplier_status(folder: Path, rng: random.Random) -> Built:
    """A booking platform supplier's status pack to a tennis centre: `Client` / `Project` /
    `Supplier` / `Engagement lead` / `Client PM` rows, `Period ending` cell, `Overall RAG`,
    then a `Milestones` table with a `RAG` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, pm = "Court Booking Platform Replacement", "Helen Marsh"
    ending = date(2026, 3, rng.choice([6, 20]))
    ws["A1"] = "Fortnightly Status Report"
    rows: list[list[object]] = [["Client", "Westway Tennis Centre"], ["Project", project]]
    rows += [["Supplier", "CourtLink Software Ltd"], ["Engagement lead", "Gareth Price"]]
    rows += [["Client PM", pm], ["Period ending", ending]]
    _put(ws, 3, 1, rows)
    ws["B8"].number_format = "dd/mm/yyyy"
    rag = rng.choice(["Green", "Amber", "Red"])
    _put(ws, 10, 1, [["Overall RAG", rag]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", ending),
        ValueFact("project", 0, "overall_rag", rag),
    ]
    ws["A12"] = "Milestones"
    _put(ws, 13, 1, [["Milestone", "Baseline", "Forecast", "RAG"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2026, 1, 12))
    for i, name in enumerate(TENNIS_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        _put(ws, 14 + i, 1, [[name, base[i], fc, rng.choice(["Green", "Amber", "Red"])]])
        for c in (2, 3):
            ws.cell(14 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": ("status", None)}
    path = _save(wb, folder, "uk_tennis_booking_supplier_status")
    return Built(path, [_one("milestones", "Status", 13, targets, n)], values)


HELD_OUT_64: tuple[Layout, ...] = (
    Layout(
        "th_recycling_epc_raid_extract",
        "Thai EPC contractor's RAID extract for the client (own SEC- numbers, Party column)",
        th_recycling_epc_raid_extract,
    ),
    Layout(
        "ae_fire_alarm_subcontractor_issue_log",
        "Dubai fire alarm subcontractor's issue log (FA-IL-001, Raised By / Responsible)",
        ae_fire_alarm_subcontractor_issue_log,
    ),
    Layout(
        "be_podcast_studio_agency_risks",
        "Ghent AV agency's risk register (Low / Medium / High, dd.mm.yyyy text)",
        be_podcast_studio_agency_risks,
    ),
    Layout(
        "us_call_centre_transition_workbook",
        "Outsourcer's transition workbook: Assumptions and Dependencies sheets",
        us_call_centre_transition_workbook,
    ),
    Layout(
        "th_robotics_integrator_decision_log",
        "Robotics integrator's decision log (DL-01, Agreed by, Forum)",
        th_robotics_integrator_decision_log,
    ),
    Layout(
        "ca_ballet_school_vendor_defects",
        "Ticketing vendor's defect export as issues (S1..S4 severity, Assignee)",
        ca_ballet_school_vendor_defects,
    ),
    Layout(
        "ie_chess_consultancy_fee_tracker",
        "Consultancy fee tracker, Budget / Actual rows per workstream (EUR excl. VAT)",
        ie_chess_consultancy_fee_tracker,
    ),
    Layout(
        "jp_piano_tooling_monthly_cost",
        "Tooling supplier's actual cost, months down, work packages across (JPY)",
        jp_piano_tooling_monthly_cost,
    ),
    Layout(
        "ch_drone_hangar_contractor_cost_report",
        "Swiss contractor's long cost report (2026-03 text, Budget / Actual / Forecast CHF)",
        ch_drone_hangar_contractor_cost_report,
    ),
    Layout(
        "us_ice_arena_contractor_staffing",
        "Contractor staffing plan in person-days with day rates (mmm-yy cells)",
        us_ice_arena_contractor_staffing,
    ),
    Layout(
        "au_sailing_school_sow_milestones",
        "SOW payment milestones (Contract / Forecast / Actual date, Fee AUD ex GST)",
        au_sailing_school_sow_milestones,
    ),
    Layout(
        "uk_tennis_booking_supplier_status",
        "Supplier's fortnightly status pack (Client PM, Period ending, milestone RAG)",
        uk_tennis_booking_supplier_status,
    ),
)
