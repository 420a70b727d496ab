"""Round 32 (k57): tuning on a second stranger's supplier and consultancy reports.

Each rule is a habit of the KIND (workbooks a project gets from its suppliers, contractors
and consultancies), tried here on workbooks of its own in two or three forms, with the
near-miss it must not fire on (docs/adopt.md, "Round 32: tuning on a second stranger's
supplier and consultancy reports"):

1. **a payment application of one period**: its period in a valuation's, claim's or
   invoice's words (``Valuation period: 1 - 30 September 2026``, ``Claim period 1st to 31st
   October 2026``, a label and its value, ``Valuation No. 5 - October 2026``), its
   ``This period`` / ``This claim`` / ``Value this period`` / ``Certified this period`` as
   the actual, its item numbers beside the description left out (they failed the table),
   its summary lines (``Less retention``, ``Amount due``, ``VAT 10%``) no cost line;
   near-misses: no month (a quarter, none), ``Previous period``, ``This period`` over month
   labels (the month), ``Less staff than planned`` (an issue's words);
2. **a currency stated with its tax basis** (``SGD, excl. GST``, ``CHF ex VAT``); not
   ``ALL`` (every price);
3. **an invoice log** titled so is finance when a column names the line each invoice
   bills; a purchase ledger (supplier and description) is not;
4. **a fee and day tracker's measure rows**: effort rows (``Days planned``) left out,
   ``Fees invoiced`` the actual;
5. **the client's field qualified after it** (``Project manager (client)``), a ``RAG``
   alone the overall RAG when it is a colour (a legend's ``RAG | Meaning`` is none);
6. **a milestone's SOW, contractual or agreed date** is its baseline.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, registers, targets

from addin.adopt.match import candidates
from addin.adopt.one_period import month_of_line
from addin.adopt.project import _field_for
from addin.adopt.total_rows import is_payment_summary

_ITEMS: list[list[object]] = [
    ["1.1", "Site establishment", 20e6, 5e6, 2e6, 7e6],
    ["1.2", "Piling to foundations", 80e6, 30e6, 12e6, 42e6],
    ["2.1", "Compressor house", 60e6, 10e6, 9e6, 19e6],
]


def _application(tmp: Path, top: list[list[object]], head: list[str]) -> Path:
    rows: list[list[object]] = [*top, [], head, *[list(r) for r in _ITEMS], []]
    rows += [[None, "Gross valuation to date", None, None, None, 68e6]]
    rows += [[None, "Less retention 5%", None, None, None, -3.4e6]]
    rows += [[None, "Amount due", None, None, None, 64.6e6]]
    return book(tmp / "valuation.xlsx", "Valuation", rows)


# --- 1. a payment application of one period ---------------------------------------------


def test_the_period_in_a_valuations_words() -> None:
    sep = date(2026, 9, 1)
    assert month_of_line("Valuation period: 1 - 30 September 2026") == sep
    assert month_of_line("Claim period 1st to 31st October 2026") == date(2026, 10, 1)
    assert month_of_line("1 Sep - 30 Sep 2026") == sep
    assert month_of_line("Invoice period: September 1-30, 2026") == sep
    assert month_of_line("Billing period: October 2026") == date(2026, 10, 1)
    assert month_of_line("Interim Payment Application No. 7 - September 2026") == sep
    assert month_of_line("Harbour Works - Valuation No. 5 - October 2026") == date(2026, 10, 1)
    assert month_of_line("Valuation period ending 30 September 2026") == sep
    assert month_of_line("Claim period ended 31/10/2026") == date(2026, 10, 1)


def test_no_month_is_read_from_a_part_of_a_month_or_another_period() -> None:
    assert month_of_line("Valuation period: 1 - 15 September 2026") is None
    assert month_of_line("Previous period: 1 - 30 September 2026") is None
    # a report's whole month after ``Reporting period`` is its period (k58's reading, kept at
    # the merge: a stranger's one-month report truth took it so); ``Reporting month`` is not
    assert month_of_line("Reporting period: October 2026") == date(2026, 10, 1)
    assert month_of_line("Application No. 7 - Q3 2026") is None
    assert month_of_line("Harbour Works - October 2026") is None
    assert month_of_line("Period ending 30 September 2026") is None  # a quarter's as often
    assert month_of_line("Valuation period ending 15 September 2026") is None


def test_a_contractors_interim_payment_application(tmp_path: Path) -> None:
    top: list[list[object]] = [
        ["Tomakomai CCS Pilot - Civil Works Package C2"],
        ["Interim Payment Application No. 7"],
        ["Valuation period: 1 - 30 September 2026"],
        ["Currency: JPY"],
    ]
    head = ["Item", "Description", "Contract sum", "Previous valuation", "This period"]
    adoption = adopt(_application(tmp_path, top, [*head, "Cumulative"]))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Description"] == "cost_line" and got["This period"] == "actual"
    for left_out in ("Item", "Contract sum", "Previous valuation", "Cumulative"):
        assert got[left_out] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 9, 1), "Piling to foundations")].actual == 12e6
    assert len(adoption.project.finance) == 3  # the summary lines are no cost lines
    assert adoption.project.header.currency == "JPY"


def test_a_claim_of_one_month_in_other_words(tmp_path: Path) -> None:
    top: list[list[object]] = [["Claim period: 01/10/2026 to 31/10/2026"]]
    head = ["Ref", "Description", "Contract value", "Previous claims", "This claim"]
    adoption = adopt(_application(tmp_path, top, [*head, "Total to date"]))
    got = targets(only(adoption))
    assert got["This claim"] == "actual" and got["Total to date"] is None
    assert finance_by_line(adoption)[(date(2026, 10, 1), "Compressor house")].actual == 9e6


def test_a_valuation_whose_period_is_a_field_of_its_title_block(tmp_path: Path) -> None:
    top: list[list[object]] = [["Harbour Works"], ["Period", datetime(2026, 10, 1)]]
    head = ["BoQ ref", "Work item", "Contract amount", "Previously certified"]
    head += ["Certified this period", "Certified to date"]
    adoption = adopt(_application(tmp_path, top, head))
    got = targets(only(adoption))
    assert got["Work item"] == "cost_line"
    assert got["Certified this period"] == "actual"
    assert got["Contract amount"] is None
    assert finance_by_line(adoption)[(date(2026, 10, 1), "Site establishment")].actual == 2e6


def test_a_valuation_with_no_month_is_not_read_as_one(tmp_path: Path) -> None:
    head = ["Item", "Description", "Contract sum", "Previous", "This period", "Cumulative"]
    for top in (
        [["Harbour Works - Interim Valuation"]],
        [["Harbour Works"], ["Period", "Q3 2026"]],
    ):
        adoption = adopt(_application(tmp_path, top, head))
        assert "finance" not in registers(adoption)
        assert adoption.project.finance == []


def test_this_period_over_months_stays_the_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Fee tracker"], [], ["This period", "Workstream", "Fees invoiced"]]
    for m in (1, 2, 3):
        rows += [[datetime(2026, m, 1), "Design", 1000.0 * m]]
    got = targets(only(adopt(book(tmp_path / "fees.xlsx", "Fees", rows))))
    assert got["This period"] == "month" and got["Fees invoiced"] == "actual"


def test_the_periods_amount_read_from_its_header() -> None:
    def best(header: str) -> str | None:
        found = candidates(header, "finance")
        return found[0].column_key if found else None

    for header in ("This period", "This valuation", "Current claim", "In month"):
        assert best(header) == "actual"
    for header in ("Value this period", "Certified this period", "Amount this month"):
        assert best(header) == "actual"
    assert best("Budget this period") == "budget"
    assert best("Days this period") != "actual"  # effort, no money
    assert best("Claimed this period") is None  # what the contractor asks, not certified


def test_a_payment_applications_summary_lines() -> None:
    for label in ("Less retention 5%", "Less previously certified", "Amount due incl. tax"):
        assert is_payment_summary(label)
    for label in ("Consumption tax 10%", "VAT @ 20%", "Net amount payable", "Retention (5%)"):
        assert is_payment_summary(label)
    assert is_payment_summary("Gross valuation to date")
    for label in ("Less staff than planned", "Retention of key staff", "VAT registration"):
        assert not is_payment_summary(label)


def test_an_issue_titled_less_is_still_an_issue(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Issue log"], [], ["ID", "Issue", "Owner", "Status"]]
    rows += [["I-001", "Less retention of site staff than planned", "Ana Silva", "Open"]]
    rows += [["I-002", "Amount due to the crane hire disputed", "Ben Okoro", "Open"]]
    rows += [["I-003", "Crane hire invoice late", "Ana Silva", "Closed"]]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert len(adoption.project.issues) == 3


# --- 2. a currency stated with its tax basis --------------------------------------------


def _fee_forecast(tmp: Path, unit: str) -> Path:
    months = [datetime(2026, m, 1) for m in (3, 4, 5, 6)]
    rows: list[list[object]] = [["Parking Guidance - Fee Forecast"], [unit], []]
    rows += [[None, None, "Actual", "Actual", "Forecast", "Forecast"]]
    rows += [["Grade", "Day rate", *months]]
    rows += [["Manager", 1900, 9500, 7600, 11400, 9500], ["Analyst", 850, 8500, 6800, 8500, 8500]]
    rows += [["Total", None, 18000, 14400, 19900, 18000]]
    return book(tmp / "forecast.xlsx", "Fees", rows)


def test_a_currency_before_its_tax_basis(tmp_path: Path) -> None:
    for unit, code in (
        ("SGD, excl. GST", "SGD"),
        ("Figures are CHF ex-VAT", "CHF"),
        ("EUR (net of VAT)", "EUR"),
    ):
        adoption = adopt(_fee_forecast(tmp_path, unit))
        assert adoption.project.header.currency == code, unit
    lines = finance_by_line(adopt(_fee_forecast(tmp_path, "SGD, excl. GST")))
    assert lines[(date(2026, 4, 1), "Manager")].actual == 7600
    assert lines[(date(2026, 5, 1), "Analyst")].forecast == 8500


def test_all_before_a_tax_basis_is_no_currency(tmp_path: Path) -> None:
    adoption = adopt(_fee_forecast(tmp_path, "PRICES ALL EXCL. VAT"))
    assert adoption.project.header.currency in (None, "")


# --- 3. an invoice log ---------------------------------------------------------------------


def _invoice_log(tmp: Path, title: str, line_head: str, amount: str = "Net amount") -> Path:
    rows: list[list[object]] = [[title], []]
    rows += [["Invoice No.", "Invoice date", line_head, amount, "GST", "Status"]]
    rows += [["INV-1041", datetime(2026, 1, 31), "Design", 24000, 3600, "Paid"]]
    rows += [["INV-1042", datetime(2026, 1, 31), "Survey", 8000, 1200, "Paid"]]
    rows += [["INV-1050", datetime(2026, 2, 28), "Design", 26500, 3975, "Unpaid"]]
    return book(tmp / "invoices.xlsx", "Invoices", rows)


def test_an_invoice_log_by_the_line_each_invoice_bills(tmp_path: Path) -> None:
    for title, line, amount in (
        ("Harbour Works - Consultant Invoice Log (NZD)", "Workstream", "Net amount"),
        ("Invoice register", "Work package", "Invoice value (ex GST)"),
        ("Design services invoices", "PO line", "Invoice amount"),
    ):
        adoption = adopt(_invoice_log(tmp_path, title, line, amount))
        assert registers(adoption) == ["finance"], title
        assert finance_by_line(adoption)[(date(2026, 2, 1), "Design")].actual == 26500


def test_a_purchase_ledger_of_invoices_is_still_no_tracker(tmp_path: Path) -> None:
    for line in ("Supplier", "Description"):
        adoption = adopt(_invoice_log(tmp_path, "Purchase ledger - invoices received", line))
        assert "finance" not in registers(adoption), line


# --- 4. a fee and day tracker's measure rows -------------------------------------------


def test_effort_rows_among_a_trackers_measures_are_left_out(tmp_path: Path) -> None:
    months = [datetime(2026, m, 1) for m in (1, 2, 3)]
    rows: list[list[object]] = [["Design Services - Fee and Day Tracker (EUR)"], []]
    rows += [["Workstream", "Measure", *months]]
    for ws in ("Design", "Survey"):
        rows += [[ws, "Days planned", 10, 12, 8], [ws, "Days used", 9, 13, None]]
        rows += [[ws, "Fees planned", 10000, 12000, 8000], [ws, "Fees invoiced", 9000, 13000, None]]
        rows += [[ws, "Fees forecast", None, None, 8500]]
    adoption = adopt(book(tmp_path / "tracker.xlsx", "Tracker", rows))
    line = finance_by_line(adoption)[(date(2026, 2, 1), "Survey")]
    assert (line.budget, line.actual) == (12000, 13000)
    assert finance_by_line(adoption)[(date(2026, 3, 1), "Design")].forecast == 8500
    skipped = [r.reason for t in adoption.report.tables for r in t.skipped_rows]
    assert sum("effort" in w for w in skipped) == 4


# --- 5. the client's field qualified after it; a RAG alone --------------------------------


def test_the_clients_field_written_with_its_side_after_it() -> None:
    assert _field_for("Project manager (client)") == "project_manager"
    assert _field_for("Project Manager - Customer") == "project_manager"
    assert _field_for("Sponsor (client)") == "sponsor"
    assert _field_for("Project name (client)") == "project_name"
    assert _field_for("Project manager (supplier)") is None
    assert _field_for("Account manager (client)") is None
    assert _field_for("Manager (client)") is None


def _pack(tmp: Path, pairs: list[list[object]]) -> Path:
    rows: list[list[object]] = [["Monthly Status Report"], [], *pairs, [], ["Milestones"]]
    rows += [["Milestone", "SOW date", "Forecast", "Actual"]]
    rows += [["Design sign-off", datetime(2026, 2, 1), datetime(2026, 2, 3), datetime(2026, 2, 3)]]
    rows += [["SIT exit", datetime(2026, 4, 1), datetime(2026, 4, 20), None]]
    rows += [["Go-live", datetime(2026, 8, 1), datetime(2026, 8, 1), None]]
    return book(tmp / "pack.xlsx", "Status", rows)


def test_a_supplier_pack_with_both_managers_and_one_rag(tmp_path: Path) -> None:
    pairs: list[list[object]] = [
        ["Project", "Core Banking Replacement"],
        ["Project manager (supplier)", "Mark Whitfield"],
        ["Project manager (client)", "Isabelle Favre"],
        ["RAG status", "A"],
    ]
    adoption = adopt(_pack(tmp_path, pairs))
    header = adoption.project.header
    assert header.project_manager == "Isabelle Favre"
    assert header.overall_rag == "Amber"
    got = targets(only(adoption))
    assert got["SOW date"] == "baseline_date"


def test_a_rag_legend_is_no_projects_rag(tmp_path: Path) -> None:
    pairs: list[list[object]] = [["Project", "Core Banking"], ["RAG", "Meaning"]]
    pairs += [["Red", "Off track"], ["Amber", "At risk"]]
    adoption = adopt(_pack(tmp_path, pairs))
    assert adoption.project.header.overall_rag is None


# --- 6. a milestone's SOW, contractual or agreed date --------------------------------------


def test_a_milestones_contractual_dates_are_its_baseline() -> None:
    for header in ("SOW date", "Contractual date", "Date per contract", "Agreed date"):
        found = candidates(header, "milestones")
        assert found and found[0].column_key == "baseline_date", header
    # a decision's agreed date is still its date, a dependency's its committed date
    assert candidates("Agreed date", "decisions")[0].column_key == "date"
    assert candidates("Agreed date", "dependencies")[0].column_key == "committed_date"


def test_a_reporting_period_of_days_written_once_gives_the_report_date(tmp_path: Path) -> None:
    adoption = adopt(
        _pack(tmp_path, [["Project", "Core Banking"], ["Reporting period: 1-30 September 2026"]])
    )
    assert adoption.project.header.report_date == date(2026, 9, 30)
