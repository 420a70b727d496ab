"""Round 35's third wave (task t39c): tuning on the eightieth batch (supplier and
consultancy reports).

- a dependency log's dates written by whose they are and where they are kept (``Supplier
  promise``, ``Vendor promised date``, ``Needed on site``, ``Required at site``): the party
  word says which side keeps the date, the place says no more than "a date", and the noun
  ``promise`` is the commitment's as ``promised`` is (``match.sense_of``);
- our own side's person named by its team or project (``Project contact``, ``Team lead``)
  is a dependency's owner; the other side's (``Supplier contact``) reads as before;
- a table keeping both dates (needed and promised) beside a counterparty column is a
  dependency log even when each date is read by sense and the firm's name reads as a
  person's (``Atlas Copco``); an issue log with a supplier column and raised / due dates is
  not;
- a long finance table's one measure stating its currency (``Fee ex GST (AUD)``) names the
  project's currency even when a short header beside it (``GST``) reads as a month label.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.match import sense_of
from tests.adopt_sheets import adopt, book, field, only, registers, targets

FIRMS = ["Atlas Copco", "Nexans Polska", "Tauron", "Atlas Copco"]
PEOPLE = ["Tomasz Nowak", "Agnieszka Wójcik", "Tomasz Nowak", "Piotr Zieliński"]
TEXTS = [
    "Compressor skid delivered",
    "Drive cabinets for the drawing machine",
    "15 kV connection energised",
    "Cooling trough design approval",
]


def _deliverables(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [list(head)]
    for i, (firm, text, who) in enumerate(zip(FIRMS, TEXTS, PEOPLE, strict=True)):
        rows.append([firm, text, date(2026, 3 + i, 4), date(2026, 3 + i, 16), who, "On Track"])
    return rows


@pytest.mark.parametrize(
    "head",
    [
        ["Supplier", "Deliverable", "Needed on site", "Supplier promise", "Project contact"],
        ["Vendor", "Item", "Required at site", "Vendor promised date", "Team lead"],
        ["Supplier", "Deliverable", "Date needed", "Promise date", "Project owner"],
    ],
)
def test_a_supplier_deliverables_register_is_a_dependency_log(
    head: list[str], tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "deps.xlsx", "Deliverables", _deliverables([*head, "Status"])))
    assert registers(adoption) == ["dependencies"]
    mapped = targets(only(adoption))
    assert mapped[head[2]] == "need_by"
    assert mapped[head[3]] == "committed_date"
    assert mapped[head[4]] == "owner"
    assert field(adoption, "dependencies", "need_by")[0] == date(2026, 3, 4)
    assert field(adoption, "dependencies", "committed_date")[1] == date(2026, 4, 16)
    assert field(adoption, "dependencies", "owner")[1] == "Agnieszka Wójcik"


def test_an_issue_log_with_a_supplier_column_is_no_dependency_log(tmp_path: Path) -> None:
    head = ["Supplier", "Issue", "Raised", "Due date", "Owner", "Status"]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Log", _deliverables(head)))
    assert "dependencies" not in registers(adoption)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("supplier promise", "committed_date"),
        ("vendor eta", "committed_date"),
        ("needed on site", "need_by"),
        ("required at site", "need_by"),
        ("project contact", "owner"),
        ("supplier contact", "counterparty_owner"),
    ],
)
def test_dependency_dates_and_people_by_sense(header: str, expected: str) -> None:
    found = sense_of(header, "dependencies")
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("header", ["site", "site owner", "supplier", "project"])
def test_no_date_or_owner_from_a_place_or_a_party_alone(header: str) -> None:
    found = sense_of(header, "dependencies")
    assert found is None or found[0] not in ("need_by", "committed_date", "owner")


@pytest.mark.parametrize(
    ("amount", "code"),
    [("Fee ex GST (AUD)", "AUD"), ("Net fee (CHF)", "CHF"), ("Invoiced excl. VAT (EUR)", "EUR")],
)
def test_a_long_table_s_one_measure_states_the_currency(
    amount: str, code: str, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["Consultancy invoices"], []]
    rows.append(["Invoice no.", "Period", "Workstream", amount, "GST", "Total inc GST"])
    for i, (month, stream) in enumerate(
        [(date(2026, 1, 1), "Design"), (date(2026, 1, 1), "Survey"), (date(2026, 2, 1), "Design")]
    ):
        fee = 1000.0 * (i + 1)
        rows.append([f"INV-{i}", month, stream, fee, fee / 10, fee * 1.1])
    adoption = adopt(book(tmp_path / "inv.xlsx", "Invoices", rows))
    assert registers(adoption) == ["finance"]
    assert adoption.project.header.currency == code


def test_two_currencies_on_a_long_table_name_none(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Consultancy invoices"], []]
    rows.append(["Invoice no.", "Period", "Workstream", "Fee (AUD)", "Fee (USD)"])
    rows.append(["INV-1", date(2026, 1, 1), "Design", 100.0, 120.0])
    rows.append(["INV-2", date(2026, 2, 1), "Survey", 200.0, 220.0])
    adoption = adopt(book(tmp_path / "two.xlsx", "Invoices", rows))
    assert adoption.project.header.currency in (None, "")
