"""Round 32 (its last hour, t34b): the fifty-fourth batch's misses (supplier and consultancy
reports), each read as a habit of the kind and tried here on workbooks of its own, in two or
three forms, with the near-miss it must not fire on (docs/adopt.md, "Round 32 (its last
hour): the fifty-fourth batch's misses (supplier and consultancy reports)"):

1. **a bare period end in a supplier's document of one period** (``Period ending |
   31/01/2026`` under ``Interim Valuation``, ``Period ended 31 October 2026`` under
   ``Payment Application No. 4``, a ``Valuation date`` at a month's end) is the billing
   period's end: the month its last day closes; near-misses: a status report's ``Period
   ending`` (a quarter's or a year's as often), a valuation's period ending mid-month;
2. **a decision log's ``Dec #``** (``Dec No.``, ``Dec. Ref``) is its id, the register's noun
   cut to a month's short form; near-misses: ``Dec`` alone, ``Dec #`` outside a decision
   log, a monthly budget's ``Dec`` column;
3. **the state of an item's money** (``Invoice status``, ``Payment status``, ``Billing
   status``) is no milestone's status; near-miss: ``Milestone status``, ``Status``;
4. **the supplier's action owner** (k57's leftover): ``Supplier action owner`` beside
   ``Client action owner`` leaves the owner to the client's, wherever it stands; alone it
   is still the owner;
5. **a supplier's ``Party`` column** (Client / Supplier / Joint) is left out, no category;
   ``Other party`` and ``Responsible party`` are still read.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, registers, targets

from addin.adopt.match import candidates

_PACKAGES: list[list[object]] = [
    ["Groundworks", 900e3, 40e3, 25e3, 65e3],
    ["Steel frame", 1500e3, 0.0, 60e3, 60e3],
    ["Mechanical services", 700e3, 10e3, 15e3, 25e3],
]


def _valuation(tmp: Path, top: list[list[object]], head: list[str], sheet: str = "Val") -> Path:
    rows: list[list[object]] = [*top, [], head, *[list(r) for r in _PACKAGES], []]
    rows += [["Gross valuation", None, None, None, 150e3]]
    rows += [["Less retention 5%", None, None, None, -7.5e3]]
    return book(tmp / "valuation.xlsx", sheet, rows)


# --- 1. a bare period end in a supplier's document of one period --------------------------


def test_a_valuations_period_ending_field_is_its_month(tmp_path: Path) -> None:
    top: list[list[object]] = [
        ["Riverside Depot - Interim Valuation"],
        ["Valuation No.", 6],
        ["Period ending", datetime(2026, 1, 31)],
        ["All amounts in USD excl. VAT"],
    ]
    head = ["Package", "Contract Sum", "Previous", "This Valuation", "Cumulative"]
    adoption = adopt(_valuation(tmp_path, top, head))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Package"] == "cost_line" and got["This Valuation"] == "actual"
    assert got["Contract Sum"] is None and got["Cumulative"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Steel frame")].actual == 60e3
    assert len(adoption.project.finance) == 3


def test_a_payment_applications_period_ended_line_is_its_month(tmp_path: Path) -> None:
    top: list[list[object]] = [
        ["Payment Application No. 4"],
        ["Period ended 31 October 2026"],
    ]
    head = ["Trade package", "Contract value", "Previously certified", "This period"]
    adoption = adopt(_valuation(tmp_path, top, [*head, "Total to date"], sheet="Sheet1"))
    assert targets(only(adoption))["This period"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 10, 1), "Groundworks")].actual == 25e3


def test_a_valuation_date_at_a_months_end_is_its_month(tmp_path: Path) -> None:
    top: list[list[object]] = [["Payment Application No. 9"], ["Valuation date", "30/09/2026"]]
    head = ["Element", "Contract sum", "Previous", "This valuation", "Valuation to date"]
    adoption = adopt(_valuation(tmp_path, top, head, sheet="Sheet1"))
    assert finance_by_line(adoption)[(date(2026, 9, 1), "Mechanical services")].actual == 15e3


def test_a_bare_period_end_outside_a_billing_document_gives_no_month(tmp_path: Path) -> None:
    # a status report's cost table: its period may close a quarter or a year
    top: list[list[object]] = [["Monthly Highlight Report"], ["Period ending", "30/09/2026"]]
    head = ["Package", "Contract Sum", "Previous", "This period", "Cumulative"]
    adoption = adopt(_valuation(tmp_path, top, head, sheet="Report"))
    assert "finance" not in registers(adoption)
    assert adoption.project.finance == []


def test_a_valuations_period_ending_mid_month_gives_no_month(tmp_path: Path) -> None:
    top: list[list[object]] = [["Interim Valuation 3"], ["Period ending", "15/09/2026"]]
    head = ["Package", "Contract Sum", "Previous", "This Valuation", "Cumulative"]
    adoption = adopt(_valuation(tmp_path, top, head))
    assert adoption.project.finance == []


# --- 2. a decision log's ``Dec #`` ----------------------------------------------------------


def test_a_decision_number_cut_to_dec_is_the_id() -> None:
    for header in ("Dec #", "Dec No.", "Dec. Ref", "Dec ID"):
        found = candidates(header, "decisions")
        assert found and found[0].column_key == "id", header


def test_dec_alone_or_outside_a_decision_log_is_no_id() -> None:
    assert candidates("Dec", "decisions") == []
    assert candidates("Dec 2026", "decisions") == []
    assert not any(c.column_key == "id" for c in candidates("Dec #", "risks"))
    assert candidates("Dec #", "finance") == []


def test_a_decision_log_numbered_under_dec_no(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Platform decision log"], []]
    rows += [["Dec No.", "Date", "Decision", "Rationale", "Decided by"]]
    rows += [["DEC-01", "02/03/2026", "Use the managed database", "Cheaper to run", "A. Weber"]]
    rows += [["DEC-02", "09/03/2026", "Keep batch interfaces", "Lower risk", "M. Schmit"]]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Decisions", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert targets(table)["Dec No."] == "id"
    assert [d.id for d in adoption.project.decisions] == ["DC-001", "DC-002"]


def test_a_monthly_budgets_dec_column_is_still_a_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Budget 2026"], ["Cost line", "Oct", "Nov", "Dec"]]
    rows += [["Licences", 100.0, 200.0, 300.0], ["Hardware", 50.0, 60.0, 70.0]]
    adoption = adopt(book(tmp_path / "budget.xlsx", "Budget", rows))
    assert only(adoption).register == "finance"
    assert len(adoption.project.finance) == 6


# --- 3. the state of an item's money is no milestone's status -----------------------------


def test_an_invoice_or_payment_status_is_no_status() -> None:
    for header in ("Invoice status", "Payment Status", "Billing status (client)"):
        assert not any(c.column_key == "status" for c in candidates(header, "milestones"))
    assert candidates("Milestone status", "milestones")[0].column_key == "status"
    assert candidates("Status", "milestones")[0].column_key == "status"


def test_a_payment_plans_invoice_status_is_left_out(tmp_path: Path) -> None:
    rows: list[list[object]] = [["SOW 3 - payment milestones"], []]
    rows += [["Payment milestone", "Contract date", "Forecast", "Accepted", "Invoice status"]]
    rows += [["Design approved", datetime(2026, 3, 2), datetime(2026, 3, 9), None, "Not due"]]
    rows += [["Build complete", datetime(2026, 5, 4), datetime(2026, 5, 4), None, "Not due"]]
    rows += [["Go-live", datetime(2026, 1, 5), datetime(2026, 1, 5), datetime(2026, 1, 5), "Paid"]]
    table = only(adopt(book(tmp_path / "sow.xlsx", "Milestones", rows)))
    got = targets(table)
    assert table.register == "milestones"
    assert got["Payment milestone"] == "milestone" and got["Invoice status"] is None


def test_a_milestone_status_beside_a_payment_status_is_the_status(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Delivery plan"], []]
    rows += [["Milestone", "Due", "Milestone status", "Payment status"]]
    rows += [["Design approved", datetime(2026, 3, 2), "Complete", "Paid"]]
    rows += [["Build complete", datetime(2026, 5, 4), "In progress", "Not invoiced"]]
    got = targets(only(adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))))
    assert got["Milestone status"] == "status" and got["Payment status"] is None


# --- 4. k57's leftover: the supplier's action owner beside the client's -------------------


def _issue_log(tmp: Path, head: list[str], second: list[str]) -> Path:
    rows: list[list[object]] = [["Contractor issue log"], []]
    rows += [["Issue ID", "Issue", "Raised", *head, "Status"]]
    rows += [["ISS-001", "Crane rail misaligned", "02/03/2026", "Kim Min-jun", second[0], "Open"]]
    rows += [
        ["ISS-002", "Spares held at customs", "09/03/2026", "Park Seo-yeon", second[1], "Closed"]
    ]
    return book(tmp / "issues.xlsx", "Issues", rows)


def test_the_clients_action_owner_is_the_owner_wherever_it_stands(tmp_path: Path) -> None:
    people = ["Lee Ji-ho", "Choi Woo-jin"]
    for head, client in (
        (["Supplier action owner", "Client action owner"], "Client action owner"),
        (["Client action owner", "Vendor action owner"], "Client action owner"),
    ):
        got = targets(only(adopt(_issue_log(tmp_path, head, people))))
        assert got[client] == "owner", head
        assert [h for h, t in got.items() if t == "owner"] == [client], head


def test_a_suppliers_action_owner_alone_is_still_the_owner(tmp_path: Path) -> None:
    notes = ["Awaiting the supplier's survey report", "Broker chasing the release papers"]
    got = targets(only(adopt(_issue_log(tmp_path, ["Supplier action owner", "Comments"], notes))))
    assert got["Supplier action owner"] == "owner"


# --- 5. a supplier's ``Party`` column (whose side an item is on) ----------------------------


def test_a_raid_extracts_party_column_is_left_out(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Integrator - weekly RAID extract"], []]
    rows += [["Ref", "Type", "Title", "Party", "Owner", "Status"]]
    for k, (kind, party) in enumerate(
        [("Risk", "Supplier"), ("Risk", "Client"), ("Issue", "Supplier"), ("Issue", "Joint")]
    ):
        rows += [[f"R-{k + 1:03d}", kind, f"Item {k + 1} late", party, "Ana Lopes", "Open"]]
    table = only(adopt(book(tmp_path / "raid.xlsx", "RAID", rows)))
    assert targets(table)["Party"] is None


def test_other_party_words_are_still_read() -> None:
    assert candidates("Other party", "dependencies")[0].column_key == "counterparty_project_id"
    assert candidates("Responsible party", "issues")[0].column_key == "owner"
