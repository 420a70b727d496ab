"""Round 42 (task rf42): one source of truth for the finance measures, and one rule for an
invoice register's bare amount header.

The three measures of a finance tracker are written once (``synonyms.MEASURES``, ordered;
``match.AMOUNT_KEYS`` its set), and an invoice register's bare ``Value`` / ``Valor`` and
bare ``Net`` / ``Netto €`` are one rule with the header words as data
(``invoice_lines.BARE_AMOUNTS``), each word keeping its own value test: a value noun over
numeric cells, a net over numbers read from their text too. A refactor: the workbooks
below read as they did before it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from addin.adopt import invoice_lines, match, synonyms
from addin.adopt.invoice_lines import INVOICE_VALUE, amount_of_invoice_register
from addin.adopt.match import CERTAIN, Candidate
from addin.adopt.net_amounts import NET_OF_INVOICE, bare_net
from addin.host import CellValue
from tests.adopt_sheets import adopt, book, column, finance_by_line, only

ADOPT = Path(__file__).resolve().parent.parent / "addin" / "adopt"

#: A tuple, set or list literal naming the three measures, in any order, alone or with
#: other keys (``("budget", "actual", "forecast", "capex_opex")``).
_TRIPLE = re.compile(
    r"[(\[{][^()\[\]{}]*\"(budget|actual|forecast)\",\s*\"(budget|actual|forecast)\",\s*"
    r"\"(budget|actual|forecast)\""
)


def test_the_measures_are_written_once() -> None:
    """The measures keep the Finance sheet's order, the amount keys are their set, and no
    other module of the adopter writes the three out again."""
    assert synonyms.MEASURES == ("budget", "actual", "forecast")
    assert frozenset(synonyms.MEASURES) == match.AMOUNT_KEYS
    written = [
        f"{path.name}:{n}"
        for path in sorted(ADOPT.glob("*.py"))
        if path.name != "synonyms.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (found := _TRIPLE.search(line)) and len(set(found.groups())) == 3
    ]
    assert written == []


def _register(
    heads: dict[int, str], columns: dict[int, list[CellValue]], names: str = "Invoice log"
) -> dict[int, list[Candidate]]:
    scored: dict[int, list[Candidate]] = {col: [] for col in heads}
    amount_of_invoice_register(scored, heads, columns, names)
    return scored


def _read(scored: dict[int, list[Candidate]], col: int) -> tuple[str, str] | None:
    top = scored[col][:1]
    return (top[0].column_key, top[0].synonym) if top and top[0].confidence >= CERTAIN else None


@pytest.mark.parametrize("header", ["Value", "Valor", "Wert", "Valore"])
def test_a_bare_value_over_numeric_cells_is_the_invoice_amount(header: str) -> None:
    """A value noun alone over numbers is each invoice's amount, read as the actual."""
    scored = _register({0: "Invoice #", 1: header}, {0: ["A1", "A2"], 1: [1200.0, 80]})
    assert _read(scored, 1) == ("actual", INVOICE_VALUE)


def test_a_bare_value_over_numbers_written_as_text_stays_unread() -> None:
    """The value noun keeps its own test: its filled cells must be numbers, not texts that
    parse as numbers (a ``Value`` of text may be any value)."""
    scored = _register({0: "Invoice #", 1: "Value"}, {0: ["A1", "A2"], 1: ["1,200.00", "80"]})
    assert _read(scored, 1) is None


@pytest.mark.parametrize("header", ["Net", "Netto €", "Net (EUR)", "Excl. VAT", "Nett GBP"])
def test_a_bare_net_over_numbers_read_from_text_is_the_invoice_amount(header: str) -> None:
    """A bare net (:func:`bare_net`) over numbers, written as text or not, is each invoice's
    amount before tax, read as the actual."""
    assert bare_net(header)
    scored = _register({0: "Invoice #", 1: header}, {0: ["A1", "A2"], 1: ["26.949,39", 80]})
    assert _read(scored, 1) == ("actual", NET_OF_INVOICE)


def test_a_bare_net_over_one_number_or_over_words_stays_unread() -> None:
    """The net keeps its own test: two numbers at least, and every filled cell a number."""
    assert _read(_register({1: "Net"}, {1: ["120.00"]}), 1) is None
    assert _read(_register({1: "Net"}, {1: [120, 80, "n/a"]}), 1) is None


def test_a_net_read_for_certain_by_another_rule_keeps_its_reading() -> None:
    """A ``Net`` column a header reading already keeps for certain (as anything) is left."""
    scored: dict[int, list[Candidate]] = {1: [Candidate("notes", CERTAIN, "net")]}
    amount_of_invoice_register(scored, {1: "Net"}, {1: [120, 80]}, "Invoices")
    assert scored[1] == [Candidate("notes", CERTAIN, "net")]


def test_a_value_and_a_net_side_by_side_read_one_amount() -> None:
    """The words are tried in order, the first read makes the amount certain: a register
    with both a bare ``Value`` and a bare ``Net`` reads the value only."""
    scored = _register({1: "Value", 2: "Net"}, {1: [100, 200], 2: [80, 160]})
    assert _read(scored, 1) == ("actual", INVOICE_VALUE)
    assert _read(scored, 2) is None


@pytest.mark.parametrize("header", ["Value", "Net"])
def test_a_register_with_its_amount_read_or_no_invoice_name_reads_nothing(header: str) -> None:
    """Near misses: a table naming no invoices (``Scores``, ``Team``), and a register whose
    amount another column already gives for certain (``Amount``), read no bare amount."""
    assert _read(_register({1: header}, {1: [100, 200]}, "Scores"), 1) is None
    scored: dict[int, list[Candidate]] = {
        0: [Candidate("actual", 1.0, "amount")],
        1: [],
    }
    amount_of_invoice_register(scored, {0: "Amount", 1: header}, {0: [1, 2], 1: [3, 4]}, "Bills")
    assert scored[1] == []


def test_the_bare_amount_words_are_data_in_their_order() -> None:
    """One rule, two words: the value noun first, then the net."""
    reasons = [word.reason for word in invoice_lines.BARE_AMOUNTS]
    assert reasons == [INVOICE_VALUE, NET_OF_INVOICE]


def test_a_spanish_invoice_register_reads_its_bare_valor(tmp_path: Path) -> None:
    """A Spanish ``Registro de facturas`` whose ``Valor`` holds numbers: each invoice's
    amount, by its ``Partida`` (the cost line) and the month of its ``Fecha``."""
    rows: list[list[object]] = [
        ["Registro de facturas"],
        [],
        ["Factura", "Fecha", "Proveedor", "Partida", "Valor"],
        ["F-101", date(2026, 1, 14), "Grupo Norte", "Cimentación", 41250.0],
        ["F-102", date(2026, 2, 11), "Grupo Norte", "Cimentación", 38900.0],
        ["F-103", date(2026, 2, 20), "Aceros Sur", "Estructura", 12500.0],
    ]
    adoption = adopt(book(tmp_path / "facturas.xlsx", "Facturas", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert column(table, "Valor").target == "actual"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Estructura")].actual == 12500.0


def test_an_english_invoice_log_reads_its_bare_net_written_as_text(tmp_path: Path) -> None:
    """An English ``Invoice log`` whose ``Net (GBP)`` is written as text, no VAT column
    beside it: each invoice's amount before tax, by its work package."""
    rows: list[list[object]] = [
        ["Invoice log - consultants"],
        [],
        ["Invoice no.", "Invoice date", "Supplier", "Work package", "Net (GBP)"],
        ["INV-0041", "Jan 2026", "Hart & Co", "Design", "12,400.00"],
        ["INV-0042", "Jan 2026", "Hart & Co", "Survey", "3,150.00"],
        ["INV-0057", "Feb 2026", "Hart & Co", "Design", "9,800.00"],
    ]
    adoption = adopt(book(tmp_path / "invoices.xlsx", "Invoices", rows))
    table = only(adoption)
    assert column(table, "Net (GBP)").target == "actual"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Design")].actual == 9800.0


def test_a_net_change_outside_an_invoice_register_stays_unread(tmp_path: Path) -> None:
    """Near miss: a headcount's ``Net`` with no tax beside it, on a sheet naming no
    invoices, is no amount."""
    rows: list[list[object]] = [
        ["Headcount movements"],
        [],
        ["Month", "Team", "Starters", "Leavers", "Net"],
        ["Jan 2026", "Platform", 4, 1, 3],
        ["Feb 2026", "Platform", 1, 3, -2],
        ["Mar 2026", "Data", 2, 0, 2],
    ]
    adoption = adopt(book(tmp_path / "headcount.xlsx", "Headcount", rows))
    assert not adoption.project.finance
