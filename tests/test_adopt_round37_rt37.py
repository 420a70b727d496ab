"""Red team of round 37's first merged rules (rt37): each misreading found, mended, with the
rule's own positive case kept.

- the amounts' number format (px41) names the project's currency only when it shows most of
  the amounts, and only after every currency the workbook states in words (another finance
  table's title, a ``Total Budget (USD):`` label); a code in a format is read in capitals;
- ``LE`` / ``LBE`` (t43b) is no estimate as a name's or a person's capitals (``LE HAVRE``,
  ``reviewed by LE``, ``Owner: LE``);
- a block of people by month whose figures can only be days is no finance block under a
  ``PLAN`` / ``ACTUAL`` heading (t43b's stacked measure blocks);
- Czech ``tis.`` (t43b) is thousands, an acronym ``TIS`` in a title is not;
- the file host holds the cells' text formats as runs (a big ledger's memory), bounded as
  its values are.

docs/adopt.md, "Round 37: red team of the first merged rules (rt37)".
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from addin.adopt.currency import format_currency
from addin.adopt.finance import measure_in
from addin.adopt.units import header_unit
from addin.files.xml_parts import formatted_cells
from tests.adopt_sheets import adopt, book, finance_by_line, registers

MONTHS = [datetime(2026, m, 1) for m in (1, 2, 3, 4)]


def _tracker(
    path: Path,
    formats: list[str],
    title: str = "Core banking renewal - Actuals",
    other: dict[str, list[list[object]]] | None = None,
) -> Path:
    """Cost lines down (one per format), months across, each line shown in its format;
    ``other`` sheets (name -> rows) written after it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Actuals"
    ws["A1"] = title
    ws.cell(3, 1, "Cost line")
    for m, month in enumerate(MONTHS):
        ws.cell(3, 2 + m, month).number_format = "mmm yyyy"
    for r, fmt in enumerate(formats):
        ws.cell(4 + r, 1, f"Line {r + 1}")
        for m in range(len(MONTHS)):
            ws.cell(4 + r, 2 + m, 1000.0 * (r + 1) + m).number_format = fmt
    for name, rows in (other or {}).items():
        sheet = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(r, c, value)
    wb.save(path)
    return path


def test_one_foreign_line_in_its_format_is_no_project_currency(tmp_path: Path) -> None:
    """Eleven lines in ``#,##0`` and one subcontract's line in ``[$€-407]``: the euro is that
    line's, not the project's; all twelve in euros still name the euro."""
    one = adopt(_tracker(tmp_path / "one.xlsx", ["#,##0"] * 11 + ["[$€-407] #,##0"]))
    assert registers(one) == ["finance"]
    assert one.project.header.currency in (None, "")
    every = adopt(_tracker(tmp_path / "every.xlsx", ["[$€-407] #,##0"] * 12))
    assert every.project.header.currency == "EUR"
    assert finance_by_line(every)[(date(2026, 2, 1), "Line 12")].actual == 12001.0


def test_a_currency_stated_in_words_outvotes_a_templates_format(tmp_path: Path) -> None:
    """A template's ``"£"#,##0`` on the actuals; the budget sheet's title says EUR, or the
    summary's ``Total Budget (USD):``: the words are the project's currency. Without
    them the format still names it."""
    budget: list[list[object]] = [
        ["Core banking renewal - Budget (EUR)"],
        [],
        ["Cost line", *MONTHS],
        *[[f"Line {r}", 900.0, 900.0, 900.0, 900.0] for r in (1, 2, 3)],
    ]
    titled = adopt(_tracker(tmp_path / "t.xlsx", ['"£"#,##0'] * 3, other={"Budget": budget}))
    assert titled.project.header.currency == "EUR"
    summary: list[list[object]] = [["Project summary"], [], ["Total Budget (USD):", 2450000]]
    labelled = adopt(_tracker(tmp_path / "l.xlsx", ['"£"#,##0'] * 3, other={"Summary": summary}))
    assert labelled.project.header.currency == "USD"
    alone = adopt(_tracker(tmp_path / "a.xlsx", ['"£"#,##0'] * 3))
    assert alone.project.header.currency == "GBP"


def test_a_code_in_a_format_is_read_in_capitals() -> None:
    known = ["ALL", "TOP", "SGD", "GBP"]
    assert format_currency('#,##0 "all"', known) is None  # a word, no Albanian lek
    assert format_currency('0 "top"', known) is None
    assert format_currency('#,##0 "SGD"', known) == "SGD"
    assert format_currency('"£"#,##0', known) == "GBP"


def test_le_as_a_names_or_initials_capitals_is_no_estimate() -> None:
    assert measure_in("Budget tracker - reviewed by LE") == "budget"
    assert measure_in("Project cost report (owner: LE)") is None
    assert measure_in("Budget 2026 LE HAVRE office fit-out") == "budget"
    assert measure_in("Extension du terminal - LE HAVRE") is None
    # the latest estimate is still read where it is one
    assert measure_in("LE") == "forecast"
    assert measure_in("Gallery spend LE") == "forecast"
    assert measure_in("Museum wing - LBE (USD)") == "forecast"


def _team(first: str, heading: tuple[str, str], values: list[float]) -> list[list[object]]:
    months = ["Jan-26", "Feb-26", "Mar-26"]
    return [
        ["Team"],
        [],
        [heading[0]],
        [first, *months],
        ["Ana", *values],
        ["Ben", *[v / 2 for v in values]],
        [],
        [heading[1]],
        [first, *months],
        ["Ana", values[0] - 1, None, None],
        ["Ben", values[0] / 2, None, None],
    ]


def test_people_by_month_in_days_under_plan_and_actual_are_no_finance(tmp_path: Path) -> None:
    """``Name | Jan-26 | Feb-26`` holding 10, 12, 8 days under ``PLAN`` and ``ACTUAL`` on a
    ``Team`` sheet: a resource plan's blocks, no finance tracker. Cost lines of the same
    shape (``Line``) in amounts are still read as finance blocks."""
    days = adopt(
        book(tmp_path / "days.xlsx", "Team", _team("Name", ("PLAN", "ACTUAL"), [10, 12, 8]))
    )
    assert "finance" not in registers(days)
    money = adopt(
        book(
            tmp_path / "money.xlsx",
            "Team",
            _team("Line", ("BUDGET", "ACTUAL"), [1200.0, 1250.0, 1100.0]),
        )
    )
    assert registers(money) == ["finance", "finance"]
    assert finance_by_line(money)[(date(2026, 1, 1), "Ana")].actual == 1199.0


def test_an_acronym_in_capitals_is_no_thousands(tmp_path: Path) -> None:
    assert header_unit("TIS replacement - budget (EUR)") is None
    assert header_unit("Budget TYS upgrade") is None
    assert header_unit("v tis. Kč") == (1000.0, "v tis. Kč")
    assert header_unit("Kosten in TSD")[0] == 1000.0  # type: ignore[index]
    assert header_unit("Rozpočet v TIS Kč")[0] == 1000.0  # type: ignore[index]
    rows: list[list[object]] = [
        ["TIS replacement - budget (EUR)"],
        [],
        ["Cost line", *MONTHS[:3]],
        ["Licences", 1200.0, 1100.0, 1000.0],
        ["Services", 3400.0, 3000.0, 200.0],
        ["Hardware", 800.0, 750.0, 100.0],
    ]
    adoption = adopt(book(tmp_path / "tis.xlsx", "Costs", rows))
    assert registers(adoption) == ["finance"]
    assert finance_by_line(adoption)[(date(2026, 1, 1), "Licences")].budget == 1200.0
    rows[0] = ["Obnova - rozpočet (v tis. Kč)"]
    czech = adopt(book(tmp_path / "kc.xlsx", "Costs", rows))
    assert finance_by_line(czech)[(date(2026, 1, 1), "Licences")].budget == 1200000.0


def _sheet_xml(rows: int, cols: int, style_first: bool) -> bytes:
    cells = []
    for r in range(1, rows + 1):
        row = []
        for c in range(1, cols + 1):
            ref = f'r="{chr(64 + c)}{r}"'
            attrs = f's="1" {ref}' if style_first else f'{ref} s="1"'
            row.append(f"<c {attrs}><v>{r * c}</v></c>")
        cells.append(f'<row r="{r}">{"".join(row)}</row>')
    return (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(cells)}</sheetData></worksheet>"
    ).encode()


def test_text_formats_are_held_as_runs_and_bounded() -> None:
    """Every cell of a 2,000-row ledger in ``#,##0 "SGD"`` is read, in either attribute
    order, as few runs; cells beyond the host's bound are not."""
    code = '#,##0 "SGD"'
    for style_first in (False, True):
        formats = formatted_cells(_sheet_xml(2000, 4, style_first), {1: code})
        assert len(formats) == 8000
        assert formats[(1999, 4)] == code
        assert formats.get((2001, 1)) is None
        assert sorted(formats)[:2] == [(1, 1), (1, 2)]
        assert sum(len(runs) for runs in formats._runs.values()) == 4  # type: ignore[attr-defined]
    bounded = formatted_cells(_sheet_xml(50, 4, False), {1: code}, max_row=10, max_col=2)
    assert len(bounded) == 20
    assert (11, 1) not in bounded and (5, 3) not in bounded
