"""Round 37 (task px42): structural edits a supplier makes to a report, on the supplier
halves (``adopt_perturb.py --structural --only supplier``).

- A header wrapped over two rows whose upper row repeats a label (``PO | Invoice | Invoice
  | Cost`` over ``No. | No. | date | item``) is one header when every lower cell under a
  label is its half (a header's word, a lower-case rest, a unit, a rate), even where the
  upper row alone reads more than the phrases joined (px41's leftover).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.detect import _halves_under_repeats
from tests.adopt_sheets import adopt, book, finance_by_line, only, registers

INVOICES = [
    (date(2026, 1, 20), "Bath house fit-out", 4250000.0),
    (date(2026, 1, 25), "Garden works", 5060000.0),
    (date(2026, 2, 10), "Kitchen equipment", 2500000.0),
    (date(2026, 2, 10), "Garden works", 8650000.0),
    (date(2026, 3, 10), "Design fees", 3350000.0),
]


def _invoice_log(top: list[object], lower: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Ryokan annex - contractor invoice log"], [], top, lower]
    for n, (day, item, amount) in enumerate(INVOICES):
        po, paid = f"PO-0{n % 3 + 1}", "Yes" if n % 2 else "No"
        rows.append([po, f"INV-{4000 + n}", day, item, amount, amount / 10, amount * 1.1, paid])
    return rows


TOP: list[object] = ["PO", "Invoice", "Invoice", "Cost", "Amount excl. tax", "Consumption tax"]
TOP += ["Total incl."]
LOWER: list[object] = ["No.", "No.", "date", "item", "(JPY)", "10%", "tax", "Paid"]


def test_a_repeated_upper_label_over_its_halves_is_one_header(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "inv.xlsx", "Invoice Log", _invoice_log(TOP, LOWER)))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 5
    assert lines[(date(2026, 2, 1), "Garden works")].actual == 8650000.0
    assert adoption.project.header.currency == "JPY"


def test_near_miss_an_item_row_under_repeated_labels_stays_an_item(tmp_path: Path) -> None:
    """Under a one-row header that repeats a label, the first item (``INV-4000 |
    Bath house fit-out``) writes values, no halves: it is still read as an item."""
    header: list[object] = ["Invoice", "Invoice", "Date", "Cost item", "Amount (JPY)"]
    rows: list[list[object]] = [["Contractor invoices"], [], header]
    for n, (day, item, amount) in enumerate(INVOICES):
        rows.append([f"INV-{4000 + n}", f"Stage {n + 1}", day, item, amount])
    adoption = adopt(book(tmp_path / "inv.xlsx", "Invoices", rows))
    table = only(adoption)
    assert table.register == "finance"
    lines = finance_by_line(adoption)
    assert len(lines) == 5
    assert lines[(date(2026, 1, 1), "Bath house fit-out")].actual == 4250000.0


def test_halves_under_repeats_reads_what_a_person_reads() -> None:
    assert _halves_under_repeats(TOP, LOWER[:7])
    # a first item's values under the repeated label: no halves
    assert not _halves_under_repeats(["Invoice", "Invoice", "Supplier"], ["INV-42", "Acme", "Ko"])
    # no label repeated side by side: the rule says nothing
    assert not _halves_under_repeats(["PO", "Invoice", "Cost"], ["No.", "date", "item"])
    # a label with nothing under it has no lower half
    assert not _halves_under_repeats(["Invoice", "Invoice", "Cost"], ["No.", "date", None])
