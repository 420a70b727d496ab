"""The ninth held-out batch (``HELD_OUT_9``, issue 15 round 10): sixteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses.

Each layout imitates what a real tool, sector or team hands a PMO in a large organisation,
in shapes and from tools no earlier batch has:

- ``redmine_issues_csv``: a Redmine issues CSV export: `#`, `Tracker` Bug / Support,
  `Status` New / In Progress / Resolved / Closed, `Priority` Low / Normal / High / Urgent,
  `Subject`, `Author`, `Assignee`, `Updated` / `Created` date-time text, `Due date`, `% Done`.
- ``airtable_risk_base``: an Airtable grid view downloaded as CSV: `Name` as the risk,
  `Owner` collaborators, `Likelihood` / `Impact` 1-5 numbers, a `Score` formula,
  `Linked issues` record names, `Date raised` US `3/14/2026` text, `Status` Open / Closed.
- ``rally_defects_issue_log``: Broadcom Rally defects kept as the issue log: `Formatted
  ID` DE1234, `Schedule State`, Rally's `Severity` (Crash/Data Loss .. Cosmetic) and
  `Priority` (Resolve Immediately / High Attention / Normal / Low), `Creation Date`
  ISO stamps.
- ``procore_site_issues``: a construction site issues log from Procore: `#`, `Title`,
  `Location`, `Trade`, `Assignee`, `Created By`, `Created At` and `Due Date` as
  `03/14/2026`, `Priority` High / Medium / Low, `Status` Open / Ready for Review / Closed.
- ``linear_issues_csv``: a Linear CSV export: `ID` ENG-123, `Team`, `Title`, `Status`
  Backlog / Todo / In Progress / Done, `Priority` Urgent .. Low / No priority,
  `Assignee`, `Creator`, `Created` `2026-03-14T09:41:00.000Z`, `Due Date`, `Cycle Number`.
- ``korean_risk_register``: a Korean risk register (`번호`, `리스크명`, `담당자`,
  `발생가능성` / `영향도` 상 / 중 / 하, `상태` 진행중 / 종료, `등록일` ISO text).
- ``chinese_issue_list``: a Chinese issue list (`序号`, `问题描述`, `责任人`, `提出日期`,
  `计划完成日期` as `2026年3月14日` text, `优先级` 高 / 中 / 低, `状态` 进行中 / 已关闭).
- ``norwegian_decision_log``: a Norwegian decision log (`Nr.`, `Dato` `14.03.2026` text,
  `Beslutning`, `Besluttet av`, `Begrunnelse`) under a `Prosjekt:` title line.
- ``czech_milestone_plan``: a Czech milestone plan (`Milník`, `Odpovědná osoba`,
  `Plánované datum`, `Předpokládané datum`, `Skutečné datum` as `14. 3. 2026` text,
  `Stav` Splněno / Probíhá / Nezahájeno).
- ``utility_qra_risks``: a utility's quantified risk register for a capital scheme:
  three-point cost estimates `Min (£k)` / `Most Likely (£k)` / `Max (£k)`, `P (%)`,
  `Risk Owner`, `Threat / Opportunity`, `Status`.
- ``evm_control_account_periods``: an earned value cost report by control account: months
  across as date cells, a `Measure` column BCWS / BCWP / ACWP per account.
- ``finance_indented_parent_lines``: a forecast with cost lines indented under parent
  rows (`Labour`, `Non-labour`) that hold subtotals, months across as date cells.
- ``resource_plan_days_across``: a resource plan: `Role`, `Name`, then planned days per
  month across (`Apr-26` text), a `Total` column.
- ``gantt_milestones_week_columns``: a hand-built Excel Gantt: milestone rows with `Planned`
  / `Forecast` / `Status` then one column per week commencing (date cells) holding `◆`.
- ``issue_log_open_closed_sheets``: an issue log split into an `Open issues` sheet and a
  `Closed issues` sheet (closed items moved across by hand, no status column there).
- ``risks_per_workstream_sheets``: a programme risk workbook with a `Summary` pivot first,
  then one risk sheet per workstream with the same columns.

The ground truth says what a person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: Redmine's `#` number, `Normal` / `Urgent`
priorities and the `Tracker`; Rally's severities, `Resolve Immediately` / `High Attention` /
`Normal`, its `Schedule State` beside `State`, `Submitted` and `Fixed`; Linear's `Done`,
`Backlog`, `Todo`, `Urgent`, `No priority`; Procore's `Ready for Review`; a Korean `진행중`
risk (in progress: Open or Monitoring); the row numbers `번호`, `序号`, `Nr.`, `Č.` (their
columns are the ID, their numbers get no value fact); the QRA `P (%)` value, its `Threat /
Opportunity` and three-point costs; a BCWP row (earned value, no standard field);
Airtable's `Linked issues` (record names, not IDs) and its formula `Score` (mapped or left
out); the resource plan's item order (no per-item value facts); Rally's `DE1234` and Linear's
`ENG-305` (kept as `I-1234` / `I-305` or renumbered: their columns are the ID). IDs are in
the standard form (`ISS-01`, `QRA-001` and `FIN-01` .. in source order read as `I-001`,
`R-001`; round 10's audit). A closed sheet's items are
Closed: the sheet says so, and the PMO moved them there. It was checked for internal
consistency only (``check_truth``: the shared check of ``adopt_truth.py`` plus the sixth
batch's rule that no two truth tables of a sheet share a header row), never against
adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals unless
``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    ISSUE_TITLES,
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
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Alignment, Font

LMH_SCORE = {"Low": 1.0, "Medium": 3.0, "High": 5.0}  # the documented three-level reading


def _us(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


# ---------------------------------------------------------------------------------------
# Tool exports
# ---------------------------------------------------------------------------------------


def redmine_issues_csv(folder: Path, rng: random.Random) -> Built:
    """Redmine's CSV export opened in Excel, kept as the project's issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "issues")
    header = ["#", "Project", "Tracker", "Parent task", "Status", "Priority", "Subject"]
    header += ["Author", "Assignee", "Updated", "Created", "Due date", "% Done"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 40)
    statuses = ["New", "In Progress", "Resolved", "Closed"]
    status_read = {"In Progress": "In Progress", "Resolved": "Resolved", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        prio = rng.choice(["Low", "Normal", "High", "Urgent"])
        state = rng.choice(statuses)
        row = [
            4100 + rng.randrange(900),
            "Finance Systems Upgrade",
            rng.choice(["Bug", "Support"]),
            None,
            state,
            prio,
            titles[i],
            rng.choice(PEOPLE),
            owner,
            f"{due[i]:%Y-%m-%d} 10:12",
            f"{raised[i]:%Y-%m-%d} 09:{rng.randint(10, 59)}",
            f"{due[i]:%Y-%m-%d}",
            rng.choice([0, 10, 50, 100]),
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if prio in ("Low", "High"):
            values.append(ValueFact("issues", i, "priority", prio))
        if state in status_read:
            values.append(ValueFact("issues", i, "status", status_read[state]))
    path = _save(wb, folder, "redmine_issues_csv")
    targets: Targets = _cols("A", ["id", None, None, None, "status", "priority", "title"])
    targets |= _cols("H", [None, "owner", ("last_updated", None), "raised_date", "due_date"])
    return Built(path, [TruthTable("issues", 1, "issues", targets, {"issues": n})], values)


def airtable_risk_base(folder: Path, rng: random.Random) -> Built:
    """An Airtable grid view downloaded as CSV: numbers for likelihood and impact."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks-Grid view")
    header = ["Name", "Status", "Owner", "Likelihood", "Impact", "Score", "Mitigation"]
    header += ["Linked issues", "Date raised", "Next review"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        state = rng.choice(["Open", "Open", "Closed"])
        row = [
            titles[i],
            state,
            owner,
            p,
            imp,
            p * imp,
            "Agree plan with the workstream lead",
            rng.choice(["", "Supplier invoice disputed", "Two testers off sick"]) or None,
            _us(raised[i]),
            _us(raised[i] + timedelta(days=28)),
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "airtable_risk_base")
    targets: Targets = _cols("A", ["title", "status", "owner", "probability", "impact"])
    targets |= {"F": ("score", None), "G": "response", "I": "raised_date"}
    table = TruthTable("Risks-Grid view", 1, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def rally_defects_issue_log(folder: Path, rng: random.Random) -> Built:
    """Broadcom Rally defects exported to Excel and used as the release's issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Defects")
    header = ["Formatted ID", "Name", "Schedule State", "State", "Severity", "Priority"]
    header += ["Owner", "Submitted By", "Creation Date", "Iteration", "Release"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    sev = ["Crash/Data Loss", "Major Problem", "Minor Problem", "Cosmetic"]
    values: list[ValueFact] = []
    for i in range(n):
        fid = f"DE{1200 + rng.randrange(700)}"
        owner = rng.choice(PEOPLE)
        prio = rng.choice(["Resolve Immediately", "High Attention", "Normal", "Low"])
        state = rng.choice(["Submitted", "Open", "Fixed", "Closed"])
        row = [
            fid,
            titles[i],
            rng.choice(["Defined", "In-Progress", "Completed", "Accepted"]),
            state,
            rng.choice(sev),
            prio,
            owner,
            rng.choice(PEOPLE),
            f"{raised[i]:%Y-%m-%d}T{rng.randint(8, 17):02d}:14:03.000Z",
            f"Sprint {rng.randint(10, 14)}",
            "R2026.2",
        ]
        _put(ws, 2 + i, 1, [row])
        values += [  # `DE1234`: no ID value fact (kept as `I-1234` or renumbered)
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
        ]
        if prio == "Low":
            values.append(ValueFact("issues", i, "priority", "Low"))
        if state in ("Open", "Closed"):
            values.append(ValueFact("issues", i, "status", state))
    path = _save(wb, folder, "rally_defects_issue_log")
    targets: Targets = _cols("A", ["id", "title", None, "status", ("severity", None)])
    targets |= _cols("F", ["priority", "owner", None, "raised_date", None, None])
    return Built(path, [TruthTable("Defects", 1, "issues", targets, {"issues": n})], values)


def procore_site_issues(folder: Path, rng: random.Random) -> Built:
    """A construction project's site issues from Procore, under its report heading."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Northgate Hospital Extension - Issues"
    ws["A2"] = "Printed 03/20/2026 by Procore"
    header = ["#", "Title", "Status", "Priority", "Location", "Trade", "Assignee"]
    header += ["Created By", "Created At", "Due Date"]
    _put(ws, 4, 1, [header])
    titles = [
        "Crane lift plan not approved",
        "Level 3 slab pour delayed by rain",
        "Fire-stopping missing at riser 2",
        "Drainage clash with existing main",
        "Scaffold inspection overdue",
        "Steel delivery short by six beams",
        "Welfare cabins need relocating",
    ]
    n = rng.randint(5, 7)
    chosen = rng.sample(titles, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 3, 21)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        prio = rng.choice(["High", "Medium", "Low"])
        state = rng.choice(["Open", "Ready for Review", "Closed"])
        row = [
            i + 1,
            chosen[i],
            state,
            prio,
            rng.choice(["Level 1", "Level 3", "Roof", "External"]),
            rng.choice(["Concrete", "Steel", "M&E", "Groundworks"]),
            owner,
            rng.choice(PEOPLE),
            f"{raised[i]:%m/%d/%Y}",
            f"{due[i]:%m/%d/%Y}",
        ]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", chosen[i]),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if state != "Ready for Review":
            values.append(ValueFact("issues", i, "status", state))
    path = _save(wb, folder, "procore_site_issues")
    targets: Targets = _cols("A", ["id", "title", "status", "priority", None, None, "owner"])
    targets |= _cols("H", [None, "raised_date", "due_date"])
    return Built(path, [TruthTable("Issues", 4, "issues", targets, {"issues": n})], values)


def linear_issues_csv(folder: Path, rng: random.Random) -> Built:
    """Linear's CSV export, the team's blockers kept as the project's issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    header = ["ID", "Team", "Title", "Description", "Status", "Estimate", "Priority"]
    header += ["Assignee", "Creator", "Created", "Due Date", "Labels", "Cycle Number"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 5, 30)
    values: list[ValueFact] = []
    for i in range(n):
        key = f"ENG-{300 + 7 * i + rng.randrange(7)}"
        owner = rng.choice(PEOPLE)
        prio = rng.choice(["Urgent", "High", "Medium", "Low", "No priority"])
        state = rng.choice(["Backlog", "Todo", "In Progress", "Done"])
        row = [
            key,
            "Engineering",
            titles[i],
            "Raised at stand-up; see thread",
            state,
            rng.choice([1, 2, 3, 5]),
            prio,
            owner,
            rng.choice(PEOPLE),
            f"{raised[i]:%Y-%m-%d}T09:{rng.randint(10, 59)}:00.000Z",
            f"{due[i]:%Y-%m-%d}",
            "blocker",
            rng.randint(20, 24),
        ]
        _put(ws, 2 + i, 1, [row])
        values += [  # `ENG-305`: no ID value fact (kept as `I-305` or renumbered)
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if prio in ("High", "Medium", "Low"):
            values.append(ValueFact("issues", i, "priority", prio))
        if state == "In Progress":
            values.append(ValueFact("issues", i, "status", state))
    path = _save(wb, folder, "linear_issues_csv")
    targets: Targets = _cols("A", ["id", None, "title", "description", "status", None])
    targets |= _cols("G", ["priority", "owner", None, "raised_date", "due_date", None, None])
    return Built(path, [TruthTable("Export", 1, "issues", targets, {"issues": n})], values)


# ---------------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------------


def korean_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Korean risk register: 상 / 중 / 하 ratings, 진행중 / 종료 states."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "리스크 관리대장")
    header = ["번호", "리스크명", "원인", "담당자", "발생가능성", "영향도", "대응방안"]
    header += ["상태", "등록일"]
    _put(ws, 1, 1, [header])
    titles = [
        "협력사 납기 지연 가능성",
        "핵심 인력 이탈",
        "데이터 이관 품질 저하",
        "보안 심사 지적 사항 발생",
        "예산 삭감 가능성",
        "테스트 환경 준비 지연",
    ]
    people = ["김민준", "이서연", "박지훈", "최유진", "정다은"]
    level = {"상": 5.0, "중": 3.0, "하": 1.0}
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, imp = rng.choice(list(level)), rng.choice(list(level))
        state = rng.choice(["진행중", "종료"])
        row = [i + 1, chosen[i], "일정 압박", owner, p, imp, "주간 점검", state]
        row.append(f"{raised[i]:%Y-%m-%d}")
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", chosen[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", level[p]),
            ValueFact("risks", i, "impact", level[imp]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
        if state == "종료":
            values.append(ValueFact("risks", i, "status", "Closed"))
    path = _save(wb, folder, "korean_risk_register")
    targets: Targets = _cols("A", ["id", "title", None, "owner", "probability", "impact"])
    targets |= _cols("G", ["response", "status", "raised_date"])
    table = TruthTable("리스크 관리대장", 1, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def chinese_issue_list(folder: Path, rng: random.Random) -> Built:
    """A Chinese issue list with `2026年3月14日` text dates under a title row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "问题清单")
    ws["A1"] = "ERP升级项目 问题跟踪表"
    header = ["序号", "问题描述", "提出人", "责任人", "提出日期", "计划完成日期"]
    header += ["优先级", "状态", "备注"]
    _put(ws, 2, 1, [header])
    titles = [
        "接口文档缺少字段",
        "测试服务器磁盘空间不足",
        "供应商发票有争议",
        "单点登录用户无法登录",
        "报表合计数不一致",
        "培训教室被重复预订",
    ]
    people = ["王伟", "李娜", "张敏", "刘洋", "陈静"]
    prio = {"高": "High", "中": "Medium", "低": "Low"}
    state = {"进行中": "In Progress", "已关闭": "Closed", "待处理": "Open"}
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 5, 30)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, s = rng.choice(list(prio)), rng.choice(list(state))
        row = [
            i + 1,
            chosen[i],
            rng.choice(people),
            owner,
            f"{raised[i].year}年{raised[i].month}月{raised[i].day}日",
            f"{due[i].year}年{due[i].month}月{due[i].day}日",
            p,
            s,
            None,
        ]
        _put(ws, 3 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", chosen[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "status", state[s]),
        ]
    path = _save(wb, folder, "chinese_issue_list")
    targets: Targets = _cols("A", ["id", "title", None, "owner", "raised_date", "due_date"])
    targets |= _cols("G", ["priority", "status"])
    return Built(path, [TruthTable("问题清单", 2, "issues", targets, {"issues": n})], values)


def norwegian_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Norwegian decision log under a `Prosjekt:` line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Beslutningslogg")
    ws["A1"] = "Prosjekt:"
    ws["B1"] = "Nytt billettsystem"
    header = ["Nr.", "Dato", "Beslutning", "Besluttet av", "Begrunnelse", "Referanse"]
    _put(ws, 3, 1, [header])
    decisions = [
        "Leverandør A velges for betalingsløsningen",
        "Pilot utsettes til etter sommerferien",
        "Gammel løsning driftes parallelt i tre måneder",
        "Opplæring gjennomføres digitalt",
        "Mobilapp prioriteres foran nettside",
    ]
    people = ["Ingrid Hansen", "Ola Nordmann", "Kari Berg", "Lars Johansen"]
    n = rng.randint(3, 5)
    chosen = rng.sample(decisions, n)
    days = sorted(_drawn_days(rng, n))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(people)
        row = [i + 1, f"{days[i]:%d.%m.%Y}", chosen[i], who, "Styringsgruppen ble enig", None]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "decision", chosen[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "rationale", "Styringsgruppen ble enig"),
        ]
    values.append(ValueFact("project", 0, "project_name", "Nytt billettsystem"))
    path = _save(wb, folder, "norwegian_decision_log")
    targets: Targets = _cols("A", ["id", "date", "decision", "made_by", "rationale", None])
    table = TruthTable("Beslutningslogg", 3, "decisions", targets, {"decisions": n})
    return Built(path, [table], values)


def czech_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A Czech milestone plan with `14. 3. 2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milníky")
    header = ["Č.", "Milník", "Odpovědná osoba", "Plánované datum", "Předpokládané datum"]
    header += ["Skutečné datum", "Stav", "Poznámka"]
    _put(ws, 1, 1, [header])
    names = [
        "Schválení projektového záměru",
        "Dokončení analýzy",
        "Výběr dodavatele",
        "Spuštění pilotního provozu",
        "Předání do provozu",
        "Uzavření projektu",
    ]
    people = ["Jan Novák", "Petra Svobodová", "Tomáš Dvořák", "Eva Černá"]
    n = rng.randint(4, 6)
    base = sorted(_drawn_days(rng, n, date(2026, 2, 2)))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        state = rng.choice(["Splněno", "Probíhá", "Nezahájeno"])
        actual = fc if state == "Splněno" else None
        row = [
            i + 1,
            names[i],
            owner,
            f"{base[i].day}. {base[i].month}. {base[i].year}",
            f"{fc.day}. {fc.month}. {fc.year}",
            f"{actual.day}. {actual.month}. {actual.year}" if actual else None,
            state,
            None,
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        status = {"Splněno": "Complete", "Probíhá": "In Progress", "Nezahájeno": "Not Started"}
        values.append(ValueFact("milestones", i, "status", status[state]))
    path = _save(wb, folder, "czech_milestone_plan")
    targets: Targets = _cols("A", ["id", "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status", None])
    table = TruthTable("Milníky", 1, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Sectors and habits
# ---------------------------------------------------------------------------------------


def utility_qra_risks(folder: Path, rng: random.Random) -> Built:
    """A water utility's quantified risk register with three-point cost estimates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "QRA")
    ws["A1"] = "Scheme: Eastbrook WTW capacity upgrade - Quantified Risk Register"
    header = ["Risk Ref", "Threat / Opportunity", "Risk Title", "Risk Owner", "P (%)"]
    header += ["Min (£k)", "Most Likely (£k)", "Max (£k)", "Mitigation", "Status"]
    _put(ws, 3, 1, [header])
    titles = [
        "Unforeseen ground conditions at inlet works",
        "Power supply upgrade delayed by network operator",
        "Contaminated land found in compound",
        "Consent conditions stricter than assumed",
        "Tender prices above estimate",
        "Shared trench saves cabling cost",
    ]
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        lo = rng.randint(10, 60)
        state = rng.choice(["Open", "Closed"])
        row = [
            f"QRA-{i + 1:03d}",
            "Opportunity" if chosen[i].startswith("Shared") else "Threat",
            chosen[i],
            owner,
            rng.choice([10, 25, 40, 60]) / 100,
            lo,
            lo + rng.randint(10, 50),
            lo + rng.randint(60, 150),
            "Survey and early engagement",
            state,
        ]
        _put(ws, 4 + i, 1, [row])
        ws.cell(4 + i, 5).number_format = "0%"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),  # the standard form of QRA-00n
            ValueFact("risks", i, "title", chosen[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "status", state),
        ]
    path = _save(wb, folder, "utility_qra_risks")
    targets: Targets = _cols("A", ["id", None, "title", "owner", "probability", None, None])
    targets |= _cols("H", [None, "response", "status"])
    return Built(path, [TruthTable("QRA", 3, "risks", targets, {"risks": n})], values)


def evm_control_account_periods(folder: Path, rng: random.Random) -> Built:
    """An earned value report: BCWS (planned value) / BCWP / ACWP rows per control account,
    months across as date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EVM by CA")
    ws["A1"] = "Cost performance by control account - current period (GBP)"
    months = [date(2026, m, 1) for m in range(1, 7)]
    _put(ws, 3, 1, [["Control Account", "Measure", *months]])
    for c in range(3, 3 + len(months)):
        ws.cell(3, c).number_format = "mmm-yy"
    accounts = rng.sample(["CA01 Design", "CA02 Build", "CA03 Test", "CA04 Deploy"], 3)
    values: list[ValueFact] = []
    r = 4
    for acct in accounts:
        for measure in ("BCWS", "BCWP", "ACWP"):
            amounts = [float(rng.randrange(5, 80) * 500) for _ in months]
            _put(ws, r, 1, [[acct, measure, *amounts]])
            field = {"BCWS": "budget", "ACWP": "actual"}.get(measure)
            if field:
                for m, month in enumerate(months):
                    values.append(ValueFact("finance", (month, acct), field, amounts[m]))
            r += 1
    values.append(ValueFact("project", 0, "currency", "GBP"))
    path = _save(wb, folder, "evm_control_account_periods")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    n = len(accounts) * len(months)
    return Built(path, [TruthTable("EVM by CA", 3, "finance", targets, {"finance": n})], values)


def finance_indented_parent_lines(folder: Path, rng: random.Random) -> Built:
    """A forecast whose cost lines sit indented under parent rows holding subtotals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast")
    ws["A1"] = "Project forecast FY26/27 (£)"
    months = [date(2026, m, 1) for m in range(4, 10)]
    _put(ws, 3, 1, [["Cost line", *months, "Total"]])
    for c in range(2, 2 + len(months)):
        ws.cell(3, c).number_format = "mmm-yy"
    groups = {"Labour": ["Internal staff", "Contractors"], "Non-labour": ["Licences", "Hardware"]}
    values: list[ValueFact] = []
    r = 4
    leaves = 0
    for parent, lines in groups.items():
        rows = {line: [float(rng.randrange(1, 60) * 250) for _ in months] for line in lines}
        subtotal = [sum(v[m] for v in rows.values()) for m in range(len(months))]
        _put(ws, r, 1, [[parent, *subtotal, sum(subtotal)]])
        ws.cell(r, 1).font = Font(bold=True)
        r += 1
        for line, amounts in rows.items():
            _put(ws, r, 1, [[line, *amounts, sum(amounts)]])
            ws.cell(r, 1).alignment = Alignment(indent=2)
            for m, month in enumerate(months):
                values.append(ValueFact("finance", (month, line), "forecast", amounts[m]))
            leaves += 1
            r += 1
    values.append(ValueFact("project", 0, "currency", "GBP"))
    path = _save(wb, folder, "finance_indented_parent_lines")
    targets: Targets = {"A": "cost_line"}
    table = TruthTable("Forecast", 3, "finance", targets, {"finance": leaves * len(months)})
    return Built(path, [table], values)


def resource_plan_days_across(folder: Path, rng: random.Random) -> Built:
    """A resource plan: role and person, planned days per month across (`Apr-26` text)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource plan")
    ws["A1"] = "Resource plan (days per month)"
    months = [date(2026, m, 1) for m in range(4, 10)]
    labels = [f"{MONTHS[d.month - 1]}-{d:%y}" for d in months]
    _put(ws, 3, 1, [["Role", "Name", *labels, "Total"]])
    roles = ["Project Manager", "Business Analyst", "Developer", "Tester", "Architect"]
    n = rng.randint(3, 5)
    for i, role in enumerate(rng.sample(roles, n)):
        days = [rng.randint(2, 20) for _ in months]
        _put(ws, 4 + i, 1, [[role, PEOPLE[i], *days, sum(days)]])
    path = _save(wb, folder, "resource_plan_days_across")
    targets: Targets = {"A": "role", "B": "person"}
    table = TruthTable("Resource plan", 3, "resources", targets, {"resources": n * len(months)})
    return Built(path, [table], [])


def gantt_milestones_week_columns(folder: Path, rng: random.Random) -> Built:
    """A hand-built Excel Gantt: milestone fields, then one column per week holding `◆`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Plan on a page")
    ws["A1"] = "Customer Portal - plan on a page"
    weeks = [date(2026, 2, 2) + timedelta(weeks=k) for k in range(16)]
    _put(ws, 3, 1, [["Milestone", "Owner", "Planned", "Forecast", "Status", *weeks]])
    for c in range(6, 6 + len(weeks)):
        ws.cell(3, c).number_format = "dd-mmm"
    names = [
        "Requirements signed off",
        "Design authority approval",
        "Build complete",
        "UAT complete",
        "Go live",
        "Hypercare ends",
    ]
    n = rng.randint(4, 6)
    planned = sorted(weeks[0] + timedelta(days=rng.randrange(100)) for _ in range(n))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        fc = planned[i] + timedelta(days=rng.choice([0, 7, 14]))
        state = rng.choice(["Complete", "In Progress", "Not Started"])
        _put(ws, 4 + i, 1, [[names[i], owner, planned[i], fc, state]])
        for c in (3, 4):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        for k, wk in enumerate(weeks):
            if wk <= fc < wk + timedelta(days=7):
                ws.cell(4 + i, 6 + k, "◆")
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", planned[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", state),
        ]
    path = _save(wb, folder, "gantt_milestones_week_columns")
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    targets |= {"E": "status"}
    table = TruthTable("Plan on a page", 3, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


def issue_log_open_closed_sheets(folder: Path, rng: random.Random) -> Built:
    """An issue log split by hand: `Open issues` with a status column, `Closed issues`
    (items moved across when closed) with a closed date instead."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Open issues")
    header = ["Issue ID", "Issue", "Owner", "Date raised", "Target date", "Priority", "Status"]
    _put(ws, 1, 1, [header])
    n_open = rng.randint(3, 5)
    n_closed = rng.randint(2, 3)  # eight issue titles in all
    titles = rng.sample(ISSUE_TITLES, n_open + n_closed)
    raised = _drawn_days(rng, n_open + n_closed)
    due = _after(rng, raised, 5, 30)
    values: list[ValueFact] = []
    for i in range(n_open):
        owner, prio = rng.choice(PEOPLE), rng.choice(["High", "Medium", "Low"])
        state = rng.choice(["Open", "In Progress"])
        _put(ws, 2 + i, 1, [[f"ISS-{i + 1:02d}", titles[i], owner, raised[i], due[i], prio]])
        ws.cell(2 + i, 7, state)
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),  # the standard form of ISS-0n
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "status", state),
        ]
    wc = wb.create_sheet("Closed issues")
    _put(wc, 1, 1, [["Issue ID", "Issue", "Owner", "Date raised", "Date closed", "Resolution"]])
    for j in range(n_closed):
        i = n_open + j
        owner = rng.choice(PEOPLE)
        closed = due[i]
        row = [f"ISS-{i + 1:02d}", titles[i], owner, raised[i], closed, "Fixed and verified"]
        _put(wc, 2 + j, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),  # the standard form of ISS-0n
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "closed_date", closed),
            ValueFact("issues", i, "status", "Closed"),
            ValueFact("issues", i, "resolution", "Fixed and verified"),
        ]
    path = _save(wb, folder, "issue_log_open_closed_sheets")
    open_t: Targets = _cols("A", ["id", "title", "owner", "raised_date", "due_date"])
    open_t |= {"F": "priority", "G": "status"}
    closed_t: Targets = _cols("A", ["id", "title", "owner", "raised_date", "closed_date"])
    closed_t |= {"F": "resolution"}
    tables = [
        TruthTable("Open issues", 1, "issues", open_t, {"issues": n_open}),
        TruthTable("Closed issues", 1, "issues", closed_t, {"issues": n_closed}),
    ]
    return Built(path, tables, values)


def risks_per_workstream_sheets(folder: Path, rng: random.Random) -> Built:
    """A `Summary` pivot, then one risk sheet per workstream with the same columns."""
    wb = openpyxl.Workbook()
    summary = _sheet(wb, "Summary")
    summary["A1"] = "Open risks by workstream and rating"
    _put(summary, 3, 1, [["Workstream", "High", "Medium", "Low", "Grand Total"]])
    header = ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Mitigation", "Status"]
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    k = 0
    titles = list(RISK_TITLES)
    rng.shuffle(titles)
    for w, stream in enumerate(["Finance", "HR", "Technology"]):
        ws = wb.create_sheet(f"WS{w + 1} {stream}")
        _put(ws, 1, 1, [[f"Workstream {w + 1}: {stream} - risk log"], [], header])
        n = rng.randint(2, 3) if w < 2 else 2  # eight risk titles in all
        counts = dict.fromkeys(("High", "Medium", "Low"), 0)
        for i in range(n):
            owner = rng.choice(PEOPLE)
            p, imp = rng.choice(list(LMH_SCORE)), rng.choice(list(LMH_SCORE))
            ref = f"{stream[:3].upper()}-{i + 1:02d}"
            title = titles[k]
            _put(ws, 4 + i, 1, [[ref, title, owner, p, imp, "Monitor weekly", "Open"]])
            counts[imp] += 1
            values += [
                ValueFact("risks", k, "id", f"R-{k + 1:03d}"),  # FIN-01.. in source order
                ValueFact("risks", k, "title", title),
                ValueFact("risks", k, "owner", owner),
                ValueFact("risks", k, "probability", LMH_SCORE[p]),
                ValueFact("risks", k, "impact", LMH_SCORE[imp]),
                ValueFact("risks", k, "status", "Open"),
            ]
            k += 1
        _put(summary, 4 + w, 1, [[stream, *counts.values(), n]])
        t: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "response"])
        t |= {"G": "status"}
        tables.append(TruthTable(ws.title, 3, "risks", t, {"risks": n}))
    path = _save(wb, folder, "risks_per_workstream_sheets")
    return Built(path, tables, values)


HELD_OUT_9: tuple[Layout, ...] = (
    Layout("redmine_issues_csv", "Redmine issues CSV export", redmine_issues_csv),
    Layout("airtable_risk_base", "Airtable grid view CSV", airtable_risk_base),
    Layout("rally_defects_issue_log", "Broadcom Rally defects", rally_defects_issue_log),
    Layout("procore_site_issues", "Procore construction issues", procore_site_issues),
    Layout("linear_issues_csv", "Linear CSV export", linear_issues_csv),
    Layout("korean_risk_register", "Korean risk register", korean_risk_register),
    Layout("chinese_issue_list", "Chinese issue list", chinese_issue_list),
    Layout("norwegian_decision_log", "Norwegian decision log", norwegian_decision_log),
    Layout("czech_milestone_plan", "Czech milestone plan", czech_milestone_plan),
    Layout("utility_qra_risks", "utility quantified risk register", utility_qra_risks),
    Layout(
        "evm_control_account_periods",
        "earned value report by control account",
        evm_control_account_periods,
    ),
    Layout(
        "finance_indented_parent_lines",
        "forecast with indented cost lines under subtotals",
        finance_indented_parent_lines,
    ),
    Layout("resource_plan_days_across", "resource plan, days across", resource_plan_days_across),
    Layout(
        "gantt_milestones_week_columns",
        "hand-built Excel Gantt",
        gantt_milestones_week_columns,
    ),
    Layout(
        "issue_log_open_closed_sheets",
        "issue log split into open and closed sheets",
        issue_log_open_closed_sheets,
    ),
    Layout(
        "risks_per_workstream_sheets",
        "risk sheet per workstream after a summary pivot",
        risks_per_workstream_sheets,
    ),
)
