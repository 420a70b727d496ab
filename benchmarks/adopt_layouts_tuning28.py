"""The twenty-eighth tuning batch (``TUNING_28``, round 33): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is METHOD-TEMPLATE
WORKBOOKS: registers and trackers kept to a project method's templates (PRINCE2, APM, PMI /
PMBOK, MSP, a government stage-gate pack) as PMs fill and adapt them in Excel, in sectors
and countries no earlier batch's docstring names (a toll plaza, a weather radar network, a
hydrographic survey vessel, a parliament chamber's voting system, a salt-cavern hydrogen
store, an air traffic control tower, an embassy refurbishment, a tax office, in Liberia,
Sierra Leone, Honduras, Burkina Faso, Mauritania and Yemen). Every input cell is a value.

Registers:

- ``lr_toll_plaza_prince2_risks``: a Liberian toll plaza's PRINCE2 risk register: project
  and version rows, `Risk Identifier` R001.., `Author`, `Date Registered` date cells shown
  `dd/mm/yyyy`, `Risk Category` (standard words), `Risk Description`, `Probability` and
  `Impact` 1-5, a typed `Expected Value` (P x I), `Proximity` (standard words), `Risk
  Response Category` (standard words), `Risk Response`, `Risk Status`, `Risk Owner`,
  `Risk Actionee`.
- ``sl_weather_radar_prince2_issues``: a Sierra Leone weather radar network's PRINCE2
  issue register: `Issue Identifier` I-001.., `Issue Type` (Request for Change /
  Off-Specification / Problem / Concern), `Date Raised` date cells, `Raised By`, `Issue
  Report Author`, `Issue Description`, `Priority` (High / Medium / Low), `Severity` as
  the level that decides it (Project Manager / Project Board / Corporate), `Status`,
  `Closure Date` date cells for closed issues.
- ``hn_hydrographic_raid_log``: a Honduran hydrographic survey vessel's PMI-style RAID
  log on one sheet: `ID` R-001 / A-001 / I-001 / D-001, `Type` Risk / Assumption / Issue /
  Dependency, `Description`, `Owner`, `Date Raised` and `Due Date` date cells shown
  `dd-mmm-yy`, `Status` in each register's standard words.
- ``bf_parliament_apm_assumptions_decisions``: a Burkinabe parliament chamber voting
  system's APM workbook of two logs: `Assumption Log` (`Ref` A-001.., `Assumption`,
  `Owner`, `Date Raised`, `Validate By`, `Confidence` High / Medium / Low, `Status`) and
  `Decision Log` (`Ref` DL-01.., `Decision`, `Decided By`, `Date`, `Rationale`).
- ``mr_salt_cavern_msp_dependencies``: a Mauritanian hydrogen salt-cavern programme's MSP
  dependency register: `Dep ID` D-001.., `Dependency`, `Direction` Inbound / Outbound,
  `From / to project` names, `Owner`, `Needed By` / `Committed Date` date cells, `Status`.
- ``ye_atc_tower_pmbok_risks``: a Yemeni air traffic control tower's PMBOK risk register
  with qualitative scales: `Risk ID` R-001.., `Risk Statement`, `Category`, `Owner`,
  `Probability` on PMBOK's 0.1 / 0.3 / 0.5 / 0.7 / 0.9, `Impact` on 0.05 / 0.1 / 0.2 /
  0.4 / 0.8, a typed `P x I`, `Strategy` (Avoid / Transfer / Mitigate / Accept /
  Escalate), `Response Actions`, `Status` Open / Closed.

Trackers:

- ``lr_embassy_cost_baseline``: a Liberian embassy refurbishment's PMI cost baseline:
  `Cost Baseline (USD)` title, `WBS` codes 1.1.., `Work Package`, month date cells shown
  `mmm-yy` across, budget values, a `Monthly total` and a `Cumulative` row.
- ``sl_tax_office_stage_budget``: a Sierra Leone tax office's PRINCE2 stage budget
  tracker as one long table: `All figures in USD`, `Stage` words, `Month` date cells,
  `Cost Type` (Labour, Hardware, Training..), `Planned`, `Actual` (months closed), `Forecast`
  (later months), `Cost Tolerance` text `+/- 10%`.
- ``mr_hydrogen_programme_financials``: the Mauritanian hydrogen programme's MSP
  financial summary: `Currency: EUR`, `Project`, `Measure` Budget / Actual / Forecast,
  month date cells shown `mmm-yy` across (Actual for closed months, Forecast for later).
- ``lr_toll_plaza_resource_plan``: the Liberian toll plaza's resource plan in days:
  `Role`, `Name`, `Organisation`, month date cells shown `mmm-yy`, days, a `Total` column.
- ``hn_hydrographic_gate_plan``: the Honduran survey vessel's stage-gate milestone plan:
  `Gate` (Gate 0 .. Gate 5), `Milestone / decision point`, `Owner`, `Baseline` /
  `Forecast` / `Actual` date cells shown `d-mmm-yy`, `Status` standard words.
- ``sl_weather_radar_highlight_report``: the radar network's PRINCE2 highlight report:
  label / value rows `Project Name`, `Project Manager`, `Executive`, `Stage`, `Report
  Date` (a date cell), `Period Covered` text, `Overall Status`, `Time` / `Cost` / `Scope`
  RAG words, then `Products and milestones` (`Product / milestone`, `Planned` /
  `Forecast` date cells, `Status`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the PMBOK register's `Impact` on 0.05 / 0.1 / 0.2 / 0.4 / 0.8 (the scale's rank, 1-5, or
  the percentage by the standards' `percent_bands`, which give 1, 1, 2, 3, 5): mapped to
  the impact or left out, no value fact; its `Probability` 0.1 .. 0.9 gives 1 .. 5 by
  rank and by the bands alike, so a fact; its `Strategy` (PMBOK's Mitigate and Escalate
  are not the standard's words): mapped to the response type or left out, no fact; its
  typed `P x I`: left out;
- PRINCE2's `Expected Value` (P x I typed here, a money figure in PRINCE2's own guide):
  mapped to the score or left out, no fact;
- PRINCE2's issue `Severity` as the level that decides it (Project Manager / Project
  Board / Corporate, read as an escalation level or as no field): no fact; `Raised By`
  and `Issue Report Author` (neither owns the issue): no fact, left out; `Closure Date`
  is the closed date;
- the risk register's `Risk Owner` is the owner, `Risk Actionee` and `Author` left out;
  `R001` (no standard shape): no id fact; R-001 / I-001 / A-001 / D-001 / M-001 are id
  facts; DL-01: no id fact;
- the highlight report's `Executive` (the PRINCE2 role nearest a sponsor, or no field),
  `Stage` (`Stage 2 - Installation`, not a standard stage word) and `Period Covered`
  (a range): no fact; `Time` is the schedule RAG, `Cost` and `Scope` their RAGs;
- the MSP register's `From / to project` (a project name, not an id): no fact;
- the stage budget's `Cost Tolerance` and `Stage` columns: left out; the cost baseline's
  `WBS` codes: left out, `Monthly total` / `Cumulative` rows are no cost lines;
- resource plans: counts only, no value facts (as earlier batches); `Total` is no month.
- audit (round 33, task k61): the gate plan's `Gate` column (`Gate 0` .. `Gate 5`, every row
  a gate) gives each milestone the standard's `Y` (SPEC's Gate is Y/N); the first draft had
  the gate's name. Totals unchanged (the same facts, the Y/N value).

Readings used: every date is a date cell (what it holds); the RAID log's `Due Date` is a
risk's or issue's due date, an assumption's validate-by and a dependency's need-by, and a
dependency has no raised date. Written and checked for internal consistency only
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

TOLL_RISKS = [
    ("Transponder supplier cannot ship before the rainy season", "Third Party"),
    ("Cash handling procedure not agreed with the Central Bank", "Legal"),
    ("Grid supply at the plaza too unstable for the lane equipment", "Technical"),
    ("Staff not trained before the toll go-live date", "People"),
    ("Road authority changes the tariff schedule late", "Scope"),
    ("Canopy steel delayed at the Freeport of Monrovia", "Schedule"),
    ("Revenue leakage through manual exemption passes", "Financial"),
]
TOLL_RESPONSES = {
    "Reduce": "Weekly expediting call and a second shipper",
    "Avoid": "Drop the item from this stage's scope",
    "Transfer": "Move the risk to the civil works contractor",
    "Accept": "Hold in the stage contingency",
}
TOLL_PEOPLE = ["Joseph Kollie", "Comfort Doe", "Emmanuel Sirleaf", "Martha Tweh"]
PROXIMITY = ["Imminent", "Within 1 month", "1-3 months", "3-6 months", "Over 6 months"]


def lr_toll_plaza_prince2_risks(folder: Path, rng: random.Random) -> Built:
    """A Liberian toll plaza's PRINCE2 risk register (R001 ids, typed Expected Value)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Risk Register"
    ws["A2"] = "Project: Gbarnga Road Toll Plaza"
    ws["A3"] = "Version: 1.4"
    head = ["Risk Identifier", "Author", "Date Registered", "Risk Category"]
    head += ["Risk Description", "Probability", "Impact", "Expected Value", "Proximity"]
    head += ["Risk Response Category", "Risk Response", "Risk Status", "Risk Owner"]
    head += ["Risk Actionee"]
    _put(ws, 5, 1, [head])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(TOLL_RISKS, n)):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        kind = rng.choice(list(TOLL_RESPONSES))
        prox, st = rng.choice(PROXIMITY), rng.choice(["Open", "Open", "Closed"])
        owner, actionee = rng.sample(TOLL_PEOPLE, 2)
        cells: list[object] = [f"R{i + 1:03d}", "Joseph Kollie", raised[i], cat, text, p]
        cells += [imp, p * imp, prox, kind, TOLL_RESPONSES[kind], st, owner, actionee]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 3).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "proximity", prox),
            ValueFact("risks", i, "response_type", kind),
            ValueFact("risks", i, "response", TOLL_RESPONSES[kind]),
            ValueFact("risks", i, "status", st),
            ValueFact("risks", i, "owner", owner),
        ]
    targets: Targets = _cols("A", [("id", None), None, "raised_date", "category", "title"])
    targets |= _cols("F", ["probability", "impact", ("score", None), "proximity"])
    targets |= _cols("J", ["response_type", "response", "status", "owner", None])
    path = _save(wb, folder, "lr_toll_plaza_prince2_risks")
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


RADAR_ISSUES = [
    ("Request for Change", "Add a second radome colour for the airport site"),
    ("Off-Specification", "Lungi tower foundation bolts 20 mm out of position"),
    ("Problem", "Satellite link to the Freetown hub drops at night"),
    ("Concern", "Met staff rota leaves the Bo site unattended"),
    ("Request for Change", "Move the Kenema radar to the ridge site"),
    ("Problem", "Generator at Makeni fails the load test"),
    ("Off-Specification", "Radar calibration report missing the sun check"),
]
RADAR_PEOPLE = ["Fatmata Kamara", "Ibrahim Sesay", "Aminata Conteh", "Mohamed Bangura"]
RADAR_LEVELS = ["Project Manager", "Project Board", "Corporate"]
ISSUE_STATUS = ["Open", "In Progress", "Resolved", "Closed"]


def sl_weather_radar_prince2_issues(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone weather radar network's PRINCE2 issue register (issue types, Raised
    By and Issue Report Author, Severity as the deciding level, Closure Date)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Register")
    ws["A1"] = "National Weather Radar Network - Issue Register"
    head = ["Issue Identifier", "Issue Type", "Date Raised", "Raised By"]
    head += ["Issue Report Author", "Issue Description", "Priority", "Severity", "Status"]
    head += ["Closure Date"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (kind, text) in enumerate(rng.sample(RADAR_ISSUES, n)):
        by, author = rng.choice(RADAR_PEOPLE), "Ibrahim Sesay"
        prio, st = rng.choice(["High", "Medium", "Low"]), rng.choice(ISSUE_STATUS)
        closed = raised[i] + timedelta(days=rng.randint(5, 30)) if st == "Closed" else None
        cells: list[object] = [f"I-{i + 1:03d}", kind, raised[i], by, author, text, prio]
        cells += [rng.choice(RADAR_LEVELS), st, closed]
        _put(ws, 4 + i, 1, [cells])
        for c in (3, 10):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "type", kind),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "status", st),
        ]
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    targets: Targets = _cols("A", ["id", "type", "raised_date", None, None, "title"])
    targets |= _cols("G", ["priority", ("escalation_level", None), "status", "closed_date"])
    path = _save(wb, folder, "sl_weather_radar_prince2_issues")
    return Built(path, [_one("issues", "Issue Register", 3, targets, n)], values)


SURVEY_RAID = {
    "R": ["Multibeam sonar delivery slips past the dry season", "Crew lacks IHO Cat B staff"],
    "A": ["Navy grants access to the Gulf of Fonseca", "Tide gauges at La Ceiba stay online"],
    "I": ["Hull transducer well leaks at sea trials", "Survey licence renewal refused"],
    "D": ["Satellite positioning service from the regional hub", "Chart datum from INETER"],
}
SURVEY_STATUS = {
    "R": ["Open", "Closed"],
    "A": ["Open", "Validated"],
    "I": ["Open", "In Progress", "Closed"],
    "D": ["Open", "On Track", "Delivered"],
}
SURVEY_PEOPLE = ["Carlos Zelaya", "Ana Maradiaga", "Luis Funes"]
_REG = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
_WORD = {"R": "Risk", "A": "Assumption", "I": "Issue", "D": "Dependency"}
_DUE = {"R": "due_date", "A": "validate_by", "I": "due_date", "D": "need_by"}


def hn_hydrographic_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Honduran hydrographic survey vessel's RAID log on one sheet (type-prefixed ids,
    `Date Raised` / `Due Date` date cells shown `dd-mmm-yy`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "Hydrographic Survey Vessel Refit - RAID Log"
    head = ["ID", "Type", "Description", "Owner", "Date Raised", "Due Date", "Status"]
    _put(ws, 3, 1, [head])
    kinds = [k for k in "RAID" for _ in range(rng.randint(1, 2))]
    rng.shuffle(kinds)
    raised = _days(rng, len(kinds), date(2026, 1, 5))
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    for r, k in enumerate(kinds):
        reg = _REG[k]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        text, who = SURVEY_RAID[k][i], rng.choice(SURVEY_PEOPLE)
        due, st = raised[r] + timedelta(days=rng.randint(14, 60)), rng.choice(SURVEY_STATUS[k])
        _put(ws, 4 + r, 1, [[f"{k}-{i + 1:03d}", _WORD[k], text, who, raised[r], due, st]])
        for c in (5, 6):
            ws.cell(4 + r, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact(reg, i, "id", f"{k}-{i + 1:03d}"),
            ValueFact(reg, i, "assumption" if k == "A" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, _DUE[k], due),
            ValueFact(reg, i, "status", st),
        ]
        if k != "D":
            values.append(ValueFact(reg, i, "raised_date", raised[r]))
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), ("due_date", "validate_by", "need_by")])
    targets |= {"G": "status"}
    path = _save(wb, folder, "hn_hydrographic_raid_log")
    return Built(path, [TruthTable("RAID Log", 3, "raid", targets, counts)], values)


CHAMBER_ASSUMPTIONS = [
    "Members' ID cards can carry the voting credential",
    "The chamber is closed for works during the August recess",
    "The electoral commission accepts the audit trail format",
    "Simultaneous interpretation feeds use the existing cabling",
    "The Speaker's office signs off the seat plan by March",
]
CHAMBER_DECISIONS = [
    ("Use fixed consoles, not tablets", "Bureau of the Assembly", "Tablets fail the audit"),
    ("Keep a show-of-hands fallback", "Secretary General", "Continuity if power fails"),
    ("Host the servers on site", "Project Board", "Sovereignty of vote data"),
    ("Procure through an open tender", "Project Board", "Donor procurement rules"),
]
CHAMBER_PEOPLE = ["Adama Ouedraogo", "Salimata Kabore", "Issa Sawadogo"]


def bf_parliament_apm_assumptions_decisions(folder: Path, rng: random.Random) -> Built:
    """A Burkinabe parliament voting system's APM workbook: `Assumption Log` and `Decision
    Log` sheets, date cells shown `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumption Log")
    ws["A1"] = "Chamber Electronic Voting System - Assumption Log"
    head = ["Ref", "Assumption", "Owner", "Date Raised", "Validate By", "Confidence"]
    _put(ws, 3, 1, [[*head, "Status"]])
    n = rng.randint(3, 5)
    raised = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CHAMBER_ASSUMPTIONS, n)):
        who, conf = rng.choice(CHAMBER_PEOPLE), rng.choice(["High", "Medium", "Low"])
        by, st = raised[i] + timedelta(days=rng.randint(20, 70)), rng.choice(["Open", "Validated"])
        _put(ws, 4 + i, 1, [[f"A-{i + 1:03d}", text, who, raised[i], by, conf, st]])
        for c in (4, 5):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "raised_date", raised[i]),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "confidence", conf),
            ValueFact("assumptions", i, "status", st),
        ]
    a_targets: Targets = _cols("A", ["id", "assumption", "owner", "raised_date"])
    a_targets |= _cols("E", ["validate_by", "confidence", "status"])
    wd = wb.create_sheet("Decision Log")
    wd["A1"] = "Chamber Electronic Voting System - Decision Log"
    _put(wd, 3, 1, [["Ref", "Decision", "Decided By", "Date", "Rationale"]])
    m = rng.randint(2, 4)
    when = _days(rng, m, date(2026, 1, 5))
    for i, (text, by, why) in enumerate(rng.sample(CHAMBER_DECISIONS, m)):
        _put(wd, 4 + i, 1, [[f"DL-{i + 1:02d}", text, by, when[i], why]])
        wd.cell(4 + i, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", by),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "rationale", why),
        ]
    d_targets: Targets = _cols("A", [("id", None), "decision", "made_by", "date", "rationale"])
    path = _save(wb, folder, "bf_parliament_apm_assumptions_decisions")
    tables = [
        _one("assumptions", "Assumption Log", 3, a_targets, n),
        _one("decisions", "Decision Log", 3, d_targets, m),
    ]
    return Built(path, tables, values)


CAVERN_DEPS = [
    ("Brine disposal permit from the environment ministry", "Inbound", "Permits project"),
    ("Electrolyser output forecast for cavern sizing", "Inbound", "Electrolyser project"),
    ("Cavern pressure envelope to the pipeline design", "Outbound", "Export pipeline"),
    ("Seismic survey data for the salt dome", "Inbound", "Geoscience project"),
    ("Storage availability dates to the port offtake", "Outbound", "Port offtake"),
]
CAVERN_PEOPLE = ["Mohamed Ould Ahmed", "Aicha Mint Sidi", "Cheikh Ould Baba"]
DEP_STATUS = ["Open", "On Track", "At Risk", "Late", "Delivered"]


def mr_salt_cavern_msp_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Mauritanian hydrogen salt-cavern programme's MSP dependency register."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Nouadhibou Hydrogen Programme - Dependency Register"
    head = ["Dep ID", "Dependency", "Direction", "From / to project", "Owner", "Needed By"]
    _put(ws, 3, 1, [[*head, "Committed Date", "Status"]])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, way, proj) in enumerate(rng.sample(CAVERN_DEPS, n)):
        who, st = rng.choice(CAVERN_PEOPLE), rng.choice(DEP_STATUS)
        committed = need[i] + timedelta(days=rng.choice([-10, 0, 0, 14, 30]))
        _put(ws, 4 + i, 1, [[f"D-{i + 1:03d}", text, way, proj, who, need[i], committed, st]])
        for c in (6, 7):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", "direction"])
    targets |= _cols("D", [("counterparty_project_id", None), "owner", "need_by"])
    targets |= {"G": "committed_date", "H": "status"}
    path = _save(wb, folder, "mr_salt_cavern_msp_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


ATC_RISKS = [
    ("Radar data feed from the en-route centre not certified", "Technical"),
    ("Controller rating courses abroad delayed by visas", "People"),
    ("Tower cab glazing fails the glare test", "Technical"),
    ("Frequency licences not reissued by the regulator", "Legal"),
    ("Donor disbursement held pending the audit", "Financial"),
    ("Import clearance of the voice switch at Aden port", "Third Party"),
]
ATC_PEOPLE = ["Ahmed Al-Saqqaf", "Nabila Haidar", "Khaled Ba-Wazir"]
PMBOK_P = [0.1, 0.3, 0.5, 0.7, 0.9]
PMBOK_I = [0.05, 0.1, 0.2, 0.4, 0.8]
ATC_STRATEGY = {
    "Avoid": "Change the design to remove the cause",
    "Transfer": "Place the risk with the systems integrator",
    "Mitigate": "Early testing with the supplier",
    "Accept": "Watch at the monthly risk review",
    "Escalate": "Refer to the programme board",
}


def ye_atc_tower_pmbok_risks(folder: Path, rng: random.Random) -> Built:
    """A Yemeni air traffic control tower's PMBOK risk register: probability 0.1 .. 0.9,
    impact 0.05 .. 0.8, typed `P x I`, PMBOK strategy words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Aden ATC Tower Replacement - Risk Register"
    ws["A2"] = "Probability / impact scales per the PMBOK matrix (0.05 - 0.9)"
    head = ["Risk ID", "Risk Statement", "Category", "Owner", "Probability", "Impact"]
    head += ["P x I", "Strategy", "Response Actions", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(ATC_RISKS, n)):
        pi, ii = rng.randrange(5), rng.randrange(5)
        strat, who = rng.choice(list(ATC_STRATEGY)), rng.choice(ATC_PEOPLE)
        st = rng.choice(["Open", "Open", "Closed"])
        p, imp = PMBOK_P[pi], PMBOK_I[ii]
        cells: list[object] = [f"R-{i + 1:03d}", text, cat, who, p, imp, round(p * imp, 3)]
        cells += [strat, ATC_STRATEGY[strat], st]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", pi + 1),
            ValueFact("risks", i, "response", ATC_STRATEGY[strat]),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", "category", "owner", "probability"])
    targets |= _cols("F", [("impact", None), None, ("response_type", None), "response"])
    targets |= {"J": "status"}
    path = _save(wb, folder, "ye_atc_tower_pmbok_risks")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

EMBASSY_PACKAGES = [
    ("1.1", "Design and surveys"),
    ("1.2", "Strip-out and asbestos removal"),
    ("2.1", "Security envelope"),
    ("2.2", "Mechanical and electrical"),
    ("3.1", "Fit-out and furniture"),
]


def lr_embassy_cost_baseline(folder: Path, rng: random.Random) -> Built:
    """A Liberian embassy refurbishment's PMI cost baseline: WBS codes, work packages down,
    month date cells across, `Monthly total` and `Cumulative` rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Baseline")
    ws["A1"] = "Chancery Refurbishment, Monrovia - Cost Baseline (USD)"
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(5, 7))
    _put(ws, 3, 1, [["WBS", "Work Package", *months]])
    for c in range(3, 3 + len(months)):
        ws.cell(3, c).number_format = "mmm-yy"
    packages = rng.sample(EMBASSY_PACKAGES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    totals = [0.0] * len(months)
    for r, (wbs, name) in enumerate(packages):
        row: list[object] = [wbs, name]
        for m, month in enumerate(months):
            amount = rng.randrange(4, 80) * 500.0
            row.append(amount)
            totals[m] += amount
            values.append(ValueFact("finance", (month, name), "budget", amount))
        _put(ws, 4 + r, 1, [row])
    cumulative = [sum(totals[: m + 1]) for m in range(len(months))]
    _put(ws, 4 + len(packages), 2, [["Monthly total", *totals], ["Cumulative", *cumulative]])
    table = TruthTable("Cost Baseline", 3, "finance", {"A": None, "B": "cost_line"},
                       {"finance": len(months) * len(packages)})  # fmt: skip
    return Built(_save(wb, folder, "lr_embassy_cost_baseline"), [table], values)


TAX_COST_TYPES = ["Labour", "Contractors", "Hardware", "Software", "Training"]


def sl_tax_office_stage_budget(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone tax office's PRINCE2 stage budget tracker: months down, `Planned` /
    `Actual` / `Forecast`, a `Cost Tolerance` column, `All figures in USD`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Stage Budget")
    ws["A1"] = "Integrated Tax Administration System - Stage Budget Tracker"
    ws["A2"] = "All figures in USD"
    head = ["Stage", "Month", "Cost Type", "Planned", "Actual", "Forecast", "Cost Tolerance"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    types = rng.sample(TAX_COST_TYPES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for m, month in enumerate(months):
        stage = "Stage 2 - Build" if m < 3 else "Stage 3 - Rollout"
        for kind in types:
            planned = rng.randrange(20, 300) * 100.0
            values.append(ValueFact("finance", (month, kind), "budget", planned))
            if m < closed:
                actual = round(planned * rng.uniform(0.8, 1.2), -1)
                cells: list[object] = [stage, month, kind, planned, actual, None, "+/- 10%"]
                values.append(ValueFact("finance", (month, kind), "actual", actual))
            else:
                fc = round(planned * rng.uniform(0.9, 1.15), -1)
                cells = [stage, month, kind, planned, None, fc, "+/- 10%"]
                values.append(ValueFact("finance", (month, kind), "forecast", fc))
            _put(ws, row, 1, [cells])
            ws.cell(row, 2).number_format = "mmm yyyy"
            row += 1
    targets: Targets = _cols("A", [None, "month", "cost_line", "budget"])
    targets |= _cols("E", ["actual", "forecast", None])
    table = TruthTable("Stage Budget", 4, "finance", targets,
                       {"finance": len(months) * len(types)})  # fmt: skip
    return Built(_save(wb, folder, "sl_tax_office_stage_budget"), [table], values)


HYDROGEN_PROJECTS = ["Electrolyser plant", "Salt cavern storage", "Export pipeline"]
HYDROGEN_PROJECTS += ["Port offtake", "Permits and community"]


def mr_hydrogen_programme_financials(folder: Path, rng: random.Random) -> Built:
    """The Mauritanian hydrogen programme's MSP financial summary: `Project` and `Measure`
    (Budget / Actual / Forecast) down, month date cells across, `Currency: EUR`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Programme Financials")
    ws["A1"] = "Nouadhibou Hydrogen Programme - Financial Summary"
    ws["A2"] = "Currency: EUR"
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 4)
    _put(ws, 4, 1, [["Project", "Measure", *months]])
    for c in range(3, 9):
        ws.cell(4, c).number_format = "mmm-yy"
    projects = rng.sample(HYDROGEN_PROJECTS, rng.randint(2, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for proj in projects:
        budget = [rng.randrange(50, 900) * 1000.0 for _ in months]
        actual = [round(b * rng.uniform(0.7, 1.2), -3) for b in budget[:closed]]
        fc = [round(b * rng.uniform(0.9, 1.2), -3) for b in budget[closed:]]
        _put(ws, row, 1, [[proj, "Budget", *budget], [proj, "Actual", *actual]])
        _put(ws, row + 2, 1, [[proj, "Forecast"]])
        _put(ws, row + 2, 3 + closed, [fc])
        row += 3
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, proj), "budget", budget[m]))
            if m < closed:
                values.append(ValueFact("finance", (month, proj), "actual", actual[m]))
            else:
                values.append(ValueFact("finance", (month, proj), "forecast", fc[m - closed]))
    table = TruthTable("Programme Financials", 4, "finance",
                       {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(projects)})  # fmt: skip
    return Built(_save(wb, folder, "mr_hydrogen_programme_financials"), [table], values)


TOLL_TEAM = [
    ("Project Manager", "Comfort Doe", "Ministry of Public Works"),
    ("Toll Systems Engineer", "Emmanuel Sirleaf", "Contractor"),
    ("Civil Engineer", "Martha Tweh", "Ministry of Public Works"),
    ("Revenue Officer", "Samuel Flomo", "Liberia Revenue Authority"),
    ("Trainer", "Grace Kpoto", "Contractor"),
]


def lr_toll_plaza_resource_plan(folder: Path, rng: random.Random) -> Built:
    """The Liberian toll plaza's resource plan in days per month, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Gbarnga Road Toll Plaza - Resource Plan (days)"
    months = _months(date(2026, rng.randint(2, 5), 1), 6)
    _put(ws, 3, 1, [["Role", "Name", "Organisation", *months, "Total"]])
    for c in range(4, 10):
        ws.cell(3, c).number_format = "mmm-yy"
    team = rng.sample(TOLL_TEAM, rng.randint(3, 5))
    count = 0
    for r, (role, name, org) in enumerate(team):
        days = [rng.choice([0, 2, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[role, name, org, *[d or None for d in days], sum(days)]])
    table = TruthTable("Resource Plan", 3, "resources", {"A": "role", "B": "person", "C": None},
                       {"resources": count})  # fmt: skip
    return Built(_save(wb, folder, "lr_toll_plaza_resource_plan"), [table], [])


VESSEL_GATES = [
    ("Gate 0", "Strategic assessment approved"),
    ("Gate 1", "Business justification approved"),
    ("Gate 2", "Refit contract awarded"),
    ("Gate 3", "Sea trials passed"),
    ("Gate 4", "Vessel accepted into service"),
    ("Gate 5", "Benefits review held"),
]
VESSEL_PEOPLE = ["Carlos Zelaya", "Ana Maradiaga", "Roberto Paz"]


def hn_hydrographic_gate_plan(folder: Path, rng: random.Random) -> Built:
    """The Honduran survey vessel's stage-gate milestone plan: `Gate`, date cells shown
    `d-mmm-yy`, standard status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Gate Plan")
    ws["A1"] = "Hydrographic Survey Vessel Refit - Stage Gate Plan"
    head = ["Gate", "Milestone / decision point", "Owner", "Baseline", "Forecast", "Actual"]
    _put(ws, 3, 1, [[*head, "Status"]])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, (gate, name) in enumerate(VESSEL_GATES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 30]))
        actual = fc if i < done else None
        st = "Complete" if actual else rng.choice(["Not Started", "In Progress", "At Risk"])
        who = rng.choice(VESSEL_PEOPLE)
        _put(ws, 4 + i, 1, [[gate, name, who, base[i], fc, actual, st]])
        for c in (4, 5, 6):
            ws.cell(4 + i, c).number_format = "d-mmm-yy"
        values += [
            # audit (round 33, k61): every row IS a gate (`Gate 0` .. `Gate 5`, each a
            # decision point), so its gate is the standard's `Y` (SPEC: `Gate (Y/N)`), as the
            # fifteenth tuning batch's `Stage gate` and the pharma gate plan read it; the
            # writer's first draft had the gate's name
            ValueFact("milestones", i, "gate", "Y"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", ["gate", "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    path = _save(wb, folder, "hn_hydrographic_gate_plan")
    return Built(path, [_one("milestones", "Gate Plan", 3, targets, n)], values)


RADAR_PRODUCTS = [
    "Site acceptance at Lungi",
    "Bo radar commissioned",
    "Data hub live in Freetown",
    "Forecaster training complete",
    "Handover to the Meteorological Agency",
]


def sl_weather_radar_highlight_report(folder: Path, rng: random.Random) -> Built:
    """The radar network's PRINCE2 highlight report: label / value rows, Time / Cost /
    Scope RAGs, a products and milestones table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Highlight Report")
    project, pm = "National Weather Radar Network", "Ibrahim Sesay"
    report = date(2026, rng.randint(2, 6), rng.choice([6, 13, 27]))
    ws["A1"] = "HIGHLIGHT REPORT"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    rows: list[list[object]] = [["Project Name", project], ["Project Manager", pm]]
    rows += [["Executive", "Dr Kelfala Kallon"], ["Stage", "Stage 2 - Installation"]]
    rows += [
        ["Report Date", report],
        ["Period Covered", f"{report - timedelta(days=27):%d/%m/%Y} - {report:%d/%m/%Y}"],
    ]
    rows += [["Overall Status", rags[0]], ["Time", rags[1]], ["Cost", rags[2]]]
    rows += [["Scope", rags[3]]]
    _put(ws, 3, 1, rows)
    ws["B7"].number_format = "dd/mm/yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
    ]
    ws["A15"] = "Products and milestones"
    _put(ws, 16, 1, [["Product / milestone", "Planned", "Forecast", "Status"]])
    n = rng.randint(3, 5)
    base = _days(rng, n, date(2026, 1, 12))
    for i, name in enumerate(RADAR_PRODUCTS[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 21]))
        st = rng.choice(["Not Started", "In Progress", "At Risk", "Late"])
        _put(ws, 17 + i, 1, [[name, base[i], fc, st]])
        for c in (2, 3):
            ws.cell(17 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "status"])
    path = _save(wb, folder, "sl_weather_radar_highlight_report")
    return Built(path, [_one("milestones", "Highlight Report", 16, targets, n)], values)


TUNING_28: tuple[Layout, ...] = (
    Layout("lr_toll_plaza_prince2_risks",
           "Liberian toll plaza PRINCE2 risk register (proximity, actionee, expected value)",
           lr_toll_plaza_prince2_risks),
    Layout("sl_weather_radar_prince2_issues",
           "Sierra Leone weather radar PRINCE2 issue register (issue types, severity level)",
           sl_weather_radar_prince2_issues),
    Layout("hn_hydrographic_raid_log",
           "Honduran hydrographic vessel PMI RAID log on one sheet",
           hn_hydrographic_raid_log),
    Layout("bf_parliament_apm_assumptions_decisions",
           "Burkinabe parliament voting system APM assumption and decision logs",
           bf_parliament_apm_assumptions_decisions),
    Layout("mr_salt_cavern_msp_dependencies",
           "Mauritanian hydrogen salt cavern MSP dependency register",
           mr_salt_cavern_msp_dependencies),
    Layout("ye_atc_tower_pmbok_risks",
           "Yemeni ATC tower PMBOK risk register (0.1-0.9 probability, 0.05-0.8 impact)",
           ye_atc_tower_pmbok_risks),
    Layout("lr_embassy_cost_baseline",
           "Liberian embassy PMI cost baseline (WBS, months across, cumulative row)",
           lr_embassy_cost_baseline),
    Layout("sl_tax_office_stage_budget",
           "Sierra Leone tax office PRINCE2 stage budget (planned / actual / forecast)",
           sl_tax_office_stage_budget),
    Layout("mr_hydrogen_programme_financials",
           "Mauritanian hydrogen MSP programme financials (measure rows, months across)",
           mr_hydrogen_programme_financials),
    Layout("lr_toll_plaza_resource_plan",
           "Liberian toll plaza resource plan in days (organisation, total column)",
           lr_toll_plaza_resource_plan),
    Layout("hn_hydrographic_gate_plan",
           "Honduran survey vessel stage-gate plan (Gate 0-5, baseline / forecast / actual)",
           hn_hydrographic_gate_plan),
    Layout("sl_weather_radar_highlight_report",
           "Sierra Leone weather radar PRINCE2 highlight report (time / cost / scope RAGs)",
           sl_weather_radar_highlight_report),
)  # fmt: skip
