"""Round 35's second wave (task t38c): tuning on the seventy-fifth batch (finance trackers
of every shape, round 35's first-wave held-out, promoted).

- a measure's abbreviation standing alone UNDER a month written as a DATE cell (``Jan-26``
  as a date merged over ``Bud | Act | Fcst``) names the column's measure, as under a month
  written as text (round 32): ``Bud`` and ``Act`` were added into one budget
  (``finance.month_columns``);
- a grant's or public body's ``Expended`` (``Budgeted | Expended | Encumbered | Balance``)
  is the actual, and its ``Budget category`` the cost line; ``Encumbered`` (a commitment),
  ``Balance`` and ``Unexpended`` are none of them: a close spelling that is a synonym's
  word with a negating prefix (``Unexpended``, ``Uninvoiced``, ``Unbudgeted``) is its
  opposite, no typo (``match.negated``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from addin.adopt.detect import marks_under_dates
from addin.adopt.grid import Grid
from addin.adopt.match import candidates
from addin.host import CellValue, SheetGrid
from tests.adopt_sheets import adopt, book, finance_by_line, only, targets

JAN, FEB, MAR = (date(2026, m, 1) for m in range(1, 4))


def _months_over_marks(
    path: Path, marks: tuple[str, ...], months: list[object], merge: bool = True
) -> Path:
    """Month cells over a run of measure marks each, cost lines down."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Control"
    ws["A1"] = "Terminal works - cost control"
    ws["A2"] = "Values in EUR"
    ws.cell(4, 1, "Cost line")
    width = len(marks)
    for m, month in enumerate(months):
        c = 2 + width * m
        ws.cell(4, c, month)
        if merge:
            ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + width - 1)
        for k, mark in enumerate(marks):
            ws.cell(5, c + k, mark)
    for r, line in enumerate(["Cranes", "Paving", "Power"]):
        ws.cell(6 + r, 1, line)
        for m in range(len(months)):
            for k in range(width):
                ws.cell(6 + r, 2 + width * m + k, 1000.0 * (r + 1) + 100 * m + k)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("marks", "keys"),
    [
        (("Bud", "Act", "Fcst"), ("budget", "actual", "forecast")),
        (("BGT", "ACT", "FCT"), ("budget", "actual", "forecast")),
        (("Act", "Bud"), ("actual", "budget")),
        (("Bud.", "Act."), ("budget", "actual")),
    ],
)
def test_marks_under_month_date_cells_name_each_columns_measure(
    tmp_path: Path, marks: tuple[str, ...], keys: tuple[str, ...]
) -> None:
    months: list[object] = [datetime(2026, 1, 1), datetime(2026, 2, 1)]
    lines = finance_by_line(adopt(_months_over_marks(tmp_path / "m.xlsx", marks, months)))
    row = lines[(JAN, "Paving")]
    for k, key in enumerate(keys):
        assert getattr(row, key) == 2000.0 + k  # each column its own measure, none added
    assert lines[(FEB, "Power")].model_dump()[keys[0]] == 3100.0


@pytest.mark.parametrize(
    "marks", [("Bud", "Act"), ("Budget", "Actual"), ("Plan", "Actual", "Fcst")]
)
def test_marks_under_month_dates_typed_once_unmerged_read_the_same(
    tmp_path: Path, marks: tuple[str, ...]
) -> None:
    """A month DATE typed once over its measures, nothing merged (``Jan-26`` in B4 over
    ``Bud | Act`` in B5:C5, C4 empty): the marks' row is the header's second tier."""
    months: list[object] = [datetime(2026, 1, 1), datetime(2026, 2, 1), datetime(2026, 3, 1)]
    path = _months_over_marks(tmp_path / "m.xlsx", marks, months, merge=False)
    lines = finance_by_line(adopt(path))
    jan, mar = lines[(JAN, "Cranes")], lines[(MAR, "Power")]
    assert (jan.budget, jan.actual) == (1000.0, 1001.0)
    assert (mar.budget, mar.actual) == (3200.0, 3201.0)


def test_labels_under_dates_that_differ_per_run_are_no_tier() -> None:
    """Near-miss: under each date a different run of labels (two sites, then two others),
    or one label per date, is no repeated measure run."""
    rows: list[list[CellValue]] = [
        ["Line", datetime(2026, 1, 1), None, datetime(2026, 2, 1), None],
        [None, "Site A", "Site B", "Site C", "Site D"],
    ]
    grid = Grid(SheetGrid(name="Plan", rows=rows))
    assert not marks_under_dates(grid, 2, [2, 3, 4, 5])
    one: list[list[CellValue]] = [
        ["Line", datetime(2026, 1, 1), datetime(2026, 2, 1)],
        [None, "Bud", "Act"],
    ]
    single = Grid(SheetGrid(name="Plan", rows=one))
    assert not marks_under_dates(single, 2, [2, 3])


def test_act_beside_place_codes_under_month_dates_is_no_actual(tmp_path: Path) -> None:
    """Near-miss (round 21's red team): ``NSW | ACT`` under each month names territories,
    so ``ACT`` there is no Actual."""
    months: list[object] = [datetime(2026, 1, 1), datetime(2026, 2, 1)]
    path = _months_over_marks(tmp_path / "m.xlsx", ("NSW", "ACT"), months)
    for f in adopt(path).project.finance:
        assert f.actual is None


def test_place_codes_under_month_dates_are_no_measure(tmp_path: Path) -> None:
    """Near-miss: ``NSW | VIC`` under each month name places, not measures: never read as a
    measure (``ACT`` is a territory beside them, so the run is no marker row either)."""
    months: list[object] = [datetime(2026, 1, 1), datetime(2026, 2, 1)]
    path = _months_over_marks(tmp_path / "m.xlsx", ("NSW", "VIC"), months)
    adoption = adopt(path)
    for f in adoption.project.finance:
        assert f.actual is None and f.forecast is None


# --- a grant's expenditure report ----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Expended", "actual"),
        ("Amount expended", "actual"),
        ("Funds expended", "actual"),
        ("Expenditures", "actual"),
        ("Budget category", "cost_line"),
    ],
)
def test_grant_report_words_read(header: str, key: str) -> None:
    found = candidates(header, "finance")
    assert found and found[0].column_key == key and found[0].confidence >= 0.9


@pytest.mark.parametrize(
    "header", ["Unexpended", "Unexpended balance", "Encumbered", "Uninvoiced", "Unbudgeted"]
)
def test_what_is_left_or_committed_is_no_amount(header: str) -> None:
    """Near-miss: a measure word with a negating prefix is its opposite, no typo of it."""
    found = candidates(header, "finance")
    assert not found or found[0].column_key not in ("actual", "budget", "forecast")


def test_a_typo_of_expended_still_reads() -> None:
    found = candidates("Expnded", "finance")
    assert found and found[0].column_key == "actual"


@pytest.mark.parametrize(
    ("head", "sheet"),
    [
        (["Month", "Budget category", "Budgeted", "Expended", "Encumbered", "Balance"], "Report"),
        (["Budget category", "Month", "Budget", "Amount expended", "Unexpended"], "Grant"),
    ],
)
def test_a_grant_expenditure_report_reads_expended_as_the_actual(
    tmp_path: Path, head: list[str], sheet: str
) -> None:
    rows: list[list[object]] = [["Research grant - monthly expenditure (USD)"], [], head]
    month_at, cat_at = head.index("Month"), head.index("Budget category")
    for m, month in enumerate([datetime(2026, 2, 1), datetime(2026, 3, 1)]):
        for c, cat in enumerate(["Personnel", "Travel", "Supplies"]):
            row: list[object] = [None] * len(head)
            row[month_at], row[cat_at] = month, cat
            amounts = [5000.0 + 100 * c, 4000.0 + 100 * c + m, 300.0, 700.0 - m]
            free = [k for k in range(len(head)) if k not in (month_at, cat_at)]
            for k, amount in zip(free, amounts, strict=False):
                row[k] = amount
            rows.append(row)
    adoption = adopt(book(tmp_path / "grant.xlsx", sheet, rows))
    mapped = targets(only(adoption))
    assert mapped["Budget category"] == "cost_line"
    assert mapped[head[3]] == "actual"
    assert mapped[head[4]] is None  # the commitment or what is left: no actual
    line = finance_by_line(adoption)[(MAR, "Travel")]
    assert (line.budget, line.actual) == (5100.0, 4101.0)


def test_the_batchs_long_table_comments_are_notes_or_nothing(tmp_path: Path) -> None:
    """The truth mended (a writer's slip): a long table's ``Comment`` / ``Notes`` /
    ``Remarks`` is the standard Finance table's Notes or left out, as round 23's audit and
    round 29's lead ruled; the fact totals do not move."""
    import random
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from adopt_layouts_heldout75 import HELD_OUT_75

    notes = {"sg_lab_sheet_per_line": "E", "ie_bva_variance_cumulative": "G"}
    notes |= {"jp_plant_return_title_block": "F"}
    for n, layout in enumerate(HELD_OUT_75):
        if layout.name in notes:
            built = layout.build(tmp_path, random.Random(2026 * 1000 + n))
            for table in built.tables:
                assert table.columns[notes[layout.name]] == ("notes", None)
