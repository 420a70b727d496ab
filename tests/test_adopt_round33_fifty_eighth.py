"""Round 33 (its last hour, t35b): the fifty-eighth batch's misses (supplier and
consultancy reports).

Each rule is a habit of the KIND, tried on workbooks of its own in two or three forms, with
the near-miss it must not fire on (docs/adopt.md, "Round 33 (its last hour): the
fifty-eighth batch's misses (supplier and consultancy reports)"):

1. **lines summed in a total column** (``No. | Period to | <sections> | Gross this period |
   Retention | Net``): the columns the total sums, row by row, are the cost lines across,
   measured as the total names them; the total and what follows it are no line;
   near-miss: a payment application's own figures (``Gross valuation | Retention | Net``)
   with nothing summed before them, and columns the total does not sum;
2. **a fee or a charge is the amount** (``Fee ex VAT (USD)``, ``Fees (EUR)``, ``Charge
   ($)``), an inclusion tail read before a currency bracket; a fee planned says so
   (``Fees budget``);
3. **a consultancy's grade is the line its time is billed by** (an invoice log's ``Period |
   Grade | Days | Day rate | Fee (USD)``, titled invoices); beside a named consultant, the
   consultant is the line;
4. **a milestone accepted is complete** (a SOW's ``Accepted``); a risk accepted is watched.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, targets

from addin.adopt.match import candidates

# --- 1. lines summed in a total column ------------------------------------------------------


def _history(
    tmp: Path,
    title: str,
    head: list[str],
    periods: list[object],
    tail: int,
    sheet: str = "Valuations",
) -> Path:
    """A valuation history: number, period, three sections, their sum, ``tail`` columns of
    the sum's own figures (retention, net)."""
    rows: list[list[object]] = [[title], [], head]
    for n, period in enumerate(periods, start=1):
        amounts = [1000.0 * n, 0.0 if n == 2 else 2000.0, 500.0 * n]
        gross = sum(amounts)
        rows.append([n, period, *amounts, gross, *[-gross * 0.05, gross * 0.95][:tail]])
    return book(tmp / "history.xlsx", sheet, rows)


def test_sections_summed_in_gross_this_period(tmp_path: Path) -> None:
    ends = [datetime(2025, 11, 30), datetime(2025, 12, 31), datetime(2026, 1, 31)]
    head = ["Valuation No.", "Period to", "Groundworks", "Roofing", "Drainage"]
    head += ["Gross this period", "Retention 5%", "Net certified"]
    adoption = adopt(_history(tmp_path, "Quay Works - Payment applications (€)", head, ends, 2))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Roofing"] == "cost_line" and got["Drainage"] == "cost_line"
    assert got["Gross this period"] is None and got["Retention 5%"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2025, 12, 1), "Groundworks")].actual == 2000.0
    assert lines[(date(2026, 1, 1), "Drainage")].actual == 1500.0
    assert not any(line in ("Gross this period", "Net certified") for _, line in lines)


def test_lines_summed_in_other_words(tmp_path: Path) -> None:
    months = ["Apr 2026", "May 2026", "Jun 2026"]
    head = ["Invoice #", "Month", "Design", "Surveys", "Site support", "Invoiced", "Paid"]
    adoption = adopt(_history(tmp_path, "Engineering services - GBP", head, months, 1))
    got = targets(only(adoption))
    assert got["Design"] == "cost_line" and got["Invoiced"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 6, 1), "Design")].actual == 3000.0
    assert len([1 for _, line in lines if line == "Paid"]) == 0
    # a budget total names the lines' measure as the budget (where the title and the sheet
    # name none: theirs comes first)
    head = ["Ref", "Period", "Hardware", "Software", "Services", "Budget (USD)"]
    adoption = adopt(_history(tmp_path, "Hardware refresh", head, months, 0, "Profile"))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 5, 1), "Services")].budget == 1000.0


def test_a_total_that_sums_nothing_before_it(tmp_path: Path) -> None:
    # near-miss: a payment application's own figures, months down: the gross is the actual
    rows: list[list[object]] = [["Payment applications (EUR)"], []]
    rows += [["App No.", "Period to", "Gross valuation", "Retention", "Net payable"]]
    for n, month in enumerate(["Jan 2026", "Feb 2026", "Mar 2026"], start=1):
        rows.append([n, month, 10000.0 * n, -500.0 * n, 9500.0 * n])
    adoption = adopt(book(tmp_path / "apps.xlsx", "Applications", rows))
    got = targets(only(adoption))
    assert got["Gross valuation"] == "actual"
    assert not any(f.cost_line in ("Retention", "Net payable") for f in adoption.project.finance)
    # near-miss: columns the amount does not sum (quantities priced) are no lines
    rows = [["Invoiced (GBP)"], [], ["Month", "Qty", "Rate", "Invoiced"]]
    rows += [["Jan 2026", 3.0, 10.0, 30.0], ["Feb 2026", 4.0, 10.0, 40.0]]
    rows += [["Mar 2026", 2.0, 10.0, 20.0]]
    adoption = adopt(book(tmp_path / "qty.xlsx", "Invoices", rows))
    assert not any(f.cost_line in ("Qty", "Rate") for f in adoption.project.finance)


# --- 2. a fee or a charge is the amount ------------------------------------------------------


def test_a_fee_or_a_charge_is_the_actual() -> None:
    for header in ("Fee ex VAT (USD)", "Fees (EUR)", "Charge ($)", "Net fee", "Fee"):
        assert candidates(header, "finance")[0].column_key == "actual", header
    found = candidates("Cost excl. GST (AUD)", "finance")[0]
    assert found.column_key == "actual" and found.confidence == 1.0
    assert candidates("Fees budget", "finance")[0].column_key == "budget"
    assert candidates("Fees forecast", "finance")[0].column_key == "forecast"
    # a fee planned is the budget, whatever it leaves out (not also the actual)
    for header in ("Fee budget (€ ex VAT)", "Fee budget € ex VAT", "Fee budget"):
        assert [c.column_key for c in candidates(header, "finance")] == ["budget"], header
    # near-miss: a fee planned in days is effort, no amount (red team of round 31)
    assert not candidates("Fees budget (days)", "finance")


# --- 3. a consultancy's grade is its line ---------------------------------------------------


def _invoices(tmp: Path, sheet: str, title: str, head: list[str]) -> Path:
    rows: list[list[object]] = [[title], [], head]
    grades = [("Director", 2000.0), ("Manager", 1200.0), ("Associate", 700.0)]
    for m, month in enumerate(["Jan 2026", "Feb 2026", "Mar 2026"]):
        for grade, rate in grades:
            rows.append([f"INV-{500 + m}", month, grade, m + 2, rate, (m + 2) * rate, "Paid"])
    return book(tmp / "invoices.xlsx", sheet, rows)


def test_consultancy_invoices_by_grade(tmp_path: Path) -> None:
    head = ["Invoice", "Period", "Grade", "Days", "Day rate", "Fee ex VAT (USD)", "Status"]
    adoption = adopt(_invoices(tmp_path, "Invoices", "Harbour Trust - Advisory invoices", head))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Grade"] == "cost_line" and got["Fee ex VAT (USD)"] == "actual"
    assert got["Days"] is None and got["Day rate"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "Manager")].actual == 3600.0
    assert adoption.project.header.currency == "USD"
    head = ["Inv No", "Month", "Staff grade", "Hours", "Rate", "Fees (EUR)", "State"]
    adoption = adopt(_invoices(tmp_path, "Sheet1", "Consultancy invoices 2026", head))
    got = targets(only(adoption))
    assert got["Staff grade"] == "cost_line" and got["Fees (EUR)"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 3, 1), "Associate")].actual == 2800.0


def test_a_named_consultant_beside_the_grade_is_the_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Time & materials backup to invoice"], ["Period: May 2026"]]
    rows += [[], ["Consultant", "Grade", "Days", "Day rate (USD)", "Amount (USD)"]]
    rows += [["Dana Whitfield", "Principal", 5, 1800.0, 9000.0]]
    rows += [["Owen Park", "Analyst", 10, 800.0, 8000.0]]
    adoption = adopt(book(tmp_path / "tm.xlsx", "T&M May", rows))
    got = targets(only(adoption))
    assert got["Consultant"] == "cost_line" and got["Grade"] is None


# --- 4. a milestone accepted is complete ---------------------------------------------------


def test_a_milestone_accepted_is_complete(tmp_path: Path) -> None:
    rows: list[list[object]] = [["SOW 3 - Payment milestones"], []]
    rows += [["Milestone", "Contract date", "Accepted on", "Status"]]
    rows += [["Design signed off", datetime(2026, 2, 2), datetime(2026, 2, 9), "Accepted"]]
    rows += [["Build complete", datetime(2026, 4, 6), None, "In progress"]]
    adoption = adopt(book(tmp_path / "sow.xlsx", "Milestones", rows))
    assert [m.status for m in adoption.project.milestones] == ["Complete", "In Progress"]
    # near-miss: a risk accepted is still watched (its list's Monitoring), not complete
    rows = [["Risk register"], [], ["ID", "Risk", "Owner", "Status"]]
    rows += [["R-1", "Vendor insolvency", "Ana Lee", "Accepted"]]
    rows += [["R-2", "Late permits", "Ben Ode", "Open"]]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert adoption.project.risks[0].status == "Monitoring"
