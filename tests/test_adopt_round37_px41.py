"""Round 37 (task px41): px40's leftovers under a header wrapped over two rows.

- A bracketed unit alone under a label (``Fees`` over ``($)``) is the label's lower half:
  it joins the lower row's run of labels, and units under every upper label fold the rows
  (px40's rule, reverted for want of a scoring run, brought back).
- A tax's name is never a month: an invoice log's ``GST`` is Volapük for August, so three
  headers naming it (``Fee ex GST (AUD) | GST | Total inc GST``) made the row's language
  Volapük and, wrapped over two rows, its two ``GST`` cells a month axis; ``Period`` was
  then no month and the invoices were not read.
- A currency stated only in the amounts' number format (``#,##0 "SGD"``, ``[$€-407]
  #,##0.00``, ``"£"#,##0``) is the project's, as Excel shows it beside every amount: the
  file host now carries the format of the cells whose format writes text, and adoption
  reads the currency there after the table's title and headers.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from addin.adopt.cldr import row_languages
from addin.adopt.currency import format_currency
from addin.adopt.detect import _units_under_labels
from addin.adopt.grid import Grid
from addin.adopt.legacy_host import CalamineHost
from tests.adopt_sheets import adopt, book, finance_by_line, only, registers, targets


def _fee_tracker(units: list[object]) -> list[list[object]]:
    """``Rate`` and ``Fees`` wrapped over their units; ``Month | Stream | Hours`` on the
    lower row alone."""
    rows: list[list[object]] = [
        ["Cannery line 3 - consultant fees, time and materials"],
        [],
        [None, None, None, "Blended rate", "Fees"],
        ["Month", "Stream", "Hours", *units],
    ]
    for m in (9, 10, 11):
        for stream, hours in (("Process design", 100.0), ("Commissioning", 40.0)):
            rows.append([date(2025, m, 1), stream, hours, 180.0, hours * 180.0 + m])
    return rows


def test_units_under_their_labels_fold_a_fee_trackers_header(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "fees.xlsx", "T&M Fees", _fee_tracker(["($/hr)", "($)"])))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    assert lines[(date(2025, 10, 1), "Commissioning")].actual == 7210.0


def test_near_miss_a_unit_under_nothing_stays_out_of_the_header(tmp_path: Path) -> None:
    """``($)`` under a blank cell (no label above to be its lower half) is no header's
    cell: the table's header ends before it, as before."""
    rows = _fee_tracker(["($/hr)", "($)"])
    rows[2] = [None, None, None, "Blended rate", None]
    path = book(tmp_path / "fees.xlsx", "T&M Fees", rows)
    grid = Grid(CalamineHost(path).read_sheet("T&M Fees"))
    assert _units_under_labels(grid, 4, [1, 2, 3, 4]) == []
    rows[2] = [None, None, None, "Blended rate", "Fees"]
    path = book(tmp_path / "fees2.xlsx", "T&M Fees", rows)
    grid = Grid(CalamineHost(path).read_sheet("T&M Fees"))
    assert _units_under_labels(grid, 4, [1, 2, 3, 4]) == [5]


STREAMS = ("Structural design", "Certification")


def _invoice_log(top: list[object], lower: list[object]) -> list[list[object]]:
    """An invoice log wrapped over two rows: one invoice per workstream and month, the
    month a date cell under ``Period``, the fee before tax, the tax and the gross."""
    rows: list[list[object]] = [["Observation wheel - engineering consultancy invoices"], []]
    rows += [top, lower]
    n = 0
    for month in (date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1)):
        for stream in STREAMS:
            fee = 12500.0 + 125.0 * n
            sent = month + timedelta(days=35)
            rows.append([f"INV-{4100 + n}", sent, month, stream, fee, fee * 0.1, fee * 1.1])
            n += 1
    return rows


def test_gst_columns_are_no_month_axis(tmp_path: Path) -> None:
    top: list[object] = ["Invoice", "Invoice", None, None, "Fee ex GST", None, "Total inc"]
    lower: list[object] = ["no.", "date", "Period", "Workstream", "(AUD)", "GST", "GST"]
    adoption = adopt(book(tmp_path / "inv.xlsx", "Invoices", _invoice_log(top, lower)))
    table = only(adoption)
    assert table.register == "finance"
    read = targets(table)
    assert read["Period"] == "month"
    assert read["Fee ex GST (AUD)"] == "actual"
    assert read["GST"] is None and read["Total inc GST"] is None
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    assert lines[(date(2025, 12, 1), "Certification")].actual == 12500.0 + 125.0 * 3


def test_near_miss_a_row_of_volapuk_months_still_names_its_language() -> None:
    """The tax words leave a language's months alone: ``Yunul | Yulul | Gustul`` (June,
    July, August as CLDR writes them in Volapük) is still a row of that language's months;
    only ``GST``, a tax, no longer counts as August."""
    assert row_languages(["Yunul 2026", "Yulul 2026", "Gustul 2026"]) == frozenset({"vo"})
    assert row_languages(["Fee ex GST (AUD)", "GST", "Total inc GST"]) == frozenset()


MONTHS = [date(2026, m, 1) for m in (1, 2, 3, 4)]


def _tracker(path: Path, formats: list[str], title: str = "Core banking renewal - Actuals") -> Path:
    """Cost lines down, month cells across, each line's amounts shown in ``formats[i]``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Actuals"
    ws["A1"] = title
    ws.cell(3, 1, "Cost line")
    for m, month in enumerate(MONTHS):
        ws.cell(3, 2 + m, month).number_format = "mmm yyyy"
    for r, (line, fmt) in enumerate(
        zip(["Licences", "Vendor services", "Testing"], formats, strict=True)
    ):
        ws.cell(4 + r, 1, line)
        for m in range(len(MONTHS)):
            ws.cell(4 + r, 2 + m, 1000.0 * (r + 1) + m).number_format = fmt
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("fmt", "code"),
    [('#,##0 "SGD"', "SGD"), ("[$€-407] #,##0.00", "EUR"), ('"£"#,##0', "GBP")],
)
def test_the_amounts_number_format_names_the_currency(fmt: str, code: str, tmp_path: Path) -> None:
    adoption = adopt(_tracker(tmp_path / "bank.xlsx", [fmt] * 3))
    assert registers(adoption) == ["finance"]
    assert adoption.project.header.currency == code
    assert finance_by_line(adoption)[(MONTHS[1], "Vendor services")].actual == 2001.0


def test_near_miss_formats_naming_no_currency_or_two_name_none(tmp_path: Path) -> None:
    """``#,##0.00`` and ``0.0 "days"`` name no currency; SGD on two lines and USD on the
    third name two: no currency is taken. The title still names it where it does."""
    plain = adopt(_tracker(tmp_path / "plain.xlsx", ["#,##0.00", '0.0 "days"', "#,##0"]))
    assert plain.project.header.currency in (None, "")
    two = adopt(_tracker(tmp_path / "two.xlsx", ['#,##0 "SGD"', '#,##0 "SGD"', '#,##0 "USD"']))
    assert two.project.header.currency in (None, "")
    titled = _tracker(tmp_path / "titled.xlsx", ["#,##0.00"] * 3, "Core banking - Actuals (SGD)")
    assert adopt(titled).project.header.currency == "SGD"


def test_format_currency_reads_what_excel_shows() -> None:
    known = ["GBP", "EUR", "USD", "SGD", "AUD"]
    assert format_currency('#,##0 "SGD";[Red]-#,##0 "SGD"', known) == "SGD"
    assert format_currency("[$SGD] #,##0", known) == "SGD"
    assert format_currency('_("$"* #,##0_)', known) is None  # which dollar is unsaid
    assert format_currency('0.0 "days"', known) is None
    assert format_currency("[$-409]mmm yy", known) is None  # a locale, no currency


def test_the_file_host_carries_only_formats_that_write_text(tmp_path: Path) -> None:
    """The reader's fast path: a workbook whose formats write no text (``#,##0.00``, dates)
    carries none; one whose amounts show ``SGD`` carries those cells' format."""
    from addin.files.filehost import FileHost

    plain = FileHost(_tracker(tmp_path / "plain.xlsx", ["#,##0.00"] * 3)).read_sheet("Actuals")
    assert plain.number_formats == {}
    shown = FileHost(_tracker(tmp_path / "sgd.xlsx", ['#,##0 "SGD"'] * 3)).read_sheet("Actuals")
    assert shown.number_formats[(5, 3)] == '#,##0 "SGD"'
    assert (3, 2) not in shown.number_formats  # the month cells: ``mmm yyyy`` writes no text
    assert len(shown.number_formats) == 12
