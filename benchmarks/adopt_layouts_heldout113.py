"""The hundred-and-thirteenth held-out batch (round 39): SUPPLIER AND CONSULTANCY REPORTS.

Twelve workbooks a client's project receives from, keeps about or sends to its consultancies,
contractors, integrators, studios, agencies and outsourcers, which the client's PMO adopts
as the project's registers and trackers. Written in round 39 by an engineer who does not
tune adoption (task w121), from imagined real workbooks only: no earlier batch was opened.
Twelve countries; money and dates as each writes them.

Registers:

- ``nz_landslip_tq_log``: a geotechnical consultancy's technical query register for a
  district council's landslip remediation (New Zealand): title block, header row 5
  `TQ No.` | `Date Raised` | `Raised By` | `Subject` | `Query Detail` | `Action With` |
  `Response Due` | `Response Summary` | `Status` | `Date Closed`; dd/mm/yyyy text dates;
  statuses Open / Responded / Closed.
- ``pl_trolleybus_risk_extract``: a systems integrator's risk extract for a trolleybus
  depot's charging system (Poland): `Lp.` | `Nr ryzyka` | `Opis ryzyka` | `Kategoria` |
  `Właściciel` | `P (1-5)` | `W (1-5)` | `P×W` | `Działania zaradcze` | `Termin realizacji`
  | `Status`; dd.mm.yyyy text; Otwarte / Monitorowane / Zamknięte.
- ``za_weighbridge_snag_list``: a building contractor's snag list for a scrap-metal
  recycler's weighbridge office (South Africa): `Item` | `Location` | `Defect Description` |
  `Trade` | `Responsible` (subcontracting firms) | `Logged` | `To Be Fixed By` | `Status` |
  `Signed Off`; date cells shown yyyy/mm/dd; Open / Fixed / Closed; a count line below.
- ``cl_ropes_park_decision_log``: an architecture studio's log of agreements reached at
  site meetings for an adventure park's ropes course (Chile): `Acuerdo` (AC-01) | `Minuta`
  (RC N° 7) | `Tema tratado y acuerdo` | `Aprueba` | `Costo adicional` (`$ 4.500.000` or
  `-`) | `Días de plazo` | `Fecha acuerdo` (dd-mm-yyyy text) |
  `Observaciones / justificación`.
- ``se_optician_client_dependencies``: a software studio's list of what it needs from the
  client, an opticians' chain (Sweden): `Nr` | `Beroende` | `Vad vi behöver` |
  `Ansvarig kund` | `Kontakt studio` | `Behövs senast` | `Utlovat` | `Status` |
  `Kommentar`; ISO text dates, some promised dates as week numbers (`v. 14`);
  Öppen / Levererad / Försenad / Pågår.
- ``in_prosthetics_proposal_assumptions``: an outsourcer's proposal annexure of assumptions
  for a limb-fitting centre's patient app (India): section rows `A. Scope` .. between the
  items, `Sl. No.` 1.1 .. | `Assumption` | `Impact if assumption does not hold` |
  `Responsibility` (Client / Vendor) | `Validated (Y/N)` | `Validated on` | `Remarks`.

Trackers:

- ``jp_wedding_hall_monthly_report``: a systems integrator's monthly report to a wedding-hall
  operator (Japan): label cells `案件名`, `報告日` (date cell), `PM`, `全体状況` (緑/黄/赤),
  then from column B the milestone table `項目` | `当初予定` | `前回報告` | `今回見込` |
  `完了` | `判定` | `コメント`; `2026/4/15` text dates; marks 済 / ○ / △ / × explained in
  the line above the header.
- ``de_amber_museum_payment_plan``: an exhibition-design office's payment plan (Germany):
  `Rate` | `Leistungsstand / Meilenstein` | `vertragl. Termin` | `voraussichtl. Termin` |
  `abgenommen am` | `Anteil` | `Betrag netto` | `Status`; dd.mm.yyyy text, `12.345,00 €`
  text, a `Summe` row; offen / in Prüfung / abgenommen / bezahlt.
- ``au_snow_grooming_tm_tracker``: a consultancy's T&M fee tracker for an alpine resort's
  snow-grooming fleet telematics (Australia): one row per month and work package,
  `Month` (`Jun-26` text) | `Work package` | `Approved budget` | `Hours` | `Billed` |
  `Forecast` | `Invoice #` | `Comment`; currency cells; `All amounts AUD excl. GST`.
- ``br_guarana_invoice_log``: a client's log of suppliers' invoices for a guaraná bottler's
  filling-line upgrade (Brazil): `Fornecedor` | `CNPJ` | `Nº NF` | `Data emissão` |
  `Mês ref.` (`03/2026`) | `Valor NF` | `ISS retido` | `Status pagamento` | `Obs.`;
  `R$ 12.345,67` text; one invoice per supplier and month.
- ``mx_talavera_cash_flow``: a contractor's projected cash flow for a talavera pottery's
  kiln hall (Mexico): `Concepto` then `ene-26` .. text months and `Total`; `Total mensual`
  and `Acumulado` rows; peso cells.
- ``ke_boda_staffing_plan``: a consultancy's input schedule of experts for a boda boda
  riders' micro-insurance platform (Kenya): `Position` | `Name` | `Category` | `Mar-26` ..
  person-days | `Total days`; a `Total` row.

Least-sure readings (no value fact on them; where a column is mapped, the reading is said):
the TQ `Responded` status (answered, not yet closed: Resolved or still Open), the TQ,
risk, agreement and dependency numbers (`TQ-014`, `RZ-07`, `AC-01`, `KB-03`: mapped as each
register's ID; the audit gave the last three id facts, see below); the Polish `P×W` (typed P times W: the score or left out, no fact,
as the audits rule a typed score), Polish categories `Organizacyjne` and `Dostawcy` (no fact; `Techniczne`,
`Harmonogram`, `Finansowe`, `Formalno-prawne` as Technical, Schedule, Financial, Legal);
the snag `Fixed` status (fixed, not signed off); the snag `Item` numbers (row numbers, no
id); the Chilean `Minuta` (the meeting's reference), `Costo adicional` and `Días de plazo` left
out, `Aprueba` as made by (who approved the agreement);
the Swedish week-number promises (`v. 14`, no date), `Pågår` (in progress, no dependency
status), and the direction of every client dependency (the client delivers to the studio:
not stated on the sheet, no fact); the Indian `Responsibility` read as owner (a party, not a
person: no owner fact), `Validated (Y/N)` `N` (not yet validated or found false: no fact;
`Y` is Validated), `Validated on` left out; the Japanese `PM` (the integrator's own project
manager, not the client's: no fact), `黄` as Amber (the signal colours
緑 / 黄 / 赤 of a 信号 status, taken as RAG), `前回報告` (last month's forecast) and `コメント`
left out, the mark `○` (on plan: In Progress or Not Started, no fact), `△` as At Risk and
`×` as Late (the legend above the table says so), `済` as Complete; the German `offen` and
`in Prüfung` (no milestone status), `abgenommen` and `bezahlt` as Complete; the Australian
`Hours` left out, `Jun-26` as June 2026; the Brazilian `Valor NF` (gross, before `ISS retido`) as the
month's actual of that supplier, `Mês ref.` as the month (not `Data emissão`), BRL and MXN not on the currency list
(no currency fact); the Mexican `Total mensual` / `Acumulado` rows (no cost line); the
Kenyan staffing plan's person-months (a count of its day cells, no value facts: which order
adoption gives the lines is not the sheet's to say, as the audits counted resource plans),
`Category` left out.

Audited in round 39 (task a125; docs/adopt.md, "Round 39: the hundred-and-thirteenth batch's
truth audited"): the register's own codes are ids in the standard's form (the Polish `RZ-10`
R-010, ryzyko; the Chilean `AC-01` DC-001, acuerdo; the Swedish `KB-01` D-001,
kundberoende), as the lead's `RSK-01` ruling and the audits' `H01` / `UP-01` read a
register's own word's letters; the TQ numbers and snag items keep no id; the Indian `Sl. No.`
is `("id", None)` (a serial number column, no id value); the TQ register's `updated` date is
after its last `Date Closed` (it was before one at seed 2026) and its closed dates keep
their facts at every seed (the table's `Date Raised` shows the day-first order); an
agreement whose rationale names a saving shows no added cost (`-`).
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
    _after,
    _cols,
    _days,
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.worksheet.worksheet import Worksheet

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

_NZ_PEOPLE = ["Hemi Walker", "Aroha Ngata", "Ben Thompson", "Sophie Clarke", "Rawiri Paki"]
_NZ_SUBJECTS = [
    ("Borehole BH-07 refusal depth", "Refusal at 4.2 m, shallower than design. Confirm pile toe."),
    ("Soil nail grout volume", "Grout take exceeds estimate at nails N12-N18. Accept or redrill?"),
    ("Piezometer readings", "Groundwater up 0.6 m after rain. Revise drainage design?"),
    ("Gabion basket fill grade", "Quarry cannot supply 100-200 mm. Is 75-150 mm acceptable?"),
    ("Traffic management at CH 340", "Stop/go needed longer than the TMP allows. Confirm hours."),
    ("Retaining wall drainage outlet", "Outlet discharges onto private land. Relocate?"),
    ("Shear key excavation", "Rock found 1 m higher than logged. Reduce key depth?"),
    ("Survey pegs disturbed", "Pegs at slip crest moved. Re-survey before next pour?"),
]


def nz_landslip_tq_log(folder: Path, rng: random.Random) -> Built:
    """A geotechnical consultancy's technical query register (New Zealand)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "TQ Register")
    n = rng.randint(5, 8)
    raised = _days(rng, n, date(2026, 2, 2))
    lag = rng.randint(3, 9)
    ws["A1"] = "Wairere Road Landslip Remediation - Technical Query Register"
    ws["A2"] = "Client: Te Awa District Council   |   Geotechnical: Kotare Ground Engineering Ltd"
    rev = rng.choice("BCDE")
    header = [
        "TQ No.",
        "Date Raised",
        "Raised By",
        "Subject",
        "Query Detail",
        "Action With",
        "Response Due",
        "Response Summary",
        "Status",
        "Date Closed",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        "id",
        "raised_date",
        None,
        "title",
        "description",
        "owner",
        "due_date",
        "resolution",
        "status",
        "closed_date",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    subjects = rng.sample(_NZ_SUBJECTS, n)
    first = rng.randint(3, 20)
    dues = _after(rng, raised, 5, 14)
    closed_days: list[date] = []
    for i in range(n):
        title, detail = subjects[i]
        due = dues[i]
        status = rng.choice(["Open", "Responded", "Closed", "Closed"])
        owner = rng.choice(_NZ_PEOPLE)
        answer = (
            ""
            if status == "Open"
            else rng.choice(
                ["Accepted as proposed.", "Revise per SK-12 attached.", "Hold - site visit booked."]
            )
        )
        closed = due - timedelta(days=rng.randint(0, 3)) if status == "Closed" else None
        rows.append(
            [
                f"TQ-{first + i:03d}",
                _dmy(raised[i]),
                rng.choice(["Site (Downer)", "J. Hayes", "M. Tuhoe"]),
                title,
                detail,
                owner,
                _dmy(due),
                answer or None,
                status,
                _dmy(closed) if closed else None,
            ]
        )
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "description", detail),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
        ]
        values.append(ValueFact("issues", i, "due_date", due))
        if status in ("Open", "Closed"):
            values.append(ValueFact("issues", i, "status", status))
        if answer:
            values.append(ValueFact("issues", i, "resolution", answer))
        if closed:
            closed_days.append(closed)
            values.append(ValueFact("issues", i, "closed_date", closed))
    # round 39's audit: the register is updated after its last closure (it read `updated`
    # before a `Date Closed` at seed 2026); the closed dates keep their facts, as the table's
    # `Date Raised` column shows the day-first order
    updated = max([*raised, *closed_days]) + timedelta(days=lag)
    ws["A3"] = f"Rev {rev} - updated {_dmy(updated)}"
    _put(ws, 5, 1, rows)
    path = _save(wb, folder, "nz_landslip_tq_log")
    return Built(path, [_one("issues", "TQ Register", 5, _cols("A", targets), n)], values)


_PL_RISKS = [
    ("Opóźnienie dostawy stacji ładowania z fabryki", "Harmonogram", "Schedule"),
    ("Niezgodność protokołu OCPP z systemem zajezdni", "Techniczne", "Technical"),
    ("Wzrost cen miedzi powyżej rezerwy w budżecie", "Finansowe", "Financial"),
    ("Brak decyzji środowiskowej dla przyłącza", "Formalno-prawne", "Legal"),
    ("Rotacja kierownika robót elektrycznych", "Organizacyjne", None),
    ("Podwykonawca kabli może nie utrzymać terminu", "Dostawcy", None),
    ("Przeciążenie sieci trakcyjnej przy ładowaniu nocnym", "Techniczne", "Technical"),
    ("Kolizja prac z rozkładem jazdy linii 21", "Harmonogram", "Schedule"),
]
_PL_PEOPLE = ["Tomasz Wiśniewski", "Anna Kowalczyk", "Paweł Zieliński", "Katarzyna Lewandowska"]
_PL_STATUS = {"Otwarte": "Open", "Monitorowane": "Monitoring", "Zamknięte": "Closed"}


def pl_trolleybus_risk_extract(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's risk extract for a trolleybus depot (Poland)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rejestr ryzyk")
    n = rng.randint(5, 8)
    as_of = date(2026, rng.randint(2, 5), rng.randint(13, 27))
    ws["A1"] = "Wyciąg z rejestru ryzyk Wykonawcy - Zajezdnia trolejbusowa, system ładowania"
    ws["A2"] = f"Stan na: {as_of.day:02d}.{as_of.month:02d}.{as_of.year}"
    header = [
        "Lp.",
        "Nr ryzyka",
        "Opis ryzyka",
        "Kategoria",
        "Właściciel",
        "P (1-5)",
        "W (1-5)",
        "P×W",
        "Działania zaradcze",
        "Termin realizacji",
        "Status",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        None,
        "id",
        "title",
        "category",
        "owner",
        "probability",
        "impact",
        ("score", None),
        "response",
        "due_date",
        "status",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    picks = rng.sample(_PL_RISKS, n)
    dues = _days(rng, n, as_of)
    nums = sorted(rng.sample(range(1, 40), n))
    for i, (title, kat, cat) in enumerate(picks):
        p, w = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(_PL_PEOPLE)
        status = rng.choice(list(_PL_STATUS))
        action = rng.choice(
            ["Cotygodniowy monitoring z dostawcą", "Rezerwa czasowa 2 tyg.", "Aneks do umowy"]
        )
        rows.append(
            [
                i + 1,
                f"RZ-{nums[i]:02d}",
                title,
                kat,
                owner,
                p,
                w,
                p * w,
                action,
                f"{dues[i].day:02d}.{dues[i].month:02d}.{dues[i].year}",
                status,
            ]
        )
        values += [
            # round 39's audit: `RZ` is ryzyko's letters, the register's own prefix: R-0nn
            ValueFact("risks", i, "id", f"R-{nums[i]:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(w)),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "due_date", dues[i]),
            ValueFact("risks", i, "status", _PL_STATUS[status]),
        ]
        if cat:
            values.append(ValueFact("risks", i, "category", cat))
    _put(ws, 4, 1, rows)
    path = _save(wb, folder, "pl_trolleybus_risk_extract")
    return Built(path, [_one("risks", "Rejestr ryzyk", 4, _cols("A", targets), n)], values)


_ZA_SNAGS = [
    ("Reception", "Skirting loose behind counter", "Carpentry"),
    ("Weighbridge office", "Window latch does not close", "Glazing"),
    ("Ablutions", "Basin mixer dripping", "Plumbing"),
    ("Yard canopy", "Two downlights not working", "Electrical"),
    ("Weighbridge office", "Paint overrun on ceiling cornice", "Painting"),
    ("Store", "Roller door motor noisy", "Steelwork"),
    ("Ablutions", "Floor tile cracked at drain", "Tiling"),
    ("Yard canopy", "Gutter joint leaking at column C4", "Roofing"),
    ("Reception", "DB board labels missing", "Electrical"),
]
_ZA_FIRMS = {
    "Carpentry": "Khumalo Joinery cc",
    "Glazing": "Cape Aluglass",
    "Plumbing": "Pillay Plumbing",
    "Electrical": "Volt-Tech Electrical cc",
    "Painting": "Mthembu Build (own staff)",
    "Steelwork": "Ridge Steel Doors",
    "Tiling": "Mthembu Build (own staff)",
    "Roofing": "Boland Roofing",
}


def za_weighbridge_snag_list(folder: Path, rng: random.Random) -> Built:
    """A building contractor's snag list for a weighbridge office (South Africa)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Snags")
    n = rng.randint(6, 9)
    inspected = date(2026, rng.randint(3, 6), rng.randint(1, 26))
    ws["A1"] = "SNAG LIST - Weighbridge Office & Yard Canopy"
    ws["A2"] = "Contractor: Mthembu Build (Pty) Ltd     Client: Ridgeback Scrap Metal Recyclers"
    ws["A3"] = f"Practical completion inspection: {inspected.strftime('%Y/%m/%d')}"
    header = [
        "Item",
        "Location",
        "Defect Description",
        "Trade",
        "Responsible",
        "Logged",
        "To Be Fixed By",
        "Status",
        "Signed Off",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        # round 40's lead ruling (t50b): the snag `Item` numbers (plain row numbers) are the
        # id or left out, with no id value (the standing ruling on plain row numbers)
        ("id", None),
        None,
        "title",
        None,
        "owner",
        "raised_date",
        "due_date",
        "status",
        "closed_date",
    ]
    _put(ws, 5, 1, [header])
    values: list[ValueFact] = []
    snags = rng.sample(_ZA_SNAGS, n)
    n_open = 0
    for i, (where, defect, trade) in enumerate(snags):
        logged = inspected + timedelta(days=rng.choice([0, 0, 0, 7]))
        fix_by = logged + timedelta(days=rng.choice([7, 10, 14]))
        status = rng.choice(["Open", "Fixed", "Closed", "Closed"])
        signed = fix_by - timedelta(days=rng.randint(0, 4)) if status == "Closed" else None
        n_open += status != "Closed"
        firm = _ZA_FIRMS[trade]
        row = 6 + i
        _put(ws, row, 1, [[i + 1, where, defect, trade, firm, None, None, status]])
        for col, d in ((6, logged), (7, fix_by), (9, signed)):
            if d is not None:
                cell = ws.cell(row, col, datetime(d.year, d.month, d.day))
                cell.number_format = "yyyy/mm/dd"
        values += [
            ValueFact("issues", i, "title", defect),
            ValueFact("issues", i, "owner", firm),
            ValueFact("issues", i, "raised_date", logged),
            ValueFact("issues", i, "due_date", fix_by),
        ]
        if status != "Fixed":
            values.append(ValueFact("issues", i, "status", status))
        if signed:
            values.append(ValueFact("issues", i, "closed_date", signed))
    ws.cell(7 + n, 1, f"Total snags: {n}     Outstanding: {n_open}")
    path = _save(wb, folder, "za_weighbridge_snag_list")
    return Built(path, [_one("issues", "Snags", 5, _cols("A", targets), n)], values)


_CL_DECISIONS = [
    (
        "Seguridad",
        "Se adopta línea de vida continua en todo el circuito alto",
        "Norma EN 15567 y menor tiempo de instrucción",
    ),
    (
        "Estructura",
        "Postes de pino impregnado en vez de acero",
        "Ahorro de $ 18.500.000 y mejor integración al paisaje",
    ),
    (
        "Paisajismo",
        "Se conservan los tres quillayes del sector B",
        "Compromiso con CONAF y sombra natural para la espera",
    ),
    (
        "Accesos",
        "Estacionamiento de ripio, sin pavimento",
        "Permiso municipal más simple; costo $ 6.200.000 menor",
    ),
    (
        "Operación",
        "Boletería en contenedor reacondicionado",
        "Plazo de obra; se traslada en temporada baja",
    ),
    (
        "Estructura",
        "Plataformas a 8 m máximo en el circuito infantil",
        "Recomendación del asesor de seguridad",
    ),
    (
        "Instalaciones",
        "Baños con planta de tratamiento compacta",
        "No hay alcantarillado en el predio",
    ),
]
_CL_WHO = ["Comité de obra", "Francisca Soto (mandante)", "Ignacio Rojas", "Directorio"]


def cl_ropes_park_decision_log(folder: Path, rng: random.Random) -> Built:
    """An architecture studio's log of agreements reached at site meetings (Chile)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Acuerdos")
    n = rng.randint(4, 7)
    ws["A1"] = "Bitácora de acuerdos - Parque de aventura, circuito de cuerdas (Cajón del Maipo)"
    ws["A2"] = "Estudio: Arquitectura Lenga SpA - Mandante: Aventura Andina Ltda."
    ws["A3"] = "Acuerdos tomados en reuniones de coordinación con el mandante"
    header = [
        "Acuerdo",
        "Minuta",
        "Tema tratado y acuerdo",
        "Aprueba",
        "Costo adicional",
        "Días de plazo",
        "Fecha acuerdo",
        "Observaciones / justificación",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        "id",
        None,
        "decision",
        "made_by",
        None,
        None,
        "date",
        "rationale",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    dates = _days(rng, n, date(2026, 1, 12))
    picks = rng.sample(_CL_DECISIONS, n)
    meeting = rng.randint(4, 9)
    for i, (_topic, decision, why) in enumerate(picks):
        who = rng.choice(_CL_WHO)
        if i and dates[i] != dates[i - 1]:
            meeting += 1
        cost = rng.choice(["-", "-", f"$ {rng.randrange(1, 40) * 250_000:,}".replace(",", ".")])
        if why.startswith("Ahorro") or "menor" in why:
            cost = "-"  # round 39's audit: a saving in the rationale never beside an added cost
        rows.append(
            [
                f"AC-{i + 1:02d}",
                f"RC N° {meeting}",
                decision,
                who,
                cost,
                rng.choice([0, 0, 5, 10]),
                _dmy(dates[i], "-"),
                why,
            ]
        )
        values += [
            # round 39's audit: `AC` is acuerdo's letters, the log's own word: DC-0nn
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", dates[i]),
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    _put(ws, 5, 1, rows)
    path = _save(wb, folder, "cl_ropes_park_decision_log")
    return Built(path, [_one("decisions", "Acuerdos", 5, _cols("A", targets), n)], values)


_SE_DEPS = [
    ("Testmiljö för kassasystemet", "Åtkomst till testmiljö med anonymiserade kunder"),
    ("Varumärkesmanual", "Logotyp, färger och typsnitt i original"),
    ("API-nyckel bokningssystem", "Produktionsnyckel och dokumentation för bokning"),
    ("Butiksdata", "Lista över butiker med öppettider och synundersökningsrum"),
    ("Juridisk granskning", "Godkänd integritetspolicy och villkor för appen"),
    ("App Store-konto", "Inbjudan till kundens utvecklarkonto hos Apple och Google"),
    ("Testpersoner", "Tio kunder som kan testa appen i butik"),
]
_SE_CLIENT = ["Maria Lindqvist", "Johan Berg", "Sara Nyström", "Erik Holm"]
_SE_STUDIO = ["Linnea Åberg", "Oskar Sjöberg"]
_SE_STATUS = {"Öppen": "Open", "Levererad": "Delivered", "Försenad": "Late", "Pågår": None}


def se_optician_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """A software studio's list of what it needs from its client (Sweden)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kundberoenden")
    n = rng.randint(4, 7)
    updated = date(2026, rng.randint(2, 4), rng.randint(1, 28))
    ws["A1"] = "Beroenden till kund - Bokningsapp för optikerkedjan Klarsyn"
    ws["A2"] = f"Leverantör: Studio Fjäril AB · Uppdaterad {updated.isoformat()}"
    header = [
        "Nr",
        "Beroende",
        "Vad vi behöver",
        "Ansvarig kund",
        "Kontakt studio",
        "Behövs senast",
        "Utlovat",
        "Status",
        "Kommentar",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        "id",
        "title",
        "deliverable",
        "owner",
        "counterparty_owner",
        "need_by",
        "committed_date",
        "status",
        None,
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    picks = rng.sample(_SE_DEPS, n)
    need = _days(rng, n, updated)
    for i, (title, what) in enumerate(picks):
        owner = rng.choice(_SE_CLIENT)
        contact = rng.choice(_SE_STUDIO)
        status = rng.choice(list(_SE_STATUS))
        promised: date | None = need[i] + timedelta(days=rng.randint(-5, 10))
        shown: object = promised.isoformat() if promised else None
        if rng.random() < 0.25:
            shown = f"v. {promised.isocalendar()[1]}" if promised else None
            promised = None
        rows.append(
            [
                f"KB-{i + 1:02d}",
                title,
                what,
                owner,
                contact,
                need[i].isoformat(),
                shown,
                status,
                rng.choice([None, "Påminnelse skickad", "Se mejl 3/2"]),
            ]
        )
        values += [
            # round 39's audit: `KB` is kundberoende's letters, the list's own word: D-0nn
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "deliverable", what),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", contact),
            ValueFact("dependencies", i, "need_by", need[i]),
        ]
        if promised:
            values.append(ValueFact("dependencies", i, "committed_date", promised))
        if _SE_STATUS[status]:
            values.append(ValueFact("dependencies", i, "status", _SE_STATUS[status]))
    _put(ws, 4, 1, rows)
    path = _save(wb, folder, "se_optician_client_dependencies")
    return Built(path, [_one("dependencies", "Kundberoenden", 4, _cols("A", targets), n)], values)


_IN_SECTIONS = {
    "A. Scope": [
        ("App supports English and Hindi only in phase 1", "Additional languages via CR"),
        ("Patient records migrated from one Excel master only", "Effort estimate to be revised"),
        ("Tele-consult video uses client's existing Zoom licence", "Licence cost to client"),
    ],
    "B. Infrastructure": [
        ("Hosting on client's AWS Mumbai account", "Cloud charges re-quoted"),
        ("Client provides 4 Android test devices at Jaipur centre", "Device lab cost extra"),
    ],
    "C. Client responsibilities": [
        (
            "Clinical content signed off by the centre's doctors within 5 working days",
            "Schedule slip, day for day",
        ),
        ("Single point of contact available for UAT in Jaipur", "UAT extended, T&M charges"),
        ("SMS gateway account procured by client", "Go-live on hold"),
    ],
}


def in_prosthetics_proposal_assumptions(folder: Path, rng: random.Random) -> Built:
    """An outsourcer's proposal annexure of assumptions (India)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Annexure C - Assumptions"
    ws["A2"] = "Proposal: Patient Follow-up App for Ashray Limb & Prosthetics Centre, Jaipur"
    ws["A3"] = f"Sankhya Infotech Pvt. Ltd.  |  Ref: SIPL/PR/2026/{rng.randint(100, 199)}"
    header = [
        "Sl. No.",
        "Assumption",
        "Impact if assumption does not hold",
        "Responsibility",
        "Validated (Y/N)",
        "Validated on",
        "Remarks",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        ("id", None),  # round 39's audit: `Sl. No.` 1.1 .. a serial number, no id value
        "assumption",
        "impact_if_false",
        "owner",
        "status",
        None,
        None,
    ]
    _put(ws, 5, 1, [header])
    values: list[ValueFact] = []
    row, k = 6, 0
    for s, (section, items) in enumerate(_IN_SECTIONS.items()):
        keep = [it for it in items if rng.random() < 0.8] or items[:1]
        ws.cell(row, 1, section)
        row += 1
        for j, (text, impact) in enumerate(keep):
            who = rng.choice(["Client", "Vendor", "Client / Vendor"])
            yn = rng.choice(["Y", "N", "N"])
            on = date(2026, 2, rng.randint(2, 27)) if yn == "Y" else None
            _put(
                ws,
                row,
                1,
                [
                    [
                        f"{s + 1}.{j + 1}",
                        text,
                        impact,
                        who,
                        yn,
                        f"{on.day:02d}-{on.month:02d}-{on.year}" if on else None,
                        rng.choice([None, "Confirmed in kick-off", "To discuss"]),
                    ]
                ],
            )
            values += [
                ValueFact("assumptions", k, "assumption", text),
                ValueFact("assumptions", k, "impact_if_false", impact),
            ]
            if yn == "Y":
                values.append(ValueFact("assumptions", k, "status", "Validated"))
            row += 1
            k += 1
    path = _save(wb, folder, "in_prosthetics_proposal_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 5, _cols("A", targets), k)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

_JP_MILESTONES = [
    "要件定義完了",
    "基本設計承認",
    "予約サイト結合テスト完了",
    "会場端末設置",
    "総合テスト完了",
    "スタッフ研修",
    "本番稼働",
]
_JP_PEOPLE = ["佐藤 健一", "鈴木 美穂", "高橋 大輔", "田中 彩"]
_JP_MARK = {"済": "Complete", "△": "At Risk", "×": "Late"}
_JP_RAG = {"緑": "Green", "黄": "Amber", "赤": "Red"}


def _date_cell(ws: Worksheet, row: int, col: int, d: date) -> None:
    cell = ws.cell(row, col, datetime(d.year, d.month, d.day))
    cell.number_format = "yyyy/mm/dd"


def jp_wedding_hall_monthly_report(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's monthly report to a wedding-hall operator (Japan)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "月次報告")
    month = rng.randint(3, 6)
    report = date(2026, month, rng.randint(25, 30))
    pm = rng.choice(_JP_PEOPLE)
    rag = rng.choice(list(_JP_RAG))
    ws["A1"] = f"月次進捗報告書（2026年{month}月度）"
    _put(
        ws,
        3,
        1,
        [
            ["案件名", "婚礼予約管理システム刷新"],
            ["お客様", "株式会社ブライトチャペル"],
            ["報告日", None],
            ["PM", pm],
            ["全体状況", rag],
        ],
    )
    _date_cell(ws, 5, 2, report)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "婚礼予約管理システム刷新"),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", _JP_RAG[rag]),
    ]
    ws["A9"] = "■ 主要マイルストーン（判定　済：完了　○：予定通り　△：要注意　×：遅延）"
    header = ["項目", "当初予定", "前回報告", "今回見込", "完了", "判定", "コメント"]
    targets: list[str | tuple[str, ...] | None] = [
        "milestone",
        "baseline_date",
        None,
        "forecast_date",
        "actual_date",
        "status",
        None,
    ]
    _put(ws, 10, 2, [header])
    n = rng.randint(5, 7)
    plan = sorted(date(2026, 1, 15) + timedelta(days=rng.randint(0, 240)) for _ in range(n))

    def ymd(d: date) -> str:
        return f"{d.year}/{d.month}/{d.day}"

    for i in range(n):
        name = _JP_MILESTONES[i]
        before = plan[i] + timedelta(days=rng.choice([0, 0, 7]))
        fc = before + timedelta(days=rng.choice([0, 0, 7]))
        mark = "済" if fc < report else rng.choice(["○", "○", "△", "×"])
        note = {"△": "顧客確認待ち", "×": "会場端末の納期遅れ"}.get(mark)
        done = ymd(fc) if mark == "済" else None
        _put(ws, 11 + i, 2, [[name, ymd(plan[i]), ymd(before), ymd(fc), done, mark, note]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if mark in _JP_MARK:
            values.append(ValueFact("milestones", i, "status", _JP_MARK[mark]))
        if done:
            values.append(ValueFact("milestones", i, "actual_date", fc))
    path = _save(wb, folder, "jp_wedding_hall_monthly_report")
    return Built(path, [_one("milestones", "月次報告", 10, _cols("B", targets), n)], values)


_DE_RATES = [
    "Vorentwurf (LPH 2) übergeben",
    "Entwurf und Kostenberechnung (LPH 3)",
    "Ausführungsplanung Vitrinen (LPH 5)",
    "Vergabe Ausstellungsbau (LPH 7)",
    "Montage Medienstationen abgeschlossen",
    "Eröffnung / Übergabe",
    "Dokumentation und Schlussrechnung",
]
_DE_STATUS = {"bezahlt": "Complete", "abgenommen": "Complete", "in Prüfung": None, "offen": None}


def _de_money(x: float) -> str:
    return f"{x:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")


def de_amber_museum_payment_plan(folder: Path, rng: random.Random) -> Built:
    """An exhibition-design office's payment plan (Germany)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Zahlungsplan")
    ws["A1"] = "Zahlungsplan gem. § 5 Planungsvertrag"
    ws["A2"] = "Projekt: Neugestaltung der Dauerausstellung, Bernsteinmuseum"
    ws["A3"] = "Auftragnehmer: Büro Hinrichs Ausstellungsplanung GmbH"
    header = [
        "Rate",
        "Leistungsstand / Meilenstein",
        "vertragl. Termin",
        "voraussichtl. Termin",
        "abgenommen am",
        "Anteil",
        "Betrag netto",
        "Status",
    ]
    targets: list[str | tuple[str, ...] | None] = [
        None,
        "milestone",
        "baseline_date",
        "forecast_date",
        "actual_date",
        None,
        None,
        "status",
    ]
    n = rng.randint(5, 7)
    fee = float(rng.randrange(180, 420) * 1000)
    shares = [rng.choice([10, 15]) for _ in range(n - 1)]
    shares.append(100 - sum(shares))
    contract = _days(rng, n, date(2026, 1, 20))
    done = rng.randint(1, n - 2)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    fmt = "{0.day:02d}.{0.month:02d}.{0.year}"
    for i in range(n):
        fc = contract[i] + timedelta(days=rng.choice([0, 0, 14, 21]))
        if i < done:
            status = rng.choice(["bezahlt", "abgenommen"])
            actual: date | None = fc
        else:
            status = "in Prüfung" if i == done else "offen"
            actual = None
        rows.append(
            [
                f"{i + 1}. AZ" if i < n - 1 else "SR",
                _DE_RATES[i] if i < n - 1 else _DE_RATES[-1],
                fmt.format(contract[i]),
                fmt.format(fc),
                fmt.format(actual) if actual else None,
                f"{shares[i]} %",
                _de_money(fee * shares[i] / 100),
                status,
            ]
        )
        name = _DE_RATES[i] if i < n - 1 else _DE_RATES[-1]
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", contract[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if _DE_STATUS[status]:
            values.append(ValueFact("milestones", i, "status", _DE_STATUS[status]))
    rows.append(
        [
            None,
            "Summe",
            None,
            None,
            None,
            f"{sum(shares)} %",
            _de_money(fee * sum(shares) / 100),
            None,
        ]
    )
    _put(ws, 5, 1, rows)
    path = _save(wb, folder, "de_amber_museum_payment_plan")
    return Built(path, [_one("milestones", "Zahlungsplan", 5, _cols("A", targets), n)], values)


_AU_WPS = ["WP1 Discovery", "WP2 Telematics integration", "WP3 Dashboard build", "WP4 Training"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def au_snow_grooming_tm_tracker(folder: Path, rng: random.Random) -> Built:
    """A consultancy's T&M fee tracker, one row per month and work package (Australia)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "T&M Tracker")
    ws["A1"] = "Grooming fleet telematics - consultancy fees (T&M)"
    ws["A2"] = "All amounts AUD excl. GST"
    header = [
        "Month",
        "Work package",
        "Approved budget",
        "Hours",
        "Billed",
        "Forecast",
        "Invoice #",
        "Comment",
    ]
    targets: Targets = {
        "A": "month",
        "B": "cost_line",
        "C": "budget",
        "D": None,
        "E": "actual",
        "F": "forecast",
        "G": None,
        "H": "notes",
    }
    _put(ws, 4, 1, [header])
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(4, 6), 1), nm)
    billed_upto = rng.randint(1, nm - 1)
    wps = rng.sample(_AU_WPS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    row = 5
    inv = rng.randint(2040, 2090)
    for m, month in enumerate(months):
        label = f"{_MON[month.month - 1]}-{month.year % 100:02d}"
        for wp in wps:
            budget = float(rng.randrange(8, 40) * 500)
            cells: list[object] = [label, wp, budget, None, None, None, None, None]
            key = (month, wp)
            values.append(ValueFact("finance", key, "budget", budget))
            if m < billed_upto:
                hours = rng.randrange(10, 80)
                billed = float(hours * 185)
                cells[3], cells[4], cells[6] = hours, billed, f"INV-{inv}"
                inv += 1
                values.append(ValueFact("finance", key, "actual", billed))
            else:
                fc = float(rng.randrange(8, 40) * 500)
                cells[5] = fc
                values.append(ValueFact("finance", key, "forecast", fc))
            if rng.random() < 0.2:
                note = rng.choice(["Site visit Thredbo", "Rate per SOW #2", "Incl. travel"])
                cells[7] = note
                values.append(ValueFact("finance", key, "notes", note))
            _put(ws, row, 1, [cells])
            for c in (3, 5, 6):
                ws.cell(row, c).number_format = '"$"#,##0.00'
            row += 1
    ws.cell(row + 1, 2, "Total")
    path = _save(wb, folder, "au_snow_grooming_tm_tracker")
    return Built(
        path, [TruthTable("T&M Tracker", 4, "finance", targets, {"finance": 3 * nm})], values
    )


_BR_SUPPLIERS = [
    ("Envasa Máquinas Ltda.", "Enchedora rotativa - parcela"),
    ("Tecnofrio Refrigeração", "Chiller e tubulação"),
    ("Automa Sul Integradora", "Programação CLP e supervisório"),
    ("Eletro Amazonas Montagens", "Quadros elétricos e cabeamento"),
    ("Qualilab Análises", "Validação microbiológica"),
]


#: Each supplier's tax number (CNPJ), as the log repeats it on every invoice.
_BR_CNPJ = {
    "Envasa Máquinas Ltda.": "58.762.631/0001-86",
    "Tecnofrio Refrigeração": "60.546.201/0001-50",
    "Automa Sul Integradora": "53.495.421/0001-47",
    "Eletro Amazonas Montagens": "04.318.772/0001-09",
    "Qualilab Análises": "21.907.354/0002-61",
}


def _brl(x: float) -> str:
    return "R$ " + f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def br_guarana_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A client's log of suppliers' invoices (notas fiscais) for a bottling line (Brazil)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "NFs recebidas")
    ws["A1"] = "Notas fiscais recebidas - Modernização da linha de envase (guaraná)"
    ws["A2"] = "Lançar por fornecedor; mês ref. = competência do serviço / entrega"
    header = [
        "Fornecedor",
        "CNPJ",
        "Nº NF",
        "Data emissão",
        "Mês ref.",
        "Valor NF",
        "ISS retido",
        "Status pagamento",
        "Obs.",
    ]
    targets: Targets = {
        "A": "cost_line",
        "B": None,
        "C": None,
        "D": None,
        "E": "month",
        "F": "actual",
        "G": None,
        "H": None,
        "I": "notes",
    }
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    nm = rng.randint(3, 4)
    months = _months(date(2026, rng.randint(1, 4), 1), nm)
    seen = 0
    for month in months:
        for supplier, what in rng.sample(_BR_SUPPLIERS, rng.randint(2, 4)):
            gross = round(rng.randrange(4_000, 180_000) + rng.randrange(100) / 100, 2)
            issued = month + timedelta(days=rng.randint(0, 26))
            note = what if rng.random() < 0.5 else None
            rows.append(
                [
                    supplier,
                    _BR_CNPJ[supplier],
                    f"{rng.randint(1000, 99999):06d}",
                    _dmy(issued),
                    f"{month.month:02d}/{month.year}",
                    _brl(gross),
                    _brl(round(gross * 0.05, 2)) if rng.random() < 0.3 else "-",
                    rng.choice(["Pago", "A vencer", "Pago", "Em aprovação"]),
                    note,
                ]
            )
            values.append(ValueFact("finance", (month, supplier), "actual", gross))
            if note:
                values.append(ValueFact("finance", (month, supplier), "notes", note))
            seen += 1
    _put(ws, 4, 1, rows)
    path = _save(wb, folder, "br_guarana_invoice_log")
    return Built(
        path, [TruthTable("NFs recebidas", 4, "finance", targets, {"finance": seen})], values
    )


_MX_LINES = [
    "Preliminares y trazo",
    "Cimentación",
    "Estructura metálica",
    "Cubierta y lámina",
    "Instalación eléctrica y gas",
    "Suministro de hornos",
    "Acabados y pisos",
]
_MX_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def mx_talavera_cash_flow(folder: Path, rng: random.Random) -> Built:
    """A contractor's projected cash flow by concept, months across (Mexico)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Flujo")
    ws["A1"] = "Flujo de efectivo proyectado - Nave de hornos, Taller de Talavera"
    ws["A2"] = "Constructora: Edificaciones Cholula S.A. de C.V."
    ws["A3"] = "Cifras en pesos, IVA incluido"
    nm = rng.randint(5, 7)
    months = _months(date(2026, rng.randint(1, 3), 1), nm)
    labels = [f"{_MX_MON[m.month - 1]}-{m.year % 100:02d}" for m in months]
    _put(ws, 5, 1, [["Concepto", *labels, "Total"]])
    lines = rng.sample(_MX_LINES, rng.randint(4, 6))
    values: list[ValueFact] = []
    totals = [0.0] * nm
    for r, line in enumerate(lines):
        amounts = [float(rng.randrange(20, 900) * 1000) for _ in months]
        _put(ws, 6 + r, 1, [[line, *amounts, sum(amounts)]])
        for m, amount in enumerate(amounts):
            totals[m] += amount
            values.append(ValueFact("finance", (months[m], line), "forecast", amount))
            ws.cell(6 + r, 2 + m).number_format = '"$"#,##0'
    last = 6 + len(lines)
    running, acc = 0.0, []
    for t in totals:
        running += t
        acc.append(running)
    _put(ws, last, 1, [["Total mensual", *totals, sum(totals)], ["Acumulado", *acc]])
    path = _save(wb, folder, "mx_talavera_cash_flow")
    return Built(
        path,
        [TruthTable("Flujo", 5, "finance", {"A": "cost_line"}, {"finance": len(lines) * nm})],
        values,
    )


_KE_EXPERTS = [
    ("Team Leader / Insurance Specialist", "Dr. Wanjiru Kamau", "Key"),
    ("Actuary", "Peter Otieno", "Key"),
    ("Mobile Money Integration Lead", "Faith Njeri", "Key"),
    ("SACCO Liaison Officer", "Brian Mwangi", "Non-key"),
    ("Field Survey Coordinator", "Amina Hassan", "Non-key"),
    ("Data Analyst", "Kevin Ochieng", "Non-key"),
]


def ke_boda_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """A consultancy's input schedule of experts in person-days by month (Kenya)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing Plan")
    ws["A1"] = "Key & non-key experts - input schedule (person-days)"
    ws["A2"] = "Assignment: rider welfare & micro-insurance platform for boda boda SACCOs"
    ws["A3"] = "Firm: Savanna Insight Consulting Ltd, Nairobi"
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(2, 5), 1), nm)
    labels = [f"{_MON[m.month - 1]}-{m.year % 100:02d}" for m in months]
    _put(ws, 5, 1, [["Position", "Name", "Category", *labels, "Total days"]])
    experts = rng.sample(_KE_EXPERTS, rng.randint(4, 6))
    k = 0
    col_tot = [0.0] * nm
    for r, (role, person, cat) in enumerate(experts):
        days = [float(rng.randrange(2, 22)) for _ in months]
        _put(ws, 6 + r, 1, [[role, person, cat, *days, sum(days)]])
        for m, d in enumerate(days):
            col_tot[m] += d
            k += 1
    _put(ws, 6 + len(experts), 1, [["Total", None, None, *col_tot, sum(col_tot)]])
    targets: Targets = {"A": "role", "B": "person", "C": None}
    path = _save(wb, folder, "ke_boda_staffing_plan")
    return Built(path, [TruthTable("Staffing Plan", 5, "resources", targets, {"resources": k})], [])


HELD_OUT_113: tuple[Layout, ...] = (
    Layout("nz_landslip_tq_log", "NZ geotechnical technical query register", nz_landslip_tq_log),
    Layout(
        "pl_trolleybus_risk_extract",
        "Polish integrator's risk register extract",
        pl_trolleybus_risk_extract,
    ),
    Layout(
        "za_weighbridge_snag_list", "South African contractor snag list", za_weighbridge_snag_list
    ),
    Layout(
        "cl_ropes_park_decision_log",
        "Chilean architecture studio decision log",
        cl_ropes_park_decision_log,
    ),
    Layout(
        "se_optician_client_dependencies",
        "Swedish software studio's client dependency list",
        se_optician_client_dependencies,
    ),
    Layout(
        "in_prosthetics_proposal_assumptions",
        "Indian outsourcer's proposal assumptions annexure",
        in_prosthetics_proposal_assumptions,
    ),
    Layout(
        "jp_wedding_hall_monthly_report",
        "Japanese integrator's monthly report with milestones",
        jp_wedding_hall_monthly_report,
    ),
    Layout(
        "de_amber_museum_payment_plan",
        "German design office's payment plan",
        de_amber_museum_payment_plan,
    ),
    Layout(
        "au_snow_grooming_tm_tracker",
        "Australian consultancy T&M fee tracker",
        au_snow_grooming_tm_tracker,
    ),
    Layout("br_guarana_invoice_log", "Brazilian supplier invoice log", br_guarana_invoice_log),
    Layout("mx_talavera_cash_flow", "Mexican contractor cash-flow forecast", mx_talavera_cash_flow),
    Layout("ke_boda_staffing_plan", "Kenyan consultancy staffing plan", ke_boda_staffing_plan),
)
