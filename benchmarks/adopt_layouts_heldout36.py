"""The thirty-sixth held-out batch (``HELD_OUT_36``, issue 15 round 26): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
MIXED: six English workbooks exported from tools a large organisation's PMO meets or kept
on a public body's template (Riskonnect, Digital.ai Agility, Dynamics 365 Business
Central, GanttPRO, Planful, a UNDP quarterly progress report), and six written by hand by
PMs of a multinational's offices in Hindi (Lucknow), Khmer (Phnom Penh), Sinhala
(Colombo), Kinyarwanda (Kigali), Telugu (Hyderabad) and Kazakh (Almaty): tools, countries
and languages no earlier batch file's docstring names.

Registers:

- ``riskonnect_risk_register``: a US hospital network's EHR go-live risk register exported
  from Riskonnect: a report title and a `Report run: ... | Filter: Program = ...` line,
  header row 4: `Risk ID` RISK-00041.., `Risk Title`, `Risk Category`, `Risk Owner`,
  `Date Identified` (date-time cell), `Inherent Likelihood` / `Inherent Impact` as `4 -
  Likely` / `3 - Moderate`, `Inherent Score`, `Response Strategy` Mitigate / Accept /
  Transfer / Avoid, `Mitigation Plan`, `Residual Likelihood` / `Residual Impact`, `Risk
  Status` Active / Under Review / Closed, `Next Review Date`.
- ``agility_dependency_export``: a Canadian insurer's claims platform dependencies exported
  from Digital.ai Agility (VersionOne) for one team: `ID` DEP-0142.., `Name`, `Dependency
  Type` Upstream / Downstream (the team needs it from, or gives it to, the other team),
  `Other Team`, `Owner`, `Needed By` / `Committed Date` date cells, `Status` Open / At Risk
  / Done / Blocked, `Planning Interval` PI 26.2.
- ``hindi_raid_log``: an Indian consumer goods maker's Lucknow plant expansion RAID log in
  Hindi under a title, a `परियोजना:` (project) line and a `नोट:` notes row: one table with
  the register per row in `प्रकार` जोखिम / धारणा / मुद्दा / निर्भरता (risk / assumption /
  issue / dependency), `आईडी` R01 / A01 / I01 / D01, `विवरण`, `ज़िम्मेदार`, `दर्ज तिथि` /
  `लक्ष्य तिथि` as `14 मार्च 2026` text (Hindi month words), `प्राथमिकता` उच्च / मध्यम /
  निम्न, `स्थिति` खुला / प्रगति पर / बंद, `टिप्पणी`; a blank spacer row under the header.
- ``khmer_issue_log``: a Cambodian garment plant's new knitting line issue log in Khmer
  under a title and a `គម្រោង៖` (project) line: `ល.រ` row numbers, `បញ្ហា`,
  `អ្នកទទួលខុសត្រូវ`, `កាលបរិច្ឆេទកត់ត្រា` / `ថ្ងៃកំណត់` written in Khmer digits
  (`១៤/០៣/២០២៦`), `អាទិភាព` ខ្ពស់ / មធ្យម / ទាប, `ស្ថានភាព` បើក / កំពុងដោះស្រាយ /
  បានដោះស្រាយ / បិទ, `កំណត់សម្គាល់`.
- ``sinhala_assumptions_log``: a Colombo logistics hub's assumptions log in Sinhala under a
  title and a `ව්‍යාපෘතිය:` (project) line, a two-row header: `දින` (dates) merged over
  `ඇතුළත් කළ` (entered) / `තහවුරු කළ යුතු` (to confirm by), the other labels merged down:
  `අංකය` UP-01.., `උපකල්පනය`, `වගකිව යුත්තා`, `විශ්වාසය` ඉහළ / මධ්‍යම / අඩු, `තත්ත්වය`
  විවෘත / තහවුරු විය / වලංගු නැත / වසා ඇත, `අසත්‍ය නම් බලපෑම`; dates as `2026 මාර්තු 14`
  text (year first, Sinhala month words).
- ``kinyarwanda_decision_log``: a Kigali mobile network tower rollout's decision log in
  Kinyarwanda, the table starting in column B (column A left empty): a title, an
  `Umushinga:` (project) line, `No`, `Itariki` as `14 Werurwe 2026` text (Kinyarwanda month
  words), `Icyemezo`, `Impamvu`, `Uwafashe icyemezo`, `Icyitonderwa`, and an
  `Icyitonderwa:` note row under the table.

Trackers:

- ``business_central_budget_vs_actual``: an Estonian ferry operator's LNG retrofit from
  Dynamics 365 Business Central's G/L budget vs actual, long format: a company line, a
  `Dimension: PROJECT = ... | Amounts in EUR` line, `G/L Account No.`, `G/L Account Name`,
  `Period Start` (date cells), `Budget Amount`, `Net Change` (the actual, blank for future
  periods), `Variance`, `Variance %`.
- ``ganttpro_milestone_plan``: a Belgian chocolate maker's praline line milestones exported
  from GanttPRO: `Task name`, `Type` Milestone, `Assigned`, `Baseline end` / `End date`
  as `2026-03-14 17:00` text, `Progress` percent text, `Status` Open / In progress / Done.
- ``undp_quarterly_progress_report``: a UNDP country office's quarterly progress report
  (Timor-Leste): a title block of label / value pairs (`Project Title:`, `Project ID:`
  `00128734` text, `Implementing Partner:`, `Project Manager:`, `Reporting Period:`,
  `Overall Status:` a colour word, `Total Budget (USD):`), then a `Key Milestones` table:
  `#`, `Milestone`, `Responsible`, `Planned Date` / `Revised Date` / `Actual Date` as `14
  March 2026` text, `Status` Achieved / On track / Delayed / Not started, `Remarks`; then
  a `Key Risks` table: `Risk`, `Likelihood` / `Impact` H / M / L, `Mitigation Measure`,
  `Risk Owner`.
- ``planful_budget_actual_thousands``: a Dominican Republic medical device plant expansion
  from a Planful dynamic report: `($ in thousands)` and a fiscal year line in the title,
  `Account`, `Department`, group labels `Budget FY26` and `Actual` merged over month
  labels `Jan-26` .. `Jun-26` text, a `Total` column per group.
- ``telugu_resource_plan``: a Hyderabad office's state e-governance portal team plan in
  Telugu, days per month: a title saying `(రోజులు)` (days), a `ప్రాజెక్ట్:` (project)
  line, `క్ర.సం.` row numbers, `పేరు` (name), `పాత్ర` (role), Telugu month words across
  (`జనవరి 2026`), blank where not booked, a `మొత్తం` (total) column and row.
- ``kazakh_finance_tracker``: an Almaty distribution centre's spend tracker in Kazakh:
  a title, a `Жоба:` (project) line, `Бюджет жағдайы: Сары` (budget state: yellow) and
  `Сомалар теңгемен` (amounts in tenge), `Шығын бабы` (cost item) merged down its two
  rows, `Көрсеткіш` Жоспар / Нақты (plan / actual), Kazakh month words across (`Қаңтар
  2026`), amounts as text with spaces, a decimal comma and the tenge sign (`12 500
  000,00 ₸`), a `Барлығы` (total) column.

Truth a person could read two ways has no fact (the auditor's list): Riskonnect's
`Inherent Score` (a computed score or a typed one), `Under Review` (Open or Monitoring),
`Next Review Date` (no field: left out), its `Report run:` stamp (no report date), its `Risk Category` `Regulatory` and `Clinical`
(Legal? Operational? no fact; `Financial`, `Operational`, `People` and `Technical` are
facts); Agility's `Other Team` (a team, no project ID), `Blocked` (At Risk or Late),
`Open` (Open, or not yet judged on track) is a fact as the list's `Open`, `Planning
Interval`; the Hindi `प्राथमिकता` of a risk, an assumption or a dependency (no such
field: facts only on issues), the `दर्ज तिथि` of a dependency (the standard's dependency
has no raised date) and `टिप्पणी`; the Khmer `ល.រ` and `កំណត់សម្គាល់`; the Kinyarwanda
`No` and `Icyitonderwa`; Business Central's `G/L Account No.`, `Variance` and `Variance
%`, its company line and `PROJECT = LNG-RETRO` dimension code (a project ID, or only a
filter); GanttPRO's `Open` (Not Started or In Progress), `Progress` and a `Done` milestone's
actual date (no actual column: the end date is only its forecast fact); UNDP's
`Implementing Partner:`, `On track` (Not Started or In Progress)
and `Delayed` (At Risk or Late), `Remarks`, a risk's owner-less rows; Planful's
`Department` and `Total` columns and its bare `$` (USD or the Dominican peso, RD$: no
currency word or code; audit, round 26); the Telugu days by person and month (the order of
unpivoted cells is not the sheet's to say), `క్ర.సం.` and `మొత్తం`; the tenge (KZT is not
on the standard's currency list) and the Kazakh `Барлығы` column.
Readings used: Riskonnect's `Filter: Program = ...` the programme (audit, round 26: the
rows are that programme's, as Acuity's `Programme:` line), `RISK-00041` is R-041 (the standard's form keeping the number), `4 -
Likely` is 4, `Active` Open, `Mitigate` Reduce; Agility's `Upstream` (the team needs it
from an upstream team) is Inbound and `Downstream` Outbound, `Done` Delivered, `DEP-0142`
D-142; the Sinhala `UP-01` A-001 (audit, round 26: `UP` is the Sinhala word's prefix,
as the French `H-01` of batch 19); the Hindi जोखिम / धारणा / मुद्दा / निर्भरता are risk / assumption / issue /
dependency, `लक्ष्य तिथि` (target date) the due date, validate-by or need-by by register,
खुला / प्रगति पर / बंद Open / In Progress / Closed, उच्च / मध्यम / निम्न High / Medium /
Low; Khmer ខ្ពស់ / មធ្យម / ទាប High / Medium / Low and បើក / កំពុងដោះស្រាយ / បានដោះស្រាយ /
បិទ Open / In Progress / Resolved / Closed; Sinhala ඉහළ / මධ්‍යම / අඩු High / Medium / Low,
විවෘත / තහවුරු විය / වලංගු නැත / වසා ඇත Open / Validated / Invalid / Closed; Kinyarwanda
`Uwafashe icyemezo` (who took the decision) made-by and `Impamvu` (reason) the rationale;
Business Central's `Net Change` the actual and `G/L Account Name` the cost line;
GanttPRO's `End date` the forecast, `Baseline end` the baseline, `Done` Complete and `In
progress` In Progress; UNDP's `Amber` overall RAG, `Reporting Period: 1 January - 31 March 2026` the report
date 31 March 2026 (audit, round 26: a report is as at its period's end), `USD` currency, `Achieved` Complete,
`Not started` Not Started, H / M / L 5 / 3 / 1 on the risks; Planful's `Jan-26` as
January 2026 and amounts times 1,000; Kazakh `Жоспар` (plan) the budget, `Нақты` the
actual and `Бюджет жағдайы: Сары` an Amber cost RAG. It was written and checked for
internal consistency only (``adopt_truth.check_truth``), never against adoption's output.
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

RK_RISKS = [
    ("Clinician training completion below 90% two weeks before go-live", "People"),
    ("Interface engine cannot process lab results at peak volume", "Technical"),
    ("Legacy pharmacy system decommissioned before data archive signed off", "Operational"),
    ("CMS interoperability rule changes the patient access API scope", "Regulatory"),
    ("Overtime for super-users exceeds the go-live budget", "Financial"),
    ("Downtime procedures not rehearsed in the emergency department", "Clinical"),
    ("Device integration for infusion pumps delayed by the vendor", "Technical"),
]
RK_CATEGORY = {"People": "People", "Technical": "Technical", "Operational": "Operational"}
RK_CATEGORY |= {"Financial": "Financial"}
RK_PEOPLE = ["Karen Whitfield", "Marcus Delgado", "Jennifer Osei", "Ryan Kowalski"]
RK_LIKELIHOOD = ["1 - Rare", "2 - Unlikely", "3 - Possible", "4 - Likely", "5 - Almost Certain"]
RK_IMPACT = ["1 - Minimal", "2 - Minor", "3 - Moderate", "4 - Major", "5 - Severe"]
RK_RESPONSE = {"Mitigate": "Reduce", "Accept": "Accept", "Transfer": "Transfer"}
RK_RESPONSE |= {"Avoid": "Avoid"}
RK_STATUS = {"Active": "Open", "Under Review": None, "Closed": "Closed"}


def riskonnect_risk_register(folder: Path, rng: random.Random) -> Built:
    """A US hospital network's EHR go-live risk register exported from Riskonnect: a report
    title and a run / filter line, numbered word scales (`4 - Likely`), a response
    strategy beside the plan, date-time cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Riskonnect - Project Risk Register"
    ws["A2"] = "Report run: 04/02/2026 07:45 AM | Filter: Program = Epic Go-Live Wave 2"
    header = ["Risk ID", "Risk Title", "Risk Category", "Risk Owner", "Date Identified"]
    header += ["Inherent Likelihood", "Inherent Impact", "Inherent Score"]
    header += ["Response Strategy", "Mitigation Plan", "Residual Likelihood"]
    header += ["Residual Impact", "Risk Status", "Next Review Date"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(RK_RISKS, n)
    raised = _days(rng, n, date(2025, 11, 3))
    # audit (round 26): `Filter: Program = ...` names the programme every row was drawn
    # from, as round 25's audit read Acuity's `Programme: ... | Exported ...`; the run
    # stamp stays no report date (round 20's `Generated`)
    values: list[ValueFact] = [ValueFact("project", 0, "programme", "Epic Go-Live Wave 2")]
    for i, (title, cat) in enumerate(picks):
        owner = rng.choice(RK_PEOPLE)
        p, imp = rng.randint(2, 5), rng.randint(2, 5)
        rp, ri = max(1, p - rng.randint(1, 2)), max(1, imp - rng.randint(0, 1))
        strategy = rng.choice(list(RK_RESPONSE))
        plan = rng.choice(["Extra super-user shifts", "Vendor escalation call weekly", None])
        state = rng.choice(list(RK_STATUS))
        stamp = datetime(raised[i].year, raised[i].month, raised[i].day, 10, 5)
        review = raised[i] + timedelta(days=30)
        number = 41 + 3 * i
        cells: list[object] = [f"RISK-{number:05d}", title, cat, owner, stamp]
        cells += [RK_LIKELIHOOD[p - 1], RK_IMPACT[imp - 1], p * imp, strategy, plan]
        cells += [RK_LIKELIHOOD[rp - 1], RK_IMPACT[ri - 1], state, review]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 5).number_format = "m/d/yyyy h:mm AM/PM"
        ws.cell(5 + i, 14).number_format = "m/d/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{number:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response_type", RK_RESPONSE[strategy]),
            ValueFact("risks", i, "residual_probability", float(rp)),
            ValueFact("risks", i, "residual_impact", float(ri)),
        ]
        if plan:
            values.append(ValueFact("risks", i, "response", plan))
        if cat in RK_CATEGORY:
            values.append(ValueFact("risks", i, "category", RK_CATEGORY[cat]))
        if RK_STATUS[state]:
            values.append(ValueFact("risks", i, "status", RK_STATUS[state]))
    path = _save(wb, folder, "riskonnect_risk_register")
    targets: Targets = _cols("A", ["id", "title", "category", "owner", "raised_date"])
    targets |= _cols("F", ["probability", "impact", ("score", None), "response_type"])
    targets |= _cols("J", ["response", "residual_probability", "residual_impact", "status"])
    targets |= {"N": None}
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


AG_DEPS = [
    ("Policy admin API exposes coverage limits", "Upstream", "Guidewire PolicyCenter Team"),
    ("Fraud scoring model v3 deployed to staging", "Upstream", "Data Science Guild"),
    ("Claims events published to the enterprise bus", "Downstream", "Finance Integration"),
    ("SSO for adjusters in the mobile app", "Upstream", "Identity Platform"),
    (
        "First notice of loss data feed for the regulator report",
        "Downstream",
        "Regulatory Reporting",
    ),
    ("Payment gateway sandbox for claim payouts", "Upstream", "Payments Squad"),
]
AG_PEOPLE = ["Geneviève Tremblay", "Harpreet Sandhu", "Liam MacDonald", "Chloé Gagnon"]
AG_STATUS = {"Open": "Open", "At Risk": "At Risk", "Done": "Delivered", "Blocked": None}


def agility_dependency_export(folder: Path, rng: random.Random) -> Built:
    """A Canadian insurer's claims team dependencies exported from Digital.ai Agility:
    `Upstream` / `Downstream` for the direction, another team's name, need-by and
    committed date cells, a planning interval column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    header = ["ID", "Name", "Dependency Type", "Other Team", "Owner", "Needed By"]
    header += ["Committed Date", "Status", "Planning Interval"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(AG_DEPS, n)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (title, kind, team) in enumerate(picks):
        owner = rng.choice(AG_PEOPLE)
        state = rng.choice(list(AG_STATUS))
        committed = need[i] + timedelta(days=rng.choice([-7, 0, 10])) if state != "Open" else None
        number = 142 + 5 * i
        cells: list[object] = [f"DEP-{number:04d}", title, kind, team, owner, need[i]]
        cells += [committed, state, "PI 26.2"]
        _put(ws, 2 + i, 1, [cells])
        for c in (6, 7):
            ws.cell(2 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{number:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if kind == "Upstream" else "Outbound"
            ),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
        ]
        if committed:
            values.append(ValueFact("dependencies", i, "committed_date", committed))
        if AG_STATUS[state]:
            values.append(ValueFact("dependencies", i, "status", AG_STATUS[state]))
    path = _save(wb, folder, "agility_dependency_export")
    targets: Targets = _cols("A", ["id", "title", "direction"])
    targets |= _cols("D", [("counterparty_project_id", "counterparty_owner", None), "owner"])
    targets |= _cols("F", ["need_by", "committed_date", "status", None])
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


HI_ITEMS = {
    "R": [
        "ठेकेदार मानसून से पहले नींव का काम पूरा नहीं कर पाएगा",
        "बॉयलर के लिए प्रदूषण बोर्ड की अनुमति में देरी हो सकती है",
        "आयातित पैकिंग मशीन की कीमत रुपये के गिरने से बढ़ सकती है",
    ],
    "A": [
        "बिजली विभाग 2 मेगावाट का कनेक्शन समय पर देगा",
        "मौजूदा लाइन के ऑपरेटर नई लाइन पर काम करेंगे",
    ],
    "I": [
        "गोदाम की छत से पानी टपक रहा है",
        "सिविल ठेकेदार का बिल विवादित है",
        "सुरक्षा ऑडिट में अग्निशमन पाइप कम पाए गए",
    ],
    "D": [
        "मुख्यालय की आईटी टीम से SAP प्लांट कोड",
        "वितरक टीम से नए उत्पाद का मांग अनुमान",
    ],
}
HI_TYPE = {"R": "जोखिम", "A": "धारणा", "I": "मुद्दा", "D": "निर्भरता"}
HI_REG = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
HI_DUE = {"R": "due_date", "A": "validate_by", "I": "due_date", "D": "need_by"}
HI_TITLE = {"R": "title", "A": "assumption", "I": "title", "D": "title"}
HI_PEOPLE = ["राजेश कुमार", "सुनीता वर्मा", "अमित श्रीवास्तव", "प्रिया सिंह"]
HI_PRIORITY = {"उच्च": "High", "मध्यम": "Medium", "निम्न": "Low"}
HI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून"]
HI_MONTHS += ["जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]


def _hi(d: date) -> str:
    return f"{d.day} {HI_MONTHS[d.month - 1]} {d.year}"


def hindi_raid_log(folder: Path, rng: random.Random) -> Built:
    """An Indian consumer goods maker's Lucknow plant expansion RAID log in Hindi: one table
    with the register per row in a type column, Hindi month words in text dates, a notes
    row above the header and a blank spacer row under it."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "RAID लॉग"
    ws["A2"] = "परियोजना: लखनऊ संयंत्र विस्तार - चरण 2"
    ws["A3"] = "नोट: हर सोमवार की बैठक के बाद अद्यतन करें"
    header = ["आईडी", "प्रकार", "विवरण", "ज़िम्मेदार", "दर्ज तिथि", "लक्ष्य तिथि"]
    header += ["प्राथमिकता", "स्थिति", "टिप्पणी"]
    _put(ws, 5, 1, [header])
    rows: list[tuple[str, str]] = [(k, t) for k, items in HI_ITEMS.items() for t in items]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "लखनऊ संयंत्र विस्तार - चरण 2"),
    ]
    index = dict.fromkeys(HI_REG, 0)
    for r, (kind, text) in enumerate(rows):
        i = index[kind]
        index[kind] += 1
        reg = HI_REG[kind]
        owner = rng.choice(HI_PEOPLE)
        due = raised[r] + timedelta(days=rng.choice([14, 30, 45]))
        prio = rng.choice(list(HI_PRIORITY))
        state = rng.choice(["खुला", "प्रगति पर", "बंद"] if kind == "I" else ["खुला", "बंद"])
        note = rng.choice(["साप्ताहिक बैठक में चर्चा", None])
        cells: list[object] = [f"{kind}{i + 1:02d}", HI_TYPE[kind], text, owner]
        cells += [_hi(raised[r]), _hi(due), prio, state, note]
        _put(ws, 7 + r, 1, [cells])
        status = {"खुला": "Open", "प्रगति पर": "In Progress", "बंद": "Closed"}[state]
        values += [
            ValueFact(reg, i, "id", f"{kind}-{i + 1:03d}"),
            ValueFact(reg, i, HI_TITLE[kind], text),
            ValueFact(reg, i, "owner", owner),
            ValueFact(reg, i, HI_DUE[kind], due),
            ValueFact(reg, i, "status", status),
        ]
        if kind != "D":  # a dependency has no raised date in the standard
            values.append(ValueFact(reg, i, "raised_date", raised[r]))
        if kind == "I":
            values.append(ValueFact(reg, i, "priority", HI_PRIORITY[prio]))
    path = _save(wb, folder, "hindi_raid_log")
    targets: Targets = {
        "A": "id",
        "B": "register",
        "C": ("title", "assumption"),
        "D": "owner",
        "E": "raised_date",
        "F": ("due_date", "validate_by", "need_by"),
        "G": ("priority", "rating", None),
        "H": "status",
        "I": None,
    }
    counts = {HI_REG[k]: len(v) for k, v in HI_ITEMS.items()}
    return Built(path, [TruthTable("RAID", 5, "raid", targets, counts)], values)


KM_ISSUES = [
    "ម៉ាស៊ីនត្បាញថ្មីពីរគ្រឿងមិនទាន់ដំឡើងរួច",
    "អគ្គិសនីដាច់ញឹកញាប់នៅវេនយប់",
    "អំបោះពីអ្នកផ្គត់ផ្គង់មកដល់យឺត",
    "កម្មករថ្មីមិនទាន់បានបណ្តុះបណ្តាល",
    "ប្រព័ន្ធបញ្ចេញខ្យល់ក្តៅពេក",
    "អតិថិជនស្នើផ្លាស់ប្តូរពណ៌ក្រណាត់",
    "ឯកសារនាំចេញពីក្រសួងពាណិជ្ជកម្មយឺត",
]
KM_PEOPLE = ["សុខ ចាន់ថា", "ហេង សុភា", "ចាន់ ដារ៉ា", "គឹម សុវណ្ណ"]
KM_PRIORITY = {"ខ្ពស់": "High", "មធ្យម": "Medium", "ទាប": "Low"}
KM_STATUS = {"បើក": "Open", "កំពុងដោះស្រាយ": "In Progress", "បានដោះស្រាយ": "Resolved"}
KM_STATUS |= {"បិទ": "Closed"}
KM_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def _km(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}".translate(KM_DIGITS)


def khmer_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Cambodian garment plant's knitting line issue log in Khmer: a title and a
    project line (Khmer colon `៖`), row numbers, dates written in Khmer digits."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "បញ្ហា")
    ws["A1"] = "បញ្ជីតាមដានបញ្ហា"
    ws["A2"] = "គម្រោង៖ ខ្សែសង្វាក់ត្បាញថ្មី រោងចក្រកំពង់ស្ពឺ"
    header = ["ល.រ", "បញ្ហា", "អ្នកទទួលខុសត្រូវ", "កាលបរិច្ឆេទកត់ត្រា", "ថ្ងៃកំណត់"]
    header += ["អាទិភាព", "ស្ថានភាព", "កំណត់សម្គាល់"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(KM_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "ខ្សែសង្វាក់ត្បាញថ្មី រោងចក្រកំពង់ស្ពឺ"),
    ]
    for i, title in enumerate(picks):
        owner = rng.choice(KM_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([7, 14, 21]))
        prio, state = rng.choice(list(KM_PRIORITY)), rng.choice(list(KM_STATUS))
        cells: list[object] = [str(i + 1).translate(KM_DIGITS), title, owner]
        cells += [_km(raised[i]), _km(due), prio, state, rng.choice(["តាមដានរៀងរាល់ថ្ងៃ", None])]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "priority", KM_PRIORITY[prio]),
            ValueFact("issues", i, "status", KM_STATUS[state]),
        ]
    path = _save(wb, folder, "khmer_issue_log")
    targets: Targets = _cols("A", [("id", None), "title", "owner", "raised_date"])
    targets |= _cols("E", ["due_date", "priority", "status", None])
    return Built(path, [_one("issues", "បញ្ហា", 4, targets, n)], values)


SI_ASSUMPTIONS = [
    "වරාය අධිකාරිය මාර්තු අවසානයට පෙර ඉඩම භාර දෙනු ඇත",
    "සිසිල් ගබඩා උපකරණ සඳහා තීරු බදු සහන ලැබෙනු ඇත",
    "දැනට සිටින රියදුරන් නව ගබඩාවට මාරු වීමට එකඟ වනු ඇත",
    "විදුලිබල මණ්ඩලය අමතර ට්‍රාන්ස්ෆෝමරය ලබා දෙනු ඇත",
    "රේගු පද්ධතිය නව ගබඩා කේතය පිළිගනු ඇත",
    "කුලී ගිවිසුම වසර පහකට අත්සන් කරනු ඇත",
]
SI_PEOPLE = ["නිමල් පෙරේරා", "කුමුදු ජයසිංහ", "ප්‍රසන්න සිල්වා", "දිල්හානි ප්‍රනාන්දු"]
SI_CONF = {"ඉහළ": "High", "මධ්‍යම": "Medium", "අඩු": "Low"}
SI_STATUS = {"විවෘත": "Open", "තහවුරු විය": "Validated", "වලංගු නැත": "Invalid"}
SI_STATUS |= {"වසා ඇත": "Closed"}
SI_MONTHS = ["ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි"]
SI_MONTHS += ["ජූලි", "අගෝස්තු", "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"]


def _si(d: date) -> str:
    return f"{d.year} {SI_MONTHS[d.month - 1]} {d.day}"


def sinhala_assumptions_log(folder: Path, rng: random.Random) -> Built:
    """A Colombo logistics hub's assumptions log in Sinhala: a two-row header (`දින`
    merged over the two dates, the other labels merged down), year-first text dates with
    Sinhala month words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "උපකල්පන")
    ws["A1"] = "උපකල්පන ලේඛනය"
    ws["A2"] = "ව්‍යාපෘතිය: කොළඹ බෙදාහැරීමේ මධ්‍යස්ථානය - දෙවන අදියර"
    for col, text in (("A", "අංකය"), ("B", "උපකල්පනය"), ("C", "වගකිව යුත්තා")):
        ws[f"{col}4"] = text
        ws.merge_cells(f"{col}4:{col}5")
    ws["D4"] = "දින"
    ws.merge_cells("D4:E4")
    _put(ws, 5, 4, [["ඇතුළත් කළ", "තහවුරු කළ යුතු"]])
    for col, text in (("F", "විශ්වාසය"), ("G", "තත්ත්වය"), ("H", "අසත්‍ය නම් බලපෑම")):
        ws[f"{col}4"] = text
        ws.merge_cells(f"{col}4:{col}5")
    n = rng.randint(4, 6)
    picks = rng.sample(SI_ASSUMPTIONS, n)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "කොළඹ බෙදාහැරීමේ මධ්‍යස්ථානය - දෙවන අදියර"),
    ]
    for i, text in enumerate(picks):
        owner = rng.choice(SI_PEOPLE)
        by = raised[i] + timedelta(days=rng.choice([20, 40]))
        conf, state = rng.choice(list(SI_CONF)), rng.choice(list(SI_STATUS))
        effect = rng.choice(["විවෘත කිරීම මාසයකින් ප්‍රමාද වේ", "පිරිවැය 10% කින් වැඩි වේ"])
        cells: list[object] = [f"UP-{i + 1:02d}", text, owner, _si(raised[i]), _si(by)]
        cells += [conf, state, effect]
        _put(ws, 6 + i, 1, [cells])
        values += [
            # audit (round 26): `UP` is උපකල්පනය's (assumption's) prefix, so `UP-01` is
            # A-001 in the standard's form keeping the number, as round 19 read the French
            # `H-01` (hypothèse) A-001
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", raised[i]),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "confidence", SI_CONF[conf]),
            ValueFact("assumptions", i, "status", SI_STATUS[state]),
            ValueFact("assumptions", i, "impact_if_false", effect),
        ]
    path = _save(wb, folder, "sinhala_assumptions_log")
    targets: Targets = _cols("A", ["id", "assumption", "owner", "raised_date"])
    targets |= _cols("E", ["validate_by", "confidence", "status", "impact_if_false"])
    return Built(path, [_one("assumptions", "උපකල්පන", 5, targets, n)], values)


RW_DECISIONS = [
    ("Iminara mishya izubakwa mu Karere ka Nyamagabe mbere ya Rubavu", "Abakiriya benshi"),
    ("Tuzakoresha imirasire y'izuba aho amashanyarazi ya REG atagera", "Ikiguzi gito"),
    ("Amasezerano y'ubutaka azasinywa n'imirenge aho kuba abantu ku giti cyabo", "Byihuse"),
    ("Rwiyemezamirimo umwe gusa azubaka iminara yose y'icyiciro cya kabiri", "Igenzura"),
    ("Ibikoresho bizanyuzwa ku cyambu cya Dar es Salaam", "Igihe gito"),
    ("Inama y'ubuyobozi izajya iba buri wa kabiri", "Gukurikirana neza"),
]
RW_PEOPLE = ["Jean Claude Habimana", "Aline Uwase", "Eric Niyonzima", "Diane Mukamana"]
RW_MONTHS = ["Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena"]
RW_MONTHS += ["Nyakanga", "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza"]


def kinyarwanda_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Kigali mobile network tower rollout's decision log in Kinyarwanda: the table
    starts in column B, Kinyarwanda month words in text dates, a note row under the
    table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ibyemezo")
    ws["B1"] = "Igitabo cy'ibyemezo"
    ws["B2"] = "Umushinga: Iminara y'itumanaho mu cyaro - icyiciro cya 2"
    header = ["No", "Itariki", "Icyemezo", "Impamvu", "Uwafashe icyemezo", "Icyitonderwa"]
    _put(ws, 4, 2, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(RW_DECISIONS, n)
    when = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Iminara y'itumanaho mu cyaro - icyiciro cya 2"),
    ]
    for i, (decision, why) in enumerate(picks):
        who = rng.choice(RW_PEOPLE)
        d = when[i]
        cells: list[object] = [i + 1, f"{d.day} {RW_MONTHS[d.month - 1]} {d.year}", decision]
        cells += [why, who, rng.choice(["Byemejwe n'inama", None])]
        _put(ws, 5 + i, 2, [cells])
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    ws.cell(6 + n, 2, "Icyitonderwa: ibyemezo byose byemezwa n'umuyobozi w'umushinga")
    path = _save(wb, folder, "kinyarwanda_decision_log")
    targets: Targets = _cols("B", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= {"G": None}
    return Built(path, [_one("decisions", "Ibyemezo", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

EE_ACCOUNTS = [
    ("6110", "LNG Tank and Piping"),
    ("6120", "Dual-Fuel Engine Conversion"),
    ("6310", "Class Society Approval"),
    ("6420", "Dry Dock Fees"),
    ("6550", "Crew Training"),
]


def business_central_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """An Estonian ferry operator's LNG retrofit from Business Central's G/L budget vs
    actual, long format: account number and name, period start date cells, budget, net
    change (blank for future periods), variance and variance %."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "G/L Budget vs. Actual"
    ws["A2"] = "Saaremaa Laevakompanii AS"
    ws["A3"] = "Dimension: PROJECT = LNG-RETRO | Amounts in EUR"
    header = ["G/L Account No.", "G/L Account Name", "Period Start", "Budget Amount"]
    header += ["Net Change", "Variance", "Variance %"]
    _put(ws, 5, 1, [header])
    months = _months(date(2026, 1, 1), 4)
    accounts = rng.sample(EE_ACCOUNTS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 6
    for number, name in accounts:
        for m, month in enumerate(months):
            budget = float(rng.randrange(20, 200) * 500)
            actual = round(budget * rng.uniform(0.6, 1.3), 2) if m < 2 else None
            var = round(budget - actual, 2) if actual is not None else budget
            pct = round(var / budget, 4)
            _put(ws, row, 1, [[number, name, month, budget, actual, var, pct]])
            ws.cell(row, 3).number_format = "dd.mm.yyyy"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0.00"
            ws.cell(row, 7).number_format = "0.0%"
            values.append(ValueFact("finance", (month, name), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, name), "actual", actual))
            row += 1
    path = _save(wb, folder, "business_central_budget_vs_actual")
    targets: Targets = {"A": None, "B": "cost_line", "C": "month", "D": "budget"}
    targets |= {"E": "actual", "F": None, "G": None}
    count = len(months) * len(accounts)
    table = TruthTable("Budget vs Actual", 5, "finance", targets, {"finance": count})
    return Built(path, [table], values)


BE_MILESTONES = [
    "Line layout frozen",
    "Enrobing machine FAT at supplier",
    "Cold room handed over",
    "First trial batch of pralines",
    "Food safety audit passed",
    "Line released to production",
]
BE_PEOPLE = ["Sofie Peeters", "Pieter Janssens", "Camille Dubois", "Lotte Maes"]


def ganttpro_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A Belgian chocolate maker's praline line milestones exported from GanttPRO: a Type
    column, baseline end and end date as ISO date-time text, progress as percent text,
    GanttPRO's Open / In progress / Done statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Project")
    header = ["Task name", "Type", "Assigned", "Baseline end", "End date", "Progress"]
    header += ["Status"]
    _put(ws, 1, 1, [header])
    n = len(BE_MILESTONES)
    base = _days(rng, n, date(2026, 1, 12))
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(BE_MILESTONES):
        owner = rng.choice(BE_PEOPLE)
        end = base[i] + timedelta(days=rng.choice([0, 4, 12]))
        state = "Done" if i < done else rng.choice(["In progress", "Open"])
        pct = "100%" if state == "Done" else rng.choice(["0%", "40%"])
        cells: list[object] = [name, "Milestone", owner, f"{base[i]:%Y-%m-%d} 17:00"]
        cells += [f"{end:%Y-%m-%d} 17:00", pct, state]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", end),
        ]
        if state != "Open":
            status = "Complete" if state == "Done" else "In Progress"
            values.append(ValueFact("milestones", i, "status", status))
    path = _save(wb, folder, "ganttpro_milestone_plan")
    targets: Targets = _cols("A", ["milestone", None, "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", None, "status"])
    return Built(path, [_one("milestones", "Project", 1, targets, n)], values)


TL_MILESTONES = [
    "Community water committees formed in Ermera",
    "Spring box rehabilitation contract signed",
    "Ten spring boxes rehabilitated",
    "Solar pumps commissioned in Liquiçá",
    "Water quality testing handed to the ministry",
]
TL_PEOPLE = ["Maria da Costa", "João Soares", "Ana Ximenes", "Tomás Belo"]
TL_STATUS = {"On track": None, "Delayed": None, "Not started": "Not Started"}
TL_RISKS = [
    ("Rainy season blocks road access to upland sucos", "H", "M"),
    ("Contractor lacks spare parts for solar pumps", "M", "H"),
    ("Community contributions lower than agreed", "L", "M"),
]
HML = {"H": 5.0, "M": 3.0, "L": 1.0}


def _long(d: date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def undp_quarterly_progress_report(folder: Path, rng: random.Random) -> Built:
    """A UNDP country office's quarterly progress report (Timor-Leste): label / value pairs
    with colons, a project ID as zero-led text, an overall status colour word, then a key
    milestones table with long text dates and a key risks table with H / M / L."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "QPR")
    ws["A1"] = "UNITED NATIONS DEVELOPMENT PROGRAMME"
    ws["A2"] = "QUARTERLY PROGRESS REPORT"
    pm = rng.choice(TL_PEOPLE)
    block = [
        ["Project Title:", "Climate-Resilient Rural Water Supply"],
        ["Project ID:", "00128734"],
        ["Implementing Partner:", "Ministry of Public Works"],
        ["Project Manager:", pm],
        ["Reporting Period:", "1 January - 31 March 2026"],
        ["Overall Status:", "Amber"],
        ["Total Budget (USD):", 2450000],
    ]
    _put(ws, 4, 1, block)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Climate-Resilient Rural Water Supply"),
        ValueFact("project", 0, "project_id", "00128734"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "overall_rag", "Amber"),
        ValueFact("project", 0, "currency", "USD"),
        # audit (round 26): the report is as at its period's end, as batch 23's `Reporting
        # Period End` and batch 30's `Period ending:` gave the report date
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
    ]
    ws["A12"] = "Key Milestones"
    header = ["#", "Milestone", "Responsible", "Planned Date", "Revised Date", "Actual Date"]
    header += ["Status", "Remarks"]
    _put(ws, 13, 1, [header])
    n = len(TL_MILESTONES)
    base = _days(rng, n, date(2025, 10, 6))
    done = rng.randint(1, 2)
    for i, name in enumerate(TL_MILESTONES):
        owner = rng.choice(TL_PEOPLE)
        rev = base[i] + timedelta(days=rng.choice([0, 14, 30]))
        actual = rev if i < done else None
        state = "Achieved" if actual else rng.choice(list(TL_STATUS))
        cells: list[object] = [i + 1, name, owner, _long(base[i]), _long(rev)]
        cells += [_long(actual) if actual else None, state, None]
        _put(ws, 14 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", rev),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
            values.append(ValueFact("milestones", i, "status", "Complete"))
        elif TL_STATUS[state]:
            values.append(ValueFact("milestones", i, "status", TL_STATUS[state]))
    top = 14 + n + 2
    ws.cell(top, 1, "Key Risks")
    _put(ws, top + 1, 1, [["#", "Risk", "Likelihood", "Impact", "Mitigation Measure"]])
    ws.cell(top + 1, 6, "Risk Owner")
    for i, (risk, p, imp) in enumerate(TL_RISKS):
        owner = rng.choice(TL_PEOPLE)
        fix = rng.choice(
            ["Pre-position materials in Gleno", "Framework agreement with a second supplier"]
        )
        _put(ws, top + 2 + i, 1, [[i + 1, risk, p, imp, fix, owner]])
        values += [
            ValueFact("risks", i, "title", risk),
            ValueFact("risks", i, "probability", HML[p]),
            ValueFact("risks", i, "impact", HML[imp]),
            ValueFact("risks", i, "response", fix),
            ValueFact("risks", i, "owner", owner),
        ]
    path = _save(wb, folder, "undp_quarterly_progress_report")
    ms: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    ms |= _cols("E", ["forecast_date", "actual_date", "status", None])
    rk: Targets = _cols("A", [("id", None), "title", "probability", "impact", "response"])
    rk |= {"F": "owner"}
    tables = [
        _one("milestones", "QPR", 13, ms, n),
        _one("risks", "QPR", top + 1, rk, len(TL_RISKS)),
    ]
    return Built(path, tables, values)


DR_LINES = [
    ("Capital Equipment", "Operations"),
    ("Cleanroom Construction", "Facilities"),
    ("Validation Services", "Quality"),
    ("Temporary Labor", "Operations"),
    ("IT Infrastructure", "IT"),
]


def planful_budget_actual_thousands(folder: Path, rng: random.Random) -> Built:
    """A Dominican Republic medical device plant expansion from a Planful dynamic report:
    `($ in thousands)` and a fiscal year line in the title, `Budget FY26` and `Actual`
    group labels merged over text month labels, a Total column per group, actuals to
    March only."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    ws["A1"] = "Capacity Expansion - Haina Plant: Budget vs Actual"
    ws["A2"] = "Fiscal Year 2026 (January - December) | ($ in thousands)"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{m:%b}-{m.year % 100:02d}" for m in months]
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    width = len(months) + 1
    for g, name in enumerate(["Budget FY26", "Actual"]):
        col = 3 + g * width
        ws.cell(4, col, name)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + width - 1)
        _put(ws, 5, col, [[*labels, "Total"]])
    ws["A4"] = "Account"
    ws["B4"] = "Department"
    lines = rng.sample(DR_LINES, 4)
    # audit (round 26): no currency fact: `$` is bare (no word or code), and in the
    # Dominican Republic `$` is also the peso's sign (RD$); round 24's audit gave Unanet's
    # bare `$` and round 25's BigTime's no currency for the same reason
    values: list[ValueFact] = []
    for i, (line, dept) in enumerate(lines):
        budgets = [round(rng.randrange(20, 400) * 2.5, 1) for _ in months]
        actuals = [
            round(b * rng.uniform(0.5, 1.3), 1) if m < 3 else None for m, b in enumerate(budgets)
        ]
        cells: list[object] = [line, dept, *budgets, round(sum(budgets), 1)]
        cells += [*actuals, round(sum(a or 0.0 for a in actuals), 1)]
        _put(ws, 6 + i, 1, [cells])
        for m, month in enumerate(months):
            values.append(
                ValueFact("finance", (month, line), "budget", round(budgets[m] * 1000, 2))
            )
            spent = actuals[m]
            if spent is not None:
                values.append(ValueFact("finance", (month, line), "actual", round(spent * 1000, 2)))
    path = _save(wb, folder, "planful_budget_actual_thousands")
    targets: Targets = {"A": "cost_line", "B": ("category", None)}
    count = len(months) * len(lines)
    table = TruthTable("Report", 5, "finance", targets, {"finance": count})
    return Built(path, [table], values)


TE_STAFF = [
    ("శ్రీనివాస్ రెడ్డి", "ప్రాజెక్ట్ మేనేజర్"),
    ("లక్ష్మీ ప్రసన్న", "బిజినెస్ అనలిస్ట్"),
    ("రవి కుమార్", "జావా డెవలపర్"),
    ("సుజాత రావు", "టెస్టర్"),
    ("వెంకటేష్ నాయుడు", "డేటాబేస్ అడ్మిన్"),
    ("అనూష శర్మ", "UI డిజైనర్"),
]
TE_MONTHS = ["జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్"]
TE_MONTHS += ["జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్", "నవంబర్", "డిసెంబర్"]


def telugu_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Hyderabad office's state e-governance portal team plan in Telugu: days per month
    (the title says so), Telugu month words across, blank cells where not booked, a total
    column and a total row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "వనరులు")
    ws["A1"] = "వనరుల ప్రణాళిక (రోజులు)"
    ws["A2"] = "ప్రాజెక్ట్: మీసేవ పోర్టల్ అప్‌గ్రేడ్"
    months = _months(date(2026, 4, 1), 5)
    labels = [f"{TE_MONTHS[m.month - 1]} {m.year}" for m in months]
    _put(ws, 4, 1, [["క్ర.సం.", "పేరు", "పాత్ర", *labels, "మొత్తం"]])
    staff = rng.sample(TE_STAFF, 5)
    count = 0
    sums = [0.0] * len(months)
    for i, (person, role) in enumerate(staff):
        days = [rng.choice([None, 5.0, 10.0, 15.0, 20.0]) for _ in months]
        count += sum(1 for d in days if d)
        sums = [s + (d or 0.0) for s, d in zip(sums, days, strict=True)]
        _put(ws, 5 + i, 1, [[i + 1, person, role, *days, sum(d or 0.0 for d in days)]])
    _put(ws, 5 + len(staff), 1, [[None, "మొత్తం", None, *sums, sum(sums)]])
    path = _save(wb, folder, "telugu_resource_plan")
    targets: Targets = {"A": None, "B": "person", "C": "role", "I": None}
    table = TruthTable("వనరులు", 4, "resources", targets, {"resources": count})
    values = [ValueFact("project", 0, "project_name", "మీసేవ పోర్టల్ అప్‌గ్రేడ్")]
    return Built(path, [table], values)


KZ_LINES = ["Сөрелер мен жабдық", "Құрылыс жұмыстары", "Қойма бағдарламасы", "Күзет жүйесі"]
KZ_MONTHS = ["Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым"]
KZ_MONTHS += ["Шілде", "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан"]


def _kzt(x: float) -> str:
    """Tenge as a Kazakh PM types it: spaces between thousands, a decimal comma, the tenge
    sign after the number."""
    return f"{x:,.2f}".replace(",", " ").replace(".", ",") + " ₸"


def kazakh_finance_tracker(folder: Path, rng: random.Random) -> Built:
    """An Almaty distribution centre's spend tracker in Kazakh: cost items merged down
    their plan and actual rows, a measure column, Kazakh month words across, amounts as
    text with space thousands, a decimal comma and the tenge sign, a total column, a
    colour word for the budget's state in the title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Шығындар")
    ws["A1"] = "Бюджеттің орындалуы"
    ws["A2"] = "Жоба: Алматы тарату орталығы - 2-кезең"
    ws["A3"] = "Бюджет жағдайы: Сары"
    ws["A4"] = "Сомалар теңгемен"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{KZ_MONTHS[m.month - 1]} {m.year}" for m in months]
    _put(ws, 6, 1, [["Шығын бабы", "Көрсеткіш", *labels, "Барлығы"]])
    lines = rng.sample(KZ_LINES, 3)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Алматы тарату орталығы - 2-кезең"),
        # `Бюджет жағдайы` (the budget's state) is the cost RAG, `Сары` (yellow) Amber
        ValueFact("project", 0, "cost_rag", "Amber"),
    ]
    row = 7
    for line in lines:
        plan = [float(rng.randrange(4, 90) * 250_000) for _ in months]
        fact = [round(p * rng.uniform(0.6, 1.2), -3) if m < 3 else None for m, p in enumerate(plan)]
        _put(ws, row, 1, [[line, "Жоспар", *[_kzt(p) for p in plan], _kzt(sum(plan))]])
        cells = [_kzt(f) if f is not None else None for f in fact]
        _put(ws, row + 1, 2, [["Нақты", *cells, _kzt(sum(f or 0.0 for f in fact))]])
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", plan[m]))
            spent = fact[m]
            if spent is not None:
                values.append(ValueFact("finance", (month, line), "actual", spent))
        row += 2
    path = _save(wb, folder, "kazakh_finance_tracker")
    targets: Targets = {"A": "cost_line", "B": "measure", "I": None}
    count = len(months) * len(lines)
    table = TruthTable("Шығындар", 6, "finance", targets, {"finance": count})
    return Built(path, [table], values)


HELD_OUT_36: tuple[Layout, ...] = (
    Layout(
        "riskonnect_risk_register",
        "Riskonnect risk register export (US hospital network EHR go-live)",
        riskonnect_risk_register,
    ),
    Layout(
        "agility_dependency_export",
        "Digital.ai Agility dependency export, Upstream / Downstream (Canadian insurer)",
        agility_dependency_export,
    ),
    Layout(
        "hindi_raid_log",
        "Lucknow plant expansion RAID log, one table, Hindi month words (Hindi)",
        hindi_raid_log,
    ),
    Layout(
        "khmer_issue_log",
        "Cambodian garment plant issue log, Khmer digits in dates (Khmer)",
        khmer_issue_log,
    ),
    Layout(
        "sinhala_assumptions_log",
        "Colombo logistics hub assumptions log, merged date header (Sinhala)",
        sinhala_assumptions_log,
    ),
    Layout(
        "kinyarwanda_decision_log",
        "Kigali tower rollout decision log from column B (Kinyarwanda)",
        kinyarwanda_decision_log,
    ),
    Layout(
        "business_central_budget_vs_actual",
        "Dynamics 365 Business Central G/L budget vs actual, long (Estonian ferry operator)",
        business_central_budget_vs_actual,
    ),
    Layout(
        "ganttpro_milestone_plan",
        "GanttPRO milestone export, ISO date-time text (Belgian chocolate maker)",
        ganttpro_milestone_plan,
    ),
    Layout(
        "undp_quarterly_progress_report",
        "UNDP quarterly progress report template (Timor-Leste rural water)",
        undp_quarterly_progress_report,
    ),
    Layout(
        "planful_budget_actual_thousands",
        "Planful dynamic report, Budget / Actual over months, $ thousands (Dominican plant)",
        planful_budget_actual_thousands,
    ),
    Layout(
        "telugu_resource_plan",
        "Hyderabad e-governance team plan in days, Telugu month words (Telugu)",
        telugu_resource_plan,
    ),
    Layout(
        "kazakh_finance_tracker",
        "Almaty distribution centre spend tracker, tenge text (Kazakh)",
        kazakh_finance_tracker,
    ),
)
