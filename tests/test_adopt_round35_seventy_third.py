"""Round 35, its second wave (task t38a): tuning on the seventy-third batch (supplier and
consultancy reports).

- a contractor's cash flow writes ``Contract`` / ``Forecast`` rows under every package: the
  contract's figures are the plan the forecast is set against, the budget
  (``measure_rows.contract_word``, read in ``measure_rows.deduce``);
- a schedule of what another party must supply (client-supplied items, owner-furnished
  equipment, information required) keeps when each item is needed and when the party
  promised it: a dependency log by its fields with no counterparty column
  (``signatures.needed_and_promised``); its ``Client contact`` is a person of that party,
  not a contact list's item (``signatures.item_kind_words``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.measure_rows import contract_word
from addin.adopt.signatures import item_kind_words
from tests.adopt_sheets import adopt, book, field, finance_by_line, registers

D = datetime

# --- a contractor's cash flow: Contract / Forecast rows -----------------------------------

CASH_FLOWS = [
    ("Cash Flow", ["Package", "Basis", "04.2026", "05.2026", "06.2026", "Total"], "Contract"),
    ("Cashflow", ["Work package", "Type", "Apr-26", "May-26", "Jun-26"], "Contract value"),
    ("Payments", ["Line", "Row", "Apr 2026", "May 2026", "Jun 2026"], "Tender"),
]


@pytest.mark.parametrize(("sheet", "head", "word"), CASH_FLOWS)
def test_contract_rows_beside_forecast_rows_are_the_budget(
    sheet: str, head: list[str], word: str, tmp_path: Path
) -> None:
    extra = [None] if head[-1] == "Total" else []
    rows: list[list[object]] = [["Cash-flow forecast, CHF excl. VAT"], [], head]
    for pkg, plan, fc in (
        ("Valley station", [100, 200, 300], [110, 190, 320]),
        ("Signalling", [50, 60, 70], [50, 65, 75]),
        ("Rolling stock", [10, 20, 30], [12, 20, 28]),
    ):
        rows.append([pkg, word, *plan, *extra])
        rows.append([pkg, "Forecast", *fc, *extra])
    adoption = adopt(book(tmp_path / "c.xlsx", sheet, rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    row = lines[(date(2026, 5, 1), "Signalling")]
    assert (row.budget, row.forecast) == (60, 65)
    assert lines[(date(2026, 6, 1), "Valley station")].budget == 300


def test_near_miss_contract_rows_beside_budget_rows_deduce_nothing(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Package", "Basis", "Apr-26", "May-26", "Jun-26"]]
    for pkg in ("Valley station", "Signalling", "Rolling stock"):
        rows.append([pkg, "Contract", 10, 20, 30])
        rows.append([pkg, "Budget", 11, 21, 31])
    adoption = adopt(book(tmp_path / "c.xlsx", "Cash Flow", rows))
    lines = finance_by_line(adoption)
    # two plans: which is the project's budget the cells do not say; Contract is not read
    assert all(r.forecast is None and r.actual is None for r in lines.values())


def test_contract_words() -> None:
    assert contract_word("Contract") and contract_word("Contract (CHF)")
    assert contract_word("Contract sum") and contract_word("Payment plan")
    assert not contract_word("Contractor") and not contract_word("Contract variations")
    assert not contract_word("Forecast") and not contract_word("Contract works")


# --- a schedule of client-supplied items: needed by and promised ---------------------------

ITEMS = [
    (
        "Client Items",
        ["Item No.", "Item", "Client contact", "Needed by", "Promised", "Status"],
        "Late",
    ),
    (
        "Client deliverables",
        ["Ref", "Deliverable", "Customer contact", "Required by", "Promised", "Status"],
        "Late",
    ),
    ("Sheet1", ["No.", "Description", "Employer contact", "Need date", "Promised", "Status"],
     "Delivered"),
]  # fmt: skip


@pytest.mark.parametrize(("sheet", "head", "status"), ITEMS)
def test_needed_by_and_promised_make_a_dependency_log(
    sheet: str, head: list[str], status: str, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["Fit-out - items the client supplies"],
        [],
        head,
        [1, "Surveyor's as-built drawings", "Marta Nowak", D(2026, 3, 17), D(2026, 3, 24), status],
        [2, "Shaft access permit", "Ewa Zielinska", D(2026, 4, 17), D(2026, 4, 12), "Delivered"],
        [3, "Conservator sign-off", "Marta Nowak", D(2026, 6, 20), D(2026, 6, 15), "Late"],
    ]
    adoption = adopt(book(tmp_path / "d.xlsx", sheet, rows))
    assert registers(adoption) == ["dependencies"]
    assert field(adoption, "dependencies", "need_by")[1] == date(2026, 4, 17)
    assert field(adoption, "dependencies", "committed_date")[1] == date(2026, 4, 12)
    assert field(adoption, "dependencies", "status")[2] == "Late"


def test_near_miss_a_need_by_date_alone_tells_nothing(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Item No.", "Item", "Client contact", "Needed by", "Status"],
        [1, "Surveyor's as-built drawings", "Marta Nowak", D(2026, 3, 17), "Late"],
        [2, "Shaft access permit", "Ewa Zielinska", D(2026, 4, 17), "Delivered"],
        [3, "Conservator sign-off", "Marta Nowak", D(2026, 6, 20), "Late"],
    ]
    assert registers(adopt(book(tmp_path / "d.xlsx", "Client Items", rows))) == []


def test_near_miss_a_contact_list_stays_refused(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Client contact", "Company", "Phone", "Email", "Status"],
        ["Marta Nowak", "Kopalnia", "+48 12 000", "m@k.pl", "Active"],
        ["Ewa Zielinska", "Muzeum", "+48 12 001", "e@m.pl", "Active"],
        ["Tom Kowal", "Gmina", "+48 12 002", "t@g.pl", "Left"],
    ]
    assert registers(adopt(book(tmp_path / "d.xlsx", "Contacts", rows))) == []


def test_a_partys_contact_is_no_item_kind() -> None:
    assert item_kind_words("Client contact") == set()
    assert item_kind_words("Point of contact") == set()
    assert item_kind_words("Contact name") == {"contact"}
    assert item_kind_words("Contact") == {"contact"}
