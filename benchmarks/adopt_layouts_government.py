"""Round 30's funder and government reporting templates (``GOV_TUNED``, ``GOV_KEPT``):
twelve seeded registers and trackers laid out as a funder, a regulator or a central
government body demands and filled by a project team, written in round 30 by the engineer
who tunes on half of them (docs/adopt.md, "Round 30: funder and government reporting
templates"). The cells are this file's own, modelled on the public shapes of such
templates: a government major-project return (a delivery confidence assessment in five
colours, whole-life cost, SRO, key risks with proximity), a business-case cost table
(financial years across, capital and resource rows, optimism bias, contingency), a grant
budget by the funder's cost categories with planned and claimed amounts per reporting
period, a development bank's procurement plan, a donor's logframe activity tracker, a
regulator's incident register with its official reference numbers, a council's capital
programme status report.

Truth (each reading as a PMO analyst states it):

- the five-colour delivery confidence (``Amber/Green``, ``Amber-Red``) is Amber on the
  standard's three-colour RAG (the reading is recorded in the mapping file's list words);
- a financial year across (``2026-27``, ``FY27``) is twelve months from the year start the
  file states (April in the UK, July in New Zealand), ``FY27`` named by the year it ends
  in; its amount is spread evenly over its months (the ``quarter_amounts`` reading's
  default, as for a quarter), and so is a reporting period's (a quarter, a half year);
- capital / resource (``Capital``, ``CDEL``; ``Resource``, ``RDEL``, ``Operating``) is the
  standard's CapEx / OpEx;
- the funder's cost categories land on the standard's: personnel -> Labour,
  subcontracting -> Contractors, travel -> Travel, equipment -> Hardware, indirect costs
  and other goods -> Other;
- planned is the budget, claimed the actual;
- a regulator's reference number, a review type, an estimated cost, an indicator are
  columns the standard lacks: left out (listed in the report).
"""

from __future__ import annotations

import random
from datetime import date
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

PEOPLE_UK = ["Helen Marsh", "Tom Okafor", "Priya Shah", "Gareth Lewis", "Fiona Campbell"]
PEOPLE_NZ = ["Aroha Ngata", "James Whitcombe", "Mei Lin Chen", "Sam Tuilagi"]
PEOPLE_KE = ["Wanjiru Kamau", "Otieno Ouma", "Amina Hassan", "Peter Mwangi"]
PEOPLE_EU = ["Anna Kowalska", "Luca Ferraro", "Ines Duarte", "Jonas Berg"]
PEOPLE_CA = ["Marie Tremblay", "Daniel Singh", "Claire MacLeod", "Owen Fraser"]


def _spread(amount: float, parts: int) -> list[float]:
    """``amount`` in ``parts`` equal shares to the cent, the remainder in the last."""
    cents = round(amount * 100)
    share = int(cents / parts)
    shares = [share] * parts
    shares[-1] += cents - share * parts
    return [s / 100 for s in shares]


# ---------------------------------------------------------------------------------------
# Tuned on
# ---------------------------------------------------------------------------------------

GMPP_RISKS = [
    "Planning consent for the northern embankment is called in",
    "Contractor insolvency in the piling supply chain",
    "Spring tides flood the working area before the cofferdam is closed",
    "Land purchase from the rail operator is delayed",
    "Ecology licence for the water vole relocation is refused",
    "Steel sheet pile prices rise beyond the indexation cap",
    "Treasury approval of the full business case slips a quarter",
]
#: The proximity words of the return's guidance -> the standard's proximity list.
PROXIMITY = {
    "Imminent (0-1 month)": "Imminent",
    "Near term (1-3 months)": "1-3 months",
    "Medium term (3-6 months)": "3-6 months",
    "Long term (6+ months)": "Over 6 months",
}


def uk_major_project_return(folder: Path, rng: random.Random) -> Built:
    """A UK department's quarterly major-project return: a title block (SRO, the delivery
    confidence assessment ``Amber/Green``, whole-life cost in £m), then the key risks with
    proximity in the guidance's words, likelihood and impact H/M/L and a RAG per risk."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Quarterly Return")
    ws["A1"] = "Government Major Projects Portfolio - Quarterly Data Return"
    sro = rng.choice(PEOPLE_UK)
    block = [
        ["Project Name", "Thames Estuary Flood Barrier Renewal"],
        ["Department", "Department for Environment"],
        ["Senior Responsible Owner (SRO)", sro],
        ["Delivery Confidence Assessment", "Amber/Green"],
        ["Whole Life Cost (£m)", 412.6],
        ["Reporting Quarter", "Q2 2026-27"],
    ]
    _put(ws, 3, 1, block)
    ws["A10"] = "Key Risks"
    header = ["Risk Ref", "Risk Description", "Proximity", "Likelihood", "Impact"]
    header += ["Mitigating Actions", "Risk Owner", "RAG"]
    _put(ws, 11, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(GMPP_RISKS, n)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Thames Estuary Flood Barrier Renewal"),
        ValueFact("project", 0, "sponsor", sro),
        ValueFact("project", 0, "overall_rag", "Amber"),
    ]
    hml = {"H": 5.0, "M": 3.0, "L": 1.0}
    for i in range(n):
        prox = rng.choice(list(PROXIMITY))
        lik, imp = rng.choice("HML"), rng.choice("HML")
        owner = rng.choice(PEOPLE_UK)
        rag = rng.choice(["Red", "Amber", "Green"])
        cells: list[object] = [f"KR{i + 1}", titles[i], prox, lik, imp]
        cells += ["Weekly review at the programme board", owner, rag]
        _put(ws, 12 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "proximity", PROXIMITY[prox]),
            ValueFact("risks", i, "probability", hml[lik]),
            ValueFact("risks", i, "impact", hml[imp]),
            ValueFact("risks", i, "owner", owner),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "proximity", "probability"])
    targets |= _cols("E", ["impact", "response", "owner", None])
    return Built(
        _save(wb, folder, "uk_major_project_return"),
        [_one("risks", "Quarterly Return", 11, targets, n)],
        values,
    )


BC_LINES = ["Construction", "Land and compensation", "Design and supervision", "Project team"]


def uk_business_case_costs(folder: Path, rng: random.Random) -> Built:
    """A UK outline business case's cost table: financial years ``2026-27`` .. across
    (April to March, as the title says), a ``Capital / Resource`` column, optimism bias and
    contingency as lines of their own, a total row, amounts in £000."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Economic Case Costs")
    ws["A1"] = "Outline Business Case - Financial Case: Costs by Financial Year (April-March)"
    ws["A2"] = "£000, nominal prices"
    years = [2026, 2027]
    header = ["Cost Item", "Capital / Resource", *(f"{y}-{(y + 1) % 100:02d}" for y in years)]
    header.append("Total")
    _put(ws, 4, 1, [header])
    lines = [*rng.sample(BC_LINES, 3), "Optimism bias (24%)", "Contingency"]
    kinds = {line: rng.choice(["Capital", "Resource"]) for line in lines}
    kinds["Project team"] = "Resource"
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 5
    totals = [0.0] * len(years)
    for line in lines:
        amounts = [float(rng.randrange(10, 400) * 12) for _ in years]
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
        _put(ws, row, 1, [[line, kinds[line], *amounts, sum(amounts)]])
        row += 1
        for y, amount in zip(years, amounts, strict=True):
            shares = _spread(amount * 1000, 12)
            for k, month in enumerate(_months(date(y, 4, 1), 12)):
                values.append(ValueFact("finance", (month, line), "budget", shares[k]))
            opex = "CapEx" if kinds[line] == "Capital" else "OpEx"
            values.append(ValueFact("finance", (date(y, 4, 1), line), "capex_opex", opex))
    _put(ws, row, 1, [["Total", None, *totals, sum(totals)]])
    targets: Targets = {"A": "cost_line", "B": "capex_opex"}
    table = TruthTable("Economic Case Costs", 4, "finance", targets, {"finance": 24 * len(lines)})
    return Built(_save(wb, folder, "uk_business_case_costs"), [table], values)


#: budget line, the funder's category, the standard's category
GRANT_LINES = [
    ("Research associate (1.0 FTE)", "A. Personnel costs", "Labour"),
    ("Field survey contractor", "B. Subcontracting costs", "Contractors"),
    ("Consortium meetings", "C.1 Travel and subsistence", "Travel"),
    ("Water quality sensors", "C.2 Equipment", "Hardware"),
    ("Indirect costs", "E. Indirect costs (25% flat rate)", "Other"),
]


def eu_grant_budget_quarters(folder: Path, rng: random.Random) -> Built:
    """A research grant's budget and claims by the funder's cost categories: a budget line,
    its category in the funder's words, ``Planned`` and ``Claimed`` rows per line, one
    column per quarterly reporting period (``Q1 2026`` ..), euro amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget and Claims")
    ws["A1"] = "Grant Agreement No. 101123456 - Budget and Claims (EUR)"
    ws["A2"] = "Reporting periods are calendar quarters"
    quarters = [(2026, q) for q in (1, 2, 3, 4)]
    header = ["Budget Line", "Cost Category", "Planned / Claimed"]
    header += [f"Q{q} {y}" for y, q in quarters]
    _put(ws, 4, 1, [header])
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for line, category, standard in GRANT_LINES:
        planned = [float(rng.randrange(5, 300) * 30) for _ in quarters]
        claimed = [round(p * rng.uniform(0.6, 1.1) / 3) * 3.0 for p in planned[:2]]
        _put(ws, row, 1, [[line, category, "Planned", *planned]])
        _put(ws, row + 1, 1, [[line, category, "Claimed", *claimed]])
        row += 2
        for k, (y, q) in enumerate(quarters):
            months = _months(date(y, 3 * q - 2, 1), 3)
            for measure, amounts in (("budget", planned), ("actual", claimed)):
                if k < len(amounts):
                    for m, share in zip(months, _spread(amounts[k], 3), strict=True):
                        values.append(ValueFact("finance", (m, line), measure, share))
            values.append(ValueFact("finance", (months[0], line), "category", standard))
    targets: Targets = {"A": "cost_line", "B": "category", "C": "measure"}
    table = TruthTable("Budget and Claims", 4, "finance", targets, {"finance": 12 * 5})
    return Built(_save(wb, folder, "eu_grant_budget_quarters"), [table], values)


PACKAGES = [
    ("Rehabilitation of Kisumu intake works", "Works", "ICB"),
    ("Supply of water meters (Lot 1)", "Goods", "NCB"),
    ("Design review and supervision consultant", "Consulting", "QCBS"),
    ("Pipe fittings and valves", "Goods", "Shopping"),
    ("Laboratory equipment", "Goods", "RFQ"),
    ("Resettlement action plan consultant", "Consulting", "CQS"),
]
#: the plan's status words -> the standard's milestone statuses
PACKAGE_STATUS = {
    "Signed": "Complete",
    "Under evaluation": "In Progress",
    "Not started": "Not Started",
}


def ke_procurement_plan(folder: Path, rng: random.Random) -> Built:
    """A development bank-financed water project's procurement plan: package numbers,
    procurement method, estimated cost (US$), prior / post review, planned and actual dates
    of two stages (bid invitation, contract signature), a status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Procurement Plan")
    ws["A1"] = "Lake Victoria Water Supply Project (Credit No. 6789-KE)"
    ws["A2"] = "Procurement Plan - revision 3, approved by the Bank"
    header = ["Package No.", "Description", "Category", "Procurement Method"]
    header += ["Estimated Cost (US$)", "Review (Prior / Post)"]
    header += ["Bid Invitation - Planned", "Bid Invitation - Actual"]
    header += ["Contract Signature - Planned", "Contract Signature - Actual", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 6)
    packages = rng.sample(PACKAGES, n)
    invite = _days(rng, n, date(2025, 10, 1))
    values: list[ValueFact] = []
    for i, (text, category, method) in enumerate(packages):
        state = list(PACKAGE_STATUS)[i % 3]
        sign = invite[i].replace(year=invite[i].year + 1 if invite[i].month > 9 else invite[i].year)
        sign = date(sign.year, (sign.month + 2) % 12 + 1, min(sign.day, 28))
        cells: list[object] = [f"LVWSP/{category[0]}/{i + 1:02d}", text, category, method]
        cells += [float(rng.randrange(20, 900) * 1000), "Prior" if i % 2 else "Post"]
        cells += [invite[i], invite[i] if state != "Not started" else None]
        cells += [sign, sign if state == "Signed" else None, state]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", text),
            ValueFact("milestones", i, "status", PACKAGE_STATUS[state]),
        ]
    targets: Targets = _cols("A", ["id", "milestone", None, None, None, None])
    targets |= _cols("G", [(None, "baseline_date"), (None, "actual_date")])
    targets |= _cols("I", [("baseline_date", "forecast_date", None), ("actual_date", None)])
    targets |= {"K": "status"}
    return Built(
        _save(wb, folder, "ke_procurement_plan"),
        [_one("milestones", "Procurement Plan", 4, targets, n)],
        values,
    )


OUTPUTS = {
    "Output 1: Smallholders adopt drought-tolerant seed": [
        "Train 40 lead farmers in seed selection",
        "Establish 12 community seed banks",
        "Distribute seed to 2,000 households",
    ],
    "Output 2: County water committees manage boreholes": [
        "Form and register water committees",
        "Rehabilitate 15 boreholes",
        "Train committees in tariff setting",
    ],
}
ACTIVITY_STATUS = {
    "Completed": "Complete",
    "Ongoing": "In Progress",
    "Delayed": "Late",
    "Not started": "Not Started",
}


def ke_logframe_tracker(folder: Path, rng: random.Random) -> Built:
    """A donor report's logframe activity tracker: output heading rows across the table,
    activities coded ``1.1``, responsible, planned start and end, status, an indicator and
    its target (columns the standard lacks)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Activity Tracker")
    ws["A1"] = "Resilient Livelihoods Programme - Annual Report to Donor, Year 2"
    ws["A2"] = "Annex 2: Logframe activity tracker"
    header = ["Code", "Activity", "Responsible", "Planned Start", "Planned End", "Status"]
    header += ["Indicator", "Target", "Achieved"]
    _put(ws, 4, 1, [header])
    row = 5
    k = 0
    values: list[ValueFact] = []
    for o, (output, activities) in enumerate(OUTPUTS.items()):
        ws.cell(row, 1, output)
        row += 1
        starts = _days(rng, len(activities), date(2025, 7, 1))
        for a, text in enumerate(activities):
            end = date(starts[a].year + 1, starts[a].month, min(starts[a].day, 28))
            who = rng.choice(PEOPLE_KE)
            state = rng.choice(list(ACTIVITY_STATUS))
            target = rng.randrange(10, 200)
            cells: list[object] = [f"{o + 1}.{a + 1}", text, who, starts[a], end, state]
            cells += ["Number reached", target, rng.randrange(0, target)]
            _put(ws, row, 1, [cells])
            row += 1
            values += [
                ValueFact("milestones", k, "milestone", text),
                ValueFact("milestones", k, "owner", who),
                ValueFact("milestones", k, "baseline_date", end),
                ValueFact("milestones", k, "status", ACTIVITY_STATUS[state]),
            ]
            k += 1
    targets: Targets = _cols("A", ["id", "milestone", "owner", None, "baseline_date", "status"])
    targets |= _cols("G", [None, None, None])
    return Built(
        _save(wb, folder, "ke_logframe_tracker"),
        [_one("milestones", "Activity Tracker", 4, targets, k)],
        values,
    )


INCIDENTS = [
    "Operative struck by reversing dumper at the compound gate",
    "Scaffold board fell from level 3 onto the public footpath",
    "Diesel spill from a generator reached the surface water drain",
    "Excavation collapse during the drainage works",
    "Worker fell from a mobile elevating work platform",
    "Cable strike on an unmarked 11kV supply",
    "Fire in the welfare cabin kitchen",
]
INCIDENT_STATUS = {"Open": "Open", "Under investigation": "In Progress", "Closed": "Closed"}


def uk_regulator_incident_register(folder: Path, rng: random.Random) -> Built:
    """A contractor's incident register kept for the regulator: the site's own incident
    numbers, whether reportable, the regulator's reference numbers (``RIDDOR ref.``, a
    column the standard lacks), investigating officer, status, date closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Incident Register")
    ws["A1"] = "Riverside Hospital Expansion - Incident Register (RIDDOR and EA notifications)"
    header = ["Incident No.", "Date of Incident", "Description", "Reportable (Y/N)"]
    header += ["Regulator Reference", "Investigating Officer", "Status", "Date Closed"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(INCIDENTS, n)
    when = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i in range(n):
        reportable = rng.choice(["Y", "N"])
        ref = f"RIDDOR {rng.randrange(1000000, 9999999)}" if reportable == "Y" else "N/A"
        who = rng.choice(PEOPLE_UK)
        state = rng.choice(list(INCIDENT_STATUS))
        closed = date(when[i].year, when[i].month, min(when[i].day, 28))
        closed = closed.replace(month=closed.month % 12 + 1, year=closed.year + closed.month // 12)
        cells: list[object] = [f"INC-{26}{i + 1:03d}", when[i], titles[i], reportable, ref, who]
        cells += [state, closed if state == "Closed" else None]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "raised_date", when[i]),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "status", INCIDENT_STATUS[state]),
        ]
        if state == "Closed":
            values.append(ValueFact("issues", i, "closed_date", closed))
    targets: Targets = _cols("A", ["id", "raised_date", ("title", "description"), None, None])
    targets |= _cols("F", ["owner", "status", "closed_date"])
    return Built(
        _save(wb, folder, "uk_regulator_incident_register"),
        [_one("issues", "Incident Register", 3, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# Kept untouched while tuning
# ---------------------------------------------------------------------------------------

NZ_LINES = ["Wastewater plant upgrade", "Network renewals", "Consenting", "Programme office"]


def nz_business_case_fy(folder: Path, rng: random.Random) -> Built:
    """A New Zealand council's business case cost table: ``FY27`` .. across (years ending
    30 June, as the title says), ``Capital`` / ``Operating`` rows, contingency as a line,
    NZD 000 (no currency of the standard: no currency fact)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Financial Case")
    ws["A1"] = "Indicative Business Case - Whole of Life Costs (years ending 30 June)"
    ws["A2"] = "NZD 000"
    years = [2027, 2028]
    _put(ws, 4, 1, [["Cost Component", "Capital / Operating", *(f"FY{y % 100}" for y in years)]])
    lines = [*rng.sample(NZ_LINES, 2), "Contingency (P95)"]
    kinds = {line: rng.choice(["Capital", "Operating"]) for line in lines}
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        amounts = [float(rng.randrange(10, 500) * 12) for _ in years]
        _put(ws, 5 + r, 1, [[line, kinds[line], *amounts]])
        for y, amount in zip(years, amounts, strict=True):
            shares = _spread(amount * 1000, 12)
            for k, month in enumerate(_months(date(y - 1, 7, 1), 12)):
                values.append(ValueFact("finance", (month, line), "budget", shares[k]))
            opex = "CapEx" if kinds[line] == "Capital" else "OpEx"
            values.append(ValueFact("finance", (date(y - 1, 7, 1), line), "capex_opex", opex))
    targets: Targets = {"A": "cost_line", "B": "capex_opex"}
    table = TruthTable("Financial Case", 4, "finance", targets, {"finance": 24 * len(lines)})
    return Built(_save(wb, folder, "nz_business_case_fy"), [table], values)


EU_GRANT = [
    ("Project coordinator", "Personnel costs", "Labour"),
    ("Pilot site installation", "Subcontracting", "Contractors"),
    ("Partner visits", "Travel & subsistence", "Travel"),
    ("Data logger kit", "Equipment", "Hardware"),
    ("Overheads", "Indirect costs (flat rate 7%)", "Other"),
]


def eu_grant_budget_halves(folder: Path, rng: random.Random) -> Built:
    """A foundation grant's budget by the funder's categories, half-year reporting periods
    (``H1 2026``, ``H2 2026``), rows of ``Budget`` and ``Claimed`` per line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Grant Budget")
    ws["A1"] = "Coastal Wetlands Restoration - Grant Budget and Claims (EUR)"
    header = ["Cost Category", "Item", "Budget / Claimed", "H1 2026", "H2 2026"]
    _put(ws, 3, 1, [header])
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for line, category, standard in EU_GRANT:
        budget = [float(rng.randrange(5, 300) * 60) for _ in range(2)]
        claimed = [round(budget[0] * rng.uniform(0.6, 1.1) / 6) * 6.0]
        _put(ws, row, 1, [[category, line, "Budget", *budget]])
        _put(ws, row + 1, 1, [[category, line, "Claimed", *claimed]])
        row += 2
        for h in range(2):
            months = _months(date(2026, 1 + 6 * h, 1), 6)
            for measure, amounts in (("budget", budget), ("actual", claimed)):
                if h < len(amounts):
                    for m, share in zip(months, _spread(amounts[h], 6), strict=True):
                        values.append(ValueFact("finance", (m, line), measure, share))
            values.append(ValueFact("finance", (months[0], line), "category", standard))
    targets: Targets = {"A": "category", "B": "cost_line", "C": "measure"}
    table = TruthTable("Grant Budget", 3, "finance", targets, {"finance": 12 * 5})
    return Built(_save(wb, folder, "eu_grant_budget_halves"), [table], values)


ADB_PACKAGES = [
    "Civil works for the Dhaka ring main",
    "Supply of SCADA equipment",
    "Project management consultant",
    "Supply of ductile iron pipes",
    "Capacity building of the utility",
]


def bd_procurement_plan(folder: Path, rng: random.Random) -> Built:
    """A development bank's procurement plan in Bangladesh: contract package numbers, a
    method, an estimated value in US$ million, advertisement and contract award dates
    planned and actual, a comment."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "PP")
    ws["A1"] = "Dhaka Water Supply Sector Development Program - Procurement Plan"
    header = ["Package Number", "General Description", "Estimated Value ($ million)"]
    header += ["Procurement Method", "Advertisement Date (planned)", "Advertisement Date (actual)"]
    header += ["Contract Award (planned)", "Contract Award (actual)", "Comments"]
    _put(ws, 3, 1, [header])
    n = len(ADB_PACKAGES)
    adverts = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(ADB_PACKAGES):
        award = date(adverts[i].year + 1, adverts[i].month, min(adverts[i].day, 28))
        cells: list[object] = [f"DWSSDP-{i + 1:02d}", text, round(rng.uniform(0.2, 40), 1)]
        cells += [rng.choice(["OCB", "NCB", "QCBS"]), adverts[i], adverts[i] if i < 3 else None]
        cells += [award, award if i == 0 else None, "Prior review"]
        _put(ws, 4 + i, 1, [cells])
        values.append(ValueFact("milestones", i, "milestone", text))
    targets: Targets = _cols("A", ["id", "milestone", None, None])
    targets |= _cols("E", [(None, "baseline_date"), (None, "actual_date")])
    targets |= _cols("G", [("baseline_date", "forecast_date", None), ("actual_date", None)])
    targets |= {"I": None}
    return Built(
        _save(wb, folder, "bd_procurement_plan"),
        [_one("milestones", "PP", 3, targets, n)],
        values,
    )


SCHEMES = [
    "Library refurbishment",
    "Leisure centre roof replacement",
    "Town centre public realm",
    "Depot electric vehicle chargers",
    "Cemetery extension",
    "Primary school expansion",
]


def uk_capital_programme_status(folder: Path, rng: random.Random) -> Built:
    """A council's capital programme status report: scheme references, a project manager, a
    RAG per line, approved budget and spend to date (columns the standard lacks per
    milestone), baseline and forecast completion dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital Programme")
    ws["A1"] = "Capital Programme 2026/27 - Scheme Status Report to Cabinet"
    header = ["Scheme Ref", "Scheme", "Project Manager", "RAG", "Approved Budget (£)"]
    header += ["Spend to Date (£)", "Baseline Completion", "Forecast Completion", "Commentary"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 6)
    names = rng.sample(SCHEMES, n)
    base = _days(rng, n, date(2026, 6, 1))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(PEOPLE_UK)
        slip = rng.choice([0, 0, 14, 45])
        fc = date.fromordinal(base[i].toordinal() + slip)
        budget = float(rng.randrange(100, 5000) * 1000)
        cells: list[object] = [f"CP{i + 101}", names[i], who, rng.choice(["G", "A", "R"]), budget]
        cells += [round(budget * rng.uniform(0.1, 0.9)), base[i], fc, "On programme"]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    targets: Targets = _cols("A", ["id", "milestone", "owner", (None, "status"), None, None])
    targets |= _cols("G", ["baseline_date", "forecast_date", None])
    return Built(
        _save(wb, folder, "uk_capital_programme_status"),
        [_one("milestones", "Capital Programme", 3, targets, n)],
        values,
    )


GMPP_MS = [
    "Outline business case approved",
    "Main works contract awarded",
    "Enabling works complete",
    "Full business case approved",
    "Phase 1 operational",
    "Benefits realisation review",
]


def uk_major_project_milestones(folder: Path, rng: random.Random) -> Built:
    """A major project's return, milestones part: a title block with the SRO and the
    delivery confidence ``Amber-Red``, then key milestones with baseline, forecast and
    actual dates and a status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Major Projects Return - Key Milestones"
    sro = rng.choice(PEOPLE_UK)
    _put(ws, 2, 1, [["Project:", "Northern Prison Estate Expansion"], ["SRO:", sro]])
    _put(ws, 4, 1, [["DCA:", "Amber-Red"]])
    header = ["Milestone", "Baseline Date", "Forecast Date", "Actual Date", "Status"]
    _put(ws, 6, 1, [header])
    n = len(GMPP_MS)
    base = _days(rng, n, date(2025, 6, 1))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Northern Prison Estate Expansion"),
        ValueFact("project", 0, "sponsor", sro),
        ValueFact("project", 0, "overall_rag", "Amber"),
    ]
    for i, text in enumerate(GMPP_MS):
        done = i < 2
        fc = date.fromordinal(base[i].toordinal() + rng.choice([0, 30, 90]))
        state = "Complete" if done else rng.choice(["Not Started", "In Progress"])
        _put(ws, 7 + i, 1, [[text, base[i], fc, fc if done else None, state]])
        values += [
            ValueFact("milestones", i, "milestone", text),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", state),
        ]
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": "status"}
    return Built(
        _save(wb, folder, "uk_major_project_milestones"),
        [_one("milestones", "Milestones", 6, targets, n)],
        values,
    )


CA_EVENTS = [
    "Contamination alarm at the waste storage building exit",
    "Transport package found with a damaged seal on receipt",
    "Worker dose exceeded the action level during outage",
    "Unplanned shutdown of the ventilation stack monitor",
    "Sealed source leak test overdue",
    "Fire alarm panel fault in the tritium lab",
]


def ca_regulator_event_log(folder: Path, rng: random.Random) -> Built:
    """A Canadian licensee's reportable event log: ISO dates, the regulator's event numbers
    (``CNSC Event No.``), a licence condition, the licensee's follow-up owner, status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Event Log")
    ws["A1"] = "Reportable Events Log - submitted quarterly to the regulator"
    header = ["Event ID", "Date Reported", "Event Description", "CNSC Event No."]
    header += ["Licence Condition", "Follow-up Owner", "Status", "Closure Date"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(CA_EVENTS, n)
    when = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(PEOPLE_CA)
        state = rng.choice(["Open", "Closed"])
        closed = date.fromordinal(when[i].toordinal() + 40)
        cells: list[object] = [f"EV-{i + 1:03d}", when[i].isoformat(), titles[i]]
        cells += [
            f"E-2026-{rng.randrange(100, 999)}",
            f"LC {rng.randint(1, 15)}.{rng.randint(1, 9)}",
        ]
        cells += [who, state, closed.isoformat() if state == "Closed" else None]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "raised_date", when[i]),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "status", state),
        ]
        if state == "Closed":
            values.append(ValueFact("issues", i, "closed_date", closed))
    targets: Targets = _cols("A", ["id", "raised_date", ("title", "description"), None, None])
    targets |= _cols("F", ["owner", "status", "closed_date"])
    return Built(
        _save(wb, folder, "ca_regulator_event_log"),
        [_one("issues", "Event Log", 3, targets, n)],
        values,
    )


GOV_TUNED = [
    Layout("uk_major_project_return", "UK major-project return, DCA Amber/Green, key risks", uk_major_project_return),
    Layout("uk_business_case_costs", "UK business case costs, 2026-27 across, capital/resource", uk_business_case_costs),
    Layout("eu_grant_budget_quarters", "EU grant budget, funder categories, planned/claimed by quarter", eu_grant_budget_quarters),
    Layout("ke_procurement_plan", "Development bank procurement plan, Kenya", ke_procurement_plan),
    Layout("ke_logframe_tracker", "Donor logframe activity tracker, output headings", ke_logframe_tracker),
    Layout("uk_regulator_incident_register", "Incident register with RIDDOR references", uk_regulator_incident_register),
]  # fmt: skip

GOV_KEPT = [
    Layout("nz_business_case_fy", "NZ business case, FY27 across from July, capital/operating", nz_business_case_fy),
    Layout("eu_grant_budget_halves", "Foundation grant budget, H1/H2 periods, budget/claimed", eu_grant_budget_halves),
    Layout("bd_procurement_plan", "Development bank procurement plan, Bangladesh", bd_procurement_plan),
    Layout("uk_capital_programme_status", "Council capital programme status report, RAG per scheme", uk_capital_programme_status),
    Layout("uk_major_project_milestones", "Major project milestones, DCA Amber-Red", uk_major_project_milestones),
    Layout("ca_regulator_event_log", "Canadian regulator event log, ISO dates", ca_regulator_event_log),
]  # fmt: skip
