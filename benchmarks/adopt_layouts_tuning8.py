"""Round 20's own tuning batch (``TUNING_8``): twelve seeded legacy layouts with ground
truth, written in round 20 by an engineer who tunes adoption, from tools, sectors and
countries no earlier batch file names (every earlier ``adopt_layouts*.py`` docstring that may
be read was checked; the held-out twentieth batch was not opened). It is a TUNING batch from
the start ("tuning, eighth batch (round 20)"): its misses are read and fixed by general
mechanisms (docs/adopt.md, "Round 20: an eighth tuning batch, and mechanisms for it"). Six
registers and six trackers, in the shapes a PMO inbox holds and earlier batches lack:

- ``urdu_risk_register``: a Pakistani provincial government project management unit's risk
  register in Urdu on a right-to-left sheet, under a `منصوبہ:` (project) line: `نمبر شمار`
  row numbers, `خطرہ`, `ذمہ دار افسر`, `امکان` / `اثر` as زیادہ / درمیانہ / کم, `تدارکی
  اقدامات`, `موجودہ صورتحال` کھلا / زیر نگرانی / بند, `تاریخ اندراج` as `14-03-2026` text.
- ``bengali_issue_log``: a Bangladeshi ministry's digital service project issue log in
  Bengali: `ক্রমিক নং`, `সমস্যার বিবরণ`, `দায়িত্বপ্রাপ্ত কর্মকর্তা`, `অগ্রাধিকার` উচ্চ / মধ্যম /
  নিম্ন, `অবস্থা` খোলা / চলমান / সমাধানকৃত / বন্ধ, dates written in Bengali digits
  (`১৪/০৩/২০২৬`).
- ``basque_decision_log``: a Basque Country public body's decision log in Basque under a
  `Proiektua:` line: `Zk.`, `Data` as `2026/03/14` text (year first, as Basque writes it),
  `Erabakia`, `Erabaki duena`, `Arrazoiak`.
- ``galician_assumptions_instructions``: a Galician regional health service's assumptions
  register in Galician made from a template whose row under the header still holds the
  template's instructions (`(Alto / Medio / Baixo)`, `(dd/mm/aaaa)`): `Nº`, `Suposto`,
  `Responsable`, `Grao de confianza` Alto / Medio / Baixo, `Data límite de validación`,
  `Estado` Aberto / Validado / Pechado.
- ``macedonian_dependencies_transposed``: a North Macedonian ministry's EU-funded
  e-services dependency register kept sideways in Macedonian: the fields down column A
  (`Зависност`, `Насока` Влезна / Излезна, `Одговорно лице`, `Потребно до` as `14.03.2026`,
  `Статус` Отворена / Испорачана / Затворена), one dependency per column.
- ``qatar_hotel_raid_subheadings``: a Qatari hotel pre-opening programme's RAID log: one
  header row, then the four registers one under the other, each under a sub-heading row
  (`RISKS`, `ASSUMPTIONS`, `ISSUES`, `DEPENDENCIES`) and split by blank rows, refs `R01`,
  `A01`, `I01`, `D01`, `Date Raised` / `Target Date` date cells, `Status`.
- ``pakistan_psdp_july_millions``: a Pakistani federal development project's PSDP tracker
  for the July - June financial year: the title says `Financial Year 2025-26` and
  `(Rs. in million)`, `Component`, `Head` Allocation / Expenditure, months across as bare
  month names `July` .. `December` (all 2025), amounts in millions to three decimals, a
  reversal shown in parentheses by the number format.
- ``saudi_capex_quarters_thousands``: a Saudi giga-project's capital expenditure tracker:
  `All amounts in SAR '000` under the title, `Cost Line`, `Measure` Budget / Actual, months
  across `Jan-26` .. `Jun-26` with quarter subtotal columns `Q1 2026` / `Q2 2026` among
  them and an `H1 2026` total, amounts as text with thousands commas and credits in
  parentheses (`(1,250)`).
- ``jamaica_april_fy_opex``: a Jamaican public utility's operating expenditure monitor for
  the April - March financial year 2026/27 in `J$'000`: `Line Item`, `Type` Budget /
  Actual, bare months `Apr` .. `Mar` across (January to March are 2027), actuals to
  September only, refunds as `(45)` text.
- ``galician_hospital_costs_euro_after``: a Galician hospital construction's cost tracker
  in Galician, months down (`xaneiro 2026`), `Partida`, `Orzamento` / `Executado` /
  `Previsión` across, amounts as text with the euro after the number (`12.500,00 €`).
- ``projectlibre_hydropower_milestones``: a Nepalese hydropower project's ProjectLibre
  milestone view exported to Excel: numeric `ID`, `Name`, `Duration` `0 days`, `Start`,
  `Finish`, `Baseline Finish`, `Actual Finish` (`NA` until done) as `3/14/26 8:00 AM` text,
  `% Complete`, `Resource Names`.
- ``changepoint_fintech_resource_demand``: a Ugandan mobile-money fintech's Changepoint
  resource demand in person-days: an `Engagement:` line, `Resource`, `Role`, `Billable`
  Yes / No, months across as `Apr 2026` text, a `Total` column.

The ground truth says what a PMO analyst reading the sheet would say. Where a cell could be
read two ways no fact is given: the row numbers (`نمبر شمار`, `ক্রমিক নং`, `Zk.`, `Nº`,
ProjectLibre's `ID`: left out or the ID); `زیر نگرانی` (under monitoring) is Monitoring;
`সমাধানকৃত` Resolved; `Испорачана` Delivered; the PSDP `Allocation` is the budget and
`Expenditure` the actual; the Saudi quarter and half-year columns are subtotals (no line,
no month); the rupee, riyal and Jamaican dollar are not in the standard currency list (no
currency fact); amounts are read in units (12.345 in millions is 12,345,000); a ProjectLibre
milestone's `Start` (it equals its finish: left out or the forecast) and `% Complete` (a
status a person derives two ways); the resource plans' days by month (the order of long
rows is not a reading: columns and counts are facts). L / M / H words (زیادہ / درمیانہ / کم,
উচ্চ / মধ্যম / নিম্ন, Alto / Medio / Baixo) read as 5 / 3 / 1 on a score and as the list word
on a priority or confidence. IDs are in the standard form (`R01` read as `R-001`). It was
checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output, before adoption was changed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    ASSUMPTION_TITLES,
    DEP_TITLES,
    ISSUE_TITLES,
    PEOPLE,
    RISK_TITLES,
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _cols,
    _days,
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Font

LMH = {"High": 5.0, "Medium": 3.0, "Low": 1.0}  # the documented three-level reading
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def _thousands(x: float, decimals: int = 0) -> str:
    """``12,500`` / ``(1,250)``: a text amount with thousands commas, negatives in brackets."""
    text = f"{abs(x):,.{decimals}f}"
    return f"({text})" if x < 0 else text


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------


def urdu_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Urdu risk register on a right-to-left sheet under a project line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "خطرات کا رجسٹر")
    ws.sheet_view.rightToLeft = True
    project = rng.choice(["لاہور واٹر سپلائی اپ گریڈ", "ملتان سکول بحالی پروگرام"])
    ws["A1"] = "خطرات کا رجسٹر"
    ws["A2"] = f"منصوبہ: {project}"
    header = ["نمبر شمار", "خطرہ", "ذمہ دار افسر", "امکان", "اثر", "تدارکی اقدامات"]
    header += ["موجودہ صورتحال", "تاریخ اندراج"]
    _put(ws, 4, 1, [header])
    titles = [
        "ٹھیکیدار کی جانب سے کام میں تاخیر",
        "زمین کے حصول میں رکاوٹ",
        "فنڈز کے اجرا میں تاخیر",
        "بجلی کی فراہمی میں تعطل",
        "تعمیراتی سامان کی قیمتوں میں اضافہ",
        "تکنیکی عملے کی کمی",
    ]
    owners = ["احمد رضا", "فاطمہ خان", "عمران علی", "سعدیہ بٹ", "بلال حسین"]
    levels = {"زیادہ": 5.0, "درمیانہ": 3.0, "کم": 1.0}
    statuses = {"کھلا": "Open", "زیر نگرانی": "Monitoring", "بند": "Closed"}
    actions = ["متبادل ٹھیکیدار کی نشاندہی", "ضلعی انتظامیہ سے رابطہ", "ماہانہ جائزہ اجلاس"]
    n = rng.randint(5, 6)
    raised = _days(rng, n, date(2026, 1, 5))
    values = [ValueFact("project", 0, "project_name", project)]
    for i in range(n):
        p, imp = rng.choice(list(levels)), rng.choice(list(levels))
        owner = rng.choice(owners)
        status = rng.choice(list(statuses))
        row = [i + 1, titles[i], owner, p, imp, rng.choice(actions), status]
        row.append(_dmy(raised[i], "-"))
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", levels[p]),
            ValueFact("risks", i, "impact", levels[imp]),
            ValueFact("risks", i, "status", statuses[status]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "urdu_risk_register")
    targets = _cols("B", ["title", "owner", "probability", "impact", "response", "status"])
    targets["H"] = "raised_date"
    return Built(path, [_one("risks", "خطرات کا رجسٹر", 4, targets, n)], values)


def bengali_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Bengali issue log whose dates are written in Bengali digits."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "সমস্যা লগ")
    ws["A1"] = "প্রকল্পের সমস্যা লগ"
    header = ["ক্রমিক নং", "সমস্যার বিবরণ", "দায়িত্বপ্রাপ্ত কর্মকর্তা", "অগ্রাধিকার", "অবস্থা"]
    header += ["উত্থাপনের তারিখ", "লক্ষ্য তারিখ"]
    _put(ws, 3, 1, [header])
    titles = [
        "সার্ভার কক্ষে বিদ্যুৎ বিভ্রাট",
        "ঠিকাদারের বিল বকেয়া",
        "প্রশিক্ষণ কক্ষ পাওয়া যায়নি",
        "সফটওয়্যার লাইসেন্সের মেয়াদ শেষ",
        "ডেটা স্থানান্তরে ত্রুটি",
        "ইন্টারনেট সংযোগ ধীর",
    ]
    owners = ["রহিম উদ্দিন", "নাসরিন আক্তার", "কামাল হোসেন", "সুমাইয়া ইসলাম", "তানভীর আহমেদ"]
    priorities = {"উচ্চ": "High", "মধ্যম": "Medium", "নিম্ন": "Low"}
    statuses = {"খোলা": "Open", "চলমান": "In Progress", "সমাধানকৃত": "Resolved", "বন্ধ": "Closed"}
    n = rng.randint(5, 6)
    raised = _days(rng, n, date(2026, 1, 5))
    due = [d + timedelta(days=rng.randint(10, 40)) for d in raised]
    values: list[ValueFact] = []
    for i in range(n):
        owner, prio, status = (
            rng.choice(owners),
            rng.choice(list(priorities)),
            rng.choice(list(statuses)),
        )
        row = [str(i + 1).translate(_BENGALI), titles[i], owner, prio, status]
        row += [_dmy(raised[i]).translate(_BENGALI), _dmy(due[i]).translate(_BENGALI)]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", priorities[prio]),
            ValueFact("issues", i, "status", statuses[status]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
    path = _save(wb, folder, "bengali_issue_log")
    targets = _cols("B", ["title", "owner", "priority", "status", "raised_date", "due_date"])
    return Built(path, [_one("issues", "সমস্যা লগ", 3, targets, n)], values)


def basque_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Basque decision log: year-first text dates, a project line above."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Erabakiak")
    project = rng.choice(["Herritarren Karpeta Digitala", "Bilboko Metroaren Txartela"])
    ws["A1"] = "Erabakien erregistroa"
    ws["A2"] = f"Proiektua: {project}"
    _put(ws, 4, 1, [["Zk.", "Data", "Erabakia", "Erabaki duena", "Arrazoiak"]])
    decisions = [
        "Hornitzaile berria kontratatzea",
        "Abian jartzea ekainera atzeratzea",
        "Proba pilotua Gasteizen egitea",
        "Datu zaharrak ez migratzea",
        "Aurrekontu gehigarria onartzea",
        "Euskarazko bertsioa lehenestea",
    ]
    makers = ["Itziar Etxeberria", "Jon Agirre", "Ane Urkiola", "Mikel Zubiria"]
    reasons = [
        "Egungo hornitzaileak ez du epea beteko",
        "Probak ez dira garaiz amaituko",
        "Arriskua murrizteko",
        "Kostua txikiagoa da",
    ]
    n = rng.randint(4, 6)
    days = _days(rng, n, date(2026, 1, 5))
    values = [ValueFact("project", 0, "project_name", project)]
    for i in range(n):
        maker, why = rng.choice(makers), rng.choice(reasons)
        row = [i + 1, f"{days[i].year}/{days[i].month:02d}/{days[i].day:02d}", decisions[i]]
        _put(ws, 5 + i, 1, [[*row, maker, why]])
        values += [
            ValueFact("decisions", i, "decision", decisions[i]),
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "made_by", maker),
            ValueFact("decisions", i, "rationale", why),
        ]
    path = _save(wb, folder, "basque_decision_log")
    targets = _cols("B", ["date", "decision", "made_by", "rationale"])
    return Built(path, [_one("decisions", "Erabakiak", 4, targets, n)], values)


def galician_assumptions_instructions(folder: Path, rng: random.Random) -> Built:
    """A Galician assumptions register whose template instructions row is still under the
    header."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Supostos")
    ws["A1"] = "Rexistro de supostos do proxecto"
    header = ["Nº", "Suposto", "Responsable", "Grao de confianza", "Data límite de validación"]
    header.append("Estado")
    _put(ws, 3, 1, [header])
    hints = ["", "(Describa o suposto)", "(Persoa responsable)", "(Alto / Medio / Baixo)"]
    hints += ["(dd/mm/aaaa)", "(Aberto / Validado / Pechado)"]
    _put(ws, 4, 1, [[h or None for h in hints]])
    for c in range(1, 7):
        ws.cell(4, c).font = Font(italic=True, color="808080")
    texts = [
        "Os usuarios estarán dispoñibles para as probas",
        "As licenzas actuais cobren o piloto",
        "O sistema antigo queda en modo lectura",
        "O provedor entrega a API en marzo",
        "O orzamento de 2026 mantense",
    ]
    owners = ["Uxía Castro", "Brais Otero", "Antía Varela", "Xoán Lema"]
    confidence = {"Alto": "High", "Medio": "Medium", "Baixo": "Low"}
    statuses = {"Aberto": "Open", "Validado": "Validated", "Pechado": "Closed"}
    n = rng.randint(4, 5)
    by = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner, conf, status = (
            rng.choice(owners),
            rng.choice(list(confidence)),
            rng.choice(list(statuses)),
        )
        _put(ws, 5 + i, 1, [[i + 1, texts[i], owner, conf, _dmy(by[i]), status]])
        values += [
            ValueFact("assumptions", i, "assumption", texts[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", confidence[conf]),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", statuses[status]),
        ]
    path = _save(wb, folder, "galician_assumptions_instructions")
    targets = _cols("B", ["assumption", "owner", "confidence", "validate_by", "status"])
    return Built(path, [_one("assumptions", "Supostos", 3, targets, n)], values)


def macedonian_dependencies_transposed(folder: Path, rng: random.Random) -> Built:
    """A Macedonian dependency register kept sideways: fields down, one item per column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Зависности")
    ws["A1"] = "Регистар на зависности"
    labels = ["Зависност", "Насока", "Одговорно лице", "Потребно до", "Статус"]
    for k, label in enumerate(labels):
        ws.cell(3 + k, 1, label)
    titles = [
        "Надградба на националниот портал",
        "Мрежна конекција од министерството",
        "Дигитален потпис од провајдерот",
        "Податоци од Централниот регистар",
        "Платежна порта од банката",
    ]
    owners = ["Марија Петровска", "Игор Стојановски", "Елена Трајковска", "Дејан Николовски"]
    directions = {"Влезна": "Inbound", "Излезна": "Outbound"}
    statuses = {"Отворена": "Open", "Испорачана": "Delivered", "Затворена": "Closed"}
    n = rng.randint(4, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner, way, status = (
            rng.choice(owners),
            rng.choice(list(directions)),
            rng.choice(list(statuses)),
        )
        for k, value in enumerate([titles[i], way, owner, _dmy(need[i], "."), status]):
            ws.cell(3 + k, 2 + i, value)
        values += [
            ValueFact("dependencies", i, "title", titles[i]),
            ValueFact("dependencies", i, "direction", directions[way]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", statuses[status]),
        ]
    path = _save(wb, folder, "macedonian_dependencies_transposed")
    # laid out across: the fields are rows, so no source column is one standard column
    table = TruthTable("Зависности", 3, "dependencies", {}, {"dependencies": n})
    return Built(path, [table], values)


def qatar_hotel_raid_subheadings(folder: Path, rng: random.Random) -> Built:
    """One RAID header row, then each register under its own sub-heading, blank rows
    between."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Pre-Opening RAID Log - Corniche Hotel Doha"
    ws["A2"] = "Pre-opening programme, updated weekly"
    header = ["Ref", "Description", "Owner", "Date Raised", "Target Date", "Status", "Comments"]
    _put(ws, 4, 1, [header])
    sections = [
        ("RISKS", "R", "risks", RISK_TITLES, "title", "due_date", ["Open", "Closed"]),
        (
            "ASSUMPTIONS",
            "A",
            "assumptions",
            ASSUMPTION_TITLES,
            "assumption",
            "validate_by",
            ["Open", "Closed"],
        ),
        ("ISSUES", "I", "issues", ISSUE_TITLES, "title", "due_date", ["Open", "Closed"]),
        ("DEPENDENCIES", "D", "dependencies", DEP_TITLES, "title", "need_by", ["Open", "Closed"]),
    ]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    r = 5
    for heading, letter, register, pool, text_field, due_field, states in sections:
        ws.cell(r, 1, heading).font = Font(bold=True)
        r += 1
        n = rng.randint(2, 3)
        counts[register] = n
        raised = _days(rng, n, date(2026, 1, 5))
        for i, text in enumerate(rng.sample(pool, n)):
            owner, status = rng.choice(PEOPLE), rng.choice(states)
            target = raised[i] + timedelta(days=rng.randint(14, 60))
            row = [f"{letter}{i + 1:02d}", text, owner, raised[i], target, status]
            _put(ws, r, 1, [[*row, rng.choice([None, "See weekly pack", "Chased"])]])
            ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = "dd/mm/yyyy"
            values += [
                ValueFact(register, i, "id", f"{letter}-{i + 1:03d}"),
                ValueFact(register, i, text_field, text),
                ValueFact(register, i, "owner", owner),
                ValueFact(register, i, due_field, target),
                ValueFact(register, i, "status", status),
            ]
            if register != "dependencies":
                values.append(ValueFact(register, i, "raised_date", raised[i]))
            r += 1
        r += 1  # the blank row between registers
    path = _save(wb, folder, "qatar_hotel_raid_subheadings")
    targets: Targets = {
        "A": "id",
        "B": ("title", "assumption"),
        "C": "owner",
        "E": ("due_date", "validate_by", "need_by"),
        "F": "status",
    }
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------


def pakistan_psdp_july_millions(folder: Path, rng: random.Random) -> Built:
    """A July - June year's tracker: bare month names, amounts in millions (the title)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "PSDP Tracker")
    ws["A1"] = "PSDP Project Financial Progress - Financial Year 2025-26"
    ws["A2"] = "(Rs. in million)"
    months = _months(date(2025, 7, 1), 6)
    names = ["July", "August", "September", "October", "November", "December"]
    _put(ws, 4, 1, [["Sr.", "Component", "Head", *names, "Total"]])
    lines = rng.sample(["Civil works", "Consultancy", "Land acquisition", "Machinery"], 3)
    values: list[ValueFact] = []
    r = 5
    for k, line in enumerate(lines):
        for head, field_ in (("Allocation", "budget"), ("Expenditure", "actual")):
            amounts = [round(rng.randrange(500, 9000) / 1000 * 10, 3) for _ in months]
            if field_ == "actual" and rng.random() < 0.7:
                amounts[rng.randrange(6)] = -round(rng.randrange(50, 400) / 1000, 3)
            _put(ws, r, 1, [[k + 1 if head == "Allocation" else None, line, head, *amounts]])
            ws.cell(r, 10, round(sum(amounts), 3))
            for c in range(4, 11):
                ws.cell(r, c).number_format = "#,##0.000;(#,##0.000)"
            for m, month in enumerate(months):
                values.append(
                    ValueFact("finance", (month, line), field_, round(amounts[m] * 1e6, 2))
                )
            r += 1
    path = _save(wb, folder, "pakistan_psdp_july_millions")
    targets: Targets = {"A": None, "B": "cost_line", "C": "measure"}
    n = len(lines) * len(months)
    return Built(path, [TruthTable("PSDP Tracker", 4, "finance", targets, {"finance": n})], values)


def saudi_capex_quarters_thousands(folder: Path, rng: random.Random) -> Built:
    """Months with quarter subtotal columns among them, SAR '000, credits in brackets."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "CAPEX Tracker")
    ws["A1"] = "Coastal Resort Development - Capital Expenditure Tracker 2026"
    ws["A2"] = "All amounts in SAR '000"
    months = _months(date(2026, 1, 1), 6)
    labels: list[str] = []
    for m, month in enumerate(months):
        labels.append(f"{_MON[month.month - 1]}-26")
        if m % 3 == 2:
            labels.append(f"Q{m // 3 + 1} 2026")
    _put(ws, 4, 1, [["Cost Line", "Measure", *labels, "H1 2026"]])
    lines = rng.sample(["Marine works", "Villas", "Utilities", "Landscaping", "FF&E"], 3)
    values: list[ValueFact] = []
    r = 5
    for line in lines:
        values.append(ValueFact("finance", (months[0], line), "capex_opex", "CapEx"))
        for measure in ("Budget", "Actual"):
            amounts = [float(rng.randrange(200, 9000)) for _ in months]
            if measure == "Actual":
                amounts[rng.randrange(6)] = -float(rng.randrange(100, 2000))
            cells: list[object] = [line, measure]
            for m, a in enumerate(amounts):
                cells.append(_thousands(a))
                if m % 3 == 2:
                    cells.append(_thousands(sum(amounts[m - 2 : m + 1])))
            cells.append(_thousands(sum(amounts)))
            _put(ws, r, 1, [cells])
            for m, month in enumerate(months):
                values.append(
                    ValueFact("finance", (month, line), measure.lower(), amounts[m] * 1e3)
                )
            r += 1
    path = _save(wb, folder, "saudi_capex_quarters_thousands")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    n = len(lines) * len(months)
    return Built(path, [TruthTable("CAPEX Tracker", 4, "finance", targets, {"finance": n})], values)


def jamaica_april_fy_opex(folder: Path, rng: random.Random) -> Built:
    """An April - March year, bare month names across, J$'000, refunds as ``(45)``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Opex FY2026-27")
    ws["A1"] = "Operating Expenditure Monitor - Financial Year 2026/27"
    ws["A2"] = "J$'000"
    months = _months(date(2026, 4, 1), 12)
    _put(ws, 4, 1, [["Line Item", "Type", *[_MON[d.month - 1] for d in months], "Total"]])
    lines = rng.sample(["Staff costs", "Fuel", "Maintenance", "Insurance", "IT services"], 3)
    values: list[ValueFact] = []
    r = 5
    for line in lines:
        budget = [float(rng.randrange(100, 900)) for _ in months]
        actual: list[float | None] = [float(rng.randrange(100, 900)) for _ in range(6)]
        actual += [None] * 6
        actual[rng.randrange(6)] = -float(rng.randrange(10, 90))
        _put(ws, r, 1, [[line, "Budget", *budget, sum(budget)]])
        shown = [None if a is None else _thousands(a) for a in actual]
        _put(ws, r + 1, 1, [[line, "Actual", *shown, _thousands(sum(a or 0.0 for a in actual))]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m] * 1e3))
            a = actual[m]
            if a is not None:
                values.append(ValueFact("finance", (month, line), "actual", a * 1e3))
        r += 2
    path = _save(wb, folder, "jamaica_april_fy_opex")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    n = len(lines) * len(months)
    table = TruthTable("Opex FY2026-27", 4, "finance", targets, {"finance": n})
    return Built(path, [table], values)


def galician_hospital_costs_euro_after(folder: Path, rng: random.Random) -> Built:
    """Months down in Galician, measures across, ``12.500,00 €`` text amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Seguimento")
    ws["A1"] = "Obra: Novo Hospital Comarcal - seguimento económico"
    galician = ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño"]
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Partida", "Mes", "Orzamento", "Executado", "Previsión"]])
    lines = rng.sample(["Estrutura", "Instalacións", "Equipamento médico", "Urbanización"], 2)

    def euro(x: float) -> str:
        whole, cents = f"{x:,.2f}".split(".")
        return f"{whole.replace(',', '.')},{cents} €"

    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    r = 4
    for line in lines:
        for m, month in enumerate(months):
            b, a, f = (float(rng.randrange(2000, 90000)) + rng.randrange(100) / 100 for _ in "baf")
            _put(ws, r, 1, [[line, f"{galician[m]} 2026", euro(b), euro(a), euro(f)]])
            values += [
                ValueFact("finance", (month, line), "budget", b),
                ValueFact("finance", (month, line), "actual", a),
                ValueFact("finance", (month, line), "forecast", f),
            ]
            r += 1
    path = _save(wb, folder, "galician_hospital_costs_euro_after")
    targets: Targets = {"A": "cost_line", "B": "month", "C": "budget", "D": "actual"}
    targets["E"] = "forecast"
    n = len(lines) * len(months)
    return Built(path, [TruthTable("Seguimento", 3, "finance", targets, {"finance": n})], values)


def projectlibre_hydropower_milestones(folder: Path, rng: random.Random) -> Built:
    """ProjectLibre's milestone view: US text date-times, `NA` until a milestone is done."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["ID", "Name", "Duration", "Start", "Finish", "Baseline Finish", "Actual Finish"]
    _put(ws, 1, 1, [[*header, "% Complete", "Resource Names"]])
    names = [
        "Diversion tunnel breakthrough",
        "Dam concreting complete",
        "Penstock installed",
        "Turbine unit 1 commissioned",
        "Transmission line energised",
        "Commercial operation date",
    ]
    owners = ["Ramesh Shrestha", "Sita Gurung", "Bikash Thapa", "Anjana Karki"]

    def us(d: date) -> str:
        return f"{d.month}/{d.day}/{d.year % 100:02d} 8:00 AM"

    n = rng.randint(5, 6)
    baseline = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i in range(n):
        forecast = baseline[i] + timedelta(days=rng.randint(0, 30))
        owner = rng.choice(owners)
        actual = us(forecast) if i < done else "NA"
        row = [3 + i * 4, names[i], "0 days", us(forecast), us(forecast), us(baseline[i])]
        _put(ws, 2 + i, 1, [[*row, actual, "100%" if i < done else "0%", owner]])
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", baseline[i]),
            ValueFact("milestones", i, "forecast_date", forecast),
            ValueFact("milestones", i, "actual_date", forecast if i < done else None),
        ]
    path = _save(wb, folder, "projectlibre_hydropower_milestones")
    targets: Targets = {"B": "milestone", "C": None, "E": "forecast_date"}
    targets |= {"F": "baseline_date", "G": "actual_date", "I": "owner"}
    return Built(path, [_one("milestones", "Milestones", 1, targets, n)], values)


def changepoint_fintech_resource_demand(folder: Path, rng: random.Random) -> Built:
    """Changepoint resource demand in person-days, months across as ``Apr 2026``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Demand")
    ws["A1"] = "Engagement: Mobile Wallet 3.0 - Resource demand (person-days)"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{_MON[d.month - 1]} {d.year}" for d in months]
    _put(ws, 3, 1, [["Resource", "Role", "Billable", *labels, "Total"]])
    roles = ["Product Owner", "Android Developer", "QA Analyst", "Scrum Master", "DevOps"]
    people = ["Grace Nakato", "Joseph Okello", "Sarah Namubiru", "Brian Mugisha", "Ruth Achieng"]
    n = rng.randint(3, 5)
    for i in range(n):
        days = [float(rng.choice([5, 10, 15, 20])) for _ in months]
        row = [people[i], roles[i], rng.choice(["Yes", "No"]), *days, sum(days)]
        _put(ws, 4 + i, 1, [row])
    path = _save(wb, folder, "changepoint_fintech_resource_demand")
    targets: Targets = {"A": "person", "B": "role", "C": None}
    table = TruthTable("Resource Demand", 3, "resources", targets, {"resources": n * len(months)})
    return Built(path, [table], [])


TUNING_8: tuple[Layout, ...] = (
    Layout("urdu_risk_register", "Pakistani provincial PMU (Urdu)", urdu_risk_register),
    Layout("bengali_issue_log", "Bangladeshi ministry (Bengali)", bengali_issue_log),
    Layout("basque_decision_log", "Basque public body (Basque)", basque_decision_log),
    Layout(
        "galician_assumptions_instructions",
        "Galician health service (Galician), instructions row",
        galician_assumptions_instructions,
    ),
    Layout(
        "macedonian_dependencies_transposed",
        "North Macedonian ministry (Macedonian), transposed",
        macedonian_dependencies_transposed,
    ),
    Layout(
        "qatar_hotel_raid_subheadings",
        "Qatari hotel pre-opening RAID, sub-headings",
        qatar_hotel_raid_subheadings,
    ),
    Layout(
        "pakistan_psdp_july_millions", "Pakistani federal PSDP tracker", pakistan_psdp_july_millions
    ),
    Layout(
        "saudi_capex_quarters_thousands",
        "Saudi giga-project capex tracker",
        saudi_capex_quarters_thousands,
    ),
    Layout("jamaica_april_fy_opex", "Jamaican public utility opex", jamaica_april_fy_opex),
    Layout(
        "galician_hospital_costs_euro_after",
        "Galician hospital construction costs",
        galician_hospital_costs_euro_after,
    ),
    Layout(
        "projectlibre_hydropower_milestones",
        "ProjectLibre (Nepalese hydropower)",
        projectlibre_hydropower_milestones,
    ),
    Layout(
        "changepoint_fintech_resource_demand",
        "Changepoint (Ugandan fintech)",
        changepoint_fintech_resource_demand,
    ),
)
