"""Round 36 (task px39): px38's leftovers under ``benchmarks/adopt_perturb.py --structural``.

A ledger export (``Period | Ledger | Account | Description | Amount``, one row per period,
ledger and account) with a blank spacer column after ``Ledger`` was not found at all: the
part left of the spacer, read alone, leans to reading ``Ledger`` as the cost line, the part
right of it names its line for certain (``Description``), and round 35's finance join refused
two parts that both read a line (two trackers side by side). When only one names its line
for certain and the joined table reads the line there, they are one tracker.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt.detect import _month_dates_under_blanks
from tests.adopt_sheets import adopt, book, finance_by_line, registers

ACCOUNTS = [("62100", "Dredging survey"), ("62400", "Quay fenders")]


def _export(left: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Port authority - Quay 4 - Ledger extract"],
        ["Fiscal year = calendar year; period = month. Ledger A = actual, B = budget."],
        [],
        [*left, None, "Account", "Description", "Amount"],
    ]
    for m in (1, 2):
        for i, (code, desc) in enumerate(ACCOUNTS):
            budget = 1000.0 * (i + 1) + m
            rows.append([f"2026/{m:03d}", "B", None, code, desc, f"{budget:,.2f}"])
            rows.append([f"2026/{m:03d}", "A", None, code, desc, f"{budget - 100:,.2f}"])
    return rows


def test_a_ledger_export_spaced_after_its_ledger_column_is_one_tracker(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "ledger.xlsx", "Export", _export(["Period", "Ledger"])))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 4
    row = lines[(date(2026, 2, 1), "Quay fenders")]
    assert (row.budget, row.actual) == (2002.0, 1902.0)


def test_near_miss_both_parts_naming_their_line_for_certain_stay_apart(tmp_path: Path) -> None:
    """Left of the spacer ``Period | Cost line``: each part names a line of its own for
    certain, two lists side by side; the export right of it is not joined to it, so no
    line is read with the left part's names."""
    adoption = adopt(book(tmp_path / "ledger.xlsx", "Export", _export(["Period", "Cost line"])))
    lines = finance_by_line(adoption)
    assert all(name not in ("A", "B") for _, name in lines)
    assert len(adoption.report.adopted_tables) <= 1


STAGES = [("Concept design", 40000, [4200, 8650, 1200]), ("Tender docs", 78000, [None, 9450, 700])]


def _fee_tracker(heads: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Aquaculture engineers - hatchery fees"],
        ["Fees invoiced, AUD excluding GST"],
        [],
        ["Fee", "Fee", None, None, None, "Total"],
        ["stage", "(ex GST)", *heads, "invoiced"],
    ]
    for name, fee, invoiced in STAGES:
        rows.append([name, fee, *invoiced, sum(v or 0 for v in invoiced)])
    return rows


def test_month_dates_under_a_blank_upper_row_are_a_wrapped_headers_axis(tmp_path: Path) -> None:
    """``Fee`` over ``stage``, ``Fee`` over ``(ex GST)``, the months' dates under nothing:
    the row of dates was taken for another row of a text table under ``Fee | Fee |
    Total`` and no table was found; it is the header's lower half."""
    months = [datetime(2026, m, 1) for m in (1, 2, 3)]
    adoption = adopt(book(tmp_path / "fees.xlsx", "Fee tracker", _fee_tracker(months)))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "Tender docs")].actual == 9450.0
    assert lines[(date(2026, 1, 1), "Concept design")].actual == 4200.0


def test_near_miss_dates_that_are_no_run_of_months_are_no_axis() -> None:
    """Dates a month apart, the same day, under blank cells are an axis; dates of other
    days or months skipped (a first item's milestone dates) are none."""
    cols = [3, 4, 5]
    blank: list[object] = [None, None, None]
    run = [datetime(2026, 1, 1), datetime(2026, 2, 1), datetime(2026, 3, 1)]
    assert _month_dates_under_blanks(cols, blank, run) == {3, 4, 5}
    items = [datetime(2026, 1, 3), datetime(2026, 2, 17), datetime(2026, 4, 9)]
    assert _month_dates_under_blanks(cols, blank, items) == set()
    assert _month_dates_under_blanks(cols, ["Jan", "Feb", "Mar"], run) == set()


def test_near_miss_a_row_of_dates_alone_over_a_plans_header_is_no_header(tmp_path: Path) -> None:
    """The months' dates written alone over ``Role | Function | Month 1 | ..`` (nothing
    labelled beside them, a title above): the labelled row under them is still the header,
    and the plan's roles are read, not a table headed by the dates."""
    months = [datetime(2026, m, 1) for m in (3, 4, 5, 6)]
    rows: list[list[object]] = [
        ["Quarry extension - resource requirement (FTE)"],
        [],
        [None, None, *months],
        ["Role", "Function", "Month 1", "Month 2", "Month 3", "Month 4"],
        ["Blasting engineer", "Operations", 0.5, 1, 0.5, 0.2],
        ["Site supervisor", "Operations", 0.5, 0.5, 0.5, 0.2],
        ["Geotechnical engineer", "Engineering", 1, 0.5, 1, 1],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Resourcing", rows))
    assert registers(adoption) == ["resources"]
    (table,) = adoption.report.adopted_tables
    assert table.header_row == 4
