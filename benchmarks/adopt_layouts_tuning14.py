"""Round 29's structural and language leftovers (``TUNING_14_A`` tuned on, ``TUNING_14_B``
kept untouched while tuning): twelve seeded registers and trackers, written in round 29 by
the engineer who tunes on half of them (docs/adopt.md, "Round 29: ..."). Not a copy of any
batch: each layout is one of the shapes rounds 27-28 left (their "Left, and why"):

- a blank spacer column INSIDE a register's columns (between a title and its owner, not
  between two groups of fields);
- a notes / comments column at the right of a register banded by section rows, a remark
  written on a band row too (``agreed with sponsor`` beside ``COMMERCIAL``);
- a header over two rows whose upper row labels a group over PART of the columns only
  (``Dates`` over ``Raised | Due``; the other labels stand in the upper row, merged down);
- a finance tracker whose units row under the month headers says a multiple (``£000``,
  ``$k``): its amounts are thousands;
- page lines in word orders other than English between the rows of a register printed
  from Korean, Finnish, Turkish and Hungarian offices (``2 페이지``, ``Sivu 2 / 3``,
  ``Sayfa 2/3``, ``2. oldal``), the header repeated under them.

Sectors and places: a Kenyan water utility, a Scottish ferry operator, a Chilean copper
mine's contractor, an English housing association, a Korean shipyard, a Finnish hospital
district (tuned); a Ghanaian cocoa board's IT office, an Australian rail depot, a Peruvian
port, a Canadian university's capital plan, a Turkish metro contractor, a Hungarian
district heating company (kept).

Truth (each as a PMO analyst states it):

- an empty column inside a register is no field and splits nothing: one table, every
  column either side mapped;
- a section band is no item, whatever the remarks column beside it says, and it names
  the category of the items under it (``COMMERCIAL``: ``Commercial``); a risk's remarks
  column feeds no field of the risk model (left out);
- a group label over part of a two-row header joins the columns under it; the labels
  merged down the two rows are the columns' names;
- ``£000`` / ``$k`` under the months: ``12.5`` is 12,500;
- an id not in the standard's form is renumbered by adoption (no id fact is asked); an
  issue ``Complete`` is ``Closed`` (the standard's issue statuses), a risk ``진행 중`` (in
  progress) is an ``Open`` risk (a risk has no in-progress status);
- a page line in any language's word order is no item, nor is the header written again.
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

PEOPLE_KE = [
    "Wanjiru Kamau",
    "Otieno Ochieng",
    "Achieng Atieno",
    "Kiprono Rotich",
    "Mwangi Njoroge",
]
PEOPLE_SC = ["Fiona MacLeod", "Callum Stewart", "Morag Campbell", "Ewan Fraser", "Isla Murray"]
PEOPLE_CL = ["Camila Rojas", "Matías Fuentes", "Valentina Soto", "Benjamín Muñoz", "Javiera Díaz"]
PEOPLE_KR = ["김민준", "이서연", "박지호", "최수아", "정우진"]
PEOPLE_FI = ["Aino Virtanen", "Mikko Korhonen", "Laura Mäkinen", "Juha Nieminen", "Sanna Heikkinen"]
PEOPLE_GH = ["Kwame Mensah", "Ama Owusu", "Kofi Asante", "Abena Boateng", "Yaw Darko"]
PEOPLE_AU = ["Jack Thompson", "Olivia Nguyen", "Liam O'Brien", "Chloe Patel", "Noah Williams"]
PEOPLE_PE = ["Lucía Quispe", "Diego Huamán", "Rosa Mamani", "Jorge Paredes", "Carmen Flores"]
PEOPLE_TR = ["Ayşe Yılmaz", "Mehmet Kaya", "Zeynep Demir", "Emre Şahin", "Elif Çelik"]
PEOPLE_HU = ["Nagy Anna", "Kovács Péter", "Tóth Eszter", "Szabó Gábor", "Horváth Réka"]


def _pick(rng: random.Random, pool: list[str], n: int) -> list[str]:
    return rng.sample(pool, n) if n <= len(pool) else [pool[i % len(pool)] for i in range(n)]


# ---------------------------------------------------------------------------- tuned


WATER_ISSUES = [
    "Bulk meter at Gigiri reading zero", "Pipe burst on Ngong Road main",
    "Chlorine dosing pump failed", "Billing system double-charged 300 accounts",
    "Illegal connections in Kibera zone 4", "Reservoir level sensor offline",
    "Contractor left trench unfenced", "Mobile money reconciliation gap",
    "Borehole pump tripping at night", "Customer hotline queue over 20 minutes",
    "Valve chamber flooded", "Tanker dispatch app not syncing",
]  # fmt: skip


def spacer_inside_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Kenyan water utility's issue log with a narrow blank column between the issue's
    title and its owner (left when a column was cut out), inside the register."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Nairobi Non-Revenue Water Programme - Issue Log"
    ws["A2"] = "Updated weekly by the PMO"
    header = ["Issue ID", "Issue", None, "Owner", "Date Raised", "Priority", "Status"]
    _put(ws, 4, 1, [header])
    ws.column_dimensions["C"].width = 2
    n = rng.randint(9, 12)
    titles = rng.sample(WATER_ISSUES, n)
    raised = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_KE)
        status = rng.choice(["Open", "In Progress", "Closed"])
        prio = rng.choice(["High", "Medium", "Low"])
        _put(ws, 5 + i, 1, [[f"NRW-{i + 1:02d}", titles[i], None, owner, raised[i], prio, status]])
        ws.cell(5 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "status", status),
        ]
    path = _save(wb, folder, "leftover_spacer_inside_issue_log")
    targets: Targets = _cols("A", ["id", "title"])
    targets |= _cols("D", ["owner", "raised_date", "priority", "status"])
    return Built(path, [_one("issues", "Issue Log", 4, targets, n)], values)


FERRY_RISKS = {
    "TECHNICAL": [
        "Bow thruster failure on the Ullapool crossing",
        "Linkspan hydraulics beyond design life",
        "Dry-dock slot slips into the summer timetable",
    ],
    "COMMERCIAL": [
        "Fuel price rise above the contract index",
        "Charter vessel unavailable for relief",
        "Island haulier volumes fall",
    ],
    "PEOPLE": [
        "Shortage of certificated engineers",
        "Crew accommodation ashore not secured",
        "Union ballot on rostering",
    ],
}


def bands_notes_right_risks(folder: Path, rng: random.Random) -> Built:
    """A Scottish ferry operator's risk register banded by section rows (``TECHNICAL``,
    ``COMMERCIAL``, ``PEOPLE``) with a ``Notes`` column at the right; the PMO wrote a remark
    on two band rows as well (``agreed with sponsor``, ``review at board``)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Clyde and Hebrides Fleet Renewal - Risk Register"
    header = ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Status", "Notes"]
    _put(ws, 3, 1, [header])
    row = 4
    values: list[ValueFact] = []
    k = 0
    remarks = ["agreed with sponsor", "review at board", None]
    rng.shuffle(remarks)
    for s, (band, risks) in enumerate(FERRY_RISKS.items()):
        ws.cell(row, 1, band)
        if remarks[s]:
            ws.cell(row, 7, remarks[s])
        row += 1
        for title in risks:
            owner = rng.choice(PEOPLE_SC)
            p, imp = rng.randint(1, 5), rng.randint(1, 5)
            status = rng.choice(["Open", "Closed", "Monitoring"])
            note = rng.choice(["Escalated to ops board", "Watch list", "Costed in plan"])
            _put(ws, row, 1, [[f"CH-{k + 1:02d}", title, owner, p, imp, status, note]])
            values += [
                ValueFact("risks", k, "title", title),
                ValueFact("risks", k, "owner", owner),
                ValueFact("risks", k, "probability", float(p)),
                ValueFact("risks", k, "impact", float(imp)),
                ValueFact("risks", k, "status", status),
                ValueFact("risks", k, "category", band.title()),
            ]
            row += 1
            k += 1
    path = _save(wb, folder, "leftover_bands_notes_right_risks")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "status"])
    targets |= {"G": None}  # remarks: no field of the risk model
    return Built(path, [_one("risks", "Risks", 3, targets, k)], values)


MINE_ACTIONS = [
    "Blasting permit for pit 3 lapsed", "Conveyor idlers failing on line B",
    "Contractor fatigue records incomplete", "Dust levels high at the crusher",
    "Tailings dam piezometers offline", "Haul truck operators not yet certified",
    "Water licence conditions open", "Camp sewage plant overflowing",
    "Community agreement addendum unsigned", "Weighbridge out of calibration",
]  # fmt: skip


def partial_group_header_issues(folder: Path, rng: random.Random) -> Built:
    """A Chilean copper mine contractor's issue log (in English for the owner's head
    office) under a header over two rows: ``Dates`` labels ``Raised | Due`` only; the other
    labels stand in the upper row, each merged down over the lower."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Escondida Contractor Interface - Issue Log"
    _put(ws, 3, 1, [["Issue ID", "Issue", "Owner", "Dates", None, "Status"]])
    _put(ws, 4, 1, [[None, None, None, "Raised", "Due", None]])
    for col in "ABCF":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    n = rng.randint(8, 10)
    titles = rng.sample(MINE_ACTIONS, n)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_CL)
        due = raised[i].replace(day=min(raised[i].day, 28))
        due = date(due.year + (due.month == 12), due.month % 12 + 1, due.day)
        status = rng.choice(["Open", "In Progress", "Complete"])
        _put(ws, 5 + i, 1, [[f"A{i + 1:03d}", titles[i], owner, raised[i], due, status]])
        for c in (4, 5):
            ws.cell(5 + i, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", "Closed" if status == "Complete" else status),
        ]
    path = _save(wb, folder, "leftover_partial_group_header_issues")
    targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "due_date", "status"])
    return Built(path, [_one("issues", "Issues", 4, targets, n)], values)


HOUSING_LINES = ["Decent Homes works", "Cladding remediation", "Damp and mould", "Voids"]
HOUSING_LINES += ["Fire door replacement", "Retrofit insulation"]


def finance_units_row_thousands(folder: Path, rng: random.Random) -> Built:
    """An English housing association's capital programme: Budget and Actual rows per
    line under month headers, a units row ``£000`` under each month, amounts to one
    decimal (thousands of pounds)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital Programme")
    ws["A1"] = "Northfield Homes - Capital Programme 2026/27"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 3, 1, [["Programme line", "Measure", *[f"{m:%b-%y}" for m in months]]])
    _put(ws, 4, 1, [[None, None, *["£000"] * len(months)]])
    lines = rng.sample(HOUSING_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 5
    for line in lines:
        budget = [rng.randrange(40, 900) / 10 for _ in months]
        actual = [round(b * rng.uniform(0.8, 1.2), 1) for b in budget]
        _put(ws, row, 1, [[line, "Budget", *budget], [line, "Actual", *actual]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", round(budget[m] * 1000, 2)))
            values.append(ValueFact("finance", (month, line), "actual", round(actual[m] * 1000, 2)))
    path = _save(wb, folder, "leftover_finance_units_row_thousands")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable(
        "Capital Programme", 3, "finance", targets, {"finance": len(months) * len(lines)}
    )
    return Built(path, [table], values)


SHIP_RISKS = [
    "블록 탑재 일정 지연", "용접 인력 부족", "강재 가격 상승", "도장 공정 품질 불량",
    "엔진 납기 지연", "선주 설계 변경 요청", "태풍으로 인한 작업 중단", "크레인 고장",
    "협력사 부도 위험", "시운전 일정 충돌", "환율 변동", "안전 사고 발생 가능성",
    "전기 케이블 공급 지연", "검사 기관 승인 지연",
]  # fmt: skip


def _paged_register(
    ws: object,
    rng: random.Random,
    header: list[str],
    rows: list[list[object]],
    page_line: str,
    per_page: int,
    top: int,
) -> int:
    """Rows under ``header`` from row ``top``, a page line (``{page}`` / ``{pages}``
    filled) and the header again every ``per_page`` rows; returns the row after."""
    pages = (len(rows) + per_page - 1) // per_page
    _put(ws, top, 1, [header])  # type: ignore[arg-type]
    row = top + 1
    for i, cells in enumerate(rows):
        if i and i % per_page == 0:
            ws.cell(row, 1, page_line.format(page=i // per_page, pages=pages))  # type: ignore[attr-defined]
            _put(ws, row + 1, 1, [header])  # type: ignore[arg-type]
            row += 2
        _put(ws, row, 1, [cells])  # type: ignore[arg-type]
        row += 1
    ws.cell(row, 1, page_line.format(page=pages, pages=pages))  # type: ignore[attr-defined]
    return row + 1


def korean_page_lines_risks(folder: Path, rng: random.Random) -> Built:
    """A Korean shipyard's risk register printed with its page line written the Korean
    way (``2 페이지``: the number first) and the header written again under it."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "위험 관리")
    ws["A1"] = "LNG 운반선 건조 프로젝트 위험 관리대장"
    header = ["번호", "위험", "담당자", "발생 가능성", "영향도", "상태"]
    n = rng.randint(12, 14)
    titles = rng.sample(SHIP_RISKS, n)
    rows: list[list[object]] = []
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_KR)
        status = rng.choice(["열림", "진행 중", "종료"])
        level = rng.choice(["높음", "보통", "낮음"])
        imp = rng.choice(["높음", "보통", "낮음"])
        rows.append([f"R-{i + 1:02d}", titles[i], owner, level, imp, status])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact(
                "risks",
                i,
                "status",
                {"열림": "Open", "진행 중": "Open", "종료": "Closed"}[status],
            ),
        ]
    _paged_register(ws, rng, header, rows, "{page} 페이지", 5, 3)
    path = _save(wb, folder, "leftover_korean_page_lines_risks")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "status"])
    return Built(path, [_one("risks", "위험 관리", 3, targets, n)], values)


HOSPITAL_ISSUES = [
    "Potilastietojärjestelmän katkos", "Leikkaussalin ilmanvaihto vikaantui",
    "Hoitajavaje päivystyksessä", "Lääkeautomaatin päivitys viivästyi",
    "Laboratorion näytteiden kuljetus myöhässä", "Tilojen muutostyöt viivästyvät",
    "Laitetoimittajan huolto ei vastaa", "Ajanvarausjärjestelmän virheet",
    "Sairaalan pysäköintialue suljettu", "Tietosuojaloukkaus selvityksessä",
    "Röntgenlaitteen kalibrointi myöhässä", "Potilaskuljetusten aikataulut",
]  # fmt: skip


def finnish_page_lines_issues(folder: Path, rng: random.Random) -> Built:
    """A Finnish hospital district's issue log printed with ``Sivu 2 / 3`` lines between
    the pages and the header written again under each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ongelmat")
    ws["A1"] = "Uuden sairaalan käyttöönotto - ongelmaloki"
    header = ["ID", "Kuvaus", "Vastuuhenkilö", "Prioriteetti", "Tila"]
    n = rng.randint(10, 12)
    titles = rng.sample(HOSPITAL_ISSUES, n)
    rows: list[list[object]] = []
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_FI)
        status = rng.choice(["avoin", "käynnissä", "suljettu"])
        rows.append([f"O-{i + 1:02d}", titles[i], owner, rng.choice(["korkea", "matala"]), status])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact(
                "issues",
                i,
                "status",
                {"avoin": "Open", "käynnissä": "In Progress", "suljettu": "Closed"}[status],
            ),
        ]
    _paged_register(ws, rng, header, rows, "Sivu {page} / {pages}", 4, 3)
    path = _save(wb, folder, "leftover_finnish_page_lines_issues")
    targets: Targets = _cols("A", ["id", "title", "owner", "priority", "status"])
    return Built(path, [_one("issues", "Ongelmat", 3, targets, n)], values)


# ---------------------------------------------------------------------------- kept


COCOA_DECISIONS = [
    "Adopt cloud hosting for the farmer registry", "Extend the mobile payments pilot",
    "Defer the warehouse scanner rollout", "Use district officers for data capture",
    "Buy satellite imagery for yield estimates", "Move helpdesk to Kumasi",
    "Approve the revised data protection notice", "Retire the legacy licence database",
    "Pay field agents through mobile money", "Hire a second test analyst",
]  # fmt: skip


def spacer_inside_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Ghanaian cocoa board IT office's decision log with two blank columns inside it:
    one between the decision and who made it, one between the date and the status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Farmer Registry Modernisation - Decision Log"
    header = ["Decision No.", "Decision", None, "Decided By", "Date", None, "Status"]
    _put(ws, 3, 1, [header])
    for col in "CF":
        ws.column_dimensions[col].width = 2
    n = rng.randint(8, 10)
    titles = rng.sample(COCOA_DECISIONS, n)
    days = _days(rng, n, date(2026, 1, 6))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(PEOPLE_GH)
        status = rng.choice(["Approved", "Pending", "Rejected"])
        _put(ws, 4 + i, 1, [[f"D{i + 1:02d}", titles[i], None, who, days[i], None, status]])
        ws.cell(4 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "decision", titles[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", days[i]),
        ]
    path = _save(wb, folder, "leftover_spacer_inside_decision_log")
    targets: Targets = _cols("A", ["id", "decision"])
    targets |= _cols("D", ["made_by", "date"])
    targets |= {"G": None}  # a decision's status: no field of the model
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


DEPOT_ISSUES = {
    "SIGNALLING": ["Interlocking data late", "Axle counter faults in yard"],
    "CIVILS": ["Drainage collapse at road 4", "Retaining wall cracking", "Spoil contaminated"],
    "SYSTEMS": ["CCTV network not commissioned", "Train wash controls fault"],
}


def bands_comments_right_issues(folder: Path, rng: random.Random) -> Built:
    """An Australian rail depot upgrade's issue log banded by discipline rows, a
    ``Comments`` column at the right, a remark written on one band row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Depot Upgrade - Issues Register"
    header = ["Issue #", "Issue", "Owner", "Raised", "Status", "Comments"]
    _put(ws, 3, 1, [header])
    row = 4
    values: list[ValueFact] = []
    k = 0
    noted = rng.randrange(3)
    for s, (band, issues) in enumerate(DEPOT_ISSUES.items()):
        ws.cell(row, 1, band)
        if s == noted:
            ws.cell(row, 6, "discussed at weekly meeting")
        row += 1
        raised = _days(rng, len(issues), date(2026, 3, 2))
        for j, title in enumerate(issues):
            owner = rng.choice(PEOPLE_AU)
            status = rng.choice(["Open", "Closed"])
            _put(ws, row, 1, [[k + 1, title, owner, raised[j], status, "See RFI log"]])
            ws.cell(row, 4).number_format = "d/mm/yyyy"
            values += [
                ValueFact("issues", k, "title", title),
                ValueFact("issues", k, "owner", owner),
                ValueFact("issues", k, "raised_date", raised[j]),
                ValueFact("issues", k, "status", status),
            ]
            row += 1
            k += 1
    path = _save(wb, folder, "leftover_bands_comments_right_issues")
    targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "status", None])
    return Built(path, [_one("issues", "Issues", 3, targets, k)], values)


PORT_RISKS = [
    "Dredging permit delayed", "Swell closes the port for a week", "Crane delivery late",
    "Community protest at the access road", "Customs system integration fails",
    "Pilotage contract dispute", "Fuel spill during bunkering", "Berth piles corroded",
    "Tug availability in peak season",
]  # fmt: skip


def partial_group_header_risks(folder: Path, rng: random.Random) -> Built:
    """A Peruvian port concession's risk register (English for the lenders) under a
    two-row header: ``Rating`` labels ``Probability | Impact`` only."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Callao Terminal Expansion - Risk Register"
    _put(ws, 3, 1, [["Risk ID", "Risk", "Owner", "Rating", None, "Status", "Mitigation"]])
    _put(ws, 4, 1, [[None, None, None, "Probability", "Impact", None, None]])
    for col in "ABCFG":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    n = rng.randint(7, 9)
    titles = rng.sample(PORT_RISKS, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_PE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        status = rng.choice(["Open", "Closed"])
        _put(ws, 5 + i, 1, [[f"CT-{i + 1:02d}", titles[i], owner, p, imp, status, "Monitor"]])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", status),
        ]
    path = _save(wb, folder, "leftover_partial_group_header_risks")
    targets: Targets = _cols(
        "A", ["id", "title", "owner", "probability", "impact", "status", "response"]
    )
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


CAMPUS_LINES = ["Science building", "Residence renewal", "Library roof", "Steam plant"]
CAMPUS_LINES += ["Accessibility upgrades"]


def finance_units_row_k(folder: Path, rng: random.Random) -> Built:
    """A Canadian university's capital plan: one row per line and measure, month headers
    with a ``$k`` units row under them."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital Plan")
    ws["A1"] = "Campus Renewal - Capital Plan FY2026"
    ws["A2"] = "Currency: CAD"
    months = _months(date(2026, 5, 1), 6)
    _put(ws, 4, 1, [["Project", "Type", *[f"{m:%b %Y}" for m in months]]])
    _put(ws, 5, 1, [[None, None, *["$k"] * len(months)]])
    lines = rng.sample(CAMPUS_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    row = 6
    for line in lines:
        budget = [float(rng.randrange(20, 400)) for _ in months]
        actual = [float(round(b * rng.uniform(0.85, 1.1))) for b in budget]
        _put(ws, row, 1, [[line, "Budget", *budget], [line, "Actual", *actual]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m] * 1000))
            values.append(ValueFact("finance", (month, line), "actual", actual[m] * 1000))
    path = _save(wb, folder, "leftover_finance_units_row_k")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Capital Plan", 4, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


METRO_RISKS = [
    "TBM arıza riski", "Zemin oturması", "Kamulaştırma gecikmesi", "Döviz kuru artışı",
    "Sinyalizasyon tedarik gecikmesi", "İş güvenliği kazası", "Yeraltı suyu girişi",
    "Tarihi eser bulunması", "Elektrik hattı deplasesi gecikmesi", "Taşeron iflası",
    "Tasarım onayı gecikmesi", "Beton tedarik sorunu",
]  # fmt: skip


def turkish_page_lines_risks(folder: Path, rng: random.Random) -> Built:
    """A Turkish metro contractor's risk register printed with ``Sayfa 2/3`` lines and the
    header written again under each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Kaydı")
    ws["A1"] = "Metro Hattı İnşaatı - Risk Kaydı"
    header = ["No", "Risk", "Sorumlu", "Olasılık", "Etki", "Durum"]
    n = rng.randint(10, 12)
    titles = rng.sample(METRO_RISKS, n)
    rows: list[list[object]] = []
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_TR)
        status = rng.choice(["açık", "kapalı"])
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        rows.append([f"R{i + 1:02d}", titles[i], owner, p, imp, status])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "status", {"açık": "Open", "kapalı": "Closed"}[status]),
        ]
    _paged_register(ws, rng, header, rows, "Sayfa {page}/{pages}", 4, 3)
    path = _save(wb, folder, "leftover_turkish_page_lines_risks")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "status"])
    return Built(path, [_one("risks", "Risk Kaydı", 3, targets, n)], values)


HEATING_ISSUES = [
    "Hőcserélő szivárgás a II. kerületben", "Távleolvasó rendszer kiesése",
    "Csőtörés a fővezetéken", "Számlázási hiba", "Szivattyú meghibásodás",
    "Alvállalkozó késése", "Engedélyezési eljárás elhúzódik", "Kazán karbantartás csúszik",
    "Ügyfélszolgálati panaszok növekedése", "Hőmennyiségmérő hibás adatai",
]  # fmt: skip


def hungarian_page_lines_issues(folder: Path, rng: random.Random) -> Built:
    """A Hungarian district heating company's issue log printed with ``2. oldal`` lines
    (the ordinal first) and the header written again under each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Problémák")
    ws["A1"] = "Távhőhálózat korszerűsítés - problémanapló"
    header = ["Azonosító", "Leírás", "Felelős", "Határidő", "Állapot"]
    n = rng.randint(9, 10)
    titles = rng.sample(HEATING_ISSUES, n)
    due = _days(rng, n, date(2026, 4, 6))
    rows: list[list[object]] = []
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_HU)
        status = rng.choice(["nyitott", "folyamatban", "lezárt"])
        rows.append([f"P-{i + 1:02d}", titles[i], owner, due[i], status])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact(
                "issues",
                i,
                "status",
                {"nyitott": "Open", "folyamatban": "In Progress", "lezárt": "Closed"}[status],
            ),
        ]
    _paged_register(ws, rng, header, rows, "{page}. oldal", 4, 3)
    for r in range(4, ws.max_row + 1):
        if isinstance(ws.cell(r, 4).value, date):
            ws.cell(r, 4).number_format = "yyyy.mm.dd."
    path = _save(wb, folder, "leftover_hungarian_page_lines_issues")
    targets: Targets = _cols("A", ["id", "title", "owner", "due_date", "status"])
    return Built(path, [_one("issues", "Problémák", 3, targets, n)], values)


TUNING_14_A = [
    Layout("leftover_spacer_inside_issue_log", "issue log, blank column inside the register", spacer_inside_issue_log),
    Layout("leftover_bands_notes_right_risks", "banded risk register, notes right, remark on a band", bands_notes_right_risks),
    Layout("leftover_partial_group_header_issues", "issue log, group label over part of a two-row header", partial_group_header_issues),
    Layout("leftover_finance_units_row_thousands", "finance tracker, GBP000 units row", finance_units_row_thousands),
    Layout("leftover_korean_page_lines_risks", "Korean risk register, page lines number first", korean_page_lines_risks),
    Layout("leftover_finnish_page_lines_issues", "Finnish issue log, Sivu n / m lines", finnish_page_lines_issues),
]  # fmt: skip

TUNING_14_B = [
    Layout("leftover_spacer_inside_decision_log", "decision log, two blank columns inside", spacer_inside_decision_log),
    Layout("leftover_bands_comments_right_issues", "banded issue log, comments right, remark on a band", bands_comments_right_issues),
    Layout("leftover_partial_group_header_risks", "risk register, group label over part of a two-row header", partial_group_header_risks),
    Layout("leftover_finance_units_row_k", "capital plan, $k units row", finance_units_row_k),
    Layout("leftover_turkish_page_lines_risks", "Turkish risk register, Sayfa n/m lines", turkish_page_lines_risks),
    Layout("leftover_hungarian_page_lines_issues", "Hungarian issue log, n. oldal lines", hungarian_page_lines_issues),
]  # fmt: skip
