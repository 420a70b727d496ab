"""Round 30's seventeenth tuning batch: the ordinary workbooks' leftovers
(``TUNING_17_A`` tuned on, ``TUNING_17_B`` kept untouched).

Written in round 30 (task or30, docs/adopt.md "Round 30: the ordinary workbooks'
leftovers") by an engineer who tunes. Round 29 left these kinds of ordinary workbook unread
or misread; each half writes every kind once, in forms of its own, with sectors, countries
and numbers of its own:

- a dependency log with ``From`` / ``To`` columns naming teams, one of them this project
  (said by the title, a ``Project:`` line or the name on most rows);
- ids whose prefix could name two registers (``ASM-`` an assumption or an assembly line,
  ``MIL-`` a milestone or a military standard) beside the workbook's real register, and
  short register codes (``I-04``, ``R1``, ``DP3``, ``A.2``) under plain headers;
- an accounts report of one month named in words (``Period: April 2026``, ``Month ending
  30 April 2026``), no month column;
- a money header whose unit and currency run together (``Cost (USD '000)``, ``EUR'000``);
- a register whose kind only its items' words tell (no title, no register word in headers);
- a numeric work-package tracker ``Month | Package | Plan | Actual`` (money);
- a settings sheet with a third column of notes (``Setting | Value | Notes``);
- amounts with their currency in the cells (``R 12 500``, ``KSh 40,000``).

Truth (a fact a reasonable PMO analyst could read two ways gets none): a ``From`` / ``To``
pair gives each dependency's direction (its ``To`` this project: Inbound; its ``From``:
Outbound), the columns mapped to the direction, the counterparty or left out; a report's
budget column is the period's (``("budget", None)``, no value); a work package's ``Plan``
is its budget; ``R`` and ``KSh`` name currencies off the standard's list (no currency
fact), their amounts are the numbers; a bare ``Date`` beside risks is the raised or the due
date (either column, no value fact); the assembly and standards trackers are no register
(no truth table; adopting them shows in the real register's item count).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _months,
    _put,
    _save,
    _sheet,
)
from openpyxl.worksheet.worksheet import Worksheet

PEOPLE = ["N. Ochieng", "F. Dlamini", "G. Ferreira", "H. Lindqvist", "K. Tawhiri", "M. Okafor"]


def _dt(d: date) -> datetime:
    return datetime.combine(d, datetime.min.time())


def _dated(ws: Worksheet, row: int, col: int, d: date) -> None:
    ws.cell(row, col, _dt(d)).number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------------------------------
# 1. A dependency log with From / To columns
# ---------------------------------------------------------------------------------------

DEP_TEXTS = [
    "Grid connection agreement signed",
    "Road access for the transformer delivery",
    "Metering design approved",
    "Land lease registered",
    "Community liaison officer appointed",
    "Battery enclosure foundations poured",
    "Telemetry link commissioned",
    "Tariff approval from the regulator",
]


def _from_to_log(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    top: list[str],
    head: list[str],
    us: str,
    others: list[str],
    texts: list[str],
    statuses: dict[str, str],
    prefix: str,
) -> Built:
    """``Ref | Dependency | From | To | Needed by | Status``: each row gives or takes
    between this project (``us``) and another team."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    for r, text in enumerate(top, start=1):
        if text:
            ws.cell(r, 1, text)
    hr = len(top) + 2
    _put(ws, hr, 1, [head])
    n = rng.randint(6, len(texts))
    values: list[ValueFact] = []
    ways = ["Inbound"] * (n // 2 + 1) + ["Outbound"] * (n // 2)
    rng.shuffle(ways)
    for i, text in enumerate(rng.sample(texts, n)):
        row = hr + 1 + i
        other = rng.choice(others)
        way = ways[i]
        frm, to = (other, us) if way == "Inbound" else (us, other)
        st = rng.choice(list(statuses))
        need = date(2026, 3, 2) + timedelta(days=rng.randrange(120))
        _put(ws, row, 1, [[f"{prefix}{i + 1:02d}", text, frm, to]])
        _dated(ws, row, 5, need)
        ws.cell(row, 6, st)
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "need_by", need),
            ValueFact("dependencies", i, "status", statuses[st]),
        ]
    path = _save(wb, folder, name)
    side = ("direction", "counterparty_project_id", None)
    targets: Targets = {"A": "id", "B": "title", "C": side, "D": side}
    targets |= {"E": "need_by", "F": "status"}
    return Built(
        path, [TruthTable(sheet, hr, "dependencies", targets, {"dependencies": n})], values
    )


def ke_minigrid_from_to_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Kenyan solar mini-grid's dependency log: the title names the project, ``From`` /
    ``To`` name it or the other party."""
    return _from_to_log(
        folder,
        rng,
        name="ke_minigrid_from_to_dependencies",
        sheet="Dependencies",
        top=["Lodwar Solar Mini-grid - Dependency Log"],
        head=["Ref", "Dependency", "From", "To", "Needed by", "Status"],
        us="Lodwar Mini-grid",
        others=["KPLC Distribution", "County Roads", "EPRA", "Turkana County"],
        texts=DEP_TEXTS,
        statuses={"Open": "Open", "Delivered": "Delivered", "Late": "Late"},
        prefix="D",
    )


HOSPITAL_DEPS = [
    "Patient master index cleansed",
    "Single sign-on configured for clinicians",
    "Pathology interface tested",
    "Ward devices upgraded",
    "Training rooms booked",
    "Data migration scripts signed off",
    "Network switches replaced on level 3",
]


def au_hospital_from_to_dependencies(folder: Path, rng: random.Random) -> Built:
    """An Australian hospital's EMR upgrade: a ``Project:`` line names it; ``From team`` /
    ``To team`` columns."""
    return _from_to_log(
        folder,
        rng,
        name="au_hospital_from_to_dependencies",
        sheet="Deps",
        top=["Dependency register", "Project: EMR Upgrade"],
        head=["ID", "Description", "From team", "To team", "Date required", "Status"],
        us="EMR Upgrade",
        others=["Infrastructure", "Pathology IT", "Clinical Education", "Data Warehouse"],
        texts=HOSPITAL_DEPS,
        statuses={"Open": "Open", "Delivered": "Delivered", "Closed": "Closed"},
        prefix="DEP-",
    )


# ---------------------------------------------------------------------------------------
# 2. Ids whose prefix names two registers, and short register codes
# ---------------------------------------------------------------------------------------

PLANT_ASSUMPTIONS = [
    "Tooling supplier holds the quoted lead time",
    "Second shift staffed from the existing workforce",
    "Customer approves the PPAP at first submission",
    "Paint line capacity covers the new housings",
    "Steel price stays within the budget allowance",
]

ASSEMBLIES = ["Gearbox housing", "Drive shaft", "Rear axle", "Brake caliper", "Steering rack"]
ASSEMBLIES += ["Oil pump", "Cooling module"]


def _raid_with_tracker(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    register: str,
    key: str,
    reg_sheet: str,
    reg_head: list[str],
    texts: list[str],
    reg_prefix: str,
    tracker_sheet: str,
    tracker_head: list[str],
    tracker_rows: list[list[object]],
) -> Built:
    """A register sheet (``id | text | owner | date | status``) and a tracker sheet whose ids
    share a register's prefix but whose lines are no register's items."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, reg_sheet)
    _put(ws, 1, 1, [reg_head])
    n = rng.randint(4, len(texts))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(texts, n)):
        d = date(2026, 2, 2) + timedelta(days=rng.randrange(150))
        who = rng.choice(PEOPLE)
        _put(ws, 2 + i, 1, [[f"{reg_prefix}{i + 1}", text, who]])
        _dated(ws, 2 + i, 4, d)
        ws.cell(2 + i, 5, "Open")
        date_key = {"assumptions": "validate_by", "milestones": "forecast_date"}[register]
        values += [
            ValueFact(register, i, key, text),
            ValueFact(register, i, "owner", who),
            ValueFact(register, i, date_key, d),
        ]
    tr = wb.create_sheet(tracker_sheet)
    _put(tr, 1, 1, [tracker_head, *tracker_rows])
    path = _save(wb, folder, name)
    date_key = {"assumptions": "validate_by", "milestones": "forecast_date"}[register]
    targets: Targets = {"A": "id", "B": key, "C": "owner", "D": date_key, "E": "status"}
    return Built(path, [TruthTable(reg_sheet, 1, register, targets, {register: n})], values)


def cz_axle_plant_asm_assemblies(folder: Path, rng: random.Random) -> Built:
    """A Czech axle plant's launch workbook: an ``Assumptions`` sheet (``A1``..) and a
    ``Build status`` sheet of assembly lines numbered ``ASM-101``.. (no register)."""
    rows: list[list[object]] = []
    for k, part in enumerate(rng.sample(ASSEMBLIES, 6)):
        rows.append([f"ASM-{101 + k}", part, f"Cell {rng.randint(1, 4)}", rng.randint(20, 400)])
        rows[-1].append(rng.choice(["Built", "In build", "Awaiting parts"]))
    return _raid_with_tracker(
        folder,
        rng,
        name="cz_axle_plant_asm_assemblies",
        register="assumptions",
        key="assumption",
        reg_sheet="Assumptions",
        reg_head=["No.", "Assumption", "Owner", "Validate by", "Status"],
        texts=PLANT_ASSUMPTIONS,
        reg_prefix="A",
        tracker_sheet="Build status",
        tracker_head=["Assembly", "Description", "Work cell", "Qty built", "State"],
        tracker_rows=rows,
    )


RADAR_MILESTONES = [
    "Preliminary design review",
    "Critical design review",
    "First article delivered",
    "Environmental qualification complete",
    "Site acceptance test",
]

STANDARDS = ["MIL-STD-810H", "MIL-STD-461G", "MIL-STD-1275E", "MIL-HDBK-217F", "MIL-STD-882E"]


def ca_radar_mil_standards(folder: Path, rng: random.Random) -> Built:
    """A Canadian coastal radar's plan: a ``Milestones`` sheet (``M1``..) and a compliance
    sheet listing military standards ``MIL-STD-810H``.. (no register)."""
    rows: list[list[object]] = []
    for std in rng.sample(STANDARDS, 5):
        rows.append([std, rng.choice(["Environmental", "EMC", "Power", "Reliability", "Safety"])])
        rows[-1] += [rng.choice(["Compliant", "Partial", "Waiver sought"]), rng.choice(PEOPLE)]
    return _raid_with_tracker(
        folder,
        rng,
        name="ca_radar_mil_standards",
        register="milestones",
        key="milestone",
        reg_sheet="Milestones",
        reg_head=["Ref", "Milestone", "Owner", "Forecast", "Status"],
        texts=RADAR_MILESTONES,
        reg_prefix="M",
        tracker_sheet="Compliance",
        tracker_head=["Standard", "Area", "Compliance", "Checked by"],
        tracker_rows=rows,
    )


def _coded_log(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    register: str,
    key: str,
    head: list[str],
    texts: list[str],
    code: str,
    statuses: dict[str, str],
    date_key: str,
) -> Built:
    """A log with no title and plain headers (``Ref | Description | Owner | Date |
    Status``): only its short codes (``code`` with the number) and its items say its kind."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    _put(ws, 1, 1, [head])
    n = rng.randint(5, len(texts))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(texts, n)):
        d = date(2026, 1, 12) + timedelta(days=rng.randrange(150))
        who = rng.choice(PEOPLE)
        st = rng.choice(list(statuses))
        _put(ws, 2 + i, 1, [[code.format(n=i + 1), text, who]])
        _dated(ws, 2 + i, 4, d)
        ws.cell(2 + i, 5, st)
        values += [
            ValueFact(register, i, key, text),
            ValueFact(register, i, "owner", who),
            ValueFact(register, i, "status", statuses[st]),
        ]
    path = _save(wb, folder, name)
    targets: Targets = {"A": "id", "B": key, "C": "owner", "D": date_key, "E": "status"}
    return Built(path, [TruthTable(sheet, 1, register, targets, {register: n})], values)


FERRY_ISSUES = [
    "Ramp hydraulics leaking on the north berth",
    "Ticket gates reject concession cards",
    "Mooring bollard cracked after the storm",
    "Gangway lighting circuit tripping",
    "CCTV recorder full, footage overwritten",
    "Waiting room heaters not working",
]


def nz_ferry_terminal_issue_codes(folder: Path, rng: random.Random) -> Built:
    """A New Zealand ferry terminal's log numbered ``I-01``.. under ``Ref | Description |
    Owner | Logged | Status``, on a sheet named ``Log``."""
    return _coded_log(
        folder,
        rng,
        name="nz_ferry_terminal_issue_codes",
        sheet="Log",
        register="issues",
        key="title",
        head=["Ref", "Description", "Owner", "Logged", "Status"],
        texts=FERRY_ISSUES,
        code="I-{n:02d}",
        statuses={"Open": "Open", "Closed": "Closed", "In progress": "In Progress"},
        date_key="raised_date",
    )


MUSEUM_DEPS = [
    "Loan agreement from the national collection",
    "Fire engineer's sign-off on the new gallery",
    "Conservation studio hands over the textiles",
    "Funding body releases the second tranche",
    "IT team installs the gallery network",
    "Lighting designer's final scheme",
]


def ie_museum_dependency_codes(folder: Path, rng: random.Random) -> Built:
    """An Irish museum's gallery refit: items numbered ``DP1``.. under ``No. | Item |
    Owner | Needed | Status`` on ``Sheet1``."""
    return _coded_log(
        folder,
        rng,
        name="ie_museum_dependency_codes",
        sheet="Sheet1",
        register="dependencies",
        key="title",
        head=["No.", "Item", "Owner", "Needed", "Status"],
        texts=MUSEUM_DEPS,
        code="DP{n}",
        statuses={"Open": "Open", "Delivered": "Delivered"},
        date_key="need_by",
    )


# ---------------------------------------------------------------------------------------
# 3. An accounts report of one month named in words
# ---------------------------------------------------------------------------------------


def _month_report(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    top: list[str],
    head: list[str],
    accounts: list[str],
    month: date,
    period_end: date,
) -> Built:
    """``Account | Actual | Budget | Variance`` of one month, the month only in words above."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    for r, text in enumerate(top, start=1):
        if text:
            ws.cell(r, 1, text)
    hr = len(top) + 2
    _put(ws, hr, 1, [head])
    lines = rng.sample(accounts, 5)
    values: list[ValueFact] = [ValueFact("project", 0, "report_date", period_end)]
    ta = tb = 0.0
    for r, line in enumerate(lines):
        budget = rng.randrange(8, 120) * 250.0
        actual = round(budget * rng.uniform(0.6, 1.25), 2)
        _put(ws, hr + 1 + r, 1, [[line, actual, budget, round(actual - budget, 2)]])
        for c in (2, 3, 4):
            ws.cell(hr + 1 + r, c).number_format = "#,##0.00;(#,##0.00)"
        ta, tb = ta + actual, tb + budget
        values.append(ValueFact("finance", (month, line), "actual", actual))
    _put(ws, hr + 1 + len(lines), 1, [["Total", round(ta, 2), tb, round(ta - tb, 2)]])
    path = _save(wb, folder, name)
    targets: Targets = {"A": "cost_line", "B": "actual", "C": ("budget", None), "D": None}
    return Built(path, [TruthTable(sheet, hr, "finance", targets, {"finance": len(lines)})], values)


BREWERY_ACCOUNTS = ["Brewhouse equipment", "Electrical contractor", "Plumbing", "Design fees"]
BREWERY_ACCOUNTS += ["Building control", "Cold room", "Site labour"]


def uk_brewery_period_in_words(folder: Path, rng: random.Random) -> Built:
    """A UK craft brewery's cost-centre report for ``Period: April 2026``."""
    return _month_report(
        folder,
        rng,
        name="uk_brewery_period_in_words",
        sheet="CC Report",
        top=[
            "Hopworks Brewing Ltd",
            "Cost Centre Report - Taproom Expansion",
            "Period: April 2026",
        ],
        head=["Account", "Actual", "Budget", "Variance"],
        accounts=BREWERY_ACCOUNTS,
        month=date(2026, 4, 1),
        period_end=date(2026, 4, 30),
    )


HOSTEL_ACCOUNTS = ["Joinery", "Mechanical services", "Fire alarm", "Furniture", "Architect"]
HOSTEL_ACCOUNTS += ["Quantity surveyor", "Skip hire"]


def za_hostel_month_ending_words(folder: Path, rng: random.Random) -> Built:
    """A South African student hostel's job report for the ``Month ending 31 May 2026``."""
    return _month_report(
        folder,
        rng,
        name="za_hostel_month_ending_words",
        sheet="Job Report",
        top=["Stellenbosch Residence Refurbishment", "Job cost report", "Month ending 31 May 2026"],
        head=["Cost item", "Actual", "Budget", "Difference"],
        accounts=HOSTEL_ACCOUNTS,
        month=date(2026, 5, 1),
        period_end=date(2026, 5, 31),
    )


# ---------------------------------------------------------------------------------------
# 4. A money header with its unit and currency run together
# ---------------------------------------------------------------------------------------


def _unit_headers(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    title: str,
    head: list[str],
    lines: list[str],
    first: date,
    currency: str | None,
) -> Built:
    """A long table ``Month | Cost line | Budget (XXX '000) | Actual (XXX '000)``: the
    headers hold the unit (thousands) and the currency."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = title
    _put(ws, 3, 1, [head])
    months = _months(first, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", currency)] if currency else []
    row = 4
    for m in months:
        for line in lines:
            budget = rng.randrange(20, 400) / 10
            actual = round(budget * rng.uniform(0.7, 1.2), 1)
            ws.cell(row, 1, f"{m:%b-%y}")
            _put(ws, row, 2, [[line, budget, actual]])
            values.append(ValueFact("finance", (m, line), "budget", round(budget * 1000, 2)))
            values.append(ValueFact("finance", (m, line), "actual", round(actual * 1000, 2)))
            row += 1
    path = _save(wb, folder, name)
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    table = TruthTable(sheet, 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


def us_water_plant_usd_thousands(folder: Path, rng: random.Random) -> Built:
    """A US water treatment plant's cost tracker with ``Budget (USD '000)`` headers."""
    return _unit_headers(
        folder,
        rng,
        name="us_water_plant_usd_thousands",
        sheet="Costs",
        title="Cedar Falls WTP Filter Upgrade - monthly costs",
        head=["Month", "Cost line", "Budget (USD '000)", "Actual (USD '000)"],
        lines=["Filter media", "Controls", "Civil works", "Engineering"],
        first=date(2026, 3, 1),
        currency="USD",
    )


def de_tram_depot_eur_thousands(folder: Path, rng: random.Random) -> Built:
    """A German tram depot's English tracker with ``Plan EUR'000`` / ``Actual EUR'000``."""
    return _unit_headers(
        folder,
        rng,
        name="de_tram_depot_eur_thousands",
        sheet="Budget",
        title="Tram depot Leipzig-West - budget vs actual",
        head=["Period", "Line item", "Plan EUR'000", "Actual EUR'000"],
        lines=["Track works", "Overhead line", "Workshop hall", "Signalling"],
        first=date(2026, 5, 1),
        currency="EUR",
    )


# ---------------------------------------------------------------------------------------
# 5. A register whose kind only its items' words tell
# ---------------------------------------------------------------------------------------

MARINA_RISKS = [
    "Risk that the dredging licence is delayed by the regulator",
    "There is a risk that piling hits rock above the design level",
    "If the pontoon supplier misses its slot, the season opening slips",
    "Risk of storm damage to the temporary breakwater",
    "Possible objection from the sailing club to the new berths",
    "Risk that fuel pontoon permits need a second consultation",
    "If diesel prices rise further, plant costs exceed the allowance",
]


def _words_only(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    register: str,
    key: str,
    head: list[str],
    texts: list[str],
    date_key: str,
    date_either: tuple[str, ...] = (),
) -> Built:
    """``# | Description | Who | Date | Status`` on an unnamed sheet, no title: only the
    items' words say their kind. ``date_either``: the date column's other readings (a bare
    ``Date`` beside risks is the raised date or the due date: no value fact then)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    _put(ws, 1, 1, [head])
    n = rng.randint(5, len(texts))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(texts, n)):
        d = date(2026, 2, 9) + timedelta(days=rng.randrange(100))
        who = rng.choice(PEOPLE)
        _put(ws, 2 + i, 1, [[i + 1, text, who]])
        _dated(ws, 2 + i, 4, d)
        ws.cell(2 + i, 5, "Open")
        values += [ValueFact(register, i, key, text), ValueFact(register, i, "owner", who)]
        if not date_either:
            values.append(ValueFact(register, i, date_key, d))
    path = _save(wb, folder, name)
    dated = (date_key, *date_either, None) if date_either else date_key
    targets: Targets = {"A": ("id", None), "B": key, "C": "owner", "D": dated, "E": "status"}
    return Built(path, [TruthTable(sheet, 1, register, targets, {register: n})], values)


def au_marina_risks_by_words(folder: Path, rng: random.Random) -> Built:
    """An Australian marina's list of risk statements (``Risk that``, ``If .. then``)."""
    return _words_only(
        folder,
        rng,
        name="au_marina_risks_by_words",
        sheet="Sheet1",
        register="risks",
        key="title",
        head=["#", "Description", "Who", "Date", "Status"],
        texts=MARINA_RISKS,
        date_key="raised_date",
        date_either=("due_date",),
    )


LIBRARY_ASSUMPTIONS = [
    "We assume the council keeps the opening hours unchanged",
    "Assumes the volunteers are trained before opening",
    "It is assumed that the existing shelving can be reused",
    "We assume the book stock arrives from the central store",
    "Assumed that the lift is repaired under warranty",
    "It is assumed the café tenant stays on",
]


def uk_library_assumptions_by_words(folder: Path, rng: random.Random) -> Built:
    """A UK library refit's list of assumptions said only by their words (``We assume``,
    ``It is assumed``)."""
    return _words_only(
        folder,
        rng,
        name="uk_library_assumptions_by_words",
        sheet="List",
        register="assumptions",
        key="assumption",
        head=["No", "Item", "Person", "Check by", "Status"],
        texts=LIBRARY_ASSUMPTIONS,
        date_key="validate_by",
    )


# ---------------------------------------------------------------------------------------
# 6. A numeric work-package tracker
# ---------------------------------------------------------------------------------------


def _package_tracker(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    title: str,
    head: list[str],
    packages: list[str],
    first: date,
    n_months: int,
    done: int,
) -> Built:
    """``Month | Package | Plan | Actual`` money by month, actuals for the months done."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = title
    _put(ws, 3, 1, [head])
    values: list[ValueFact] = []
    row = 4
    for k, m in enumerate(_months(first, n_months)):
        for p in packages:
            plan = rng.randrange(10, 200) * 500.0
            actual = round(plan * rng.uniform(0.7, 1.3), -1) if k < done else None
            _dated(ws, row, 1, m)
            ws.cell(row, 1).number_format = "mmm-yy"
            _put(ws, row, 2, [[p, plan, actual]])
            values.append(ValueFact("finance", (m, p), "budget", plan))
            if actual is not None:
                values.append(ValueFact("finance", (m, p), "actual", actual))
            row += 1
    path = _save(wb, folder, name)
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    count = n_months * len(packages)
    return Built(path, [TruthTable(sheet, 3, "finance", targets, {"finance": count})], values)


def no_fish_farm_package_tracker(folder: Path, rng: random.Random) -> Built:
    """A Norwegian fish farm's work-package tracker ``Month | Package | Plan | Actual``."""
    return _package_tracker(
        folder,
        rng,
        name="no_fish_farm_package_tracker",
        sheet="Packages",
        title="Hitra smolt facility - work package costs (NOK)",
        head=["Month", "Package", "Plan", "Actual"],
        packages=["WP1 Tanks", "WP2 Water treatment", "WP3 Feed system"],
        first=date(2026, 1, 1),
        n_months=4,
        done=2,
    )


def cl_copper_mine_package_tracker(folder: Path, rng: random.Random) -> Built:
    """A Chilean copper mine's work-package tracker ``Period | Work package | Planned |
    Actual``."""
    return _package_tracker(
        folder,
        rng,
        name="cl_copper_mine_package_tracker",
        sheet="WP tracker",
        title="Tailings thickener replacement - package spend (USD)",
        head=["Period", "Work package", "Planned", "Actual"],
        packages=["Thickener tank", "Pipework", "Instrumentation", "Commissioning"],
        first=date(2026, 4, 1),
        n_months=3,
        done=2,
    )


# ---------------------------------------------------------------------------------------
# 7. A settings sheet with a third column (notes)
# ---------------------------------------------------------------------------------------

WETLAND_RISKS = [
    "Bird nesting season stops the earthworks",
    "Flood event before the bund is complete",
    "Invasive species found in the imported soil",
    "Landowner withdraws access to the north field",
    "Contractor plant breaks down in the wet",
]


def _settings_and_register(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    head: list[str],
    pairs: list[tuple[str, object, str]],
    facts: list[tuple[str, object]],
    texts: list[str],
) -> Built:
    """A ``Settings`` sheet of three columns (label, value, note) and a risk register."""
    wb = openpyxl.Workbook()
    st = _sheet(wb, "Settings")
    _put(st, 1, 1, [head])
    for r, (label, value, note) in enumerate(pairs, start=2):
        st.cell(r, 1, label)
        st.cell(r, 2, value)
        if isinstance(value, datetime):
            st.cell(r, 2).number_format = "dd/mm/yyyy"
        st.cell(r, 3, note)
    ws = wb.create_sheet("Risks")
    _put(ws, 1, 1, [["Risk ID", "Risk", "Owner", "Raised", "Status"]])
    n = rng.randint(4, len(texts))
    values = [ValueFact("project", 0, k, v) for k, v in facts]
    for i, text in enumerate(rng.sample(texts, n)):
        d = date(2026, 1, 20) + timedelta(days=rng.randrange(60))
        who = rng.choice(PEOPLE)
        _put(ws, 2 + i, 1, [[f"R{i + 1:03d}", text, who]])
        _dated(ws, 2 + i, 4, d)
        ws.cell(2 + i, 5, "Open")
        values += [ValueFact("risks", i, "title", text), ValueFact("risks", i, "owner", who)]
    path = _save(wb, folder, name)
    targets: Targets = {"A": "id", "B": "title", "C": "owner", "D": "raised_date", "E": "status"}
    return Built(path, [TruthTable("Risks", 1, "risks", targets, {"risks": n})], values)


def uk_wetland_settings_notes(folder: Path, rng: random.Random) -> Built:
    """A UK wetland restoration's tool: ``Setting | Value | Notes`` and a risk sheet."""
    pairs: list[tuple[str, object, str]] = [
        ("Project name", "Somerset Levels Wetland Restoration", "As on the funding bid"),
        ("Project manager", "Ruth Pengelly", "Cover: D. Amos when on leave"),
        ("Sponsor", "Environment Agency", ""),
        ("Currency", "GBP", "All costs ex VAT"),
        ("Start date", datetime(2026, 2, 2), "Contract award"),
    ]
    facts: list[tuple[str, object]] = [
        ("project_name", "Somerset Levels Wetland Restoration"),
        ("project_manager", "Ruth Pengelly"),
        ("currency", "GBP"),
    ]
    return _settings_and_register(
        folder,
        rng,
        name="uk_wetland_settings_notes",
        head=["Setting", "Value", "Notes"],
        pairs=pairs,
        facts=facts,
        texts=WETLAND_RISKS,
    )


OBSERVATORY_RISKS = [
    "Mirror coating plant unavailable in winter",
    "Road to the summit closed by snow",
    "Dome drive motor obsolete",
    "Grant extension not approved",
    "Specialist optician retires mid-project",
]


def in_observatory_settings_comments(folder: Path, rng: random.Random) -> Built:
    """An Indian observatory's tool: ``Parameter | Value | Comment`` and a risk sheet."""
    pairs: list[tuple[str, object, str]] = [
        ("Project", "Hanle Telescope Dome Refit", "Phase 2 only"),
        ("Project Manager", "Anjali Menon", "From 1 March"),
        ("Currency", "INR", "Figures in rupees, not lakh"),
        ("Start", datetime(2026, 3, 2), ""),
    ]
    facts: list[tuple[str, object]] = [
        ("project_name", "Hanle Telescope Dome Refit"),
        ("project_manager", "Anjali Menon"),
        ("currency", "INR"),
    ]
    return _settings_and_register(
        folder,
        rng,
        name="in_observatory_settings_comments",
        head=["Parameter", "Value", "Comment"],
        pairs=pairs,
        facts=facts,
        texts=OBSERVATORY_RISKS,
    )


# ---------------------------------------------------------------------------------------
# 8. Amounts with their currency in the cells
# ---------------------------------------------------------------------------------------


def _cell_currency(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    title: str,
    lines: list[str],
    first: date,
    fmt: str,
) -> Built:
    """``Cost line | <month> ..`` with text amounts carrying their currency (``fmt``
    formats a whole number)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = title
    months = _months(first, 4)
    _put(ws, 3, 1, [["Cost line", *[f"{m:%b %Y}" for m in months]]])
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        row: list[object] = [line]
        for m in months:
            amount = rng.randrange(5, 400) * 100
            row.append(fmt.format(amount).replace(",", " ") if "R" in fmt else fmt.format(amount))
            values.append(ValueFact("finance", (m, line), "actual", float(amount)))
        _put(ws, 4 + r, 1, [row])
    path = _save(wb, folder, name)
    count = len(lines) * len(months)
    return Built(
        path, [TruthTable(sheet, 3, "finance", {"A": "cost_line"}, {"finance": count})], values
    )


def za_clinic_rand_in_cells(folder: Path, rng: random.Random) -> Built:
    """A South African clinic's actual spend with ``R 12 500`` amounts."""
    return _cell_currency(
        folder,
        rng,
        name="za_clinic_rand_in_cells",
        sheet="Spend",
        title="Khayelitsha Clinic Extension - actual spend",
        lines=["Builder", "Electrical", "Medical gas", "Furniture"],
        first=date(2026, 2, 1),
        fmt="R {:,}",
    )


def ke_school_ksh_in_cells(folder: Path, rng: random.Random) -> Built:
    """A Kenyan school's actual spend with ``KSh 40,000`` amounts."""
    return _cell_currency(
        folder,
        rng,
        name="ke_school_ksh_in_cells",
        sheet="Expenditure",
        title="Kisumu Girls School Dormitory - expenditure",
        lines=["Masonry", "Roofing", "Plumbing", "Beds and mattresses"],
        first=date(2026, 1, 1),
        fmt="KSh {:,}",
    )


TUNING_17_A: tuple[Layout, ...] = (
    Layout(
        "ke_minigrid_from_to_dependencies",
        "dependency log with From / To columns, the project named by the title",
        ke_minigrid_from_to_dependencies,
    ),
    Layout(
        "cz_axle_plant_asm_assemblies",
        "assumptions beside an assembly tracker numbered ASM-",
        cz_axle_plant_asm_assemblies,
    ),
    Layout(
        "nz_ferry_terminal_issue_codes",
        "issue log known by its I-01 codes under plain headers",
        nz_ferry_terminal_issue_codes,
    ),
    Layout(
        "uk_brewery_period_in_words",
        "cost-centre report, Period: April 2026",
        uk_brewery_period_in_words,
    ),
    Layout(
        "us_water_plant_usd_thousands",
        "Budget (USD '000) headers",
        us_water_plant_usd_thousands,
    ),
    Layout("au_marina_risks_by_words", "risks known only by their words", au_marina_risks_by_words),
    Layout(
        "no_fish_farm_package_tracker",
        "Month | Package | Plan | Actual",
        no_fish_farm_package_tracker,
    ),
    Layout("uk_wetland_settings_notes", "Setting | Value | Notes sheet", uk_wetland_settings_notes),
    Layout("za_clinic_rand_in_cells", "R 12 500 amounts in the cells", za_clinic_rand_in_cells),
)

TUNING_17_B: tuple[Layout, ...] = (
    Layout(
        "au_hospital_from_to_dependencies",
        "dependency log with From team / To team, the project on a Project: line",
        au_hospital_from_to_dependencies,
    ),
    Layout(
        "ca_radar_mil_standards",
        "milestones beside a compliance sheet of MIL-STD numbers",
        ca_radar_mil_standards,
    ),
    Layout(
        "ie_museum_dependency_codes",
        "dependency log known by its DP1 codes under plain headers",
        ie_museum_dependency_codes,
    ),
    Layout(
        "za_hostel_month_ending_words",
        "job report, Month ending 31 May 2026",
        za_hostel_month_ending_words,
    ),
    Layout("de_tram_depot_eur_thousands", "Plan EUR'000 headers", de_tram_depot_eur_thousands),
    Layout(
        "uk_library_assumptions_by_words",
        "assumptions known only by their words",
        uk_library_assumptions_by_words,
    ),
    Layout(
        "cl_copper_mine_package_tracker",
        "Period | Work package | Planned | Actual",
        cl_copper_mine_package_tracker,
    ),
    Layout(
        "in_observatory_settings_comments",
        "Parameter | Value | Comment sheet",
        in_observatory_settings_comments,
    ),
    Layout("ke_school_ksh_in_cells", "KSh 40,000 amounts in the cells", ke_school_ksh_in_cells),
)
