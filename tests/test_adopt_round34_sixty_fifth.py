"""Round 34 (its last hour, t36a): tuning on the sixty-fifth batch (supplier and consultancy
reports, round 34's held-out, promoted).

Each rule is a habit of the KIND (the money a project's suppliers invoice it, logged by its
PM), tried here on workbooks of its own in several forms, with the near-misses it must not
fire on (docs/adopt.md, "Round 34 (its last hour): tuning on the sixty-fifth batch"):

1. **an invoice's amount before the tax named as its value** (``synonyms`` ``actual``
   widened): a GST invoice's ``Taxable value``, an excise ``Assessable value``, a VAT
   invoice's ``Net value`` / ``Goods value``, ``Basic amount``, as ``Net amount`` was;
2. **a money noun said without the tax is its net amount** (``match.normalise_header``):
   ``Value ex VAT``, ``Value excl. GST (AUD)`` read as ``Net value``, and with the tax as its
   gross amount (``Value incl. VAT``, ``Gross value``: read less surely, so the net one
   beside it is the actual). Near-misses: ``Value`` alone and ``Value (₹)`` stayed unread
   (round 32: ``Value`` alone is no measure; in an invoice register both are now its
   amount, by rulings of rounds 35 and 40), and a milestone plan's ``Value ex VAT`` stays
   a milestone register's payment (no field), not a finance table.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, registers, targets

from addin.adopt.match import normalise_header


def _invoice_log(tmp: Path, amount: str, date_head: str = "Inv. date") -> Path:
    head = [date_head, "Supplier", "Invoice no.", "PO no.", "Description", amount, "Tax", "Paid on"]
    rows: list[list[object]] = [["Kiln project - supplier invoices"], [], head]
    rows += [[datetime(2026, 1, 14), "Kerb Co", "KER/11", "PO-1", "Footings", 2500.0, 450.0, None]]
    rows += [[datetime(2026, 1, 20), "Glaze Ltd", "GLA/12", "PO-2", "Panels", 1800.0, 324.0, None]]
    rows += [[datetime(2026, 2, 9), "Kerb Co", "KER/13", "PO-1", "Ducting", 4200.0, 756.0, None]]
    rows += [[datetime(2026, 2, 21), "Glaze Ltd", "GLA/14", "PO-2", "Panels", 900.0, 162.0, None]]
    return book(tmp / "invoices.xlsx", "Invoice Log", rows)


def _assert_spend(tmp: Path, amount: str, date_head: str = "Inv. date") -> None:
    adoption = adopt(_invoice_log(tmp, amount, date_head))
    assert registers(adoption) == ["finance"], amount
    got = targets(only(adoption))
    assert got[amount] == "actual" and got["Supplier"] == "cost_line", amount
    assert got["Tax"] is None and got["Description"] is None, amount
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "Kerb Co")].actual == 4200
    assert lines[(date(2026, 1, 1), "Glaze Ltd")].actual == 1800


# --- 1. an invoice's amount before the tax named as its value --------------------------------


def test_an_invoices_taxable_or_net_value_is_its_actual(tmp_path: Path) -> None:
    for amount, date_head in (
        ("Taxable value (₹)", "Inv. date"),
        ("Assessable value", "Invoice date"),
        ("Net value", "Date"),
        ("Goods value (GBP)", "Inv date"),
        ("Basic amount", "Invoice date"),
    ):
        _assert_spend(tmp_path, amount, date_head)


# --- 2. a money noun said without the tax ----------------------------------------------------


def test_a_value_said_without_the_tax_is_its_net_amount(tmp_path: Path) -> None:
    assert "net value" in normalise_header("Value ex VAT")
    assert "net amount" in normalise_header("Amount excl. GST (AUD)")
    for amount in ("Value ex VAT", "Value excl. GST (AUD)", "Value excluding tax"):
        _assert_spend(tmp_path, amount)


def test_a_value_with_the_tax_is_read_below_the_net_one_beside_it(tmp_path: Path) -> None:
    # alone, the gross value is the invoice's amount (less surely, as ``Amount incl. VAT``)
    for amount in ("Value incl. VAT", "Gross value", "Value including GST"):
        assert "gross value" in normalise_header(amount)
        _assert_spend(tmp_path, amount)
    # beside the net value, the net one is the actual and the gross left out
    head = ["Inv. date", "Supplier", "Description", "Value ex VAT", "VAT", "Value incl. VAT"]
    rows: list[list[object]] = [["Kiln project - supplier invoices"], [], head]
    rows += [[datetime(2026, 1, 14), "Kerb Co", "Footings", 2500.0, 500.0, 3000.0]]
    rows += [[datetime(2026, 2, 9), "Kerb Co", "Ducting", 4200.0, 840.0, 5040.0]]
    rows += [[datetime(2026, 2, 20), "Glaze Ltd", "Panels", 1800.0, 360.0, 2160.0]]
    adoption = adopt(book(tmp_path / "net_gross.xlsx", "Invoice Log", rows))
    got = targets(only(adoption))
    assert got["Value ex VAT"] == "actual" and got["Value incl. VAT"] is None
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Kerb Co")].actual == 4200


def test_value_alone_is_no_measure_but_an_invoice_logs_amount(tmp_path: Path) -> None:
    # ``Value`` alone is no measure (round 32): a bare value may be anything's, so no net or
    # gross reading of its own. Round 40's lead ruling (ox40's rule met this test): in a
    # project's own invoice register (its sheet or title names invoices) a bare ``Value``
    # is each invoice's amount, as round 35 ruled for ``Value (₹)`` beside its ``Tax``; the
    # near miss outside an invoice register is ox40's (tests/test_adopt_round40_ox40.py)
    assert not any(v.startswith(("net ", "gross ")) for v in normalise_header("Value"))
    _assert_spend(tmp_path, "Value")


def test_a_value_in_a_currency_is_the_invoices_amount(tmp_path: Path) -> None:
    # Round 35 (t38d's ``match.value_in_currency``, ``Valor (€)``, ``Value (£)``): a value
    # said in a currency is money, so an invoice log's ``Value (₹)`` beside its ``Tax`` is
    # the amount spent, as ``Taxable value (₹)`` is; round 34 had kept it unread with the
    # bare ``Value``. The lead ruled for the money reading when the two branches met.
    _assert_spend(tmp_path, "Value (₹)")


def test_a_milestone_plans_value_ex_vat_stays_its_payment(tmp_path: Path) -> None:
    head = ["MS", "Milestone", "Contract date", "Forecast date", "Value ex VAT", "Status"]
    rows: list[list[object]] = [["SOW 3 - Payment milestones"], [], head]
    names = ["Design accepted", "Gates delivered", "Go-live"]
    for i, name in enumerate(names):
        rows.append([f"M{i + 1}", name, datetime(2026, 2 + i, 5), datetime(2026, 2 + i, 9)])
        rows[-1] += [12000.0 * (i + 1), "Not due"]
    adoption = adopt(book(tmp_path / "sow.xlsx", "Payment Milestones", rows))
    assert registers(adoption) == ["milestones"]
    assert targets(only(adoption))["Value ex VAT"] is None
