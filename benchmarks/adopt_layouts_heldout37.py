"""The thirty-seventh held-out batch (``HELD_OUT_37``, issue 15 round 26): twelve seeded
ordinary workbooks with ground truth, one per MAJOR BUSINESS LANGUAGE, as a multinational's
PMO receives them from its offices, written by an engineer who does not tune adoption and
who read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores.
Each is written as a local PM writes it: the local register name and words, local date and
number forms, local status and RAG words, title blocks, merged headers, notes rows, spacer
rows and columns, subtotals. Sectors no earlier batch file's docstring names.

Registers:

- ``french_releve_decisions`` (French, France): a French region's transport ticket
  dematerialisation programme's `Relevé de décisions` of the COPIL: title, `Projet :` and
  `Chef de projet :` lines (French space before the colon), header row 5: `N°`, `Date du
  COPIL` as `14/03/2026` text, `Décision`, `Justification`, `Décidé par`, `Impact`, `Statut`
  Actée / À confirmer; a `NB :` notes row under the table.
- ``dutch_raid_log`` (Dutch): a Dutch regional hospital's EPD (patient record) switch RAID
  log, one table: `Nr.`, `Soort` Risico / Aanname / Issue / Afhankelijkheid, `Omschrijving`,
  `Eigenaar`, `Datum gemeld` (date cells `dd-mm-jjjj`), `Deadline` as `14-3-2026` text,
  `Prioriteit` Hoog / Middel / Laag, `Status` Open / In behandeling / Gesloten, `Opmerking`.
- ``japanese_risk_kanri`` (Japanese): a Japanese city's core systems standardisation and
  Government Cloud migration `リスク管理表`: `案件名：`, `PM：`, `作成日：2026年3月31日` lines,
  a two-row header with `評価` merged over `発生確率` (高 / 中 / 低), `影響度` (大 / 中 /
  小), `優先度` (A / B / C); `No.`, `リスク内容`, `対応策`, `担当`, `起票日` (date cells
  `yyyy/m/d`), `期限` as `2026/3/5` text, `状態` 対応中 / 監視中 / クローズ merged down.
- ``korean_issue_log`` (Korean): a Korean shipyard's smart-yard MES build `이슈 관리대장`:
  `프로젝트명:`, `PM:` lines, `No`, `구분` (기술 / 일정 / 인력), `이슈명`, `상세 내용`,
  `제기자`, `담당자`, `등록일` as `2026.03.14` text, `조치기한` (date cells `yyyy-mm-dd`),
  `중요도` 상 / 중 / 하, `진행상태` 미조치 / 조치중 / 완료, `조치 내용`.
- ``arabic_dependency_register`` (Arabic, Oman): an Omani ministry's unified e-services
  platform `سجل الاعتماديات` on a right-to-left sheet: `المشروع:` and `مدير المشروع:` lines,
  `م`, `الاعتمادية`, `الجهة` (the other agency, a name), `النوع` وارد / صادر, `المخرج
  المطلوب`, `المسؤول`, `تاريخ الاحتياج` as Arabic-Indic text `١٤/٠٣/٢٠٢٦`, `التاريخ المتفق
  عليه` as `14 مارس 2026` text, `الحالة` مفتوحة / في المسار / متأخرة / تم التسليم,
  `ملاحظات`.
- ``turkish_varsayim_listesi`` (Turkish): a Turkish wind farm capacity increase's
  `VARSAYIM LİSTESİ`: `Proje Adı:`, `Proje Yöneticisi:` lines, a blank spacer row under the
  header: `Sıra No`, `Varsayım`, `Sorumlu`, `Kayıt Tarihi` as `14.03.2026` text, `Doğrulama
  Tarihi` (date cells), `Güven Düzeyi` Yüksek / Orta / Düşük, `Durum` Açık / Doğrulandı /
  Geçersiz, `Yanlış Çıkarsa Etkisi`; a `Not:` row under the table.

Trackers:

- ``swiss_statusbericht`` (German, Switzerland): a Swiss cable car replacement's monthly
  `Projektstatusbericht`: label / value pairs (`Projekt:`, `Projektleiter:`, `Stichtag:`
  `31.03.2026`, `Gesamtstatus:` gelb, `Termine:` grün, `Kosten:` rot, `Ressourcen:` grün,
  `Währung:` CHF, `Budget genehmigt:` `4'850'000.00` text), then a `Meilensteine` table:
  `Nr.`, `Meilenstein`, `Verantwortlich`, `Basistermin` (date cells `dd.mm.yyyy`),
  `Prognose` as `14.03.2026` text, `Ist-Termin`, `Status` erreicht / in Arbeit / offen /
  gefährdet, `Trend` (↑ → ↓).
- ``italian_budget_consuntivo`` (Italian): a Bologna packaging machine maker's MES project
  `Budget vs Consuntivo`: title, `Progetto:` and `Importi in €` lines, `Voce di costo`
  merged down two rows, `Budget` and `Consuntivo` merged over month labels `gen-26` ..
  `apr-26` (text), a `Totale` column per group, a `Totale` row; the last month's
  Consuntivo blank (not yet closed).
- ``brazil_orcado_realizado`` (Brazilian Portuguese): a Mato Grosso grain cooperative's
  warehouse automation `Orçado x Realizado`: title and `Projeto:` lines, `Rubrica` and
  `Tipo` (Orçado / Realizado rows) with months across as `jan/26` text, amounts as
  `R$ 12.345,67` text, a blank spacer column before a `Total` column, a `TOTAL GERAL`
  pair of rows.
- ``chinese_fee_tracking`` (Simplified Chinese): a battery plant's MES rollout `项目费用跟踪表`:
  `项目名称：`, `项目经理：`, `单位：万元` lines, long format: `月份` as `2026年1月` text,
  `费用科目`, `预算`, `实际`, `差异`, `备注`, a `小计` row after each month, amounts in
  万元 (ten thousand yuan) with two decimals.
- ``spanish_plan_recursos`` (Spanish, Spain): a Valencia ceramics maker's ERP rollout
  `Plan de recursos` in jornadas: title, `Proyecto:` and `Unidad: jornadas` lines,
  `Recurso`, `Perfil`, `Empresa`, months across as `ene-26` .. `abr-26` text, days as
  decimal-comma text (`2,5`) or numbers, blank where not booked, a `Total` column and a
  `TOTAL` row.
- ``polish_harmonogram_kamieni`` (Polish): a Polish district heating plant's biomass
  conversion `Harmonogram – kamienie milowe`: `Projekt:`, `Kierownik projektu:` lines,
  phase rows (`Etap I – Przygotowanie`) between milestones, `Lp.`, `Kamień milowy`,
  `Odpowiedzialny`, `Brama` TAK / NIE, `Data bazowa` (date cells `dd.mm.yyyy`), `Data
  prognozowana` as `14.03.2026` text, `Data rzeczywista`, `Status` Zrealizowany / W
  realizacji / Nierozpoczęty / Zagrożony, `Uwagi`.

Truth a person could read two ways has no fact (the auditor's list): every bare serial
number (`N°`, `Nr.`, `No.`, `No`, `م`, `Sıra No`, `Lp.`, `序号`: a row number or the id);
the French `Impact` (free text) and `Statut` (`À confirmer`: a decision not yet taken, or
one taken but not minuted); the Dutch `Prioriteit` of risks, assumptions and dependencies
(no standard field: a rating or nothing), `In behandeling` of a risk or a dependency
(Open or Monitoring; Open or On Track), `Opmerking`, and the title line's project
(`Overstap EPD`, or with the hospital's name); the Japanese `優先度` (a rank, or the rating)
and `作成日` (the report date of a register, or only its creation date); the Korean
`구분` (a category, no issue type of the standard), `제기자` (raised by), `완료` (Resolved
or Closed); the Arabic `الجهة` (an agency's name, no project ID: the counterparty project
or owner or left out, audit round 26) and `ملاحظات`; the Turkish `Sıra No`; the Swiss `Ressourcen:` RAG (no standard field), `Budget genehmigt:` (no
project field), `offen` (Not Started or In Progress) and `Trend`; the Italian `Totale`
column and row; the Brazilian `Total` column and `TOTAL GERAL` rows, and the currency (BRL
is off the standard's list); the Chinese `差异`, `备注`, the `小计` rows and the currency
(CNY is off the list); the Spanish `Empresa`, `Total` column and `TOTAL` row, and the
days by person and month (the order of unpivoted cells is not the sheet's to say); the
Polish phase rows (a grouping, no milestone), `Uwagi`.
Readings used: a three-word scale (高中低, 大中小, 상중하, Hoog / Middel / Laag, Yüksek /
Orta / Düşük) is High / Medium / Low, and as a 1-5 probability or impact 5 / 3 / 1; 対応中
is Open, 監視中 Monitoring, クローズ Closed; 미조치 Open, 조치중 In Progress; the Dutch
`Open` / `Gesloten` are Open / Closed in every register, `In behandeling` an issue's In
Progress and an assumption's Open (the only open status on its list: audit, round 26), `Hoog` an issue's priority High; `Soort` names the register; `Deadline` is the
due date, need-by or validate-by by register; وارد / صادر are Inbound / Outbound, مفتوحة /
في المسار / متأخرة / تم التسليم Open / On Track / Late / Delivered, `التاريخ المتفق عليه`
(the agreed date) the committed date; Doğrulandı / Geçersiz / Açık are Validated / Invalid
/ Open; `Décidé par` is made-by, `Justification` the rationale; gelb / grün / rot are
Amber / Green / Red, `Termine` the schedule RAG and `Kosten` the cost RAG, `Basistermin`
the baseline, `Prognose` the forecast, erreicht Complete, in Arbeit In Progress,
gefährdet At Risk; `Importi in €` is EUR; Consuntivo / Realizado / 实际 are actuals, Budget
/ Orçado / 预算 budgets; 万元 amounts are multiplied by 10,000; TAK / NIE are Y / N,
Zrealizowany Complete, W realizacji In Progress, Nierozpoczęty Not Started, Zagrożony At
Risk. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
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

FR_DECISIONS = [
    ("Retenir la carte sans contact comme support unique", "Coût de fabrication divisé par 2"),
    ("Reporter la vente sur mobile à la phase 2", "Appel d'offres SDK infructueux"),
    ("Conserver les guichets en gare de Nîmes et Perpignan", "Demande des élus"),
    ("Mutualiser la plateforme avec la métropole de Montpellier", "Économies d'échelle"),
    ("Basculer les abonnés scolaires en septembre", "Rentrée scolaire"),
    ("Confier la recette à un tiers indépendant", "Exigence de la DSI régionale"),
]
FR_PEOPLE = ["Claire Dubois", "Julien Moreau", "Nathalie Garnier", "Stéphane Lefèvre"]


def french_releve_decisions(folder: Path, rng: random.Random) -> Built:
    """A French region's ticketing programme's COPIL decision record: French spacing before
    colons, day-first text dates, a status of the minute, a `NB :` row under the table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Relevé de décisions")
    pm = rng.choice(FR_PEOPLE)
    ws["A1"] = "RELEVÉ DE DÉCISIONS – COPIL"
    ws["A2"] = "Projet : Dématérialisation des titres de transport liO"
    ws["A3"] = f"Chef de projet : {pm}"
    header = ["N°", "Date du COPIL", "Décision", "Justification", "Décidé par", "Impact"]
    header += ["Statut"]
    _put(ws, 5, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(FR_DECISIONS, n)
    when = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Dématérialisation des titres de transport liO"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i, (decision, why) in enumerate(picks):
        who = rng.choice(["COPIL", "Vice-président Transports", "DGS"])
        d = when[i]
        cells: list[object] = [i + 1, f"{d.day:02d}/{d.month:02d}/{d.year}", decision, why]
        cells += [
            who,
            rng.choice(["Planning", "Budget", "Aucun"]),
            rng.choice(["Actée", "À confirmer"]),
        ]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    ws.cell(7 + n, 1, "NB : les décisions « À confirmer » seront validées au prochain COPIL")
    path = _save(wb, folder, "french_releve_decisions")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= {"F": None, "G": None}
    return Built(path, [_one("decisions", "Relevé de décisions", 5, targets, n)], values)


NL_ROWS = [
    ("R", "Leverancier levert conversie van medicatiedata te laat"),
    ("R", "Verpleegkundigen onvoldoende getraind voor livegang"),
    ("A", "Koppeling met het regionale beeldarchief blijft ongewijzigd"),
    ("I", "Testomgeving EPD valt dagelijks uit"),
    ("I", "Autorisatiematrix nog niet goedgekeurd door de privacy officer"),
    ("D", "Nieuwe werkplekken van de ICT-afdeling uitgerold"),
    ("R", "Parallel draaien oude en nieuwe EPD langer dan gepland"),
    ("A", "Zorgverzekeraar accepteert declaraties uit het nieuwe EPD"),
    ("D", "Landelijk Schakelpunt aansluiting door VZVZ"),
    ("I", "Dubbele patiëntnummers in de conversie"),
]
NL_WORDS = {"R": "Risico", "A": "Aanname", "I": "Issue", "D": "Afhankelijkheid"}
NL_REG = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
NL_TITLE = {"R": "title", "A": "assumption", "I": "title", "D": "title"}
NL_DUE = {"R": "due_date", "A": "validate_by", "I": "due_date", "D": "need_by"}
NL_PEOPLE = ["Marieke de Vries", "Sander Bakker", "Femke Jansen", "Thijs van Dijk"]
NL_PRIO = {"Hoog": "High", "Middel": "Medium", "Laag": "Low"}


def dutch_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Dutch hospital's EPD switch RAID log in one table: a `Soort` column naming the
    register, date cells beside `14-3-2026` text dates, Dutch priority and status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID-log")
    ws["A1"] = "RAID-log project Overstap EPD – Ziekenhuis Rivierenland"
    header = ["Nr.", "Soort", "Omschrijving", "Eigenaar", "Datum gemeld", "Deadline"]
    header += ["Prioriteit", "Status", "Opmerking"]
    _put(ws, 3, 1, [header])
    rows = rng.sample(NL_ROWS, 8)
    gemeld = _days(rng, len(rows), date(2025, 12, 1))
    dues = _past_twelfth([d + timedelta(days=rng.choice([14, 30, 45])) for d in gemeld])
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for i, (k, text) in enumerate(rows):
        reg = NL_REG[k]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        owner = rng.choice(NL_PEOPLE)
        due = dues[i]
        prio = rng.choice(list(NL_PRIO))
        state = rng.choice(["Open", "In behandeling", "Gesloten"])
        cells: list[object] = [i + 1, NL_WORDS[k], text, owner, gemeld[i]]
        cells += [f"{due.day}-{due.month}-{due.year}", prio, state, None]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 5).number_format = "dd-mm-yyyy"
        values += [
            ValueFact(reg, idx, NL_TITLE[k], text),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, NL_DUE[k], due),
        ]
        if k != "D":  # a dependency has no raised date in the standard
            values.append(ValueFact(reg, idx, "raised_date", gemeld[i]))
        if k == "I":
            values.append(ValueFact(reg, idx, "priority", NL_PRIO[prio]))
        if state != "In behandeling":
            values.append(ValueFact(reg, idx, "status", "Open" if state == "Open" else "Closed"))
        elif k == "I":
            values.append(ValueFact(reg, idx, "status", "In Progress"))
        elif k == "A":  # an assumption being worked on is not yet validated: Open (audit)
            values.append(ValueFact(reg, idx, "status", "Open"))
    path = _save(wb, folder, "dutch_raid_log")
    # the text and deadline columns hold the fields of the registers drawn, and only those
    # (audit, round 26: a draw with no assumption or no dependency named a field of none)
    drawn = [k for k in "RIDA" if NL_REG[k] in counts]
    texts = tuple(dict.fromkeys(NL_TITLE[k] for k in drawn))
    due_keys = tuple(dict.fromkeys(NL_DUE[k] for k in drawn))
    text_col = texts if len(texts) > 1 else texts[0]
    due_col = due_keys if len(due_keys) > 1 else due_keys[0]
    targets: Targets = _cols("A", [("id", None), "register", text_col, "owner"])
    targets |= _cols("E", ["raised_date", due_col])
    targets |= _cols("G", [("priority", None), "status", None])
    return Built(path, [TruthTable("RAID-log", 3, "raid", targets, counts)], values)


JP_RISKS = [
    ("標準準拠システムのベンダー提供が移行期限に間に合わない", "代替ベンダーとの事前協議"),
    ("ガバメントクラウドの利用料が想定を上回る", "利用料の試算を四半期ごとに見直す"),
    ("住民記録データの文字コード変換で外字が欠落する", "外字同定作業を前倒し"),
    ("職員の操作研修が繁忙期と重なる", "研修をオンデマンド化"),
    ("庁内ネットワークの回線増強工事が遅れる", "暫定回線を確保"),
    ("他団体との共同利用の合意形成に時間がかかる", "定例会を月2回に増やす"),
    ("税務システムの並行稼働期間が不足する", "年度末を避けた移行日程"),
]
JP_PEOPLE = ["佐藤 健一", "鈴木 美咲", "高橋 大輔", "田中 由紀"]
JP_PROB = {"高": 5.0, "中": 3.0, "低": 1.0}
JP_IMP = {"大": 5.0, "中": 3.0, "小": 1.0}
JP_STATE = {"対応中": "Open", "監視中": "Monitoring", "クローズ": "Closed"}


def japanese_risk_kanri(folder: Path, rng: random.Random) -> Built:
    """A Japanese city's Government Cloud migration risk table (リスク管理表): a title
    block with 案件名 / PM / 作成日, `評価` merged over three assessment columns, the other
    labels merged down both header rows, `yyyy/m/d` date cells and text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "リスク管理表")
    pm = rng.choice(JP_PEOPLE)
    ws["A1"] = "リスク管理表"
    ws["A2"] = "案件名：基幹業務システム標準化・ガバメントクラウド移行"
    ws["A3"] = f"PM：{pm}"
    ws["F3"] = "作成日：2026年3月31日"
    for col, text in (("A", "No."), ("B", "リスク内容")):
        ws[f"{col}5"] = text
        ws.merge_cells(f"{col}5:{col}6")
    ws["C5"] = "評価"
    ws.merge_cells("C5:E5")
    _put(ws, 6, 3, [["発生確率", "影響度", "優先度"]])
    for col, text in (
        ("F", "対応策"),
        ("G", "担当"),
        ("H", "起票日"),
        ("I", "期限"),
        ("J", "状態"),
    ):
        ws[f"{col}5"] = text
        ws.merge_cells(f"{col}5:{col}6")
    n = rng.randint(5, 7)
    picks = rng.sample(JP_RISKS, n)
    raised = _days(rng, n, date(2025, 10, 1))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "基幹業務システム標準化・ガバメントクラウド移行"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i, (title, act) in enumerate(picks):
        owner = rng.choice(JP_PEOPLE)
        p, imp = rng.choice(list(JP_PROB)), rng.choice(list(JP_IMP))
        rank = (
            "A" if JP_PROB[p] * JP_IMP[imp] >= 15 else "B" if JP_PROB[p] * JP_IMP[imp] >= 5 else "C"
        )
        due = raised[i] + timedelta(days=rng.choice([30, 60, 90]))
        state = rng.choice(list(JP_STATE))
        cells: list[object] = [i + 1, title, p, imp, rank, act, owner, raised[i]]
        cells += [f"{due.year}/{due.month}/{due.day}", state]
        _put(ws, 7 + i, 1, [cells])
        ws.cell(7 + i, 8).number_format = "yyyy/m/d"
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", JP_PROB[p]),
            ValueFact("risks", i, "impact", JP_IMP[imp]),
            ValueFact("risks", i, "response", act),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", JP_STATE[state]),
        ]
    path = _save(wb, folder, "japanese_risk_kanri")
    targets: Targets = _cols("A", [("id", None), "title", "probability", "impact"])
    targets |= _cols("E", [("rating", None), "response", "owner", "raised_date", "due_date"])
    targets |= {"J": "status"}
    return Built(path, [_one("risks", "リスク管理表", 6, targets, n)], values)


KR_ISSUES = [
    ("블록 위치 추적 RFID 인식률 저하", "도장 공장 내 금속 반사로 인식 실패"),
    ("ERP 자재 마스터와 MES 코드 불일치", "자재코드 체계가 2종으로 운영됨"),
    ("협력사 작업자 계정 발급 지연", "보안 서약서 회수 지연"),
    ("용접 로봇 데이터 수집 주기 미확정", "설비 제조사 회신 대기"),
    ("현장 태블릿 방폭 인증 미취득", "방폭 등급 확인 필요"),
    ("공정계획 변경 시 MES 반영 지연", "배치 주기 1일"),
    ("개발 인력 2명 타 프로젝트 차출", "본사 긴급 요청"),
]
KR_PEOPLE = ["김민준", "이서연", "박지훈", "최유진", "정현우"]
KR_PRIO = {"상": "High", "중": "Medium", "하": "Low"}
KR_STATE = {"미조치": "Open", "조치중": "In Progress", "완료": None}


def korean_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Korean shipyard's smart-yard MES issue ledger (이슈 관리대장): dotted text dates
    beside date cells, 상 / 중 / 하 importance, Korean progress words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "이슈관리")
    pm = rng.choice(KR_PEOPLE)
    ws["A1"] = "이슈 관리대장"
    ws["A2"] = "프로젝트명: 스마트 야드 MES 구축 2단계"
    ws["A3"] = f"PM: {pm}"
    header = ["No", "구분", "이슈명", "상세 내용", "제기자", "담당자", "등록일", "조치기한"]
    header += ["중요도", "진행상태", "조치 내용"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(KR_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "스마트 야드 MES 구축 2단계"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i, (title, desc) in enumerate(picks):
        owner = rng.choice(KR_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([7, 14, 21]))
        prio, state = rng.choice(list(KR_PRIO)), rng.choice(list(KR_STATE))
        fix = "MES 배치 주기 단축 검토" if state != "미조치" else None
        d = raised[i]
        cells: list[object] = [i + 1, rng.choice(["기술", "일정", "인력"]), title, desc]
        cells += [rng.choice(KR_PEOPLE), owner, f"{d.year}.{d.month:02d}.{d.day:02d}", due]
        cells += [prio, state, fix]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 8).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "description", desc),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", d),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "priority", KR_PRIO[prio]),
        ]
        if KR_STATE[state]:
            values.append(ValueFact("issues", i, "status", KR_STATE[state]))
        if fix:
            values.append(ValueFact("issues", i, "resolution", fix))
    path = _save(wb, folder, "korean_issue_log")
    targets: Targets = _cols("A", [("id", None), ("type", None), "title", "description"])
    targets |= _cols("E", [None, "owner", "raised_date", "due_date", "priority", "status"])
    targets |= {"K": "resolution"}
    return Built(path, [_one("issues", "이슈관리", 5, targets, n)], values)


OM_DEPS = [
    ("ربط منصة الهوية الرقمية", "هيئة تقنية المعلومات", "وارد", "واجهة التحقق من الهوية"),
    ("بوابة الدفع الإلكتروني", "البنك المركزي العماني", "وارد", "خدمة الدفع الموحدة"),
    ("بيانات السجل التجاري", "وزارة التجارة والصناعة", "وارد", "واجهة بيانات الشركات"),
    ("خدمة التحقق من العنوان", "البلديات", "وارد", "قاعدة العناوين الوطنية"),
    ("تسليم نموذج الخدمات لشرطة عمان السلطانية", "شرطة عمان السلطانية", "صادر", "دليل الربط"),
    ("مشاركة بيانات المستفيدين مع وزارة الصحة", "وزارة الصحة", "صادر", "ملف البيانات الشهري"),
]
OM_PEOPLE = ["سالم الحارثي", "مريم البلوشية", "خالد الرواحي", "عائشة المعمرية"]
OM_STATE = {"مفتوحة": "Open", "في المسار": "On Track", "متأخرة": "Late", "تم التسليم": "Delivered"}
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو"]
AR_MONTHS += ["يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_dependency_register(folder: Path, rng: random.Random) -> Built:
    """An Omani ministry's e-services platform dependency register in Arabic on a
    right-to-left sheet: Arabic-Indic digits in one date column, Arabic month words in
    another, وارد / صادر for the direction."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "الاعتماديات")
    ws.sheet_view.rightToLeft = True
    pm = rng.choice(OM_PEOPLE)
    ws["A1"] = "سجل الاعتماديات"
    ws["A2"] = "المشروع: منصة الخدمات الحكومية الموحدة"
    ws["A3"] = f"مدير المشروع: {pm}"
    header = ["م", "الاعتمادية", "الجهة", "النوع", "المخرج المطلوب", "المسؤول"]
    header += ["تاريخ الاحتياج", "التاريخ المتفق عليه", "الحالة", "ملاحظات"]
    _put(ws, 5, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(OM_DEPS, n)
    need = _days(rng, n, date(2026, 2, 1))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "منصة الخدمات الحكومية الموحدة"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i, (title, agency, way, what) in enumerate(picks):
        owner = rng.choice(OM_PEOPLE)
        agreed = need[i] + timedelta(days=rng.choice([-7, 0, 10]))
        state = rng.choice(list(OM_STATE))
        d = need[i]
        need_text = f"{d.day:02d}/{d.month:02d}/{d.year}".translate(_EASTERN)
        agreed_text = f"{agreed.day} {AR_MONTHS[agreed.month - 1]} {agreed.year}"
        cells: list[object] = [i + 1, title, agency, way, what, owner, need_text, agreed_text]
        cells += [state, None]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "وارد" else "Outbound"),
            ValueFact("dependencies", i, "deliverable", what),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", d),
            ValueFact("dependencies", i, "committed_date", agreed),
            ValueFact("dependencies", i, "status", OM_STATE[state]),
        ]
    path = _save(wb, folder, "arabic_dependency_register")
    # `الجهة` names an agency, no project ID and no person: the counterparty project or
    # owner, or left out, no value (audit, round 26; batches 16, 24, 26, 28, 29 alike)
    party = ("counterparty_project_id", "counterparty_owner", None)
    targets: Targets = _cols("A", [("id", None), "title", party])
    targets |= _cols("D", ["direction", "deliverable", "owner", "need_by", "committed_date"])
    targets |= {"I": "status", "J": None}
    return Built(path, [_one("dependencies", "الاعتماديات", 5, targets, n)], values)


TR_ASSUMPTIONS = [
    "TEİAŞ bağlantı kapasitesi ek 30 MW için yeterli olacak",
    "ÇED olumlu kararı Mayıs ayından önce çıkacak",
    "Türbin tedarikçisi teslimatları Gemlik limanından yapacak",
    "Köy yolu ağır nakliye için genişletilebilecek",
    "YEKA fiyatı sözleşme süresince değişmeyecek",
    "Kış aylarında şantiye çalışmaya devam edebilecek",
]
TR_PEOPLE = ["Elif Yıldız", "Mehmet Kaya", "Ayşe Demir", "Burak Şahin"]
TR_CONF = {"Yüksek": "High", "Orta": "Medium", "Düşük": "Low"}
TR_STATE = {"Açık": "Open", "Doğrulandı": "Validated", "Geçersiz": "Invalid"}


def turkish_varsayim_listesi(folder: Path, rng: random.Random) -> Built:
    """A Turkish wind farm capacity increase's assumptions list: an upper-case Turkish
    title (dotted İ), a blank spacer row under the header, dotted day-first text dates
    beside date cells, a `Not:` row under the table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Varsayımlar")
    pm = rng.choice(TR_PEOPLE)
    ws["A1"] = "VARSAYIM LİSTESİ"
    ws["A2"] = "Proje Adı: Kıyıköy RES Kapasite Artışı"
    ws["A3"] = f"Proje Yöneticisi: {pm}"
    header = ["Sıra No", "Varsayım", "Sorumlu", "Kayıt Tarihi", "Doğrulama Tarihi"]
    header += ["Güven Düzeyi", "Durum", "Yanlış Çıkarsa Etkisi"]
    _put(ws, 5, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(TR_ASSUMPTIONS, n)
    raised = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Kıyıköy RES Kapasite Artışı"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i, text in enumerate(picks):
        owner = rng.choice(TR_PEOPLE)
        by = raised[i] + timedelta(days=rng.choice([30, 60]))
        conf, state = rng.choice(list(TR_CONF)), rng.choice(list(TR_STATE))
        effect = rng.choice(["Devreye alma 6 ay gecikir", "Maliyet %8 artar"])
        d = raised[i]
        cells: list[object] = [i + 1, text, owner, f"{d.day:02d}.{d.month:02d}.{d.year}", by]
        cells += [conf, state, effect]
        _put(ws, 7 + i, 1, [cells])
        ws.cell(7 + i, 5).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", d),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "confidence", TR_CONF[conf]),
            ValueFact("assumptions", i, "status", TR_STATE[state]),
            ValueFact("assumptions", i, "impact_if_false", effect),
        ]
    ws.cell(8 + n, 1, "Not: Varsayımlar her ay yönlendirme komitesinde gözden geçirilir.")
    path = _save(wb, folder, "turkish_varsayim_listesi")
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "raised_date"])
    targets |= _cols("E", ["validate_by", "confidence", "status", "impact_if_false"])
    return Built(path, [_one("assumptions", "Varsayımlar", 5, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CH_MILESTONES = [
    "Plangenehmigung BAV erteilt",
    "Demontage alte Kabine abgeschlossen",
    "Stützenfundamente betoniert",
    "Seilzug durchgeführt",
    "Abnahme durch das BAV",
    "Betriebsaufnahme",
]
CH_PEOPLE = ["Reto Brunner", "Sandra Zürcher", "Urs Meier", "Corinne Aebischer"]
CH_STATE = {"in Arbeit": "In Progress", "offen": None, "gefährdet": "At Risk"}


def swiss_statusbericht(folder: Path, rng: random.Random) -> Built:
    """A Swiss cable car replacement's monthly status report in German: label / value pairs
    with colour words (grün / gelb / rot), a Swiss `4'850'000.00` amount, then a milestones
    table with date cells and dotted text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Statusbericht")
    pm = rng.choice(CH_PEOPLE)
    ws["A1"] = "Projektstatusbericht März 2026"
    pairs = [
        ["Projekt:", "Ersatz Luftseilbahn Stechelberg–Mürren"],
        ["Projektleiter:", pm],
        ["Stichtag:", "31.03.2026"],
        ["Gesamtstatus:", "gelb"],
        ["Termine:", "grün"],
        ["Kosten:", "rot"],
        ["Ressourcen:", "grün"],
        ["Währung:", "CHF"],
        ["Budget genehmigt:", "4'850'000.00"],
    ]
    _put(ws, 3, 1, pairs)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Ersatz Luftseilbahn Stechelberg–Mürren"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "overall_rag", "Amber"),
        ValueFact("project", 0, "schedule_rag", "Green"),
        ValueFact("project", 0, "cost_rag", "Red"),
        ValueFact("project", 0, "currency", "CHF"),
    ]
    ws["A14"] = "Meilensteine"
    header = ["Nr.", "Meilenstein", "Verantwortlich", "Basistermin", "Prognose", "Ist-Termin"]
    header += ["Status", "Trend"]
    _put(ws, 15, 1, [header])
    n = len(CH_MILESTONES)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(1, 3)
    fcs = _past_twelfth([b + timedelta(days=rng.choice([0, 14, 35])) for b in base])
    for i, name in enumerate(CH_MILESTONES):
        owner = rng.choice(CH_PEOPLE)
        fc = fcs[i]
        actual = fc if i < done else None
        state = "erreicht" if actual else rng.choice(list(CH_STATE))
        trend = rng.choice(["↑", "→", "↓"])
        cells: list[object] = [
            i + 1,
            name,
            owner,
            base[i],
            f"{fc.day:02d}.{fc.month:02d}.{fc.year}",
        ]
        cells += [actual, state, trend]
        _put(ws, 16 + i, 1, [cells])
        for c in (4, 6):
            ws.cell(16 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        status = "Complete" if actual else CH_STATE[state]
        if status:
            values.append(ValueFact("milestones", i, "status", status))
    path = _save(wb, folder, "swiss_statusbericht")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status", None])
    return Built(path, [_one("milestones", "Statusbericht", 15, targets, n)], values)


IT_LINES = ["Personale interno", "Consulenze esterne", "Licenze software", "Hardware"]
IT_LINES += ["Trasferte", "Formazione"]
IT_MONTHS = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def italian_budget_consuntivo(folder: Path, rng: random.Random) -> Built:
    """A Bologna packaging machine maker's MES project budget vs actuals: `Budget` and
    `Consuntivo` merged over Italian month labels (`gen-26`), a Totale column per group and
    a Totale row, the month not yet closed left blank under Consuntivo."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Consuntivo")
    ws["A1"] = "Budget vs Consuntivo 2026"
    ws["A2"] = "Progetto: Nuovo MES stabilimento di Casalecchio"
    ws["A3"] = "Importi in €"
    months = _months(date(2026, 1, 1), 4)
    labels = [f"{IT_MONTHS[m.month - 1]}-{m.year % 100}" for m in months]
    nm = len(months)
    ws["A5"] = "Voce di costo"
    ws.merge_cells("A5:A6")
    for g, name in enumerate(("Budget", "Consuntivo")):
        start = 2 + g * (nm + 1)
        ws.cell(5, start, name)
        ws.merge_cells(start_row=5, start_column=start, end_row=5, end_column=start + nm)
        _put(ws, 6, start, [[*labels, "Totale"]])
    lines = rng.sample(IT_LINES, 4)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Nuovo MES stabilimento di Casalecchio"),
        ValueFact("project", 0, "currency", "EUR"),
    ]
    col_sums = [0.0] * (2 * (nm + 1))
    for r, line in enumerate(lines):
        budget = [float(rng.randrange(4, 60) * 500) for _ in months]
        actual: list[float | None] = [round(b * rng.uniform(0.7, 1.3), 2) for b in budget]
        actual[-1] = None
        row: list[object] = [line, *budget, sum(budget), *actual]
        row.append(round(sum(a or 0.0 for a in actual), 2))
        for j, x in enumerate([*budget, sum(budget), *actual]):
            col_sums[j] += x or 0.0
        col_sums[-1] += sum(a or 0.0 for a in actual)
        _put(ws, 7 + r, 1, [row])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            a = actual[m]
            if a is not None:
                values.append(ValueFact("finance", (month, line), "actual", a))
    _put(ws, 7 + len(lines), 1, [["Totale", *[round(x, 2) for x in col_sums]]])
    for row_cells in ws.iter_rows(min_row=7, min_col=2):
        for cell in row_cells:
            cell.number_format = "#,##0.00 [$€-410]"
    path = _save(wb, folder, "italian_budget_consuntivo")
    count = nm * len(lines)
    table = TruthTable("Budget vs Consuntivo", 6, "finance", {"A": "cost_line"}, {"finance": count})
    return Built(path, [table], values)


BR_LINES = ["Equipamentos", "Software de gestão", "Obras civis", "Mão de obra terceirizada"]
BR_LINES += ["Treinamento", "Frete"]
BR_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def _brl(x: float) -> str:
    """Reais as a Brazilian PM types them: `R$ 12.345,67`."""
    whole, cents = f"{x:,.2f}".split(".")
    return f"R$ {whole.replace(',', '.')},{cents}"


def brazil_orcado_realizado(folder: Path, rng: random.Random) -> Built:
    """A Mato Grosso grain cooperative's warehouse automation `Orçado x Realizado`: an
    Orçado and a Realizado row per rubrica, months across as `jan/26` text, amounts as
    `R$ 12.345,67` text, a spacer column before the Total, TOTAL GERAL rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Orçado x Realizado")
    ws["A1"] = "ORÇADO x REALIZADO"
    ws["A2"] = "Projeto: Automação dos armazéns de grãos – Unidade Sorriso/MT"
    months = _months(date(2026, 1, 1), 4)
    labels = [f"{BR_MONTHS[m.month - 1]}/{m.year % 100}" for m in months]
    nm = len(months)
    _put(ws, 4, 1, [["Rubrica", "Tipo", *labels, None, "Total"]])
    lines = rng.sample(BR_LINES, 3)
    values: list[ValueFact] = [
        ValueFact(
            "project", 0, "project_name", "Automação dos armazéns de grãos – Unidade Sorriso/MT"
        )
    ]
    sums = {"Orçado": [0.0] * nm, "Realizado": [0.0] * nm}
    row = 5
    for line in lines:
        plan = [float(rng.randrange(10, 400) * 250) for _ in months]
        real = [round(p * rng.uniform(0.6, 1.2), 2) for p in plan]
        for kind, amounts, measure in (("Orçado", plan, "budget"), ("Realizado", real, "actual")):
            texts = [_brl(a) for a in amounts]
            _put(ws, row, 1, [[line, kind, *texts, None, _brl(sum(amounts))]])
            row += 1
            for m, month in enumerate(months):
                sums[kind][m] += amounts[m]
                values.append(ValueFact("finance", (month, line), measure, amounts[m]))
    for kind, amounts in sums.items():
        _put(ws, row, 1, [["TOTAL GERAL", kind, *[_brl(a) for a in amounts], None]])
        ws.cell(row, 4 + nm, _brl(sum(amounts)))
        row += 1
    path = _save(wb, folder, "brazil_orcado_realizado")
    count = nm * len(lines)
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Orçado x Realizado", 4, "finance", targets, {"finance": count})
    return Built(path, [table], values)


ZH_LINES = ["设备采购", "软件许可", "实施服务", "人员费用", "差旅费"]


def chinese_fee_tracking(folder: Path, rng: random.Random) -> Built:
    """A battery plant's MES rollout cost tracking table in Simplified Chinese: a title
    block with a `单位：万元` line, long format with `2026年1月` month text, a 小计 row
    after each month, amounts in ten thousands of yuan."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "费用跟踪")
    pm = rng.choice(["王磊", "李娜", "张伟", "刘洋"])
    ws["A1"] = "项目费用跟踪表"
    ws["A2"] = "项目名称：动力电池三期工厂MES系统实施"
    ws["A3"] = f"项目经理：{pm}"
    ws["E3"] = "单位：万元"
    header = ["序号", "月份", "费用科目", "预算", "实际", "差异", "备注"]
    _put(ws, 5, 1, [header])
    months = _months(date(2026, 1, 1), 3)
    lines = rng.sample(ZH_LINES, 3)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "动力电池三期工厂MES系统实施"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    row, k = 6, 0
    for month in months:
        label = f"{month.year}年{month.month}月"
        psum = asum = 0.0
        for line in lines:
            plan = rng.randrange(50, 900) / 10
            spent = round(plan * rng.uniform(0.6, 1.2), 2)
            psum, asum = psum + plan, asum + spent
            k += 1
            note = rng.choice([None, None, "含预付款"])
            _put(ws, row, 1, [[k, label, line, plan, spent, round(plan - spent, 2), note]])
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "0.00"
            row += 1
            values.append(ValueFact("finance", (month, line), "budget", round(plan * 10000, 2)))
            values.append(ValueFact("finance", (month, line), "actual", round(spent * 10000, 2)))
        _put(ws, row, 2, [[f"{label}小计", None, round(psum, 2), round(asum, 2)]])
        row += 1
    path = _save(wb, folder, "chinese_fee_tracking")
    targets: Targets = {"A": None, "B": "month", "C": "cost_line", "D": "budget", "E": "actual"}
    targets |= {"F": None, "G": ("notes", None)}
    count = len(months) * len(lines)
    table = TruthTable("费用跟踪", 5, "finance", targets, {"finance": count})
    return Built(path, [table], values)


ES_STAFF = [
    ("Lucía Fernández", "Jefa de proyecto", "Interno"),
    ("Javier Martínez", "Consultor funcional FI/CO", "NTT Data"),
    ("Carmen López", "Consultora funcional SD/MM", "NTT Data"),
    ("Pablo Sánchez", "Desarrollador ABAP", "Interno"),
    ("Marta Ruiz", "Key user almacén", "Interno"),
    ("Álvaro Gómez", "Técnico de sistemas", "Interno"),
]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def spanish_plan_recursos(folder: Path, rng: random.Random) -> Built:
    """A Valencia ceramics maker's ERP rollout resource plan in jornadas (days): months
    across as `ene-26` text, days as numbers or decimal-comma text (`2,5`), blanks where
    not booked, a Total column and a TOTAL row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Plan de recursos")
    ws["A1"] = "Plan de recursos"
    ws["A2"] = "Proyecto: Implantación S/4HANA – Azulejos del Mediterráneo (Castellón)"
    ws["A3"] = "Unidad: jornadas"
    months = _months(date(2026, 2, 1), 4)
    labels = [f"{ES_MONTHS[m.month - 1]}-{m.year % 100}" for m in months]
    _put(ws, 5, 1, [["Recurso", "Perfil", "Empresa", *labels, "Total"]])
    staff = rng.sample(ES_STAFF, 5)
    count = 0
    sums = [0.0] * len(months)
    for i, (person, role, firm) in enumerate(staff):
        days = [rng.choice([None, 2.5, 5.0, 8.0, 10.0, 12.5, 20.0]) for _ in months]
        count += sum(1 for d in days if d)
        cells: list[object] = []
        for m, d in enumerate(days):
            sums[m] += d or 0.0
            text = f"{d:g}".replace(".", ",") if d and d != int(d) else d
            cells.append(text)
        _put(ws, 6 + i, 1, [[person, role, firm, *cells, sum(d or 0.0 for d in days)]])
    _put(ws, 6 + len(staff), 1, [["TOTAL", None, None, *sums, sum(sums)]])
    values = [
        ValueFact(
            "project",
            0,
            "project_name",
            "Implantación S/4HANA – Azulejos del Mediterráneo (Castellón)",
        )
    ]
    path = _save(wb, folder, "spanish_plan_recursos")
    targets: Targets = {"A": "person", "B": "role", "C": None, "H": None}
    table = TruthTable("Plan de recursos", 5, "resources", targets, {"resources": count})
    return Built(path, [table], values)


PL_PHASES = [
    (
        "Etap I – Przygotowanie",
        [("Decyzja środowiskowa", "TAK"), ("Pozwolenie na budowę", "TAK")],
    ),
    (
        "Etap II – Realizacja",
        [
            ("Podpisanie umowy z wykonawcą kotła", "TAK"),
            ("Montaż kotła biomasowego", "NIE"),
            ("Budowa magazynu zrębki", "NIE"),
        ],
    ),
    ("Etap III – Rozruch", [("Ruch próbny", "NIE"), ("Odbiór końcowy", "TAK")]),
]
PL_PEOPLE = ["Katarzyna Nowak", "Piotr Wiśniewski", "Anna Kowalczyk", "Tomasz Zieliński"]
PL_STATE = {"W realizacji": "In Progress", "Nierozpoczęty": "Not Started", "Zagrożony": "At Risk"}


def polish_harmonogram_kamieni(folder: Path, rng: random.Random) -> Built:
    """A Polish district heating plant's biomass conversion milestone schedule: phase rows
    between the milestones, TAK / NIE gates, date cells beside dotted text dates, Polish
    status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Harmonogram")
    pm = rng.choice(PL_PEOPLE)
    ws["A1"] = "Harmonogram – kamienie milowe"
    ws["A2"] = "Projekt: Konwersja ciepłowni miejskiej na biomasę – MPEC Nowy Targ"
    ws["A3"] = f"Kierownik projektu: {pm}"
    header = ["Lp.", "Kamień milowy", "Odpowiedzialny", "Brama", "Data bazowa"]
    header += ["Data prognozowana", "Data rzeczywista", "Status", "Uwagi"]
    _put(ws, 5, 1, [header])
    n = sum(len(ms) for _, ms in PL_PHASES)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(2, 3)
    fcs = _past_twelfth([b + timedelta(days=rng.choice([0, 7, 30])) for b in base])
    values: list[ValueFact] = [
        ValueFact(
            "project",
            0,
            "project_name",
            "Konwersja ciepłowni miejskiej na biomasę – MPEC Nowy Targ",
        ),
        ValueFact("project", 0, "project_manager", pm),
    ]
    row, i = 6, 0
    for phase, milestones in PL_PHASES:
        ws.cell(row, 2, phase)
        row += 1
        for name, gate in milestones:
            owner = rng.choice(PL_PEOPLE)
            fc = fcs[i]
            actual = fc if i < done else None
            state = "Zrealizowany" if actual else rng.choice(list(PL_STATE))
            cells: list[object] = [i + 1, name, owner, gate, base[i]]
            cells += [f"{fc.day:02d}.{fc.month:02d}.{fc.year}", actual, state, None]
            _put(ws, row, 1, [cells])
            for c in (5, 7):
                ws.cell(row, c).number_format = "dd.mm.yyyy"
            values += [
                ValueFact("milestones", i, "milestone", name),
                ValueFact("milestones", i, "owner", owner),
                ValueFact("milestones", i, "gate", "Y" if gate == "TAK" else "N"),
                ValueFact("milestones", i, "baseline_date", base[i]),
                ValueFact("milestones", i, "forecast_date", fc),
                ValueFact("milestones", i, "status", "Complete" if actual else PL_STATE[state]),
            ]
            if actual:
                values.append(ValueFact("milestones", i, "actual_date", actual))
            row += 1
            i += 1
    path = _save(wb, folder, "polish_harmonogram_kamieni")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "gate", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", "status", None])
    return Built(path, [_one("milestones", "Harmonogram", 5, targets, n)], values)


HELD_OUT_37: tuple[Layout, ...] = (
    Layout(
        "french_releve_decisions",
        "COPIL decision record of a regional ticketing programme (French, France)",
        french_releve_decisions,
    ),
    Layout("dutch_raid_log", "hospital EPD switch RAID log, one table (Dutch)", dutch_raid_log),
    Layout(
        "japanese_risk_kanri",
        "city Government Cloud migration risk table, merged 評価 header (Japanese)",
        japanese_risk_kanri,
    ),
    Layout("korean_issue_log", "shipyard smart-yard MES issue ledger (Korean)", korean_issue_log),
    Layout(
        "arabic_dependency_register",
        "Omani e-services platform dependency register, Arabic-Indic digits (Arabic)",
        arabic_dependency_register,
    ),
    Layout(
        "turkish_varsayim_listesi",
        "wind farm capacity increase assumptions list (Turkish)",
        turkish_varsayim_listesi,
    ),
    Layout(
        "swiss_statusbericht",
        "cable car replacement status report with Ampel words (German, Switzerland)",
        swiss_statusbericht,
    ),
    Layout(
        "italian_budget_consuntivo",
        "packaging machine maker MES budget vs consuntivo, merged groups (Italian)",
        italian_budget_consuntivo,
    ),
    Layout(
        "brazil_orcado_realizado",
        "grain cooperative Orçado x Realizado, R$ text (Brazilian Portuguese)",
        brazil_orcado_realizado,
    ),
    Layout(
        "chinese_fee_tracking",
        "battery plant MES cost tracking in 万元 (Simplified Chinese)",
        chinese_fee_tracking,
    ),
    Layout(
        "spanish_plan_recursos",
        "ceramics maker ERP resource plan in jornadas (Spanish, Spain)",
        spanish_plan_recursos,
    ),
    Layout(
        "polish_harmonogram_kamieni",
        "district heating biomass conversion milestone schedule (Polish)",
        polish_harmonogram_kamieni,
    ),
)
