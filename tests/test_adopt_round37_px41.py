"""Round 37 (task px41): px40's leftovers under a header wrapped over two rows.

- A bracketed unit alone under a label (``Fees`` over ``($)``) is the label's lower half:
  it joins the lower row's run of labels, and units under every upper label fold the rows
  (px40's rule, reverted for want of a scoring run, brought back).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.detect import _units_under_labels
from addin.adopt.grid import Grid
from addin.adopt.legacy_host import CalamineHost
from tests.adopt_sheets import adopt, book, finance_by_line, registers


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
