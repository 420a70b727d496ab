"""Round 35's third wave (task t39a), tuned on the seventy-seventh batch (supplier and
consultancy reports): a long finance table's period column known by its cells when its
header names the document (``Valuation``, ``Claim``), and a column of both sides of a
supply contract (``Side``: Client / Supplier) left out, not read as a category.
docs/adopt.md, "Round 35 (its third wave): tuning on the seventy-seventh batch".
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.sides import contract_sides
from tests.adopt_sheets import adopt, book, finance_by_line, only, registers, targets

LINES = ["Kettles", "Boiler & steam", "Building works"]
MONTHS = [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1)]


def _long(
    tmp_path: Path, head: str, amount: str, dates: list[object] | None = None, where: int = 0
) -> Path:
    """A long cost report: one row per month and line; the period column at ``where``."""
    rows: list[list[object]] = [["Contractor Ltd - Works - Payment certificates"], []]
    header = ["Line", amount, "VAT"]
    header.insert(where, head)
    rows.append(header)
    cells = dates or [m for m in MONTHS for _ in LINES]
    for k, d in enumerate(cells):
        row: list[object] = [LINES[k % len(LINES)], 10000.0 + k, 1500.0]
        row.insert(where, d)
        rows.append(row)
    return book(tmp_path / "long.xlsx", "Valuations", rows)


# --- 1. the month known by its cells --------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "amount", "where"),
    [
        ("Valuation", "Certified this month (ZAR excl. VAT)", 0),
        ("Claim", "Amount claimed", 0),
        ("Application", "Actual", 2),  # another word, another place
        ("Pay app", "Actual cost", 1),
    ],
)
def test_a_document_headed_period_of_month_starts_is_the_month(
    tmp_path: Path, head: str, amount: str, where: int
) -> None:
    adoption = adopt(_long(tmp_path, head, amount, where=where))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)[head] == "month"
    by_line = finance_by_line(adoption)
    assert len(by_line) == 9
    assert by_line[(MONTHS[1], "Boiler & steam")].actual == 10004.0


def test_month_starts_as_datetimes_too(tmp_path: Path) -> None:
    cells: list[object] = [datetime(m.year, m.month, 1) for m in MONTHS for _ in LINES]
    adoption = adopt(_long(tmp_path, "Valuation", "Certified this month", cells))
    assert targets(only(adoption))["Valuation"] == "month"


def test_month_ends_are_their_months(tmp_path: Path) -> None:
    # a valuation dated at its month's end: the month it closes
    ends = [date(2025, 11, 30), date(2025, 12, 31), date(2026, 1, 31)]
    cells: list[object] = [e for e in ends for _ in LINES]
    adoption = adopt(_long(tmp_path, "Valuation", "Certified this month", cells))
    assert targets(only(adoption))["Valuation"] == "month"
    assert (MONTHS[2], "Kettles") in finance_by_line(adoption)


def test_near_miss_dates_on_any_day_are_no_month(tmp_path: Path) -> None:
    # an invoice log's dates on any day: no month read from the cells
    cells: list[object] = [date(2025, 11, 3 + k) for k in range(9)]
    adoption = adopt(_long(tmp_path, "Valuation", "Certified this month", cells))
    assert "finance" not in registers(adoption)


def test_near_miss_no_month_repeated_is_no_long_form(tmp_path: Path) -> None:
    cells: list[object] = [date(2025 + (k + 10) // 12, (k + 10) % 12 + 1, 1) for k in range(9)]
    adoption = adopt(_long(tmp_path, "Valuation", "Certified this month", cells))
    assert "finance" not in registers(adoption)


# --- 2. both sides of a supply contract: no category -------------------------------------------


def _raid(tmp_path: Path, head: str, sides: list[str]) -> Path:
    rows: list[list[object]] = [["Ref", "Type", "Description", "Owner", head, "Status"]]
    kinds = ["Risk", "Issue", "Risk", "Issue", "Risk", "Issue"]
    for k, (kind, side) in enumerate(zip(kinds, sides, strict=True)):
        rows.append([f"LX-{k}", kind, f"Item {k} of the works", "Rui Monteiro", side, "Open"])
    return book(tmp_path / "raid.xlsx", "RAID", rows)


@pytest.mark.parametrize(
    ("head", "sides"),
    [
        ("Side", ["Client", "Supplier", "Client", "Supplier", "Client", "Client"]),
        ("Party", ["Customer", "Vendor", "Both", "Vendor", "Customer", "Vendor"]),
        ("With", ["Client", "Contractor", "Contractor", "Client", "Joint", "Client"]),
    ],
)
def test_contract_sides_are_no_category(tmp_path: Path, head: str, sides: list[str]) -> None:
    table = only(adopt(_raid(tmp_path, head, sides)))
    assert targets(table)[head] is None


def test_near_miss_a_category_column_keeps_its_reading(tmp_path: Path) -> None:
    sides = ["Supplier", "Technical", "Client", "Schedule", "Supplier", "Technical"]
    table = only(adopt(_raid(tmp_path, "Kind", sides)))
    assert targets(table)["Kind"] == "category"


def test_contract_sides_reader() -> None:
    assert contract_sides(["Client", "Supplier", "client"])
    assert not contract_sides(["Supplier", "Supplier", "Supplier"])  # one side: a category
    assert not contract_sides(["Client", "Supplier"])  # too few to tell
    assert not contract_sides(["Client", "Supplier", "Technical"])
