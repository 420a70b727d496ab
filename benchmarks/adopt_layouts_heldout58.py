"""The fifty-eighth held-out batch (``HELD_OUT_58``, round 32's final measure): twelve
seeded legacy layouts with ground truth, written by an engineer who does not tune adoption
and who read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores.
The kind is SUPPLIER AND CONSULTANCY REPORTS: workbooks a project receives from (or sends
to) its systems integrators, consultancies, contractors and managed-service providers,
which the PMO adopts as the CLIENT project's registers and trackers, in sectors no earlier
batch's docstring names (a hammam, silk weaving, a tulip greenhouse, quinoa processing,
matcha, a bobsleigh track, truffles, a cork works, a stud farm, bamboo, lavender, kimchi).

Registers:

- ``tr_hammam_si_raid_extract``: a systems integrator's RAID extract for an Istanbul
  hammam's booking and access-control system: supplier title block (`Prepared by
  Bosphorus Digital for the client`), `Ref` in the supplier's scheme (`BD-HMM-R-014`),
  `Type` Risk / Issue / Assumption / Dependency words, `Description`, `Owner` named people,
  `Owner side` Client / Supplier / Joint, `Raised` and `Target` date cells shown
  `dd.mm.yyyy`, `Status` Open / Closed.
- ``th_silk_msp_risk_issue_log``: a Thai managed-service provider's log for a silk weaving
  works' ERP hosting, two sheets `Risks` and `Issues`, each with `Client Owner` and
  `Supplier Owner` columns; risks with `Likelihood` / `Impact` H / M / L, issues with
  `Severity` P1..P4 and `Opened` / `Resolved on` date cells.
- ``nl_tulip_greenhouse_decisions``: a horticultural consultancy's design-authority
  decision log for a Dutch tulip greenhouse: `Decision ID` DA-01.., `Date agreed` cells
  shown `d-m-yyyy`, `Decision`, `Rationale`, `Agreed by` (a name with the firm in
  brackets), `Consultancy ref`.
- ``pe_quinoa_supplier_dependencies``: a Peruvian-owned quinoa plant's dependencies on and
  from its equipment supplier: `Dep No.` 1.., `Dependency`, `Direction` `Client to
  Supplier` / `Supplier to Client`, `Provider`, `Client owner`, `Needed by` / `Promised`
  date cells, `Status` On Track / At Risk / Late / Delivered.
- ``jp_matcha_contractor_issue_log``: a Japanese contractor's issue log for a matcha
  grinding mill: `No.` MT-I-001.., `Reported` as `2026/03/05` text, `Issue`, `Priority`
  High / Medium / Low, `Action owner`, `Due` as the same text, `Status` Open / In Progress
  / Closed.
- ``no_bobsleigh_sow_assumptions``: a consultancy's statement-of-work assumptions for a
  Norwegian bobsleigh track's timing system: `#` A1.., `Assumption`, `Owner` Client /
  Supplier, `Validate by` date cells, `Status` Open / Validated / Invalid, `If false`.

Trackers:

- ``fr_truffle_consultancy_fees``: a consultancy's engagement tracker for a Périgord
  truffle cooperative: `Fees (EUR, ex VAT)` in the title, `Workstream` and `Measure`
  (`Budget` / `Invoiced`) rows, months across as date cells shown `mmm-yy`, a `Total`
  column.
- ``pt_cork_payment_applications``: a Portuguese contractor's valuation history for a
  cork works extension: valuations DOWN (`Valuation No.`, `Period to` date cells shown
  `mmm-yy`), contract sections ACROSS as amounts this period, then `Gross this period`,
  `Retention 5%`, `Net certified` (€ in the title).
- ``ky_stud_farm_consultant_invoices``: a Kentucky stud farm's consultancy invoices, long
  form: `Invoice`, `Period` text (`Mar 2026`), `Grade`, `Days`, `Day rate`, `Fee ex VAT
  (USD)`, `Status` Raised / Paid.
- ``vn_bamboo_supplier_resource_plan``: an integrator's named staff for a Vietnamese
  bamboo mill's MES: `Consultant`, `Grade`, `Day rate (USD)`, months across as `Apr 2026`
  text, days per month, a `Total days` column.
- ``hr_lavender_sow_milestones``: a statement-of-work milestone plan for a Croatian
  lavender distillery's e-shop: `Milestone`, `Contract date`, `Forecast`, `Accepted on`
  date cells shown `dd/mm/yyyy`, `Payment %`, `Payment (EUR)`, `Status` Accepted /
  Invoiced / Not due / In progress.
- ``kr_kimchi_si_weekly_status``: a systems integrator's weekly status pack for a Korean
  kimchi factory's warehouse system: label / value rows `Client`, `Client project`,
  `Supplier PM`, `Client PM`, `Week ending` cell, RAG words `Overall`, `Schedule`, `Cost`,
  `Scope`, a `Summary`, then `Milestones against contract` (`Milestone`, `Contract date`,
  `Forecast`, `Actual`, `RAG`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the kimchi pack's `Supplier PM` beside `Client PM`: the project manager is the client's
  (the PMO adopts the client's project), the supplier PM is left out; the milestones'
  `RAG` column (Red = Late or At Risk? Green = In Progress or Not Started?): no status
  fact; `Week ending` is the report date; `Client project` is the project name (not the
  supplier's engagement name in the title);
- the hammam RAID extract's `BD-HMM-R-014` (the supplier's scheme: keep it, or renumber
  R-014?): no id fact; `Owner side`: left out; a dependency's `Raised` (no standard
  field): no fact; `Target` is an issue's due date and an assumption's validate-by date;
  for a risk (due or review?) and a dependency (need-by or committed?): no fact;
- the silk MSP log's `Client Owner` and `Supplier Owner` (which one is the owner?): no
  owner fact on either sheet; `H / M / L` likelihood and impact (which numbers?): no fact;
  `P1`..`P4` severity (Critical / High / Medium / Low, or priority?): no fact; the MSP's
  refs `SR-0..`: no id fact; issues `Opened` is the raised date, `Resolved on` the closed
  date only when the status is Resolved or Closed (a cell, so it is read as written);
- the quinoa dependencies' `Client to Supplier` / `Supplier to Client` (the client's
  project is ours, so outbound / inbound, but an analyst could read the supplier's view):
  no direction fact; `Provider`: left out; `Dep No.` 1..: no id fact; `Client owner` is
  the owner, `Needed by` the need-by date, `Promised` the committed date;
- the tulip decisions' `Agreed by` `Name (Firm)` (the name, or the name with its firm?):
  no made_by fact; `DA-01` (a prefix before the number): no id fact; `Consultancy ref`:
  left out;
- the bobsleigh assumptions' `Owner` `Client` / `Supplier` (a side, no person): no owner
  fact; `A1` is A-001; `If false` is the impact if false;
- the matcha log's `MT-I-001` (project-keyed compound ref): no id fact; the text dates
  are year first;
- the lavender plan's `Invoiced` (Complete or not yet accepted?) and `Not due` (Not
  Started?) and `In progress`: `Accepted` is Complete, `In progress` In Progress, the
  others no status fact; `Payment %` and `Payment (EUR)`: left out (no finance facts);
- the cork valuations' sections are actuals of the month the valuation runs to;
  `Gross this period`, `Retention 5%` and `Net certified` are no cost line; `€` is EUR;
- the truffle tracker's `Invoiced` is the actual; `Total` column no month; EUR;
- the stud farm invoices' `Fee ex VAT (USD)` is the actual of the period's month per
  grade (one invoice line per grade and month); `Days`, `Day rate`, `Invoice`, `Status`:
  left out; USD;
- the bamboo plan's days per person-month: counts only (as earlier batches' resource
  plans); `Day rate (USD)`: left out (no finance fact); `Total days`: no month.

Readings used: date cells are what they hold; text dates are year first (`2026/03/05`)
or month words; ids in no standard shape get no id fact. It was written and checked for
internal consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audit, round 32 (docs/adopt.md, "Round 32: the fifty-eighth batch's truth audited"; an
engineer who does not tune, without adoption's code or output): the quinoa log's
`Provider` column is the counterparty project or left out with no value (round 31's ruling
on the reindeer register's `Provider / Receiver`), where it was to be left out; the lavender
plan's `Invoiced` rows are Complete (each carries its `Accepted on` date, and a SOW
milestone is invoiced only once accepted), where they had no status fact; a writer's slip
mended: the truffle tracker's `Invoiced` rows put their sum under the first un-invoiced
month instead of the `Total` column (now blanks up to `Total`; no draw changes). The other
readings above were looked at and left.
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

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

HAMMAM_ROWS = [
    ("Risk", "Turnstile vendor may not certify the firmware before opening"),
    ("Risk", "Steam humidity damages the card readers in the hot room"),
    ("Issue", "Booking API returns double slots on Fridays"),
    ("Issue", "Client Wi-Fi blocks the payment gateway port"),
    ("Assumption", "Client supplies the locker numbering plan"),
    ("Assumption", "Existing CCTV stays on the old VLAN"),
    ("Dependency", "Client's cabling contractor finishes the cold room runs"),
    ("Dependency", "Payment provider test merchant account"),
]
HAMMAM_PEOPLE = ["Ayse Demir", "Mehmet Yilmaz", "Elif Kaya", "Can Ozturk"]
HAMMAM_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
HAMMAM_REG["Dependency"] = "dependencies"


def tr_hammam_si_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's RAID extract for an Istanbul hammam: supplier refs, type
    words, an `Owner side` column, `dd.mm.yyyy` date cells, a `Target` column per type."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Cagaloglu Hammam - Booking & Access Control - RAID extract"
    ws["A2"] = "Prepared by Bosphorus Digital for the client, weekly"
    head = ["Ref", "Type", "Description", "Owner", "Owner side", "Raised", "Target", "Status"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(HAMMAM_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 12))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = HAMMAM_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(HAMMAM_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        target = raised[k] + timedelta(days=rng.choice([10, 21, 30]))
        cells: list[object] = [f"BD-HMM-{kind[0]}-{rng.randint(1, 40) + 10 * k:03d}", kind]
        cells += [text, who, rng.choice(["Client", "Supplier", "Joint"]), raised[k], target, st]
        _put(ws, 5 + k, 1, [cells])
        for c in (6, 7):
            ws.cell(5 + k, c).number_format = "dd.mm.yyyy"
        title = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, title, text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption")])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("D", ["owner", None, ("raised_date", None), due_cols, "status"])
    path = _save(wb, folder, "tr_hammam_si_raid_extract")
    return Built(path, [TruthTable("RAID extract", 4, "raid", targets, counts)], values)


SILK_RISKS = [
    "Hosting region change delays the cutover",
    "Client's loom PLC gateway is end of life",
    "Key ERP consultant leaves the MSP",
    "Backup window overlaps the night dyeing run",
    "Licence true-up exceeds the budget",
]
SILK_ISSUES = [
    "Month-end close job times out",
    "Barcode printers drop the Thai font",
    "VPN to the Chiang Mai shed is unstable",
    "Stock valuation report shows negative yarn",
    "Password reset emails go to spam",
]
SILK_CLIENT = ["Somchai Wong", "Nattaya Srisuk", "Pim Chaiyaporn"]
SILK_SUPPLIER = ["Arun Patel", "Kittipong Boon", "Lisa Tan"]


def th_silk_msp_risk_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Thai MSP's risk and issue log on two sheets with `Client Owner` / `Supplier
    Owner` columns, H / M / L scores, P1..P4 severity, `Opened` / `Resolved on` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Jim Thompson Weaving Works - ERP Managed Service - Risk & Issue Log"
    head = ["Ref", "Risk", "Likelihood", "Impact", "Mitigation", "Client Owner"]
    head += ["Supplier Owner", "Status"]
    _put(ws, 3, 1, [head])
    nr = rng.randint(3, 5)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(SILK_RISKS, nr)):
        st = rng.choice(["Open", "Open", "Closed"])
        plan = rng.choice(["Agree a freeze window", "Second engineer trained", "Monitor weekly"])
        cells: list[object] = [f"SR-{rng.randint(100, 999)}", text, rng.choice("HML")]
        cells += [rng.choice("HML"), plan, rng.choice(SILK_CLIENT), rng.choice(SILK_SUPPLIER), st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    rt: Targets = _cols("A", [("id", None), "title", ("probability", None), ("impact", None)])
    rt |= _cols("E", ["response", ("owner", None), ("owner", None), "status"])
    wi = wb.create_sheet("Issues")
    head = ["Ref", "Issue", "Severity", "Opened", "Client Owner", "Supplier Owner", "Status"]
    head += ["Resolved on"]
    _put(wi, 1, 1, [head])
    ni = rng.randint(3, 5)
    opened = _days(rng, ni, date(2026, 2, 2))
    for i, text in enumerate(rng.sample(SILK_ISSUES, ni)):
        st = rng.choice(["Open", "In Progress", "Resolved", "Closed"])
        done = (
            opened[i] + timedelta(days=rng.randint(1, 9)) if st in ("Resolved", "Closed") else None
        )
        cells = [f"SI-{rng.randint(100, 999)}", text, f"P{rng.randint(1, 4)}", opened[i]]
        cells += [rng.choice(SILK_CLIENT), rng.choice(SILK_SUPPLIER), st, done]
        _put(wi, 2 + i, 1, [cells])
        for c in (4, 8):
            wi.cell(2 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "status", st),
        ]
        if done:
            values.append(ValueFact("issues", i, "closed_date", done))
    it: Targets = _cols("A", [("id", None), "title", ("severity", "priority", None)])
    it |= _cols("D", ["raised_date", ("owner", None), ("owner", None), "status", "closed_date"])
    path = _save(wb, folder, "th_silk_msp_risk_issue_log")
    return Built(
        path, [_one("risks", "Risks", 3, rt, nr), _one("issues", "Issues", 1, it, ni)], values
    )


TULIP_DECISIONS = [
    ("Use LED top lighting instead of SON-T", "Lower energy cost after 2027"),
    ("Heat pump sized for 4 ha", "Phase 2 glass added later"),
    ("Climate computer from the incumbent vendor", "Growers already trained"),
    ("Rainwater basin doubled", "Drought summers and water board advice"),
    ("Bulb cold store kept on site", "Transport risk to Lisse"),
]
TULIP_BY = ["Jan de Vries (Client)", "Sanne Bakker (Hortiplan)", "Pieter Visser (Client)"]


def nl_tulip_greenhouse_decisions(folder: Path, rng: random.Random) -> Built:
    """A consultancy's design-authority decision log for a Dutch tulip greenhouse:
    `DA-01` ids, `d-m-yyyy` date cells, `Agreed by` as `Name (Firm)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Design Authority")
    ws["A1"] = "Hortiplan advisory - Kas Noordwijkerhout - Design Authority decisions"
    head = ["Decision ID", "Date agreed", "Decision", "Rationale", "Agreed by"]
    _put(ws, 3, 1, [[*head, "Consultancy ref"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(TULIP_DECISIONS, n)):
        cells: list[object] = [f"DA-{i + 1:02d}", when[i], text, why, rng.choice(TULIP_BY)]
        _put(ws, 4 + i, 1, [[*cells, f"HP-{rng.randint(2000, 2999)}"]])
        ws.cell(4 + i, 2).number_format = "d-m-yyyy"
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale"])
    targets |= {"E": ("made_by", None), "F": None}
    path = _save(wb, folder, "nl_tulip_greenhouse_decisions")
    return Built(path, [_one("decisions", "Design Authority", 3, targets, n)], values)


QUINOA_DEPS = [
    ("Foundation drawings for the optical sorter", "Client to Supplier"),
    ("Sorter factory acceptance test slot", "Supplier to Client"),
    ("Three-phase supply at the Juliaca plant", "Client to Supplier"),
    ("Washing line water analysis", "Client to Supplier"),
    ("Spare parts list and prices", "Supplier to Client"),
    ("Operator training dates", "Supplier to Client"),
]
QUINOA_OWNERS = ["Rosa Quispe", "Luis Mamani", "Carmen Huaman"]
QUINOA_STATUS = ["On Track", "At Risk", "Late", "Delivered"]


def pe_quinoa_supplier_dependencies(folder: Path, rng: random.Random) -> Built:
    """A quinoa plant's dependencies with its equipment supplier: `Client to Supplier` /
    `Supplier to Client` direction, `Dep No.` numbers, `Needed by` / `Promised` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Planta Quinua Altiplano - Sorting Line - Interface Dependencies"
    head = ["Dep No.", "Dependency", "Direction", "Provider", "Client owner", "Needed by"]
    _put(ws, 2, 1, [[*head, "Promised", "Status"]])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 9))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(QUINOA_DEPS, n)):
        who, st = rng.choice(QUINOA_OWNERS), rng.choice(QUINOA_STATUS)
        promised = need[i] + timedelta(days=rng.choice([-5, 0, 7, 14]))
        provider = "Cliente" if way.startswith("Client") else "Buhler Andina"
        _put(ws, 3 + i, 1, [[i + 1, text, way, provider, who, need[i], promised, st]])
        for c in (6, 7):
            ws.cell(3 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", ("direction", None)])
    targets |= {"D": ("counterparty_project_id", None), "E": "owner"}
    targets |= _cols("F", ["need_by", "committed_date", "status"])
    path = _save(wb, folder, "pe_quinoa_supplier_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 2, targets, n)], values)


MATCHA_ISSUES = [
    "Stone mill room humidity above 40%",
    "Granite mill stones delivered chipped",
    "Dust extraction fan too loud for the neighbours",
    "Fire inspector asks for a second exit",
    "Tea leaf cold store alarm not wired",
    "Packing room floor resin not cured",
]
MATCHA_OWNERS = ["Sato Kenji", "Tanaka Yumi", "Suzuki Hiro", "Ito Mai"]


def jp_matcha_contractor_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Japanese contractor's issue log: `MT-I-001` ids, `2026/03/05` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Uji Matcha Mill Extension - Contractor Issue Log (Obayashi-Kumi)"
    head = ["No.", "Reported", "Issue", "Priority", "Action owner", "Due", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 6))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(MATCHA_ISSUES, n)):
        due = made[i] + timedelta(days=rng.choice([7, 14, 21]))
        pr, who = rng.choice(["High", "Medium", "Low"]), rng.choice(MATCHA_OWNERS)
        st = rng.choice(["Open", "In Progress", "Closed"])
        cells: list[object] = [f"MT-I-{i + 1:03d}", f"{made[i]:%Y/%m/%d}", text, pr, who]
        _put(ws, 4 + i, 1, [[*cells, f"{due:%Y/%m/%d}", st]])
        values += [
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "priority", "owner"])
    targets |= {"F": "due_date", "G": "status"}
    path = _save(wb, folder, "jp_matcha_contractor_issue_log")
    return Built(path, [_one("issues", "Issues", 3, targets, n)], values)


BOB_ASSUMPTIONS = [
    ("Client provides fibre to each timing cabin", "Radio links needed"),
    ("FIBT homologation rules unchanged for 2027", "Redesign of start timing"),
    ("Track ice is available for tests from November", "Testing slips to January"),
    ("Existing scoreboard accepts the new feed", "Scoreboard replaced"),
    ("Supplier staff get site passes within a week", "Mobilisation delayed"),
]


def no_bobsleigh_sow_assumptions(folder: Path, rng: random.Random) -> Built:
    """A consultancy's SOW assumptions for a Norwegian bobsleigh track: `A1` numbers,
    `Owner` Client / Supplier, `Validate by` cells, Open / Validated / Invalid."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW Assumptions")
    ws["A1"] = "Lillehammer Olympic Bobsleigh Track - Timing System SOW - Assumptions"
    _put(ws, 3, 1, [["#", "Assumption", "Owner", "Validate by", "Status", "If false"]])
    n = rng.randint(3, 5)
    by = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, (text, fail) in enumerate(rng.sample(BOB_ASSUMPTIONS, n)):
        st = rng.choice(["Open", "Open", "Validated", "Invalid"])
        _put(
            ws, 4 + i, 1, [[f"A{i + 1}", text, rng.choice(["Client", "Supplier"]), by[i], st, fail]]
        )
        ws.cell(4 + i, 4).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", st),
            ValueFact("assumptions", i, "impact_if_false", fail),
        ]
    targets: Targets = _cols("A", ["id", "assumption", ("owner", None), "validate_by"])
    targets |= {"E": "status", "F": "impact_if_false"}
    path = _save(wb, folder, "no_bobsleigh_sow_assumptions")
    return Built(path, [_one("assumptions", "SOW Assumptions", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

TRUFFLE_STREAMS = ["Market study", "Cold chain design", "Grower onboarding", "Brand & labels"]


def fr_truffle_consultancy_fees(folder: Path, rng: random.Random) -> Built:
    """A consultancy's fee tracker: `Workstream` / `Measure` (Budget / Invoiced) rows,
    month date cells shown `mmm-yy` across, `Fees (EUR, ex VAT)`, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = "Coopérative Truffe Noire du Périgord - engagement tracker"
    ws["A2"] = "Fees (EUR, ex VAT)"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 4, 1, [["Workstream", "Measure", *months, "Total"]])
    for c in range(3, 9):
        ws.cell(4, c).number_format = "mmm-yy"
    done = rng.randint(2, 4)
    streams = rng.sample(TRUFFLE_STREAMS, rng.randint(2, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for s in streams:
        plan = [float(rng.randrange(2, 30) * 500) for _ in months]
        spent = [round(p * rng.choice([0.8, 1.0, 1.1]), 2) for p in plan[:done]]
        _put(
            ws,
            row,
            1,
            [
                [s, "Budget", *plan, sum(plan)],
                [s, "Invoiced", *spent, *[None] * (len(months) - done), sum(spent)],
            ],
        )
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, s), "budget", plan[m]))
            if m < done:
                values.append(ValueFact("finance", (month, s), "actual", spent[m]))
        row += 2
    table = TruthTable("Fees", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 6 * len(streams)})  # fmt: skip
    return Built(_save(wb, folder, "fr_truffle_consultancy_fees"), [table], values)


CORK_SECTIONS = ["Preliminaries", "Groundworks", "Steel frame", "Cladding", "M&E"]


def pt_cork_payment_applications(folder: Path, rng: random.Random) -> Built:
    """A contractor's valuation history: valuations down with `Period to` cells shown
    `mmm-yy`, sections across this period, gross / retention / net columns, € title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valuations")
    ws["A1"] = "Corticeira Alentejo - Extension - Payment applications (€)"
    ws["A2"] = f"Contract sum {rng.randrange(900, 1500) * 1000:,}"
    secs = rng.sample(CORK_SECTIONS, rng.randint(3, 5))
    head = ["Valuation No.", "Period to", *secs, "Gross this period", "Retention 5%"]
    _put(ws, 4, 1, [[*head, "Net certified"]])
    months = _months(date(2025, 11, 1), rng.randint(3, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    for r, month in enumerate(months):
        amounts = [float(rng.randrange(0, 80) * 1000) for _ in secs]
        gross = sum(amounts)
        _put(ws, 5 + r, 1, [[r + 1, month, *amounts, gross, -gross * 0.05, gross * 0.95]])
        ws.cell(5 + r, 2).number_format = "mmm-yy"
        for sec, a in zip(secs, amounts, strict=True):
            values.append(ValueFact("finance", (month, sec), "actual", a))
    targets: Targets = {"A": None, "B": "month"}
    table = TruthTable("Valuations", 4, "finance", targets, {"finance": len(months) * len(secs)})
    return Built(_save(wb, folder, "pt_cork_payment_applications"), [table], values)


STUD_GRADES = [("Partner", 2400.0), ("Senior Consultant", 1500.0), ("Analyst", 900.0)]


def ky_stud_farm_consultant_invoices(folder: Path, rng: random.Random) -> Built:
    """A stud farm's consultancy invoices, one line per grade and month: `Period` text,
    `Days`, `Day rate`, `Fee ex VAT (USD)`, `Status` Raised / Paid."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoices")
    ws["A1"] = "Bluegrass Stud Farm - Breeding Records Platform - Consultancy invoices"
    head = ["Invoice", "Period", "Grade", "Days", "Day rate", "Fee ex VAT (USD)", "Status"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(2, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row, n = 4, 0
    for m, month in enumerate(months):
        for grade, rate in STUD_GRADES:
            days = rng.randint(1, 12)
            st = "Paid" if m < len(months) - 1 else "Raised"
            _put(
                ws,
                row,
                1,
                [[f"INV-{2600 + m}", f"{month:%b %Y}", grade, days, rate, days * rate, st]],
            )
            values.append(ValueFact("finance", (month, grade), "actual", days * rate))
            row, n = row + 1, n + 1
    targets: Targets = _cols("A", [None, "month", "cost_line", None, None, "actual", None])
    table = TruthTable("Invoices", 3, "finance", targets, {"finance": n})
    return Built(_save(wb, folder, "ky_stud_farm_consultant_invoices"), [table], values)


BAMBOO_STAFF = [
    ("Nguyen Van An", "Solution Architect", 650),
    ("Tran Thi Hoa", "MES Consultant", 480),
    ("Le Minh Duc", "Developer", 350),
    ("Pham Quoc Bao", "Test Lead", 400),
    ("Vo Thi Lan", "Trainer", 300),
]


def vn_bamboo_supplier_resource_plan(folder: Path, rng: random.Random) -> Built:
    """An integrator's named staff plan: `Consultant`, `Grade`, `Day rate (USD)`, `Apr
    2026` text months across, days, a `Total days` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource plan")
    ws["A1"] = "Bamboo Viet Mill - MES rollout - Supplier resource plan (days)"
    months = _months(date(2026, 4, 1), 5)
    _put(ws, 3, 1, [["Consultant", "Grade", "Day rate (USD)", *[f"{m:%b %Y}" for m in months]]])
    ws.cell(3, 9, "Total days")
    count = 0
    for r, (name, grade, rate) in enumerate(rng.sample(BAMBOO_STAFF, rng.randint(3, 5))):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, grade, rate, *[d or None for d in days], sum(days)]])
    table = TruthTable("Resource plan", 3, "resources", {"A": "person", "B": "role", "C": None},
                       {"resources": count})  # fmt: skip
    return Built(_save(wb, folder, "vn_bamboo_supplier_resource_plan"), [table], [])


LAVENDER_MILESTONES = [
    "Discovery and design signed off",
    "Catalogue and payments build",
    "User acceptance testing passed",
    "Go-live",
    "Hypercare ended",
]
LAVENDER_STATUS = {"Accepted": "Complete", "Invoiced": "Complete", "In progress": "In Progress"}
LAVENDER_STATUS["Not due"] = None


def hr_lavender_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A SOW payment milestone plan: `Contract date` / `Forecast` / `Accepted on` cells
    shown `dd/mm/yyyy`, `Payment %` and `Payment (EUR)`, Accepted / Invoiced / Not due."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW milestones")
    ws["A1"] = "Hvar Lavender Distillery e-shop - SOW 2 - Payment milestones"
    head = ["Milestone", "Contract date", "Forecast", "Accepted on", "Payment %"]
    _put(ws, 3, 1, [[*head, "Payment (EUR)", "Status"]])
    fee = rng.randrange(40, 90) * 1000
    base = _days(rng, 5, date(2026, 1, 12))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(LAVENDER_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        pct = [0.2, 0.3, 0.2, 0.2, 0.1][i]
        if i < done:
            st, acc = rng.choice(["Accepted", "Accepted", "Invoiced"]), fc
        else:
            st, acc = rng.choice(["Not due", "In progress"]), None
        _put(ws, 4 + i, 1, [[name, base[i], fc, acc, pct, fee * pct, st]])
        for c in (2, 3, 4):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(4 + i, 5).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if acc:
            values.append(ValueFact("milestones", i, "actual_date", acc))
        if LAVENDER_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", LAVENDER_STATUS[st]))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": None, "F": None, "G": ("status", None)}
    path = _save(wb, folder, "hr_lavender_sow_milestones")
    return Built(path, [_one("milestones", "SOW milestones", 3, targets, 5)], values)


KIMCHI_MILESTONES = [
    "Warehouse design approved",
    "Scanners and racking labels installed",
    "Integration with the client ERP tested",
    "Cold store go-live",
    "Contract acceptance",
]


def kr_kimchi_si_weekly_status(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's weekly status pack: client / supplier label rows, a `Week
    ending` cell, RAG words, a milestones table against the contract's dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Weekly status")
    ws["A1"] = "Hanbit Systems - WMS engagement - Weekly status pack"
    week = date(2026, 3, rng.choice([6, 13, 20, 27]))
    project, client_pm = "Gwangju Kimchi Plant Cold Store WMS", "Kim Ji-woo"
    rows: list[list[object]] = [["Client", "Jongga Foods"], ["Client project", project]]
    rows += [["Supplier PM", "Park Min-jun"], ["Client PM", client_pm], ["Week ending", week]]
    _put(ws, 3, 1, rows)
    ws["B7"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(
        ws,
        9,
        1,
        [["Overall", rags[0]], ["Schedule", rags[1]], ["Cost", rags[2]], ["Scope", rags[3]]],
    )
    summary = rng.choice(
        ["Racking labels late from the printer; go-live held.", "ERP interface passed SIT."]
    )
    ws["A14"], ws["B14"] = "Summary", summary
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", client_pm),
        ValueFact("project", 0, "report_date", week),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A16"] = "Milestones against contract"
    _put(ws, 17, 1, [["Milestone", "Contract date", "Forecast", "Actual", "RAG"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2026, 1, 5))
    for i, name in enumerate(KIMCHI_MILESTONES[:n]):
        fc = due[i] + timedelta(days=rng.choice([0, 7, 14]))
        actual = fc if fc < week else None
        _put(ws, 18 + i, 1, [[name, due[i], fc, actual, rng.choice(["Green", "Amber", "Red"])]])
        for c in (2, 3, 4):
            ws.cell(18 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": ("status", None)}
    path = _save(wb, folder, "kr_kimchi_si_weekly_status")
    return Built(path, [_one("milestones", "Weekly status", 17, targets, n)], values)


HELD_OUT_58: tuple[Layout, ...] = (
    Layout("tr_hammam_si_raid_extract",
           "Turkish SI's RAID extract (supplier refs, Owner side, dd.mm.yyyy)",
           tr_hammam_si_raid_extract),
    Layout("th_silk_msp_risk_issue_log",
           "Thai MSP risk and issue log, two sheets, Client / Supplier Owner",
           th_silk_msp_risk_issue_log),
    Layout("nl_tulip_greenhouse_decisions",
           "Dutch consultancy design-authority decisions (DA-01, Name (Firm))",
           nl_tulip_greenhouse_decisions),
    Layout("pe_quinoa_supplier_dependencies",
           "Peruvian plant's supplier interface dependencies (Client to Supplier)",
           pe_quinoa_supplier_dependencies),
    Layout("jp_matcha_contractor_issue_log",
           "Japanese contractor issue log (MT-I-001, 2026/03/05 text)",
           jp_matcha_contractor_issue_log),
    Layout("no_bobsleigh_sow_assumptions",
           "Norwegian SOW assumptions (A1, Owner Client / Supplier)",
           no_bobsleigh_sow_assumptions),
    Layout("fr_truffle_consultancy_fees",
           "French consultancy fee tracker (Budget / Invoiced rows, EUR ex VAT)",
           fr_truffle_consultancy_fees),
    Layout("pt_cork_payment_applications",
           "Portuguese contractor valuations (sections across, retention, €)",
           pt_cork_payment_applications),
    Layout("ky_stud_farm_consultant_invoices",
           "Kentucky consultancy invoices, long form per grade and month (USD)",
           ky_stud_farm_consultant_invoices),
    Layout("vn_bamboo_supplier_resource_plan",
           "Vietnamese integrator named staff plan (day rates, Apr 2026 text)",
           vn_bamboo_supplier_resource_plan),
    Layout("hr_lavender_sow_milestones",
           "Croatian SOW payment milestones (Accepted / Invoiced / Not due)",
           hr_lavender_sow_milestones),
    Layout("kr_kimchi_si_weekly_status",
           "Korean SI weekly status pack (Client PM / Supplier PM, contract dates)",
           kr_kimchi_si_weekly_status),
)  # fmt: skip
