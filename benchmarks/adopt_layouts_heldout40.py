"""The fortieth held-out batch (``HELD_OUT_40``, issue 15 round 27): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
WELL-WORN: English workbooks as a PMO receives them after two or three years of use by
several PMs in turn (columns added over time, closed items moved away, struck and `DELETED`
rows, renumbered ids, legends beside the table, totals rows left mid-table, later months
in another label style, hidden helper columns, frozen panes and filters), in sectors no
earlier batch's docstring names (a lido, a cranberry marsh, an ice rink, an oyster
hatchery, a blood bank, a bell foundry, a seaweed processor, a mushroom farm, a curling
club, a tram depot, a funicular, a maple syrup cooperative).

Registers:

- ``uk_lido_raid_log``: a UK lido restoration's RAID log: `Risks` (header on row 3, frozen
  panes, a filter) with `Owner` and a later `Owner (new)`, `L` / `I` 1-5, two status-update
  columns `Update 12/03` / `Update 19/03`, a hidden helper column `calc` (L x I), ids `R-001`
  then renumbered `R2-045`.., one struck-through row marked `DELETED`; `Closed` (closed
  risks moved there, the same header); `Issues` with a `Comments` column of dated log
  lines (line breaks in the cells).
- ``us_cranberry_risk_register``: a Wisconsin cranberry marsh's risk register: open risks,
  then a `CLOSED ITEMS` heading row and the closed risks below it in the same columns; a
  RAG key block two columns right of the table; `Prob.` / `Impact` as High / Medium / Low;
  dates as US `3/14/2026` text; a filter.
- ``ca_ice_rink_issue_log``: a Canadian community ice rink's issue log: `Issue #`, date
  cells `yyyy-mm-dd`, `Raised By`, `Owner`, `Priority` P1..P3, `Target Date`, `Status`, a `Comments` column of
  dated log lines; one row marked `dup` in `Status` (a duplicate of an earlier issue) and one
  `n/a` row (text `n/a` in every column but the number).
- ``au_oyster_hatchery_assumptions``: an Australian oyster hatchery's assumption log on two
  sheets: `Assumptions (old)` with the first PM's header (`Ref`, `Assumption`, `Who`, `Check
  by`, `OK?`) and `Assumptions` with the later header (`ID`, `Assumption`, `Owner`,
  `Validate By`, `Status`, `Confidence`); day-first `3/03/2026` text.
- ``in_blood_bank_dependencies``: an Indian regional blood bank's dependency log: `Dep ID`
  `DEP-001`, `Dependency`, `Inbound/Outbound`, `Provider`, `Provider Contact`, `Owner`, `Need
  Date`, `Committed Date` (date cells `dd-mm-yyyy`), `Status`, a `Last Update` column of
  dated text; a totals line `Open: n` under the table.
- ``uk_bell_foundry_decisions``: a UK bell foundry relocation's decision log: `Decision
  No.`, `Date`, `Decision`, `Reason`, `Decided By`, and later `Superseded by?`; a decision
  struck through and marked `DELETED - entered twice`; two-line cells.

Trackers:

- ``ie_seaweed_finance_tracker``: an Irish seaweed processor's budget tracker (EUR): months
  across as `Jan-26` text to `Sep-26`, the later months inserted by another PM as `October
  2026`, `Nov 2026`, `Dec 2026`, then a `FY27 Q1` column and a `Total`; a `Subtotal - Phase 1`
  row left mid-table; a hidden `GL code` column.
- ``nz_mushroom_budget_vs_actual``: a NZ mushroom farm's budget vs actual: a `Cost Line`
  column and a `Measure` column (`Budget` / `Actual` / `Variance` rows per line), months
  across as date cells shown `mmm-yy`; a legend block to the right.
- ``uk_curling_resource_plan``: a Scottish curling club's resource plan: `Name`, `Role`, months
  across as `Apr-26` text, days per month; two leavers greyed out as `Name (left)` with their
  rows emptied; a `Total days` row.
- ``us_tram_depot_milestones``: a US tram depot's milestone plan: `Milestone`, `Owner`,
  `Baseline 1`, `Baseline 2`, `Forecast`, `Actual` (date cells shown `m/d/yyyy`), `Status`,
  `Notes` with line breaks; one struck row marked `DELETED`.
- ``ca_funicular_status_report``: a Quebec City funicular's status report: label / value
  pairs down A and B with a `Last period` column C, a RAG key block to the right, then a
  `Key Milestones` table with `Baseline` / `Forecast` date cells.
- ``ca_maple_cooperative_costs``: a maple syrup cooperative's cost tracker in long form:
  `Month` `Jan-26` text, `Cost Line`, `Budget`, `Actual`, a `Total Jan-26` row after each
  month (left mid-table), and an `n/a` line; amounts `#,##0`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the lido's `Owner` / `Owner (new)`: which is current is not said by the sheet: both
  columns (owner or left out), no owner fact, except where both name the same person (the
  owner on either reading; round 27's audit); the `Update 12/03` / `Update 19/03` columns:
  left out; the hidden `calc`: the score or left out, no fact; the renumbered `R2-045`
  ids: no id fact (R-045 or a new number?), the `R-001` ones are R-001; the `DELETED` struck
  row is no item; the `Closed` sheet's risks are items (counted) but carry no value facts
  (their place in the register's order after the open sheet's is not sure); the issues'
  `Comments`: description, resolution or left out, no fact;
- the cranberry register's rows below `CLOSED ITEMS` are risks (status Closed written in
  their cells) and count; they carry value facts at their place after the open ones;
  the heading row is no item; the RAG key is no table; `High` / `Medium` / `Low` are 5 / 3 /
  1 (the documented three-level reading earlier batches use);
- the ice rink's `dup` and `n/a` rows are no items; `P1` / `P2` / `P3` (High, or Critical?):
  no priority fact; `Raised By`: left out; `Comments`: left out or resolution, no fact;
- the oyster hatchery's `Assumptions (old)` items count but have no value facts (order across
  sheets); `OK?` `Y` / `N` (Validated, or Open / Invalid?): the status or left out, no fact;
  the new sheet's `Confidence` H / M / L is High / Medium / Low (the standard's confidence
  list, first letters); its ids `A-004`.. keep their number (the old sheet has A-001..);
- the blood bank's `Provider` (an organisation, not a project id): mapped or left out, no
  fact; `DEP-001` is D-001; `Last Update`: left out or last_updated, no fact; `Open: n` is
  no item;
- the bell foundry's `Superseded by?` (empty): linked_ids or left out; a one-line `Reason`
  is the rationale, a two-line one (kept on two lines or joined?) has no fact (round 27's
  audit); the `DELETED` row is no decision; `Decision
  No.` `1`, `2`, ..: no id fact;
- the tram depot's `Baseline 1` / `Baseline 2` (original or current baseline?): both
  baseline or left out; a baseline fact only where the two are the same date; the `DELETED`
  row is no milestone; `Status` words on the standard's milestone list (`Complete`, `At
  Risk`) are the status as written, `On Track` (on no list) has no fact (round 27's audit);
- the seaweed tracker's `FY27 Q1` column is no month (no facts); `Subtotal - Phase 1` and
  `Total` are no lines; the title's `(EUR)` is the currency;
- the mushroom farm's `Variance` rows are no measure (no facts); the legend is no table;
  NZD is on no standard currency list: no currency fact; an empty actual is no zero;
- the curling plan's leavers have no days (no items either way); counts only;
- the funicular's `Last period` column is no current value (left out);
- the maple cooperative's `Total` rows and the `n/a` line are no lines; `(CAD)` in the
  title is the currency; `Notes` (empty but for the `n/a` line): notes or left out.

Readings used: text dates are day first, except the US workbooks' (month first), one day
past the 12th in each column; ids in the standard's shape keep their number. It was written
and checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output.
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
    _past_twelfth,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Font, PatternFill

from addin.standards import default_standards

STRUCK = Font(strike=True, color="808080")
GREY = PatternFill("solid", fgColor="D9D9D9")
THREE_LEVELS = {"High": 5.0, "Medium": 3.0, "Low": 1.0}


def _us(d: date) -> str:
    """A US text date, month first, no leading zeros (``3/14/2026``)."""
    return f"{d.month}/{d.day}/{d.year}"


def _au(d: date) -> str:
    """An Australian text date, day first (``3/03/2026``)."""
    return f"{d.day}/{d.month:02d}/{d.year}"


def _strike(ws: openpyxl.worksheet.worksheet.Worksheet, row: int, n: int) -> None:
    for c in range(1, n + 1):
        ws.cell(row, c).font = STRUCK


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

LIDO_RISKS = [
    "Listed 1930s tank walls crack when drained",
    "Heat pump planning condition on noise",
    "Lifeguard recruitment short for the reopening",
    "Art deco tiles cannot be matched",
    "Fundraising target missed by the trust",
    "Contaminated ground under the plant room",
    "Bat survey delays the roof works",
    "Boiler house asbestos found during strip-out",
    "Season ticket pre-sales fall short",
    "Diving board removal opposed by the friends group",
]
LIDO_ISSUES = [
    "Filtration pump delivered to the wrong site",
    "Scaffold licence expired",
    "Heritage officer rejected the railing sample",
    "Changing village drainage blocked",
]
LIDO_PEOPLE = ["Kate Ashworth", "Tom Pryce", "Nadia Rahman", "Owen Lloyd"]


def uk_lido_raid_log(folder: Path, rng: random.Random) -> Built:
    """A UK lido's worn RAID log: an added `Owner (new)`, dated update columns, a hidden
    helper, renumbered ids, a struck `DELETED` row, closed risks on their own sheet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Saltdean Lido Restoration - RAID Log (Risks)"
    head = ["ID", "Date Raised", "Risk", "Owner", "Owner (new)", "L", "I", "Status"]
    head += ["Update 12/03", "Update 19/03", "calc"]
    _put(ws, 3, 1, [head])
    ws.column_dimensions["K"].hidden = True
    ws.freeze_panes = "C4"
    n = rng.randint(5, 6)
    raised = _days(rng, n, date(2024, 9, 2))
    values: list[ValueFact] = []
    row = 4
    texts = rng.sample(LIDO_RISKS, n)
    for i, text in enumerate(texts):
        rid = f"R-{i + 1:03d}" if i < 3 else f"R2-{42 + i:03d}"
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who = rng.choice(LIDO_PEOPLE)
        new = rng.choice(LIDO_PEOPLE) if i % 2 else None  # the later PM filled some
        st = rng.choice(["Open", "Open", "Monitoring"])
        u1 = rng.choice(["No change", "Chased the surveyor", None])
        u2 = rng.choice(["No change", "Quote received\nawaiting board", None])
        _put(ws, row, 1, [[rid, raised[i], text, who, new, p, c, st, u1, u2, p * c]])
        ws.cell(row, 2).number_format = "dd/mm/yyyy"
        if i < 3:
            values.append(ValueFact("risks", i, "id", rid))
        if new == who:  # both owner columns name one person: the owner on either reading
            values.append(ValueFact("risks", i, "owner", who))
        values += [
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "status", st),
        ]
        row += 1
        if i == 1:  # a duplicate entered twice, struck through and marked DELETED
            _put(ws, row, 1, [[rid, raised[i], text, who, None, p, c, "DELETED"]])
            _strike(ws, row, 11)
            row += 1
    ws.auto_filter.ref = f"A3:K{row - 1}"
    targets: Targets = _cols("A", ["id", "raised_date", ("title", "description")])
    targets |= _cols("D", [("owner", None), ("owner", None), "probability", "impact"])
    targets |= _cols("H", ["status", None, None, ("score", None)])
    tables = [_one("risks", "Risks", 3, targets, n)]
    # Closed risks, moved to their own sheet with the same header
    ws = wb.create_sheet("Closed")
    _put(ws, 1, 1, [head])
    m = rng.randint(2, 3)
    closed = _days(rng, m, date(2024, 6, 3))
    for k, text in enumerate(rng.sample([t for t in LIDO_RISKS if t not in texts], m)):
        cells = [f"R-{90 + k:03d}", closed[k], text, rng.choice(LIDO_PEOPLE), None]
        cells += [rng.randint(1, 5), rng.randint(1, 5), "Closed", "Closed at board"]
        _put(ws, 2 + k, 1, [cells])
        ws.cell(2 + k, 2).number_format = "dd/mm/yyyy"
    tables.append(_one("risks", "Closed", 1, targets, m))
    # Issues
    ws = wb.create_sheet("Issues")
    _put(ws, 1, 1, [["ID", "Issue", "Raised", "Owner", "Priority", "Status", "Comments"]])
    n = len(LIDO_ISSUES)
    raised = _days(rng, n, date(2025, 10, 6))
    for i, text in enumerate(LIDO_ISSUES):
        who, pr = rng.choice(LIDO_PEOPLE), rng.choice(["High", "Medium", "Low"])
        st = rng.choice(["Open", "In Progress"])
        log = f"{raised[i]:%d/%m} raised at site meeting\n{raised[i] + timedelta(7):%d/%m} chased"
        _put(ws, 2 + i, 1, [[f"I-{i + 1:03d}", text, raised[i], who, pr, st, log]])
        ws.cell(2 + i, 3).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "status", st),
        ]
    targets = _cols("A", ["id", "title", "raised_date", "owner", "priority", "status"])
    targets |= {"G": ("description", "resolution", None)}
    tables.append(_one("issues", "Issues", 1, targets, n))
    return Built(_save(wb, folder, "uk_lido_raid_log"), tables, values)


CRAN_RISKS = [
    "Spring frost during bloom",
    "DNR permit for the new flume intake",
    "Harvest beater boats delivered late",
    "Sand supply for re-sanding the beds",
    "Handler contract price drops below cost",
    "Pump station flooded in the spring melt",
    "Seasonal crew housing inspection fails",
]
CRAN_PEOPLE = ["Gary Lindqvist", "Amy Sorensen", "Luis Ortega"]


def us_cranberry_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Wisconsin cranberry marsh's risk register: open risks, a `CLOSED ITEMS` heading row
    with the closed ones below it, a RAG key block beside the table, US text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Cranmoor Marsh Renovation - Risk Register"
    head = ["Risk ID", "Date Identified", "Risk", "Prob.", "Impact", "Owner", "Mitigation"]
    head += ["Status"]
    _put(ws, 3, 1, [head])
    _put(ws, 3, 10, [["RAG key"], ["Red", "High x High"], ["Amber", "one High"]])
    _put(ws, 6, 10, [["Green", "no High"]])
    n_open, n_closed = rng.randint(3, 4), 2
    n = n_open + n_closed
    found = _days(rng, n, date(2025, 4, 7))
    values: list[ValueFact] = []
    row = 4
    for i, text in enumerate(rng.sample(CRAN_RISKS, n)):
        if i == n_open:
            ws.cell(row, 1, "CLOSED ITEMS")
            ws.cell(row, 1).font = Font(bold=True)
            row += 1
        p, c = rng.choice(list(THREE_LEVELS)), rng.choice(list(THREE_LEVELS))
        who = rng.choice(CRAN_PEOPLE)
        plan = rng.choice(["Frost sprinklers tested", "Second quote requested"])
        st = "Closed" if i >= n_open else "Open"
        cells = [f"R-{i + 1:03d}", _us(found[i]), text, p, c, who, plan, st]
        _put(ws, row, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", found[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", THREE_LEVELS[p]),
            ValueFact("risks", i, "impact", THREE_LEVELS[c]),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
        row += 1
    ws.auto_filter.ref = f"A3:H{row - 1}"
    targets: Targets = _cols("A", ["id", "raised_date", ("title", "description")])
    targets |= _cols("D", ["probability", "impact", "owner", "response", "status"])
    path = _save(wb, folder, "us_cranberry_risk_register")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


RINK_ISSUES = [
    "Ice plant brine leak at header 4",
    "Zamboni room door frozen shut",
    "Dasher boards cracked at the east end",
    "Scoreboard controller not talking to the clock",
    "Change room 3 has no hot water",
    "Ammonia detector out of calibration",
]
RINK_PEOPLE = ["Marc Gagnon", "Jenny Holt", "Priya Shah", "Ben Wiebe"]


def ca_ice_rink_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Canadian ice rink's worn issue log: a comments log column, a `dup` row and an
    `n/a` row among the issues, P1..P3 priorities."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Brandon Community Arena Refrigeration Upgrade - Issue Log"
    head = ["Issue #", "Date Raised", "Issue", "Raised By", "Owner", "Priority", "Target Date"]
    head += ["Status", "Comments"]
    _put(ws, 2, 1, [head])
    ws.freeze_panes = "A3"
    n = rng.randint(4, 5)
    raised = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    row, num = 3, 1
    for i, text in enumerate(rng.sample(RINK_ISSUES, n)):
        who, by = rng.choice(RINK_PEOPLE), rng.choice(RINK_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([14, 21, 30]))
        st = rng.choice(["Open", "In Progress", "Closed"])
        log = f"{raised[i]:%Y-%m-%d} logged\n{due:%Y-%m-%d} revisit"
        cells = [num, raised[i], text, by, who, rng.choice(["P1", "P2", "P3"]), due, st, log]
        _put(ws, row, 1, [cells])
        for c in (2, 7):
            ws.cell(row, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
        row, num = row + 1, num + 1
        if i == 1:  # the same issue logged again by another PM, marked dup
            _put(ws, row, 1, [[num, raised[i], text, by, who, "P2", None, "dup", "see above"]])
            ws.cell(row, 2).number_format = "yyyy-mm-dd"
            row, num = row + 1, num + 1
        if i == 2:  # a row nobody used
            _put(ws, row, 1, [[num, *(["n/a"] * 8)]])
            row, num = row + 1, num + 1
    ws.auto_filter.ref = f"A2:I{row - 1}"
    targets: Targets = _cols("A", [("id", None), "raised_date", ("title", "description"), None])
    targets |= _cols("E", ["owner", "priority", "due_date", "status"])
    targets |= {"I": ("resolution", "description", None)}
    path = _save(wb, folder, "ca_ice_rink_issue_log")
    return Built(path, [_one("issues", "Issue Log", 2, targets, n)], values)


OYSTER_OLD = [
    "Broodstock from the Tasmanian supplier stays disease free",
    "Council water licence renewed on the same terms",
    "Algae culture room can run on the existing chillers",
]
OYSTER_NEW = [
    "Triploid spat sells at the 2025 price",
    "Grant milestone 3 paid within 30 days",
    "Larval tank fibreglass lasts ten years",
    "Two technicians can run the night checks",
    "Power upgrade finished before the spawning season",
]
OYSTER_PEOPLE = ["Sam Whitlock", "Mei Chen", "Jack Doherty"]
#: a `Confidence` column's letters are the standard's confidence words' first letters
CONFIDENCE = {"H": "High", "M": "Medium", "L": "Low"}


def au_oyster_hatchery_assumptions(folder: Path, rng: random.Random) -> Built:
    """An Australian oyster hatchery's assumption log on two sheets: the first PM's header
    on `Assumptions (old)`, the later PM's on `Assumptions`; day-first text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Port Stephens Hatchery Expansion - Assumptions"
    head = ["ID", "Assumption", "Owner", "Validate By", "Status", "Confidence"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    by = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(OYSTER_NEW, n)):
        who, st = rng.choice(OYSTER_PEOPLE), rng.choice(["Open", "Validated", "Open"])
        conf = rng.choice("HML")
        _put(ws, 4 + i, 1, [[f"A-{i + 4:03d}", text, who, _au(by[i]), st, conf]])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 4:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", st),
            ValueFact("assumptions", i, "confidence", CONFIDENCE[conf]),
        ]
    targets: Targets = _cols("A", ["id", "assumption", "owner", "validate_by", "status"])
    targets |= {"F": "confidence"}
    tables = [_one("assumptions", "Assumptions", 3, targets, n)]
    ws = wb.create_sheet("Assumptions (old)")
    _put(ws, 1, 1, [["Ref", "Assumption", "Who", "Check by", "OK?"]])
    old = _days(rng, len(OYSTER_OLD), date(2024, 8, 5))
    for k, text in enumerate(OYSTER_OLD):
        ok = rng.choice(["Y", "N"])
        _put(ws, 2 + k, 1, [[f"A-{k + 1:03d}", text, rng.choice(OYSTER_PEOPLE), _au(old[k]), ok]])
    targets = _cols("A", ["id", "assumption", "owner", "validate_by", ("status", None)])
    tables.append(_one("assumptions", "Assumptions (old)", 1, targets, len(OYSTER_OLD)))
    return Built(_save(wb, folder, "au_oyster_hatchery_assumptions"), tables, values)


BLOOD_DEPS = [
    ("Cold chain vans from the state health mission", "Inbound"),
    ("LIMS interface from the hospital IT cell", "Inbound"),
    ("Donor camp calendar shared with the NGO partners", "Outbound"),
    ("Generator backup from the PWD electrical wing", "Inbound"),
    ("Component separation SOPs to the district hospitals", "Outbound"),
]
BLOOD_ORGS = ["NHM Karnataka", "Hospital IT Cell", "Rotary Blood Drive", "PWD Electrical"]
BLOOD_PEOPLE = ["Dr. Kavitha Rao", "Suresh Naik", "Anjali Deshpande"]


def in_blood_bank_dependencies(folder: Path, rng: random.Random) -> Built:
    """An Indian regional blood bank's dependency log: In/Out words, date cells shown
    `dd-mm-yyyy`, a `Last Update` column, an `Open: n` line under the table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Regional Blood Transfusion Centre, Mysuru - Dependency Log"
    head = ["Dep ID", "Dependency", "Inbound/Outbound", "Provider", "Provider Contact"]
    head += ["Owner", "Need Date", "Committed Date", "Status", "Last Update"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    need = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(BLOOD_DEPS, n)):
        org, them = rng.choice(BLOOD_ORGS), rng.choice(BLOOD_PEOPLE)
        who = rng.choice(BLOOD_PEOPLE)
        com = need[i] + timedelta(days=rng.choice([0, 7, -3]))
        st = rng.choice(["Open", "On Track", "Late"])
        note = f"{need[i] - timedelta(20):%d-%m-%Y}: letter sent"
        cells = [f"DEP-{i + 1:03d}", text, way, org, them, who, need[i], com, st, note]
        _put(ws, 4 + i, 1, [cells])
        for c in (7, 8):
            ws.cell(4 + i, c).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", com),
            ValueFact("dependencies", i, "status", st),
        ]
    ws.cell(5 + n, 1, f"Open: {n}")
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["counterparty_owner", "owner", "need_by", "committed_date"])
    targets |= _cols("I", ["status", ("last_updated", None)])
    path = _save(wb, folder, "in_blood_bank_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


BELL_DECISIONS = [
    "Furnace moved to the new site before the tuning shop",
    "Historic moulding loam kept, not replaced by resin sand",
    "Tuning lathe refurbished rather than replaced",
    "Museum display stays at the old foundry until 2027",
    "Crane hire on a day rate, not a term contract",
]
BELL_MAKERS = ["Project Board", "Managing Director", "Heritage Panel", "Alison Whitbread"]


def uk_bell_foundry_decisions(folder: Path, rng: random.Random) -> Built:
    """A UK bell foundry's decision log: numbered rows, a later `Superseded by?` column,
    a struck `DELETED - entered twice` row, two-line cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Foundry Relocation - Decision Log"
    head = ["Decision No.", "Date", "Decision", "Reason", "Decided By", "Superseded by?"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    made = _days(rng, n, date(2024, 11, 4))
    values: list[ValueFact] = []
    row = 4
    for i, text in enumerate(rng.sample(BELL_DECISIONS, n)):
        who = rng.choice(BELL_MAKERS)
        why = rng.choice(["Keeps the casting season\non track", "Cheaper over two years"])
        _put(ws, row, 1, [[i + 1, made[i], text, why, who, None]])
        ws.cell(row, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
        ]
        if "\n" not in why:  # a two-line reason: kept on two lines or joined? no fact
            values.append(ValueFact("decisions", i, "rationale", why))
        row += 1
        if i == 0:
            _put(ws, row, 1, [[None, made[i], text, "DELETED - entered twice", who]])
            _strike(ws, row, 6)
            row += 1
    path = _save(wb, folder, "uk_bell_foundry_decisions")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets["F"] = ("linked_ids", None)  # `Superseded by?` links a decision, or left out
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

SEAWEED_LINES = ["Drying tunnel", "Harvest boat refit", "Cold store", "Packing line",
                 "Site works"]  # fmt: skip


def ie_seaweed_finance_tracker(folder: Path, rng: random.Random) -> Built:
    """An Irish seaweed processor's budget tracker: `Jan-26` month text, later months in
    another style, a `FY27 Q1` column, a mid-table subtotal, a hidden GL code column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget")
    ws["A1"] = "Connemara Seaweed Processing Plant - Budget by Month (EUR)"
    months = _months(date(2026, 1, 1), 12)
    labels: list[object] = [f"{m:%b}-{m:%y}" for m in months[:9]]
    labels += ["October 2026", "Nov 2026", "Dec 2026"]
    _put(ws, 3, 1, [["Cost Line", "GL code", *labels, "FY27 Q1", "Total"]])
    ws.column_dimensions["B"].hidden = True
    ws.freeze_panes = "C4"
    lines = rng.sample(SEAWEED_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    tot = [0] * (len(months) + 2)
    for r, line in enumerate(lines):
        amounts = [rng.randrange(1, 40) * 500 for _ in months]
        cells = [*amounts, rng.randrange(5, 50) * 1000]
        cells.append(sum(cells[: len(months)]))
        tot = [a + b for a, b in zip(tot, cells, strict=True)]
        _put(ws, row, 1, [[line, f"GL{6100 + r}", *cells]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", float(amounts[m])))
        row += 1
        if r == 1:  # the first PM's phase subtotal, left in when phase 2's lines were added
            _put(ws, row, 1, [["Subtotal - Phase 1", None, *tot]])
            ws.cell(row, 1).font = Font(bold=True)
            row += 1
    _put(ws, row, 1, [["Total", None, *tot]])
    path = _save(wb, folder, "ie_seaweed_finance_tracker")
    table = TruthTable("Budget", 3, "finance", {"A": "cost_line", "B": None},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


MUSHROOM_LINES = ["Growing tunnels", "Compost yard", "Climate control", "Packhouse"]


def nz_mushroom_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """A NZ mushroom farm's budget vs actual: a `Measure` column (Budget / Actual /
    Variance rows per line), month date cells, a legend block to the right."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    ws["A1"] = "Te Puke Mushroom Farm Expansion - Budget vs Actual (NZD)"
    months = _months(date(2025, 10, 1), 6)
    _put(ws, 3, 1, [["Cost Line", "Measure", *months]])
    for c in range(3, 3 + len(months)):
        ws.cell(3, c).number_format = "mmm-yy"
    _put(ws, 3, 11, [["Legend"], ["Variance = Budget - Actual"], ["Grey = not yet spent"]])
    done = 4
    values: list[ValueFact] = []  # NZD is on no standard currency list: no currency fact
    row = 4
    lines = rng.sample(MUSHROOM_LINES, 3)
    for line in lines:
        plan = [rng.randrange(2, 60) * 1000 for _ in months]
        spent = [round(p * rng.uniform(0.7, 1.2), -2) if m < done else None
                 for m, p in enumerate(plan)]  # fmt: skip
        var = [p - s if s is not None else None for p, s in zip(plan, spent, strict=True)]
        _put(ws, row, 1, [[line, "Budget", *plan], [None, "Actual", *spent]])
        _put(ws, row + 2, 1, [[None, "Variance", *var]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", float(plan[m])))
            if spent[m] is not None:
                values.append(ValueFact("finance", (month, line), "actual", float(spent[m])))
        row += 3
    path = _save(wb, folder, "nz_mushroom_budget_vs_actual")
    table = TruthTable("BvA", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


CURLING_PEOPLE = [
    ("Fiona Grant", "Project Manager"),
    ("Callum Reid", "Ice Technician"),
    ("Morag Stewart", "Quantity Surveyor"),
    ("Euan Fraser", "Electrician"),
    ("Isla Buchanan", "Club Liaison"),
]


def uk_curling_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Scottish curling club's resource plan: `Apr-26` month text, days per month,
    leavers greyed out as `(left)` with their rows emptied, a `Total days` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Perth Curling Rink Ice Plant Replacement - Resource Plan (days)"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 3, 1, [["Name", "Role", *[f"{m:%b}-{m:%y}" for m in months]]])
    people = rng.sample(CURLING_PEOPLE, 4)
    row, count = 4, 0
    tot = [0] * len(months)
    for k, (who, role) in enumerate(people):
        days = [rng.choice([0, 2, 5, 10]) for _ in months]
        count += sum(1 for d in days if d)
        tot = [a + b for a, b in zip(tot, days, strict=True)]
        _put(ws, row, 1, [[who, role, *[d or None for d in days]]])
        row += 1
        if k in (0, 2):  # a leaver, greyed out, the allocation moved to the replacement
            _put(ws, row, 1, [[f"{'Alan Munro' if k == 0 else 'Ruth Baird'} (left)", role]])
            for c in range(1, 3 + len(months)):
                ws.cell(row, c).fill = GREY
            row += 1
    _put(ws, row, 1, [["Total days", None, *tot]])
    path = _save(wb, folder, "uk_curling_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


TRAM_MILESTONES = [
    "Depot design freeze",
    "Track fan laid",
    "Overhead catenary energised",
    "Maintenance pit handed over",
    "Wash plant commissioned",
    "First tram stabled overnight",
    "Depot operational",
]
TRAM_PEOPLE = ["Derek Holloway", "Maria Santos", "Jin Park"]
#: the standard's milestone statuses: a `Status` word on it is read as written (round 27's
#: audit); the tram plan's `Complete` and `At Risk` are, its `On Track` is not
MILESTONE_STATUS = frozenset(default_standards().lists["milestone_status"])


def us_tram_depot_milestones(folder: Path, rng: random.Random) -> Built:
    """A US tram depot's re-baselined milestone plan: `Baseline 1`, `Baseline 2`,
    `Forecast`, `Actual` date cells, notes with line breaks, a struck `DELETED` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Kenosha Streetcar Depot - Milestone Plan (re-baselined Oct 2025)"
    head = ["Milestone", "Owner", "Baseline 1", "Baseline 2", "Forecast", "Actual", "Status"]
    _put(ws, 3, 1, [[*head, "Notes"]])
    n = len(TRAM_MILESTONES)
    b1 = _days(rng, n, date(2025, 3, 3))
    b2 = [d + timedelta(days=rng.choice([0, 0, 35, 63])) for d in b1]
    fc = _past_twelfth([d + timedelta(days=rng.choice([0, 7, 21])) for d in b2])
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    row = 4
    for k, name in enumerate(TRAM_MILESTONES):
        who = rng.choice(TRAM_PEOPLE)
        actual = fc[k] if k < done else None
        st = "Complete" if k < done else rng.choice(["On Track", "At Risk"])
        note = "Slipped with the\nutility diversion" if b2[k] != b1[k] else None
        _put(ws, row, 1, [[name, who, b1[k], b2[k], fc[k], actual, st, note]])
        for c in range(3, 7):
            ws.cell(row, c).number_format = "m/d/yyyy"
        values += [
            ValueFact("milestones", k, "milestone", name),
            ValueFact("milestones", k, "owner", who),
            ValueFact("milestones", k, "forecast_date", fc[k]),
        ]
        if b1[k] == b2[k]:
            values.append(ValueFact("milestones", k, "baseline_date", b1[k]))
        if actual:
            values.append(ValueFact("milestones", k, "actual_date", actual))
        if st in MILESTONE_STATUS:  # `On Track` is on no list: no fact
            values.append(ValueFact("milestones", k, "status", st))
        row += 1
        if k == 2:
            _put(ws, row, 1, [["Bus bay relocated", who, b1[k], None, None, None, "DELETED"]])
            _strike(ws, row, 8)
            row += 1
    targets: Targets = _cols("A", ["milestone", "owner", ("baseline_date", None)])
    targets |= _cols("D", [("baseline_date", None), "forecast_date", "actual_date"])
    targets |= _cols("G", ["status", None])
    path = _save(wb, folder, "us_tram_depot_milestones")
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


FUNI_MILESTONES = ["Haul rope replaced", "Car bodies refurbished", "Control system cut-over",
                   "Safety authority inspection", "Reopening to the public"]  # fmt: skip


def ca_funicular_status_report(folder: Path, rng: random.Random) -> Built:
    """A Quebec City funicular's status report: label / value pairs with a `Last period`
    column, a RAG key block to the right, a `Key Milestones` table below."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    ws["A1"] = "MONTHLY STATUS REPORT"
    report = date(2026, 2, 20)
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(2)]
    _put(ws, 3, 1, [[None, "This period", "Last period"]])
    pairs: list[list[object]] = [
        ["Project", "Old Quebec Funicular Modernization"],
        ["Project Manager", "Isabelle Tremblay"],
        ["Report Date", report],
        ["Overall Status", rags[0], rng.choice(["Green", "Amber"])],
        ["Schedule", rags[1], "Green"],
    ]
    _put(ws, 4, 1, pairs)
    ws["B6"].number_format = "yyyy-mm-dd"
    _put(ws, 3, 6, [["RAG key"], ["Green: on plan"], ["Amber: at risk"], ["Red: off plan"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Old Quebec Funicular Modernization"),
        ValueFact("project", 0, "project_manager", "Isabelle Tremblay"),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
    ]
    ws["A11"] = "Key Milestones"
    _put(ws, 12, 1, [["Milestone", "Baseline", "Forecast", "Comment"]])
    n = rng.randint(3, 5)
    base = _days(rng, n, date(2025, 11, 3))
    for k, name in enumerate(FUNI_MILESTONES[:n]):
        fc = base[k] + timedelta(days=rng.choice([0, 14]))
        _put(ws, 13 + k, 1, [[name, base[k], fc, rng.choice([None, "Weather window"])]])
        for c in (2, 3):
            ws.cell(13 + k, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("milestones", k, "milestone", name),
            ValueFact("milestones", k, "baseline_date", base[k]),
            ValueFact("milestones", k, "forecast_date", fc),
        ]
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", None])
    path = _save(wb, folder, "ca_funicular_status_report")
    return Built(path, [_one("milestones", "Status", 12, targets, n)], values)


MAPLE_LINES = ["Evaporator", "Reverse osmosis unit", "Tubing network", "Sugar shack roof"]


def ca_maple_cooperative_costs(folder: Path, rng: random.Random) -> Built:
    """A maple syrup cooperative's long-form cost tracker: `Jan-26` month text, a `Total`
    row after each month left mid-table, an `n/a` line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Costs")
    ws["A1"] = "Beauce Maple Co-op - Sugarbush Expansion Cost Tracker (CAD)"
    _put(ws, 3, 1, [["Month", "Cost Line", "Budget", "Actual", "Notes"]])
    ws.freeze_panes = "A4"
    months = _months(date(2026, 1, 1), 3)
    lines = rng.sample(MAPLE_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    row = 4
    for m, month in enumerate(months):
        label = f"{month:%b}-{month:%y}"
        sb = sa = 0
        for line in lines:
            budget = rng.randrange(2, 40) * 1000
            spent = round(budget * rng.uniform(0.8, 1.15), -2)
            _put(ws, row, 1, [[label, line, budget, spent]])
            for c in (3, 4):
                ws.cell(row, c).number_format = "#,##0"
            sb, sa = sb + budget, sa + int(spent)
            values.append(ValueFact("finance", (month, line), "budget", float(budget)))
            values.append(ValueFact("finance", (month, line), "actual", float(spent)))
            row += 1
        if m == 1:
            _put(ws, row, 1, [[label, "n/a", "n/a", "n/a", "line closed"]])
            row += 1
        _put(ws, row, 1, [[f"Total {label}", None, sb, sa]])
        ws.cell(row, 1).font = Font(bold=True)
        row += 1
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    targets["E"] = ("notes", None)
    path = _save(wb, folder, "ca_maple_cooperative_costs")
    table = TruthTable("Costs", 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


HELD_OUT_40: tuple[Layout, ...] = (
    Layout("uk_lido_raid_log",
           "UK lido worn RAID log (Owner (new), Update dd/mm columns, DELETED row, Closed tab)",
           uk_lido_raid_log),
    Layout("us_cranberry_risk_register",
           "US cranberry marsh risk register (CLOSED ITEMS heading, RAG key beside, H/M/L)",
           us_cranberry_risk_register),
    Layout("ca_ice_rink_issue_log",
           "Canadian ice rink issue log (dated comment log, dup and n/a rows, P1..P3)",
           ca_ice_rink_issue_log),
    Layout("au_oyster_hatchery_assumptions",
           "Australian oyster hatchery assumptions (old and new header on two sheets)",
           au_oyster_hatchery_assumptions),
    Layout("in_blood_bank_dependencies",
           "Indian blood bank dependency log (Inbound/Outbound, Last Update, Open: n line)",
           in_blood_bank_dependencies),
    Layout("uk_bell_foundry_decisions",
           "UK bell foundry decision log (Superseded by?, struck DELETED row, line breaks)",
           uk_bell_foundry_decisions),
    Layout("ie_seaweed_finance_tracker",
           "Irish seaweed budget tracker (Jan-26 then October 2026 labels, FY27 Q1, subtotal)",
           ie_seaweed_finance_tracker),
    Layout("nz_mushroom_budget_vs_actual",
           "NZ mushroom farm budget vs actual (Measure rows Budget/Actual/Variance, legend)",
           nz_mushroom_budget_vs_actual),
    Layout("uk_curling_resource_plan",
           "Scottish curling rink resource plan (Apr-26 text, greyed (left) leavers)",
           uk_curling_resource_plan),
    Layout("us_tram_depot_milestones",
           "US tram depot milestone plan (Baseline 1, Baseline 2, Forecast, DELETED row)",
           us_tram_depot_milestones),
    Layout("ca_funicular_status_report",
           "Quebec funicular status report (This / Last period, RAG key, Key Milestones)",
           ca_funicular_status_report),
    Layout("ca_maple_cooperative_costs",
           "Canadian maple co-op cost tracker, long form (Total rows mid-table, n/a line)",
           ca_maple_cooperative_costs),
)  # fmt: skip
