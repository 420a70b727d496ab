"""Round 20 (issue 15): trackers a ninth tuning batch showed adoption misreading.

- a finance block's own heading (``Budget`` over one block, ``Actual spend`` over the block
  beside it, on one row) names its measure, before the title above both;
- calendar week numbers (``W10``, ``Wk 15``, ``KW 3``, ``2026-W15``) are period columns,
  the ISO weeks of the year the title or the label states; a project's own week count
  (``Wk 1`` .. with no calendar mark) and weeks with no year are not read;
- a plan's hours-to-days equation is read either way round (``8 h = 1 day``,
  ``20 days = 1 FTE``);
- a status report's ``Reporting period end`` is its report date.

Every workbook is written for this test (none is a benchmark layout); each mechanism has a
near miss it must not take."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book

from addin.adopt.detect import TableBlock
from addin.adopt.finance import measure_in
from addin.adopt.finance_blocks import heading_over_block
from addin.adopt.resources import stated_conversion
from addin.adopt.weeks import monday_of, week_label, week_mondays

M = ["Jan-26", "Feb-26", "Mar-26"]
JAN, FEB, MAR, APR = (date(2026, m, 1) for m in (1, 2, 3, 4))


# --- a block's own heading -------------------------------------------------------------


def _side_by_side(left_heading: list[object]) -> list[list[object]]:
    """A Budget block and an Actual block side by side under one title naming both."""
    return [
        ["Depot electrification - budget versus actual spend 2026 (GBP)"],
        [],
        [*left_heading, None, None, None, "Actual spend"],
        ["Cost centre", *M, None, "Cost centre", *M],
        ["Chargers", 500, 500, 400, None, "Chargers", 450, 520, None],
        ["Grid connection", 1200, 0, 300, None, "Grid connection", 1100, 0, None],
    ]


def _by_line(path: Path) -> dict[tuple[date | None, str | None], tuple[object, object]]:
    adoption = adopt(path)
    return {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}


def test_side_by_side_blocks_take_their_own_headings(tmp_path: Path) -> None:
    lines = _by_line(book(tmp_path / "bva.xlsx", "Depot", _side_by_side(["Budget"])))
    assert lines[(JAN, "Chargers")] == (500.0, 450.0)
    assert lines[(FEB, "Chargers")] == (500.0, 520.0)
    assert lines[(MAR, "Chargers")] == (400.0, None)
    assert lines[(JAN, "Grid connection")] == (1200.0, 1100.0)
    assert len(lines) == 6  # one line per month and cost line, never one per block


def test_a_heading_row_holding_more_than_the_measure_names_no_block(tmp_path: Path) -> None:
    """Near miss: over the left block the row holds `Budget` AND a note: no lone heading, so
    the title's words decide (as before round 20), never the note's row."""
    plain = _side_by_side(["Budget", "approved by the board on 12 January"])
    heading = heading_over_block(_block(plain, 1, 4), measure_in)
    assert heading is None


def _block(rows: list[list[object]], first_col: int, last_col: int) -> TableBlock:
    """The table whose header is row 4, over the given columns, with the texts above it."""
    preamble = [
        (r, c, str(v))
        for r, row in enumerate(rows[:3], start=1)
        for c, v in enumerate(row, start=1)
        if isinstance(v, str) and first_col <= c <= last_col
    ]
    return TableBlock("Depot", 4, first_col, last_col, 5, 6, [], preamble=preamble)


def test_the_heading_is_the_nearest_row_and_must_be_near() -> None:
    rows: list[list[object]] = [["Forecast"], [], [], ["Cost centre", *M]]
    block = TableBlock("S", 5, 1, 4, 6, 8, [], preamble=[(1, 1, "Forecast")])
    assert heading_over_block(block, measure_in) is None  # four rows up: a title, not a heading
    near = TableBlock("S", 4, 1, 4, 5, 7, [], preamble=[(1, 1, "Title"), (3, 1, "Forecast")])
    assert heading_over_block(near, measure_in) == ("forecast", "Forecast", 3)
    assert rows  # the rows the blocks stand for


# --- calendar week numbers -------------------------------------------------------------


def test_week_labels_in_every_calendar_form() -> None:
    assert week_label("Wk 15") == (15, None, False)
    assert week_label("W10") == (10, None, False)
    assert week_label("KW 3") == (3, None, True)
    assert week_label("2026-W15") == (15, 2026, True)
    assert week_label("Week 15 2026") == (15, 2026, True)
    assert week_label("Week 15") is None  # spelt out without its year: a project's week
    assert week_label("W54") is None
    assert week_label("Wales") is None
    assert monday_of(2026, 15) == date(2026, 4, 6)
    assert monday_of(2026, 53) == date(2026, 12, 28)  # 2026 starts on a Thursday: 53 weeks
    assert monday_of(2025, 53) is None  # 2025 has 52 ISO weeks


def _weekly(title: str, labels: list[str]) -> list[list[object]]:
    return [
        [title],
        [],
        ["Role", "Name", *labels, "Total"],
        ["Surveyor", "Ines Marques", 2, 3, 1, 2, 4, 1, 13],
        ["Engineer", "Kofi Mensah", 5, 5, 5, 5, 5, 0, 25],
    ]


def test_week_numbers_are_iso_weeks_of_the_titles_year(tmp_path: Path) -> None:
    labels = ["W10", "W11", "W12", "W13", "W14", "W15"]  # W10-W14 start in March, W15 in April
    rows = _weekly("Depot survey bookings 2026 (days)", labels)
    adoption = adopt(book(tmp_path / "weeks.xlsx", "Bookings", rows))
    got = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert got == {
        ("Ines Marques", MAR): 12.0,
        ("Ines Marques", APR): 1.0,
        ("Kofi Mensah", MAR): 25.0,
    }
    (table,) = adoption.report.adopted_tables
    assert any("ISO weeks of 2026" in n for n in table.notes)


def test_a_calendar_mark_reads_a_run_from_week_one(tmp_path: Path) -> None:
    labels = ["KW 1", "KW 2", "KW 3", "KW 4", "KW 5", "KW 6"]  # Monday 29 Dec 2025 is KW 1
    rows = _weekly("Einsatzplanung 2026 (days)", labels)
    adoption = adopt(book(tmp_path / "kw.xlsx", "Plan", rows))
    months = {(r.person, r.month) for r in adoption.project.resources}
    assert ("Ines Marques", date(2025, 12, 1)) in months  # KW 1's Monday is in December
    assert ("Ines Marques", date(2026, 2, 1)) in months  # KW 6 starts Monday 2 February


def test_a_projects_own_week_count_is_not_read_as_calendar_weeks(tmp_path: Path) -> None:
    """Near miss: `Wk 1` .. `Wk 6` of a plan titled with its year are the project's weeks
    (week 1 of the work), not January's: no period is read, and the report says why."""
    labels = ["Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6"]
    rows = _weekly("Depot survey bookings 2026 (days)", labels)
    adoption = adopt(book(tmp_path / "own.xlsx", "Bookings", rows))
    assert adoption.project.resources == []
    notes = [n for t in adoption.report.tables for n in t.notes] + [
        t.reason for t in adoption.report.tables
    ]
    assert any("project's own week count" in n for n in notes)


def test_week_numbers_without_a_year_are_never_guessed() -> None:
    mondays, note = week_mondays({4: "Wk 15", 5: "Wk 16", 6: "Wk 17"}, None, ["Bookings"])
    assert mondays == {}
    assert note is not None and "never guessed" in note
    mondays, _ = week_mondays({4: "Wk 15", 5: "Wk 16"}, 2027, ["Bookings 2027"])
    assert mondays == {4: date(2027, 4, 12), 5: date(2027, 4, 19)}


# --- the hours-to-days equation either way round ---------------------------------------


def test_a_conversion_written_either_way_round() -> None:
    hours = stated_conversion(["Bookings (7.5 h = 1 day)"], weeks=True)
    assert hours is not None and hours[0] == "hours" and abs(hours[1] - 1 / 7.5) < 1e-9
    assert stated_conversion(["Allocation - 18 days = 1 FTE"], weeks=False) == (
        "FTE",
        18.0,
        "18 days = 1 FTE",
    )
    assert stated_conversion(["8 h = 1 shift"], weeks=True) is None  # no day, no conversion
    assert stated_conversion(["18 days = 1 FTE"], weeks=True) is None  # a month's FTE by week


# --- the report date -------------------------------------------------------------------


def _status(label: str) -> list[list[object]]:
    return [
        ["Monthly status"],
        ["Project", "Harbour wall repair"],
        [label, date(2026, 4, 30)],
        [],
        ["Milestone", "Baseline", "Forecast", "Status"],
        ["Piles driven", date(2026, 3, 2), date(2026, 3, 9), "Complete"],
        ["Wall capped", date(2026, 5, 4), date(2026, 5, 25), "At Risk"],
        ["Handover", date(2026, 7, 1), date(2026, 7, 1), "Not Started"],
    ]


def test_a_reporting_period_end_is_the_report_date(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "status.xlsx", "Status", _status("Reporting period end")))
    assert adoption.project.header.report_date == date(2026, 4, 30)


def test_a_period_start_is_no_report_date(tmp_path: Path) -> None:
    """Near miss: the period's START is not the date the report stands at."""
    adoption = adopt(book(tmp_path / "start.xlsx", "Status", _status("Reporting period start")))
    assert adoption.project.header.report_date is None


def test_a_weekly_cost_sheet_by_week_number_adds_its_weeks_into_months(tmp_path: Path) -> None:
    """The same reading for money: a site's weekly actuals under `Wk 10` .. `Wk 15` of the
    year in the title add up into March (weeks 10-14 start in March) and April (week 15)."""
    rows: list[list[object]] = [
        ["Quarry access road - weekly actual costs 2026 (GBP)"],
        [],
        ["Cost line", "Wk 10", "Wk 11", "Wk 12", "Wk 13", "Wk 14", "Wk 15"],
        ["Plant hire", 1000, 1000, 1200, 800, 500, 700],
        ["Aggregates", 300, 0, 450, 0, 250, 100],
    ]
    adoption = adopt(book(tmp_path / "weekly.xlsx", "Weekly costs", rows))
    got = {(f.month, f.cost_line): f.actual for f in adoption.project.finance}
    assert got[(MAR, "Plant hire")] == 4500.0
    assert got[(APR, "Plant hire")] == 700.0
    assert got[(MAR, "Aggregates")] == 1000.0
    assert got[(APR, "Aggregates")] == 100.0


# --- percentages written with their sign ------------------------------------------------


def _shares(title: str) -> list[list[object]]:
    return [
        [title],
        [],
        ["Name", "Role", "Jan-26", "Feb-26", "Mar-26"],
        ["Wanjiru Kamau", "Scrum master", "50%", "50%", "25%"],
        ["Tomasz Nowak", "Tester", "100%", "100%", "0%"],
    ]


def test_an_allocation_written_as_percent_text_is_a_share_of_time(tmp_path: Path) -> None:
    """`50%` as text (a CSV export, a typed cell) is half a person's month, as a cell
    formatted 50 % is: read as FTE, in days by the readings' working days."""
    adoption = adopt(book(tmp_path / "alloc.xlsx", "Plan", _shares("Team allocation 2026")))
    got = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert got[("Wanjiru Kamau", JAN)] == 11.0  # half of January's 22 weekdays
    assert got[("Tomasz Nowak", FEB)] == 20.0  # all of February's 20
    assert ("Tomasz Nowak", MAR) not in got  # 0% plans nothing
    assert len(got) == 5


def test_percentages_by_person_that_say_no_effort_are_no_plan(tmp_path: Path) -> None:
    """Near miss: service levels by person and month (`95%`) under a title naming no
    effort, allocation or resource: no resource plan."""
    rows = _shares("Service level achieved 2026")
    adoption = adopt(book(tmp_path / "sla.xlsx", "SLA", rows))
    assert adoption.project.resources == []
