"""Round 34 (k64): tuning on the sixtieth batch (supplier and consultancy reports, round
33's held-out, promoted).

Each rule is a habit of the KIND (workbooks a project gets from, or keeps about, its
suppliers, contractors and consultancies), tried here on workbooks of its own in two or
three forms, with the near-miss it must not fire on (docs/adopt.md, "Round 34: tuning on
the sixtieth batch"):

1. **a contract's query log is an issue log** (``register_names.QUERY_LOG_WORDS``, in a
   sheet name or a title only, with a column tracking an issue): ``TQ Log``, ``RFI
   Register``, ``Technical Query Log``, ``Design queries``; its ``Reply required by`` /
   ``Response due`` the due date. Near-misses: a ``Query1`` sheet (Power Query's name), a
   ``Queries`` list of questions and answers tracking nothing, a procurement's ``RFI / RFP
   tracker`` (requests to vendors);
2. **a project's own supplier invoice register is its spend by the firm paid**
   (``classify.firm_line_of_invoice_register``): ``Supplier invoice register``,
   ``Contractor invoice log``, ``Vendor invoice tracker`` with ``Supplier`` / ``Vendor`` /
   ``Contractor`` / ``Subcontractor`` beside a ``Description``. Near-misses: a purchase ledger (round 26's and
   round 32's), an invoice register with a named line (``Work package``) beside the
   supplier (the line stays the named one);
3. **a register's short item codes under its noun are its IDs**
   (``record_numbers.noun_over_numbers`` widened): ``MS`` over ``M1`` .., ``Risk`` over
   ``R1`` .. beside the words. Near-miss: ``Q1`` .. (quarters), codes of two letter groups;
4. **a risk's one-letter impact beside its likelihood's letter**
   (``classify.impact_letter_beside_likelihood``): ``L`` | ``S``, ``P`` | ``C``.
   Near-misses: an ``S`` far from the likelihood, an ``S`` beside an ``Impact`` column.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, registers, targets

# --- 1. a contract's query log ---------------------------------------------------------------


def _query_log(
    tmp: Path, sheet: str, title: str, due: str = "Reply required by", status: bool = True
) -> Path:
    head = ["Ref", "Query", "Raised", due, "Responsible", *(["Status"] if status else [])]
    rows: list[list[object]] = [[title], [], head]
    people = ["Ana Lima", "Tom Reid", "Ana Lima"]
    for i, text in enumerate(
        ["Fire rating of the riser doors", "Kerb radius at the gate", "Paint system for rails"]
    ):
        row: list[object] = [f"Q-{i + 1:02d}", text, datetime(2026, 3, 2 + i)]
        row += [datetime(2026, 3, 12 + i), people[i], *(["Open"] if status else [])]
        rows.append(row)
    return book(tmp / f"{sheet}.xlsx", sheet, rows)


def test_a_query_log_named_in_the_sheet_or_title_is_an_issue_log(tmp_path: Path) -> None:
    for sheet, title, due in (
        ("TQ Log", "Yard no. 88 - Technical Query Log", "Reply required by"),
        ("RFI Register", "Depot extension - requests for information", "Response due"),
        ("Sheet1", "Technical queries raised by the contractor", "Response required by"),
        ("Design queries", "Station canopy", "Answer required by"),
    ):
        adoption = adopt(_query_log(tmp_path, sheet, title, due))
        assert registers(adoption) == ["issues"], sheet
        table = only(adoption)
        assert targets(table)[due] == "due_date", sheet
        assert field(adoption, "issues", "due_date")[1] == date(2026, 3, 13)
        assert field(adoption, "issues", "owner") == ["Ana Lima", "Tom Reid", "Ana Lima"]


def test_a_query_sheet_of_power_query_or_bare_questions_is_no_issue_log(tmp_path: Path) -> None:
    # Power Query's sheet name is no query log's
    adoption = adopt(_query_log(tmp_path, "Query1", "Export", due="Finish"))
    assert "issues" not in registers(adoption)
    # a procurement's requests for information to vendors
    adoption = adopt(_query_log(tmp_path, "RFI RFP tracker", "RFI / RFP tracker", "Response due"))
    assert "issues" not in registers(adoption)
    # a list of questions and answers tracking nothing
    rows: list[list[object]] = [["Queries"], [], ["Question", "Answer"]]
    rows += [["Is the site fenced?", "Yes"], ["Who holds the keys?", "The caretaker"]]
    adoption = adopt(book(tmp_path / "faq.xlsx", "Queries", rows))
    assert "issues" not in registers(adoption)


# --- 2. a project's own supplier invoice register ------------------------------------------


def _invoices(tmp: Path, title: str, firm: str, line: str = "Description") -> Path:
    head = ["PO No.", "Invoice No.", "Invoice date", firm, line, "Amount ex GST", "Paid"]
    rows: list[list[object]] = [[title], [], head]
    rows += [["PO1", "INV-11", datetime(2026, 1, 14), "Kerb Co", "Footings", 2500.0, "Y"]]
    rows += [["PO2", "INV-12", datetime(2026, 1, 20), "Glaze Ltd", "Panels", 1800.0, "Y"]]
    rows += [["PO1", "INV-13", datetime(2026, 2, 9), "Kerb Co", "Ducting", 4200.0, "N"]]
    rows += [["PO2", "INV-14", datetime(2026, 2, 21), "Glaze Ltd", "Panels", 900.0, "N"]]
    return book(tmp / "invoices.xlsx", "Invoices", rows)


def test_a_supplier_invoice_register_is_spend_by_the_firm_paid(tmp_path: Path) -> None:
    for title, firm in (
        ("Shelter Renewal - Supplier invoice register", "Supplier"),
        ("Contractor invoice log (AUD)", "Contractor"),
        ("Vendor Invoice Tracker", "Vendor"),
        ("Works invoice log", "Subcontractor"),
    ):
        adoption = adopt(_invoices(tmp_path, title, firm))
        assert registers(adoption) == ["finance"], title
        got = targets(only(adoption))
        assert got[firm] == "cost_line" and got["Description"] is None, title
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 2, 1), "Kerb Co")].actual == 4200
        assert lines[(date(2026, 1, 1), "Glaze Ltd")].actual == 1800


def test_a_purchase_ledger_or_a_named_line_keeps_its_reading(tmp_path: Path) -> None:
    # an accounts team's ledger of every purchase is no project's tracker (rounds 26, 32)
    for title, firm in (
        ("Purchase ledger - invoice register", "Supplier"),
        ("Accounts payable invoice log", "Supplier"),
        ("Purchase ledger - invoices received", "Subcontractor"),
    ):
        adoption = adopt(_invoices(tmp_path, title, firm))
        assert "finance" not in registers(adoption), title
    # a named line beside the supplier stays the line, the supplier a detail
    adoption = adopt(_invoices(tmp_path, "Supplier invoice register", "Supplier", "Work package"))
    got = targets(only(adoption))
    assert got["Work package"] == "cost_line" and got["Supplier"] != "cost_line"


# --- 3. short item codes under the register's noun ----------------------------------------


def _schedule(tmp: Path, code_head: str, codes: list[str]) -> Path:
    head = [code_head, "Milestone / deliverable", "Contractual date", "Forecast date"]
    rows: list[list[object]] = [["SOW 2 - Payment Milestone Schedule"], [], head]
    names = ["Design accepted", "Towers inspected", "Cable tensioned"]
    for i, (code, name) in enumerate(zip(codes, names, strict=True)):
        rows.append([code, name, datetime(2026, 1 + i, 5), datetime(2026, 1 + i, 9)])
    return book(tmp / "schedule.xlsx", "Payment Milestones", rows)


def test_short_codes_under_the_registers_noun_are_its_ids(tmp_path: Path) -> None:
    for head, codes in (("MS", ["M1", "M2", "M3"]), ("Milestone", ["MS-01", "MS-02", "MS-03"])):
        adoption = adopt(_schedule(tmp_path, head, codes))
        got = targets(only(adoption))
        assert got[head] == "id" and got["Milestone / deliverable"] == "milestone", head
        assert field(adoption, "milestones", "milestone")[0] == "Design accepted"
    rows: list[list[object]] = [["Risk log"], [], ["Risk", "Risk / threat", "Owner", "Status"]]
    rows += [["R1", "Ground worse than surveyed", "Ana Lima", "Open"]]
    rows += [["R2", "Crane not available", "Tom Reid", "Open"]]
    got = targets(only(adopt(book(tmp_path / "risks.xlsx", "Risks", rows))))
    assert got["Risk"] == "id"


def test_quarters_or_mixed_codes_are_no_ids(tmp_path: Path) -> None:
    for codes in (["Q1", "Q2", "Q3"], ["M1", "D2", "M3"]):
        adoption = adopt(_schedule(tmp_path, "MS", codes))
        assert targets(only(adoption))["MS"] != "id", codes


# --- 4. a risk's one-letter impact beside the likelihood's letter -------------------------


def _rated(tmp: Path, head: list[str]) -> Path:
    rows: list[list[object]] = [["Consultant's Risk Register"], [], head]
    rows += [["Bats found in the roof", 4, 3, "Owen Pryce", "Live"]]
    rows += [["Flood assessment needed", 5, 5, "Dan Kemp", "Closed"]]
    rows += [["Brickwork worse than surveyed", 1, 2, "Dan Kemp", "Live"]]
    return book(tmp / "risks.xlsx", "Risk Register", rows)


def test_a_severity_or_consequence_letter_beside_the_likelihoods_is_the_impact(
    tmp_path: Path,
) -> None:
    for first, second in (("L", "S"), ("P", "C"), ("L", "C")):
        adoption = adopt(_rated(tmp_path, ["Risk", first, second, "Owner", "Status"]))
        got = targets(only(adoption))
        assert got[first] == "probability" and got[second] == "impact", (first, second)
        assert field(adoption, "risks", "impact") == [3, 5, 2]


def test_an_s_with_an_impact_beside_it_or_no_likelihood_letter_is_no_impact(
    tmp_path: Path,
) -> None:
    got = targets(only(adopt(_rated(tmp_path, ["Risk", "L", "Impact", "Owner", "S"]))))
    assert got["Impact"] == "impact" and got["S"] != "impact"
    got = targets(only(adopt(_rated(tmp_path, ["Risk", "Likelihood", "S", "Owner", "Status"]))))
    assert got["S"] != "impact"
