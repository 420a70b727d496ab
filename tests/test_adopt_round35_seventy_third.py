"""Round 35, its second wave (task t38a): tuning on the seventy-third batch (supplier and
consultancy reports).

- a contractor's cash flow writes ``Contract`` / ``Forecast`` rows under every package: the
  contract's figures are the plan the forecast is set against, the budget
  (``measure_rows.contract_word``, read in ``measure_rows.deduce``);
- a schedule of what another party must supply (client-supplied items, owner-furnished
  equipment, information required) keeps when each item is needed and when the party
  promised it: a dependency log by its fields with no counterparty column
  (``signatures.needed_and_promised``); its ``Client contact`` is a person of that party,
  not a contact list's item (``signatures.item_kind_words``);
- a RAG panel's ``Programme`` (British English's schedule) rated with a colour is the
  schedule's RAG (``project._PROGRAMME_DIMENSION``);
- a unit line may close with its tax basis in any EU language (``Prices in EUR excl.
  IVA``), and a title block's line stating a price names the project's currency
  (``currency.currency_of_price_lines``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.currency import currency_of_price_lines, currency_of_unit_lines
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


# --- a report's RAG panel and its money lines ----------------------------------------------

MILESTONES: list[list[object]] = [
    ["Milestone", "Baseline", "Forecast", "Status"],
    ["Structural repairs", D(2026, 2, 28), D(2026, 3, 25), "Delayed"],
    ["Dormitory fit-out", D(2026, 4, 7), D(2026, 4, 17), "On track"],
    ["Fire inspection", D(2026, 6, 18), D(2026, 7, 13), "Delayed"],
]


def _report(tmp_path: Path, top: list[list[object]]) -> Path:
    rows: list[list[object]] = [["Monthly Progress Report"], [], *top, [], *MILESTONES]
    return book(tmp_path / "r.xlsx", "Report", rows)


@pytest.mark.parametrize("colour", ["Amber", "Red", "G"])
def test_a_programme_rated_with_a_colour_is_the_schedule_rag(colour: str, tmp_path: Path) -> None:
    top: list[list[object]] = [["Overall", "Green"], ["Programme", colour], ["Cost", "Green"]]
    header = adopt(_report(tmp_path, top)).project.header
    expected = {"G": "Green"}.get(colour, colour)
    assert (header.overall_rag, header.schedule_rag, header.cost_rag) == (
        "Green",
        expected,
        "Green",
    )


def test_near_miss_a_programme_named_is_no_rag(tmp_path: Path) -> None:
    top: list[list[object]] = [["Programme", "Estates Renewal"], ["Overall", "Green"]]
    header = adopt(_report(tmp_path, top)).project.header
    assert header.schedule_rag is None
    assert header.programme == "Estates Renewal"


CODES = ["GBP", "EUR", "USD", "CHF", "JPY"]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Prices in EUR excl. IVA", "EUR"),
        ("All costs in GBP ex VAT", "GBP"),
        ("Prices shown in CHF excl. MwSt.", "CHF"),
    ],
)
def test_a_unit_line_closing_with_its_tax(line: str, code: str) -> None:
    said = currency_of_unit_lines([(line, "S!A1")], CODES)
    assert said is not None and said[0] == code


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Studio Restauro s.r.l. - fixed price EUR 480,000 excl. VAT", "EUR"),
        ("Fixed price: CHF 1,200,000", "CHF"),
        ("Budget USD 2.4m", "USD"),
    ],
)
def test_a_line_stating_a_price_names_the_currency(line: str, code: str) -> None:
    said = currency_of_price_lines([(line, "S!A2")], CODES)
    assert said is not None and said[0] == code


@pytest.mark.parametrize(
    "lines",
    [
        ["Prices in red are late"],
        ["Items in EUR"],
        ["Order EUR 12 placed"],
        ["Price EUR 10 or USD 12"],
        ["Budget EUR 2m", "Budget GBP 1.7m"],
        ["Fixed price NZD 40,000"],
    ],
)
def test_near_miss_lines_that_name_no_one_currency(lines: list[str]) -> None:
    pairs = [(t, f"S!A{i}") for i, t in enumerate(lines, 1)]
    assert currency_of_price_lines(pairs, CODES) is None
    assert currency_of_unit_lines(pairs, CODES) is None


def test_a_sows_price_line_gives_the_project_currency(tmp_path: Path) -> None:
    top: list[list[object]] = [["Studio Restauro s.r.l. - fixed price EUR 480,000 excl. VAT"]]
    assert adopt(_report(tmp_path, top)).project.header.currency == "EUR"
