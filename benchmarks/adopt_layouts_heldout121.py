"""The hundred-and-twenty-first held-out batch (round 41, task w129): ORDINARY WORKBOOKS IN
OTHER LANGUAGES. Twelve registers and trackers kept by project teams in their own language,
as their PMs write them: their own title blocks, status words, dates and number forms.
Written without opening any other batch (no format reference); every workbook imagined.

1. ``tamil_madurai_waste_risks`` (Tamil, Madurai corporation's waste segregation): risk
   register, `வ.எண்` / `இடர் விவரம்` / `வகை` / `நிகழ்தகவு` / `தாக்கம்` (உயர் / நடுத்தரம் /
   குறைவு) / `பொறுப்பாளர்` / `தணிப்பு நடவடிக்கை` / `இலக்கு தேதி` (text `15-03-2026`) / `நிலை`.
2. ``amharic_hawassa_effluent_issues`` (Amharic, an industrial park's effluent plant):
   issue register, `ተ.ቁ` / `የችግሩ መግለጫ` / `የተገኘበት ቀን` / `ክብደት` / `ኃላፊ` /
   `የመፍትሄ እርምጃ` / `የመጨረሻ ቀን` / `ሁኔታ`; Gregorian dates as text `dd/mm/yyyy` (noted).
3. ``swahili_mwanza_fish_market_decisions`` (Swahili, a fish market's cold room): decision
   log under a labelled title block (`Jina la Mradi:`, `Msimamizi wa Mradi:`), `Na.` /
   `Tarehe` / `Uamuzi` / `Sababu` / `Aliyeamua` / `Kikao`.
4. ``hungarian_tokaj_bottling_dependencies`` (Hungarian, a winery's bottling line):
   dependency register, `Azon.` / `Függőség megnevezése` / `Irány` (Bejövő / Kimenő) /
   `Kapcsolódó projekt` / `Felelős` / `Szükséges` / `Vállalt` (text `2026.03.15.`) /
   `Állapot` / `Megjegyzés`.
5. ``uzbek_bukhara_hotel_milestones`` (Uzbek, a caravanserai restored as a hotel): the
   client's control-point schedule, `T/r` / `Bosqich` / `Nazorat nuqtasi` / `Pudratchi
   tashkilot` / `Muddat (shartnoma bo'yicha)` / `Bajarilish, %` / `Yangi muddat` (text
   `dd.mm.yyyy`, blank when unchanged) / `Holati` / `Mas'ul xodim`.
6. ``estonian_tartu_bikeshare_assumptions`` (Estonian, a city bike share): assumption
   list, `Eelduse ID` / `Valdkond` / `Eeldus` / `Kui eeldus ei kehti` / `Kindlus` /
   `Staatus` / `Omanik` / `Tähtaeg` (text `dd.mm.yyyy`) / `Viimati uuendatud` (date cells).
7. ``sinhala_galle_museum_raid`` (Sinhala, a museum's digitisation): one RAID sheet,
   `අංකය` / `වර්ගය` (අවදානම / ගැටලුව / උපකල්පනය / තීරණය) / `විස්තරය` /
   `වගකිව යුත්තා` / `දිනය` (text `2026.03.15`) / `තත්ත්වය`.
8. ``persian_yazd_qanat_status`` (Persian, a qanat restoration): status report, labelled
   fields (`نام پروژه:`, `مدیر پروژه:`, `تاریخ گزارش:` in the Solar Hijri calendar with
   Persian digits, `وضعیت کلی:` سبز / زرد / قرمز) and a milestone table (`ردیف` /
   `عنوان` / `مسئول` / `تاریخ برنامه` / `تاریخ پیش‌بینی` / `وضعیت`), dates `۱۴۰۵/۰۲/۱۵`.
9. ``brazil_santa_casa_status`` (Brazilian Portuguese with English, a charity hospital's
   telemedicine): weekly status report, `Projeto:` / `GP:` / `Data:` / `Farol geral`
   (Verde / Amarelo / Vermelho) and `Prazo` / `Custo` / `Escopo`, R$ `2.450.000,00`, and
   `Pontos de atenção (issues)`: `#` / `Descrição` / `Responsável` / `Prazo` / `Status` /
   `Criticidade`.
10. ``japanese_rural_rail_budget`` (Japanese, a rural railway's IC-card fares): 予実管理表,
    `費目` / `区分` (予算 / 実績 / 見込) / `4月`..`9月` of `2026年度（令和8年度）` / `合計`,
    yen `#,##0` (単位：円).
11. ``chinese_mushroom_greenhouse_resources`` (Chinese, a smart mushroom greenhouse):
    resource allocation list, `序号` / `月份` (`2026年3月`) / `岗位` / `姓名` /
    `计划投入(人天)` / `备注`.
12. ``mexican_merida_library_budget`` (Mexican Spanish, a university library build):
    `Control presupuestal`, `Partida` / `Concepto` / per month (`ene-26`) three columns
    `Presupuesto` / `Ejercido` / `Pronóstico` under merged month labels, `$1,234,567.00`
    (MXN) as numbers.

Least-sure readings (no fact for each): serial numbers (`வ.எண்`, `ተ.ቁ`, `Na.`, `№`,
`Nr`, `අංකය`, `ردیف`, `#`, `序号`) as the ID column with no ID value; `Azon.` codes
`F-01` (F for függőség: not the standard's D-prefix) and Estonian `E01` with no ID value;
the Uzbek blank `Yangi muddat` (no new date: the forecast is the contract date, or not
given) with no forecast fact, `Bajarilish, %` and the contractor organisation left out; Tamil `வகை` words
with no category value except where one standard category is meant (தொழில்நுட்பம் ->
Technical, நிதி -> Financial, ஒப்பந்ததாரர் -> Third Party); Amharic and Sinhala texts as
titles as written; the Brazilian `Criticidade` (Alta / Média / Baixa) as severity or
priority: no value; R$, ETB, TZS, HUF, UZS, IRR and MXN amounts give no currency fact
(not on the standard's list); Persian `تاریخ گزارش` converted from the Solar Hijri
calendar (1 Farvardin 1405 = 21 March 2026) with a fact, as any Iranian reader converts
it; the Japanese `見込` as the forecast; the Mexican `Ejercido` as the actual; `Kikao`,
`Megjegyzés`, `备注`, `合計` left out. The Japanese table's two header cells (`費目` /
`区分`, months across) match an earlier 予実管理表's: it is the one way such a table is
kept (the similarity check did not flag it).

Truth audited in round 41 (task a133; docs/adopt.md, "Round 41: the hundred-and-twenty-first
batch's truth audited"): the Hungarian `F-01` (függőség) and Estonian `E01` (eeldus) codes
are per-register codes, the ids in SPEC's form (D-001, A-001; the lead's `RSK-01` ruling);
the plain serials (`வ.எண்`, `ተ.ቁ`, `Na.`, `T/r`, `අංකය`, `ردیف`, `#`) an id or left out
(`("id", None)`), no id value; the Tamil `தணிப்பு நடவடிக்கை` cells each risk's response as
written, `செயல்பாடு` Operational and `மனிதவளம்` (human resources) People; the Sinhala
RAID log's bare `දිනය` after the owner a risk's, issue's or assumption's raised or due date
with no date fact (a decision keeps its date); the Amharic action column (one line at every
row) stays the resolution with no value. Values 399 -> 413 at seed 2026; no cell changed.
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
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Font

_BOLD = Font(bold=True)


def _bold(ws: openpyxl.worksheet.worksheet.Worksheet, row: int, n: int, left: int = 1) -> None:
    for c in range(left, left + n):
        ws.cell(row, c).font = _BOLD


def _dots(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


# ---------------------------------------------------------------------------------------
# 1. Tamil risk register
# ---------------------------------------------------------------------------------------

_TA_PEOPLE = ["இரா. செந்தில்குமார்", "க. மீனாட்சி", "ப. அருண்", "சு. லக்ஷ்மி", "வெ. கார்த்திக்"]
_TA_RISKS = [
    ("வடகிழக்கு பருவமழையால் குப்பை சேகரிப்பு வாகனங்கள் தாமதம்", "செயல்பாடு", "Operational"),
    ("மக்கும் குப்பை உரக்கூடம் கட்டுமான ஒப்பந்ததாரர் தாமதம்", "ஒப்பந்ததாரர்", "Third Party"),
    ("GPS கண்காணிப்பு மென்பொருள் வார்டு அலுவலகங்களில் இயங்கவில்லை", "தொழில்நுட்பம்", "Technical"),
    ("மாநில நிதி இரண்டாம் தவணை தாமதம்", "நிதி", "Financial"),
    ("தூய்மைப் பணியாளர்கள் பற்றாக்குறை திருவிழா காலத்தில்", "மனிதவளம்", "People"),
    ("வீடுகளில் பிரித்தளிப்பு விழிப்புணர்வு குறைவு", "சமூகம்", None),
    ("மறுசுழற்சி நிறுவனம் விலை ஒப்பந்தம் மாற்றம்", "ஒப்பந்ததாரர்", "Third Party"),
]
_TA_LEVEL = {"உயர்": 5.0, "நடுத்தரம்": 3.0, "குறைவு": 1.0}
_TA_STATUS = {"திறந்தது": "Open", "கண்காணிப்பில்": "Monitoring", "மூடப்பட்டது": "Closed"}


def tamil_madurai_waste_risks(folder: Path, rng: random.Random) -> Built:
    """A Madurai corporation ward-waste project's risk register in Tamil, likelihood and
    impact as உயர் / நடுத்தரம் / குறைவு, target dates as text `15-03-2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "இடர் பதிவேடு")
    ws["A1"] = "மதுரை மாநகராட்சி – வீட்டுக் குப்பை பிரித்தளிப்பு திட்டம்"
    ws["A2"] = "இடர் பதிவேடு"
    ws["F2"] = "புதுப்பிப்பு: " + f"{rng.randint(1, 28):02d}-03-2026"
    ws.merge_cells("A1:I1")
    header = ["வ.எண்", "இடர் விவரம்", "வகை", "நிகழ்தகவு", "தாக்கம்", "பொறுப்பாளர்",
              "தணிப்பு நடவடிக்கை", "இலக்கு தேதி", "நிலை"]  # fmt: skip
    _put(ws, 4, 1, [header])
    _bold(ws, 4, len(header))
    n = rng.randint(5, 7)
    picks = rng.sample(_TA_RISKS, n)
    dues = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, ((title, cat_ta, cat), due) in enumerate(zip(picks, dues, strict=True)):
        p, imp = rng.choice(list(_TA_LEVEL)), rng.choice(list(_TA_LEVEL))
        owner = rng.choice(_TA_PEOPLE)
        st = rng.choice(list(_TA_STATUS))
        due_text = f"{due.day:02d}-{due.month:02d}-{due.year}"
        action = rng.choice(["வார்டு அலுவலர்களுடன் வாராந்திர ஆய்வு", "மாற்று ஏற்பாடு தயார்",
                             "ஆணையரிடம் தெரிவிக்கப்பட்டது"])  # fmt: skip
        _put(ws, 5 + i, 1, [[i + 1, title, cat_ta, p, imp, owner, action, due_text, st]])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", _TA_LEVEL[p]),
            ValueFact("risks", i, "impact", _TA_LEVEL[imp]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", _TA_STATUS[st]),
            ValueFact("risks", i, "response", action),
        ]
        if cat:
            values.append(ValueFact("risks", i, "category", cat))
    ws.cell(6 + n, 1, "உயர் = 5, நடுத்தரம் = 3, குறைவு = 1 (மதிப்பீடு)")
    targets: Targets = _cols("A", [("id", None), "title", "category", "probability", "impact",
                                   "owner", "response", "due_date", "status"])  # fmt: skip
    path = _save(wb, folder, "madurai_kuppai_idar")
    return Built(path, [_one("risks", "இடர் பதிவேடு", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 2. Amharic issue register
# ---------------------------------------------------------------------------------------

_AM_PEOPLE = ["አበበ ከበደ", "ሰላም ታደሰ", "ዮሐንስ ገብሬ", "መሰረት አለሙ", "ዳዊት ተስፋዬ"]
_AM_ISSUES = [
    "የፍሳሽ ማጣሪያ ፓምፕ ተበላሽቷል",
    "የኬሚካል አቅርቦት ዘግይቷል",
    "የኤሌክትሪክ መቆራረጥ በተደጋጋሚ ይከሰታል",
    "የላብራቶሪ ምርመራ ውጤት ዘግይቷል",
    "የኦፕሬተሮች ስልጠና አልተጠናቀቀም",
    "የአካባቢ ጥበቃ ባለስልጣን ሪፖርት ጠይቋል",
    "የአቅራቢ ክፍያ ተይዟል",
]
_AM_SEV = {"ከፍተኛ": 5.0, "መካከለኛ": 3.0, "ዝቅተኛ": 1.0}
_AM_STATUS = {"ክፍት": "Open", "በሂደት ላይ": "In Progress", "ተፈቷል": "Resolved", "ተዘግቷል": "Closed"}


def amharic_hawassa_effluent_issues(folder: Path, rng: random.Random) -> Built:
    """An industrial park's effluent treatment upgrade: issue register in Amharic, dates
    as Gregorian text `dd/mm/yyyy` (the title says so), severity ከፍተኛ / መካከለኛ / ዝቅተኛ."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "ችግሮች")
    ws["A1"] = "የሀዋሳ ኢንዱስትሪ ፓርክ – የፍሳሽ ማጣሪያ ማሻሻያ ፕሮጀክት"
    ws["A2"] = "የችግሮች መዝገብ (ቀናት በእ.ኤ.አ / Gregorian)"
    header = ["ተ.ቁ", "የችግሩ መግለጫ", "የተገኘበት ቀን", "ክብደት", "ኃላፊ", "የመፍትሄ እርምጃ",
              "የመጨረሻ ቀን", "ሁኔታ"]  # fmt: skip
    _put(ws, 3, 1, [header])
    _bold(ws, 3, len(header))
    n = rng.randint(5, 7)
    titles = rng.sample(_AM_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (title, r) in enumerate(zip(titles, raised, strict=True)):
        due = r + timedelta(days=rng.randint(7, 30))
        sev = rng.choice(list(_AM_SEV))
        st = rng.choice(list(_AM_STATUS))
        owner = rng.choice(_AM_PEOPLE)
        _put(ws, 4 + i, 1, [[i + 1, title, f"{r.day:02d}/{r.month:02d}/{r.year}", sev, owner,
                             "ከአቅራቢው ጋር ውይይት ተደርጓል", f"{due.day:02d}/{due.month:02d}/{due.year}",
                             st]])  # fmt: skip
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "raised_date", r),
            ValueFact("issues", i, "severity", _AM_SEV[sev]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "status", _AM_STATUS[st]),
        ]
        values.append(ValueFact("issues", i, "due_date", due))
    ws.cell(5 + n, 1, "ያዘጋጀው: የፕሮጀክት ጽ/ቤት")
    targets: Targets = _cols("A", [("id", None), "title", "raised_date", "severity", "owner",
                                   "resolution", "due_date", "status"])  # fmt: skip
    path = _save(wb, folder, "hawassa_chigroch")
    return Built(path, [_one("issues", "ችግሮች", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 3. Swahili decision log
# ---------------------------------------------------------------------------------------

_SW_PEOPLE = ["Neema Mwakyusa", "Juma Said", "Rehema Mollel", "Baraka Mushi", "Zawadi Kimaro"]
_SW_DECISIONS = [
    (
        "Chumba cha baridi kitumie umeme wa jua na jenereta ya akiba",
        "Umeme wa TANESCO hukatika mara kwa mara",
    ),
    ("Mkandarasi wa ujenzi apewe nyongeza ya wiki mbili", "Mvua za masika zilisimamisha kazi"),
    ("Ada ya kuhifadhi samaki iwe TSh 500 kwa kilo kwa siku", "Imekubaliwa na chama cha wavuvi"),
    ("Mafunzo ya usafi yafanyike kabla ya kufungua soko", "Masharti ya Mamlaka ya Chakula na Dawa"),
    ("Manunuzi ya mizani mpya yafanyike kwa zabuni ya wazi", "Kanuni za manunuzi ya umma"),
    ("Ufunguzi wa soko usogezwe hadi mwisho wa mwezi", "Vifaa vya kupoza bado viko bandarini"),
]


def swahili_mwanza_fish_market_decisions(folder: Path, rng: random.Random) -> Built:
    """A fish market cold room project on Lake Victoria: decision log in Swahili under a
    labelled title block, dates as text `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Maamuzi")
    pm = rng.choice(_SW_PEOPLE)
    ws["A1"] = "HALMASHAURI YA JIJI LA MWANZA"
    ws["A2"] = "Jina la Mradi:"
    ws["B2"] = "Chumba cha Baridi – Soko la Samaki Mwaloni Kirumba"
    ws["A3"] = "Msimamizi wa Mradi:"
    ws["B3"] = pm
    ws["A4"] = "DAFTARI LA MAAMUZI"
    header = ["Na.", "Tarehe", "Uamuzi", "Sababu", "Aliyeamua", "Kikao"]
    _put(ws, 6, 1, [header])
    _bold(ws, 6, len(header))
    n = rng.randint(4, 6)
    picks = rng.sample(_SW_DECISIONS, n)
    days = _days(rng, n, date(2026, 1, 8))
    values = [
        ValueFact(
            "project", 0, "project_name", "Chumba cha Baridi – Soko la Samaki Mwaloni Kirumba"
        ),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i, ((text, why), d) in enumerate(zip(picks, days, strict=True)):
        who = rng.choice(["Kamati ya Uendeshaji", "Mkurugenzi wa Jiji", pm])
        meeting = rng.choice(["Kikao cha kamati", "Kikao cha wiki", "Barua pepe"])
        _put(
            ws, 7 + i, 1, [[i + 1, f"{d.day:02d}/{d.month:02d}/{d.year}", text, why, who, meeting]]
        )
        values += [
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    ws.cell(9 + n, 1, "Imeandaliwa na: Ofisi ya Mradi")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by", None])
    path = _save(wb, folder, "daftari_la_maamuzi_mwanza")
    return Built(path, [_one("decisions", "Maamuzi", 6, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 4. Hungarian dependency register
# ---------------------------------------------------------------------------------------

_HU_PEOPLE = ["Kovács Péter", "Szabó Eszter", "Nagy Gábor", "Tóth Anna", "Horváth Zsolt"]
_HU_DEPS = [
    "Új palackozógép szállítása",
    "Címkenyomtató szoftver frissítése",
    "NAV jövedéki engedély módosítása",
    "Raktárirányítási rendszer interfész",
    "Parafadugó-beszállító minősítése",
    "Villamos hálózat bővítése a csarnokban",
]
_HU_STATUS = {"Nyitott": "Open", "Rendben halad": "On Track", "Veszélyben": "At Risk",
              "Késésben": "Late", "Teljesítve": "Delivered"}  # fmt: skip


def hungarian_tokaj_bottling_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Tokaj winery's bottling line: dependency register in Hungarian, family name first,
    dates as text `2026.03.15.`, direction Bejövő / Kimenő."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Függőségek")
    ws["A1"] = "Palackozósor korszerűsítése – Függőségi nyilvántartás"
    ws["A2"] = f"Utolsó frissítés: 2026.{rng.randint(1, 3):02d}.{rng.randint(10, 28)}."
    header = ["Azon.", "Függőség megnevezése", "Irány", "Kapcsolódó projekt", "Felelős",
              "Szükséges", "Vállalt", "Állapot", "Megjegyzés"]  # fmt: skip
    _put(ws, 4, 1, [header])
    _bold(ws, 4, len(header))
    n = rng.randint(4, 6)
    picks = rng.sample(_HU_DEPS, n)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (title, nb) in enumerate(zip(picks, need, strict=True)):
        committed = nb + timedelta(days=rng.choice([-7, 0, 0, 5, 14]))
        d_hu = rng.choice(["Bejövő", "Kimenő"])
        proj = rng.choice(["LOG-2026-03", "IT-ERP-11", "BER-2025-07"])
        owner = rng.choice(_HU_PEOPLE)
        st = rng.choice(list(_HU_STATUS))
        _put(ws, 5 + i, 1, [[f"F-{i + 1:02d}", title, d_hu, proj, owner,
                             f"{nb.year}.{nb.month:02d}.{nb.day:02d}.",
                             f"{committed.year}.{committed.month:02d}.{committed.day:02d}.",
                             st, rng.choice([None, "heti egyeztetés", "szerződés aláírva"])]])  # fmt: skip
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if d_hu == "Bejövő" else "Outbound"
            ),
            ValueFact("dependencies", i, "counterparty_project_id", proj),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", nb),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", _HU_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["id", "title", "direction", "counterparty_project_id",
                                   "owner", "need_by", "committed_date", "status", None])  # fmt: skip
    path = _save(wb, folder, "tokaj_palackozo_fuggosegek")
    return Built(path, [_one("dependencies", "Függőségek", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 5. Uzbek milestone plan
# ---------------------------------------------------------------------------------------

_UZ_PEOPLE = ["Aziz Karimov", "Dilnoza Rashidova", "Sherzod Tursunov", "Malika Yusupova",
              "Bobur Aliyev"]  # fmt: skip
_UZ_MS = [
    "Loyiha-smeta hujjatlari tasdiqlandi",
    "Madaniy meros agentligi ruxsatnomasi",
    "Tom yopmasini ta'mirlash yakunlandi",
    "Muhandislik tarmoqlari ulandi",
    "Mehmonxona xonalari jihozlandi",
    "Sinov ishga tushirish",
    "Rasmiy ochilish",
]
_UZ_STATUS = {"Bajarildi": "Complete", "Jarayonda": "In Progress",
              "Boshlanmagan": "Not Started", "Kechikmoqda": "Late"}  # fmt: skip


def uzbek_bukhara_hotel_milestones(folder: Path, rng: random.Random) -> Built:
    """A Bukhara caravanserai restored as a hotel: the client's control-point schedule in
    Uzbek (Latin), grouped by phase, the contractor organisation beside the responsible
    officer, contract dates and new dates as text `dd.mm.yyyy`, percent complete."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Nazorat nuqtalari")
    ws["A1"] = "Buxoro karvonsaroyini mehmonxonaga aylantirish"
    ws["A2"] = "Nazorat nuqtalari jadvali (buyurtmachi nazorati)"
    header = ["T/r", "Bosqich", "Nazorat nuqtasi", "Pudratchi tashkilot",
              "Muddat (shartnoma bo'yicha)", "Bajarilish, %", "Yangi muddat", "Holati",
              "Mas'ul xodim"]  # fmt: skip
    _put(ws, 4, 1, [header])
    _bold(ws, 4, len(header))
    n = rng.randint(5, 7)
    base = _days(rng, n, date(2026, 1, 15))
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, b in enumerate(base):
        owner = rng.choice(_UZ_PEOPLE)
        fc = b + timedelta(days=rng.choice([0, 0, 10, 21]))
        if i < done:
            st, pct = "Bajarildi", 100
        else:
            st = rng.choice(["Jarayonda", "Boshlanmagan", "Kechikmoqda"])
            pct = 0 if st == "Boshlanmagan" else rng.choice([20, 45, 70])
        phase = "I bosqich" if i < 3 else "II bosqich"
        org = rng.choice(["“Buxoro Restavratsiya” MChJ", "“Qurilish Invest” AJ"])
        _put(ws, 5 + i, 1, [[i + 1, phase, _UZ_MS[i], org, _dots(b), pct,
                             _dots(fc) if fc != b else None, st, owner]])  # fmt: skip
        values += [
            ValueFact("milestones", i, "milestone", _UZ_MS[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", b),
            ValueFact("milestones", i, "status", _UZ_STATUS[st]),
        ]
        if fc != b:
            values.append(ValueFact("milestones", i, "forecast_date", fc))
    ws.cell(6 + n, 3, "Tuzuvchi: buyurtmachining texnik nazorati")
    targets: Targets = _cols("A", [("id", None), None, "milestone", None, "baseline_date", None,
                                   "forecast_date", "status", "owner"])  # fmt: skip
    path = _save(wb, folder, "buxoro_nazorat_nuqtalari")
    return Built(path, [_one("milestones", "Nazorat nuqtalari", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 6. Estonian assumption register
# ---------------------------------------------------------------------------------------

_ET_PEOPLE = ["Kadri Tamm", "Mart Saar", "Liis Kask", "Andres Mägi", "Triin Põld"]
_ET_ASSUMPTIONS = [
    "Linnavalitsus kinnitab uued parklakohad enne hooaega",
    "Elektrirataste akud peavad talvel vähemalt 40 km",
    "Ühiskaardi liides on testimiseks valmis märtsis",
    "Hooldaja leping jätkub samadel tingimustel",
    "Ülikooli tudengid on peamine kasutajarühm",
    "Riiklik toetus laekub teises kvartalis",
]
_ET_CONF = {"Kõrge": "High", "Keskmine": "Medium", "Madal": "Low"}
_ET_STATUS = {"Avatud": "Open", "Kinnitatud": "Validated", "Ei pea paika": "Invalid"}


def estonian_tartu_bikeshare_assumptions(folder: Path, rng: random.Random) -> Built:
    """A city bike share's assumption list in Estonian, grouped by area: what breaks if the
    assumption fails next to it, confidence Kõrge / Keskmine / Madal, the owner after the
    status, a check-by date as text `dd.mm.yyyy` and a last-updated date cell."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Eeldused")
    ws["A1"] = "Tartu rattaringluse laiendus 2026 – eeldused"
    header = ["Eelduse ID", "Valdkond", "Eeldus", "Kui eeldus ei kehti", "Kindlus", "Staatus",
              "Omanik", "Tähtaeg", "Viimati uuendatud"]  # fmt: skip
    _put(ws, 3, 1, [header])
    _bold(ws, 3, len(header))
    n = rng.randint(4, 6)
    picks = rng.sample(_ET_ASSUMPTIONS, n)
    checks = _days(rng, n, date(2026, 3, 9))
    values: list[ValueFact] = []
    for i, (text, c) in enumerate(zip(picks, checks, strict=True)):
        owner = rng.choice(_ET_PEOPLE)
        conf = rng.choice(list(_ET_CONF))
        st = rng.choice(list(_ET_STATUS))
        impact = rng.choice(["Avamine lükkub edasi", "Eelarve suureneb", "Kasutajaid vähem"])
        upd = date(2026, 2, 1) + timedelta(days=rng.randrange(40))
        area = rng.choice(["Taristu", "Tehnika", "Rahastus", "Kasutajad"])
        _put(ws, 4 + i, 1, [[f"E{i + 1:02d}", area, text, impact, conf, st, owner, _dots(c),
                             upd]])  # fmt: skip
        ws.cell(4 + i, 9).number_format = "DD.MM.YYYY"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "last_updated", upd),
            ValueFact("assumptions", i, "validate_by", c),
            ValueFact("assumptions", i, "confidence", _ET_CONF[conf]),
            ValueFact("assumptions", i, "impact_if_false", impact),
            ValueFact("assumptions", i, "status", _ET_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["id", None, "assumption", "impact_if_false", "confidence",
                                   "status", "owner", "validate_by", "last_updated"])  # fmt: skip
    path = _save(wb, folder, "tartu_rattaringlus_eeldused")
    return Built(path, [_one("assumptions", "Eeldused", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 7. Sinhala RAID log
# ---------------------------------------------------------------------------------------

_SI_PEOPLE = ["නිමල් පෙරේරා", "කුමාරි සිල්වා", "සුනිල් ජයසිංහ", "චමරි ප්‍රනාන්දු", "රුවන් බණ්ඩාර"]
_SI_ROWS = {
    "risks": ("අවදානම", ["තෙතමනය නිසා පැරණි ලේඛන හානි වීම", "ස්කෑනරය ප්‍රමාද වී ලැබීම",
                         "තාක්ෂණික කාර්ය මණ්ඩලය මාරු වීම"]),
    "issues": ("ගැටලුව", ["සේවාදායකයේ ඉඩ ප්‍රමාණවත් නැත", "විදුලි බිඳවැටීම් නිතර සිදුවේ",
                          "ලේබල් මුද්‍රණ යන්ත්‍රය අක්‍රියයි"]),
    "assumptions": ("උපකල්පනය", ["පුරාවිද්‍යා දෙපාර්තමේන්තුව අනුමැතිය දෙයි",
                                 "ස්වේච්ඡා සේවකයින් සති අන්තයේ සිටී"]),
    "decisions": ("තීරණය", ["ඩිජිටල් ගොනු TIFF ආකෘතියෙන් තබා ගැනීම",
                            "ප්‍රදර්ශනාගාරය සඳුදා වසා තැබීම"]),
}  # fmt: skip
_SI_STATUS = {"විවෘත": ("Open", "Open", "Open"), "වසා ඇත": ("Closed", "Closed", "Closed")}


def sinhala_galle_museum_raid(folder: Path, rng: random.Random) -> Built:
    """A museum's collection digitisation in Galle: one RAID sheet in Sinhala, type column
    අවදානම / ගැටලුව / උපකල්පනය / තීරණය, dates as text `2026.03.15` (year first)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "ගාල්ල ජාතික කෞතුකාගාරය – එකතු ඩිජිටල්කරණ ව්‍යාපෘතිය"
    ws["A2"] = "RAID ලේඛනය"
    header = ["අංකය", "වර්ගය", "විස්තරය", "වගකිව යුත්තා", "දිනය", "තත්ත්වය"]
    _put(ws, 4, 1, [header])
    _bold(ws, 4, len(header))
    rows: list[tuple[str, str]] = []
    for reg, (_, texts) in _SI_ROWS.items():
        k = rng.randint(1, len(texts))
        rows += [(reg, t) for t in texts[:k]]
    rng.shuffle(rows)
    days = _days(rng, len(rows), date(2026, 1, 10))
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    text_field = {"risks": "title", "issues": "title", "assumptions": "assumption",
                  "decisions": "decision"}  # fmt: skip
    for i, ((reg, text), d) in enumerate(zip(rows, days, strict=True)):
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        owner = rng.choice(_SI_PEOPLE)
        st = None if reg == "decisions" else rng.choice(list(_SI_STATUS))
        _put(ws, 5 + i, 1, [[i + 1, _SI_ROWS[reg][0], text, owner,
                             f"{d.year}.{d.month:02d}.{d.day:02d}", st]])  # fmt: skip
        values.append(ValueFact(reg, idx, text_field[reg], text))
        if reg == "decisions":
            values += [ValueFact(reg, idx, "made_by", owner), ValueFact(reg, idx, "date", d)]
        else:
            # a bare `දිනය` after the owner: logged or due, two readings (audit): no date fact
            values.append(ValueFact(reg, idx, "owner", owner))
            if st:
                values.append(ValueFact(reg, idx, "status", _SI_STATUS[st][0]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption", "decision"),
                                   ("owner", "made_by"),
                                   ("raised_date", "due_date", "validate_by", "date"), "status"])  # fmt: skip
    path = _save(wb, folder, "galle_museum_raid")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# 8. Persian status report (Solar Hijri dates)
# ---------------------------------------------------------------------------------------

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_FA_PEOPLE = ["علی رضایی", "مریم احمدی", "حسین کریمی", "زهرا محمدی", "رضا حسینی"]
_FA_MS = [
    "پایان لایروبی میله‌چاه‌ها",
    "تحویل طرح مرمت کوره",
    "نصب حسگرهای دبی آب",
    "تأیید میراث فرهنگی",
    "افتتاح مسیر گردشگری",
    "تحویل موقت",
]
_FA_STATUS = {"انجام شد": "Complete", "در حال انجام": "In Progress",
              "شروع نشده": "Not Started", "با تأخیر": "Late"}  # fmt: skip
_FA_RAG = {"سبز": "Green", "زرد": "Amber", "قرمز": "Red"}
_FA_SUMMARY = "عملیات لایروبی طبق برنامه ادامه دارد؛ تأمین اعتبار فصل دوم در انتظار است."
_NOWRUZ_1405 = date(2026, 3, 21)  # 1 Farvardin 1405


def _jalali(d: date) -> str:
    """``d`` (on or after 21 March 2026, within 1405) as `۱۴۰۵/۰۲/۱۵`."""
    k = (d - _NOWRUZ_1405).days
    month, day = (k // 31 + 1, k % 31 + 1) if k < 186 else (7 + (k - 186) // 30, (k - 186) % 30 + 1)
    return f"1405/{month:02d}/{day:02d}".translate(_FA_DIGITS)


def persian_yazd_qanat_status(folder: Path, rng: random.Random) -> Built:
    """A Yazd qanat restoration's monthly status report in Persian: labelled fields (right
    to left), report date and milestone dates in the Solar Hijri calendar with Persian
    digits, RAG سبز / زرد / قرمز."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "گزارش وضعیت")
    ws.sheet_view.rightToLeft = True
    pm = rng.choice(_FA_PEOPLE)
    report = date(2026, 4, 1) + timedelta(days=rng.randrange(90))
    rags = [rng.choice(list(_FA_RAG)) for _ in range(4)]
    _put(ws, 1, 1, [
        ["گزارش ماهانه وضعیت پروژه"],
        ["نام پروژه:", "احیای قنات زارچ"],
        ["مدیر پروژه:", pm],
        ["تاریخ گزارش:", _jalali(report)],
        ["وضعیت کلی:", rags[0], "زمان:", rags[1], "هزینه:", rags[2], "محدوده:", rags[3]],
        ["خلاصه:", _FA_SUMMARY],
    ])  # fmt: skip
    ws["A8"] = "نقاط عطف"
    header = ["ردیف", "عنوان", "مسئول", "تاریخ برنامه", "تاریخ پیش‌بینی", "وضعیت"]
    _put(ws, 9, 1, [header])
    _bold(ws, 9, len(header))
    n = rng.randint(4, 6)
    base = sorted(date(2026, 3, 25) + timedelta(days=rng.randrange(150)) for _ in range(n))
    values = [
        ValueFact("project", 0, "project_name", "احیای قنات زارچ"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", _FA_RAG[rags[0]]),
        ValueFact("project", 0, "schedule_rag", _FA_RAG[rags[1]]),
        ValueFact("project", 0, "cost_rag", _FA_RAG[rags[2]]),
        ValueFact("project", 0, "scope_rag", _FA_RAG[rags[3]]),
        ValueFact("project", 0, "status_summary", _FA_SUMMARY),
    ]
    for i, b in enumerate(base):
        fc = min(b + timedelta(days=rng.choice([0, 0, 12])), date(2026, 9, 20))
        st = "انجام شد" if b < report - timedelta(days=20) else rng.choice(list(_FA_STATUS)[1:])
        owner = rng.choice(_FA_PEOPLE)
        _put(ws, 10 + i, 1, [[(i + 1), _FA_MS[i], owner, _jalali(b), _jalali(fc), st]])
        values += [
            ValueFact("milestones", i, "milestone", _FA_MS[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", b),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", _FA_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date",
                                   "forecast_date", "status"])  # fmt: skip
    path = _save(wb, folder, "qanat_zarch_gozaresh")
    return Built(path, [_one("milestones", "گزارش وضعیت", 9, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 9. Brazilian weekly status report with issues
# ---------------------------------------------------------------------------------------

_BR_PEOPLE = ["Ana Paula Souza", "Rafael Lima", "Fernanda Oliveira", "Marcos Pereira",
              "Juliana Costa"]  # fmt: skip
_BR_ISSUES = [
    "Link de internet da unidade de Caruaru instável",
    "Prontuário eletrônico sem integração com a agenda",
    "Médicos plantonistas sem treinamento na plataforma",
    "Atraso na entrega dos carrinhos de telemedicina",
    "Termo de consentimento pendente com o jurídico",
    "Go-live da pediatria depende do fornecedor de câmeras",
]
_BR_RAG = {"Verde": "Green", "Amarelo": "Amber", "Vermelho": "Red"}
_BR_STATUS = {"Aberto": "Open", "Em andamento": "In Progress", "Resolvido": "Resolved",
              "Fechado": "Closed"}  # fmt: skip


def brazil_santa_casa_status(folder: Path, rng: random.Random) -> Built:
    """A charity hospital's telemedicine rollout: weekly status report in Brazilian
    Portuguese with English words (`GP`, `Go-live`, `Status`), `Farol` Verde / Amarelo /
    Vermelho, money `R$ 2.450.000,00` as text, dates `dd/mm/aaaa` as text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    gp = rng.choice(_BR_PEOPLE)
    data = date(2026, 3, 2) + timedelta(days=7 * rng.randrange(10))
    farois = [rng.choice(list(_BR_RAG)) for _ in range(4)]
    budget = rng.randrange(1800, 3200) * 1000
    _put(ws, 1, 1, [
        ["STATUS REPORT SEMANAL – PMO Santa Casa"],
        [None],
        ["Projeto:", "Telemedicina nas Unidades do Agreste", None, "Data:", data.strftime("%d/%m/%Y")],
        ["GP:", gp, None, "Sponsor:", "Dr. Roberto Almeida"],
        ["Orçamento aprovado:", f"R$ {budget:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")],
        [None],
        ["Farol geral", "Prazo", "Custo", "Escopo"],
        farois,
    ])  # fmt: skip
    ws["A10"] = "Pontos de atenção (issues)"
    ws["A10"].font = _BOLD
    header = ["#", "Descrição", "Responsável", "Prazo", "Status", "Criticidade"]
    _put(ws, 11, 1, [header])
    _bold(ws, 11, len(header))
    n = rng.randint(3, 6)
    picks = rng.sample(_BR_ISSUES, n)
    dues = _days(rng, n, data)
    values = [
        ValueFact("project", 0, "project_name", "Telemedicina nas Unidades do Agreste"),
        ValueFact("project", 0, "project_manager", gp),
        ValueFact("project", 0, "sponsor", "Dr. Roberto Almeida"),
        ValueFact("project", 0, "report_date", data),
        ValueFact("project", 0, "overall_rag", _BR_RAG[farois[0]]),
        ValueFact("project", 0, "schedule_rag", _BR_RAG[farois[1]]),
        ValueFact("project", 0, "cost_rag", _BR_RAG[farois[2]]),
        ValueFact("project", 0, "scope_rag", _BR_RAG[farois[3]]),
    ]
    for i, (text, due) in enumerate(zip(picks, dues, strict=True)):
        owner = rng.choice(_BR_PEOPLE)
        st = rng.choice(list(_BR_STATUS))
        _put(ws, 12 + i, 1, [[i + 1, text, owner, due.strftime("%d/%m/%Y"), st,
                              rng.choice(["Alta", "Média", "Baixa"])]])  # fmt: skip
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", _BR_STATUS[st]),
        ]
    ws.cell(13 + n, 1, "Próximos passos: reunião com fornecedor na quinta-feira.")
    targets: Targets = _cols("A", [("id", None), "title", "owner", "due_date", "status",
                                   ("severity", "priority")])  # fmt: skip
    path = _save(wb, folder, "status_report_telemedicina")
    return Built(path, [_one("issues", "Status Report", 11, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 10. Japanese budget vs actual (予実管理表)
# ---------------------------------------------------------------------------------------

_JA_LINES = ["外注費", "ソフトウェア費", "ハードウェア費", "人件費", "旅費交通費"]


def japanese_rural_rail_budget(folder: Path, rng: random.Random) -> Built:
    """A rural railway's IC-card fare project: 予実管理表 in yen, each cost item on three
    rows 予算 / 実績 / 見込 (actuals for closed months, outlook for the rest), months
    `4月`..`9月` of fiscal 2026 across, a 合計 column and a 合計 block at the foot."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "予実管理")
    ws["A1"] = "2026年度（令和8年度）IC乗車券導入プロジェクト 予実管理表"
    ws["H2"] = "（単位：円）"
    months = [date(2026, m, 1) for m in range(4, 10)]
    header = ["費目", "区分"] + [f"{m.month}月" for m in months] + ["合計"]
    _put(ws, 3, 1, [header])
    _bold(ws, 3, len(header))
    closed = rng.randint(2, 4)
    lines = rng.sample(_JA_LINES, rng.randint(3, 4))
    values: list[ValueFact] = []
    row = 4
    for line in lines:
        for measure, word in (("budget", "予算"), ("actual", "実績"), ("forecast", "見込")):
            cells: list[object] = [line if word == "予算" else None, word]
            total = 0
            for k, m in enumerate(months):
                if measure == "actual" and k >= closed:
                    cells.append(None)
                    continue
                if measure == "forecast" and k < closed:
                    cells.append(None)
                    continue
                amount = rng.randrange(5, 90) * 10000
                total += amount
                cells.append(amount)
                values.append(ValueFact("finance", (m, line), measure, float(amount)))
            cells.append(total)
            _put(ws, row, 1, [cells])
            for c in range(3, 3 + len(months) + 1):
                ws.cell(row, c).number_format = "#,##0"
            row += 1
        ws.merge_cells(start_row=row - 3, start_column=1, end_row=row - 1, end_column=1)
    ws.cell(row, 1, "合計（予算）")
    for k in range(len(months) + 1):
        col = 3 + k
        ws.cell(row, col, sum(ws.cell(r, col).value or 0 for r in range(4, row, 3)))
        ws.cell(row, col).number_format = "#,##0"
    values.append(ValueFact("project", 0, "currency", "JPY"))
    table = TruthTable("予実管理", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(lines) * len(months)})  # fmt: skip
    path = _save(wb, folder, "ic_joshaken_yojitsu")
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 11. Chinese resource allocation list
# ---------------------------------------------------------------------------------------

_ZH_STAFF = [("项目经理", "王建国"), ("开发工程师", "李娜"), ("开发工程师", "张伟"),
             ("测试工程师", "刘洋"), ("农艺师", "陈静"), ("实施顾问", "赵磊")]  # fmt: skip


def chinese_mushroom_greenhouse_resources(folder: Path, rng: random.Random) -> Built:
    """A smart mushroom greenhouse's control system: 资源分配明细 in Chinese, one row a
    person-month, `2026年3月` month text, planned person-days (人天)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "人力计划")
    ws["A1"] = "食用菌智能温室控制系统项目 — 人力资源投入计划"
    ws["A2"] = f"编制日期：2026年{rng.randint(1, 2)}月{rng.randint(1, 28)}日"
    header = ["序号", "月份", "岗位", "姓名", "计划投入(人天)", "备注"]
    _put(ws, 4, 1, [header])
    _bold(ws, 4, len(header))
    staff = rng.sample(_ZH_STAFF, rng.randint(3, 5))
    months = [date(2026, m, 1) for m in range(3, 3 + rng.randint(2, 3))]
    values: list[ValueFact] = []
    i = 0
    for m in months:
        for role, person in staff:
            days = float(rng.choice([5, 8, 10, 12, 15, 18, 20, 22]))
            note = rng.choice([None, None, "兼职", "驻场"])
            _put(ws, 5 + i, 1, [[i + 1, f"{m.year}年{m.month}月", role, person, days, note]])
            values += [
                ValueFact("resources", i, "month", m),
                ValueFact("resources", i, "role", role),
                ValueFact("resources", i, "person", person),
                ValueFact("resources", i, "planned_days", days),
            ]
            i += 1
    ws.cell(5 + i, 4, "合计")
    ws.cell(5 + i, 5, f"=SUM(E5:E{4 + i})")
    targets: Targets = _cols("A", [None, "month", "role", "person", "planned_days", None])
    path = _save(wb, folder, "shiyongjun_renli_jihua")
    return Built(path, [_one("resources", "人力计划", 4, targets, i)], values)


# ---------------------------------------------------------------------------------------
# 12. Mexican budget control
# ---------------------------------------------------------------------------------------

_MX_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
_MX_LINES = [("5100", "Obra civil"), ("5200", "Mobiliario y estantería"),
             ("5300", "Equipo de cómputo"), ("5400", "Licencias de software"),
             ("5500", "Supervisión externa")]  # fmt: skip


def mexican_merida_library_budget(folder: Path, rng: random.Random) -> Built:
    """A university's new library in Mérida: `Control presupuestal` in Mexican Spanish,
    months `ene-26` as merged labels over three columns Presupuesto / Ejercido /
    Pronóstico, amounts `$#,##0.00` (MXN), partidas by account code."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Control presupuestal")
    ws["A1"] = "Universidad – Biblioteca Central Campus Norte"
    ws["A2"] = "Control presupuestal 2026 (MXN, con IVA)"
    nm = rng.randint(3, 4)
    months = [date(2026, m, 1) for m in range(1, 1 + nm)]
    top: list[object] = ["Partida", "Concepto"]
    sub: list[object] = [None, None]
    for m in months:
        top += [f"{_MX_MONTHS[m.month - 1]}-26", None, None]
        sub += ["Presupuesto", "Ejercido", "Pronóstico"]
    _put(ws, 4, 1, [top, sub])
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    for k in range(nm):
        ws.merge_cells(start_row=4, start_column=3 + 3 * k, end_row=4, end_column=5 + 3 * k)
    _bold(ws, 4, len(top))
    _bold(ws, 5, len(sub))
    lines = rng.sample(_MX_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    for r, (code, concept) in enumerate(lines):
        cells: list[object] = [code, concept]
        for m in months:
            for measure in ("budget", "actual", "forecast"):
                amount = round(rng.randrange(50, 900) * 1000 + rng.choice([0, 0.5, 0.25]), 2)
                cells.append(amount)
                values.append(ValueFact("finance", (m, concept), measure, amount))
        _put(ws, 6 + r, 1, [cells])
        for c in range(3, 3 + 3 * nm):
            ws.cell(6 + r, c).number_format = '"$"#,##0.00'
    foot = 6 + len(lines)
    ws.cell(foot, 2, "Total")
    for c in range(3, 3 + 3 * nm):
        ws.cell(foot, c, round(sum(ws.cell(r, c).value for r in range(6, foot)), 2))
        ws.cell(foot, c).number_format = '"$"#,##0.00'
    table = TruthTable("Control presupuestal", 5, "finance", {"A": None, "B": "cost_line"},
                       {"finance": len(lines) * nm})  # fmt: skip
    path = _save(wb, folder, "merida_biblioteca_presupuesto")
    return Built(path, [table], values)


HELD_OUT_121: tuple[Layout, ...] = (
    Layout("tamil_madurai_waste_risks", "Tamil municipal risk register", tamil_madurai_waste_risks),
    Layout("amharic_hawassa_effluent_issues", "Amharic issue register",
           amharic_hawassa_effluent_issues),
    Layout("swahili_mwanza_fish_market_decisions", "Swahili decision log",
           swahili_mwanza_fish_market_decisions),
    Layout("hungarian_tokaj_bottling_dependencies", "Hungarian dependency register",
           hungarian_tokaj_bottling_dependencies),
    Layout("uzbek_bukhara_hotel_milestones", "Uzbek milestone plan",
           uzbek_bukhara_hotel_milestones),
    Layout("estonian_tartu_bikeshare_assumptions", "Estonian assumption register",
           estonian_tartu_bikeshare_assumptions),
    Layout("sinhala_galle_museum_raid", "Sinhala RAID log", sinhala_galle_museum_raid),
    Layout("persian_yazd_qanat_status", "Persian status report, Solar Hijri dates",
           persian_yazd_qanat_status),
    Layout("brazil_santa_casa_status", "Brazilian weekly status report", brazil_santa_casa_status),
    Layout("japanese_rural_rail_budget", "Japanese 予実管理表", japanese_rural_rail_budget),
    Layout("chinese_mushroom_greenhouse_resources", "Chinese resource allocation list",
           chinese_mushroom_greenhouse_resources),
    Layout("mexican_merida_library_budget", "Mexican budget control",
           mexican_merida_library_budget),
)  # fmt: skip
