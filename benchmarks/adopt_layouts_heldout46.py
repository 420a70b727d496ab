"""The forty-sixth held-out batch (``HELD_OUT_46``, round 29): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind is REGIONAL
CONVENTIONS: English-language registers and trackers from offices around the world, each
in its own region's conventions for numbers, money, dates and years, as a multinational's
PMO receives them (Indian lakh grouping and `Rs in lakh`, Swiss apostrophes and trailing
minus, European `1.234,56` and `€ 1.250.000`, amounts in thousands said in the title, US
month-first text dates said by the file, `2026/04/14` year-first dates, ISO weeks, fiscal
periods `P1`..`P6` with their start stated, `Q2 FY27` quarters, 24-hour time stamps, `45 %`
text), in sectors no earlier batch's docstring names (a carpet weaver, a watchmaker, a
minor-league ballpark, a sake brewery, a ski jump, a jeepney depot, a bicycle frame plant,
a cheese cellar, a kiwifruit coolstore, a wasabi farm, a river lock, a flower bulb auction).

Registers:

- ``in_carpet_risk_register``: an Indian carpet weaver's (Bhadohi) risk register: a title,
  `Sr. No.`, `Risk Description`, `Category`, `Owner`, `Raised On` as `dd-mm-yyyy` text,
  `Probability (1-5)`, `Impact (1-5)`, `Exposure (Rs)` as lakh-grouped text `12,34,567`,
  `Status` Open / Closed.
- ``ch_watchmaker_issue_log``: a Swiss watchmaker's (Le Locle) issue log: `Issue ID`
  I-001, `Title`, `Priority`, `Owner`, `Opened` as `dd.mm.yyyy` text, `Last change` as
  24-hour `14.03.2026 16:05` text, `Cost impact (CHF)` as `12'500.00` text, `Status`.
- ``us_ballpark_assumptions``: a US minor-league ballpark's (Dayton, Ohio) assumptions log:
  a `Prepared by` line with a US street address and a note `All dates are MM/DD/YYYY`,
  `ID` A-001, `Assumption`, `Owner`, `Date Logged` / `Validate By` as `04/15/2026` text,
  `Status` Open / Validated / Invalid.
- ``jp_sake_decision_log``: a Japanese sake brewery's (Niigata) decision log in English:
  `No.` DC-001, `Date` as year-first `2026/04/14` text, `Decision`, `Decided by`,
  `Reason`.
- ``de_ski_jump_dependencies``: a Bavarian ski jump's (Garmisch) dependency register in
  English: `#` 1, 2, 3, `Dependency`, `Direction` Inbound / Outbound, `Other project`,
  `Our owner`, `Need by` as `dd.mm.yyyy` text, `Committed (ISO week)` as `2026-W17`,
  `Status` On Track / At Risk / Delivered.
- ``ph_jeepney_raid``: a Philippine jeepney depot's (Manila) mixed RAID table: `Ref`
  R-001 / A-001 / I-001 / D-001, `Type`, `Description`, `Owner`, `Raised` as slash text
  dates with every day and month 12 or under and nothing in the file saying the order,
  `Amount at stake` as `PHP 1,250,000` text, `Status` Open / Closed.

Trackers:

- ``in_bicycle_capex_phasing``: an Indian bicycle frame plant's (Ludhiana) monthly budget
  phasing `FY 2026-27 (Rs in lakh)`: cost lines down, `Apr-26` .. `Sep-26` text months
  across, amounts such as `12.50` (lakh), a `Sanctioned (Rs)` column as lakh-grouped text
  `1,25,00,000`, a `Total` row.
- ``ch_cheese_cellar_budget_long``: a Swiss cheese cellar's (Gruyère region) budget and
  actuals in long form: `Period` as ISO `2026-03` text, `Cost line`, `Budget CHF` /
  `Actual CHF` as apostrophe text `1'234.50`, a credit as trailing-minus `2'500.00-`, the
  later months' actuals blank.
- ``nz_kiwifruit_coolstore_cashflow``: a NZ kiwifruit coolstore's (Tauranga) cash-flow
  forecast `(NZD 000s)` with the periods down the rows (`P1` .. `P6`, a note `P1 = July
  2026, FY2027 runs July to June`), cost lines across, a refund shown `(12.5)` (a number
  cell with a parentheses format), a `Total` column and row.
- ``jp_wasabi_resource_plan``: a Japanese wasabi farm's (Shizuoka) resource plan in days:
  `Role`, `Name`, `2026/04` .. `2026/09` text months, a `FY2026 (Apr-Mar)` note.
- ``us_river_lock_milestones``: a US river lock rehabilitation's (Pittsburgh, PA) milestone
  plan: an address line, a note `Dates MM/DD/YYYY; fiscal year begins October 1`, `ID`
  MS-01, `Milestone`, `Owner`, `Baseline` / `Forecast` as `04/15/2026` text, `Fiscal Qtr`
  `Q3 FY26`, `Status`.
- ``nl_bulb_auction_status``: a Dutch flower bulb auction's (Lisse) status report in
  English: label / value pairs (`Project:`, `Project manager:`, `Reporting week:`
  `2026-W14`, `Budget:` `€ 1.250.000`, `Spent to date:` `€ 412.345,67`, `Progress:` `45 %`,
  `Overall:` / `Schedule:` / `Cost:` RAG words), then a milestones table with `Planned` /
  `Forecast` as `dd-mm-yyyy` text and `Status`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the jeepney RAID table's `Raised` dates (`03/04/2026`): the Philippines writes month
  first, but nothing in the file says so and no day is over 12: no raised-date fact; its
  `Amount at stake` (PHP, no standard field): left out; `Closed` is Closed for every type;
- the bulb auction's `Reporting week: 2026-W14` (its Monday, its Friday, its Sunday?): no
  report-date fact; `€ 1.250.000` is EUR, the project's currency (the amount itself: no
  field); `Spent to date` and `Progress: 45 %`: left out; the milestones' `dd-mm-yyyy`
  text is day first (a Dutch file, a day over 12 in the `Planned` column);
- the ski jump's `Committed (ISO week)` `2026-W17` (which day of the week?): no committed
  date fact; `Other project` (a name, not an id): no fact; `#`: no id fact;
- the ballpark's text dates are month first (the file's note and its Ohio address);
- the river lock's dates are month first (its note, its address); `Fiscal Qtr` `Q3 FY26`
  (US federal year from October): left out; `ID` MS-01 is M-001 (audit, round 29: the
  writer had no id fact; the standard's form keeps the number, as rounds 11-24 read `MS-`);
- the watchmaker's `Last change` date-time is the last-updated date (the day, 24-hour
  time dropped); `Cost impact (CHF)`: no issue field, left out;
- the carpet weaver's `Exposure (Rs)` (no risk field): left out; `Sr. No.`: no id fact;
  `dd-mm-yyyy` text is day first (India, and a day over 12);
- the bicycle plant's `Rs in lakh` amounts are lakhs (`12.50` is 1,250,000) and INR (an
  Indian address, `FY 2026-27`, `Rs`); `Sanctioned (Rs)` (the whole project, not a month):
  no budget fact; `Apr-26` .. `Sep-26` are April to September 2026 (the first half of
  FY 2026-27); the `Total` row is no line;
- the cheese cellar's apostrophe text amounts are CHF; `2'500.00-` (trailing minus) is
  -2,500; blank actuals are no zero and no fact;
- the coolstore's `(NZD 000s)` amounts are thousands and forecasts (its title); `(12.5)`
  is -12,500; NZD is not on the standard's currency list: no currency fact; `P1` .. `P6`
  are July to December 2026 (its note); the `Total` column and row are no line and no
  month;
- the sake brewery's `2026/04/14` is year, month, day (no year-last reading exists);
- the wasabi farm's days per month: counts only, no value facts (as earlier batches'
  resource plans); `2026/04` is April 2026.

Readings used: text dates follow the file's region only where the file itself says so (a
note, an address, a day over 12 in the column or table); year-first text is year, month,
day; amounts in thousands or lakhs are multiplied out; ids in no standard shape get no id
fact. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 29 (an engineer who does not tune, session s19-w46; every layout built at seed
2026 as the scorer seeds it, spot-checked at seed 7, cells read against SPEC sections 3-4,
the standards' lists, the models and earlier audits): one fact corrected, one writer's slip
mended twice, nothing removed. The river lock's `ID` column `MS-01` .. is the milestone id
(`M-001` ..; the column was `("id", None)` with no value): SPEC section 3's milestone id is
`M-001`, and the audits of rounds 11, 22 and 24 read `MS` refs so (the number kept under
the standard's letter; round 25 counted rounds 19-24 the majority reading). The bicycle plant's and the coolstore's `Total` rows showed `General`
numbers under month cells formatted `0.00` and `#,##0.0;(#,##0.0)`: they now show the
lines' format (no fact reads them). Checked and left: every text date's order (each
day-first column has a day over 12 at every seed 0-199 and 2026; the US files say month
first), `Rs` as INR (round 26 read the tannery's `(Amount in Rs.)` so), CHF / Rs / PHP in
register columns no field adopts giving no currency (round 14's consultancy `Day Rate (£)`),
`Sr. No.` and `#` with no id (round 28 left `No.` and `#` so), `DC-001` as written.

Lead's correction, round 29's last hour (after the batch was scored and promoted): three
column targets read "left out" where the docstring means "no value fact" and every earlier
batch accepts the column mapped or left out: the carpet's `Sr. No.` and the ski jump's `#`
are `("id", None)`, the ski jump's `Other project` `("counterparty_project_id", None)`, the
cheese cellar's `Comment` `("notes", None)` (round 23's audit read a long table's `Comment`
as its Notes). The fact totals do not move.
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


def lakh(n: int) -> str:
    """An Indian-grouped number as text: ``1234567`` -> ``12,34,567``."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail


def swiss(x: float) -> str:
    """A Swiss-grouped amount as text with a trailing minus: ``-2500`` -> ``2'500.00-``."""
    text = f"{abs(x):,.2f}".replace(",", "'")
    return text + "-" if x < 0 else text


def euro(x: float, cents: bool = False) -> str:
    """A European-grouped amount: ``412345.67`` -> ``412.345,67``."""
    text = f"{x:,.2f}" if cents else f"{x:,.0f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

CARPET_RISKS = [
    ("Wool price rises after the New Zealand shearing season", "Commercial"),
    ("Dye house effluent fails the pollution board's test", "Legal"),
    ("Master weavers leave for the Jaipur exporters", "People"),
    ("New jacquard looms arrive after the Diwali orders", "Schedule"),
    ("Buyer in Frankfurt cancels the autumn collection", "Financial"),
    ("Monsoon flooding of the finishing shed", "Operational"),
]
CARPET_OWNERS = ["Ravi Maurya", "Shabana Ansari", "Alok Jaiswal", "Meena Yadav"]


def in_carpet_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Indian carpet weaver's risk register: `dd-mm-yyyy` text, lakh-grouped exposure."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Bhadohi Carpets Pvt. Ltd. - Loom Shed Expansion - Risk Register"
    head = ["Sr. No.", "Risk Description", "Category", "Owner", "Raised On"]
    head += ["Probability (1-5)", "Impact (1-5)", "Exposure (Rs)", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    raised = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(CARPET_RISKS, n)):
        p, c, who = rng.randint(1, 5), rng.randint(1, 5), rng.choice(CARPET_OWNERS)
        st = rng.choice(["Open", "Open", "Closed"])
        exposure = rng.randrange(2, 900) * 12_345
        cells: list[object] = [i + 1, text, cat, who, f"{raised[i]:%d-%m-%Y}", p, c]
        cells += [lakh(exposure), st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", c),
            ValueFact("risks", i, "status", st),
        ]
    # lead, round 29's last hour: `Sr. No.` is the id or nothing, as every earlier batch
    # scores a serial-number column
    targets: Targets = _cols("A", [("id", None), "title", "category", "owner", "raised_date"])
    targets |= _cols("F", ["probability", "impact", None, "status"])
    path = _save(wb, folder, "in_carpet_risk_register")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


WATCH_ISSUES = [
    "Hairspring supplier misses the COSC sample date",
    "Clean-room humidity out of tolerance after the HVAC swap",
    "CNC bridge mill recalibration takes a week longer",
    "Sapphire crystals scratched in the new polishing jig",
    "ERP bill of materials wrong for the moonphase calibre",
    "Works council asks for a night shift consultation",
]
WATCH_PEOPLE = ["Luca Rossi", "Sophie Perrenoud", "Jonas Meier", "Aline Favre"]


def ch_watchmaker_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Swiss watchmaker's issue log: `dd.mm.yyyy` text, 24-hour time stamps, CHF text
    amounts with apostrophes."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    head = ["Issue ID", "Title", "Priority", "Owner", "Opened", "Last change"]
    head += ["Cost impact (CHF)", "Status"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    opened = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(WATCH_ISSUES, n)):
        pr, st = rng.choice(["High", "Medium", "Low"]), rng.choice(["Open", "In Progress"])
        who = rng.choice(WATCH_PEOPLE)
        changed = opened[i] + timedelta(days=rng.randint(0, 20))
        stamp = f"{changed:%d.%m.%Y} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
        cost = rng.randrange(1, 400) * 250.0
        cells: list[object] = [f"I-{i + 1:03d}", text, pr, who, f"{opened[i]:%d.%m.%Y}"]
        cells += [stamp, swiss(cost), st]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "last_updated", changed),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", "priority", "owner", "raised_date"])
    targets |= _cols("F", ["last_updated", None, "status"])
    path = _save(wb, folder, "ch_watchmaker_issue_log")
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


BALLPARK_ASSUMPTIONS = [
    "City council approves the parking garage bond in May",
    "Video board ships from the vendor in Utah within 10 weeks",
    "Concourse can stay open for the season's home games",
    "Turf contractor can work nights after home games",
    "Naming-rights sponsor renews for five seasons",
    "Suite renovation needs no new fire-marshal review",
]
BALLPARK_OWNERS = ["Mike Kowalski", "Denise Harper", "Luis Ortega", "Kara Jennings"]


def _us(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us_ballpark_assumptions(folder: Path, rng: random.Random) -> Built:
    """A US minor-league ballpark's assumptions log: month-first text dates said by a note
    and a US address."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Day Air Ballpark Renovation - Assumptions Log"
    ws["A2"] = "Prepared by: Dayton Dragons Baseball, 220 N Patterson Blvd, Dayton, OH 45402"
    ws["A3"] = "Note: All dates are MM/DD/YYYY"
    _put(ws, 5, 1, [["ID", "Assumption", "Owner", "Date Logged", "Validate By", "Status"]])
    n = rng.randint(4, 6)
    logged = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(BALLPARK_ASSUMPTIONS, n)):
        who = rng.choice(BALLPARK_OWNERS)
        check = logged[i] + timedelta(days=rng.choice([14, 21, 30, 45]))
        st = rng.choice(["Open", "Open", "Validated", "Invalid"])
        ref = f"A-{i + 1:03d}"
        _put(ws, 6 + i, 1, [[ref, text, who, _us(logged[i]), _us(check), st]])
        values += [
            ValueFact("assumptions", i, "id", ref),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", check),
            ValueFact("assumptions", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "assumption", "owner", "raised_date", "validate_by"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "us_ballpark_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 5, targets, n)], values)


SAKE_DECISIONS = [
    ("Keep the cedar koji room rather than a steel one", "Taste panel preferred it"),
    ("Buy Yamada Nishiki rice from two co-operatives", "Spread the harvest risk"),
    ("Move bottling to the night shift in winter", "Brewing season peak"),
    ("Export labels printed in Niigata, not Tokyo", "Shorter lead time"),
    ("Install a second pasteurising line in phase 2", "Budget held for phase 1"),
    ("Use the well water, not the town supply", "Soft water suits the style"),
]
SAKE_PEOPLE = ["Kenji Watanabe", "Yuki Sato", "Steering Committee", "Hiroshi Aoki"]


def jp_sake_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Japanese sake brewery's English decision log: year-first `2026/04/14` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "Kura Expansion Project - Decision Log"
    _put(ws, 2, 1, [["No.", "Date", "Decision", "Decided by", "Reason"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2026, 1, 13))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(SAKE_DECISIONS, n)):
        who, ref = rng.choice(SAKE_PEOPLE), f"DC-{i + 1:03d}"
        _put(ws, 3 + i, 1, [[ref, f"{when[i]:%Y/%m/%d}", text, who, why]])
        values += [
            ValueFact("decisions", i, "id", ref),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", why),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "made_by", "rationale"])
    path = _save(wb, folder, "jp_sake_decision_log")
    return Built(path, [_one("decisions", "Decision Log", 2, targets, n)], values)


SKI_DEPENDENCIES = [
    ("Snow-making reservoir filled by the water board", "Inbound", "Kainzenbad Reservoir"),
    ("Judges' tower fibre link from the telecoms project", "Inbound", "Venue Network"),
    ("Inrun ice track handed to the World Cup organisers", "Outbound", "World Cup 2027"),
    ("Floodlight masts approved by the district office", "Inbound", "Planning Approvals"),
    ("Spectator stand design to the stadium project", "Outbound", "Olympia Stadium"),
    ("Lift access road cleared by the forestry project", "Inbound", "Forest Roads"),
]
SKI_OWNERS = ["Anna Huber", "Markus Brandl", "Stefan Gruber", "Lena Maier"]


def de_ski_jump_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Bavarian ski jump's English dependency register: `dd.mm.yyyy` need-by text, an ISO
    week committed column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Große Olympiaschanze Refurbishment - Dependencies"
    head = ["#", "Dependency", "Direction", "Other project", "Our owner", "Need by"]
    head += ["Committed (ISO week)", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, way, other) in enumerate(rng.sample(SKI_DEPENDENCIES, n)):
        who, st = rng.choice(SKI_OWNERS), rng.choice(["On Track", "At Risk", "Delivered"])
        week = (need[i] - timedelta(days=rng.choice([0, 7, 14]))).isocalendar()
        cells: list[object] = [i + 1, text, way, other, who, f"{need[i]:%d.%m.%Y}"]
        cells += [f"{week.year}-W{week.week:02d}", st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    # lead, round 29's last hour: `#` is the id or nothing, `Other project` the counterparty
    # project or nothing (no value fact either way), as every earlier batch scores them
    targets: Targets = _cols(
        "A",
        [("id", None), "title", "direction", ("counterparty_project_id", None), "owner", "need_by"],
    )
    targets |= _cols("G", [("committed_date", None), "status"])
    path = _save(wb, folder, "de_ski_jump_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


JEEPNEY_ITEMS = [
    ("Risk", "Grid upgrade for the charging bays not ready by the rainy season"),
    ("Risk", "Drivers' co-operative rejects the new fare split"),
    ("Risk", "Imported battery packs held at the Manila port"),
    ("Assumption", "LTFRB franchise consolidation approved for all routes"),
    ("Assumption", "Depot lease extended by the city for ten years"),
    ("Issue", "Flooded service pit after the typhoon"),
    ("Issue", "Two e-jeepney prototypes fail the brake test"),
    ("Dependency", "Meralco substation works by the distribution utility"),
    ("Dependency", "Route rationalisation study from the transport office"),
]
JEEPNEY_REGISTER = {
    "Risk": ("risks", "R"),
    "Assumption": ("assumptions", "A"),
    "Issue": ("issues", "I"),
    "Dependency": ("dependencies", "D"),
}
JEEPNEY_OWNERS = ["Maria Santos", "Jose Reyes", "Ana Dela Cruz", "Paolo Bautista"]


def ph_jeepney_raid(folder: Path, rng: random.Random) -> Built:
    """A Philippine jeepney depot's mixed RAID table: slash text dates with no day over 12
    and nothing saying the order, PHP amounts as text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Modern Jeepney Depot Electrification - RAID"
    head = ["Ref", "Type", "Description", "Owner", "Raised", "Amount at stake", "Status"]
    _put(ws, 3, 1, [head])
    firsts = [
        rng.choice([it for it in JEEPNEY_ITEMS if it[0] == kind]) for kind in JEEPNEY_REGISTER
    ]
    rest = [it for it in JEEPNEY_ITEMS if it not in firsts]
    items = firsts + rng.sample(rest, rng.randint(2, 4))  # every type at least once
    rng.shuffle(items)
    seen: dict[str, int] = {}
    values: list[ValueFact] = []
    for k, (kind, text) in enumerate(items):
        reg, letter = JEEPNEY_REGISTER[kind]
        i = seen.get(reg, 0)
        seen[reg] = i + 1
        who, st = rng.choice(JEEPNEY_OWNERS), rng.choice(["Open", "Open", "Closed"])
        a, b = rng.randint(1, 12), rng.randint(1, 12)
        ref = f"{letter}-{i + 1:03d}"
        amount = f"PHP {rng.randrange(1, 90) * 50_000:,}"
        _put(ws, 4 + k, 1, [[ref, kind, text, who, f"{a:02d}/{b:02d}/2026", amount, st]])
        values += [
            ValueFact(reg, i, "id", ref),
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
    text_col = ("title", "assumption", "description")
    targets: Targets = _cols("A", ["id", "register", text_col, "owner"])
    targets |= _cols("E", [("raised_date", None), None, "status"])
    path = _save(wb, folder, "ph_jeepney_raid")
    return Built(path, [TruthTable("RAID", 3, "raid", targets, dict(seen))], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

BICYCLE_LINES = ["Frame welding robots", "Powder-coat oven", "Tube bending machines"]
BICYCLE_LINES += ["Civil works", "Jigs and fixtures", "Consultancy"]


def in_bicycle_capex_phasing(folder: Path, rng: random.Random) -> Built:
    """An Indian bicycle frame plant's budget phasing in `Rs in lakh`: `Apr-26` text months,
    a lakh-grouped `Sanctioned (Rs)` column, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Phasing")
    ws["A1"] = "Frame Line 2, Focal Point, Ludhiana - Monthly Budget Phasing"
    ws["A2"] = "FY 2026-27 (Rs in lakh)"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{m:%b}-{m:%y}" for m in months]
    _put(ws, 4, 1, [["Cost head", "Sanctioned (Rs)", *labels]])
    lines = rng.sample(BICYCLE_LINES, rng.randint(4, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    totals = [0.0] * len(labels)
    for r, line in enumerate(lines):
        amounts = [rng.randrange(0, 60) * 0.25 for _ in labels]
        sanctioned = round(sum(amounts) * 100_000) + rng.randrange(0, 20) * 100_000
        _put(ws, 5 + r, 1, [[line, lakh(sanctioned), *[a or None for a in amounts]]])
        for c in range(3, 3 + len(labels)):
            ws.cell(5 + r, c).number_format = "0.00"
        for m, a in zip(months, amounts, strict=True):
            if a:
                values.append(ValueFact("finance", (m, line), "budget", round(a * 100_000, 2)))
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
    _put(ws, 5 + len(lines), 1, [["Total", None, *totals]])
    for c in range(3, 3 + len(labels)):  # audit, round 29: the total row shows 0.00 too
        ws.cell(5 + len(lines), c).number_format = "0.00"
    path = _save(wb, folder, "in_bicycle_capex_phasing")
    count = sum(1 for v in values if v.register == "finance")
    table = TruthTable("Phasing", 4, "finance", {"A": "cost_line", "B": None},
                       {"finance": count})  # fmt: skip
    return Built(path, [table], values)


CHEESE_LINES = ["Spruce ageing boards", "Cellar cooling", "Turning robot", "Building works"]


def ch_cheese_cellar_budget_long(folder: Path, rng: random.Random) -> Built:
    """A Swiss cheese cellar's budget and actuals in long form: `2026-03` periods, CHF text
    amounts with apostrophes, a trailing-minus credit."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Fromagerie Cellar Extension, Bulle - Budget vs Actual (CHF)"
    _put(ws, 3, 1, [["Period", "Cost line", "Budget CHF", "Actual CHF", "Comment"]])
    months = _months(date(2026, 1, 1), rng.randint(3, 4))
    lines = rng.sample(CHEESE_LINES, 3)
    done = len(months) - 1
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    row = 4
    credit_at = (rng.randrange(done), rng.randrange(len(lines)))
    for mi, month in enumerate(months):
        for li, line in enumerate(lines):
            budget = rng.randrange(4, 400) * 125.0
            actual: float | None = None
            note = None
            if mi < done:
                actual = round(budget * rng.uniform(0.5, 1.2), 2)
                if (mi, li) == credit_at:
                    actual, note = -rng.randrange(1, 20) * 250.0, "Supplier credit note"
            cells: list[object] = [f"{month:%Y-%m}", line, swiss(budget)]
            cells += [swiss(actual) if actual is not None else None, note]
            _put(ws, row, 1, [cells])
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
            row += 1
    # lead, round 29's last hour: a long table's `Comment` is its Notes or nothing (round 23's
    # audit read a long table's `Comment` as its Notes)
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", ("notes", None)])
    count = len(months) * len(lines)
    path = _save(wb, folder, "ch_cheese_cellar_budget_long")
    table = TruthTable("Budget vs Actual", 3, "finance", targets, {"finance": count})
    return Built(path, [table], values)


COOLSTORE_LINES = ["Refrigeration plant", "Insulated panels", "Forklift chargers"]
COOLSTORE_LINES += ["Grading line", "Fees"]


def nz_kiwifruit_coolstore_cashflow(folder: Path, rng: random.Random) -> Built:
    """A NZ kiwifruit coolstore's cash-flow forecast in NZD 000s with periods `P1` .. `P6`
    down the rows (P1 = July 2026), a refund in parentheses, totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cashflow")
    ws["A1"] = "Coolstore 4, Te Puke, Tauranga - Cashflow Forecast (NZD 000s)"
    ws["A2"] = "P1 = July 2026, FY2027 runs July to June"
    lines = rng.sample(COOLSTORE_LINES, 4)
    months = _months(date(2026, 7, 1), 6)
    _put(ws, 4, 1, [["Period", *lines, "Total"]])
    values: list[ValueFact] = []
    refund = (rng.randrange(len(months)), rng.randrange(len(lines)))
    col_tot = [0.0] * len(lines)
    for r, month in enumerate(months):
        amounts = [rng.randrange(1, 120) * 2.5 for _ in lines]
        if r == refund[0]:
            amounts[refund[1]] = -rng.randrange(1, 10) * 2.5
        _put(ws, 5 + r, 1, [[f"P{r + 1}", *amounts, sum(amounts)]])
        for c in range(2, 3 + len(lines)):
            ws.cell(5 + r, c).number_format = "#,##0.0;(#,##0.0)"
        col_tot = [a + b for a, b in zip(col_tot, amounts, strict=True)]
        for line, a in zip(lines, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "forecast", a * 1000))
    _put(ws, 5 + len(months), 1, [["Total", *col_tot, sum(col_tot)]])
    for c in range(2, 3 + len(lines)):  # audit, round 29: the total row in the same format
        ws.cell(5 + len(months), c).number_format = "#,##0.0;(#,##0.0)"
    path = _save(wb, folder, "nz_kiwifruit_coolstore_cashflow")
    table = TruthTable("Cashflow", 4, "finance", {"A": "month"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


WASABI_PEOPLE = [
    ("Farm Manager", "Takeshi Mori"),
    ("Water Engineer", "Emi Kobayashi"),
    ("Greenhouse Contractor", "Daisuke Ito"),
    ("Agronomist", "Naoko Fujita"),
    ("Project Lead", "Ryo Tanaka"),
]


def jp_wasabi_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Japanese wasabi farm's resource plan in days: `2026/04` text months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Izu Wasabi Terrace Renewal - Resource Plan (person-days)"
    ws["A2"] = "FY2026 (Apr-Mar)"
    labels = [f"{m:%Y/%m}" for m in _months(date(2026, 4, 1), 6)]
    _put(ws, 4, 1, [["Role", "Name", *labels]])
    count = 0
    for r, (role, name) in enumerate(rng.sample(WASABI_PEOPLE, 4)):
        days = [rng.choice([0, 0, 3, 5, 10, 15]) for _ in labels]
        count += sum(1 for d in days if d)
        _put(ws, 5 + r, 1, [[role, name, *[d or None for d in days]]])
    path = _save(wb, folder, "jp_wasabi_resource_plan")
    table = TruthTable("Resource Plan", 4, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


LOCK_MILESTONES = [
    "Cofferdam complete at the upper guard wall",
    "Miter gates removed for refurbishment",
    "New culvert valves installed",
    "Lock chamber dewatered and inspected",
    "Gates rehung and tested",
    "Lock returned to navigation",
]
LOCK_OWNERS = ["Brian Kowalczyk", "Tanya Richards", "Darnell Brooks"]
LOCK_STATUS = ["Complete", "In Progress", "Not Started", "At Risk"]


def _federal_quarter(d: date) -> str:
    fy = d.year + 1 if d.month >= 10 else d.year
    q = ((d.month - 10) % 12) // 3 + 1
    return f"Q{q} FY{fy % 100:02d}"


def us_river_lock_milestones(folder: Path, rng: random.Random) -> Built:
    """A US river lock rehabilitation's milestone plan: month-first text dates said by a
    note and an address, federal fiscal quarters."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Emsworth Locks and Dams - Main Chamber Rehabilitation - Milestone Plan"
    ws["A2"] = "Pittsburgh District, 1000 Liberty Ave, Pittsburgh, PA 15222"
    ws["A3"] = "Dates MM/DD/YYYY; fiscal year begins October 1"
    head = ["ID", "Milestone", "Owner", "Baseline", "Forecast", "Fiscal Qtr", "Status"]
    _put(ws, 5, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, name in enumerate(LOCK_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 10, 30]))
        who, st = rng.choice(LOCK_OWNERS), rng.choice(LOCK_STATUS)
        cells: list[object] = [f"MS-{i + 1:02d}", name, who, _us(base[i]), _us(fc)]
        cells += [_federal_quarter(fc), st]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),  # audit, round 29: MS-01 is M-001
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", None, "status"])
    path = _save(wb, folder, "us_river_lock_milestones")
    return Built(path, [_one("milestones", "Milestones", 5, targets, n)], values)


BULB_MILESTONES = [
    "Old cooling cells emptied",
    "Sorting line delivered from Venlo",
    "Clock auction software live",
    "Buyers' hall reopened",
    "Energy label A certificate",
]
BULB_STATUS = {"Complete": "Complete", "In Progress": "In Progress", "Late": "Late"}


def nl_bulb_auction_status(folder: Path, rng: random.Random) -> Built:
    """A Dutch flower bulb auction's English status report: ISO week, euro amounts with
    dots, `45 %`, RAG words, a milestones table with `dd-mm-yyyy` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    project, pm = "Lisse Bulb Auction Hall Renovation", "Pieter de Vries"
    week = rng.randint(10, 20)
    budget = rng.randrange(8, 30) * 50_000
    spent = round(budget * rng.uniform(0.2, 0.6), 2)
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    ws["A1"] = "Project Status Report"
    pairs = [
        ["Project:", project],
        ["Project manager:", pm],
        ["Reporting week:", f"2026-W{week:02d}"],
        ["Budget:", f"€ {euro(budget)}"],
        ["Spent to date:", f"€ {euro(spent, cents=True)}"],
        ["Progress:", f"{rng.randrange(20, 80)} %"],
        ["Overall:", rags[0]],
        ["Schedule:", rags[1]],
        ["Cost:", rags[2]],
    ]
    _put(ws, 3, 1, pairs)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "currency", "EUR"),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
    ]
    ws["A13"] = "Milestones"
    _put(ws, 14, 1, [["Milestone", "Planned", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    planned = _days(rng, n, date(2026, 1, 5))
    for i, name in enumerate(BULB_MILESTONES[:n]):
        fc = planned[i] + timedelta(days=rng.choice([0, 7, 14]))
        st = rng.choice(list(BULB_STATUS))
        _put(ws, 15 + i, 1, [[name, f"{planned[i]:%d-%m-%Y}", f"{fc:%d-%m-%Y}", st]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", planned[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", BULB_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "status"])
    path = _save(wb, folder, "nl_bulb_auction_status")
    return Built(path, [_one("milestones", "Status Report", 14, targets, n)], values)


HELD_OUT_46: tuple[Layout, ...] = (
    Layout(
        "in_carpet_risk_register",
        "Indian carpet weaver risk register (dd-mm-yyyy text, lakh-grouped Rs exposure)",
        in_carpet_risk_register,
    ),
    Layout(
        "ch_watchmaker_issue_log",
        "Swiss watchmaker issue log (dd.mm.yyyy, 24-hour stamps, CHF 12'500.00 text)",
        ch_watchmaker_issue_log,
    ),
    Layout(
        "us_ballpark_assumptions",
        "US ballpark assumptions log (MM/DD/YYYY text said by a note and an address)",
        us_ballpark_assumptions,
    ),
    Layout(
        "jp_sake_decision_log",
        "Japanese sake brewery decision log in English (2026/04/14 year-first text)",
        jp_sake_decision_log,
    ),
    Layout(
        "de_ski_jump_dependencies",
        "Bavarian ski jump dependency register (dd.mm.yyyy need-by, ISO week committed)",
        de_ski_jump_dependencies,
    ),
    Layout(
        "ph_jeepney_raid",
        "Philippine jeepney depot mixed RAID table (slash dates readable two ways, PHP)",
        ph_jeepney_raid,
    ),
    Layout(
        "in_bicycle_capex_phasing",
        "Indian bicycle plant budget phasing in Rs lakh (FY 2026-27, Apr-26 months)",
        in_bicycle_capex_phasing,
    ),
    Layout(
        "ch_cheese_cellar_budget_long",
        "Swiss cheese cellar budget vs actual in long form (2026-03, 2'500.00- credit)",
        ch_cheese_cellar_budget_long,
    ),
    Layout(
        "nz_kiwifruit_coolstore_cashflow",
        "NZ coolstore cash-flow forecast in NZD 000s (P1 = July down the rows, (12.5))",
        nz_kiwifruit_coolstore_cashflow,
    ),
    Layout(
        "jp_wasabi_resource_plan",
        "Japanese wasabi farm resource plan in days (2026/04 text months)",
        jp_wasabi_resource_plan,
    ),
    Layout(
        "us_river_lock_milestones",
        "US river lock milestone plan (MM/DD/YYYY text, federal fiscal quarters)",
        us_river_lock_milestones,
    ),
    Layout(
        "nl_bulb_auction_status",
        "Dutch bulb auction status report (2026-W14, € 1.250.000, 45 %, dd-mm-yyyy)",
        nl_bulb_auction_status,
    ),
)
