"""The thirty-third held-out batch (``HELD_OUT_33``, issue 15 round 25): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
MIXED: six English workbooks exported from tools a large organisation's PMO meets or kept
on public bodies' templates (Acuity PPM, Kahua, BigTime, Onepoint Projects, Hub Planner,
the States of Guernsey), and six written by hand by PMs of a multinational's offices in
written Cantonese (Macau), Setswana (Botswana), Guarani as Paraguayans write it (Jopara),
Mauritian Creole (Mauritius), Chichewa (Malawi) and Samoan (Samoa): tools, sectors,
countries and languages no earlier batch file's docstring names.

Registers:

- ``acuity_risk_register``: a Welsh housing association's retrofit programme risk
  register exported from Acuity PPM: a report title and a `Programme: ... | Exported ...`
  line, header row 4: `Risk No.` R101.., `Risk Title`, `Risk Owner`, `Date Identified`
  (date cell), `Pre Likelihood` / `Pre Impact` / `Pre Score`, `Mitigating Actions`, `Post
  Likelihood` / `Post Impact` / `Post Score`, `Risk Status` Open / Monitoring / Closed /
  Proposed, `Review Date`.
- ``kahua_issue_log``: an Alaskan borough school district's capital programme issue log
  exported from Kahua, header row 1: `Number` (zero-padded text `0003`), `Subject`,
  `Description`, `Status` Open / Pending / Closed, `Priority`, `Responsible Party` as
  `Last, First`, `Date Identified` as a date-time cell, `Date Required` (date cell),
  `Resolution`, `Cost Impact` (`$18,400.00` text), `Schedule Impact` Yes / No.
- ``cantonese_risk_register``: a Macau casino resort refurbishment's risk register in
  written Cantonese (traditional characters) under a title, `項目：` (project) and
  `項目經理：` (project manager) lines, a two-row header: `編號`, `風險`, `負責人`,
  `應對措施`, `登記日期`, `狀態` merged down; `評估` merged over `可能性 (1-5)`, `影響
  (1-5)`, `顏色` (colour: 紅 / 黃 / 綠); dates as `2026年3月14日` text; 狀態 跟進中 /
  觀察中 / 已關閉.
- ``setswana_assumptions_log``: a Botswana mobile money launch's assumptions log in
  Setswana under a title and `Porojeke:` line, a blank spacer row under the header:
  `Nomoro`, `Kakanyo` (assumption), `Mong` (owner), `Letlha la go kwala` (date written)
  and `Netefatsa pele ga` (confirm before) as `14 Mopitlo 2026` text, `Boitshepo`
  (confidence) Kwa godimo / Magareng / Kwa tlase, `Maemo` (state) E bulegile /
  E netefaditswe / E tswetswe, `Fa e se boammaaruri` (if it is not true).
- ``guarani_dependency_log``: a Paraguayan yerba mate plant expansion's dependency log in
  Guarani with Spanish loans (Jopara) under a title and a `Tembiapo:` (project) line:
  `Papapy` (number), `Mba'épa ñaikotevẽ` (what we need), `Mba'e oúva` (the thing that
  comes), `Mamo guio` (from where) Entrada / Salida, `Mávapa ohechareíta` (who looks
  after it), `Araka'e peve` (until when) as `14/03/26` text (two-digit year), `Estado`
  Ojejapóma / Oho porã / Ojejapo'ỹ gueteri, `Ñe'ẽ` (remarks, empty).
- ``mauritian_creole_decision_log``: a Mauritian contact centre expansion's decision log
  in Kreol Morisien: a title, `Proze:` line and a `Not:` notes row above the header,
  `No`, `Dat` as `14 mars 2026` text (Creole month words), `Desizion`, `Rezon`, a blank
  spacer column, `Ki finn pran desizion` (who took the decision), `Komanter`.

Trackers:

- ``bigtime_budget_vs_actual``: a Colorado water engineering consultancy's BigTime budget
  vs actual fees by month: a title, a `Client: ... | Project: ...` line, month labels
  `Jan 2026` merged over Budget / Actual pairs, a `Total` pair and a `Total` row, numbers
  formatted `"$"#,##0.00`, phases as the cost lines.
- ``onepoint_milestone_plan``: a Liechtenstein dental products maker's ERP rollout
  milestones exported from Onepoint Projects: `WBS` 3.1.., `Name`, `Type` Milestone,
  `Responsible`, `Baseline Finish` / `Finish` / `Actual Finish` date cells shown
  `14.03.2026`, `Complete` as a percent, `Phase`.
- ``hub_planner_resource_plan``: a Limassol ship-management software house's Hub Planner
  bookings in days: a title, `Resource`, `Role`, `Project`, months across as `2026-03`
  text, days as `7.5d` text, blank where not booked, a `Total` column.
- ``chichewa_finance_tracker``: a Malawian vaccine cold chain rollout's spending tracker
  in Chichewa under a title and a `Ntchito:` (project) line, long format: `Mwezi`
  (month) as `Malichi 2026`, `Gawo la ndalama` (cost line), `Bajeti`, `Zomwe tagwiritsa`
  (what we used), `Zotsala` (left), `Ndemanga` (remarks), amounts as `MK 4,250,000.00`
  text, a `Chiwerengero <month>` subtotal row after each month.
- ``samoan_status_report``: a Samoan market rebuild's status report in Samoan: label /
  value pairs with colons (`Igoa o le poloketi:` project name, `Pule o le poloketi:`
  project manager, `Aso o le lipoti:` `31 Mati 2026`, `Tulaga aoao:` Samasama,
  `Taimi:` Lanumeamata, `Tupe:` Mumu), then a `Fa'ailoga taua` milestones table:
  `Fa'ailoga`, `Tagata e nafa`, `Aso fuafuaina` / `Aso fa'amoemoe` / `Aso na mae'a` date
  cells, `Tulaga` Ua mae'a / O lo'o fai / E le'i amataina.
- ``guernsey_finance_tracker``: a States of Guernsey capital project's financial
  monitoring template: title, `Project:` and `All figures £` lines, long format by
  `Cost Centre` and `Month` (date cells shown `Jan-26`), `Approved Budget`, `Actual`
  (past months only), `Forecast` (the rest), `Variance`, `Commentary`, a `Note:` row
  under the table.

Truth a person could read two ways has no fact (the auditor's list): Acuity's `Pre Score`
/ `Post Score` (a score the sheet computed, or the rating), `Proposed` (a risk not yet
accepted: Open, or no risk yet), `Review Date` (last reviewed, or next review due);
Kahua's zero-padded `Number` (a bare sequence), `Pending` (Open, or In Progress),
`Cost Impact` and `Schedule Impact`; the Cantonese `顏色` colour (a rating, or a RAG of
its own); the Setswana `Nomoro`; the Guarani `Papapy`, `Ojejapo'ỹ gueteri` (not done
yet: Open, or Late when past its date) and `Ñe'ẽ`; the Creole `No` and `Komanter`;
BigTime's `Total` row and column and its bare `$` (no currency word, as round 24's
Unanet), and its `Client: | Project:` line (a number and a name run together); the
Onepoint `WBS` (a WBS code, or the id), `Complete` (0% is Not Started or only not yet
reported), `Phase` (a gate, or a grouping); Hub Planner's days by person and month (the
order of unpivoted cells is not the sheet's to say, as round 24's Bridgit), `Project` and
`Total`; the Chichewa `Zotsala`, `Ndemanga` and subtotal rows; Guernsey's `Variance`,
`Commentary` (empty) and the note row.
Readings used: Acuity's `Pre Likelihood` / `Pre Impact` are the probability / impact and
`Post` the residual ones, `Mitigating Actions` the response, `Date Identified` the raised
date; Kahua's `Subject` the title, `Responsible Party` the owner as written (`Okpik,
Martha`), `Date Identified` (a date-time) the raised date, `Date Required` the due date;
跟進中 / 觀察中 / 已關閉 are Open / Monitoring / Closed, `登記日期` the raised date,
`應對措施` the response, `R-01` the id; Kwa godimo / Magareng / Kwa tlase are High /
Medium / Low, E bulegile / E netefaditswe / E tswetswe Open / Validated / Closed, `Fa e
se boammaaruri` the impact if false, `Netefatsa pele ga` validate-by; Entrada / Salida
are Inbound / Outbound, `Mba'e oúva` the deliverable, `Araka'e peve` the need-by,
Ojejapóma / Oho porã Delivered / On Track, the two-digit year 20xx; the Creole `Ki finn
pran desizion` is made-by, `Rezon` the rationale; BigTime's phases the cost lines;
Onepoint's `Finish` (beside `Baseline Finish`) the forecast; the Chichewa `MK` the
Malawian kwacha (MWK), `Bajeti` / `Zomwe tagwiritsa` budget / actual; Samasama (yellow)
is Amber, Lanumeamata Green, Mumu Red, `Taimi:` (time) the schedule RAG and `Tupe:`
(money) the cost RAG, `Aso fuafuaina` (planned) the baseline, `Aso fa'amoemoe`
(expected) the forecast, Ua mae'a / O lo'o fai / E le'i amataina Complete / In Progress /
Not Started; Guernsey's `Actual` and `Forecast` are each month's actual or forecast as
written. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
Changed by the audit (round 25, docs/adopt.md "Round 25: the thirty-third batch's truth
audited"): Acuity's `R101` and the Cantonese `R-01` ids are R-101 / R-001 (the standard's
form keeping the number); Acuity's `Programme:` line gives the programme; the Chichewa
`MK` has no currency fact (MWK is off the standard's list); Guernsey's `£` is GBP (the
Guernsey pound is sterling issued at par, no code of its own) and its `Capital Project`
lines are CapEx.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
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

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

WA_RISKS = [
    "Contractor insolvency during the retrofit of the Llanelli estate",
    "Heat pump supply delayed by the manufacturer's allocation",
    "Tenants decline access for the external wall insulation survey",
    "Welsh Housing Quality Standard 2023 target date missed",
    "Asbestos found in the 1960s blocks raises the cost per home",
    "Grid connection for the solar canopies not granted in time",
    "Grant conditions change before the second tranche is claimed",
]
WA_PEOPLE = ["Rhian Evans", "Gareth Morgan", "Siân Davies", "Owain Hughes", "Bethan Lloyd"]
AC_STATUS = {"Open": "Open", "Monitoring": "Monitoring", "Closed": "Closed", "Proposed": None}


def acuity_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Welsh housing association's decarbonisation programme risk register exported from
    Acuity PPM: a report title and run line, pre- and post-mitigation scores side by
    side, a Proposed status, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Acuity PPM - Risk Register Report"
    ws["A2"] = "Programme: Optimised Retrofit Phase 3 | Exported 02/04/2026 by r.evans"
    header = ["Risk No.", "Risk Title", "Risk Owner", "Date Identified", "Pre Likelihood"]
    header += ["Pre Impact", "Pre Score", "Mitigating Actions", "Post Likelihood"]
    header += ["Post Impact", "Post Score", "Risk Status", "Review Date"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(WA_RISKS, n)
    raised = _days(rng, n, date(2025, 10, 6))
    # audit (round 25): the labelled `Programme:` before the `|` is the programme, as round
    # 20 read Tempus's `Portfolio: ... | Generated ...`; the export date is no report date
    values: list[ValueFact] = [ValueFact("project", 0, "programme", "Optimised Retrofit Phase 3")]
    for i, title in enumerate(picks):
        owner = rng.choice(WA_PEOPLE)
        p, imp = rng.randint(2, 5), rng.randint(2, 5)
        rp, ri = max(1, p - rng.randint(0, 2)), max(1, imp - 1)
        act = rng.choice(["Second supplier framework", "Tenant liaison officer visits"])
        state = rng.choice(list(AC_STATUS))
        review = raised[i] + timedelta(days=rng.choice([28, 56]))
        cells: list[object] = [f"R{i + 101}", title, owner, raised[i], p, imp, p * imp, act]
        cells += [rp, ri, rp * ri, state, review]
        _put(ws, 5 + i, 1, [cells])
        for c in (4, 13):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        values += [
            # audit (round 25): `R101` is R-101, the standard's form keeping its number
            ValueFact("risks", i, "id", f"R-{i + 101:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response", act),
            ValueFact("risks", i, "residual_probability", float(rp)),
            ValueFact("risks", i, "residual_impact", float(ri)),
        ]
        if AC_STATUS[state]:
            values.append(ValueFact("risks", i, "status", AC_STATUS[state]))
    path = _save(wb, folder, "acuity_risk_register")
    targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "probability"])
    targets |= _cols("F", ["impact", ("score", None), "response", "residual_probability"])
    targets |= _cols("J", ["residual_impact", ("residual_score", None), "status", None])
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


AK_ISSUES = [
    ("Permafrost under the gym slab warmer than the geotech report", "Add thermosyphons"),
    ("Barge window to Bethel missed for the modular classrooms", "Air freight the doors"),
    ("Fire marshal rejects the sprinkler riser location", "Relocate to the mech room"),
    ("Arctic entry vestibule doors ice up and will not latch", "Heat trace the thresholds"),
    ("Village water plant cannot supply the construction camp", "Truck water from the river"),
    ("Fuel oil tank exceeds the setback from the well", "Move the tank pad"),
    ("Local hire quota short for the drywall crew", "Train two local hires"),
]
AK_PEOPLE = ["Okpik, Martha", "Lindqvist, Erik", "Nanouk, James", "Brower, Sarah"]
KH_STATUS = {"Open": "Open", "Pending": None, "Closed": "Closed"}
KH_PRIORITY = {"High": "High", "Medium": "Medium", "Low": "Low"}


def kahua_issue_log(folder: Path, rng: random.Random) -> Built:
    """An Alaskan borough school district's capital programme issue log exported from
    Kahua: zero-padded bare numbers as text, `Last, First` people, date-time cells,
    a money column beside a Yes/No column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["Number", "Subject", "Description", "Status", "Priority", "Responsible Party"]
    header += ["Date Identified", "Date Required", "Resolution", "Cost Impact"]
    header += ["Schedule Impact"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(AK_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, (title, fix) in enumerate(picks):
        owner = rng.choice(AK_PEOPLE)
        state, prio = rng.choice(list(KH_STATUS)), rng.choice(list(KH_PRIORITY))
        stamp = datetime(raised[i].year, raised[i].month, raised[i].day, 14, 30)
        due = raised[i] + timedelta(days=rng.choice([7, 14, 21]))
        cost = rng.choice(["$0.00", "$18,400.00", "$62,750.00"])
        desc = f"Raised at OAC meeting; see RFI {rng.randint(40, 99)}"
        cells: list[object] = [f"{i + 1:04d}", title, desc, state, prio, owner, stamp]
        cells += [due, fix, cost, rng.choice(["Yes", "No"])]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 7).number_format = "m/d/yyyy h:mm AM/PM"
        ws.cell(2 + i, 8).number_format = "m/d/yyyy"
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "description", desc),
            ValueFact("issues", i, "priority", KH_PRIORITY[prio]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "resolution", fix),
        ]
        if KH_STATUS[state]:
            values.append(ValueFact("issues", i, "status", KH_STATUS[state]))
    path = _save(wb, folder, "kahua_issue_log")
    targets: Targets = _cols("A", [("id", None), "title", "description", "status"])
    targets |= _cols("E", ["priority", "owner", "raised_date", "due_date", "resolution"])
    targets |= _cols("J", [None, None])
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


MO_RISKS = [
    "翻新期間賭場樓層要部分關閉，收入減少",
    "博監局審批新賭枱佈局需時太耐",
    "颱風季節令外牆工程停工",
    "內地供應商嘅水晶吊燈延遲到貨",
    "酒店房間消防系統測試唔合格",
    "外地僱員配額唔夠，裝修工人短缺",
    "新收銀系統同會員系統對接出問題",
]
MO_PEOPLE = ["陳志強", "黃美玲", "李家豪", "何詠詩", "梁偉文"]
MO_LEVELS = {"高": "High", "中": "Medium", "低": "Low"}
MO_STATES = {"跟進中": "Open", "已關閉": "Closed", "觀察中": "Monitoring"}


def cantonese_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Macau casino resort refurbishment's risk register in written Cantonese (traditional
    characters): a title, a project line and a 負責人 line, a two-row header (`評估`
    merged over 可能性 / 影響), colour-word rating, dates as `2026年3月14日` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "風險")
    ws["A1"] = "風險登記冊"
    ws["A2"] = "項目：路氹酒店二期翻新"
    ws["A3"] = "項目經理：陳志強"
    for col, text in (("A", "編號"), ("B", "風險"), ("C", "負責人")):
        ws[f"{col}5"] = text
        ws.merge_cells(f"{col}5:{col}6")
    ws["D5"] = "評估"
    ws.merge_cells("D5:F5")
    _put(ws, 6, 4, [["可能性 (1-5)", "影響 (1-5)", "顏色"]])
    for col, text in (("G", "應對措施"), ("H", "登記日期"), ("I", "狀態")):
        ws[f"{col}5"] = text
        ws.merge_cells(f"{col}5:{col}6")
    n = rng.randint(5, 7)
    picks = rng.sample(MO_RISKS, n)
    raised = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "路氹酒店二期翻新"),
        ValueFact("project", 0, "project_manager", "陳志強"),
    ]
    for i, title in enumerate(picks):
        owner = rng.choice(MO_PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        colour = "紅" if p * imp >= 15 else "黃" if p * imp >= 6 else "綠"
        act = rng.choice(["預留後備供應商", "分階段施工", None])
        state = rng.choice(list(MO_STATES))
        d = raised[i]
        cells: list[object] = [f"R-{i + 1:02d}", title, owner, p, imp, colour, act]
        cells += [f"{d.year}年{d.month}月{d.day}日", state]
        _put(ws, 7 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),  # audit: `R-01` keeps its number
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "raised_date", d),
            ValueFact("risks", i, "status", MO_STATES[state]),
        ]
        if act:
            values.append(ValueFact("risks", i, "response", act))
    path = _save(wb, folder, "cantonese_risk_register")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact"])
    targets |= _cols("F", [("rating", None), "response", "raised_date", "status"])
    return Built(path, [_one("risks", "風險", 6, targets, n)], values)


BW_ASSUMPTIONS = [
    "Bareki ba tla nna le mogala o o kgonang go dirisa app",
    "Banka ya Botswana e tla neela laesense pele ga Phatwe",
    "Di-agent tsa Francistown di tla simolola ka nako",
    "Motlakase o tla nna teng kwa di-agent tsa magaeng",
    "Tlhwatlhwa ya SMS e ka se oketsege mo ngwageng ono",
    "Bareki ba ba fetang 20,000 ba tla ikwadisa mo kgweding ya ntlha",
]
BW_PEOPLE = ["Kagiso Molefe", "Boitumelo Seretse", "Tebogo Kgosi", "Neo Masire"]
BW_CONF = {"Kwa godimo": "High", "Magareng": "Medium", "Kwa tlase": "Low"}
BW_STATES = {"E bulegile": "Open", "E netefaditswe": "Validated", "E tswetswe": "Closed"}
TN_MONTHS = ["Ferikgong", "Tlhakole", "Mopitlo", "Moranang", "Motsheganong", "Seetebosigo"]
TN_MONTHS += ["Phukwi", "Phatwe", "Lwetse", "Diphalane", "Ngwanatsele", "Sedimonthole"]


def setswana_assumptions_log(folder: Path, rng: random.Random) -> Built:
    """A Botswana mobile money launch's assumptions log in Setswana: a title, a project
    line, a blank spacer row under the header, Setswana month words in text dates
    (`14 Mopitlo 2026`), confidence and status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dikakanyo")
    ws["A1"] = "Lenaane la dikakanyo"
    ws["A2"] = "Porojeke: Madi a mogala - Gaborone le Francistown"
    header = ["Nomoro", "Kakanyo", "Mong", "Letlha la go kwala", "Netefatsa pele ga"]
    header += ["Boitshepo", "Maemo", "Fa e se boammaaruri"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(BW_ASSUMPTIONS, n)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Madi a mogala - Gaborone le Francistown"),
    ]

    def tn(d: date) -> str:
        return f"{d.day} {TN_MONTHS[d.month - 1]} {d.year}"

    for i, text in enumerate(picks):
        owner = rng.choice(BW_PEOPLE)
        by = raised[i] + timedelta(days=rng.choice([21, 42]))
        conf, state = rng.choice(list(BW_CONF)), rng.choice(list(BW_STATES))
        cells: list[object] = [i + 1, text, owner, tn(raised[i]), tn(by), conf, state]
        cells += ["Go diega go simolola"]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", raised[i]),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "confidence", BW_CONF[conf]),
            ValueFact("assumptions", i, "status", BW_STATES[state]),
            ValueFact("assumptions", i, "impact_if_false", "Go diega go simolola"),
        ]
    path = _save(wb, folder, "setswana_assumptions_log")
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "raised_date"])
    targets |= _cols("E", ["validate_by", "confidence", "status", "impact_if_false"])
    return Built(path, [_one("assumptions", "Dikakanyo", 4, targets, n)], values)


PY_DEPS = [
    ("Ñemohenda pyahu oñemboguapýta ANDE ndive", "Entrada", "Conexión eléctrica 3 MW"),
    ("Yerba secadero oikotevẽ permiso MADES-gui", "Entrada", "Licencia ambiental"),
    ("Tape Ruta 6 oñemyatyrõ va'erã camión ohasa hag̃ua", "Entrada", "Ruta reparada"),
    ("Depósito Encarnación-pe oha'arõ ñande envase", "Salida", "Envases 1 kg"),
    ("Exportación Brasil-pe oikotevẽ certificado SENAVE", "Entrada", "Certificado"),
    ("Cooperativa ohupytýta yerba ñande planta-gui", "Salida", "Yerba canchada"),
]
PY_PEOPLE = ["Ña Rosa Benítez", "Karai Aníbal Giménez", "Lorena Ayala", "Derlis Fretes"]
PY_STATES = {"Ojejapóma": "Delivered", "Oho porã": "On Track", "Ojejapo'ỹ gueteri": None}


def guarani_dependency_log(folder: Path, rng: random.Random) -> Built:
    """A Paraguayan yerba mate plant expansion's dependency log in Guarani as Paraguayan PMs
    write it (Jopara: Guarani with Spanish loans): a title, a project line, Spanish
    `Entrada` / `Salida` for the direction, dates as `14/03/26` text (two-digit year)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencias")
    ws["A1"] = "Mba'e ñañeha'arõva ambue tembiapógui"
    ws["A2"] = "Tembiapo: Planta yerba mate Itapúa - mbohapyha etapa"
    header = ["Papapy", "Mba'épa ñaikotevẽ", "Mba'e oúva", "Mamo guio", "Mávapa ohechareíta"]
    header += ["Araka'e peve", "Estado", "Ñe'ẽ"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(PY_DEPS, n)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Planta yerba mate Itapúa - mbohapyha etapa"),
    ]
    for i, (title, way, what) in enumerate(picks):
        owner = rng.choice(PY_PEOPLE)
        state = rng.choice(list(PY_STATES))
        d = need[i]
        cells: list[object] = [i + 1, title, what, way, owner]
        cells += [f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", state, None]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "deliverable", what),
            ValueFact("dependencies", i, "direction", {"Entrada": "Inbound"}.get(way, "Outbound")),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", d),
        ]
        if PY_STATES[state]:
            values.append(ValueFact("dependencies", i, "status", PY_STATES[state]))
    path = _save(wb, folder, "guarani_dependency_log")
    targets: Targets = _cols("A", [("id", None), "title", "deliverable", "direction"])
    targets |= _cols("E", ["owner", "need_by", "status", None])
    return Built(path, [_one("dependencies", "Dependencias", 4, targets, n)], values)


MU_DECISIONS = [
    ("Nou pou lwe deziem letaz dan Ebene Cybercity", "Plas pa ase pou 200 azan"),
    ("Servis client an franse ek angle selman", "Klian Lerop pa bizin kreol"),
    ("Aste enn zenerater 500 kVA", "Kouran CEB koup souvan"),
    ("Lekip lanwit pou koumans an Zin", "Kontra nouvo klian Kanada"),
    ("Transpor pou staf lanwit apartir Port Louis", "Pena bis apre dizer"),
    ("Pa servi Teams pou telefoni", "Lisans Genesys deza pe peye"),
]
MU_PEOPLE = ["Vikash Ramgoolam", "Nathalie Lagesse", "Kevin Li Yuen Fong", "Priya Beeharry"]
MU_MONTHS = ["zanvie", "fevrie", "mars", "avril", "me", "zin"]
MU_MONTHS += ["zilye", "out", "septam", "oktob", "novam", "desam"]


def mauritian_creole_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Mauritian contact centre site expansion's decision log in Mauritian Creole
    (Kreol Morisien): a title, a project line, a notes row above the header, Creole month
    words in text dates (`14 mars 2026`), a blank spacer column before the decider."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Desizion")
    ws["A1"] = "Lalis desizion"
    ws["A2"] = "Proze: Nouvo sant apel Ebene - faz 2"
    ws["A3"] = "Not: met tou desizion komite direksion isi"
    header = ["No", "Dat", "Desizion", "Rezon", None, "Ki finn pran desizion", "Komanter"]
    _put(ws, 5, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(MU_DECISIONS, n)
    when = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Nouvo sant apel Ebene - faz 2"),
    ]
    for i, (decision, why) in enumerate(picks):
        who = rng.choice(MU_PEOPLE)
        d = when[i]
        cells: list[object] = [i + 1, f"{d.day} {MU_MONTHS[d.month - 1]} {d.year}", decision]
        cells += [why, None, who, rng.choice(["Finn fer", None])]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "mauritian_creole_decision_log")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale"])
    targets |= {"F": "made_by", "G": None}
    return Built(path, [_one("decisions", "Desizion", 5, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CO_PHASES = ["Preliminary Design", "Final Design", "Permitting", "Bid Support"]
CO_PHASES += ["Construction Admin"]


def bigtime_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """A Colorado water engineering consultancy's BigTime budget vs actual by month: a
    title and client line, month labels (`Jan 2026`) merged over Budget / Actual pairs,
    a Total column pair and a Total row, amounts as currency-formatted numbers."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Budget vs Actual by Month - Fees"
    ws["A2"] = "Client: City of Greeley | Project: 24-118 Bellvue Water Treatment Expansion"
    months = _months(date(2026, 1, 1), 3)
    ws["A5"] = "Phase"
    for j, month in enumerate([*months, None]):
        col = 2 + 2 * j
        ws.cell(4, col, month.strftime("%b %Y") if month else "Total")
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "Budget")
        ws.cell(5, col + 1, "Actual")
    phases = rng.sample(CO_PHASES, 4)
    values: list[ValueFact] = []
    sums = [0.0] * (2 * len(months))
    for i, phase in enumerate(phases):
        cells: list[object] = [phase]
        row_sums = [0.0, 0.0]
        for m, month in enumerate(months):
            budget = float(rng.randrange(40, 260) * 250)
            actual = round(budget * rng.uniform(0.6, 1.25), 2)
            cells += [budget, actual]
            row_sums = [row_sums[0] + budget, row_sums[1] + actual]
            sums[2 * m] += budget
            sums[2 * m + 1] += actual
            values.append(ValueFact("finance", (month, phase), "budget", budget))
            values.append(ValueFact("finance", (month, phase), "actual", actual))
        cells += [round(x, 2) for x in row_sums]
        _put(ws, 6 + i, 1, [cells])
    totals = [round(x, 2) for x in [*sums, sum(sums[0::2]), sum(sums[1::2])]]
    _put(ws, 6 + len(phases), 1, [["Total", *totals]])
    for row in ws.iter_rows(min_row=6, min_col=2):
        for cell in row:
            cell.number_format = '"$"#,##0.00'
    path = _save(wb, folder, "bigtime_budget_vs_actual")
    count = len(months) * len(phases)
    table = TruthTable("Budget vs Actual", 5, "finance", {"A": "cost_line"}, {"finance": count})
    return Built(path, [table], values)


LI_MILESTONES = [
    ("1", "Blueprint signed off"),
    ("2", "Data migration rehearsal 1 complete"),
    ("3", "Integration test exit"),
    ("4", "User acceptance sign-off"),
    ("5", "Go-live Schaan plant"),
    ("6", "Hypercare closed"),
]
LI_PEOPLE = ["Andrea Frick", "Markus Büchel", "Sandra Ospelt", "Thomas Marxer"]


def onepoint_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A Liechtenstein dental products maker's ERP rollout milestones exported from
    Onepoint Projects: WBS codes, a Type column, baseline / planned / actual finish as
    day-first dotted date cells, percent complete, a phase name."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["WBS", "Name", "Type", "Responsible", "Baseline Finish", "Finish"]
    header += ["Actual Finish", "Complete", "Phase"]
    _put(ws, 1, 1, [header])
    n = len(LI_MILESTONES)
    base = _days(rng, n, date(2026, 1, 12))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, (wbs, name) in enumerate(LI_MILESTONES):
        owner = rng.choice(LI_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 5, 19]))
        actual = fc if i < done else None
        pct = 1.0 if actual else rng.choice([0.0, 0.0, 0.5])
        phase = ["Design", "Build", "Test", "Deploy"][min(3, i * 4 // n)]
        cells: list[object] = [f"3.{wbs}", name, "Milestone", owner, base[i], fc, actual]
        cells += [pct, phase]
        _put(ws, 2 + i, 1, [cells])
        for c in (5, 6, 7):
            ws.cell(2 + i, c).number_format = "dd.mm.yyyy"
        ws.cell(2 + i, 8).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "onepoint_milestone_plan")
    targets: Targets = _cols("A", [("id", None), "milestone", None, "owner", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", ("status", None), ("gate", None)])
    return Built(path, [_one("milestones", "Milestones", 1, targets, n)], values)


CY_STAFF = [
    ("Andreas Georgiou", "Solution Architect"),
    ("Eleni Christodoulou", "Backend Developer"),
    ("Marios Ioannou", "QA Engineer"),
    ("Katerina Nicolaou", "Business Analyst"),
    ("Stelios Charalambous", "DevOps Engineer"),
    ("Maria Constantinou", "Scrum Master"),
]


def hub_planner_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Limassol ship-management software house's Hub Planner booking export in days:
    `Resource`, `Role`, `Project`, months across as `2026-03` text, days as `7.5d`
    text, blank where not booked, a Total column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Bookings")
    ws["A1"] = "Hub Planner - Booked time by month (days)"
    months = _months(date(2026, 3, 1), 4)
    labels = [f"{m.year}-{m.month:02d}" for m in months]
    _put(ws, 3, 1, [["Resource", "Role", "Project", *labels, "Total"]])
    staff = rng.sample(CY_STAFF, 5)
    count = 0
    for i, (person, role) in enumerate(staff):
        days = [rng.choice([None, 2.5, 5.0, 7.5, 10.0, 15.0]) for _ in months]
        count += sum(1 for d in days if d)
        texts = [f"{d:g}d" if d else None for d in days]
        total = sum(d or 0.0 for d in days)
        _put(ws, 4 + i, 1, [[person, role, "FleetOps Crew Module", *texts, f"{total:g}d"]])
    path = _save(wb, folder, "hub_planner_resource_plan")
    targets: Targets = {"A": "person", "B": "role", "C": None, "H": None}
    table = TruthTable("Bookings", 3, "resources", targets, {"resources": count})
    return Built(path, [table], [])


MW_LINES = ["Mafiriji a katemera", "Mafuta a jenereta", "Maulendo a galimoto"]
MW_LINES += ["Maphunziro a ogwira ntchito", "Zipangizo za sola"]
NY_MONTHS = ["Januwale", "Febuluwale", "Malichi", "Epulo", "Meyi", "Juni"]


def _mk(x: float) -> str:
    """Kwacha as a Malawian PM types it, an overspend in brackets."""
    return f"MK {x:,.2f}" if x >= 0 else f"(MK {-x:,.2f})"


def chichewa_finance_tracker(folder: Path, rng: random.Random) -> Built:
    """A Malawian vaccine cold chain rollout's monthly spending tracker in Chichewa: a
    title and project line, long format with Chichewa month words (`Malichi 2026`), kwacha
    amounts as `MK 4,250,000.00` text, a subtotal row after each month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ndalama")
    ws["A1"] = "Kalondolondo wa ndalama"
    ws["A2"] = "Ntchito: Unyolo wozizira wa katemera - Chigawo cha Kumpoto"
    header = ["Mwezi", "Gawo la ndalama", "Bajeti", "Zomwe tagwiritsa", "Zotsala", "Ndemanga"]
    _put(ws, 4, 1, [header])
    months = _months(date(2026, 1, 1), 3)
    lines = rng.sample(MW_LINES, 3)
    values: list[ValueFact] = [
        ValueFact(
            "project", 0, "project_name", "Unyolo wozizira wa katemera - Chigawo cha Kumpoto"
        ),
        # audit (round 25): no currency fact: `MK` is the kwacha, but MWK is off the
        # standard's currency list (as round 24 gave the rand and NZ$ none)
    ]
    row = 5
    for month in months:
        label = f"{NY_MONTHS[month.month - 1]} {month.year}"
        plan_sum = spent_sum = 0.0
        for line in lines:
            plan = float(rng.randrange(5, 90) * 50_000)
            spent = float(round(plan * rng.uniform(0.5, 1.2), -3))
            plan_sum, spent_sum = plan_sum + plan, spent_sum + spent
            _put(ws, row, 1, [[label, line, _mk(plan), _mk(spent), _mk(plan - spent)]])
            row += 1
            values.append(ValueFact("finance", (month, line), "budget", plan))
            values.append(ValueFact("finance", (month, line), "actual", spent))
        total = [_mk(plan_sum), _mk(spent_sum), _mk(plan_sum - spent_sum)]
        _put(ws, row, 1, [[f"Chiwerengero {label}", None, *total]])
        row += 1
    path = _save(wb, folder, "chichewa_finance_tracker")
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    targets |= {"E": None, "F": None}
    count = len(months) * len(lines)
    table = TruthTable("Ndalama", 4, "finance", targets, {"finance": count})
    return Built(path, [table], values)


WS_MILESTONES = [
    "Ua maua le pemita mai le MNRE",
    "Ua mae'a ona talepe le maketi tuai",
    "Ua fa'atu le fa'avae o le fale fou",
    "Ua fa'apipi'i le taualuga",
    "Ua tatala le maketi fou",
]
WS_PEOPLE = ["Tavita Leota", "Mele Fa'alogo", "Sione Tuilagi", "Losa Aiono"]
WS_STATES = {"O lo'o fai": "In Progress", "E le'i amataina": "Not Started"}
SM_MONTHS = ["Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni"]
SM_MONTHS += ["Iulai", "Aokuso", "Setema", "Oketopa", "Novema", "Tesema"]


def samoan_status_report(folder: Path, rng: random.Random) -> Built:
    """A Samoan market rebuild's monthly status report in Samoan: label / value pairs
    with colons, colour-word RAGs (`Samasama` yellow, `Lanumeamata` green, `Mumu` red), a
    Samoan month word in the report date, then a milestones table with date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Lipoti")
    ws["A1"] = "Lipoti o le tulaga o le poloketi"
    pm = rng.choice(WS_PEOPLE)
    _put(ws, 3, 1, [["Igoa o le poloketi:", "Toe fausia o le Maketi Fou, Apia"]])
    _put(ws, 4, 1, [["Pule o le poloketi:", pm]])
    _put(ws, 5, 1, [["Aso o le lipoti:", f"31 {SM_MONTHS[2]} 2026"]])
    _put(ws, 6, 1, [["Tulaga aoao:", "Samasama"]])
    _put(ws, 7, 1, [["Taimi:", "Lanumeamata"], ["Tupe:", "Mumu"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Toe fausia o le Maketi Fou, Apia"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "overall_rag", "Amber"),
        ValueFact("project", 0, "schedule_rag", "Green"),
        ValueFact("project", 0, "cost_rag", "Red"),
    ]
    ws["A10"] = "Fa'ailoga taua"
    header = ["Fa'ailoga", "Tagata e nafa", "Aso fuafuaina", "Aso fa'amoemoe"]
    header += ["Aso na mae'a", "Tulaga"]
    _put(ws, 11, 1, [header])
    n = len(WS_MILESTONES)
    base = _days(rng, n, date(2025, 10, 6))
    done = rng.randint(1, 2)
    for i, name in enumerate(WS_MILESTONES):
        owner = rng.choice(WS_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 10, 30]))
        actual = fc if i < done else None
        state = "Ua mae'a" if actual else rng.choice(list(WS_STATES))
        _put(ws, 12 + i, 1, [[name, owner, base[i], fc, actual, state]])
        for c in (3, 4, 5):
            ws.cell(12 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", "Complete" if actual else WS_STATES[state]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "samoan_status_report")
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", "status"])
    return Built(path, [_one("milestones", "Lipoti", 11, targets, n)], values)


GG_LINES = ["Construction", "Kitchen Equipment", "Professional Fees", "Contingency"]


def guernsey_finance_tracker(folder: Path, rng: random.Random) -> Built:
    """A States of Guernsey capital project's financial monitoring template: a title
    block with an `All figures £` line, long format by cost centre and month (date cells
    shown `Jan-26`), budget, actual for past months and forecast for the rest, a
    variance and a commentary column, a notes row under the table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Financial Monitoring")
    ws["A1"] = "States of Guernsey - Capital Project Financial Monitoring"
    ws["A2"] = "Project: Les Nicolles Prison Kitchen Replacement"
    ws["A3"] = "All figures £"
    header = ["Cost Centre", "Month", "Approved Budget", "Actual", "Forecast", "Variance"]
    header += ["Commentary"]
    _put(ws, 5, 1, [header])
    months = _months(date(2026, 1, 1), 4)
    lines = rng.sample(GG_LINES, 3)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Les Nicolles Prison Kitchen Replacement"),
        # audit (round 25): `All figures £` is GBP: the Guernsey pound is sterling issued by
        # the States at par (no currency code of its own), so both readings are one
        ValueFact("project", 0, "currency", "GBP"),
    ]
    row = 6
    for line in lines:
        for m, month in enumerate(months):
            budget = float(rng.randrange(10, 120) * 1000)
            past = m < 2
            amount = round(budget * rng.uniform(0.7, 1.2), 2)
            actual, forecast = (amount, None) if past else (None, amount)
            cells: list[object] = [line, month, budget, actual, forecast]
            cells += [round(budget - amount, 2), None]
            _put(ws, row, 1, [cells])
            ws.cell(row, 2).number_format = "mmm-yy"
            values.append(ValueFact("finance", (month, line), "budget", budget))
            # audit (round 25): a `Capital Project`'s lines are CapEx, as round 19 read the
            # NHS `Capital Programme` title
            values.append(ValueFact("finance", (month, line), "capex_opex", "CapEx"))
            if past:
                values.append(ValueFact("finance", (month, line), "actual", amount))
            else:
                values.append(ValueFact("finance", (month, line), "forecast", amount))
            row += 1
    ws.cell(row + 1, 1, "Note: actuals from the JDE general ledger at month end")
    path = _save(wb, folder, "guernsey_finance_tracker")
    targets: Targets = {"A": "cost_line", "B": "month", "C": "budget", "D": "actual"}
    targets |= {"E": "forecast", "F": None, "G": ("notes", None)}
    count = len(months) * len(lines)
    table = TruthTable("Financial Monitoring", 5, "finance", targets, {"finance": count})
    return Built(path, [table], values)


HELD_OUT_33: tuple[Layout, ...] = (
    Layout(
        "acuity_risk_register",
        "Acuity PPM risk register export (Welsh housing association retrofit)",
        acuity_risk_register,
    ),
    Layout(
        "kahua_issue_log",
        "Kahua issue log export (Alaskan school district capital programme)",
        kahua_issue_log,
    ),
    Layout(
        "cantonese_risk_register",
        "Macau casino resort refurbishment risk register, merged header (Cantonese)",
        cantonese_risk_register,
    ),
    Layout(
        "setswana_assumptions_log",
        "Botswana mobile money assumptions log, Setswana month words (Setswana)",
        setswana_assumptions_log,
    ),
    Layout(
        "guarani_dependency_log",
        "Paraguayan yerba mate plant dependency log (Guarani / Jopara)",
        guarani_dependency_log,
    ),
    Layout(
        "mauritian_creole_decision_log",
        "Mauritian contact centre decision log (Mauritian Creole)",
        mauritian_creole_decision_log,
    ),
    Layout(
        "bigtime_budget_vs_actual",
        "BigTime budget vs actual by month, merged month pairs (Colorado consultancy)",
        bigtime_budget_vs_actual,
    ),
    Layout(
        "onepoint_milestone_plan",
        "Onepoint Projects milestone export (Liechtenstein dental products ERP)",
        onepoint_milestone_plan,
    ),
    Layout(
        "hub_planner_resource_plan",
        "Hub Planner bookings in days, month text across (Limassol software house)",
        hub_planner_resource_plan,
    ),
    Layout(
        "chichewa_finance_tracker",
        "Malawian vaccine cold chain spending tracker, kwacha text (Chichewa)",
        chichewa_finance_tracker,
    ),
    Layout(
        "samoan_status_report",
        "Samoan market rebuild status report with colour words (Samoan)",
        samoan_status_report,
    ),
    Layout(
        "guernsey_finance_tracker",
        "States of Guernsey capital project financial monitoring template",
        guernsey_finance_tracker,
    ),
)
