"""The eighty-fifth held-out batch (``HELD_OUT_85``, round 36): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
SUPPLIER AND CONSULTANCY REPORTS from Europe and Oceania: workbooks a client project
receives from (or keeps about, or sends to) its contractors, suppliers, consultancies,
agencies, integrators and studios, which the client's PMO adopts as its own registers and
trackers (a biobank cryostore, a padel hall, a film archive, a kombucha brewery's ERP, a
hydrogen bus depot, a bike share scheme, a sleep clinic, a snowplough fleet's telematics,
a chamber music hall, an e-scooter permit platform, an organ donor registry, a merino wool
scour).

Registers:

- ``ie_biobank_contractor_risks``: an Irish M&E contractor's risk extract for the client's
  biobank cryostore: `Contractor ref` as its own `MEC-R-0412` codes, `Date raised` as
  `dd/mm/yyyy` text, `Risk description`, `Likelihood` / `Impact` H / M / L, `Owner`,
  `Mitigation`, `Status` Open / Closed.
- ``fi_padel_hall_snag_log``: a Finnish builder's snag log for the client's padel hall:
  `Snag no.` 1.., `Location`, `Description`, `Reported` as `d.m.yyyy` text, `Responsible`,
  `Target date` as text, `Status` Open / In Progress / Closed.
- ``it_film_archive_studio_decisions``: an Italian design studio's decision log for the
  client's film archive: `Ref.` 1.., `Date` as `dd/mm/yyyy` text, `Decision`, `Reason`,
  `Approved by`.
- ``at_kombucha_erp_beistellungen``: an Austrian software studio's client-supplied items
  schedule (German headers): `Nr.`, `Beistellung`, `Verantwortlich (Kunde)`, `Benötigt bis`
  / `Zugesagt` as `dd.mm.yyyy` text, `Status` offen / erledigt / verspätet.
- ``es_hydrogen_depot_supuestos``: a Spanish consultancy's proposal assumptions (Spanish
  headers): `Nº` S-01.., `Supuesto`, `Responsable`, `Fecha de validación` as `dd/mm/yyyy`
  text, `Estado` Abierto / Validado.
- ``be_bike_share_integrator_raid``: a Belgian integrator's RAID log on one sheet: `Type`
  Risk / Issue / Dependency, `ID` R-001 / I-001 / D-001 per type, `Description`, `Owner`,
  `Raised` date cells `dd/mm/yyyy`, `Status` Open / Closed.

Trackers:

- ``gb_sleep_clinic_contractor_report``: a UK fit-out contractor's monthly report to the
  client: `Client project`, `Contract no.`, `Contractor PM`, `Report date` cell, `Overall`,
  `Programme`, `Cost` RAG words, `Summary`, then `Key milestones` (`Milestone`, `Contract
  date`, `Forecast`, `Actual`, `Status` Complete / On programme / Delayed).
- ``se_snowplough_sow_payments``: a Swedish telematics supplier's SOW payment plan:
  `Milestone`, `Planned date` / `Achieved` ISO text, `Amount SEK excl. moms`, `Status`
  Paid / Invoiced / Not due.
- ``dk_chamber_hall_acoustics_tm``: a Danish acoustic consultancy's T&M tracker, one row
  per month and role: `Month` date cells `mmm yyyy`, `Role`, `Hours`, `Rate DKK`, `Budget
  DKK excl. moms`, `Actual DKK excl. moms`.
- ``ee_escooter_invoice_log``: an Estonian software firm's invoice log in EUR: `Invoice
  no.`, `Invoice date` cells, `Period` as `03/2026` text, `Workstream`, `Net EUR`, `VAT
  24%`, `Gross EUR`, `Paid` Yes / No.
- ``au_donor_registry_cashflow``: an Australian integrator's cash-flow forecast for the
  client's organ donor registry: cost lines down, `Jul-26` .. text months across, a `Total`
  column, a `GST 10%` row, AUD ex GST.
- ``nz_merino_scour_staffing``: a New Zealand engineering consultancy's staffing plan for
  the client's wool scour upgrade: `Name`, `Role`, `Discipline`, days per month across as
  date cells shown `mmm-yy`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the UK report's `Contractor PM` (the contractor's manager, not the client project's):
  no project manager fact; `Contract no.`: no fact; `Client project` is the project name;
  `On programme` (In Progress or Not Started?) and `Delayed` (Late or At Risk?): no
  status fact, `Complete` is Complete;
- the client-supplied items schedule's `erledigt` (done: Delivered or Closed? both end
  states on the list): no status fact; `offen` is Open and `verspätet` Late; the direction (the studio's inbound is the
  client's outbound): no fact; `Nr.` 1..: no id fact; `Beistellung` is the title,
  `Verantwortlich (Kunde)` the owner, `Benötigt bis` the need-by date, `Zugesagt` the
  committed date;
- the SOW payment plan's `Not due` (Not Started, or not yet due for payment?): no status
  fact; `Paid` / `Invoiced` (each beside its `Achieved` date) are Complete (the audit);
  `Amount`: left out; SEK (not on the standard's list): no currency fact; `Planned date`
  is the baseline, `Achieved` the actual date;
- the invoice log's net amounts are actuals of the `Period` month (not of the invoice
  date's month); `Invoice no.`, `Invoice date`, `VAT 24%`, `Gross EUR`, `Paid`: left out;
- the snag log's `Snag no.` 1.. and `Location`: no id fact, left out; `Target date` is
  the due date; the `d.m.yyyy` text is day first;
- the risk extract's `MEC-R-0412` (the contractor's own code): no id fact; H / M / L are
  5 / 3 / 1;
- the decision log's `Ref.` 1..: no id fact; `Approved by` is the maker, `Reason` the
  rationale;
- the assumptions' `S-01` (the consultancy's own `S` for supuesto): no id fact;
  `Abierto` is Open, `Validado` Validated; `Fecha de validación` is an open assumption's
  validate-by date, and a validated one's has no fact (validated on, or validate by: the
  audit);
- the cash-flow forecast's amounts are forecast; `Total` no month; the `GST 10%` row no
  line; AUD;
- the T&M tracker's `Hours` and `Rate`: left out; DKK: no currency fact;
- the staffing plan's days per month: counts only; `Discipline`: left out.

Readings used: date cells are what they hold; text dates are day first except ISO; ids in
no standard shape get no id fact. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Round 36's audit (docs/adopt.md, "Round 36: the eighty-fifth batch's truth audited") changed:
the SOW payment plan's `Paid` / `Invoiced` milestones (each with its `Achieved` date) are
Complete, its `Status` column the status or nothing; a `Validado` assumption's `Fecha de
validación` has no validate-by fact; and one cell, the biobank extract's issue date in A3,
now falls 1-15 days after its last risk was raised (a fixed March date came before risks
raised in April at 125 of seeds 0-199), no fact changed by it. Seed 2026: 314 -> 317 facts.
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

HML = {"H": 5.0, "M": 3.0, "L": 1.0}

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

BIOBANK_RISKS = [
    ("Liquid nitrogen bulk tank delivery slips past commissioning", "Temporary dewars hired"),
    ("Cryofreezer alarms not integrated with the BMS in time", "Early BMS points list"),
    ("Oxygen depletion sensors fail the HSA inspection", "Third-party pre-inspection"),
    ("Client moves samples in before the room is validated", "Hold point in the programme"),
    ("Standby generator changeover exceeds 10 seconds", "Load test with the supplier"),
    ("ESB connection upgrade not approved", "Application lodged in January"),
]
BIOBANK_OWNERS = ["Ciarán Byrne", "Aoife Kelly", "Declan Murphy", "Niamh O'Connor"]


def ie_biobank_contractor_risks(folder: Path, rng: random.Random) -> Built:
    """An Irish M&E contractor's risk extract for a biobank cryostore: its own codes,
    `dd/mm/yyyy` text, H / M / L likelihood and impact."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Extract")
    ws["A1"] = "Mulhern Mechanical & Electrical Ltd"
    ws["A2"] = "National Biobank Cryostore, Dublin 8 - risk extract issued to client"
    # The extract is issued 1-15 days after its last risk was raised (the audit, round 36:
    # a fixed March issue date came before risks raised in April at 125 of seeds 0-199).
    issue, after = rng.randint(3, 9), rng.randint(13, 27) - 12
    head = ["Contractor ref", "Date raised", "Risk description", "Likelihood", "Impact"]
    _put(ws, 5, 1, [[*head, "Owner", "Mitigation", "Status"]])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 10, 6))
    ws["A3"] = f"Issue {issue} - {_dmy(max(made) + timedelta(days=after))}"
    values: list[ValueFact] = []
    for i, (text, plan) in enumerate(rng.sample(BIOBANK_RISKS, n)):
        lk, im = rng.choice("HML"), rng.choice("HML")
        who, st = rng.choice(BIOBANK_OWNERS), rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"MEC-R-{rng.randint(100, 999):04d}", _dmy(made[i]), text]
        cells += [lk, im, who, plan, st]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", HML[lk]),
            ValueFact("risks", i, "impact", HML[im]),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "probability"])
    targets |= _cols("E", ["impact", "owner", "response", "status"])
    path = _save(wb, folder, "ie_biobank_contractor_risks")
    return Built(path, [_one("risks", "Risk Extract", 5, targets, n)], values)


PADEL_SNAGS = [
    ("Court 3", "Glass panel scratched at the service line"),
    ("Court 1", "Artificial turf seam lifting"),
    ("Changing room B", "Floor drain slope wrong, water pooling"),
    ("Reception", "Door access reader not connected"),
    ("Court 5", "LED floodlight flickers at full power"),
    ("Café", "Ventilation louvre missing"),
    ("Court 2", "Net post anchor loose"),
]
PADEL_PEOPLE = ["Juha Virtanen", "Aino Mäkinen", "Sähköpojat Oy", "Mikko Laine"]


def fi_padel_hall_snag_log(folder: Path, rng: random.Random) -> Built:
    """A Finnish builder's snag log for a padel hall: `Snag no.`, `Location`, `d.m.yyyy`
    text dates, Open / In Progress / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Snags")
    ws["A1"] = "Padel Areena Tampere - snag list (Rakennus Koivisto Oy)"
    head = ["Snag no.", "Location", "Description", "Reported", "Responsible", "Target date"]
    _put(ws, 3, 1, [[*head, "Status"]])
    n = rng.randint(4, 7)
    made = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (place, text) in enumerate(rng.sample(PADEL_SNAGS, n)):
        due = made[i] + timedelta(days=rng.choice([7, 14, 21]))
        who = rng.choice(PADEL_PEOPLE)
        st = rng.choice(["Open", "In Progress", "Closed"])
        dm = f"{made[i].day}.{made[i].month}.{made[i].year}"
        cells: list[object] = [i + 1, place, text, dm, who, f"{due.day}.{due.month}.{due.year}", st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), None, "title", "raised_date", "owner"])
    targets |= {"F": "due_date", "G": "status"}
    path = _save(wb, folder, "fi_padel_hall_snag_log")
    return Built(path, [_one("issues", "Snags", 3, targets, n)], values)


ARCHIVE_DECISIONS = [
    ("Nitrate film vault kept below ground", "Fire separation from the reading room"),
    ("Cold store set to 4 °C and 30% RH", "Archive standard agreed with the curator"),
    ("Timber cladding replaced by terracotta", "Fire rating of the facade"),
    ("Screening room seats reduced to 96", "Egress width of the stair"),
    ("Second scanning room deferred to phase 2", "Budget after tender"),
    ("Roof plant moved to the north side", "Noise at the neighbouring school"),
]
ARCHIVE_PEOPLE = ["Giulia Ferri", "Marco Bellini", "Steering group", "Chiara Romano"]


def it_film_archive_studio_decisions(folder: Path, rng: random.Random) -> Built:
    """An Italian design studio's decision log for a film archive: `Ref.` 1..,
    `dd/mm/yyyy` text, `Reason`, `Approved by`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Cineteca Regionale - new archive building"
    ws["A2"] = "Design decision log - Studio Albani Architetti"
    _put(ws, 4, 1, [["Ref.", "Date", "Decision", "Reason", "Approved by"]])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(ARCHIVE_DECISIONS, n)):
        who = rng.choice(ARCHIVE_PEOPLE)
        _put(ws, 5 + i, 1, [[i + 1, _dmy(made[i]), text, why, who]])
        values += [
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "it_film_archive_studio_decisions")
    return Built(path, [_one("decisions", "Decisions", 4, targets, n)], values)


KOMBUCHA_ITEMS = [
    "Artikelstamm aus dem Altsystem (Export)",
    "Testzugang zum Webshop",
    "Rezepturen und Chargengrößen",
    "Ansprechpartner Lager und Versand",
    "Freigabe des Datenschutzkonzepts",
    "Kontenplan der Steuerberatung",
]
KOMBUCHA_PEOPLE = ["Lukas Gruber", "Sophie Huber", "Florian Wagner", "Anna Pichler"]
KOMBUCHA_STATUS = {"offen": "Open", "erledigt": None, "verspätet": "Late"}


def at_kombucha_erp_beistellungen(folder: Path, rng: random.Random) -> Built:
    """An Austrian software studio's client-supplied items schedule in German: `Nr.`,
    `Beistellung`, `dd.mm.yyyy` text, offen / erledigt / verspätet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Beistellungen")
    ws["A1"] = "ERP-Einführung Brauerei Fermenta - Beistellungen des Kunden"
    head = ["Nr.", "Beistellung", "Verantwortlich (Kunde)", "Benötigt bis", "Zugesagt"]
    _put(ws, 3, 1, [[*head, "Status"]])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(KOMBUCHA_ITEMS, n)):
        promised = need[i] + timedelta(days=rng.choice([0, 0, 3, 10]))
        who = rng.choice(KOMBUCHA_PEOPLE)
        st = rng.choice(["offen", "erledigt", "verspätet"])
        cells: list[object] = [i + 1, text, who, f"{need[i]:%d.%m.%Y}", f"{promised:%d.%m.%Y}"]
        _put(ws, 4 + i, 1, [[*cells, st]])
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
        ]
        if KOMBUCHA_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", KOMBUCHA_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), ("title", "deliverable"), "owner", "need_by"])
    targets |= {"E": "committed_date", "F": "status"}
    path = _save(wb, folder, "at_kombucha_erp_beistellungen")
    return Built(path, [_one("dependencies", "Beistellungen", 3, targets, n)], values)


DEPOT_ASSUMPTIONS = [
    "El cliente aporta el terreno urbanizado",
    "La conexión eléctrica de 20 kV está disponible",
    "El suministro de hidrógeno lo contrata el cliente",
    "Se reutiliza el taller de mantenimiento existente",
    "Los permisos ambientales no exigen EIA ordinaria",
    "Flota inicial de 12 autobuses",
]
DEPOT_PEOPLE = ["Lucía Martín", "Javier Ortega", "Carmen Ruiz", "Pablo Navarro"]
DEPOT_STATUS = {"Abierto": "Open", "Validado": "Validated"}


def es_hydrogen_depot_supuestos(folder: Path, rng: random.Random) -> Built:
    """A Spanish consultancy's proposal assumptions in Spanish: `Nº` S-01.., `Supuesto`,
    `dd/mm/yyyy` text, Abierto / Validado."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Supuestos")
    ws["A1"] = "Cocheras de autobuses de hidrógeno - Oferta técnica, anexo 2"
    ws["A2"] = "Supuestos de la propuesta"
    head = ["Nº", "Supuesto", "Responsable", "Fecha de validación", "Estado"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(DEPOT_ASSUMPTIONS, n)):
        who, st = rng.choice(DEPOT_PEOPLE), rng.choice(["Abierto", "Abierto", "Validado"])
        _put(ws, 5 + i, 1, [[f"S-{i + 1:02d}", text, who, _dmy(by[i]), st]])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "status", DEPOT_STATUS[st]),
        ]
        if st == "Abierto":
            # An open assumption's validation date is the date to validate it by; a
            # validated one's is validated on, or validate by (the audit, round 36): no fact.
            values.append(ValueFact("assumptions", i, "validate_by", by[i]))
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "validate_by", "status"])
    path = _save(wb, folder, "es_hydrogen_depot_supuestos")
    return Built(path, [_one("assumptions", "Supuestos", 4, targets, n)], values)


BIKE_ROWS = [
    ("Risk", "Docking station supplier cannot meet the winter lead time"),
    ("Risk", "GDPR review of trip data not finished before launch"),
    ("Risk", "Battery swap vans not licensed for the city centre"),
    ("Issue", "Payment gateway rejects Bancontact refunds"),
    ("Issue", "Station 14 foundations clash with a gas main"),
    ("Dependency", "City of Ghent issues the street furniture permits"),
    ("Dependency", "Client's app store accounts transferred to us"),
]
BIKE_PEOPLE = ["Pieter Janssens", "Elise Peeters", "Thomas Maes", "Sarah Willems"]
BIKE_REG = {"Risk": "risks", "Issue": "issues", "Dependency": "dependencies"}
BIKE_PREFIX = {"Risk": "R", "Issue": "I", "Dependency": "D"}


def be_bike_share_integrator_raid(folder: Path, rng: random.Random) -> Built:
    """A Belgian integrator's RAID log on one sheet: type words, ids numbered per type,
    `dd/mm/yyyy` date cells, Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Bike share scheme Ghent - integrator RAID log"
    ws["A2"] = "Prepared by Velonet Systems NV for the client's PMO"
    _put(ws, 4, 1, [["Type", "ID", "Description", "Owner", "Raised", "Status"]])
    rows = [r for k, r in enumerate(BIKE_ROWS) if k in (0, 3, 5) or rng.random() < 0.6]
    logged = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = BIKE_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(BIKE_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        ident = f"{BIKE_PREFIX[kind]}-{i + 1:03d}"
        _put(ws, 5 + k, 1, [[kind, ident, text, who, logged[k], st]])
        ws.cell(5 + k, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, "id", ident),
            ValueFact(reg, i, "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
    targets: Targets = _cols("A", ["register", "id", "title", "owner", ("raised_date", None)])
    targets |= {"F": "status"}
    path = _save(wb, folder, "be_bike_share_integrator_raid")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CLINIC_MILESTONES = [
    "Strip-out complete",
    "First fix M&E complete",
    "Sleep bedrooms acoustic test passed",
    "Polysomnography equipment installed",
    "Practical completion",
    "Handover to the Trust",
]
CLINIC_STATUS = {"Complete": "Complete", "On programme": None, "Delayed": None}


def gb_sleep_clinic_contractor_report(folder: Path, rng: random.Random) -> Built:
    """A UK fit-out contractor's monthly report to the client: labelled project lines, a
    `Report date` cell, RAG words, a summary, a key milestones table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly Report")
    project = "Regional Sleep Clinic Refurbishment"
    report = date(2026, rng.choice([3, 4, 5]), rng.choice([6, 13, 20, 27]))
    ws["A1"] = "Harcourt Interiors Ltd - Contractor's Monthly Report"
    rows: list[list[object]] = [["Client project", project]]
    rows += [["Contract no.", f"HI-{rng.randint(2200, 2299)}"], ["Contractor PM", "Gareth Price"]]
    rows += [["Report date", report]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    _put(ws, 8, 1, [["Overall", rags[0]], ["Programme", rags[1]], ["Cost", rags[2]]])
    note = rng.choice(
        [
            "Acoustic doors delivered; bedroom testing booked for next month.",
            "Asbestos found above corridor 2; strip-out extended by a week.",
        ]
    )
    _put(ws, 12, 1, [["Summary", note]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "status_summary", note),
    ]
    ws["A14"] = "Key milestones"
    _put(ws, 15, 1, [["Milestone", "Contract date", "Forecast", "Actual", "Status"]])
    n = rng.randint(4, 6)
    base = _days(rng, n, date(2026, 1, 5))
    for i, name in enumerate(CLINIC_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        if fc < report:
            st, actual = "Complete", fc
        else:
            st, actual = ("Delayed" if fc > base[i] else "On programme"), None
        _put(ws, 16 + i, 1, [[name, base[i], fc, actual, st]])
        for c in (2, 3, 4):
            ws.cell(16 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if CLINIC_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", CLINIC_STATUS[st]))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": "status"}
    path = _save(wb, folder, "gb_sleep_clinic_contractor_report")
    return Built(path, [_one("milestones", "Monthly Report", 15, targets, n)], values)


PLOUGH_MILESTONES = [
    "Pilot units fitted to 10 ploughs",
    "Route optimisation module accepted",
    "Fleet-wide installation",
    "Integration with the road weather service",
    "First winter season review",
]


def se_snowplough_sow_payments(folder: Path, rng: random.Random) -> Built:
    """A Swedish telematics supplier's SOW payment plan: ISO text dates, SEK excl. moms,
    Paid / Invoiced / Not due."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Payment plan")
    ws["A1"] = "Snowplough fleet telematics - SOW 2, payment milestones"
    ws["A2"] = "Nordtrak AB - amounts in SEK excl. moms"
    head = ["Milestone", "Planned date", "Achieved", "Amount SEK excl. moms", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(3, 5)
    base = _days(rng, n, date(2025, 10, 1))
    done = rng.randint(1, n - 1)
    values: list[ValueFact] = []
    for i, name in enumerate(PLOUGH_MILESTONES[:n]):
        amount = float(rng.randrange(4, 30) * 25000)
        actual = base[i] + timedelta(days=rng.choice([0, 3, 12])) if i < done else None
        st = rng.choice(["Paid", "Invoiced"]) if actual else "Not due"
        cells: list[object] = [name, base[i].isoformat(), actual.isoformat() if actual else None]
        _put(ws, 5 + i, 1, [[*cells, amount, st]])
        ws.cell(5 + i, 4).number_format = "#,##0"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
        ]
        if actual:
            # Paid / Invoiced only once achieved, each beside its `Achieved` date: Complete
            # (the audit, round 36, as round 32 read a SOW's `Invoiced`); `Not due` no fact.
            values.append(ValueFact("milestones", i, "actual_date", actual))
            values.append(ValueFact("milestones", i, "status", "Complete"))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "actual_date", None])
    targets |= {"E": ("status", None)}
    path = _save(wb, folder, "se_snowplough_sow_payments")
    return Built(path, [_one("milestones", "Payment plan", 4, targets, n)], values)


ACOUSTIC_ROLES = ["Lead acoustician", "Room acoustics modelling", "Noise and vibration"]
ACOUSTIC_ROLES += ["Site measurements"]


def dk_chamber_hall_acoustics_tm(folder: Path, rng: random.Random) -> Built:
    """A Danish acoustic consultancy's T&M tracker, one row per month and role: hours,
    rate, budget and actual in DKK excl. moms."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "T&M")
    ws["A1"] = "Chamber music hall, Aarhus - acoustic consultancy, time & materials"
    head = ["Month", "Role", "Hours", "Rate DKK", "Budget DKK excl. moms"]
    _put(ws, 3, 1, [[*head, "Actual DKK excl. moms"]])
    months = _months(date(2026, 1, 1), rng.randint(3, 4))
    roles = rng.sample(ACOUSTIC_ROLES, 3)
    values: list[ValueFact] = []
    row = 4
    for month in months:
        for role in roles:
            hours = rng.randint(8, 80)
            rate = 1450.0
            budget = float(rng.randint(8, 80)) * rate
            actual = hours * rate
            _put(ws, row, 1, [[month, role, hours, rate, budget, actual]])
            ws.cell(row, 1).number_format = "mmm yyyy"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0.00"
            values += [
                ValueFact("finance", (month, role), "budget", budget),
                ValueFact("finance", (month, role), "actual", actual),
            ]
            row += 1
    targets: Targets = {"A": "month", "B": "cost_line", "C": None, "D": None}
    targets |= {"E": "budget", "F": "actual"}
    path = _save(wb, folder, "dk_chamber_hall_acoustics_tm")
    table = TruthTable("T&M", 3, "finance", targets, {"finance": len(months) * 3})
    return Built(path, [table], values)


SCOOTER_STREAMS = ["Permit portal", "Parking zone API", "Operator reporting"]


def ee_escooter_invoice_log(folder: Path, rng: random.Random) -> Built:
    """An Estonian software firm's invoice log in EUR: invoice date cells, `03/2026`
    period text, workstream, net / VAT 24% / gross, Paid Yes / No."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoices")
    ws["A1"] = "E-scooter permit platform, Tallinn - invoice log (Koodikoda OÜ)"
    head = ["Invoice no.", "Invoice date", "Period", "Workstream", "Net EUR", "VAT 24%"]
    _put(ws, 3, 1, [[*head, "Gross EUR", "Paid"]])
    months = _months(date(2026, 1, 1), rng.randint(3, 4))
    streams = rng.sample(SCOOTER_STREAMS, rng.randint(2, 3))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row, number = 4, rng.randint(140, 300)
    for month in months:
        issued = (month + timedelta(days=32)).replace(day=rng.randint(2, 6))
        for stream in streams:
            net = float(rng.randrange(20, 160) * 100)
            vat = round(net * 0.24, 2)
            paid = "Yes" if month != months[-1] else rng.choice(["Yes", "No"])
            cells: list[object] = [f"KK-2026-{number}", issued, f"{month.month:02d}/{month.year}"]
            _put(ws, row, 1, [[*cells, stream, net, vat, net + vat, paid]])
            ws.cell(row, 2).number_format = "dd.mm.yyyy"
            for c in (5, 6, 7):
                ws.cell(row, c).number_format = "#,##0.00"
            values.append(ValueFact("finance", (month, stream), "actual", net))
            row, number = row + 1, number + 1
    targets: Targets = {"A": None, "B": None, "C": "month", "D": "cost_line", "E": "actual"}
    targets |= {"F": None, "G": None, "H": None}
    path = _save(wb, folder, "ee_escooter_invoice_log")
    table = TruthTable("Invoices", 3, "finance", targets, {"finance": len(months) * len(streams)})
    return Built(path, [table], values)


DONOR_LINES = ["Discovery and design", "Registry build", "Hospital integration"]
DONOR_LINES += ["Data migration", "Training", "Hypercare"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
SHORT_MONTHS += ["Nov", "Dec"]


def au_donor_registry_cashflow(folder: Path, rng: random.Random) -> Built:
    """An Australian integrator's cash-flow forecast: cost lines down, `Jul-26` text
    months across, a `Total` column, a `GST 10%` row, AUD ex GST."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cashflow FY27")
    ws["A1"] = "Organ donor registry modernisation - cash flow forecast FY2026-27"
    ws["A2"] = "All amounts AUD ex GST"
    months = _months(date(2026, 7, 1), 6)
    heads = [f"{SHORT_MONTHS[m.month - 1]}-{m.year % 100:02d}" for m in months]
    _put(ws, 4, 1, [["Cost line", *heads, "Total"]])
    lines = rng.sample(DONOR_LINES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    count = 0
    totals = [0.0] * 6
    for r, line in enumerate(lines):
        amounts: list[float | None] = []
        for k, month in enumerate(months):
            if rng.random() < 0.25:
                amounts.append(None)
                continue
            amount = float(rng.randrange(10, 120) * 1000)
            amounts.append(amount)
            totals[k] += amount
            values.append(ValueFact("finance", (month, line), "forecast", amount))
            count += 1
        _put(ws, 5 + r, 1, [[line, *amounts, sum(a for a in amounts if a)]])
        for c in range(2, 9):
            ws.cell(5 + r, c).number_format = "$#,##0"
    end = 5 + len(lines)
    _put(ws, end, 1, [["GST 10%", *[round(t * 0.1, 2) for t in totals]]])
    path = _save(wb, folder, "au_donor_registry_cashflow")
    table = TruthTable("Cashflow FY27", 4, "finance", {"A": "cost_line"}, {"finance": count})
    return Built(path, [table], values)


SCOUR_TEAM = [
    ("Hemi Walker", "Project Engineer", "Process"),
    ("Olivia Thompson", "Senior Mechanical Engineer", "Mechanical"),
    ("Rangi Parata", "Electrical Designer", "Electrical"),
    ("Sophie Campbell", "Structural Engineer", "Structural"),
    ("Liam O'Brien", "Drafter", "Mechanical"),
]


def nz_merino_scour_staffing(folder: Path, rng: random.Random) -> Built:
    """A New Zealand engineering consultancy's staffing plan: `Name` first, `Role`,
    `Discipline`, days per month as date cells shown `mmm-yy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resourcing")
    ws["A1"] = "Merino wool scour effluent upgrade - consultancy resourcing (days)"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 3, 1, [["Name", "Role", "Discipline", *months]])
    for c in range(4, 10):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    for r, (name, role, disc) in enumerate(rng.sample(SCOUR_TEAM, rng.randint(3, 5))):
        days = [rng.choice([0, 2, 5, 10, 15]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, role, disc, *[d or None for d in days]]])
    path = _save(wb, folder, "nz_merino_scour_staffing")
    table = TruthTable("Resourcing", 3, "resources", {"A": "person", "B": "role", "C": None},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


HELD_OUT_85: tuple[Layout, ...] = (
    Layout(
        "ie_biobank_contractor_risks",
        "Irish M&E contractor's risk extract (MEC-R codes, dd/mm/yyyy text, H / M / L)",
        ie_biobank_contractor_risks,
    ),
    Layout(
        "fi_padel_hall_snag_log",
        "Finnish builder's snag log (Snag no., Location, d.m.yyyy text)",
        fi_padel_hall_snag_log,
    ),
    Layout(
        "it_film_archive_studio_decisions",
        "Italian design studio's decision log (Ref. 1.., Reason, Approved by)",
        it_film_archive_studio_decisions,
    ),
    Layout(
        "at_kombucha_erp_beistellungen",
        "Austrian software studio's client-supplied items in German (Beistellung)",
        at_kombucha_erp_beistellungen,
    ),
    Layout(
        "es_hydrogen_depot_supuestos",
        "Spanish consultancy's proposal assumptions in Spanish (Supuesto, Estado)",
        es_hydrogen_depot_supuestos,
    ),
    Layout(
        "be_bike_share_integrator_raid",
        "Belgian integrator's one-sheet RAID log (type words, ids per type)",
        be_bike_share_integrator_raid,
    ),
    Layout(
        "gb_sleep_clinic_contractor_report",
        "UK contractor's monthly report (Client project, RAG, key milestones)",
        gb_sleep_clinic_contractor_report,
    ),
    Layout(
        "se_snowplough_sow_payments",
        "Swedish supplier's SOW payment plan (ISO text, SEK excl. moms, Paid)",
        se_snowplough_sow_payments,
    ),
    Layout(
        "dk_chamber_hall_acoustics_tm",
        "Danish acoustic consultancy's T&M tracker (month and role rows, DKK)",
        dk_chamber_hall_acoustics_tm,
    ),
    Layout(
        "ee_escooter_invoice_log",
        "Estonian software firm's invoice log (Period mm/yyyy, Net / VAT 24% / Gross)",
        ee_escooter_invoice_log,
    ),
    Layout(
        "au_donor_registry_cashflow",
        "Australian integrator's cash-flow forecast (Jul-26 text months, GST row)",
        au_donor_registry_cashflow,
    ),
    Layout(
        "nz_merino_scour_staffing",
        "New Zealand consultancy's staffing plan in days (Name first, mmm-yy cells)",
        nz_merino_scour_staffing,
    ),
)
