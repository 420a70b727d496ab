"""Round 36 (task t41b): tuning on the eighty-fifth batch (supplier and consultancy reports).

- a builder's snag log (``Snags`` sheet, ``snag list`` title, ``Snag no.`` 1..) is the
  issues register when a column an issue has is read for certain (status, due date); the
  rule is the eighty-fourth batch's tuner's (t41a), cherry-picked, tested here on the
  Finnish shape (``d.m.yyyy`` text dates, ``Reported`` / ``Target date``);
- an invoice log's ``Net EUR`` / ``Gross EUR`` state their currency as ``Budget CHF``
  does: the words for an amount before and with its tax are a measure beside a code.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.currency import measure_header_code
from tests.adopt_sheets import adopt, book, field, only, registers, targets

SNAGS = [
    ("Reception", "Door access reader not connected", "19.1.2026", "9.2.2026", "In Progress"),
    ("Court 1", "Artificial turf seam lifting", "1.6.2026", "15.6.2026", "Open"),
    ("Court 2", "Net post anchor loose", "21.6.2026", "5.7.2026", "Closed"),
]


def _snag_rows(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], []]
    head = ["Snag no.", "Location", "Description", "Reported", "Responsible", "Target date"]
    rows.append([*head, "Status"])
    for i, (place, text, made, due, status) in enumerate(SNAGS):
        rows.append([i + 1, place, text, made, "Aino Mäkinen", due, status])
    return rows


@pytest.mark.parametrize(
    ("sheet", "title"),
    [
        ("Snags", "Padel hall - snag list (main contractor)"),
        ("Sheet1", "Padel hall - snag list (main contractor)"),
        ("Punch list", "Level 2 fit-out"),
    ],
)
def test_a_builder_s_snag_log_is_the_issues_register(
    sheet: str, title: str, tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "snags.xlsx", sheet, _snag_rows(title)))
    assert registers(adoption) == ["issues"]
    mapped = targets(only(adoption))
    assert mapped["Description"] == "title"
    assert mapped["Reported"] == "raised_date"
    assert mapped["Target date"] == "due_date"
    assert mapped["Location"] is None
    assert field(adoption, "issues", "title")[1] == "Artificial turf seam lifting"
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 1, 19),
        date(2026, 6, 1),
        date(2026, 6, 21),
    ]
    assert field(adoption, "issues", "due_date")[2] == date(2026, 7, 5)
    assert field(adoption, "issues", "status") == ["In Progress", "Open", "Closed"]
    assert field(adoption, "issues", "owner")[0] == "Aino Mäkinen"


def test_a_snag_list_with_no_column_an_issue_has_stays_unread(tmp_path: Path) -> None:
    """A snag (a hitch) named over a list with no status, due date or priority is no
    issue register for certain: nothing is adopted from it as issues."""
    rows: list[list[object]] = [["Snag list"], [], ["Room", "Note", "Who"]]
    rows += [["Court 1", "Check lighting", "Aino"], ["Court 2", "Paint", "Mikko"]]
    adoption = adopt(book(tmp_path / "plain.xlsx", "Snags", rows))
    assert "issues" not in registers(adoption)


def _invoices(net: str, gross: str) -> list[list[object]]:
    rows: list[list[object]] = [["Permit platform - invoice log (supplier)"], []]
    rows.append(["Invoice no.", "Invoice date", "Period", "Workstream", net, "VAT 24%", gross])
    for i, (period, stream) in enumerate(
        [("01/2026", "Permit API"), ("01/2026", "Reporting"), ("02/2026", "Permit API")]
    ):
        amount = 1000.0 * (i + 2)
        issued = date(2026, 2 + i // 2, 4)
        rows.append([f"KK-{140 + i}", issued, period, stream, amount, amount * 0.24, amount * 1.24])
    return rows


@pytest.mark.parametrize(
    ("net", "gross", "code"),
    [
        ("Net EUR", "Gross EUR", "EUR"),
        ("Net GBP", "Gross GBP", "GBP"),
        ("Netto CHF", "Brutto CHF", "CHF"),
    ],
)
def test_net_and_gross_beside_a_code_state_the_currency(
    net: str, gross: str, code: str, tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "inv.xlsx", "Invoices", _invoices(net, gross)))
    assert registers(adoption) == ["finance"]
    assert targets(only(adoption))[net] == "actual"
    assert adoption.project.header.currency == code
    assert sorted(f.actual for f in adoption.project.finance) == [2000.0, 3000.0, 4000.0]


def test_net_and_gross_in_two_currencies_name_none(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "two.xlsx", "Invoices", _invoices("Net EUR", "Gross USD")))
    assert adoption.project.header.currency in (None, "")


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("Net EUR", "EUR"),
        ("Gross EUR", "EUR"),
        ("EUR net", "EUR"),
        ("Net total GBP", "GBP"),
        ("Brutto CHF", "CHF"),
        ("Network EUR", None),  # a word that begins like net is no measure
        ("Gross margin EUR", None),  # a profit and loss's margin is no tax basis
        ("Net ALL", None),  # capitals that spell a word, not a code
    ],
)
def test_the_net_or_gross_measure_beside_a_code(header: str, code: str | None) -> None:
    assert measure_header_code(header) == code
