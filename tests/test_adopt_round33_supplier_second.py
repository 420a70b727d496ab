"""Round 33 (k63): tuning on a fourth stranger's supplier and consultancy reports.

Each rule is a habit of the KIND (workbooks a project gets from its suppliers, contractors
and consultancies), tried here on workbooks of its own in two or three forms, with the
near-miss it must not fire on (docs/adopt.md, "Round 33: tuning on a fourth stranger's
supplier and consultancy reports"):

1. **a log of valuations, claims or invoices with its periods down behind a document
   number** (``Val. No. | Period ending | Steel frame | Earthworks | Total``): the number
   is left out, the periods are the second column, the trades the cost lines; the title's
   ``valuations`` says the amounts are actuals, its ``(CAD, ...)`` the currency;
   near-misses: a numbered list whose second column is no period, a number column over
   figures;
2. **a time-and-materials backup to an invoice** (``Consultant | Grade | Days | Day rate
   (USD) | Amount (USD)``): the days are what the amount pays for, the table is money;
   near-miss: a plan of days whose amount states no currency, a sheet named for its effort;
3. **a party's remarks** (``Supplier comment``, ``Vendor notes``, ``Client remarks``) are
   no party, no person; ``Supplier`` alone still is.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, registers, targets

from addin.adopt.finance import measure_in, title_measure
from addin.adopt.match import candidates

# --- 1. valuations, claims and invoices down, behind a document number -------------------


def _valuations(tmp: Path, title: str, head: list[str], periods: list[object]) -> Path:
    rows: list[list[object]] = [[title], [], head]
    for n, period in enumerate(periods, start=1):
        amounts = [1000.0 * n, 2000.0 * n, 500.0 * n]
        rows.append([n, period, *amounts, sum(amounts)])
    return book(tmp / "valuations.xlsx", "Valuations", rows)


def test_valuations_down_behind_their_number(tmp_path: Path) -> None:
    ends = [datetime(2026, 1, 31), datetime(2026, 2, 28), datetime(2026, 3, 31)]
    head = ["Val. No.", "Period ending", "Groundworks", "Roofing", "Drainage", "Total"]
    title = "Harbour Café Fit-out - Contractor valuations (CAD, this period)"
    adoption = adopt(_valuations(tmp_path, title, head, ends))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Val. No."] is None and got["Period ending"] == "month"
    assert got["Roofing"] == "cost_line" and got["Total"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "Roofing")].actual == 4000.0
    assert lines[(date(2026, 3, 1), "Drainage")].actual == 1500.0
    assert len(adoption.project.finance) == 9  # the Total column is no line
    assert adoption.project.header.currency == "CAD"


def test_claims_and_invoices_down_in_other_words(tmp_path: Path) -> None:
    months = ["Apr 2026", "May 2026", "Jun 2026"]
    head = ["Claim No", "Month", "Design", "Survey", "Site supervision", "Total"]
    adoption = adopt(_valuations(tmp_path, "Progress claims - EUR", head, months))
    got = targets(only(adoption))
    assert got["Claim No"] is None and got["Month"] == "month"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 5, 1), "Survey")].actual == 4000.0
    assert not any(line == "Claim No" for _, line in lines)  # the number is no cost line
    head = ["#", "Period", "Licences", "Support", "Hosting", "Total"]
    adoption = adopt(_valuations(tmp_path, "Invoiced by period (GBP)", head, months))
    got = targets(only(adoption))
    assert got["#"] is None and got["Period"] == "month"
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Licences")].actual == 1000.0


def test_a_numbered_list_whose_second_column_is_no_period(tmp_path: Path) -> None:
    # near-miss: ``No. | Supplier | ...`` numbers suppliers, not periods: not turned to finance
    rows: list[list[object]] = [["Supplier spend summary"], [], ["No.", "Supplier", "Q1", "Q2"]]
    rows += [[1, "Acme Ltd", 100.0, 200.0], [2, "Brill plc", 300.0, 50.0]]
    rows += [[3, "Corvo SA", 10.0, 20.0]]
    adoption = adopt(book(tmp_path / "spend.xlsx", "Spend", rows))
    assert not any(f.cost_line in ("Q1", "Q2") for f in adoption.project.finance)
    # near-miss: a number column over figures (``No. | Qty | Rate``) has no period beside it
    rows = [["Valuations"], [], ["No.", "Qty", "Rate", "Amount"]]
    rows += [[1, 3.0, 10.0, 30.0], [2, 4.0, 10.0, 40.0], [3, 1.0, 5.0, 5.0]]
    adoption = adopt(book(tmp_path / "qty.xlsx", "Valuations", rows))
    assert not any(f.cost_line in ("Rate", "Amount") for f in adoption.project.finance)


def test_a_title_naming_valuations_says_actuals() -> None:
    assert measure_in("contractor valuations (cad, this period)") == "actual"
    assert measure_in("valuation summary") == "actual"
    # near-miss: a title naming a budget beside the valuations says neither (round 27)
    lines = ["Budget vs valuations"]
    assert title_measure("budget vs valuations", lines) is None


# --- 2. a time-and-materials backup to an invoice ------------------------------------------


def _tm(tmp: Path, sheet: str, top: list[list[object]], head: list[str]) -> Path:
    rows: list[list[object]] = [*top, [], head]
    rows += [["Dana Whitfield", "Principal", 5, 1800.0, 9000.0]]
    rows += [["Owen Park", "Analyst", 10, 800.0, 8000.0]]
    rows += [["Keisha Brown", "Consultant", 2.5, 1100.0, 2750.0]]
    rows += [["Total", None, None, None, 19750.0]]
    return book(tmp / "tm.xlsx", sheet, rows)


def test_a_time_and_materials_backup_is_money(tmp_path: Path) -> None:
    top: list[list[object]] = [["Brightline Advisory - Time & materials backup to invoice"]]
    top += [["Period: May 2026"]]
    head = ["Consultant", "Grade", "Days", "Day rate (USD)", "Amount (USD)"]
    adoption = adopt(_tm(tmp_path, "T&M May", top, head))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Consultant"] == "cost_line" and got["Amount (USD)"] == "actual"
    assert got["Days"] is None and got["Day rate (USD)"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 5, 1), "Owen Park")].actual == 8000.0
    assert len(adoption.project.finance) == 3  # the Total row is no line
    assert adoption.project.header.currency == "USD"


def test_time_and_materials_in_other_words(tmp_path: Path) -> None:
    top: list[list[object]] = [["Time and materials statement - June 2026"]]
    head = ["Name", "Role", "Hours", "Rate", "Cost (£)"]
    adoption = adopt(_tm(tmp_path, "Statement", top, head))
    got = targets(only(adoption))
    assert got["Cost (£)"] == "actual" and got["Hours"] is None
    assert finance_by_line(adoption)[(date(2026, 6, 1), "Dana Whitfield")].actual == 9000.0
    assert adoption.project.header.currency == "GBP"
    top = [["Northgate Consulting - T&M backup"], ["Period: July 2026"]]
    head = ["Resource", "Level", "Days worked", "Rate (EUR)", "Amount (EUR)"]
    adoption = adopt(_tm(tmp_path, "Sheet1", top, head))
    got = targets(only(adoption))
    assert got["Amount (EUR)"] == "actual" and got["Days worked"] is None
    assert finance_by_line(adoption)[(date(2026, 7, 1), "Owen Park")].actual == 8000.0


def test_a_plan_of_days_is_still_no_money(tmp_path: Path) -> None:
    # near-miss: the sheet names the effort (a resource plan) and the amount states no
    # currency: the days are what it counts
    rows: list[list[object]] = [["Resource plan - days"], [], ["Role", "Days", "Amount"]]
    rows += [["Analyst", 10, 10], ["Tester", 5, 5], ["Lead", 3, 3]]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Resourcing", rows))
    assert "finance" not in registers(adoption)
    assert adoption.project.finance == []


# --- 3. a party's remarks --------------------------------------------------------------


def test_a_partys_remarks_are_no_party() -> None:
    for header in ("Supplier comment", "Vendor notes", "Client remarks", "Contractor's update"):
        for register in ("dependencies", "risks", "issues"):
            assert not [c for c in candidates(header, register) if c.confidence < 1.0], (
                header,
                register,
            )
    # near-misses: the party itself, and a field's own notes
    assert candidates("Supplier", "dependencies")[0].column_key == "counterparty_owner"
    assert candidates("Mitigation comments", "risks")[0].column_key == "response"


def test_a_supplier_comment_in_a_raid_extract_is_left_out(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Kiruna Isbrytning AB - RAID extract"], []]
    rows += [["Ref", "Type", "Description", "Owner", "Raised", "Status", "Supplier comment"]]
    rows += [["K-1", "Risk", "Ice too thin at harvest", "Maja Pokka", date(2026, 1, 5), "Open"]]
    rows += [["K-2", "Dependency", "Client's electrician fits LEDs", "Erik Sarri"]]
    rows[-1] += [date(2026, 1, 9), "Open", "Awaiting client"]
    rows += [["K-3", "Issue", "Loader broke a track", "Lars Nilsson", date(2026, 2, 1), "Closed"]]
    rows[-1] += ["Awaiting client"]
    got = targets(only(adopt(book(tmp_path / "raid.xlsx", "RAID extract", rows))))
    assert got["Supplier comment"] is None
    assert got["Owner"] == "owner"


def test_a_billing_month_on_one_line() -> None:
    from addin.adopt.one_period import month_of_line

    assert month_of_line("Billing month: June 2026") == date(2026, 6, 1)
    assert month_of_line("Invoice month: Jun-26") == date(2026, 6, 1)
    # near-misses: a status report's month (or the year to date?), a quarter
    assert month_of_line("Reporting month: June 2026") is None
    assert month_of_line("Billing month: Q2 2026") is None


def test_a_tm_backup_whose_month_is_its_billing_month(tmp_path: Path) -> None:
    top: list[list[object]] = [["Time & materials backup"], ["Billing month: August 2026"]]
    head = ["Consultant", "Grade", "Days", "Day rate (AUD)", "Amount (AUD)"]
    adoption = adopt(_tm(tmp_path, "Backup", top, head))
    assert finance_by_line(adoption)[(date(2026, 8, 1), "Keisha Brown")].actual == 2750.0
    assert adoption.project.header.currency == "AUD"


def test_a_header_states_a_currency_only_by_a_sign_or_a_listed_code() -> None:
    from addin.adopt.classify import states_currency

    for header in ("Amount (USD)", "Cost (£)", "Total, EUR", "Value in CAD"):
        assert states_currency(header), header
    # near-misses: a year to date, effort in brackets, no currency at all
    for header in ("Actual YTD", "Budget (FTE)", "Amount"):
        assert not states_currency(header), header
