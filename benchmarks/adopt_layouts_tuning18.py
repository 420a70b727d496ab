"""Round 30's structural leftovers (``TUNING_18_A`` tuned on, ``TUNING_18_B`` kept
untouched while tuning): thirteen seeded registers and trackers, written in round 30 by the
engineer who tunes on half of them (docs/adopt.md, "Round 30: ..."). Not a copy of any
batch: each layout is one of the structural kinds round 29 left (its "Left" lines):

- a header of two rows whose second row holds sub-labels under only SOME group cells, no
  merge anywhere (a Trello board flattened to a sheet, ``Dates`` over ``Start | Due``; a
  well-worn register whose header grew a second row, ``Score`` over ``L | I | Total``);
- spacer columns and rows in new places: a blank column between the id and the title, a
  blank row between the header and the first item, a spacer row after every fifth item, a
  blank column inside a finance tracker's block of months (at the quarter's end);
- a page line in Japanese, Korean or Chinese between items (``1 / 3 ページ``, ``1 페이지 중
  3``, ``第 1 页 共 3 页``), with or without the header written again under it;
- a RAG given only as a cell's fill colour in a status column (no word);
- a units row under the header giving each money column's multiple (``£k``, ``$m``,
  ``'000``) where only some columns have one (a date, a cost line, a percentage have none).

Sectors and places: a Dutch bulb exporter's Trello board, a Norwegian salmon farm, a
Japanese rolling-stock maker, a Korean semiconductor fab's decisions, a Welsh slate quarry's
milestones, a Scottish distillery's costs, a Brazilian wind farm's months (tuned); an Irish
lighthouse trust, a Chilean vineyard, a Chinese high-speed rail contractor, a New Zealand
geothermal plant's dependencies, a South African citrus packhouse's costs, an Icelandic
aluminium smelter's months (kept).

Truth (each as a PMO analyst states it):

- the sub-labels name the columns under the group; a label with nothing under it names its
  own column; no row of the header is an item;
- a blank column or row is no field and no item; it splits nothing;
- a page line in any of these orders is no item, nor is the header written again;
- a status cell filled red / amber / green and empty is the status that colour says
  (a milestone: Late / At Risk / In Progress; a dependency: Late / At Risk / On Track);
- a money column under ``£k`` is thousands, under ``$m`` millions, under ``'000``
  thousands; a money column with nothing under it is in units;
- ids not in the standard's form are renumbered (no id fact is asked).
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
from openpyxl.styles import PatternFill

PEOPLE_NL = ["Sanne de Vries", "Joris Bakker", "Femke Visser", "Bram Smit", "Lotte Mulder"]
PEOPLE_NO = ["Ingrid Hansen", "Lars Johansen", "Kari Olsen", "Ole Larsen", "Silje Berg"]
PEOPLE_JP = ["佐藤 健", "鈴木 美咲", "高橋 翔", "田中 陽子", "伊藤 大輔"]
PEOPLE_KR = ["김지훈", "이하은", "박서준", "최유나", "정민재"]
PEOPLE_WA = ["Rhys Evans", "Ffion Jones", "Gareth Davies", "Cerys Williams", "Dafydd Price"]
PEOPLE_IE = ["Siobhán Kelly", "Ciarán Doyle", "Niamh Ryan", "Eoin Byrne", "Aisling Walsh"]
PEOPLE_CL = ["Ignacio Vera", "Catalina Reyes", "Tomás Araya", "Fernanda Lagos", "Felipe Pino"]
PEOPLE_CN = ["王伟", "李娜", "张强", "刘洋", "陈静"]
PEOPLE_NZ = ["Aroha Ngata", "Tama Williams", "Hine Parata", "James Wilson", "Mere Tapsell"]

RAG_FILLS = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}
DEP_FROM_RAG = {"Red": "Late", "Amber": "At Risk", "Green": "On Track"}


def _fill(ws: object, row: int, col: int, colour: str) -> None:
    ws.cell(row, col).fill = PatternFill("solid", fgColor=colour)  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------- tuned


BULB_CARDS = [
    "Cold store 3 compressor tripping", "Phytosanitary certificate rejected by US customs",
    "Tulip grading line jams on small bulbs", "Reefer container booking cancelled",
    "Label printer firmware out of date", "Grower portal login failures",
    "Pallet wrap supplier late", "Forklift battery charger faulty",
    "EDI order feed duplicating lines", "Hyacinth stock short for Japan order",
    "Temperature logger data missing", "Invoice run held by ERP upgrade",
]  # fmt: skip


def trello_two_row_issues(folder: Path, rng: random.Random) -> Built:
    """A Dutch bulb exporter's Trello board flattened into a sheet (English for the
    buyers): the header's second row holds ``Start | Due`` under ``Dates`` only, nothing
    merged, every other label standing alone in the first row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Board")
    ws["A1"] = "Export Operations issues board - exported from Trello"
    _put(ws, 3, 1, [["Card #", "Card name", "List", "Members", "Dates", None, "Labels"]])
    _put(ws, 4, 1, [[None, None, None, None, "Created", "Due", None]])
    n = rng.randint(8, 11)
    titles = rng.sample(BULB_CARDS, n)
    starts = _days(rng, n, date(2026, 2, 9))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_NL)
        lst = rng.choice(["To Do", "Doing", "Done"])
        status = {"To Do": "Open", "Doing": "In Progress", "Done": "Resolved"}[lst]
        due = date(2026, starts[i].month + 1, min(starts[i].day, 28))
        label = rng.choice(["Warehouse", "Logistics", "IT"])
        _put(ws, 5 + i, 1, [[100 + i * 3, titles[i], lst, owner, starts[i], due, label]])
        for c in (5, 6):
            ws.cell(5 + i, c).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "status", status),
            ValueFact("issues", i, "raised_date", starts[i]),
            ValueFact("issues", i, "due_date", due),
        ]
    path = _save(wb, folder, "structural_trello_two_row_issues")
    targets: Targets = _cols(
        "A", ["id", "title", "status", "owner", "raised_date", "due_date", None]
    )
    return Built(path, [_one("issues", "Board", 4, targets, n)], values)


SALMON_RISKS = [
    "Sea lice counts above the treatment limit", "Algal bloom in the fjord",
    "Net pen mooring failure in winter storm", "Smolt supply from hatchery short",
    "Feed barge generator breakdown", "Escape of farmed fish",
    "Licence expansion refused by the county", "Wellboat unavailable for delousing",
    "Processing plant staffing gap", "Export price fall in the EU market",
    "Oxygen levels low in late summer", "Cyber attack on feeding control system",
]  # fmt: skip


def spacer_id_title_risks(folder: Path, rng: random.Random) -> Built:
    """A Norwegian salmon farm's risk register (English for the lenders): a blank column
    between the id and the risk, a blank row between the header and the first risk, and a
    blank row after every fifth risk."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Hardangerfjord Site Expansion - Risk Register"
    ws["A2"] = "Owner: Project Office"
    header = ["Risk ID", None, "Risk", "Owner", "Probability", "Impact", "Status"]
    _put(ws, 4, 1, [header])
    ws.column_dimensions["B"].width = 2
    n = rng.randint(11, 12)
    titles = rng.sample(SALMON_RISKS, n)
    values: list[ValueFact] = []
    row = 6  # row 5 is the blank row under the header
    for i in range(n):
        if i and i % 5 == 0:
            row += 1
        owner = rng.choice(PEOPLE_NO)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        status = rng.choice(["Open", "Monitoring", "Closed"])
        _put(ws, row, 1, [[f"HF-R{i + 1:02d}", None, titles[i], owner, p, imp, status]])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", status),
        ]
        row += 1
    path = _save(wb, folder, "structural_spacer_id_title_risks")
    targets: Targets = {"A": "id"}
    targets |= _cols("C", ["title", "owner", "probability", "impact", "status"])
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


TRAIN_ISSUES = [
    "台車フレームの溶接不良", "ブレーキ装置の納期遅延", "車体塗装の色むら", "配線図の改訂漏れ",
    "試運転線の使用調整", "空調装置の騒音超過", "客室ドアの開閉不具合", "部品検査記録の不足",
    "輸出梱包仕様の未確定", "モーター試験の再実施", "協力会社の人員不足", "顧客検査日程の変更",
]  # fmt: skip


def japanese_page_lines_issues(folder: Path, rng: random.Random) -> Built:
    """A Japanese rolling-stock maker's issue log printed with ``1 / 3 ページ`` lines
    between the items (no header written again under them)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "課題管理")
    ws["A1"] = "輸出向け車両製造プロジェクト 課題管理表"
    header = ["番号", "課題", "担当者", "期限", "状態"]
    _put(ws, 3, 1, [header])
    n = rng.randint(11, 12)
    titles = rng.sample(TRAIN_ISSUES, n)
    due = _days(rng, n, date(2026, 4, 6))
    states = {"未着手": "Open", "対応中": "In Progress", "完了": "Closed"}
    values: list[ValueFact] = []
    per_page, pages = 4, (n + 3) // 4
    row = 4
    for i in range(n):
        if i and i % per_page == 0:
            ws.cell(row, 1, f"{i // per_page} / {pages} ページ")
            row += 1
        owner = rng.choice(PEOPLE_JP)
        state = rng.choice(list(states))
        _put(ws, row, 1, [[f"K-{i + 1:03d}", titles[i], owner, due[i], state]])
        ws.cell(row, 4).number_format = "yyyy/mm/dd"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "status", states[state]),
        ]
        row += 1
    ws.cell(row, 1, f"{pages} / {pages} ページ")
    path = _save(wb, folder, "structural_japanese_page_lines_issues")
    targets: Targets = _cols("A", ["id", "title", "owner", "due_date", "status"])
    return Built(path, [_one("issues", "課題管理", 3, targets, n)], values)


FAB_DECISIONS = [
    "EUV 장비 추가 도입 승인", "클린룸 확장 공사 착수", "협력사 이원화 결정", "신규 공정 파일럿 연기",
    "전력 이중화 설비 구매", "웨이퍼 재고 기준 상향", "품질 검사 자동화 도입", "해외 인력 채용 승인",
    "폐수 처리 용량 증설", "생산 계획 시스템 교체", "야간 근무 체계 변경", "장비 유지보수 계약 갱신",
]  # fmt: skip


def korean_page_lines_decisions(folder: Path, rng: random.Random) -> Built:
    """A Korean semiconductor fab's decision log printed with ``1 페이지 중 3`` lines (page
    1, of 3 pages) and the header written again under each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "의사결정")
    ws["A1"] = "평택 2라인 증설 프로젝트 의사결정 대장"
    header = ["번호", "결정 사항", "결정자", "결정일"]
    _put(ws, 3, 1, [header])
    n = rng.randint(10, 12)
    titles = rng.sample(FAB_DECISIONS, n)
    days = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    per_page, pages = 5, (n + 4) // 5
    row = 4
    for i in range(n):
        if i and i % per_page == 0:
            ws.cell(row, 1, f"{i // per_page} 페이지 중 {pages}")
            _put(ws, row + 1, 1, [header])
            row += 2
        who = rng.choice(PEOPLE_KR)
        _put(ws, row, 1, [[f"D-{i + 1:02d}", titles[i], who, days[i]]])
        ws.cell(row, 4).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("decisions", i, "decision", titles[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", days[i]),
        ]
        row += 1
    ws.cell(row, 1, f"{pages} 페이지 중 {pages}")
    path = _save(wb, folder, "structural_korean_page_lines_decisions")
    targets: Targets = _cols("A", ["id", "decision", "made_by", "date"])
    return Built(path, [_one("decisions", "의사결정", 3, targets, n)], values)


QUARRY_MILESTONES = [
    "Planning consent for the north face", "Haul road resurfaced", "New saw shed commissioned",
    "Waste tip stability survey", "Visitor centre fit-out", "Water treatment lagoon lined",
    "Block splitting line trials", "Heritage listing consultation closed",
    "Export dock crane refurbished", "Apprentice intake starts",
]  # fmt: skip
MILESTONE_FROM_RAG = {"Red": "Late", "Amber": "At Risk", "Green": "In Progress"}


def rag_fill_milestones(folder: Path, rng: random.Random) -> Built:
    """A Welsh slate quarry's milestone plan whose ``Status`` column is only colour: each
    cell filled red, amber or green, nothing written in it."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Penrhyn Quarry Regeneration - Milestone Plan"
    header = ["No.", "Milestone", "Lead", "Baseline", "Forecast", "Status", "Comment"]
    _put(ws, 3, 1, [header])
    n = rng.randint(8, 10)
    titles = rng.sample(QUARRY_MILESTONES, n)
    base = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    rags = ["Red", "Amber", "Green"] + [rng.choice(list(RAG_FILLS)) for _ in range(n - 3)]
    rng.shuffle(rags)
    for i in range(n):
        lead = rng.choice(PEOPLE_WA)
        slip = {"Red": 21, "Amber": 7, "Green": 0}[rags[i]]
        fc = date.fromordinal(base[i].toordinal() + slip)
        _put(
            ws,
            4 + i,
            1,
            [
                [
                    i + 1,
                    titles[i],
                    lead,
                    base[i],
                    fc,
                    None,
                    rng.choice(["", "see minutes", "tracking"]) or None,
                ]
            ],
        )
        for c in (4, 5):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        _fill(ws, 4 + i, 6, RAG_FILLS[rags[i]])
        values += [
            ValueFact("milestones", i, "milestone", titles[i]),
            ValueFact("milestones", i, "owner", lead),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", MILESTONE_FROM_RAG[rags[i]]),
        ]
    path = _save(wb, folder, "structural_rag_fill_milestones")
    targets: Targets = _cols(
        "A", ["id", "milestone", "owner", "baseline_date", "forecast_date", "status", None]
    )
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


DISTILLERY_LINES = [
    "Still house",
    "Warehousing",
    "Visitor centre",
    "Bottling hall",
    "Biomass boiler",
]


def units_row_some_columns(folder: Path, rng: random.Random) -> Built:
    """A Scottish distillery's cost report, one row per month and cost line: a units row
    under the header says ``£k`` under Budget, Actual and Forecast only (the month, the
    line and the variance percentage have none)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Costs")
    ws["A1"] = "Speyside Expansion - Monthly Cost Report"
    header = ["Month", "Cost line", "Budget", "Actual", "Forecast", "Var %"]
    _put(ws, 3, 1, [header])
    _put(ws, 4, 1, [[None, None, "£k", "£k", "£k", None]])
    months = _months(date(2026, 4, 1), 4)
    lines = rng.sample(DISTILLERY_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 5
    for month in months:
        for line in lines:
            b = rng.randrange(50, 900) / 10
            a = round(b * rng.uniform(0.8, 1.2), 1)
            f = round(b * rng.uniform(0.9, 1.1), 1)
            _put(ws, row, 1, [[month, line, b, a, f, round((a - b) / b, 3)]])
            ws.cell(row, 1).number_format = "mmm-yy"
            ws.cell(row, 6).number_format = "0.0%"
            row += 1
            values += [
                ValueFact("finance", (month, line), "budget", round(b * 1000, 2)),
                ValueFact("finance", (month, line), "actual", round(a * 1000, 2)),
                ValueFact("finance", (month, line), "forecast", round(f * 1000, 2)),
            ]
    path = _save(wb, folder, "structural_units_row_some_columns")
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", None])
    table = TruthTable("Costs", 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


WIND_LINES = ["Turbine supply", "Civil works", "Grid connection", "Environmental licence"]


def month_block_blank_column(folder: Path, rng: random.Random) -> Built:
    """A Brazilian wind farm's budget (English for the lenders) with months across: a blank
    narrow column after each quarter's third month, inside the block of months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget")
    ws["A1"] = "Ventos do Sertão Wind Farm - Budget vs Actual (BRL)"
    months = _months(date(2026, 1, 1), 6)
    head: list[object] = ["Cost line", "Measure"]
    cols: list[int] = []
    for m, month in enumerate(months):
        if m and m % 3 == 0:
            head.append(None)
        cols.append(len(head) + 1)
        head.append(month)
    _put(ws, 3, 1, [head])
    for c in cols:
        ws.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(WIND_LINES, 3)
    values: list[ValueFact] = []
    row = 4
    for line in lines:
        budget = [float(rng.randrange(100, 2000) * 100) for _ in months]
        actual = [float(round(b * rng.uniform(0.8, 1.15))) for b in budget]
        for measure, amounts in (("Budget", budget), ("Actual", actual)):
            ws.cell(row, 1, line)
            ws.cell(row, 2, measure)
            for c, v in zip(cols, amounts, strict=True):
                ws.cell(row, c, v)
            row += 1
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            values.append(ValueFact("finance", (month, line), "actual", actual[m]))
    path = _save(wb, folder, "structural_month_block_blank_column")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Budget", 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


CANAL_MILESTONES = [
    "Lock 14 gates replaced", "Towpath resurfacing phase 1", "Aqueduct waterproofing",
    "Visitor moorings opened", "Reservoir spillway survey", "Swing bridge automation",
    "Dredging of the summit pound", "Heritage boatyard lease signed", "Culvert relining",
    "Volunteer centre handover",
]  # fmt: skip


def worn_two_row_milestones(folder: Path, rng: random.Random) -> Built:
    """An English canal trust's milestone tracker kept for years: its header grew a second
    row of sub-labels under ``Dates`` only (``Baseline | Forecast | Actual``), nothing merged,
    ``Lead`` and ``Status`` standing alone in the first row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Northern Waterways Restoration - Milestone Tracker"
    _put(ws, 3, 1, [["#", "Milestone", "Lead", "Dates", None, None, "Status"]])
    _put(ws, 4, 1, [[None, None, None, "Baseline", "Forecast", "Actual", None]])
    n = rng.randint(8, 10)
    titles = rng.sample(CANAL_MILESTONES, n)
    base = _days(rng, n, date(2026, 1, 19))
    values: list[ValueFact] = []
    for i in range(n):
        lead = rng.choice(PEOPLE_WA)
        done = base[i] < date(2026, 4, 1)
        fc = date.fromordinal(base[i].toordinal() + rng.choice([0, 7, 14]))
        status = "Complete" if done else rng.choice(["Not Started", "In Progress"])
        _put(ws, 5 + i, 1, [[i + 1, titles[i], lead, base[i], fc, fc if done else None, status]])
        for c in (4, 5, 6):
            ws.cell(5 + i, c).number_format = "dd/mm/yy"
        values += [
            ValueFact("milestones", i, "milestone", titles[i]),
            ValueFact("milestones", i, "owner", lead),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", fc))
    path = _save(wb, folder, "structural_worn_two_row_milestones")
    targets: Targets = _cols(
        "A", ["id", "milestone", "owner", "baseline_date", "forecast_date", "actual_date", "status"]
    )
    return Built(path, [_one("milestones", "Tracker", 4, targets, n)], values)


HOSPITAL_LINES = [
    "Theatre refurbishment",
    "Imaging equipment",
    "Estates backlog",
    "Digital records",
]


def units_row_mixed_multiples_gbp(folder: Path, rng: random.Random) -> Built:
    """An English hospital trust's capital report, one row per month and scheme: the units
    row says ``£m`` under the Budget, ``£k`` under Actual and Forecast, nothing under the
    month, the scheme and the RAG."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital")
    ws["A1"] = "Riverside Hospitals - Capital Schemes Monthly Report"
    header = ["Month", "Scheme", "Budget", "Actual", "Forecast", "RAG"]
    _put(ws, 3, 1, [header])
    _put(ws, 4, 1, [[None, None, "£m", "£k", "£k", None]])
    months = _months(date(2026, 4, 1), 3)
    lines = rng.sample(HOSPITAL_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 5
    for month in months:
        for line in lines:
            b = rng.randrange(5, 40) / 100
            a = float(round(b * 1000 * rng.uniform(0.8, 1.2)))
            f = float(round(b * 1000 * rng.uniform(0.9, 1.1)))
            _put(ws, row, 1, [[month, line, b, a, f, rng.choice(["G", "A", "R"])]])
            ws.cell(row, 1).number_format = "mmm-yy"
            row += 1
            values += [
                ValueFact("finance", (month, line), "budget", round(b * 1_000_000, 2)),
                ValueFact("finance", (month, line), "actual", a * 1000),
                ValueFact("finance", (month, line), "forecast", f * 1000),
            ]
    path = _save(wb, folder, "structural_units_row_mixed_multiples_gbp")
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", None])
    table = TruthTable("Capital", 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


TAIPEI_ISSUES = [
    "捷運站體滲水", "號誌系統測試延誤", "電扶梯交貨延遲", "工地噪音陳情", "施工圖說修正未核准",
    "鋼構吊裝天候停工", "分包商人力不足", "消防檢查未通過", "管線遷移協調困難", "材料價格上漲",
    "月台門介面問題", "驗收文件缺漏",
]  # fmt: skip


def traditional_chinese_page_lines_issues(folder: Path, rng: random.Random) -> Built:
    """A Taipei metro contractor's issue log printed with ``第 1 頁，共 3 頁`` lines between
    the items (traditional characters, a comma between the two halves), no header again."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "問題追蹤")
    ws["A1"] = "捷運延伸線工程 問題追蹤表"
    header = ["編號", "問題", "負責人", "期限", "狀態"]
    _put(ws, 3, 1, [header])
    n = rng.randint(10, 12)
    titles = rng.sample(TAIPEI_ISSUES, n)
    due = _days(rng, n, date(2026, 3, 2))
    states = {"未處理": "Open", "處理中": "In Progress", "已結案": "Closed"}
    people = ["林志明", "陳美玲", "黃建國", "張雅婷", "李俊傑"]
    values: list[ValueFact] = []
    per_page, pages = 5, (n + 4) // 5
    row = 4
    for i in range(n):
        if i and i % per_page == 0:
            ws.cell(row, 1, f"第 {i // per_page} 頁，共 {pages} 頁")
            row += 1
        owner = rng.choice(people)
        state = rng.choice(list(states))
        _put(ws, row, 1, [[f"Q{i + 1:03d}", titles[i], owner, due[i], state]])
        ws.cell(row, 4).number_format = "yyyy/mm/dd"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "status", states[state]),
        ]
        row += 1
    ws.cell(row, 1, f"第 {pages} 頁，共 {pages} 頁")
    path = _save(wb, folder, "structural_traditional_chinese_page_lines_issues")
    targets: Targets = _cols("A", ["id", "title", "owner", "due_date", "status"])
    return Built(path, [_one("issues", "問題追蹤", 3, targets, n)], values)


PORT_DEPS = [
    "Berth 3 dredging by the harbour authority", "Customs scanner from the border agency",
    "Rail siding works by the network operator", "Shore power connection from the DNO",
    "Crane software from the vendor", "Gate system integration by the terminal IT team",
    "Pilotage agreement renewal", "Fire service sign-off of the fuel farm",
    "Bridge weight limit review by the council", "Tug contract novation",
]  # fmt: skip


def rag_fill_spacer_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Welsh port's dependency log: a blank column between the id and the dependency, a
    blank row under the header, a blank row after every fifth dependency, and a ``Status``
    column of red, amber and green fills with nothing written."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Holyhead Port Resilience - Dependency Log"
    header = ["Ref", None, "Dependency", "Owner", "Needed by", "Status"]
    _put(ws, 3, 1, [header])
    n = rng.randint(9, 10)
    titles = rng.sample(PORT_DEPS, n)
    need = _days(rng, n, date(2026, 4, 6))
    rags = ["Red", "Amber", "Green"] + [rng.choice(list(RAG_FILLS)) for _ in range(n - 3)]
    rng.shuffle(rags)
    values: list[ValueFact] = []
    row = 5
    for i in range(n):
        if i and i % 5 == 0:
            row += 1
        owner = rng.choice(PEOPLE_WA)
        _put(ws, row, 1, [[f"D{i + 1:02d}", None, titles[i], owner, need[i], None]])
        ws.cell(row, 5).number_format = "dd/mm/yyyy"
        _fill(ws, row, 6, RAG_FILLS[rags[i]])
        values += [
            ValueFact("dependencies", i, "title", titles[i]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", DEP_FROM_RAG[rags[i]]),
        ]
        row += 1
    path = _save(wb, folder, "structural_rag_fill_spacer_dependencies")
    targets: Targets = {"A": "id"}
    targets |= _cols("C", ["title", "owner", "need_by", "status"])
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


COUNCIL_LINES = ["Library rebuild", "Stormwater upgrade", "Aquatic centre", "Road resealing"]


def units_row_partly_blank(folder: Path, rng: random.Random) -> Built:
    """An Australian shire council's capital works report, one row per month and project:
    the units row says ``$m`` under the Budget and ``'000`` under Actual, and nothing under
    the Forecast, which the finance team keeps in dollars."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital Works")
    ws["A1"] = "Shire of Margaret River - Capital Works Report (AUD)"
    header = ["Month", "Project", "Budget", "Actual", "Forecast", "Comments"]
    _put(ws, 3, 1, [header])
    _put(ws, 4, 1, [[None, None, "$m", "'000", None, None]])
    months = _months(date(2026, 7, 1), 3)
    lines = rng.sample(COUNCIL_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    row = 5
    for month in months:
        for line in lines:
            b = rng.randrange(10, 90) / 100
            a = float(round(b * 1000 * rng.uniform(0.8, 1.2)))
            f = float(round(b * 1_000_000 * rng.uniform(0.9, 1.1)))
            note = rng.choice(["", "on track", "variation"]) or None
            _put(ws, row, 1, [[month, line, b, a, f, note]])
            ws.cell(row, 1).number_format = "mmm-yy"
            row += 1
            values += [
                ValueFact("finance", (month, line), "budget", round(b * 1_000_000, 2)),
                ValueFact("finance", (month, line), "actual", a * 1000),
                ValueFact("finance", (month, line), "forecast", f),
            ]
    path = _save(wb, folder, "structural_units_row_partly_blank")
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", "notes"])
    table = TruthTable(
        "Capital Works", 3, "finance", targets, {"finance": len(months) * len(lines)}
    )
    return Built(path, [table], values)


# ---------------------------------------------------------------------------- kept


LIGHT_RISKS = [
    "Helicopter access refused in bad weather", "Listed building consent delayed",
    "Lantern glazing supplier insolvent", "Asbestos found in the keeper's cottage",
    "Tide window too short for the barge", "Seabird nesting season halts work",
    "Solar array output below design", "Fog signal removal opposed locally",
    "Stone mason shortage", "Insurance premium rise",
]  # fmt: skip


def worn_two_row_risks(folder: Path, rng: random.Random) -> Built:
    """An Irish lighthouse trust's risk register kept for years: its header grew a second
    row of sub-labels under ``Score`` only (``L | I | Total``), nothing merged."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Lighthouse Heritage Programme - Risk Register (rev 14)"
    _put(ws, 3, 1, [["Ref", "Risk", "Owner", "Score", None, None, "Status", "Action"]])
    _put(ws, 4, 1, [[None, None, None, "L", "I", "Total", None, None]])
    n = rng.randint(8, 10)
    titles = rng.sample(LIGHT_RISKS, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_IE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        status = rng.choice(["Open", "Closed"])
        act = rng.choice(["Monitor", "Seek alternative supplier", "Raise with board"])
        _put(ws, 5 + i, 1, [[f"LH{i + 1:03d}", titles[i], owner, p, imp, p * imp, status, act]])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", status),
        ]
    path = _save(wb, folder, "structural_worn_two_row_risks")
    targets: Targets = _cols(
        # round 31: the score is computed in the standard workbook (left out, recomputed):
        # either reading, as every other batch's truth takes it
        "A",
        ["id", "title", "owner", "probability", "impact", ("score", None), "status", "response"],
    )
    return Built(path, [_one("risks", "Risks", 4, targets, n)], values)


VINE_ISSUES = [
    "Frost fans not commissioned", "Harvest crew visas delayed", "Barrel delivery short",
    "Irrigation pump seized", "Bottling line label misprint", "Export pallet heat treatment",
    "Tank 7 temperature control fault", "Cork supplier quality complaint",
    "Smoke taint testing backlog", "Winery effluent permit query", "Grape bins cracked",
]  # fmt: skip


def spacer_id_title_issues(folder: Path, rng: random.Random) -> Built:
    """A Chilean vineyard's issue log (English for the importer): a blank column between
    the number and the issue, a blank row under the header, and a blank row after every
    fifth issue."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Colchagua Winery Expansion - Issue Log"
    header = ["No.", None, "Issue", "Owner", "Raised", "Priority", "Status"]
    _put(ws, 3, 1, [header])
    n = rng.randint(10, 11)
    titles = rng.sample(VINE_ISSUES, n)
    raised = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    row = 5
    for i in range(n):
        if i and i % 5 == 0:
            row += 1
        owner = rng.choice(PEOPLE_CL)
        status = rng.choice(["Open", "In Progress", "Resolved"])
        prio = rng.choice(["High", "Medium", "Low"])
        _put(ws, row, 1, [[i + 1, None, titles[i], owner, raised[i], prio, status]])
        ws.cell(row, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "status", status),
        ]
        row += 1
    path = _save(wb, folder, "structural_spacer_id_title_issues")
    targets: Targets = {"A": "id"}
    targets |= _cols("C", ["title", "owner", "raised_date", "priority", "status"])
    return Built(path, [_one("issues", "Issues", 3, targets, n)], values)


RAIL_RISKS = [
    "隧道涌水风险", "桥梁架设工期延误", "征地拆迁进度滞后", "钢材价格上涨", "冬季施工质量风险",
    "信号系统接口不匹配", "环保验收推迟", "劳务分包人员短缺", "雨季滑坡风险", "设计变更频繁",
    "试运行联调冲突", "安全事故风险",
]  # fmt: skip


def chinese_page_lines_risks(folder: Path, rng: random.Random) -> Built:
    """A Chinese high-speed rail contractor's risk register printed with ``第 1 页 共 3 页``
    lines between the items and the header written again under each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "风险登记")
    ws["A1"] = "高铁站前工程 风险登记册"
    header = ["编号", "风险", "责任人", "可能性", "影响", "状态"]
    _put(ws, 3, 1, [header])
    n = rng.randint(10, 12)
    titles = rng.sample(RAIL_RISKS, n)
    states = {"开放": "Open", "关闭": "Closed"}
    values: list[ValueFact] = []
    per_page, pages = 4, (n + 3) // 4
    row = 4
    for i in range(n):
        if i and i % per_page == 0:
            ws.cell(row, 1, f"第 {i // per_page} 页 共 {pages} 页")
            _put(ws, row + 1, 1, [header])
            row += 2
        owner = rng.choice(PEOPLE_CN)
        state = rng.choice(list(states))
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        _put(ws, row, 1, [[f"FX-{i + 1:02d}", titles[i], owner, p, imp, state]])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "status", states[state]),
        ]
        row += 1
    ws.cell(row, 1, f"第 {pages} 页 共 {pages} 页")
    path = _save(wb, folder, "structural_chinese_page_lines_risks")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "status"])
    return Built(path, [_one("risks", "风险登记", 3, targets, n)], values)


GEO_DEPS = [
    "Transmission line upgrade by the grid operator", "Resource consent from the regional council",
    "Drilling rig release from the Ohaaki site", "Turbine delivery from the manufacturer",
    "Iwi cultural monitoring agreement", "Steam field pipework fabrication",
    "Road widening by the district council", "Insurance cover for the well testing",
    "Cooling tower design approval",
]  # fmt: skip


def rag_fill_dependencies(folder: Path, rng: random.Random) -> Built:
    """A New Zealand geothermal plant's dependency log whose ``Status`` column is only
    colour: red, amber and green fills, no word."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Wairakei Unit 4 - Dependency Log"
    header = ["Dep ID", "Dependency", "Owner", "Need by", "Status", "Notes"]
    _put(ws, 3, 1, [header])
    n = rng.randint(7, 9)
    titles = rng.sample(GEO_DEPS, n)
    need = _days(rng, n, date(2026, 5, 4))
    rags = ["Red", "Amber", "Green"] + [rng.choice(list(RAG_FILLS)) for _ in range(n - 3)]
    rng.shuffle(rags)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_NZ)
        _put(ws, 4 + i, 1, [[f"DEP-{i + 1:02d}", titles[i], owner, need[i], None, "chased weekly"]])
        ws.cell(4 + i, 4).number_format = "d/mm/yyyy"
        _fill(ws, 4 + i, 5, RAG_FILLS[rags[i]])
        values += [
            ValueFact("dependencies", i, "title", titles[i]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", DEP_FROM_RAG[rags[i]]),
        ]
    path = _save(wb, folder, "structural_rag_fill_dependencies")
    targets: Targets = _cols("A", ["id", "title", "owner", "need_by", "status", None])
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


CITRUS_LINES = ["Packline upgrade", "Cold rooms", "Solar PV", "Labour housing", "Effluent plant"]


def units_row_mixed_multiples(folder: Path, rng: random.Random) -> Built:
    """A South African citrus packhouse's cost report, one row per month and cost line: the
    units row says ``R'000`` under Budget and Actual, ``Rm`` under Forecast, nothing under
    the period, the line and the comment."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Sundays River Packhouse - Cost Report"
    header = ["Period", "Cost line", "Budget", "Actual", "Forecast", "Comment"]
    _put(ws, 3, 1, [header])
    _put(ws, 4, 1, [[None, None, "R'000", "R'000", "Rm", None]])
    months = _months(date(2026, 3, 1), 4)
    lines = rng.sample(CITRUS_LINES, 3)
    values: list[ValueFact] = []
    row = 5
    for month in months:
        for line in lines:
            b = float(rng.randrange(200, 3000))
            a = float(round(b * rng.uniform(0.85, 1.15)))
            f = round(b * rng.uniform(0.9, 1.1) / 1000, 2)
            _put(
                ws,
                row,
                1,
                [[month, line, b, a, f, rng.choice(["", "on plan", "claim pending"]) or None]],
            )
            ws.cell(row, 1).number_format = "mmm yyyy"
            row += 1
            values += [
                ValueFact("finance", (month, line), "budget", b * 1000),
                ValueFact("finance", (month, line), "actual", a * 1000),
                ValueFact("finance", (month, line), "forecast", round(f * 1_000_000, 2)),
            ]
    path = _save(wb, folder, "structural_units_row_mixed_multiples")
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", "notes"])
    table = TruthTable("Cost Report", 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


SMELTER_LINES = ["Potline relining", "Anode plant", "Casthouse", "Harbour crane"]


def month_block_blank_columns_forecast(folder: Path, rng: random.Random) -> Built:
    """An Icelandic aluminium smelter's forecast (English for the parent company): months
    across in rows of Budget and Forecast per line, a blank column after every second
    month inside the block (where a subtotal was cut out)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast")
    ws["A1"] = "Reydarfjordur Sustaining Capital - Forecast (USD)"
    months = _months(date(2026, 7, 1), 6)
    head: list[object] = ["Line", "Type"]
    cols: list[int] = []
    for m, month in enumerate(months):
        if m and m % 2 == 0:
            head.append(None)
        cols.append(len(head) + 1)
        head.append(f"{month:%b %Y}")
    _put(ws, 3, 1, [head])
    lines = rng.sample(SMELTER_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 4
    for line in lines:
        budget = [float(rng.randrange(50, 900) * 1000) for _ in months]
        fc = [float(round(b * rng.uniform(0.9, 1.2))) for b in budget]
        for measure, amounts in (("Budget", budget), ("Forecast", fc)):
            ws.cell(row, 1, line)
            ws.cell(row, 2, measure)
            for c, v in zip(cols, amounts, strict=True):
                ws.cell(row, c, v)
            row += 1
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            values.append(ValueFact("finance", (month, line), "forecast", fc[m]))
    path = _save(wb, folder, "structural_month_block_blank_columns_forecast")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Forecast", 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


TUNING_18_A = [
    Layout("structural_trello_two_row_issues", "Trello board flattened, sub-labels under one group", trello_two_row_issues),
    Layout("structural_spacer_id_title_risks", "risk register, blank column after the id, blank rows", spacer_id_title_risks),
    Layout("structural_japanese_page_lines_issues", "Japanese issue log, n / m ページ lines", japanese_page_lines_issues),
    Layout("structural_korean_page_lines_decisions", "Korean decision log, n 페이지 중 m lines", korean_page_lines_decisions),
    Layout("structural_rag_fill_milestones", "milestone plan, status as fill colour only", rag_fill_milestones),
    Layout("structural_units_row_some_columns", "cost report, GBPk units under the money columns only", units_row_some_columns),
    Layout("structural_month_block_blank_column", "budget, blank column inside the months", month_block_blank_column),
    Layout("structural_worn_two_row_milestones", "worn milestone tracker, Dates over three sub-labels", worn_two_row_milestones),
    Layout("structural_units_row_mixed_multiples_gbp", "capital report, GBPm and GBPk units row", units_row_mixed_multiples_gbp),
    Layout("structural_traditional_chinese_page_lines_issues", "Taiwanese issue log, 第 n 頁，共 m 頁 lines", traditional_chinese_page_lines_issues),
    Layout("structural_rag_fill_spacer_dependencies", "dependency log, spacers and status as fill", rag_fill_spacer_dependencies),
    Layout("structural_units_row_partly_blank", "capital works report, $m and '000 under two money columns, none under the third", units_row_partly_blank),
]  # fmt: skip

TUNING_18_B = [
    Layout("structural_worn_two_row_risks", "worn risk register, Score over L | I | Total", worn_two_row_risks),
    Layout("structural_spacer_id_title_issues", "issue log, blank column after the number, blank rows", spacer_id_title_issues),
    Layout("structural_chinese_page_lines_risks", "Chinese risk register, 第 n 页 共 m 页 lines", chinese_page_lines_risks),
    Layout("structural_rag_fill_dependencies", "dependency log, status as fill colour only", rag_fill_dependencies),
    Layout("structural_units_row_mixed_multiples", "cost report, R'000 and Rm units row", units_row_mixed_multiples),
    Layout("structural_month_block_blank_columns_forecast", "forecast, blank columns inside the months", month_block_blank_columns_forecast),
]  # fmt: skip
