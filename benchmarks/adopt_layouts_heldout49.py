"""The forty-ninth held-out batch (``HELD_OUT_49``, round 30): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is QUANTITATIVE
WORKBOOKS: registers and trackers kept by people who quantify (probabilities as percentages
and decimals, impacts in money and days, typed EMV, inherent and residual columns side by
side, Monte Carlo P50 / P80 / P90, earned value PV / EV / AC / CPI / SPI / EAC, committed /
accrued / invoiced costs, float and variance in days, FTE fractions), in engineering,
defence, energy, pharma and aerospace sectors no earlier batch's docstring names (an
icebreaker refit, a geothermal plant, a biologics fill line, a frigate, a wind tunnel, a
rocket test stand, an avionics mission computer, a hydrofoil ferry, a pumped-storage plant,
a cyclotron bunker, an aero-engine test cell, a radio telescope), in Poland, Greece,
Tunisia, the UK and the US. Every input cell is a value (openpyxl writes no cached value
for a formula, so a typed EMV, CPI or EAC is the number a reader sees).

Registers:

- ``pl_icebreaker_emv_risks``: a Polish shipyard's icebreaker refit risk register: a title
  and `Impact and EMV in EUR thousands`, `Risk ID` R-001.., `Risk`, `Owner`,
  `Probability` as percent cells (0.35 shown `0%`), `Impact (EUR k)` money, a typed `EMV
  (EUR k)`, `Response`, `Status` Open / Closed.
- ``gr_geothermal_inherent_residual_risks``: a Greek island geothermal plant's register with
  inherent and residual columns side by side: `Ref` GT-01.., `Risk description`,
  `Category` (standard words), `Owner`, `Inherent P` as `35%` text, `Inherent impact
  (days)`, `Mitigation`, `Residual P` as text, `Residual impact (days)`, `Status` Open /
  Monitoring / Closed.
- ``uk_biologics_monte_carlo_risks``: a UK biologics fill line's quantitative risk analysis:
  `ID` R-001.., `Risk`, `Owner`, `Raised` date cells shown `dd/mm/yyyy`, `Prob (0-1)`
  decimals, three-point `Min` / `Most likely` / `Max (GBP k)` and `P50` / `P80` / `P90 (GBP
  k)` columns.
- ``pl_frigate_raid_log``: a Polish frigate programme's mixed RAID log: `No.` 1, 2..,
  `Type` Risk / Issue / Assumption / Dependency words, `Description`, `Owner`, `Raised`
  date cells shown `yyyy-mm-dd`, `Prob %` whole numbers for risks, `Cost impact (PLN k)`,
  `Days lost` for issues, `Status` Open / Closed.
- ``tn_wind_tunnel_issues_dependencies``: a Tunisian aerospace wind tunnel's workbook of two
  registers: `Issues` (`Issue #` I-001.., `Raised` cells shown `dd.mm.yyyy`, `Severity`
  1-5, `Cost to fix (EUR)`, `Days lost`, standard issue statuses) and `Dependencies` (`Dep
  ID` D-001.., `Direction` Inbound / Outbound, `Need by` / `Committed` cells, a typed
  `Float (days)`, standard dependency statuses).
- ``us_rocket_test_stand_risks``: a US rocket engine test stand's risks: `Risk #` R-001..,
  `Identified` cells shown `m/d/yyyy`, `Category`, `Owner`, `P (%)` whole numbers, `I
  (1-5)` scores, `Schedule impact (days)`, `Cost impact ($)`, `Status` Open / Monitoring /
  Closed.

Trackers:

- ``uk_avionics_evm_months_across``: a UK avionics upgrade's earned value by control
  account: `Currency: GBP. Period values (not cumulative).` under the title, group labels
  `PV (BCWS)` / `EV (BCWP)` / `AC (ACWP)` each over six month date cells shown `mmm-yy`,
  EV and AC for the months closed so far.
- ``gr_hydrofoil_evm_long``: a Greek hydrofoil ferry newbuild's earned value report as one
  long table: `Currency: EUR`, `Period` cells shown `mm/yyyy`, `Control account`, `BAC`,
  `PV (period)`, `EV (period)`, `AC (period)`, `CPI`, `SPI`, `EAC` (all values).
- ``pl_pumped_storage_commitment_report``: a Polish pumped-storage plant's monthly cost
  report (EUR in the title): `Month` cells shown `mmm yyyy`, `Package`, `Budget`,
  `Committed`, `Accrued`, `Invoiced` for closed months, `Forecast` for later ones.
- ``gr_cyclotron_fte_plan``: a Greek hospital cyclotron bunker's resource plan: `Role`,
  `Person`, six month date cells shown `mmm-yy`, FTE fractions 0.25 / 0.5 / 1.0, a `Total
  FTE` row.
- ``tn_engine_test_cell_schedule``: a Tunisian aero-engine test cell's schedule tracker:
  `ID` M-001.., `Milestone`, `Owner`, `Baseline` / `Forecast` / `Actual` cells shown
  `dd/mm/yy`, typed `Variance (days)` and `Total float (days)`, standard status words.
- ``uk_radio_telescope_status_report``: a UK radio telescope upgrade's status report:
  label / value rows `Project`, `Project manager`, `Report date` (a date cell), `Currency`
  GBP, `Overall RAG` word, `BAC`, `EAC`, `CPI`, `SPI` values, then a `Milestones` table:
  `Milestone`, `Baseline` / `Forecast` cells shown `d mmm yyyy`, `Float (days)`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the pumped-storage report's `Accrued` and `Invoiced` (the standard's Actual is the cost
  incurred: accrued, or accrued and invoiced, or only invoiced?): no actual fact, each
  mapped to the actual or left out; `Committed` (orders placed, not spent): left out;
  `Budget` and `Forecast` are facts; the title's `(EUR)` is the currency;
- the earned value trackers' `PV` is the time-phased budget, so the month's Budget, and
  `AC` the month's Actual (both trackers say the values are per period); `EV`, `BAC`,
  `CPI`, `SPI`, `EAC` (no finance column: the standard derives EAC, CPI and SPI): left
  out; a control account is the cost line; `Currency: GBP` / `Currency: EUR` is the
  currency;
- probabilities given as a percentage (a `0%` cell, `35%` text, a `Prob (0-1)` decimal, a
  `Prob %` or `P (%)` whole number) are the 1-5 probability by the standards'
  `percent_bands` (up to 10 % is 1, 30 % 2, 50 % 3, 70 % 4, above 5); no drawn percentage
  sits on a band's edge; the geothermal `Residual P` is the residual probability the same
  way;
- impacts given only as money (`Impact (EUR k)`, `Most likely (GBP k)`, `Cost impact (PLN
  k)`) or days (`Inherent impact (days)`, `Residual impact (days)`): the standards state no
  band for money or days, so no impact fact (mapped to the impact or left out); the rocket
  stand's `I (1-5)` is the impact, its `Schedule impact (days)` and `Cost impact ($)` left
  out;
- typed `EMV (EUR k)` (P x I in money), `P50` / `P80` / `P90`, `Min` / `Max`: no risk field,
  left out (as a typed score is never taken);
- the test cell's `Variance (days)` (the slippage, which the standard computes from the
  dates): mapped to the slippage or left out, no value fact; `Total float (days)` and the
  telescope's `Float (days)` (a milestone's float, no field): left out; the wind tunnel's
  dependency `Float (days)` (SPEC's computed Slack Days): mapped to it or left out, no value
  fact (audit, round 30);
- the geothermal `GT-01` and the frigate's `No.` 1, 2.. (no standard shape): no id fact;
  R-001 / I-001 / D-001 / M-001 are id facts;
- the frigate's `Days lost` and the wind tunnel's `Cost to fix (EUR)` / `Days lost` (no
  issue field): left out; a dependency's `Raised` (no raised date in the standard): no
  fact; `Mitigation` / `Response` is the response;
- the telescope's `BAC` / `EAC` / `CPI` / `SPI` rows (no project field): no fact; `Report
  date` is the report date;
- the cyclotron plan's FTE per month: counts only, no value facts (as earlier batches'
  resource plans); `Total FTE` is no person.

Audit, round 30 (an engineer who does not tune; totals unchanged, 474 facts at seed 2026,
468 at 7, 483 at 99): the wind tunnel's dependency `Float (days)` (need-by less committed)
is SPEC's Slack Days, so its column maps to `slack_days` or is left out (it was left out
only; no value fact, as round 29's audit ruled a dependency's `Slack`); a writer's slip
mended: the geothermal `Mitigation` was one of two lines drawn at random (`Weekly supplier
call` against H2S emissions), now each risk's own line (the draw no longer taken shifts the
layout's later draws, not its counts).

Readings used: date cells are what they hold (every date in the batch is a date cell);
ids in no standard shape get no id fact; percentages by the standards' bands. It was written and checked
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

#: Percentages a register draws, none on a band's edge (10 / 30 / 50 / 70 %).
PERCENTS = [5, 15, 20, 25, 35, 40, 45, 55, 60, 65, 75, 80, 90]


def percent_level(p: float) -> int:
    """The standards' `percent_bands`: up to 10 % is 1, 30 % 2, 50 % 3, 70 % 4, else 5."""
    for top, level in ((10, 1), (30, 2), (50, 3), (70, 4)):
        if p <= top:
            return level
    return 5


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

ICEBREAKER_RISKS = [
    ("Hull steel plates fail ultrasonic thickness survey", "Replace plating in dry dock"),
    ("Azipod overhaul slot at the OEM slips", "Book a second slot now"),
    ("Class society adds ice-belt scope at survey", "Pre-survey with the surveyor"),
    ("Dry dock occupied by a late naval contract", "Reserve the floating dock"),
    ("Welders unavailable during the summer peak", "Sign a labour agency frame deal"),
    ("Ballast water treatment retrofit fails type approval", "Choose an approved system"),
    ("Fuel conversion to LNG-ready delayed by design", "Freeze the tank arrangement early"),
]
ICEBREAKER_OWNERS = ["Tomasz Nowak", "Agnieszka Wrona", "Piotr Zielinski"]


def pl_icebreaker_emv_risks(folder: Path, rng: random.Random) -> Built:
    """A Polish shipyard's icebreaker refit risk register: `Probability` as percent cells
    (0.35 shown `0%`), `Impact (EUR k)` money, a typed `EMV (EUR k)`, ids R-001.."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Gdansk Shipyard - Icebreaker Mid-life Refit - Quantified Risk Register"
    ws["A2"] = "Impact and EMV in EUR thousands"
    head = ["Risk ID", "Risk", "Owner", "Probability", "Impact (EUR k)", "EMV (EUR k)"]
    head += ["Response", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 7)
    values: list[ValueFact] = []
    for i, (text, resp) in enumerate(rng.sample(ICEBREAKER_RISKS, n)):
        p, impact = rng.choice(PERCENTS), rng.randrange(40, 900, 10) * 1.0
        who, st = rng.choice(ICEBREAKER_OWNERS), rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", text, who, p / 100, impact]
        cells += [round(p / 100 * impact, 1), resp, st]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 4).number_format = "0%"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", percent_level(p)),
            ValueFact("risks", i, "response", resp),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", ("impact", None)])
    targets |= _cols("F", [None, "response", "status"])
    path = _save(wb, folder, "pl_icebreaker_emv_risks")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


# each risk with its own mitigation (audit, round 30: two lines drawn at random stood
# against risks they do not treat, `Weekly supplier call` against H2S emissions)
GEOTHERMAL_RISKS = [
    ("Production well enthalpy below the feasibility case", "Technical",
     "Contingency well in the drilling contract"),
    ("Reinjection well scaling needs acid stimulation", "Technical",
     "Inhibitor dosing skid in the reinjection line"),
    ("Local objection to the steam pipeline route", "Legal",
     "Route consultation with the municipality"),
    ("Turbine-generator delivery slips from the factory", "Third Party",
     "Weekly supplier call"),
    ("Drilling rig mobilisation from Italy delayed", "Third Party",
     "Reserve a second rig contractor"),
    ("H2S emissions exceed the permit limit at testing", "Operational",
     "Abatement unit on the test separator"),
]  # fmt: skip
GEOTHERMAL_OWNERS = ["Eleni Papadaki", "Nikos Georgiou", "Maria Vlachou"]


def gr_geothermal_inherent_residual_risks(folder: Path, rng: random.Random) -> Built:
    """A Greek island geothermal plant's risk register with inherent and residual columns
    side by side: `Inherent P` / `Residual P` as `35%` text, impacts in days, ids GT-01.."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Milos Geothermal Pilot Plant - Risk Register (inherent vs residual)"
    head = ["Ref", "Risk description", "Category", "Owner", "Inherent P"]
    head += ["Inherent impact (days)", "Mitigation", "Residual P", "Residual impact (days)"]
    head += ["Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, (text, cat, mit) in enumerate(rng.sample(GEOTHERMAL_RISKS, n)):
        p = rng.choice(PERCENTS[3:])
        q = rng.choice([x for x in PERCENTS if x < p])
        days_in = rng.randrange(10, 120, 5)
        who, st = rng.choice(GEOTHERMAL_OWNERS), rng.choice(["Open", "Monitoring", "Closed"])
        cells: list[object] = [f"GT-{i + 1:02d}", text, cat, who, f"{p}%", days_in, mit]
        cells += [f"{q}%", days_in // 2, st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", percent_level(p)),
            ValueFact("risks", i, "response", mit),
            ValueFact("risks", i, "residual_probability", percent_level(q)),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "category", "owner", "probability"])
    targets |= _cols("F", [("impact", None), "response", "residual_probability"])
    targets |= _cols("I", [("residual_impact", None), "status"])
    path = _save(wb, folder, "gr_geothermal_inherent_residual_risks")
    return Built(path, [_one("risks", "Risks", 3, targets, n)], values)


BIOLOGICS_RISKS = [
    "Single-use bioreactor bags on allocation from the supplier",
    "MHRA pre-approval inspection finds data integrity gaps",
    "Cleanroom grade B recovery fails after the HVAC tie-in",
    "Process validation batch fails the titre specification",
    "Cold chain qualification of the new freezer farm slips",
    "Isolator delivery for the fill line late from Germany",
]
BIOLOGICS_OWNERS = ["Hannah Price", "Oluwaseun Adeyemi", "Gareth Hughes"]


def uk_biologics_monte_carlo_risks(folder: Path, rng: random.Random) -> Built:
    """A UK biologics fill line's quantified risk register from a Monte Carlo run:
    `Prob (0-1)` decimals, three-point `Min` / `Most likely` / `Max` cost in GBP k and
    `P50` / `P80` / `P90` columns, `Raised` date cells shown `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "QRA")
    ws["A1"] = "Speke Biologics Fill-Line 2 - Quantitative Risk Analysis (GBP k)"
    head = ["ID", "Risk", "Owner", "Raised", "Prob (0-1)", "Min (GBP k)"]
    head += ["Most likely (GBP k)", "Max (GBP k)", "P50 (GBP k)", "P80 (GBP k)", "P90 (GBP k)"]
    _put(ws, 2, 1, [head])
    n = rng.randint(4, 6)
    raised = _days(rng, n, date(2025, 10, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(BIOLOGICS_RISKS, n)):
        p, lo = rng.choice(PERCENTS), rng.randrange(20, 200, 5)
        ml, hi = lo * 2, lo * 4
        who = rng.choice(BIOLOGICS_OWNERS)
        cells: list[object] = [f"R-{i + 1:03d}", text, who, raised[i], p / 100, lo, ml, hi]
        cells += [round(p / 100 * ml, 1), round(p / 100 * hi * 0.8, 1), round(p / 100 * hi, 1)]
        _put(ws, 3 + i, 1, [cells])
        ws.cell(3 + i, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", percent_level(p)),
        ]
    targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "probability"])
    targets |= _cols("F", [None, ("impact", None), None, None, None, None])
    path = _save(wb, folder, "uk_biologics_monte_carlo_risks")
    return Built(path, [_one("risks", "QRA", 2, targets, n)], values)


FRIGATE_ROWS = [
    ("Risk", "Combat system integration software late from the prime"),
    ("Issue", "Mast radar foundation welded out of tolerance"),
    ("Assumption", "Navy crew available for sea trials in the spring"),
    ("Dependency", "Shore power upgrade at the naval base"),
    ("Risk", "Gas turbine export licence held up"),
    ("Issue", "Paint system failed adhesion tests in block 12"),
    ("Assumption", "Exchange rate for USD parts stays within 5 %"),
    ("Dependency", "Missile launcher firing trials range booked"),
]
FRIGATE_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
FRIGATE_REG["Dependency"] = "dependencies"
FRIGATE_TITLE = {"risks": "title", "issues": "title", "assumptions": "assumption"}
FRIGATE_TITLE["dependencies"] = "title"
FRIGATE_PEOPLE = ["Kmdr. Jan Kowalski", "Ewa Mazur", "Marek Lewandowski"]


def pl_frigate_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Polish frigate programme's mixed RAID log with quantities: `Prob %` numbers for
    risks, `Cost impact (PLN k)` and `Days lost`, `Raised` date cells shown `yyyy-mm-dd`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Miecznik Frigate Programme - RAID Log"
    head = ["No.", "Type", "Description", "Owner", "Raised", "Prob %"]
    head += ["Cost impact (PLN k)", "Days lost", "Status"]
    _put(ws, 3, 1, [head])
    rows = [r for k, r in enumerate(FRIGATE_ROWS) if k < 4 or rng.random() < 0.6]
    raised = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = FRIGATE_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(FRIGATE_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        p = rng.choice(PERCENTS) if kind == "Risk" else None
        cost = rng.randrange(50, 2000, 50) if kind in ("Risk", "Issue") else None
        lost = rng.randint(1, 30) if kind == "Issue" else None
        cells: list[object] = [k + 1, kind, text, who, raised[k], p, cost, lost, st]
        _put(ws, 4 + k, 1, [cells])
        ws.cell(4 + k, 5).number_format = "yyyy-mm-dd"
        values += [
            ValueFact(reg, i, FRIGATE_TITLE[reg], text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":  # the standard has no raised date for a dependency
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
        if p is not None:
            values.append(ValueFact(reg, i, "probability", percent_level(p)))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), ("probability", None), ("impact", None)])
    targets |= {"H": None, "I": "status"}
    path = _save(wb, folder, "pl_frigate_raid_log")
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


TUNNEL_ISSUES = [
    "Fan blade pitch actuator leaks hydraulic oil",
    "Balance calibration rig out of certification",
    "Test section window cracked during the pressure test",
    "Control software licence expired for the data system",
    "Customer model arrived without its mounting sting",
    "Cooling tower pump seized on the first run",
]
TUNNEL_DEPS = [
    ("Grid connection upgrade by STEG", "Inbound"),
    ("Calibrated force balance from the lab", "Inbound"),
    ("Test slots released to the airframer", "Outbound"),
    ("Noise survey results to the municipality", "Outbound"),
]
TUNNEL_PEOPLE = ["Amine Trabelsi", "Salma Ben Ali", "Youssef Gharbi"]
TUNNEL_ISSUE_STATUS = ["Open", "In Progress", "Resolved", "Closed"]
TUNNEL_DEP_STATUS = ["Open", "On Track", "At Risk", "Delivered"]


def tn_wind_tunnel_issues_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Tunisian aerospace wind tunnel's workbook of two registers: `Issues` with
    `Severity` 1-5, `Cost to fix (EUR)` and `Days lost`; `Dependencies` with `Need by` /
    `Committed` date cells shown `dd.mm.yyyy` and a typed `Float (days)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Borj Cedria Low-Speed Wind Tunnel - Issue Log"
    head = ["Issue #", "Raised", "Issue", "Owner", "Severity", "Cost to fix (EUR)"]
    head += ["Days lost", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    raised = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TUNNEL_ISSUES, n)):
        who, sev = rng.choice(TUNNEL_PEOPLE), rng.randint(1, 5)
        st = rng.choice(TUNNEL_ISSUE_STATUS)
        cells: list[object] = [f"I-{i + 1:03d}", raised[i], text, who, sev]
        cells += [rng.randrange(500, 40000, 250), rng.randint(0, 15), st]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 2).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "severity", sev),
            ValueFact("issues", i, "status", st),
        ]
    wd = wb.create_sheet("Dependencies")
    head = ["Dep ID", "Dependency", "Direction", "Owner", "Need by", "Committed"]
    head += ["Float (days)", "Status"]
    _put(wd, 1, 1, [head])
    m = rng.randint(3, 4)
    need = _days(rng, m, date(2026, 3, 2))
    for i, (text, way) in enumerate(rng.sample(TUNNEL_DEPS, m)):
        who, st = rng.choice(TUNNEL_PEOPLE), rng.choice(TUNNEL_DEP_STATUS)
        committed = need[i] + timedelta(days=rng.choice([-14, -7, 0, 10]))
        cells = [f"D-{i + 1:03d}", text, way, who, need[i], committed]
        cells += [(need[i] - committed).days, st]
        _put(wd, 2 + i, 1, [cells])
        for c in (5, 6):
            wd.cell(2 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", st),
        ]
    t1: Targets = _cols("A", ["id", "raised_date", "title", "owner", "severity", None, None])
    t1 |= {"H": "status"}
    t2: Targets = _cols("A", ["id", "title", "direction", "owner", "need_by"])
    # `Float (days)` is need-by less committed, SPEC's Slack Days (audit, round 30)
    t2 |= _cols("F", ["committed_date", ("slack_days", None), "status"])
    path = _save(wb, folder, "tn_wind_tunnel_issues_dependencies")
    tables = [_one("issues", "Issues", 3, t1, n), _one("dependencies", "Dependencies", 1, t2, m)]
    return Built(path, tables, values)


ROCKET_RISKS = [
    ("Flame trench concrete spalls at full-duration firing", "Technical"),
    ("LOX run tank vendor loses ASME stamp", "Third Party"),
    ("County permit for night firings refused", "Legal"),
    ("Data acquisition channels short for the new engine", "Technical"),
    ("Deluge water supply cannot meet peak flow", "Operational"),
    ("Test engineers poached by a launch startup", "People"),
]
ROCKET_OWNERS = ["Dana Whitfield", "Luis Ortega", "Kim Sorensen"]


def us_rocket_test_stand_risks(folder: Path, rng: random.Random) -> Built:
    """A US rocket engine test stand's risk register with both kinds of number: `P (%)`
    whole numbers, an `I (1-5)` score, and `Schedule impact (days)` / `Cost impact ($)`
    estimates; `Identified` date cells shown `m/d/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Stennis Test Stand B-3 Refurbishment - Risk Register"
    head = ["Risk #", "Identified", "Risk", "Category", "Owner", "P (%)", "I (1-5)"]
    head += ["Schedule impact (days)", "Cost impact ($)", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 10))
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(ROCKET_RISKS, n)):
        p, imp = rng.choice(PERCENTS), rng.randint(1, 5)
        who, st = rng.choice(ROCKET_OWNERS), rng.choice(["Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", made[i], text, cat, who, p, imp]
        cells += [rng.randrange(5, 90, 5), rng.randrange(10, 500) * 1000, st]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 2).number_format = "m/d/yyyy"
        ws.cell(4 + i, 9).number_format = "$#,##0"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", percent_level(p)),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category", "owner"])
    targets |= _cols("F", ["probability", "impact", None, None, "status"])
    path = _save(wb, folder, "us_rocket_test_stand_risks")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

AVIONICS_ACCOUNTS = ["CA1 Systems engineering", "CA2 Flight software", "CA3 Hardware"]
AVIONICS_ACCOUNTS += ["CA4 Integration and test", "CA5 Certification"]


def uk_avionics_evm_months_across(folder: Path, rng: random.Random) -> Built:
    """A UK avionics upgrade's earned value tracker: three blocks of months across under
    group labels `PV (BCWS)` / `EV (BCWP)` / `AC (ACWP)`, month date cells shown `mmm-yy`,
    control accounts down, period (not cumulative) values, `Currency: GBP` under the
    title; AC and EV for the months closed so far."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EVM")
    ws["A1"] = "Hawk T2 Mission Computer Upgrade - Earned Value by Control Account"
    ws["A2"] = "Currency: GBP. Period values (not cumulative)."
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 5)
    accounts = rng.sample(AVIONICS_ACCOUNTS, rng.randint(3, 4))
    ws.cell(5, 1, "Control account")
    for b, label in enumerate(["PV (BCWS)", "EV (BCWP)", "AC (ACWP)"]):
        ws.cell(4, 2 + b * 6, label)
        for m, month in enumerate(months):
            ws.cell(5, 2 + b * 6 + m, month).number_format = "mmm-yy"
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    for r, acct in enumerate(accounts):
        ws.cell(6 + r, 1, acct)
        for m, month in enumerate(months):
            pv = rng.randrange(10, 120) * 1000.0
            ws.cell(6 + r, 2 + m, pv).number_format = "#,##0"
            values.append(ValueFact("finance", (month, acct), "budget", pv))
            if m < closed:
                ev = round(pv * rng.uniform(0.8, 1.05), -2)
                ac = round(pv * rng.uniform(0.85, 1.2), -2)
                ws.cell(6 + r, 8 + m, ev).number_format = "#,##0"
                ws.cell(6 + r, 14 + m, ac).number_format = "#,##0"
                values.append(ValueFact("finance", (month, acct), "actual", ac))
    path = _save(wb, folder, "uk_avionics_evm_months_across")
    table = TruthTable("EVM", 5, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(accounts)})  # fmt: skip
    return Built(path, [table], values)


HYDROFOIL_ACCOUNTS = ["Hull and foils", "Propulsion", "Electrical", "Outfitting"]


def gr_hydrofoil_evm_long(folder: Path, rng: random.Random) -> Built:
    """A Greek hydrofoil ferry newbuild's earned value report as one long table: `Period`
    date cells shown `mm/yyyy`, `Control account`, `BAC`, `PV (period)`, `EV (period)`,
    `AC (period)`, `CPI`, `SPI`, `EAC` values (no formulas), `Currency: EUR` above."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EV Report")
    ws["A1"] = "Piraeus Hydrofoil Newbuild 2 - Earned Value Report"
    ws["A2"] = "Currency: EUR"
    head = ["Period", "Control account", "BAC", "PV (period)", "EV (period)", "AC (period)"]
    head += ["CPI", "SPI", "EAC"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 2, 1), rng.randint(3, 5))
    accounts = rng.sample(HYDROFOIL_ACCOUNTS, 3)
    bac = {a: rng.randrange(400, 2000) * 1000.0 for a in accounts}
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for month in months:
        for acct in accounts:
            pv = rng.randrange(20, 150) * 1000.0
            ev = round(pv * rng.uniform(0.8, 1.05), -2)
            ac = round(pv * rng.uniform(0.85, 1.2), -2)
            cpi, spi = round(ev / ac, 2), round(ev / pv, 2)
            cells: list[object] = [month, acct, bac[acct], pv, ev, ac, cpi, spi]
            cells += [round(bac[acct] / cpi, -2)]
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mm/yyyy"
            values += [
                ValueFact("finance", (month, acct), "budget", pv),
                ValueFact("finance", (month, acct), "actual", ac),
            ]
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", None, "budget", None, "actual"])
    targets |= _cols("G", [None, None, None])
    path = _save(wb, folder, "gr_hydrofoil_evm_long")
    table = TruthTable("EV Report", 4, "finance", targets,
                       {"finance": len(months) * len(accounts)})  # fmt: skip
    return Built(path, [table], values)


PUMPED_PACKAGES = ["Upper reservoir", "Headrace tunnel", "Powerhouse civils"]
PUMPED_PACKAGES += ["Pump-turbines", "Grid connection"]


def pl_pumped_storage_commitment_report(folder: Path, rng: random.Random) -> Built:
    """A Polish pumped-storage plant's monthly cost report in EUR: `Month` date cells shown
    `mmm yyyy`, `Package`, `Budget`, `Committed`, `Accrued`, `Invoiced`, `Forecast`
    (forecasts for the months not yet closed)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Mloty Pumped Storage - Monthly Cost Report (EUR)"
    head = ["Month", "Package", "Budget", "Committed", "Accrued", "Invoiced", "Forecast"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 3, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    packages = rng.sample(PUMPED_PACKAGES, 3)
    # the title's `(EUR)` names the report's currency, as a `Currency:` line would
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for m, month in enumerate(months):
        for pkg in packages:
            budget = rng.randrange(50, 600) * 1000.0
            committed = round(budget * rng.uniform(0.9, 1.3), -3)
            cells: list[object] = [month, pkg, budget, committed]
            values.append(ValueFact("finance", (month, pkg), "budget", budget))
            if m < closed:
                accrued = round(budget * rng.uniform(0.8, 1.1), -2)
                cells += [accrued, round(accrued * rng.uniform(0.6, 1.0), -2), None]
            else:
                fc = round(budget * rng.uniform(0.95, 1.15), -2)
                cells += [None, None, fc]
                values.append(ValueFact("finance", (month, pkg), "forecast", fc))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm yyyy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", None])
    targets |= _cols("E", [("actual", None), ("actual", None), "forecast"])
    path = _save(wb, folder, "pl_pumped_storage_commitment_report")
    table = TruthTable("Cost Report", 3, "finance", targets,
                       {"finance": len(months) * len(packages)})  # fmt: skip
    return Built(path, [table], values)


CYCLOTRON_PEOPLE = [
    ("Project Manager", "Dimitris Antoniou"),
    ("Radiation Protection Expert", "Katerina Ioannou"),
    ("RF Engineer", "Stavros Pappas"),
    ("Radiochemist", "Sofia Karagianni"),
    ("Building Services Engineer", "Giorgos Nikolaidis"),
]


def gr_cyclotron_fte_plan(folder: Path, rng: random.Random) -> Built:
    """A Greek hospital cyclotron bunker's resource plan in FTE fractions: `Role`,
    `Person`, month date cells shown `mmm-yy` across, 0.25 / 0.5 / 1.0 values, a `Total
    FTE` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FTE Plan")
    ws["A1"] = "Thessaloniki PET Cyclotron Bunker - Resource Plan (FTE)"
    months = _months(date(2026, rng.randint(1, 6), 1), 6)
    _put(ws, 3, 1, [["Role", "Person", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    people = rng.sample(CYCLOTRON_PEOPLE, 4)
    count = 0
    tot = [0.0] * len(months)
    for r, (role, name) in enumerate(people):
        fte = [rng.choice([0, 0.25, 0.5, 1.0]) for _ in months]
        count += sum(1 for f in fte if f)
        tot = [a + b for a, b in zip(tot, fte, strict=True)]
        _put(ws, 4 + r, 1, [[role, name, *[f or None for f in fte]]])
    _put(ws, 4 + len(people), 1, [["Total FTE", None, *tot]])
    path = _save(wb, folder, "gr_cyclotron_fte_plan")
    table = TruthTable("FTE Plan", 3, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


TESTCELL_MILESTONES = [
    "Test cell slab and acoustic walls complete",
    "Thrust frame installed",
    "Fuel system pressure-tested",
    "Data acquisition commissioned",
    "Correlation engine run complete",
    "Cell certified by the engine OEM",
]
TESTCELL_OWNERS = ["Mehdi Jaziri", "Rim Chaabane", "Karim Bouazizi"]
TESTCELL_STATUS = ["Not Started", "In Progress", "At Risk", "Late"]


def tn_engine_test_cell_schedule(folder: Path, rng: random.Random) -> Built:
    """A Tunisian aero-engine MRO test cell's schedule tracker: `M-001` ids, `Baseline` /
    `Forecast` / `Actual` date cells shown `dd/mm/yy`, typed `Variance (days)` and `Total
    float (days)`, standard status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Schedule")
    ws["A1"] = "Tunis-Carthage Engine Test Cell - Schedule Tracker"
    head = ["ID", "Milestone", "Owner", "Baseline", "Forecast", "Actual", "Variance (days)"]
    head += ["Total float (days)", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 10, 1))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(TESTCELL_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        actual = fc if i < done else None
        st = "Complete" if actual else rng.choice(TESTCELL_STATUS)
        who = rng.choice(TESTCELL_OWNERS)
        cells: list[object] = [f"M-{i + 1:03d}", name, who, base[i], fc, actual]
        cells += [(fc - base[i]).days, rng.randint(0, 25), st]
        _put(ws, 4 + i, 1, [cells])
        for c in (4, 5, 6):
            ws.cell(4 + i, c).number_format = "dd/mm/yy"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", ["id", "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", ("slippage_days", None), None])
    targets |= {"I": "status"}
    path = _save(wb, folder, "tn_engine_test_cell_schedule")
    return Built(path, [_one("milestones", "Schedule", 3, targets, n)], values)


TELESCOPE_MILESTONES = [
    "Dish panels delivered",
    "Receiver cryostat cooled down",
    "Backend correlator installed",
    "First light",
    "Science verification complete",
]


def uk_radio_telescope_status_report(folder: Path, rng: random.Random) -> Built:
    """A UK radio telescope upgrade's monthly status report: label / value rows (`Project`,
    `Project manager`, `Report date` as a date cell, `Currency` GBP, `Overall RAG` words,
    earned value figures `BAC`, `EAC`, `CPI`, `SPI` as values), then a milestones table
    with `Baseline` / `Forecast` date cells shown `d mmm yyyy` and `Float (days)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, pm = "Jodrell Bank e-MERLIN Receiver Upgrade", "Fiona Gallagher"
    report = date(2026, rng.randint(2, 6), rng.choice([13, 20, 27]))
    ws["A1"] = "PROJECT STATUS REPORT"
    rag = rng.choice(["Green", "Amber", "Red"])
    bac = rng.randrange(2000, 6000) * 1000.0
    cpi, spi = round(rng.uniform(0.85, 1.05), 2), round(rng.uniform(0.85, 1.05), 2)
    rows: list[list[object]] = [["Project", project], ["Project manager", pm]]
    rows += [["Report date", report], ["Currency", "GBP"], ["Overall RAG", rag]]
    rows += [["BAC", bac], ["EAC", round(bac / cpi, -3)], ["CPI", cpi], ["SPI", spi]]
    _put(ws, 3, 1, rows)
    ws["B5"].number_format = "dd/mm/yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "currency", "GBP"),
        ValueFact("project", 0, "overall_rag", rag),
    ]
    ws["A13"] = "Milestones"
    _put(ws, 14, 1, [["Milestone", "Baseline", "Forecast", "Float (days)"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2026, 1, 5))
    for i, name in enumerate(TELESCOPE_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 14, 28]))
        _put(ws, 15 + i, 1, [[name, base[i], fc, rng.randint(0, 30)]])
        for c in (2, 3):
            ws.cell(15 + i, c).number_format = "d mmm yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date", "D": None}
    path = _save(wb, folder, "uk_radio_telescope_status_report")
    return Built(path, [_one("milestones", "Status", 14, targets, n)], values)


HELD_OUT_49: tuple[Layout, ...] = (
    Layout(
        "pl_icebreaker_emv_risks",
        "Polish icebreaker refit risk register (percent cells, EUR k impact, typed EMV)",
        pl_icebreaker_emv_risks,
    ),
    Layout(
        "gr_geothermal_inherent_residual_risks",
        "Greek geothermal risks, inherent and residual P as 35% text, impact in days",
        gr_geothermal_inherent_residual_risks,
    ),
    Layout(
        "uk_biologics_monte_carlo_risks",
        "UK biologics fill line QRA (Prob 0-1, three-point GBP k, P50 / P80 / P90)",
        uk_biologics_monte_carlo_risks,
    ),
    Layout(
        "pl_frigate_raid_log",
        "Polish frigate mixed RAID log (Prob %, cost impact PLN k, days lost)",
        pl_frigate_raid_log,
    ),
    Layout(
        "tn_wind_tunnel_issues_dependencies",
        "Tunisian wind tunnel workbook: issues (cost to fix, days lost), dependencies (float)",
        tn_wind_tunnel_issues_dependencies,
    ),
    Layout(
        "us_rocket_test_stand_risks",
        "US rocket test stand risks (P (%), I (1-5), schedule days and $ impact)",
        us_rocket_test_stand_risks,
    ),
    Layout(
        "uk_avionics_evm_months_across",
        "UK avionics EVM: PV / EV / AC blocks of months across by control account",
        uk_avionics_evm_months_across,
    ),
    Layout(
        "gr_hydrofoil_evm_long",
        "Greek hydrofoil EVM long table (BAC, PV / EV / AC per period, CPI, SPI, EAC)",
        gr_hydrofoil_evm_long,
    ),
    Layout(
        "pl_pumped_storage_commitment_report",
        "Polish pumped storage cost report (Budget, Committed, Accrued, Invoiced, Forecast)",
        pl_pumped_storage_commitment_report,
    ),
    Layout(
        "gr_cyclotron_fte_plan",
        "Greek cyclotron bunker resource plan in FTE fractions (mmm-yy cells)",
        gr_cyclotron_fte_plan,
    ),
    Layout(
        "tn_engine_test_cell_schedule",
        "Tunisian engine test cell schedule (baseline / forecast / actual, variance, float)",
        tn_engine_test_cell_schedule,
    ),
    Layout(
        "uk_radio_telescope_status_report",
        "UK radio telescope status report (report date cell, GBP, EVM figures, milestones)",
        uk_radio_telescope_status_report,
    ),
)
