"""The seventieth held-out batch (``HELD_OUT_70``, round 34): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is SUPPLIER AND
CONSULTANCY REPORTS: workbooks a client's project receives from (or sends to) its
integrators, contractors, vendors and consultancies, which the PMO adopts as the client
project's registers and trackers, in sectors no earlier batch's docstring names (a marzipan
factory, a guitar factory, a harpsichord workshop, a pencil factory, a tofu plant, an
umbrella factory, a candle works, a hosiery mill, a surfboard factory, a paintbrush factory,
a snail farm, a cuckoo clock museum).

Registers:

- ``de_luebeck_marzipan_integrator_raid``: a Lübeck marzipan factory's line automation
  integrator's RAID extract on one sheet: a supplier banner and `Client project` line,
  `Ref` in the integrator's own `LMX-0nn` scheme (one counter over all types), `Type` Risk /
  Issue / Assumption / Dependency, `Description`, `Party` Client / Integrator, `Owner`
  (a name), `Raised` as `dd.mm.yyyy` text, `Target` as `dd.mm.yyyy` text, `Status` Open /
  Closed.
- ``no_bergen_guitar_contractor_risks``: a Bergen guitar factory extension's main
  contractor risk register: title, `Contract: NS 8405` line, header on row 4, `No.` 1..,
  `Risk description`, `Consequence`, `P` / `C` 1-5, `Score` (P x C), `Risk owner` Contractor
  / Employer / Shared, `Action`, `Action by` (a name), `Status` Open / Closed.
- ``be_antwerp_harpsichord_vendor_issues``: an Antwerp harpsichord workshop's climate
  control vendor's ticket export: `Ticket` HD-nnnnn, `Opened` as `yyyy-mm-dd hh:mm` text,
  `Summary`, `Severity` Sev 1 .. Sev 4, `Assignee`, `State` New / In Progress / Resolved /
  Closed, `Resolved on` date cells.
- ``ro_cluj_pencil_consultancy_decisions``: a Cluj pencil factory's consultancy decision
  record: `Decision ID` DEC-01.., `Date agreed` cells shown `dd.mm.yyyy`, `Decision`,
  `Rationale`, `Agreed by`, `Consultant lead` (the consultancy's partner).
- ``hr_zagreb_tofu_supplier_dependencies``: a Zagreb tofu plant's equipment supplier's
  `Client dependencies` list (what the supplier needs from the client): `Item`, `Required
  from client`, `Client owner`, `Needed by` cells, `Status` Received / Outstanding / Late.
- ``uk_dundee_umbrella_contractor_risks_issues``: a Dundee umbrella factory fit-out
  contractor's workbook with a `Risks` sheet and an `Issues` sheet: `ID` R01 / I01, dates
  as date cells shown `dd/mm/yyyy`, RAG severities on issues.

Trackers:

- ``se_jonkoping_candle_consultancy_fees``: a Jönköping candle works' engineering
  consultancy fee tracker: months DOWN as `2026-01` text, workstreams as rows under each
  month (`Month`, `Workstream`, `Hours`, `Rate (SEK/h)`, `Fee excl. moms`, `Moms 25%`,
  `Fee incl. moms`), a `Total` row.
- ``us_asheville_hosiery_pay_application``: an Asheville hosiery mill's contractor
  payment application (continuation sheet): `Period to` date cell, `Item`, `Description of
  work`, `Scheduled value`, `From previous`, `This period`, `Total completed`, `%`,
  `Balance to finish`, `Retainage`, a `Grand total` row (USD).
- ``nz_hokitika_surfboard_invoice_log``: a Hokitika surfboard factory's supplier invoice
  log: `Invoice #`, `Invoice date` cells, `PO`, `Cost line`, `Net (NZD)`, `GST`, `Gross`,
  `Paid` Y / N.
- ``fr_biarritz_paintbrush_staffing_plan``: a Biarritz paintbrush factory ERP outsourcer's
  staffing plan in FTE per month: `Role`, `Consultant` (a name or `TBC`), `Grade`, `Day
  rate (EUR)`, months across as date cells shown `mmm-yy`.
- ``lt_kaunas_snail_farm_sow_milestones``: a Kaunas snail farm's SOW payment milestones
  from its processing line supplier: `MS`, `Deliverable`, `Contract date`, `Forecast`,
  `Achieved` cells, `Payment %`, `Amount (EUR)`, `Acceptance` Accepted / Pending / Not due.
- ``ch_cuckoo_clock_supplier_status_pack``: a Swiss cuckoo clock museum's exhibition
  fit-out supplier's monthly status pack: `Client`, `Client project`, `Supplier`, `Supplier
  PM`, `Client PM`, `Period ending` date cell, RAG words, `Headline`, then a `Milestones`
  table (`Milestone`, `Contract`, `Forecast`, `Actual`, `RAG`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the marzipan RAID extract's `LMX-014` refs (the integrator's one counter over all
  types: kept, or renumbered per type?): no id fact; `Party` Client / Integrator (which
  side holds it, not who): left out; `Owner` (a name) is the owner; `Target` is an issue's
  due date and an assumption's validate-by date, for a risk (due or review?) and a
  dependency (need-by or committed?) no fact; a dependency's `Raised`: no fact; the
  `Client project` line names the client's project, but no project field is asked here;
- the consultancy fee tracker's money: `Fee excl. moms` is the actual (the project's cost
  is net of recoverable VAT; least sure), `Moms 25%` and `Fee incl. moms` left out;
  `Hours` and `Rate`: left out; `Total` rows: no line; SEK;
- the guitar contractor register's `Risk owner` Contractor / Employer / Shared (a party,
  not a person: owner or left out?): no owner fact, `Action by` (a name: the owner or
  an action owner?) no fact either; `No.` 1..: no id fact; `Consequence` (description or
  impact text?): no fact; `Score`: left out (derived);
- the status pack's `Supplier PM` (the supplier's own PM, not the project's manager):
  left out, `Client PM` is the project manager; `Client project` is the project name (the
  pack is for the client's project, not the supplier's contract); `Milestones` `RAG`
  Green / Amber / Red (no milestone status word: In Progress / At Risk?): no status fact,
  except `Complete` written in it when the actual is filled; `Contract` the baseline,
  `Forecast` the forecast, `Actual` the actual; `Period ending` the report date; no
  currency on the pack: no currency fact;
- the SOW milestones' `Pending` (delivered, awaiting acceptance: Complete or not?) and
  `Not due` (Not Started or In Progress?): no status fact, `Accepted` is Complete;
  `Payment %` and `Amount (EUR)`: left out (a payment schedule, not a monthly tracker), no
  finance fact; `MS` MS1..: no id fact;
- the vendor tickets' `Sev 1` .. `Sev 4` are Critical / High / Medium / Low (the vendor's
  four levels in order); `HD-20417` (a vendor ticket number): no id fact; `New` is Open;
  `Opened` text with a time is the raised date; `Assignee` (the vendor's engineer) is the
  owner as written;
- the supplier's client dependencies: direction (what the supplier needs from the
  client: inbound or outbound for the client's project?): no direction fact; `Received` is
  Delivered, `Outstanding` (On Track or Open?): no status fact, `Late` is Late; `Item`
  1..: no id fact; `Needed by` is the need-by date; `Client owner` the owner;
- the pay application's `This period` is the period month's actual per line; `Scheduled
  value` (a contract sum, not a month's budget): no fact; `From previous`, `Total
  completed`, `%`, `Balance to finish`, `Retainage`: left out; `Grand total`: no line;
- the invoice log's `Net (NZD)` is the actual in the invoice date's month per `Cost line`
  (two invoices of one line in a month add up); `GST`, `Gross`, `Paid`, `PO`: left out;
- the staffing plan's FTE per month: counts only (non-empty month cells), no value facts;
  a `TBC` consultant is still a row of the plan; `Grade`, `Day rate (EUR)`: left out;
- the pencil decisions' `DEC-01` is DC-001 (a decisions-only register numbering its
  decisions); `Agreed by` the maker; `Consultant lead`: left out;
- the umbrella contractor's `R01` / `I01` are R-001 / I-001; issue `Severity` Red / Amber
  / Green (priority High / Medium / Low?): no priority fact; risk `Likelihood` / `Impact`
  Low / Medium / High (which number on a 1-5 scale?): no value fact.

Audit, round 34 (docs/adopt.md "### Round 34: the seventieth batch's truth audited"): the
umbrella contractor's risk `Likelihood` / `Impact` Low / Medium / High now have their
`probability` / `impact` facts 1 / 3 / 5 (the documented three-level reading that rounds
26, 30 and 31's audits added to such columns; the "no value fact" above no longer holds);
the marzipan extract's labelled `Client project:` line is now the `project_name` (a
labelled project line, as the status pack's `Client project` and earlier audits' `Project:`
lines); the pay application's title now says `(USD)` (a writer's slip: its USD currency
fact had no cell naming the currency; no draw changes). Everything else was checked and
left.

Round 35 (docs/adopt.md "### Round 35: tuning on the seventieth batch ..."): the candle
works' `SEK` and the invoice log's `NZD` currency facts are removed, a slip against the
standards: neither code is on the standards' currency list (GBP, EUR, USD, CHF, AUD, CAD,
INR, SGD, JPY), so adoption names the currency in a warning and leaves it unread, as the
earlier batches' truths and audits rule for NZD, KES, ZAR and NOK. No draw changes.

Readings used: date cells are what they hold; `dd.mm.yyyy` text is day first; ISO text is
ISO. It was written and checked for internal consistency only
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


def _dots(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

MARZIPAN_ROWS = [
    ("Risk", "Almond paste viscosity outside the depositor's range"),
    ("Risk", "Chocolate enrober delivery slips past the Christmas shutdown"),
    ("Issue", "Vision system rejects embossed loaves as misshapen"),
    ("Issue", "PLC licence keys not transferred by the previous integrator"),
    ("Assumption", "Client provides a food-safe compressed air supply at 7 bar"),
    ("Assumption", "Night shift available for the FAT weekend"),
    ("Dependency", "Client IT opens the OPC UA port to the MES"),
    ("Dependency", "Building services reinforce the mezzanine slab"),
]
MARZIPAN_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
MARZIPAN_REG["Dependency"] = "dependencies"
MARZIPAN_PEOPLE = ["Jens Petersen", "Anke Brandt", "Tobias Kruse", "Maren Lüdtke"]


def de_luebeck_marzipan_integrator_raid(folder: Path, rng: random.Random) -> Built:
    """A Lübeck marzipan line integrator's RAID extract: one counter `LMX-0nn` over every
    type, `Party` Client / Integrator and a named `Owner`, `dd.mm.yyyy` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Nordlicht Automation GmbH - RAID extract for client"
    ws["A2"] = "Client project: Lübeck Marzipan Line 4 Automation"
    ws["A3"] = f"Extract date: {rng.randint(2, 27):02d}.03.2026"
    head = ["Ref", "Type", "Description", "Party", "Owner", "Raised", "Target", "Status"]
    _put(ws, 5, 1, [head])
    rows = [r for k, r in enumerate(MARZIPAN_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2025, 11, 3))
    start = rng.randint(3, 30)
    counts: dict[str, int] = {}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Lübeck Marzipan Line 4 Automation")
    ]
    for k, (kind, text) in enumerate(rows):
        reg = MARZIPAN_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice(MARZIPAN_PEOPLE)
        target = raised[k] + timedelta(days=rng.choice([10, 20, 45]))
        st = rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"LMX-{start + k:03d}", kind, text]
        cells += [rng.choice(["Client", "Integrator"]), who, _dots(raised[k])]
        cells += [_dots(target), st]
        _put(ws, 6 + k, 1, [cells])
        title = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, title, text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), None])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("E", ["owner", ("raised_date", None), due_cols, "status"])
    path = _save(wb, folder, "de_luebeck_marzipan_integrator_raid")
    return Built(path, [TruthTable("RAID extract", 5, "raid", targets, counts)], values)


GUITAR_RISKS = [
    ("Ground frost delays the foundation pour", "Two weeks on the critical path"),
    ("Humidity control plant undersized for the lacquer room", "Rework of the ductwork"),
    ("Rock blasting near the existing workshop", "Vibration damage to stock"),
    ("Timber drying kiln supplier insolvency", "Re-tender the kiln"),
    ("Municipality delays the change of use", "Occupation late"),
    ("Steel price index rise above the contract cap", "Cost claim"),
]
GUITAR_PEOPLE = ["Kari Haugen", "Ole Nilsen", "Ingrid Solberg"]


def no_bergen_guitar_contractor_risks(folder: Path, rng: random.Random) -> Built:
    """A Bergen guitar factory extension's main contractor risk register: `No.` 1..,
    `P` / `C` 1-5, a party `Risk owner` and a named `Action by`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risikoregister")
    ws["A1"] = "Fjordtone Guitar Factory Extension - Contractor risk register"
    ws["A2"] = "Contract: NS 8405, Vestbygg AS"
    head = ["No.", "Risk description", "Consequence", "P", "C", "Score", "Risk owner"]
    head += ["Action", "Action by", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, (text, cons) in enumerate(rng.sample(GUITAR_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        st = rng.choice(["Open", "Open", "Closed"])
        act = rng.choice(["Weekly review at site meeting", "Price fixed with supplier"])
        cells: list[object] = [i + 1, text, cons, p, c, p * c]
        cells += [rng.choice(["Contractor", "Employer", "Shared"]), act]
        cells += [rng.choice(GUITAR_PEOPLE), st]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", act),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", ("description", None)])
    targets |= _cols("D", ["probability", "impact", None, ("owner", None), "response"])
    targets |= _cols("I", [("owner", None), "status"])
    path = _save(wb, folder, "no_bergen_guitar_contractor_risks")
    return Built(path, [_one("risks", "Risikoregister", 4, targets, n)], values)


HARPSICHORD_TICKETS = [
    "Humidifier in the restoration room trips on low water",
    "Dew point sensor 3 reads 8% high",
    "BMS alarm e-mails not reaching the workshop",
    "Chiller short-cycles overnight",
    "Display case RH drifts above 60%",
    "Firmware update left the touch panel in English only",
]
HARPSICHORD_SEV = {"Sev 1": "Critical", "Sev 2": "High", "Sev 3": "Medium", "Sev 4": "Low"}
HARPSICHORD_STATE = {"New": "Open", "In Progress": "In Progress"}
HARPSICHORD_STATE |= {"Resolved": "Resolved", "Closed": "Closed"}


def be_antwerp_harpsichord_vendor_issues(folder: Path, rng: random.Random) -> Built:
    """An Antwerp harpsichord workshop's climate vendor's ticket export: `HD-nnnnn`,
    `Opened` ISO text with a time, `Sev 1` .. `Sev 4`, `Resolved on` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tickets")
    head = ["Ticket", "Opened", "Summary", "Severity", "Assignee", "State", "Resolved on"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    opened = _days(rng, n, date(2026, 1, 8))
    base = rng.randint(20100, 20900)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(HARPSICHORD_TICKETS, n)):
        sev = rng.choice(list(HARPSICHORD_SEV))
        who = rng.choice(["Pieter De Smet", "Lotte Peeters", "Wout Janssens"])
        state = rng.choice(list(HARPSICHORD_STATE))
        done = opened[i] + timedelta(days=rng.randint(1, 9))
        fixed = done if state in ("Resolved", "Closed") else None
        stamp = f"{opened[i].isoformat()} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
        _put(ws, 2 + i, 1, [[f"HD-{base + 7 * i}", stamp, text, sev, who, state, fixed]])
        ws.cell(2 + i, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", HARPSICHORD_SEV[sev]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "status", HARPSICHORD_STATE[state]),
        ]
        if fixed:
            values.append(ValueFact("issues", i, "closed_date", fixed))
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "priority"])
    targets |= _cols("E", ["owner", "status", "closed_date"])
    path = _save(wb, folder, "be_antwerp_harpsichord_vendor_issues")
    return Built(path, [_one("issues", "Tickets", 1, targets, n)], values)


PENCIL_DECISIONS = [
    ("Graphite core extruder bought second-hand", "Saves 40% against new, 2-year warranty"),
    ("Lime wood replaces cedar for slats", "FSC supply in Transylvania"),
    ("Lacquer line moved to water-based coating", "Solvent emission limits"),
    ("Packing outsourced for the first year", "Floor space in hall B"),
    ("ERP kept on the current version", "Upgrade risk during go-live"),
]


def ro_cluj_pencil_consultancy_decisions(folder: Path, rng: random.Random) -> Built:
    """A Cluj pencil factory consultancy's decision record: `DEC-01`, `Date agreed` cells
    shown `dd.mm.yyyy`, `Agreed by` and a `Consultant lead` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision record")
    ws["A1"] = "Creion Cluj Plant Modernisation - Decision record (prepared by Arcadia Advisory)"
    head = ["Decision ID", "Date agreed", "Decision", "Rationale", "Agreed by"]
    _put(ws, 3, 1, [[*head, "Consultant lead"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 9, 15))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(PENCIL_DECISIONS, n)):
        who = rng.choice(["Steering Board", "Ioana Pop (COO)", "Mihai Rus (CEO)"])
        _put(ws, 4 + i, 1, [[f"DEC-{i + 1:02d}", when[i], text, why, who, "A. Marin"]])
        ws.cell(4 + i, 2).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by", None])
    path = _save(wb, folder, "ro_cluj_pencil_consultancy_decisions")
    return Built(path, [_one("decisions", "Decision record", 3, targets, n)], values)


TOFU_DEPS = [
    "Soybean soaking tank foundations poured",
    "Potable water at 3 bar to the grinder",
    "Steam connection from the boiler house",
    "Drainage for whey to the treatment plant",
    "Food safety officer sign-off on the layout",
    "Forklift access through door 2",
]
TOFU_STATUS = {"Received": "Delivered", "Outstanding": None, "Late": "Late"}


def hr_zagreb_tofu_supplier_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Zagreb tofu plant supplier's `Client dependencies` list: `Item` 1.., `Client
    owner`, `Needed by` date cells, `Received` / `Outstanding` / `Late`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client dependencies")
    ws["A1"] = "Soja-Tech d.o.o. - dependencies on the client (Zagreb tofu line)"
    head = ["Item", "Required from client", "Client owner", "Needed by", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TOFU_DEPS, n)):
        who = rng.choice(["Marko Horvat", "Ana Kovačić", "Ivan Babić"])
        st = rng.choice(list(TOFU_STATUS))
        _put(ws, 4 + i, 1, [[i + 1, text, who, need[i], st]])
        ws.cell(4 + i, 4).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
        ]
        if TOFU_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", TOFU_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title", "owner", "need_by", "status"])
    path = _save(wb, folder, "hr_zagreb_tofu_supplier_dependencies")
    return Built(path, [_one("dependencies", "Client dependencies", 3, targets, n)], values)


UMBRELLA_RISKS = [
    "Asbestos in the old jute mill roof void",
    "Listed building consent for the new windows",
    "Canopy fabric cutting table lead time",
    "Power upgrade by SSEN not before autumn",
    "Contractor labour shortage over the summer",
]
UMBRELLA_ISSUES = [
    "Fire alarm panel not compatible with the landlord's system",
    "Floor levels out by 30 mm in bay 3",
    "Water ingress at the loading door",
    "Welfare cabins delivered to the wrong gate",
]
UMBRELLA_PEOPLE = ["Callum Reid", "Fiona Stewart", "Euan McLeod"]


def uk_dundee_umbrella_contractor_risks_issues(folder: Path, rng: random.Random) -> Built:
    """A Dundee umbrella factory fit-out contractor's `Risks` and `Issues` sheets: `R01` /
    `I01`, date cells shown `dd/mm/yyyy`, RAG severities on issues."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    _put(ws, 1, 1, [["ID", "Date identified", "Risk", "Likelihood", "Impact", "Owner"]])
    ws.cell(1, 7).value = "Mitigation"
    ws.cell(1, 8).value = "Status"
    n = rng.randint(3, 5)
    made = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    scale = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
    for i, text in enumerate(rng.sample(UMBRELLA_RISKS, n)):
        p, c = rng.choice(list(scale)), rng.choice(list(scale))
        who, st = rng.choice(UMBRELLA_PEOPLE), rng.choice(["Open", "Closed"])
        plan = rng.choice(["Survey booked", "Early order placed", "Weekly call"])
        _put(ws, 2 + i, 1, [[f"R{i + 1:02d}", made[i], text, p, c, who, plan, st]])
        ws.cell(2 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", scale[p]),
            ValueFact("risks", i, "impact", scale[c]),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    rt: Targets = _cols("A", ["id", "raised_date", "title", "probability", "impact", "owner"])
    rt |= _cols("G", ["response", "status"])
    wi = wb.create_sheet("Issues")
    _put(wi, 1, 1, [["ID", "Date raised", "Issue", "Severity", "Owner", "Due", "Status"]])
    m = rng.randint(2, 4)
    raised = _days(rng, m, date(2026, 1, 12))
    for i, text in enumerate(rng.sample(UMBRELLA_ISSUES, m)):
        who = rng.choice(UMBRELLA_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([7, 14]))
        st = rng.choice(["Open", "Closed"])
        sev = rng.choice(["Red", "Amber", "Green"])
        _put(wi, 2 + i, 1, [[f"I{i + 1:02d}", raised[i], text, sev, who, due, st]])
        for c in (2, 6):
            wi.cell(2 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    it: Targets = _cols("A", ["id", "raised_date", "title", ("priority", None), "owner"])
    it |= _cols("F", ["due_date", "status"])
    path = _save(wb, folder, "uk_dundee_umbrella_contractor_risks_issues")
    tables = [_one("risks", "Risks", 1, rt, n), _one("issues", "Issues", 1, it, m)]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CANDLE_STREAMS = ["Wax melt plant design", "Wick line automation", "Fire engineering"]
CANDLE_STREAMS += ["Site supervision"]


def se_jonkoping_candle_consultancy_fees(folder: Path, rng: random.Random) -> Built:
    """A Jönköping candle works' consultancy fee tracker: months DOWN as `2026-01` text,
    workstream rows per month, `Fee excl. moms` / `Moms 25%` / `Fee incl. moms`, a `Total`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Arvoden")
    ws["A1"] = "Ljusfabriken Jönköping - consultancy fees to date (SEK)"
    head = ["Month", "Workstream", "Hours", "Rate (SEK/h)", "Fee excl. moms", "Moms 25%"]
    _put(ws, 3, 1, [[*head, "Fee incl. moms"]])
    months = _months(date(2025, 10, 1), rng.randint(3, 6))
    # round 35: no currency fact (SEK is not on the standards' currency list: the report
    # names it, unread, as earlier audits ruled for NZD, KES, ZAR and NOK)
    values: list[ValueFact] = []
    row, pairs, total = 4, 0, 0.0
    for month in months:
        for stream in rng.sample(CANDLE_STREAMS, rng.randint(2, 4)):
            hours = float(rng.randrange(8, 160))
            rate = float(rng.choice([1150, 1250, 1400]))
            fee = hours * rate
            total += fee
            _put(ws, row, 1, [[f"{month:%Y-%m}", stream, hours, rate, fee, fee * 0.25]])
            ws.cell(row, 7).value = fee * 1.25
            for c in (5, 6, 7):
                ws.cell(row, c).number_format = "# ##0"
            values.append(ValueFact("finance", (month, stream), "actual", fee))
            row, pairs = row + 1, pairs + 1
    _put(ws, row, 1, [["Total", None, None, None, total, total * 0.25, total * 1.25]])
    for c in (5, 6, 7):
        ws.cell(row, c).number_format = "# ##0"
    targets: Targets = _cols("A", ["month", "cost_line", None, None, "actual", None, None])
    path = _save(wb, folder, "se_jonkoping_candle_consultancy_fees")
    return Built(path, [TruthTable("Arvoden", 3, "finance", targets, {"finance": pairs})], values)


HOSIERY_ITEMS = ["General conditions", "Demolition", "Concrete slab", "Knitting hall HVAC"]
HOSIERY_ITEMS += ["Electrical", "Compressed air", "Fire sprinklers"]


def us_asheville_hosiery_pay_application(folder: Path, rng: random.Random) -> Built:
    """An Asheville hosiery mill contractor's pay application continuation sheet: a
    `Period to` date cell, scheduled values, `This period` per line, a `Grand total`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Continuation Sheet")
    period = _months(date(2026, 1, 1), 6)[rng.randint(0, 5)]
    end = _months(period, 2)[1] - timedelta(days=1)
    ws["A1"] = "Blue Ridge Hosiery Mill Expansion - Application for Payment No. "
    ws["A1"] = f"{ws['A1'].value}{rng.randint(3, 9)} (USD)"
    ws["A2"] = "Contractor: Pisgah Builders LLC"
    ws["A3"] = "Period to:"
    ws["B3"] = end
    ws["B3"].number_format = "mm/dd/yyyy"
    head = ["Item", "Description of work", "Scheduled value", "From previous", "This period"]
    head += ["Total completed", "%", "Balance to finish", "Retainage"]
    _put(ws, 5, 1, [head])
    items = rng.sample(HOSIERY_ITEMS, rng.randint(4, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    sums = [0.0] * 6
    for i, item in enumerate(items):
        sv = float(rng.randrange(40, 400) * 1000)
        prev = round(sv * rng.choice([0.0, 0.2, 0.4]), 2)
        now = round(sv * rng.choice([0.1, 0.15, 0.25]), 2)
        done = prev + now
        cells: list[object] = [i + 1, item, sv, prev, now, done, done / sv, sv - done]
        cells.append(round(done * 0.05, 2))
        _put(ws, 6 + i, 1, [cells])
        for c in (3, 4, 5, 6, 8, 9):
            ws.cell(6 + i, c).number_format = "#,##0.00"
        ws.cell(6 + i, 7).number_format = "0%"
        sums = [a + b for a, b in zip(sums, [sv, prev, now, done, sv - done, done * 0.05],
                                      strict=True)]  # fmt: skip
        values.append(ValueFact("finance", (period, item), "actual", now))
    r = 6 + len(items)
    _put(ws, r, 1, [[None, "Grand total", *sums[:4], None, *[round(s, 2) for s in sums[4:]]]])
    for c in (3, 4, 5, 6, 8, 9):
        ws.cell(r, c).number_format = "#,##0.00"
    targets: Targets = _cols("A", [None, "cost_line", None, None, "actual", None, None, None])
    targets |= {"I": None}
    path = _save(wb, folder, "us_asheville_hosiery_pay_application")
    table = TruthTable("Continuation Sheet", 5, "finance", targets, {"finance": len(items)})
    return Built(path, [table], values)


SURF_LINES = ["Foam blanks", "Resin & glass", "Shaping machine lease", "Freight", "Fins"]


def nz_hokitika_surfboard_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A Hokitika surfboard factory's supplier invoice log: `Invoice date` cells, `Cost
    line`, `Net (NZD)` / `GST` / `Gross`, `Paid` Y / N; two invoices of a line may share a
    month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoices")
    head = ["Invoice #", "Invoice date", "Supplier", "PO", "Cost line", "Net (NZD)", "GST"]
    _put(ws, 1, 1, [[*head, "Gross", "Paid"]])
    n = rng.randint(6, 10)
    dated = sorted(_days(rng, n, date(2025, 12, 1)))
    sums: dict[tuple[date, str], float] = {}
    for i, when in enumerate(dated):
        line = rng.choice(SURF_LINES)
        net = round(rng.randrange(300, 9000) + rng.choice([0.0, 0.5]), 2)
        gst = round(net * 0.15, 2)
        cells: list[object] = [f"INV-{rng.randint(1000, 9999)}", when]
        cells += [rng.choice(["Westland Foam Ltd", "Coast Composites", "Toll NZ"])]
        cells += [f"PO{4100 + i}", line, net, gst, round(net + gst, 2), rng.choice(["Y", "N"])]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 2).number_format = "d/mm/yyyy"
        for c in (6, 7, 8):
            ws.cell(2 + i, c).number_format = "#,##0.00"
        key = (date(when.year, when.month, 1), line)
        sums[key] = round(sums.get(key, 0.0) + net, 2)
    # round 35: no currency fact (NZD is not on the standards' currency list, as above)
    values: list[ValueFact] = [ValueFact("finance", k, "actual", v) for k, v in sums.items()]
    targets: Targets = _cols("A", [None, "month", None, None, "cost_line", "actual", None])
    targets |= {"H": None, "I": None}
    path = _save(wb, folder, "nz_hokitika_surfboard_invoice_log")
    return Built(path, [TruthTable("Invoices", 1, "finance", targets, {"finance": len(sums)})],
                 values)  # fmt: skip


BRUSH_PEOPLE = [
    ("Solution architect", "Camille Dubois", "Senior"),
    ("Functional consultant - production", "Julien Etcheverry", "Confirmed"),
    ("Functional consultant - finance", "TBC", "Confirmed"),
    ("Developer", "Maïa Laborde", "Junior"),
    ("Project manager", "Nicolas Garat", "Senior"),
]


def fr_biarritz_paintbrush_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """A Biarritz paintbrush factory ERP outsourcer's staffing plan in FTE: `Role` first,
    `Consultant` (a name or `TBC`), `Grade`, `Day rate (EUR)`, `mmm-yy` month cells across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Pinceaux Atlantique - ERP rollout staffing plan (FTE)"
    months = _months(date(2026, rng.choice([3, 4, 5]), 1), 6)
    _put(ws, 3, 1, [["Role", "Consultant", "Grade", "Day rate (EUR)", *months]])
    for c in range(5, 11):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    for r, (role, who, grade) in enumerate(rng.sample(BRUSH_PEOPLE, rng.randint(3, 5))):
        fte = [rng.choice([None, 0.5, 1.0, 1.0, 0.2]) for _ in months]
        count += sum(1 for f in fte if f)
        rate = {"Senior": 1100, "Confirmed": 850, "Junior": 600}[grade]
        _put(ws, 4 + r, 1, [[role, who, grade, rate, *fte]])
    targets: Targets = {"A": "role", "B": "person", "C": None, "D": None}
    path = _save(wb, folder, "fr_biarritz_paintbrush_staffing_plan")
    return Built(path, [TruthTable("Staffing", 3, "resources", targets, {"resources": count})],
                 [])  # fmt: skip


SNAIL_MS = [
    "Detailed design approved",
    "Purging and cleaning units delivered",
    "Blanching line installed",
    "Factory acceptance test passed",
    "Site acceptance and training",
    "Final acceptance",
]


def lt_kaunas_snail_farm_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A Kaunas snail farm's SOW payment milestones: `Contract date` / `Forecast` /
    `Achieved` cells, `Payment %`, `Amount (EUR)`, `Accepted` / `Pending` / `Not due`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW milestones")
    ws["A1"] = "SOW 2 - Snail processing line, Kaunas (client: Sraige UAB)"
    head = ["MS", "Deliverable", "Contract date", "Forecast", "Achieved", "Payment %"]
    _put(ws, 3, 1, [[*head, "Amount (EUR)", "Acceptance"]])
    n = rng.randint(4, 6)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, n - 1)
    price = float(rng.randrange(200, 600) * 1000)
    values: list[ValueFact] = []
    for i, name in enumerate(SNAIL_MS[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 21]))
        if i < done:
            acc, got = rng.choice(["Accepted", "Accepted", "Pending"]), fc
        else:
            acc, got = "Not due", None
        pct = round(1.0 / n, 2)
        _put(ws, 4 + i, 1, [[f"MS{i + 1}", name, base[i], fc, got, pct, price * pct, acc]])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "yyyy-mm-dd"
        ws.cell(4 + i, 6).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if got:
            values.append(ValueFact("milestones", i, "actual_date", got))
        if acc == "Accepted":
            values.append(ValueFact("milestones", i, "status", "Complete"))
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, None, ("status", None)])
    path = _save(wb, folder, "lt_kaunas_snail_farm_sow_milestones")
    return Built(path, [_one("milestones", "SOW milestones", 3, targets, n)], values)


CUCKOO_MS = [
    "Showcase joinery manufactured",
    "Clock movements conserved",
    "AV and projection installed",
    "Lighting focus complete",
    "Gallery handover",
]


def ch_cuckoo_clock_supplier_status_pack(folder: Path, rng: random.Random) -> Built:
    """A Swiss cuckoo clock museum fit-out supplier's status pack: `Client project`,
    `Supplier PM` and `Client PM`, a `Period ending` cell, RAG words, a `Milestones` table
    with `Contract` / `Forecast` / `Actual` cells and a `RAG` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project = "Kuckucksuhr Museum New Gallery"
    period = date(2026, rng.choice([1, 2, 3]), 1) + timedelta(days=rng.randint(24, 27))
    ws["A1"] = "Monthly status report - Atelier Alpin Ausstellungsbau AG"
    rows: list[list[object]] = [["Client", "Stiftung Uhrenmuseum"], ["Client project", project]]
    rows += [["Supplier", "Atelier Alpin Ausstellungsbau AG"], ["Supplier PM", "Reto Meier"]]
    rows += [["Client PM", "Sabine Kessler"], ["Period ending", period]]
    _put(ws, 3, 1, rows)
    ws["B8"].number_format = "dd.mm.yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    _put(ws, 10, 1, [["Overall", rags[0]], ["Schedule", rags[1]], ["Cost", rags[2]]])
    head = rng.choice(["Joinery on site; AV supplier late.", "Movements back from conservation."])
    _put(ws, 14, 1, [["Headline", head]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", "Sabine Kessler"),
        ValueFact("project", 0, "report_date", period),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "status_summary", head),
    ]
    ws["A16"] = "Milestones"
    _put(ws, 17, 1, [["Milestone", "Contract", "Forecast", "Actual", "RAG"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2025, 10, 6))
    for i, name in enumerate(CUCKOO_MS[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14]))
        actual = fc if fc < period else None
        rag = "Complete" if actual else rng.choice(["Green", "Amber", "Red"])
        _put(ws, 18 + i, 1, [[name, base[i], fc, actual, rag]])
        for c in (2, 3, 4):
            ws.cell(18 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values += [
                ValueFact("milestones", i, "actual_date", actual),
                ValueFact("milestones", i, "status", "Complete"),
            ]
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": "status"}
    path = _save(wb, folder, "ch_cuckoo_clock_supplier_status_pack")
    return Built(path, [_one("milestones", "Status", 17, targets, n)], values)


HELD_OUT_70: tuple[Layout, ...] = (
    Layout(
        "de_luebeck_marzipan_integrator_raid",
        "Lübeck marzipan integrator RAID extract (one LMX counter, Party and Owner, dd.mm text)",
        de_luebeck_marzipan_integrator_raid,
    ),
    Layout(
        "no_bergen_guitar_contractor_risks",
        "Bergen guitar factory contractor risk register (P / C, party risk owner, Action by)",
        no_bergen_guitar_contractor_risks,
    ),
    Layout(
        "be_antwerp_harpsichord_vendor_issues",
        "Antwerp harpsichord workshop vendor ticket export (Sev 1-4, Opened text with time)",
        be_antwerp_harpsichord_vendor_issues,
    ),
    Layout(
        "ro_cluj_pencil_consultancy_decisions",
        "Cluj pencil factory consultancy decision record (DEC-01, Agreed by)",
        ro_cluj_pencil_consultancy_decisions,
    ),
    Layout(
        "hr_zagreb_tofu_supplier_dependencies",
        "Zagreb tofu plant supplier's client dependencies (Received / Outstanding / Late)",
        hr_zagreb_tofu_supplier_dependencies,
    ),
    Layout(
        "uk_dundee_umbrella_contractor_risks_issues",
        "Dundee umbrella factory contractor Risks and Issues sheets (R01 / I01, RAG severity)",
        uk_dundee_umbrella_contractor_risks_issues,
    ),
    Layout(
        "se_jonkoping_candle_consultancy_fees",
        "Jönköping candle works consultancy fees, months down with workstream rows (SEK, moms)",
        se_jonkoping_candle_consultancy_fees,
    ),
    Layout(
        "us_asheville_hosiery_pay_application",
        "Asheville hosiery mill contractor pay application continuation sheet (This period)",
        us_asheville_hosiery_pay_application,
    ),
    Layout(
        "nz_hokitika_surfboard_invoice_log",
        "Hokitika surfboard factory supplier invoice log (Net / GST / Gross, NZD)",
        nz_hokitika_surfboard_invoice_log,
    ),
    Layout(
        "fr_biarritz_paintbrush_staffing_plan",
        "Biarritz paintbrush ERP outsourcer staffing plan in FTE (Role first, TBC names)",
        fr_biarritz_paintbrush_staffing_plan,
    ),
    Layout(
        "lt_kaunas_snail_farm_sow_milestones",
        "Kaunas snail farm SOW payment milestones (Accepted / Pending / Not due)",
        lt_kaunas_snail_farm_sow_milestones,
    ),
    Layout(
        "ch_cuckoo_clock_supplier_status_pack",
        "Swiss cuckoo clock museum supplier status pack (Client PM, Milestones RAG)",
        ch_cuckoo_clock_supplier_status_pack,
    ),
)
