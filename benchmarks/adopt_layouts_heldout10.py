"""The tenth held-out batch (``HELD_OUT_10``, issue 15 round 11): sixteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses.

Each layout imitates what a real tool, sector or country hands a PMO in a large
organisation, in shapes and from tools no earlier batch has:

- ``trello_board_csv``: a Trello board exported with the "Export for Trello" power-up and
  kept as the issue log: `Card ID` (24 hex digits), `Card Name`, `Card URL`, `Labels`,
  `Members` (one or two names), `Due Date` as `2026-03-14T12:00:00.000Z`, `List Name`
  To Do / Doing / Done as the status, `Last Activity Date`, `Archived`.
- ``archer_risk_export``: a bank's RSA Archer risk report exported to Excel: report title
  and export line above, `Tracking ID` numbers, owners as `Byrne, Aoife` (last, first),
  inherent and residual likelihood / impact as Low / Medium / High / Very High,
  `Overall Status` with `Risk Accepted`, `Date Identified` as US `3/14/2026` text.
- ``powerbi_export_finance``: a Power BI visual's "Export data" (summarized): `Year` and
  `Month` (`April`) in two columns, `Cost Element`, `Sum of Budget (EUR)` / `Sum of Actual
  (EUR)` / `Sum of Forecast (EUR)`, the `Applied filters:` note under the table.
- ``us_federal_spend_plan``: a US federal agency's spend plan by object class: the title
  says fiscal year 2026 runs 1 October 2025 - 30 September 2026, months across as bare
  `Oct` .. `Mar` (October to December are 2025), a `FY26 Total` column, dollars.
- ``indian_telecom_capex``: an Indian telecom operator's circle capex tracker: `S.No.`,
  `Cost Head`, months across as `Apr'26` .. `Sep'26` text, amounts as text in Indian
  grouping (`12,50,000`, `₹ 3,75,500`), a `Total` column, rupees in the title.
- ``finnish_risk_register``: a Finnish risk register (`Nro` R1.., `Riski`, `Kuvaus`,
  `Omistaja`, `Todennäköisyys (1-5)`, `Vaikutus (1-5)`, `Toimenpiteet`, `Tila` Avoin /
  Seurannassa / Suljettu, `Kirjattu` as `4.3.2026` text).
- ``hungarian_issue_log``: a Hungarian issue log under a `Projekt:` line (`Azonosító` P-01,
  `Megnevezés`, `Felelős` family name first, `Bejelentve` / `Határidő` as `2026. 03. 14.`
  text, `Prioritás` Magas / Közepes / Alacsony, `Állapot` Nyitott / Folyamatban / Lezárva).
- ``indonesian_risk_register``: an Indonesian state enterprise's risk register (`No`,
  `Kode Risiko` RSK-01, `Nama Risiko`, `Penyebab`, `Pemilik Risiko`, `Kemungkinan` and
  `Dampak` 1-5, `Tingkat Risiko` Rendah .. Sangat Tinggi, `Rencana Mitigasi`, `Status`
  Terbuka / Ditutup, `Tanggal Identifikasi` as `14 Maret 2026` text).
- ``gulf_bilingual_risk_register``: a Gulf government programme's risk register on a
  right-to-left sheet, every header in Arabic and English in one cell (`المالك` newline
  `Owner`), the programme in a bilingual title line, `dd/mm/yyyy` text dates.
- ``greek_decision_log``: a Greek decision log (`Α/Α` row numbers, `Ημερομηνία` as
  `14/3/2026` text, `Απόφαση`, `Αποφασίστηκε από`, `Αιτιολόγηση`, `Σχετικά`).
- ``ngo_logframe_assumptions``: an NGO grant's logframe assumptions: `Logframe level`
  (Outcome / Output 1 / Output 2) merged down its rows, `Assumption`, `If it does not hold`,
  `Likelihood of holding (H/M/L)`, `Responsible`, `Last reviewed`, `Status` Holding / At
  risk / No longer holds.
- ``horizon_eu_milestones``: an EU Horizon Europe grant's milestone list as in the grant
  agreement (`Milestone number` MS1, `Work package number`, `Lead beneficiary` a partner
  organisation, `Due date (in months)` M6, `Means of verification`) with the coordinator's
  `Status` and `Achieved on` columns added.
- ``veeva_ctms_study_milestones``: a pharma study's milestones from Veeva Vault CTMS:
  `Study Number`, `Milestone`, `Baseline Finish Date` / `Planned Finish Date` / `Actual
  Finish Date` as `14-MAR-2026` (upper-case month) text, `Milestone Status` Completed /
  In Progress / Not Started, `Responsible Person`.
- ``rail_interface_register``: a rail construction programme's interface register (the
  dependency log): `Interface ID` IF-001, `Lead Contract`, `Interfacing Party`, `Interface
  Type`, `Information Required`, `Date Required` / `Forecast Delivery` date cells,
  `Interface Manager`, `Status` Open / Agreed / Closed.
- ``teams_approvals_decisions``: Microsoft Teams Approvals exported and kept as the
  decision log: `Approval ID` (a GUID), `Title`, `Details`, `Status` Approved / Rejected,
  `Requester`, `Approver`, `Created` / `Completed` as `3/14/2026 10:41:22 AM`,
  `Response comments`.
- ``council_risk_log_summary_panel``: a UK council capital project's risk log with a RAG
  count panel above the table on the same sheet, a 4 x 4 matrix (`Likelihood (1-4)`,
  `Impact (1-4)`), a typed `Rating`, a `RAG` word, date cells.

The ground truth says what a person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: Trello's `Card ID` (a database key, not a
reference), a card with two members, `Done` (Resolved or Closed), the board's labels;
Archer's `Tracking ID` numbers, `High` and `Low` on a four-word scale (High 4 or 5, Low 1
or 2: only `Medium` 3 and `Very High` 5 are facts), `Risk Accepted`, the `Technology`
category (no documented reading; round 11's audit gives owners written `Byrne, Aoife` as
`Aoife Byrne`, the documented `comma_names` reading, and `Compliance` as Legal); the
Indonesian `Tingkat Risiko` (a typed rating), `Penyebab` (a cause: left out or the
description) and `No` (a row number beside the code); the Greek `Α/Α` numbers; the
logframe's `Holding` and `At risk` (open, or validated so far), its mitigation; Horizon's
`M6` due months, partner organisations as owners and `Pending` (its `MS1` numbers are
`M-001` .., round 11's audit); the interface
`Interfacing Party` (an organisation where a counterparty project ID goes) and `Agreed`;
a rejected approval's title as the decision text, the approval's `Details`; the council's
1-4 likelihood and impact (a 4 x 4 matrix read on the 1-5 scale two ways), its typed
`Rating` and `RAG`. IDs are in the standard form (`R1`, `P-01`, `RSK-01`, `IF-001`, `A1`
read as `R-001`, `I-001`, `D-001`, `A-001`; `MS1` as `M-001`). The Indian capex
tracker's lines are CapEx (its title). It was checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    ASSUMPTION_TITLES,
    DEP_TITLES,
    ISSUE_TITLES,
    MONTH_NAMES,
    MONTHS,
    PEOPLE,
    RISK_TITLES,
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _after,
    _cols,
    _drawn_days,
    _months,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Alignment

LMH = {"Low": 1.0, "Medium": 3.0, "High": 5.0}  # the documented three-level reading
WORD_LEVEL = {"High": "High", "Medium": "Medium", "Low": "Low"}


def _us(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


# ---------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------


def trello_board_csv(folder: Path, rng: random.Random) -> Built:
    """A Trello board exported with the "Export for Trello" power-up: the list a card sits
    in is its status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Billing Migration - Issues")
    header = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members"]
    header += ["Due Date", "Due Complete", "List Name", "Board Name", "Last Activity Date"]
    header += ["Archived"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    due = _drawn_days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        card = "".join(rng.choice("0123456789abcdef") for _ in range(24))
        members = rng.sample(PEOPLE, rng.choice([1, 1, 1, 2]))
        listed = rng.choice(["To Do", "Doing", "Done"])
        row = [
            card,
            titles[i],
            f"https://trello.com/c/{card[:8]}",
            "Raised at the migration stand-up",
            rng.choice(["Blocker", "Finance, Blocker", "Data", ""]) or None,
            ", ".join(members),
            f"{due[i]:%Y-%m-%d}T12:00:00.000Z",
            "TRUE" if listed == "Done" else "FALSE",
            listed,
            "Billing Migration - Issues",
            f"{due[i] - timedelta(days=3):%Y-%m-%d}T15:2{i}:11.000Z",
            "FALSE",
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if len(members) == 1:
            values.append(ValueFact("issues", i, "owner", members[0]))
        if listed != "Done":
            status = {"To Do": "Open", "Doing": "In Progress"}[listed]
            values.append(ValueFact("issues", i, "status", status))
    path = _save(wb, folder, "trello_board_csv")
    targets: Targets = _cols("A", [("id", None), "title", None, "description", None, "owner"])
    targets |= _cols("G", ["due_date", None, "status", None, ("last_updated", None), None])
    table = TruthTable("Billing Migration - Issues", 1, "issues", targets, {"issues": n})
    return Built(path, [table], values)


def archer_risk_export(folder: Path, rng: random.Random) -> Built:
    """An RSA Archer risk report exported to Excel by a bank's change portfolio."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Project Risk Register - Payments Modernisation"
    ws["A2"] = "Exported 3/20/2026 8:14 AM by Murphy, J."
    header = ["Tracking ID", "Risk Name", "Risk Description", "Risk Owner", "Risk Category"]
    header += ["Inherent Likelihood", "Inherent Impact", "Residual Likelihood"]
    header += ["Residual Impact", "Overall Status", "Date Identified", "Next Review Date"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n, date(2025, 11, 3))
    levels = ["Low", "Medium", "High", "Very High"]
    sure = {"Medium": 3.0, "Very High": 5.0}  # Low and High depend on the scale's reading
    # the documented risk categories: `Compliance` -> Legal; `Technology` has no reading
    categories = {"Operational": "Operational", "Third Party": "Third Party"}
    categories["Compliance"] = "Legal"
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        first, _, last = owner.rpartition(" ")
        lik, imp = rng.choice(levels), rng.choice(levels)
        r_lik, r_imp = rng.choice(levels[:3]), rng.choice(levels[:3])
        state = rng.choice(["Open", "Open", "Risk Accepted", "Closed"])
        category = rng.choice(["Operational", "Third Party", "Technology", "Compliance"])
        row = [
            280000 + rng.randrange(9000),
            titles[i],
            "See risk assessment in the change record",
            f"{last}, {first}",
            category,
            lik,
            imp,
            r_lik,
            r_imp,
            state,
            _us(raised[i]),
            _us(raised[i] + timedelta(days=90)),
        ]
        _put(ws, 5 + i, 1, [row])
        values.append(ValueFact("risks", i, "title", titles[i]))
        # `Byrne, Aoife` is one person, surname first (the documented `comma_names` reading)
        values.append(ValueFact("risks", i, "owner", owner))
        values.append(ValueFact("risks", i, "raised_date", raised[i]))
        for field, word in (
            ("probability", lik),
            ("impact", imp),
            ("residual_probability", r_lik),
            ("residual_impact", r_imp),
        ):
            if word in sure:
                values.append(ValueFact("risks", i, field, sure[word]))
        if state != "Risk Accepted":
            values.append(ValueFact("risks", i, "status", state))
        if category in categories:
            values.append(ValueFact("risks", i, "category", categories[category]))
    path = _save(wb, folder, "archer_risk_export")
    targets: Targets = _cols("A", [("id", None), "title", "description", "owner", "category"])
    targets |= _cols("F", ["probability", "impact", "residual_probability", "residual_impact"])
    targets |= _cols("J", ["status", "raised_date", None])
    return Built(path, [TruthTable("Risk Register", 4, "risks", targets, {"risks": n})], values)


def powerbi_export_finance(folder: Path, rng: random.Random) -> Built:
    """A Power BI table visual's "Export data" (summarized data): year and month name in
    two columns, one row per month and cost element, the filters noted under the table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    header = ["Year", "Month", "Cost Element", "Sum of Budget (EUR)", "Sum of Actual (EUR)"]
    header += ["Sum of Forecast (EUR)"]
    _put(ws, 1, 1, [header])
    months = _months(date(2026, 4, 1), 4)
    lines = sorted(rng.sample(["Consultancy", "Hardware", "Licences", "Internal labour"], 3))
    values: list[ValueFact] = []
    r = 2
    for month in months:
        for line in lines:
            budget = float(rng.randrange(20, 90) * 500)
            actual = round(budget * rng.uniform(0.7, 1.2), 2)
            forecast = float(rng.randrange(20, 90) * 500)
            row = [month.year, MONTH_NAMES[month.month - 1], line, budget, actual, forecast]
            _put(ws, r, 1, [row])
            values += [
                ValueFact("finance", (month, line), "budget", budget),
                ValueFact("finance", (month, line), "actual", actual),
                ValueFact("finance", (month, line), "forecast", forecast),
            ]
            r += 1
    ws.cell(r + 1, 1, "Applied filters:\nProject is Customer Data Platform\nYear is 2026")
    values.append(ValueFact("project", 0, "currency", "EUR"))
    path = _save(wb, folder, "powerbi_export_finance")
    targets: Targets = _cols("A", [("month", None), "month", "cost_line", "budget", "actual"])
    targets |= {"F": "forecast"}
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Export", 1, "finance", targets, {"finance": n})], values)


# ---------------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------------


def us_federal_spend_plan(folder: Path, rng: random.Random) -> Built:
    """A US federal spend plan: the fiscal year starts in October, so `Oct` .. `Dec` under
    a fiscal year 2026 title are October to December 2025."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26 Spend Plan")
    ws["A1"] = (
        "Benefits Claims Modernization - FY 2026 Spend Plan "
        "(October 1, 2025 - September 30, 2026) - planned obligations, $"
    )
    months = _months(date(2025, 10, 1), 6)
    labels = [MONTHS[m.month - 1] for m in months]
    _put(ws, 3, 1, [["Object Class", *labels, "FY26 Total"]])
    classes = [
        "11.1 Full-time permanent",
        "25.1 Advisory and assistance services",
        "25.2 Other services",
        "31.0 Equipment",
    ]
    lines = rng.sample(classes, 3)
    values: list[ValueFact] = []
    for i, line in enumerate(lines):
        amounts = [float(rng.randrange(40, 400) * 1000) for _ in months]
        _put(ws, 4 + i, 1, [[line, *amounts, sum(amounts)]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", amounts[m]))
    values.append(ValueFact("project", 0, "currency", "USD"))
    path = _save(wb, folder, "us_federal_spend_plan")
    targets: Targets = {"A": "cost_line", "H": None}
    n = len(lines) * len(months)
    return Built(
        path, [TruthTable("FY26 Spend Plan", 3, "finance", targets, {"finance": n})], values
    )


def _indian(n: int) -> str:
    """An amount in Indian digit grouping: 1250000 -> `12,50,000`."""
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


def indian_telecom_capex(folder: Path, rng: random.Random) -> Built:
    """An Indian telecom circle's actual capex by cost head, amounts typed in Indian
    grouping, months as `Apr'26` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capex Tracker")
    ws["A1"] = "5G Rollout - Karnataka Circle - Actual Capex (INR)"
    ws["A2"] = "FY 2026-27"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{MONTHS[m.month - 1]}'{m:%y}" for m in months]
    _put(ws, 4, 1, [["S.No.", "Cost Head", *labels, "Total"]])
    heads = ["Tower material", "Civil works", "Optical fibre", "RAN equipment", "Manpower"]
    lines = rng.sample(heads, 4)
    values: list[ValueFact] = []
    for i, line in enumerate(lines):
        amounts = [rng.randrange(50, 900) * 2500 for _ in months]
        cells = [
            f"₹ {_indian(a)}" if (i + m) % 3 == 0 else _indian(a) for m, a in enumerate(amounts)
        ]
        _put(ws, 5 + i, 1, [[i + 1, line, *cells, _indian(sum(amounts))]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "actual", float(amounts[m])))
            # "Actual Capex" in the title: every line is capital spend
            values.append(ValueFact("finance", (month, line), "capex_opex", "CapEx"))
    values.append(ValueFact("project", 0, "currency", "INR"))
    path = _save(wb, folder, "indian_telecom_capex")
    targets: Targets = {"A": None, "B": "cost_line", "I": None}
    n = len(lines) * len(months)
    return Built(path, [TruthTable("Capex Tracker", 4, "finance", targets, {"finance": n})], values)


def finnish_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Finnish risk register: `4.3.2026` dates without leading zeros."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Riskit")
    header = ["Nro", "Riski", "Kuvaus", "Omistaja", "Todennäköisyys (1-5)", "Vaikutus (1-5)"]
    header += ["Toimenpiteet", "Tila", "Kirjattu"]
    _put(ws, 1, 1, [header])
    titles = [
        "Toimittaja ei ehdi integraatioikkunaan",
        "Pääarkkitehti vaihtaa työpaikkaa",
        "Datan siirron laatu heikompi kuin oletettu",
        "Testiympäristö ei valmistu ajoissa",
        "Lisenssikustannukset nousevat",
        "Tietoturvakatselmointi löytää esteitä",
    ]
    people = ["Mikko Virtanen", "Anna Korhonen", "Jussi Mäkinen", "Laura Nieminen"]
    states = {"Avoin": "Open", "Seurannassa": "Monitoring", "Suljettu": "Closed"}
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        state = rng.choice(list(states))
        d = raised[i]
        row = [f"R{i + 1}", chosen[i], "Katso riskianalyysi", owner, p, imp]
        row += ["Viikoittainen seuranta", state, f"{d.day}.{d.month}.{d.year}"]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", chosen[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", states[state]),
            ValueFact("risks", i, "raised_date", d),
        ]
    path = _save(wb, folder, "finnish_risk_register")
    targets: Targets = _cols("A", ["id", "title", "description", "owner", "probability"])
    targets |= _cols("F", ["impact", "response", "status", "raised_date"])
    return Built(path, [TruthTable("Riskit", 1, "risks", targets, {"risks": n})], values)


def hungarian_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Hungarian issue log: `2026. 03. 14.` dates, names family name first."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Problémák")
    ws["A1"] = "Projekt: Számlázási rendszer csere"
    header = ["Azonosító", "Megnevezés", "Felelős", "Bejelentve", "Határidő", "Prioritás"]
    header += ["Állapot", "Megjegyzés"]
    _put(ws, 3, 1, [header])
    titles = [
        "A tesztkörnyezet nem elérhető",
        "Hiányzó mezők az interfész specifikációban",
        "Vitatott szállítói számla",
        "Az SSO bejelentkezés hibás",
        "A riportok összegei nem egyeznek",
        "Változásbefagyasztás blokkolja a kiadást",
    ]
    people = ["Nagy Péter", "Kovács Anna", "Tóth Gábor", "Szabó Eszter"]
    prio = {"Magas": "High", "Közepes": "Medium", "Alacsony": "Low"}
    states = {"Nyitott": "Open", "Folyamatban": "In Progress", "Lezárva": "Closed"}
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 5, 30)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p = rng.choice(list(prio))
        state = rng.choice(list(states))
        row = [f"P-{i + 1:02d}", chosen[i], owner, f"{raised[i]:%Y. %m. %d.}"]
        row += [f"{due[i]:%Y. %m. %d.}", p, state, None]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", chosen[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "status", states[state]),
        ]
    values.append(ValueFact("project", 0, "project_name", "Számlázási rendszer csere"))
    path = _save(wb, folder, "hungarian_issue_log")
    targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "due_date"])
    targets |= _cols("F", ["priority", "status", None])
    return Built(path, [TruthTable("Problémák", 3, "issues", targets, {"issues": n})], values)


_BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def indonesian_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Indonesian state enterprise's project risk register: dates with Indonesian month
    names (`14 Maret 2026`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Daftar Risiko")
    ws["A1"] = "DAFTAR RISIKO PROYEK"
    header = ["No", "Kode Risiko", "Nama Risiko", "Penyebab", "Pemilik Risiko", "Kemungkinan"]
    header += ["Dampak", "Tingkat Risiko", "Rencana Mitigasi", "Status"]
    header += ["Tanggal Identifikasi"]
    _put(ws, 3, 1, [header])
    titles = [
        "Keterlambatan pengiriman perangkat",
        "Kualitas migrasi data rendah",
        "Perubahan regulasi OJK",
        "Anggaran dipotong pada revisi tengah tahun",
        "Lingkungan uji belum siap",
        "Personel kunci mengundurkan diri",
    ]
    people = ["Budi Santoso", "Siti Rahmawati", "Agus Wijaya", "Dewi Lestari"]
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        score = p * imp
        level = (
            ("Rendah" if score <= 4 else "Sedang" if score <= 9 else "Tinggi")
            if score < 20
            else "Sangat Tinggi"
        )
        state = rng.choice(["Terbuka", "Terbuka", "Ditutup"])
        d = raised[i]
        row = [i + 1, f"RSK-{i + 1:02d}", chosen[i], "Faktor eksternal", owner, p, imp, level]
        row += ["Pemantauan mingguan", state, f"{d.day} {_BULAN[d.month - 1]} {d.year}"]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", chosen[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", "Open" if state == "Terbuka" else "Closed"),
            ValueFact("risks", i, "raised_date", d),
        ]
    path = _save(wb, folder, "indonesian_risk_register")
    targets: Targets = _cols("A", [None, "id", "title", (None, "description"), "owner"])
    targets |= _cols("F", ["probability", "impact"])
    targets |= _cols("H", [("rating", None), "response", "status", "raised_date"])
    table = TruthTable("Daftar Risiko", 3, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def gulf_bilingual_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Gulf government programme's risk register: a right-to-left sheet, each header in
    Arabic and English in one cell."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws.sheet_view.rightToLeft = True
    ws["A1"] = "سجل المخاطر - Risk Register"
    ws["A2"] = "البرنامج / Programme: Smart Government Services"
    pairs = [
        ("رقم المخاطر", "Risk No."),
        ("عنوان المخاطر", "Risk Title"),
        ("الوصف", "Description"),
        ("المالك", "Owner"),
        ("الاحتمالية", "Likelihood (1-5)"),
        ("الأثر", "Impact (1-5)"),
        ("خطة المعالجة", "Mitigation Plan"),
        ("الحالة", "Status"),
        ("تاريخ التسجيل", "Date Raised"),
        ("تاريخ الاستحقاق", "Due Date"),
    ]
    _put(ws, 4, 1, [[f"{ar}\n{en}" for ar, en in pairs]])
    for c in range(1, len(pairs) + 1):
        ws.cell(4, c).alignment = Alignment(wrap_text=True)
    people = ["Ahmed Al Mansoori", "Fatima Al Hashimi", "Omar Al Suwaidi", "Mariam Khalifa"]
    n = rng.randint(5, 7)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 20, 60)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        state = rng.choice(["Open", "Open", "Closed"])
        row = [f"R-{i + 1:02d}", titles[i], "Details in the programme RAID pack", owner, p, imp]
        row += ["Weekly review with the vendor", state, f"{raised[i]:%d/%m/%Y}"]
        row.append(f"{due[i]:%d/%m/%Y}")
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "due_date", due[i]),
        ]
    values.append(ValueFact("project", 0, "programme", "Smart Government Services"))
    path = _save(wb, folder, "gulf_bilingual_risk_register")
    targets: Targets = _cols("A", ["id", "title", "description", "owner", "probability"])
    targets |= _cols("F", ["impact", "response", "status", "raised_date", "due_date"])
    return Built(path, [TruthTable("Risk Register", 4, "risks", targets, {"risks": n})], values)


def greek_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Greek decision log: `14/3/2026` dates, row numbers as the reference."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Αποφάσεις")
    header = ["Α/Α", "Ημερομηνία", "Απόφαση", "Αποφασίστηκε από", "Αιτιολόγηση", "Σχετικά"]
    _put(ws, 1, 1, [header])
    decisions = [
        "Έγκριση παράτασης της φάσης δοκιμών κατά δύο εβδομάδες",
        "Επιλογή προμηθευτή για την υπηρεσία νέφους",
        "Αναβολή της μετάπτωσης μετά το κλείσιμο του τριμήνου",
        "Πρόσληψη εξωτερικού αναλυτή δεδομένων",
        "Κατάργηση της παράλληλης λειτουργίας του παλαιού συστήματος",
    ]
    people = ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Ελένη Γεωργίου"]
    n = rng.randint(4, 5)
    chosen = rng.sample(decisions, n)
    days = sorted(_drawn_days(rng, n))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(people)
        d = days[i]
        row = [i + 1, f"{d.day}/{d.month}/{d.year}", chosen[i], who]
        row += ["Απόφαση της Επιτροπής Έργου", rng.choice(["R-03", "I-07", None])]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "decision", chosen[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", d),
        ]
    path = _save(wb, folder, "greek_decision_log")
    targets: Targets = _cols("A", ["id", "date", "decision", "made_by", "rationale"])
    targets |= {"F": ("linked_ids", None)}
    return Built(path, [TruthTable("Αποφάσεις", 1, "decisions", targets, {"decisions": n})], values)


# ---------------------------------------------------------------------------------------
# Sectors
# ---------------------------------------------------------------------------------------


def ngo_logframe_assumptions(folder: Path, rng: random.Random) -> Built:
    """An NGO grant's logframe assumptions, the logframe level merged down its rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions & Risks")
    ws["A1"] = "Clean Water for Schools (Malawi) - logframe assumptions"
    header = ["Ref", "Logframe level", "Assumption", "If it does not hold"]
    header += ["Likelihood of holding (H/M/L)", "Mitigation", "Responsible", "Last reviewed"]
    header += ["Status"]
    _put(ws, 3, 1, [header])
    texts = [
        *ASSUMPTION_TITLES,
        "District education office keeps the school list current",
        "Borehole contractors remain available after the rains",
        "Exchange rate stays within 5% of budget",
    ]
    levels = ["Outcome", "Output 1", "Output 2"]
    n = 6
    chosen = rng.sample(texts, n)
    people = ["Chikondi Banda", "Grace Phiri", "Tom Walsh", "Aoife Byrne"]
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    reviewed = _drawn_days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i in range(n):
        if i % 2 == 0:
            ws.cell(4 + i, 2, levels[i // 2])
            ws.merge_cells(start_row=4 + i, start_column=2, end_row=5 + i, end_column=2)
        c = rng.choice(list(conf))
        state = rng.choice(["Holding", "Holding", "At risk", "No longer holds"])
        owner = rng.choice(people)
        _put(ws, 4 + i, 1, [[f"A{i + 1}"]])
        row = [chosen[i], "Delay to the outcome; re-plan with the donor", c]
        row += ["Quarterly check with partners", owner, reviewed[i], state]
        _put(ws, 4 + i, 3, [row])
        ws.cell(4 + i, 8).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", chosen[i]),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "owner", owner),
        ]
        if state == "No longer holds":
            values.append(ValueFact("assumptions", i, "status", "Invalid"))
    path = _save(wb, folder, "ngo_logframe_assumptions")
    targets: Targets = _cols("A", ["id", None, "assumption", "impact_if_false", "confidence"])
    targets |= _cols("F", [None, "owner", ("last_updated", None), "status"])
    table = TruthTable("Assumptions & Risks", 3, "assumptions", targets, {"assumptions": n})
    return Built(path, [table], values)


def horizon_eu_milestones(folder: Path, rng: random.Random) -> Built:
    """An EU Horizon Europe grant's milestone table, due dates in project months, with the
    coordinator's status and achieved date added."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "AQUA-SENSE (Grant Agreement 101112233) - List of milestones"
    ws["A2"] = "Project start date: 1 April 2025 (M1)"
    header = ["Milestone number", "Milestone name", "Work package number", "Lead beneficiary"]
    header += ["Due date (in months)", "Means of verification", "Status", "Achieved on"]
    _put(ws, 4, 1, [header])
    names = [
        ("Consortium data management plan agreed", 3),
        ("Sensor prototype validated in the lab", 6),
        ("Pilot sites selected", 6),
        ("First field campaign completed", 9),
        ("Interim review with the project officer", 12),
        ("Open data platform online", 15),
    ]
    partners = ["UCD", "TU Delft", "CNR", "Fraunhofer IOSB", "Aarhus University"]
    values: list[ValueFact] = []
    n = len(names)
    for i, (name, month) in enumerate(names):
        due = date(2025, 3 + month, 1) if month <= 9 else date(2026, month - 9, 1)
        if due < date(2026, 3, 1):
            state = rng.choice(["Achieved", "Achieved", "Delayed"])
        else:
            state = "Pending"
        achieved = due + timedelta(days=rng.randint(-10, 25)) if state == "Achieved" else None
        row = [f"MS{i + 1}", name, f"WP{rng.randint(1, 6)}", rng.choice(partners), f"M{month}"]
        row += ["Report uploaded to the portal", state, achieved]
        _put(ws, 5 + i, 1, [row])
        if achieved:
            ws.cell(5 + i, 8).number_format = "dd/mm/yyyy"
        values.append(ValueFact("milestones", i, "id", f"M-{i + 1:03d}"))
        values.append(ValueFact("milestones", i, "milestone", name))
        if state == "Achieved":
            values.append(ValueFact("milestones", i, "status", "Complete"))
            values.append(ValueFact("milestones", i, "actual_date", achieved))
        elif state == "Delayed":
            values.append(ValueFact("milestones", i, "status", "Late"))
    path = _save(wb, folder, "horizon_eu_milestones")
    targets: Targets = _cols("A", ["id", "milestone", None, ("owner", None)])
    targets |= _cols("E", [("baseline_date", None), None, "status", "actual_date"])
    table = TruthTable("Milestones", 4, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


def _dd_mon_yyyy(d: date) -> str:
    return f"{d.day:02d}-{MONTHS[d.month - 1].upper()}-{d.year}"


def veeva_ctms_study_milestones(folder: Path, rng: random.Random) -> Built:
    """A clinical study's milestones from Veeva Vault CTMS, dates as `14-MAR-2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Study Milestones")
    header = ["Study Number", "Milestone", "Responsible Person", "Baseline Finish Date"]
    header += ["Planned Finish Date", "Actual Finish Date", "Milestone Status"]
    _put(ws, 1, 1, [header])
    names = [
        "First Site Activated",
        "First Patient First Visit (FPFV)",
        "50% Patients Enrolled",
        "Last Patient First Visit (LPFV)",
        "Last Patient Last Visit (LPLV)",
        "Database Lock",
        "Clinical Study Report Final",
    ]
    base = date(2025, 11, 3)
    values: list[ValueFact] = []
    today = date(2026, 3, 20)
    for i, name in enumerate(names):
        base = base + timedelta(days=rng.randint(30, 80))
        planned = base + timedelta(days=rng.choice([0, 0, 14, 28]))
        owner = rng.choice(PEOPLE)
        done = planned < today
        actual = planned + timedelta(days=rng.randint(-3, 5)) if done else None
        state = "Completed" if done else rng.choice(["In Progress", "Not Started"])
        row = ["ONC-2214", name, owner, _dd_mon_yyyy(base), _dd_mon_yyyy(planned)]
        row += [_dd_mon_yyyy(actual) if actual else None, state]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base),
            ValueFact("milestones", i, "forecast_date", planned),
            ValueFact("milestones", i, "status", "Complete" if done else state),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "veeva_ctms_study_milestones")
    targets: Targets = _cols("A", [None, "milestone", "owner", "baseline_date", "forecast_date"])
    targets |= _cols("F", ["actual_date", "status"])
    n = len(names)
    table = TruthTable("Study Milestones", 1, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


def rail_interface_register(folder: Path, rng: random.Random) -> Built:
    """A rail programme's interface register: what this contract needs from other
    parties, by when."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Interface Register")
    ws["A1"] = "Western Rail Link - Contract C230 Stations - Interface Register"
    header = ["Interface ID", "Interface Title", "Lead Contract", "Interfacing Party"]
    header += ["Interface Type", "Information Required", "Date Required", "Forecast Delivery"]
    header += ["Interface Manager", "Status"]
    _put(ws, 3, 1, [header])
    titles = [
        *DEP_TITLES,
        "Platform edge survey data",
        "Traction power isolation plan",
        "Signalling cable route drawings",
    ]
    parties = ["Network Rail", "C410 Signalling", "C310 Tunnels", "Power Networks"]
    n = rng.randint(5, 7)
    chosen = rng.sample(titles, n)
    need = _drawn_days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        promised = need[i] + timedelta(days=rng.randint(-14, 10))
        state = rng.choice(["Open", "Agreed", "Closed"])
        row = [f"IF-{i + 1:03d}", chosen[i], "C230", rng.choice(parties)]
        row += [rng.choice(["Physical", "Functional", "Information"]), "Drawings and data pack"]
        row += [need[i], promised, owner, state]
        _put(ws, 4 + i, 1, [row])
        ws.cell(4 + i, 7).number_format = "dd/mm/yyyy"
        ws.cell(4 + i, 8).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", chosen[i]),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "owner", owner),
        ]
        if state != "Agreed":
            values.append(ValueFact("dependencies", i, "status", state))
    path = _save(wb, folder, "rail_interface_register")
    targets: Targets = _cols("A", ["id", "title", None, ("counterparty_project_id", None)])
    targets |= _cols("E", [None, "deliverable", "need_by", "committed_date", "owner", "status"])
    table = TruthTable("Interface Register", 3, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


def teams_approvals_decisions(folder: Path, rng: random.Random) -> Built:
    """Microsoft Teams Approvals exported to Excel and kept as the decision log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Approvals")
    header = ["Approval ID", "Title", "Details", "Status", "Requester", "Approver"]
    header += ["Created", "Completed", "Response comments"]
    _put(ws, 1, 1, [header])
    titles = [
        "Approve extending UAT by two weeks",
        "Approve purchase of 40 extra test licences",
        "Approve moving go-live to after quarter end",
        "Approve contractor day rate above the framework cap",
        "Approve decommissioning the legacy reporting server",
        "Approve change request CR-014 (new data fields)",
    ]
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    asked = sorted(_drawn_days(rng, n))
    decided_days = _after(rng, asked, 0, 6)
    values: list[ValueFact] = []
    for i in range(n):
        guid = "-".join(
            "".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)
        )
        approver = rng.choice(PEOPLE)
        decided = decided_days[i]
        state = rng.choice(["Approved", "Approved", "Rejected"])
        created = datetime(asked[i].year, asked[i].month, asked[i].day, 9, 12, 5)
        done = datetime(decided.year, decided.month, decided.day, 10, 41, 22)
        row = [guid, chosen[i], "Requested at the weekly project board", state]
        row += [rng.choice(PEOPLE), approver, f"{_us(created)} 9:12:05 AM"]
        row += [f"{_us(done)} 10:41:22 AM", "Agreed at the board" if state == "Approved" else None]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "made_by", approver),
            ValueFact("decisions", i, "date", decided),
        ]
        if state == "Approved":
            values.append(ValueFact("decisions", i, "decision", chosen[i]))
    path = _save(wb, folder, "teams_approvals_decisions")
    targets: Targets = _cols("A", [None, "decision", ("rationale", None), None, None])
    targets |= _cols("F", ["made_by", None, "date", ("rationale", None)])
    table = TruthTable("Approvals", 1, "decisions", targets, {"decisions": n})
    return Built(path, [table], values)


def council_risk_log_summary_panel(folder: Path, rng: random.Random) -> Built:
    """A UK council capital project's risk log: a RAG count panel above the table, a 4 x 4
    likelihood / impact matrix."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Log")
    ws["A1"] = "Riverside Leisure Centre Rebuild - Risk Log"
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n, date(2025, 10, 6))
    target = _after(rng, raised, 30, 120)
    header = ["Risk Ref", "Date Raised", "Risk", "Owner", "Likelihood (1-4)", "Impact (1-4)"]
    header += ["Rating", "RAG", "Controls / Actions", "Status", "Target Date"]
    _put(ws, 9, 1, [header])
    values: list[ValueFact] = []
    rag_count = {"Red": 0, "Amber": 0, "Green": 0}
    open_n = 0
    for i in range(n):
        owner = rng.choice(PEOPLE)
        lik, imp = rng.randint(1, 4), rng.randint(1, 4)
        rating = lik * imp
        rag = "Red" if rating >= 9 else "Amber" if rating >= 4 else "Green"
        state = rng.choice(["Open", "Open", "Closed"])
        if state == "Open":
            rag_count[rag] += 1
            open_n += 1
        row = [f"LC{i + 1:02d}", raised[i], titles[i], owner, lik, imp, rating, rag]
        row += ["Monthly review at the project board", state, target[i]]
        _put(ws, 10 + i, 1, [row])
        ws.cell(10 + i, 2).number_format = "dd/mm/yyyy"
        ws.cell(10 + i, 11).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "due_date", target[i]),
        ]
    panel = [["Open risks by RAG", None]] + [[k, v] for k, v in rag_count.items()]
    panel.append(["Total open", open_n])
    _put(ws, 3, 1, panel)
    path = _save(wb, folder, "council_risk_log_summary_panel")
    targets: Targets = _cols("A", ["id", "raised_date", "title", "owner", "probability"])
    targets |= _cols("F", ["impact", ("score", None), None, "response", "status", "due_date"])
    return Built(path, [TruthTable("Risk Log", 9, "risks", targets, {"risks": n})], values)


HELD_OUT_10: tuple[Layout, ...] = (
    Layout("trello_board_csv", "Trello board export (Export for Trello)", trello_board_csv),
    Layout("archer_risk_export", "RSA Archer risk report (bank)", archer_risk_export),
    Layout("powerbi_export_finance", "Power BI export data, summarized", powerbi_export_finance),
    Layout("us_federal_spend_plan", "US federal spend plan, October FY", us_federal_spend_plan),
    Layout("indian_telecom_capex", "Indian telecom circle capex tracker", indian_telecom_capex),
    Layout("finnish_risk_register", "Finnish risk register", finnish_risk_register),
    Layout("hungarian_issue_log", "Hungarian issue log", hungarian_issue_log),
    Layout("indonesian_risk_register", "Indonesian risk register", indonesian_risk_register),
    Layout(
        "gulf_bilingual_risk_register",
        "Gulf government bilingual risk register",
        gulf_bilingual_risk_register,
    ),
    Layout("greek_decision_log", "Greek decision log", greek_decision_log),
    Layout("ngo_logframe_assumptions", "NGO logframe assumptions", ngo_logframe_assumptions),
    Layout("horizon_eu_milestones", "EU Horizon Europe milestone list", horizon_eu_milestones),
    Layout(
        "veeva_ctms_study_milestones",
        "Veeva Vault CTMS study milestones",
        veeva_ctms_study_milestones,
    ),
    Layout("rail_interface_register", "rail interface register", rail_interface_register),
    Layout(
        "teams_approvals_decisions",
        "Microsoft Teams Approvals as a decision log",
        teams_approvals_decisions,
    ),
    Layout(
        "council_risk_log_summary_panel",
        "council risk log with a RAG count panel above",
        council_risk_log_summary_panel,
    ),
)
