"""Round 17 of issue 15: a pivot table pasted as values (``addin/adopt/pivots.py``), tried on
shapes written for these tests (none is a benchmark layout), negative cases included.

Excel's compact form (its default) writes the row labels in one column: the cost lines with
their months indented under each (or the months with the lines under each), each outer row
holding the sum of the rows under it, ``Grand Total`` last and as the last column, the
report filters above (``Year | 2025``). Each line's month is one Finance line; the outline's
subtotals and totals are listed, never counted; a pivot of counts, or of prices, is no
finance table.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, only, targets

from addin.adopt.match import normalise_header
from addin.adopt.pivots import compact_rows, is_caption, is_total

# --- the compact form, lines outer -----------------------------------------------------------


def _lines_outer(filter_label: str = "Year", year: object = 2025) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Programme", "Coastal Defences"],
        [filter_label, year],
        [],
        ["Row Labels", "Sum of Budget", "Sum of Actual", "Grand Total"],
    ]
    lines = {
        "Groundworks": [(1200.0, 1100.0), (1300.0, 1350.5), (900.0, 950.0)],
        "Survey fees": [(400.0, 380.0), (400.0, 420.0), (450.0, 410.0)],
    }
    grand = [0.0, 0.0]
    for line, months in lines.items():
        budget = sum(b for b, _ in months)
        actual = sum(a for _, a in months)
        rows.append([line, budget, actual, budget + actual])
        for name, (b, a) in zip(("Jan", "Feb", "Mar"), months, strict=True):
            rows.append([name, b, a, b + a])
        grand = [grand[0] + budget, grand[1] + actual]
    rows.append(["Grand Total", grand[0], grand[1], sum(grand)])
    return rows


def test_a_compact_pivot_of_lines_by_month_is_finance(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "pivot.xlsx", "Sheet1", _lines_outer()))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Sum of Budget"] == "budget"
    assert targets(table)["Sum of Actual"] == "actual"
    assert targets(table)["Grand Total"] is None
    lines = adoption.project.finance
    assert len(lines) == 6  # two lines x three months: no subtotal, no grand total
    got = {(f.cost_line, f.month): (f.budget, f.actual) for f in lines}
    assert got[("Groundworks", date(2025, 2, 1))] == (1300.0, 1350.5)
    assert got[("Survey fees", date(2025, 3, 1))] == (450.0, 410.0)
    skipped = {issue.row: issue.reason for issue in table.skipped_rows}
    assert "subtotal of 'Groundworks'" in skipped[5]
    assert "Grand Total" in skipped[len(_lines_outer())]
    assert any("read in 2025: the report filter" in n for n in table.notes)


def test_the_year_from_a_localised_filter_and_the_title(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "jahr.xlsx", "Pivot", _lines_outer("Jahre", 2027)))
    assert {f.month.year for f in adoption.project.finance if f.month} == {2027}
    # no filter: the title's year
    rows = _lines_outer()
    rows[1] = ["Budget 2024 by cost line"]
    rows[0] = []
    adoption = adopt(book(tmp_path / "title.xlsx", "Pivot", rows))
    assert {f.month.year for f in adoption.project.finance if f.month} == {2024}


# --- the compact form, months outer, with dated months and localised captions ----------------


def test_months_outer_with_the_lines_under_each(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Zeilenbeschriftungen", "Summe von Budget", "Summe von Ist"],
        ["Jan 2026", 300.0, 290.0],
        ["Hardware", 100.0, 90.0],
        ["Lizenzen", 200.0, 200.0],
        ["Feb 2026", 330.0, 340.0],
        ["Hardware", 110.0, 120.0],
        ["Lizenzen", 220.0, 220.0],
        ["Gesamtergebnis", 630.0, 630.0],
    ]
    adoption = adopt(book(tmp_path / "de.xlsx", "Kosten", rows))
    table = only(adoption)
    assert table.register == "finance"
    got = {(f.cost_line, f.month): (f.budget, f.actual) for f in adoption.project.finance}
    assert got == {
        ("Hardware", date(2026, 1, 1)): (100.0, 90.0),
        ("Lizenzen", date(2026, 1, 1)): (200.0, 200.0),
        ("Hardware", date(2026, 2, 1)): (110.0, 120.0),
        ("Lizenzen", date(2026, 2, 1)): (220.0, 220.0),
    }
    assert any("months with their cost lines under each" in n for n in table.notes)


def test_a_blank_item_is_a_line_without_a_name(tmp_path: Path) -> None:
    rows = _lines_outer()
    assert rows[8][0] == "Survey fees"
    rows[8] = ["(blank)", *rows[8][1:]]
    adoption = adopt(book(tmp_path / "blank.xlsx", "Pivot", rows))
    lines = [f.cost_line for f in adoption.project.finance]
    assert "(blank)" not in lines
    assert lines.count("Groundworks") == 3
    assert lines.count(None) == 3  # the source rows had no cost line: none is made up


# --- the words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["Sum of Budget", "Summe von Budget", "Somme de Budget", "Suma de Budget", "Sum - Budget"],
)
def test_a_summed_field_in_other_languages_is_the_field(header: str) -> None:
    assert normalise_header(header)[0] == "budget"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Grand Total", True),
        ("Design fees Total", True),
        ("Gesamtergebnis", True),
        ("Total général", True),
        ("Total Result", True),
        ("Total cost of works", False),
        ("Totals and fees", False),
    ],
)
def test_total_labels(text: str, total: bool) -> None:
    assert is_total(text) is total


def test_captions() -> None:
    assert is_caption("Row Labels") and is_caption("Étiquettes de lignes")
    assert not is_caption("Row") and not is_caption("Cost line")


# --- negatives ----------------------------------------------------------------------------------


def test_a_pivot_of_counts_of_risks_by_status_is_no_finance(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Count of Risk ID", "Column Labels"],
        ["Row Labels", "High", "Low", "Grand Total"],
        ["Open", 3, 2, 5],
        ["Jan", 1, 1, 2],
        ["Feb", 2, 1, 3],
        ["Closed", 1, 4, 5],
        ["Jan", 1, 2, 3],
        ["Feb", 0, 2, 2],
        ["Grand Total", 4, 6, 10],
    ]
    adoption = adopt(book(tmp_path / "counts.xlsx", "Pivot", rows))
    assert adoption.project.finance == []
    assert not [t for t in adoption.report.adopted_tables if t.register == "finance"]


def test_a_price_list_in_compact_form_is_no_budget(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Row Labels", "Average of Unit price", "Max of Unit price"],
        ["Cement 25kg", 6.1, 6.4],
        ["Jan", 6.0, 6.2],
        ["Feb", 6.2, 6.4],
        ["Sand 1t", 41.0, 44.0],
        ["Jan", 40.0, 42.0],
        ["Feb", 42.0, 44.0],
    ]
    adoption = adopt(book(tmp_path / "prices.xlsx", "Prices", rows))
    assert adoption.project.finance == []


def _block(tmp_path: Path, rows: list[list[object]]) -> tuple[object, object]:
    from addin.adopt.detect import find_tables
    from addin.adopt.grid import Grid
    from addin.adopt.legacy_host import CalamineHost

    path = book(tmp_path / "b.xlsx", "S", rows)
    grid = Grid(CalamineHost(path).read_sheet("S"))
    (block,) = find_tables(grid)
    return block, grid


def test_no_outline_without_lines_and_months_by_turns(tmp_path: Path) -> None:
    months_only = [["Month", "Budget", "Actual"], *[[m, 10.0, 9.0] for m in ("Jan", "Feb", "Mar")]]
    lines_only = [
        ["Cost line", "Budget", "Actual"],
        ["March works", 10.0, 9.0],
        ["Design", 5.0, 5.0],
        ["May Street lights", 3.0, 2.0],
    ]
    # an outer row with no inner row under it: a list, not an outline
    broken = [
        ["Row Labels", "Budget", "Actual"],
        ["Design", 20.0, 18.0],
        ["Jan", 10.0, 9.0],
        ["Feb", 10.0, 9.0],
        ["Build", 5.0, 5.0],
        ["Test", 3.0, 2.0],
        ["Jan", 3.0, 2.0],
    ]
    shapes: list[list[list[object]]] = [months_only, lines_only, broken]
    for rows in shapes:
        block, grid = _block(tmp_path, rows)
        assert compact_rows(block, grid) is None, rows[1]  # type: ignore[arg-type]


# --- the outline and tabular forms: the labels in two columns ---------------------------------


def _two_columns(tabular: bool) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Years", 2026],
        [],
        ["Cost line", "Month", "Sum of Budget", "Sum of Actual"],
    ]
    for line, figures in (
        ("Design", [(100.0, 90.0), (110.0, 100.0), (120.0, 130.0)]),
        ("Build", [(200.0, 210.0), (220.0, 200.0), (240.0, 250.0)]),
    ):
        budget, actual = sum(b for b, _ in figures), sum(a for _, a in figures)
        if not tabular:
            rows.append([line, None, budget, actual])
        for n, (month, (b, a)) in enumerate(zip(("Jan", "Feb", "Mar"), figures, strict=True)):
            rows.append([line if tabular and n == 0 else None, month, b, a])
        if tabular:
            rows.append([f"{line} Total", None, budget, actual])
    rows.append(["Grand Total", None, 990.0, 980.0])
    return rows


@pytest.mark.parametrize("tabular", [False, True])
def test_the_outline_and_tabular_forms(tmp_path: Path, tabular: bool) -> None:
    adoption = adopt(book(tmp_path / "two.xlsx", "Pivot", _two_columns(tabular)))
    table = only(adoption)
    assert targets(table) == {
        "Cost line": "cost_line",
        "Month": "month",
        "Sum of Budget": "budget",
        "Sum of Actual": "actual",
    }
    got = {(f.cost_line, f.month): (f.budget, f.actual) for f in adoption.project.finance}
    assert len(got) == 6
    assert got[("Build", date(2026, 3, 1))] == (240.0, 250.0)
    reasons = [issue.reason for issue in table.skipped_rows]
    assert sum("not counted" in r for r in reasons) == 3  # two subtotals and the grand total


def test_a_long_table_with_other_columns_is_read_as_before(tmp_path: Path) -> None:
    # a line written once over its months, but with a notes column: no pivot (a pivot holds
    # only its labels and figures); the long path reads it, ISO months and notes kept
    rows: list[list[object]] = [
        ["Cost line", "Month", "Budget", "Actual", "Comments"],
        ["Design", "2026-01", 100.0, 90.0, "on plan"],
        [None, "2026-02", 110.0, 100.0, None],
        ["Build", "2026-01", 200.0, 210.0, "late invoice"],
        [None, "2026-02", 220.0, 200.0, None],
    ]
    adoption = adopt(book(tmp_path / "long.xlsx", "Budget", rows))
    table = only(adoption)
    assert not any("pivot" in note for note in table.notes)
    assert all(c.method != "pivot rows" for c in table.columns)
