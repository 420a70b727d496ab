"""Round 20's register tuning batch (``TUNING_10``): twelve seeded legacy REGISTER layouts
with ground truth, written in round 20 by an engineer who tunes adoption, from tools,
sectors, countries and languages no earlier batch file's docstring names (every
``adopt_layouts*.py`` docstring that may be read was checked). It is a TUNING batch from the
start ("tuning, tenth batch (round 20)"): its misses are read and fixed by general patterns
(docs/adopt.md, "Round 20: a tenth tuning batch (registers and their values), and
mechanisms for it"). It stresses VALUES: statuses in the local language and a tool's own
workflow states; likelihood and impact as words, letters, colours written as words,
percentages and 1-3 or 1-10 scales; dates as text with local month names, date-times,
Excel serials and ISO week dates; people as ``Last, First``, e-mail addresses, initials and
``Name (Team)``; IDs with prefixes; yes / no in local words.

- ``albania_regjistri_rreziqeve``: an Albanian municipal water utility's `Regjistri i
  Rreziqeve` (`Nr.`, `Kodi` RZ-01, `Rreziku`, `Përgjegjësi` as `Hoxha, Arben`,
  `Probabiliteti` / `Ndikimi` E lartë / E mesme / E ulët, `Niveli i rrezikut` (one
  combined rating), `Masat`, `Statusi` Hapur / Në monitorim / Mbyllur, `Data e
  identifikimit` as `14 mars 2026`).
- ``north_macedonia_issue_log``: a North Macedonian health insurance fund's `Регистар на
  проблеми` in Cyrillic (`Бр.`, `Проблем`, `Одговорно лице` as an e-mail address,
  `Приоритет` Висок / Среден / Низок, `Статус` Отворен / Во тек / Решен / Затворен,
  `Датум на пријавување` as a `14.03.2026 09:41` date-time, `Рок` `14.03.2026`).
- ``basque_erabakien_erregistroa``: a Basque provincial council's decision log (`Zk.`,
  `Data` as `2026ko martxoaren 14a`, `Erabakia`, `Nork erabakia` as `Name (Team)`,
  `Arrazoia`).
- ``galicia_rexistro_dependencias``: a Galician regional government's dependency register
  (`Código` DEP-01, `Dependencia`, `Tipo` Entrante / Saínte, `Proxecto relacionado`,
  `Responsable` as initials, `Data necesaria` as `14 de marzo de 2026`, `Estado` Aberta /
  En risco / Entregada / Pechada).
- ``south_africa_afrikaans_risikoregister``: a Western Cape municipality's Afrikaans
  `Risikoregister` (`Risiko-nr.`, `Risiko`, `Eienaar` as `Name (Team)`, `Waarskynlikheid
  (%)` as `35%`, `Impak` Rooi / Amber / Groen, `Status` Oop / Word gemonitor / Gesluit,
  `Datum geïdentifiseer` as `14 Maart 2026`).
- ``philippines_talaan_ng_isyu``: a Philippine local government unit's issue log in
  Filipino (`Blg.`, `Isyu`, `Nakatalaga` as `Santos, Maria`, `Prayoridad` Mataas /
  Katamtaman / Mababa, `Katayuan` Bukas / Isinasagawa / Nalutas / Sarado, `Petsa ng
  pag-uulat` as `Marso 14, 2026`, `Takdang petsa` as an ISO week date `2026-W11-6`).
- ``bangladesh_jhuki_nibondhon``: a Bangladeshi metro rail project's risk register in
  Bengali (`ক্রমিক নং`, `ঝুঁকির বিবরণ`, `দায়িত্বপ্রাপ্ত কর্মকর্তা`, `সম্ভাবনা` উচ্চ / মধ্যম /
  নিম্ন, `প্রভাব (১-৩)` 1-3, `অবস্থা` খোলা / বন্ধ, `চিহ্নিতকরণের তারিখ` in Bengali digits
  `১৪/০৩/২০২৬`).
- ``pakistan_urdu_assumptions``: a Pakistani provincial programme's assumption register in
  Urdu on a right-to-left sheet (`نمبر`, `مفروضہ`, `ذمہ دار`, `تصدیق کی آخری تاریخ`,
  `اعتماد` زیادہ / درمیانہ / کم, `حیثیت` کھلا / تصدیق شدہ / غلط ثابت).
- ``freshservice_problem_records``: Freshservice problems kept as the issue log
  (`Problem ID` PRB-12, `Subject`, `Status` Open / Change Requested / Closed, `Priority`
  Low / Medium / High / Urgent, `Agent` as an e-mail address, `Created Date` as
  `2026-03-14 09:41:22`, `Due By` as `Sat, 14 Mar 2026 17:00`).
- ``jama_connect_risk_analysis``: a medical device maker's Jama Connect risk analysis
  export (`ID` MDX-RISK-12, `Name`, `Probability (1-10)`, `Severity (1-10)`, `Risk Index`
  (combined), `Status` Draft / Approved / Closed, `Assigned To` as `Last, First`, `Modified
  Date` as `2026-03-14T09:41:22`).
- ``malta_registru_raid``: a Maltese ministry's RAID register in Maltese, one table (`Tip`
  Riskju / Kwistjoni / Suppożizzjoni / Dipendenza, `Deskrizzjoni`, `Sid`, `Prob.` / `Imp.`
  as the letters H / M / L on risks, `Stat` Miftuħ / Magħluq, `Data` as `14 ta' Marzu
  2026`, `Skadenza` date cells).
- ``bosnia_evidencija_problema``: a Bosnian cantonal ministry's issue log (`R.br.`,
  `Problem`, `Nosilac` as `Name (Team)`, `Hitnost` Visoka / Srednja / Niska, `Riješeno`
  Da / Ne, `Datum prijave` as `14. mart 2026.`, `Rok` as an Excel serial number).

The ground truth says what a PMO person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: the combined ratings (`Niveli i rrezikut`,
`Risk Index`: mapped to the rating or left out, no value); a risk `Në monitorim` / `Word
gemonitor` is Monitoring, `Во тек` / `Isinasagawa` In Progress (the standard lists have
both words); Freshservice's `Change Requested` and `Urgent` (In Progress or Open; Critical
or High); Jama's `Draft` and `Approved` (the record's review state, not the risk's) and
its prefixed-and-suffixed `MDX-RISK-12` (kept or renumbered); `Riješeno: Ne` (not resolved:
Open or In Progress; `Da` is Resolved); the row numbers `Nr.`, `Бр.`, `Zk.`, `Blg.`, `ক্রমিক
নং`, `نمبر`, `R.br.` (their columns are the ID or left out: no value fact); initials
(kept as written). Three-level words, letters and colours are the documented
three-level reading (1 / 3 / 5); a 1-3 scale is the same; a 1-10 scale is halved up
(1-2 -> 1 .. 9-10 -> 5: linear rescaling gives the same); percentages go by the standards'
bands. Registers hold no money, so no money column is written. It was checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output before it
was first scored.
"""

from __future__ import annotations

import math
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
    _dmy,
    _one,
    _put,
    _save,
    _sheet,
)

START = date(2026, 1, 5)
#: The documented three-level reading of High / Medium / Low (and of any three levels).
THREE = (5.0, 3.0, 1.0)
PERCENT_BANDS = ((10, 1.0), (30, 2.0), (50, 3.0), (70, 4.0), (100, 5.0))


def _after(rng: random.Random, days: list[date], lo: int, hi: int) -> list[date]:
    out = [d + timedelta(days=rng.randint(lo, hi)) for d in days]
    if not any(d.day > 12 for d in out):
        out[0] = out[0].replace(day=20)
    return out


def _band(pct: int) -> float:
    return next(level for top, level in PERCENT_BANDS if pct <= top)


def _serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


# ---------------------------------------------------------------------------------------


AL_RISKS = [
    "Vonesa në prokurimin e tubacioneve",
    "Mungesa e stafit teknik",
    "Ndryshime në legjislacionin e ujit",
    "Tejkalim i buxhetit të investimit",
    "Ndërprerje e furnizimit me energji",
    "Rezistenca e konsumatorëve ndaj matësave",
]
AL_PEOPLE = [("Hoxha", "Arben"), ("Krasniqi", "Elira"), ("Shehu", "Dritan"), ("Gjoka", "Blerta")]
AL_MONTHS = "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor"


def albania_regjistri_rreziqeve(folder: Path, rng: random.Random) -> Built:
    """Albanian: Last, First owners, three-level words, month names, a combined rating."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rreziqet")
    ws["A1"] = "Regjistri i Rreziqeve - Projekti i Rrjetit të Ujësjellësit"
    header = ["Nr.", "Kodi", "Rreziku", "Përgjegjësi", "Probabiliteti", "Ndikimi"]
    header += ["Niveli i rrezikut", "Masat", "Statusi", "Data e identifikimit"]
    _put(ws, 3, 1, [header])
    levels = dict(zip(["E lartë", "E mesme", "E ulët"], THREE, strict=True))
    states = {"Hapur": "Open", "Në monitorim": "Monitoring", "Mbyllur": "Closed"}
    months = AL_MONTHS.split()
    n = rng.randint(4, 6)
    raised = _days(rng, n, START)
    values: list[ValueFact] = []
    for i in range(n):
        last, first = rng.choice(AL_PEOPLE)
        p, m, state = rng.choice(list(levels)), rng.choice(list(levels)), rng.choice(list(states))
        when = f"{raised[i].day} {months[raised[i].month - 1]} {raised[i].year}"
        row = [i + 1, f"RZ-{i + 1:02d}", AL_RISKS[i], f"{last}, {first}", p, m]
        row += [rng.choice(["I lartë", "I mesëm", "I ulët"]), "Monitorim mujor", state, when]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", AL_RISKS[i]),
            ValueFact("risks", i, "owner", f"{first} {last}"),
            ValueFact("risks", i, "probability", levels[p]),
            ValueFact("risks", i, "impact", levels[m]),
            ValueFact("risks", i, "status", states[state]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "albania_regjistri_rreziqeve")
    targets: Targets = _cols("A", [None, "id", "title", "owner", "probability", "impact"])
    targets |= {"G": ("rating", None), "H": "response", "I": "status", "J": "raised_date"}
    return Built(path, [_one("risks", "Rreziqet", 3, targets, n)], values)


MK_ISSUES = [
    "Доцнење на испораката на серверите",
    "Недостиг на програмери",
    "Прекин на мрежата во подрачната единица",
    "Неодобрен дизајн на базата",
    "Надминување на буџетот",
    "Доцнење во миграцијата на податоци",
]
MK_PEOPLE = [
    ("Ana Petrovska", "ana.petrovska@fzo.mk"),
    ("Goran Trajkovski", "goran.trajkovski@fzo.mk"),
    ("Marija Stojanova", "marija.stojanova@fzo.mk"),
    ("Bojan Nikolovski", "bojan.nikolovski@fzo.mk"),
]


def north_macedonia_issue_log(folder: Path, rng: random.Random) -> Built:
    """Macedonian Cyrillic: e-mail owners, date-times, four statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Проблеми")
    ws["A1"] = "Регистар на проблеми - Проект е-Здравство"
    header = ["Бр.", "Проблем", "Одговорно лице", "Приоритет", "Статус"]
    _put(ws, 3, 1, [[*header, "Датум на пријавување", "Рок"]])
    prios = {"Висок": "High", "Среден": "Medium", "Низок": "Low"}
    states = {"Отворен": "Open", "Во тек": "In Progress", "Решен": "Resolved"}
    states["Затворен"] = "Closed"
    n = rng.randint(4, 6)
    raised = _days(rng, n, START)
    due = _after(rng, raised, 7, 40)
    values: list[ValueFact] = []
    for i in range(n):
        (name, mail), prio, state = rng.choice(MK_PEOPLE), rng.choice(list(prios)), None
        state = rng.choice(list(states))
        stamp = f"{_dmy(raised[i], '.')} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
        row = [i + 1, MK_ISSUES[i], mail, prio, state, stamp, _dmy(due[i], ".")]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", MK_ISSUES[i]),
            ValueFact("issues", i, "owner", name),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "status", states[state]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
    path = _save(wb, folder, "north_macedonia_issue_log")
    targets: Targets = _cols("B", ["title", "owner", "priority", "status", "raised_date"])
    targets |= {"A": ("id", None), "G": "due_date"}
    return Built(path, [_one("issues", "Проблеми", 3, targets, n)], values)


EU_DECISIONS = [
    "Hornitzaile bakarra hautatzea sareko azpiegiturarako",
    "Proiektuaren fasea bitan banatzea",
    "Datu-basea hodeira eramatea",
    "Prestakuntza plana hiru hilabete atzeratzea",
    "Kanpoko auditoria kontratatzea",
    "Lan-taldea bi pertsonarekin indartzea",
]
EU_WHO = [
    ("Miren Etxeberria", "Zuzendaritza"),
    ("Iñaki Agirre", "Proiektu Batzordea"),
    ("Ane Goikoetxea", "IKT Saila"),
    ("Jon Urrutia", "Ogasun Saila"),
]
EU_MONTHS = [
    "urtarrilaren",
    "otsailaren",
    "martxoaren",
    "apirilaren",
    "maiatzaren",
    "ekainaren",
    "uztailaren",
    "abuztuaren",
    "irailaren",
    "urriaren",
    "azaroaren",
    "abenduaren",
]


def basque_erabakien_erregistroa(folder: Path, rng: random.Random) -> Built:
    """Basque: year-first long dates (`2026ko martxoaren 14a`), `Name (Team)` deciders."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Erabakiak")
    ws["A1"] = "Erabakien erregistroa - Foru Aldundiaren Administrazio Elektronikoa"
    _put(ws, 3, 1, [["Zk.", "Data", "Erabakia", "Nork erabakia", "Arrazoia"]])
    n = rng.randint(4, 6)
    when = sorted(_days(rng, n, START))
    values: list[ValueFact] = []
    for i in range(n):
        who, team = rng.choice(EU_WHO)
        text = f"{when[i].year}ko {EU_MONTHS[when[i].month - 1]} {when[i].day}a"
        row = [i + 1, text, EU_DECISIONS[i], f"{who} ({team})", "Kostua eta arriskua murrizteko"]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", EU_DECISIONS[i]),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "basque_erabakien_erregistroa")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "made_by", "rationale"])
    return Built(path, [_one("decisions", "Erabakiak", 3, targets, n)], values)


GL_DEPS = [
    "Certificado dixital da Axencia Tributaria",
    "Conexión coa plataforma de interoperabilidade",
    "Migración do censo municipal",
    "Licenzas do xestor documental",
    "Validación xurídica do procedemento",
    "Servizo de sinatura electrónica",
]
GL_PROJECTS = ["PRX-CHAVE365", "PRX-NOTIFICA", "PRX-ARQUIVO", "PRX-SEDE"]
GL_MONTHS = [
    "xaneiro",
    "febreiro",
    "marzo",
    "abril",
    "maio",
    "xuño",
    "xullo",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "decembro",
]


def galicia_rexistro_dependencias(folder: Path, rng: random.Random) -> Built:
    """Galician: Entrante / Saínte, `14 de marzo de 2026`, initials, four statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencias")
    ws["A1"] = "Rexistro de dependencias - Sede electrónica da Xunta"
    header = ["Código", "Dependencia", "Tipo", "Proxecto relacionado", "Responsable"]
    _put(ws, 3, 1, [[*header, "Data necesaria", "Estado"]])
    kinds = {"Entrante": "Inbound", "Saínte": "Outbound"}
    states = {"Aberta": "Open", "En risco": "At Risk", "Entregada": "Delivered"}
    states["Pechada"] = "Closed"
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i in range(n):
        kind, state = rng.choice(list(kinds)), rng.choice(list(states))
        who, project = rng.choice(["MLF", "XCR", "APV", "BSG"]), rng.choice(GL_PROJECTS)
        when = f"{need[i].day} de {GL_MONTHS[need[i].month - 1]} de {need[i].year}"
        _put(ws, 4 + i, 1, [[f"DEP-{i + 1:02d}", GL_DEPS[i], kind, project, who, when, state]])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", GL_DEPS[i]),
            ValueFact("dependencies", i, "direction", kinds[kind]),
            ValueFact("dependencies", i, "counterparty_project_id", project),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", states[state]),
        ]
    path = _save(wb, folder, "galicia_rexistro_dependencias")
    targets: Targets = _cols(
        "A", ["id", "title", "direction", "counterparty_project_id", "owner", "need_by"]
    )
    targets["G"] = "status"
    return Built(path, [_one("dependencies", "Dependencias", 3, targets, n)], values)


AF_RISKS = [
    "Vertraging in die aankoop van pype",
    "Tekort aan tegniese personeel",
    "Beurtkrag onderbreek die pompstasies",
    "Begroting word oorskry",
    "Kontrakteur gaan bankrot",
    "Gemeenskap verset teen die roete",
]
AF_PEOPLE = [
    ("Johan van der Merwe", "Ingenieursdienste"),
    ("Annelie Botha", "Finansies"),
    ("Pieter Swanepoel", "Projekkantoor"),
    ("Thandiwe Mokoena", "Gemeenskapsdienste"),
]
AF_MONTHS = [
    "Januarie",
    "Februarie",
    "Maart",
    "April",
    "Mei",
    "Junie",
    "Julie",
    "Augustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def south_africa_afrikaans_risikoregister(folder: Path, rng: random.Random) -> Built:
    """Afrikaans: percentages, impact as colour words, `Name (Team)`, month names."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risikoregister")
    ws["A1"] = "Risikoregister - Waterinfrastruktuur Opgradering"
    header = ["Risiko-nr.", "Risiko", "Eienaar", "Waarskynlikheid (%)", "Impak", "Status"]
    _put(ws, 3, 1, [[*header, "Datum geïdentifiseer"]])
    colours = dict(zip(["Rooi", "Amber", "Groen"], THREE, strict=True))
    states = {"Oop": "Open", "Word gemonitor": "Monitoring", "Gesluit": "Closed"}
    n = rng.randint(4, 6)
    raised = _days(rng, n, START)
    values: list[ValueFact] = []
    for i in range(n):
        (who, team), pct = rng.choice(AF_PEOPLE), rng.choice([5, 15, 25, 35, 45, 60, 80, 95])
        colour, state = rng.choice(list(colours)), rng.choice(list(states))
        when = f"{raised[i].day} {AF_MONTHS[raised[i].month - 1]} {raised[i].year}"
        row = [f"RR{i + 1:03d}", AF_RISKS[i], f"{who} ({team})", f"{pct}%", colour, state, when]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", AF_RISKS[i]),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", _band(pct)),
            ValueFact("risks", i, "impact", colours[colour]),
            ValueFact("risks", i, "status", states[state]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "south_africa_afrikaans_risikoregister")
    targets: Targets = _cols(
        "A", ["id", "title", "owner", "probability", "impact", "status", "raised_date"]
    )
    return Built(path, [_one("risks", "Risikoregister", 3, targets, n)], values)


TL_ISSUES = [
    "Naantala ang paghahatid ng mga kompyuter",
    "Kulang ang mga tauhan sa IT",
    "Nawalan ng kuryente sa munisipyo",
    "Hindi pa aprubado ang disenyo ng sistema",
    "Lumampas sa badyet ang proyekto",
    "Naantala ang paglipat ng datos",
]
TL_PEOPLE = [("Santos", "Maria"), ("Reyes", "Jose"), ("Cruz", "Angelica"), ("Bautista", "Ramon")]
TL_MONTHS = [
    "Enero",
    "Pebrero",
    "Marso",
    "Abril",
    "Mayo",
    "Hunyo",
    "Hulyo",
    "Agosto",
    "Setyembre",
    "Oktubre",
    "Nobyembre",
    "Disyembre",
]


def philippines_talaan_ng_isyu(folder: Path, rng: random.Random) -> Built:
    """Filipino: `Santos, Maria`, `Marso 14, 2026`, ISO week dates with a weekday."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mga Isyu")
    ws["A1"] = "Talaan ng mga Isyu - Proyektong e-Serbisyo ng Bayan"
    header = ["Blg.", "Isyu", "Nakatalaga", "Prayoridad", "Katayuan", "Petsa ng pag-uulat"]
    _put(ws, 3, 1, [[*header, "Takdang petsa"]])
    prios = {"Mataas": "High", "Katamtaman": "Medium", "Mababa": "Low"}
    states = {"Bukas": "Open", "Isinasagawa": "In Progress", "Nalutas": "Resolved"}
    states["Sarado"] = "Closed"
    n = rng.randint(4, 6)
    raised = _days(rng, n, START)
    due = _after(rng, raised, 7, 40)
    values: list[ValueFact] = []
    for i in range(n):
        (last, first), prio, state = rng.choice(TL_PEOPLE), rng.choice(list(prios)), None
        state = rng.choice(list(states))
        when = f"{TL_MONTHS[raised[i].month - 1]} {raised[i].day}, {raised[i].year}"
        year, week, weekday = due[i].isocalendar()
        row = [i + 1, TL_ISSUES[i], f"{last}, {first}", prio, state, when]
        _put(ws, 4 + i, 1, [[*row, f"{year}-W{week:02d}-{weekday}"]])
        values += [
            ValueFact("issues", i, "title", TL_ISSUES[i]),
            ValueFact("issues", i, "owner", f"{first} {last}"),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "status", states[state]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
    path = _save(wb, folder, "philippines_talaan_ng_isyu")
    targets: Targets = _cols("B", ["title", "owner", "priority", "status", "raised_date"])
    targets |= {"A": ("id", None), "G": "due_date"}
    return Built(path, [_one("issues", "Mga Isyu", 3, targets, n)], values)


BN_RISKS = [
    "ভূমি অধিগ্রহণে বিলম্ব",
    "বিদেশি ঠিকাদারের অর্থ প্রদানে বিলম্ব",
    "বর্ষায় নির্মাণকাজ বন্ধ থাকা",
    "দক্ষ জনবলের অভাব",
    "নির্মাণসামগ্রীর মূল্যবৃদ্ধি",
    "বিদ্যুৎ সংযোগে বিলম্ব",
]
BN_PEOPLE = ["মোহাম্মদ রফিকুল ইসলাম", "নাসরিন আক্তার", "সৈয়দ মাহমুদ হাসান", "ফারহানা রহমান"]
_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def bangladesh_jhuki_nibondhon(folder: Path, rng: random.Random) -> Built:
    """Bengali: three-level words, a 1-3 impact scale, dates in Bengali digits."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "ঝুঁকি")
    ws["A1"] = "ঝুঁকি নিবন্ধন - মেট্রোরেল লাইন প্রকল্প"
    header = ["ক্রমিক নং", "ঝুঁকির বিবরণ", "দায়িত্বপ্রাপ্ত কর্মকর্তা", "সম্ভাবনা", "প্রভাব (১-৩)"]
    _put(ws, 3, 1, [[*header, "অবস্থা", "চিহ্নিতকরণের তারিখ"]])
    levels = dict(zip(["উচ্চ", "মধ্যম", "নিম্ন"], THREE, strict=True))
    states = {"খোলা": "Open", "বন্ধ": "Closed"}
    n = rng.randint(4, 6)
    raised = _days(rng, n, START)
    values: list[ValueFact] = []
    for i in range(n):
        owner, p, m = rng.choice(BN_PEOPLE), rng.choice(list(levels)), rng.randint(1, 3)
        state = rng.choice(list(states))
        row = [str(i + 1).translate(_BENGALI), BN_RISKS[i], owner, p, m, state]
        _put(ws, 4 + i, 1, [[*row, _dmy(raised[i]).translate(_BENGALI)]])
        values += [
            ValueFact("risks", i, "title", BN_RISKS[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", levels[p]),
            ValueFact("risks", i, "impact", THREE[3 - m]),
            ValueFact("risks", i, "status", states[state]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "bangladesh_jhuki_nibondhon")
    targets: Targets = _cols("B", ["title", "owner", "probability", "impact", "status"])
    targets |= {"A": ("id", None), "G": "raised_date"}
    return Built(path, [_one("risks", "ঝুঁকি", 3, targets, n)], values)


UR_ASSUMPTIONS = [
    "صوبائی حکومت بروقت فنڈز جاری کرے گی",
    "ضلعی دفاتر میں انٹرنیٹ دستیاب ہوگا",
    "عملہ نئے نظام کی تربیت مکمل کرے گا",
    "زمین کے ریکارڈ کی ڈیجیٹل کاپی موجود ہے",
    "بجلی کی فراہمی میں تعطل نہیں ہوگا",
    "محکمہ قانون مسودہ بروقت منظور کرے گا",
]
UR_PEOPLE = ["محمد عمران خان", "عائشہ صدیقی", "علی رضا", "فاطمہ بتول"]


def pakistan_urdu_assumptions(folder: Path, rng: random.Random) -> Built:
    """Urdu on a right-to-left sheet: confidence words, validated / invalid statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "مفروضات")
    ws.sheet_view.rightToLeft = True
    ws["A1"] = "مفروضات کا رجسٹر - اراضی ریکارڈ ڈیجیٹائزیشن پروگرام"
    header = ["نمبر", "مفروضہ", "ذمہ دار", "تصدیق کی آخری تاریخ", "اعتماد", "حیثیت"]
    _put(ws, 3, 1, [header])
    conf = {"زیادہ": "High", "درمیانہ": "Medium", "کم": "Low"}
    states = {"کھلا": "Open", "تصدیق شدہ": "Validated", "غلط ثابت": "Invalid"}
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner, c, state = rng.choice(UR_PEOPLE), rng.choice(list(conf)), rng.choice(list(states))
        _put(ws, 4 + i, 1, [[i + 1, UR_ASSUMPTIONS[i], owner, _dmy(by[i]), c, state]])
        values += [
            ValueFact("assumptions", i, "assumption", UR_ASSUMPTIONS[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "status", states[state]),
        ]
    path = _save(wb, folder, "pakistan_urdu_assumptions")
    targets: Targets = _cols("B", ["assumption", "owner", "validate_by", "confidence", "status"])
    targets["A"] = ("id", None)
    return Built(path, [_one("assumptions", "مفروضات", 3, targets, n)], values)


FS_PROBLEMS = [
    "Email delivery delays for external recipients",
    "VPN drops every afternoon for remote staff",
    "Payroll batch job fails on month end",
    "Printers offline after driver update",
    "Slow logins on the clinical workstation image",
    "Intermittent SSO errors in the HR portal",
]
FS_AGENTS = [
    ("Ayesha Khan", "ayesha.khan@northwind-health.com"),
    ("Liam Walsh", "liam.walsh@northwind-health.com"),
    ("Chen Jing", "chen.jing@northwind-health.com"),
    ("Sofia Marques", "sofia.marques@northwind-health.com"),
]
_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def freshservice_problem_records(folder: Path, rng: random.Random) -> Built:
    """Freshservice problems: `PRB-12`, the tool's own states, e-mail agents, stamps."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Problems")
    header = ["Problem ID", "Subject", "Status", "Priority", "Agent", "Created Date", "Due By"]
    _put(ws, 1, 1, [header])
    states = {"Open": "Open", "Change Requested": None, "Closed": "Closed"}
    prios = {"Low": "Low", "Medium": "Medium", "High": "High", "Urgent": None}
    n = rng.randint(4, 6)
    numbers = sorted(rng.sample(range(10, 99), n))
    raised = _days(rng, n, START)
    due = _after(rng, raised, 5, 30)
    values: list[ValueFact] = []
    for i in range(n):
        (name, mail), state, prio = rng.choice(FS_AGENTS), rng.choice(list(states)), None
        prio = rng.choice(list(prios))
        stamp = datetime.combine(raised[i], time(rng.randint(8, 17), rng.randint(0, 59), 22))
        d = due[i]
        due_text = f"{_WEEKDAYS[d.weekday()]}, {d.day:02d} {_MON[d.month - 1]} {d.year} 17:00"
        row = [f"PRB-{numbers[i]}", FS_PROBLEMS[i], state, prio, mail]
        _put(ws, 2 + i, 1, [[*row, stamp.strftime("%Y-%m-%d %H:%M:%S"), due_text]])
        values += [
            ValueFact("issues", i, "id", f"I-{numbers[i]:03d}"),
            ValueFact("issues", i, "title", FS_PROBLEMS[i]),
            ValueFact("issues", i, "owner", name),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if states[state]:
            values.append(ValueFact("issues", i, "status", states[state]))
        if prios[prio]:
            values.append(ValueFact("issues", i, "priority", prios[prio]))
    path = _save(wb, folder, "freshservice_problem_records")
    targets: Targets = _cols(
        "A", ["id", "title", "status", "priority", "owner", "raised_date", "due_date"]
    )
    return Built(path, [_one("issues", "Problems", 1, targets, n)], values)


JA_RISKS = [
    "Battery overheating during fast charge",
    "Infusion rate drift after firmware update",
    "Alarm not audible in high-noise wards",
    "Touchscreen unresponsive with gloves",
    "Wireless dropout corrupts the dose log",
    "Label misread by barcode scanner",
]
JA_PEOPLE = [("Novak", "Petra"), ("Lindqvist", "Erik"), ("Okafor", "Chidi"), ("Brennan", "Aoife")]


def jama_connect_risk_analysis(folder: Path, rng: random.Random) -> Built:
    """Jama Connect: 1-10 scales, a combined index, review states, `Last, First`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Analysis")
    ws["A1"] = "MDX-200 Infusion Pump - Risk Analysis"
    ws["A2"] = "Exported from Jama Connect"
    header = ["ID", "Name", "Probability (1-10)", "Severity (1-10)", "Risk Index", "Status"]
    _put(ws, 4, 1, [[*header, "Assigned To", "Modified Date"]])
    states = {"Draft": None, "Approved": None, "Closed": "Closed"}
    n = rng.randint(4, 6)
    modified = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        p, s = rng.randint(1, 10), rng.randint(1, 10)
        (last, first), state = rng.choice(JA_PEOPLE), rng.choice(list(states))
        stamp = datetime.combine(modified[i], time(rng.randint(8, 17), rng.randint(0, 59), 22))
        row = [f"MDX-RISK-{i + 11}", JA_RISKS[i], p, s, p * s, state, f"{last}, {first}"]
        _put(ws, 5 + i, 1, [[*row, stamp.strftime("%Y-%m-%dT%H:%M:%S")]])
        values += [
            ValueFact("risks", i, "title", JA_RISKS[i]),
            ValueFact("risks", i, "probability", float(math.ceil(p / 2))),
            ValueFact("risks", i, "impact", float(math.ceil(s / 2))),
            ValueFact("risks", i, "owner", f"{first} {last}"),
            ValueFact("risks", i, "last_updated", modified[i]),
        ]
        if states[state]:
            values.append(ValueFact("risks", i, "status", states[state]))
    path = _save(wb, folder, "jama_connect_risk_analysis")
    targets: Targets = _cols("A", ["id", "title", "probability", "impact"])
    targets |= {"E": ("score", "rating", None), "F": "status", "G": "owner", "H": "last_updated"}
    return Built(path, [_one("risks", "Risk Analysis", 4, targets, n)], values)


MT_ROWS = [
    ("R", "Dewmien fil-provvista tas-servers"),
    ("I", "In-netwerk tal-uffiċċju ta' Għawdex mhux stabbli"),
    ("A", "Il-fondi Ewropej jiġu approvati sa Ġunju"),
    ("D", "Il-konnessjoni mas-sistema tar-reġistru pubbliku"),
    ("R", "Nuqqas ta' programmaturi esperjenzati"),
    ("I", "Id-disinn tad-database għadu mhux approvat"),
    ("A", "L-utenti jattendu t-taħriġ kollu"),
    ("D", "Il-liċenzji tas-sistema tad-dokumenti"),
]
MT_TYPES = {"R": "Riskju", "I": "Kwistjoni", "A": "Suppożizzjoni", "D": "Dipendenza"}
MT_PEOPLE = ["Maria Camilleri", "Joseph Borg", "Rebecca Vella", "Mark Farrugia"]
MT_MONTHS = [
    "Jannar",
    "Frar",
    "Marzu",
    "April",
    "Mejju",
    "Ġunju",
    "Lulju",
    "Awwissu",
    "Settembru",
    "Ottubru",
    "Novembru",
    "Diċembru",
]
_MT_REG = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
_MT_TITLE = {"R": "title", "A": "assumption", "I": "title", "D": "title"}
_MT_DUE = {"R": "due_date", "A": "validate_by", "I": "due_date", "D": "need_by"}


def malta_registru_raid(folder: Path, rng: random.Random) -> Built:
    """Maltese mixed RAID: type words, letters H / M / L on risks, `14 ta' Marzu 2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Reġistru RAID - Proġett tas-Servizzi Elettroniċi tal-Gvern"
    header = ["Tip", "Deskrizzjoni", "Sid", "Prob.", "Imp.", "Stat", "Data", "Skadenza"]
    _put(ws, 3, 1, [header])
    letters = dict(zip("HML", THREE, strict=True))
    states = {"Miftuħ": "Open", "Magħluq": "Closed"}
    rows = MT_ROWS[: rng.randint(6, 8)]
    raised = _days(rng, len(rows), START)
    due = _after(rng, raised, 10, 60)
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    for i, (kind, text) in enumerate(rows):
        reg = _MT_REG[kind]
        k = counts.get(reg, 0)
        counts[reg] = k + 1
        owner, state = rng.choice(MT_PEOPLE), rng.choice(list(states))
        when = f"{raised[i].day} ta' {MT_MONTHS[raised[i].month - 1]} {raised[i].year}"
        p = rng.choice("HML") if kind == "R" else None
        m = rng.choice("HML") if kind == "R" else None
        _put(ws, 4 + i, 1, [[MT_TYPES[kind], text, owner, p, m, state, when, due[i]]])
        ws.cell(4 + i, 8).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, k, _MT_TITLE[kind], text),
            ValueFact(reg, k, "owner", owner),
            ValueFact(reg, k, "status", states[state]),
            ValueFact(reg, k, _MT_DUE[kind], due[i]),
        ]
        if kind != "D":  # a dependency has no raised date
            values.append(ValueFact(reg, k, "raised_date", raised[i]))
        if p and m:
            values += [
                ValueFact(reg, k, "probability", letters[p]),
                ValueFact(reg, k, "impact", letters[m]),
            ]
    path = _save(wb, folder, "malta_registru_raid")
    targets: Targets = {
        "A": "register",
        "B": ("title", "assumption"),
        "C": "owner",
        "D": "probability",
        "E": "impact",
        "F": "status",
        "G": "raised_date",
        "H": ("due_date", "validate_by", "need_by"),
    }
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


BS_ISSUES = [
    "Kašnjenje isporuke servera",
    "Nedostatak programera u sektoru",
    "Prekid mreže u općinskoj službi",
    "Dizajn baze podataka nije odobren",
    "Prekoračenje budžeta projekta",
    "Kašnjenje migracije podataka",
]
BS_PEOPLE = [
    ("Amra Hodžić", "IT sektor"),
    ("Emir Begović", "Pravna služba"),
    ("Lejla Mehmedović", "Finansije"),
    ("Adnan Kovačević", "Kabinet ministra"),
]
BS_MONTHS = "januar februar mart april maj juni juli august septembar oktobar novembar decembar"


def bosnia_evidencija_problema(folder: Path, rng: random.Random) -> Built:
    """Bosnian: a `Riješeno` Da / Ne column, `14. mart 2026.`, Excel serial due dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Problemi")
    ws["A1"] = "Evidencija problema - Projekat e-Uprava Kantona"
    header = ["R.br.", "Problem", "Nosilac", "Hitnost", "Riješeno", "Datum prijave", "Rok"]
    _put(ws, 3, 1, [header])
    prios = {"Visoka": "High", "Srednja": "Medium", "Niska": "Low"}
    months = BS_MONTHS.split()
    n = rng.randint(4, 6)
    raised = _days(rng, n, START)
    due = _after(rng, raised, 7, 40)
    values: list[ValueFact] = []
    for i in range(n):
        (who, team), prio, done = rng.choice(BS_PEOPLE), rng.choice(list(prios)), None
        done = rng.choice(["Da", "Ne"])
        when = f"{raised[i].day}. {months[raised[i].month - 1]} {raised[i].year}."
        row = [i + 1, BS_ISSUES[i], f"{who} ({team})", prio, done, when, _serial(due[i])]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", BS_ISSUES[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if done == "Da":
            values.append(ValueFact("issues", i, "status", "Resolved"))
    path = _save(wb, folder, "bosnia_evidencija_problema")
    targets: Targets = _cols("B", ["title", "owner", "priority", "status", "raised_date"])
    targets |= {"A": ("id", None), "G": "due_date"}
    return Built(path, [_one("issues", "Problemi", 3, targets, n)], values)


TUNING_10: tuple[Layout, ...] = (
    Layout("albania_regjistri_rreziqeve", "Albanian water utility", albania_regjistri_rreziqeve),
    Layout("north_macedonia_issue_log", "North Macedonian fund", north_macedonia_issue_log),
    Layout(
        "basque_erabakien_erregistroa", "Basque provincial council", basque_erabakien_erregistroa
    ),
    Layout("galicia_rexistro_dependencias", "Galician government", galicia_rexistro_dependencias),
    Layout(
        "south_africa_afrikaans_risikoregister",
        "South African municipality (Afrikaans)",
        south_africa_afrikaans_risikoregister,
    ),
    Layout("philippines_talaan_ng_isyu", "Philippine LGU (Filipino)", philippines_talaan_ng_isyu),
    Layout("bangladesh_jhuki_nibondhon", "Bangladeshi metro rail", bangladesh_jhuki_nibondhon),
    Layout("pakistan_urdu_assumptions", "Pakistani programme (Urdu)", pakistan_urdu_assumptions),
    Layout("freshservice_problem_records", "Freshservice", freshservice_problem_records),
    Layout(
        "jama_connect_risk_analysis", "Jama Connect (medical devices)", jama_connect_risk_analysis
    ),
    Layout("malta_registru_raid", "Maltese ministry", malta_registru_raid),
    Layout("bosnia_evidencija_problema", "Bosnian cantonal ministry", bosnia_evidencija_problema),
)
