"""Round 34 (task lf34): round 33's leftovers, and one reader where there were three.

- ONE reader of a financial year written in a title, a tab or a header
  (``periods.financial_years``), which finance's ``year_in``, the month-name columns under
  a title and a month's tab call: every form the three patterns read before is read;
- ONE reader of a header's currency (``currency.header_codes``), which the priced-effort
  test (``currency.states_currency``, from classify) calls;
- a sheet per fiscal period (``P01``, ``P02`` ...) under one financial year is that period's
  month; a contracts register dated by its contracts books no invoices in the month it
  was signed; a row of column letters under the headings is no item; ``Account | Jan-26 |
  Feb-26`` (two months, a ledger's lines) is a finance table.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.currency import header_codes, states_currency
from addin.adopt.periods import financial_years
from tests.adopt_sheets import adopt, book, books, finance_by_line

APR25, MAY25 = date(2025, 4, 1), date(2025, 5, 1)
APR26, MAY26 = date(2026, 4, 1), date(2026, 5, 1)
JAN26 = date(2026, 1, 1)

# --- one reader of a financial year -------------------------------------------------------

#: (form, the word read, first year, second year, the month period P01 is under it)
FORMS = [
    ("FY26", "fy", 2026, None, APR25),
    ("FY2026", "fy", 2026, None, APR25),
    ("FY2026/27", "fy", 2026, 2027, APR26),
    ("FY 2025-26", "fy", 2025, 2026, APR25),
    ("2025/26", None, 2025, 2026, APR25),
    ("Financial year 2026", "financial year", 2026, None, APR25),
    ("Fiscal year 2026", "fiscal year", 2026, None, APR25),
    ("F/Y '26", "f/y", 2026, None, APR25),
    ("F.Y. 2026", "f.y.", 2026, None, APR25),
    ("Fiscal 2026", "fiscal", 2026, None, APR25),
    # named by the calendar year in the countries that write them; round 37 (ox37): their
    # financial year IS the calendar year unless the title says, so P01 is January
    ("Exercice 2026", "exercice", 2026, None, JAN26),
    ("Geschäftsjahr 2026", "geschäftsjahr", 2026, None, JAN26),
    ("Ejercicio 2026", "ejercicio", 2026, None, JAN26),
    ("Exercice 2025/26", "exercice", 2025, 2026, APR25),
]


@pytest.mark.parametrize(("form", "word", "first", "second", "p01"), FORMS)
def test_the_one_reader_reads_each_form(
    form: str, word: str | None, first: int, second: int | None, p01: date
) -> None:
    (found,) = financial_years(f"Programme costs {form} (GBP)")
    assert (found.word, found.first, found.second) == (word, first, second)


@pytest.mark.parametrize(("form", "word", "first", "second", "p01"), FORMS)
def test_a_period_columns_year_comes_from_each_form_in_the_title(
    form: str, word: str | None, first: int, second: int | None, p01: date, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        [f"Programme costs {form}"],
        [],
        ["Cost line", "P01", "P02", "P03"],
        ["Steel", 100, 200, 300],
        ["Labour", 400, 500, 600],
    ]
    adoption = adopt(book(tmp_path / "fy.xlsx", "Costs", rows))
    months = sorted({f.month for f in adoption.project.finance})
    assert months[0] == p01
    assert len(months) == 3


@pytest.mark.parametrize("word", ["FY", "Financial year", "fiscal year"])
def test_a_financial_years_word_alone_is_read_without_a_year(word: str) -> None:
    (found,) = financial_years(f"{word} budget")
    assert found.first is None and not found.named_year


@pytest.mark.parametrize(
    "text",
    ["FYI 2026", "Report 2026-03-15", "Plan 2026-2030", "Shopify 2026", "Financial years"],
)
def test_near_miss_no_financial_year(text: str) -> None:
    assert financial_years(text) == []


def test_near_miss_a_date_in_the_title_is_no_financial_year_for_a_month_tab(
    tmp_path: Path,
) -> None:
    # before, one_period's pattern read ``2026-03`` of a printed date as a financial year
    # ``2026/03``: January under it fell in 2027
    head = ["Cost line", "Budget", "Actual"]
    sheets: dict[str, list[list[object]]] = {
        name: [["Site costs - printed 2026-03-15"], [], head, ["Steel", 10 * n, 9 * n]]
        for n, name in enumerate(["Jan", "Feb"], start=1)
    }
    adoption = adopt(books(tmp_path / "tabs.xlsx", sheets))
    assert {f.month for f in adoption.project.finance} == {date(2026, 1, 1), date(2026, 2, 1)}


def test_a_month_tab_under_two_calendar_years_of_one_financial_year(tmp_path: Path) -> None:
    head = ["Cost line", "Budget", "Actual"]
    sheets: dict[str, list[list[object]]] = {
        name: [["Site costs 2025/26"], [], head, ["Steel", 10 * n, 9 * n]]
        for n, name in enumerate(["Dec", "Jan"], start=1)
    }
    adoption = adopt(books(tmp_path / "tabs.xlsx", sheets))
    assert {f.month for f in adoption.project.finance} == {date(2025, 12, 1), date(2026, 1, 1)}


# --- one reader of a header's currency -----------------------------------------------------


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("Amount (USD)", "USD"),
        ("Value in CAD", "CAD"),
        ("Cost (£)", "GBP"),
        ("Budget CHF", "CHF"),
        ("budget_eur", "EUR"),
    ],
)
def test_the_one_currency_reader_reads_a_headers_code(header: str, code: str) -> None:
    from addin.adopt import cldr

    assert header_codes(header, cldr.currency_codes()) == {code}
    assert states_currency(header)


@pytest.mark.parametrize("header", ["Day rate ($)", "Day rate USD", "USD", "Total, EUR"])
def test_a_sign_or_a_bare_code_states_a_currency(header: str) -> None:
    assert states_currency(header)


@pytest.mark.parametrize("header", ["Actual YTD", "Budget (FTE)", "Amount", "Hours (PMO)"])
def test_near_miss_no_currency_in_the_header(header: str) -> None:
    assert not states_currency(header)


def test_a_priced_effort_table_through_the_one_reader(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Time & materials backup"],
        ["Billing month: August 2026"],
        [],
        ["Consultant", "Grade", "Days", "Day rate (EUR)", "Amount (EUR)"],
        ["Keisha Brown", "Senior", 5, 550, 2750],
        ["Tom Okafor", "Analyst", 4, 400, 1600],
    ]
    adoption = adopt(book(tmp_path / "tm.xlsx", "Backup", rows))
    assert finance_by_line(adoption)[(date(2026, 8, 1), "Keisha Brown")].actual == 2750.0
    assert adoption.project.header.currency == "EUR"


# --- a sheet per fiscal period -------------------------------------------------------------


def _period_sheet(title: str, scale: int) -> list[list[object]]:
    return [
        [title],
        [],
        ["Cost line", "Budget", "Actual", "Variance"],
        ["Steel", 1000 * scale, 900 * scale, 100 * scale],
        ["Labour", 2000 * scale, 2100 * scale, -100 * scale],
    ]


@pytest.mark.parametrize(
    ("names", "title", "first"),
    [
        (["P01", "P02"], "Programme costs FY2026/27", APR26),
        (["P01", "P02"], "Programme costs FY2026/27 - financial year starts July", None),
        (["Period 1", "Period 2"], "Costs FY26", APR25),
        (["P 01", "P 02"], "Costs 2026/27", APR26),
    ],
)
def test_a_sheet_per_fiscal_period_under_one_financial_year(
    names: list[str], title: str, first: date | None, tmp_path: Path
) -> None:
    sheets = {name: _period_sheet(title, n + 1) for n, name in enumerate(names)}
    adoption = adopt(books(tmp_path / "periods.xlsx", sheets))
    got = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    one, two = (
        (first, MAY26 if first == APR26 else MAY25)
        if first
        else (
            date(2026, 7, 1),
            date(2026, 8, 1),
        )
    )
    assert got == {
        (one, "Steel"): (1000.0, 900.0),
        (one, "Labour"): (2000.0, 2100.0),
        (two, "Steel"): (2000.0, 1800.0),
        (two, "Labour"): (4000.0, 4200.0),
    }


@pytest.mark.parametrize("title", ["Programme costs 2026", "Exercice 2026", "Costs"])
def test_near_miss_a_period_tab_under_no_financial_year_is_no_month(
    title: str, tmp_path: Path
) -> None:
    sheets = {name: _period_sheet(title, n + 1) for n, name in enumerate(["P01", "P02"])}
    adoption = adopt(books(tmp_path / "periods.xlsx", sheets))
    assert adoption.project.finance == []


# --- a contracts register dated by its contracts -------------------------------------------


def _contracts(head: list[str]) -> list[list[object]]:
    return [
        ["Contracts register"],
        [],
        head,
        ["C-01", "Acme Civils", "2026-01-15", 50000, 20000],
        ["C-02", "Bolt Electrical", "2026-02-03", 12000, 12000],
        ["C-03", "Crane Hire Ltd", "2026-03-10", 8000, 2000],
    ]


@pytest.mark.parametrize(
    "head",
    [
        ["Contract", "Supplier", "Date", "Contract sum", "Invoiced"],
        ["Contract ref", "Contractor", "Contract date", "Contract value", "Invoiced"],
        ["Contract no", "Supplier", "Date awarded", "Contract amount", "Amount invoiced"],
    ],
)
def test_a_contracts_invoices_are_not_booked_in_its_signing_month(
    head: list[str], tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "contracts.xlsx", "Contracts", _contracts(head)))
    assert adoption.project.finance == []
    (table,) = adoption.report.tables
    assert table.register is None
    assert "commitments" in table.reason


@pytest.mark.parametrize(
    "head",
    [
        ["Contract", "Supplier", "Invoice date", "Contract sum", "Invoiced"],
        ["PO number", "Supplier", "Date raised", "PO value", "Invoiced"],
    ],
)
def test_near_miss_invoices_dated_or_a_po_log_still_book_in_their_month(
    head: list[str], tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "contracts.xlsx", "Contracts", _contracts(head)))
    got = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    assert got == {
        (date(2026, 1, 1), "Acme Civils"): 20000.0,
        (date(2026, 2, 1), "Bolt Electrical"): 12000.0,
        (date(2026, 3, 1), "Crane Hire Ltd"): 2000.0,
    }


# --- a row of column letters under the headings --------------------------------------------


def _risks(second: list[object]) -> list[list[object]]:
    return [
        ["Risk register"],
        [],
        ["Risk ID", "Description", "Owner", "Likelihood", "Impact"],
        second,
        ["R-001", "Supplier insolvency", "Ann Lee", "High", "Medium"],
        ["R-002", "Late permits", "Bo Chan", "Low", "High"],
    ]


def test_a_letters_row_under_the_headings_is_no_item(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", _risks(["A", "B", "C", "D", "E"])))
    assert [(r.id, r.title, r.owner) for r in adoption.project.risks] == [
        ("R-001", "Supplier insolvency", "Ann Lee"),
        ("R-002", "Late permits", "Bo Chan"),
    ]


def test_near_miss_letters_out_of_order_are_read_as_before(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", _risks(["A", "C", "B", "A", "D"])))
    assert len(adoption.project.risks) == 3


# --- a ledger's accounts over two months ---------------------------------------------------


@pytest.mark.parametrize("line", ["Account", "GL account", "Nominal code", "Account name"])
def test_a_ledgers_accounts_over_two_months_are_finance(line: str, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [line, "Jan-26", "Feb-26"],
        ["Travel", 1200, 900],
        ["Software", 5000, 5000],
        ["Training", 800, 0],
    ]
    adoption = adopt(book(tmp_path / "gl.xlsx", "Sheet1", rows))
    (table,) = adoption.report.tables
    assert table.register == "finance"
    lines = {(f.month, f.cost_line) for f in adoption.project.finance}
    assert (date(2026, 1, 1), "Travel") in lines and (date(2026, 2, 1), "Training") in lines
    assert len(lines) == 6


@pytest.mark.parametrize("line", ["Name", "Task", "Account manager"])
def test_near_miss_other_lines_over_two_months_stay_refused(line: str, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [line, "Jan-26", "Feb-26"],
        ["Travel", 1200, 900],
        ["Software", 5000, 5000],
        ["Training", 800, 0],
    ]
    adoption = adopt(book(tmp_path / "gl.xlsx", "Sheet1", rows))
    assert adoption.project.finance == []


# --- a supplier's column is no item's owner -------------------------------------------------


def _log(party: str, owner: bool) -> list[list[object]]:
    head = ["Risk ID", "Risk", "Likelihood", party] + (["Owner"] if owner else [])
    people = ["Ann Lee", "Bo Chan", "Cy Diaz"]
    rows: list[list[object]] = [["Risk log"], [], head]
    for i in range(3):
        row: list[object] = [f"R-00{i + 1}", f"Risk text number {i} about the thing", "High"]
        rows.append(row + [people[i]] + (["Dee Fox"] if owner else []))
    return rows


@pytest.mark.parametrize("party", ["Provider", "Contractor", "Supplier", "Vendor"])
def test_a_supplier_column_of_names_is_not_the_items_owner(party: str, tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", _log(party, owner=False)))
    (table,) = adoption.report.tables
    assert {c.header: c.target for c in table.columns}[party] is None
    assert [r.owner for r in adoption.project.risks] == [None, None, None]


def test_near_miss_the_owner_column_beside_it_is_still_the_owner(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", _log("Provider", owner=True)))
    assert [r.owner for r in adoption.project.risks] == ["Dee Fox"] * 3


@pytest.mark.parametrize("header", ["Risk owner", "Owner (Supplier)", "Action owner"])
def test_near_miss_a_person_word_is_still_read_as_the_owner(header: str, tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", _log(header, owner=False)))
    assert [r.owner for r in adoption.project.risks] == ["Ann Lee", "Bo Chan", "Cy Diaz"]


# --- a T&M backup's person column in other words ------------------------------------------


def _backup(person: str) -> list[list[object]]:
    return [
        ["Time & materials backup"],
        ["Billing month: August 2026"],
        [],
        [person, "Grade", "Days", "Day rate (EUR)", "Amount (EUR)"],
        ["Keisha Brown", "Senior", 5, 550, 2750],
        ["Tom Okafor", "Analyst", 4, 400, 1600],
    ]


@pytest.mark.parametrize("person", ["Engineer", "Staff member", "Team member", "Employee"])
def test_a_tm_backups_person_is_the_line_whatever_it_is_called(person: str, tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "tm.xlsx", "Backup", _backup(person)))
    assert finance_by_line(adoption)[(date(2026, 8, 1), "Keisha Brown")].actual == 2750.0
    assert finance_by_line(adoption)[(date(2026, 8, 1), "Tom Okafor")].actual == 1600.0


def test_near_miss_a_backup_by_grade_alone_keeps_the_grade_as_the_line(tmp_path: Path) -> None:
    rows = [[*r[1:]] if len(r) == 5 else r for r in _backup("Consultant")]
    adoption = adopt(book(tmp_path / "tm.xlsx", "Backup", rows))
    assert finance_by_line(adoption)[(date(2026, 8, 1), "Senior")].actual == 2750.0
