"""Round 29's fifteenth tuning batch: every register kind's words in the wild
(``TUNING_15_A`` tuned on, ``TUNING_15_B`` kept untouched).

Written in round 29 (task dr29, docs/adopt.md "Round 29: every register kind's words in
the wild") by an engineer who tunes. Risks and issues were tuned for 28 rounds; the other
kinds less. Here are ordinary English registers of all six kinds and milestone plans as
PMs and their templates write them: a dependency's direction in every form (``In`` /
``Out``, ``Upstream`` / ``Downstream``, ``We need`` / ``We provide``, ``Giver`` /
``Taker``, ``Incoming`` / ``Outgoing``, ``Provider`` / ``Receiver``), its statuses
(``Agreed``, ``Committed``, ``Received``, ``Met``, ``Landed``, ``Done``, ``Slipped``,
``Broken``), an assumption's (``Confirmed``, ``Proved``, ``Disproved``, ``Holding``,
``Under review``), a decision's status and maker, a milestone plan's stage gates (``Gate
0``..``Gate 5``, ``SG1``, ``DG2``), RAG, baseline, re-baselined, forecast and actual dates
and tolerance, and each kind's id forms (``DEP01``, ``D.1``, ``ASM-3``, ``DEC/004``,
``MS10``, ``G2``). Sectors and countries: a UK hospital build, an Australian rail
signalling upgrade, a Canadian health records programme, an Irish water utility, a New
Zealand council IT programme, a Kenyan mobile money launch (half A); a Singapore bank, a
South African mine, an Indian telecom rollout, a Dutch port, a German car plant, a US
pharma trial (half B).

Truth (a word a reasonable PMO analyst could read two ways gets no fact): a dependency
``Agreed`` (open, or on track?), ``Broken`` (late, or closed?) and ``Done`` (delivered, or
closed?) have none, and ``Committed`` (agreed, or on track? round 11) none; ``Received``, ``Met`` and ``Landed`` are
Delivered; ``Slipped`` is Late. An assumption ``Holding`` (open, or validated so far?) has
none; ``Confirmed`` and ``Proved`` are Validated, ``Disproved`` Invalid, ``Under review``
Open. A decision's status has no standard column (listed: None). A milestone's RAG beside
its status is no column (None), ``Tolerance (days)`` no column (None); where a plan has
both a ``Baseline`` and a ``Re-baselined`` date, which is the baseline is two readings:
the re-baselined column is None and neither has a value fact. A ``Provider`` / ``Receiver``
pair of columns naming teams (one of them this project) gives no direction fact. A
dependency's ``What`` is its title or its deliverable (either column; no value fact).
A milestone's slippage is computed by the standard (SPEC's italics): its column may be
mapped or left out, and has no value fact. A milestone's gate is the standard's Y / N: a column naming each milestone's gate
(``Gate 2``, ``SG1``) reads Y.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import Built, Layout, TruthTable, ValueFact, _put, _save, _sheet
from openpyxl.utils import get_column_letter

#: One column: header, the standard's column (None: left out), and a cell maker returning
#: (the cell's value, the fact's expected value or NO_FACT).
NO_FACT = object()
Cell = Callable[[int, random.Random], tuple[object, object]]
Column = tuple[str, str | tuple[str, ...] | None, Cell]

PEOPLE = [
    "Aoife Byrne",
    "Tom Whitaker",
    "Priya Nair",
    "Samuel Otieno",
    "Grace Liu",
    "Mateo Rossi",
    "Hannah Clarke",
    "Kwame Mensah",
    "Sofia Jansen",
    "Liam O'Connor",
]

DEP_TITLES = [
    "Network upgrade at the data centre",
    "Interface specification for the patient system",
    "Signalling possession approved by the rail operator",
    "Test data set from the records team",
    "Power connection to the new substation",
    "Security accreditation of the hosting platform",
    "Training rooms booked by facilities",
    "Migration scripts from the vendor",
]
ASM_TITLES = [
    "Clinical staff are released for two days of training",
    "The vendor's API is stable through go-live",
    "Funding for year two is confirmed by March",
    "The regulator accepts the existing safety case",
    "Network coverage reaches the rural depots",
    "Union agreement on shift patterns holds",
    "Data volumes stay below 2 TB",
    "Legacy system can run in parallel for a month",
]
DEC_TITLES = [
    "Use the cloud-hosted option for the records store",
    "Defer the second phase to the next financial year",
    "Appoint the signalling contractor by direct award",
    "Adopt the national data standard for addresses",
    "Run parallel payroll for one cycle",
    "Close the old helpdesk at go-live",
    "Buy rather than build the booking module",
    "Extend the pilot to two more regions",
]
MS_TITLES = [
    "Business case approved",
    "Design complete",
    "Contract awarded",
    "Build complete",
    "System test complete",
    "User acceptance signed off",
    "Go-live",
    "Project closure",
]
RISK_TITLES = [
    "Site recruitment slower than planned",
    "Supplier cannot meet the batch release date",
    "Key statistician leaves mid-trial",
    "Cold chain failure in transit",
    "Ethics committee asks for protocol changes",
    "Data monitoring board meets late",
]
ISSUE_TITLES = [
    "Randomisation system down for two days",
    "Labels printed with the wrong expiry",
    "Site 4 missed its monitoring visit",
    "Courier lost a sample shipment",
    "CRF version mismatch at two sites",
    "Invoice backlog from the CRO",
]
TEAMS = [
    "Infrastructure team",
    "Clinical systems",
    "Network Rail",
    "Records team",
    "Facilities",
    "Vendor (Oracle)",
    "Finance programme",
    "Data platform",
]


def _day(rng: random.Random, start: date = date(2026, 2, 2), span: int = 200) -> date:
    return start + timedelta(days=rng.randrange(span))


def _text_date(d: date, form: str) -> object:
    if form == "uk":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if form == "mon":
        return f"{d.day:02d}-{d:%b}-{d.year}"
    if form == "iso":
        return f"{d:%Y-%m-%d}"
    return d


def _fixed(values: list[object]) -> Cell:
    """A column of the values given (no fact)."""
    return lambda i, rng: (values[i % len(values)], NO_FACT)


def _same(values: list[object]) -> Cell:
    """A column of the values given, each its own fact."""
    return lambda i, rng: (values[i % len(values)], values[i % len(values)])


def _words(words: dict[str, object]) -> Cell:
    """A column of words drawn in turn (every word at least once), each with its fact."""
    keys = list(words)

    def make(i: int, rng: random.Random) -> tuple[object, object]:
        w = keys[(i + rng.randrange(2)) % len(keys)] if i >= len(keys) else keys[i]
        return w, words[w]

    return make


def _dates(form: str, start: date = date(2026, 2, 2), fact: bool = True) -> Cell:
    def make(i: int, rng: random.Random) -> tuple[object, object]:
        d = _day(rng, start)
        if i == 0:
            d = d.replace(day=20)  # a day past the 12th: the column's order is known
        return _text_date(d, form), d if fact else NO_FACT

    return make


def _people() -> Cell:
    def make(i: int, rng: random.Random) -> tuple[object, object]:
        p = rng.choice(PEOPLE)
        return p, p

    return make


def _ids(form: Callable[[int], str], prefix: str, first: int = 1) -> Cell:
    """The source's ids from ``first`` on; the fact is the standard's form of the same
    number (``DEP07`` -> ``D-007``), as adoption keeps a source's numbers."""
    return lambda i, rng: (form(i + first), f"{prefix}-{i + first:03d}")


def _titles(titles: list[str]) -> Cell:
    return lambda i, rng: (titles[i % len(titles)], titles[i % len(titles)])


def _ints(lo: int, hi: int, fact: bool = False) -> Cell:
    def make(i: int, rng: random.Random) -> tuple[object, object]:
        v = rng.randint(lo, hi)
        return v, float(v) if fact else NO_FACT

    return make


def _table(
    ws: openpyxl.worksheet.worksheet.Worksheet,
    top: int,
    register: str,
    columns: list[Column],
    n: int,
    rng: random.Random,
    left: int = 1,
) -> tuple[TruthTable, list[ValueFact]]:
    """A register table of ``n`` rows under its header at ``top``; its truth and facts."""
    rows: list[list[object]] = [[h for h, _, _ in columns]]
    facts: list[ValueFact] = []
    for i in range(n):
        row: list[object] = []
        for _, target, cell in columns:
            value, fact = cell(i, rng)
            row.append(value)
            if isinstance(target, str) and fact is not NO_FACT and fact is not None:
                facts.append(ValueFact(register, i, target, fact))
        rows.append(row)
    _put(ws, top, left, rows)
    targets: dict[str, str | tuple[str, ...] | None] = {
        get_column_letter(left + k): t for k, (_, t, _) in enumerate(columns)
    }
    return TruthTable(ws.title, top, register, targets, {register: n}), facts


def _one_table(
    name: str,
    sheet: str,
    register: str,
    columns: list[Column],
    title: tuple[str, ...] = (),
    n_range: tuple[int, int] = (6, 9),
) -> Callable[[Path, random.Random], Built]:
    def build(folder: Path, rng: random.Random) -> Built:
        wb = openpyxl.Workbook()
        ws = _sheet(wb, sheet)
        for k, line in enumerate(title):
            ws.cell(k + 1, 1, line)
        top = len(title) + 2 if title else 1
        n = rng.randint(*n_range)
        truth, facts = _table(ws, top, register, columns, n, rng)
        return Built(_save(wb, folder, name), [truth], facts)

    return build


# ---------------------------------------------------------------------------------------
# Half A (tuned on)
# ---------------------------------------------------------------------------------------

DEP_STATUS_A = {
    "Agreed": None,
    "Committed": None,
    "Received": "Delivered",
    "Slipped": "Late",
    "Broken": None,
    "Done": None,
}

hospital_dependencies_in_out = _one_table(
    "hospital_dependencies_in_out",
    "Dependency Log",
    "dependencies",
    [
        ("Dep ID", "id", _ids(lambda k: f"DEP{k:02d}", "D")),
        ("Dependency", "title", _titles(DEP_TITLES)),
        ("In / Out", "direction", _words({"In": "Inbound", "Out": "Outbound"})),
        ("Other project", "counterparty_project_id", _fixed(TEAMS)),
        ("Owner", "owner", _people()),
        ("Needed by", "need_by", _dates("uk")),
        ("Committed date", "committed_date", _dates("uk", date(2026, 3, 2))),
        ("Status", "status", _words(DEP_STATUS_A)),
    ],
    title=("St Anne's Hospital new wing - dependency log",),
)

rail_dependencies_upstream = _one_table(
    "rail_dependencies_upstream",
    "Dependencies",
    "dependencies",
    [
        ("Ref", "id", _ids(lambda k: f"D.{k}", "D", 3)),
        ("Description", "title", _titles(DEP_TITLES[3:] + DEP_TITLES[:3])),
        (
            "Upstream / Downstream",
            "direction",
            _words({"Upstream": "Inbound", "Downstream": "Outbound"}),
        ),
        ("Interfacing project", "counterparty_project_id", _fixed(TEAMS[2:] + TEAMS[:2])),
        ("Date required", "need_by", _dates("iso")),
        ("Forecast delivery", "committed_date", _dates("iso", date(2026, 3, 2))),
        (
            "Status",
            "status",
            _words(
                {
                    "Met": "Delivered",
                    "Landed": "Delivered",
                    "Slipped": "Late",
                    "Committed": None,
                }
            ),
        ),
        ("Lead", "owner", _people()),
    ],
)

payments_dependencies_we_need = _one_table(
    "payments_dependencies_we_need",
    "Deps",
    "dependencies",
    [
        ("#", "id", _ids(lambda k: f"DEP-{k:03d}", "D")),
        # what we depend on (its title) or what is handed over (its deliverable)?
        ("What", ("title", "deliverable"), _fixed(DEP_TITLES[1:] + DEP_TITLES[:1])),
        (
            "We need / We provide",
            "direction",
            _words({"We need": "Inbound", "We provide": "Outbound"}),
        ),
        ("Other party", "counterparty_project_id", _fixed(TEAMS[4:] + TEAMS[:4])),
        ("Their contact", "counterparty_owner", _people()),
        ("Our owner", "owner", _people()),
        ("Date needed", "need_by", _dates("mon")),
        (
            "State",
            "status",
            _words(
                {"Received": "Delivered", "Agreed": None, "Broken": None, "Landed": "Delivered"}
            ),
        ),
    ],
    title=("M-Pesa merchant launch (Nairobi)", "Dependencies register"),
)

health_assumptions = _one_table(
    "health_assumptions",
    "Assumptions",
    "assumptions",
    [
        ("ID", "id", _ids(lambda k: f"ASM-{k}", "A", 2)),
        ("Assumption", "assumption", _titles(ASM_TITLES)),
        ("Owner", "owner", _people()),
        ("Date raised", "raised_date", _dates("date", date(2026, 1, 5))),
        ("Validate by", "validate_by", _dates("date", date(2026, 4, 1))),
        (
            "Status",
            "status",
            _words(
                {
                    "Confirmed": "Validated",
                    "Proved": "Validated",
                    "Disproved": "Invalid",
                    "Holding": None,
                    "Under review": "Open",
                }
            ),
        ),
        ("Confidence", "confidence", _same(["High", "Medium", "Low"])),
        ("Impact if wrong", "impact_if_false", _fixed(["Go-live slips", "Extra cost", "Rework"])),
    ],
    title=("Ontario Health Records Programme", "Assumptions Log"),
)

water_decisions = _one_table(
    "water_decisions",
    "Decision Log",
    "decisions",
    [
        ("Decision No.", "id", _ids(lambda k: f"DEC/{k:03d}", "DC", 4)),
        ("Decision", "decision", _titles(DEC_TITLES)),
        ("Decision status", None, _fixed(["Approved", "Proposed", "Rejected", "Deferred"])),
        ("Decision maker", "made_by", _people()),
        ("Date of decision", "date", _dates("uk", date(2026, 1, 12))),
        ("Rationale", "rationale", _fixed(["Lowest whole-life cost", "Board direction", "Time"])),
    ],
    title=("Uisce Network Renewal - Decision Log",),
)

council_milestones_gates = _one_table(
    "council_milestones_gates",
    "Milestone Plan",
    "milestones",
    [
        ("MS ID", "id", _ids(lambda k: f"MS{k}", "M", 10)),
        ("Milestone", "milestone", _titles(MS_TITLES)),
        ("Stage gate", "gate", _words({f"Gate {k}": "Y" for k in range(6)})),
        ("Owner", "owner", _people()),
        ("Baseline", "baseline_date", _dates("uk", date(2026, 2, 2))),
        ("Forecast", "forecast_date", _dates("uk", date(2026, 2, 16))),
        ("RAG", None, _fixed(["Green", "Amber", "Red", "Green"])),
        ("Tolerance (days)", None, _ints(5, 20)),
        ("Status", "status", _same(["Complete", "In Progress", "Not Started", "At Risk"])),
    ],
    title=("Wellington City Council - Digital Services Programme", "Milestone plan"),
)

ngo_dependencies_from_to = _one_table(
    "ngo_dependencies_from_to",
    "Dependencies",
    "dependencies",
    [
        ("ID", "id", _ids(lambda k: f"DEP{k:02d}", "D", 5)),
        ("Dependency", "title", _titles(DEP_TITLES[5:] + DEP_TITLES[:5])),
        # each row names the other party in one of the two, this project in the other
        # (round 30, ``sides.direction_pair``: the pair read per row, `From` as the
        # direction and `To` as the other side, is a reading too; left out as before, or so)
        (
            "From",
            (None, "direction"),
            _fixed(["Data platform", "Cyclone shelters project", "Data platform"]),
        ),
        (
            "To",
            (None, "counterparty_project_id"),
            _fixed(["Cyclone shelters project", "Finance programme", "Cyclone shelters project"]),
        ),
        ("Needed by", "need_by", _dates("mon")),
        (
            "Status",
            "status",
            _words(
                {
                    "Received": "Delivered",
                    "Met": "Delivered",
                    "Committed": None,
                    "Slipped": "Late",
                }
            ),
        ),
        ("Responsible", "owner", _people()),
    ],
    title=("Cyclone shelters project, Khulna - dependency log",),
)

rollout_milestones_actuals = _one_table(
    "rollout_milestones_actuals",
    "Key Milestones",
    "milestones",
    [
        ("MS No.", "id", _ids(lambda k: f"MS{k}", "M", 1)),
        ("Key milestone", "milestone", _titles(MS_TITLES[2:] + MS_TITLES[:2])),
        ("Baseline date", "baseline_date", _dates("uk", date(2026, 2, 2))),
        ("Forecast date", "forecast_date", _dates("uk", date(2026, 2, 16))),
        ("Actual date", "actual_date", _dates("uk", date(2026, 2, 16))),
        # computed by the standard (SPEC: *Slippage Days*): mapped or left out, no value fact
        ("Slippage (days)", ("slippage_days", None), _ints(0, 30)),
        ("Milestone owner", "owner", _people()),
        ("Status", "status", _same(["Complete", "Late", "At Risk", "Not Started"])),
    ],
    title=("Mobile clinics rollout - key milestones",),
)

TUNING_15_A: list[Layout] = [
    Layout(
        "hospital_dependencies_in_out",
        "UK hospital build: DEP01, In / Out",
        hospital_dependencies_in_out,
    ),
    Layout(
        "rail_dependencies_upstream",
        "Australian rail: D.1, Upstream / Downstream",
        rail_dependencies_upstream,
    ),
    Layout(
        "payments_dependencies_we_need",
        "Kenyan payments: We need / We provide",
        payments_dependencies_we_need,
    ),
    Layout("health_assumptions", "Canadian health: ASM-3, Proved / Holding", health_assumptions),
    Layout("water_decisions", "Irish water utility: DEC/004, status and maker", water_decisions),
    Layout(
        "council_milestones_gates",
        "NZ council IT: MS10, Gate 0-5, RAG, tolerance",
        council_milestones_gates,
    ),
    Layout(
        "ngo_dependencies_from_to",
        "Bangladesh NGO: From / To naming the other party",
        ngo_dependencies_from_to,
    ),
    Layout(
        "rollout_milestones_actuals",
        "Mobile clinics: actuals and slippage",
        rollout_milestones_actuals,
    ),
]


# ---------------------------------------------------------------------------------------
# Half B (kept untouched while tuning)
# ---------------------------------------------------------------------------------------

bank_dependencies_giver_taker = _one_table(
    "bank_dependencies_giver_taker",
    "Dependency Register",
    "dependencies",
    [
        ("Dependency ID", "id", _ids(lambda k: f"DEP{k:02d}", "D")),
        ("Dependency description", "title", _titles(DEP_TITLES)),
        ("Giver / Taker", "direction", _words({"Taker": "Inbound", "Giver": "Outbound"})),
        ("Counterparty", "counterparty_project_id", _fixed(TEAMS)),
        ("Need date", "need_by", _dates("date")),
        (
            "Status",
            "status",
            _words({"Committed": None, "Met": "Delivered", "Slipped": "Late", "Done": None}),
        ),
        ("Owner", "owner", _people()),
    ],
    title=("Singapore Core Banking Refresh",),
)

mine_dependencies_incoming = _one_table(
    "mine_dependencies_incoming",
    "Dependencies",
    "dependencies",
    [
        ("No.", "id", _ids(lambda k: f"D.{k}", "D", 3)),
        ("Dependency", "title", _titles(DEP_TITLES[2:] + DEP_TITLES[:2])),
        (
            "Incoming / Outgoing",
            "direction",
            _words({"Incoming": "Inbound", "Outgoing": "Outbound"}),
        ),
        ("Provider", None, _fixed(TEAMS)),
        ("Receiver", None, _fixed(["This project"])),
        ("Required by", "need_by", _dates("uk")),
        (
            "Status",
            "status",
            _words(
                {"Landed": "Delivered", "Agreed": None, "Received": "Delivered", "Broken": None}
            ),
        ),
    ],
)

telecom_assumptions = _one_table(
    "telecom_assumptions",
    "Assumption Log",
    "assumptions",
    [
        ("Assumption ID", "id", _ids(lambda k: f"ASM-{k}", "A", 2)),
        ("Assumption description", "assumption", _titles(ASM_TITLES[2:] + ASM_TITLES[:2])),
        ("Raised on", "raised_date", _dates("mon", date(2026, 1, 5))),
        ("Assumption owner", "owner", _people()),
        (
            "Status",
            "status",
            _words(
                {
                    "Under review": "Open",
                    "Disproved": "Invalid",
                    "Confirmed": "Validated",
                    "Holding": None,
                    "Proved": "Validated",
                }
            ),
        ),
        ("To be validated by", "validate_by", _dates("mon", date(2026, 4, 1))),
    ],
    title=("5G small-cell rollout, Pune circle",),
)

port_decisions = _one_table(
    "port_decisions",
    "Decisions",
    "decisions",
    [
        ("Ref", "id", _ids(lambda k: f"DEC/{k:03d}", "DC", 4)),
        ("Decision taken", "decision", _titles(DEC_TITLES[3:] + DEC_TITLES[:3])),
        ("Approved by", "made_by", _people()),
        ("Decision date", "date", _dates("iso", date(2026, 1, 12))),
        ("Status", None, _fixed(["Agreed", "Pending", "Superseded"])),
        ("Reason", "rationale", _fixed(["Safety", "Cost", "Programme"])),
    ],
)

plant_milestones_rebaselined = _one_table(
    "plant_milestones_rebaselined",
    "Milestones",
    "milestones",
    [
        ("ID", "id", _ids(lambda k: f"G{k}", "M", 2)),
        ("Milestone", "milestone", _titles(MS_TITLES[1:] + MS_TITLES[:1])),
        ("Gate", "gate", _words({"SG1": "Y", "DG2": "Y", "SG3": "Y", "DG4": "Y"})),
        ("Baseline", None, _dates("date", date(2026, 2, 2), fact=False)),
        ("Re-baselined", None, _dates("date", date(2026, 2, 16), fact=False)),
        ("Forecast", "forecast_date", _dates("date", date(2026, 3, 2))),
        ("Actual", "actual_date", _dates("date", date(2026, 3, 2))),
        ("RAG", None, _fixed(["Green", "Red", "Amber"])),
        ("Status", "status", _same(["Complete", "Late", "In Progress"])),
        ("Accountable", "owner", _people()),
    ],
    title=("Zwickau body shop retool - milestone tracker",),
)


def pharma_risks_and_issues(folder: Path, rng: random.Random) -> Built:
    """A trial's risk register and issue log on two sheets, ordinary words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    n = rng.randint(5, 7)
    risks, rf = _table(
        ws,
        3,
        "risks",
        [
            ("Risk ID", "id", _ids(lambda k: f"R{k:02d}", "R")),
            ("Risk", "title", _titles(RISK_TITLES)),
            ("Owner", "owner", _people()),
            ("Probability (1-5)", "probability", _ints(1, 5, fact=True)),
            ("Impact (1-5)", "impact", _ints(1, 5, fact=True)),
            ("Status", "status", _same(["Open", "Closed", "Open"])),
        ],
        n,
        rng,
    )
    ws.cell(1, 1, "Phase III trial ABX-204 (Boston) - risk register")
    ws2 = wb.create_sheet("Issue Log")
    m = rng.randint(5, 7)
    issues, isf = _table(
        ws2,
        1,
        "issues",
        [
            ("Issue #", "id", _ids(lambda k: f"I-{k}", "I", 11)),
            ("Issue", "title", _titles(ISSUE_TITLES)),
            ("Raised", "raised_date", _dates("us", date(2026, 1, 5))),
            ("Assigned to", "owner", _people()),
            ("Priority", "priority", _same(["High", "Medium", "Low"])),
            ("Status", "status", _same(["Open", "In Progress", "Resolved"])),
        ],
        m,
        rng,
    )
    return Built(_save(wb, folder, "pharma_risks_and_issues"), [risks, issues], rf + isf)


TUNING_15_B: list[Layout] = [
    Layout(
        "bank_dependencies_giver_taker",
        "Singapore bank: Giver / Taker",
        bank_dependencies_giver_taker,
    ),
    Layout(
        "mine_dependencies_incoming",
        "South African mine: Incoming / Outgoing, Provider",
        mine_dependencies_incoming,
    ),
    Layout("telecom_assumptions", "Indian telecom: ASM-3, statuses", telecom_assumptions),
    Layout("port_decisions", "Dutch port: DEC/004, Approved by", port_decisions),
    Layout(
        "plant_milestones_rebaselined",
        "German plant: SG1 / DG2, re-baselined",
        plant_milestones_rebaselined,
    ),
    Layout("pharma_risks_and_issues", "US pharma trial: risks and issues", pharma_risks_and_issues),
]
