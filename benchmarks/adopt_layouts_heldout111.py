"""Held-out, hundred-and-eleventh batch (round 39, task w119): ordinary workbooks in other
languages.

Twelve registers and trackers as project teams keep them in their own language, each
imagined from how such a team works (no earlier batch opened for the format): eight
registers, three trackers and one status report, in twelve languages, ten of them
languages or scripts earlier batches used little (Armenian, Telugu, Malayalam, Uzbek
Latin, Somali, Zulu, Yoruba, Gujarati, Kannada, Kazakh). Dates, numbers and money as each
country writes them; status words as its PMs say them.

- ``hy_gyumri_brandy_bottling_risk_register``: a brandy house's bottling-line risks,
  Armenian; org, project and PM label lines; `Հ/Հ`, `Ռիսկի նկարագրություն`, `Կատեգորիա`,
  1-5 `Հավանականություն` / `Ազդեցություն`, a typed `Գնահատական` (score), `Պատասխանատու`,
  `Մեղմացման միջոցառումներ`, `Ժամկետ` as text `14.03.2026`, `Բաց` / `Հսկողության տակ` / `Փակ`.
- ``te_guntur_market_yard_eauction_risk_register``: an agricultural market yard's e-auction
  system, Telugu; `క్ర.సం.`, `రిస్క్ ఐడి` `RSK-01`, `ఎక్కువ` / `మధ్యస్థం` / `తక్కువ` likelihood and
  impact, date cells `dd-mm-yyyy`, `తెరిచి ఉంది` / `పర్యవేక్షణలో` / `మూసివేయబడింది`, remarks.
- ``ml_thrissur_pooram_crowd_milestone_plan``: a temple festival's crowd-management plan,
  Malayalam; planned / revised / completed date cells `dd/mm/yyyy`, `പൂർത്തിയായി` /
  `പുരോഗതിയിൽ` / `ആരംഭിച്ചിട്ടില്ല` / `വൈകി`, a note column, a legend line under the table.
- ``uz_rishton_ceramics_decision_log``: a ceramics workshop's export project, Uzbek Latin;
  `№`, `Sana` text `14.03.2026`, `Masala` (topic), `Qabul qilingan qaror`, `Asoslash`,
  `Kim qabul qildi`, `Ijrochi`, `Muddat`.
- ``so_sanaag_frankincense_dependency_register``: a frankincense cooperative's sorting
  centre, Somali; `Tix.`, `Waxa laga sugayo`, `Hay'adda`, `Masuulka`, need-by and promised
  text dates `14/03/2026`, `Waqtigeeda ku socda` / `Khatar ku jira` / `Daahay` / `La helay`.
- ``zu_pmb_school_nutrition_assumption_register``: a school-kitchen programme, Zulu; no
  id, rows grouped under area label rows (`Ukudla nabahlinzeki`, `Izikole nemali`), the
  assumption, why believed, impact if false, `Kuphezulu` / `Kumaphakathi` / `Kuphansi`
  confidence, who checks, check-by date cells `yyyy/mm/dd`, `Okutholakele` (finding),
  `Kuvulekile` / `Kuqinisekisiwe` / `Akulona iqiniso` / `Kuvaliwe` last.
- ``yo_abeokuta_adire_raid_log``: an adire dye works' new dye-house, Yoruba; one mixed
  table, `Nọ́mbà` `R1` / `I1` / `A1` / `D1`, `Irú` `Ewu` / `Ìṣòro` / `Àròsọ` / `Ìgbẹ́kẹ̀lé`,
  text dates `14/03/2026`, `Ó ṣí sílẹ̀` / `A ti tì í`.
- ``ro_brasov_organ_restoration_issue_register``: a parish's pipe-organ restoration,
  Romanian; `Nr. crt.`, `Descrierea problemei`, `Tip`, `Gravitate` `Ridicată` / `Medie` /
  `Scăzută`, date cells `dd.mm.yyyy`, `Deschisă` / `În lucru` / `Rezolvată` / `Închisă`,
  `Soluție / acțiuni`, `Escaladat la`.
- ``gu_surat_zari_machinery_finance_tracker``: a zari-thread unit's new machinery,
  Gujarati; three measure rows per cost head (cost head merged down), months `એપ્રિલ 2026`
  across, Indian lakh grouping, a `કુલ` column and total row, `રકમ ₹ માં`.
- ``kn_belagavi_foundry_erp_resource_plan``: a foundry's ERP roll-out, Kannada; person,
  role, team, planned days under Kannada month words, `ಒಟ್ಟು` column and row.
- ``kk_aktobe_shubat_dairy_status_report``: a camel-milk dairy's monthly report, Kazakh;
  label / value block with `Жасыл` / `Сары` / `Қызыл`, report date `03.04.2026 ж.`, a
  milestones table and a top-risks table with `Жоғары` / `Орташа` / `Төмен`.
- ``th_lamphun_longan_disbursement_tracker``: a provincial longan sorting-house project's
  budget disbursement plan, Thai; fiscal-year months `ต.ค. 68` .. (Buddhist era) merged over
  `แผน` (plan) / `ผล` (result) pairs, baht `#,##0.00`, a `รวม` pair and a total row.

Least-sure readings (no fact on them): the Armenian `Մատակարար` category (a supplier:
Third Party or Commercial), the typed `Գնահատական` (`("score", None)`, no value) and the
`Թարմացվել է` line (the register's update, not a report date); Telugu remarks; the
Malayalam note column; the Uzbek `Masala` (a topic: decisions have no title field),
`Ijrochi` (the executor, not the maker) and `Muddat`; the Somali `Hay'adda` (an
organisation, not a counterparty owner or a project id) and no direction (every row is
awaited from others, but no column says so); the Zulu `Kungani sikholwa kanjalo` (why
believed) and its area label rows (no items); the Yoruba `Ìgbésẹ̀` (steps: a risk's
response or an issue's resolution, mapped with no value) and `Ọjọ́ àfojúsùn` (target
date; no value for assumptions or dependencies); the Romanian `Escaladat la`
(`Consiliul parohial` is no standard level); the Gujarati total column and row; the
Kannada team column and its person-months (counts only: the order of person-months is the
reader's); the Kazakh `Есеп кезеңі` (a period, not a date); the Thai
`งบประมาณที่ได้รับ` (the year's allotment, not a month) and baht (off the currency list).

Facts kept that an auditor may question: `RSK-01` and `A1` / `R1` / `I1` / `D1` as the
per-register ids in the standard's form; Telugu and Kazakh high / medium / low words as
5 / 3 / 1 for likelihood and impact, the Romanian `Gravitate` likewise for severity;
`Cerere de modificare` as Request for Change and `Neconformitate` as Off-Specification;
`Сары` (yellow) as Amber; the Thai `แผน` (planned disbursement) as the month's budget and
`ผล` as its actual, Buddhist-era `68` / `69` as 2025 / 2026; `₹` as INR; label lines
(`Ծրագիր՝`, `Loyiha rahbari:`, `Umphathi wephrojekthi:`, `ಯೋಜನಾ ವ್ಯವಸ್ಥಾಪಕರು: name`) as the
project name or manager.

Audited in round 39 (task a123; docs/adopt.md, "Round 39: the hundred-and-eleventh batch's
truth audited"): the Armenian `Մեղմացման միջոցառումներ` and Telugu `నివారణ చర్యలు` cells
are each risk's own response (value facts added); the Kannada plan's first person in its
first month (`ಜನವರಿ` of the title's 2026) is resource item 0 whichever way the person-months
are ordered (role, person, month, days added, as the hundred-and-fifth batch's plans); the
row-number columns (`Հ/Հ`, `ക്രമ നം.`, `№`, `Tix.`, `Nr. crt.`) an id or left out with no id
value (the lead's ruling; the Telugu `క్ర.సం.` beside its `RSK-01` codes stays no fact); the
Yoruba `Ọjọ́ àfojúsùn` also a dependency's committed date (a mixed log's one date for a
dependency: round 38's ruling), no value; the Romanian `Escaladat la` the escalation level
or left out, no value. Values at seed 2026 429 -> 443; no cell changed.
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
    _put,
    _save,
    _sheet,
)
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet


def _dots(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _slashes(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _fmt(ws: Worksheet, top: int, col: int, n: int, form: str) -> None:
    for r in range(top, top + n):
        ws.cell(r, col).number_format = form


# ---------------------------------------------------------------------------------------
# 1. Armenian risk register
# ---------------------------------------------------------------------------------------

HY_PEOPLE = [
    "Արամ Սարգսյան",
    "Անի Հովհաննիսյան",
    "Գոռ Պետրոսյան",
    "Լուսինե Մկրտչյան",
    "Տիգրան Ավետիսյան",
    "Նարինե Գրիգորյան",
]
HY_RISKS = [
    ("Ապակե շշերի մատակարարը կարող է ուշացնել առաքումը", "Մատակարար", None),
    ("Նոր լցման մեքենայի տեղադրումը կարող է ձգվել", "Տեխնիկական", "Technical"),
    ("Էլեկտրաէներգիայի անջատումներ արտադրամասում", "Տեխնիկական", "Technical"),
    ("Օպերատորների վերապատրաստումը չի ավարտվի ժամանակին", "Կադրային", "People"),
    ("Եվրոյի փոխարժեքի աճը կթանկացնի սարքավորումները", "Ֆինանսական", "Financial"),
    ("Սննդի անվտանգության ստուգումը կարող է թերություններ հայտնաբերել", "Իրավական", "Legal"),
    ("Պիտակների դիզայնի հաստատումը կուշանա", "Մատակարար", None),
    ("Պահեստի տարածքը բավարար չէ նոր արտադրանքի համար", "Գործառնական", "Operational"),
]
HY_STATUS = [("Բաց", "Open"), ("Հսկողության տակ", "Monitoring"), ("Փակ", "Closed")]
#: What the team does about each risk (in the order of ``HY_RISKS``).
HY_ACTIONS = [
    "Պահուստային մատակարարի հետ պայմանագիր",
    "Շաբաթական հանդիպում կապալառուի հետ",
    "Գեներատորի վարձակալություն",
    "Լրացուցիչ դասընթաց շաբաթ օրերին",
    "Փոխարժեքի ապահովագրում բանկի հետ",
    "Նախնական աուդիտ խորհրդատուի հետ",
    "Դիզայնի երկու տարբերակ նախապես",
    "Ժամանակավոր պահեստի վարձակալություն",
]


def hy_gyumri_brandy_bottling_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Gyumri brandy house's bottling-line risk register, in Armenian."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ռիսկեր")
    pm = rng.choice(HY_PEOPLE)
    n = rng.randint(5, 8)
    due = _days(rng, n, date(2026, 2, 2))
    ws["A1"] = "«Շիրակի Կոնյակի Տուն» ՓԲԸ"
    ws["A2"] = "Ծրագիր՝"
    ws["C2"] = "Լցման գծի արդիականացում"
    ws["A3"] = "Ծրագրի ղեկավար՝"
    ws["C3"] = pm
    ws["H3"] = f"Թարմացվել է՝ {_dots(due[0] - timedelta(days=20))}"
    ws.merge_cells("A2:B2")
    ws.merge_cells("A3:B3")
    header = [
        "Հ/Հ",
        "Ռիսկի նկարագրություն",
        "Կատեգորիա",
        "Հավանականություն (1-5)",
        "Ազդեցություն (1-5)",
        "Գնահատական",
        "Պատասխանատու",
        "Մեղմացման միջոցառումներ",
        "Ժամկետ",
        "Կարգավիճակ",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # a row number (audit: an id or left out)
        "title",
        "category",
        "probability",
        "impact",
        ("score", None),
        "owner",
        "response",
        "due_date",
        "status",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, j in enumerate(rng.sample(range(len(HY_RISKS)), n)):
        title, cat, cat_std = HY_RISKS[j]
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(HY_PEOPLE)
        word, status = rng.choice(HY_STATUS)
        rows.append([i + 1, title, cat, p, imp, p * imp, owner, HY_ACTIONS[j], _dots(due[i]), word])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", due[i]),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "response", HY_ACTIONS[j]),  # added by the audit
        ]
        if cat_std:
            values.append(ValueFact("risks", i, "category", cat_std))
    _put(ws, 5, 1, rows)
    ws.cell(6 + n + 1, 1, "Գնահատական = Հավանականություն × Ազդեցություն")
    values += [
        ValueFact("project", 0, "project_name", "Լցման գծի արդիականացում"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    path = _save(wb, folder, "hy_gyumri_brandy_bottling_risk_register")
    return Built(path, [_one("risks", "Ռիսկեր", 5, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 2. Telugu risk register
# ---------------------------------------------------------------------------------------

TE_PEOPLE = ["వెంకట రమణ", "లక్ష్మి ప్రసన్న", "శ్రీనివాస్ రావు", "పద్మావతి", "రాజేష్ కుమార్", "సుధారాణి"]
TE_RISKS = [
    "రైతులకు ఇ-వేలం పై అవగాహన తక్కువగా ఉండవచ్చు",
    "యార్డ్ లో ఇంటర్నెట్ కనెక్షన్ తరచూ పోవచ్చు",
    "కమీషన్ ఏజెంట్ల నుండి వ్యతిరేకత రావచ్చు",
    "ఎలక్ట్రానిక్ తూకం యంత్రాల సరఫరా ఆలస్యం కావచ్చు",
    "సీజన్ ప్రారంభానికి ముందు సాఫ్ట్‌వేర్ పరీక్ష పూర్తి కాకపోవచ్చు",
    "బ్యాంకు చెల్లింపు గేట్‌వే అనుసంధానం ఆలస్యం",
    "సిబ్బంది బదిలీల వల్ల శిక్షణ పొందిన ఆపరేటర్లు వెళ్లిపోవచ్చు",
]
TE_LEVEL = [("ఎక్కువ", 5.0), ("మధ్యస్థం", 3.0), ("తక్కువ", 1.0)]
TE_STATUS = [
    ("తెరిచి ఉంది", "Open"),
    ("పర్యవేక్షణలో", "Monitoring"),
    ("మూసివేయబడింది", "Closed"),
]
#: The preventive measure of each risk (in the order of ``TE_RISKS``).
TE_ACTIONS = [
    "గ్రామ స్థాయి అవగాహన సదస్సులు",
    "రెండవ ISP తో బ్యాకప్ లైన్",
    "ఏజెంట్ల సంఘంతో సమావేశం",
    "సరఫరాదారుకు జరిమానా నిబంధన",
    "అదనపు పరీక్షా బృందం",
    "బ్యాంకుతో వారపు సమీక్ష",
    "ప్రతి విభాగంలో ఇద్దరికి శిక్షణ",
]


def te_guntur_market_yard_eauction_risk_register(folder: Path, rng: random.Random) -> Built:
    """An agricultural market yard's e-auction risk register, Telugu with English ids."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "రిస్క్ జాబితా")
    pm = rng.choice(TE_PEOPLE)
    n = rng.randint(4, 7)
    raised = sorted(date(2025, 11, 3) + timedelta(days=rng.randrange(150)) for _ in range(n))
    ws["A1"] = "గుంటూరు వ్యవసాయ మార్కెట్ కమిటీ – ఇ-వేలం వ్యవస్థ అమలు"
    ws["A2"] = "ప్రాజెక్ట్ మేనేజర్:"
    ws["C2"] = pm
    header = [
        "క్ర.సం.",
        "రిస్క్ ఐడి",
        "రిస్క్ వివరణ",
        "సంభావ్యత",
        "ప్రభావం",
        "బాధ్యులు",
        "నివారణ చర్యలు",
        "గుర్తించిన తేదీ",
        "స్థితి",
        "వ్యాఖ్యలు",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        None,
        "id",
        "title",
        "probability",
        "impact",
        "owner",
        "response",
        "raised_date",
        "status",
        None,
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, j in enumerate(rng.sample(range(len(TE_RISKS)), n)):
        title = TE_RISKS[j]
        (pw, p), (iw, imp) = rng.choice(TE_LEVEL), rng.choice(TE_LEVEL)
        owner = rng.choice(TE_PEOPLE)
        word, status = rng.choice(TE_STATUS)
        note = rng.choice([None, "కలెక్టర్ దృష్టికి తీసుకెళ్లాలి", "వచ్చే సమీక్షలో చర్చ"])
        rows.append(
            [
                i + 1,
                f"RSK-{i + 1:02d}",
                title,
                pw,
                iw,
                owner,
                TE_ACTIONS[j],
                raised[i],
                word,
                note,
            ]
        )
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "response", TE_ACTIONS[j]),  # added by the audit
        ]
    _put(ws, 4, 1, rows)
    _fmt(ws, 5, 8, n, "dd-mm-yyyy")
    values.append(ValueFact("project", 0, "project_manager", pm))
    path = _save(wb, folder, "te_guntur_market_yard_eauction_risk_register")
    return Built(path, [_one("risks", "రిస్క్ జాబితా", 4, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 3. Malayalam milestone plan
# ---------------------------------------------------------------------------------------

ML_PEOPLE = ["അനിൽ കുമാർ", "ശ്രീദേവി മേനോൻ", "ജോസഫ് വർഗീസ്", "രമ്യ നായർ", "പ്രദീപ് ചന്ദ്രൻ"]
ML_MILESTONES = [
    "പോലീസ് വിന്യാസ പദ്ധതി അംഗീകാരം",
    "ബാരിക്കേഡ് കരാർ ഒപ്പുവയ്ക്കൽ",
    "സിസിടിവി ക്യാമറകൾ സ്ഥാപിക്കൽ",
    "അടിയന്തര വൈദ്യ സഹായ കേന്ദ്രങ്ങൾ സജ്ജം",
    "വെടിക്കെട്ട് സുരക്ഷാ പരിശോധന",
    "പൊതു അറിയിപ്പ് സംവിധാനം പരീക്ഷണം",
    "സന്നദ്ധ പ്രവർത്തകരുടെ പരിശീലനം",
    "ഗതാഗത വഴിതിരിച്ചുവിടൽ പദ്ധതി പ്രസിദ്ധീകരണം",
]


def ml_thrissur_pooram_crowd_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A temple festival's crowd-management milestone plan, Malayalam, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "നാഴികക്കല്ലുകൾ")
    n = rng.randint(5, 8)
    ws["A1"] = "തൃശ്ശൂർ പൂരം 2026 – ജനക്കൂട്ട നിയന്ത്രണ പദ്ധതി"
    ws["A2"] = "നാഴികക്കല്ല് പട്ടിക (പ്രധാന ഘട്ടങ്ങൾ)"
    ws.merge_cells("A1:H1")
    header = [
        "ക്രമ നം.",
        "നാഴികക്കല്ല്",
        "ചുമതല",
        "ആസൂത്രിത തീയതി",
        "പുതുക്കിയ തീയതി",
        "പൂർത്തിയായ തീയതി",
        "നില",
        "കുറിപ്പ്",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # a row number (audit: an id or left out)
        "milestone",
        "owner",
        "baseline_date",
        "forecast_date",
        "actual_date",
        "status",
        None,
    ]
    base = sorted(date(2026, 1, 12) + timedelta(days=rng.randrange(100)) for _ in range(n))
    done = rng.randint(1, n - 2)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, name in enumerate(rng.sample(ML_MILESTONES, n)):
        owner = rng.choice(ML_PEOPLE)
        revised: date | None = None
        actual: date | None = None
        if i < done:
            word, status = "പൂർത്തിയായി", "Complete"
            actual = base[i] + timedelta(days=rng.randint(-3, 6))
        elif rng.random() < 0.35:
            word, status = "വൈകി", "Late"
            revised = base[i] + timedelta(days=rng.randint(8, 25))
        elif i == done:
            word, status = "പുരോഗതിയിൽ", "In Progress"
        else:
            word, status = "ആരംഭിച്ചിട്ടില്ല", "Not Started"
        note = rng.choice([None, None, "ദേവസ്വം ബോർഡുമായി ചർച്ച", "ഫണ്ട് കാത്തിരിക്കുന്നു"])
        rows.append([i + 1, name, owner, base[i], revised, actual, word, note])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "status", status),
        ]
        if revised:
            values.append(ValueFact("milestones", i, "forecast_date", revised))
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    _put(ws, 4, 1, rows)
    for col in (4, 5, 6):
        _fmt(ws, 5, col, n, "dd/mm/yyyy")
    ws.cell(5 + n + 1, 1, "പുതുക്കിയ തീയതി: ആസൂത്രിത തീയതിക്ക് ശേഷം മാറ്റിയാൽ മാത്രം")
    path = _save(wb, folder, "ml_thrissur_pooram_crowd_milestone_plan")
    return Built(path, [_one("milestones", "നാഴികക്കല്ലുകൾ", 4, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 4. Uzbek decision log
# ---------------------------------------------------------------------------------------

UZ_PEOPLE = ["Alisher Karimov", "Dilnoza Yusupova", "Jasur Tursunov", "Malika Rahimova"]
UZ_DECISIONS = [
    (
        "Sopol buyumlar",
        "Sirlash pechini gazdan elektrga o'tkazish",
        "Gaz bosimi qishda pasayadi, elektr pechi harorati barqaror",
    ),
    (
        "Qadoqlash",
        "Mahalliy karton yetkazib beruvchini tanlash",
        "Import qutilardan 30% arzon, muddat 5 kun",
    ),
    (
        "Ko'rgazma",
        "Birinchi partiyani Istanbul ko'rgazmasiga yuborish",
        "Xaridorlar bilan to'g'ridan-to'g'ri uchrashuv imkoni",
    ),
    (
        "Ishchi kuchi",
        "Ustalar uchun qo'shimcha smena joriy etish",
        "Buyurtmalar hajmi reja bo'yicha ikki barobar",
    ),
    ("Narx siyosati", "Eksport narxlarini AQSh dollarida belgilash", "Valyuta xavfini kamaytirish"),
    (
        "Sertifikat",
        "Sifat sertifikatini tashqi laboratoriyaga topshirish",
        "Ichki laboratoriyada akkreditatsiya yo'q",
    ),
    (
        "Logistika",
        "Yuklarni Toshkent orqali temir yo'lda jo'natish",
        "Avtomobilda tashishdan arzon va xavfsiz",
    ),
]
UZ_MAKERS = ["Kengash", "Alisher Karimov", "Loyiha qo'mitasi", "Dilnoza Yusupova"]


def uz_rishton_ceramics_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Rishton ceramics workshop's export-project decision log, Uzbek Latin."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Qarorlar")
    pm = rng.choice(UZ_PEOPLE)
    n = rng.randint(4, 7)
    days = _days(rng, n, date(2026, 1, 8))
    ws["A1"] = "Rishton kulolchilik ustaxonasi — eksport loyihasi"
    ws["A2"] = "QARORLAR JURNALI"
    ws["A3"] = "Loyiha rahbari:"
    ws["C3"] = pm
    header = [
        "№",
        "Sana",
        "Masala",
        "Qabul qilingan qaror",
        "Asoslash",
        "Kim qabul qildi",
        "Ijrochi",
        "Muddat",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # a row number (audit: an id or left out)
        "date",
        None,
        "decision",
        "rationale",
        "made_by",
        None,
        None,
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (topic, decision, why) in enumerate(rng.sample(UZ_DECISIONS, n)):
        maker = rng.choice(UZ_MAKERS)
        rows.append(
            [
                f"{i + 1}.",
                _dots(days[i]),
                topic,
                decision,
                why,
                maker,
                rng.choice(UZ_PEOPLE),
                _dots(days[i] + timedelta(days=rng.randint(10, 40))),
            ]
        )
        values += [
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", maker),
        ]
    _put(ws, 5, 1, rows)
    values.append(ValueFact("project", 0, "project_manager", pm))
    path = _save(wb, folder, "uz_rishton_ceramics_decision_log")
    return Built(path, [_one("decisions", "Qarorlar", 5, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 5. Somali dependency register
# ---------------------------------------------------------------------------------------

SO_PEOPLE = ["Cabdi Xasan", "Faadumo Cali", "Maxamed Yuusuf", "Hodan Axmed", "Sahra Warsame"]
SO_DEPS = [
    ("Shahaadada dhoofinta", "Wasaaradda Ganacsiga"),
    ("Mashiinka miisaanka cusub", "Hay'adda deeqbixiyaha"),
    ("Xiriirka korontada joogtada ah", "Shirkadda Korontada"),
    ("Baabuurta qaadaysa beeyada ilaa dekedda", "Ganacsade gaadiid"),
    ("Tababarka kala-soocidda beeyada", "Khabiir dibadeed"),
    ("Dhismaha bakhaarka cusub", "Qandaraaslaha dhismaha"),
    ("Baakadaha dhoofinta", "Warshadda baakadaha"),
]
SO_STATUS = [
    ("Waqtigeeda ku socda", "On Track"),
    ("Khatar ku jira", "At Risk"),
    ("Daahay", "Late"),
    ("La helay", "Delivered"),
]


def so_sanaag_frankincense_dependency_register(folder: Path, rng: random.Random) -> Built:
    """A frankincense cooperative's sorting-centre dependency register, Somali."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ku-tiirsanaanta")
    n = rng.randint(4, 7)
    need = _days(rng, n, date(2026, 2, 1))
    promised_days = [d + timedelta(days=rng.randint(-10, 20)) for d in need]
    if not any(d.day > 12 for d in promised_days):
        promised_days[-1] = promised_days[-1].replace(day=22)
    ws["A1"] = "Iskaashatada Beeyada Sanaag — Mashruuca Xarunta Kala-soocidda"
    ws["A2"] = "Diiwaanka ku-tiirsanaanta (waxyaabaha aan dadka kale ka sugayno)"
    header = [
        "Tix.",
        "Waxa laga sugayo",
        "Hay'adda",
        "Masuulka",
        "Taariikhda loo baahan yahay",
        "Taariikhda la ballanqaaday",
        "Xaaladda",
        "Faallo",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # a row number (audit: an id or left out)
        "title",
        None,
        "owner",
        "need_by",
        "committed_date",
        "status",
        None,
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (title, org) in enumerate(rng.sample(SO_DEPS, n)):
        owner = rng.choice(SO_PEOPLE)
        word, status = rng.choice(SO_STATUS)
        promised = promised_days[i]
        rows.append(
            [
                i + 1,
                title,
                org,
                owner,
                _slashes(need[i]),
                _slashes(promised),
                word,
                rng.choice([None, "Waa la wacay", "Warqad ayaa loo diray"]),
            ]
        )
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", status),
        ]
        values.append(ValueFact("dependencies", i, "committed_date", promised))
    _put(ws, 4, 1, rows)
    path = _save(wb, folder, "so_sanaag_frankincense_dependency_register")
    return Built(path, [_one("dependencies", "Ku-tiirsanaanta", 4, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 6. Zulu assumption register
# ---------------------------------------------------------------------------------------

ZU_PEOPLE = ["Thandeka Dlamini", "Sipho Ndlovu", "Nomvula Zulu", "Bongani Mkhize", "Zanele Khumalo"]
ZU_ASSUMPTIONS = [
    (
        "Abahlinzeki bokudla bazoletha njalo ekuseni ngaphambi kwehora lesi-8",
        "Abafundi ngeke badle ngesikhathi",
    ),
    ("Isikole ngasinye sinekhishi elinogesi", "Kudingeka amagesi noma izitofu"),
    ("Uhulumeni wesifundazwe uzokhipha imali ngoMashi", "Uhlelo luzobambezeleka"),
    ("Abapheki bomphakathi bazoqeqeshwa ngesikhathi", "Ukudla okungaphephile"),
    ("Inani labafundi lizohlala lingaguquki", "Isabelomali sizokwedlula"),
    ("Amanzi ahlanzekile ayatholakala ezikoleni zonke", "Kudingeka amathangi amanzi"),
]
ZU_CONF = [("Kuphezulu", "High"), ("Kumaphakathi", "Medium"), ("Kuphansi", "Low")]
ZU_STATUS = [
    ("Kuvulekile", "Open"),
    ("Kuqinisekisiwe", "Validated"),
    ("Akulona iqiniso", "Invalid"),
    ("Kuvaliwe", "Closed"),
]


def zu_pmb_school_nutrition_assumption_register(folder: Path, rng: random.Random) -> Built:
    """A school-nutrition kitchen programme's assumption sheet, Zulu: grouped by area (a
    group label row above each area's rows), why the team believes it, who checks it and
    by when (date cells), what was found, and the status last."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Izinkolelo")
    pm = rng.choice(ZU_PEOPLE)
    n = rng.randint(4, 6)
    ws["A1"] = "UMKHANDLU WASEMGUNGUNDLOVU"
    ws["A2"] = "Uhlelo Lokudla Ezikoleni — Irejista Yokuthathwa Njengeqiniso"
    ws["A3"] = "Umphathi wephrojekthi:"
    ws["C3"] = pm
    header = [
        "Okuthathwa njengeqiniso",
        "Kungani sikholwa kanjalo",
        "Umthelela uma kungelona iqiniso",
        "Ukuzethemba",
        "Ubani ozohlola",
        "Kuzohlolwa nini",
        "Okutholakele",
        "Isimo",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        "assumption",
        None,
        "impact_if_false",
        "confidence",
        "owner",
        "validate_by",
        "outcome",
        "status",
    ]
    picked = rng.sample(ZU_ASSUMPTIONS, n)
    split = rng.randint(1, n - 1)
    by_days = sorted(date(2026, 2, 2) + timedelta(days=rng.randrange(90)) for _ in range(n))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (text, impact) in enumerate(picked):
        if i in (0, split):
            rows.append(["Ukudla nabahlinzeki" if i == 0 else "Izikole nemali"])
        owner = rng.choice(ZU_PEOPLE)
        cword, conf = rng.choice(ZU_CONF)
        sword, status = rng.choice(ZU_STATUS)
        found = {
            "Validated": "Kuhloliwe ezikoleni ezi-5, kulungile",
            "Invalid": "Akunjalo: kuzodingeka olunye uhlelo",
        }.get(status)
        why = rng.choice(
            ["Kwenzeka kanjalo ngo-2025", "Sitshelwe nguMnyango", "Ingxoxo nabathishanhloko"]
        )
        rows.append([text, why, impact, cword, owner, by_days[i], found, sword])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "impact_if_false", impact),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "validate_by", by_days[i]),
            ValueFact("assumptions", i, "confidence", conf),
            ValueFact("assumptions", i, "status", status),
        ]
        if found:
            values.append(ValueFact("assumptions", i, "outcome", found))
    _put(ws, 5, 1, rows)
    _fmt(ws, 6, 6, len(rows), "yyyy/mm/dd")
    values.append(ValueFact("project", 0, "project_manager", pm))
    path = _save(wb, folder, "zu_pmb_school_nutrition_assumption_register")
    return Built(path, [_one("assumptions", "Izinkolelo", 5, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 7. Yoruba RAID log (one mixed table)
# ---------------------------------------------------------------------------------------

YO_PEOPLE = [
    "Adébáyọ̀ Ọlámídé",
    "Fúnmiláyọ̀ Àjàyí",
    "Tèmítọ́pẹ́ Ògúnbánjọ",
    "Kúnlé Ọládipọ̀",
    "Bọ́lá Adéyẹmí",
]
YO_ITEMS = {
    "risks": (
        "Ewu",
        "R",
        [
            "Owó aró lè gòkè lójijì",
            "Òjò lè dí gbígbẹ aṣọ lọ́wọ́",
            "Àwọn oníbàárà òkèèrè lè fagi lé àṣẹ",
        ],
    ),
    "issues": (
        "Ìṣòro",
        "I",
        ["Ẹ̀rọ ìfọṣọ tuntun ti bàjẹ́", "Iná mànàmáná kò dúró", "Owó òṣìṣẹ́ pẹ́ dé"],
    ),
    "assumptions": (
        "Àròsọ",
        "A",
        ["Àwọn aláró àgbà yóò kọ́ àwọn ọ̀dọ́", "Ìjọba ìpínlẹ̀ yóò fún wa ní ilẹ̀"],
    ),
    "dependencies": (
        "Ìgbẹ́kẹ̀lé",
        "D",
        ["Ìfọwọ́sí láti ọ̀dọ̀ ìjọba ìbílẹ̀", "Ọkọ̀ akẹ́rù láti Èkó"],
    ),
}
#: The steps column as the team fills it for each kind of entry.
YO_STEPS = {
    "risks": "A ó ra aró ṣáájú",
    "issues": "Ìpàdé pẹ̀lú olùtọ́jú ẹ̀rọ",
    "assumptions": "A ó bá wọn sọ̀rọ̀",
    "dependencies": "A ó pè wọ́n lọ́sọ̀ọ̀sẹ̀",
}
YO_STATUS = [("Ó ṣí sílẹ̀", "Open"), ("A ti tì í", "Closed")]


def yo_abeokuta_adire_raid_log(folder: Path, rng: random.Random) -> Built:
    """An Abeokuta adire dye works' RAID log, Yoruba: one table, a type column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Ilé-iṣẹ́ Aláró Abẹ́òkúta — Ilé Aró Tuntun"
    ws["A2"] = "Ìwé Àkọsílẹ̀ RAID"
    header = [
        "Nọ́mbà",
        "Irú",
        "Àpèjúwe",
        "Olùdarí",
        "Ọjọ́ tí a kọ ọ́",
        "Ipò",
        "Ìgbésẹ̀",
        "Ọjọ́ àfojúsùn",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        "id",
        "register",
        ("title", "assumption"),
        "owner",
        "raised_date",
        "status",
        ("response", "resolution"),
        ("due_date", "need_by", "committed_date", "validate_by"),
    ]
    picked: list[tuple[str, str]] = []
    for reg, (_, _, texts) in YO_ITEMS.items():
        for text in rng.sample(texts, rng.randint(1, len(texts))):
            picked.append((reg, text))
    rng.shuffle(picked)
    n = len(picked)
    raised = _days(rng, n, date(2026, 1, 6))
    counts: dict[str, int] = {}
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (reg, text) in enumerate(picked):
        k = counts.get(reg, 0)
        counts[reg] = k + 1
        word, letter, _ = YO_ITEMS[reg]
        owner = rng.choice(YO_PEOPLE)
        sword, status = rng.choice(YO_STATUS)
        target = raised[i] + timedelta(days=rng.randint(20, 30))
        rows.append(
            [
                f"{letter}{k + 1}",
                word,
                text,
                owner,
                _slashes(raised[i]),
                sword,
                YO_STEPS[reg],
                _slashes(target),
            ]
        )
        values += [
            ValueFact(reg, k, "id", f"{letter}-{k + 1:03d}"),
            ValueFact(reg, k, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, k, "owner", owner),
            ValueFact(reg, k, "status", status),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, k, "raised_date", raised[i]))
        if reg in ("risks", "issues"):
            values.append(ValueFact(reg, k, "due_date", target))
    _put(ws, 4, 1, rows)
    path = _save(wb, folder, "yo_abeokuta_adire_raid_log")
    return Built(path, [TruthTable("RAID", 4, "raid", _cols("A", targets), counts)], values)


# ---------------------------------------------------------------------------------------
# 8. Romanian issue register
# ---------------------------------------------------------------------------------------

RO_PEOPLE = [
    "Andrei Popescu",
    "Ioana Munteanu",
    "Klaus Schuster",
    "Mihaela Dumitrescu",
    "Radu Stoica",
]
RO_ISSUES = [
    ("Lemnul pentru burduf livrat cu umiditate prea mare", "Neconformitate", "Off-Specification"),
    ("Schela din cor blochează accesul la tuburi", "Problemă", "Problem"),
    ("Furnizorul de piele pentru supape a amânat livrarea", "Problemă", "Problem"),
    ("Temperatura din biserică sub 10°C îngreunează lipirea", "Problemă", "Problem"),
    (
        "Finanțatorul cere registru suplimentar Vox humana",
        "Cerere de modificare",
        "Request for Change",
    ),
    ("Factura restauratorului contestată de finanțator", "Problemă", "Problem"),
    ("Fisuri descoperite în secreta principală", "Neconformitate", "Off-Specification"),
]
RO_SEV = [("Ridicată", 5.0), ("Medie", 3.0), ("Scăzută", 1.0)]
RO_STATUS = [
    ("Deschisă", "Open"),
    ("În lucru", "In Progress"),
    ("Rezolvată", "Resolved"),
    ("Închisă", "Closed"),
]
#: The solution or action of each issue (in the order of ``RO_ISSUES``).
RO_FIX = [
    "Uscare controlată în atelier 3 săptămâni",
    "Mutarea schelei după slujba de duminică",
    "Comandă la furnizor alternativ din Sibiu",
    "Încălzire temporară cu aeroterme",
    "Ofertă suplimentară cerută restauratorului",
    "Discuție cu ADR Centru",
    "Expertiză tehnică și consolidare",
]


def ro_brasov_organ_restoration_issue_register(folder: Path, rng: random.Random) -> Built:
    """A Brașov parish's pipe-organ restoration issue register, Romanian, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Probleme")
    pm = rng.choice(RO_PEOPLE)
    n = rng.randint(4, 7)
    raised = sorted(date(2026, 1, 9) + timedelta(days=rng.randrange(110)) for _ in range(n))
    ws["A1"] = "Parohia Evanghelică C.A. Brașov — Restaurarea orgii Buchholz"
    ws["A2"] = "REGISTRUL PROBLEMELOR"
    ws["A3"] = "Manager de proiect:"
    ws["C3"] = pm
    ws["A4"] = f"Actualizat la: {_dots(raised[-1] + timedelta(days=3))}"
    header = [
        "Nr. crt.",
        "Descrierea problemei",
        "Tip",
        "Gravitate",
        "Responsabil",
        "Data apariției",
        "Termen",
        "Stadiu",
        "Soluție / acțiuni",
        "Escaladat la",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # a row number (audit: an id or left out)
        "title",
        "type",
        "severity",
        "owner",
        "raised_date",
        "due_date",
        "status",
        "resolution",
        ("escalation_level", None),  # audit: `Escaladat la` is the escalation, no value
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, j in enumerate(rng.sample(range(len(RO_ISSUES)), n)):
        title, tword, tstd = RO_ISSUES[j]
        sword, sev = rng.choice(RO_SEV)
        owner = rng.choice(RO_PEOPLE)
        due = raised[i] + timedelta(days=rng.randint(7, 35))
        stw, status = rng.choice(RO_STATUS)
        fix = RO_FIX[j]
        esc = rng.choice([None, None, "Consiliul parohial", "Proiect"])
        rows.append([i + 1, title, tword, sword, owner, raised[i], due, stw, fix, esc])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "severity", sev),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", status),
            ValueFact("issues", i, "resolution", fix),
        ]
        if tstd:
            values.append(ValueFact("issues", i, "type", tstd))
    _put(ws, 6, 1, rows)
    _fmt(ws, 7, 6, n, "dd.mm.yyyy")
    _fmt(ws, 7, 7, n, "dd.mm.yyyy")
    values.append(ValueFact("project", 0, "project_manager", pm))
    path = _save(wb, folder, "ro_brasov_organ_restoration_issue_register")
    return Built(path, [_one("issues", "Probleme", 6, _cols("A", targets), n)], values)


# ---------------------------------------------------------------------------------------
# 9. Gujarati finance tracker
# ---------------------------------------------------------------------------------------

GU_MONTHS = ["એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઓગસ્ટ", "સપ્ટેમ્બર", "ઓક્ટોબર", "નવેમ્બર"]
GU_LINES = ["મશીનરી", "સ્થાપન મજૂરી", "તાલીમ", "વીજળી જોડાણ", "કન્સલ્ટન્સી"]
LAKH = "[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0"


def gu_surat_zari_machinery_finance_tracker(folder: Path, rng: random.Random) -> Built:
    """A Surat zari-thread unit's machinery project expenditure sheet, Gujarati: three
    measure rows per cost head, months across, lakh grouping."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "ખર્ચ પત્રક")
    nm = rng.randint(5, 8)
    months = _months(date(2026, 4, 1), nm)
    k = rng.randint(2, nm - 2)  # months with actuals
    lines = rng.sample(GU_LINES, rng.randint(3, 5))
    ws["A1"] = "સુરત જરી ઉદ્યોગ પ્રા. લિ."
    ws["A2"] = "પ્રોજેક્ટ નું નામ:"
    ws["C2"] = "નવી બ્રેડિંગ મશીનરી"
    ws["A3"] = "રકમ ₹ માં"
    header: list[object] = ["ખર્ચ શીર્ષક", "વિગત"]
    header += [f"{GU_MONTHS[i]} {m.year}" for i, m in enumerate(months)] + ["કુલ"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    measures = [("મંજૂર બજેટ", "budget"), ("વાસ્તવિક ખર્ચ", "actual"), ("અંદાજિત", "forecast")]
    for line in lines:
        unit = rng.choice([5000, 10000, 25000])
        for j, (word, key) in enumerate(measures):
            row: list[object] = [line if j == 0 else None, word]
            for m in range(nm):
                if (key == "actual" and m >= k) or (key == "forecast" and m < k):
                    row.append(None)
                    continue
                amount = float(unit * rng.randint(2, 60))
                row.append(amount)
                values.append(ValueFact("finance", (months[m], line), key, amount))
            row.append(sum(v for v in row[2:] if isinstance(v, float)))
            rows.append(row)
    _put(ws, 5, 1, rows)
    for b in range(len(lines)):
        top = 6 + 3 * b
        ws.merge_cells(start_row=top, start_column=1, end_row=top + 2, end_column=1)
    last = 5 + len(rows)
    ws.cell(last, 1, "કુલ સરવાળો")
    for c in range(3, 3 + nm + 1):
        col = get_column_letter(c)
        ws.cell(last, c, f'=SUMIF($B$6:$B${last - 1},"મંજૂર બજેટ",{col}6:{col}{last - 1})')
        for r in range(6, last + 1):
            ws.cell(r, c).number_format = LAKH
    values += [
        ValueFact("project", 0, "project_name", "નવી બ્રેડિંગ મશીનરી"),
        ValueFact("project", 0, "currency", "INR"),
    ]
    table = TruthTable(
        "ખર્ચ પત્રક", 5, "finance", {"A": "cost_line", "B": "measure"}, {"finance": len(lines) * nm}
    )
    path = _save(wb, folder, "gu_surat_zari_machinery_finance_tracker")
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 10. Kannada resource plan
# ---------------------------------------------------------------------------------------

KN_MONTHS = ["ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್"]
KN_PEOPLE = [
    ("ಮಂಜುನಾಥ ಹೆಗಡೆ", "ಯೋಜನಾ ವ್ಯವಸ್ಥಾಪಕ", "ನಿರ್ವಹಣೆ"),
    ("ಸವಿತಾ ಪಾಟೀಲ", "ವ್ಯವಹಾರ ವಿಶ್ಲೇಷಕ", "ಹಣಕಾಸು"),
    ("ಕಿರಣ್ ಕುಲಕರ್ಣಿ", "ಡೆವಲಪರ್", "ಐಟಿ"),
    ("ಪ್ರಕಾಶ್ ದೇಸಾಯಿ", "ಡೆವಲಪರ್", "ಐಟಿ"),
    ("ಶ್ವೇತಾ ಜೋಶಿ", "ಪರೀಕ್ಷಕ", "ಐಟಿ"),
    ("ಗಿರೀಶ್ ನಾಯಕ್", "SAP ಸಲಹೆಗಾರ", "ಬಾಹ್ಯ"),
    ("ರೇಖಾ ಶೆಟ್ಟಿ", "ವ್ಯವಹಾರ ವಿಶ್ಲೇಷಕ", "ಉತ್ಪಾದನೆ"),
]


def kn_belagavi_foundry_erp_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Belagavi foundry's ERP roll-out staffing plan in days, Kannada month words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "ಸಂಪನ್ಮೂಲ ಯೋಜನೆ")
    nm = rng.randint(4, 8)
    people = rng.sample(KN_PEOPLE, rng.randint(4, 7))
    pm = next((p for p, role, _ in people if role == "ಯೋಜನಾ ವ್ಯವಸ್ಥಾಪಕ"), None)
    ws["A1"] = "ಬೆಳಗಾವಿ ಎರಕ ಘಟಕ — ERP ಅನುಷ್ಠಾನ"
    ws["A2"] = "ಮಾನವ ಸಂಪನ್ಮೂಲ ಯೋಜನೆ 2026 (ದಿನಗಳಲ್ಲಿ)"
    header: list[object] = ["ಕ್ರ.ಸಂ.", "ಹೆಸರು", "ಪಾತ್ರ", "ತಂಡ", *KN_MONTHS[:nm], "ಒಟ್ಟು"]
    rows: list[list[object]] = [header]
    for i, (person, role, team) in enumerate(people):
        days = [float(rng.choice([4, 6, 8, 10, 12, 15, 18, 20])) for _ in range(nm)]
        rows.append([i + 1, person, role, team, *days, sum(days)])
    total: list[object] = [None, "ಒಟ್ಟು", None, None]
    total += [sum(float(r[4 + m]) for r in rows[1:]) for m in range(nm)]  # type: ignore[arg-type]
    rows.append(total)
    _put(ws, 4, 1, rows)
    # The first person's first month is item 0 whichever way a reader orders the person-months
    # (by person or by month): added by the audit, as the hundred-and-fifth batch's plans.
    person, role, _ = people[0]
    values: list[ValueFact] = [
        ValueFact("resources", 0, "role", role),
        ValueFact("resources", 0, "person", person),
        ValueFact("resources", 0, "month", date(2026, 1, 1)),
        ValueFact("resources", 0, "planned_days", rows[1][4]),
    ]
    if pm:
        ws["A3"] = f"ಯೋಜನಾ ವ್ಯವಸ್ಥಾಪಕರು: {pm}"
        values.append(ValueFact("project", 0, "project_manager", pm))
    table = _one(
        "resources",
        "ಸಂಪನ್ಮೂಲ ಯೋಜನೆ",
        4,
        {"A": None, "B": "person", "C": "role", "D": None},
        len(people) * nm,
    )
    path = _save(wb, folder, "kn_belagavi_foundry_erp_resource_plan")
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 11. Kazakh status report
# ---------------------------------------------------------------------------------------

KK_PEOPLE = ["Әсел Нұрланқызы", "Ерлан Жақсыбеков", "Айгүл Сейітова", "Дәурен Омаров"]
KK_RAG = [("Жасыл", "Green"), ("Сары", "Amber"), ("Қызыл", "Red")]
KK_MILESTONES = [
    "Пастерлеу құрылғысын сатып алу",
    "Цех ғимаратын жөндеу",
    "Санитарлық рұқсат алу",
    "Қызметкерлерді оқыту",
    "Сынақ өндірісі",
    "Бөтелкелеу желісін іске қосу",
]
KK_RISKS = [
    ("Түйе сүтінің маусымдық азаюы", "Фермерлермен алдын ала келісім"),
    ("Жабдық жеткізілімінің кешігуі", "Жеткізушіге айыппұл шарты"),
    ("Санитарлық тексерістің қайталануы", "Кеңесшімен алдын ала аудит"),
    ("Электр қуатының жетіспеушілігі", "Генератор жалға алу"),
]
KK_LEVEL = [("Жоғары", 5.0), ("Орташа", 3.0), ("Төмен", 1.0)]


def kk_aktobe_shubat_dairy_status_report(folder: Path, rng: random.Random) -> Built:
    """An Aktobe camel-milk dairy's monthly status report, Kazakh: label block, RAG words,
    a milestones table and a top-risks table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Есеп")
    pm = rng.choice(KK_PEOPLE)
    report = date(2026, rng.randint(3, 6), rng.randint(2, 6))
    period_end = report.replace(day=1) - timedelta(days=1)
    rags = [rng.choice(KK_RAG) for _ in range(4)]
    summary = rng.choice(
        [
            "Жөндеу жұмыстары аяқталуға жақын, жабдық кешігуде.",
            "Жоба кестеге сай, санитарлық рұқсат күтілуде.",
        ]
    )
    ws["A1"] = "«Ақтөбе Шұбат» ЖШС — ай сайынғы жоба есебі"
    ws.merge_cells("A1:F1")
    labels: list[list[object]] = [
        ["Жоба атауы:", "Шұбат цехын жаңғырту"],
        ["Жоба жетекшісі:", pm],
        ["Есеп кезеңі:", f"{_dots(period_end.replace(day=1))} – {_dots(period_end)}"],
        ["Есеп күні:", f"{_dots(report)} ж."],
        ["Жалпы жағдай:", rags[0][0]],
        ["Мерзім:", rags[1][0]],
        ["Бюджет:", rags[2][0]],
        ["Көлем:", rags[3][0]],
        ["Қысқаша түйін:", summary],
    ]
    _put(ws, 3, 1, labels)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Шұбат цехын жаңғырту"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0][1]),
        ValueFact("project", 0, "schedule_rag", rags[1][1]),
        ValueFact("project", 0, "cost_rag", rags[2][1]),
        ValueFact("project", 0, "scope_rag", rags[3][1]),
        ValueFact("project", 0, "status_summary", summary),
    ]
    top = 14
    ws.cell(top, 1, "Негізгі кезеңдер")
    nms = rng.randint(4, 6)
    base = sorted(date(2026, 1, 15) + timedelta(days=rng.randrange(150)) for _ in range(nms))
    base = _days_past(base)
    mrows: list[list[object]] = [["Кезең", "Жоспар бойынша", "Болжам", "Нақты", "Жағдайы"]]
    for i, name in enumerate(KK_MILESTONES[:nms]):
        if base[i] < report:
            actual = min(base[i] + timedelta(days=rng.randint(0, 5)), report - timedelta(days=1))
            mrows.append([name, _dots(base[i]), None, _dots(actual), "Орындалды"])
            status, fc = "Complete", None
        else:
            fc = base[i] + timedelta(days=rng.choice([0, 0, 14]))
            word, status = ("Кешігуде", "Late") if fc > base[i] else ("Басталмаған", "Not Started")
            mrows.append([name, _dots(base[i]), _dots(fc), None, word])
            actual = None
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "status", status),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if fc:
            values.append(ValueFact("milestones", i, "forecast_date", fc))
    _put(ws, top + 1, 1, mrows)
    rtop = top + 1 + len(mrows) + 2
    ws.cell(rtop - 1, 1, "Негізгі тәуекелдер")
    nr = rng.randint(2, 4)
    rrows: list[list[object]] = [["Тәуекел", "Ықтималдық", "Әсері", "Шаралар", "Жауапты"]]
    for i, (risk, action) in enumerate(rng.sample(KK_RISKS, nr)):
        (pw, p), (iw, imp) = rng.choice(KK_LEVEL), rng.choice(KK_LEVEL)
        owner = rng.choice(KK_PEOPLE)
        rrows.append([risk, pw, iw, action, owner])
        values += [
            ValueFact("risks", i, "title", risk),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "owner", owner),
        ]
    _put(ws, rtop, 1, rrows)
    mcols: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    mcols["E"] = "status"
    rcols: Targets = _cols("A", ["title", "probability", "impact", "response", "owner"])
    path = _save(wb, folder, "kk_aktobe_shubat_dairy_status_report")
    return Built(
        path,
        [_one("milestones", "Есеп", top + 1, mcols, nms), _one("risks", "Есеп", rtop, rcols, nr)],
        values,
    )


def _days_past(days: list[date]) -> list[date]:
    if not any(d.day > 12 for d in days):
        days[-1] = days[-1].replace(day=20)
    return days


# ---------------------------------------------------------------------------------------
# 12. Thai budget disbursement tracker
# ---------------------------------------------------------------------------------------

TH_MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย."]
TH_LINES = [
    "ค่าครุภัณฑ์ เครื่องคัดขนาดลำไย",
    "ค่าก่อสร้างโรงคัดแยก",
    "ค่าจ้างเหมาบริการ",
    "ค่าฝึกอบรมเกษตรกร",
    "ค่าวัสดุการเกษตร",
]


def th_lamphun_longan_disbursement_tracker(folder: Path, rng: random.Random) -> Built:
    """A Lamphun longan sorting-house project's monthly disbursement plan and result,
    Thai: fiscal months (Buddhist era) merged over plan / result pairs."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "แผน-ผลการเบิกจ่าย")
    nm = rng.randint(5, 9)
    months = _months(date(2025, 10, 1), nm)
    k = rng.randint(2, nm - 1)
    lines = rng.sample(TH_LINES, rng.randint(3, 5))
    ws["A1"] = "แผนและผลการเบิกจ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569"
    ws["A2"] = "โครงการโรงคัดแยกลำไยคุณภาพ สำนักงานเกษตรจังหวัดลำพูน"
    ws["A3"] = "หน่วย: บาท"
    ws.cell(4, 1, "รายการ")
    ws.cell(4, 2, "งบประมาณที่ได้รับ")
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    for m, d in enumerate(months):
        c = 3 + 2 * m
        ws.cell(4, c, f"{TH_MONTHS[m]} {str(d.year + 543)[2:]}")
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "แผน")
        ws.cell(5, c + 1, "ผล")
    tc = 3 + 2 * nm
    ws.cell(4, tc, "รวม")
    ws.merge_cells(start_row=4, start_column=tc, end_row=4, end_column=tc + 1)
    ws.cell(5, tc, "แผน")
    ws.cell(5, tc + 1, "ผล")
    values: list[ValueFact] = []
    for i, line in enumerate(lines):
        r = 6 + i
        ws.cell(r, 1, line)
        plan_total = act_total = 0.0
        for m in range(nm):
            plan = float(rng.randint(4, 90) * 1000) + rng.choice([0.0, 500.0, 250.0])
            ws.cell(r, 3 + 2 * m, plan)
            plan_total += plan
            values.append(ValueFact("finance", (months[m], line), "budget", plan))
            if m < k:
                act = round(plan * rng.uniform(0.6, 1.1), 2)
                ws.cell(r, 4 + 2 * m, act)
                act_total += act
                values.append(ValueFact("finance", (months[m], line), "actual", act))
        ws.cell(r, 2, plan_total + float(rng.randint(0, 20) * 1000))
        ws.cell(r, tc, plan_total)
        ws.cell(r, tc + 1, round(act_total, 2))
    last = 6 + len(lines)
    ws.cell(last, 1, "รวมทั้งสิ้น")
    for c in range(2, tc + 2):
        col = get_column_letter(c)
        ws.cell(last, c, f"=SUM({col}6:{col}{last - 1})")
        for r in range(6, last + 1):
            ws.cell(r, c).number_format = "#,##0.00"
    ws.cell(last + 2, 1, "หมายเหตุ: ผลการเบิกจ่ายตามระบบ GFMIS ณ สิ้นเดือน")
    table = TruthTable(
        "แผน-ผลการเบิกจ่าย", 5, "finance", {"A": "cost_line", "B": None}, {"finance": len(lines) * nm}
    )
    path = _save(wb, folder, "th_lamphun_longan_disbursement_tracker")
    return Built(path, [table], values)


HELD_OUT_111: tuple[Layout, ...] = (
    Layout(
        "hy_gyumri_brandy_bottling_risk_register",
        "Armenian brandy house risk register",
        hy_gyumri_brandy_bottling_risk_register,
    ),
    Layout(
        "te_guntur_market_yard_eauction_risk_register",
        "Telugu market-yard e-auction risk register",
        te_guntur_market_yard_eauction_risk_register,
    ),
    Layout(
        "ml_thrissur_pooram_crowd_milestone_plan",
        "Malayalam festival crowd-management milestone plan",
        ml_thrissur_pooram_crowd_milestone_plan,
    ),
    Layout(
        "uz_rishton_ceramics_decision_log",
        "Uzbek ceramics workshop decision log",
        uz_rishton_ceramics_decision_log,
    ),
    Layout(
        "so_sanaag_frankincense_dependency_register",
        "Somali frankincense cooperative dependency register",
        so_sanaag_frankincense_dependency_register,
    ),
    Layout(
        "zu_pmb_school_nutrition_assumption_register",
        "Zulu school-nutrition assumption register",
        zu_pmb_school_nutrition_assumption_register,
    ),
    Layout("yo_abeokuta_adire_raid_log", "Yoruba dye works RAID log", yo_abeokuta_adire_raid_log),
    Layout(
        "ro_brasov_organ_restoration_issue_register",
        "Romanian organ restoration issue register",
        ro_brasov_organ_restoration_issue_register,
    ),
    Layout(
        "gu_surat_zari_machinery_finance_tracker",
        "Gujarati machinery expenditure sheet",
        gu_surat_zari_machinery_finance_tracker,
    ),
    Layout(
        "kn_belagavi_foundry_erp_resource_plan",
        "Kannada ERP staffing plan",
        kn_belagavi_foundry_erp_resource_plan,
    ),
    Layout(
        "kk_aktobe_shubat_dairy_status_report",
        "Kazakh monthly status report",
        kk_aktobe_shubat_dairy_status_report,
    ),
    Layout(
        "th_lamphun_longan_disbursement_tracker",
        "Thai budget disbursement plan and result",
        th_lamphun_longan_disbursement_tracker,
    ),
)
