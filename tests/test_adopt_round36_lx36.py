"""Round 36 (task lx36): round 35's leftover word forms, and two lists made one.

- a currency named in a label line or a header after a colon or a preposition
  (``Contract value: GBP``, ``Montants en CAD``, ``Budget: GBP``) is the project's currency
  when the code is on the standard's list (``currency.money_label_code``, ``en`` / ``em``
  beside ``in``);
- a party's possessive reads as the party written before its field (``Supplier's
  promise`` = ``Supplier promise``: ``parties.without_possessive``), and a dependency's
  bare date qualified by one side is that side's date (``Contractor's date``: committed;
  ``Client date``: need-by), client-side words reading as the supplier side's do;
- a person written surname first with a comma (``Wagner, Theresa``, ``O'Neill,
  Mary-Kate``, ``van den Berg, Joost``) is a person by content evidence and one owner;
- ``match._WITH_TAX`` reads the tax's names from ``tax_names.TAX_NAMES``;
  ``OWNER_PARTY`` lives in ``parties``.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt import match, parties
from addin.adopt.currency import header_codes, money_label_code
from addin.adopt.evidence import person_share
from addin.adopt.people import person_converter, surname_first_reading
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, registers, targets

CODES = ("GBP", "EUR", "CHF", "CAD", "USD")

# --- 1. a currency after a colon or a preposition -------------------------------------------


def _fees(label: list[str], head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Supplier fee tracker"], label, [], head]
    for month in (1, 2, 3):
        for line in ("Design", "Testing"):
            rows.append([datetime(2026, month, 1), line, 1000.0 * month, 900.0 * month])
    return rows


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Contract value: GBP", "GBP"),
        ("Fees in CHF", "CHF"),
        ("All amounts in EUR", "EUR"),
        ("Währung: EUR", "EUR"),
        ("Montants en CAD", "CAD"),
        ("Importes en USD", "USD"),
        ("Valores em EUR", "EUR"),
        ("Honorare: CHF", "CHF"),
    ],
)
def test_a_label_line_names_the_project_s_currency(label: str, code: str, tmp_path: Path) -> None:
    rows = _fees([label], ["Month", "Cost line", "Budget", "Actual"])
    adoption = adopt(book(tmp_path / "f.xlsx", "Fees", rows))
    assert registers(adoption) == ["finance"]
    assert adoption.project.header.currency == code
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Testing")].budget == 2000.0


@pytest.mark.parametrize("label", ["Contract value: QQQ", "All amounts in QQQ", "Tool: CAD"])
def test_near_miss_an_unlisted_code_or_no_money_label_names_none(
    label: str, tmp_path: Path
) -> None:
    rows = _fees([label], ["Month", "Cost line", "Budget", "Actual"])
    adoption = adopt(book(tmp_path / "f.xlsx", "Fees", rows))
    assert adoption.project.header.currency in (None, "")


@pytest.mark.parametrize(
    ("head", "code"),
    [
        (["Month", "Cost line", "Budget: GBP", "Actual: GBP"], "GBP"),
        (["Month", "Cost line", "Budget en CAD", "Actual en CAD"], "CAD"),
        (["Month", "Cost line", "Fees in CHF", "Invoiced in CHF"], "CHF"),
    ],
)
def test_amount_headers_with_their_code_after_a_colon_or_a_preposition(
    head: list[str], code: str, tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "f.xlsx", "Fees", _fees([], head)))
    assert adoption.project.header.currency == code
    mapped = targets(only(adoption))
    assert mapped[head[3]] == "actual"
    if head[2].startswith("Budget"):
        assert mapped[head[2]] == "budget"
        assert finance_by_line(adoption)[(date(2026, 3, 1), "Design")].budget == 3000.0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Contract value: GBP", "GBP"),
        ("Fees: CHF", "CHF"),
        ("Montant total : EUR", "EUR"),
        ("Budget total: EUR '000", "EUR"),
        ("Tool: CAD", None),
        ("Ref: GBP", None),
        ("Contract value: ALL", None),
    ],
)
def test_money_label_code(text: str, code: str | None) -> None:
    assert money_label_code(text) == code
    assert (code in header_codes(text, CODES)) if code else not header_codes(text, CODES)


# --- 2. possessive and party-qualified headers ----------------------------------------------


@pytest.mark.parametrize(
    ("header", "plain"),
    [
        ("Supplier's promise", "Supplier promise"),
        ("Suppliers' promise", "Suppliers promise"),
        ("Client\u2019s need-by", "Client need-by"),
        ("Sub-contractor's date", "Sub-contractor date"),
        ("Vendor's ref", "Vendor ref"),
        ("Owner's name", "Owner's name"),
        ("O'Neill", "O'Neill"),
        ("Req'd by", "Req'd by"),
    ],
)
def test_a_party_s_possessive_is_the_party(header: str, plain: str) -> None:
    assert parties.without_possessive(header) == plain


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Supplier's promise", "committed_date"),
        ("Suppliers' promise", "committed_date"),
        ("Contractor's date", "committed_date"),
        ("Vendor's promised date", "committed_date"),
        ("Client's need-by", "need_by"),
        ("Customer's required date", "need_by"),
        ("Client date", "need_by"),
    ],
)
def test_a_dependency_s_date_in_the_party_s_sense(header: str, key: str) -> None:
    found = match.candidates(header, "dependencies")
    assert found and found[0].column_key == key


def test_near_miss_a_party_s_possessive_reads_as_the_party_before_its_field() -> None:
    for possessive, plain in (("Vendor's ref", "Vendor ref"), ("Supplier's PM", "Supplier PM")):
        assert (
            match.candidates(possessive, "dependencies")[:1]
            == match.candidates(plain, "dependencies")[:1]
        )
    # a partner's date is neither side's: no date by the party
    assert not any(
        c.column_key in ("need_by", "committed_date")
        for c in match.candidates("Partner date", "dependencies")
    )
    # a milestone plan keeps no two sides' dates: no commitment read from the party
    assert not any(
        c.column_key == "committed_date"
        for c in match.candidates("Contractor's date", "milestones")
    )


@pytest.mark.parametrize(
    "head",
    [
        ["Ref", "Dependency", "Supplier", "Client's need-by", "Supplier's promise", "Owner"],
        ["Ref", "Dependency", "Vendor", "Customer's required date", "Contractor's date", "Owner"],
    ],
)
def test_a_dependency_log_with_possessive_dates(head: list[str], tmp_path: Path) -> None:
    rows: list[list[object]] = [[*head, "Status"]]
    for i, (firm, text, who) in enumerate(
        [
            ("Atlas Copco", "Compressor skid delivered", "Tomasz Nowak"),
            ("Nexans", "Drive cabinets", "Agnieszka Wójcik"),
            ("Tauron", "15 kV connection energised", "Piotr Zieliński"),
        ]
    ):
        rows.append(
            [f"D-{i + 1}", text, firm, date(2026, 3 + i, 4), date(2026, 3 + i, 16), who, "Open"]
        )
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert registers(adoption) == ["dependencies"]
    mapped = targets(only(adoption))
    assert mapped[head[3]] == "need_by"
    assert mapped[head[4]] == "committed_date"
    assert field(adoption, "dependencies", "need_by")[1] == date(2026, 4, 4)
    assert field(adoption, "dependencies", "committed_date")[2] == date(2026, 5, 16)


# --- 3. people written surname first ---------------------------------------------------------

SURNAME_FIRST = ["Wagner, Theresa", "O'Neill, Mary-Kate", "van den Berg, Joost", "Keller, Markus"]
READ = ["Theresa Wagner", "Mary-Kate O'Neill", "Joost van den Berg", "Markus Keller"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        *zip(SURNAME_FIRST, READ, strict=True),
        ("De la Cruz, Ana", "Ana De la Cruz"),
        ("Wagner, Theresa Maria", "Theresa Maria Wagner"),
        ("Director, Recreation", None),
        ("Crane hire slips", None),
    ],
)
def test_surname_first_reading(text: str, read: str | None) -> None:
    assert surname_first_reading(text) == read


def test_surname_first_names_are_people_by_their_values() -> None:
    assert person_share(list(SURNAME_FIRST)) == 1.0
    assert person_share(["Design, Build", "Phase 2", "Testing, QA", "n/a"]) < 0.5


@pytest.mark.parametrize("head", ["Owner", "Column 3", "Field 3"])
def test_an_owner_column_of_surname_first_names(head: str, tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Risk description", head, "Status"]]
    for i, (text, who) in enumerate(
        zip(
            ["Crane hire slips", "Steel price rise", "Permit delayed", "Site flooding"],
            SURNAME_FIRST,
            strict=True,
        )
    ):
        rows.append([f"R{i + 1}", text, who, "Open"])
    adoption = adopt(book(tmp_path / "r.xlsx", "Risk register", rows))
    assert targets(only(adoption))[head] == "owner"
    assert [r.owner for r in adoption.project.risks] == READ


def test_a_comma_inside_a_surname_first_name_splits_no_owner() -> None:
    got = person_converter("van den Berg, Joost")
    assert got.value == "Joost van den Berg"
    assert "several" not in (got.note or "")
    two = person_converter("Wagner, Theresa; van den Berg, Joost")
    assert two.value == "Theresa Wagner"
    assert "Joost van den Berg" in (two.note or "")


# --- 4. one list each ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "with_tax"),
    [
        ("Invoiced (inc VAT)", True),
        ("Total incl. GST", True),
        ("Amount incl. MwSt", True),
        ("Total incl. IVA", True),
        ("Cost incl. TVA", True),
        ("Cost (ex VAT)", False),
        ("Income tax code", False),
    ],
)
def test_with_tax_reads_the_one_list_of_taxes(header: str, with_tax: bool) -> None:
    assert bool(match._WITH_TAX.search(header)) is with_tax


def test_owner_party_words_live_with_the_parties() -> None:
    assert not hasattr(match, "OWNER_PARTY")
    assert "organisation" in parties.OWNER_PARTY
    assert match.owner_party("Owner (party)")
    assert match.owner_party("Risk owner - company")
    assert not match.owner_party("Owner")
