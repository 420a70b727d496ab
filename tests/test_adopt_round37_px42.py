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

from addin.adopt.classify import _title_part
from addin.adopt.detect import _halves_under_repeats, _lower_case_rests
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, registers, targets

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


SURF = [
    (date(2026, 1, 11), "Westland Foam Ltd", "Shaping machine lease", 5051.0),
    (date(2026, 1, 21), "Toll NZ", "Freight", 486.0),
    (date(2026, 2, 11), "Westland Foam Ltd", "Fins", 6392.0),
    (date(2026, 2, 18), "Westland Foam Ltd", "Resin & glass", 2629.5),
    (date(2026, 3, 9), "Toll NZ", "Shaping machine lease", 2094.5),
    (date(2026, 3, 20), "Westland Foam Ltd", "Resin & glass", 1038.5),
]


def _surf_rows(gst: bool = True) -> list[list[object]]:
    rows: list[list[object]] = []
    for n, (day, supplier, line, net) in enumerate(SURF):
        tax = [net * 0.15, net * 1.15] if gst else []
        rows.append([f"INV-{8000 + n}", day, supplier, line, net, *tax, "Y" if n % 2 else "N"])
    return rows


def test_a_net_wrapped_over_its_currency_is_read_whole_beside_the_tax(tmp_path: Path) -> None:
    """``Net`` over ``(NZD)`` beside ``GST`` and ``Gross``: the checks after the vocabulary
    read the wrapped header as one phrase, ``Net (NZD)``, the invoice's amount before tax."""
    top: list[object] = ["Invoice", "Invoice", None, "Cost", "Net"]
    lower: list[object] = ["#", "date", "Supplier", "line", "(NZD)", "GST", "Gross", "Paid"]
    adoption = adopt(book(tmp_path / "inv.xlsx", "Invoices", [top, lower, *_surf_rows()]))
    assert targets(only(adoption))["Net (NZD)"] == "actual"
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    assert lines[(date(2026, 2, 1), "Fins")].actual == 6392.0


def test_near_miss_a_wrapped_net_with_no_tax_beside_it_is_no_amount(tmp_path: Path) -> None:
    """Without a tax or gross column the wrapped ``Net (NZD)`` is no amount on a sheet that
    names no invoices (a margin, a net change): read as before, no actual. Round 41 (t52b):
    on a sheet naming the project's own invoice register (``Invoices``) the register says
    what the net is of, and the bare net is each invoice's amount
    (``invoice_lines.amount_of_invoice_register``)."""
    top: list[object] = ["Invoice", "Invoice", None, "Cost", "Net"]
    lower: list[object] = ["#", "date", "Supplier", "line", "(NZD)", "Paid"]
    adoption = adopt(book(tmp_path / "costs.xlsx", "Costs", [top, lower, *_surf_rows(False)]))
    assert all(f.actual is None for f in adoption.project.finance)
    adoption = adopt(book(tmp_path / "inv.xlsx", "Invoices", [top, lower, *_surf_rows(False)]))
    assert targets(only(adoption))["Net (NZD)"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Fins")].actual == 6392.0


DEPENDENCIES = [
    ("Compressed air at 7 bar to the press hall", date(2026, 3, 4), "Marco Bellini", "At risk"),
    ("Floor loading certificate for line 3", date(2026, 4, 8), "Anna Ricci", "Open"),
    ("Ink store ventilation signed off", date(2026, 4, 14), "Luca Conti", "Open"),
    ("Security escort for the install crew", date(2026, 5, 2), "Marco Bellini", "Met"),
]


def _dependencies(top: list[object], lower: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Press line 3 - client dependencies"], [], top, lower]
    for n, (text, need_by, owner, status) in enumerate(DEPENDENCIES, start=1):
        rows.append([n, text, need_by, owner, status])
    return rows


def test_capitalised_labels_over_lower_case_rests_are_one_header(tmp_path: Path) -> None:
    """``Needed`` over ``by``: the lower row alone (``# | dependency | by | owner |
    Status``) read more, so the need-by dates were lost; a person reads ``Needed by``."""
    top: list[object] = ["Dep", "Client", "Needed", "Client"]
    lower: list[object] = ["#", "dependency", "by", "owner", "Status"]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Client Dependencies", _dependencies(top, lower)))
    table = only(adoption)
    assert table.register == "dependencies"
    assert targets(table)["Needed by"] == "need_by"
    assert field(adoption, "dependencies", "need_by")[1] == date(2026, 4, 8)


def test_near_miss_a_header_all_in_lower_case_is_not_joined_to_the_row_above(
    tmp_path: Path,
) -> None:
    """An export's header written all in lower case under capitalised labels says nothing
    by its case: the labels above stay out of it."""
    top: list[object] = ["Export", "Client", "Schedule", "Draft"]
    lower: list[object] = ["id", "dependency", "needed by", "owner", "status"]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Client Dependencies", _dependencies(top, lower)))
    table = only(adoption)
    assert "needed by" in targets(table)
    assert field(adoption, "dependencies", "need_by")[1] == date(2026, 4, 8)
    assert _lower_case_rests([*top, None], lower) is False
    assert _lower_case_rests(
        ["Dep", "Client", "Needed", "Client", None], ["#", "dependency", "by", "owner", "Status"]
    )


def _tm_tracker(title: str) -> list[list[object]]:
    rows: list[list[object]] = [["Sugarcane breeding station - crop analytics platform"], [title]]
    rows += [[], ["Month", "Role", "Days", "Day rate (INR)", "Amount excl. GST (INR)"]]
    for month in ("Apr-26", "May-26", "Jun-26"):
        for role, days, rate in (("Data engineer", 11, 25000), ("Agronomy lead", 17, 17000)):
            rows.append([month, role, days, rate, days * rate])
    return rows


def test_a_suppliers_legal_form_on_the_title_line_is_no_sentence(tmp_path: Path) -> None:
    """``Time & materials tracker - Kaveri Digital Consulting Pvt. Ltd.`` on a sheet named
    ``Export``: the dot of ``Pvt.`` ended no sentence, so the title's ``Time & materials``
    named the finance register (the sheet no longer did) and the tracker was refused."""
    title = "Time & materials tracker - Kaveri Digital Consulting Pvt. Ltd."
    adoption = adopt(book(tmp_path / "tm.xlsx", "Export", _tm_tracker(title)))
    assert registers(adoption) == ["finance"]
    assert finance_by_line(adoption)[(date(2026, 5, 1), "Agronomy lead")].actual == 289000
    assert "Time & materials tracker" in _title_part(title)


def test_near_miss_a_sentence_on_the_title_line_still_names_nothing() -> None:
    assert _title_part("Time & materials tracker - Maju Sdn. Bhd. - May 2026") != ""
    assert _title_part("Time & materials - rates are provisional. Days follow in June") == ""
