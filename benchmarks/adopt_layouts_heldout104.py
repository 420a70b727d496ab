"""Held-out, hundred-and-fourth batch (round 38, task w112): ordinary PMO workbooks of a
mixed portfolio.

What a group PMO collects from the projects of one large organisation with many kinds of
project: a multinational quick-service restaurant group (fried chicken) and its markets.
IT (a loyalty app, a till migration), construction (drive-thru conversions, a
commissary), change (franchisee onboarding), research (new menu items, a sensory lab),
marketing (a launch campaign, a media budget) and compliance (allergen labelling, GDPR).
Kept by hand in Excel or exported from Notion, SharePoint (MS Lists) and Clarity;
five in English (UK, US, India, Australia, Canada) and seven in other languages (German,
Brazilian Portuguese, Japanese, Polish, French, Mexican Spanish, Dutch). Every workbook was
imagined from how such teams keep them; no earlier batch was opened for its format.

Layouts:

- ``gb_drive_thru_raid_log``: UK drive-thru conversion wave, hand-kept RAID log, one table
  for four kinds: `Ref`, `Type` (Risk / Issue / Assumption / Dependency), `Description`,
  `Raised` (`dd/mm/yyyy` text), `Owner`, `L`, `I` (1-5, risks only), `Score`, `Next
  action`, `By`, `Status`, `Updated`; `Project manager` labelled above.
- ``us_loyalty_app_notion_blockers``: US loyalty app squads' blockers, a Notion database
  exported (sheet named after the export file, `Blockers 3f9a...`): `Blocker`, `DRI`,
  `Squad`, `Status` (Open / In progress / Done), `Sev` (`Sev 1` .. `Sev 3`), `Flagged` /
  `Need unblocked by` (`March 14, 2026` text), `How it got unblocked`, `Last edited time`
  (`March 20, 2026 4:12 PM`), `Created by`. (Drafted first as an Azure DevOps query, then as
  a ServiceNow export: both shared a tool's fixed field names with an earlier batch's export
  of the same tool, so it was rebuilt as a database whose properties the team named.)
- ``in_commissary_hindrance_register``: Indian civil contractor's hindrance register
  for a commissary kitchen: `Sl. No.`, `Nature of Hindrance`, `Date of Start of Hindrance`,
  `Date of Removal of Hindrance` (`dd.mm.yyyy` text), three day counts, `Hindrance on
  account of`, `Remarks`, `Signature of Engineer-in-charge`.
- ``au_allergen_labelling_risk_register``: Australian allergen labelling compliance, risk
  register on the AS ISO 31000 words: `Likelihood` Rare .. Almost Certain, `Consequence`
  Insignificant .. Catastrophic, `Risk Rating` Low .. Extreme, `Treatment Actions`,
  `Treatment Owner`, residual pair, date cells `dd/mm/yyyy`; `Project:` labelled.
- ``de_pos_migration_beschlussprotokoll``: German till migration, steering committee's
  decision minutes: `Nr.`, `Sitzung vom` (date cells), `Gremium`, `Thema`, `Beschluss`,
  `Begründung`, `Umsetzung durch`, `Termin`, `Erledigt`; `Projekt:` / `Projektleitung:`.
- ``br_campaign_cronograma_marcos``: Brazilian launch campaign, milestone plan: `Marco`,
  `Área`, `Responsável`, `Data base`, `Data prevista`, `Data real` (`dd/mm/aaaa` text),
  `Situação` (Concluído / Em andamento / Não iniciado / Atrasado), `Farol`, `Observações`.
- ``jp_menu_rd_kadai_kanri``: Japanese new menu item development, 課題管理表: `起票日`,
  `起票者`, `分類`, `課題内容`, `対応方針・対応内容`, `担当者`, `期限`, `状況` (未着手 / 対応中
  / 完了), `完了日`, `備考`, date cells `yyyy/mm/dd`.
- ``pl_franchise_onboarding_mslists``: Polish franchisee onboarding, SharePoint list export
  (`owssvr` sheet): `Tytuł`, `Kierunek` (Przychodząca / Wychodząca), `Projekt partnerski`,
  `Produkt do przekazania`, `Właściciel`, `Osoba po drugiej stronie`, `Potrzebne do`,
  `Termin uzgodniony`, `Stan`, `Zmodyfikowano`, `Utworzone przez`, `Typ elementu`.
- ``fr_loyalty_rgpd_hypotheses``: French GDPR work on the loyalty programme, assumptions:
  `Réf.`, `Hypothèse`, `Émise le`, `Porteur`, `Confiance` (Élevée / Moyenne / Faible), `À
  vérifier avant le`, `Conséquence si fausse`, `Statut` (À vérifier / Confirmée /
  Infirmée), `Conclusion`.
- ``mx_store_openings_reporte_estatus``: Mexican store openings, weekly status report:
  labelled project fields, a `Semáforo` block (`General`, `Alcance`, `Tiempo`, `Costo`:
  Verde / Amarillo / Rojo), `Resumen ejecutivo`, then open topics: `No.`, `Asunto`,
  `Afectación` (Alta / Media / Baja), `Dueño`, `Fecha límite`, `Situación`, `Siguiente
  paso`.
- ``ca_sensory_lab_clarity_allocations``: Canadian sensory lab upgrade, Clarity allocation
  export, one row per resource and month: `Investment ID`, `Investment`, `Resource`,
  `Primary Role`, `Booking Status`, `Period Start` / `Period Finish` (date cells),
  `Allocation (Days)`, `Allocation %`.
- ``nl_media_budget_begroot_werkelijk``: Dutch media budget, months across (`mmm-yy` date
  cells merged over `Begroot` / `Werkelijk` pairs), `Kanaal`, `Bureau`, `Totaal` pair and
  row, `Bedragen in €, excl. btw`.

Least-sure readings (no fact): every `Ref` / `Nr.` / `Réf.` / `No.` / `#` / `Sl. No.` /
`Risk ID` code (team codes, not the standard's per-register ids); the Notion `Sev 1` ..
`Sev 3` (severity column, but which level of 1-5 each is), `Done` (Resolved or Closed),
`Squad` and `Created by`; the UK `Score` (typed) and `Next action` (a response or a
resolution: the column is mapped to either, no value fact), `Reviewed at board:`; the
Australian `Cause(s)`, `Existing Controls`, `Treatment Owner` (not the risk's owner) and
`Risk Rating` words (Extreme is no standard word); the Indian `Name of Work` (the
contract's name for the work), the three day counts, `Hindrance on account of` (a party,
not an owner) and `Remarks`; the German `Thema`, `Umsetzung durch`, `Termin` and `Erledigt`
(the action after a decision); the Brazilian `Atualizado em` (the plan's update, not a
report date), `Área` and `Farol`; the Japanese `完了` (Resolved or Closed: its `完了日` is
the closed date), `起票者`, `分類`, `備考` and `更新日`; the Polish `Projekt partnerski` (a
project's name where the standard wants an id: column mapped, no value fact), `Utworzone
przez`; the Mexican `Siguiente paso` and `Semáforo` comments; Clarity's `Allocation %`,
`Booking Status`, `Period Finish` and investment columns; the Dutch `Bureau` and every
total row or column.

Readings taken: the Mexican `Afectación` of a topic is its severity (Alta / Media / Baja
5 / 3 / 1, the rulings' H/M/L), `Etapa` `Ejecución` the Delivery stage, `Amarillo` Amber;
AS ISO 31000 words 1-5 (Rare .. Almost Certain, Insignificant .. Catastrophic); Notion's
`In progress` In Progress, `DRI` the owner, `Flagged` the raised date, `Need unblocked by`
the due date, `How it got unblocked` the resolution; 未着手 Open, 対応中 In Progress; `Em
andamento` In Progress, `Atrasado` Late; `Confirmée` Validated, `Infirmée` Invalid, `À
vérifier` Open; `Zgodnie z planem` On Track, `Zagrożona` At Risk, `Opóźniona` Late,
`Dostarczona` Delivered, `Przychodząca` Inbound; a hindrance is an issue raised when it
starts and closed when removed; a RAID row's `By` is a risk's or issue's due date (no fact
for an assumption's or dependency's); the SharePoint `Zmodyfikowano` and Notion's `Last
edited time` the last update; the Dutch month cell holds for both columns it spans, a line
counts only where a month has an amount, `€` gives EUR.

Audited in round 38 (task a116, docs/adopt.md "Round 38: the hundred-and-fourth batch's truth
audited"): a ref that numbers its register's own items under the register's letter is the
item's id in the standard's form keeping the number, as the lead's ruling and earlier audits
read `RSK-01`, `R01`, `H-01` (the UK log's per-type `R01` / `I01` / `A01` / `D01` R-001 /
I-001 / A-001 / D-001, the French `H01` (hypothèse) A-001: ids added, columns `id`); the
Australian `PEAL-01` (the project's acronym) and the German `LA-01` (the committee's) hold
no register letter, so their columns are the id or left out, no value (round 37's reading
of an early warning's `EW-001`); the UK typed `Score` and the Australian typed `Risk
Rating` are mapped or left out, no value (`("score", None)`, `("rating", None)`); the
Polish `Projekt partnerski` holds teams and departments, so it is the counterparty project
or left out (`("counterparty_project_id", None)`); and a removed hindrance's remark is never
`Continuing` (it contradicted its own removal date; now `Removal noted`, the same draw).
Plain running numbers (`Sl. No.`, `No.`, `#`) keep no id. Values at seed 2026: 442 -> 454.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    MONTH_NAMES,
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _cols,
    _months,
    _one,
    _save,
    _sheet,
)
from openpyxl.worksheet.worksheet import Worksheet


def _late12(days: list[date]) -> list[date]:
    """``days`` with one past the 12th: if none is, the latest moves later, to the 20th of
    its month, so a text date column's day-month order is known and no date moves earlier."""
    if days and not any(d.day > 12 for d in days):
        k = max(range(len(days)), key=lambda i: days[i])
        days[k] = days[k].replace(day=20)
    return days


def _rising(rng: random.Random, n: int, start: date, span: int) -> list[date]:
    return _late12(sorted(start + timedelta(days=rng.randrange(span)) for _ in range(n)))


def _dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _row(ws: Worksheet, r: int, values: list[object]) -> None:
    for c, v in enumerate(values, start=1):
        if v is not None and v != "":
            ws.cell(r, c, v)


# ---------------------------------------------------------------------------------------
# 1. UK: drive-thru conversion RAID log, one table for four kinds
# ---------------------------------------------------------------------------------------

_GB_PEOPLE = ["Gemma Hartley", "Rhys Pritchard", "Callum Doyle", "Sian Ellis", "Imran Bashir"]
_GB_TEXT = {
    "Risk": [
        "Planning consent for lane widening refused at Warrington",
        "Groundworks find contaminated soil under old car wash bay",
        "Headset supplier cannot meet wave 2 volumes",
        "Council objects to extended opening hours",
        "Kerbside menu boards delivered with wrong mounting brackets",
    ],
    "Issue": [
        "Order confirmation screen fails in rain at Preston",
        "Crew rota not updated for double lane trial",
        "Skip hire blocking customer car park at Bolton",
        "Speaker post cabling damaged during resurfacing",
    ],
    "Assumption": [
        "Stores stay open during the 3-week conversion",
        "Landlord consent covers canopy signage",
        "Existing POS licences cover the second order point",
    ],
    "Dependency": [
        "Group IT to deliver timer integration build 4.2",
        "Property team to sign off revised site plans",
        "Franchise partner to release capex tranche 2",
    ],
}


def gb_drive_thru_raid_log(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    pm = rng.choice(_GB_PEOPLE)
    ws["A1"] = "Drive-thru Conversion - Wave 2 (North West)"
    ws.merge_cells("A1:F1")
    ws["A2"] = "Project manager"
    ws["B2"] = pm
    ws["D2"] = "Reviewed at board:"
    header = ["Ref", "Type", "Description", "Raised", "Owner", "L", "I", "Score"]
    header += ["Next action", "By", "Status", "Updated"]
    _row(ws, 4, header)
    # each kind one to all of its texts, rows in the order they were logged
    kinds = [k for k, texts in _GB_TEXT.items() for _ in range(rng.randint(1, len(texts)))]
    rng.shuffle(kinds)
    n = len(kinds)
    raised = _rising(rng, n, date(2026, 1, 12), 70)
    updated = _late12([r + timedelta(days=rng.randint(3, 40)) for r in raised])
    by_dates = _late12([r + timedelta(days=rng.randint(14, 60)) for r in raised])
    reg_of = {
        "Risk": "risks",
        "Issue": "issues",
        "Assumption": "assumptions",
        "Dependency": "dependencies",
    }
    counts = {k: 0 for k in reg_of.values()}
    used = {k: 0 for k in kinds}
    ws["E2"] = _dmy(max(updated) + timedelta(days=rng.randint(1, 6)))
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    for i, kind in enumerate(kinds):
        reg = reg_of[kind]
        k = counts[reg]
        counts[reg] += 1
        texts = _GB_TEXT[kind]
        text = texts[used[kind] % len(texts)]
        used[kind] += 1
        owner = rng.choice(_GB_PEOPLE)
        status = rng.choice(["Open", "Open", "Closed"])
        by = by_dates[i]
        lik = imp = None
        if kind == "Risk":
            lik, imp = rng.randint(1, 5), rng.randint(1, 5)
        action = {
            "Risk": "Mitigate: ",
            "Issue": "Fix: ",
            "Assumption": "Confirm with ",
            "Dependency": "Chase ",
        }[kind] + rng.choice(["area manager", "contractor", "property team", "IT"])
        _row(
            ws,
            5 + i,
            [
                f"{kind[0]}{used[kind]:02d}",
                kind,
                text,
                _dmy(raised[i]),
                owner,
                lik,
                imp,
                lik * imp if lik and imp else None,
                action,
                _dmy(by),
                status,
                _dmy(updated[i]),
            ],
        )
        values += [
            # audit (round 38): `R01` / `I01` / `A01` / `D01` number each type on its own,
            # so the ref is the item's id in the standard's form keeping the number
            ValueFact(reg, k, "id", f"{kind[0]}-{used[kind]:03d}"),
            ValueFact(reg, k, "owner", owner),
            ValueFact(reg, k, "status", status),
            ValueFact(reg, k, "last_updated", updated[i]),
        ]
        if reg == "assumptions":
            values.append(ValueFact(reg, k, "assumption", text))
        else:
            values.append(ValueFact(reg, k, "title", text))
        if reg != "dependencies":
            values.append(ValueFact(reg, k, "raised_date", raised[i]))
        if reg in ("risks", "issues"):
            values.append(ValueFact(reg, k, "due_date", by))
        if lik and imp:
            values += [
                ValueFact(reg, k, "probability", float(lik)),
                ValueFact(reg, k, "impact", float(imp)),
            ]
    targets: Targets = _cols(
        "A",
        [
            "id",
            "register",
            ("title", "assumption"),
            "raised_date",
            "owner",
            "probability",
            "impact",
            ("score", None),  # audit (round 38): a typed score, the score or left out
            ("response", "resolution"),
            ("due_date", "validate_by", "need_by"),
            "status",
            "last_updated",
        ],
    )
    path = _save(wb, folder, "DT_Wave2_RAID")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# 2. US: loyalty app squads' blockers, a Notion database exported to a spreadsheet
# ---------------------------------------------------------------------------------------

_US_PEOPLE = ["Jordan Reyes", "Kayla Brooks", "Marcus Lin", "Tanya Whitfield", "Derek Osei"]
_US_TITLES = [
    ("Apple Pay sandbox keys expired", "Vendor reissued keys"),
    ("Points ledger API rate-limited by vendor", "Vendor raised our quota to 50 rps"),
    ("No test devices for Android 15", "Borrowed devices from QA lab"),
    ("Legal has not approved new T&Cs copy", "VP Digital signed off the copy"),
    ("Push notification certificate pending renewal", "Cert renewed by platform team"),
    ("Store Wi-Fi blocks app check-in at 40 pilot stores", "Firewall rule pushed to stores"),
    ("Data team capacity pulled to Q2 close", "Contractor analyst onboarded"),
    ("Accessibility audit findings not triaged", "Triaged in design review"),
]
_US_STATUS = {"Open": "Open", "In progress": "In Progress", "Done": None}


def _long_us(d: date) -> str:
    return f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def _long_us_time(d: date, rng: random.Random) -> str:
    h = rng.randint(7, 18)
    ampm = "AM" if h < 12 else "PM"
    return f"{_long_us(d)} {(h - 1) % 12 + 1}:{rng.randint(0, 59):02d} {ampm}"


def us_loyalty_app_notion_blockers(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, f"Blockers {rng.getrandbits(40):010x}")
    header = [
        "Blocker",
        "DRI",
        "Squad",
        "Status",
        "Sev",
        "Flagged",
        "Need unblocked by",
        "How it got unblocked",
        "Last edited time",
        "Created by",
    ]
    _row(ws, 1, header)
    n = rng.randint(5, 8)
    flagged = sorted(date(2026, 2, 2) + timedelta(days=rng.randrange(60)) for _ in range(n))
    titles = rng.sample(_US_TITLES, n)
    values: list[ValueFact] = []
    for i in range(n):
        status = rng.choice(list(_US_STATUS))
        owner = rng.choice(_US_PEOPLE)
        need = flagged[i] + timedelta(days=rng.randint(3, 21))
        edited = flagged[i] + timedelta(days=rng.randint(1, 25))
        how = titles[i][1] if status == "Done" else None
        _row(
            ws,
            2 + i,
            [
                titles[i][0],
                owner,
                rng.choice(["Rewards", "Checkout", "Platform"]),
                status,
                rng.choice(["Sev 1", "Sev 2", "Sev 3"]),
                _long_us(flagged[i]),
                _long_us(need),
                how,
                _long_us_time(edited, rng),
                rng.choice(_US_PEOPLE),
            ],
        )
        values += [
            ValueFact("issues", i, "title", titles[i][0]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", flagged[i]),
            ValueFact("issues", i, "due_date", need),
            ValueFact("issues", i, "last_updated", edited),
        ]
        if _US_STATUS[status]:
            values.append(ValueFact("issues", i, "status", _US_STATUS[status]))
        if how:
            values.append(ValueFact("issues", i, "resolution", how))
    targets = _cols(
        "A",
        [
            "title",
            "owner",
            None,
            "status",
            "severity",
            "raised_date",
            "due_date",
            "resolution",
            "last_updated",
            None,
        ],
    )
    path = _save(wb, folder, "Loyalty_Blockers_notion_export")
    return Built(path, [_one("issues", ws.title, 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 3. India: civil contractor's hindrance register
# ---------------------------------------------------------------------------------------

_IN_HINDRANCES = [
    "Non-availability of revised structural drawings for cold room slab",
    "Power shutdown by MSEDCL for transformer shifting",
    "Delay in approval of kitchen exhaust ducting vendor",
    "Heavy rainfall - excavation waterlogged",
    "Site access blocked by MIDC road work",
    "Client decision pending on dock leveller make",
    "Labour shortage after festival holidays",
    "Fire NOC inspection rescheduled by authority",
]


def in_commissary_hindrance_register(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Hindrance Reg")
    ws["A1"] = "HINDRANCE REGISTER"
    ws.merge_cells("A1:J1")
    ws["A2"] = "Name of Work:"
    ws["C2"] = "Construction of Commissary (Food Production Unit), Plot C-14, Chakan MIDC, Pune"
    ws["A3"] = "Agreement No.:"
    ws["C3"] = f"CK/CIV/{rng.randint(11, 48)}/2025-26"
    ws["A4"] = "Contractor:"
    ws["C4"] = rng.choice(["M/s Deshmukh Infra Pvt. Ltd.", "M/s Shree Ganesh Constructions"])
    header = [
        "Sl. No.",
        "Nature of Hindrance",
        "Date of Start of Hindrance",
        "Date of Removal of Hindrance",
        "Period of Hindrance (days)",
        "Overlapping Period (days)",
        "Net Period (days)",
        "Hindrance on account of",
        "Remarks",
        "Signature of Engineer-in-charge",
    ]
    _row(ws, 6, header)
    n = rng.randint(5, 8)
    start = _rising(rng, n, date(2025, 11, 3), 130)
    texts = rng.sample(_IN_HINDRANCES, n)
    values: list[ValueFact] = []
    removed_days: list[date | None] = []
    for i in range(n):
        removed = start[i] + timedelta(days=rng.randint(2, 30)) if rng.random() < 0.7 else None
        removed_days.append(removed)
    present = [d for d in removed_days if d]
    if present and not any(d.day > 12 for d in present):
        k = max(range(n), key=lambda j: removed_days[j] or date.min)
        removed_days[k] = removed_days[k].replace(day=20)  # type: ignore[union-attr]
    prev_end: date | None = None
    for i in range(n):
        removed = removed_days[i]
        period = (removed - start[i]).days if removed else None
        overlap = 0
        if removed and prev_end and prev_end > start[i]:
            overlap = min((prev_end - start[i]).days, period or 0)
        _row(
            ws,
            7 + i,
            [
                i + 1,
                texts[i],
                _dmy(start[i], "."),
                _dmy(removed, ".") if removed else "",
                period,
                overlap if removed else None,
                period - overlap if period is not None else None,
                rng.choice(["Department", "Department", "Contractor"]),
                # audit (round 38): a removed hindrance's remark never says `Continuing`
                # (it contradicted its own removal date); the same draw, so no cell moves
                rng.choice(["", "Letter issued", "Recorded in site order book", "Removal noted"])
                if removed
                else "Continuing",
                None,
            ],
        )
        if removed:
            prev_end = max(prev_end or removed, removed)
        values += [
            ValueFact("issues", i, "title", texts[i]),
            ValueFact("issues", i, "raised_date", start[i]),
        ]
        if removed:
            values.append(ValueFact("issues", i, "closed_date", removed))
    # round 39's lead ruling: a plain row number (1, 2, 3) is the id or left out, no id value
    targets = _cols(
        "A",
        [("id", None), "title", "raised_date", "closed_date", None, None, None, None, None, None],
    )
    path = _save(wb, folder, "CK_Chakan_Hindrance_Register")
    return Built(path, [_one("issues", "Hindrance Reg", 6, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 4. Australia: allergen labelling compliance risk register (AS ISO 31000 words)
# ---------------------------------------------------------------------------------------

_AU_PEOPLE = ["Bec Nguyen", "Lachlan O'Brien", "Priyanka Sood", "Hamish Doherty", "Tash Kemp"]
_AU_LIK = ["Rare", "Unlikely", "Possible", "Likely", "Almost Certain"]
_AU_CON = ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"]
_AU_RISKS = [
    "Supplier spec sheets omit sesame as a declared allergen",
    "Menu board reprint misses the compliance deadline",
    "Franchisees keep using old printed tray liners",
    "Limited-time offer launched without allergen review",
    "Online ordering partner shows outdated allergen summary",
    "Recipe change at sauce co-packer not notified",
    "Crew cannot answer allergen questions at the counter",
]


def au_allergen_labelling_risk_register(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    name = "PEAL Compliance - ANZ Restaurants"
    ws["A1"] = "Plain English Allergen Labelling (PEAL) - Menu & Packaging Compliance"
    ws["A2"] = "Project:"
    ws["B2"] = name
    ws["A3"] = "Rated per Group Risk Management Framework (AS ISO 31000:2018)"
    header = [
        "Risk ID",
        "Date Raised",
        "Risk Description",
        "Cause(s)",
        "Risk Owner",
        "Likelihood",
        "Consequence",
        "Risk Rating",
        "Existing Controls",
        "Treatment Actions",
        "Treatment Owner",
        "Due Date",
        "Residual Likelihood",
        "Residual Consequence",
        "Status",
    ]
    _row(ws, 5, header)
    n = rng.randint(5, 7)
    raised = sorted(date(2026, 1, 19) + timedelta(days=rng.randrange(60)) for _ in range(n))
    risks = rng.sample(_AU_RISKS, n)
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", name)]
    for i in range(n):
        lik, con = rng.randint(2, 5), rng.randint(2, 5)
        rl, rc = max(1, lik - rng.randint(0, 2)), max(1, con - rng.randint(0, 1))
        score = lik * con
        rating = (
            "Low"
            if score <= 4
            else "Medium"
            if score <= 9
            else ("High" if score <= 16 else "Extreme")
        )
        owner, t_owner = rng.choice(_AU_PEOPLE), rng.choice(_AU_PEOPLE)
        due = raised[i] + timedelta(days=rng.randint(20, 75))
        status = rng.choice(["Open", "Open", "Open", "Closed"])
        treat = rng.choice(
            [
                "Re-verify all supplier specs before print",
                "Weekly compliance check-in with franchisees",
                "Add allergen sign-off gate to LTO process",
                "Crew e-learning module and counter card",
            ]
        )
        _row(
            ws,
            6 + i,
            [
                f"PEAL-{i + 1:02d}",
                raised[i],
                risks[i],
                rng.choice(
                    [
                        "Manual spec process",
                        "Tight print lead times",
                        "Decentralised franchise model",
                    ]
                ),
                owner,
                _AU_LIK[lik - 1],
                _AU_CON[con - 1],
                rating,
                rng.choice(["Supplier questionnaire", "Menu governance forum", "None"]),
                treat,
                t_owner,
                due,
                _AU_LIK[rl - 1],
                _AU_CON[rc - 1],
                status,
            ],
        )
        for c in (2, 12):
            ws.cell(6 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "title", risks[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(lik)),
            ValueFact("risks", i, "impact", float(con)),
            ValueFact("risks", i, "response", treat),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "residual_probability", float(rl)),
            ValueFact("risks", i, "residual_impact", float(rc)),
            ValueFact("risks", i, "status", status),
        ]
    targets = _cols(
        "A",
        [
            # audit (round 38): `PEAL-01` is the project's acronym, no risk letter: the id or
            # left out, no value (round 37's reading of an early warning's `EW-001`)
            ("id", None),
            "raised_date",
            "title",
            None,
            "owner",
            "probability",
            "impact",
            ("rating", None),  # audit (round 38): a typed rating, computed or left out
            None,
            "response",
            None,
            "due_date",
            "residual_probability",
            "residual_impact",
            "status",
        ],
    )
    path = _save(wb, folder, "PEAL_Risk_Register_v7")
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 5. Germany: till migration, steering committee decision minutes
# ---------------------------------------------------------------------------------------

_DE_PEOPLE = ["Katrin Vogel", "Jens Albrecht", "Miriam Schuster", "Tobias Krämer"]
_DE_DECISIONS = [
    (
        "Kassen-Hardware",
        "Rollout mit Terminal-Modell B statt A",
        "Lieferzeit A 14 Wochen, B sofort verfügbar",
    ),
    (
        "Pilot",
        "Pilot in 3 Filialen Köln statt 5 Filialen Berlin",
        "Betriebsrat Berlin stimmt erst im Mai zu",
    ),
    ("Schulung", "Schulung der Schichtleiter als Webinar", "Reisekosten sparen, Termine flexibler"),
    ("Zahlarten", "Gutscheine ab Go-Live nur digital", "Altes Gutscheinsystem wird abgeschaltet"),
    (
        "Termin",
        "Go-Live Welle 2 um zwei Wochen verschoben",
        "Schnittstelle Warenwirtschaft nicht abgenommen",
    ),
    ("Datenschutz", "Quittungen per E-Mail nur mit Opt-in", "Vorgabe Datenschutzbeauftragter"),
]


def de_pos_migration_beschlussprotokoll(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Beschlüsse")
    name, pl = "Kassenumstellung 2026 (POS-Migration DACH)", rng.choice(_DE_PEOPLE)
    ws["A1"] = "Beschlussprotokoll Lenkungsausschuss"
    ws["A2"] = "Projekt:"
    ws["B2"] = name
    ws["A3"] = "Projektleitung:"
    ws["B3"] = pl
    _row(
        ws,
        5,
        [
            "Nr.",
            "Sitzung vom",
            "Gremium",
            "Thema",
            "Beschluss",
            "Begründung",
            "Umsetzung durch",
            "Termin",
            "Erledigt",
        ],
    )
    n = rng.randint(4, 6)
    meetings = sorted(rng.sample(range(12), 4))
    picks = rng.sample(_DE_DECISIONS, n)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", name),
        ValueFact("project", 0, "project_manager", pl),
    ]
    day_of = sorted(rng.choice(meetings) for _ in range(n))
    for i, (thema, beschluss, grund) in enumerate(picks):
        d = date(2026, 1, 14) + timedelta(weeks=2 * day_of[i])
        gremium = rng.choice(
            ["Lenkungsausschuss", "Lenkungsausschuss", "Projektleitung", "LA (Umlaufverfahren)"]
        )
        _row(
            ws,
            6 + i,
            [
                f"LA-{i + 1:02d}",
                d,
                gremium,
                thema,
                beschluss,
                grund,
                rng.choice(_DE_PEOPLE),
                d + timedelta(days=rng.randint(10, 40)),
                rng.choice(["ja", "nein", "teilweise"]),
            ],
        )
        ws.cell(6 + i, 2).number_format = "DD.MM.YYYY"
        ws.cell(6 + i, 8).number_format = "DD.MM.YYYY"
        values += [
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "made_by", gremium),
            ValueFact("decisions", i, "decision", beschluss),
            ValueFact("decisions", i, "rationale", grund),
        ]
    # audit (round 38): `LA-01` (Lenkungsausschuss) holds no decision letter: the id or
    # left out, no value (round 37's reading of an early warning's `EW-001`)
    targets = _cols(
        "A", [("id", None), "date", "made_by", None, "decision", "rationale", None, None, None]
    )
    path = _save(wb, folder, "Kassenumstellung_Beschlussprotokoll")
    return Built(path, [_one("decisions", "Beschlüsse", 5, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 6. Brazil: launch campaign milestone plan
# ---------------------------------------------------------------------------------------

_BR_PEOPLE = ["Camila Duarte", "Rafael Nogueira", "Juliana Prado", "Thiago Amaral"]
_BR_MARCOS = [
    ("Briefing aprovado", "Marketing"),
    ("Roteiro do filme aprovado", "Agência"),
    ("Produto testado nas lojas piloto", "P&D"),
    ("Embalagem impressa", "Suprimentos"),
    ("Treinamento das equipes", "Operações"),
    ("Campanha no ar (TV e digital)", "Mídia"),
    ("Combo disponível no app", "Digital"),
    ("Relatório pós-campanha", "Marketing"),
]


def br_campaign_cronograma_marcos(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Marcos")
    ws["A1"] = "CRONOGRAMA DE MARCOS"
    ws["A2"] = "Campanha: Lançamento Combo Crocante - Verão 2026"
    n = rng.randint(6, 8)
    base = _rising(rng, n, date(2025, 11, 10), 150)
    update = base[0] + timedelta(days=rng.randint(40, 110))
    ws["A3"] = "Atualizado em:"
    ws["B3"] = _dmy(update)
    _row(
        ws,
        5,
        [
            "#",
            "Marco",
            "Área",
            "Responsável",
            "Data base",
            "Data prevista",
            "Data real",
            "Situação",
            "Farol",
            "Observações",
        ],
    )
    values: list[ValueFact] = []
    fc = [b + timedelta(days=rng.choice([0, 0, 0, 5, 12, 21])) for b in base]
    fc = _late12(fc)
    started = False
    for i in range(n):
        marco, area = _BR_MARCOS[i]
        owner = rng.choice(_BR_PEOPLE)
        actual: date | None = None
        if fc[i] <= update:
            actual, sit, farol = fc[i], "Concluído", "Verde"
        elif not started:
            started, sit = True, "Em andamento"
            farol = "Amarelo" if fc[i] > base[i] else "Verde"
        elif (fc[i] - base[i]).days > 10:
            sit, farol = "Atrasado", "Vermelho"
        else:
            sit, farol = "Não iniciado", "Verde"
        _row(
            ws,
            6 + i,
            [
                i + 1,
                marco,
                area,
                owner,
                _dmy(base[i]),
                _dmy(fc[i]),
                _dmy(actual) if actual else "",
                sit,
                farol,
                "Replanejado" if fc[i] != base[i] else "",
            ],
        )
        status = {
            "Concluído": "Complete",
            "Em andamento": "In Progress",
            "Não iniciado": "Not Started",
            "Atrasado": "Late",
        }[sit]
        values += [
            ValueFact("milestones", i, "milestone", marco),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc[i]),
            ValueFact("milestones", i, "status", status),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    # round 39's lead ruling: a plain row number (1, 2, 3) is the id or left out, no id value
    targets = _cols(
        "A",
        [
            ("id", None),
            "milestone",
            None,
            "owner",
            "baseline_date",
            "forecast_date",
            "actual_date",
            "status",
            None,
            None,
        ],
    )
    path = _save(wb, folder, "Cronograma_Combo_Crocante")
    return Built(path, [_one("milestones", "Marcos", 5, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 7. Japan: new menu item development, issue management table
# ---------------------------------------------------------------------------------------

_JP_PEOPLE = ["佐藤 健", "鈴木 美穂", "高橋 誠", "田中 彩", "伊藤 大輔"]
_JP_ISSUES = [
    ("品質", "揚げ時間を短縮すると衣の食感が落ちる", "油温と衣配合を再検討"),
    ("原価", "スパイス原料の単価が想定より15%高い", "代替サプライヤーに見積依頼"),
    ("調達", "専用ソースの容器が発売日に間に合わない", "暫定容器で対応"),
    ("法規", "アレルゲン表示の確認が未了", "品質保証部に確認依頼"),
    ("オペレーション", "ピーク時の提供時間が目標を超える", "調理手順を見直し"),
    ("品質", "試食会で辛さの評価が分かれた", "辛さ2段階で再試食"),
    ("販促", "店頭POPの撮影日程が未確定", "販促チームと調整"),
]


def jp_menu_rd_kadai_kanri(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "課題管理表")
    ws["A1"] = "新商品開発（スパイシーチキン）プロジェクト　課題管理表"
    ws["A2"] = f"更新日：2026/{rng.randint(3, 5)}/{rng.randint(1, 28)}"
    _row(
        ws,
        4,
        [
            "No.",
            "起票日",
            "起票者",
            "分類",
            "課題内容",
            "対応方針・対応内容",
            "担当者",
            "期限",
            "状況",
            "完了日",
            "備考",
        ],
    )
    n = rng.randint(5, 7)
    raised = sorted(date(2026, 1, 8) + timedelta(days=rng.randrange(80)) for _ in range(n))
    picks = rng.sample(_JP_ISSUES, n)
    values: list[ValueFact] = []
    for i, (cat, issue, plan) in enumerate(picks):
        owner = rng.choice(_JP_PEOPLE)
        due = raised[i] + timedelta(days=rng.randint(7, 35))
        state = rng.choice(["未着手", "対応中", "対応中", "完了"])
        done = due - timedelta(days=rng.randint(0, 5)) if state == "完了" else None
        if done and done < raised[i]:
            done = raised[i]
        _row(
            ws,
            5 + i,
            [
                i + 1,
                raised[i],
                rng.choice(_JP_PEOPLE),
                cat,
                issue,
                plan,
                owner,
                due,
                state,
                done,
                rng.choice([None, "次回定例で確認", "部長報告済"]),
            ],
        )
        for c in (2, 8, 10):
            ws.cell(5 + i, c).number_format = "yyyy/mm/dd"
        values += [
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", issue),
            ValueFact("issues", i, "resolution", plan),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due),
        ]
        if state == "未着手":
            values.append(ValueFact("issues", i, "status", "Open"))
        elif state == "対応中":
            values.append(ValueFact("issues", i, "status", "In Progress"))
        if done:
            values.append(ValueFact("issues", i, "closed_date", done))
    # round 39's lead ruling: a plain row number (1, 2, 3) is the id or left out, no id value
    targets = _cols(
        "A",
        [
            ("id", None),
            "raised_date",
            None,
            None,
            "title",
            "resolution",
            "owner",
            "due_date",
            "status",
            "closed_date",
            None,
        ],
    )
    path = _save(wb, folder, "課題管理表_スパイシーチキン")
    return Built(path, [_one("issues", "課題管理表", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 8. Poland: franchisee onboarding dependencies, SharePoint list export
# ---------------------------------------------------------------------------------------

_PL_PEOPLE = ["Agnieszka Wróbel", "Piotr Zając", "Marta Kowalczyk", "Łukasz Nowicki"]
_PL_OTHER = ["Ewa Sikora", "Tomasz Mazur", "Karolina Baran", "Grzegorz Lis"]
_PL_DEPS = [
    ("Umowy franczyzowe podpisane", "Dział prawny", "Podpisane umowy (12 szt.)"),
    ("Dostęp do systemu kasowego", "Program Kasy 2026", "Konta i licencje POS"),
    ("Szkolenia kierowników", "Akademia Restauracji", "Harmonogram szkoleń"),
    ("Dostawy z centrum dystrybucyjnego", "Logistyka Stryków", "Plan dostaw tygodniowych"),
    ("Materiały marketingowe dla nowych lokali", "Marketing PL", "Pakiet otwarcia"),
    ("Raport z audytu sanitarnego", "Jakość i BHP", "Protokoły audytów"),
]


def pl_franchise_onboarding_mslists(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "owssvr")
    _row(
        ws,
        1,
        [
            "Tytuł",
            "Kierunek",
            "Projekt partnerski",
            "Produkt do przekazania",
            "Właściciel",
            "Osoba po drugiej stronie",
            "Potrzebne do",
            "Termin uzgodniony",
            "Stan",
            "Zmodyfikowano",
            "Utworzone przez",
            "Typ elementu",
            "Ścieżka",
        ],
    )
    n = rng.randint(4, 6)
    picks = rng.sample(_PL_DEPS, n)
    values: list[ValueFact] = []
    stan_map = {
        "Zgodnie z planem": "On Track",
        "Zagrożona": "At Risk",
        "Opóźniona": "Late",
        "Dostarczona": "Delivered",
    }
    for i, (title, proj, prod) in enumerate(picks):
        need = date(2026, 3, 2) + timedelta(days=rng.randrange(90))
        committed = need + timedelta(days=rng.choice([-7, 0, 0, 5, 14]))
        if committed > need:  # promised after it is needed: at risk or late, as the PM says
            stan = rng.choice(["Zagrożona", "Opóźniona"])
        else:
            stan = rng.choice(["Zgodnie z planem", "Zgodnie z planem", "Dostarczona"])
        kier = rng.choice(["Przychodząca", "Przychodząca", "Wychodząca"])
        owner, other = rng.choice(_PL_PEOPLE), rng.choice(_PL_OTHER)
        mod = datetime(2026, 2, 1, 8) + timedelta(
            days=rng.randrange(40), minutes=rng.randrange(600)
        )
        _row(
            ws,
            2 + i,
            [
                title,
                kier,
                proj,
                prod,
                owner,
                other,
                need,
                committed,
                stan,
                mod,
                rng.choice(_PL_PEOPLE),
                "Element",
                "sites/PMO/Lists/Zaleznosci",
            ],
        )
        for c in (7, 8):
            ws.cell(2 + i, c).number_format = "yyyy-mm-dd"
        ws.cell(2 + i, 10).number_format = "yyyy-mm-dd hh:mm"
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if kier == "Przychodząca" else "Outbound"
            ),
            ValueFact("dependencies", i, "deliverable", prod),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", other),
            ValueFact("dependencies", i, "need_by", need),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", stan_map[stan]),
            ValueFact("dependencies", i, "last_updated", mod.date()),
        ]
    targets = _cols(
        "A",
        [
            "title",
            "direction",
            # audit (round 38): its cells name teams and departments (`Dział prawny`), no
            # project's id: mapped or left out, as earlier audits read `Other Party`
            ("counterparty_project_id", None),
            "deliverable",
            "owner",
            "counterparty_owner",
            "need_by",
            "committed_date",
            "status",
            "last_updated",
            None,
            None,
            None,
        ],
    )
    path = _save(wb, folder, "Zaleznosci_wdrozenie_franczyzobiorcow")
    return Built(path, [_one("dependencies", "owssvr", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 9. France: GDPR on the loyalty programme, assumptions register
# ---------------------------------------------------------------------------------------

_FR_PEOPLE = ["Claire Lefebvre", "Nicolas Girard", "Sophie Marchand", "Julien Roux"]
_FR_HYP = [
    (
        "Le consentement existant couvre les offres personnalisées",
        "Recollecte du consentement auprès de 2 M de membres",
    ),
    ("Le prestataire CRM héberge les données dans l'UE", "Clauses contractuelles types à négocier"),
    (
        "Les franchisés n'accèdent pas aux données nominatives",
        "Analyse d'impact à étendre aux franchisés",
    ),
    (
        "La durée de conservation de 3 ans est acceptée par la DPO",
        "Purge à revoir, retard sur le lot 2",
    ),
    ("L'application n'utilise pas la géolocalisation précise", "Nouveau bandeau de consentement"),
]


def fr_loyalty_rgpd_hypotheses(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Hypothèses")
    ws["A1"] = "Programme fidélité - mise en conformité RGPD"
    ws["A2"] = "Registre des hypothèses (tenu par le PMO France)"
    _row(
        ws,
        4,
        [
            "Réf.",
            "Hypothèse",
            "Émise le",
            "Porteur",
            "Confiance",
            "À vérifier avant le",
            "Conséquence si fausse",
            "Statut",
            "Conclusion",
        ],
    )
    n = rng.randint(4, 5)
    picks = rng.sample(_FR_HYP, n)
    emise = _rising(rng, n, date(2026, 1, 6), 50)
    verif = _late12([e + timedelta(days=rng.randint(15, 60)) for e in emise])
    conf_map = {"Élevée": "High", "Moyenne": "Medium", "Faible": "Low"}
    st_map = {"À vérifier": "Open", "Confirmée": "Validated", "Infirmée": "Invalid"}
    values: list[ValueFact] = []
    for i, (hyp, csq) in enumerate(picks):
        owner = rng.choice(_FR_PEOPLE)
        conf = rng.choice(list(conf_map))
        st = rng.choice(list(st_map))
        concl = {
            "Confirmée": "Confirmé par la DPO",
            "Infirmée": "Infirmé : plan d'action lancé",
            "À vérifier": "",
        }[st]
        _row(
            ws,
            5 + i,
            [f"H{i + 1:02d}", hyp, _dmy(emise[i]), owner, conf, _dmy(verif[i]), csq, st, concl],
        )
        values += [
            # audit (round 38): `H01` numbers the register's own items under its own word's
            # letter (hypothèse): the id in the standard's form keeping the number
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", hyp),
            ValueFact("assumptions", i, "raised_date", emise[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf_map[conf]),
            ValueFact("assumptions", i, "validate_by", verif[i]),
            ValueFact("assumptions", i, "impact_if_false", csq),
            ValueFact("assumptions", i, "status", st_map[st]),
        ]
        if concl:
            values.append(ValueFact("assumptions", i, "outcome", concl))
    targets = _cols(
        "A",
        [
            "id",
            "assumption",
            "raised_date",
            "owner",
            "confidence",
            "validate_by",
            "impact_if_false",
            "status",
            "outcome",
        ],
    )
    path = _save(wb, folder, "Registre_hypotheses_RGPD_fidelite")
    return Built(path, [_one("assumptions", "Hypothèses", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 10. Mexico: store openings weekly status report
# ---------------------------------------------------------------------------------------

_MX_PEOPLE = ["Alejandra Ibarra", "Jorge Treviño", "Fernanda Salgado", "Ricardo Ochoa"]
_MX_TEMAS = [
    "Licencia de funcionamiento León Centro pendiente",
    "Retraso en entrega de freidoras por aduana",
    "Contratación de gerentes por debajo del plan",
    "Acometida eléctrica Celaya sin fecha de CFE",
    "Cambio de layout solicitado por el franquiciatario",
    "Señalización exterior no aprobada por el municipio",
]


def mx_store_openings_reporte_estatus(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Reporte")
    name = "Aperturas Bajío 2026 (12 restaurantes)"
    pm, sponsor = rng.sample(_MX_PEOPLE, 2)
    corte = date(2026, rng.randint(2, 5), rng.randint(13, 28))
    ws["A1"] = "REPORTE DE ESTATUS SEMANAL"
    ws.merge_cells("A1:F1")
    _row(ws, 3, ["Proyecto", name])
    _row(ws, 4, ["Líder de proyecto", pm])
    _row(ws, 5, ["Patrocinador", sponsor])
    _row(ws, 6, ["Fecha de corte", _dmy(corte)])
    _row(ws, 7, ["Etapa", "Ejecución"])
    rag_words = {"Verde": "Green", "Amarillo": "Amber", "Rojo": "Red"}
    ws["A9"] = "Semáforo"
    rags: dict[str, str] = {}
    for r, (label, key) in enumerate(
        [
            ("General", "overall_rag"),
            ("Alcance", "scope_rag"),
            ("Tiempo", "schedule_rag"),
            ("Costo", "cost_rag"),
        ]
    ):
        word = rng.choice(list(rag_words))
        rags[key] = word
        _row(
            ws,
            10 + r,
            [
                label,
                word,
                rng.choice(["", "Ver temas abiertos", "Sin cambios vs. semana anterior"]),
            ],
        )
    summary = rng.choice(
        [
            "Se abrieron 2 de 12 restaurantes; Celaya se recorre por acometida eléctrica.",
            "Obra civil al 60 %; equipamiento en tránsito, capacitación inicia la próxima semana.",
        ]
    )
    _row(ws, 15, ["Resumen ejecutivo", summary])
    ws["A17"] = "Temas abiertos"
    _row(
        ws,
        18,
        ["No.", "Asunto", "Afectación", "Dueño", "Fecha límite", "Situación", "Siguiente paso"],
    )
    n = rng.randint(3, 5)
    temas = rng.sample(_MX_TEMAS, n)
    dues = _late12(sorted(corte + timedelta(days=rng.randint(3, 40)) for _ in range(n)))
    imp_map = {"Alta": 5.0, "Media": 3.0, "Baja": 1.0}
    st_map = {"Abierto": "Open", "En proceso": "In Progress"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", name),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", corte),
        ValueFact("project", 0, "status_summary", summary),
        ValueFact("project", 0, "stage", "Delivery"),
    ]
    values += [ValueFact("project", 0, k, rag_words[w]) for k, w in rags.items()]
    for i in range(n):
        imp, owner, st = rng.choice(list(imp_map)), rng.choice(_MX_PEOPLE), rng.choice(list(st_map))
        _row(
            ws,
            19 + i,
            [
                i + 1,
                temas[i],
                imp,
                owner,
                _dmy(dues[i]),
                st,
                rng.choice(
                    [
                        "Escalar con franquiciatario",
                        "Seguimiento diario",
                        "Revisar en comité del lunes",
                    ]
                ),
            ],
        )
        values += [
            ValueFact("issues", i, "title", temas[i]),
            ValueFact("issues", i, "severity", imp_map[imp]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", dues[i]),
            ValueFact("issues", i, "status", st_map[st]),
        ]
    # round 39's lead ruling: a plain row number (1, 2, 3) is the id or left out, no id value
    targets = _cols("A", [("id", None), "title", "severity", "owner", "due_date", "status", None])
    path = _save(wb, folder, "Reporte_Estatus_Aperturas_Bajio")
    return Built(path, [_one("issues", "Reporte", 18, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 11. Canada: sensory lab upgrade, Clarity allocation export
# ---------------------------------------------------------------------------------------

_CA_STAFF = [
    ("Geneviève Tremblay", "Sensory Scientist"),
    ("Owen MacLeod", "Food Technologist"),
    ("Anika Sharma", "Project Manager"),
    ("Brandon Chu", "Lab Technician"),
    ("Isabelle Fortin", "Procurement Specialist"),
    ("Kwame Asante", "Facilities Engineer"),
]


def ca_sensory_lab_clarity_allocations(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Allocations")
    _row(
        ws,
        1,
        [
            "Investment ID",
            "Investment",
            "Resource",
            "Primary Role",
            "Booking Status",
            "Period Start",
            "Period Finish",
            "Allocation (Days)",
            "Allocation %",
        ],
    )
    staff = rng.sample(_CA_STAFF, rng.randint(3, 5))
    months = _months(date(2026, rng.randint(3, 5), 1), rng.randint(3, 5))
    values: list[ValueFact] = []
    r, k = 2, 0
    for person, role in staff:
        booking = rng.choice(["Hard", "Hard", "Soft"])
        for m in months:
            if rng.random() < 0.2:
                continue
            days = float(rng.choice([2, 4, 5, 8, 10, 12.5, 15, 20]))
            end = (m.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            _row(
                ws,
                r,
                [
                    "PR-004127",
                    "Sensory & Product Science Lab Upgrade",
                    person,
                    role,
                    booking,
                    m,
                    end,
                    days,
                    f"{round(100 * days / 21)}%",
                ],
            )
            ws.cell(r, 6).number_format = "yyyy-mm-dd"
            ws.cell(r, 7).number_format = "yyyy-mm-dd"
            values += [
                ValueFact("resources", k, "person", person),
                ValueFact("resources", k, "role", role),
                ValueFact("resources", k, "month", m),
                ValueFact("resources", k, "planned_days", days),
            ]
            r, k = r + 1, k + 1
    targets = _cols("A", [None, None, "person", "role", None, "month", None, "planned_days", None])
    path = _save(wb, folder, "Clarity_Allocations_PR-004127")
    return Built(path, [_one("resources", "Allocations", 1, targets, k)], values)


# ---------------------------------------------------------------------------------------
# 12. Netherlands: media budget, months across in Begroot / Werkelijk pairs
# ---------------------------------------------------------------------------------------

_NL_LINES = [
    ("TV", "Mediabureau Oranje"),
    ("Radio", "Mediabureau Oranje"),
    ("Online video", "Digitaal Bureau"),
    ("Social", "Digitaal Bureau"),
    ("Buitenreclame", "OOH Partners"),
    ("Influencers", "eigen beheer"),
]


def nl_media_budget_begroot_werkelijk(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mediabudget")
    ws["A1"] = "Mediabudget campagne 'Krokant' 2026"
    ws["A2"] = "Bedragen in €, excl. btw"
    months = _months(date(2026, 1, 1), 6)
    report = rng.randint(2, 5)  # months with actuals
    _row(ws, 5, ["Kanaal", "Bureau"])
    for j, m in enumerate(months):
        col = 3 + 2 * j
        ws.cell(4, col, m).number_format = "mmm-yy"
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "Begroot")
        ws.cell(5, col + 1, "Werkelijk")
    tot = 3 + 2 * len(months)
    ws.cell(4, tot, "Totaal")
    ws.merge_cells(start_row=4, start_column=tot, end_row=4, end_column=tot + 1)
    ws.cell(5, tot, "Begroot")
    ws.cell(5, tot + 1, "Werkelijk")
    lines = rng.sample(_NL_LINES, rng.randint(4, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    count = 0
    col_sums = [0.0] * (2 * len(months) + 2)
    for i, (line, bureau) in enumerate(lines):
        r = 6 + i
        ws.cell(r, 1, line)
        ws.cell(r, 2, bureau)
        tb = ta = 0.0
        for j, m in enumerate(months):
            col = 3 + 2 * j
            if rng.random() < 0.25:
                continue  # the channel does not run this month
            budget = float(rng.randrange(5, 120) * 1000)
            ws.cell(r, col, budget).number_format = "#,##0"
            tb += budget
            col_sums[2 * j] += budget
            values.append(ValueFact("finance", (m, line), "budget", budget))
            if j < report:
                actual = round(budget * rng.uniform(0.8, 1.15), 2)
                ws.cell(r, col + 1, actual).number_format = "#,##0"
                ta += actual
                col_sums[2 * j + 1] += actual
                values.append(ValueFact("finance", (m, line), "actual", actual))
            count += 1
        ws.cell(r, tot, tb).number_format = "#,##0"
        ws.cell(r, tot + 1, round(ta, 2)).number_format = "#,##0"
    r = 6 + len(lines)
    ws.cell(r, 1, "Totaal")
    for j in range(2 * len(months)):
        if j % 2 == 0 or j // 2 < report:  # no actual total for a month not yet reported
            ws.cell(r, 3 + j, round(col_sums[j], 2)).number_format = "#,##0"
    targets = _cols("A", ["cost_line", None])
    path = _save(wb, folder, "Mediabudget_Krokant_2026")
    return Built(path, [_one("finance", "Mediabudget", 5, targets, count)], values)


HELD_OUT_104: tuple[Layout, ...] = (
    Layout(
        "gb_drive_thru_raid_log",
        "UK drive-thru conversion, hand-kept RAID log",
        gb_drive_thru_raid_log,
    ),
    Layout(
        "us_loyalty_app_notion_blockers",
        "US loyalty app squads' blockers, Notion database export",
        us_loyalty_app_notion_blockers,
    ),
    Layout(
        "in_commissary_hindrance_register",
        "Indian commissary, contractor's hindrance register",
        in_commissary_hindrance_register,
    ),
    Layout(
        "au_allergen_labelling_risk_register",
        "Australian allergen labelling compliance, AS ISO 31000 risk register",
        au_allergen_labelling_risk_register,
    ),
    Layout(
        "de_pos_migration_beschlussprotokoll",
        "German till migration, steering committee decision minutes",
        de_pos_migration_beschlussprotokoll,
    ),
    Layout(
        "br_campaign_cronograma_marcos",
        "Brazilian launch campaign, milestone plan",
        br_campaign_cronograma_marcos,
    ),
    Layout(
        "jp_menu_rd_kadai_kanri",
        "Japanese new menu item R&D, issue management table",
        jp_menu_rd_kadai_kanri,
    ),
    Layout(
        "pl_franchise_onboarding_mslists",
        "Polish franchisee onboarding, SharePoint list of dependencies",
        pl_franchise_onboarding_mslists,
    ),
    Layout(
        "fr_loyalty_rgpd_hypotheses",
        "French GDPR compliance, assumptions register",
        fr_loyalty_rgpd_hypotheses,
    ),
    Layout(
        "mx_store_openings_reporte_estatus",
        "Mexican store openings, weekly status report with open topics",
        mx_store_openings_reporte_estatus,
    ),
    Layout(
        "ca_sensory_lab_clarity_allocations",
        "Canadian sensory lab upgrade, Clarity allocation export",
        ca_sensory_lab_clarity_allocations,
    ),
    Layout(
        "nl_media_budget_begroot_werkelijk",
        "Dutch media budget, Begroot / Werkelijk pairs under merged months",
        nl_media_budget_begroot_werkelijk,
    ),
)
