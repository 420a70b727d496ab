"""The forty-eighth held-out batch (``HELD_OUT_48``, round 30): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind is FUNDER
AND GOVERNMENT REPORTING TEMPLATES: registers and trackers laid out the way a funder, a
regulator or a central government body demands, filled by a project team (the public
shapes of such templates, with cells of the writer's own; no real file copied), across
jurisdictions (UK, Northern Ireland, Tasmania, Manitoba, the EU in Denmark and Latvia,
Kenya, Malawi, Tanzania, Nepal, the Philippines) in sectors no earlier batch's docstring
names (a lobster hatchery, a fish market, a geothermal steam field, school feeding, a
winter road, a salt marsh, a wetland, a forensic laboratory, a men's shed, cassava
processing, rice terraces, a coroner's court).

Registers:

- ``au_tas_lobster_hatchery_key_risks``: a Tasmanian rock lobster hatchery's key risk
  register as a state grant deed's schedule demands (sheet `Schedule 3 Risks`): deed and
  recipient lines and a scale line above, `Risk ID` LH-R01.., `Date raised` cells shown
  `d/mm/yyyy`, `Risk`, `Risk owner`, `Proximity` in the standard's words, `Likelihood` /
  `Consequence` 1-5, `Treatment` (sometimes blank), `Status` Open / Closed / `Escalated to
  Department`.
- ``ph_fish_market_regulator_issues``: a Philippine municipal fish market rehabilitation's
  register of a regulator's notices (`Republic of the Philippines` header lines):
  `Reference No.` FMR-NC-2026-0041 in the agency's form, `Date reported` as `March 5, 2026`
  text, `Particulars`, `Action officer`, `Severity` Minor / Major / Critical, `Compliance
  deadline` cells shown `mm/dd/yyyy`, `Status` Open / For compliance / Closed, `Remarks`.
- ``ke_geothermal_devbank_raid_log``: a Kenyan geothermal steam field's mixed RAID table as
  Annex 4 of a development bank's quarterly progress report: `S/N` 1.. across types,
  `Category` Risk / Assumption / Issue / Dependency, `Description`, `Responsible`, `Date
  entered` / `Due date` cells shown `dd/mm/yyyy`, `Status` Open / Closed, `Remarks`.
- ``mw_school_feeding_logframe_workbook``: a Malawian NGO school meals programme's donor
  workbook of two registers: `Assumptions` (`Level` Outcome / Output 1.1.., `Assumption`,
  `Effect if it fails`, `Monitored by`, `Holds?` Yes / Partly / No) and `Steering
  Committee` decisions (`Minute ref` SC/11/01, `Meeting date` cells shown `dd.mm.yyyy`,
  `Decision`, `Reason`, `Agreed by`).
- ``ca_mb_winter_road_dependencies``: a Manitoba winter road season's dependency register
  in a provincial capital program's shape: `Dep #` WR-D1.., `We need`, `From (branch /
  agency)`, `Contact`, `Our owner`, `Required by` / `Confirmed date` cells shown
  `yyyy-mm-dd`, `Status` On track / At risk / Received.
- ``dk_salt_marsh_eu_grant_critical_risks``: a Danish salt marsh restoration's EU grant
  `Critical risks for implementation` table: `Risk number` 1.., `Description of risk`,
  `WP(s) involved`, `Proposed risk-mitigation measures`, `Likelihood` / `Severity` Low /
  Medium / High, `Lead partner contact`.

Trackers:

- ``lv_wetland_eu_grant_budget``: a Latvian mire rewetting's EU grant budget by cost
  category (EUR in the title): a `Reporting period` row of month date cells shown `mmm-yy`,
  each merged over a pair of `Planned` / `Claimed` columns in the row below; categories
  `A. Personnel`, `B. Subcontracting`, `C.1 Travel`, `C.2 Equipment`, `E. Indirect costs
  (25 %)` (25 % of the direct lines); claimed amounts for the closed months only.
- ``uk_forensic_lab_business_case``: a UK forensic science laboratory's business case
  costs in the Treasury's shape: an `Economic case` sheet (financial years `2026-27` ..
  `2029-30` across, `Capital`, `Resource` and `Optimism bias (capital, 24%)` rows, a
  total) with no truth table, and a `Monthly profile 2026-27` sheet: cost lines down with a
  `Capital / Resource` column, April 2026 to March 2027 as month date cells shown `mmm-yy`.
- ``gb_nir_mens_shed_lottery_grant_claims``: a Northern Ireland men's shed's lottery
  grant claims tracker as one long table: `All amounts in GBP`, `Claim no.` C01.. (blank
  for months not yet claimed), `Month` date cells shown `mmmm yyyy`, `Budget heading`,
  `Approved budget`, `Amount claimed`, `Paid by funder` (blank for the latest claim).
- ``tz_cassava_devbank_staffing_schedule``: a Tanzanian cassava processing hubs' technical
  assistance staffing schedule in a development bank's consultant form (`Form TECH-6`):
  `No.` K-1 / N-1, `Position`, `Name of expert`, person-days per month as date cells shown
  `mmm-yy`, a `Total` column and a `Total person-days` row.
- ``np_rice_terrace_logframe_milestones``: a Nepali NGO rice terrace irrigation project's
  donor report logframe activity tracker: `Output`, `Activity`, `Milestone`,
  `Responsible`, `Original target` / `Revised target` / `Date achieved` cells shown `d mmm
  yyyy`, `Status` Met / On track / Not met / Not yet due, `Means of verification`.
- ``uk_coroners_court_major_project_return``: a UK coroner's court and mortuary's
  quarterly major project data return: label / value rows (`Project name`, `Department`,
  `Senior Responsible Owner (SRO)`, `Return date` as `30 June 2026` text, `Delivery
  Confidence Assessment` in five colours Green / Amber-Green / Amber / Amber-Red / Red,
  `DCA rationale`, `Whole-life cost (£m)`), then `Key milestones` with `Baseline` /
  `Forecast` / `Actual` cells shown `dd/mm/yyyy` and `Status` Complete / On track / Late.

Fields a template names that the SPEC lacks, and truth a person could read two ways, get no
fact (for the auditor, least sure first):

- the forensic business case's `Capital` / `Resource` column is the CapEx / OpEx field of
  every month of its line (the Treasury's capital and resource budgets; least sure: a
  reader might leave it as a note), and its monthly amounts are the budget (a business
  case's profile is the plan); the `Economic case` sheet's financial years (`2026-27`: a
  year, no month: its April, its March, or spread?) and its `Optimism bias` row (an
  uplift, not a cost line) get no fact and no truth table;
- the wetland budget's `Planned` is the budget and `Claimed` the actual of the month over
  it; `E. Indirect costs (25 %)` is a cost line with its own amounts (a flat rate, but the
  sheet states them and a reader imports them); the categories get no category fact
  (Personnel is Labour, but Equipment is Hardware or Other, Subcontracting Contractors or
  Services: the cost line is the category's name, a category fact only for some would be
  arbitrary); blank claimed months are no zero;
- the coroner's court return's `Amber-Green` / `Amber-Red` (Amber, or Green / Red?): no
  overall RAG fact, `Green` / `Amber` / `Red` are the overall RAG; `DCA rationale` is the
  status summary; `Senior Responsible Owner (SRO)` is the sponsor; `Department` (the
  portfolio or left out?) and `Whole-life cost (£m)` (no SPEC field; not the funding
  requested): no fact; `Return date` is the report date; `On track` (In Progress or Not
  Started?): no status fact, `Complete` and `Late` are the standard's words;
- the salt marsh's `Likelihood` / `Severity` Low / Medium / High are the probability /
  impact 1 / 3 / 5 (the documented three-level reading; audit, round 30); `Lead partner
  contact` is the owner;
  `WP(s) involved`: left out; `Risk number` 1, 2: no id fact;
- the fish market's `Severity` Minor / Major / Critical (the standard's severity is a
  number, its priority words differ): mapped to severity or priority or left out, no
  fact; `For compliance` (Open or In Progress?): no status fact; `Compliance deadline` is
  the due date; `Reference No.` (an agency's form, no standard shape): no id fact;
  `Remarks`: left out;
- the lobster register's `Escalated to Department` (Open or Monitoring?): no status fact;
  `Treatment` is the response (blank: no fact); `Proximity` is the standard's proximity;
  `Likelihood` / `Consequence` 1-5 are the probability / impact (the scale line says so);
  `LH-R01`: no id fact;
- the school feeding `Holds?` `Partly` (Open or Invalid?): no status fact, `Yes` is
  Validated and `No` Invalid; `Effect if it fails` is the impact if false; `Level`: left
  out; `Monitored by` is the owner; `Minute ref` (a minute number): no id fact; `Reason`
  is the rationale and `Agreed by` the maker;
- the winter road's `Received` is Delivered; `From (branch / agency)` (a name, not a
  project id): mapped or left out, no fact; no direction column: no direction fact
  (`We need` says inbound, but only in a header); `Contact` is the counterparty owner,
  `Confirmed date` the committed date; `WR-D1`: no id fact;
- the geothermal RAID annex's `Due date` is a risk's or issue's due date and an
  assumption's validate-by date, a dependency's (need-by or committed?) no fact; a
  dependency's `Date entered`: no fact; `S/N` 1, 2: no id fact; `Remarks`: left out;
- the rice terrace tracker's `On track` / `Not met` / `Not yet due` (In Progress, Late or
  Not Started?): no status fact, `Met` is Complete; `Original target` is the baseline,
  `Revised target` the forecast, `Date achieved` the actual; `Output` / `Activity` /
  `Means of verification`: left out (the milestone is its own column);
- the men's shed claims: `Approved budget` is the budget, `Amount claimed` the actual;
  `Paid by funder` (the actual too, or left out?): no fact; `Claim no.`: left out;
  `All amounts in GBP` is the currency;
- the cassava staffing schedule's person-days per month: counts only, no value facts (as
  earlier batches' resource plans); `No.` K-1: left out; the `Total` column and the `Total
  person-days` row are no month and no person.

Readings used: date cells are what they hold; text dates carry their month word (`March
5, 2026`, `30 June 2026`), so their order is known; a currency is a fact only where a line
or title names it (EUR, GBP); ids in no standard shape get no id fact. It was written and
checked for internal consistency only (``adopt_truth.check_truth`` at seeds 0-199 and
2026), never against adoption's output.

Audit, round 30 (docs/adopt.md, "Round 30: the forty-eighth batch's truth audited"): the salt
marsh's `Likelihood` / `Severity` Low / Medium / High now give probability / impact facts 1 /
3 / 5 (the documented three-level reading earlier audits used, round 26's audit adding such
facts; 8 values at seed 2026) and columns E / F are mapped to them; two cell slips mended:
the lobster register's `Treatment` is each risk's own line (it was one of two lines drawn at
random, `Weekly check with supplier` against a licence or a larvae die-off; the same draw
keeps its blanks), and the winter road's `Contact` is each agency's own person (it was drawn
from our own owners, so one name was both a branch's contact and our owner).
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

LOBSTER_RISKS = [
    "Seawater intake licence not renewed by the state regulator",
    "Phyllosoma larvae die-off during the first grow-out run",
    "Grant milestone 2 payment held by the Department",
    "Chiller plant delivered late from Melbourne",
    "Biosecurity audit finds gaps in the quarantine room",
    "Aquaculture technician positions not filled",
]
LOBSTER_TREATMENT = {
    "Seawater intake licence not renewed by the state regulator": "Renewal lodged six months early",
    "Phyllosoma larvae die-off during the first grow-out run": "Split the first run over two tanks",
    "Grant milestone 2 payment held by the Department": "Milestone evidence sent a month early",
    "Chiller plant delivered late from Melbourne": "Weekly check with supplier",
    "Biosecurity audit finds gaps in the quarantine room": "Pre-audit by the state vet",
    "Aquaculture technician positions not filled": "Traineeships with the TAFE",
}
LOBSTER_OWNERS = ["Fiona McGrath", "Tom Wheatley", "Anika Rao", "Lachlan Burns"]
LOBSTER_PROXIMITY = ["Imminent", "Within 1 month", "1-3 months", "3-6 months", "Over 6 months"]
LOBSTER_STATUS = {"Open": "Open", "Closed": "Closed", "Escalated to Department": None}


def au_tas_lobster_hatchery_key_risks(folder: Path, rng: random.Random) -> Built:
    """A Tasmanian rock lobster hatchery's key risk register as the state grant deed's
    schedule demands: `Risk ID` LH-R01.., `Date raised` cells shown `d/mm/yyyy`,
    `Proximity` in the standard's words, `Likelihood` / `Consequence` 1-5, `Treatment`,
    a status `Escalated to Department`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Schedule 3 Risks")
    ws["A1"] = "Grant Deed G-2026-118 - Schedule 3: Key Risk Register"
    ws["A2"] = "Recipient: Storm Bay Lobster Hatchery Pty Ltd"
    ws["A3"] = "Likelihood and Consequence rated 1 (lowest) to 5 (highest)"
    head = ["Risk ID", "Date raised", "Risk", "Risk owner", "Proximity", "Likelihood"]
    head += ["Consequence", "Treatment", "Status"]
    _put(ws, 5, 1, [head])
    n = rng.randint(4, 6)
    raised = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(LOBSTER_RISKS, n)):
        who, prox = rng.choice(LOBSTER_OWNERS), rng.choice(LOBSTER_PROXIMITY)
        p, c, st = rng.randint(1, 5), rng.randint(1, 5), rng.choice(list(LOBSTER_STATUS))
        # the same draw as written (two lines in three, a blank in three), the risk's own line
        plan = LOBSTER_TREATMENT[text] if rng.choice([True, True, False]) else None
        cells: list[object] = [f"LH-R{i + 1:02d}", raised[i], text, who, prox, p, c, plan, st]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 2).number_format = "d/mm/yyyy"
        values += [
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "proximity", prox),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
        ]
        if plan:
            values.append(ValueFact("risks", i, "response", plan))
        if LOBSTER_STATUS[st]:
            values.append(ValueFact("risks", i, "status", LOBSTER_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "owner", "proximity"])
    targets |= _cols("F", ["probability", "impact", "response", "status"])
    path = _save(wb, folder, "au_tas_lobster_hatchery_key_risks")
    return Built(path, [_one("risks", "Schedule 3 Risks", 5, targets, n)], values)


FISH_ISSUES = [
    "Wastewater discharge exceeds the permit limit at outfall 2",
    "Ice plant ammonia leak reported by stall holders",
    "Fire exits blocked by crates in the wet section",
    "Sanitary permit of the canteen lapsed",
    "Drainage grates missing in the unloading bay",
    "Cold room temperature log not kept for two weeks",
    "Scales not calibrated by the city treasurer's office",
]
FISH_OFFICERS = ["Engr. Ramon dela Cruz", "Ma. Theresa Santos", "Joel Villanueva"]
FISH_STATUS = {"Open": "Open", "For compliance": None, "Closed": "Closed"}


def ph_fish_market_regulator_issues(folder: Path, rng: random.Random) -> Built:
    """A Philippine municipal fish market rehabilitation's register of a regulator's
    findings: reference numbers `FMR-NC-2026-0041` in the agency's form, `Date reported`
    as `March 5, 2026` text, `Action officer`, `Severity` Minor / Major / Critical, a
    `Compliance deadline` date cell shown `mm/dd/yyyy`, status `For compliance`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Findings Register")
    ws["A1"] = "Republic of the Philippines"
    ws["A2"] = "Rehabilitation of the Navotas-type Municipal Fish Market, Dumaguete"
    ws["A3"] = "REGISTER OF NOTICES OF NON-COMPLIANCE AND ISSUES"
    head = ["Reference No.", "Date reported", "Particulars", "Action officer", "Severity"]
    head += ["Compliance deadline", "Status", "Remarks"]
    _put(ws, 5, 1, [head])
    n = rng.randint(5, 7)
    seen = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(FISH_ISSUES, n)):
        who, st = rng.choice(FISH_OFFICERS), rng.choice(list(FISH_STATUS))
        due = seen[i] + timedelta(days=rng.choice([15, 30, 60]))
        ref = f"FMR-NC-2026-{41 + 7 * i:04d}"
        cells: list[object] = [ref, f"{seen[i]:%B} {seen[i].day}, {seen[i].year}", text, who]
        cells += [rng.choice(["Minor", "Major", "Critical"]), due, st]
        cells += [rng.choice(["Inspected with the MENRO", None])]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 6).number_format = "mm/dd/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", seen[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
        ]
        if FISH_STATUS[st]:
            values.append(ValueFact("issues", i, "status", FISH_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "owner"])
    targets |= _cols("E", [("severity", "priority", None), "due_date", "status", None])
    path = _save(wb, folder, "ph_fish_market_regulator_issues")
    return Built(path, [_one("issues", "Findings Register", 5, targets, n)], values)


GEO_ROWS = [
    ("Risk", "Steam field output below the appraisal well tests"),
    ("Risk", "Community land claim at the reinjection pad"),
    ("Assumption", "KETRACO line to the substation energised by Q3"),
    ("Assumption", "Drilling rig released by the other field on time"),
    ("Issue", "Customs hold on the wellhead valves at Mombasa"),
    ("Issue", "Environmental audit finds H2S monitors missing"),
    ("Dependency", "No-objection letter from the development bank for lot 3"),
    ("Dependency", "County government road permit for the rig move"),
]
GEO_PEOPLE = ["Wanjiku Mwangi", "Kipchoge Rotich", "Amina Hassan"]
GEO_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
GEO_REG["Dependency"] = "dependencies"
GEO_TITLE = {"risks": "title", "assumptions": "assumption", "issues": "title"}
GEO_TITLE["dependencies"] = "title"


def ke_geothermal_devbank_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Kenyan geothermal steam field project's RAID log in the development bank's
    quarterly progress report annex: `S/N` 1.., `Category` Risk / Assumption / Issue /
    Dependency, `Responsible`, `Date entered` and `Due date` cells shown `dd/mm/yyyy`,
    `Status` Open / Closed, `Remarks`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Annex 4 RAID")
    ws["A1"] = "Menengai East Steam Field Development - Quarterly Progress Report"
    ws["A2"] = "Annex 4: Risks, Assumptions, Issues and Dependencies"
    head = ["S/N", "Category", "Description", "Responsible", "Date entered", "Due date"]
    head += ["Status", "Remarks"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(GEO_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    logged = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = GEO_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(GEO_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        due = logged[k] + timedelta(days=rng.choice([21, 45, 90]))
        cells: list[object] = [k + 1, kind, text, who, logged[k], due, st]
        cells += [rng.choice(["Reported to the bank's mission", None])]
        _put(ws, 5 + k, 1, [cells])
        for c in (5, 6):
            ws.cell(5 + k, c).number_format = "dd/mm/yyyy"
        values += [ValueFact(reg, i, GEO_TITLE[reg], text), ValueFact(reg, i, "owner", who)]
        if reg != "dependencies":  # a dependency has no raised date: `Date entered` left out
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
        # a dependency's one `Due date` is its need-by or its committed date: no fact
        due_field = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}
        if reg in due_field:
            values.append(ValueFact(reg, i, due_field[reg], due))
        values.append(ValueFact(reg, i, "status", st))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date")
    targets |= _cols("E", ["raised_date", due_cols, "status", None])
    path = _save(wb, folder, "ke_geothermal_devbank_raid_log")
    return Built(path, [TruthTable("Annex 4 RAID", 4, "raid", targets, counts)], values)


FEEDING_ASSUMPTIONS = [
    ("Outcome", "Maize prices stay within the budgeted band", "Fewer meals per term"),
    ("Outcome", "Parents keep volunteering as cooks", "Meals stop at rural schools"),
    ("Output 1.1", "District roads passable in the rainy season", "Deliveries late"),
    ("Output 1.2", "Schools release a room for the kitchen", "Cooking in the open"),
    ("Output 2.1", "Head teachers report attendance monthly", "No attendance figures"),
]
FEEDING_STATUS = {"Yes": "Validated", "No": "Invalid", "Partly": None}
FEEDING_PEOPLE = ["Chikondi Banda", "Grace Phiri", "Mphatso Mwale"]
FEEDING_DECISIONS = [
    ("Buy maize from farmer groups, not traders", "Keeps money in the district"),
    ("Add soya to the porridge from term 2", "Nutrition survey results"),
    ("Drop two schools flooded in 2025", "Donor agreed a re-allocation"),
    ("Fuel-efficient stoves for every kitchen", "Firewood costs and smoke"),
    ("Monthly menus approved by the district nutritionist", "Ministry guidance"),
]


def mw_school_feeding_logframe_workbook(folder: Path, rng: random.Random) -> Built:
    """A Malawian NGO school feeding programme's donor workbook of two registers: the
    logframe's `Assumptions` (`Level` Outcome / Output 1.1.., `Effect if it fails`,
    `Monitored by`, `Holds?` Yes / Partly / No) and the `Steering Committee` decisions
    (`Minute ref` SC/04/02, `Meeting date` cells shown `dd.mm.yyyy`, `Decision`,
    `Reason`, `Agreed by`)."""
    wb = openpyxl.Workbook()
    wa = _sheet(wb, "Assumptions")
    wa["A1"] = "Zomba School Meals Programme - Logframe assumptions (donor report annex B)"
    head = ["Level", "Assumption", "Effect if it fails", "Monitored by", "Holds?"]
    _put(wa, 3, 1, [head])
    m = rng.randint(3, 5)
    values: list[ValueFact] = []
    for i, (level, text, effect) in enumerate(rng.sample(FEEDING_ASSUMPTIONS, m)):
        who, st = rng.choice(FEEDING_PEOPLE), rng.choice(list(FEEDING_STATUS))
        _put(wa, 4 + i, 1, [[level, text, effect, who, st]])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "impact_if_false", effect),
            ValueFact("assumptions", i, "owner", who),
        ]
        if FEEDING_STATUS[st]:
            values.append(ValueFact("assumptions", i, "status", FEEDING_STATUS[st]))
    ws = wb.create_sheet("Steering Committee")
    ws["A1"] = "Programme Steering Committee - decisions"
    _put(ws, 3, 1, [["Minute ref", "Meeting date", "Decision", "Reason", "Agreed by"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 11, 3))
    for i, (text, why) in enumerate(rng.sample(FEEDING_DECISIONS, n)):
        who = rng.choice(["Steering Committee", "District Education Manager", "Country Director"])
        _put(ws, 4 + i, 1, [[f"SC/{when[i].month:02d}/{i + 1:02d}", when[i], text, why, who]])
        ws.cell(4 + i, 2).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    t1: Targets = _cols("A", [None, "assumption", "impact_if_false", "owner", "status"])
    t2: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "mw_school_feeding_logframe_workbook")
    tables = [
        _one("assumptions", "Assumptions", 3, t1, m),
        _one("decisions", "Steering Committee", 3, t2, n),
    ]
    return Built(path, tables, values)


WINTER_DEPS = [
    ("Ice thickness sign-off for the lake crossings", "Manitoba Transportation"),
    ("Fuel haul contract awarded", "Procurement Services Branch"),
    ("Camp permit on Crown land", "Natural Resources Department"),
    ("First Nation band council resolution", "Band office"),
    ("Bridge load rating of the Bloodvein crossing", "Structures Branch"),
    ("Hydro line clearance at km 112", "Manitoba Hydro"),
]
WINTER_PEOPLE = ["Gord Friesen", "Leah Spence", "Raj Grewal", "Nicole Bouchard"]
#: each branch's or agency's own contact (audit, round 30: no longer drawn from our owners)
WINTER_CONTACTS = {
    "Manitoba Transportation": "Darlene Harper",
    "Procurement Services Branch": "Marc Chartrand",
    "Natural Resources Department": "Wes Kostiuk",
    "Band office": "Tanis Flett",
    "Structures Branch": "Colin Penner",
    "Manitoba Hydro": "Ashley Moar",
}
WINTER_STATUS = {"On track": "On Track", "At risk": "At Risk", "Received": "Delivered"}


def ca_mb_winter_road_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Manitoba winter road season's dependency register in the province's capital
    program template: `Dep #` WR-D1.., `We need`, `From (branch / agency)`, `Contact`,
    `Our owner`, `Required by` / `Confirmed date` cells shown `yyyy-mm-dd`, statuses On
    track / At risk / Received."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "East Side Winter Road 2026-27 Season - Dependency Register"
    head = ["Dep #", "We need", "From (branch / agency)", "Contact", "Our owner"]
    head += ["Required by", "Confirmed date", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 9, 1))
    values: list[ValueFact] = []
    for i, (text, other) in enumerate(rng.sample(WINTER_DEPS, n)):
        them, ours = WINTER_CONTACTS[other], rng.choice(WINTER_PEOPLE)
        conf = need[i] + timedelta(days=rng.choice([-7, 0, 12]))
        st = rng.choice(list(WINTER_STATUS))
        _put(ws, 4 + i, 1, [[f"WR-D{i + 1}", text, other, them, ours, need[i], conf, st]])
        for c in (6, 7):
            ws.cell(4 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", conf),
            ValueFact("dependencies", i, "status", WINTER_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "title", ("counterparty_project_id", None)])
    targets |= _cols("D", ["counterparty_owner", "owner", "need_by", "committed_date", "status"])
    path = _save(wb, folder, "ca_mb_winter_road_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


MARSH_RISKS = [
    ("Dike breach works refused by the municipality", "WP2"),
    ("Grazing partner withdraws its cattle", "WP3"),
    ("Monitoring drones grounded by airspace rules", "WP4"),
    ("Spring storm surge before the new creeks settle", "WP2, WP3"),
    ("Landowner compensation disputed in court", "WP1"),
    ("Seed of Salicornia not available in time", "WP3"),
]
MARSH_PEOPLE = ["Mette Kjaer", "Jonas Holm", "Sofie Lund"]
#: the documented three-level reading (audit, round 30): High / Medium / Low are 5 / 3 / 1
MARSH_LEVEL = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
MARSH_PLANS = {
    "Dike breach works refused by the municipality": "Early hearing with the municipality",
    "Grazing partner withdraws its cattle": "Second grazing association on standby",
    "Monitoring drones grounded by airspace rules": "Fixed-point cameras as a fallback",
    "Spring storm surge before the new creeks settle": "Works finished by October",
    "Landowner compensation disputed in court": "Independent valuer appointed",
    "Seed of Salicornia not available in time": "Seed collected on site in year 1",
}


def dk_salt_marsh_eu_grant_critical_risks(folder: Path, rng: random.Random) -> Built:
    """A Danish salt marsh restoration's critical risks table in the EU grant's shape:
    `Risk number` 1.., `Description of risk`, `WP(s) involved`, `Proposed
    risk-mitigation measures`, `Likelihood` / `Severity` Low / Medium / High, `Lead
    partner contact`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Critical risks")
    ws["A1"] = "Table 3.2b: Critical risks for implementation"
    ws["A2"] = "Wadden Sea Salt Marsh Restoration (Grant Agreement 101xxxxxx)"
    head = ["Risk number", "Description of risk", "WP(s) involved"]
    head += ["Proposed risk-mitigation measures", "Likelihood", "Severity"]
    head += ["Lead partner contact"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, (text, wp) in enumerate(rng.sample(MARSH_RISKS, n)):
        who = rng.choice(MARSH_PEOPLE)
        plan = MARSH_PLANS[text]
        lv = [rng.choice(["Low", "Medium", "High"]) for _ in range(2)]
        _put(ws, 5 + i, 1, [[i + 1, text, wp, plan, *lv, who]])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", MARSH_LEVEL[lv[0]]),
            ValueFact("risks", i, "impact", MARSH_LEVEL[lv[1]]),
        ]
    targets: Targets = _cols("A", [("id", None), "title", None, "response"])
    targets |= _cols("E", ["probability", "impact", "owner"])
    path = _save(wb, folder, "dk_salt_marsh_eu_grant_critical_risks")
    return Built(path, [_one("risks", "Critical risks", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

WETLAND_LINES = ["A. Personnel", "B. Subcontracting", "C.1 Travel", "C.2 Equipment"]
WETLAND_LINES += ["E. Indirect costs (25 %)"]


def lv_wetland_eu_grant_budget(folder: Path, rng: random.Random) -> Built:
    """A Latvian wetland restoration's EU grant budget by cost category: a month date cell
    (shown `mmm-yy`) over each pair of `Planned` / `Claimed` columns, cost categories down
    (personnel, subcontracting, travel, equipment, indirect 25 %), claimed only for the
    months of the closed reporting period, `EUR` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget by category")
    ws["A1"] = "Kemeri Mire Rewetting - Grant budget by cost category (EUR)"
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    ws["A3"] = "Reporting period"
    ws["A4"] = "Cost category"
    for m, month in enumerate(months):
        col = 2 + 2 * m
        ws.cell(3, col, month).number_format = "mmm-yy"
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(4, col, "Planned")
        ws.cell(4, col + 1, "Claimed")
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    direct_p = [0.0] * len(months)
    direct_c = [0.0] * len(months)
    for r, line in enumerate(WETLAND_LINES):
        row = 5 + r
        ws.cell(row, 1, line)
        for m, month in enumerate(months):
            if line.startswith("E."):
                plan, got = round(direct_p[m] * 0.25, 2), round(direct_c[m] * 0.25, 2)
            else:
                plan = rng.randrange(2, 60) * 500.0
                got = round(plan * rng.uniform(0.7, 1.1), 2)
                direct_p[m] += plan
                direct_c[m] += got
            ws.cell(row, 2 + 2 * m, plan).number_format = "#,##0.00"
            values.append(ValueFact("finance", (month, line), "budget", plan))
            if m < closed:
                ws.cell(row, 3 + 2 * m, got).number_format = "#,##0.00"
                values.append(ValueFact("finance", (month, line), "actual", got))
    path = _save(wb, folder, "lv_wetland_eu_grant_budget")
    table = TruthTable("Budget by category", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(WETLAND_LINES)})  # fmt: skip
    return Built(path, [table], values)


FORENSIC_LINES = [
    ("Laboratory fit-out", "Capital"),
    ("DNA sequencers", "Capital"),
    ("LIMS software licences", "Resource"),
    ("Scientist recruitment and training", "Resource"),
    ("Decant and double running", "Resource"),
]
CAPEX = {"Capital": "CapEx", "Resource": "OpEx"}


def uk_forensic_lab_business_case(folder: Path, rng: random.Random) -> Built:
    """A UK forensic science laboratory's business case costs in the Treasury's shape: an
    `Economic case` sheet with financial years `2026-27` .. across, Capital and Resource
    rows and an `Optimism bias` row (no truth table), and a `Monthly profile 2026-27`
    sheet: cost lines down with a `Capital / Resource` column, April 2026 to March 2027
    as month date cells shown `mmm-yy`, amounts in £ (GBP in the title)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Economic case")
    ws["A1"] = "Regional Forensic Science Laboratory - Full Business Case: costs (GBP, nominal)"
    years = ["2026-27", "2027-28", "2028-29", "2029-30"]
    _put(ws, 3, 1, [["Cost type", *years, "Total"]])
    cap = [rng.randrange(10, 90) * 100000.0 for _ in years]
    res = [rng.randrange(5, 40) * 100000.0 for _ in years]
    ob = [round(c * 0.24, 0) for c in cap]
    rows: list[list[object]] = [["Capital", *cap, sum(cap)], ["Resource", *res, sum(res)]]
    rows += [["Optimism bias (capital, 24%)", *ob, sum(ob)]]
    _put(ws, 4, 1, rows)
    wp = wb.create_sheet("Monthly profile 2026-27")
    wp["A1"] = "Monthly spend profile, financial year 2026-27 (GBP)"
    months = _months(date(2026, 4, 1), 12)
    _put(wp, 3, 1, [["Cost line", "Capital / Resource", *months]])
    for c in range(3, 15):
        wp.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(FORENSIC_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    for r, (line, kind) in enumerate(lines):
        amounts = [rng.randrange(0, 30) * 5000.0 for _ in months]
        _put(wp, 4 + r, 1, [[line, kind, *amounts]])
        for c in range(3, 15):
            wp.cell(4 + r, c).number_format = "#,##0"
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", amounts[m]))
            values.append(ValueFact("finance", (month, line), "capex_opex", CAPEX[kind]))
    path = _save(wb, folder, "uk_forensic_lab_business_case")
    table = TruthTable("Monthly profile 2026-27", 3, "finance",
                       {"A": "cost_line", "B": "capex_opex"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


SHED_HEADINGS = ["Coordinator salary", "Workshop tools", "Volunteer expenses", "Rent"]
SHED_HEADINGS += ["Insurance", "Evaluation"]


def gb_nir_mens_shed_lottery_grant_claims(folder: Path, rng: random.Random) -> Built:
    """A Northern Ireland men's shed charity's lottery grant claim tracker as one long
    table: `All amounts in GBP`, `Claim no.` C01.., `Month` date cells shown `mmmm yyyy`,
    `Budget heading`, `Approved budget`, `Amount claimed`, `Paid by funder` (claims made
    for the months so far)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Claims")
    ws["A1"] = "Ballymena Men's Shed - Awards for All grant: claims tracker"
    ws["A2"] = "All amounts in GBP"
    head = ["Claim no.", "Month", "Budget heading", "Approved budget", "Amount claimed"]
    head += ["Paid by funder"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 2, 1), rng.randint(4, 6))
    claimed_to = rng.randint(1, len(months) - 1)
    lines = rng.sample(SHED_HEADINGS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            budget = rng.randrange(2, 40) * 50.0
            cells: list[object] = [f"C{m + 1:02d}" if m < claimed_to else None, month, line]
            cells += [budget]
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if m < claimed_to:
                got = round(budget * rng.uniform(0.6, 1.0), 2)
                cells += [got, got if m < claimed_to - 1 else None]
                values.append(ValueFact("finance", (month, line), "actual", got))
            _put(ws, row, 1, [cells])
            ws.cell(row, 2).number_format = "mmmm yyyy"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    path = _save(wb, folder, "gb_nir_mens_shed_lottery_grant_claims")
    targets: Targets = {"A": None, "B": "month", "C": "cost_line", "D": "budget"}
    targets |= {"E": "actual", "F": None}
    table = TruthTable("Claims", 4, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


CASSAVA_EXPERTS = [
    ("K-1", "Team Leader / Agro-processing Engineer", "Dr. Neema Mushi"),
    ("K-2", "Procurement Specialist", "Baraka Mollel"),
    ("K-3", "Environmental and Social Safeguards", "Rehema Kessy"),
    ("N-1", "Value Chain Economist", "Juma Mrisho"),
    ("N-2", "Civil Engineer", "Halima Nyerere"),
]


def tz_cassava_devbank_staffing_schedule(folder: Path, rng: random.Random) -> Built:
    """A Tanzanian cassava processing hub's technical assistance staffing schedule in a
    development bank's consultant form: `No.` K-1 / N-1, `Position`, `Name of expert`,
    person-days per month as date cells shown `mmm-yy` across, a `Total` column, a
    `Total person-days` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing schedule")
    ws["A1"] = "Form TECH-6: Work Schedule and Planning for Key Experts (person-days)"
    ws["A2"] = "Lindi Cassava Processing Hubs - Technical Assistance"
    months = _months(date(2026, 7, 1), 6)
    _put(ws, 4, 1, [["No.", "Position", "Name of expert", *months, "Total"]])
    for c in range(4, 10):
        ws.cell(4, c).number_format = "mmm-yy"
    people = rng.sample(CASSAVA_EXPERTS, 4)
    count = 0
    tot = [0] * len(months)
    for r, (ref, role, name) in enumerate(people):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        tot = [a + b for a, b in zip(tot, days, strict=True)]
        _put(ws, 5 + r, 1, [[ref, role, name, *[d or None for d in days], sum(days)]])
    _put(ws, 5 + len(people), 1, [["Total person-days", None, None, *tot, sum(tot)]])
    path = _save(wb, folder, "tz_cassava_devbank_staffing_schedule")
    table = TruthTable("Staffing schedule", 4, "resources",
                       {"A": None, "B": "role", "C": "person"}, {"resources": count})  # fmt: skip
    return Built(path, [table], [])


TERRACE_MILESTONES = [
    ("Output 1", "Canal lining", "Main canal lined to Ward 4"),
    ("Output 1", "Intake weir", "Intake weir rebuilt after the monsoon"),
    ("Output 2", "Water users' group", "Water users' association registered"),
    ("Output 2", "Training", "Forty farmers trained in terrace repair"),
    ("Output 3", "Monitoring", "Baseline survey report to the donor"),
    ("Output 3", "Monitoring", "Mid-term review completed"),
]
TERRACE_PEOPLE = ["Sita Gurung", "Bikash Thapa", "Pemba Sherpa"]
TERRACE_STATUS = {"Met": "Complete", "On track": None, "Not met": None, "Not yet due": None}


def np_rice_terrace_logframe_milestones(folder: Path, rng: random.Random) -> Built:
    """A Nepali NGO's rice terrace irrigation project: the donor report's logframe activity
    tracker: `Output`, `Activity`, `Milestone`, `Responsible`, `Original target` /
    `Revised target` / `Date achieved` cells shown `d mmm yyyy`, `Status` Met / On track
    / Not met / Not yet due, `Means of verification`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Activity tracker")
    ws["A1"] = "Kaski Terrace Irrigation - Donor report: logframe activities and milestones"
    head = ["Output", "Activity", "Milestone", "Responsible", "Original target"]
    head += ["Revised target", "Date achieved", "Status", "Means of verification"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 10, 1))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, (out, act, name) in enumerate(TERRACE_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 21, 45]))
        if i < done:
            st, got = "Met", fc
        else:
            st, got = rng.choice(["On track", "Not met", "Not yet due"]), None
        who = rng.choice(TERRACE_PEOPLE)
        cells: list[object] = [out, act, name, who, base[i], fc, got, st]
        cells += [rng.choice(["Site photos", "Field report", "Registration certificate"])]
        _put(ws, 4 + i, 1, [cells])
        for c in (5, 6, 7):
            ws.cell(4 + i, c).number_format = "d mmm yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if got:
            values.append(ValueFact("milestones", i, "actual_date", got))
        if TERRACE_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", TERRACE_STATUS[st]))
    targets: Targets = _cols("A", [None, None, "milestone", "owner", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", "status", None])
    path = _save(wb, folder, "np_rice_terrace_logframe_milestones")
    return Built(path, [_one("milestones", "Activity tracker", 3, targets, n)], values)


CORONER_MILESTONES = [
    "Outline business case approved",
    "Main works contract awarded",
    "Mortuary and post-mortem suite handed over",
    "Court rooms fit-out complete",
    "First inquest heard in the new building",
]
DCA = {"Green": "Green", "Amber-Green": None, "Amber": "Amber", "Amber-Red": None}
DCA["Red"] = "Red"
CORONER_STATUS = {"Complete": "Complete", "On track": None, "Late": "Late"}


def uk_coroners_court_major_project_return(folder: Path, rng: random.Random) -> Built:
    """A UK coroner's court and mortuary's quarterly major project return in the central
    government shape: label / value rows (`Project name`, `Department`, `Senior Responsible
    Owner (SRO)`, `Return date` as `30 June 2026` text, `Delivery Confidence Assessment`
    in five colours, `DCA rationale`, `Whole-life cost (£m)`), then a `Key milestones`
    table with `Baseline` / `Forecast` / `Actual` cells shown `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Quarterly return")
    ws["A1"] = "MAJOR PROJECTS PORTFOLIO - QUARTERLY DATA RETURN"
    project, sro = "Greater Manchester Coroner's Court and Mortuary", "Helen Ashworth"
    colour = rng.choice(list(DCA))
    why = rng.choice(
        [
            "Main works on programme; mortuary equipment lead times remain the key risk.",
            "Contractor insolvency risk rising; mitigation agreed with the Department.",
        ]
    )
    when = rng.choice([date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30)])
    rows: list[list[object]] = [["Project name", project], ["Department", "Ministry of Justice"]]
    rows += [["Senior Responsible Owner (SRO)", sro]]
    rows += [["Return date", f"{when.day} {when:%B} {when.year}"]]
    rows += [["Delivery Confidence Assessment", colour], ["DCA rationale", why]]
    rows += [["Whole-life cost (£m)", rng.randrange(300, 900) / 10]]
    _put(ws, 3, 1, rows)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sro),
        ValueFact("project", 0, "report_date", when),
        ValueFact("project", 0, "status_summary", why),
    ]
    if DCA[colour]:
        values.append(ValueFact("project", 0, "overall_rag", DCA[colour]))
    ws["A11"] = "Key milestones"
    _put(ws, 12, 1, [["Milestone", "Baseline", "Forecast", "Actual", "Status"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2025, 6, 2))
    for i, name in enumerate(CORONER_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 14, 60]))
        if fc < when - timedelta(days=30):
            st, got = "Complete", fc
        else:
            st, got = rng.choice(["On track", "Late"]), None
        _put(ws, 13 + i, 1, [[name, base[i], fc, got, st]])
        for c in (2, 3, 4):
            ws.cell(13 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if got:
            values.append(ValueFact("milestones", i, "actual_date", got))
        if CORONER_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", CORONER_STATUS[st]))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": "status"}
    path = _save(wb, folder, "uk_coroners_court_major_project_return")
    return Built(path, [_one("milestones", "Quarterly return", 12, targets, n)], values)


HELD_OUT_48: tuple[Layout, ...] = (
    Layout(
        "au_tas_lobster_hatchery_key_risks",
        "Tasmanian lobster hatchery grant deed key risks (LH-R01, proximity words, Escalated)",
        au_tas_lobster_hatchery_key_risks,
    ),
    Layout(
        "ph_fish_market_regulator_issues",
        "Philippine fish market register of a regulator's findings (FMR-NC-2026-0041)",
        ph_fish_market_regulator_issues,
    ),
    Layout(
        "ke_geothermal_devbank_raid_log",
        "Kenyan geothermal RAID annex of a development bank progress report (S/N, Category)",
        ke_geothermal_devbank_raid_log,
    ),
    Layout(
        "mw_school_feeding_logframe_workbook",
        "Malawian NGO school feeding logframe assumptions and steering committee decisions",
        mw_school_feeding_logframe_workbook,
    ),
    Layout(
        "ca_mb_winter_road_dependencies",
        "Manitoba winter road dependency register (From branch / agency, Received)",
        ca_mb_winter_road_dependencies,
    ),
    Layout(
        "dk_salt_marsh_eu_grant_critical_risks",
        "Danish salt marsh EU grant critical risks table (WPs, Low / Medium / High)",
        dk_salt_marsh_eu_grant_critical_risks,
    ),
    Layout(
        "lv_wetland_eu_grant_budget",
        "Latvian wetland EU grant budget by cost category, Planned / Claimed under each month",
        lv_wetland_eu_grant_budget,
    ),
    Layout(
        "uk_forensic_lab_business_case",
        "UK forensic lab business case: FY 2026-27 summary and a Capital / Resource profile",
        uk_forensic_lab_business_case,
    ),
    Layout(
        "gb_nir_mens_shed_lottery_grant_claims",
        "Northern Ireland men's shed lottery grant claims as a long table (GBP line)",
        gb_nir_mens_shed_lottery_grant_claims,
    ),
    Layout(
        "tz_cassava_devbank_staffing_schedule",
        "Tanzanian cassava hub development bank staffing schedule in person-days",
        tz_cassava_devbank_staffing_schedule,
    ),
    Layout(
        "np_rice_terrace_logframe_milestones",
        "Nepali rice terrace NGO logframe activity tracker (Met / On track / Not yet due)",
        np_rice_terrace_logframe_milestones,
    ),
    Layout(
        "uk_coroners_court_major_project_return",
        "UK coroner's court major project return (five-colour DCA, SRO, key milestones)",
        uk_coroners_court_major_project_return,
    ),
)
