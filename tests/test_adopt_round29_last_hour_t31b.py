"""Round 29's last hour of issue 15 (task t31b): the trackers of the forty-fourth batch
(promoted). Each rule tried on small workbooks written for these tests (none is a benchmark
layout), with a near-miss that must not fire:

1. **a one-month accounts report in the package's other forms**: the period's days with
   their month's word (TallyPrime's ``1-Apr-26 to 30-Apr-26``, QuickBooks' ``April 1, 2026
   to April 30, 2026``) or the month's last day alone (Xero's ``For the month ended 30 June
   2026``); a quarter, a year or a month's middle is no month;
2. **a ledger's Debit and Credit** under such a period line: the Debit is the month's
   actual, less the line's Credit; ``Particulars`` is the line there (and only there: a
   budget's ``Particulars`` of Budget / Actual rows stays its measure); a Debit column in a
   table with months of its own (a cash book) is no actual;
3. **a status report's ``Key messages``** (a headline, a status update) is its status
   summary; a number beside the label, or ``Key risks``, is none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, targets

from addin.adopt.one_period import ledger_side, month_of_line

# --- 1. the period line's other forms --------------------------------------------------


def test_a_period_line_with_month_words_or_the_months_end() -> None:
    assert month_of_line("1-Apr-26 to 30-Apr-26") == date(2026, 4, 1)  # TallyPrime
    assert month_of_line("1 April 2026 to 30 April 2026") == date(2026, 4, 1)
    assert month_of_line("For 1-Feb-2026 to 28-Feb-2026") == date(2026, 2, 1)
    assert month_of_line("April 1, 2026 to April 30, 2026") == date(2026, 4, 1)  # QuickBooks
    assert month_of_line("1-Apr-26 - 30-Apr-26") == date(2026, 4, 1)
    assert month_of_line("For the month ended 30 June 2026") == date(2026, 6, 1)  # Xero
    assert month_of_line("Month ending 30/04/2026") == date(2026, 4, 1)
    # near-misses: a quarter, months with no days, a month's middle, a year, a stamp
    assert month_of_line("1-Jan-26 to 31-Mar-26") is None
    assert month_of_line("April 2026 to May 2026") is None
    assert month_of_line("For the month ended 15 June 2026") is None
    assert month_of_line("For the year ended 30 June 2026") is None
    assert month_of_line("Printed 1-Apr-26 10:42") is None


# --- 2. a ledger's Debit and Credit ----------------------------------------------------


def _break_up(period: str, head: list[str]) -> list[list[object]]:
    return [
        ["Konkan Spice Exports Pvt Ltd"],
        ["Ratnagiri"],
        ["Cost Centre Break-up"],
        ["Cost Centre: Cold Store Extension"],
        [period],
        [],
        head,
        ["Insulated Panels", 412500.0, None],
        ["Refrigeration Contractor", 286000.0, 16000.0],
        ["Scrap Sale", None, 5000.0],
        ["Grand Total", 698500.0, 21000.0],
    ]


def test_a_one_month_ledgers_debit_less_credit_is_its_actual(tmp_path: Path) -> None:
    rows = _break_up("1-Mar-26 to 31-Mar-26", ["Particulars", "Debit", "Credit"])
    adoption = adopt(book(tmp_path / "tally.xlsx", "Cost Centre Break-up", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table) == {"Particulars": "cost_line", "Debit": "actual", "Credit": None}
    lines = finance_by_line(adoption)
    march = date(2026, 3, 1)
    assert lines[(march, "Insulated Panels")].actual == 412500.0
    assert lines[(march, "Refrigeration Contractor")].actual == 270000.0  # the ledger's net
    assert lines[(march, "Scrap Sale")].actual is None  # a credit only: no cost
    assert (march, "Grand Total") not in lines
    assert any("less its 'Credit'" in note for note in table.notes)
    credit = next(c for c in table.columns if c.header == "Credit")
    assert "the debit less the credit" in credit.note
    assert adoption.project.header.report_date == date(2026, 3, 31)


def test_a_quarters_ledger_is_no_months(tmp_path: Path) -> None:
    rows = _break_up("1-Jan-26 to 31-Mar-26", ["Particulars", "Debit", "Credit"])
    adoption = adopt(book(tmp_path / "tally.xlsx", "Cost Centre Break-up", rows))
    assert adoption.report.adopted_tables == []


def test_a_cash_books_debit_is_no_actual(tmp_path: Path) -> None:
    # a table with a month of its own: the debit side of a cash book is its receipts
    rows: list[list[object]] = [
        ["Cold Store Extension - cash book"],
        ["1-Mar-26 to 31-Mar-26"],
        [],
        ["Month", "Particulars", "Debit", "Credit"],
        ["Mar 2026", "Grant received", 500000.0, None],
        ["Mar 2026", "Insulated Panels", None, 412500.0],
        ["Apr 2026", "Refrigeration Contractor", None, 286000.0],
    ]
    adoption = adopt(book(tmp_path / "cash.xlsx", "Cash Book", rows))
    assert all(targets(t).get("Debit") != "actual" for t in adoption.report.tables)


def test_ledger_sides_by_their_headers() -> None:
    assert ledger_side("Debit") == "debit"
    assert ledger_side("Dr.") == "debit"
    assert ledger_side("Debit (₹)") == "debit"
    assert ledger_side("Debit (INR)") == "debit"
    assert ledger_side("Credit Amount") == "credit"
    assert ledger_side("Credit note") is None
    assert ledger_side("Direct debit date") is None


def test_particulars_elsewhere_is_no_line(tmp_path: Path) -> None:
    # a capex tracker's `Particulars` holds each head's Budget / Actual rows: its measure
    rows: list[list[object]] = [
        ["Sylhet Tea Estates Ltd."],
        ["Withering Shed - Capital Expenditure, FY 2025-26 (Taka in lakh)"],
        [],
        ["Sl. No.", "Head of Expenditure", "Particulars", "Jul-25", "Aug-25", "Sep-25"],
        [1, "Withering troughs", "Budget", 12.5, 14.0, 9.0],
        [None, "Withering troughs", "Actual", 11.0, 15.5, None],
        [2, "Shed roofing", "Budget", 30.0, 22.0, 18.0],
        [None, "Shed roofing", "Actual", 28.5, 20.0, None],
    ]
    adoption = adopt(book(tmp_path / "capex.xlsx", "Capex", rows))
    table = only(adoption)
    assert targets(table)["Particulars"] != "cost_line"
    assert targets(table)["Head of Expenditure"] == "cost_line"


# --- 3. a status report's key messages -------------------------------------------------

_RISKS = [
    ["ID", "Risk", "Owner", "Probability", "Impact", "Status"],
    ["R1", "Crane hire slips a week", "Ola Berg", "High", "Low", "Open"],
    ["R2", "Asbestos found in the plant room", "Ida Lund", "Low", "High", "Open"],
]


def test_key_messages_are_the_status_summary(tmp_path: Path) -> None:
    words = "Cladding complete; the lift installer starts a week late, no effect on handover."
    rows: list[list[object]] = [["Project", "Depot roof"], ["Key messages", words], [], *_RISKS]
    adoption = adopt(book(tmp_path / "status.xlsx", "Status", rows))
    assert adoption.project.header.status_summary == words


def test_a_number_beside_key_messages_or_key_risks_is_no_summary(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Project", "Depot roof"], ["Key messages", 3], [], *_RISKS]
    adoption = adopt(book(tmp_path / "status.xlsx", "Status", rows))
    assert adoption.project.header.status_summary is None
    words = "Crane hire and asbestos in the plant room, both with the contractor."
    rows = [["Project", "Depot roof"], ["Key risks", words], [], *_RISKS]
    adoption = adopt(book(tmp_path / "status2.xlsx", "Status", rows))
    assert adoption.project.header.status_summary is None
