"""Round 36 (t40a): tuning on the eighty-second batch (supplier and consultancy reports).

Five general rules, each on small workbooks built here (docs/adopt.md, "Round 36: tuning on
the eighty-second batch"):

1. a progress claim's ``Net this period (ex GST)`` beside its ``GST`` and ``Gross`` is the
   actual (``net_amounts._NET`` reads a period and a tax basis after ``Net``);
2. a sheet or title naming the invoices alone (``Invoices``, ``Supplier invoices``) is a
   project's own invoice register: its one firm-paid column is the line
   (``register_names.invoice_register``); a ledger is still refused;
3. a tracker's record noun alone over its numbers (``Ticket`` over 48450) is the items' ID
   (``record_numbers.record_noun_over_numbers``);
4. a status kept by one side (``Vendor status``, ``Client status``) is the status for certain
   (``match.party_status``); a bare ``Status`` beside it wins;
5. a dependency log's party column naming the client's own side on some rows (``Provider``
   Client / CRO) is no counterparty (``sides.own_side_named``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import (
    adopt,
    best_candidate,
    book,
    field,
    finance_by_line,
    only,
    registers,
    targets,
)

# --- 1. a progress claim's net of the period and of its tax --------------------------------


def _claims(tmp: Path, net_head: str, tax_head: str = "GST") -> Path:
    rows: list[list[object]] = [["Depot Rebuild - Progress claims (AUD)"], []]
    rows += [["App No.", "Period ending", "Package", net_head, tax_head, "Gross"]]
    rows += [[1, datetime(2026, 1, 31), "Roofing", 10000.0, 1000.0, 11000.0]]
    rows += [[1, datetime(2026, 1, 31), "Electrical", 4000.0, 400.0, 4400.0]]
    rows += [[2, datetime(2026, 2, 28), "Roofing", 12500.0, 1250.0, 13750.0]]
    return book(tmp / "claims.xlsx", "Payment applications", rows)


def test_a_claims_net_of_the_period_and_its_tax_is_the_actual(tmp_path: Path) -> None:
    for head in ("Net this period (ex GST)", "Net this month", "Net (excl. GST)"):
        adoption = adopt(_claims(tmp_path, head))
        assert registers(adoption) == ["finance"], head
        assert targets(only(adoption))[head] == "actual", head
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 2, 1), "Roofing")].actual == 12500
        assert lines[(date(2026, 1, 1), "Electrical")].actual == 4000
        assert adoption.project.header.currency == "AUD"


def test_a_net_with_no_tax_beside_it_or_a_margin_is_no_claims_net(tmp_path: Path) -> None:
    from addin.adopt.net_amounts import _NET

    assert _NET.match("Net this period (ex GST)") and _NET.match("Nett for the month ex VAT")
    assert not _NET.match("Net margin this period") and not _NET.match("Net change this month")
    # no tax or gross named beside it: nothing says the net is an invoice's
    rows: list[list[object]] = [["Depot Rebuild - Progress claims"], []]
    rows += [["App No.", "Period ending", "Package", "Net this period", "Retention"]]
    rows += [[1, datetime(2026, 1, 31), "Roofing", 10000.0, 500.0]]
    rows += [[2, datetime(2026, 2, 28), "Roofing", 12500.0, 625.0]]
    adoption = adopt(book(tmp_path / "claims.xlsx", "Claims", rows))
    tables = adoption.report.tables
    assert not tables or targets(tables[0]).get("Net this period") != "actual"


# --- 2. a sheet naming the invoices alone --------------------------------------------------


def _invoices(tmp: Path, sheet: str, title: str | None, firm: str = "Supplier") -> Path:
    rows: list[list[object]] = [[title], []] if title else []
    rows += [["Invoice No.", "Invoice date", firm, "Description", "Net (JPY)", "Tax", "Total"]]
    rows += [["INV-1", datetime(2026, 1, 22), "Mori QA", "Proofing", 400000.0, 40000.0, 440000.0]]
    rows += [
        ["INV-2", datetime(2026, 1, 18), "Glyph Works", "Drawing", 300000.0, 30000.0, 330000.0]
    ]
    rows += [["INV-3", datetime(2026, 2, 26), "Mori QA", "Proofing", 250000.0, 25000.0, 275000.0]]
    return book(tmp / "invoices.xlsx", sheet, rows)


def test_a_sheet_of_invoices_is_spend_by_the_firm_paid(tmp_path: Path) -> None:
    for sheet, title in (
        ("Invoices", None),
        ("Supplier invoices", None),
        ("Sheet1", "Vendor invoices (JPY)"),
    ):
        adoption = adopt(_invoices(tmp_path, sheet, title))
        assert registers(adoption) == ["finance"], sheet
        got = targets(only(adoption))
        assert got["Supplier"] == "cost_line" and got["Net (JPY)"] == "actual", sheet
        lines = finance_by_line(adoption)
        assert lines[(date(2026, 2, 1), "Mori QA")].actual == 250000
        assert lines[(date(2026, 1, 1), "Glyph Works")].actual == 300000
        assert adoption.project.header.currency == "JPY"


def test_a_ledger_or_the_invoices_raised_stay_no_tracker(tmp_path: Path) -> None:
    for sheet, title in (
        ("Invoices", "Purchase ledger - invoices received"),
        ("Invoices", "Accounts payable"),
        ("Sales invoices", None),
    ):
        adoption = adopt(_invoices(tmp_path, sheet, title))
        assert "finance" not in registers(adoption), (sheet, title)


# --- 3. a tracker's record noun over its numbers -------------------------------------------


def _tickets(tmp: Path, first: str, ids: list[object]) -> Path:
    head = [first, "Logged", "Summary", "Severity", "Status", "Assignee", "Target fix"]
    rows: list[list[object]] = [head]
    texts = ["Scanner files fail to import", "Milling queue loses jobs", "Licences not freed"]
    for i, (ref, text) in enumerate(zip(ids, texts, strict=True)):
        logged = f"2026-02-{10 + i:02d}"
        rows.append([ref, logged, text, "Sev 2", "Open", "Lea Brunner", datetime(2026, 3, 1 + i)])
    return book(tmp / "tickets.xlsx", "Open items", rows)


def test_a_ticket_column_of_numbers_is_the_id(tmp_path: Path) -> None:
    for noun in ("Ticket", "Defect", "Case"):
        adoption = adopt(_tickets(tmp_path, noun, [48450, 49081, 48212]))
        assert registers(adoption) == ["issues"], noun
        assert targets(only(adoption))[noun] == "id", noun
        assert field(adoption, "issues", "title")[1] == "Milling queue loses jobs"
        assert field(adoption, "issues", "due_date")[2] == date(2026, 3, 3)


def test_a_ticket_column_of_repeats_or_blanks_is_no_id(tmp_path: Path) -> None:
    for ids in ([7, 7, 8], [48450, None, 48212]):
        adoption = adopt(_tickets(tmp_path, "Ticket", ids))
        tables = adoption.report.tables
        assert not tables or targets(tables[0]).get("Ticket") != "id", ids


# --- 4. a status kept by one side ----------------------------------------------------------


def test_a_sides_status_is_the_status() -> None:
    for head in ("Vendor status", "Client status", "Status (supplier)", "Contractor's status"):
        found = best_candidate(head, "issues")
        assert found is not None and found[0] == "status" and found[1] >= 0.8, head
    # a money status stays none; a bare status is surer than a side's
    assert best_candidate("Invoice status", "issues") is None
    bare, side = best_candidate("Status", "issues"), best_candidate("Vendor status", "issues")
    assert bare is not None and side is not None and bare[1] > side[1]


def test_a_vendor_issue_log_with_its_status_is_adopted(tmp_path: Path) -> None:
    head = ["Ticket", "Logged", "Summary", "Severity", "Vendor status", "Assignee", "Target fix"]
    rows: list[list[object]] = [head]
    rows += [[48450, "2026-02-09", "Invoice export misses VAT codes", "Sev 4", "New", "Lea Brunner",
              datetime(2026, 3, 1)]]  # fmt: skip
    rows += [[49081, "2026-03-12", "Milling queue loses jobs", "Sev 2", "Fixed", "Marco Rossi",
              datetime(2026, 3, 22)]]  # fmt: skip
    rows += [[48212, "2026-03-22", "Crown module crashes", "Sev 1", "Closed", "Lea Brunner",
              datetime(2026, 4, 12)]]  # fmt: skip
    adoption = adopt(book(tmp_path / "vendor.xlsx", "Open items", rows))
    assert registers(adoption) == ["issues"]
    assert targets(only(adoption))["Vendor status"] == "status"
    assert field(adoption, "issues", "status") == ["Open", "Resolved", "Closed"]
    assert field(adoption, "issues", "raised_date")[0] == date(2026, 2, 9)


# --- 5. a dependency's party column naming the client's own side ---------------------------


def _deps(tmp: Path, sides: list[str]) -> Path:
    rows: list[list[object]] = [["Cord Blood Bank - Dependency log"], []]
    rows += [["Dependency", "Provider", "Needed by", "Owner", "Status"]]
    texts = ["Freezer qualification report", "Consent form approved", "Barcode format"]
    for i, (text, side) in enumerate(zip(texts, sides, strict=True)):
        rows.append([text, side, datetime(2026, 2, 9 + i), "Tan Wei Ling", "Open"])
    return book(tmp / "deps.xlsx", "Dependencies", rows)


def test_a_provider_naming_the_client_side_is_no_counterparty(tmp_path: Path) -> None:
    adoption = adopt(_deps(tmp_path, ["CRO", "Client", "Client"]))
    assert registers(adoption) == ["dependencies"]
    assert targets(only(adoption))["Provider"] is None
    assert field(adoption, "dependencies", "need_by")[1] == date(2026, 2, 10)
    # other teams or projects stay the counterparty
    adoption = adopt(_deps(tmp_path, ["Lab systems", "Ethics office", "Lab systems"]))
    assert targets(only(adoption))["Provider"] == "counterparty_project_id"
    assert field(adoption, "dependencies", "counterparty_project_id")[1] == "Ethics office"
