"""The twentieth held-out batch (``HELD_OUT_20``, issue 15 round 20): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses. It is MIXED, as a
PMO's inbox is: six registers and six trackers, from tools, sectors and countries no
earlier batch file has.

Registers:

- ``bitrix24_zadachi_issues``: an Uzbek retail chain's Bitrix24 task list kept as the
  warehouse system rollout's issue log, exported to Excel in Russian with no title block:
  `ID` as Bitrix's numeric task key, `Название`, `Статус` Ждёт выполнения / Выполняется /
  Ждёт контроля / Завершена / Отложена, `Важная задача` Да / Нет, `Постановщик`,
  `Ответственный`, `Создана` / `Крайний срок` / `Закрыта` as `14.03.2026 10:15` text,
  `Проект`, `Теги`.
- ``qatar_metro_risk_register``: a Qatari rail contractor's ISO 31000 risk register in
  English under a title block (`Contract:`, `Revision:`, `Date:` as `20 Mar 2026`), with
  merged `Inherent Risk` / `Residual Risk` group headers over a second header row that
  repeats `Likelihood` / `Consequence` / `Rating`: `Risk No.` QRC-R-001, `Risk Title`,
  `Cause`, `Effect`, `Category`, likelihood words Rare .. Almost Certain, consequence words
  Insignificant .. Catastrophic, ratings Low / Medium / High / Extreme, `Treatment
  Strategy` Avoid / Reduce / Transfer / Accept, `Treatment Actions`, `Risk Owner`, `Target
  Date` as `14-Mar-2026` text, `Status` Open / Closed.
- ``sweden_antagandelogg``: a Swedish municipality's (kommun) e-service project
  assumptions log in Swedish under a title block (`Projekt:`, `Projektledare:`, `Senast
  uppdaterad:` ISO date): `Nr` A1 .., `Antagande`, `Område`, `Ansvarig`, `Säkerhet` Hög /
  Medel / Låg, `Konsekvens om antagandet är fel`, `Registrerad` / `Verifieras senast` as
  ISO `2026-03-14` text (as Swedes write dates), `Status` Öppen / Bekräftad / Felaktig /
  Stängd, `Utfall`.
- ``finland_paatosloki``: a Finnish wellbeing services county's (hyvinvointialue) decision
  log in Finnish under a title and a `Hanke:` line: `Nro`, `Päivämäärä` as `14.3.2026` text
  (day first, no leading zeros), `Päätös`, `Perustelut`, `Päättäjä`, `Kokous` (the
  meeting, `Ohjausryhmä 3/2026`), `Vaikutukset`; a blank spacer column between the date
  and the decision.
- ``ireland_hse_dependency_log``: an Irish HSE (Health Service Executive) digital
  programme's dependency log in English under a bilingual title (`Feidhmeannacht na
  Seirbhíse Sláinte`) and a `Programme:` / `Project:` block: `Dep Ref` DEP001,
  `Dependency Description`, `Incoming / Outgoing`, `Dependent Project / Team`, `HSE
  Owner`, `Other Party Contact`, `Date Required` / `Date Committed` as `14-Mar-26` text,
  `RAG` G / A / R, `Status` Open / Closed, a blank spacer column, `Comments`.
- ``uganda_ngo_raid_log``: a Ugandan NGO's donor-funded WASH project RAID log (a Google
  Sheet exported to Excel) under a title, a `Project:` line and a `Last reviewed:` line,
  one table with the register per row in `Category` Risk / Assumption / Issue /
  Dependency: `Ref`, `Description`, `Raised by`, `Owner`, `Date raised` / `Due date` as
  date cells shown `dd/mm/yyyy`, `Priority` High / Medium / Low, `Status` Open / In
  progress / Closed, `Action / Update`.

Trackers:

- ``norway_investeringsbudsjett``: a Norwegian municipality's school building project
  budget in Norwegian, in thousands of kroner (`Beløp i 1000 kr` in the title block):
  `Prosjektelement`, `Art` Budsjett / Regnskap / Prognose rows, months across as Excel's
  Norwegian abbreviations `jan.` .. `jun.`, `Sum 2026`.
- ``bangladesh_adp_expenditure``: a Bangladeshi government department's development
  project (ADP) monthly allocation and expenditure in lakh taka (`Tk. in lakh`), fiscal
  year 2025-26 from July: a merged `Monthly Allocation` group over `Jul'25` .. `Dec'25`
  and a merged `Monthly Expenditure` group over the same months, `Sl. No.`, `Component`,
  `Economic Code`, a `Total` row at the bottom.
- ``malta_erdf_cashflow``: a Maltese government entity's EU-cofunded (ERDF) project cash
  flow in euro, months DOWN as date cells shown `Jan-26` and cost lines across under merged
  `Planned (€)` / `Actual (€)` group headers, a `Total` row.
- ``tempus_resource_allocation``: a Jordanian telecom's Tempus Resource allocation report in
  FTE under an `Allocation Report (FTE)` title: `Resource Name` (named and generic
  resources), `Resource Type`, `Primary Role`, `Project Name`, `Allocation Type` Hard /
  Soft, months across as `Apr 2026` .. `Sep 2026`.
- ``hungary_merfoldko_terv``: a Hungarian intermodal hub project's milestone plan in
  Hungarian under a title block (`Projekt:`, `Projektvezető:`, `Státusz dátuma:`), dates as
  Hungarian `2026.03.14.` text (year first, trailing dot): `Sorsz.`, `Mérföldkő`,
  `Felelős`, `Kapu` Igen / Nem, `Bázis határidő`, `Várható dátum`, `Tényleges dátum`,
  `Státusz` Teljesítve / Folyamatban / Késésben / Veszélyeztetett / Nem kezdődött el.
- ``saudi_giga_status_report``: a Saudi giga-project PMO's weekly status sheet with
  bilingual English / Arabic headings: a label / value block (project, project manager,
  sponsor, report date as `14/03/2026` text, overall status as a word), a `Key Milestones`
  table (`Status` Completed / On Track / At Risk / Delayed and a `% Complete`), a `Top
  Risks` table (`Likelihood` / `Impact` H / M / L) and an `Open Issues` table (`Escalation
  Level` Project / Programme / Portfolio), with blank rows between.

Truth a person could read two ways has no fact: Bitrix's numeric task keys, `Завершена`
(an issue's Resolved or Closed), `Ждёт контроля` (awaiting review: In Progress or
Resolved) and `Отложена` (deferred), and `Важная задача` Да / Нет as a priority (High, or
Critical, against Medium or no priority); the Qatari `QRC-R-001` keys and the `Extreme`
rating (no standard band; the rating comes from the score anyway); the Swedish `A1` keys
(an ID or a cell reference) and `Område`; the Finnish row numbers and the `Kokous`
meeting; the Irish `RAG` letters beside a `Status` and the `Dependent Project / Team`
(a name, no project ID); in the Ugandan RAID log the refs, a risk's or an assumption's
`Priority`, any `In progress` but an issue's, a dependency's `Due date` (need-by or
committed) and `Action / Update` (a response, a resolution or a note); NOK and BDT (not in
the standard's currency list); the Bangladeshi `Economic Code` (a ledger code, not a
category of the standard's list); resource FTE by item (days per FTE month are not the
sheet's to say, and the order of unpivoted cells is not either); the generic Tempus
resources' `Generic - ...` names as persons; the Saudi milestones' `On Track` (not started
or in progress) and `% Complete`, and the risks' H / M / L (which of 1-5 is High?).
Readings used: likelihood words Rare / Unlikely / Possible / Likely / Almost Certain are 1-5
(the standard's own labels) and consequence words Insignificant / Minor / Moderate / Major
/ Catastrophic are 1-5 (AS/NZS ISO 31000's 5x5, the standard's Minimal .. Severe);
residual likelihood / consequence are the residual probability / impact; Ждёт выполнения /
Выполняется are Open / In Progress; Hög / Medel / Låg are High / Medium / Low; Öppen /
Bekräftad / Felaktig / Stängd are Open / Validated / Invalid / Closed; `Utfall` is the
outcome; Incoming / Outgoing are Inbound / Outbound; `DEP001` is D-001; `Budsjett` is the
budget, `Regnskap` the actual and `Prognose` the forecast; `1000 kr` amounts and `lakh`
amounts are multiplied out (x 1,000 and x 100,000); Allocation is the budget and
Expenditure the actual; `Planned` is the budget; Teljesítve / Folyamatban / Késésben /
Veszélyeztetett / Nem kezdődött el are Complete / In Progress / Late / At Risk / Not
Started and `Kapu` Igen / Nem the gate Y / N; `Státusz dátuma` is the report date; the
Saudi `Completed` / `Delayed` are Complete / Late and `Overall Status: Amber` the overall
RAG.
Round 20's truth audit (docs/adopt.md, "Round 20: the twentieth batch's truth audited")
added Tempus's labelled `Portfolio:` of the preamble as the project's portfolio.
It was written and checked for internal consistency only (``adopt_truth.check_truth``), never
against adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals
unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
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
from openpyxl.styles import Alignment, Font


def _mon(d: date, year_digits: int = 4) -> str:
    """`14-Mar-2026` (or `14-Mar-26`), the English text date with a month word."""
    year = d.year if year_digits == 4 else d.year % 100
    return f"{d.day:02d}-{d:%b}-{year:0{year_digits}d}"


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

BX_ISSUES = [
    "Штрихкоды поставщика не читаются ТСД на складе в Чиланзаре",
    "Остатки 1С и WMS расходятся после ночной синхронизации",
    "Принтер этикеток не печатает кириллицу",
    "Нет доступа к WMS у смены в Самарканде",
    "Адресное хранение не настроено для холодильной зоны",
    "Интеграция с кассами зависает при пиковых продажах",
    "Не согласован регламент инвентаризации",
    "Wi-Fi покрытие в зоне отгрузки недостаточное",
    "Дубли карточек товаров после загрузки справочника",
    "Курс пересчёта в сумах округляется неверно",
]
BX_PEOPLE = ["Азиз Каримов", "Дилноза Юсупова", "Шерзод Рахимов", "Нигора Алиева"]
BX_PEOPLE += ["Тимур Саидов"]


def _ru(stamp: datetime) -> str:
    return f"{stamp:%d.%m.%Y %H:%M}"


def bitrix24_zadachi_issues(folder: Path, rng: random.Random) -> Built:
    """A Bitrix24 task list (Russian) exported to Excel, kept as an issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Задачи")
    header = ["ID", "Название", "Статус", "Важная задача", "Постановщик", "Ответственный"]
    header += ["Создана", "Крайний срок", "Закрыта", "Проект", "Теги"]
    _put(ws, 1, 1, [header])
    n = rng.randint(8, 10)
    titles = rng.sample(BX_ISSUES, n)
    created = _days(rng, n, date(2026, 1, 12))
    states = {"Ждёт выполнения": "Open", "Выполняется": "In Progress", "Ждёт контроля": None}
    states |= {"Завершена": None, "Отложена": None}
    values: list[ValueFact] = []
    first_key = rng.randint(14000, 15000)
    for i in range(n):
        state = rng.choice(list(states))
        owner = rng.choice(BX_PEOPLE)
        opened = datetime.combine(created[i], time(rng.randint(8, 18), rng.randint(0, 59)))
        due = created[i] + timedelta(days=rng.choice([3, 7, 14, 21]))
        done = created[i] + timedelta(days=rng.randint(2, 12)) if state == "Завершена" else None
        cells: list[object] = [first_key + 7 * i + rng.randint(0, 5), titles[i], state]
        cells += [rng.choice(["Да", "Нет", "Нет"]), rng.choice(BX_PEOPLE), owner, _ru(opened)]
        cells += [_ru(datetime.combine(due, time(19, 0)))]
        cells += [_ru(datetime.combine(done, time(17, 30))) if done else None]
        cells += ["Внедрение WMS", rng.choice(["склад", "интеграция", None])]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if states[state]:
            values.append(ValueFact("issues", i, "status", states[state]))
        if done:
            values.append(ValueFact("issues", i, "closed_date", done))
    path = _save(wb, folder, "bitrix24_zadachi_issues")
    targets: Targets = _cols("A", [("id", None), "title", "status", ("priority", None), None])
    targets |= _cols("F", ["owner", "raised_date", "due_date", "closed_date", None, None])
    return Built(path, [_one("issues", "Задачи", 1, targets, n)], values)


QA_RISKS = [
    ("Late utility diversions by the water authority", "Third Party"),
    ("Tunnel boring machine delayed at the port of Hamad", "Schedule"),
    ("Ground conditions worse than the geotechnical baseline", "Technical"),
    ("Design changes requested by the client after IFC", "Scope"),
    ("Steel price escalation beyond the contract allowance", "Commercial"),
    ("Signalling interface with the existing line not agreed", "Technical"),
    ("Summer working-hours restrictions reduce productivity", "Schedule"),
    ("Subcontractor insolvency in the MEP package", "Commercial"),
    ("Access permits for the station box not granted", "Third Party"),
]
QA_PEOPLE = ["Ahmed Al-Kuwari", "Priya Menon", "James O'Connor", "Fatima Al-Sulaiti"]
QA_PEOPLE += ["Mohammed Rashid"]
QA_LIKE = ["Rare", "Unlikely", "Possible", "Likely", "Almost Certain"]
QA_CONS = ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"]


def _qa_rating(score: int) -> str:
    return "Low" if score <= 4 else "Medium" if score <= 9 else "High" if score <= 15 else "Extreme"


def qatar_metro_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Qatari rail contractor's 5x5 risk register, inherent and residual groups merged."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "RISK REGISTER"
    ws["A2"] = "Contract: GTC-214 Metro Green Line Extension - Civil & Stations"
    ws["A3"] = "Revision: C03"
    ws["E3"] = "Date: 20 Mar 2026"
    ws["F5"] = "Inherent Risk"
    ws.merge_cells("F5:H5")
    ws["K5"] = "Residual Risk"
    ws.merge_cells("K5:M5")
    header = ["Risk No.", "Risk Title", "Cause", "Effect", "Category", "Likelihood"]
    header += ["Consequence", "Rating", "Treatment Strategy", "Treatment Actions"]
    header += ["Likelihood", "Consequence", "Rating", "Risk Owner", "Target Date", "Status"]
    _put(ws, 6, 1, [header])
    for c in range(1, 17):
        ws.cell(6, c).font = Font(bold=True)
    n = rng.randint(7, 9)
    risks = rng.sample(QA_RISKS, n)
    values: list[ValueFact] = []
    for i, (title, category) in enumerate(risks):
        like, cons = rng.randint(2, 5), rng.randint(2, 5)
        r_like, r_cons = max(1, like - rng.randint(0, 2)), max(1, cons - rng.randint(0, 1))
        strategy = rng.choice(["Avoid", "Reduce", "Reduce", "Transfer", "Accept"])
        action = rng.choice(
            ["Weekly interface meeting with the authority", "Early procurement of long leads"]
        )
        owner = rng.choice(QA_PEOPLE)
        due = date(2026, 3, 1) + timedelta(days=rng.randrange(10, 200))
        status = rng.choice(["Open", "Open", "Open", "Closed"])
        cause = rng.choice(["Incomplete survey data", "Third-party approvals", "Market volatility"])
        effect = rng.choice(["Delay to the key date", "Cost overrun", "Claim by subcontractor"])
        cells: list[object] = [f"QRC-R-{i + 1:03d}", title, cause, effect, category]
        cells += [QA_LIKE[like - 1], QA_CONS[cons - 1], _qa_rating(like * cons), strategy]
        cells += [action, QA_LIKE[r_like - 1], QA_CONS[r_cons - 1]]
        cells += [_qa_rating(r_like * r_cons), owner, _mon(due), status]
        _put(ws, 7 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "category", category),
            ValueFact("risks", i, "probability", float(like)),
            ValueFact("risks", i, "impact", float(cons)),
            ValueFact("risks", i, "response_type", strategy),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "residual_probability", float(r_like)),
            ValueFact("risks", i, "residual_impact", float(r_cons)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", status),
        ]
    path = _save(wb, folder, "qatar_metro_risk_register")
    targets: Targets = _cols("A", [("id", None), "title", ("description", None), None])
    targets |= _cols("E", ["category", "probability", "impact", ("rating", None)])
    targets |= _cols("I", ["response_type", "response", "residual_probability"])
    targets |= _cols("L", ["residual_impact", None, "owner", "due_date", "status"])
    return Built(path, [_one("risks", "Risk Register", 6, targets, n)], values)


SE_ASSUMPTIONS = [
    ("BankID-inloggning finns kvar i nuvarande form under 2026", "Teknik"),
    ("Lantmäteriets API för fastighetsuppgifter är öppet för kommuner", "Teknik"),
    ("Bygglovshandläggarna kan frigöra två dagar i veckan för test", "Resurser"),
    ("Nämnden fattar beslut om ny taxa före sommaren", "Beslut"),
    ("Ärendesystemets leverantör levererar version 8.2 i april", "Leverantör"),
    ("Medborgarna accepterar digital signering av ansökan", "Verksamhet"),
    ("Arkivmyndigheten godkänner e-arkivets format", "Beslut"),
    ("Budgeten för 2026 fastställs utan besparingskrav", "Ekonomi"),
]
SE_PEOPLE = ["Karin Lindqvist", "Erik Johansson", "Maja Berg", "Oskar Nilsson", "Elin Ström"]


def sweden_antagandelogg(folder: Path, rng: random.Random) -> Built:
    """A Swedish municipality's assumptions log in Swedish, ISO text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Antaganden")
    ws["A1"] = "Antagandelogg"
    ws["A2"] = "Projekt: Ny e-tjänst för bygglov"
    ws["A3"] = "Projektledare: Karin Lindqvist"
    ws["A4"] = "Senast uppdaterad: 2026-03-20"
    header = ["Nr", "Antagande", "Område", "Ansvarig", "Säkerhet"]
    header += ["Konsekvens om antagandet är fel", "Registrerad", "Verifieras senast", "Status"]
    header += ["Utfall"]
    _put(ws, 6, 1, [header])
    n = rng.randint(6, 8)
    chosen = rng.sample(SE_ASSUMPTIONS, n)
    raised = _days(rng, n, date(2025, 11, 3))
    conf = {"Hög": "High", "Medel": "Medium", "Låg": "Low"}
    states = {"Öppen": "Open", "Bekräftad": "Validated", "Felaktig": "Invalid"}
    states["Stängd"] = "Closed"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Ny e-tjänst för bygglov"),
        ValueFact("project", 0, "project_manager", "Karin Lindqvist"),
    ]
    for i, (text, area) in enumerate(chosen):
        owner = rng.choice(SE_PEOPLE)
        c = rng.choice(list(conf))
        state = rng.choice(list(states))
        check = raised[i] + timedelta(days=rng.choice([21, 30, 45, 60]))
        impact = rng.choice(["Förseningar i införandet", "Ökade kostnader", "Manuell hantering"])
        outcome = (
            None
            if state == "Öppen"
            else rng.choice(["Bekräftat av leverantören", "Stämt av med nämndens sekreterare"])
        )
        cells: list[object] = [f"A{i + 1}", text, area, owner, c, impact]
        cells += [raised[i].isoformat(), check.isoformat(), state, outcome]
        _put(ws, 7 + i, 1, [cells])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "impact_if_false", impact),
            ValueFact("assumptions", i, "raised_date", raised[i]),
            ValueFact("assumptions", i, "validate_by", check),
            ValueFact("assumptions", i, "status", states[state]),
        ]
        if outcome:
            values.append(ValueFact("assumptions", i, "outcome", outcome))
    path = _save(wb, folder, "sweden_antagandelogg")
    targets: Targets = _cols("A", [("id", None), "assumption", None, "owner", "confidence"])
    targets |= _cols("F", ["impact_if_false", "raised_date", "validate_by", "status"])
    targets |= {"J": "outcome"}
    return Built(path, [_one("assumptions", "Antaganden", 6, targets, n)], values)


FI_DECISIONS = [
    ("Asiakastiedot siirretään vain vuodesta 2019 alkaen", "Vanhat tiedot arkistoidaan"),
    ("Käyttöönotto tehdään alueittain, ensin Pohjois-Savo", "Riskien hallinta"),
    ("Koulutus järjestetään verkkokoulutuksena", "Matkakulujen säästö"),
    ("Lisätyö 4 tilataan toimittajalta kiinteähintaisena", "Kustannusten ennustettavuus"),
    ("Kanta-palveluiden liittymätestaus siirretään toukokuuhun", "Toimittajan aikataulu"),
    ("Hankkeen ohjausryhmään lisätään henkilöstön edustaja", "Yhteistoimintaneuvottelut"),
    (
        "Vanhat järjestelmät sammutetaan vasta kolmen kuukauden rinnakkaiskäytön jälkeen",
        "Potilasturvallisuus",
    ),
]
FI_WHO = ["Ohjausryhmä", "Hankejohtaja Mikko Virtanen", "Hyvinvointialuejohtaja"]
FI_WHO += ["Aino Korhonen"]


def _fi(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def finland_paatosloki(folder: Path, rng: random.Random) -> Built:
    """A Finnish wellbeing services county's decision log, dates as `14.3.2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Päätökset")
    ws["A1"] = "Päätösloki"
    ws["A2"] = "Hanke: Asiakastietojärjestelmän yhtenäistäminen"
    header: list[object] = ["Nro", "Päivämäärä", None, "Päätös", "Perustelut", "Päättäjä"]
    header += ["Kokous", "Vaikutukset"]
    _put(ws, 4, 1, [header])
    ws.column_dimensions["C"].width = 2
    n = rng.randint(5, 7)
    chosen = rng.sample(FI_DECISIONS, n)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Asiakastietojärjestelmän yhtenäistäminen"),
    ]
    for i, (decision, why) in enumerate(chosen):
        who = rng.choice(FI_WHO)
        meeting = f"Ohjausryhmä {i + 2}/{when[i].year}"
        effect = rng.choice(["Aikataulu siirtyy", "Ei vaikutusta budjettiin", None])
        cells: list[object] = [i + 1, _fi(when[i]), None, decision, why, who, meeting, effect]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when[i]),
        ]
    path = _save(wb, folder, "finland_paatosloki")
    targets: Targets = {"A": ("id", None), "B": "date", "D": "decision", "E": "rationale"}
    targets |= {"F": "made_by", "G": None, "H": None}
    return Built(path, [_one("decisions", "Päätökset", 4, targets, n)], values)


IE_DEPS = [
    (
        "Integration engine upgrade by the national integration team",
        "Incoming",
        "National Integration Services",
    ),
    (
        "Individual Health Identifier lookups live for the hospital group",
        "Incoming",
        "IHI Programme",
    ),
    (
        "Theatre scheduling data feed to the waiting list office",
        "Outgoing",
        "NTPF Waiting List Project",
    ),
    ("Network upgrade at Cork University Hospital", "Incoming", "eHealth Infrastructure"),
    ("Clinical coding extract for HIPE", "Outgoing", "Healthcare Pricing Office"),
    ("Single sign-on for consultants via HealthIRL accounts", "Incoming", "Identity & Access"),
    ("Training rooms booked through the HSeLanD team", "Incoming", "HSeLanD"),
]
IE_PEOPLE = ["Siobhán Murphy", "Ciarán O'Brien", "Aoife Kelly", "Declan Walsh"]
IE_CONTACTS = ["Niamh Byrne", "Seán Ryan", "Orla Doyle", "Pádraig Nolan"]


def ireland_hse_dependency_log(folder: Path, rng: random.Random) -> Built:
    """An Irish HSE digital programme's dependency log, dates as `14-Mar-26` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Health Service Executive | Feidhmeannacht na Seirbhíse Sláinte"
    ws["A2"] = "Programme:"
    ws["B2"] = "Acute Digital Programme"
    ws["A3"] = "Project:"
    ws["B3"] = "South/Southwest Hospital Group EHR Phase 1"
    header: list[object] = ["Dep Ref", "Dependency Description", "Incoming / Outgoing"]
    header += ["Dependent Project / Team", "HSE Owner", "Other Party Contact"]
    header += ["Date Required", "Date Committed", "RAG", "Status", None, "Comments"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 7)
    deps = rng.sample(IE_DEPS, n)
    needs = _days(rng, n, date(2026, 1, 19))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "South/Southwest Hospital Group EHR Phase 1"),
        ValueFact("project", 0, "programme", "Acute Digital Programme"),
    ]
    for i, (title, way, party) in enumerate(deps):
        owner = rng.choice(IE_PEOPLE)
        contact = rng.choice(IE_CONTACTS)
        committed = needs[i] + timedelta(days=rng.choice([0, 0, 7, 14, 28]))
        status = rng.choice(["Open", "Open", "Closed"])
        rag = "G" if status == "Closed" else rng.choice(["G", "A", "R"])
        note = rng.choice([None, "Raised at the design authority", "Awaiting CCB approval"])
        cells: list[object] = [f"DEP{i + 1:03d}", title, way, party, owner, contact]
        cells += [_mon(needs[i], 2), _mon(committed, 2), rag, status, None, note]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if way == "Incoming" else "Outbound"
            ),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", contact),
            ValueFact("dependencies", i, "need_by", needs[i]),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", status),
        ]
    path = _save(wb, folder, "ireland_hse_dependency_log")
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["owner", "counterparty_owner", "need_by", "committed_date", None])
    targets |= {"J": "status", "L": None}
    return Built(path, [_one("dependencies", "Dependencies", 5, targets, n)], values)


UG_ITEMS = {
    "Risk": [
        "Flooding in Lamwo district cuts road access to borehole sites",
        "Exchange rate moves reduce the UGX value of the grant",
        "Drilling contractor's rig breaks down during the dry season",
    ],
    "Assumption": [
        "District water officers co-sign the handover certificates",
        "Communities contribute the agreed 5% towards operation and maintenance",
        "Borehole yields meet the 0.5 m3/h threshold at 80% of sites",
    ],
    "Issue": [
        "Two hand pumps in Kitgum failed their water quality tests",
        "Procurement of spare parts held up at the Elegu border post",
        "Field officer vacancy in Pader not filled",
    ],
    "Dependency": [
        "Ministry of Water and Environment approves the siting reports",
        "Partner NGO completes the hygiene promotion baseline survey",
    ],
}
UG_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
UG_REG["Dependency"] = "dependencies"
UG_TEXT = {"risks": "title", "issues": "title", "dependencies": "title"}
UG_TEXT["assumptions"] = "assumption"
UG_DUE = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}
UG_PEOPLE = ["Okello James", "Akello Grace", "Nakato Sarah", "Ocen Patrick", "Atim Brenda"]


def uganda_ngo_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Ugandan NGO's WASH project RAID log: the register per row in `Category`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "RAID LOG"
    ws["A2"] = "Project: Northern Uganda WASH Resilience (NUWR)"
    ws["A3"] = "Last reviewed: 12/03/2026 at the partners' call"
    header = ["Category", "Ref", "Description", "Raised by", "Owner", "Date raised"]
    header += ["Due date", "Priority", "Status", "Action / Update"]
    _put(ws, 5, 1, [header])
    rows: list[tuple[str, str]] = []
    for kind, texts in UG_ITEMS.items():
        for t in rng.sample(texts, rng.randint(len(texts) - 1, len(texts))):
            rows.append((kind, t))
    rng.shuffle(rows)
    opened = _days(rng, len(rows), date(2025, 11, 3))
    index: dict[str, int] = {}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Northern Uganda WASH Resilience (NUWR)"),
    ]
    for r, (kind, text) in enumerate(rows):
        reg = UG_REG[kind]
        i = index.get(reg, 0)
        index[reg] = i + 1
        owner = rng.choice(UG_PEOPLE)
        due = opened[r] + timedelta(days=rng.choice([14, 30, 45, 60]))
        states = ["Open", "In progress", "Closed"] if reg == "issues" else ["Open", "Closed"]
        state = rng.choice(states)
        prio = rng.choice(["High", "Medium", "Low"])
        action = rng.choice([None, "Follow up with the district", "Discussed with the donor"])
        cells: list[object] = [kind, f"{kind[0]}{r + 1:02d}", text, rng.choice(UG_PEOPLE)]
        cells += [owner, opened[r], due, prio, state, action]
        row = 6 + r
        _put(ws, row, 1, [cells])
        ws.cell(row, 6).number_format = "dd/mm/yyyy"
        ws.cell(row, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, UG_TEXT[reg], text),
            ValueFact(reg, i, "owner", owner),
            ValueFact(reg, i, "status", "In Progress" if state == "In progress" else state),
        ]
        if reg != "dependencies":  # a dependency has no raised date, its due date two readings
            values.append(ValueFact(reg, i, "raised_date", opened[r]))
            values.append(ValueFact(reg, i, UG_DUE[reg], due))
        if reg == "issues":
            values.append(ValueFact(reg, i, "priority", prio))
    path = _save(wb, folder, "uganda_ngo_raid_log")
    targets: Targets = {"A": "register", "B": ("id", None), "C": ("title", "assumption")}
    targets |= {"D": None, "E": "owner", "F": ("raised_date", None)}
    targets |= {"G": ("due_date", "validate_by", "need_by", "committed_date", None)}
    targets |= {"H": ("priority", None), "I": "status", "J": None}
    table = TruthTable("RAID Log", 5, "raid", targets, dict(index))
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

NO_LINES = ["Prosjektering", "Grunnarbeider", "Bygningsmessige arbeider", "Tekniske anlegg"]
NO_LINES += ["Inventar og utstyr", "Byggeledelse"]
NO_MONTHS = ["jan.", "feb.", "mar.", "apr.", "mai", "jun."]


def norway_investeringsbudsjett(folder: Path, rng: random.Random) -> Built:
    """A Norwegian municipality's investment budget in 1000 kr, Norwegian month labels."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Investering 2026")
    ws["A1"] = "Stavanger kommune - Økonomirapport investeringsprosjekt 2026"
    ws["A2"] = "Prosjekt: Ny Hinna skole"
    ws["A3"] = "Beløp i 1000 kr"
    _put(ws, 5, 1, [["Prosjektelement", "Art", *NO_MONTHS, "Sum 2026"]])
    months = _months(date(2026, 1, 1), 6)
    lines = rng.sample(NO_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", "Ny Hinna skole")]
    row = 6
    for line in lines:
        budget = [float(rng.randrange(200, 4000)) for _ in months]
        spent = [float(round(b * rng.uniform(0.6, 1.1))) for b in budget[:3]]
        forecast = spent + [float(round(b * rng.uniform(0.9, 1.15))) for b in budget[3:]]
        _put(ws, row, 1, [[line, "Budsjett", *budget, sum(budget)]])
        _put(ws, row + 1, 1, [[line, "Regnskap", *spent, None, None, None, sum(spent)]])
        _put(ws, row + 2, 1, [[line, "Prognose", *forecast, sum(forecast)]])
        for r in range(row, row + 3):
            for c in range(3, 10):
                ws.cell(r, c).number_format = "# ##0"
        row += 3
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m] * 1000))
            values.append(ValueFact("finance", (month, line), "forecast", forecast[m] * 1000))
            if m < 3:
                values.append(ValueFact("finance", (month, line), "actual", spent[m] * 1000))
    path = _save(wb, folder, "norway_investeringsbudsjett")
    targets: Targets = {"A": "cost_line", "B": "measure", "I": None}
    table = TruthTable("Investering 2026", 5, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


BD_LINES = [
    ("Construction of union parishad complexes", "4111317"),
    ("Rural road improvement (upazila roads)", "4111302"),
    ("Consultancy services", "3257101"),
    ("Training of LGI officials", "3231301"),
    ("Motor vehicles", "4112101"),
]


def bangladesh_adp_expenditure(folder: Path, rng: random.Random) -> Built:
    """A Bangladeshi development project's ADP allocation and expenditure in lakh taka,
    two merged month groups across, fiscal year from July."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "ADP 2025-26")
    ws["A1"] = "Government of the People's Republic of Bangladesh"
    ws["A2"] = "Local Government Engineering Department (LGED)"
    ws["A3"] = "Rural Infrastructure Development Project - ADP 2025-26 (Tk. in lakh)"
    months = _months(date(2025, 7, 1), 6)
    labels = [f"{m:%b}'{m.year % 100}" for m in months]
    ws["D5"] = "Monthly Allocation"
    ws.merge_cells("D5:I5")
    ws["J5"] = "Monthly Expenditure"
    ws.merge_cells("J5:O5")
    for cell in ("D5", "J5"):
        ws[cell].alignment = Alignment(horizontal="center")
    _put(ws, 6, 1, [["Sl. No.", "Component", "Economic Code", *labels, *labels]])
    chosen = rng.sample(BD_LINES, 4)
    values: list[ValueFact] = []
    totals = [0.0] * 12
    for k, (line, code) in enumerate(chosen):
        alloc = [round(rng.randrange(50, 900) * 0.5, 2) for _ in months]
        spent = [round(a * rng.uniform(0.3, 1.0), 2) for a in alloc[:4]]
        cells: list[object] = [k + 1, line, code, *alloc, *spent]
        _put(ws, 7 + k, 1, [cells])
        for j, v in enumerate([*alloc, *spent]):
            totals[j] += v
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", alloc[m] * 100_000))
            if m < 4:
                values.append(ValueFact("finance", (month, line), "actual", spent[m] * 100_000))
    total_cells: list[object] = [None, "Total", None, *[round(t, 2) for t in totals]]
    total_cells = total_cells[: 3 + 6 + 4]
    _put(ws, 7 + len(chosen), 1, [total_cells])
    path = _save(wb, folder, "bangladesh_adp_expenditure")
    targets: Targets = {"A": None, "B": "cost_line", "C": None}
    table = TruthTable("ADP 2025-26", 6, "finance", targets, {"finance": 6 * len(chosen)})
    return Built(path, [table], values)


MT_LINES = ["Civil works", "Works supervision", "Equipment", "Publicity measures"]


def malta_erdf_cashflow(folder: Path, rng: random.Random) -> Built:
    """A Maltese EU-cofunded project's cash flow in euro: months down, cost lines across
    under merged `Planned (€)` / `Actual (€)` groups."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash Flow")
    ws["A1"] = "Infrastructure Malta - ERDF 2021-2027"
    ws["A2"] = "Project: Marsa Junction Cycle and Pedestrian Links - Cash Flow Forecast (EUR)"
    nl = len(MT_LINES)
    ws.cell(4, 2, "Planned (€)")
    ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=1 + nl)
    ws.cell(4, 2 + nl, "Actual (€)")
    ws.merge_cells(start_row=4, start_column=2 + nl, end_row=4, end_column=1 + 2 * nl)
    _put(ws, 5, 1, [["Month", *MT_LINES, *MT_LINES]])
    months = _months(date(2026, 1, 1), rng.randint(6, 8))
    done = 3
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    sums = [0.0] * (2 * nl)
    for m, month in enumerate(months):
        plan = [float(rng.randrange(5, 300) * 250) for _ in MT_LINES]
        spent = [round(p * rng.uniform(0.5, 1.1), 2) for p in plan] if m < done else []
        row = 6 + m
        _put(ws, row, 1, [[month, *plan, *(spent or [None] * nl)]])
        ws.cell(row, 1).number_format = "mmm-yy"
        for c in range(2, 2 + 2 * nl):
            ws.cell(row, c).number_format = "€#,##0.00"
        for k, line in enumerate(MT_LINES):
            values.append(ValueFact("finance", (month, line), "budget", plan[k]))
            sums[k] += plan[k]
            if spent:
                values.append(ValueFact("finance", (month, line), "actual", spent[k]))
                sums[nl + k] += spent[k]
    _put(ws, 6 + len(months), 1, [["Total", *[round(s, 2) for s in sums]]])
    path = _save(wb, folder, "malta_erdf_cashflow")
    targets: Targets = {"A": "month"}
    n = len(months) * nl
    return Built(path, [TruthTable("Cash Flow", 5, "finance", targets, {"finance": n})], values)


JO_STAFF = [
    ("Rania Haddad", "Named", "Solution Architect"),
    ("Omar Khalil", "Named", "Network Engineer"),
    ("Lina Nasser", "Named", "Project Manager"),
    ("Yousef Saleh", "Named", "Test Lead"),
    ("Dana Abu-Ghazaleh", "Named", "Business Analyst"),
    ("Generic - RF Engineer", "Generic", "RF Engineer"),
    ("Generic - Field Technician", "Generic", "Field Technician"),
]


def tempus_resource_allocation(folder: Path, rng: random.Random) -> Built:
    """A Tempus Resource allocation report in FTE, named and generic resources."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Allocation")
    ws["A1"] = "Allocation Report (FTE)"
    ws["A2"] = "Portfolio: Network Modernisation 2026 | Generated 02/04/2026 08:12"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{m:%b} {m.year}" for m in months]
    header = ["Resource Name", "Resource Type", "Primary Role", "Project Name"]
    _put(ws, 4, 1, [[*header, "Allocation Type", *labels]])
    staff = rng.sample(JO_STAFF, 6)
    count = 0
    for i, (person, kind, role) in enumerate(staff):
        ftes = [rng.choice([None, 0.2, 0.5, 0.5, 1.0]) for _ in labels]
        count += sum(1 for f in ftes if f)
        project = "5G Core Rollout" if i % 2 else "Fibre to the Home - Amman West"
        cells: list[object] = [person, kind, role, project, rng.choice(["Hard", "Soft"])]
        _put(ws, 5 + i, 1, [[*cells, *ftes]])
    path = _save(wb, folder, "tempus_resource_allocation")
    targets: Targets = {"A": "person", "B": None, "C": "role", "D": None, "E": None}
    table = TruthTable("Allocation", 4, "resources", targets, {"resources": count})
    # the labelled `Portfolio:` of the preamble (audit of round 20, as round 9's Sciforma)
    values = [ValueFact("project", 0, "portfolio", "Network Modernisation 2026")]
    return Built(path, [table], values)


HU_MILESTONES = [
    "Engedélyezési terv benyújtva",
    "Építési engedély jogerős",
    "Kivitelezői szerződés aláírva",
    "Munkaterület átadása",
    "Peronok szerkezetkész állapota",
    "Utastájékoztató rendszer telepítve",
    "Műszaki átadás-átvétel",
    "Forgalomba helyezés",
]
HU_PEOPLE = ["Nagy Eszter", "Kovács Gábor", "Tóth Zsófia", "Szabó Péter"]


def _hu(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}."


def hungary_merfoldko_terv(folder: Path, rng: random.Random) -> Built:
    """A Hungarian milestone plan in Hungarian, dates as `2026.03.14.` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mérföldkövek")
    ws["A1"] = "Mérföldkő-terv"
    ws["A2"] = "Projekt: Debreceni intermodális csomópont"
    ws["A3"] = "Projektvezető: Nagy Eszter"
    ws["A4"] = "Státusz dátuma: 2026.03.31."
    header = ["Sorsz.", "Mérföldkő", "Felelős", "Kapu", "Bázis határidő", "Várható dátum"]
    header += ["Tényleges dátum", "Státusz"]
    _put(ws, 6, 1, [header])
    n = len(HU_MILESTONES)
    base = _days(rng, n, date(2025, 10, 6))
    done = rng.randint(2, 3)
    status_day = date(2026, 3, 31)
    open_states = {"Folyamatban": "In Progress", "Késésben": "Late"}
    open_states |= {"Veszélyeztetett": "At Risk", "Nem kezdődött el": "Not Started"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Debreceni intermodális csomópont"),
        ValueFact("project", 0, "project_manager", "Nagy Eszter"),
        ValueFact("project", 0, "report_date", status_day),
    ]
    for i, name in enumerate(HU_MILESTONES):
        owner = rng.choice(HU_PEOPLE)
        gate = rng.choice(["Igen", "Nem", "Nem"])
        fc = base[i] + timedelta(days=rng.choice([0, 0, 10, 30, 45]))
        if i < done:
            fc = min(fc, status_day - timedelta(days=5))
        elif fc <= status_day:
            fc = status_day + timedelta(days=rng.choice([7, 21, 40]))
        actual = fc if i < done else None
        status = "Teljesítve" if actual else rng.choice(list(open_states))
        cells: list[object] = [i + 1, name, owner, gate, _hu(base[i]), _hu(fc)]
        cells += [_hu(actual) if actual else None, status]
        _put(ws, 7 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "gate", "Y" if gate == "Igen" else "N"),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", "Complete" if actual else open_states[status]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "hungary_merfoldko_terv")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "gate"])
    targets |= _cols("E", ["baseline_date", "forecast_date", "actual_date", "status"])
    return Built(path, [_one("milestones", "Mérföldkövek", 6, targets, n)], values)


SA_MILESTONES = [
    "Master plan approved by the Board",
    "Enabling works contract awarded",
    "Desalination plant site handed over",
    "Marina quay walls complete",
    "First hotel structure topped out",
    "Utilities energised for Phase 1",
]
SA_RISKS = [
    "Shortage of skilled labour under the localisation quota",
    "Extreme heat limits concrete pours in summer",
    "Late approval of the environmental permit by NCEC",
    "Supply chain delays for coastal protection rock",
    "Design interface between marina and utilities packages",
]
SA_ISSUES = [
    "Access road to the site flooded after the storm",
    "Contractor mobilisation behind the plan by three weeks",
    "Design consultant's drawings missing the utility corridors",
    "Accommodation camp capacity exceeded",
]
SA_PEOPLE = ["Abdullah Al-Otaibi", "Sara Al-Qahtani", "Faisal Al-Harbi", "Michael Turner"]
SA_PEOPLE += ["Noura Al-Shehri"]


def saudi_giga_status_report(folder: Path, rng: random.Random) -> Built:
    """A Saudi giga-project's weekly status sheet, bilingual headings, three tables under a
    label / value block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Weekly Status")
    ws["A1"] = "Weekly Project Status Report | تقرير حالة المشروع الأسبوعي"
    block = [("Project Name | اسم المشروع", "Red Sea Coastal Resort - Phase 1")]
    block += [("Project Manager | مدير المشروع", "Sara Al-Qahtani")]
    block += [("Sponsor | الراعي", "Abdullah Al-Otaibi")]
    block += [("Report Date | تاريخ التقرير", "14/03/2026")]
    block += [("Overall Status | الحالة العامة", "Amber")]
    for r, (label, value) in enumerate(block):
        ws.cell(3 + r, 1, label)
        ws.cell(3 + r, 3, value)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Red Sea Coastal Resort - Phase 1"),
        ValueFact("project", 0, "project_manager", "Sara Al-Qahtani"),
        ValueFact("project", 0, "sponsor", "Abdullah Al-Otaibi"),
        ValueFact("project", 0, "report_date", date(2026, 3, 14)),
        ValueFact("project", 0, "overall_rag", "Amber"),
    ]
    # Key milestones
    m_title = 3 + len(block) + 1
    ws.cell(m_title, 1, "Key Milestones | المعالم الرئيسية")
    m_head = ["No.", "Milestone | المعلم", "Owner | المسؤول", "Planned Date", "Forecast Date"]
    m_head += ["Actual Date", "% Complete", "Status | الحالة"]
    m_row = m_title + 1
    _put(ws, m_row, 1, [m_head])
    nm = len(SA_MILESTONES)
    base = _days(rng, nm, date(2025, 11, 2))
    done = rng.randint(1, 2)
    m_states = {"On Track": None, "At Risk": "At Risk", "Delayed": "Late"}
    for i, name in enumerate(SA_MILESTONES):
        owner = rng.choice(SA_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 14, 30]))
        if i >= done and fc <= date(2026, 3, 14):  # not achieved: forecast after the report
            fc = date(2026, 3, 14) + timedelta(days=rng.choice([5, 19, 33]))
        actual = fc if i < done else None
        status = "Completed" if actual else rng.choice(list(m_states))
        pct = 1.0 if actual else rng.choice([0.0, 0.25, 0.6, 0.8])
        row = m_row + 1 + i
        _put(ws, row, 1, [[i + 1, name, owner, base[i], fc, actual, pct, status]])
        for c in (4, 5, 6):
            ws.cell(row, c).number_format = "dd/mm/yyyy"
        ws.cell(row, 7).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
            values.append(ValueFact("milestones", i, "status", "Complete"))
        elif m_states[status]:
            values.append(ValueFact("milestones", i, "status", m_states[status]))
    # Top risks
    r_title = m_row + nm + 2
    ws.cell(r_title, 1, "Top Risks | أهم المخاطر")
    r_head = ["Risk ID", "Risk Description | وصف الخطر", "Likelihood", "Impact"]
    r_head += ["Mitigation | الإجراء", "Owner | المسؤول"]
    r_row = r_title + 1
    _put(ws, r_row, 1, [r_head])
    nr = rng.randint(3, 5)
    risks = rng.sample(SA_RISKS, nr)
    for i, title in enumerate(risks):
        owner = rng.choice(SA_PEOPLE)
        action = rng.choice(["Night shifts and ice in the mix", "Early engagement with NCEC"])
        cells: list[object] = [f"R-{i + 1:03d}", title, rng.choice("HML"), rng.choice("HML")]
        _put(ws, r_row + 1 + i, 1, [[*cells, action, owner]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "owner", owner),
        ]
    # Open issues
    i_title = r_row + nr + 2
    ws.cell(i_title, 1, "Open Issues | القضايا المفتوحة")
    i_head = ["Issue ID", "Issue | القضية", "Owner | المسؤول", "Raised On", "Target Date"]
    i_head += ["Escalation Level"]
    i_row = i_title + 1
    _put(ws, i_row, 1, [i_head])
    ni = rng.randint(3, 4)
    issues = rng.sample(SA_ISSUES, ni)
    raised = _days(rng, ni, date(2026, 1, 5))
    for i, title in enumerate(issues):
        owner = rng.choice(SA_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([7, 14, 30]))
        level = rng.choice(["Project", "Programme", "Portfolio"])
        row = i_row + 1 + i
        _put(ws, row, 1, [[f"I-{i + 1:03d}", title, owner, raised[i], due, level]])
        for c in (4, 5):
            ws.cell(row, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "escalation_level", level),
        ]
    path = _save(wb, folder, "saudi_giga_status_report")
    m_targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    m_targets |= _cols("E", ["forecast_date", "actual_date", None, "status"])
    r_targets: Targets = _cols("A", ["id", "title", ("probability", None)])
    r_targets |= _cols("D", [("impact", None), "response", "owner"])
    i_targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "due_date"])
    i_targets |= {"F": "escalation_level"}
    tables = [
        _one("milestones", "Weekly Status", m_row, m_targets, nm),
        _one("risks", "Weekly Status", r_row, r_targets, nr),
        _one("issues", "Weekly Status", i_row, i_targets, ni),
    ]
    return Built(path, tables, values)


HELD_OUT_20: tuple[Layout, ...] = (
    Layout(
        "bitrix24_zadachi_issues",
        "Bitrix24 task list export in Russian (Uzbek retail WMS issue log)",
        bitrix24_zadachi_issues,
    ),
    Layout(
        "qatar_metro_risk_register",
        "Qatari rail contractor ISO 31000 risk register (inherent / residual groups)",
        qatar_metro_risk_register,
    ),
    Layout(
        "sweden_antagandelogg",
        "Swedish municipality assumptions log (ISO text dates)",
        sweden_antagandelogg,
    ),
    Layout(
        "finland_paatosloki",
        "Finnish wellbeing services county decision log",
        finland_paatosloki,
    ),
    Layout(
        "ireland_hse_dependency_log",
        "Irish HSE digital programme dependency log",
        ireland_hse_dependency_log,
    ),
    Layout("uganda_ngo_raid_log", "Ugandan NGO WASH project RAID log", uganda_ngo_raid_log),
    Layout(
        "norway_investeringsbudsjett",
        "Norwegian municipality investment budget (1000 kr)",
        norway_investeringsbudsjett,
    ),
    Layout(
        "bangladesh_adp_expenditure",
        "Bangladeshi ADP allocation and expenditure (Tk. in lakh)",
        bangladesh_adp_expenditure,
    ),
    Layout(
        "malta_erdf_cashflow",
        "Maltese ERDF project cash flow (months down, lines across)",
        malta_erdf_cashflow,
    ),
    Layout(
        "tempus_resource_allocation",
        "Tempus Resource allocation report in FTE (Jordanian telecom)",
        tempus_resource_allocation,
    ),
    Layout(
        "hungary_merfoldko_terv",
        "Hungarian intermodal hub milestone plan",
        hungary_merfoldko_terv,
    ),
    Layout(
        "saudi_giga_status_report",
        "Saudi giga-project weekly status sheet (milestones, risks, issues)",
        saudi_giga_status_report,
    ),
)
