"""The ninety-first held-out batch (``HELD_OUT_91``, round 36): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores (task w99). It is
ORDINARY WORKBOOKS IN OTHER LANGUAGES: the registers and trackers PMs keep in their own
language, with their country's dates, numbers and money, in twelve languages none of the
latest language batches used (Croatian, Ukrainian, Estonian, Korean, Lithuanian,
Vietnamese, Slovenian, Chinese, Latvian, Bulgarian, Icelandic, Malay), in sectors no
earlier batch's docstring names (a licitar heart workshop, a bandura instrument workshop, a
kama flour mill, a hanji paper workshop, a sakotis cake bakery, a nuoc mam fish sauce
plant, a kozolec hayrack restoration, a mooncake bakery, a sprat smoking plant, a rakia
distillery, a puffin watching platform, a durian orchard).

Registers:

- ``hr_licitar_registar_rizika``: a Croatian licitar heart workshop's risk register: a
  title and an `Ažurirano:` line, the header on row 4, `R. br.` 1.., `Datum
  identifikacije` as `05.03.2026.` text (the Croatian trailing dot), `Opis rizika`,
  `Vjerojatnost` Visoka / Srednja / Niska, `Utjecaj` Visok / Srednji / Nizak,
  `Nositelj rizika`, `Mjere ublažavanja`, `Status` Otvoren / U praćenju / Zatvoren.
- ``uk_bandura_zhurnal_problem``: a Ukrainian bandura workshop's issue log: `№` 1..,
  `Дата виявлення` and `Термін вирішення` date cells shown `dd.mm.yyyy`, `Проблема`,
  `Опис`, `Пріоритет` Високий / Середній / Низький, `Відповідальний`, `Статус` Відкрито /
  В роботі / Вирішено / Закрито, `Коментар`.
- ``et_kama_otsuste_register``: an Estonian kama flour mill's decision register: `Nr` 1..,
  `Kuupäev` as `5.03.2026` text (day without a leading zero), `Otsus`, `Põhjendus`,
  `Otsustaja`, `Koosolek`.
- ``ko_hanji_uijonseong``: a Korean hanji paper workshop's dependency register: a title
  and `작성일` line, the header on row 4, `번호` D-001.., `의존 항목`, `구분` 외부→당사 /
  당사→외부, `관련 기관`, `담당자`, `상대 담당자`, `필요일` / `약속일` date cells shown
  `yyyy-mm-dd`, `상태` 정상 진행 / 위험 / 지연 / 전달 완료.
- ``lt_sakociai_prielaidos``: a Lithuanian sakotis cake bakery's assumption register:
  `Nr.` 1.., `Prielaida`, `Atsakingas asmuo`, `Įrašymo data` / `Patikrinti iki` as
  `2026-03-05` text, `Pasitikėjimas` Didelis / Vidutinis / Mažas, `Pasekmės, jei
  prielaida neteisinga`, `Būsena` Atvira / Patvirtinta / Nepasitvirtino.
- ``vi_nuoc_mam_raid``: a Vietnamese fish sauce plant's mixed RAID table: `STT` 1..
  across types, `Loại` Rủi ro / Giả định / Vấn đề / Phụ thuộc, `Nội dung`, `Người phụ
  trách`, `Ngày ghi nhận` as `05/03/2026` text, `Trạng thái` Mở / Đang xử lý / Đã đóng.

Trackers:

- ``sl_kozolec_stroski_po_mesecih``: a Slovenian hayrack restoration's cost table one row
  per month and item: `Mesec` as `januar 2026` text, `Postavka`, `Načrtovano (EUR)`,
  `Porabljeno (EUR)` (blank for months to come), `Razlika`, number cells shown
  `#.##0,00`-style.
- ``zh_yuebing_yusuan``: a Chinese mooncake bakery line's budget: `单位：元` line,
  `费用项目` and `类别` 预算 / 实际 (two rows per line), months `2026年1月` .. as text
  across, `实际` blank for months not yet closed, a `合计` column.
- ``lv_sprotes_resursu_plans``: a Latvian sprat smoking plant's resource plan in
  person-days: `Vārds, uzvārds`, `Uzņēmums`, `Loma`, Latvian month abbreviations `janv.
  2026` .. as text across, a `Kopā (c/d)` column.
- ``bg_rakia_etapi``: a Bulgarian rakia distillery's milestone plan: `№`, `Етап`,
  `Отговорник`, `Планирана дата` / `Прогнозна дата` / `Действителна дата` cells shown
  `dd.mm.yyyy`, `Статус` Завършен / В изпълнение / Не е започнат / Забавен, `Бележки`.
- ``is_lundi_stoduskyrsla``: an Icelandic puffin watching platform's status report:
  label / value rows (`Heiti verkefnis`, `Eigandi verkefnis`, `Verkefnastjóri`,
  `Dagsetning skýrslu` as `13. mars 2026` text), Grænt / Gult / Rautt for `Heildarstaða`,
  `Tímaáætlun`, `Kostnaður`, `Umfang`, a `Samantekt`, then a `Vörður` table (`Varða`,
  `Áætluð dagsetning`, `Raundagsetning` date cells shown `d.m.yyyy`, `Staða` Lokið / Í
  vinnslu / Seinkun).
- ``ms_durian_jadual_pencapaian``: a Malaysian durian orchard's milestone schedule:
  `Bil.`, `Pencapaian`, `Pegawai Bertanggungjawab`, `Tarikh Sasaran` / `Tarikh Sebenar`
  as `14 Ogos 2026` text, `Status` Selesai / Dalam Pelaksanaan / Belum Mula / Lewat,
  `Catatan`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the fish sauce RAID table's `STT` numbered across types: no id fact; a dependency's
  `Ngày ghi nhận` (no raised date in the standard): no fact; `Đang xử lý` only on issues
  (In Progress); `Mở` is Open and `Đã đóng` Closed for every type;
- the Icelandic report's `Eigandi verkefnis` (project owner): the sponsor (round 36's
  audit, as round 35's audit kept the Finnish `Projektin omistaja`; it was no fact); `Gult` is Amber (the yellow of a traffic light); `Kostnaður` is the cost
  RAG, `Umfang` the scope RAG; `Áætluð dagsetning` is the baseline, `Raundagsetning` the
  actual date (blank: none); `Seinkun` is Late;
- the licitar register's `Vjerojatnost` / `Utjecaj` three levels are probability and
  impact 5 / 3 / 1 (the documented three-level reading); `R. br.` 1..: no id fact; `U
  praćenju` is Monitoring; the trailing-dot text date is the raised date;
- the sakotis register's `Nepasitvirtino` (did not hold) is Invalid, `Patvirtinta`
  Validated, `Atvira` Open; `Pasitikėjimas` Didelis / Vidutinis / Mažas is the confidence
  High / Medium / Low; `Nr.` 1..: no id fact;
- the hanji register's `관련 기관` (a name, not a project id): no fact; `전달 완료` is
  Delivered, `정상 진행` On Track; `외부→당사` Inbound and `당사→외부` Outbound;
- the bandura log's `№` 1..: no id fact; `Коментар`: left out; `Вирішено` Resolved and
  `Закрито` Closed (both present, so distinct);
- the kama register's `Nr` 1..: no id fact; `Koosolek`: left out;
- the hayrack table's blank `Porabljeno`: no fact; `Razlika`: left out; the `(EUR)` of
  both money headers: the project's currency EUR (round 36's audit, as earlier audits read
  `(EUR)` / `(USD)` money headers of trackers with no project header; it was no fact);
- the mooncake budget's blank `实际` months are no zero and no item; `合计`: no month;
  元 (CNY): no currency fact;
- the sprat plan's person-days: counts only, no value facts; `Uzņēmums`: left out;
- the rakia plan's `№`: the ID or left out, no value; `Бележки`: left out;
- the durian schedule's `Bil.`: the ID or left out, no value; `Catatan`: left out; a
  milestone's `Tarikh Sasaran` is its baseline date.

Round 36's truth audit (task a103, docs/adopt.md "Round 36: the ninety-first batch's truth
audited") added the Icelandic report's sponsor (`Eigandi verkefnis`) and the hayrack table's
currency (EUR, from its `(EUR)` money headers); nothing else changed, no cell and no draw.

Readings used: date cells are what they hold; text dates are day first except the
Lithuanian year-first ISO form; local month words name the month. It was written and
checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output.
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
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

LICITAR_RISKS = [
    ("Nestašica jestive crvene boje od dobavljača", "Ugovoriti drugog dobavljača iz Slovenije"),
    ("Odlazak u mirovinu majstorice licitara", "Obuka dvije šegrtice do jeseni"),
    ("Kašnjenje sredstava iz EU fonda za obrtnike", "Redovito praćenje kod posredničkog tijela"),
    ("Kvar peći za pečenje tijesta", "Servisni ugovor i rezervni grijači"),
    ("Pad potražnje na Adventu u Zagrebu", "Prodaja preko web-trgovine"),
    ("Gubitak oznake zaštićenog nematerijalnog dobra", "Dokumentirati tradicijski postupak"),
]
LICITAR_OWNERS = ["Ivana Horvat", "Marko Kovačević", "Ana Babić", "Tomislav Novak"]
HR_PROB = {"Visoka": 5.0, "Srednja": 3.0, "Niska": 1.0}
HR_IMPACT = {"Visok": 5.0, "Srednji": 3.0, "Nizak": 1.0}
HR_STATUS = {"Otvoren": "Open", "U praćenju": "Monitoring", "Zatvoren": "Closed"}


def hr_licitar_registar_rizika(folder: Path, rng: random.Random) -> Built:
    """A Croatian licitar heart workshop's risk register: `05.03.2026.` text dates,
    Visoka / Srednja / Niska and Visok / Srednji / Nizak, Otvoren / U praćenju / Zatvoren."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rizici")
    ws["A1"] = "Registar rizika – Obnova radionice licitara, Marija Bistrica"
    ws["A2"] = f"Ažurirano: {_dmy(date(2026, 3, rng.randint(2, 27)), '.')}."
    head = ["R. br.", "Datum identifikacije", "Opis rizika", "Vjerojatnost", "Utjecaj"]
    head += ["Nositelj rizika", "Mjere ublažavanja", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (text, plan) in enumerate(rng.sample(LICITAR_RISKS, n)):
        p, u = rng.choice(list(HR_PROB)), rng.choice(list(HR_IMPACT))
        who = rng.choice(LICITAR_OWNERS)
        st = rng.choice(["Otvoren", "Otvoren", "U praćenju", "Zatvoren"])
        _put(ws, 5 + i, 1, [[i + 1, _dmy(made[i], ".") + ".", text, p, u, who, plan, st]])
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", HR_PROB[p]),
            ValueFact("risks", i, "impact", HR_IMPACT[u]),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", HR_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "probability"])
    targets |= _cols("E", ["impact", "owner", "response", "status"])
    path = _save(wb, folder, "hr_licitar_registar_rizika")
    return Built(path, [_one("risks", "Rizici", 4, targets, n)], values)


BANDURA_ISSUES = [
    ("Тріснула дека з ялиці", "Партія деревини пересохла на складі"),
    ("Затримка струн з Німеччини", "Митниця не випускає вантаж третій тиждень"),
    ("Не вистачає майстра-настроювача", "Єдиний настроювач на лікарняному"),
    ("Перевищено кошторис на лак", "Постачальник підняв ціну на 20 %"),
    ("Відключення світла в майстерні", "Графіки відключень зривають сушіння"),
    ("Помилка в кресленні грифа", "Конструктор переробляє креслення"),
]
BANDURA_PEOPLE = ["Олександр Шевченко", "Наталія Коваленко", "Богдан Мельник", "Ірина Бойко"]
UK_PRIO = {"Високий": "High", "Середній": "Medium", "Низький": "Low"}
UK_STATUS = {"Відкрито": "Open", "В роботі": "In Progress", "Вирішено": "Resolved"}
UK_STATUS |= {"Закрито": "Closed"}


def uk_bandura_zhurnal_problem(folder: Path, rng: random.Random) -> Built:
    """A Ukrainian bandura workshop's issue log: `dd.mm.yyyy` date cells, Високий /
    Середній / Низький, Відкрито / В роботі / Вирішено / Закрито."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Проблеми")
    ws["A1"] = "Журнал проблем – Розширення майстерні бандур, м. Чернігів"
    head = ["№", "Дата виявлення", "Проблема", "Опис", "Пріоритет", "Відповідальний"]
    head += ["Термін вирішення", "Статус", "Коментар"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 10))
    values: list[ValueFact] = []
    for i, (text, desc) in enumerate(rng.sample(BANDURA_ISSUES, n)):
        pr, st = rng.choice(list(UK_PRIO)), rng.choice(list(UK_STATUS))
        who = rng.choice(BANDURA_PEOPLE)
        due = made[i] + timedelta(days=rng.choice([7, 14, 30]))
        note = rng.choice([None, "див. протокол наради", "узгодити з директором"])
        _put(ws, 4 + i, 1, [[i + 1, made[i], text, desc, pr, who, due, st, note]])
        for c in (2, 7):
            ws.cell(4 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "description", desc),
            ValueFact("issues", i, "priority", UK_PRIO[pr]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", UK_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "description"])
    targets |= _cols("E", ["priority", "owner", "due_date", "status", None])
    path = _save(wb, folder, "uk_bandura_zhurnal_problem")
    return Built(path, [_one("issues", "Проблеми", 3, targets, n)], values)


KAMA_DECISIONS = [
    ("Uus kivijahvatus ostetakse Saksamaalt", "Kohalik pakkuja ei taga tähtaega"),
    ("Röstimisahi jääb vanasse hoonesse", "Tuleohutuse nõuded on täidetud"),
    ("Pakend vahetatakse paberkotiks", "Kliendid soovivad plastivaba pakendit"),
    ("Tootmine peatatakse jaanipäeva nädalaks", "Elektritööde ohutus"),
    ("Kamasegu retsept jääb muutmata", "Maitsetesti tulemus"),
    ("Projektijuhiks jääb Kadri Tamm", "Juhatuse otsus"),
]
KAMA_BY = ["Juhatus", "Projektijuht", "Tootmisjuht", "Juhtrühm"]


def et_kama_otsuste_register(folder: Path, rng: random.Random) -> Built:
    """An Estonian kama flour mill's decision register: `Nr` 1.., `5.03.2026` text dates,
    `Otsus`, `Põhjendus`, `Otsustaja`, `Koosolek`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Otsused")
    ws["A1"] = "Kamaveski laiendus – otsuste register"
    _put(ws, 3, 1, [["Nr", "Kuupäev", "Otsus", "Põhjendus", "Otsustaja", "Koosolek"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 9, 15))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(KAMA_DECISIONS, n)):
        who = rng.choice(KAMA_BY)
        meeting = rng.choice(["Juhtrühma koosolek", "Iganädalane koosolek", None])
        day = f"{when[i].day}.{when[i].month:02d}.{when[i].year}"
        _put(ws, 4 + i, 1, [[i + 1, day, text, why, who, meeting]])
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "et_kama_otsuste_register")
    return Built(path, [_one("decisions", "Otsused", 3, targets, n)], values)


HANJI_DEPS = [
    ("닥나무 원료 공급 (임실 농가)", "외부→당사"),
    ("전통 발 제작 장인 섭외", "외부→당사"),
    ("문화재청 전통공예 인증 심사", "외부→당사"),
    ("전시용 한지 샘플 제공 (국립민속박물관)", "당사→외부"),
    ("건조장 전기 증설 공사", "외부→당사"),
    ("체험 프로그램 교재 납품 (전주시)", "당사→외부"),
]
HANJI_STATUS = {"정상 진행": "On Track", "위험": "At Risk", "지연": "Late"}
HANJI_STATUS |= {"전달 완료": "Delivered"}
HANJI_ORGS = ["임실군청", "전주시", "국립민속박물관", "한국전력"]
HANJI_OWNERS = ["김민준", "이서연", "박지훈"]
HANJI_CONTACTS = ["최영호", "정하은", "강동원", "윤수진"]


def ko_hanji_uijonseong(folder: Path, rng: random.Random) -> Built:
    """A Korean hanji paper workshop's dependency register: `D-001`, arrow directions,
    `yyyy-mm-dd` date cells, 정상 진행 / 위험 / 지연 / 전달 완료."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "의존성")
    ws["A1"] = "전통 한지 공방 확장 사업 – 의존성 관리대장"
    ws["A2"] = f"작성일: {date(2026, 3, rng.randint(2, 27)).isoformat()}"
    head = ["번호", "의존 항목", "구분", "관련 기관", "담당자", "상대 담당자", "필요일"]
    head += ["약속일", "상태"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(HANJI_DEPS, n)):
        st = rng.choice(list(HANJI_STATUS))
        promised = need[i] + timedelta(days=rng.choice([-5, 0, 0, 10]))
        ours, them = rng.choice(HANJI_OWNERS), rng.choice(HANJI_CONTACTS)
        cells: list[object] = [f"D-{i + 1:03d}", text, way, rng.choice(HANJI_ORGS)]
        cells += [ours, them, need[i], promised, st]
        _put(ws, 5 + i, 1, [cells])
        for c in (7, 8):
            ws.cell(5 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if way == "외부→당사" else "Outbound"
            ),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "status", HANJI_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["owner", "counterparty_owner", "need_by", "committed_date", "status"])
    path = _save(wb, folder, "ko_hanji_uijonseong")
    return Built(path, [_one("dependencies", "의존성", 4, targets, n)], values)


SAKOTIS_ASSUMPTIONS = [
    ("Kiaušinių tiekėjas išlaikys kainą visus metus", "Savikaina išaugtų 15 %"),
    ("Nauja krosnis bus sumontuota iki Velykų", "Sezoninė gamyba vėluotų"),
    ("Savivaldybė išduos statybos leidimą per 30 dienų", "Darbai persikeltų į rudenį"),
    ("Du kepėjai sutiks dirbti savaitgaliais", "Reikėtų samdyti papildomai"),
    ("Eksportas į Latviją nereikalaus naujo sertifikato", "Papildomos išlaidos ir laikas"),
    ("Turistų srautas Druskininkuose nemažės", "Parduotuvės pajamos mažėtų"),
]
SAKOTIS_PEOPLE = ["Rūta Kazlauskienė", "Tomas Petrauskas", "Eglė Jankauskaitė"]
LT_CONFIDENCE = {"Didelis": "High", "Vidutinis": "Medium", "Mažas": "Low"}
LT_STATUS = {"Atvira": "Open", "Patvirtinta": "Validated", "Nepasitvirtino": "Invalid"}


def lt_sakociai_prielaidos(folder: Path, rng: random.Random) -> Built:
    """A Lithuanian sakotis bakery's assumption register: `2026-03-05` text dates,
    Didelis / Vidutinis / Mažas, Atvira / Patvirtinta / Nepasitvirtino."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Prielaidos")
    ws["A1"] = "Šakočių kepyklos plėtra – prielaidų registras"
    head = ["Nr.", "Prielaida", "Atsakingas asmuo", "Įrašymo data", "Patikrinti iki"]
    head += ["Pasitikėjimas", "Pasekmės, jei prielaida neteisinga", "Būsena"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, (text, fallout) in enumerate(rng.sample(SAKOTIS_ASSUMPTIONS, n)):
        who, conf = rng.choice(SAKOTIS_PEOPLE), rng.choice(list(LT_CONFIDENCE))
        st = rng.choice(["Atvira", "Atvira", "Patvirtinta", "Nepasitvirtino"])
        check = made[i] + timedelta(days=rng.choice([14, 30, 60]))
        cells = [i + 1, text, who, made[i].isoformat(), check.isoformat(), conf, fallout, st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "raised_date", made[i]),
            ValueFact("assumptions", i, "validate_by", check),
            ValueFact("assumptions", i, "confidence", LT_CONFIDENCE[conf]),
            ValueFact("assumptions", i, "impact_if_false", fallout),
            ValueFact("assumptions", i, "status", LT_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "raised_date"])
    targets |= _cols("E", ["validate_by", "confidence", "impact_if_false", "status"])
    path = _save(wb, folder, "lt_sakociai_prielaidos")
    return Built(path, [_one("assumptions", "Prielaidos", 3, targets, n)], values)


NUOC_MAM_ROWS = [
    ("Rủi ro", "Sản lượng cá cơm giảm do biển động kéo dài"),
    ("Rủi ro", "Thùng gỗ ủ chượp bị nứt sau mùa mưa"),
    ("Giả định", "Hợp tác xã Phú Quốc giao đủ 30 tấn cá mỗi tháng"),
    ("Giả định", "Giấy chứng nhận an toàn thực phẩm được cấp trước tháng 6"),
    ("Vấn đề", "Máy lọc nước mắm hỏng bơm"),
    ("Vấn đề", "Nhà cung cấp chai thủy tinh giao trễ"),
    ("Phụ thuộc", "Điện lực Kiên Giang nâng cấp trạm biến áp"),
    ("Phụ thuộc", "Cảng An Thới xác nhận lịch tàu xuất khẩu"),
]
VI_REG = {"Rủi ro": "risks", "Giả định": "assumptions", "Vấn đề": "issues"}
VI_REG["Phụ thuộc"] = "dependencies"
VI_PEOPLE = ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Thu Hà"]
VI_STATUS = {"Mở": "Open", "Đang xử lý": "In Progress", "Đã đóng": "Closed"}


def vi_nuoc_mam_raid(folder: Path, rng: random.Random) -> Built:
    """A Vietnamese fish sauce plant's mixed RAID table: `Loại` words, `STT` across types,
    `dd/mm/yyyy` text dates, Mở / Đang xử lý / Đã đóng."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "DỰ ÁN MỞ RỘNG NHÀ THÙNG NƯỚC MẮM – PHÚ QUỐC"
    ws["A2"] = "Bảng theo dõi Rủi ro, Giả định, Vấn đề và Phụ thuộc"
    head = ["STT", "Loại", "Nội dung", "Người phụ trách", "Ngày ghi nhận", "Trạng thái"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(NUOC_MAM_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    titles = {"risks": "title", "assumptions": "assumption", "issues": "title"}
    titles["dependencies"] = "title"
    for k, (kind, text) in enumerate(rows):
        reg = VI_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice(VI_PEOPLE)
        st = rng.choice(["Mở", "Mở", "Đã đóng"] + (["Đang xử lý"] if reg == "issues" else []))
        _put(ws, 5 + k, 1, [[k + 1, kind, text, who, _dmy(logged[k]), st]])
        values += [
            ValueFact(reg, i, titles[reg], text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", VI_STATUS[st]),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), "status"])
    path = _save(wb, folder, "vi_nuoc_mam_raid")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

SL_MONTHS = ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust"]
SL_MONTHS += ["september", "oktober", "november", "december"]
KOZOLEC_LINES = ["Macesnov les", "Tesarska dela", "Strešna kritina", "Temelji"]
KOZOLEC_LINES += ["Konservatorski nadzor"]


def sl_kozolec_stroski_po_mesecih(folder: Path, rng: random.Random) -> Built:
    """A Slovenian hayrack restoration's cost table one row per month and item: `januar
    2026` text months, `Načrtovano (EUR)`, `Porabljeno (EUR)` blank for months to come."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Stroški")
    ws["A1"] = "Obnova toplarja v Studorju – stroški po mesecih"
    head = ["Mesec", "Postavka", "Načrtovano (EUR)", "Porabljeno (EUR)", "Razlika"]
    _put(ws, 3, 1, [head])
    nm = rng.randint(3, 5)
    months = _months(date(2026, rng.choice([1, 2, 3]), 1), nm)
    closed = rng.randint(1, nm - 1)
    lines = rng.sample(KOZOLEC_LINES, rng.randint(2, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for m, month in enumerate(months):
        label = f"{SL_MONTHS[month.month - 1]} {month.year}"
        for line in lines:
            b = float(rng.randrange(4, 160) * 250)
            a = round(b * rng.uniform(0.8, 1.2), 2) if m < closed else None
            diff = round(b - a, 2) if a is not None else None
            _put(ws, row, 1, [[label, line, b, a, diff]])
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0.00"
            values.append(ValueFact("finance", (month, line), "budget", b))
            if a is not None:
                values.append(ValueFact("finance", (month, line), "actual", a))
            row += 1
    path = _save(wb, folder, "sl_kozolec_stroski_po_mesecih")
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual", "E": None}
    table = TruthTable("Stroški", 3, "finance", targets, {"finance": nm * len(lines)})
    return Built(path, [table], values)


YUEBING_LINES = ["模具采购", "烤炉改造", "包装设计", "食品安全认证", "人工费用", "冷链物流"]


def zh_yuebing_yusuan(folder: Path, rng: random.Random) -> Built:
    """A Chinese mooncake bakery line's budget: `费用项目` / `类别` 预算 / 实际 rows,
    `2026年1月` text months across, blank 实际 for open months, `合计`, `单位：元`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "预算执行")
    ws["A1"] = "月饼新生产线项目 预算执行表"
    ws["A2"] = "单位：元"
    nm = rng.randint(4, 7)
    months = _months(date(2026, rng.choice([1, 2, 3]), 1), nm)
    closed = rng.randint(2, nm - 1)
    labels = [f"{m.year}年{m.month}月" for m in months]
    _put(ws, 3, 1, [["费用项目", "类别", *labels, "合计"]])
    lines = rng.sample(YUEBING_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    row = 4
    for line in lines:
        plan = [float(rng.randrange(1, 60) * 1000) for _ in months]
        actual = [round(p * rng.uniform(0.85, 1.15), 2) for p in plan[:closed]]
        _put(ws, row, 1, [[line, "预算", *plan, sum(plan)]])
        _put(ws, row + 1, 1, [[None, "实际", *actual]])
        ws.cell(row + 1, 3 + nm, round(sum(actual), 2))
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        for r in (row, row + 1):
            for c in range(3, 4 + nm):
                ws.cell(r, c).number_format = "#,##0.00"
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", plan[m]))
            if m < closed:
                values.append(ValueFact("finance", (month, line), "actual", actual[m]))
        row += 2
    path = _save(wb, folder, "zh_yuebing_yusuan")
    table = TruthTable("预算执行", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": nm * len(lines)})  # fmt: skip
    return Built(path, [table], values)


LV_MONTHS = ["janv.", "febr.", "marts", "apr.", "maijs", "jūn.", "jūl.", "aug.", "sept."]
LV_MONTHS += ["okt.", "nov.", "dec."]
SPROTES_PEOPLE = [
    ("Jānis Bērziņš", "Rīgas Šprotes SIA", "Projekta vadītājs"),
    ("Līga Ozola", "Rīgas Šprotes SIA", "Ražošanas vadītāja"),
    ("Andris Kalniņš", "Kūpinātavu Serviss", "Iekārtu tehniķis"),
    ("Inese Liepiņa", "Rīgas Šprotes SIA", "Pārtikas tehnoloģe"),
    ("Māris Krūmiņš", "Būvnieks Kurzeme", "Būvdarbu vadītājs"),
]


def lv_sprotes_resursu_plans(folder: Path, rng: random.Random) -> Built:
    """A Latvian sprat smoking plant's resource plan in person-days: `Vārds, uzvārds`,
    `Uzņēmums`, `Loma`, `janv. 2026` text months across, `Kopā (c/d)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resursi")
    ws["A1"] = "Šprotu kūpinātavas modernizācija – resursu plāns (cilvēkdienas)"
    months = _months(date(2026, rng.choice([1, 3, 5]), 1), 6)
    labels = [f"{LV_MONTHS[m.month - 1]} {m.year}" for m in months]
    _put(ws, 3, 1, [["Vārds, uzvārds", "Uzņēmums", "Loma", *labels, "Kopā (c/d)"]])
    count = 0
    for r, (name, firm, role) in enumerate(rng.sample(SPROTES_PEOPLE, rng.randint(3, 5))):
        days = [rng.choice([0, 0, 4, 8, 12, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, firm, role, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "lv_sprotes_resursu_plans")
    table = TruthTable("Resursi", 3, "resources", {"A": "person", "B": None, "C": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


RAKIA_MILESTONES = [
    "Проектът за реконструкция е одобрен",
    "Разрешение за строеж",
    "Доставка на медните казани",
    "Монтаж на дестилационната линия",
    "Акцизен лиценз от Агенция Митници",
    "Първа пробна дестилация",
    "Откриване на дегустационната зала",
]
RAKIA_OWNERS = ["Георги Иванов", "Мария Петрова", "Димитър Стоянов"]
BG_STATUS = {"В изпълнение": "In Progress", "Не е започнат": "Not Started", "Забавен": "Late"}


def bg_rakia_etapi(folder: Path, rng: random.Random) -> Built:
    """A Bulgarian rakia distillery's milestone plan: `dd.mm.yyyy` date cells, Завършен /
    В изпълнение / Не е започнат / Забавен, `Бележки`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Етапи")
    ws["A1"] = "Реконструкция на винпром – ключови етапи"
    head = ["№", "Етап", "Отговорник", "Планирана дата", "Прогнозна дата"]
    head += ["Действителна дата", "Статус", "Бележки"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 7)
    base = _days(rng, n, date(2025, 10, 1))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(RAKIA_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 10, 21]))
        who = rng.choice(RAKIA_OWNERS)
        if i < done:
            st, actual = "Завършен", fc
        else:
            st, actual = rng.choice(list(BG_STATUS)), None
        note = rng.choice([None, "чака се община", "съгласувано с НАП"])
        _put(ws, 4 + i, 1, [[i + 1, name, who, base[i], fc, actual, st, note]])
        for c in (4, 5, 6):
            ws.cell(4 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", "Complete" if actual else BG_STATUS[st]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status", None])
    path = _save(wb, folder, "bg_rakia_etapi")
    return Built(path, [_one("milestones", "Етапи", 3, targets, n)], values)


IS_MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst"]
IS_MONTHS += ["september", "október", "nóvember", "desember"]
IS_RAG = {"Grænt": "Green", "Gult": "Amber", "Rautt": "Red"}
LUNDI_MILESTONES = [
    "Deiliskipulag samþykkt",
    "Byggingarleyfi gefið út",
    "Göngustígur að bjargbrún lagður",
    "Útsýnispallur reistur",
    "Fræðsluskilti sett upp",
]
IS_STATUS = {"Lokið": "Complete", "Í vinnslu": "In Progress", "Seinkun": "Late"}


def is_lundi_stoduskyrsla(folder: Path, rng: random.Random) -> Built:
    """An Icelandic puffin watching platform's status report: label / value rows with a
    `13. mars 2026` text date, Grænt / Gult / Rautt, a `Vörður` milestone table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Stöðuskýrsla")
    project = "Útsýnispallur við lundabyggð í Borgarfirði eystri"
    owner, pm = "Múlaþing", "Guðrún Sigurðardóttir"
    report = date(2026, 3, rng.choice([6, 13, 20, 27]))
    ws["A1"] = "STÖÐUSKÝRSLA VERKEFNIS"
    rows: list[list[object]] = [["Heiti verkefnis", project], ["Eigandi verkefnis", owner]]
    rows += [["Verkefnastjóri", pm]]
    rows += [["Dagsetning skýrslu", f"{report.day}. {IS_MONTHS[report.month - 1]} 2026"]]
    _put(ws, 3, 1, rows)
    rags = [rng.choice(list(IS_RAG)) for _ in range(4)]
    _put(ws, 8, 1, [["Heildarstaða", rags[0]], ["Tímaáætlun", rags[1]]])
    _put(ws, 10, 1, [["Kostnaður", rags[2]], ["Umfang", rags[3]]])
    summary = rng.choice(
        [
            "Framkvæmdir hófust í febrúar; veður hefur tafið steypuvinnu.",
            "Beðið er eftir umsögn Umhverfisstofnunar um varptíma lundans.",
        ]
    )
    _put(ws, 13, 1, [["Samantekt", summary]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", owner),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", IS_RAG[rags[0]]),
        ValueFact("project", 0, "schedule_rag", IS_RAG[rags[1]]),
        ValueFact("project", 0, "cost_rag", IS_RAG[rags[2]]),
        ValueFact("project", 0, "scope_rag", IS_RAG[rags[3]]),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A15"] = "Vörður"
    _put(ws, 16, 1, [["Varða", "Áætluð dagsetning", "Raundagsetning", "Staða"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2025, 11, 3))
    for i, name in enumerate(LUNDI_MILESTONES[:n]):
        if due[i] < report and rng.random() < 0.7:
            st = "Lokið"
            actual: date | None = min(due[i] + timedelta(days=rng.choice([0, 4, 11])), report)
        else:
            st, actual = rng.choice(["Í vinnslu", "Seinkun"]), None
        _put(ws, 17 + i, 1, [[name, due[i], actual, st]])
        for c in (2, 3):
            ws.cell(17 + i, c).number_format = "d.m.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "status", IS_STATUS[st]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "actual_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "is_lundi_stoduskyrsla")
    return Built(path, [_one("milestones", "Stöðuskýrsla", 16, targets, n)], values)


MS_MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos"]
MS_MONTHS += ["September", "Oktober", "November", "Disember"]
DURIAN_MILESTONES = [
    "Kelulusan tanah daripada Pejabat Tanah Raub",
    "Penanaman 500 anak pokok Musang King",
    "Sistem pengairan titis siap dipasang",
    "Pensijilan MyGAP diperoleh",
    "Stor sejuk beku siap dibina",
    "Penghantaran pertama ke pengeksport",
]
DURIAN_OFFICERS = ["Encik Ahmad Faizal", "Puan Siti Nurhaliza", "Encik Lim Wei Ming"]
MS_STATUS = {"Dalam Pelaksanaan": "In Progress", "Belum Mula": "Not Started", "Lewat": "Late"}


def _ms_date(d: date) -> str:
    return f"{d.day} {MS_MONTHS[d.month - 1]} {d.year}"


def ms_durian_jadual_pencapaian(folder: Path, rng: random.Random) -> Built:
    """A Malaysian durian orchard's milestone schedule: `14 Ogos 2026` text dates,
    `Tarikh Sasaran` / `Tarikh Sebenar`, Selesai / Dalam Pelaksanaan / Belum Mula / Lewat."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Pencapaian")
    ws["A1"] = "Projek Ladang Durian Raub, Pahang – Jadual Pencapaian Utama"
    ws["A2"] = "Disediakan oleh: Unit Pengurusan Projek"
    head = ["Bil.", "Pencapaian", "Pegawai Bertanggungjawab", "Tarikh Sasaran"]
    head += ["Tarikh Sebenar", "Status", "Catatan"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    due = _days(rng, n, date(2025, 11, 17))
    done = rng.randint(0, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(DURIAN_MILESTONES[:n]):
        who = rng.choice(DURIAN_OFFICERS)
        if i < done:
            st, actual = "Selesai", due[i] + timedelta(days=rng.choice([0, 3, 12]))
        else:
            st, actual = rng.choice(list(MS_STATUS)), None
        note = rng.choice([None, "Menunggu kelulusan", "Rujuk minit mesyuarat"])
        cells: list[object] = [i + 1, name, who, _ms_date(due[i])]
        cells += [_ms_date(actual) if actual else None, st, note]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "status", "Complete" if actual else MS_STATUS[st]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["actual_date", "status", None])
    path = _save(wb, folder, "ms_durian_jadual_pencapaian")
    return Built(path, [_one("milestones", "Pencapaian", 4, targets, n)], values)


HELD_OUT_91: tuple[Layout, ...] = (
    Layout(
        "hr_licitar_registar_rizika",
        "Croatian licitar workshop risk register (05.03.2026. text, Visoka / Srednja / Niska)",
        hr_licitar_registar_rizika,
    ),
    Layout(
        "uk_bandura_zhurnal_problem",
        "Ukrainian bandura workshop issue log (dd.mm.yyyy cells, Відкрито / Вирішено)",
        uk_bandura_zhurnal_problem,
    ),
    Layout(
        "et_kama_otsuste_register",
        "Estonian kama mill decision register (Nr, 5.03.2026 text, Otsustaja)",
        et_kama_otsuste_register,
    ),
    Layout(
        "ko_hanji_uijonseong",
        "Korean hanji workshop dependency register (D-001, arrow directions, yyyy-mm-dd)",
        ko_hanji_uijonseong,
    ),
    Layout(
        "lt_sakociai_prielaidos",
        "Lithuanian sakotis bakery assumption register (ISO text dates, Didelis / Mažas)",
        lt_sakociai_prielaidos,
    ),
    Layout(
        "vi_nuoc_mam_raid",
        "Vietnamese fish sauce plant mixed RAID table (Loại words, Mở / Đã đóng)",
        vi_nuoc_mam_raid,
    ),
    Layout(
        "sl_kozolec_stroski_po_mesecih",
        "Slovenian hayrack restoration costs, one row per month and item (januar 2026 text)",
        sl_kozolec_stroski_po_mesecih,
    ),
    Layout(
        "zh_yuebing_yusuan",
        "Chinese mooncake line budget, 预算 / 实际 rows, 2026年1月 text months (元)",
        zh_yuebing_yusuan,
    ),
    Layout(
        "lv_sprotes_resursu_plans",
        "Latvian sprat plant resource plan in person-days (janv. 2026 text months)",
        lv_sprotes_resursu_plans,
    ),
    Layout(
        "bg_rakia_etapi",
        "Bulgarian rakia distillery milestone plan (dd.mm.yyyy cells, Завършен / Забавен)",
        bg_rakia_etapi,
    ),
    Layout(
        "is_lundi_stoduskyrsla",
        "Icelandic puffin platform status report (Grænt / Gult / Rautt, Vörður table)",
        is_lundi_stoduskyrsla,
    ),
    Layout(
        "ms_durian_jadual_pencapaian",
        "Malaysian durian orchard milestone schedule (14 Ogos 2026 text, Selesai / Lewat)",
        ms_durian_jadual_pencapaian,
    ),
)
