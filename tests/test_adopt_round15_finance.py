"""Round 15 of issue 15: finance trackers and resource plans, each mechanism tried on shapes
written for these tests (none is a benchmark layout), negative cases included:

1. **variances beside the measures**: a budget-vs-actual report's ``over Budget``, ``% of
   Budget``, ``Variance``, ``Under/(Over) Budget`` columns are no measure (before, ``over
   Budget`` was added to the month's budget);
2. **currency prefixes of more countries**: ``R 1 250 000`` (rand), ``Rs. 12,500`` (rupee),
   ``KSh 12,000`` (Kenyan shilling), ``kr 1 250``, ``S/ 1,200`` are amounts;
3. **the unnamed cost line**: no header names the line, the first column of codes gives way
   to the names after it, and the report names the column it reads;
4. **priced resource plans**: a day rate and fees beside the days (a statement of work)
   leave the plan a plan;
5. **FTE and hours read in days by the value readings** ``fte_days`` and ``hours_per_day``
   (stated, warned while they are the defaults; a PMO's number is used as it is);
6. **a post beats a grade** as the role.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, column, only, targets

from addin.adopt import adopt_file
from addin.adopt.amounts import currency_in, parse_amount
from addin.adopt.finance import derived_figure
from addin.adopt.readings import ValueReadings
from addin.adopt.resources import hours_of_a_day, weekdays_in
from addin.errors import UsageError
from addin.standards import default_standards

# --- 1. variances beside the measures -------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "over Budget",
        "Jan 2026 over Budget",
        "% of Budget",
        "Variance",
        "Var %",
        "Under/(Over) Budget",
        "(Over)/Under",
        "Budget remaining",
        "Remaining budget",
        "Actual vs Budget",
        "Fav/(Unfav)",
        "Diff",
    ],
)
def test_a_variance_label_is_a_derived_figure(label: str) -> None:
    assert derived_figure(label)


@pytest.mark.parametrize(
    "label",
    ["Budget", "Actual", "Forecast", "Overhead budget", "Budget overview", "Remaining", "Balance"],
)
def test_a_measure_or_a_line_is_no_derived_figure(label: str) -> None:
    assert not derived_figure(label)


def _bva(subs: list[str]) -> list[list[object]]:
    """A budget-vs-actual report: months merged over their measures (written as group
    labels on the row above), two lines and a total."""
    months = ["Jan 2026", "Feb 2026"]
    group: list[object] = [None]
    for m in months:
        group += [m] + [None] * (len(subs) - 1)
    rows: list[list[object]] = [
        ["Budget vs Actual - Community Grant"],
        group,
        ["Account", *subs * 2],
    ]
    for line, actual, budget in (("Salaries", 900.0, 1000.0), ("Travel", 260.0, 200.0)):
        cells: list[object] = [line]
        for _ in months:
            for sub in subs:
                low = sub.lower()
                cells.append(
                    actual
                    if low == "actual"
                    else budget
                    if low == "budget"
                    else f"{actual / budget:.0%}"
                    if "%" in low
                    else actual - budget
                )
        rows.append(cells)
    return rows


def _merge_groups(path: Path, width: int) -> Path:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    for start in (2, 2 + width):
        ws.merge_cells(start_row=2, start_column=start, end_row=2, end_column=start + width - 1)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "subs",
    [
        ["Actual", "Budget", "over Budget", "% of Budget"],
        ["Budget", "Actual", "Variance", "Var %"],
        ["Actual", "Budget", "Under/(Over) Budget"],
    ],
)
def test_variances_beside_each_month_are_left_out_not_added(
    tmp_path: Path, subs: list[str]
) -> None:
    path = _merge_groups(book(tmp_path / "bva.xlsx", "BvA", _bva(subs)), len(subs))
    adoption = adopt(path)
    lines = {(f.month, f.cost_line): f for f in adoption.project.finance}
    assert lines[(date(2026, 1, 1), "Salaries")].budget == 1000
    assert lines[(date(2026, 2, 1), "Travel")].budget == 200
    assert lines[(date(2026, 2, 1), "Travel")].actual == 260
    table = only(adoption)
    derived = [c for c in table.columns if derived_figure(c.header)]
    assert derived and all(c.target is None for c in derived)
    assert all(c.note for c in derived)


def test_a_budget_named_over_its_months_stays_the_budget(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Overhead budget 2026"],
        ["Line", "Jan", "Feb", "Mar"],
        ["Rent", 100, 100, 100],
        ["Utilities", 40, 45, 50],
    ]
    adoption = adopt(book(tmp_path / "o.xlsx", "Budget", rows))
    assert sum(f.budget or 0 for f in adoption.project.finance) == 435


# --- 2. currency prefixes of more countries -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("R 1 250 000", 1250000, "ZAR"),
        ("R1,250", 1250, "ZAR"),
        ("(R 1 200)", -1200, "ZAR"),
        ("Rs. 12,500", 12500, None),  # India, Pakistan, Sri Lanka, Nepal: no one currency
        ("Rs 1,25,000", 125000, None),
        ("KSh 12,000", 12000, "KES"),
        ("kr 1 250", 1250, None),
        ("S/ 1,200", 1200, None),
        ("R$ 1.250,00", 1250, "BRL"),
    ],
)
def test_currency_prefixes_of_more_countries_are_amounts(
    text: str, amount: float, currency: str | None
) -> None:
    assert parse_amount(text) == amount
    assert currency_in(text) == currency


@pytest.mark.parametrize(
    "text", ["Risk 5", "Ref 12", "RR 12", "R 12 34", "r 12", "Rx 12", "R1", "R12", "R-1", "R01"]
)
def test_words_that_begin_like_a_currency_are_no_amount(text: str) -> None:
    assert parse_amount(text) is None


# --- 3. the unnamed cost line ---------------------------------------------------------------


def test_codes_give_way_to_the_names_after_them_as_the_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Capital budget 2026/27 (R)"],
        ["Item No.", "Scope of Works", "Ward", "Jul-26", "Aug-26", "Sep-26", "Total"],
        ["WS-01", "Reservoir refurbishment", 4, "R 250 000", "R 100 000", "R 0", "R 350 000"],
        ["WS-02", "Clinic extension", 12, "R 75 000", "R 80 000", "R 90 000", "R 245 000"],
    ]
    adoption = adopt(book(tmp_path / "cap.xlsx", "Capital", rows))
    lines = {(f.month, f.cost_line): f.budget for f in adoption.project.finance}
    assert lines[(date(2026, 7, 1), "Reservoir refurbishment")] == 250000
    assert lines[(date(2026, 9, 1), "Clinic extension")] == 90000
    table = only(adoption)
    assert targets(table)["Scope of Works"] == "cost_line"
    assert targets(table)["Item No."] is None
    assert column(table, "Scope of Works").method == "content"


def test_codes_alone_stay_the_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Code", "Jan", "Feb", "Mar"],
        ["GL-4100", 10, 20, 30],
        ["GL-4200", 5, 5, 5],
    ]
    adoption = adopt(book(tmp_path / "codes.xlsx", "Budget", rows))
    assert {f.cost_line for f in adoption.project.finance} == {"GL-4100", "GL-4200"}


def test_names_before_codes_stay_the_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Area", "Code", "Jan", "Feb", "Mar"],
        ["Hosting", "GL-4100", 10, 20, 30],
        ["Licences", "GL-4200", 5, 5, 5],
    ]
    adoption = adopt(book(tmp_path / "names.xlsx", "Budget", rows))
    assert {f.cost_line for f in adoption.project.finance} == {"Hosting", "Licences"}


# --- 4. priced resource plans ---------------------------------------------------------------


def _priced(figures: tuple[float, float, float], unit_header: str) -> list[list[object]]:
    return [
        ["Statement of work 7 - Data migration"],
        [None],
        ["Role", "Consultant", "Daily rate (€)", "Jan-26", "Feb-26", "Mar-26", unit_header],
        ["Architect", "Ann Lee", 1200, *figures, sum(figures)],
        ["Analyst", "Bob Ray", 800, *(f / 2 for f in figures), sum(figures) / 2],
    ]


def test_a_plan_priced_by_a_day_rate_is_a_resource_plan(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "sow.xlsx", "Plan", _priced((10, 12, 8), "Total Days")))
    table = only(adoption)
    assert table.register == "resources"
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Ann Lee", date(2026, 2, 1))] == 12
    assert days[("Bob Ray", date(2026, 3, 1))] == 4
    assert targets(table)["Daily rate (€)"] is None
    assert not adoption.project.finance


def test_a_priced_plan_whose_figures_exceed_a_months_days_is_no_resource_plan(
    tmp_path: Path,
) -> None:
    # the figures are money (12,000 a month), though a header says days
    path = book(tmp_path / "fees.xlsx", "Plan", _priced((12000, 14400, 9600), "Total Days"))
    assert not adopt(path).project.resources


def test_a_priced_plan_in_no_unit_said_is_no_resource_plan(tmp_path: Path) -> None:
    path = book(tmp_path / "unsaid.xlsx", "Plan", _priced((10, 12, 8), "Total"))
    adoption = adopt(path)
    assert not adoption.project.resources


def test_a_resource_cost_plan_with_money_in_its_title_stays_finance(tmp_path: Path) -> None:
    rows = _priced((1000, 1200, 800), "Total Days")
    rows[0] = ["Resource cost plan (€)"]
    adoption = adopt(book(tmp_path / "cost.xlsx", "Plan", rows))
    assert not adoption.project.resources


# --- 5. FTE and hours read in days by the value readings ------------------------------------


def _effort(title: str, figures: list[float], sheet: str = "Resourcing") -> list[list[object]]:
    return [
        [title],
        [None],
        ["Role", "Name", "Jan-26", "Feb-26", "Mar-26"],
        ["Developer", "Ann Lee", *figures],
        ["Tester", "Bob Ray", *(f / 2 for f in figures)],
    ]


def _days(adoption: object) -> dict[tuple[str | None, date], float]:
    return {(r.person, r.month): r.planned_days for r in adoption.project.resources}  # type: ignore[attr-defined]


def test_weekdays_of_a_month() -> None:
    assert [weekdays_in(date(2026, m, 1)) for m in (1, 2, 3)] == [22, 20, 22]


def test_fte_by_month_are_the_months_weekdays_stated_and_warned(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "fte.xlsx", "Plan", _effort("Allocation (FTE)", [1, 1, 0.5])))
    days = _days(adoption)
    assert days[("Ann Lee", date(2026, 1, 1))] == 22
    assert days[("Ann Lee", date(2026, 2, 1))] == 20
    assert days[("Bob Ray", date(2026, 3, 1))] == 5.5
    assert any("Monday-Friday" in n for n in only(adoption).notes)
    assert any("set fte_days" in w for w in adoption.report.warnings)
    assert adoption.report.needs_review


@pytest.mark.parametrize(
    ("figures", "per_day"),
    [
        ([150, 75, 112.5], 7.5),  # a 37.5-hour week's multiples
        ([160, 80, 40], 8.0),
        ([140, 70, 35], 7.0),
        ([120, 60, 240], None),  # fits 8 and 7.5 alike
        ([13, 27, 9], None),
    ],
)
def test_the_hours_of_a_day_the_figures_show(figures: list[float], per_day: float | None) -> None:
    assert hours_of_a_day(figures) == per_day


def test_hours_are_read_at_the_day_length_the_figures_show(tmp_path: Path) -> None:
    path = book(tmp_path / "h.xlsx", "Plan", _effort("Staff effort (hours)", [150, 75, 112.5]))
    adoption = adopt(path)
    assert _days(adoption)[("Ann Lee", date(2026, 1, 1))] == 20
    assert any("7.5 hours a day" in w for w in adoption.report.warnings)


def test_hours_that_show_no_day_length_are_read_at_8_and_warned(tmp_path: Path) -> None:
    path = book(tmp_path / "h8.xlsx", "Plan", _effort("Effort plan (hours)", [10, 30, 50]))
    adoption = adopt(path)
    assert _days(adoption)[("Ann Lee", date(2026, 1, 1))] == 1.25
    assert any("so 8" in w and "set hours_per_day" in w for w in adoption.report.warnings)


def _again(tmp_path: Path, rows: list[list[object]], readings: dict[str, object]) -> object:
    src = book(tmp_path / "src.xlsx", "Plan", rows)
    mapping = tmp_path / "map.json"
    adopt_file(src, tmp_path / "out1.xlsx", default_standards(), save_mapping_path=mapping)
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved["readings"]["hours_per_day"] == "auto"
    assert saved["readings"]["fte_days"] == "weekdays"
    saved["readings"].update(readings)
    mapping.write_text(json.dumps(saved), encoding="utf-8")
    return adopt_file(src, tmp_path / "out2.xlsx", default_standards(), mapping_path=mapping)


def test_a_pmos_fte_days_are_used_without_a_warning(tmp_path: Path) -> None:
    again = _again(tmp_path, _effort("Allocation (FTE)", [1, 1, 0.5]), {"fte_days": 18})
    assert _days(again)[("Ann Lee", date(2026, 1, 1))] == 18
    assert not any("set fte_days" in w for w in again.report.warnings)  # type: ignore[attr-defined]
    assert any("1 FTE is 18 days in a month" in r for r in again.report.readings)  # type: ignore[attr-defined]


def test_a_pmos_hours_per_day_are_used_without_a_warning(tmp_path: Path) -> None:
    again = _again(tmp_path, _effort("Effort (hours)", [152, 76, 38]), {"hours_per_day": 7.6})
    assert _days(again)[("Ann Lee", date(2026, 1, 1))] == 20
    assert not any("set hours_per_day" in w for w in again.report.warnings)  # type: ignore[attr-defined]


def test_the_same_file_and_mapping_give_the_same_days(tmp_path: Path) -> None:
    rows = _effort("Allocation (FTE)", [1, 0.5, 0.5])
    first = adopt(book(tmp_path / "first.xlsx", "Plan", rows))
    again = _again(tmp_path, rows, {})
    assert _days(again) == _days(first)


def test_fte_by_week_are_five_days_a_week(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Allocation (FTE)"],
        [None],
        ["Role", "Name", "w/c 05/01/2026", "w/c 12/01/2026", "w/c 19/01/2026"],
        ["Developer", "Ann Lee", 1, 1, 0.5],
    ]
    adoption = adopt(book(tmp_path / "weeks.xlsx", "Plan", rows))
    assert _days(adoption) == {("Ann Lee", date(2026, 1, 1)): 12.5}


def test_a_plan_in_no_unit_is_still_listed(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "none.xlsx", "Plan", _effort("Resource plan", [1, 1, 0.5])))
    assert not adoption.project.resources
    assert any("nothing says whether" in t.reason for t in adoption.report.tables)


@pytest.mark.parametrize(
    ("key", "value"),
    [("hours_per_day", 0), ("hours_per_day", 30), ("fte_days", "monthly"), ("fte_days", True)],
)
def test_a_wrong_conversion_reading_is_refused_naming_the_key(key: str, value: object) -> None:
    with pytest.raises(UsageError, match=key):
        ValueReadings.from_dict({key: value})


def test_a_lookup_of_rates_by_month_is_not_a_resource_plan(tmp_path: Path) -> None:
    # a rate card by month: money, no one's effort
    rows: list[list[object]] = [
        ["Day rates 2026 (£)"],
        [None],
        ["Role", "Jan-26", "Feb-26", "Mar-26"],
        ["Developer", 650, 650, 700],
        ["Tester", 500, 500, 520],
    ]
    adoption = adopt(book(tmp_path / "rates.xlsx", "Rates", rows))
    assert not adoption.project.resources


# --- 6. a post beats a grade ----------------------------------------------------------------


@pytest.mark.parametrize(
    "header", [["Name", "Grade", "Post"], ["Name", "Post", "Grade"], ["Name", "Grade", "Job Title"]]
)
def test_a_post_or_job_title_beats_a_grade_as_the_role(tmp_path: Path, header: list[str]) -> None:
    rows: list[list[object]] = [
        ["Staff effort (days)"],
        [None],
        [*header, "Jan-26", "Feb-26", "Mar-26"],
    ]
    role = header.index("Grade")
    for name, post in (("Ann Lee", "Research Fellow"), ("Bob Ray", "Data Manager")):
        row: list[object] = [name, post, post, 5, 6, 7]
        row[role] = "Grade 7"
        rows.append(row)
    adoption = adopt(book(tmp_path / "post.xlsx", "Effort", rows))
    assert {r.role for r in adoption.project.resources} == {"Research Fellow", "Data Manager"}
    assert targets(only(adoption))["Grade"] is None


# --- 1b. variance rows among the measure rows -----------------------------------------------


@pytest.mark.parametrize("carried", [False, True])
def test_variance_rows_in_a_measure_column_are_listed_not_read(
    tmp_path: Path, carried: bool
) -> None:
    rows: list[list[object]] = [
        ["Project budget 2026"],
        ["Cost line", "Measure", "Jan-26", "Feb-26"],
    ]
    for line, budget, actual in (("Hosting", 100, 90), ("Travel", 50, 60)):
        rows.append([line, "Budget", budget, budget])
        rows.append([None if carried else line, "Actual", actual, actual])
        rows.append([None if carried else line, "Variance", budget - actual, budget - actual])
    adoption = adopt(book(tmp_path / "var.xlsx", "Budget", rows))
    lines = {(f.month, f.cost_line): f for f in adoption.project.finance}
    assert len(lines) == 4
    assert lines[(date(2026, 1, 1), "Hosting")].budget == 100
    assert lines[(date(2026, 1, 1), "Hosting")].actual == 90
    assert lines[(date(2026, 2, 1), "Travel")].actual == 60
    table = only(adoption)
    assert targets(table)["Measure"] == "measure"
    assert sum("a variance ('Variance')" in r.reason for r in table.skipped_rows) == 2


def test_a_measure_column_of_variances_only_is_no_measure_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Cost line", "Note", "Jan-26", "Feb-26", "Mar-26"],
        ["Hosting", "Variance", 10, 20, 30],
        ["Travel", "Variance", 5, 5, 5],
    ]
    adoption = adopt(book(tmp_path / "v.xlsx", "Budget", rows))
    assert targets(only(adoption))["Note"] != "measure"


# --- 5b. allocations in percent of a person's time ------------------------------------------


@pytest.mark.parametrize(
    ("title", "figures"),
    [("Resource allocation (%)", [0.5, 1, 0.25]), ("Allocation % by month", [50, 100, 25])],
)
def test_percentages_of_a_persons_time_are_fte(
    tmp_path: Path, title: str, figures: list[float]
) -> None:
    adoption = adopt(book(tmp_path / "pct.xlsx", "Plan", _effort(title, figures)))
    days = _days(adoption)
    assert days[("Ann Lee", date(2026, 1, 1))] == 11  # half of January's 22 weekdays
    assert days[("Ann Lee", date(2026, 2, 1))] == 20
    assert days[("Bob Ray", date(2026, 3, 1))] == 2.75
    assert any("100% = 1 FTE" in n for n in only(adoption).notes)
    assert adoption.report.needs_review


def test_a_percent_complete_column_says_nothing_of_the_periods(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resource plan"],
        [None],
        ["Role", "Name", "% Complete", "Jan-26", "Feb-26", "Mar-26"],
        ["Developer", "Ann Lee", 0.4, 5, 10, 5],
        ["Tester", "Bob Ray", 0.1, 2, 2, 4],
    ]
    adoption = adopt(book(tmp_path / "pc.xlsx", "Plan", rows))
    # the % Complete column gives no unit (no "% of a person's time"); since round 20 the
    # figures, whole days none above a month's 23 working days, are read as days, said so
    (table,) = adoption.report.tables
    assert "% of a person's time" not in table.reason
    assert "in days as the figures show" in table.reason
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Ann Lee", date(2026, 2, 1))] == 10
