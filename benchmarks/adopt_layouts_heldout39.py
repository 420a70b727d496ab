"""The thirty-ninth held-out batch (``HELD_OUT_39``, issue 15 round 27): twelve seeded
BILINGUAL and MIXED-LANGUAGE workbooks with ground truth, as a multinational or
public-sector PMO receives them from offices that work in two languages at once, written by
an engineer who does not tune adoption and who read neither the adoption code
(``addin/adopt/``) nor any batch's misses or scores. The kinds of bilingual writing: both
languages in one header cell (`Owner / Responsable`, `Status` over a line break and
`狀態`), two header rows one per language, an English template filled in the local
language, a local sheet with another language's headers, bilingual values in one cell
(`Amber / أصفر`, `Valmis / Klar`), rows written in whichever language their author uses,
bilingual title blocks. Sectors and settings no earlier batch file's docstring names.

Registers:

- ``canada_raid_bilingue`` (EN/FR, Government of Canada template): a federal benefits
  portal's RAID log, one table: title `RAID Log / Registre RAID`, `Project / Projet:` and
  `Project Manager / Gestionnaire de projet:` lines, header row 5 `ID / No` (`R-001`),
  `Type / Genre` (`Risk / Risque`, `Issue / Problème`, `Assumption / Hypothèse`,
  `Dependency / Dépendance`), `Description / Description` (English or French text),
  `Owner / Responsable`, `Date Raised / Date de création` and `Due Date / Date d'échéance`
  (ISO date cells), `Status / État` (`Open / Ouvert`, `Closed / Fermé`), `Comments /
  Commentaires` (code-switched).
- ``wales_risk_register`` (Welsh over English): a Gwynedd demand-responsive bus service's
  `Cofrestr Risg / Risk Register`: `Prosiect / Project:` and `Rheolwr Prosiect / Project
  Manager:` label cells with the value beside; header rows 5 (Welsh: `Cyf.`, `Risg`, `Risg
  (Saesneg)`, `Perchennog`, `Dyddiad codi`, `Tebygolrwydd`, `Effaith`, `Ymateb`, `Statws`)
  and 6 (English: `Ref.`, `Risk`, `Risk (English)`, `Owner`, `Date raised`, `Likelihood`,
  `Impact`, `Response`, `Status`); 1-5 scores, `Lliniaru / Mitigate` responses, Welsh
  status words Agored / Monitro / Ar gau, date cells `dd/mm/yyyy`.
- ``hongkong_issue_log`` (EN/繁體中文): a housing estate's smart upgrade issue log on a sheet
  named `問題記錄`: every header English, a line break, Chinese (`Status\\n狀態`); titles in
  either language with the other as details; dates as `2026年3月14日` text; 高 / 中 / 低
  priorities; 未處理 / 處理中 / 已解決 statuses; owners written `陳志明 Chan Chi Ming`.
- ``belgium_decisions`` (FR/NL): a Brussels tram extension's `Registre des décisions /
  Besluitenregister`: header row 4 `N° / Nr.` (`D1`), `Date / Datum` as `14/03/2026` text,
  `Décision / Besluit` and `Motivation / Motivering` minuted in whichever language the
  speaker used, `Décidé par / Beslist door` (bilingual bodies), `Suivi / Opvolging`; a
  bilingual `NB :` row under the table.
- ``swiss_annahmen_hypotheses`` (DE/FR): an intercantonal ticketing project's assumptions,
  headers `Annahme / Hypothèse`, `Verantwortlich / Responsable`, `Prüfen bis / À valider
  d'ici` (date cells `dd.mm.yyyy`), `Vertrauen / Confiance`, `Status / Statut`,
  `Auswirkung falls falsch / Impact si fausse`; each row in its author's language, with
  that language's confidence (hoch / mittel / tief, élevée / moyenne / faible) and status
  words (offen / bestätigt / hinfällig, ouverte / confirmée / caduque).
- ``kenya_dependency_log`` (English template, filled in English and Swahili): a tea
  cooperative's farmer payments platform: `Project: ... PM: ...` in one title cell, header
  row 4 `Dep #`, `Dependency` (code-switched titles), `Other party`, `In/Out` (Inaingia /
  Inatoka), `Deliverable`, `Owner`, `Need by` as `14 Machi 2026` text, `Status` (Wazi /
  Iko sawa / Imechelewa / Imekamilika), `Maoni` (comments).

Trackers:

- ``quebec_suivi_budgetaire`` (French first, English under): a Laurentides health region's
  `Suivi budgétaire / Budget Tracking`: header rows 5 (`Poste budgétaire`, `Type`, `janv.
  2026` ..) and 6 (`Cost line`, `Type`, `Jan 2026` ..); a `Budget / Budget` and a `Réel /
  Actual` row per cost line; amounts as `12 345,67 $` text (no-break space groups); the
  last month's actual blank; a spacer column, a `Total` column and two `Total` rows.
- ``catalonia_pla_recursos`` (CA sheet, ES headers): a hospital consortium's
  e-prescription `Pla de recursos`: Catalan title, `Projecte:` and `Unitat: dies / Unidad:
  jornadas` lines, Spanish headers `Recurso`, `Rol` with Catalan roles, months as `mar-26`
  text, days as numbers or `1,5` text, blanks, a `Total` column.
- ``finland_virstanpylvaat`` (FI over SV): a wellbeing services county's client system
  milestones: header rows 5 (Finnish) and 6 (Swedish: `Nr`, `Milstolpe`, `Ansvarig`,
  `Grind`, `Planerad`, `Prognos`, `Utfall`, `Status`); milestone names and statuses in both
  languages in one cell (`Valmis / Klar`, `Käynnissä / Pågår`, `Ei aloitettu / Ej
  påbörjad`, `Vaarassa / I fara`), `Kyllä / Ja` / `Ei / Nej` gates, `d.m.yyyy` date cells
  and a text forecast column.
- ``gulf_status_report`` (EN/AR, UAE): a district cooling plant's monthly report: label
  cells `Project Name / اسم المشروع` .. `Currency / العملة` with values beside, RAG words in
  both languages (`Amber / أصفر`), then `Key Milestones / المعالم الرئيسية` with headers
  `Milestone\\nالمعلم` .., bilingual milestone names, `Completed / مكتمل`, `In Progress /
  قيد التنفيذ`, `Not Started / لم يبدأ`, `Delayed / متأخر`.
- ``india_vitt_tracker`` (EN/Hindi): a Rajasthan solar park's finance tracker on a sheet
  named `वित्त ट्रैकर`: bilingual title lines, `Amounts in ₹ / राशि रुपये में`, long format
  with `Month / माह` as `जनवरी 2026` text, bilingual cost heads, `Capex/Opex` (Capex /
  Opex), `Budget / बजट`, `Actual / वास्तविक`, `Forecast / पूर्वानुमान` as Indian-grouped
  text `12,34,567.00`, Hinglish `Remarks / टिप्पणी`, a `कुल / Total` row after each month.
- ``philippines_badyet_aktwal`` (English template, Filipino labels): a provincial blended
  learning project's budget vs actual: `Gastusin (Cost item)` merged down, Filipino month
  names (`Enero 2026`) merged over `Badyet` / `Aktwal`, a blank spacer column after each
  month, cost lines in either language, amounts as `₱12,345.00` text, a `KABUUAN (Total)`
  row.

Truth a person reading both languages could read two ways has no fact (the auditor's
list): every bare serial number (`Item 編號`, `Nr. / N°`, `Nro` / `Nr`, `#`); the
project names written in two languages or with a gloss (Canada's `Benefits Delivery
Modernization / Modernisation du versement`: the English, the French or both; Hong Kong's
`Smart Estate Upgrade 智慧屋邨提升計劃`; the Swiss `Tarifverbund Romandie–Bern /
Communauté tarifaire`; the Finnish `Asiakastietojärjestelmä / Klientdatasystem`; Kenya's
`Malipo ya Wakulima (Farmer Payments)` with or without its gloss); Canada's `Comments /
Commentaires`; the Welsh register's two title columns (`Risg` and `Risk (English)`: either
is the title and the other its description, or a translation left out); Belgium's `Suivi /
Opvolging` (a decision's follow-up state: no field of the standard); Kenya's `Other party`
(an organisation: the counterparty project or owner, or left out) and `Maoni`; Quebec's
`Total` column and rows and the blank last actuals; Catalonia's `Total` column and the
days by person and month (the order of unpivoted cells is not the sheet's to say); the
Gulf's AED and the Philippines' PHP (off the standard's currency list); India's `कुल /
Total` rows and `Remarks / टिप्पणी` (notes or nothing); the Philippines' spacer columns and
`KABUUAN` row.
Readings used: a value written in two languages in one cell is read by either half
(`Open / Ouvert` Open, `Amber / أصفر` Amber, `Kyllä / Ja` Y, `Valmis / Klar` Complete,
`Käynnissä / Pågår` In Progress, `Ei aloitettu / Ej påbörjad` Not Started, `Vaarassa / I
fara` At Risk, `Delayed / متأخر` Late, `Completed / مكتمل` Complete); `Type / Genre` names
the register; `Due Date / Date d'échéance` is the due date or validate-by by register
(audit, round 27: a dependency's is its need-by or its committed date, no fact, as round
20 read a RAID log's `Due`; the lone `Description / Description` column is the title or the
description, the titles stand); the Welsh Agored / Monitro / Ar gau are Open / Monitoring / Closed,
`Tebygolrwydd / Likelihood` the probability, `Ymateb / Response` the response type
(audit, round 27: the writer had no fact; `Lliniaru / Mitigate` Reduce, `Trosglwyddo /
Transfer` Transfer, `Derbyn / Accept` Accept); 高 / 中 / 低 High / Medium / Low, 未處理 Open,
處理中 In Progress, 已解決 Resolved, `Target Date 目標日期` the due date, `Resolution
解決方法` the resolution; `Motivation / Motivering` the rationale, `Décidé par / Beslist door`
made-by; hoch / élevée High, mittel / moyenne Medium, tief / faible Low, offen / ouverte
Open, bestätigt / confirmée Validated, hinfällig / caduque Invalid, `Prüfen bis / À valider
d'ici` validate-by; Inaingia / Inatoka Inbound / Outbound, Wazi Open, Iko sawa On Track,
Imechelewa Late, Imekamilika Delivered, Swahili month words; `Réel / Actual` actuals,
`Montants en dollars canadiens` CAD, `12 345,67 $` 12345.67; `Ennuste` / `Prognos` the
forecast, `Suunniteltu` / `Planerad` the baseline, `Toteutunut` / `Utfall` the actual
date; `Reporting Date / تاريخ التقرير` the report date, `Schedule` and `Cost` the schedule
and cost RAG; `Amounts in ₹` INR, `12,34,567.00` 1234567.00, Capex / Opex CapEx / OpEx,
Hindi month words; `Badyet` budget, `Aktwal` actual, Filipino month words. IDs are in the
standard's form, the number kept (audit, round 27: the Welsh `RG01` is R-001, the Belgian
`D1` DC-001, the Kenyan `DEP-1` D-001, as every earlier batch reads `RIS-01`, `DEC-01`,
`DEP-01`). It was written
and checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals unless
``--show-held-out``.
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
    _past_twelfth,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

CA_ROWS = [
    ("R", "Risk / Risque", "Translation backlog delays the bilingual release"),
    ("R", "Risk / Risque", "Fournisseur de l'hébergement infonuagique non qualifié Protégé B"),
    ("I", "Issue / Problème", "Le formulaire en ligne rejette les codes postaux du Nunavut"),
    ("I", "Issue / Problème", "Accessibility audit (WCAG 2.1 AA) failed on the French pages"),
    ("A", "Assumption / Hypothèse", "Shared Services Canada provides the network by June"),
    ("A", "Assumption / Hypothèse", "Les régions acceptent le calendrier de formation"),
    ("D", "Dependency / Dépendance", "Sign-in Canada (GCKey) integration from TBS"),
    ("D", "Dependency / Dépendance", "Données de paie de Phénix pour la migration"),
]
CA_REG = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
CA_TITLE = {"R": "title", "A": "assumption", "I": "title", "D": "title"}
CA_DUE = {"R": "due_date", "A": "validate_by", "I": "due_date", "D": "need_by"}
CA_PEOPLE = ["Geneviève Tremblay", "Michael O'Connor", "Isabelle Gagnon", "Raj Patel"]
CA_STATE = {"Open / Ouvert": "Open", "Closed / Fermé": "Closed"}


def canada_raid_bilingue(folder: Path, rng: random.Random) -> Built:
    """A federal department's benefits portal RAID log on the Government of Canada
    bilingual template: every header carries English then French in one cell (`Owner /
    Responsable`), the type and status values too, ISO date cells, a bilingual title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    pm = rng.choice(CA_PEOPLE)
    ws["A1"] = "RAID Log / Registre RAID"
    ws["A2"] = "Project / Projet: Benefits Delivery Modernization / Modernisation du versement"
    ws["A3"] = f"Project Manager / Gestionnaire de projet: {pm}"
    header = ["ID / No", "Type / Genre", "Description / Description", "Owner / Responsable"]
    header += ["Date Raised / Date de création", "Due Date / Date d'échéance"]
    header += ["Status / État", "Comments / Commentaires"]
    _put(ws, 5, 1, [header])
    rows = rng.sample(CA_ROWS, 7)
    raised = _days(rng, len(rows), date(2025, 11, 3))
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    counts: dict[str, int] = {}
    for i, (k, word, text) in enumerate(rows):
        reg = CA_REG[k]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        owner = rng.choice(CA_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([21, 45, 60]))
        state = rng.choice(list(CA_STATE))
        note = rng.choice([None, "Voir le compte rendu du 12 mars", "Escalated to DG"])
        cells: list[object] = [f"{k}-{i + 1:03d}", word, text, owner, raised[i], due]
        cells += [state, note]
        _put(ws, 6 + i, 1, [cells])
        for c in (5, 6):
            ws.cell(6 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact(reg, idx, "id", f"{k}-{i + 1:03d}"),
            ValueFact(reg, idx, CA_TITLE[k], text),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "status", CA_STATE[state]),
        ]
        # audit (round 27): a RAID log's `Due Date` for a dependency is the date we need it
        # or the date it is promised (no fact; the column accepts either), as round 20's
        # audit read the UK housing RAID log's `Due`; a dependency has no raised date
        if k != "D":
            values.append(ValueFact(reg, idx, CA_DUE[k], due))
            values.append(ValueFact(reg, idx, "raised_date", raised[i]))
    path = _save(wb, folder, "canada_raid_bilingue")
    # audit (round 27): a lone `Description` column is the title or the description (round
    # 20's audit of a lone `Risk Description`); the titles stand, it is the only text
    texts = tuple(sorted({CA_TITLE[k] for k, _, _ in rows} | {"description"}))
    # audit (round 27): a dependency's `Due Date` may be its committed date as well
    promised = {"committed_date"} if any(k == "D" for k, _, _ in rows) else set()
    dues = tuple(sorted({CA_DUE[k] for k, _, _ in rows} | promised))
    text_col = texts
    due_col = dues if len(dues) > 1 else dues[0]
    targets: Targets = _cols("A", ["id", "register", text_col, "owner", "raised_date"])
    targets |= _cols("F", [due_col, "status", None])
    return Built(path, [TruthTable("RAID", 5, "raid", targets, counts)], values)


CY_RISKS = [
    ("Cyfieithu'r ap ddim yn barod i'r lansiad", "Welsh translation of the app not ready"),
    ("Prinder siaradwyr Cymraeg yn y ganolfan alwadau", "Too few Welsh speakers on the helpdesk"),
    ("Cyflenwr y system archebu yn codi'r pris", "Booking system supplier raises the price"),
    ("Llifogydd yn cau'r depo ym Mangor", "Flooding closes the Bangor depot"),
    ("Data teithwyr ddim yn cydymffurfio â GDPR", "Passenger data not GDPR compliant"),
    ("Oedi gyda chymeradwyo'r gyllideb gan y Cyngor", "Council budget approval delayed"),
]
CY_PEOPLE = ["Rhys Llywelyn", "Siân Roberts", "Dafydd Hughes", "Catrin Evans"]
CY_STATE = {"Agored": "Open", "Monitro": "Monitoring", "Ar gau": "Closed"}
#: audit (round 27): the `Ymateb / Response` words are response types by either half;
#: `Mitigate` is the standard's Reduce (the 16th, 34th and 35th batches read it so)
CY_RESPONSE = {"Lliniaru / Mitigate": "Reduce", "Trosglwyddo / Transfer": "Transfer"}
CY_RESPONSE |= {"Derbyn / Accept": "Accept"}


def wales_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Welsh council's demand-responsive bus service (fflecsi-like) risk register: two
    header rows, Welsh over English, Welsh titles with the English gloss in the next
    column, 1-5 scores, Welsh status words, date cells `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cofrestr Risg")
    pm = rng.choice(CY_PEOPLE)
    ws["A1"] = "Cofrestr Risg / Risk Register"
    ws["A2"] = "Prosiect / Project:"
    ws["B2"] = "Bws Galw Gwynedd"
    ws["A3"] = "Rheolwr Prosiect / Project Manager:"
    ws["B3"] = pm
    welsh = ["Cyf.", "Risg", "Risg (Saesneg)", "Perchennog", "Dyddiad codi", "Tebygolrwydd"]
    welsh += ["Effaith", "Ymateb", "Statws"]
    english = ["Ref.", "Risk", "Risk (English)", "Owner", "Date raised", "Likelihood"]
    english += ["Impact", "Response", "Status"]
    _put(ws, 5, 1, [welsh, english])
    n = rng.randint(4, 6)
    picks = rng.sample(CY_RISKS, n)
    raised = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Bws Galw Gwynedd"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i, (cy, en) in enumerate(picks):
        owner = rng.choice(CY_PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        state = rng.choice(list(CY_STATE))
        act = rng.choice(list(CY_RESPONSE))
        cells: list[object] = [f"RG{i + 1:02d}", cy, en, owner, raised[i], p, imp, act, state]
        _put(ws, 7 + i, 1, [cells])
        ws.cell(7 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            # audit (round 27): `RG01` is R-001 (the standard's form keeps the number)
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", CY_STATE[state]),
            ValueFact("risks", i, "response_type", CY_RESPONSE[act]),
        ]
    path = _save(wb, folder, "wales_risk_register")
    # the title is in two columns, Welsh and English: either is the title, the other its
    # description, or left out; `Ymateb / Response` holds only response types in two
    # languages: the response type (audit, round 27: the writer also took the response's
    # text or nothing; round 23's audit mapped a `Response Strategy` of list words so)
    two = ("title", "description", None)
    targets: Targets = _cols("A", ["id", two, two, "owner", "raised_date", "probability"])
    targets |= _cols("G", ["impact", "response_type", "status"])
    return Built(path, [_one("risks", "Cofrestr Risg", 6, targets, n)], values)


HK_ISSUES = [
    ("八達通付款終端機離線", "Octopus payment terminals go offline at night"),
    ("Lift modernisation contractor short of staff", "承辦商人手不足"),
    ("住戶通知信未有英文版本", "Resident notice letters lack an English version"),
    ("Fire services inspection date not yet confirmed", "消防處巡查日期未確定"),
    ("停車場車牌識別系統誤讀", "Car park plate recognition misreads plates"),
    ("Drainage works clash with the Mid-Autumn festival", "渠務工程與中秋節活動撞期"),
    ("物業管理系統資料遷移錯誤", "Data migration errors in the property system"),
]
HK_PEOPLE = ["陳志明 Chan Chi Ming", "Karen Wong 黃嘉欣", "李國強 Lee Kwok Keung", "Mandy Ho"]
HK_PRIO = {"高": "High", "中": "Medium", "低": "Low"}
HK_STATE = {"未處理": "Open", "處理中": "In Progress", "已解決": "Resolved"}


def hongkong_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Hong Kong housing estate's smart-estate upgrade issue log: every header English
    over Traditional Chinese in one cell with a line break (`Status\\n狀態`), titles in
    either language with the other in the description, dates as `2026年3月14日` text,
    Chinese priority and status words, the sheet named in Chinese."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "問題記錄")
    pm = rng.choice(HK_PEOPLE)
    ws["A1"] = "Issue Log 問題記錄表"
    ws["A2"] = "Project 項目：Smart Estate Upgrade 智慧屋邨提升計劃"
    ws["A3"] = f"Project Manager 項目經理：{pm}"
    header = ["Item\n編號", "Issue\n問題", "Details\n詳情", "Action Owner\n負責人"]
    header += ["Date Raised\n提出日期", "Target Date\n目標日期", "Priority\n優先次序"]
    header += ["Status\n狀態", "Resolution\n解決方法"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(HK_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 5))
    dues = _past_twelfth([d + timedelta(days=rng.choice([7, 14, 28])) for d in raised])
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    for i, (title, desc) in enumerate(picks):
        owner = rng.choice(HK_PEOPLE)
        prio, state = rng.choice(list(HK_PRIO)), rng.choice(list(HK_STATE))
        fix = "已更換網絡交換器 replaced the switch" if state == "已解決" else None
        d, due = raised[i], dues[i]
        cells: list[object] = [i + 1, title, desc, owner, f"{d.year}年{d.month}月{d.day}日"]
        cells += [f"{due.year}年{due.month}月{due.day}日", prio, state, fix]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "description", desc),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", d),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "priority", HK_PRIO[prio]),
            ValueFact("issues", i, "status", HK_STATE[state]),
        ]
        if fix:
            values.append(ValueFact("issues", i, "resolution", fix))
    path = _save(wb, folder, "hongkong_issue_log")
    targets: Targets = _cols("A", [("id", None), "title", "description", "owner"])
    targets |= _cols("E", ["raised_date", "due_date", "priority", "status", "resolution"])
    return Built(path, [_one("issues", "問題記錄", 5, targets, n)], values)


BE_DECISIONS = [
    ("Le contrat de maintenance est prolongé d'un an", "Pas de nouvel appel d'offres avant 2027"),
    ("De tramlijn wordt in twee fasen aangelegd", "Beperkte hinder voor de handelaars"),
    ("Les arrêts seront bilingues FR/NL", "Législation linguistique"),
    ("Het depot komt in Haren", "Grond in eigendom van de MIVB"),
    ("Le budget de communication passe à 250 k€", "Demande du cabinet"),
    ("De testfase wordt met vier weken verlengd", "Veiligheidsattest ontbreekt"),
]
BE_BODY = ["Comité de pilotage / Stuurgroep", "Directeur général / Directeur-generaal"]
BE_BODY += ["Cabinet du Ministre / Kabinet van de Minister"]


def belgium_decisions(folder: Path, rng: random.Random) -> Built:
    """A Brussels tram extension's decision log, FR/NL: the header cells `Décision /
    Besluit`, decisions minuted in whichever language the speaker used, day-first text
    dates `14/03/2026`, a bilingual decision-maker, a notes row in both languages."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Décisions-Besluiten")
    ws["A1"] = "Registre des décisions / Besluitenregister"
    ws["A2"] = "Projet / Project : Tram 10 – Extension vers Neder-Over-Heembeek"
    header = ["N° / Nr.", "Date / Datum", "Décision / Besluit", "Motivation / Motivering"]
    header += ["Décidé par / Beslist door", "Suivi / Opvolging"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(BE_DECISIONS, n)
    when = _days(rng, n, date(2025, 10, 1))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Tram 10 – Extension vers Neder-Over-Heembeek")
    ]
    for i, (decision, why) in enumerate(picks):
        who = rng.choice(BE_BODY)
        d = when[i]
        follow = rng.choice(["Clôturé / Afgesloten", "En cours / Lopend", None])
        cells: list[object] = [f"D{i + 1}", f"{d.day:02d}/{d.month:02d}/{d.year}", decision]
        cells += [why, who, follow]
        _put(ws, 5 + i, 1, [cells])
        values += [
            # audit (round 27): `D1` is DC-001 (the standard's decision id keeps the number)
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    ws.cell(6 + n, 1, "NB : version FR fait foi / de FR-versie is rechtsgeldig")
    path = _save(wb, folder, "belgium_decisions")
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by", None])
    return Built(path, [_one("decisions", "Décisions-Besluiten", 4, targets, n)], values)


CH_ASSUMPTIONS = [
    ("de", "Die SBB liefert die Fahrplandaten bis Ende Quartal"),
    ("fr", "Le canton de Vaud maintient son cofinancement"),
    ("de", "Das Rechenzentrum in Bern hat genügend Kapazität"),
    ("fr", "Les usagers acceptent le billet uniquement sur mobile"),
    ("de", "Die Datenschutzfolgenabschätzung wird ohne Auflagen genehmigt"),
    ("fr", "Les données des CFF sont disponibles en format GTFS"),
]
CH_CONF = {"de": {"hoch": "High", "mittel": "Medium", "tief": "Low"},
           "fr": {"élevée": "High", "moyenne": "Medium", "faible": "Low"}}  # fmt: skip
CH_STATE = {"de": {"offen": "Open", "bestätigt": "Validated", "hinfällig": "Invalid"},
            "fr": {"ouverte": "Open", "confirmée": "Validated", "caduque": "Invalid"}}  # fmt: skip
CH_PEOPLE = ["Lukas Baumgartner", "Sophie Rochat", "Nadine Schmid", "Olivier Favre"]


def swiss_annahmen_hypotheses(folder: Path, rng: random.Random) -> Built:
    """A Swiss intercantonal ticketing project's assumptions list, DE/FR: headers `Annahme
    / Hypothèse`, each row written in its author's language with confidence and status
    words of that language, validation dates as date cells `dd.mm.yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Annahmen")
    pm = rng.choice(CH_PEOPLE)
    ws["A1"] = "Annahmen / Hypothèses"
    ws["A2"] = "Projekt / Projet: Tarifverbund Romandie–Bern / Communauté tarifaire"
    ws["A3"] = f"Projektleitung / Chef·fe de projet: {pm}"
    header = ["Nr. / N°", "Annahme / Hypothèse", "Verantwortlich / Responsable"]
    header += ["Prüfen bis / À valider d'ici", "Vertrauen / Confiance", "Status / Statut"]
    header += ["Auswirkung falls falsch / Impact si fausse"]
    _put(ws, 5, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(CH_ASSUMPTIONS, n)
    by = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    for i, (lang, text) in enumerate(picks):
        owner = rng.choice(CH_PEOPLE)
        conf = rng.choice(list(CH_CONF[lang]))
        state = rng.choice(list(CH_STATE[lang]))
        effect = "Verzögerung 3 Monate" if lang == "de" else "Retard de 3 mois"
        cells: list[object] = [i + 1, text, owner, by[i], conf, state, effect]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 4).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "confidence", CH_CONF[lang][conf]),
            ValueFact("assumptions", i, "status", CH_STATE[lang][state]),
            ValueFact("assumptions", i, "impact_if_false", effect),
        ]
    path = _save(wb, folder, "swiss_annahmen_hypotheses")
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "validate_by"])
    targets |= _cols("E", ["confidence", "status", "impact_if_false"])
    return Built(path, [_one("assumptions", "Annahmen", 5, targets, n)], values)


KE_DEPS = [
    ("M-Pesa paybill integration", "Safaricom", "Inaingia", "API ya malipo"),
    ("Data ya wakulima kutoka Wizara ya Kilimo", "Ministry of Agriculture", "Inaingia",
     "Farmer registry extract"),
    ("KRA PIN validation service", "Kenya Revenue Authority", "Inaingia", "PIN checker API"),
    ("Ripoti za mauzo kwa bodi ya chai", "KTDA", "Inatoka", "Monthly sales file"),
    ("County weighbridge data feed", "Kericho County", "Inaingia", "Weighbridge CSV"),
    ("Mafunzo ya mawakala wa mashambani", "Training partner", "Inatoka", "Training plan"),
]  # fmt: skip
KE_PEOPLE = ["Wanjiru Kamau", "Otieno Ochieng", "Achieng' Atieno", "Kipchoge Kiprono"]
KE_STATE = {"Wazi": "Open", "Iko sawa": "On Track", "Imechelewa": "Late"}
KE_STATE |= {"Imekamilika": "Delivered"}
SW_MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti"]
SW_MONTHS += ["Septemba", "Oktoba", "Novemba", "Desemba"]


def kenya_dependency_log(folder: Path, rng: random.Random) -> Built:
    """A Kenyan tea cooperative's farmer payments platform dependency log: the HQ's
    English template filled in Nairobi in English and Swahili (code-switched titles,
    Swahili direction and status words, need-by dates as `14 Machi 2026` text)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    pm = rng.choice(KE_PEOPLE)
    ws["A1"] = "DEPENDENCY LOG"
    ws["A2"] = f"Project: Malipo ya Wakulima (Farmer Payments)   PM: {pm}"
    header = ["Dep #", "Dependency", "Other party", "In/Out", "Deliverable", "Owner"]
    header += ["Need by", "Status", "Maoni"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(KE_DEPS, n)
    need = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    for i, (title, party, way, what) in enumerate(picks):
        owner = rng.choice(KE_PEOPLE)
        state = rng.choice(list(KE_STATE))
        d = need[i]
        cells: list[object] = [f"DEP-{i + 1}", title, party, way, what, owner]
        cells += [f"{d.day} {SW_MONTHS[d.month - 1]} {d.year}", state, None]
        _put(ws, 5 + i, 1, [cells])
        values += [
            # audit (round 27): `DEP-1` is D-001 (the standard's form keeps the number)
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if way == "Inaingia" else "Outbound"
            ),
            ValueFact("dependencies", i, "deliverable", what),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", d),
            ValueFact("dependencies", i, "status", KE_STATE[state]),
        ]
    path = _save(wb, folder, "kenya_dependency_log")
    party_col = ("counterparty_project_id", "counterparty_owner", None)
    targets: Targets = _cols("A", ["id", "title", party_col, "direction", "deliverable"])
    targets |= _cols("F", ["owner", "need_by", "status", None])
    return Built(path, [_one("dependencies", "Dependencies", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

QC_LINES = ["Main-d'œuvre interne", "Services professionnels", "Licences logicielles"]
QC_LINES += ["Matériel informatique", "Formation des usagers", "Déplacements"]
QC_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept."]
QC_MONTHS += ["oct.", "nov.", "déc."]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
EN_MONTHS += ["Dec"]
NBSP = "\u00a0"


def _cad(x: float) -> str:
    """Dollars as a Quebec PM types them: `12 345,67 $` (a no-break space groups)."""
    whole, cents = f"{x:,.2f}".split(".")
    grouped = whole.replace(",", NBSP)
    return f"{grouped},{cents} $"


def quebec_suivi_budgetaire(folder: Path, rng: random.Random) -> Built:
    """A Quebec health region's patient-record project budget follow-up, French first with
    the English under it: two header rows (French month labels `janv. 2026` over `Jan
    2026`), a `Budget / Budget` and a `Réel / Actual` row per cost line, amounts as `12
    345,67 $` text, a spacer column, a `Total` column and row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi budgétaire")
    ws["A1"] = "Suivi budgétaire / Budget Tracking"
    ws["A2"] = "Projet / Project : Dossier santé numérique – CISSS des Laurentides"
    ws["A3"] = "Montants en dollars canadiens / Amounts in Canadian dollars"
    months = _months(date(2026, 1, 1), 4)
    fr = [f"{QC_MONTHS[m.month - 1]} {m.year}" for m in months]
    en = [f"{EN_MONTHS[m.month - 1]} {m.year}" for m in months]
    _put(ws, 5, 1, [["Poste budgétaire", "Type", *fr, None, "Total"]])
    _put(ws, 6, 1, [["Cost line", "Type", *en, None, "Total"]])
    lines = rng.sample(QC_LINES, 3)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Dossier santé numérique – CISSS des Laurentides"),
        ValueFact("project", 0, "currency", "CAD"),
    ]
    sums = {"Budget / Budget": [0.0] * len(months), "Réel / Actual": [0.0] * len(months)}
    row = 7
    for line in lines:
        plan = [float(rng.randrange(20, 400) * 250) for _ in months]
        real = [round(p * rng.uniform(0.7, 1.25), 2) for p in plan]
        real[-1] = 0.0
        for kind, amounts, measure in (
            ("Budget / Budget", plan, "budget"),
            ("Réel / Actual", real, "actual"),
        ):
            cells = [_cad(a) if a else None for a in amounts]
            sums[kind] = [s + a for s, a in zip(sums[kind], amounts, strict=True)]
            _put(ws, row, 1, [[line, kind, *cells, None, _cad(sum(amounts))]])
            row += 1
            for m, month in enumerate(months):
                if amounts[m]:
                    values.append(ValueFact("finance", (month, line), measure, amounts[m]))
    for kind, amounts in sums.items():
        _put(ws, row, 1, [["Total", kind, *[_cad(a) for a in amounts], None, _cad(sum(amounts))]])
        row += 1
    path = _save(wb, folder, "quebec_suivi_budgetaire")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    count = len(months) * len(lines)
    return Built(
        path, [TruthTable("Suivi budgétaire", 6, "finance", targets, {"finance": count})], values
    )


CAT_STAFF = [
    ("Montserrat Puig", "Cap de projecte"),
    ("Jordi Vilaró", "Analista funcional"),
    ("Núria Ferrer", "Desenvolupadora"),
    ("Pau Casals", "Arquitecte de solucions"),
    ("Laia Roca", "Formadora"),
    ("Marc Soler", "Tècnic de sistemes"),
]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov"]
ES_MONTHS += ["dic"]


def catalonia_pla_recursos(folder: Path, rng: random.Random) -> Built:
    """A Catalan hospital consortium's e-prescription resource plan: the sheet and title in
    Catalan, the headers in Spanish (the template came from Madrid), Catalan roles, months
    across as Spanish `ene-26` text, days as decimal-comma text or numbers, a Total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Pla de recursos")
    ws["A1"] = "Pla de recursos – Recepta electrònica"
    ws["A2"] = "Projecte: Recepta electrònica interoperable"
    ws["A3"] = "Unitat: dies / Unidad: jornadas"
    months = _months(date(2026, 3, 1), 4)
    labels = [f"{ES_MONTHS[m.month - 1]}-{m.year % 100}" for m in months]
    _put(ws, 5, 1, [["Recurso", "Rol", *labels, "Total"]])
    staff = rng.sample(CAT_STAFF, 5)
    count = 0
    for i, (person, role) in enumerate(staff):
        days = [rng.choice([None, 1.5, 4.0, 6.0, 10.0, 12.5, 18.0]) for _ in months]
        count += sum(1 for d in days if d)
        cells = [f"{d:g}".replace(".", ",") if d and d != int(d) else d for d in days]
        _put(ws, 6 + i, 1, [[person, role, *cells, sum(d or 0.0 for d in days)]])
    values = [ValueFact("project", 0, "project_name", "Recepta electrònica interoperable")]
    path = _save(wb, folder, "catalonia_pla_recursos")
    targets: Targets = {"A": "person", "B": "role", "G": None}
    return Built(
        path, [TruthTable("Pla de recursos", 5, "resources", targets, {"resources": count})], values
    )


FI_MILESTONES = [
    ("Hankintapäätös / Upphandlingsbeslut", "Y"),
    ("Sopimus allekirjoitettu / Avtal undertecknat", "Y"),
    ("Määrittely valmis / Specifikation klar", "N"),
    ("Pilotti Porvoossa / Pilot i Borgå", "N"),
    ("Käyttöönotto / Driftsättning", "Y"),
    ("Projektin päättäminen / Projektavslut", "Y"),
]
FI_STATE = {
    "Käynnissä / Pågår": "In Progress",
    "Ei aloitettu / Ej påbörjad": "Not Started",
    "Vaarassa / I fara": "At Risk",
}
FI_PEOPLE = ["Aino Virtanen", "Mikael Lindqvist", "Johanna Korhonen", "Henrik Nyström"]


def finland_virstanpylvaat(folder: Path, rng: random.Random) -> Built:
    """A bilingual Uusimaa wellbeing services county's client system milestone plan: two
    header rows, Finnish over Swedish, milestone names and status words in both languages
    in one cell, `Kyllä / Ja` gates, dates `d.m.yyyy` as cells and text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Virstanpylväät")
    pm = rng.choice(FI_PEOPLE)
    ws["A1"] = "Virstanpylväät / Milstolpar"
    ws["A2"] = "Hanke / Projekt: Asiakastietojärjestelmä / Klientdatasystem"
    ws["A3"] = f"Projektipäällikkö / Projektledare: {pm}"
    fi = ["Nro", "Virstanpylväs", "Vastuuhenkilö", "Portti", "Suunniteltu", "Ennuste"]
    fi += ["Toteutunut", "Tila"]
    sv = ["Nr", "Milstolpe", "Ansvarig", "Grind", "Planerad", "Prognos", "Utfall", "Status"]
    _put(ws, 5, 1, [fi, sv])
    n = len(FI_MILESTONES)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(1, 3)
    fcs = _past_twelfth([b + timedelta(days=rng.choice([0, 10, 40])) for b in base])
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    for i, (name, gate) in enumerate(FI_MILESTONES):
        owner = rng.choice(FI_PEOPLE)
        fc = fcs[i]
        actual = fc if i < done else None
        state = "Valmis / Klar" if actual else rng.choice(list(FI_STATE))
        gate_word = "Kyllä / Ja" if gate == "Y" else "Ei / Nej"
        cells: list[object] = [i + 1, name, owner, gate_word, base[i]]
        cells += [f"{fc.day}.{fc.month}.{fc.year}", actual, state]
        _put(ws, 7 + i, 1, [cells])
        for c in (5, 7):
            ws.cell(7 + i, c).number_format = "d.m.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "gate", gate),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", "Complete" if actual else FI_STATE[state]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "finland_virstanpylvaat")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "gate", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", "status"])
    return Built(path, [_one("milestones", "Virstanpylväät", 6, targets, n)], values)


GULF_MILESTONES = [
    ("Site handover / تسليم الموقع", "Ahmed Al Mansoori"),
    ("Civil works complete / اكتمال الأعمال المدنية", "Fatima Al Hashemi"),
    ("Chillers installed / تركيب المبردات", "Rahul Menon"),
    ("Testing & commissioning / الاختبار والتشغيل", "Ahmed Al Mansoori"),
    ("Civil Defence approval / موافقة الدفاع المدني", "Omar Al Suwaidi"),
    ("Handover to FM / التسليم لإدارة المرافق", "Fatima Al Hashemi"),
]
GULF_STATE = {"In Progress / قيد التنفيذ": "In Progress", "Not Started / لم يبدأ": "Not Started"}
GULF_STATE |= {"Delayed / متأخر": "Late"}


def gulf_status_report(folder: Path, rng: random.Random) -> Built:
    """A Dubai district cooling plant's monthly status report, English and Arabic side by
    side: label cells `Project Name / اسم المشروع` with the value beside, RAG words in both
    languages (`Amber / أصفر`), then a milestones table with bilingual one-cell headers
    over a line break and bilingual milestone names."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    pm = rng.choice(["Omar Al Suwaidi", "Rahul Menon", "Fatima Al Hashemi"])
    ws["A1"] = "Monthly Status Report / تقرير الحالة الشهري"
    pairs = [
        ["Project Name / اسم المشروع", "District Cooling Plant 4 – Al Furjan"],
        ["Project Manager / مدير المشروع", pm],
        ["Reporting Date / تاريخ التقرير", date(2026, 3, 31)],
        ["Overall Status / الحالة العامة", "Amber / أصفر"],
        ["Schedule / الجدول الزمني", "Red / أحمر"],
        ["Cost / التكلفة", "Green / أخضر"],
        ["Currency / العملة", "AED"],
    ]
    _put(ws, 3, 1, pairs)
    ws["B5"].number_format = "dd/mm/yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "District Cooling Plant 4 – Al Furjan"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "overall_rag", "Amber"),
        ValueFact("project", 0, "schedule_rag", "Red"),
        ValueFact("project", 0, "cost_rag", "Green"),
    ]
    ws["A11"] = "Key Milestones / المعالم الرئيسية"
    header = ["#", "Milestone\nالمعلم", "Owner\nالمسؤول", "Baseline\nالتاريخ المخطط"]
    header += ["Forecast\nالتاريخ المتوقع", "Actual\nالتاريخ الفعلي", "Status\nالحالة"]
    _put(ws, 12, 1, [header])
    n = len(GULF_MILESTONES)
    base = _days(rng, n, date(2025, 10, 1))
    done = rng.randint(1, 2)
    fcs = [b + timedelta(days=rng.choice([0, 21, 45])) for b in base]
    for i, (name, owner) in enumerate(GULF_MILESTONES):
        fc = fcs[i]
        actual = fc if i < done else None
        state = "Completed / مكتمل" if actual else rng.choice(list(GULF_STATE))
        _put(ws, 13 + i, 1, [[i + 1, name, owner, base[i], fc, actual, state]])
        for c in (4, 5, 6):
            ws.cell(13 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", "Complete" if actual else GULF_STATE[state]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "gulf_status_report")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    return Built(path, [_one("milestones", "Status Report", 12, targets, n)], values)


IN_LINES = [
    ("Civil Works / सिविल कार्य", "Capex"),
    ("Solar Panels / सौर पैनल", "Capex"),
    ("Inverters / इन्वर्टर", "Capex"),
    ("O&M Staff / संचालन कर्मचारी", "Opex"),
    ("Consultancy / परामर्श", "Opex"),
]
HI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर"]
HI_MONTHS += ["अक्टूबर", "नवंबर", "दिसंबर"]


def _lakh(x: float) -> str:
    """Rupees grouped the Indian way: `12,34,567.50`."""
    whole, paise = f"{x:.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) + "." + paise if groups else f"{tail}.{paise}"


def india_vitt_tracker(folder: Path, rng: random.Random) -> Built:
    """A Rajasthan state solar park's finance tracker, English and Hindi: one-cell headers
    `Budget / बजट`, long format with months as `जनवरी 2026` text, bilingual cost heads, a
    Capex / Opex column, amounts in rupees grouped `12,34,567.00` as text, a notes column
    in Hinglish, a `कुल / Total` row after each month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "वित्त ट्रैकर")
    pm = rng.choice(["Priya Sharma", "Vikram Singh Rathore", "Anil Meena"])
    ws["A1"] = "Finance Tracker / वित्त ट्रैकर"
    ws["A2"] = "Project / परियोजना: Bhadla Solar Park Phase IV"
    ws["A3"] = f"Project Manager / परियोजना प्रबंधक: {pm}"
    ws["A4"] = "Amounts in ₹ / राशि रुपये में"
    header = ["Month / माह", "Cost Head / लागत मद", "Capex/Opex", "Budget / बजट"]
    header += ["Actual / वास्तविक", "Forecast / पूर्वानुमान", "Remarks / टिप्पणी"]
    _put(ws, 6, 1, [header])
    months = _months(date(2026, 1, 1), 3)
    lines = rng.sample(IN_LINES, 3)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Bhadla Solar Park Phase IV"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "currency", "INR"),
    ]
    row = 7
    for month in months:
        label = f"{HI_MONTHS[month.month - 1]} {month.year}"
        bsum = asum = 0.0
        for line, kind in lines:
            plan = float(rng.randrange(5, 400) * 12500)
            spent = round(plan * rng.uniform(0.6, 1.2), 2)
            fc = round(plan * rng.uniform(0.9, 1.1), 2)
            bsum, asum = bsum + plan, asum + spent
            note = rng.choice([None, "GST extra hai", "Vendor ka bill pending"])
            cells: list[object] = [label, line, kind, _lakh(plan), _lakh(spent), _lakh(fc), note]
            _put(ws, row, 1, [cells])
            row += 1
            key = (month, line)
            values += [
                ValueFact("finance", key, "capex_opex", "CapEx" if kind == "Capex" else "OpEx"),
                ValueFact("finance", key, "budget", plan),
                ValueFact("finance", key, "actual", spent),
                ValueFact("finance", key, "forecast", fc),
            ]
        _put(ws, row, 1, [[f"कुल / Total {label}", None, None, _lakh(bsum), _lakh(asum)]])
        row += 1
    path = _save(wb, folder, "india_vitt_tracker")
    targets: Targets = _cols("A", ["month", "cost_line", "capex_opex", "budget", "actual"])
    targets |= {"F": "forecast", "G": ("notes", None)}
    count = len(months) * len(lines)
    return Built(path, [TruthTable("वित्त ट्रैकर", 6, "finance", targets, {"finance": count})], values)


PH_LINES = ["Sahod ng mga guro (Teacher stipends)", "Tablets", "Internet load"]
PH_LINES += ["Training venue", "Pagkain (Meals)", "Transportasyon"]
PH_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto"]
PH_MONTHS += ["Setyembre", "Oktubre", "Nobyembre", "Disyembre"]


def philippines_badyet_aktwal(folder: Path, rng: random.Random) -> Built:
    """A Philippine provincial DepEd blended learning project's budget vs actual: Filipino
    month names merged over `Badyet` / `Aktwal` sub-labels (English template, Filipino
    labels), cost lines half Filipino half English, amounts as `₱12,345.00` text, a blank
    spacer column between months, a `KABUUAN (Total)` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "BUDGET VS ACTUAL (Badyet laban sa Aktwal)"
    ws["A2"] = "Project: Blended Learning para sa Bayan – Iloilo"
    months = _months(date(2026, 1, 1), 3)
    ws["A4"] = "Gastusin (Cost item)"
    ws.merge_cells("A4:A5")
    for m, month in enumerate(months):
        col = 2 + m * 3
        ws.cell(4, col, f"{PH_MONTHS[month.month - 1]} {month.year}")
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        _put(ws, 5, col, [["Badyet", "Aktwal"]])
    lines = rng.sample(PH_LINES, 4)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Blended Learning para sa Bayan – Iloilo")
    ]
    sums = [0.0] * (2 * len(months))
    for r, line in enumerate(lines):
        cells: list[object] = [line]
        for m, month in enumerate(months):
            plan = float(rng.randrange(10, 300) * 500)
            spent = round(plan * rng.uniform(0.5, 1.1), 2)
            sums[2 * m] += plan
            sums[2 * m + 1] += spent
            cells += [f"₱{plan:,.2f}", f"₱{spent:,.2f}", None]
            values.append(ValueFact("finance", (month, line), "budget", plan))
            values.append(ValueFact("finance", (month, line), "actual", spent))
        _put(ws, 6 + r, 1, [cells])
    total: list[object] = ["KABUUAN (Total)"]
    for m in range(len(months)):
        total += [f"₱{sums[2 * m]:,.2f}", f"₱{sums[2 * m + 1]:,.2f}", None]
    _put(ws, 6 + len(lines), 1, [total])
    path = _save(wb, folder, "philippines_badyet_aktwal")
    count = len(months) * len(lines)
    table = TruthTable("Budget vs Actual", 5, "finance", {"A": "cost_line"}, {"finance": count})
    return Built(path, [table], values)


HELD_OUT_39: tuple[Layout, ...] = (
    Layout(
        "canada_raid_bilingue",
        "federal benefits portal RAID log, EN / FR in every cell (Canada)",
        canada_raid_bilingue,
    ),
    Layout(
        "wales_risk_register",
        "council demand-responsive bus risk register, Welsh over English header rows",
        wales_risk_register,
    ),
    Layout(
        "hongkong_issue_log",
        "housing estate smart upgrade issue log, EN over 繁體中文 in one cell (Hong Kong)",
        hongkong_issue_log,
    ),
    Layout(
        "belgium_decisions",
        "Brussels tram extension decision log, FR / NL (Belgium)",
        belgium_decisions,
    ),
    Layout(
        "swiss_annahmen_hypotheses",
        "intercantonal ticketing assumptions, rows in DE or FR (Switzerland)",
        swiss_annahmen_hypotheses,
    ),
    Layout(
        "kenya_dependency_log",
        "tea cooperative payments dependency log, English template filled in Swahili (Kenya)",
        kenya_dependency_log,
    ),
    Layout(
        "quebec_suivi_budgetaire",
        "health region budget follow-up, French over English header rows (Quebec)",
        quebec_suivi_budgetaire,
    ),
    Layout(
        "catalonia_pla_recursos",
        "hospital e-prescription resource plan, Catalan sheet, Spanish headers (Catalonia)",
        catalonia_pla_recursos,
    ),
    Layout(
        "finland_virstanpylvaat",
        "wellbeing county milestone plan, Finnish over Swedish (Finland)",
        finland_virstanpylvaat,
    ),
    Layout(
        "gulf_status_report",
        "district cooling plant status report, EN / AR labels and RAG words (UAE)",
        gulf_status_report,
    ),
    Layout(
        "india_vitt_tracker",
        "solar park finance tracker, EN / Hindi headers, Indian digit grouping (India)",
        india_vitt_tracker,
    ),
    Layout(
        "philippines_badyet_aktwal",
        "provincial blended learning budget vs actual, Filipino labels (Philippines)",
        philippines_badyet_aktwal,
    ),
)
