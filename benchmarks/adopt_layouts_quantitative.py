"""Round 30's quantitative workbooks (``QUANT_TUNED``, ``QUANT_KEPT``): twelve seeded
registers and trackers kept by people who quantify, written in round 30 by the engineer who
tunes on half of them (docs/adopt.md, "Round 30: quantitative registers and trackers"). Not
a copy of any batch: each layout is one habit of a cost engineer, a risk analyst or a
project controller as a PMO receives it:

- risk registers with the probability as a percentage (``35`` under ``Probability (%)``,
  ``0.35`` formatted as a percent, ``0.35`` plain, ``35%`` as text), the impact as money
  (``£120k``, ``$1.2m``, ``Rs lakh``) or days, an expected monetary value (EMV, exposure)
  column, pre- and post-mitigation (inherent / residual, gross / net) figures side by side,
  P50 / P80 / P90 figures of a quantitative risk analysis;
- a management reserve or contingency drawdown log on its own sheet beside the register;
- earned-value trackers (BCWS / PV, BCWP / EV, ACWP / AC, CV, SV, CPI, SPI) by month and
  control account, long or with months across;
- cost reports with Budget / Committed / Actual / Forecast rows and months across;
- schedule trackers with baseline and forecast finishes, float and variance in days;
- issue logs with cost-to-fix and days-lost figures.

Truth (the readings this batch decides, each as a PMO analyst states it):

- a percentage probability is the standard's 1-5 level through the standards' percent bands
  (``defaults.toml`` ``percent_bands``: up to 10 % is 1, 30 % 2, 50 % 3, 70 % 4, else 5),
  whether written ``35``, ``0.35`` or ``35%``;
- an impact in money or days is no 1-5 impact (no band says how much is Major): the column
  is left out, no value fact (round 31: the standards' ``impact_money_bands`` now band an
  impact in money onto 1-5, so those columns take either reading; still no value fact);
- an EMV, an exposure in money, a P50 / P80 / P90, a minimum / most likely / maximum cost,
  CV, SV, CPI, SPI, EAC, a float or a variance in days: derived or analysis figures, no
  input of the standard (left out; a typed score column may be mapped to the score, which
  the standard computes, so it has no value fact);
- inherent / gross / pre-mitigation figures are the probability and impact, residual / net
  / post-mitigation the residual ones;
- planned value (BCWS, PV) is the month's budget and actual cost (ACWP, AC) its actual;
  earned value (BCWP, EV) and committed amounts have no column of the standard;
- a drawdown log of the contingency or management reserve is no register: no truth table,
  and its rows are never risks (the risk count says it).
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
from openpyxl.styles import Font


def _band(percent: float) -> float:
    """The standard's probability level of a percentage (defaults.toml percent_bands)."""
    for upper, level in ((10, 1), (30, 2), (50, 3), (70, 4), (100, 5)):
        if percent <= upper:
            return float(level)
    return 5.0


PERCENTS = [5, 15, 20, 25, 35, 40, 45, 60, 65, 75, 85, 90]


def _bold_row(ws: openpyxl.worksheet.worksheet.Worksheet, row: int, n: int) -> None:
    for c in range(1, n + 1):
        ws.cell(row, c).font = Font(bold=True)


# ---------------------------------------------------------------------------------------
# Tuned on
# ---------------------------------------------------------------------------------------

UK_RISKS = [
    "Possession overruns on the Crewe North junction blockade",
    "Signalling design approval slips past the GRIP 5 gate",
    "Cable route clashes with undeclared utilities",
    "Interlocking supplier cannot release test staff",
    "Network Rail asset protection costs rise",
    "Ground investigation finds contaminated ballast",
    "Testing window lost to a late timetable change",
    "Copper cable theft during the migration",
]
UK_PEOPLE = ["Gareth Hughes", "Siobhan Clarke", "Ravi Chauhan", "Helen Marsh", "Owen Pritchard"]


def uk_rail_risk_emv(folder: Path, rng: random.Random) -> Built:
    """A UK rail depot resignalling's quantified risk register: ``Probability (%)`` as whole
    numbers, a cost impact in £k, a schedule impact in days and an EMV column (P x cost)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Crewe Depot Resignalling - Quantified Risk Register"
    ws["A2"] = "All costs in £k; EMV = Probability x Cost Impact"
    header = ["Risk ID", "Risk Description", "Risk Owner", "Probability (%)"]
    header += ["Cost Impact (£k)", "Schedule Impact (days)", "EMV (£k)", "Mitigation", "Status"]
    _put(ws, 4, 1, [header])
    _bold_row(ws, 4, len(header))
    n = rng.randint(5, 7)
    titles = rng.sample(UK_RISKS, n)
    values: list[ValueFact] = []
    for i in range(n):
        pct = rng.choice(PERCENTS)
        cost = rng.randrange(20, 900, 5)
        days = rng.randrange(0, 60)
        owner = rng.choice(UK_PEOPLE)
        state = rng.choice(["Open", "Open", "Closed"])
        emv = round(pct * cost / 100, 1)
        row = [f"RSK-{i + 1:03d}", titles[i], owner, pct, cost, days, emv]
        row += ["Early engagement with the route asset manager", state]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", _band(pct)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "probability"])
    # round 31: the standards' impact_money_bands band a money impact onto 1-5: either reading
    targets |= _cols("E", [(None, "impact"), None, None, "response", "status"])
    path = _save(wb, folder, "uk_rail_risk_emv")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


AU_RISKS = [
    "Ground support fails in the weathered zone of the decline",
    "Ventilation upgrade not commissioned before the next level",
    "Contractor fatigue breaches on twelve-hour rosters",
    "Paste fill plant downtime delays stope sequencing",
    "Water inflow exceeds the dewatering design",
    "Explosives magazine licence renewal is late",
    "Haul truck availability below 85 per cent",
]
AU_PEOPLE = ["Bronwyn Hale", "Lachlan Price", "Kirra Watson", "Dean McAllister"]


def au_mine_inherent_residual(folder: Path, rng: random.Random) -> Built:
    """An Australian copper mine's risk register: ``Inherent`` and ``Residual`` group labels
    over ``Likelihood | Consequence | Risk Rating`` (rating = L x C), a treatment plan
    between them; a ``MR Drawdown`` sheet logs management reserve drawn against risks."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Decline Extension Stage 3 - Risk Register"
    ws["D3"] = "Inherent"
    ws.merge_cells("D3:F3")
    ws["H3"] = "Residual"
    ws.merge_cells("H3:J3")
    header = ["Ref", "Risk", "Owner", "Likelihood", "Consequence", "Risk Rating"]
    header += ["Treatment Plan", "Likelihood", "Consequence", "Risk Rating", "Status"]
    _put(ws, 4, 1, [header])
    _bold_row(ws, 4, len(header))
    n = rng.randint(5, 7)
    titles = rng.sample(AU_RISKS, n)
    values: list[ValueFact] = []
    for i in range(n):
        lk, cq = rng.randint(2, 5), rng.randint(2, 5)
        rl, rc = rng.randint(1, lk), rng.randint(1, cq)
        owner = rng.choice(AU_PEOPLE)
        state = rng.choice(["Open", "Monitoring", "Closed"])
        row = [f"R{i + 1}", titles[i], owner, lk, cq, lk * cq, "Geotech review each cut"]
        row += [rl, rc, rl * rc, state]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(lk)),
            ValueFact("risks", i, "impact", float(cq)),
            ValueFact("risks", i, "residual_probability", float(rl)),
            ValueFact("risks", i, "residual_impact", float(rc)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner"])
    targets |= _cols("D", ["probability", "impact", ("score", None), "response"])
    targets |= _cols("H", ["residual_probability", "residual_impact", ("residual_score", None)])
    targets |= {"K": "status"}
    mr = wb.create_sheet("MR Drawdown")
    mr["A1"] = "Management Reserve Drawdown Log (A$)"
    mr["A2"] = "Opening MR: 4,500,000"
    _put(mr, 4, 1, [["Drawdown No.", "Date", "Linked Risk", "Description", "Amount (A$)"]])
    mr.cell(4, 6, "Approved By")
    mr.cell(4, 7, "Remaining MR (A$)")
    balance = 4_500_000
    for k, d in enumerate(_days(rng, 4, date(2026, 2, 2))):
        amount = rng.randrange(50, 600) * 1000
        balance -= amount
        why = rng.choice(["Extra ground support", "Second dewatering pump", "Roster change"])
        row = [f"MR-{k + 1:02d}", d, f"R{rng.randint(1, n)}", why, amount, "Steering Committee"]
        _put(mr, 5 + k, 1, [[*row, balance]])
    path = _save(wb, folder, "au_mine_inherent_residual")
    return Built(path, [_one("risks", "Risks", 4, targets, n)], values)


US_ACCOUNTS = ["CA-100 Guideway", "CA-200 Stations", "CA-300 Systems", "CA-400 Vehicles"]


def us_transit_evm_monthly(folder: Path, rng: random.Random) -> Built:
    """A US light-rail extension's earned-value report, one row per control account and
    month: ``BCWS (PV)``, ``BCWP (EV)``, ``ACWP (AC)``, then CV, SV, CPI and SPI; future
    months carry the planned value only."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EVM")
    ws["A1"] = "Blue Line Extension - Earned Value by Control Account (USD)"
    header = ["Control Account", "Period", "BCWS (PV)", "BCWP (EV)", "ACWP (AC)"]
    header += ["CV", "SV", "CPI", "SPI"]
    _put(ws, 3, 1, [header])
    _bold_row(ws, 3, len(header))
    months = _months(date(2026, 1, 1), 6)
    accounts = rng.sample(US_ACCOUNTS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 4
    for account in accounts:
        for m, month in enumerate(months):
            pv = float(rng.randrange(80, 900) * 1000)
            ws.cell(row, 1, account)
            ws.cell(row, 2, month).number_format = "mmm-yy"
            ws.cell(row, 3, pv)
            values.append(ValueFact("finance", (month, account), "budget", pv))
            if m < 4:
                ev = round(pv * rng.uniform(0.8, 1.05), -2)
                ac = round(pv * rng.uniform(0.85, 1.2), -2)
                ws.cell(row, 4, ev)
                ws.cell(row, 5, ac)
                ws.cell(row, 6, ev - ac)
                ws.cell(row, 7, ev - pv)
                ws.cell(row, 8, round(ev / ac, 2))
                ws.cell(row, 9, round(ev / pv, 2))
                values.append(ValueFact("finance", (month, account), "actual", ac))
            row += 1
    targets: Targets = _cols("A", ["cost_line", "month", "budget", None, "actual"])
    targets |= _cols("F", [None, None, None, None])
    table = TruthTable("EVM", 3, "finance", targets, {"finance": 6 * len(accounts)})
    return Built(_save(wb, folder, "us_transit_evm_monthly"), [table], values)


CA_LINES = ["Structural steel", "Mechanical", "Electrical", "Interior finishes", "Design fees"]


def ca_hospital_cost_committed(folder: Path, rng: random.Random) -> Built:
    """A Canadian hospital tower's monthly cost report: per cost element four rows
    ``Budget``, ``Committed``, ``Actual``, ``Forecast``, months as date cells across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Surrey Memorial Tower B - Monthly Cost Report (CAD)"
    months = _months(date(2026, 4, 1), 6)
    ws.cell(3, 1, "Cost Element")
    ws.cell(3, 2, "Line Type")
    for k, month in enumerate(months):
        ws.cell(3, 3 + k, month).number_format = "mmm-yy"
    lines = rng.sample(CA_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    row = 4
    for line in lines:
        budget = [float(rng.randrange(40, 700) * 1000) for _ in months]
        committed = [round(b * rng.uniform(0.9, 1.4), -3) for b in budget]
        actual = [round(b * rng.uniform(0.8, 1.15), -2) for b in budget[:3]]
        forecast = [round(b * rng.uniform(0.9, 1.2), -2) for b in budget[3:]]
        _put(ws, row, 1, [[line, "Budget", *budget]])
        _put(ws, row + 1, 1, [[line, "Committed", *committed]])
        _put(ws, row + 2, 1, [[line, "Actual", *actual]])
        _put(ws, row + 3, 1, [[line, "Forecast", None, None, None, *forecast]])
        row += 4
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            if m < 3:
                values.append(ValueFact("finance", (month, line), "actual", actual[m]))
            else:
                values.append(ValueFact("finance", (month, line), "forecast", forecast[m - 3]))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Cost Report", 3, "finance", targets, {"finance": 6 * len(lines)})
    return Built(_save(wb, folder, "ca_hospital_cost_committed"), [table], values)


NZ_MILESTONES = [
    "Penstock 1 dewatered",
    "Inspection report accepted",
    "Liner repairs complete",
    "Penstock 1 rewatered",
    "Penstock 2 dewatered",
    "Coating trial signed off",
    "Unit 2 return to service",
]
NZ_PEOPLE = ["Mere Tuhoe", "Sione Latu", "Aroha Ngata", "Callum Reid"]


def nz_hydro_schedule_float(folder: Path, rng: random.Random) -> Built:
    """A New Zealand hydro station's milestone tracker: baseline, forecast and actual
    finishes as dates, total float and variance in days beside them."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Schedule")
    ws["A1"] = "Penstock Refurbishment - Key Milestones"
    header = ["ID", "Milestone", "Owner", "Baseline Finish", "Forecast Finish", "Actual Finish"]
    header += ["Total Float (days)", "Variance (days)", "Status"]
    _put(ws, 3, 1, [header])
    _bold_row(ws, 3, len(header))
    n = len(NZ_MILESTONES)
    base = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    done = rng.randint(2, 3)
    for i in range(n):
        slip = rng.choice([0, 0, 3, 7, 14, -2])
        fc = base[i] + timedelta(days=slip)
        owner = rng.choice(NZ_PEOPLE)
        state = "Complete" if i < done else rng.choice(["Not Started", "In Progress", "At Risk"])
        ws.cell(4 + i, 1, f"MS-{i + 1:02d}")
        ws.cell(4 + i, 2, NZ_MILESTONES[i])
        ws.cell(4 + i, 3, owner)
        ws.cell(4 + i, 4, base[i]).number_format = "dd/mm/yyyy"
        ws.cell(4 + i, 5, fc).number_format = "dd/mm/yyyy"
        if i < done:
            ws.cell(4 + i, 6, fc).number_format = "dd/mm/yyyy"
            values.append(ValueFact("milestones", i, "actual_date", fc))
        ws.cell(4 + i, 7, rng.randrange(0, 25))
        ws.cell(4 + i, 8, slip)
        ws.cell(4 + i, 9, state)
        values += [
            ValueFact("milestones", i, "milestone", NZ_MILESTONES[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", None, ("slippage_days", None)])
    targets |= {"I": "status"}
    path = _save(wb, folder, "nz_hydro_schedule_float")
    return Built(path, [_one("milestones", "Schedule", 3, targets, n)], values)


IE_ISSUES = [
    "Pump station telemetry drops out overnight",
    "Trench reinstatement rejected by the council",
    "Valve chamber flooded after storm",
    "Pipe delivery short by two loads",
    "Traffic management plan refused for the N7",
    "Landowner withdraws wayleave consent",
    "SCADA licences not transferred",
]
IE_PEOPLE = ["Aoife Byrne", "Ciarán Walsh", "Niamh Kelly", "Declan Moran"]


def ie_water_issue_costs(folder: Path, rng: random.Random) -> Built:
    """An Irish water network upgrade's issue log: severity 1-5 beside ``Cost to Fix (€)``
    written ``€12,500`` and ``Days Lost``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Greater Dublin Trunk Main - Issue Log"
    header = ["Issue No.", "Issue", "Owner", "Date Raised", "Severity (1-5)", "Cost to Fix (€)"]
    header += ["Days Lost", "Status", "Resolution"]
    _put(ws, 2, 1, [header])
    _bold_row(ws, 2, len(header))
    n = rng.randint(5, 7)
    titles = rng.sample(IE_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(IE_PEOPLE)
        sev = rng.randint(1, 5)
        cost = rng.randrange(1, 60) * 500
        state = rng.choice(["Open", "In Progress", "Resolved", "Closed"])
        ws.cell(3 + i, 1, i + 1)
        ws.cell(3 + i, 2, titles[i])
        ws.cell(3 + i, 3, owner)
        ws.cell(3 + i, 4, raised[i]).number_format = "dd/mm/yyyy"
        ws.cell(3 + i, 5, sev)
        ws.cell(3 + i, 6, f"€{cost:,}")
        ws.cell(3 + i, 7, rng.randrange(0, 15))
        ws.cell(3 + i, 8, state)
        ws.cell(3 + i, 9, "Contractor instructed")
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "raised_date"])
    targets |= _cols("E", ["severity", None, None, "status", "resolution"])
    path = _save(wb, folder, "ie_water_issue_costs")
    return Built(path, [_one("issues", "Issue Log", 2, targets, n)], values)


PH_RISKS = [
    "Boiler feed pump delivery slips by a quarter",
    "Typhoon season floods the coal yard",
    "Grid code compliance test fails",
    "Peso weakens against the dollar for imported parts",
    "Turbine OEM field engineers unavailable",
    "Ash pond permit conditions tightened",
    "Cooling water intake silts up",
]
PH_PEOPLE = ["Maria Santos", "Jose Reyes", "Andrea Villanueva", "Paolo Mendoza"]


def _money_text(amount: int) -> str:
    """``$1.2m`` or ``$450k``: a risk analyst's shorthand for an amount in dollars."""
    return f"${amount / 1e6:.1f}m" if amount >= 1_000_000 else f"${amount // 1000}k"


def ph_power_risk_current_target(folder: Path, rng: random.Random) -> Built:
    """A Philippine power plant's risk register: a ``Current`` and a ``Target`` assessment
    side by side, each a likelihood as text (``35%``), an impact as text money (``$1.2m``,
    ``$450k``) and an expected value in dollars."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Unit 3 Life Extension - Risk Register (USD)"
    header = ["Risk No", "Risk Event", "Risk Owner", "Current Likelihood", "Current Impact"]
    header += ["Current Expected Value", "Response", "Target Likelihood", "Target Impact"]
    header += ["Target Expected Value", "Risk Status"]
    _put(ws, 3, 1, [header])
    _bold_row(ws, 3, len(header))
    n = rng.randint(5, 7)
    titles = rng.sample(PH_RISKS, n)
    values: list[ValueFact] = []
    for i in range(n):
        cp = rng.choice(PERCENTS[3:])
        tp = rng.choice([p for p in PERCENTS if p < cp])
        ci = rng.randrange(100, 3000) * 1000
        ti = ci // rng.choice([2, 3, 4])
        owner = rng.choice(PH_PEOPLE)
        state = rng.choice(["Open", "Closed", "Monitoring"])
        row = [f"R{i + 1:02d}", titles[i], owner, f"{cp}%", _money_text(ci)]
        row += [round(cp * ci / 100), "Spares held on site", f"{tp}%", _money_text(ti)]
        row += [round(tp * ti / 100), state]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", _band(cp)),
            ValueFact("risks", i, "residual_probability", _band(tp)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "probability"])
    targets |= _cols("E", [None, None, "response", "residual_probability", None, None])
    targets |= {"K": "status"}
    path = _save(wb, folder, "ph_power_risk_current_target")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


CL_RISKS = [
    "Apron pavement fails the load test",
    "Baggage system software late from the vendor",
    "Customs hall redesign after the new regulation",
    "Seismic bracing quantities above the estimate",
    "Airline relocation refused during peak season",
    "Jet fuel hydrant contamination found",
]
CL_PEOPLE = ["Camila Rojas", "Matías Fuentes", "Valentina Soto", "Diego Araya"]


def cl_airport_qra_contingency(folder: Path, rng: random.Random) -> Built:
    """A Chilean airport terminal's quantitative risk analysis: probability as a plain
    fraction (``0.35``), a three-point cost estimate (``Optimistic | Most Likely |
    Pessimistic``, USD k), the ``P10 | P50 | P90`` of the simulation and a ``Contingency
    Allocated`` column; a ``Contingency Drawdown`` sheet records what was drawn."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "QRA")
    ws["A1"] = "Terminal Expansion Phase 2 - Quantitative Risk Analysis (USD k)"
    header = ["Risk ID", "Description", "Owner", "Probability", "Optimistic", "Most Likely"]
    header += ["Pessimistic", "P10", "P50", "P90", "Contingency Allocated", "Treatment", "Status"]
    _put(ws, 3, 1, [header])
    _bold_row(ws, 3, len(header))
    n = len(CL_RISKS)
    values: list[ValueFact] = []
    for i in range(n):
        pct = rng.choice(PERCENTS)
        lo = rng.randrange(40, 300)
        ml = lo + rng.randrange(30, 300)
        hi = ml + rng.randrange(50, 600)
        owner = rng.choice(CL_PEOPLE)
        state = rng.choice(["Open", "Open", "Closed"])
        row = [f"QRA-{i + 1:02d}", CL_RISKS[i], owner, pct / 100, lo, ml, hi]
        row += [lo + 10, ml + 20, hi - 30, round(pct * ml / 100), "Early works package", state]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", CL_RISKS[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", _band(pct)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "probability"])
    targets |= _cols("E", [None, None, None, None, None, None, None, "response", "status"])
    log = wb.create_sheet("Contingency Drawdown")
    _put(log, 1, 1, [["Drawdown Ref", "Date", "Risk ID", "Description", "Amount (USD k)"]])
    log.cell(1, 6, "Authorised By")
    for k, d in enumerate(_days(rng, 4, date(2026, 3, 2))):
        log.cell(2 + k, 1, f"CD{k + 1:02d}")
        log.cell(2 + k, 2, d).number_format = "dd/mm/yyyy"
        log.cell(2 + k, 3, f"QRA-{rng.randint(1, n):02d}")
        log.cell(2 + k, 4, rng.choice(["Extra piling", "Vendor delay costs", "Night works"]))
        log.cell(2 + k, 5, rng.randrange(20, 300))
        log.cell(2 + k, 6, rng.choice(CL_PEOPLE))
    path = _save(wb, folder, "cl_airport_qra_contingency")
    return Built(path, [_one("risks", "QRA", 3, targets, n)], values)


SC_ACCOUNTS = ["WP1 Civils", "WP2 Track", "WP3 Stations", "WP4 Systems integration"]


def sc_tram_evm_rows(folder: Path, rng: random.Random) -> Built:
    """A Scottish tram extension's earned-value sheet: months across as date cells, per
    work package the rows ``BCWS``, ``BCWP``, ``ACWP``, ``SPI``, ``CPI`` and ``EAC``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Earned Value")
    ws["A1"] = "Newhaven Tram Extension - Earned Value Report (£)"
    months = _months(date(2026, 4, 1), 6)
    ws.cell(3, 1, "Work Package")
    ws.cell(3, 2, "Metric")
    for k, month in enumerate(months):
        ws.cell(3, 3 + k, month).number_format = "mmm-yy"
    accounts = rng.sample(SC_ACCOUNTS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 4
    for account in accounts:
        pv = [float(rng.randrange(50, 800) * 1000) for _ in months]
        ev = [round(p * rng.uniform(0.8, 1.05), -2) for p in pv[:3]]
        ac = [round(p * rng.uniform(0.85, 1.2), -2) for p in pv[:3]]
        bac = sum(pv)
        _put(ws, row, 1, [[account, "BCWS", *pv]])
        _put(ws, row + 1, 1, [[account, "BCWP", *ev]])
        _put(ws, row + 2, 1, [[account, "ACWP", *ac]])
        _put(
            ws,
            row + 3,
            1,
            [[account, "SPI", *(round(e / p, 2) for e, p in zip(ev, pv[:3], strict=True))]],
        )
        _put(
            ws,
            row + 4,
            1,
            [[account, "CPI", *(round(e / a, 2) for e, a in zip(ev, ac, strict=True))]],
        )
        _put(
            ws,
            row + 5,
            1,
            [[account, "EAC", *(round(bac * a / e, -2) for e, a in zip(ev, ac, strict=True))]],
        )
        row += 6
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, account), "budget", pv[m]))
            if m < 3:
                values.append(ValueFact("finance", (month, account), "actual", ac[m]))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Earned Value", 3, "finance", targets, {"finance": 6 * len(accounts)})
    return Built(_save(wb, folder, "sc_tram_evm_rows"), [table], values)


NL_LINES = ["Dredging", "Quay wall", "Pavements", "Project management", "Permits"]


def nl_port_cost_long_committed(folder: Path, rng: random.Random) -> Built:
    """A Dutch port terminal's cost ledger, one row per period and WBS element:
    ``Budget | Commitments | Accruals | Actuals | Forecast | Variance`` (the accruals are in
    the actuals, said by a note)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Ledger")
    ws["A1"] = "Maasvlakte Feeder Terminal - Cost Ledger (EUR)"
    ws["A2"] = "Actuals include accruals; commitments are open purchase orders"
    header = ["Period", "WBS Element", "Budget", "Commitments", "Accruals", "Actuals"]
    header += ["Forecast", "Variance"]
    _put(ws, 4, 1, [header])
    _bold_row(ws, 4, len(header))
    months = _months(date(2026, 1, 1), 5)
    lines = rng.sample(NL_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            budget = float(rng.randrange(20, 500) * 1000)
            ws.cell(row, 1, month).number_format = "mmm yyyy"
            ws.cell(row, 2, line)
            ws.cell(row, 3, budget)
            ws.cell(row, 4, round(budget * rng.uniform(0.2, 1.3), -2))
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if m < 3:
                actual = round(budget * rng.uniform(0.8, 1.2), -2)
                ws.cell(row, 5, round(actual * 0.1, -2))
                ws.cell(row, 6, actual)
                ws.cell(row, 8, budget - actual)
                values.append(ValueFact("finance", (month, line), "actual", actual))
            else:
                fc = round(budget * rng.uniform(0.9, 1.15), -2)
                ws.cell(row, 7, fc)
                ws.cell(row, 8, budget - fc)
                values.append(ValueFact("finance", (month, line), "forecast", fc))
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", None, None, "actual"])
    targets |= _cols("G", ["forecast", None])
    table = TruthTable("Cost Ledger", 4, "finance", targets, {"finance": 5 * len(lines)})
    return Built(_save(wb, folder, "nl_port_cost_long_committed"), [table], values)


WL_PEOPLE = [
    ("Project Manager", "Rhian Evans"),
    ("Site Engineer", "Dafydd Jones"),
    ("Quantity Surveyor", "Carys Morgan"),
    ("Ecologist", "Iwan Roberts"),
    ("CDM Adviser", "Sian Lewis"),
]


def wl_reservoir_resource_fte(folder: Path, rng: random.Random) -> Built:
    """A Welsh reservoir safety scheme's resource plan: ``Role | Name``, months across as
    text ``Apr-26``, FTE fractions (``0.5``, ``0.2``) and a note ``1 FTE = 20 days``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Llyn Brianne Spillway Works - Resource Plan (FTE)"
    ws["A2"] = "1 FTE = 20 days"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 4, 1, [["Role", "Name", *(f"{m:%b-%y}" for m in months)]])
    people = rng.sample(WL_PEOPLE, 4)
    count = 0
    for r, (role, name) in enumerate(people):
        fte = [rng.choice([0, 0.2, 0.5, 0.5, 1.0]) for _ in months]
        count += sum(1 for f in fte if f)
        _put(ws, 5 + r, 1, [[role, name, *[f or None for f in fte]]])
    table = TruthTable("Resource Plan", 4, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    return Built(_save(wb, folder, "wl_reservoir_resource_fte"), [table], [])


# ---------------------------------------------------------------------------------------
# Kept untouched while tuning
# ---------------------------------------------------------------------------------------

ZA_RISKS = [
    "Quay wall settlement during dredging",
    "Crane delivery delayed at the port of origin",
    "Transnet tariff decision deferred",
    "Load shedding stops the reefer stacks",
    "Community protest blocks the access road",
    "Dredged material disposal permit lapses",
]
ZA_PEOPLE = ["Thandi Nkosi", "Pieter van Wyk", "Ayesha Patel", "Sipho Dlamini"]


def za_port_risk_gross_net(folder: Path, rng: random.Random) -> Built:
    """A South African container terminal's risk register: ``Gross Probability`` and
    ``Net Probability`` as plain fractions (``0.35``), gross and net impacts in rand
    millions, and an exposure (P x impact, R m) after each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Berth 203 Deepening - Risk Register"
    header = ["Risk #", "Risk", "Risk Owner", "Gross Probability", "Gross Impact (R m)"]
    header += ["Gross Exposure (R m)", "Mitigation", "Net Probability", "Net Impact (R m)"]
    header += ["Net Exposure (R m)", "Status"]
    _put(ws, 3, 1, [header])
    n = len(ZA_RISKS)
    values: list[ValueFact] = []
    for i in range(n):
        gp = rng.choice(PERCENTS[2:])
        np_ = rng.choice([p for p in PERCENTS if p <= gp])
        gi = round(rng.uniform(1, 60), 1)
        ni = round(gi * rng.uniform(0.3, 1), 1)
        owner = rng.choice(ZA_PEOPLE)
        state = rng.choice(["Open", "Closed"])
        row = [i + 1, ZA_RISKS[i], owner, gp / 100, gi, round(gp * gi / 100, 2)]
        row += ["Contractor to hold a standby plan", np_ / 100, ni, round(np_ * ni / 100, 2), state]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", ZA_RISKS[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", _band(gp)),
            ValueFact("risks", i, "residual_probability", _band(np_)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "probability"])
    # round 31: the standards' impact_money_bands band a money impact onto 1-5: either reading
    targets |= _cols(
        "E",
        [
            (None, "impact"),
            ("score", None),
            "response",
            "residual_probability",
            (None, "residual_impact"),
        ],
    )
    targets |= {"J": ("residual_score", None), "K": "status"}
    path = _save(wb, folder, "za_port_risk_gross_net")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


SG_RISKS = [
    "Tunnel boring machine stoppage under the canal",
    "Settlement of the shophouses above the alignment",
    "Signalling interface with the existing line",
    "Platform screen door supplier insolvency",
    "Unexploded ordnance found at the shaft",
    "Marine clay thicker than the boreholes showed",
]
SG_PEOPLE = ["Tan Wei Ming", "Nurul Huda", "Rajesh Kumar", "Lim Hui Ling"]


def sg_mrt_quant_risks(folder: Path, rng: random.Random) -> Built:
    """A Singapore MRT line's quantitative risk register: likelihood as text ``35%``,
    impact as text ``$1.2m``, a three-point estimate (min / most likely / max, $k) and the
    P50 / P80 / P90 of the Monte Carlo run."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "QRA")
    ws["A1"] = "Cross Island Line Contract C1 - Quantitative Risk Register"
    ws["A2"] = "Monte Carlo run 12, 5,000 iterations"
    header = ["Risk ID", "Risk Title", "Owner", "Likelihood", "Impact ($)", "Min ($k)"]
    header += ["Most Likely ($k)", "Max ($k)", "P50 ($k)", "P80 ($k)", "P90 ($k)", "Status"]
    _put(ws, 4, 1, [header])
    n = len(SG_RISKS)
    values: list[ValueFact] = []
    for i in range(n):
        pct = rng.choice(PERCENTS)
        lo = rng.randrange(50, 400)
        ml = lo + rng.randrange(50, 400)
        hi = ml + rng.randrange(100, 900)
        owner = rng.choice(SG_PEOPLE)
        state = rng.choice(["Open", "Monitoring", "Closed"])
        row = [f"QR-{i + 1:02d}", SG_RISKS[i], owner, f"{pct}%", f"${ml / 1000:.1f}m", lo, ml, hi]
        row += [round((lo + ml) / 2), round(ml * 1.2), round(hi * 0.9), state]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", SG_RISKS[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", _band(pct)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "probability"])
    # round 31: the standards' impact_money_bands band a money impact onto 1-5: either reading
    targets |= _cols("E", [(None, "impact"), None, None, None, None, None, None, "status"])
    path = _save(wb, folder, "sg_mrt_quant_risks")
    return Built(path, [_one("risks", "QRA", 4, targets, n)], values)


DE_ACCOUNTS = ["Foundations", "Turbine supply", "Array cables", "Grid connection"]


def de_wind_evm_months_across(folder: Path, rng: random.Random) -> Built:
    """A German wind farm's earned-value tracker: months across (``Jan 2026``), per
    control account four rows ``PV``, ``EV``, ``AC`` and ``CPI``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EVA")
    ws["A1"] = "Windpark Nordheide - Earned Value Analysis (EUR)"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Control Account", "Measure", *(f"{m:%b %Y}" for m in months)]])
    accounts = rng.sample(DE_ACCOUNTS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for account in accounts:
        pv = [float(rng.randrange(100, 2000) * 1000) for _ in months]
        ev = [round(p * rng.uniform(0.8, 1.05), -3) for p in pv[:4]]
        ac = [round(p * rng.uniform(0.85, 1.2), -3) for p in pv[:4]]
        _put(ws, row, 1, [[account, "PV", *pv]])
        _put(ws, row + 1, 1, [[account, "EV", *ev]])
        _put(ws, row + 2, 1, [[account, "AC", *ac]])
        _put(
            ws,
            row + 3,
            1,
            [[account, "CPI", *(round(e / a, 2) for e, a in zip(ev, ac, strict=True))]],
        )
        row += 4
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, account), "budget", pv[m]))
            if m < 4:
                values.append(ValueFact("finance", (month, account), "actual", ac[m]))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("EVA", 3, "finance", targets, {"finance": 6 * len(accounts)})
    return Built(_save(wb, folder, "de_wind_evm_months_across"), [table], values)


IN_RISKS = [
    "Hydrocracker reactor delivery slips past the monsoon",
    "Hot tapping permit refused during the turnaround",
    "Catalyst price rises with the rupee",
    "Heavy lift crane unavailable in Jamnagar",
    "Skilled welders leave for a Gulf contract",
    "Environmental clearance conditions tightened",
]
IN_PEOPLE = ["Priya Raghavan", "Anil Deshmukh", "Sunita Iyer", "Rakesh Menon"]


def in_refinery_risk_contingency(folder: Path, rng: random.Random) -> Built:
    """An Indian refinery revamp's risk register: probability as a fraction formatted as a
    percent, impact and EMV in Rs lakh, a pre- and a post-mitigation score (P x I, 1-25);
    a ``Contingency Log`` sheet of drawdowns against risk ids beside it."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Hydrocracker Revamp - Risk Register (Rs lakh)"
    header = ["ID", "Risk", "Owner", "Probability", "Impact (Rs lakh)", "EMV (Rs lakh)"]
    header += ["Pre-mitigation Score", "Mitigation", "Post-mitigation Score", "Status"]
    _put(ws, 3, 1, [header])
    n = len(IN_RISKS)
    values: list[ValueFact] = []
    for i in range(n):
        pct = rng.choice(PERCENTS)
        impact = rng.randrange(5, 400)
        owner = rng.choice(IN_PEOPLE)
        state = rng.choice(["Open", "Closed"])
        pre = rng.randint(4, 25)
        ws.cell(4 + i, 1, f"R-{i + 1:02d}")
        ws.cell(4 + i, 2, IN_RISKS[i])
        ws.cell(4 + i, 3, owner)
        ws.cell(4 + i, 4, pct / 100).number_format = "0%"
        ws.cell(4 + i, 5, impact)
        ws.cell(4 + i, 6, round(pct * impact / 100, 1))
        ws.cell(4 + i, 7, pre)
        ws.cell(4 + i, 8, "Advance order placed with a second vendor")
        ws.cell(4 + i, 9, rng.randint(1, pre))
        ws.cell(4 + i, 10, state)
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", IN_RISKS[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", _band(pct)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "probability"])
    # round 31: the standards' impact_money_bands band a money impact onto 1-5: either reading
    targets |= _cols(
        "E", [(None, "impact"), None, ("score", None), "response", ("residual_score", None)]
    )
    targets |= {"J": "status"}
    log = wb.create_sheet("Contingency Log")
    log["A1"] = "Contingency Drawdown Register"
    _put(log, 3, 1, [["Date", "Ref", "Risk ID", "Reason for Drawdown", "Drawn (Rs lakh)"]])
    log.cell(3, 6, "Balance (Rs lakh)")
    log.cell(3, 7, "Approved by")
    balance = 1500.0
    for k, d in enumerate(_days(rng, 5, date(2026, 1, 19))):
        amount = float(rng.randrange(10, 200))
        balance -= amount
        log.cell(4 + k, 1, d).number_format = "dd-mm-yyyy"
        reason = rng.choice(["Crane hire extension", "Catalyst price variation", "Welder bonus"])
        _put(log, 4 + k, 2, [[f"CD-{k + 1:03d}", f"R-{rng.randint(1, n):02d}", reason, amount]])
        log.cell(4 + k, 6, balance)
        log.cell(4 + k, 7, rng.choice(IN_PEOPLE))
    path = _save(wb, folder, "in_refinery_risk_contingency")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


US_ISSUES = [
    "Holding cell doors fail the fire marshal's test",
    "Courtroom 4 AV system on back-order",
    "Asbestos found behind the clerk's office wall",
    "Elevator cab finishes rejected by the county",
    "Jury assembly room HVAC undersized",
    "Security screening layout breaches ADA clearance",
]
US_PEOPLE = ["Jessica Alvarez", "Tyler Brooks", "Denise Washington", "Kevin O'Brien"]


def us_courthouse_issue_cost(folder: Path, rng: random.Random) -> Built:
    """A US county courthouse renovation's issue log: ``Cost to Resolve ($)`` as numbers,
    ``Schedule Impact (days)`` and a priority word."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Marion County Courthouse Renovation - Issues Log"
    header = ["#", "Issue Description", "Assigned To", "Opened", "Priority"]
    header += ["Cost to Resolve ($)", "Schedule Impact (days)", "Status", "Due"]
    _put(ws, 3, 1, [header])
    n = len(US_ISSUES)
    opened = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(US_PEOPLE)
        prio = rng.choice(["High", "Medium", "Low"])
        state = rng.choice(["Open", "In Progress", "Closed"])
        due = opened[i] + timedelta(days=rng.randrange(10, 40))
        ws.cell(4 + i, 1, i + 1)
        ws.cell(4 + i, 2, US_ISSUES[i])
        ws.cell(4 + i, 3, owner)
        ws.cell(4 + i, 4, opened[i]).number_format = "mm/dd/yyyy"
        ws.cell(4 + i, 5, prio)
        ws.cell(4 + i, 6, rng.randrange(2, 90) * 250).number_format = "$#,##0"
        ws.cell(4 + i, 7, rng.randrange(0, 20))
        ws.cell(4 + i, 8, state)
        ws.cell(4 + i, 9, due).number_format = "mm/dd/yyyy"
        values += [
            ValueFact("issues", i, "title", US_ISSUES[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "status", state),
            ValueFact("issues", i, "due_date", due),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "raised_date"])
    targets |= _cols("E", ["priority", None, None, "status", "due_date"])
    path = _save(wb, folder, "us_courthouse_issue_cost")
    return Built(path, [_one("issues", "Issues", 3, targets, n)], values)


KE_MILESTONES = [
    "Well pad 7 civil works complete",
    "Rig mobilised to pad 7",
    "Production well OW-731 spudded",
    "Steam gathering line tested",
    "Separator station energised",
    "Unit 6 synchronised to the grid",
]
KE_PEOPLE = ["Wanjiru Kamau", "Otieno Ochieng", "Fatuma Hassan", "Kiprop Rotich"]


def ke_geothermal_schedule(folder: Path, rng: random.Random) -> Built:
    """A Kenyan geothermal plant's schedule tracker: baseline and forecast starts and
    finishes, free float in days, a critical flag and a percent complete."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestone Tracker")
    ws["A1"] = "Olkaria VI - Milestone Tracker"
    header = ["Ref", "Milestone", "Responsible", "Baseline Start", "Baseline Finish"]
    header += ["Forecast Start", "Forecast Finish", "Free Float (d)", "Critical?", "% Complete"]
    _put(ws, 3, 1, [header])
    n = len(KE_MILESTONES)
    finish = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i in range(n):
        start = finish[i] - timedelta(days=rng.randrange(10, 40))
        slip = rng.choice([0, 5, 12, 21])
        owner = rng.choice(KE_PEOPLE)
        ws.cell(4 + i, 1, f"KM{i + 1:02d}")
        ws.cell(4 + i, 2, KE_MILESTONES[i])
        ws.cell(4 + i, 3, owner)
        for c, d in enumerate(
            [start, finish[i], start + timedelta(days=slip), finish[i] + timedelta(days=slip)]
        ):
            ws.cell(4 + i, 4 + c, d).number_format = "dd-mmm-yy"
        ws.cell(4 + i, 8, rng.randrange(0, 30))
        ws.cell(4 + i, 9, rng.choice(["Y", "N"]))
        ws.cell(4 + i, 10, rng.choice([0, 0.25, 0.5, 0.8])).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", KE_MILESTONES[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", finish[i]),
            ValueFact("milestones", i, "forecast_date", finish[i] + timedelta(days=slip)),
        ]
    targets: Targets = _cols("A", ["id", "milestone", "owner", None, "baseline_date", None])
    targets |= _cols("G", ["forecast_date", None, None, None])
    path = _save(wb, folder, "ke_geothermal_schedule")
    return Built(path, [_one("milestones", "Milestone Tracker", 3, targets, n)], values)


QUANT_TUNED = [
    Layout("uk_rail_risk_emv", "UK rail risk register, Probability (%), £k, days, EMV", uk_rail_risk_emv),
    Layout("au_mine_inherent_residual", "Australian mine risks, inherent / residual L x C, MR drawdown sheet", au_mine_inherent_residual),
    Layout("us_transit_evm_monthly", "US transit EVM by control account and month, BCWS / BCWP / ACWP, CPI, SPI", us_transit_evm_monthly),
    Layout("ca_hospital_cost_committed", "Canadian hospital cost report, Budget / Committed / Actual / Forecast rows", ca_hospital_cost_committed),
    Layout("nz_hydro_schedule_float", "NZ hydro milestones, baseline / forecast / actual finish, float, variance", nz_hydro_schedule_float),
    Layout("ie_water_issue_costs", "Irish water issue log, severity, cost to fix, days lost", ie_water_issue_costs),
    Layout("ph_power_risk_current_target", "Philippine power risks, current / target 35% text, $1.2m text, expected value", ph_power_risk_current_target),
    Layout("cl_airport_qra_contingency", "Chilean airport QRA, 0.35, three-point, P10 / P50 / P90, contingency drawdown sheet", cl_airport_qra_contingency),
    Layout("sc_tram_evm_rows", "Scottish tram EV rows BCWS / BCWP / ACWP / SPI / CPI / EAC, months across", sc_tram_evm_rows),
    Layout("nl_port_cost_long_committed", "Dutch port cost ledger, commitments / accruals / actuals by period", nl_port_cost_long_committed),
    Layout("wl_reservoir_resource_fte", "Welsh reservoir resource plan in FTE fractions, 1 FTE = 20 days", wl_reservoir_resource_fte),
]  # fmt: skip

QUANT_KEPT = [
    Layout("za_port_risk_gross_net", "South African port risks, gross / net 0.35, R m, exposure", za_port_risk_gross_net),
    Layout("sg_mrt_quant_risks", "Singapore MRT QRA, 35% text, $1.2m, min / ML / max, P50 / P80 / P90", sg_mrt_quant_risks),
    Layout("de_wind_evm_months_across", "German wind farm EVA, PV / EV / AC / CPI rows, months across", de_wind_evm_months_across),
    Layout("in_refinery_risk_contingency", "Indian refinery risks, 40% cells, Rs lakh EMV, pre / post score, contingency log", in_refinery_risk_contingency),
    Layout("us_courthouse_issue_cost", "US courthouse issue log, cost to resolve, schedule impact days", us_courthouse_issue_cost),
    Layout("ke_geothermal_schedule", "Kenyan geothermal milestones, baseline / forecast start and finish, float", ke_geothermal_schedule),
]  # fmt: skip
