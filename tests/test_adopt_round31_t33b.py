"""Round 31's last hour (task t33b): the fifty-first batch's miss and k51's leftovers, each
rule tried on small workbooks written for these tests (none is a benchmark layout), in two or
three forms, with the near-miss it must not fire on:

1. **a milestone accepted, signed off or approved on a date is met then** (``Accepted on``,
   ``Acceptance date``, ``Signed off on``, ``Approved date``): the actual date of a milestone
   plan; ``Accepted by`` / ``Signed off by`` are people, and a risk's ``Accepted`` or a
   decision's dates read as before;
2. **a ``... to date`` amount is never a month** (``Certified to date``, ``Spent_to_date``,
   ``CertifiedToDate``), and the money spent so far (``Cost to date``, ``Certified to date``)
   is the actual's running total: alone it is turned into in-month amounts, beside an
   in-month actual it is left out and the report says it is a running total;
   ``Budget to date`` and ``Paid to date`` are no actual;
3. **a supplier's person gives way to the client's** (``Owner (Vendor)`` beside ``Owner
   (Client)`` or ``Owner``, whichever stands first) and is a dependency's counterparty
   owner; alone it is still the owner;
4. **a payment plan's shares and amounts** (``Payment %``, ``% of fee``, ``Invoice value``)
   are listed as what they are, not lost.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, column, field, finance_by_line, only, targets

from addin.adopt.match import actual_so_far, candidates, supplier_side_person


def _dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _best(header: str, register: str) -> str | None:
    found = candidates(header, register)
    return found[0].column_key if found else None


# --- 1. a milestone accepted on a date ------------------------------------------------


def test_accepted_signed_off_or_approved_on_a_date_is_a_milestones_actual_date() -> None:
    for header in ("Accepted on", "Acceptance date", "Date accepted", "Signed off on"):
        assert _best(header, "milestones") == "actual_date", header
    assert _best("Approved date", "milestones") == "actual_date"


def test_who_accepted_and_other_registers_are_not_dates_met() -> None:
    for header in ("Accepted by", "Signed off by", "Approved by", "Acceptance criteria"):
        assert _best(header, "milestones") is None, header
    assert _best("Accepted", "risks") is None  # a risk's response, not a date
    assert _best("Accepted on", "issues") is None
    assert _best("Approved on", "decisions") == "date"  # as before


def _payment_plan(tmp_path: Path, head: list[str]) -> Path:
    rows: list[list[object]] = [["Website rebuild - payment milestone plan"], [], head]
    for i in range(1, 5):
        met = datetime(2026, i, 20) if i <= 2 else None
        state = "Complete" if met else "Not Started"
        rows.append([f"PM-{i:02d}", f"Stage {i} deliverables", datetime(2026, i, 15)])
        rows[-1] += [met, 0.25, 30000.0, state]
    return book(tmp_path / "plan.xlsx", "Payments", rows)


def test_a_payment_plans_acceptance_date_is_the_actual_date(tmp_path: Path) -> None:
    head = ["Ref", "Milestone", "Due date", "Acceptance date", "Payment %", "Invoice value"]
    adoption = adopt(_payment_plan(tmp_path, [*head, "Status"]))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table)["Acceptance date"] == "actual_date"
    assert field(adoption, "milestones", "actual_date")[:3] == [
        date(2026, 1, 20),
        date(2026, 2, 20),
        None,
    ]


def test_a_sign_off_column_in_another_position_reads_alike(tmp_path: Path) -> None:
    head = ["Ref", "Deliverable milestone", "Planned date", "Signed off on", "% of fee"]
    adoption = adopt(_payment_plan(tmp_path, [*head, "Amount (USD)", "Status"]))
    assert targets(only(adoption))["Signed off on"] == "actual_date"


# --- 4. the plan's shares and amounts, listed -----------------------------------------


def test_a_payment_plans_shares_and_amounts_are_listed_as_what_they_are(tmp_path: Path) -> None:
    head = ["Ref", "Milestone", "Contractual date", "Accepted on", "Payment %"]
    adoption = adopt(_payment_plan(tmp_path, [*head, "Payment (EUR)", "Status"]))
    table = only(adoption)
    share, amount = column(table, "Payment %"), column(table, "Payment (EUR)")
    assert share.target is None and "share of the fee" in share.note
    assert amount.target is None and "amount due" in amount.note
    assert "no payment field" in amount.note


# --- 2. a "... to date" amount ---------------------------------------------------------


def test_to_date_amounts_are_never_a_month() -> None:
    for header in ("Certified_to_date", "CertifiedToDate", "Spent_to_date", "Budget_to_date"):
        assert "month" not in [c.column_key for c in candidates(header, "finance")], header
    assert _best("Posting date", "finance") == "month"  # near-miss: a date is still one
    assert _best("Date", "finance") == "month"


def test_money_spent_so_far_is_the_actuals_running_total() -> None:
    for variant in ("cost to date", "certified to date", "value invoiced to date", "fees to date"):
        assert actual_so_far(variant), variant
    for variant in ("budget to date", "paid to date", "days to date", "to date", "cost"):
        assert not actual_so_far(variant), variant
    assert _best("Spend To Date (USD)", "finance") == "actual"


def _months_down(tmp_path: Path, head: list[str], cumulative: bool) -> Path:
    rows: list[list[object]] = [["Contractor valuations"], [], head]
    so_far = 0.0
    for m in (1, 2, 3):
        so_far += 1000.0 * m
        rows.append([datetime(2026, m, 1), "Civils", 5000.0, so_far if cumulative else 1000.0 * m])
        if len(head) == 5:
            rows[-1].append(so_far)
    return book(_dir(tmp_path) / "vals.xlsx", "Valuations", rows)


def test_a_running_total_alone_is_turned_into_in_month_actuals(tmp_path: Path) -> None:
    for n, header in enumerate(("Certified to date", "CertifiedToDate", "Cost to date")):
        path = _months_down(tmp_path / str(n), ["Month", "Section", "Budget", header], True)
        adoption = adopt(path)
        assert targets(only(adoption))[header] == "actual", header
        actuals = [
            finance_by_line(adoption)[(date(2026, m, 1), "Civils")].actual for m in (1, 2, 3)
        ]
        assert actuals == [1000.0, 2000.0, 3000.0], header


def test_a_running_total_beside_the_in_month_actual_is_left_out_and_said(
    tmp_path: Path,
) -> None:
    head = ["Month", "Section", "Budget", "Value of work done", "Certified to date"]
    adoption = adopt(_months_down(tmp_path, head, False))
    table = only(adoption)
    assert targets(table)["Value of work done"] == "actual"
    left = column(table, "Certified to date")
    assert left.target is None and "running total" in left.note
    row = finance_by_line(adoption)[(date(2026, 2, 1), "Civils")]
    assert row.actual == 2000.0


# --- 3. the supplier's person and the client's -----------------------------------------


def test_a_suppliers_person_is_told_by_its_side_word() -> None:
    for header in ("Owner (Vendor)", "Supplier owner", "Owner - Contractor", "Vendor's PM"):
        assert supplier_side_person(header), header
    for header in ("Owner", "Owner (Client)", "Supplier", "Supplier response", "Client lead"):
        assert not supplier_side_person(header), header


def _risks(tmp_path: Path, head: list[str], people: list[tuple[str, str]]) -> Path:
    rows: list[list[object]] = [["Risk register"], [], head]
    for i, (a, b) in enumerate(people, 1):
        rows.append([f"R{i}", f"Risk number {i} described", a, b, "Open"])
    return book(_dir(tmp_path) / "risks.xlsx", "Risks", rows)


PEOPLE = [("Ann Lee", "Bob Ray"), ("Cy Dee", "Di Eve"), ("Ann Lee", "Bob Ray")]


def test_the_clients_owner_wins_whichever_column_comes_first(tmp_path: Path) -> None:
    for n, head in enumerate(
        (
            ["ID", "Risk", "Owner (Vendor)", "Owner (Client)", "Status"],
            ["ID", "Risk", "Owner - Supplier", "Owner - Customer", "Status"],
            ["ID", "Risk", "Supplier owner", "Client owner", "Status"],
        )
    ):
        adoption = adopt(_risks(tmp_path / str(n), head, [(b, a) for a, b in PEOPLE]))
        table = only(adoption)
        assert targets(table)[head[3]] == "owner", head
        assert targets(table)[head[2]] is None, head
        assert "supplier's person" in column(table, head[2]).note
        assert field(adoption, "risks", "owner")[:2] == ["Ann Lee", "Cy Dee"], head


def test_a_suppliers_owner_alone_is_still_the_owner(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Risk register"], [], ["ID", "Risk", "Owner (Vendor)", "Status"]]
    rows += [[f"R{i}", f"Risk number {i} described", "Bob Ray", "Open"] for i in (1, 2, 3)]
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", rows))
    assert targets(only(adoption))["Owner (Vendor)"] == "owner"


def test_a_dependencys_supplier_owner_is_the_counterparty_owner(tmp_path: Path) -> None:
    head = ["ID", "Dependency", "Owner (Client)", "Owner (Vendor)", "Need by"]
    rows: list[list[object]] = [["Dependencies on the client"], [], head]
    for i, (a, b) in enumerate(PEOPLE, 1):
        rows.append([f"D{i}", f"Test data set {i} supplied", a, b, datetime(2026, 4, i)])
    adoption = adopt(book(tmp_path / "d.xlsx", "Deps", rows))
    got = targets(only(adoption))
    assert got["Owner (Client)"] == "owner"
    assert got["Owner (Vendor)"] == "counterparty_owner"
    assert field(adoption, "dependencies", "counterparty_owner")[:2] == ["Bob Ray", "Di Eve"]


def test_an_accepted_or_approved_flag_of_yes_and_no_is_no_date(tmp_path: Path) -> None:
    for n, header in enumerate(("Accepted", "Approved", "Signed off")):
        rows: list[list[object]] = [["Milestone plan"], [], ["ID", "Milestone", "Planned date"]]
        rows[-1] += [header, "Status"]
        for i in range(1, 5):
            done = i < 3
            rows.append([f"M{i}", f"Stage {i} handed over", datetime(2026, i, 1)])
            rows[-1] += ["Yes" if done else "No", "Complete" if done else "Not Started"]
        adoption = adopt(book(_dir(tmp_path / str(n)) / "flags.xlsx", "Plan", rows))
        assert targets(only(adoption))[header] is None, header
        assert field(adoption, "milestones", "actual_date") == [None] * 4, header


def test_a_payment_flag_keeps_the_general_reason() -> None:
    """Round 31's merge: a milestone plan's Yes / No payment flag (``Invoiced``, ``Payment``,
    ``Paid?``) is no amount due; only a header saying an amount or a share is."""
    from addin.adopt.supplier_columns import why_left_out

    for header in ("Invoiced", "Payment", "Paid?"):
        assert why_left_out(header, "milestones", {}, {}) is None, header
    assert "share of the fee" in (why_left_out("Payment %", "milestones", {}, {}) or "")
    for header in ("Invoice value (EUR)", "Payment (USD excl. VAT)", "Billing amount"):
        assert "amount due" in (why_left_out(header, "milestones", {}, {}) or ""), header
