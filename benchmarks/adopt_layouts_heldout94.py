"""The ninety-fourth held-out batch (``HELD_OUT_94``, round 37): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind:
SUPPLIER AND CONSULTANCY REPORTS for PUBLIC-SECTOR AND REGULATED clients from twelve
countries (England, Singapore, New Zealand, Switzerland, Denmark, Portugal, the United
States, Japan, Finland, South Africa, the Netherlands, Estonia): workbooks a council, a
hospital, a utility, a transport authority, a defence establishment or a university
receives from (or keeps about) its contractors, integrators, consultancies and suppliers,
adopted by the client's PMO as its registers and trackers, in sectors no earlier batch's
docstring names (a winter gritting depot, a patient portal, a flood stopbank, a vivarium, a
radiotherapy bunker, lead pipe replacement, work zone speed cameras, a lecture theatre's
AV, a neonatal ward, a student residence, a harbour master's shore radar, a firing range).

Registers:

- ``uk_gritting_depot_contractor_raid``: an English district council's depot contractor's
  RAID log: a key line `Type: R = Risk, A = Assumption, ...` above the table, `Ref` R01 /
  A01 / I01 / D01 (per type), `Type` letters R / A / I / D, `Description`, `Owner`,
  `Raised` cells `dd/mm/yyyy`, `Mitigation / action`, `RAG` letters, `Status` Open /
  Closed.
- ``sg_patient_portal_integrator_uat_defects``: a Singapore public hospital's portal
  integrator's UAT defect log (issues): `S/N` 1.., `Module`, `Defect Description`,
  `Severity` `1 - Critical` .. `4 - Low`, `Reported On` as `05-Mar-2026` text, `Assigned
  To`, `Status` Open / In Progress / Resolved / Closed, `Target Fix` cells `d-mmm-yy`.
- ``nz_stopbank_contractor_early_warnings``: a New Zealand regional council's NEC3
  contractor's early warning register (risks): `EW No.` EW-001.., `Date notified` as
  `d/mm/yyyy` text, `Notified by` Contractor / Project Manager, `Description`, `Effect`
  Cost / Time, `RRM held` text date or blank, `Action agreed`, `Action owner`, `Status`.
- ``ch_university_vivarium_decision_log``: a Swiss university's building consultancy's
  decision log in German: `Nr.` 1.., `Datum` as `dd.mm.yyyy` text, `Entscheid`,
  `Begründung`, `Entschieden durch`, `Kostenfolge (CHF)` numbers shown `#'##0` or blank.
- ``dk_radiotherapy_bunker_client_dependencies``: a Danish region's linear accelerator
  supplier's list of the region's deliveries: `Nr.`, `Leverance fra Regionen`,
  `Ansvarlig (Regionen)`, `Senest` cells `dd-mm-yyyy`, `Status` Åben / Forsinket /
  Leveret, `Bemærkning`.
- ``pt_lead_pipe_contractor_proposal_assumptions``: a Portuguese municipal water
  service's contractor's proposal assumptions: `N.º`, `Pressuposto`, `Responsável`,
  `Validar até` as `dd/mm/aaaa` text, `Situação` Em aberto / Confirmado / Rejeitado,
  `Impacto se não se verificar`.

Trackers:

- ``us_speed_camera_consultant_monthly_report``: a US state transportation department's
  consultant's monthly progress report: label rows `Contract No.:`, `Project:`,
  `Reporting Period:` (`through May 2, 2026` text), `Report Date:` cell `m/d/yyyy`; an
  `Area` / `Status` / `Comments` table (Schedule, Budget, Scope, Overall; Green / Yellow /
  Red); a contract value line; then `Deliverables` (`Task`, `Deliverable`, `Contract Due`,
  `Revised Due`, `Submitted` cells, `Status` Submitted / Late / In Progress / Not Started).
- ``jp_lecture_theatre_av_supplier_payment_milestones``: a Japanese national university's
  AV supplier's payment milestones: `No.`, `マイルストーン`, `予定日` / `実績日` cells
  `yyyy/m/d`, `支払率` percent, `金額（税抜）` yen `#,##0`, `状況` 完了 / 進行中 / 未着手,
  a `合計` row.
- ``fi_neonatal_ward_consultancy_fee_tracker``: a Finnish wellbeing services county's
  design consultancy's hourly fee tracker in EUR: `Kuukausi` as `maaliskuu 2026` text,
  `Tehtävä`, `Tunnit`, `Tuntihinta €`, `Veloitus € (alv 0 %)`, `ALV 25,5 %`, `Yhteensä
  €`, a `Yhteensä` row under a blank row.
- ``za_student_residence_contractor_invoice_log``: a South African university's
  contractor's invoice register in rand: `Inv No`, `Invoice Date` cells `yyyy/mm/dd`,
  `Claim Period` as `2026/03` text, `Description`, `Excl. VAT`, `VAT 15%`, `Incl. VAT` as
  `R 1 069 000,75` text, `Paid On` cells or blank.
- ``nl_harbour_master_radar_supplier_cashflow``: a Dutch port authority's radar
  supplier's cash-flow forecast in EUR: `WBS`, `Omschrijving` rows, months across as
  Dutch text `mrt-26`, a `Totaal` column and row.
- ``ee_firing_range_integrator_staffing``: an Estonian defence training area's
  integrator's resource plan: `Role`, `Name` (or `TBC`), `Company`, months across as
  date cells `mmm yyyy`, person-days, a `Total` column and row.

Truth a person could read two ways has no fact (least-sure readings, least sure first):

- the stopbank early warnings: an NEC early warning register read as the risk register;
  `EW-001` (no risk letter): mapped as the id or nothing, no id fact (the audit's change,
  below); `Action owner` read as the owner (a fact);
  `Action agreed` the response; `Date notified` the raised date; `Notified by`, `Effect`
  and `RRM held`: left out;
- the speed camera report's `Yellow` read as Amber (a US RAG's middle colour); `Budget`
  the cost RAG; `Report Date:` the report date (the `Reporting Period:` text no fact);
  `Project:` the project name (labelled); a deliverable `Submitted` has its actual date
  but no status fact (Complete, or only handed in for review?); `Late` / `In Progress` /
  `Not Started` as written; `Contract Due` the baseline, `Revised Due` the forecast;
  `Task` and the contract value line: no fact, no currency;
- the radiotherapy deliveries: `Ansvarlig (Regionen)` (the region's person: the owner,
  or the counterparty's?): mapped either way or not at all, no owner fact (round 36's
  ruling on the sponge works' `Client contact`); no direction fact; `Nr.` no id; `Åben`
  Open, `Forsinket` Late, `Leveret` Delivered; `Bemærkning` no fact;
- the gritting RAID: the letters R / A / I / D read by the key line above the table as
  the register; `Ref` R01.. (a contractor's per-type code): the id in the standard's
  form, R-001 / A-001 / I-001 / D-001 (the audit's change, below); `Raised` the raised date of risks, assumptions and issues, a dependency's no
  fact (no such field); `Mitigation / action` (a risk's response, an issue's resolution?)
  and `RAG` letters: left out; `Depot manager` an owner as written;
- the UAT defects: `Severity` `2 - High` (the priority, or the severity?): mapped either
  way or not at all, no fact; `S/N` no id; `Module` left out; `Target Fix` the due date;
  `Vendor L2` an owner as written;
- the payment milestones: `予定日` (planned: the baseline or the forecast?) a baseline
  fact, either mapping accepted; `完了` Complete, `進行中` In Progress, `未着手` Not
  Started; `支払率`, `金額（税抜）` and the `合計` row: no fact, no currency (payments, not
  a finance table); `No.` no id;
- the proposal assumptions: `Em aberto` Open, `Confirmado` Validated, `Rejeitado`
  Invalid; `Validar até` the validate-by date; `Impacto se não se verificar` the impact
  if false; `N.º` no id;
- the vivarium decisions: `Entschieden durch` the maker; `Kostenfolge (CHF)`: no fact, no
  currency fact (a decision log's cost effects, not the project's money); `Nr.` no id;
- the fee tracker: `Veloitus € (alv 0 %)` (before VAT) the actual per month and task; the
  currency EUR; `Tunnit`, `Tuntihinta €`, VAT, gross and the `Yhteensä` row: no fact;
- the invoice register: `Claim Period` the month, `Excl. VAT` the actual; ZAR is not
  listed, no currency fact; invoice number, dates, VAT, gross and `Paid On`: left out;
- the cash-flow forecast: amounts are forecasts, the currency EUR (the title line says
  so); `WBS` no fact; the `Totaal` column and row: no item; a blank month no line;
- the resource plan: days per month counted as resource rows only (the non-blank month
  cells, as earlier plans); `TBC` no person but the row counts; `Company`, the `Total`
  column and row: no fact.

Readings used: date cells are what they hold; text dates follow the country's order, with
a day past 12 in each column. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 37 (docs/adopt.md, "Round 37: the ninety-fourth batch's truth audited", task
a106): the gritting RAID's per-type `Ref` codes `R01` / `A01` / `I01` / `D01` are each
item's id in the standard's form (R-001, A-001, I-001, D-001; column A `id`, no longer
"id or nothing"): the `Type` letter on each row names the register and the number counts
within it, which rounds 15, 30, 34 and 35 read so (the Estonian `R1` / `P1`, the hurling
club's refs, the French nougat register's `R01`, the horchata plant's `S-01`); and the
stopbank's `EW-001` .. are no risk id (no id fact; column A `id` or nothing, where the
writer had `EW-001` as the id): an early warning's number has no risk letter, which round
35's audit of the bus wash contractor's NEC register (`EW No.` EW-001..) ruled so. Nothing
else changed; no cell changed. Totals at seed 2026: 324 -> 328 facts (values 209 -> 213).
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
    _mon,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

GRIT_ROWS = [
    ("R", "Salt delivery delayed if the barn slab is not cured by October"),
    ("R", "Bats found in the old depot roof stop the demolition"),
    ("R", "Gritter wash-down interceptor undersized for brine"),
    ("A", "Council keeps the winter service running from the old yard"),
    ("A", "Existing weighbridge stays in use through the works"),
    ("I", "Drainage survey found a collapsed culvert under bay 2"),
    ("I", "Site compound floods in heavy rain"),
    ("D", "Highways team confirms the gritting routes before the cut-over"),
    ("D", "DNO upgrades the supply for the brine plant"),
]
GRIT_REG = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
GRIT_PEOPLE = ["Gareth Pryce", "Helen Ashworth", "Depot manager", "Priya Mistry"]
GRIT_ACTIONS = ["Weekly check at progress meeting", "Chased by email", "See programme"]


def uk_gritting_depot_contractor_raid(folder: Path, rng: random.Random) -> Built:
    """An English district council's winter gritting depot contractor's RAID log: `Ref`
    R01 / A01.. per type, `Type` letters R / A / I / D with a key line, `Raised` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Fenmoor District Council - Winter Service Depot (salt barn and gritter bays)"
    ws["A2"] = "RAID log - Hallam Civils Ltd"
    ws["A3"] = "Type: R = Risk, A = Assumption, I = Issue, D = Dependency"
    head = ["Ref", "Type", "Description", "Owner", "Raised", "Mitigation / action", "RAG"]
    _put(ws, 5, 1, [[*head, "Status"]])
    rows = [r for k, r in enumerate(GRIT_ROWS) if k % 3 == 0 or rng.random() < 0.65]
    raised = _days(rng, len(rows), date(2025, 8, 4))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = GRIT_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(GRIT_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        rag = rng.choice(["G", "A", "R"])
        cells = [f"{kind}{i + 1:02d}", kind, text, who, raised[k], rng.choice(GRIT_ACTIONS)]
        _put(ws, 6 + k, 1, [[*cells, rag, st]])
        ws.cell(6 + k, 5).number_format = "dd/mm/yyyy"
        values += [
            # audit, round 37 (a106): a per-type code keeps its number in the standard's
            # form (rounds 15, 30, 34 and 35: `R01` R-001, `A01` A-001, `D01` D-001)
            ValueFact(reg, i, "id", f"{kind}-{i + 1:03d}"),
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), None, None, "status"])
    path = _save(wb, folder, "uk_gritting_depot_contractor_raid")
    return Built(path, [TruthTable("RAID", 5, "raid", targets, counts)], values)


PORTAL_DEFECTS = [
    ("Appointments", "Reschedule button greys out for specialist clinics"),
    ("Appointments", "SMS reminder sent twice for the same slot"),
    ("Bills", "MediSave deduction not shown on the e-bill"),
    ("Bills", "PDF receipt cut off at page 2"),
    ("Lab results", "Results released before the doctor's review flag"),
    ("Login", "Singpass login loops on older Android devices"),
    ("Caregiver", "Caregiver cannot see the child's upcoming appointment"),
    ("Medication", "Refill request shows the wrong pharmacy"),
]
PORTAL_PEOPLE = ["Tan Wei Ling", "Muhammad Hafiz", "Priya Raj", "Vendor L2"]
PORTAL_SEV = ["1 - Critical", "2 - High", "3 - Medium", "4 - Low"]


def sg_patient_portal_integrator_uat_defects(folder: Path, rng: random.Random) -> Built:
    """A Singapore public hospital's patient portal integrator's UAT defect log: `S/N`,
    `Module`, `Severity` 1-4 with words, `Reported On` as `05-Mar-2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "UAT Defects")
    ws["A1"] = "Harbourfront General Hospital - Patient Portal Phase 2"
    ws["A2"] = "UAT defect log (Merlion Health Systems Pte Ltd)"
    ws.merge_cells("A1:H1")
    head = ["S/N", "Module", "Defect Description", "Severity", "Reported On", "Assigned To"]
    _put(ws, 4, 1, [[*head, "Status", "Target Fix"]])
    n = rng.randint(5, 7)
    found = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (module, text) in enumerate(rng.sample(PORTAL_DEFECTS, n)):
        who = rng.choice(PORTAL_PEOPLE)
        st = rng.choice(["Open", "In Progress", "Resolved", "Closed"])
        due = found[i] + timedelta(days=rng.choice([5, 10, 14]))
        sev = rng.choice(PORTAL_SEV)
        _put(ws, 5 + i, 1, [[i + 1, module, text, sev, _mon(found[i]), who, st, due]])
        ws.cell(5 + i, 8).number_format = "d-mmm-yy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", found[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "status", st),
            ValueFact("issues", i, "due_date", due),
        ]
    targets: Targets = _cols("A", [("id", None), None, "title", ("priority", "severity", None)])
    targets |= _cols("E", ["raised_date", "owner", "status", "due_date"])
    path = _save(wb, folder, "sg_patient_portal_integrator_uat_defects")
    return Built(path, [_one("issues", "UAT Defects", 4, targets, n)], values)


STOPBANK_EWS = [
    ("Groundwater higher than the GI report near chainage 1200", "Extra wellpoints on standby"),
    ("Iwi monitor not available for the borrow pit works", "Re-sequence to the north reach"),
    ("Clay from the borrow pit fails the moisture spec", "Test pits before each lift"),
    ("Farm access track closed by the landowner", "PM to meet the landowner"),
    ("Flood event during the summer works window", "Keep the stopbank crest open at night"),
    ("Fibre cable not where the as-builts show", "Pothole before excavating"),
]
STOPBANK_PEOPLE = ["Aroha Ngata", "Liam O'Connell", "Mere Tipene", "Contractor's PM"]


def nz_stopbank_contractor_early_warnings(folder: Path, rng: random.Random) -> Built:
    """A New Zealand regional council's stopbank contractor's NEC early warning register:
    `EW No.`, `Date notified` as `d/mm/yyyy` text, `Notified by`, `Effect`, `RRM held`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EW Register")
    ws["A1"] = "Waimatua Regional Council - Lower River stopbank upgrade (NEC3 ECC)"
    ws["A2"] = "Early warning register - Contractor: Kowhai Civil Ltd"
    head = ["EW No.", "Date notified", "Notified by", "Description", "Effect", "RRM held"]
    _put(ws, 4, 1, [[*head, "Action agreed", "Action owner", "Status"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, action) in enumerate(rng.sample(STOPBANK_EWS, n)):
        who, st = rng.choice(STOPBANK_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        by = rng.choice(["Contractor", "Project Manager"])
        rrm = when[i] + timedelta(days=rng.randint(3, 9))
        rrm_text = f"{rrm.day}/{rrm.month:02d}/{rrm.year}" if rng.random() < 0.6 else None
        ew = f"EW-{i + 1:03d}"
        cells: list[object] = [ew, f"{when[i].day}/{when[i].month:02d}/{when[i].year}", by]
        cells += [text, rng.choice(["Cost", "Time", "Cost & time"]), rrm_text, action, who, st]
        _put(ws, 5 + i, 1, [cells])
        # audit, round 37 (a106): `EW-001` has no risk letter, no id fact (round 35's
        # ruling on the bus wash contractor's NEC early warnings, the same shape)
        values += [
            ValueFact("risks", i, "raised_date", when[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", None, "title", None, None])
    targets |= _cols("G", ["response", "owner", "status"])
    path = _save(wb, folder, "nz_stopbank_contractor_early_warnings")
    return Built(path, [_one("risks", "EW Register", 4, targets, n)], values)


VIVARIUM_DECISIONS = [
    ("Käfigwaschanlage im Untergeschoss", "Kürzere Wege zur Anlieferung", 42000),
    ("Separate Quarantäne-Einheit für Zuchttiere", "Vorgabe des Veterinäramts", 118000),
    ("Lüftung mit 100 % Aussenluft", "Hygienekonzept der Tierhaltung", None),
    ("Bauetappe 2 erst nach Semesterende", "Lärm im Hörsaaltrakt", None),
    ("Autoklav als Durchreiche ausführen", "Trennung rein / unrein", 65500),
    ("Kein Umbau des bestehenden Kellers", "Statik des Altbaus", -30000),
]
VIVARIUM_BY = ["Baukommission", "Prof. Dr. R. Gubler", "Rektorat", "M. Zimmermann (BL)"]


def ch_university_vivarium_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Swiss university's vivarium building consultancy's decision log in German: `Nr.`,
    `Datum` as `dd.mm.yyyy` text, `Entscheid`, `Begründung`, `Entschieden durch`, a CHF
    cost effect with apostrophe grouping."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Entscheide")
    ws["A1"] = "Universität Seeland - Neubau Tierhaltung (Vivarium)"
    ws["A2"] = "Entscheidungsprotokoll, geführt durch Birchler Bauberatung AG"
    head = ["Nr.", "Datum", "Entscheid", "Begründung", "Entschieden durch"]
    _put(ws, 4, 1, [[*head, "Kostenfolge (CHF)"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 9, 8))
    values: list[ValueFact] = []
    for i, (text, why, cost) in enumerate(rng.sample(VIVARIUM_DECISIONS, n)):
        who = rng.choice(VIVARIUM_BY)
        _put(ws, 5 + i, 1, [[i + 1, f"{when[i]:%d.%m.%Y}", text, why, who, cost]])
        ws.cell(5 + i, 6).number_format = "#'##0"
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "ch_university_vivarium_decision_log")
    return Built(path, [_one("decisions", "Entscheide", 4, targets, n)], values)


LINAC_ITEMS = [
    "Godkendte tegninger af bunkerens afskærmning",
    "Strålehygiejnisk vurdering fra Sundhedsstyrelsen",
    "Adgang til kælderen for kabelføring",
    "Netværksporte til behandlingsplanlægning",
    "Kølevand med 18 °C fremløb",
    "Fysiker til acceptancetest",
]
LINAC_PEOPLE = ["Mette Sørensen", "Jens Kristiansen", "Regionens IT", "Anders Holm"]
LINAC_STATUS = {"Åben": "Open", "Forsinket": "Late", "Leveret": "Delivered"}


def dk_radiotherapy_bunker_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Danish region's radiotherapy linear accelerator supplier's list of what the region
    must deliver: `Nr.`, `Leverance fra Regionen`, `Ansvarlig (Regionen)`, `Senest` cells
    `dd-mm-yyyy`, `Status` Åben / Forsinket / Leveret, `Bemærkning`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kundeleverancer")
    ws["A1"] = "Region Vestkysten - Stråleterapi, ny acceleratorbunker 3"
    ws["A2"] = "Leverancer fra kunden til leverandøren (Nordlinac ApS)"
    head = ["Nr.", "Leverance fra Regionen", "Ansvarlig (Regionen)", "Senest", "Status"]
    _put(ws, 4, 1, [[*head, "Bemærkning"]])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(LINAC_ITEMS, n)):
        who, st = rng.choice(LINAC_PEOPLE), rng.choice(["Åben", "Åben", "Forsinket", "Leveret"])
        note = rng.choice([None, "Rykket på byggemøde", "Afventer svar"])
        _put(ws, 5 + i, 1, [[i + 1, text, who, need[i], st, note]])
        ws.cell(5 + i, 4).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", LINAC_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "title"])
    targets |= {"C": ("owner", "counterparty_owner", None)}
    targets |= _cols("D", ["need_by", "status", None])
    path = _save(wb, folder, "dk_radiotherapy_bunker_client_dependencies")
    return Built(path, [_one("dependencies", "Kundeleverancer", 4, targets, n)], values)


LEAD_ASSUMPTIONS = [
    ("Os SMAS fornecem o cadastro dos ramais em chumbo", "Levantamento em obra"),
    ("Cortes de água avisados pelos SMAS com 48 h", "Atrasos nas frentes de obra"),
    ("Licença de ocupação da via pública sem custos", "Custo adicional de taxas"),
    ("Pavimento reposto em betuminoso, não em calçada", "Sobrecusto da calçada"),
    ("Contadores existentes reaproveitados", "Fornecimento de contadores novos"),
    ("Trabalhos apenas em dias úteis, das 8h às 18h", "Horas extraordinárias"),
]
LEAD_PEOPLE = ["Eng.ª Sofia Marques", "Rui Carvalho", "SMAS", "Ana Lopes"]
LEAD_STATUS = {"Em aberto": "Open", "Confirmado": "Validated", "Rejeitado": "Invalid"}


def pt_lead_pipe_contractor_proposal_assumptions(folder: Path, rng: random.Random) -> Built:
    """A Portuguese municipal water service's lead pipe replacement contractor's proposal
    assumptions: `N.º`, `Pressuposto`, `Responsável`, `Validar até` as `dd/mm/aaaa` text,
    `Situação` Em aberto / Confirmado / Rejeitado, `Impacto se não se verificar`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Pressupostos")
    ws["A1"] = "SMAS de Vale do Sorraia - Substituição de ramais em chumbo"
    ws["A2"] = "Proposta n.º 2026/114 - Pressupostos (Hidrovia Obras, Lda.)"
    head = ["N.º", "Pressuposto", "Responsável", "Validar até", "Situação"]
    _put(ws, 4, 1, [[*head, "Impacto se não se verificar"]])
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (text, impact) in enumerate(rng.sample(LEAD_ASSUMPTIONS, n)):
        who, st = rng.choice(LEAD_PEOPLE), rng.choice(list(LEAD_STATUS))
        _put(ws, 5 + i, 1, [[i + 1, text, who, f"{by[i]:%d/%m/%Y}", st, impact]])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", LEAD_STATUS[st]),
            ValueFact("assumptions", i, "impact_if_false", impact),
        ]
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "validate_by"])
    targets |= _cols("E", ["status", "impact_if_false"])
    path = _save(wb, folder, "pt_lead_pipe_contractor_proposal_assumptions")
    return Built(path, [_one("assumptions", "Pressupostos", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CAMERA_DELIVERABLES = [
    ("Task 1", "Site selection memo"),
    ("Task 2", "Speed study report (12 work zones)"),
    ("Task 3", "Signing and notification plan"),
    ("Task 4", "Vendor procurement support"),
    ("Task 5", "Pilot evaluation report"),
]
CAMERA_RAG = {"Green": "Green", "Yellow": "Amber", "Red": "Red"}


def us_speed_camera_consultant_monthly_report(folder: Path, rng: random.Random) -> Built:
    """A US state transportation department's work zone speed camera consultant's monthly
    progress report: labelled rows (`Project:`, `Report Date:` cell `m/d/yyyy`), an area
    table with Green / Yellow / Red, then `Deliverables` (`Contract Due`, `Revised Due`,
    `Submitted`, `Status`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Progress Report")
    ws["A1"] = "Department of Transportation - District 6"
    ws["A2"] = "Consultant Monthly Progress Report - Tri-County Traffic Engineers, LLC"
    when = date(2026, 3, 6) + timedelta(days=rng.choice([0, 28, 63]))
    project = "Work Zone Speed Camera Pilot Program"
    _put(ws, 4, 1, [["Contract No.:", "E04512"], ["Project:", project]])
    end = when - timedelta(days=6)
    _put(ws, 6, 1, [["Reporting Period:", f"through {end:%B} {end.day}, {end.year}"]])
    _put(ws, 7, 1, [["Report Date:", when]])
    ws["B7"].number_format = "m/d/yyyy"
    _put(ws, 9, 1, [["Area", "Status", "Comments"]])
    areas = [("Schedule", "schedule_rag"), ("Budget", "cost_rag"), ("Scope", "scope_rag")]
    areas.append(("Overall", "overall_rag"))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "report_date", when),
    ]
    for k, (area, key) in enumerate(areas):
        rag = rng.choice(list(CAMERA_RAG))
        note = rng.choice([None, "See deliverables", "Awaiting DOT comments"])
        _put(ws, 10 + k, 1, [[area, rag, note]])
        values.append(ValueFact("project", 0, key, CAMERA_RAG[rag]))
    ws["A15"] = "Contract Value: $1,245,000.00    Invoiced to Date: see invoice log"
    ws["A17"] = "Deliverables"
    _put(ws, 18, 1, [["Task", "Deliverable", "Contract Due", "Revised Due", "Submitted"]])
    ws["F18"] = "Status"
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2026, 1, 5))
    for i, (task, name) in enumerate(CAMERA_DELIVERABLES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 21]))
        sent = fc - timedelta(days=rng.randint(0, 3)) if fc < when and i < 2 else None
        if sent:
            st = "Submitted"
        elif fc < when:
            st = "Late"
        else:
            st = rng.choice(["Not Started", "In Progress"])
        _put(ws, 19 + i, 1, [[task, name, base[i], fc, sent, st]])
        for c in (3, 4, 5):
            ws.cell(19 + i, c).number_format = "m/d/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if sent:
            values.append(ValueFact("milestones", i, "actual_date", sent))
        else:
            values.append(ValueFact("milestones", i, "status", st))
    targets: Targets = _cols("A", [None, "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", "status"])
    path = _save(wb, folder, "us_speed_camera_consultant_monthly_report")
    return Built(path, [_one("milestones", "Progress Report", 18, targets, n)], values)


THEATRE_MILESTONES = [
    "契約締結時 前払金",
    "機器搬入",
    "据付・配線完了",
    "総合調整・試験",
    "検収・引渡し",
]
THEATRE_STATUS = {"完了": "Complete", "進行中": "In Progress", "未着手": "Not Started"}


def jp_lecture_theatre_av_supplier_payment_milestones(folder: Path, rng: random.Random) -> Built:
    """A Japanese national university's lecture theatre AV supplier's payment milestones:
    `No.`, `マイルストーン`, `予定日` / `実績日` cells `yyyy/m/d`, `支払率`, `金額（税抜）`
    yen, `状況` 完了 / 進行中 / 未着手, a `合計` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "支払計画")
    ws["A1"] = "国立大学法人 北陵大学 大講義室AV設備更新"
    ws["A2"] = "支払マイルストーン（株式会社ミナト音響）"
    head = ["No.", "マイルストーン", "予定日", "実績日", "支払率", "金額（税抜）", "状況"]
    _put(ws, 4, 1, [head])
    plan = _days(rng, 5, date(2026, 1, 13))
    done = rng.randint(1, 3)
    rates = [0.1, 0.2, 0.2, 0.2, 0.3]
    price = float(rng.randrange(30, 90) * 1_000_000)
    values: list[ValueFact] = []
    for i, name in enumerate(THEATRE_MILESTONES):
        got = plan[i] + timedelta(days=rng.choice([0, 1, 6])) if i < done else None
        st = "完了" if got else ("進行中" if i == done else "未着手")
        _put(ws, 5 + i, 1, [[i + 1, name, plan[i], got, rates[i], price * rates[i], st]])
        for c in (3, 4):
            ws.cell(5 + i, c).number_format = "yyyy/m/d"
        ws.cell(5 + i, 5).number_format = "0%"
        ws.cell(5 + i, 6).number_format = "#,##0"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "status", THEATRE_STATUS[st]),
        ]
        if got:
            values.append(ValueFact("milestones", i, "actual_date", got))
    _put(ws, 10, 2, [["合計", None, None, 1.0, price]])
    ws.cell(10, 5).number_format = "0%"
    ws.cell(10, 6).number_format = "#,##0"
    targets: Targets = _cols("A", [("id", None), "milestone", ("baseline_date", "forecast_date")])
    targets |= _cols("D", ["actual_date", None, None, "status"])
    path = _save(wb, folder, "jp_lecture_theatre_av_supplier_payment_milestones")
    return Built(path, [_one("milestones", "支払計画", 4, targets, 5)], values)


FI_MONTHS = [
    "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
    "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu",
]  # fmt: skip
NEONATAL_TASKS = [
    ("Arkkitehtisuunnittelu", 98.0),
    ("LVI-suunnittelu", 92.0),
    ("Sähkösuunnittelu", 88.0),
    ("Lääkintäkaasut", 105.0),
    ("Projektinjohto", 110.0),
]


def fi_neonatal_ward_consultancy_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """A Finnish wellbeing services county's neonatal ward design consultancy's hourly fee
    tracker: `Kuukausi` as `maaliskuu 2026` text, `Tehtävä`, `Tunnit`, `Tuntihinta €`,
    `Veloitus € (alv 0 %)`, `ALV 25,5 %`, `Yhteensä €`, a total row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Laskutus")
    ws["A1"] = "Pohjanrannan hyvinvointialue - vastasyntyneiden teho-osasto, suunnittelu"
    ws["A2"] = "Tuntiveloitusten seuranta (Insinööritoimisto Kaarna Oy)"
    head = ["Kuukausi", "Tehtävä", "Tunnit", "Tuntihinta €", "Veloitus € (alv 0 %)"]
    _put(ws, 4, 1, [[*head, "ALV 25,5 %", "Yhteensä €"]])
    months = _months(date(2026, rng.choice([1, 2, 3]), 1), rng.randint(3, 5))
    tasks = rng.sample(NEONATAL_TASKS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    r = 0
    net_sum = 0.0
    for month in months:
        for task, rate in tasks:
            if rng.random() < 0.25:
                continue
            hours = float(rng.randrange(8, 160, 4))
            net = hours * rate
            vat = round(net * 0.255, 2)
            net_sum += net
            label = f"{FI_MONTHS[month.month - 1]} {month.year}"
            _put(ws, 5 + r, 1, [[label, task, hours, rate, net, vat, round(net + vat, 2)]])
            for c in (4, 5, 6, 7):
                ws.cell(5 + r, c).number_format = '#,##0.00 "€"'
            values.append(ValueFact("finance", (month, task), "actual", net))
            r += 1
    _put(ws, 6 + r, 1, [["Yhteensä", None, None, None, net_sum]])
    ws.cell(6 + r, 5).number_format = '#,##0.00 "€"'
    targets: Targets = _cols("A", ["month", "cost_line", None, None, "actual", None, None])
    path = _save(wb, folder, "fi_neonatal_ward_consultancy_fee_tracker")
    return Built(path, [TruthTable("Laskutus", 4, "finance", targets, {"finance": r})], values)


RESIDENCE_LINES = [
    "Preliminaries & general",
    "Substructure",
    "Superstructure",
    "Electrical installation",
    "Wet services",
]


def _zar(x: float) -> str:
    whole, cents = f"{x:,.2f}".split(".")
    return "R " + whole.replace(",", " ") + "," + cents


def za_student_residence_contractor_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A South African university's student residence contractor's invoice register in
    rand: `Inv No`, `Invoice Date` cells `yyyy/mm/dd`, `Claim Period` as `2026/03` text,
    `Description`, `Excl. VAT` / `VAT 15%` / `Incl. VAT` as `R 1 234,56` text, `Paid On`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoices")
    ws["A1"] = "University of the Highveld - New Student Residence (Block C)"
    ws["A2"] = "Contractor invoice register - Mthembu Build (Pty) Ltd"
    head = ["Inv No", "Invoice Date", "Claim Period", "Description", "Excl. VAT", "VAT 15%"]
    _put(ws, 4, 1, [[*head, "Incl. VAT", "Paid On"]])
    months = _months(date(2026, 2, 1), rng.randint(3, 5))
    lines = rng.sample(RESIDENCE_LINES, 3)
    values: list[ValueFact] = []
    r = 0
    for month in months:
        for line in lines:
            if rng.random() < 0.3:
                continue
            net = round(rng.randrange(400, 9000) * 125.0 + rng.choice([0, 0.5, 0.75]), 2)
            vat = round(net * 0.15, 2)
            sent = month + timedelta(days=rng.randint(32, 40))
            paid = sent + timedelta(days=30) if rng.random() < 0.5 else None
            cells: list[object] = [f"MB{2600 + r}", sent, f"{month:%Y/%m}", line]
            _put(ws, 5 + r, 1, [[*cells, _zar(net), _zar(vat), _zar(net + vat), paid]])
            ws.cell(5 + r, 2).number_format = "yyyy/mm/dd"
            ws.cell(5 + r, 8).number_format = "yyyy/mm/dd"
            values.append(ValueFact("finance", (month, line), "actual", net))
            r += 1
    targets: Targets = _cols("A", [None, None, "month", "cost_line", "actual", None, None])
    targets |= {"H": None}
    path = _save(wb, folder, "za_student_residence_contractor_invoice_log")
    return Built(path, [TruthTable("Invoices", 4, "finance", targets, {"finance": r})], values)


NL_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
RADAR_LINES = [
    ("1.1", "Radarsensoren en masten"),
    ("1.2", "VTS-software en licenties"),
    ("2.1", "Montage en bekabeling"),
    ("2.2", "Fabrieksacceptatietest"),
    ("3.1", "Opleiding verkeersleiders"),
    ("3.2", "Projectmanagement"),
]


def nl_harbour_master_radar_supplier_cashflow(folder: Path, rng: random.Random) -> Built:
    """A Dutch port authority's harbour master's shore radar supplier's cash-flow forecast
    in EUR: `WBS`, `Omschrijving` rows, months across as `mrt-26` text, a `Totaal` column
    and row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kasstroom")
    ws["A1"] = "Havenschap Eemsmond - Havenmeester: vervanging walradar (VTS)"
    ws["A2"] = "Liquiditeitsprognose leverancier (bedragen in EUR, excl. btw)"
    months = _months(date(2026, rng.choice([2, 3, 4]), 1), 6)
    labels = [f"{NL_MONTHS[m.month - 1]}-{m.year % 100:02d}" for m in months]
    _put(ws, 4, 1, [["WBS", "Omschrijving", *labels, "Totaal"]])
    items = sorted(rng.sample(RADAR_LINES, rng.randint(3, 5)))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    sums = [0.0] * len(months)
    for r, (wbs, item) in enumerate(items):
        row: list[object] = [wbs, item]
        total = 0.0
        for m, month in enumerate(months):
            if rng.random() < 0.35:
                row.append(None)
                continue
            amount = float(rng.randrange(4, 120) * 500)
            sums[m] += amount
            total += amount
            row.append(amount)
            values.append(ValueFact("finance", (month, item), "forecast", amount))
        _put(ws, 5 + r, 1, [[*row, total]])
        for c in range(3, 10):
            ws.cell(5 + r, c).number_format = "#,##0"
    _put(ws, 5 + len(items), 1, [[None, "Totaal", *sums, sum(sums)]])
    count = sum(1 for v in values if v.column == "forecast")
    table = TruthTable("Kasstroom", 4, "finance", {"A": None, "B": "cost_line"},
                       {"finance": count})  # fmt: skip
    path = _save(wb, folder, "nl_harbour_master_radar_supplier_cashflow")
    return Built(path, [table], values)


RANGE_ROLES = [
    ("Project manager", "Kadri Tamm", "Baltic Range Systems"),
    ("Systems engineer", "Mihkel Saar", "Baltic Range Systems"),
    ("Target systems technician", "TBC", "Subcontractor"),
    ("Radio / comms engineer", "Andres Kask", "Viru Telecom"),
    ("Safety officer", "Liis Mägi", "Baltic Range Systems"),
    ("Software developer", "Jaan Põld", "Baltic Range Systems"),
]


def ee_firing_range_integrator_staffing(folder: Path, rng: random.Random) -> Built:
    """An Estonian defence training area's firing range control integrator's resource plan:
    `Role`, `Name` (or `TBC`), `Company`, months across as date cells `mmm yyyy`,
    person-days, a `Total` column and row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource plan")
    ws["A1"] = "Defence training area - firing range control system upgrade"
    ws["A2"] = "Integrator resource plan (person-days) - Baltic Range Systems OÜ"
    months = _months(date(2026, rng.choice([1, 4]), 1), 6)
    _put(ws, 4, 1, [["Role", "Name", "Company", *months, "Total"]])
    for c in range(4, 10):
        ws.cell(4, c).number_format = "mmm yyyy"
    count = 0
    roles = rng.sample(RANGE_ROLES, rng.randint(4, 5))
    sums = [0] * len(months)
    for r, (role, name, company) in enumerate(roles):
        days = [rng.choice([0, 0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        sums = [a + b for a, b in zip(sums, days, strict=True)]
        _put(ws, 5 + r, 1, [[role, name, company, *[d or None for d in days], sum(days)]])
    _put(ws, 5 + len(roles), 1, [["Total", None, None, *sums, sum(sums)]])
    targets: Targets = {"A": "role", "B": "person", "C": None}
    table = TruthTable("Resource plan", 4, "resources", targets, {"resources": count})
    path = _save(wb, folder, "ee_firing_range_integrator_staffing")
    return Built(path, [table], [])


HELD_OUT_94: tuple[Layout, ...] = (
    Layout(
        "uk_gritting_depot_contractor_raid",
        "English council gritting depot contractor's RAID log (R/A/I/D letters, key line)",
        uk_gritting_depot_contractor_raid,
    ),
    Layout(
        "sg_patient_portal_integrator_uat_defects",
        "Singapore hospital patient portal integrator's UAT defects (dd-Mmm-yyyy text)",
        sg_patient_portal_integrator_uat_defects,
    ),
    Layout(
        "nz_stopbank_contractor_early_warnings",
        "New Zealand council stopbank contractor's NEC early warnings (d/mm/yyyy text)",
        nz_stopbank_contractor_early_warnings,
    ),
    Layout(
        "ch_university_vivarium_decision_log",
        "Swiss university vivarium consultancy's decision log (German, dd.mm.yyyy text)",
        ch_university_vivarium_decision_log,
    ),
    Layout(
        "dk_radiotherapy_bunker_client_dependencies",
        "Danish region radiotherapy supplier's client deliveries (Senest, Åben/Leveret)",
        dk_radiotherapy_bunker_client_dependencies,
    ),
    Layout(
        "pt_lead_pipe_contractor_proposal_assumptions",
        "Portuguese water service lead pipe contractor's proposal assumptions (Situação)",
        pt_lead_pipe_contractor_proposal_assumptions,
    ),
    Layout(
        "us_speed_camera_consultant_monthly_report",
        "US DOT speed camera consultant's monthly report (Green/Yellow/Red, deliverables)",
        us_speed_camera_consultant_monthly_report,
    ),
    Layout(
        "jp_lecture_theatre_av_supplier_payment_milestones",
        "Japanese university AV supplier's payment milestones (予定日, 完了/未着手)",
        jp_lecture_theatre_av_supplier_payment_milestones,
    ),
    Layout(
        "fi_neonatal_ward_consultancy_fee_tracker",
        "Finnish neonatal ward design consultancy's hourly fee tracker (EUR, alv 0 %)",
        fi_neonatal_ward_consultancy_fee_tracker,
    ),
    Layout(
        "za_student_residence_contractor_invoice_log",
        "South African university residence contractor's invoice register (R 1 234,56 text)",
        za_student_residence_contractor_invoice_log,
    ),
    Layout(
        "nl_harbour_master_radar_supplier_cashflow",
        "Dutch harbour master radar supplier's cash-flow forecast (mrt-26 text, Totaal)",
        nl_harbour_master_radar_supplier_cashflow,
    ),
    Layout(
        "ee_firing_range_integrator_staffing",
        "Estonian defence firing range integrator's resource plan (mmm yyyy cells, TBC)",
        ee_firing_range_integrator_staffing,
    ),
)
