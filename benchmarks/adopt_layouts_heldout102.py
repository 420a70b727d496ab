"""Held-out, hundred-and-second batch (round 38, task w110): SUPPLIER AND CONSULTANCY REPORTS.

Twelve workbooks a client's project receives from (or keeps about) its contractors,
consultancies, integrators, studios and outsourcers, which the client's PMO adopts as its
own registers and trackers. Written from the writer's own picture of such workbooks (no
earlier batch opened for the format); twelve countries, money and dates as written there.

Registers:

- ``fi_dental_school_sim_lab_risk_register``: a Finnish builder's `RISKIREKISTERI` for a
  university dental teaching clinic's simulation lab: `Nro`, `Riskin kuvaus`, `Luokka`,
  `Todennäköisyys (1–5)`, `Vaikutus (1–5)`, `Riskiluku` (typed), `Hallintatoimenpide`,
  `Vastuu`, `Tunnistettu` (`5.3.2026` text), `Tila` (Avoin / Seurannassa / Suljettu).
- ``nz_vinyl_pressing_plant_defect_log``: an automation integrator's commissioning defects
  register for a record pressing plant's press line: `Defect #` (`PL2-014`), `Date found`
  (`dd/mm/yyyy` cells), `Equipment`, `What's wrong`, `Priority` (High / Med / Low), `Found
  by`, `Fix owner`, `Target close`, `Status` (Open / Fix in progress / Ready to retest /
  Closed), `Comments`.
- ``pt_braille_press_decision_log``: a consultancy's `Registo de Decisões` for an
  association for the blind's braille production system: `N.º`, `Data` (`dd/mm/aaaa`
  text), `Assunto`, `Decisão`, `Fundamentação`, `Decidido por`, `Ata n.º`, `Impacto`.
- ``gh_deaf_school_client_obligations``: a Ghanaian contractor's `SCHEDULE OF CLIENT
  OBLIGATIONS` for a school for the deaf's dormitory and audiology block: `Item`,
  `Description of obligation`, `Needed for`, `Required date` (`dd/mm/yyyy` text), `Date
  provided`, `Responsible (School)`, `Status` (Outstanding / Provided / Overdue),
  `Contractor's remarks`; `Project:` labelled.
- ``nl_flax_scutching_line_offer_assumptions``: a Dutch process engineer's offer annex
  `Uitgangspunten`: `Nr.`, `Uitgangspunt`, `Discipline`, `Verantwoordelijk`, `Bevestigen
  vóór` (`dd-mm-jjjj` text), `Status` (Open / Bevestigd / Niet juist / Vervallen), `Gevolg
  bij afwijking`.
- ``sg_record_label_royalty_raid``: an integrator's RAID log for an independent record
  label's royalty platform, as read in the weekly call: `Date logged` (`3 Feb 2026` text),
  `Type` (the four words), `Description`, `RAG`, `Raised by`, `Assigned to`, `Next action`,
  `Next action date`, `Open/Closed`, `Ref` (`R01`, `A01` .. last).

Trackers:

- ``it_parmigiano_consortium_monthly_report``: an Italian software house's `Stato
  Avanzamento Lavori` for a cheese consortium's traceability system: labelled rows
  (`Progetto:`, `Cliente:`, `Fornitore:`, `Data report:`, `Periodo di riferimento:`), a
  `Semaforo` block (`Tempi`, `Costi`, `Perimetro`, `Complessivo`: Verde / Giallo / Rosso),
  `Sintesi del mese`, and `WBS`, `Milestone`, `Responsabile`, `Fine prevista (baseline)`,
  `Ripianificata` (a date, or `invariata`), `% compl.`, `Esito` (Raggiunta / In corso /
  Non iniziata / In ritardo), `Data raggiungimento`.
- ``us_taxidermy_diorama_payment_schedule``: an exhibit fabrication studio's payment
  schedule for a natural history museum's diorama restoration: `Pmt #`, `Milestone /
  Deliverable`, `% of Contract`, `Amount` (`$#,##0.00`), `Scheduled` and `Achieved`
  (`m/d/yyyy` cells), `Invoice No.`, `Status` (Paid / Invoiced / Pending), `Approved by`,
  `TOTAL CONTRACT`.
- ``in_milk_union_bmc_tm_tracker``: an Indian consultancy's T&M tracker for a milk union's
  bulk milk chilling centres: `Sl.`, `Consultant`, `Role`, `Rate/day (₹)`, `Billed` and
  `Projected` merged over `Apr-26` text months, amounts as `1,12,500` text (lakh grouping),
  `Total`, `All amounts in INR`.
- ``dk_folk_high_school_architect_invoices``: an architect's a-conto fee statement for a
  folk high school's new dining wing: `Nr.`, `Ydelse / fase`, `Aftalt honorar`, invoiced
  months across as `jan. 26` text, `1.234,50` text amounts, `Faktureret i alt`,
  `Resthonorar`, `I alt`; `Beløb i DKK ekskl. moms`.
- ``gb_langoustine_hall_cashflow_forecast``: a Scottish contractor's cash flow forecast
  for a langoustine processing hall extension: `Ref`, `Package`, month date cells
  (`mmm-yy`), `Total`, `Monthly total`, `Cumulative`, `All figures £, excl. VAT`.
- ``vn_outsourcer_open_air_museum_staffing``: a Da Nang outsourcer's `RESOURCE LOADING
  PLAN (man-days)` for an open-air museum's visitor app: `No`, `Role`, `Name` (`TBD`
  included), `Level`, `Site`, `Jun-26` text months, `Total MD`.

Least-sure readings (no fact): every plain row number (`Nro`, `N.º`, `Nr.`, `Item`, `No`,
`Sl.`, `Pmt #`) and the contractors' own codes (`PL2-014`, `Ata n.º`, `WBS`, invoice
numbers); the SG RAID's `RAG`
(a line's colour, no rating), `Raised by` and `Next action`; the Finnish `Luokka` words
other than `Aikataulu` (Schedule): `Kustannus`, `Laatu`, `Turvallisuus` (safety), `Tilaaja`
read two ways; the typed `Riskiluku`; `Kohde:` and `Päivitetty:` no project facts; the NZ
`Ready to retest` status, `Found by`, `Equipment`, `Comments`; the Portuguese `Assunto` (a
topic, not the decision) and `Impacto`; the Ghanaian `Responsible (School)` (the client's
person: owner or counterparty owner, no value), `Outstanding` status (Open or On Track),
`Date provided`, `Needed for`, no direction; the Dutch `Vervallen` (dropped from the offer:
Closed or Invalid) and `Opdrachtgever` as owner (the client, not a person); the Italian
`invariata` forecast (the baseline kept: no forecast fact), `% compl.`, `Periodo di
riferimento`, `Cliente:`, `Fornitore:`; the US `Status` (payment states, no milestone
status), `Approved by`, `% of Contract`, `Amount`; the Indian `Rate/day`, `Role` (round 39:
the person is the line), `Total`; the Danish `Aftalt honorar`, `Faktureret i alt`, `Resthonorar`, DKK (off
the list); the Scottish `Cumulative` and `Monthly total` rows and `Ref`; the Vietnamese
`Project:` line (label and name in one title cell), `Level`, `Site`, `Total MD`, `TBD` as a
person. Taken as sure: `Giallo` Amber; `Billed` months actuals and `Projected` months
forecasts; `All amounts in INR` and `All figures £` the currency; `Fix in progress` In
Progress; `Provided` / `Overdue` Delivered / Late; `Bevestigd` / `Niet juist` Validated /
Invalid; `High` / `Med` / `Low` priorities.

Audit (round 38, task a114; docs/adopt.md, "Round 38: the hundred-and-second batch's truth
audited"): three readings corrected, no cell changed. The Finnish typed `Riskiluku`
(probability times impact) is the score or left out, still no value (the lead's round-38
ruling on a typed score). The Singapore RAID's `Ref` (`R01`, `A01`, `I01`, `D01`, numbered
per type) is each item's id in the standard's form (`R-001`, `A-001`, `I-001`, `D-001`),
as the audited truths write a register's own letter and number and the lead ruled for
`RSK-01`. Its `Next action date` stays each risk's and issue's due date and each
assumption's validate-by, but keeps no dependency's need-by (need-by or committed date:
rounds 18-25's audits of every mixed log's one generic date); the column also accepts
`committed_date`. Values 407 -> 411 at seed 2026 (401 -> 407 at 7, 452 -> 460 at 99).

Round 38's lead rulings (task tx38; docs/adopt.md, "Round 38: the lead's truth rulings on
tuning halves"): six columns widened, no cell and no value fact changed. The plain row
numbers of the registers and the payment schedule (`Nro`, `N.º`, `Item`, `Nr.`, `Pmt #`)
and the NZ defect log's `Defect #` codes (`PL2-014`) are an id or left out (`("id",
None)`, no id values), as the 94th, 96th and 100th batches read row numbers; the US payment
schedule's `Status` (Paid / Invoiced / Pending) is a status or left out (`("status",
None)`, no value facts). The finance and resource tables' row numbers (`Sl.`, `Nr.`, `No`)
stay no fact (their lines have no id field). Facts unchanged (534 at seed 2026); 503 -> 508
right at seed 2026.

Round 39's lead ruling (task ox39; docs/adopt.md, "Round 39: round 38's leftovers mended"):
the Indian T&M tracker has one consultant a row, so, as round 33 ruled a T&M statement's
`Name | Role | Hours | Rate | Cost` (tested), the `Consultant` is the cost line and `Role`
a line's note or left out (`("notes", None)`); its value facts are keyed by the person
instead of the role. No cell and no rng draw changed; facts unchanged (534 at seed 2026).
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

# ---------------------------------------------------------------------------------------
# Small formatting helpers of this batch (each country's own way of writing)
# ---------------------------------------------------------------------------------------


def _fi(d: date) -> str:
    """Finnish date text, no leading zeros: ``5.3.2026``."""
    return f"{d.day}.{d.month}.{d.year}"


def _slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _dash(d: date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


_EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DA_MON = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]


def _sg(d: date) -> str:
    """``3 Feb 2026``."""
    return f"{d.day} {_EN_MON[d.month - 1]} {d.year}"


def _lakh(amount: float) -> str:
    """Indian grouping: ``1,12,500``."""
    whole = round(amount)
    s = str(whole)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def _dkk(amount: float) -> str:
    """Danish money text: ``1.234,50``."""
    s = f"{amount:,.2f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

_FI_PEOPLE = ["Jukka Heikkinen", "Sari Laine", "Mikko Järvinen", "Anni Koskinen", "Timo Rantala"]
_FI_RISKS = [
    (
        "Hammashoitoyksiköiden toimitus viivästyy",
        "Aikataulu",
        "Tilataan yksiköt heti urakkasopimuksen jälkeen, viikkoseuranta",
    ),
    (
        "Paineilma- ja imulinjojen reititys ei mahdu alakattoon",
        "Laatu",
        "Mallinnetaan reitit tietomalliin ennen asennusta",
    ),
    (
        "Purkutöissä löytyy asbestia vanhoista liimoista",
        "Turvallisuus",
        "Haitta-ainetutkimus täydennetään, varataan purkuun lisäaikaa",
    ),
    (
        "Tilaajan käyttäjämuutokset simulaatiopaikkojen määrään",
        "Tilaaja",
        "Muutokset vain muutoslistan kautta, hinnoittelu ennen toteutusta",
    ),
    (
        "Teräsosien hinnat nousevat ennen tilausta",
        "Kustannus",
        "Hintasidonnainen tilaus, optio vahvistetaan maaliskuussa",
    ),
    (
        "Opetuksen aikainen melurajoitus hidastaa töitä",
        "Aikataulu",
        "Meluavat työt klo 16 jälkeen ja lomaviikoilla",
    ),
    (
        "Kohdepoistojen mitoitus ei riitä hiontapölylle",
        "Laatu",
        "LVI-suunnittelija tarkistaa mitoituksen laitetoimittajan tiedoilla",
    ),
    (
        "LVI-aliurakoitsijan resurssit eivät riitä",
        "Aikataulu",
        "Toinen asennusryhmä varattu, resurssit työmaakokouksen vakioasia",
    ),
]
_FI_STATUS = {"Avoin": "Open", "Seurannassa": "Monitoring", "Suljettu": "Closed"}


def fi_dental_school_sim_lab_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Finnish builder's risk register for a dental teaching clinic's simulation lab
    renovation: title block, 1-5 scales, a typed `Riskiluku`, day-month text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Riskit")
    n = rng.randint(5, 8)
    picks = rng.sample(_FI_RISKS, n)
    raised = _days(rng, n, date(2025, 11, 3))
    _put(
        ws,
        1,
        1,
        [
            ["RISKIREKISTERI"],
            ["Kohde: Hammaslääketieteen simulaatiolaboratorio, peruskorjaus"],
            ["Urakoitsija: Rakennus Lehtonen Oy"],
            [f"Päivitetty: {_fi(max(raised) + timedelta(days=rng.randint(1, 9)))}"],
        ],
    )
    ws.merge_cells("A1:K1")
    header = [
        "Nro",
        "Riskin kuvaus",
        "Luokka",
        "Todennäköisyys (1–5)",
        "Vaikutus (1–5)",
        "Riskiluku",
        "Hallintatoimenpide",
        "Vastuu",
        "Tunnistettu",
        "Tila",
        "Huom.",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, ((title, cat, action), day) in enumerate(zip(picks, raised, strict=True)):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(_FI_PEOPLE)
        status = rng.choice(["Avoin", "Avoin", "Seurannassa", "Suljettu"])
        note = rng.choice([None, None, "Käsitelty työmaakokouksessa", "Tilaajan kommentti"])
        rows.append([i + 1, title, cat, p, imp, p * imp, action, owner, _fi(day), status, note])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", day),
            ValueFact("risks", i, "status", _FI_STATUS[status]),
        ]
        if cat == "Aikataulu":
            values.append(ValueFact("risks", i, "category", "Schedule"))
    _put(ws, 6, 1, rows)
    targets: Targets = _cols(
        "A",
        [
            # round 38's lead ruling (tx38): the `Nro` row numbers (1, 2, 3) are an id or nothing
            ("id", None),
            "title",
            "category",
            "probability",
            "impact",
            ("score", None),
            "response",
            "owner",
            "raised_date",
            "status",
            None,
        ],
    )
    path = _save(wb, folder, "fi_dental_school_sim_lab_risk_register")
    return Built(path, [_one("risks", "Riskit", 6, targets, n)], values)


_NZ_PEOPLE = ["Hemi Walker", "Kiri Tane", "Ben Fraser", "Olivia Chen", "Ravi Singh", "Mere Ngata"]
_NZ_DEFECTS = [
    ("Press 3", "Steam valve chatters on close, label side"),
    ("Extruder", "Puck weight drifting +4 g after 40 min run"),
    ("Trimmer", "Edge trim leaves burr on 12-inch, approx 1 in 30"),
    ("Cooling loop", "Return temp alarm set point wrong (18 not 12)"),
    ("HMI", "Cycle counter resets on shift change"),
    ("Press 2", "Mould clamp guard interlock not latching"),
    ("Conveyor", "Sleeving station jams on 180 g records"),
    ("Boiler feed", "Flow meter reads in L/min, SCADA expects L/h"),
    ("HMI", "Recipe screen allows negative dwell time"),
]
_NZ_STATUS = {"Open": "Open", "Fix in progress": "In Progress", "Closed": "Closed"}


def nz_vinyl_pressing_plant_defect_log(folder: Path, rng: random.Random) -> Built:
    """An automation integrator's commissioning defects register for a record pressing
    plant's second press line: the integrator's own `PL2-` numbers, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Defects")
    _put(
        ws,
        1,
        1,
        [
            ["Press Line 2 – Commissioning Defects Register"],
            ["Client: Kōwhai Records Pressing Ltd, Petone"],
            ["Prepared by: Tasman Automation Ltd   |   SAT due end of month"],
        ],
    )
    header = [
        "Defect #",
        "Date found",
        "Equipment",
        "What's wrong",
        "Priority",
        "Found by",
        "Fix owner",
        "Target close",
        "Status",
        "Comments",
    ]
    n = rng.randint(6, 9)
    picks = rng.sample(_NZ_DEFECTS, n)
    found = sorted(date(2026, 2, 2) + timedelta(days=rng.randrange(50)) for _ in range(n))
    start = rng.randint(10, 40)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    prio = {"High": "High", "Med": "Medium", "Low": "Low"}
    for i, ((equip, what), day) in enumerate(zip(picks, found, strict=True)):
        due = day + timedelta(days=rng.choice([3, 7, 7, 14]))
        owner = rng.choice(_NZ_PEOPLE)
        p = rng.choice(list(prio))
        status = rng.choice(["Open", "Fix in progress", "Ready to retest", "Closed"])
        comment = rng.choice([None, "Spare on order", "Retest Tues", "Client to confirm"])
        rows.append(
            [
                f"PL2-{start + i:03d}",
                day,
                equip,
                what,
                p,
                rng.choice(["Client QA", "Tasman", "Operator"]),
                owner,
                due,
                status,
                comment,
            ]
        )
        values += [
            ValueFact("issues", i, "title", what),
            ValueFact("issues", i, "raised_date", day),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "priority", prio[p]),
        ]
        if status in _NZ_STATUS:
            values.append(ValueFact("issues", i, "status", _NZ_STATUS[status]))
    _put(ws, 5, 1, rows)
    for r in range(6, 6 + n):
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
    targets: Targets = _cols(
        "A",
        [
            # round 38's lead ruling (tx38): the `Defect #` codes (`PL2-014`) are an id or nothing
            ("id", None),
            "raised_date",
            None,
            "title",
            "priority",
            None,
            "owner",
            "due_date",
            "status",
            None,
        ],
    )
    path = _save(wb, folder, "nz_vinyl_pressing_plant_defect_log")
    return Built(path, [_one("issues", "Defects", 5, targets, n)], values)


_PT_PEOPLE = ["Ana Ferreira", "Rui Carvalho", "Inês Matos", "Comité de Direção", "Paulo Sousa"]
_PT_DECISIONS = [
    (
        "Formato de entrada",
        "Aceitar apenas DOCX e EPUB na primeira fase",
        "PDF digitalizado exige OCR e revisão manual; fica para a fase 2",
    ),
    (
        "Código braille",
        "Adotar a tabela braille portuguesa de 8 pontos para matemática",
        "Pedido dos revisores; compatível com as impressoras atuais",
    ),
    (
        "Impressoras",
        "Manter as duas embossers existentes e não adquirir terceira",
        "Volume previsto cabe na capacidade atual com dois turnos",
    ),
    (
        "Alojamento",
        "Sistema alojado em nuvem na região UE",
        "Dados pessoais de utentes; requisito do RGPD e da direção",
    ),
    (
        "Revisão",
        "Revisão por revisor cego obrigatória antes da impressão",
        "Qualidade da transcrição é o principal requisito dos utentes",
    ),
    (
        "Formação",
        "Formação presencial em Lisboa e no Porto, não remota",
        "Leitores de ecrã variam; apoio no posto de trabalho é necessário",
    ),
    (
        "Go-live",
        "Arranque faseado: biblioteca primeiro, depois escolas",
        "Reduz o risco no período de exames",
    ),
]


def pt_braille_press_decision_log(folder: Path, rng: random.Random) -> Built:
    """A consultancy's decision log for an association for the blind's braille production
    system: day-first text dates, decisions minuted at numbered steering meetings."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisões")
    _put(
        ws,
        1,
        1,
        [
            ["Registo de Decisões — Sistema de Produção Braille"],
            ["Cliente: Associação Ponto e Relevo   ·   Consultora: Lusodata, Lda."],
            ["Versão 0.7 — documento de trabalho"],
        ],
    )
    ws.merge_cells("A1:H1")
    header = [
        "N.º",
        "Data",
        "Assunto",
        "Decisão",
        "Fundamentação",
        "Decidido por",
        "Ata n.º",
        "Impacto",
    ]
    n = rng.randint(4, 7)
    picks = rng.sample(_PT_DECISIONS, n)
    days = _days(rng, n, date(2025, 10, 6))
    meeting = rng.randint(3, 9)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, ((topic, decision, why), day) in enumerate(zip(picks, days, strict=True)):
        maker = rng.choice(_PT_PEOPLE)
        meeting += rng.randint(1, 3) if i else 0
        rows.append(
            [
                i + 1,
                _slash(day),
                topic,
                decision,
                why,
                maker,
                f"CD-{meeting:02d}",
                rng.choice(["Âmbito", "Prazo", "Custo", "Nenhum"]),
            ]
        )
        values += [
            ValueFact("decisions", i, "date", day),
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", maker),
        ]
    _put(ws, 5, 1, rows)
    # round 38's lead ruling (tx38): the `N.º` row numbers (1, 2, 3) are an id or nothing
    targets: Targets = _cols(
        "A", [("id", None), "date", None, "decision", "rationale", "made_by", None, None]
    )
    path = _save(wb, folder, "pt_braille_press_decision_log")
    return Built(path, [_one("decisions", "Decisões", 5, targets, n)], values)


_GH_PEOPLE = ["Mrs. Akosua Mensah", "Mr. Kwame Boateng", "Headmistress", "Mr. Yaw Owusu"]
_GH_ITEMS = [
    ("Hand over cleared site for dormitory footprint", "Setting out"),
    ("Relocate borehole pump and water line", "Foundations"),
    ("Approved layout of audiology booths (ENT consultant)", "Partitions"),
    ("Confirm visual fire alarm strobes spec", "Electrical 1st fix"),
    ("Provide ECG power supply connection", "Electrical 2nd fix"),
    ("Access to existing kitchen during holidays", "Drainage tie-in"),
    ("Sign-off of sample bunk bed", "Furniture order"),
    ("Pay advance of second tranche", "Roofing materials"),
]


def gh_deaf_school_client_obligations(folder: Path, rng: random.Random) -> Built:
    """A Ghanaian building contractor's schedule of what the school (the client) must
    provide and by when, with a labelled `Project:` line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Items")
    name = "New Girls' Dormitory & Audiology Block"
    _put(
        ws,
        1,
        1,
        [
            ["SCHEDULE OF CLIENT OBLIGATIONS"],
            ["Project:", name],
            ["Client:", "Volta School for the Deaf, Ho"],
            ["Contractor:", "Adenta Builders & Civil Works Ltd"],
        ],
    )
    header = [
        "Item",
        "Description of obligation",
        "Needed for",
        "Required date",
        "Date provided",
        "Responsible (School)",
        "Status",
        "Contractor's remarks",
    ]
    n = rng.randint(5, 8)
    picks = rng.sample(_GH_ITEMS, n)
    need = _days(rng, n, date(2026, 1, 12))
    report = need[0] + timedelta(days=rng.randint(40, 90))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    word = {"Provided": "Delivered", "Overdue": "Late"}
    for i, ((what, for_), day) in enumerate(zip(picks, need, strict=True)):
        status = rng.choice(["Provided", "Provided", "Overdue"]) if day < report else "Outstanding"
        given = _slash(day + timedelta(days=rng.randint(-5, 6))) if status == "Provided" else None
        rows.append(
            [
                i + 1,
                what,
                for_,
                _slash(day),
                given,
                rng.choice(_GH_PEOPLE),
                status,
                rng.choice([None, "Reminder sent", "Raised at site meeting", "Critical"]),
            ]
        )
        values += [
            ValueFact("dependencies", i, "title", what),
            ValueFact("dependencies", i, "need_by", day),
        ]
        if status in word:
            values.append(ValueFact("dependencies", i, "status", word[status]))
    _put(ws, 6, 1, rows)
    values.append(ValueFact("project", 0, "project_name", name))
    targets: Targets = _cols(
        "A",
        [
            # round 38's lead ruling (tx38): the `Item` row numbers (1, 2, 3) are an id or nothing
            ("id", None),
            "title",
            # round 39's lead ruling: `Needed for` (the work the input is needed for) is the
            # deliverable or left out, no value, as the 107th's `Required for` is read
            ("deliverable", None),
            "need_by",
            None,
            ("owner", "counterparty_owner", None),
            "status",
            None,
        ],
    )
    path = _save(wb, folder, "gh_deaf_school_client_obligations")
    return Built(path, [_one("dependencies", "Client Items", 6, targets, n)], values)


_NL_PEOPLE = ["J. de Vries", "M. Verhoeven", "Opdrachtgever", "S. Bakker", "P. van Dam"]
_NL_ITEMS = [
    (
        "Vlas wordt aangeleverd in rondbalen van max. 300 kg",
        "Proces",
        "Aanpassing invoerband, meerprijs",
    ),
    (
        "Bestaande hal heeft voldoende draagkracht voor de zwingelturbine",
        "Bouwkundig",
        "Extra fundatie, ca. 6 weken",
    ),
    (
        "Aansluitwaarde 630 kVA is beschikbaar op de locatie",
        "Elektro",
        "Nieuwe trafo door netbeheerder",
    ),
    ("Stofafzuiging mag buiten worden geplaatst", "Proces", "Inpandige filterkast, meerprijs"),
    ("Werken in twee ploegen is toegestaan", "Planning", "Doorlooptijd +3 weken"),
    (
        "Lont en kort vlas worden apart afgevoerd",
        "Proces",
        "Tweede afvoertransporteur nodig",
    ),
    ("Vergunning brandveiligheid valt onder bestaande", "Vergunningen", "Nieuwe melding"),
]
_NL_STATUS = {"Open": "Open", "Bevestigd": "Validated", "Niet juist": "Invalid"}


def nl_flax_scutching_line_offer_assumptions(folder: Path, rng: random.Random) -> Built:
    """A Dutch process engineer's offer annex listing its `Uitgangspunten` for a new flax
    scutching line, with who confirms them by when."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Uitgangspunten")
    _put(
        ws,
        1,
        1,
        [
            ["Bijlage B bij offerte 2026-0412 – Uitgangspunten zwingellijn"],
            ["Opdrachtgever: Vlasbewerking Zeeuws-Vlaanderen B.V."],
        ],
    )
    header = [
        "Nr.",
        "Uitgangspunt",
        "Discipline",
        "Verantwoordelijk",
        "Bevestigen vóór",
        "Status",
        "Gevolg bij afwijking",
    ]
    n = rng.randint(5, 7)
    picks = rng.sample(_NL_ITEMS, n)
    by = _days(rng, n, date(2026, 2, 2))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, ((text, disc, effect), day) in enumerate(zip(picks, by, strict=True)):
        who = rng.choice(_NL_PEOPLE)
        status = rng.choice(["Open", "Open", "Bevestigd", "Niet juist", "Vervallen"])
        rows.append([f"{i + 1}.", text, disc, who, _dash(day), status, effect])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "validate_by", day),
            ValueFact("assumptions", i, "impact_if_false", effect),
        ]
        if who != "Opdrachtgever":
            values.append(ValueFact("assumptions", i, "owner", who))
        if status in _NL_STATUS:
            values.append(ValueFact("assumptions", i, "status", _NL_STATUS[status]))
    _put(ws, 4, 1, rows)
    _put(ws, 5 + n + 1, 1, [["Afwijkingen worden verrekend als meer- of minderwerk."]])
    # round 38's lead ruling (tx38): the `Nr.` row numbers (`1.`, `2.`) are an id or nothing
    targets: Targets = _cols(
        "A",
        [("id", None), "assumption", None, "owner", "validate_by", "status", "impact_if_false"],
    )
    path = _save(wb, folder, "nl_flax_scutching_line_offer_assumptions")
    return Built(path, [_one("assumptions", "Uitgangspunten", 4, targets, n)], values)


_SG_PEOPLE = ["Tan Wei Ming", "Nur Aisyah", "Rajesh Kumar", "Chloe Lim", "Marcus Goh"]
_SG_ITEMS = {
    "Risk": [
        "Distributor statements arrive in 14 different CSV formats",
        "Label's finance lead on leave during UAT",
        "Streaming platform API rate limits slow the back-load",
        "Split sheets missing for older catalogue",
    ],
    "Assumption": [
        "Royalty rates held in one contract table per artist",
        "Label signs off statement template by UAT",
        "FX rates taken from MAS month-end",
    ],
    "Issue": [
        "Duplicate ISRCs in legacy catalogue export",
        "Payment file rejected by bank (GIRO format)",
        "Artist portal login fails on older iPhones",
    ],
    "Dependency": [
        "Distributor to provide SFTP access",
        "Bank to whitelist payment file sender",
        "Label's accountant to confirm opening balances",
    ],
}
_SG_REG = {
    "Risk": "risks",
    "Assumption": "assumptions",
    "Issue": "issues",
    "Dependency": "dependencies",
}
_SG_TITLE = {
    "risks": "title",
    "assumptions": "assumption",
    "issues": "title",
    "dependencies": "title",
}
_SG_DUE = {
    "risks": "due_date",
    "assumptions": "validate_by",
    "issues": "due_date",
    "dependencies": "need_by",
}


def sg_record_label_royalty_raid(folder: Path, rng: random.Random) -> Built:
    """An integrator's RAID log for an independent record label's royalty platform, kept
    the way its delivery lead reads it in the weekly call: date logged first, the type word
    naming the register, a RAG per line, the next action and its date, the ref last."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    _put(
        ws,
        1,
        1,
        [
            ["RAID Log – Royalty Platform Phase 1"],
            ["Client: Hibiscus Sound Pte Ltd   |   Integrator: Merlion Ledger Systems"],
        ],
    )
    header = [
        "Date logged",
        "Type",
        "Description",
        "RAG",
        "Raised by",
        "Assigned to",
        "Next action",
        "Next action date",
        "Open/Closed",
        "Ref",
    ]
    entries: list[tuple[str, str]] = []
    for cat, titles in _SG_ITEMS.items():
        k = rng.randint(1, min(3, len(titles)))
        entries += [(cat, t) for t in rng.sample(titles, k)]
    rng.shuffle(entries)
    raised = sorted(date(2026, 1, 5) + timedelta(days=rng.randrange(60)) for _ in entries)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    per_letter: dict[str, int] = {}
    for (cat, title), day in zip(entries, raised, strict=True):
        reg = _SG_REG[cat]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        letter = cat[0]
        per_letter[letter] = per_letter.get(letter, 0) + 1
        owner = rng.choice(_SG_PEOPLE)
        due = day + timedelta(days=rng.randint(7, 45))
        status = rng.choice(["Open", "Open", "Closed"])
        rows.append(
            [
                _sg(day),
                cat,
                title,
                rng.choice(["R", "A", "G"]),
                rng.choice(["Label", "MLS", "Distributor"]),
                owner,
                rng.choice(["Weekly check-in", "Escalate to SteerCo", "Workaround agreed"]),
                _sg(due),
                status,
                f"{letter}{per_letter[letter]:02d}",
            ]
        )
        values += [
            ValueFact(reg, idx, _SG_TITLE[reg], title),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "status", status),
            # audit (round 38): the per-register `R01` is the id in the standard's form
            ValueFact(reg, idx, "id", f"{letter}-{per_letter[letter]:03d}"),
        ]
        if reg != "dependencies":  # audit: a dependency's one generic date keeps no fact
            values.append(ValueFact(reg, idx, _SG_DUE[reg], due))
        if reg != "dependencies":
            values.append(ValueFact(reg, idx, "raised_date", day))
    _put(ws, 4, 1, rows)
    targets: Targets = _cols(
        "A",
        [
            "raised_date",
            "register",
            ("title", "assumption"),
            None,
            None,
            "owner",
            ("response", "resolution", None),
            ("due_date", "validate_by", "need_by", "committed_date"),
            "status",
            "id",
        ],
    )
    path = _save(wb, folder, "sg_record_label_royalty_raid")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

_IT_MILESTONES = [
    "Analisi requisiti approvata",
    "Anagrafica caseifici migrata",
    "App di marcatura forme in collaudo",
    "Integrazione con sistema espertizzazione",
    "Collaudo utente (UAT) concluso",
    "Avvio in produzione pilota (5 caseifici)",
    "Estensione a tutti i caseifici",
]
_IT_PEOPLE = ["Luca Bertolini", "Giulia Ferrari", "Marco Rinaldi", "Chiara Guidetti"]
_IT_RAG = {"Verde": "Green", "Giallo": "Amber", "Rosso": "Red"}
_IT_IT_MON = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]


def it_parmigiano_consortium_monthly_report(folder: Path, rng: random.Random) -> Built:
    """An Italian software house's monthly progress report (`SAL`) for a cheese
    consortium's wheel traceability system: labelled header rows, a traffic-light block,
    a milestone table with day-first text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    month = rng.choice([3, 4, 5, 6])
    report = date(2026, month, rng.randint(13, 24))
    name = "Tracciabilità Forme 2.0"
    _put(
        ws,
        1,
        1,
        [
            ["STATO AVANZAMENTO LAVORI – REPORT MENSILE"],
            [],
            ["Progetto:", name],
            ["Cliente:", "Consorzio Tutela Formaggio Stagionato Val d'Enza"],
            ["Fornitore:", "Emilsoft S.r.l."],
            ["Data report:", _slash(report)],
            ["Periodo di riferimento:", f"{_IT_IT_MON[month - 2]} 2026"],
        ],
    )
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", name),
        ValueFact("project", 0, "report_date", report),
    ]
    rag_rows: list[list[object]] = [["Semaforo", "Stato", "Commento"]]
    comments = {
        "Tempi": ("Collaudo a rischio di slittamento", "Collaudo slittato oltre la finestra"),
        "Costi": ("Giornate extra per la migrazione", "Extra budget da approvare"),
        "Perimetro": ("Una richiesta di modifica in valutazione", "Nuove richieste del Consorzio"),
        "Complessivo": ("Da monitorare", "Serve decisione del comitato"),
    }
    field = {
        "Tempi": "schedule_rag",
        "Costi": "cost_rag",
        "Perimetro": "scope_rag",
        "Complessivo": "overall_rag",
    }
    for area in ("Tempi", "Costi", "Perimetro", "Complessivo"):
        word = rng.choice(["Verde", "Verde", "Giallo", "Rosso"])
        comment = {"Verde": "In linea", "Giallo": comments[area][0], "Rosso": comments[area][1]}
        rag_rows.append([area, word, comment[word]])
        values.append(ValueFact("project", 0, field[area], _IT_RAG[word]))
    _put(ws, 9, 1, rag_rows)
    header = [
        "WBS",
        "Milestone",
        "Responsabile",
        "Fine prevista (baseline)",
        "Ripianificata",
        "% compl.",
        "Esito",
        "Data raggiungimento",
    ]
    n = rng.randint(5, 7)
    base = sorted(date(2026, 1, 12) + timedelta(days=rng.randrange(200)) for _ in range(n))
    base[-1] = base[-1].replace(day=21)
    rows: list[list[object]] = [header]
    started = False
    word_of = {
        "Raggiunta": "Complete",
        "In corso": "In Progress",
        "Non iniziata": "Not Started",
        "In ritardo": "Late",
    }
    for i in range(n):
        title = _IT_MILESTONES[i]
        slip = rng.choice([0, 0, 0, 7, 14]) if i < n - 1 else 0
        fc = base[i] + timedelta(days=slip)
        owner = rng.choice(_IT_PEOPLE)
        actual: date | None = None
        if fc < report:
            status, pct = "Raggiunta", 1.0
            actual = fc
        elif not started:
            status = "In ritardo" if slip else "In corso"
            pct = rng.choice([0.4, 0.6, 0.8])
            started = True
        else:
            status, pct = "Non iniziata", 0.0
        rows.append(
            [
                f"{i + 1}.{rng.randint(1, 4)}",
                title,
                owner,
                _slash(base[i]),
                _slash(fc) if slip else "invariata",
                pct,
                status,
                _slash(actual) if actual else None,
            ]
        )
        values += [
            ValueFact("milestones", i, "milestone", title),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "status", word_of[status]),
        ]
        if slip:
            values.append(ValueFact("milestones", i, "forecast_date", fc))
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    _put(ws, 18, 1, rows)
    reached = sum(1 for row in rows[1:] if row[6] == "Raggiunta")
    summary = f"Raggiunte {reached} milestone su {n}; " + rng.choice(
        [
            "in corso i test dell'app di marcatura.",
            "attesa conferma del Consorzio sui tracciati.",
        ]
    )
    _put(ws, 15, 1, [["Sintesi del mese", summary]])
    values.append(ValueFact("project", 0, "status_summary", summary))
    for r in range(19, 19 + n):
        ws.cell(r, 6).number_format = "0%"
    targets: Targets = _cols(
        "A",
        [
            None,
            "milestone",
            "owner",
            "baseline_date",
            "forecast_date",
            None,
            "status",
            "actual_date",
        ],
    )
    path = _save(wb, folder, "it_parmigiano_consortium_monthly_report")
    return Built(path, [_one("milestones", "Report", 18, targets, n)], values)


_US_STAGES = [
    "Notice to proceed / mobilization",
    "Condition survey & treatment proposal",
    "Mount cleaning and fur consolidation complete",
    "Background mural inpainting complete",
    "Groundwork & foreground habitat complete",
    "Lighting retrofit installed",
    "Final walk-through & punch list",
    "Retainage release",
]
_US_PEOPLE = ["Dr. Karen Holt", "Luis Ortega", "Dana Whitfield"]


def us_taxidermy_diorama_payment_schedule(folder: Path, rng: random.Random) -> Built:
    """An exhibit fabrication studio's payment milestone schedule for a natural history
    museum's diorama hall restoration: scheduled and achieved date cells, money cells,
    a contract total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Payment Schedule")
    contract = float(rng.randrange(380, 720) * 1000)
    _put(
        ws,
        1,
        1,
        [
            ["Hall of North American Mammals – Diorama Restoration"],
            ["Contract No. 26-114   |   Fabricator: Prairie Light Studios LLC"],
            ["Payment milestones per Exhibit B"],
        ],
    )
    header = [
        "Pmt #",
        "Milestone / Deliverable",
        "% of Contract",
        "Amount",
        "Scheduled",
        "Achieved",
        "Invoice No.",
        "Status",
        "Approved by",
    ]
    n = rng.randint(6, 8)
    stages = [*_US_STAGES[: n - 1], _US_STAGES[-1]]
    units = [1] * (n - 2)
    for _ in range(17 - (n - 2)):
        units[rng.randrange(n - 2)] += 1
    pcts = [10] + [5 * u for u in units] + [5]
    sched = sorted(date(2026, 1, 15) + timedelta(days=rng.randrange(300)) for _ in range(n))
    done = rng.randint(1, n - 2)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        achieved = sched[i] + timedelta(days=rng.randint(-3, 12)) if i < done else None
        status = "Pending"
        if achieved:
            status = "Paid" if i < done - 1 else "Invoiced"
        rows.append(
            [
                i + 1,
                stages[i],
                pcts[i] / 100,
                round(contract * pcts[i] / 100, 2),
                sched[i],
                achieved,
                f"PLS-{2600 + 3 * i + 7}" if achieved else None,
                status,
                rng.choice(_US_PEOPLE) if achieved else None,
            ]
        )
        values += [
            ValueFact("milestones", i, "milestone", stages[i]),
            ValueFact("milestones", i, "baseline_date", sched[i]),
        ]
        if achieved:
            values.append(ValueFact("milestones", i, "actual_date", achieved))
    _put(ws, 5, 1, rows)
    tot = 6 + n
    ws.cell(tot, 2, "TOTAL CONTRACT")
    ws.cell(tot, 3, f"=SUM(C6:C{tot - 1})")
    ws.cell(tot, 4, f"=SUM(D6:D{tot - 1})")
    for r in range(6, tot + 1):
        ws.cell(r, 3).number_format = "0%"
        ws.cell(r, 4).number_format = "$#,##0.00"
        ws.cell(r, 5).number_format = "m/d/yyyy"
        ws.cell(r, 6).number_format = "m/d/yyyy"
    targets: Targets = _cols(
        "A",
        # round 38's lead ruling (tx38): the `Pmt #` row numbers (1, 2, 3) are an id or nothing,
        # and the payment `Status` (Paid / Invoiced / Pending) a status or nothing (no value)
        [
            ("id", None),
            "milestone",
            None,
            None,
            "baseline_date",
            "actual_date",
            None,
            ("status", None),
            None,
        ],
    )
    path = _save(wb, folder, "us_taxidermy_diorama_payment_schedule")
    return Built(path, [_one("milestones", "Payment Schedule", 5, targets, n)], values)


_IN_STAFF = [
    ("Anand Kulkarni", "Programme Manager", 18000),
    ("Deepa Reddy", "Solution Architect", 15000),
    ("Suresh Patil", "SCADA Engineer", 11000),
    ("Kavya Menon", "Data Analyst", 8500),
    ("Rohit Sharma", "Field Engineer", 6000),
    ("Meena Iyer", "Trainer", 5500),
]


def in_milk_union_bmc_tm_tracker(folder: Path, rng: random.Random) -> Built:
    """An Indian consultancy's time-and-material tracker for a district milk union's bulk
    milk chilling centre automation: billed months, then projected ones, in lakh grouping."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "T&M FY26-27")
    months = _months(date(2026, 4, 1), 6)
    billed = rng.randint(2, 4)
    _put(
        ws,
        1,
        1,
        [
            ["Time & Material Tracker – BMC Automation (Bulk Milk Chilling Centres)"],
            ["Client: Krishna Valley District Co-operative Milk Producers' Union Ltd."],
            ["All amounts in INR"],
        ],
    )
    first = 5
    ws.cell(5, first, "Billed")
    ws.merge_cells(start_row=5, start_column=first, end_row=5, end_column=first + billed - 1)
    ws.cell(5, first + billed, "Projected")
    ws.merge_cells(
        start_row=5, start_column=first + billed, end_row=5, end_column=first + len(months) - 1
    )
    header: list[object] = ["Sl.", "Consultant", "Role", "Rate/day (₹)"]
    header += [f"{_EN_MON[m.month - 1]}-{m.year % 100:02d}" for m in months]
    header.append("Total")
    staff = rng.sample(_IN_STAFF, rng.randint(4, 6))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n_lines = 0
    for i, (person, role, rate) in enumerate(staff):
        row: list[object] = [i + 1, person, role, _lakh(rate)]
        total = 0.0
        for m_i, m in enumerate(months):
            if rng.random() < 0.2:
                row.append(None)
                continue
            amount = float(rate * rng.randint(4, 22))
            total += amount
            row.append(_lakh(amount))
            n_lines += 1
            measure = "actual" if m_i < billed else "forecast"
            # round 39's lead ruling (ox39): one consultant a row, so the person is the cost
            # line (round 33's tested ruling on a T&M statement's `Name | Role`), not the role
            values.append(ValueFact("finance", (m, person), measure, amount))
        row.append(_lakh(total))
        rows.append(row)
    _put(ws, 6, 1, rows)
    values.append(ValueFact("project", 0, "currency", "INR"))
    # round 39's lead ruling (ox39): the `Consultant` (one person a row) is the cost line and
    # `Role` a line's note or nothing, as round 33 ruled a T&M statement's `Name | Role`
    targets: Targets = {"B": "cost_line", "C": ("notes", None), "D": None}
    path = _save(wb, folder, "in_milk_union_bmc_tm_tracker")
    return Built(
        path, [TruthTable("T&M FY26-27", 6, "finance", targets, {"finance": n_lines})], values
    )


_DK_PHASES = ["Projektforslag", "Myndighedsprojekt", "Hovedprojekt", "Udbud", "Fagtilsyn"]


def dk_folk_high_school_architect_invoices(folder: Path, rng: random.Random) -> Built:
    """An architect's a-conto fee statement for a folk high school's new dining wing, sent
    with each invoice: one row per fee phase (the agreed fee first), the months invoiced
    across as `jan. 26` text, amounts as `1.234,50` text, invoiced to date and the rest."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Aconto")
    months = _months(date(2026, 1, 1), rng.randint(5, 7))
    _put(
        ws,
        1,
        1,
        [
            ["Aconto-oversigt, honorar – Ny kostafløj, Fjordbakke Højskole"],
            ["Rådgiver: Arkitektfirmaet Holm & Vestergaard ApS   ·   Sag 2514"],
            ["Beløb i DKK ekskl. moms"],
        ],
    )
    header: list[object] = ["Nr.", "Ydelse / fase", "Aftalt honorar"]
    header += [
        f"{_DA_MON[m.month - 1][:3]}{'' if m.month == 5 else '.'} {m.year % 100:02d}"
        for m in months
    ]
    header += ["Faktureret i alt", "Resthonorar"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = 0
    start = 0
    grand = 0.0
    for k, phase in enumerate(_DK_PHASES):
        fee = float(rng.randrange(30, 60) * 10000)
        row: list[object] = [f"{k + 1}.", phase, _dkk(fee)]
        span = rng.randint(1, 3)
        done = 0.0
        for mi, m in enumerate(months):
            if start <= mi < start + span:
                amount = rng.randrange(1500, 9000) * 10 + rng.choice([0.0, 0.5, 0.25])
                done += amount
                row.append(_dkk(amount))
                values.append(ValueFact("finance", (m, phase), "actual", amount))
                n += 1
            else:
                row.append(None)
        row += [_dkk(done), _dkk(fee - done)]
        grand += done
        rows.append(row)
        start += rng.randint(1, 2)
    rows.append([None, "I alt", None, *([None] * len(months)), _dkk(grand)])
    _put(ws, 5, 1, rows)
    ws.cell(5 + len(rows) + 1, 1, "Betalingsbetingelser: netto 30 dage.")
    targets: Targets = {"A": None, "B": "cost_line", "C": None}
    path = _save(wb, folder, "dk_folk_high_school_architect_invoices")
    return Built(path, [_one("finance", "Aconto", 5, targets, n)], values)


_GB_PACKAGES = [
    ("P01", "Preliminaries"),
    ("P02", "Groundworks & drainage"),
    ("P03", "Steel frame"),
    ("P04", "Insulated panel cladding"),
    ("P05", "Refrigeration plant"),
    ("P06", "Mechanical & electrical"),
    ("P07", "Hygienic flooring"),
    ("P08", "Externals & yard"),
]


def gb_langoustine_hall_cashflow_forecast(folder: Path, rng: random.Random) -> Built:
    """A Scottish contractor's cash flow forecast for a langoustine processing hall
    extension: packages down, month date cells across, monthly and cumulative totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cashflow")
    months = _months(date(2026, rng.choice([3, 4, 5]), 1), 8)
    _put(
        ws,
        1,
        1,
        [
            ["Langoustine Processing Hall Extension – Contractor's Cash Flow Forecast"],
            [f"Rev {rng.choice('BCD')}   |   MacLeod & Ross Construction Ltd, Inverness"],
            ["All figures £, excl. VAT"],
        ],
    )
    header: list[object] = ["Ref", "Package", *months, "Total"]
    pkgs = _GB_PACKAGES[: rng.randint(6, 8)]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = 0
    for k, (ref, name) in enumerate(pkgs):
        lo = 0 if name == "Preliminaries" else min(k // 2, 5)
        hi = 8 if name == "Preliminaries" else min(lo + rng.randint(2, 4), 8)
        row: list[object] = [ref, name]
        for mi, m in enumerate(months):
            if lo <= mi < hi:
                amount = float(rng.randrange(8, 120) * 500)
                row.append(amount)
                values.append(ValueFact("finance", (m, name), "forecast", amount))
                n += 1
            else:
                row.append(None)
        rows.append(row)
    _put(ws, 5, 1, rows)
    last = 5 + len(pkgs)
    for c in range(3, 3 + len(months) + 1):
        col = get_column_letter(c)
        ws.cell(last + 2, c, f"=SUM({col}6:{col}{last})")
        ws.cell(5, c).number_format = "mmm-yy"
    for r in range(6, last + 1):
        ws.cell(r, 3 + len(months), f"=SUM(C{r}:{get_column_letter(2 + len(months))}{r})")
    ws.cell(last + 2, 2, "Monthly total")
    ws.cell(last + 3, 2, "Cumulative")
    ws.cell(last + 3, 3, "=C" + str(last + 2))
    for c in range(4, 3 + len(months)):
        prev = get_column_letter(c - 1)
        ws.cell(last + 3, c, f"={prev}{last + 3}+{get_column_letter(c)}{last + 2}")
    for r in range(6, last + 4):
        for c in range(3, 4 + len(months)):
            ws.cell(r, c).number_format = "#,##0"
    ws.cell(last + 5, 1, "Note: excludes provisional sums and client direct orders.")
    values.append(ValueFact("project", 0, "currency", "GBP"))
    targets: Targets = {"A": None, "B": "cost_line"}
    path = _save(wb, folder, "gb_langoustine_hall_cashflow_forecast")
    return Built(path, [_one("finance", "Cashflow", 5, targets, n)], values)


_VN_TEAM = [
    ("Project Manager", "Nguyễn Văn An", "Senior", "Onsite"),
    ("Business Analyst", "Trần Thị Mai", "Middle", "Offshore"),
    ("Mobile Developer", "Lê Hoàng Nam", "Senior", "Offshore"),
    ("Mobile Developer", "TBD", "Middle", "Offshore"),
    ("Backend Developer", "Phạm Minh Tuấn", "Senior", "Offshore"),
    ("QA Engineer", "Võ Thu Hà", "Junior", "Offshore"),
    ("UI/UX Designer", "Đặng Quỳnh Chi", "Middle", "Offshore"),
]


def vn_outsourcer_open_air_museum_staffing(folder: Path, rng: random.Random) -> Built:
    """A Da Nang outsourcer's resource loading plan in man-days for an open-air museum's
    visitor app: one row per person, text months across, a `TBD` seat."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    months = _months(date(2026, rng.choice([5, 6, 7]), 1), 6)
    _put(
        ws,
        1,
        1,
        [
            ["RESOURCE LOADING PLAN (man-days)"],
            ["Project: Visitor Companion App – Friluftsmuseet Skogsbyn"],
            ["Vendor: Han River Software JSC, Da Nang   |   1 MD = 8 hours"],
        ],
    )
    header: list[object] = ["No", "Role", "Name", "Level", "Site"]
    header += [f"{_EN_MON[m.month - 1]}-{m.year % 100:02d}" for m in months]
    header.append("Total MD")
    team = [t for t in _VN_TEAM if t[1] != "TBD" or rng.random() < 0.7]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    idx = 0
    for i, (role, name, level, site) in enumerate(team):
        row: list[object] = [i + 1, role, name, level, site]
        total = 0
        for m in months:
            if rng.random() < 0.25:
                row.append(None)
                continue
            days = rng.choice([5, 8, 10, 15, 20, 22])
            total += days
            row.append(days)
            values += [
                ValueFact("resources", idx, "role", role),
                ValueFact("resources", idx, "month", m),
                ValueFact("resources", idx, "planned_days", float(days)),
            ]
            if name != "TBD":
                values.append(ValueFact("resources", idx, "person", name))
            idx += 1
        row.append(total)
        rows.append(row)
    _put(ws, 5, 1, rows)
    targets: Targets = {"A": None, "B": "role", "C": "person", "D": None, "E": None}
    path = _save(wb, folder, "vn_outsourcer_open_air_museum_staffing")
    return Built(path, [_one("resources", "Resource Plan", 5, targets, idx)], values)


HELD_OUT_102: tuple[Layout, ...] = (
    Layout(
        "fi_dental_school_sim_lab_risk_register",
        "Finnish builder's risk register, dental teaching clinic simulation lab",
        fi_dental_school_sim_lab_risk_register,
    ),
    Layout(
        "nz_vinyl_pressing_plant_defect_log",
        "NZ integrator's commissioning defects register, record pressing plant",
        nz_vinyl_pressing_plant_defect_log,
    ),
    Layout(
        "pt_braille_press_decision_log",
        "Portuguese consultancy's decision log, braille production system",
        pt_braille_press_decision_log,
    ),
    Layout(
        "gh_deaf_school_client_obligations",
        "Ghanaian contractor's schedule of client obligations, school for the deaf",
        gh_deaf_school_client_obligations,
    ),
    Layout(
        "nl_flax_scutching_line_offer_assumptions",
        "Dutch process engineer's offer assumptions, flax scutching line",
        nl_flax_scutching_line_offer_assumptions,
    ),
    Layout(
        "sg_record_label_royalty_raid",
        "Singapore integrator's RAID log, record label royalty platform",
        sg_record_label_royalty_raid,
    ),
    Layout(
        "it_parmigiano_consortium_monthly_report",
        "Italian software house's monthly report, cheese consortium traceability",
        it_parmigiano_consortium_monthly_report,
    ),
    Layout(
        "us_taxidermy_diorama_payment_schedule",
        "US exhibit studio's payment milestone schedule, museum diorama restoration",
        us_taxidermy_diorama_payment_schedule,
    ),
    Layout(
        "in_milk_union_bmc_tm_tracker",
        "Indian consultancy's T&M tracker, milk union chilling centres",
        in_milk_union_bmc_tm_tracker,
    ),
    Layout(
        "dk_folk_high_school_architect_invoices",
        "Danish architect's invoice overview, folk high school dining wing",
        dk_folk_high_school_architect_invoices,
    ),
    Layout(
        "gb_langoustine_hall_cashflow_forecast",
        "Scottish contractor's cash flow forecast, langoustine processing hall",
        gb_langoustine_hall_cashflow_forecast,
    ),
    Layout(
        "vn_outsourcer_open_air_museum_staffing",
        "Vietnamese outsourcer's resource loading plan, open-air museum app",
        vn_outsourcer_open_air_museum_staffing,
    ),
)
