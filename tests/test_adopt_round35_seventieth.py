"""Round 35 (task t37a): tuning on the seventieth batch (supplier and consultancy reports).

- a ticket export (a vendor's service desk, a supplier's defect list) is told an issue log
  by its fields when it records each item opened and resolved, with no due date
  (``signatures.opened_and_resolved``);
- an invoice log's bare ``Net`` beside its tax or gross amount is the actual
  (``net_amounts.net_beside_tax``), so such a log is a finance table by its invoices' dates.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.match import CERTAIN, Candidate
from addin.adopt.net_amounts import net_beside_tax
from tests.adopt_sheets import adopt, book, finance_by_line, registers

D = datetime

# --- a ticket export: opened and resolved, no due date -------------------------------------

TICKETS = [
    (
        "Tickets",
        ["Ticket", "Opened", "Summary", "Severity", "Assignee", "State", "Resolved on"],
        [
            [
                "HD-1",
                "2026-04-02 14:49",
                "Chiller short-cycles",
                "Sev 1",
                "Ann Lee",
                "Resolved",
                D(2026, 4, 5),
            ],
            ["HD-2", "2026-04-10 09:55", "Sensor reads high", "Sev 2", "Bob Ray", "New", None],
            [
                "HD-3",
                "2026-04-30 10:43",
                "Humidifier trips",
                "Sev 3",
                "Bob Ray",
                "In Progress",
                None,
            ],
        ],
    ),
    (
        "Cases",
        ["Case", "Created", "Subject", "Priority", "Owner", "Status", "Closed"],
        [
            [
                "C-10",
                D(2026, 2, 1),
                "Login fails for site users",
                "High",
                "Kai Berg",
                "Closed",
                D(2026, 2, 3),
            ],
            ["C-11", D(2026, 2, 4), "Report export times out", "Low", "Eva Holm", "Open", None],
            [
                "C-12",
                D(2026, 2, 9),
                "Label printer offline",
                "Medium",
                "Kai Berg",
                "Closed",
                D(2026, 2, 9),
            ],
            ["C-13", D(2026, 2, 11), "Wrong VAT on quote", "High", "Eva Holm", "Open", None],
        ],
    ),
    (
        "Export",
        ["Ref", "Date reported", "Title", "Severity", "Assigned to", "Status", "Date closed"],
        [
            [
                "1001",
                "03/03/2026",
                "Door sensor false alarm",
                "Major",
                "Ola Nord",
                "Closed",
                "05/03/2026",
            ],
            ["1002", "04/03/2026", "Pump vibration", "Minor", "Ola Nord", "Open", None],
        ],
    ),
]


@pytest.mark.parametrize(("sheet", "head", "rows"), TICKETS, ids=[t[0] for t in TICKETS])
def test_a_ticket_export_opened_and_resolved_is_an_issue_log(
    sheet: str, head: list[str], rows: list[list[object]], tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "t.xlsx", sheet, [head, *rows]))
    assert registers(adoption) == ["issues"]
    issues = adoption.project.issues
    assert [i.title for i in issues] == [r[2] for r in rows]
    assert sum(1 for i in issues if i.closed_date is not None) == sum(
        1 for r in rows if r[6] is not None
    )


def test_near_miss_no_item_ever_resolved_tells_nothing(tmp_path: Path) -> None:
    head = ["Ticket", "Opened", "Summary", "Severity", "Assignee", "State", "Resolved on"]
    rows = [
        ["HD-1", D(2026, 4, 2), "Chiller short-cycles", "Sev 1", "Ann Lee", "New", None],
        ["HD-2", D(2026, 4, 10), "Sensor reads high", "Sev 2", "Bob Ray", "New", None],
    ]
    assert registers(adopt(book(tmp_path / "t.xlsx", "Tickets", [head, *rows]))) == []


def test_near_miss_resolved_before_opened_tells_nothing(tmp_path: Path) -> None:
    head = ["Ticket", "Opened", "Summary", "Severity", "Assignee", "State", "Resolved on"]
    rows = [
        [
            "HD-1",
            D(2026, 4, 9),
            "Chiller short-cycles",
            "Sev 1",
            "Ann Lee",
            "Closed",
            D(2026, 4, 2),
        ],
        ["HD-2", D(2026, 4, 10), "Sensor reads high", "Sev 2", "Bob Ray", "New", None],
    ]
    assert registers(adopt(book(tmp_path / "t.xlsx", "Tickets", [head, *rows]))) == []


def test_near_miss_a_task_list_opened_and_completed_stays_tasks(tmp_path: Path) -> None:
    head = ["Task", "Created", "Priority", "Assignee", "Status", "Completed"]
    rows = [
        ["Order labels", D(2026, 4, 2), "High", "Ann Lee", "Done", D(2026, 4, 5)],
        ["Book the van", D(2026, 4, 3), "Low", "Bob Ray", "To do", None],
    ]
    assert registers(adopt(book(tmp_path / "t.xlsx", "Board", [head, *rows]))) == []


# --- an invoice log's bare Net beside its tax -------------------------------------------

INVOICES = [
    (
        "Invoices",
        [
            "Invoice #",
            "Invoice date",
            "Supplier",
            "PO",
            "Cost line",
            "Net (NZD)",
            "GST",
            "Gross",
            "Paid",
        ],
        lambda d, line, net: ["INV-1", d, "Toll NZ", "PO1", line, net, net * 0.15, net * 1.15, "Y"],
    ),
    (
        "Invoice register",
        ["Date", "Cost line", "Invoice no", "Net", "VAT", "Total"],
        lambda d, line, net: [d, line, "A-7", net, net * 0.2, net * 1.2],
    ),
    (
        "Supplier invoices",
        ["Inv. date", "Workstream", "Net £", "VAT 20%", "Gross £"],
        lambda d, line, net: [d, line, net, net * 0.2, net * 1.2],
    ),
]


@pytest.mark.parametrize(("sheet", "head", "row"), INVOICES, ids=[i[0] for i in INVOICES])
def test_an_invoice_logs_net_beside_its_tax_is_the_actual(
    sheet: str, head: list[str], row: object, tmp_path: Path
) -> None:
    make = row  # (date, line, net) -> the row's cells
    rows = [
        make(D(2026, 1, 11), "Freight", 486.0),  # type: ignore[operator]
        make(D(2026, 1, 21), "Freight", 100.0),  # type: ignore[operator]
        make(D(2026, 2, 18), "Fins", 2629.5),  # type: ignore[operator]
    ]
    adoption = adopt(book(tmp_path / "i.xlsx", sheet, [head, *rows]))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Freight")].actual == 586.0
    assert lines[(date(2026, 2, 1), "Fins")].actual == 2629.5


def _scored(heads: dict[int, str], values: dict[int, list[object]]) -> dict[int, list[Candidate]]:
    scored: dict[int, list[Candidate]] = {}
    net_beside_tax(scored, heads, values)  # type: ignore[arg-type]
    return scored


def test_net_beside_its_tax_read_as_the_actual() -> None:
    heads = {1: "Date", 2: "Net (EUR)", 3: "VAT"}
    got = _scored(heads, {1: [], 2: [10.0, 20.0], 3: [2.0, 4.0]})
    assert got[2][0].column_key == "actual" and got[2][0].confidence == CERTAIN


@pytest.mark.parametrize(
    "heads",
    [
        {1: "Month", 2: "Cost line", 3: "Net"},  # no tax, no gross beside it
        {1: "Month", 2: "Net margin", 3: "VAT"},  # not a bare Net
        {1: "Product", 2: "Net", 3: "Net", 4: "VAT"},  # two Nets: which one?
    ],
)
def test_near_miss_no_net_amount_read(heads: dict[int, str]) -> None:
    values: dict[int, list[object]] = {col: [1.0, 2.0] for col in heads}
    assert not any(c.column_key == "actual" for cs in _scored(heads, values).values() for c in cs)


def test_near_miss_net_over_words_is_no_amount() -> None:
    heads = {1: "Item", 2: "Net", 3: "Tax"}
    assert _scored(heads, {1: ["a", "b"], 2: ["yes", "no"], 3: [1.0, 2.0]}) == {}


@pytest.mark.parametrize(
    ("sheet", "head", "rows"),
    [
        # a price list: net and gross prices, no date per row
        (
            "Price list",
            ["Product", "Net", "VAT", "Gross"],
            [["Fin set", 40.0, 6.0, 46.0], ["Leash", 20.0, 3.0, 23.0]],
        ),
        # a parts list with its net price beside the tax
        (
            "Parts",
            ["Part no", "Description", "Qty", "Net", "VAT"],
            [["P-1", "Bolt M8", 100, 12.0, 2.4], ["P-2", "Nut M8", 100, 8.0, 1.6]],
        ),
        # a contacts sheet
        (
            "Contacts",
            ["Name", "Company", "Phone", "Email"],
            [
                ["Ann Lee", "Toll NZ", "021 555", "ann@toll.nz"],
                ["Bob Ray", "Coast", "022 4", "b@c.nz"],
            ],
        ),
    ],
)
def test_near_miss_price_parts_and_contacts_stay_refused(
    sheet: str, head: list[str], rows: list[list[object]], tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "n.xlsx", sheet, [head, *rows]))
    assert "finance" not in registers(adoption)


# --- a milestone table's bare Contract date ----------------------------------------------

CONTRACT_HEADS = [
    ["Milestone", "Contract", "Forecast", "Actual"],
    ["Deliverable", "Contractual", "Forecast", "Achieved"],
    ["Milestone", "Per SOW", "Forecast", "Actual"],
]


@pytest.mark.parametrize("head", CONTRACT_HEADS, ids=[h[1] for h in CONTRACT_HEADS])
def test_a_milestones_bare_contract_date_is_its_baseline(head: list[str], tmp_path: Path) -> None:
    rows = [
        head,
        ["Design freeze", D(2026, 3, 1), D(2026, 3, 8), None],
        ["Install", D(2026, 4, 1), D(2026, 4, 1), D(2026, 4, 3)],
    ]
    adoption = adopt(book(tmp_path / "m.xlsx", "Milestones", rows))
    assert [m.baseline_date for m in adoption.project.milestones] == [
        date(2026, 3, 1),
        date(2026, 4, 1),
    ]


def test_near_miss_a_contract_column_of_names_is_no_date(tmp_path: Path) -> None:
    rows = [
        ["Milestone", "Contract", "Forecast", "Actual"],
        ["Design freeze", "Lot 2 joinery", D(2026, 3, 1), None],
        ["Install", "Lot 3 AV", D(2026, 4, 1), D(2026, 4, 3)],
        ["Handover", "Lot 2 joinery", D(2026, 5, 1), None],
    ]
    adoption = adopt(book(tmp_path / "m.xlsx", "Milestones", rows))
    assert [m.baseline_date for m in adoption.project.milestones] == [None, None, None]


# --- P | C letters beside a Consequence written out ---------------------------------------


@pytest.mark.parametrize("text", ["Consequence", "Impact description", "Consequences"])
def test_the_impact_letter_beside_a_consequence_of_texts(text: str, tmp_path: Path) -> None:
    rows = [
        ["No.", "Risk description", text, "P", "C", "Owner", "Status"],
        [1, "Frost delays the pour", "Two weeks late", 4, 5, "Kari Haugen", "Open"],
        [2, "Kiln supplier insolvency", "Re-tender the kiln", 2, 3, "Ole Nilsen", "Open"],
    ]
    adoption = adopt(book(tmp_path / "r.xlsx", "Risk register", rows))
    assert [r.impact for r in adoption.project.risks] == [5.0, 3.0]
    assert [r.probability for r in adoption.project.risks] == [4.0, 2.0]


def test_near_miss_a_consequence_of_ratings_stays_the_impact(tmp_path: Path) -> None:
    rows = [
        ["No.", "Risk description", "Consequence", "P", "C", "Owner", "Status"],
        [1, "Frost delays the pour", 4, 4, "Open", "Kari Haugen", "Open"],
        [2, "Kiln supplier insolvency", 2, 2, "Closed", "Ole Nilsen", "Open"],
    ]
    adoption = adopt(book(tmp_path / "r.xlsx", "Risk register", rows))
    assert [r.impact for r in adoption.project.risks] == [4.0, 2.0]


# --- an unlisted currency on the one amount column is named ------------------------------


def test_an_unlisted_currency_on_the_one_amount_column_is_named(tmp_path: Path) -> None:
    head = ["Invoice date", "Cost line", "Net (NZD)", "GST", "Gross"]
    rows = [
        head,
        [D(2026, 1, 5), "Fins", 100.0, 15.0, 115.0],
        [D(2026, 2, 5), "Fins", 50.0, 7.5, 57.5],
    ]
    adoption = adopt(book(tmp_path / "i.xlsx", "Invoices", rows))
    assert adoption.project.header.currency in (None, "")
    assert any("NZD" in w and "not one of the standards" in w for w in adoption.report.warnings)


def test_a_listed_currency_on_the_one_amount_column_is_read(tmp_path: Path) -> None:
    head = ["Invoice date", "Cost line", "Net (EUR)", "VAT", "Gross"]
    rows = [
        head,
        [D(2026, 1, 5), "Fins", 100.0, 20.0, 120.0],
        [D(2026, 2, 5), "Fins", 50.0, 10.0, 60.0],
    ]
    adoption = adopt(book(tmp_path / "i.xlsx", "Invoices", rows))
    assert adoption.project.header.currency == "EUR"


@pytest.mark.parametrize("sheet", ["Actions", "Change log", "Lessons learned"])
def test_near_miss_other_logs_opened_and_closed_stay_refused(sheet: str, tmp_path: Path) -> None:
    head = ["Ref", "Raised", "Description", "Priority", "Owner", "Status", "Closed"]
    rows = [
        head,
        ["1", D(2026, 1, 2), "Send the drawings", "High", "Ann Lee", "Closed", D(2026, 1, 5)],
        ["2", D(2026, 1, 4), "Book the crane", "Low", "Bob Ray", "Open", None],
    ]
    assert registers(adopt(book(tmp_path / "l.xlsx", sheet, rows))) == []
