"""The thirty-fourth held-out batch (``HELD_OUT_34``, issue 15 round 25): twelve seeded
layouts of THE ISSUE'S NAMED PATTERNS with ground truth, each in a fresh workbook a PMO could
really receive, written by an engineer who does not tune adoption and who read neither the
adoption code (``addin/adopt/``) nor any batch's misses or scores. In English (the UK,
Ireland, the US, Canada, Australia, New Zealand), in sectors no earlier batch's docstring
names (a blood service, a satellite ground station, a prison, a lifeboat station, a census
office, a seed bank, an electoral commission, an ice arena, a plantation nursery, a
wastewater plant, a golf club, a weather service). Most combine two or three patterns.

Registers (three mixed RAID tables):

- ``blood_service_raid_upper_case``: UPPER_CASE headers (`RAID_REF`, `RAID_CAT`,
  `SHORT_DESC`, `ACTION_OWNER`, `DATE_LOGGED`, `TARGET_DT`, `PROB`, `IMPACT_SEV`,
  `OTHER_PARTY`, `CURRENT_STATUS`, `LAST_UPD`), a mixed RAID table typed `Risk` / `Issue` /
  `Assump.` / `Dep.`, refs per type (`RSK-01`, `ASM-02`), `OPEN` / `CLOSED`, dd/mm/yyyy
  text dates, one title cell `Programme: ...    Project: ...    Project Manager: ...
  Sponsor: ...`.
- ``ground_station_raidd_two_row``: a RAIDD log with two-row headers (`Item` over `Ref |
  Type | Description`, `People` over `Raised by | Owner`, `Dates` over `Logged | Target |
  Closed`, `Rating (1-5)` over `Likelihood | Impact / Sev.`, `Status` merged down), types
  `R` / `A` / `I` / `Dep` / `Dec`, date cells, running refs `GS-001`.
- ``prison_risks_camel_case``: a low-code app's export with camelCase headers (`riskId`
  RSK-0012, `likelihoodPct` percent cells, `impactRating` Minimal..Severe words,
  `responseStrategy` Mitigate / Accept / Transfer / Avoid, `identifiedOn` /
  `targetResolutionDate` as US `03/14/2026` text, `lastModified` date-times, `createdBy`).
- ``lifeboat_issue_log_abbreviations``: abbreviations with and without dots (`Ref`, `Issue
  Desc.`, `Own.`, `Pri.` H / M / L, `Sev` 1-5, `Dt Raised`, `Tgt`, `Resolved`, `Stat.`,
  `Res. Notes`), `ISS/004` refs, dates typed `14-Mar-26`, a one-cell title block with
  `Proj. Mgr:`.
- ``census_dependency_log_abbreviations``: `Dep. ID`, `In/Out` (In / Out), `Counterparty
  Proj.`, `Dlvrbl`, `Our Owner` / `Their Owner`, `Req'd By`, `Commit. Dt`, `Upd.`, day-first
  text dates without leading zeros (`14/9/26`).
- ``seed_bank_decision_log_pipes``: a title cell of four fields split by pipes
  (`Programme: ... | Project: ... | PM: ... | Sponsor: ...`), `DecisionNo` DN-01, `What was
  decided`, `Options considered`, `Decided By`, `Date Agreed` typed `3rd March 2026`, `Why`,
  `Linked Ref.`.
- ``electoral_commission_raid_register``: a mixed RAID table whose `R/A/I/D` column holds
  words in any case (`Risk`, `issue`, `ASSUMPTION`), `Target Date` (due / validate-by /
  need-by), `Rating` E / H / M / L read by the sheet's own key in row 2 (`E = 5 (Extreme)
  H = 4  M = 3  L = 2`: a risk's impact, an issue's severity), `Priority` (issues only),
  `Confidence` (assumptions only), `Other Project` (dependencies only), `#` row numbers.

Trackers:

- ``ice_rink_finance_two_row_fiscal``: `Budget` / `Actual` / `Forecast` merged over text
  months `Apr '26` .. `Sep '26`, `GL Code` and `Line Item` merged down both header rows, a
  one-cell title block (`Department: ...    PM: ...    Fiscal Year: April 2026 - March 2027
  Currency: CAD`); actuals for three months.
- ``forestry_finance_fiscal_period_measures``: `FY27 P01` .. `FY27 P08` across with the
  fiscal year said in a cell (`FY27 = 1 July 2026 to 30 June 2027`), three rows per activity
  with `Meas.` `Bud` / `Act` / `Fcst`, `YTD` and `Full Yr` columns, `(A$)`.
- ``wastewater_resource_plan_two_row``: `Resource` merged over `Name | Role | Employer`,
  `Planned days per month` merged over text months `Jan-2026` .., `Total days` merged down.
- ``golf_club_milestones_snake_case``: snake_case export (`milestone_id` MS-101, `is_gate`
  TRUE / FALSE, `baseline_finish` / `forecast_finish` / `actual_finish` as US `3/14/26`
  text, `status_code` `not_started` / `in_progress` / `at_risk` / `late` / `complete`,
  `pct_complete`).
- ``weather_radar_bva_sheets_month_forms``: a sheet per measure kept by different people:
  `Budget 26-27` (`Apr-26` text months), `Actuals` (`April 2026`, lines in another order,
  three months), `Forecast` (`2026/04`); `£` in each title.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the electoral register's `Rating` is read by the sheet's own key (L = 2, H = 4), not by
  a three-level default (1 / 3 / 5), for an issue's severity; a risk's (round 25's audit)
  is its impact by the key or its overall level (Extreme / High / Medium / Low), so no
  risk fact and the column impact, severity, rating or left out; its `#` row numbers: an
  ID or nothing, no id fact;
- a dependency's one target-date column in the three mixed logs (`TARGET_DT`, `Target`,
  `Target Date`): need-by or committed, no fact (round 25's audit, as earlier audits);
- the ground station's decisions: `Owner` (the decision's maker, or its action owner) and
  `Logged` (the date decided, or only recorded): no `made_by` / `date` facts, the columns
  mapped to either meaning; `Raised by` left out; `GS-014` running refs across all types:
  no id fact (the number kept or the item renumbered per register); `Agreed` on a decision:
  no status field;
- the prison's `Mitigate` read as the standard's `Reduce` (the other three are list words);
  its percent cells by the standard's percent bands (5% 1, 20% 2, 40% 3, 60% 4, 85% 5);
  `RSK-0012` as R-012 (the standard's letter keeps the number, as earlier batches read
  `PMO-100` and `MS-01`); `lastModified` date-times as their dates;
- the golf club's `MS-101` as M-101 (the same reading); `pct_complete` left out; `TRUE` /
  `FALSE` gates as Y / N;
- the arena's `PM` is the project manager; the department is no portfolio (no fact); `GL
  Code` left out; the fiscal year has no field (its months are the facts);
- the blood service's `RSK-01` / `ASM-02` / `DEP-01` numbered per type: R-001, A-002, D-001;
  `OPEN` / `CLOSED` as Open / Closed; a dependency's `DATE_LOGGED`: no field (no fact);
- the seed bank's `Options considered`: left out (not the rationale: `Why` is); `Linked
  Ref.` (`R-008`): the linked IDs (round 25's audit; the writer had no fact); `DN-01` as DC-001 (numbered 1..n either way);
  the `Project Board` as who made a decision (a body, as written);
- the lifeboat's `Res. Notes` is the resolution; `ISS/001` as I-001;
- the forestry report's and the arena's forecast of a closed month is its actual (as the
  sheet writes it); `YTD` / `Full Yr` left out; `Cost Code` left out;
- the census log's `Their Owner` is the counterparty owner; `In` Inbound, `Out` Outbound;
- the wastewater plan's days: counts only (one item per person and month with a non-empty
  cell: the order of the long rows is not the sheet's to say); `Employer` and `Total days`
  left out;
- the radar renewal's sheets: the `Budget 26-27` sheet counts the month and line pairs, the
  others 0 (one finance line per month and cost line).

Readings used (the standards decide each; no H / M / L score appears without a key on its
sheet, as the standards do not say whether High is 4 or 5): 1-5 numbers as written;
percentages by ``[scales.probability] percent_bands``; impact words by the standard's own
labels (Minimal .. Severe = 1 .. 5); H / M / L priority letters as the list words High /
Medium / Low; text dates day-first where the writer is British, Irish, Australian or New
Zealand (each such column holds a day past the 12th) and month-first in the US exports
(likewise); `Apr '26`, `Apr-26`, `April 2026`, `2026/04`, `Jan-2026` are those months;
`FY27 P01` is July 2026 by the cell above the table; `A$` AUD, `£` GBP, `CAD` CAD. It was
written and checked for internal consistency only (``adopt_truth.check_truth``), never
against adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals
unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
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

_REGS = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies", "C": "decisions"}
_DUE_FIELD = {"R": "due_date", "A": "validate_by", "I": "due_date", "D": "need_by"}
_TEXT_FIELD = {"R": "title", "A": "assumption", "I": "title", "D": "title", "C": "decision"}
#: a mixed log's one target-date column: a risk's or issue's due date, an assumption's
#: validate-by, a dependency's need-by or committed date (audit, round 25)
_MIXED_DUE = ("due_date", "validate_by", "need_by", "committed_date")

BLOOD_ITEMS = {
    "R": ["Cold-chain fridges late from the supplier", "Donor numbers fall during the move",
          "Lease on the old centre cannot be extended", "Lift certification delayed"],
    "I": ["Fire door fails inspection", "Parking permits not issued", "Network line not live"],
    "A": ["Donor sessions can pause for one week", "Council keeps the bus stop outside"],
    "D": ["Estates programme fits the new plant room", "Courier contract re-routed"],
}  # fmt: skip


def _kinds(
    rng: random.Random, pools: dict[str, list[str]], take: dict[str, int]
) -> list[tuple[str, str]]:
    """(kind letter, text) per row in a shuffled order, ``take[k]`` rows of kind ``k``."""
    rows = [(k, t) for k, n in take.items() for t in rng.sample(pools[k], n)]
    rng.shuffle(rows)
    return rows


def blood_service_raid_upper_case(folder: Path, rng: random.Random) -> Built:
    """A blood service's donor-centre move RAID log kept as one table with UPPER_CASE
    headers (a database view pasted in), a title block of several fields in one cell, a
    `RAID_CAT` column typed `Risk` / `Issue` / `Assump.` / `Dep.`, refs per type (`RSK-01`),
    day-first text dates and one `IMPACT_SEV` column (a risk's impact, an issue's severity)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID_LOG")
    pm = rng.choice(["Hannah Okoye", "Gareth Pryce"])
    ws["A1"] = "DONOR CENTRE RELOCATION - RAID LOG"
    ws["A2"] = (
        f"Programme: Blood Supply Resilience    Project: Northgate Donor Centre Move    Project Manager: {pm}    Sponsor: Dr Ruth Adair"
    )
    header = ["RAID_REF", "RAID_CAT", "SHORT_DESC", "ACTION_OWNER", "DATE_LOGGED", "TARGET_DT"]
    header += ["PROB", "IMPACT_SEV", "OTHER_PARTY", "CURRENT_STATUS", "LAST_UPD"]
    _put(ws, 4, 1, [header])
    rows = _kinds(rng, BLOOD_ITEMS, {"R": 3, "I": 2, "A": 2, "D": 2})
    logged = _days(rng, len(rows), date(2025, 11, 3))
    targets_d = [d + timedelta(days=rng.randint(14, 60)) for d in logged]
    if not any(d.day > 12 for d in targets_d):
        targets_d[0] = targets_d[0].replace(day=22)
    words = {"R": "Risk", "I": "Issue", "A": "Assump.", "D": "Dep."}
    prefix = {"R": "RSK", "I": "ISS", "A": "ASM", "D": "DEP"}
    letter = {"R": "R", "I": "I", "A": "A", "D": "D"}
    owners = ["Hannah Okoye", "Gareth Pryce", "Simone Achebe", "Ewan Fraser"]
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Northgate Donor Centre Move"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "programme", "Blood Supply Resilience"),
        ValueFact("project", 0, "sponsor", "Dr Ruth Adair"),
    ]
    counts: dict[str, int] = {}
    for r, (k, text) in enumerate(rows):
        reg = _REGS[k]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        owner = rng.choice(owners)
        status = "CLOSED" if r == 1 else "OPEN"
        prob = rng.randint(1, 5) if k == "R" else None
        sev = rng.randint(1, 5) if k in "RI" else None
        updated = logged[r] + timedelta(days=rng.randint(0, 12))
        party = "EST-0114" if k == "D" else None
        cells: list[object] = [f"{prefix[k]}-{idx + 1:02d}", words[k], text, owner]
        cells += [_dmy(logged[r]), _dmy(targets_d[r]), prob, sev, party, status, updated]
        _put(ws, 5 + r, 1, [cells])
        ws.cell(5 + r, 11).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, idx, "id", f"{letter[k]}-{idx + 1:03d}"),
            ValueFact(reg, idx, _TEXT_FIELD[k], text),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "status", status.title()),
            ValueFact(reg, idx, "last_updated", updated),
        ]
        # the standard's dependencies keep no raised date, and a dependency's `TARGET_DT` is
        # its need-by or its committed date (audit, round 25, as rounds 18-24 read a mixed
        # log's one due column for dependencies): no fact
        if k != "D":
            values.append(ValueFact(reg, idx, "raised_date", logged[r]))
            values.append(ValueFact(reg, idx, _DUE_FIELD[k], targets_d[r]))
        if k == "R":
            values += [ValueFact(reg, idx, "probability", float(prob or 0)),
                       ValueFact(reg, idx, "impact", float(sev or 0))]  # fmt: skip
        if k == "I":
            values.append(ValueFact(reg, idx, "severity", float(sev or 0)))
        if k == "D":
            values.append(ValueFact(reg, idx, "counterparty_project_id", "EST-0114"))
    path = _save(wb, folder, "blood_service_raid_upper_case")
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", ["raised_date", _MIXED_DUE])
    targets |= _cols("G", ["probability", ("impact", "severity"), "counterparty_project_id"])
    targets |= {"J": "status", "K": "last_updated"}
    return Built(path, [TruthTable("RAID_LOG", 4, "raid", targets, counts)], values)


GROUND_ITEMS = {
    "R": ["Cryogenic receiver fails acceptance", "Crane hire clashes with the wind season",
          "Frequency licence variation refused", "Bushfire closes the access road"],
    "A": ["Antenna 2 carries the tracking load", "Power utility upgrade arrives by winter"],
    "I": ["Servo drive firmware rejected", "Foundation bolts out of tolerance",
          "Fibre backhaul cut by roadworks"],
    "D": ["Mission operations accepts new pass schedule", "Partner agency validates the link budget"],
    "C": ["Keep the old feed horn as a spare", "Move the outage to the quiet pass window"],
}  # fmt: skip


def ground_station_raidd_two_row(folder: Path, rng: random.Random) -> Built:
    """A satellite ground station's antenna-upgrade RAIDD log: two-row headers (`Item`
    over `Ref | Type | Description`, `People` over `Raised by | Owner`, `Dates` over `Logged
    | Target | Closed`, `Rating (1-5)` over `Likelihood | Impact / Sev.`, `Status` merged
    down both rows), a `Type` column of `R` / `A` / `I` / `Dep` / `Dec`, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAIDD")
    ws["A1"] = "Mingenew Ground Station - 13 m antenna upgrade"
    ws["A2"] = "RAIDD log"
    groups = [
        "Item",
        None,
        None,
        "People",
        None,
        "Dates",
        None,
        None,
        "Rating (1-5)",
        None,
        "Status",
    ]
    subs = ["Ref", "Type", "Description", "Raised by", "Owner", "Logged", "Target", "Closed"]
    _put(ws, 4, 1, [groups, [*subs, "Likelihood", "Impact / Sev."]])
    for rng_ in ("A4:C4", "D4:E4", "F4:H4", "I4:J4", "K4:K5"):
        ws.merge_cells(rng_)
    rows = _kinds(rng, GROUND_ITEMS, {"R": 3, "A": 2, "I": 2, "D": 2, "C": 2})
    logged = _days(rng, len(rows), date(2026, 1, 5))
    words = {"R": "R", "A": "A", "I": "I", "D": "Dep", "C": "Dec"}
    staff = ["Kirra Walsh", "Ben Nguyen", "Olivia Hart", "Sanjay Rao"]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for r, (k, text) in enumerate(rows):
        reg = _REGS[k]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        owner = rng.choice(staff)
        target = logged[r] + timedelta(days=rng.randint(10, 50)) if k != "C" else None
        closed = target if (k != "C" and r % 4 == 0) else None
        lik = rng.randint(1, 5) if k == "R" else None
        imp = rng.randint(1, 5) if k in "RI" else None
        status = "Agreed" if k == "C" else ("Closed" if closed else "Open")
        cells: list[object] = [f"GS-{r + 1:03d}", words[k], text, rng.choice(staff), owner]
        cells += [logged[r], target, closed, lik, imp, status]
        _put(ws, 6 + r, 1, [cells])
        for c in (6, 7, 8):
            ws.cell(6 + r, c).number_format = "dd/mm/yyyy"
        values.append(ValueFact(reg, idx, _TEXT_FIELD[k], text))
        if k == "C":
            continue  # a decision's owner and logged date: two readings, no fact
        values += [
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "status", status),
        ]
        if k != "D":  # a dependency: no raised date, its `Target` need-by or committed
            values.append(ValueFact(reg, idx, _DUE_FIELD[k], target))
            values.append(ValueFact(reg, idx, "raised_date", logged[r]))
        if closed:
            values.append(ValueFact(reg, idx, "closed_date", closed))
        if k == "R":
            values += [ValueFact(reg, idx, "probability", float(lik or 0)),
                       ValueFact(reg, idx, "impact", float(imp or 0))]  # fmt: skip
        if k == "I":
            values.append(ValueFact(reg, idx, "severity", float(imp or 0)))
    path = _save(wb, folder, "ground_station_raidd_two_row")
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption", "decision")])
    targets |= _cols("D", [None, ("owner", "made_by"), ("raised_date", "date")])
    targets |= _cols("G", [_MIXED_DUE, "closed_date", "probability"])
    targets |= {"J": ("impact", "severity"), "K": "status"}
    return Built(path, [TruthTable("RAIDD", 5, "raid", targets, counts)], values)


PRISON_RISKS = [
    ("Perimeter fence contractor loses security vetting", "Security"),
    ("Night works disturb the regime and raise incidents", "Operational"),
    ("Camera system supplier ships late", "Third Party"),
    ("Staff overtime budget exhausted by the cut-over", "Financial"),
    ("Tower demolition finds asbestos", "Schedule"),
    ("Legacy intercom cannot talk to the new control room", "Technical"),
]
PRISON_PCT = {0.05: 1.0, 0.2: 2.0, 0.4: 3.0, 0.6: 4.0, 0.85: 5.0}
PRISON_IMPACT = {"Minimal": 1.0, "Minor": 2.0, "Moderate": 3.0, "Major": 4.0, "Severe": 5.0}
PRISON_RESPONSE = {
    "Mitigate": "Reduce",
    "Accept": "Accept",
    "Transfer": "Transfer",
    "Avoid": "Avoid",
}


def prison_risks_camel_case(folder: Path, rng: random.Random) -> Built:
    """A US state corrections department's risk list exported from a low-code app: camelCase
    headers (`riskId` RSK-0012, `likelihoodPct` percent cells, `impactRating` words, `identifiedOn`
    and `targetResolutionDate` as US `03/14/2026` text, `lastModified` date-times)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "riskRegister")
    header = ["riskId", "riskTitle", "riskCategory", "riskOwner", "likelihoodPct", "impactRating"]
    header += ["responseStrategy", "mitigationPlan", "identifiedOn", "targetResolutionDate"]
    header += ["riskStatus", "lastModified", "createdBy"]
    _put(ws, 1, 1, [header])
    chosen = rng.sample(PRISON_RISKS, 5)
    ident = _days(rng, 5, date(2025, 9, 1))
    due = [d + timedelta(days=rng.randint(20, 90)) for d in ident]
    if not any(d.day > 12 for d in due):
        due[0] = due[0].replace(day=19)
    values: list[ValueFact] = []
    for i, (title, cat) in enumerate(chosen):
        pct = rng.choice(list(PRISON_PCT))
        imp = rng.choice(list(PRISON_IMPACT))
        resp = rng.choice(list(PRISON_RESPONSE))
        status = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        owner = rng.choice(["Maria Delgado", "Warden T. Briggs", "Luis Ortega", "Janelle Pruitt"])
        mod = datetime.combine(
            ident[i] + timedelta(days=rng.randint(1, 30)), time(rng.randint(8, 17), 5)
        )
        plan = f"Plan {i + 1}: weekly review with the facility"
        cells: list[object] = [f"RSK-{12 + i:04d}", title, cat, owner, pct, imp, resp]
        cells += [plan, ident[i].strftime("%m/%d/%Y")]
        cells += [due[i].strftime("%m/%d/%Y"), status, mod, "svc_powerapps"]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 5).number_format = "0%"
        values += [
            ValueFact("risks", i, "id", f"R-{12 + i:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", PRISON_PCT[pct]),
            ValueFact("risks", i, "impact", PRISON_IMPACT[imp]),
            ValueFact("risks", i, "response_type", PRISON_RESPONSE[resp]),
            ValueFact("risks", i, "response", plan),  # the mapped column's text (audit, r25)
            ValueFact("risks", i, "raised_date", ident[i]),
            ValueFact("risks", i, "due_date", due[i]),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "last_updated", mod.date()),
        ]
    path = _save(wb, folder, "prison_risks_camel_case")
    targets: Targets = _cols("A", ["id", "title", "category", "owner", "probability", "impact"])
    targets |= _cols("G", ["response_type", "response", "raised_date", "due_date", "status"])
    targets |= {"L": "last_updated", "M": None}
    return Built(path, [_one("risks", "riskRegister", 1, targets, 5)], values)


LIFEBOAT_ISSUES = [
    "Slipway piling hits rock at low water",
    "Crew room windows fail the wind-load test",
    "Temporary boathouse has no fuel bunding",
    "Launch tractor will not fit the new door",
    "Planning condition on the sea wall undischarged",
    "Winch supplier has no service engineer",
]
_HML = {"H": "High", "M": "Medium", "L": "Low"}
LIFEBOAT_FIX = "Agreed fix with the contractor"  # the resolved issue's `Res. Notes`


def lifeboat_issue_log_abbreviations(folder: Path, rng: random.Random) -> Built:
    """A lifeboat station's boathouse rebuild issue log kept by hand: abbreviated headers with
    and without dots (`Ref`, `Issue Desc.`, `Own.`, `Pri.`, `Sev`, `Dt Raised`, `Tgt`,
    `Stat.`, `Res. Notes`), priority letters H / M / L, severity 1-5, dates typed `14-Mar-26`,
    and a title block of three fields in one cell (`Proj. Mgr:`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    pm = rng.choice(["Niamh Doherty", "Ciaran Boyle"])
    ws["A1"] = "Shoreline Boathouse Rebuild - Issue Log"
    ws["A2"] = f"Project: Shoreline Boathouse Rebuild    Proj. Mgr: {pm}    Sponsor: Conor Walsh"
    header = ["Ref", "Issue Desc.", "Own.", "Pri.", "Sev", "Dt Raised", "Tgt", "Resolved"]
    _put(ws, 4, 1, [[*header, "Stat.", "Res. Notes"]])
    n = 5
    titles = rng.sample(LIFEBOAT_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 12))
    due = [d + timedelta(days=rng.randint(7, 40)) for d in raised]
    if not any(d.day > 12 for d in due):
        due[-1] = due[-1].replace(day=24)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Shoreline Boathouse Rebuild"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", "Conor Walsh"),
    ]
    for i, title in enumerate(titles):
        pri, sev = rng.choice("HML"), rng.randint(1, 5)
        owner = rng.choice(["Niamh Doherty", "Ciaran Boyle", "Padraig Moran", "Aisling Kerr"])
        status = "Resolved" if i == 0 else rng.choice(["Open", "In Progress"])
        resolved = due[i].replace(day=max(due[i].day, 13)) if i == 0 else None
        fmt = lambda d: f"{d.day:02d}-{d:%b}-{d:%y}"  # noqa: E731
        cells: list[object] = [f"ISS/{i + 1:03d}", title, owner, pri, sev, fmt(raised[i])]
        cells += [fmt(due[i]), fmt(resolved) if resolved else None, status]
        cells += [LIFEBOAT_FIX if resolved else None]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", _HML[pri]),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "status", status),
        ]
        if resolved:  # `Res. Notes` is mapped to the resolution: its text is read (audit, r25)
            values.append(ValueFact("issues", i, "closed_date", resolved))
            values.append(ValueFact("issues", i, "resolution", LIFEBOAT_FIX))
    path = _save(wb, folder, "lifeboat_issue_log_abbreviations")
    targets: Targets = _cols("A", ["id", "title", "owner", "priority", "severity", "raised_date"])
    targets |= _cols("G", ["due_date", "closed_date", "status", "resolution"])
    return Built(path, [_one("issues", "Issues", 4, targets, n)], values)


CENSUS_DEPS = [
    ("Address register refreshed for field staff", "Address frame v4", "GEO-ADDR-02"),
    ("Identity check service live for online forms", "ID verification API", "DIG-ID-11"),
    ("Call centre scripts approved", "Contact centre scripts", "CX-CC-07"),
    ("Print vendor ships paper forms", "Paper questionnaires", "OPS-PRT-03"),
    ("Cloud landing zone accredited", "Accredited hosting", "ICT-CLZ-05"),
]


def census_dependency_log_abbreviations(folder: Path, rng: random.Random) -> Built:
    """A national statistics office's census collection dependency log: abbreviations with
    and without dots and apostrophes (`Dep. ID`, `In/Out`, `Counterparty Proj.`, `Dlvrbl`,
    `Req'd By`, `Commit. Dt`, `Upd.`), `In` / `Out`, day-first text dates without leading
    zeros (`14/9/26`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "2026 Census Online Collection - dependency log"
    header = ["Dep. ID", "Dependency", "In/Out", "Counterparty Proj.", "Dlvrbl", "Our Owner"]
    header += ["Their Owner", "Req'd By", "Commit. Dt", "Status", "Upd."]
    _put(ws, 3, 1, [header])
    n = 4
    deps = rng.sample(CENSUS_DEPS, n)
    need = _days(rng, n, date(2026, 3, 2))
    commit = [d + timedelta(days=rng.choice([-7, 0, 5, 14])) for d in need]
    if not any(d.day > 12 for d in commit):
        commit[-1] = commit[-1].replace(day=27)
    values: list[ValueFact] = []
    for i, (title, deliverable, proj) in enumerate(deps):
        way = rng.choice(["In", "Out"])
        status = rng.choice(["On Track", "At Risk", "Late", "Delivered"])
        ours = rng.choice(["Mere Tane", "Oliver Grant", "Sophie Lam"])
        theirs = rng.choice(["Hemi Parata", "Dana Brooks", "Raj Patel"])
        upd = date(2026, 2, rng.randint(13, 27))
        dm = lambda d: f"{d.day}/{d.month}/{d:%y}"  # noqa: E731
        cells: list[object] = [f"DEP-{i + 1:02d}", title, way, proj, deliverable, ours, theirs]
        cells += [dm(need[i]), dm(commit[i]), status, dm(upd)]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "In" else "Outbound"),
            ValueFact("dependencies", i, "counterparty_project_id", proj),
            ValueFact("dependencies", i, "deliverable", deliverable),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "counterparty_owner", theirs),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", commit[i]),
            ValueFact("dependencies", i, "status", status),
            ValueFact("dependencies", i, "last_updated", upd),
        ]
    path = _save(wb, folder, "census_dependency_log_abbreviations")
    targets: Targets = _cols("A", ["id", "title", "direction", "counterparty_project_id"])
    targets |= _cols("E", ["deliverable", "owner", "counterparty_owner", "need_by"])
    targets |= _cols("I", ["committed_date", "status", "last_updated"])
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


SEED_DECISIONS = [
    ("Replace both chillers, not one", "Single-chiller failure would warm the vault"),
    ("Move the collection to the partner vault during works", "Keeps -20C without a gap"),
    ("Use the framework contractor", "Fastest compliant route to market"),
    ("Defer the visitor gallery to phase 2", "Budget held for the cold store"),
    ("Add a second backup generator", "Grid outages last winter"),
]


def _ordinal(d: date) -> str:
    """``3rd March 2026``, as a PM types a date."""
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d:%B} {d.year}"


def seed_bank_decision_log_pipes(folder: Path, rng: random.Random) -> Built:
    """A seed bank's cold-store replacement decision log: a title block of four fields in one
    cell split by pipes (`Programme: ... | Project: ... | PM: ... | Sponsor: ...`),
    PascalCase and plain headers (`DecisionNo` DN-01, `What was decided`, `Options
    considered`, `Decided By`, `Date Agreed` typed `3rd March 2026`, `Why`, `Linked Ref.`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    pm = rng.choice(["Imogen Hartley", "Rhys Tanner"])
    ws["A1"] = "DECISION LOG"
    ws["A2"] = (f"Programme: Collections Infrastructure | Project: Seed Vault Cold-Store "
                f"Replacement | PM: {pm} | Sponsor: Prof. Alan Reeve")  # fmt: skip
    header = ["DecisionNo", "What was decided", "Options considered", "Decided By", "Date Agreed"]
    _put(ws, 4, 1, [[*header, "Why", "Linked Ref."]])
    n = 4
    chosen = rng.sample(SEED_DECISIONS, n)
    when = _days(rng, n, date(2026, 1, 6))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Seed Vault Cold-Store Replacement"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "programme", "Collections Infrastructure"),
        ValueFact("project", 0, "sponsor", "Prof. Alan Reeve"),
    ]
    for i, (decision, why) in enumerate(chosen):
        who = rng.choice(["Project Board", "Prof. Alan Reeve", "Imogen Hartley"])
        cells: list[object] = [f"DN-{i + 1:02d}", decision, "A / B / do nothing", who]
        link = f"R-{rng.randint(1, 9):03d}"
        cells += [_ordinal(when[i]), why, link]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "rationale", why),
            # `Linked Ref.` holds risk IDs in the standard's own form: the linked IDs, as the
            # twenty-eighth batch's `Linked to` R-004 (audit, round 25)
            ValueFact("decisions", i, "linked_ids", link),
        ]
    path = _save(wb, folder, "seed_bank_decision_log_pipes")
    targets: Targets = _cols("A", ["id", "decision", None, "made_by", "date", "rationale"])
    targets |= {"G": "linked_ids"}
    return Built(path, [_one("decisions", "Decision Log", 4, targets, n)], values)


ELECTORAL_ITEMS = {
    "R": ["Sorting machines not certified before the writs", "Casual staff vetting backlog",
          "Warehouse lease start slips", "Ballot paper stock arrives damp"],
    "I": ["Forklift licence records missing", "Air-conditioning undersized for the hall",
          "Scanner driver crashes on 64-bit PCs"],
    "A": ["Postal vote volumes match the last election", "Landlord allows 24-hour access"],
    "D": ["Roll close extract from the enrolment system", "Courier contract novated"],
}  # fmt: skip
#: the sheet's own key (row 2): four letters on the 1-5 scale, Low at 2, not the 1 / 3 / 5 a
#: three-level default would give
ELECTORAL_KEY = {"E": 5.0, "H": 4.0, "M": 3.0, "L": 2.0}


def electoral_commission_raid_register(folder: Path, rng: random.Random) -> Built:
    """An electoral commission's postal-vote centre fit-out RAID register: one table, a
    `R/A/I/D` column typed as words in whatever case (`Risk`, `issue`, `ASSUMPTION`,
    `Dependency`), a `Target Date` (due, validate-by or need-by), a `Rating` E / H / M / L
    read by the key in row 2 (a risk's impact, an issue's severity), `Priority` for issues,
    `Confidence` for assumptions, `Other Project` for dependencies, `#` row numbers."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Register")
    ws["A1"] = "Postal Vote Processing Centre Fit-out - RAID Register"
    ws["A2"] = "Rating key: E = 5 (Extreme)  H = 4  M = 3  L = 2"
    header = ["#", "R/A/I/D", "Item", "Owner", "Raised", "Target Date", "Rating", "Priority"]
    _put(ws, 4, 1, [[*header, "Confidence", "Other Project", "Status"]])
    rows = _kinds(rng, ELECTORAL_ITEMS, {"R": 3, "I": 2, "A": 2, "D": 2})
    raised = _days(rng, len(rows), date(2026, 2, 2))
    words = {"R": ["Risk", "risk"], "I": ["Issue", "issue"], "A": ["Assumption", "ASSUMPTION"],
             "D": ["Dependency", "Dependency"]}  # fmt: skip
    staff = ["Tegan Moore", "Harriet Lowe", "Sione Fifita", "Priya Menon"]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for r, (k, text) in enumerate(rows):
        reg = _REGS[k]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        owner = rng.choice(staff)
        target = raised[r] + timedelta(days=rng.randint(10, 45))
        rating = rng.choice("EHML") if k in "RI" else None
        prio = rng.choice(["High", "Medium", "Low"]) if k == "I" else None
        conf = rng.choice(["High", "Medium", "Low"]) if k == "A" else None
        other = "ENR-2291" if k == "D" else None
        status = "Closed" if r == 2 else "Open"
        cells: list[object] = [r + 1, rng.choice(words[k]), text, owner, raised[r], target]
        cells += [rating, prio, conf, other, status]
        _put(ws, 5 + r, 1, [cells])
        ws.cell(5 + r, 5).number_format = ws.cell(5 + r, 6).number_format = "d/mm/yyyy"
        values += [
            ValueFact(reg, idx, _TEXT_FIELD[k], text),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "status", status),
        ]
        if k != "D":  # a dependency: no raised date, its `Target Date` need-by or committed
            values.append(ValueFact(reg, idx, _DUE_FIELD[k], target))
            values.append(ValueFact(reg, idx, "raised_date", raised[r]))
        # a risk's `Rating` E / H / M / L is its impact by the key's numbers, or its overall
        # rating (Extreme / High / Medium / Low is the risk-level band of a likelihood x
        # consequence matrix, and the sheet has no likelihood): two readings, no risk fact
        # (audit, round 25). An issue's is its severity: an issue has no other such field.
        if k == "I":
            values += [ValueFact(reg, idx, "severity", ELECTORAL_KEY[rating or "M"]),
                       ValueFact(reg, idx, "priority", prio)]  # fmt: skip
        if k == "A":
            values.append(ValueFact(reg, idx, "confidence", conf))
        if k == "D":
            values.append(ValueFact(reg, idx, "counterparty_project_id", "ENR-2291"))
    path = _save(wb, folder, "electoral_commission_raid_register")
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", ["raised_date", _MIXED_DUE])
    targets |= _cols("G", [("impact", "severity", "rating", None), "priority", "confidence"])
    targets |= {"J": "counterparty_project_id", "K": "status"}
    return Built(path, [TruthTable("RAID Register", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

ARENA_LINES = [("6110", "Ice plant chillers"), ("6120", "Brine piping"), ("6300", "Electrical"),
               ("6410", "Rink slab"), ("6500", "Design fees")]  # fmt: skip


def ice_rink_finance_two_row_fiscal(folder: Path, rng: random.Random) -> Built:
    """A municipal arena's ice-plant replacement tracker: a title block of four fields in
    one cell (`Fiscal Year: April 2026 - March 2027`), a two-row header of merged `Budget` /
    `Actual` / `Forecast` group labels over text months written `Apr '26`, `GL Code` and
    `Line Item` merged down both rows; actuals for the first three months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26-27")
    pm = rng.choice(["Marc-André Pelletier", "Jenna Kowalski"])
    ws["A1"] = "Westside Arena Ice Plant Replacement"
    ws["A2"] = (f"Department: Parks & Recreation    PM: {pm}    Fiscal Year: April 2026 - "
                "March 2027    Currency: CAD")  # fmt: skip
    nm, done = 6, 3
    months = _months(date(2026, 4, 1), nm)
    labels = [f"{m:%b} '{m:%y}" for m in months]
    _put(ws, 4, 1, [["GL Code", "Line Item"]])
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    for g, name in enumerate(("Budget", "Actual", "Forecast")):
        col = 3 + g * nm
        ws.cell(4, col, name)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + nm - 1)
        _put(ws, 5, col, [labels])
    lines = rng.sample(ARENA_LINES, 4)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "currency", "CAD"),
    ]
    for r, (code, line) in enumerate(lines):
        bud = [float(rng.randrange(5, 90) * 1000) for _ in months]
        act = [float(round(b * rng.uniform(0.7, 1.25), -2)) for b in bud[:done]]
        fc = act + bud[done:]
        _put(ws, 6 + r, 1, [[code, line, *bud, *act, *[None] * (nm - done), *fc]])
        for m, month in enumerate(months):
            values += [ValueFact("finance", (month, line), "budget", bud[m]),
                       ValueFact("finance", (month, line), "forecast", fc[m])]  # fmt: skip
            if m < done:
                values.append(ValueFact("finance", (month, line), "actual", act[m]))
    path = _save(wb, folder, "ice_rink_finance_two_row_fiscal")
    targets: Targets = {"A": None, "B": "cost_line"}
    table = TruthTable("FY26-27", 5, "finance", targets, {"finance": nm * len(lines)})
    return Built(path, [table], values)


NURSERY_LINES = [("NUR-01", "Shade house frames"), ("NUR-02", "Irrigation booms"),
                 ("NUR-03", "Seedling trays"), ("NUR-04", "Casual planting crews")]  # fmt: skip


def forestry_finance_fiscal_period_measures(folder: Path, rng: random.Random) -> Built:
    """A plantation company's nursery expansion cost report: a July-June fiscal year said in
    a cell (`FY27 = 1 July 2026 to 30 June 2027`), periods across as `FY27 P01` ..
    `FY27 P08`, each activity on three rows with the measure abbreviated in a `Meas.` column
    (`Bud` / `Act` / `Fcst`), `YTD` and `Full Yr` columns, `(A$)` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Plantation Nursery Expansion - cost report (A$)"
    ws["A2"] = "FY27 = 1 July 2026 to 30 June 2027"
    nm, done = 8, 4
    months = _months(date(2026, 7, 1), nm)
    header = ["Cost Code", "Activity", "Meas.", *[f"FY27 P{p + 1:02d}" for p in range(nm)]]
    _put(ws, 4, 1, [[*header, "YTD", "Full Yr"]])
    lines = rng.sample(NURSERY_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    row = 5
    for code, line in lines:
        bud = [float(rng.randrange(2, 50) * 500) for _ in months]
        act = [float(round(b * rng.uniform(0.6, 1.3), -1)) for b in bud[:done]]
        fc = act + bud[done:]
        for meas, series in (("Bud", bud), ("Act", act), ("Fcst", fc)):
            padded = [*series, *[None] * (nm - len(series))]
            _put(ws, row, 1, [[code, line, meas, *padded, sum(series[:done]), sum(series)]])
            row += 1
        for m, month in enumerate(months):
            values += [ValueFact("finance", (month, line), "budget", bud[m]),
                       ValueFact("finance", (month, line), "forecast", fc[m])]  # fmt: skip
            if m < done:
                values.append(ValueFact("finance", (month, line), "actual", act[m]))
    path = _save(wb, folder, "forestry_finance_fiscal_period_measures")
    targets: Targets = {"A": None, "B": "cost_line", "C": "measure"}
    targets |= {"L": None, "M": None}
    table = TruthTable("Cost Report", 4, "finance", targets, {"finance": nm * len(lines)})
    return Built(path, [table], values)


WASTEWATER_STAFF = [
    ("Aoibheann Nolan", "Process engineer", "Client"),
    ("Declan Hughes", "Site manager", "Murray Civils"),
    ("Femi Adeyemi", "MEICA engineer", "Murray Civils"),
    ("Grainne Ward", "Commissioning lead", "Client"),
    ("Tadhg Power", "Planner", "Client"),
]


def wastewater_resource_plan_two_row(folder: Path, rng: random.Random) -> Built:
    """A wastewater treatment plant upgrade's resource plan: a two-row header, `Resource`
    merged over `Name | Role | Employer` and `Planned days per month` merged over text
    months `Jan-2026` .. `Jun-2026`, a `Total days` column merged down both rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Carrowmore WWTP Upgrade - resource plan"
    nm = 6
    months = _months(date(2026, 1, 1), nm)
    _put(ws, 3, 1, [["Resource", None, None, "Planned days per month"]])
    _put(ws, 4, 1, [["Name", "Role", "Employer", *[f"{m:%b-%Y}" for m in months]]])
    ws.cell(3, 4 + nm, "Total days")
    ws.merge_cells("A3:C3")
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=3 + nm)
    ws.merge_cells(start_row=3, start_column=4 + nm, end_row=4, end_column=4 + nm)
    staff = rng.sample(WASTEWATER_STAFF, 4)
    count = 0
    for r, (name, role, employer) in enumerate(staff):
        days = [rng.choice([0, 2, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 5 + r, 1, [[name, role, employer, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "wastewater_resource_plan_two_row")
    targets: Targets = {"A": "person", "B": "role", "C": None, "J": None}
    table = TruthTable("Resource Plan", 4, "resources", targets, {"resources": count})
    return Built(path, [table], [])


CLUBHOUSE_MILESTONES = [
    ("Demolition permit issued", True),
    ("Old clubhouse demolished", False),
    ("Foundations poured", False),
    ("Building dried in", True),
    ("Kitchen fit-out complete", False),
    ("Certificate of occupancy", True),
]
CLUBHOUSE_STATUS = {"complete": "Complete", "in_progress": "In Progress", "at_risk": "At Risk",
                    "late": "Late", "not_started": "Not Started"}  # fmt: skip


def golf_club_milestones_snake_case(folder: Path, rng: random.Random) -> Built:
    """A country club's clubhouse rebuild milestones exported from a scheduling tool's API to
    a sheet: snake_case headers (`milestone_id` MS-101, `is_gate` TRUE / FALSE,
    `baseline_finish` / `forecast_finish` / `actual_finish` as US `3/14/26` text,
    `status_code` in snake case, `pct_complete`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "milestones_export")
    header = ["milestone_id", "milestone_name", "owner_name", "is_gate", "baseline_finish"]
    _put(ws, 1, 1, [[*header, "forecast_finish", "actual_finish", "status_code", "pct_complete"]])
    n = len(CLUBHOUSE_MILESTONES)
    base = _days(rng, n, date(2026, 2, 2))
    us = lambda d: f"{d.month}/{d.day}/{d:%y}"  # noqa: E731
    fcs = [d + timedelta(days=rng.choice([0, 0, 7, 21])) for d in base]
    if not any(d.day > 12 for d in fcs):  # each text-date column holds a day past the 12th
        fcs[-1] = fcs[-1].replace(day=21)
    values: list[ValueFact] = []
    for i, (name, gate) in enumerate(CLUBHOUSE_MILESTONES):
        if i == 0:  # the first is achieved: its actual is its forecast, past the 12th
            fcs[0] = fcs[0].replace(day=max(fcs[0].day, 13))
        fc, actual = fcs[i], (fcs[i] if i == 0 else None)
        slipped = fc > base[i]
        if actual:
            code, pct = "complete", 100
        elif slipped:
            code, pct = rng.choice(["at_risk", "late"]), rng.choice([0, 25, 60])
        else:
            code = rng.choice(["not_started", "in_progress"])
            pct = 0 if code == "not_started" else rng.choice([25, 60])
        owner = rng.choice(["Brad Keller", "Donna Whitfield", "Luis Romero"])
        cells: list[object] = [f"MS-{101 + i}", name, owner, gate, us(base[i]), us(fc)]
        cells += [us(actual) if actual else None, code, pct]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "id", f"M-{101 + i:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "gate", "Y" if gate else "N"),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", CLUBHOUSE_STATUS[code]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "golf_club_milestones_snake_case")
    targets: Targets = _cols("A", ["id", "milestone", "owner", "gate", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", "status", None])
    return Built(path, [_one("milestones", "milestones_export", 1, targets, n)], values)


RADAR_LINES = ["Radar towers", "Transmitters", "Data links", "Site surveys", "Project team"]


def weather_radar_bva_sheets_month_forms(folder: Path, rng: random.Random) -> Built:
    """A weather service's radar network renewal, one sheet per measure kept by different
    people: `Budget 26-27` with `Apr-26` text months, `Actuals` with `April 2026` text
    months and the lines in another order, `Forecast` with `2026/04` text months; `£` in
    each title, an April year start."""
    wb = openpyxl.Workbook()
    nm, done = 6, 3
    months = _months(date(2026, 4, 1), nm)
    lines = rng.sample(RADAR_LINES, 4)
    bud = {ln: [float(rng.randrange(10, 200) * 250) for _ in months] for ln in lines}
    act = {
        ln: [float(round(b * rng.uniform(0.7, 1.2), -1)) for b in bud[ln][:done]] for ln in lines
    }
    fc = {ln: act[ln] + bud[ln][done:] for ln in lines}
    sheets = (
        ("Budget 26-27", [f"{m:%b-%y}" for m in months], lines, bud),
        ("Actuals", [f"{m:%B %Y}" for m in months[:done]], lines[::-1], act),
        ("Forecast", [f"{m:%Y/%m}" for m in months], lines, fc),
    )
    tables: list[TruthTable] = []
    for s, (title, labels, order, data) in enumerate(sheets):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Radar Network Renewal - {title.split()[0].lower()} (£)"
        _put(ws, 3, 1, [["Cost Element", *labels]])
        for r, line in enumerate(order):
            _put(ws, 4 + r, 1, [[line, *data[line]]])
        count = {"finance": nm * len(lines) if s == 0 else 0}
        tables.append(TruthTable(title, 3, "finance", {"A": "cost_line"}, count))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    for line in lines:
        for m, month in enumerate(months):
            values += [ValueFact("finance", (month, line), "budget", bud[line][m]),
                       ValueFact("finance", (month, line), "forecast", fc[line][m])]  # fmt: skip
            if m < done:
                values.append(ValueFact("finance", (month, line), "actual", act[line][m]))
    path = _save(wb, folder, "weather_radar_bva_sheets_month_forms")
    return Built(path, tables, values)


HELD_OUT_34: tuple[Layout, ...] = (
    Layout("blood_service_raid_upper_case",
           "Blood service RAID log, UPPER_CASE headers, one-cell title block, dd/mm/yyyy text",
           blood_service_raid_upper_case),
    Layout("ground_station_raidd_two_row",
           "Ground station RAIDD log, two-row group headers, R/A/I/Dep/Dec, 1-5 ratings",
           ground_station_raidd_two_row),
    Layout("prison_risks_camel_case",
           "Corrections department risk export, camelCase, percent likelihood, impact words, US text dates",
           prison_risks_camel_case),
    Layout("lifeboat_issue_log_abbreviations",
           "Lifeboat station issue log, abbreviated headers, H/M/L priority, dd-Mon-yy, one-cell title block",
           lifeboat_issue_log_abbreviations),
    Layout("census_dependency_log_abbreviations",
           "Census office dependency log, Req'd By / Commit. Dt, In/Out, d/m/yy text",
           census_dependency_log_abbreviations),
    Layout("seed_bank_decision_log_pipes",
           "Seed bank decision log, piped one-cell title block, ordinal dates",
           seed_bank_decision_log_pipes),
    Layout("electoral_commission_raid_register",
           "Electoral commission RAID register, type words in any case, E/H/M/L rating by the sheet's key",
           electoral_commission_raid_register),
    Layout("ice_rink_finance_two_row_fiscal",
           "Arena finance tracker, Budget/Actual/Forecast groups over Apr '26 months, April FY, CAD",
           ice_rink_finance_two_row_fiscal),
    Layout("forestry_finance_fiscal_period_measures",
           "Plantation cost report, FY27 P01.. July FY, Bud/Act/Fcst measure rows, A$",
           forestry_finance_fiscal_period_measures),
    Layout("wastewater_resource_plan_two_row",
           "Wastewater plant resource plan, Resource / Planned days groups over Jan-2026 months",
           wastewater_resource_plan_two_row),
    Layout("golf_club_milestones_snake_case",
           "Clubhouse milestone export, snake_case, TRUE/FALSE gates, US m/d/yy text, snake statuses",
           golf_club_milestones_snake_case),
    Layout("weather_radar_bva_sheets_month_forms",
           "Radar renewal budget vs actual, a sheet per measure, three month-label forms, £",
           weather_radar_bva_sheets_month_forms),
)  # fmt: skip
