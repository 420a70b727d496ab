"""Round 21 (issue 15): finance trackers' mechanisms, each on a small workbook of our own
plus a near-miss the rule must not take."""

from __future__ import annotations

from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field, only, targets

from addin.adopt.units import header_unit


@pytest.mark.parametrize(
    ("title", "factor"),
    [
        ("Belopp i 1000 kr", 1000.0),  # Swedish: the multiple written as a number
        ("Amounts in 1 000 EUR", 1000.0),
        ("Kosten (1.000 €)", 1000.0),
        ("Figures in 1000", 1000.0),
        ("Cost plan (1000)", 1000.0),
        ("Beträge 1'000'000 CHF", 1e6),
    ],
)
def test_a_multiple_written_as_a_number_before_the_currency_is_a_unit(
    title: str, factor: float
) -> None:
    read = header_unit(title)
    assert read is not None and read[0] == factor


@pytest.mark.parametrize(
    "title",
    [
        "Grant 1000.50 EUR",  # a figure, not a multiple
        "Cost 21000 EUR",
        "Items over 10000 kr",
        "Phase 1000 Budget",  # a number that is no unit (no currency, no brackets)
        "Budget 2026",
    ],
)
def test_a_figure_beside_a_currency_is_no_unit(title: str) -> None:
    assert header_unit(title) is None


# ---------------------------------------------------------------------------------------
# A months-down tracker's grand total row does not stop its category naming the lines
# ---------------------------------------------------------------------------------------


def _months_down(path: Path, groups: list[str], total: bool) -> Path:
    rows: list[list[object]] = [["Depot upgrade - spend tracker"], []]
    rows.append(["Period", "Cost Category", "Budget", "Actual", "Remarks"])
    for month in ("Jan 2026", "Feb 2026"):
        for k, group in enumerate(groups):
            rows.append([month, group, 1000.0 * (k + 1), 900.0 * (k + 1), None])
        rows.append([])  # a blank row between the months
    if total:
        rows.append(["Grand Total", None, 12000.0, 10800.0, None])
    return book(path, "Spend", rows)


def test_a_category_that_tells_each_months_rows_apart_is_the_line(tmp_path: Path) -> None:
    adoption = adopt(
        _months_down(tmp_path / "t.xlsx", ["Hardware", "Contractors", "Facilities"], total=True)
    )
    assert targets(only(adoption))["Cost Category"] == "cost_line"
    assert field(adoption, "finance", "cost_line") == ["Hardware", "Contractors", "Facilities"] * 2
    assert any(r.reason.startswith("total row") for r in only(adoption).skipped_rows)


def test_a_category_repeated_within_a_month_is_not_the_line(tmp_path: Path) -> None:
    # two Hardware rows in one month: the category does not tell them apart, so it stays a
    # category (its rows are not merged under one line)
    adoption = adopt(
        _months_down(tmp_path / "n.xlsx", ["Hardware", "Hardware", "Facilities"], total=True)
    )
    assert targets(only(adoption))["Cost Category"] == "category"
    assert field(adoption, "finance", "cost_line") == [None] * 6


# ---------------------------------------------------------------------------------------
# Months down, lines across under measure groups (``Plan`` / ``Spent`` merged over them)
# ---------------------------------------------------------------------------------------


def _groups_over_lines(path: Path, groups: tuple[str, str]) -> Path:
    from datetime import date

    lines = ["Signage", "Lighting", "Paving"]
    rows: list[list[object]] = [["Harbour promenade - profile by month"], []]
    rows.append([None, groups[0], None, None, groups[1]])
    rows.append(["Period", *lines, *lines])
    for m in range(5):  # five months planned, two spent so far
        planned = [100.0 * (k + 1) + m for k in range(3)]
        spent = [90.0 * (k + 1) + m for k in range(3)] if m < 2 else []
        rows.append([date(2026, 4 + m, 1), *planned, *spent])
    # neither the sheet nor the title names money: the groups must
    return book(path, "Profile", rows, merged=("B3:D3", "E3:G3"))


def test_measure_groups_over_lines_read_each_lines_measures(tmp_path: Path) -> None:
    adoption = adopt(_groups_over_lines(tmp_path / "g.xlsx", ("Plan", "Spent")))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Period"] == "month"  # the sub-row's label of the first column
    items = {(i.month.isoformat(), i.cost_line): i for i in adoption.project.finance}
    assert len(items) == 15  # five months of three lines
    april = items[("2026-04-01", "Lighting")]
    assert (april.budget, april.actual) == (200.0, 180.0)
    assert items[("2026-08-01", "Paving")].actual is None  # not spent yet: no actual


def test_groups_that_are_no_measures_name_no_tracker(tmp_path: Path) -> None:
    # ``North`` / ``South`` over the lines: places, not measures; nothing says finance
    adoption = adopt(_groups_over_lines(tmp_path / "n.xlsx", ("North", "South")))
    assert adoption.report.adopted_tables == []
    assert [t.register for t in adoption.report.tables] == [None]  # listed, not adopted
    assert adoption.project.finance == []


# ---------------------------------------------------------------------------------------
# Coded lines over measure rows with a TOTAL row; Latin American public-finance measures
# ---------------------------------------------------------------------------------------


def _coded_measure_rows(path: Path, blank_names_below: bool) -> Path:
    rows: list[list[object]] = [["Ejecución presupuestaria 2026"], []]
    rows.append(["Código", "Descripción", "Concepto", "Enero", "Febrero", "Marzo"])
    lines = [("530201", "Transporte de personal"), ("840107", "Equipos informáticos")]
    lines += [("730402", "Mantenimiento de edificios")]
    for k, (code, name) in enumerate(lines):
        base = 1000.0 * (k + 1)
        rows.append([code, name, "Codificado", base, base + 10, base + 20])
        below = [None, None] if blank_names_below else [code, name]
        rows.append([*below, "Devengado", base - 100, base - 90, None])
    rows.append(["TOTAL", None, "Codificado", 6000.0, 6030.0, 6060.0])
    return book(path, "Ejecución", rows)


def test_coded_lines_with_a_total_row_are_named_and_the_total_is_left_out(
    tmp_path: Path,
) -> None:
    adoption = adopt(_coded_measure_rows(tmp_path / "c.xlsx", blank_names_below=False))
    table = only(adoption)
    assert targets(table)["Descripción"] == "cost_line"  # the names, not the codes
    items = {(i.month.month, i.cost_line): i for i in adoption.project.finance}
    last = items[(1, "Mantenimiento de edificios")]
    # Codificado is the budget, Devengado the actual; the TOTAL's 6000 is added to no line
    assert (last.budget, last.actual) == (3000.0, 2900.0)
    assert any(r.reason == "total row" for r in table.skipped_rows)


def test_a_line_written_once_over_its_measure_rows_is_still_carried(tmp_path: Path) -> None:
    # near-miss: the Devengado rows' blank line cells are the line above's (no total there)
    adoption = adopt(_coded_measure_rows(tmp_path / "b.xlsx", blank_names_below=True))
    items = {(i.month.month, i.cost_line): i for i in adoption.project.finance}
    first = items[(2, "Transporte de personal")]
    assert (first.budget, first.actual) == (1010.0, 910.0)
    assert items[(1, "Mantenimiento de edificios")].budget == 3000.0


# ---------------------------------------------------------------------------------------
# A planning tool's ACT / FCST marker over each month
# ---------------------------------------------------------------------------------------


def _marked_months(
    path: Path, marks: list[str], title: str = "Quarry extension - cost outturn"
) -> Path:
    from datetime import date

    rows: list[list[object]] = [[title], [None, *marks]]
    rows.append(["Account", *[date(2026, m, 1) for m in (7, 8, 9, 10)]])
    rows.append(["Haul road", 10.0, 20.0, 30.0, 40.0])
    rows.append(["Crusher", 5.0, 6.0, 7.0, 8.0])
    return book(path, "Outturn", rows)


def test_an_act_marker_over_a_month_makes_its_amounts_actuals(tmp_path: Path) -> None:
    adoption = adopt(_marked_months(tmp_path / "m.xlsx", ["ACT", "ACT", "FCST", "FCST"]))
    items = {(i.month.month, i.cost_line): i for i in adoption.project.finance}
    assert (items[(8, "Haul road")].actual, items[(8, "Haul road")].forecast) == (20.0, None)
    assert (items[(9, "Crusher")].actual, items[(9, "Crusher")].forecast) == (None, 7.0)


@pytest.mark.parametrize(
    ("text", "measure"),
    [("ACT", "actual"), ("Act.", "actual"), ("BUD", "budget"), ("Procurement Act", None)],
)
def test_act_is_actual_only_standing_alone(text: str, measure: str | None) -> None:
    from addin.adopt.finance import measure_mark

    # (red team of round 21: read as a marker over a month only, by measure_mark)
    assert measure_mark(text) == measure  # a law's name in a title is no measure


def test_a_capital_outturn_title_makes_every_line_capex(tmp_path: Path) -> None:
    title = "Quarry extension - Capital Outturn 2026/27"
    path = _marked_months(tmp_path / "c.xlsx", ["ACT", "ACT", "FCST", "FCST"], title)
    adoption = adopt(path)
    assert {i.capex_opex for i in adoption.project.finance} == {"CapEx"}


def test_a_working_capital_outturn_is_no_capex(tmp_path: Path) -> None:
    # near-miss: working capital is no capital spend
    title = "Quarry extension - Working Capital Outturn 2026/27"
    path = _marked_months(tmp_path / "w.xlsx", ["ACT", "ACT", "FCST", "FCST"], title)
    adoption = adopt(path)
    assert {i.capex_opex for i in adoption.project.finance} == {None}
